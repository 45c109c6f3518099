"""Answer one question: engine → inquiry log → Block Kit messages in the thread (or the response_url)."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable
from typing import Any

from bot.inquiry_log import Source
from bot.parsing.text import detect_lang
from bot.slack.services import Services
from bot.slack.views.answer import answer_messages, apology_message
from bot.slack.views.common import SlackMessage

logger = logging.getLogger("regbot.slack")

_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
_LINK = re.compile(r"<([#!]?)([^<>|]*)(?:\|([^<>]*))?>")

STATUS = {"zh-TW": "正在查閱條文…", "en": "is checking the regulations…"}
LOADING = {
    "zh-TW": ["正在查閱條文…", "正在核對計算…", "正在整理出處…"],
    "en": ["Reading the regulations…", "Checking the numbers…", "Collecting the citations…"],
}


def clean_question(text: str) -> str:
    """The question as the user typed it: no `<@U…>` mentions, Slack's link markup and
    &amp;/&lt;/&gt; escapes undone (so "score > 360" reaches the engine as typed)."""

    def link(match: re.Match) -> str:
        kind, target, label = match.groups()
        if kind == "!":
            return " "  # @here, @channel, user groups: not part of the question
        if kind == "#":
            return f"#{label or target}"
        return label or target

    text = _LINK.sub(link, _MENTION.sub(" ", text or ""))
    return " ".join(html.unescape(text).split())


def guess_lang(text: str) -> str:
    """The question's language, to word an apology or a note before (or without) the engine's answer."""
    return detect_lang(text or "")


def post_messages(client: Any, channel: str, thread_ts: str | None, messages: list[SlackMessage]) -> str | None:
    """Post the messages in order in the thread; returns the ts of the last one (the buttons)."""
    last_ts = None
    for message in messages:
        response = client.chat_postMessage(
            channel=channel,
            thread_ts=thread_ts,
            text=message.text,
            blocks=message.blocks,
            unfurl_links=False,
            unfurl_media=False,
        )
        last_ts = response.get("ts")
    return last_ts


def _set_status(set_status: Callable[..., Any] | None, lang: str | None) -> None:
    if set_status is None:
        return
    try:
        if lang is None:
            set_status(status="")  # an empty status clears it
        else:
            set_status(status=STATUS[lang], loading_messages=LOADING[lang])
    except Exception:  # the status is a nicety; the answer must still go out
        logger.warning("could not set the assistant status", exc_info=True)


def answer_in_thread(
    svc: Services,
    client: Any,
    *,
    source: Source,
    channel: str,
    thread_ts: str,
    message_ts: str | None,
    user: str | None,
    team: str | None,
    question: str,
    set_status: Callable[..., Any] | None = None,
) -> int | None:
    """Answer `question` in the thread, in the thread's context; returns the inquiry id."""
    lang = guess_lang(question)
    _set_status(set_status, lang)
    conversation = svc.log.conversation(channel, thread_ts)
    where = {"channel_id": channel, "thread_ts": thread_ts, "message_ts": message_ts, "user_id": user, "team_id": team}
    try:
        answer, latency_ms = svc.answer(question, conversation if conversation.turns else None)
    except Exception as exc:
        logger.exception("engine failed on a question in %s/%s", channel, thread_ts)
        inquiry_id = svc.log.record_inquiry(source=source, question=question, answer=None, error=type(exc).__name__, **where)
        _set_status(set_status, None)
        ts = post_messages(client, channel, thread_ts, [apology_message(lang, inquiry_id)])
        svc.log.set_reply(inquiry_id, ts)
        return inquiry_id
    inquiry_id = svc.log.record_inquiry(source=source, question=question, answer=answer, latency_ms=latency_ms, **where)
    try:
        ts = post_messages(client, channel, thread_ts, answer_messages(answer, inquiry_id))
    except Exception:
        _set_status(set_status, None)
        raise
    svc.log.set_reply(inquiry_id, ts)
    return inquiry_id


def answer_command(
    svc: Services,
    respond: Callable[..., Any],
    *,
    channel: str | None,
    user: str | None,
    team: str | None,
    question: str,
) -> int:
    """Answer a `/regbot` question through its response_url (visible to the asker only)."""
    where = {"channel_id": channel, "user_id": user, "team_id": team}
    try:
        answer, latency_ms = svc.answer(question, None)
    except Exception as exc:
        logger.exception("engine failed on a /regbot question")
        inquiry_id = svc.log.record_inquiry(source="command", question=question, answer=None, error=type(exc).__name__, **where)
        message = apology_message(guess_lang(question), inquiry_id)
        respond(text=message.text, blocks=message.blocks, response_type="ephemeral")
        return inquiry_id
    inquiry_id = svc.log.record_inquiry(source="command", question=question, answer=answer, latency_ms=latency_ms, **where)
    for message in answer_messages(answer, inquiry_id):
        respond(
            text=message.text,
            blocks=message.blocks,
            response_type="ephemeral",
            replace_original=False,
            unfurl_links=False,
            unfurl_media=False,
        )
    return inquiry_id
