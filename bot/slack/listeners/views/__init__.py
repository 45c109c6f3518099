"""Modal submissions."""
