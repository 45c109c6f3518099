"""The App Home tab: the staff's live view of the inquiry log, or what the bot covers."""

from __future__ import annotations

from typing import Any

from slack_bolt import App

from bot.slack.home import publish_home
from bot.slack.services import Services


def _home_tab(event: dict[str, Any]) -> bool:
    return event.get("tab") == "home"


def register(app: App, svc: Services) -> None:
    # Registered before the agent view's listener (same event, tab "messages"): Bolt runs the first match.
    @app.event("app_home_opened", matchers=[_home_tab])
    def on_home_opened(event: dict[str, Any], client: Any) -> None:
        svc.submit(publish_home, svc, client, event["user"])
