"""The bottom layer every other package may use: settings and errors (imports nothing of regbot's)."""
