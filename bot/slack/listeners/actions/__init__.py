"""Button clicks: feedback, hand-off to staff, staff marking a hand-off resolved."""

from __future__ import annotations

from typing import Any

from bot.inquiry_log import Inquiry
from bot.slack.answering import guess_lang


def inquiry_lang(inquiry: Inquiry | None) -> str:
    if inquiry is None:
        return "zh-TW"
    return inquiry.lang or guess_lang(inquiry.question)


def tell_clicker(respond: Any, text: str, body: dict[str, Any]) -> None:
    """An ephemeral note to whoever clicked, in the thread of the clicked message."""
    thread_ts = (body.get("message") or {}).get("thread_ts")
    respond(text=text, response_type="ephemeral", replace_original=False, thread_ts=thread_ts)
