"""Forms built from the calculators' input models: edit an answer's reading, or calculate from a form."""
