"""@regbot in a channel: answer in the thread of the mention."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext

from bot.slack.answering import answer_in_thread, clean_question, post_messages
from bot.slack.dedupe import first_delivery
from bot.slack.services import Services
from bot.slack.threads import is_from_a_person, thread_of
from bot.slack.views.help import help_message


def register(app: App, svc: Services) -> None:
    @app.event("app_mention")
    def on_app_mention(body: dict[str, Any], event: dict[str, Any], context: BoltContext, client: Any) -> None:
        # Events are acknowledged by Bolt before this runs; the answer itself goes to the worker pool.
        if not is_from_a_person(event, context.bot_user_id):
            return
        channel, ts = event["channel"], event["ts"]
        if not first_delivery(svc.log, body, event, svc.dedupe_ttl_s):
            return  # a retry, or the other copy of a post that mentions the bot
        question = clean_question(event.get("text", ""))
        if not question:
            svc.submit(post_messages, client, channel, thread_of(event), [help_message()])
            return
        svc.submit(
            answer_in_thread, svc, client, source="mention", channel=channel, thread_ts=thread_of(event),
            message_ts=ts, user=event.get("user"), team=context.team_id, question=question,
        )
