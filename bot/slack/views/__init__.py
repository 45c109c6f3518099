"""Block Kit builders: pure functions from answers and log rows to Slack messages."""
