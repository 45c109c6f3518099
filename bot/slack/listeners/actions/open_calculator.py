"""The App Home's calculator button: the calculator picker."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App

from bot.slack.forms.flow import open_picker
from bot.slack.services import Services
from bot.slack.views.home import OPEN_CALCULATOR


def register(app: App, svc: Services) -> None:
    @app.action(OPEN_CALCULATOR)
    def on_open_calculator(ack: Ack, body: dict[str, Any], client: Any) -> None:
        ack()
        open_picker(client, body["trigger_id"], lang="zh-TW", channel=None)
