"""Global shortcuts."""
