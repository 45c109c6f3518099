"""Slack's limits and text helpers shared by the Block Kit builders."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

SECTION_TEXT_MAX = 3000  # characters in one section's text
BLOCKS_PER_MESSAGE = 50
CONTEXT_TEXT_MAX = 3000
FALLBACK_TEXT_MAX = 3000  # the notification text; the blocks carry the rest
BUTTON_TEXT_MAX = 75

Block = dict[str, Any]


class SlackMessage(BaseModel):
    """One message to post: blocks plus the plain-text fallback used in notifications."""

    text: str
    blocks: list[Block] = Field(default_factory=list)


def escape(text: str) -> str:
    """Escape the three characters Slack treats as control characters (& < >).

    The one escaping function of every view: any text not written by regbot itself (the
    question, the engine's answer, labels, quotes) goes through it before it enters a `text`
    or mrkdwn field, so a typed `<!channel>` or `<@U…>` shows as text and notifies no one."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_SLACK_ID = re.compile(r"[A-Z0-9]{2,40}")


def mention(user_id: str) -> str:
    """`<@U…>` for a Slack user id; anything that is not an id is shown escaped, never as markup."""
    return f"<@{user_id}>" if _SLACK_ID.fullmatch(user_id) and user_id[0] in "UW" else escape(user_id)


def channel_link(channel_id: str) -> str:
    """`<#C…>` for a public or private channel id (empty for a DM or anything else)."""
    return f"<#{channel_id}>" if _SLACK_ID.fullmatch(channel_id) and channel_id[0] in "CG" else ""


def link(url: str, label: str) -> str:
    """`<url|label>` for an http(s) URL; the label is escaped, and a URL that could break out of
    the markup (spaces, <, >, |) is not linked."""
    if url.startswith(("https://", "http://")) and not re.search(r"[\s<>|]", url):
        return f"<{url.replace('&', '&amp;')}|{escape(label)}>"
    return escape(label)


def shorten(text: str, limit: int) -> str:
    """Cut to `limit` characters, ending with … when cut."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def split_text(text: str, limit: int = SECTION_TEXT_MAX) -> list[str]:
    """Split at line breaks (or hard, for an over-long line) into pieces of at most `limit`."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            current = line
        else:
            current = candidate
    if current.strip():
        pieces.append(current)
    return [p for p in pieces if p.strip()] or [""]


def sections(text: str) -> list[Block]:
    """mrkdwn section blocks for `text`, split within the per-section limit."""
    return [{"type": "section", "text": {"type": "mrkdwn", "text": piece}} for piece in split_text(text) if piece]


def context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": shorten(text, CONTEXT_TEXT_MAX)}]}


def button(text: str, action_id: str, value: str, style: str | None = None) -> Block:
    element: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": shorten(text, BUTTON_TEXT_MAX), "emoji": True},
        "action_id": action_id,
        "value": value,
    }
    if style:
        element["style"] = style
    return element


def into_messages(blocks: list[Block], fallback: str, tail: list[Block] | None = None) -> list[SlackMessage]:
    """Pack blocks into messages of at most 50 blocks; `tail` (e.g. buttons) ends the last one.

    `fallback` (the notification text) is raw text: it is escaped here."""
    tail = tail or []
    capacity = BLOCKS_PER_MESSAGE
    chunks: list[list[Block]] = []
    current: list[Block] = []
    for block in blocks:
        if len(current) == capacity:
            chunks.append(current)
            current = []
        current.append(block)
    if len(current) + len(tail) > capacity:
        chunks.append(current)
        current = []
    current.extend(tail)
    chunks.append(current)
    chunks = [c for c in chunks if c]
    total = len(chunks)
    text = escape(shorten(fallback, FALLBACK_TEXT_MAX)) or "regbot"  # `fallback` is raw text
    return [
        SlackMessage(text=text if i == 0 else f"({i + 1}/{total}) {escape(shorten(fallback, 200))}", blocks=chunk)
        for i, chunk in enumerate(chunks)
    ]
