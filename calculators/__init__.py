"""Deterministic calculators for the three regulations: pure functions, pydantic in and out."""
