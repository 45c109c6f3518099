""""修改輸入 / Edit inputs" on an answer: open its form, pre-filled with the bot's reading."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App

from bot.slack.forms.buttons import EDIT_INPUTS
from bot.slack.forms.flow import open_edit_form
from bot.slack.services import Services


def register(app: App, svc: Services) -> None:
    @app.action(EDIT_INPUTS)
    def on_edit_inputs(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: Any) -> None:
        ack()
        # Opened here, not in the worker pool: the trigger_id expires 3 s after the click.
        open_edit_form(svc, client, body, action["value"])
