"""Submitted modals: the calculator picker (→ the form) and a calculator form (→ errors, or the answer)."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App

from bot.slack.forms.flow import deliver, picked, read
from bot.slack.forms.view import FORM_CALLBACK, PICKER_CALLBACK
from bot.slack.services import Services

logger = logging.getLogger("regbot.slack")


def register(app: App, svc: Services) -> None:
    @app.view(PICKER_CALLBACK)
    def on_picked(ack: Ack, view: dict[str, Any]) -> None:
        ack(response_action="update", view=picked(view))

    @app.view(FORM_CALLBACK)
    def on_form(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: Any) -> None:
        try:
            ctx, submission = read(view)
        except Exception:  # a view this version cannot read (an older form): close it, log why
            logger.exception("could not read a submitted form")
            ack()
            return
        if submission.errors:
            ack(response_action="errors", errors=submission.errors)  # shown under each field
            return
        ack()
        svc.submit(deliver, svc, client, body["user"]["id"], ctx, submission.args)
