""""Ask the society staff": post the question, answer, citations and a thread link to the staff channel."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk.errors import SlackApiError

from bot.slack.home import refresh_staff_homes
from bot.slack.listeners.actions import inquiry_lang, tell_clicker
from bot.slack.services import Services
from bot.slack.views.answer import HANDOFF
from bot.slack.views.handoff import (
    HandoffCard,
    handoff_already_text,
    handoff_failed_text,
    handoff_sent_text,
    no_staff_channel_text,
    staff_message,
)

logger = logging.getLogger("regbot.slack")


def hand_off(svc: Services, client: Any, respond: Any, body: dict[str, Any], inquiry_id: int) -> None:
    """Post the hand-off card once per inquiry and tell the clicker what happened."""
    user = body["user"]["id"]
    inquiry = svc.log.get(inquiry_id)
    lang = inquiry_lang(inquiry)
    if inquiry is None:
        return
    if not svc.staff_channel:
        tell_clicker(respond, no_staff_channel_text(lang), body)
        return
    if svc.log.start_handoff(inquiry_id, user) is None:
        tell_clicker(respond, handoff_already_text(lang), body)
        return
    permalink = None
    linked_ts = inquiry.message_ts or inquiry.reply_ts
    if inquiry.channel_id and linked_ts:
        try:
            permalink = client.chat_getPermalink(channel=inquiry.channel_id, message_ts=linked_ts).get("permalink")
        except SlackApiError:
            logger.warning("no permalink for inquiry %s", inquiry_id, exc_info=True)
    card = HandoffCard(
        inquiry_id=inquiry_id, question=inquiry.question, answer=inquiry.answer(), asker=inquiry.user_id,
        channel_id=inquiry.channel_id, requested_by=user, permalink=permalink,
    )
    message = staff_message(card)
    try:
        posted = client.chat_postMessage(
            channel=svc.staff_channel, text=message.text, blocks=message.blocks, unfurl_links=False, unfurl_media=False
        )
    except SlackApiError:
        logger.exception("could not post hand-off %s to the staff channel", inquiry_id)
        svc.log.cancel_handoff(inquiry_id)
        tell_clicker(respond, handoff_failed_text(lang), body)
        return
    svc.log.set_handoff_message(inquiry_id, svc.staff_channel, posted.get("ts"), permalink)
    tell_clicker(respond, handoff_sent_text(lang), body)
    refresh_staff_homes(svc, client)  # App Home: a new open hand-off


def register(app: App, svc: Services) -> None:
    @app.action(HANDOFF)
    def on_handoff(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Respond) -> None:
        ack()
        svc.submit(hand_off, svc, client, respond, body, int(action["value"]))
