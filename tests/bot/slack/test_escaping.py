"""No user-supplied markup reaches Slack as markup: every text and mrkdwn field of every call is escaped."""

from __future__ import annotations

import re
from typing import Any

from bot.answer import Answer
from bot.slack.views.answer import answer_messages
from bot.slack.views.common import escape
from tests.bot.slack.conftest import ASKER, CHANNEL, STAFF, STAFF_CHANNEL
from tests.bot.slack.conftest import mention as mention_event

TYPED = "<!channel> <!here> <@U123> <https://x|y> & <b>"
# What Slack delivers when a user types TYPED: its own escaping of & < >.
DELIVERED = TYPED.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

OUR_MARKUP = re.compile(
    rf"<@{ASKER}>|<@{STAFF}>|<#{CHANNEL}>|<https://regbot-test\.slack\.com/archives/[^|<>\s]+\|[^<>]*>"
)
BARE_AMPERSAND = re.compile(r"&(?!amp;|lt;|gt;)")


def _texts(value: Any, key: str = "") -> list[str]:
    """Every string under a `text` key, at any depth (top-level text, mrkdwn and plain_text objects)."""
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in _texts(v, k)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v, key)]
    return [value] if key == "text" and isinstance(value, str) else []


def _raw_markup(text: str) -> list[str]:
    """Markup that regbot did not write itself, and & not part of an escape."""
    left = OUR_MARKUP.sub("", text)
    return re.findall(r"<[^>]*>", left) + BARE_AMPERSAND.findall(left)


def test_handoff_of_a_question_with_mentions_and_links_posts_none_of_them(harness):
    event = mention_event(DELIVERED)
    harness.event(event)
    [reply] = harness.replies_in(CHANNEL, event["ts"])
    assert harness.engine.calls[0][0] == TYPED  # the engine saw the question as typed
    inquiry_id = reply.body["blocks"][-1]["elements"][0]["value"]
    reply_ts = harness.log.get(int(inquiry_id)).reply_ts
    harness.click("handoff", inquiry_id, user=ASKER, channel=CHANNEL, message_ts=reply_ts, thread_ts=event["ts"])
    [card] = harness.api.wait_for("chat.postMessage", where=lambda c: c.body.get("channel") == STAFF_CHANNEL)
    staff_ts = harness.log.get(int(inquiry_id)).handoff.staff_ts
    harness.click("resolve", inquiry_id, user=STAFF, channel=STAFF_CHANNEL, message_ts=staff_ts)
    harness.api.wait_for("chat.update")
    harness.replies_in(CHANNEL, event["ts"], count=2)
    harness.settle()

    assert escape(TYPED) in card.body["text"]  # the notification text shows the question, escaped
    checked = 0
    for call in harness.api.calls:
        for text in _texts(call.body):
            assert _raw_markup(text) == [], (call.method, text)
            checked += 1
    assert checked > 10


def test_answer_fallback_text_is_escaped():
    answer = Answer(question=TYPED, lang="en", route="out_of_scope", answer=f"You asked: {TYPED}")
    for message in answer_messages(answer, 7):
        for text in [message.text, *_texts(message.blocks)]:
            assert _raw_markup(text) == [], text


def test_mention_and_link_helpers_never_emit_foreign_markup():
    from bot.slack.views.common import link, mention

    assert mention("U0ABC123") == "<@U0ABC123>"
    assert mention("<!channel>") == "&lt;!channel&gt;"
    assert link("https://a.example/x?a=1&b=2", "<b>") == "<https://a.example/x?a=1&amp;b=2|&lt;b&gt;>"
    assert link("https://a.example/x|<!here>", "open") == "open"
    assert link("javascript:alert(1)", "open") == "open"
