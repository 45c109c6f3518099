"""Which thread a message belongs to, and whether the bot is part of it."""

from __future__ import annotations

from typing import Any

from bot.inquiry_log import InquiryLog


def thread_of(event: dict[str, Any]) -> str:
    """The thread to answer in: the message's thread, or a new one under the message."""
    return event.get("thread_ts") or event["ts"]


def is_bot_thread(log: InquiryLog, channel: str, thread_ts: str | None) -> bool:
    """True when the bot already answered in this thread (the inquiry log is shared by processes)."""
    return bool(thread_ts) and log.has_thread(channel, thread_ts)


ANSWERABLE_SUBTYPES = {None, "thread_broadcast", "file_share"}


def is_from_a_person(event: dict[str, Any], bot_user_id: str | None) -> bool:
    """False for bots (ours included), edits, deletions, joins and other system messages."""
    if event.get("bot_id") or event.get("subtype") not in ANSWERABLE_SUBTYPES:
        return False
    user = event.get("user")
    return bool(user) and user != bot_user_id
