"""The Slack layer: Bolt app, listeners, Block Kit views, runners (SPEC §6).

Importing this package does not import slack_bolt; the modules that need it do.
"""
