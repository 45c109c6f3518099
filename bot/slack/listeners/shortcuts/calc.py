"""The global shortcut "regbot calculator" (manifest `shortcuts`): the calculator picker."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App

from bot.slack.forms.flow import open_picker
from bot.slack.services import Services

CALC_SHORTCUT = "regbot_calc"


def register(app: App, svc: Services) -> None:
    @app.shortcut(CALC_SHORTCUT)
    def on_calc_shortcut(ack: Ack, body: dict[str, Any], client: Any) -> None:
        ack()
        open_picker(client, body["trigger_id"], lang="zh-TW", channel=None)  # answered by direct message
