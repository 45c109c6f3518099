"""Direct messages, and follow-ups in a thread the bot has answered in (no mention needed)."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext

from bot.slack.answering import answer_in_thread, clean_question
from bot.slack.dedupe import first_delivery
from bot.slack.services import Services
from bot.slack.threads import is_bot_thread, is_from_a_person, thread_of


def register(app: App, svc: Services) -> None:
    @app.event("message")
    def on_message(body: dict[str, Any], event: dict[str, Any], context: BoltContext, client: Any, set_status: Any = None) -> None:
        if not is_from_a_person(event, context.bot_user_id):
            return
        channel, ts = event["channel"], event["ts"]
        is_dm = event.get("channel_type") == "im"
        if not is_dm and not is_bot_thread(svc.log, channel, event.get("thread_ts")):
            return  # channel chatter; mentions arrive as app_mention
        if not first_delivery(svc.log, body, event, svc.dedupe_ttl_s):
            return  # a retry, or the other copy of a post that mentions the bot
        question = clean_question(event.get("text", ""))
        if not question:
            return
        svc.submit(
            answer_in_thread, svc, client, source="dm" if is_dm and not event.get("thread_ts") else "thread",
            channel=channel, thread_ts=thread_of(event), message_ts=ts, user=event.get("user"),
            team=context.team_id, question=question,
            # The agent view shows a "working…" status in DMs; channels have no such surface.
            set_status=set_status if is_dm else None,
        )
