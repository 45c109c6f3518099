"""Listeners for one Slack surface, one handler per module."""
