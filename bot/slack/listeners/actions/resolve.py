"""Staff click "mark resolved": record it, update the staff message, tell the asker's thread."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App
from slack_sdk.errors import SlackApiError

from bot.slack.home import refresh_staff_homes
from bot.slack.listeners.actions import inquiry_lang
from bot.slack.services import Services
from bot.slack.views.handoff import RESOLVE, HandoffCard, resolved_notice, staff_message

logger = logging.getLogger("regbot.slack")


def resolve(svc: Services, client: Any, body: dict[str, Any], inquiry_id: int) -> None:
    staff_user = body["user"]["id"]
    resolved = svc.log.resolve_handoff(inquiry_id, staff_user)
    inquiry = svc.log.get(inquiry_id)
    if resolved is None or inquiry is None:
        return
    handoff, newly = resolved
    card = HandoffCard(
        inquiry_id=inquiry_id, question=inquiry.question, answer=inquiry.answer(), asker=inquiry.user_id,
        channel_id=inquiry.channel_id, requested_by=handoff.requested_by, permalink=handoff.permalink,
        resolved_by=handoff.resolved_by, resolved_at=handoff.resolved_at,
    )
    message = staff_message(card)
    channel = (body.get("channel") or {}).get("id") or handoff.staff_channel
    ts = (body.get("message") or {}).get("ts") or handoff.staff_ts
    client.chat_update(channel=channel, ts=ts, text=message.text, blocks=message.blocks)
    refresh_staff_homes(svc, client, also=staff_user)  # App Home: one open hand-off fewer
    if not newly or not inquiry.channel_id:
        return  # a second click: the asker was told already
    notice = resolved_notice(inquiry_lang(inquiry), staff_user)
    try:
        if inquiry.thread_ts:
            client.chat_postMessage(
                channel=inquiry.channel_id, thread_ts=inquiry.thread_ts, text=notice.text, blocks=notice.blocks,
                unfurl_links=False, unfurl_media=False,
            )
        elif inquiry.user_id:  # asked with /regbot: no thread to post in
            client.chat_postEphemeral(channel=inquiry.channel_id, user=inquiry.user_id, text=notice.text)
    except SlackApiError:
        logger.warning("could not tell the asker of inquiry %s", inquiry_id, exc_info=True)


def register(app: App, svc: Services) -> None:
    @app.action(RESOLVE)
    def on_resolve(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: Any) -> None:
        ack()
        svc.submit(resolve, svc, client, body, int(action["value"]))
