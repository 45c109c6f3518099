"""`/regbot`: help when empty, `calc` opens the calculator picker, else the answer through the
response_url (only the asker sees it)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, Respond

from bot.slack.answering import answer_command, clean_question
from bot.slack.forms.flow import form_lang, open_picker
from bot.slack.services import Services
from bot.slack.views.help import help_message


def register(app: App, svc: Services) -> None:
    @app.command("/regbot")
    def on_regbot(ack: Ack, command: dict[str, Any], respond: Respond, client: Any) -> None:
        question = clean_question(command.get("text") or "")
        if question.split(" ", 1)[0].lower() == "calc":
            ack()
            open_picker(client, command["trigger_id"], lang=form_lang(question), channel=command.get("channel_id"))
            return
        if not question:
            help_ = help_message()
            ack(text=help_.text, blocks=help_.blocks, response_type="ephemeral")
            return
        ack()  # within Slack's 3 s; the answer follows through respond()
        svc.submit(
            answer_command, svc, respond, channel=command.get("channel_id"), user=command.get("user_id"),
            team=command.get("team_id"), question=question,
        )
