"""Build the Bolt app: Web API client (SLACK_API_URL aware), event dedupe, every listener."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.config import SlackConfig
from bot.slack.dedupe import EventDedupe
from bot.slack.delivery import web_client
from bot.slack.listeners import register_listeners
from bot.slack.services import Services


def build_app(config: SlackConfig, svc: Services) -> App:
    """The app for either mode; calls auth.test once, so a bad token fails here, at start."""
    client = web_client(config.bot_token.get_secret_value(), config.api_url)  # bounded timeout and retries
    secret = config.signing_secret.get_secret_value() if config.signing_secret else None
    app = App(
        client=client,
        signing_secret=secret or "",
        request_verification_enabled=secret is not None,  # Socket Mode needs no signature
        process_before_response=False,  # ack first, work after (Slack's 3 s rule)
    )
    app.use(EventDedupe(svc.dedupe_ttl_s))
    register_listeners(app, svc)
    svc.start_redelivery(client)  # answers Slack did not take, kept in the inquiry log
    return app
