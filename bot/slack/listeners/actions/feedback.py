"""👍 / 👎 on an answer: recorded in the inquiry log, acknowledged to the clicker only."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App, Respond

from bot.slack.listeners.actions import inquiry_lang, tell_clicker
from bot.slack.services import Services
from bot.slack.views.answer import FEEDBACK_HELPFUL, FEEDBACK_NOT_HELPFUL
from bot.slack.views.handoff import feedback_thanks_text

_FEEDBACK = re.compile(f"^({FEEDBACK_HELPFUL}|{FEEDBACK_NOT_HELPFUL})$")


def register(app: App, svc: Services) -> None:
    @app.action(_FEEDBACK)
    def on_feedback(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        ack()
        value = "helpful" if action["action_id"] == FEEDBACK_HELPFUL else "not_helpful"
        inquiry_id = int(action["value"])
        if not svc.log.record_feedback(inquiry_id, body["user"]["id"], value):
            return
        tell_clicker(respond, feedback_thanks_text(inquiry_lang(svc.log.get(inquiry_id)), value), body)
