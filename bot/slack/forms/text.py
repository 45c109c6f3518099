"""Text helpers of the forms and App Home views: escaping user text, Slack's per-field limits."""

from __future__ import annotations

from typing import Any

from bot.slack.views.common import escape  # noqa: F401 - the one escaping function, re-exported for the forms

# Slack's limits on view fields (api.slack.com/reference/block-kit).
VIEW_TITLE_MAX = 24
BUTTON_TEXT_MAX = 75  # submit / close buttons and button elements
LABEL_MAX = 2000
HINT_MAX = 2000
PLACEHOLDER_MAX = 150
OPTION_TEXT_MAX = 75
OPTION_VALUE_MAX = 150
OPTIONS_MAX = 100  # options in one static select
SECTION_TEXT_MAX = 3000
CONTEXT_ELEMENTS_MAX = 10
PRIVATE_METADATA_MAX = 3000
MODAL_BLOCKS_MAX = 100
HOME_BLOCKS_MAX = 100
ERROR_TEXT_MAX = 150  # what a field error shows under the input


def shorten(text: str, limit: int) -> str:
    text = " ".join(str(text).split()) if "\n" not in str(text) else str(text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": shorten(text, limit) or " ", "emoji": True}


def mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text[:SECTION_TEXT_MAX]}


def quote(text: str, limit: int = 500) -> str:
    """A user's question as a mrkdwn block quote, escaped."""
    return "\n".join(f">{line}" for line in escape(shorten(text, limit)).split("\n"))
