"""Answer one question: engine → inquiry log → Block Kit messages in the thread (or the response_url).

The delivery of every answer is recorded in the inquiry log (`bot.slack.delivery`): one Slack did
not take is kept as `failed` with the error and sent again later, never lost without a trace."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable
from typing import Any

from bot.inquiry_log import Source
from bot.parsing.text import detect_lang
from bot.slack.delivery import deliver, describe_failure, post_message, respond_with
from bot.slack.services import Services
from bot.slack import metrics
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
        last_ts = post_message(client, channel, thread_ts, message)
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
    """Answer `question` in the thread, in the thread's context; returns the inquiry id.

    The answer is logged before it is posted; whether Slack took it is recorded on the same row."""
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
        messages = [apology_message(lang, inquiry_id)]
    else:
        inquiry_id = svc.log.record_inquiry(source=source, question=question, answer=answer, latency_ms=latency_ms, **where)
        messages = answer_messages(answer, inquiry_id)
    if not deliver(svc.log, client, inquiry_id, channel, thread_ts, messages):
        _set_status(set_status, None)
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
    """Answer a `/regbot` question through its response_url (visible to the asker only).

    The delivery is recorded; a failed one is not sent again (a response_url expires in minutes)."""
    where = {"channel_id": channel, "user_id": user, "team_id": team}
    try:
        answer, latency_ms = svc.answer(question, None)
    except Exception as exc:
        logger.exception("engine failed on a /regbot question")
        inquiry_id = svc.log.record_inquiry(source="command", question=question, answer=None, error=type(exc).__name__, **where)
        messages = [apology_message(guess_lang(question), inquiry_id)]
    else:
        inquiry_id = svc.log.record_inquiry(source="command", question=question, answer=answer, latency_ms=latency_ms, **where)
        messages = answer_messages(answer, inquiry_id)
    try:
        respond_with(respond, messages)
    except Exception as exc:
        reason = describe_failure(exc)
        logger.warning("/regbot answer %s not delivered (%s)", inquiry_id, reason)
        metrics.record_delivery_failure()
        svc.log.delivery_failed(inquiry_id, reason, parts=0, reply_ts=None)
    else:
        svc.log.delivery_done(inquiry_id, parts=len(messages), reply_ts=None)
    return inquiry_id
