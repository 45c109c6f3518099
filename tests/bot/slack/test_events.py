"""Events through a real Bolt app with signed requests: mentions, DMs, thread follow-ups, dedupe."""

from __future__ import annotations

import json
import logging

import pytest

from devtools.stand_in import BOT_ID, BOT_USER_ID
from tests.bot.slack.conftest import (
    ASKER,
    CHANNEL,
    DM,
    make_harness,
    mention,
    message,
)
from tests.bot.slack.fakes import FakeEngine


def _text(call) -> str:
    return json.dumps(call.body.get("blocks"), ensure_ascii=False) + call.body.get("text", "")


def test_mention_is_answered_in_its_thread_with_citations(harness):
    event = mention("我今年參加外科醫學會年會 1 次、月會 3 次，共有幾學分？")
    response = harness.event(event)
    assert response.status == 200

    [reply] = harness.replies_in(CHANNEL, event["ts"])
    assert reply.body["unfurl_links"] is False and reply.body["unfurl_media"] is False
    assert reply.body["text"].startswith("您今年共可認定")
    body = _text(reply)
    assert "tsa-cme/5.1" in body and "台灣外科醫學會繼續教育積分認定辦法 第五條第二款" in body
    # the question reached the engine without the mention
    assert harness.engine.calls[0][0] == "我今年參加外科醫學會年會 1 次、月會 3 次，共有幾學分？"
    harness.settle()
    [row] = list(harness.log.export())
    assert row["source"] == "mention" and row["route"] == "calculator" and row["user_id"] == ASKER
    assert row["channel_id"] == CHANNEL and row["thread_ts"] == event["ts"]
    assert [c["id"] for c in row["citations"]] == ["tsa-cme/5.1", "tsa-cme/5.2"]
    assert row["tool_calls"][0]["name"] == "tsa_credit_tally" and row["latency_ms"] is not None


def test_direct_message_is_answered_in_a_thread_with_a_working_status(harness):
    event = message("What is the monthly screening cap for a mammography radiographer?", channel=DM, channel_type="im")
    harness.event(event)

    [reply] = harness.replies_in(DM, event["ts"])
    assert "500" in _text(reply) and "hpa-mammo/2.1.2.3.1" in _text(reply)
    [status] = harness.api.calls_to("assistant.threads.setStatus")
    assert status.body["channel_id"] == DM and status.body["thread_ts"] == event["ts"]
    assert status.body["status"]
    assert status.at < reply.at  # shown while working
    harness.settle()
    assert [r["source"] for r in harness.log.export()] == ["dm"]


def test_thread_follow_up_completes_a_clarify_without_a_new_mention(harness):
    first = mention("我可以換證嗎？")
    harness.event(first)
    [ask_back] = harness.replies_in(CHANNEL, first["ts"])
    assert "六年" in ask_back.body["text"] and "還需要" in _text(ask_back)

    follow_up = message("100、120、90、110、95、100", thread_ts=first["ts"])
    harness.event(follow_up)
    replies = harness.replies_in(CHANNEL, first["ts"], count=2)
    assert "可以申請展延" in replies[1].body["text"] and "615" in _text(replies[1])

    question, conversation = harness.engine.calls[1]
    assert question == "100、120、90、110、95、100"
    assert conversation is not None and conversation.pending_clarify is not None
    assert conversation.turns[0].question == "我可以換證嗎？"
    harness.settle()
    assert [r["source"] for r in harness.log.export()] == ["mention", "thread"]


def test_channel_messages_outside_the_bots_threads_are_ignored(harness):
    harness.event(message("大家好"))
    harness.event(message("隨便聊聊", thread_ts="1699999999.000001"))
    harness.settle()
    assert harness.engine.calls == []
    assert harness.api.calls_to("chat.postMessage") == []


@pytest.mark.parametrize(
    "event",
    [
        message("another bot's question 月會", channel=DM, channel_type="im", bot_id="BOTHER01", user="UOTHERBOT"),
        message("legacy bot post 月會", channel=DM, channel_type="im", subtype="bot_message", user=None, bot_id="BOTHER02"),
        message("my own answer 月會", channel=DM, channel_type="im", user=BOT_USER_ID),
        message("my own answer with bot id 月會", channel=DM, channel_type="im", user=BOT_USER_ID, bot_id=BOT_ID),
        message("edited 月會", channel=DM, channel_type="im", subtype="message_changed"),
        mention("a bot mentioning me 月會") | {"bot_id": "BOTHER03"},
    ],
    ids=["other-bot", "bot_message", "own-user", "own-bot", "edit", "bot-mention"],
)
def test_bots_and_itself_are_never_answered(harness, event):
    assert harness.event(event).status == 200
    harness.settle()
    assert harness.engine.calls == []
    assert harness.api.calls_to("chat.postMessage") == []


def test_mention_and_its_message_copy_are_answered_once(harness):
    # A channel post in the bot's thread that also mentions it arrives as app_mention and as message.
    first = mention("我可以換證嗎？")
    harness.event(first)
    harness.replies_in(CHANNEL, first["ts"])
    ts = "1710999999.000300"
    both = [
        mention("100、120、90、110、95、100", ts=ts, thread_ts=first["ts"]),
        message(f"<@{BOT_USER_ID}> 100、120、90、110、95、100", ts=ts, thread_ts=first["ts"]),
    ]
    for event in both:
        harness.event(event)
    harness.settle()
    assert len(harness.replies_in(CHANNEL, first["ts"], count=2)) == 2
    assert len(harness.engine.calls) == 2


@pytest.mark.parametrize("retry_first", [False, True])
def test_retries_and_duplicates_of_an_event_are_answered_once(harness, retry_first):
    event = mention("月會 2 次幾分？")
    if retry_first:  # the original was lost; the retry is the first copy we see
        responses = [harness.event(event, event_id="EvRETRY1", retry_num=1), harness.event(event, event_id="EvRETRY1", retry_num=2)]
    else:
        responses = [harness.event(event, event_id="EvRETRY1"), harness.event(event, event_id="EvRETRY1", retry_num=1),
                     harness.event(event, event_id="EvRETRY1")]
    assert all(r.status == 200 for r in responses)
    harness.settle()
    assert len(harness.replies_in(CHANNEL, event["ts"])) == 1
    assert len(harness.engine.calls) == 1


def test_dedupe_is_shared_by_processes_using_the_same_database(stand_in, inquiry_log):
    from bot.inquiry_log import InquiryLog

    other_log = InquiryLog(inquiry_log.url)  # a second process's connection to the same database
    one = make_harness(stand_in, inquiry_log, FakeEngine())
    two = make_harness(stand_in, other_log, FakeEngine())
    event = mention("年會幾分？")
    one.event(event, event_id="EvSHARED1")
    two.event(event, event_id="EvSHARED1", retry_num=1)
    one.settle(), two.settle()
    assert len(one.engine.calls) + len(two.engine.calls) == 1
    assert len(stand_in.calls_to("chat.postMessage")) == 1
    other_log.close()


def test_bad_signature_is_rejected_with_401_and_no_api_calls(harness):
    harness.api.clear()
    raw = json.dumps({"type": "event_callback", "event_id": "EvBAD", "event": mention("年會幾分？")})
    response = harness.send(raw, "application/json", secret="not-the-signing-secret")
    assert response.status == 401
    harness.settle()
    assert harness.engine.calls == []
    assert harness.api.calls == []


def test_engine_failure_posts_a_short_apology_and_is_logged(harness, caplog):
    event = message("boom 這個問題會讓引擎出錯", channel=DM, channel_type="im")
    with caplog.at_level(logging.ERROR, logger="regbot.slack"):
        harness.event(event)
        [reply] = harness.replies_in(DM, event["ts"])
        harness.settle()
    assert "抱歉" in reply.body["text"]
    body = _text(reply)
    assert "RuntimeError" not in body and "exploded" not in body and "Traceback" not in body
    assert any("engine failed" in r.message and r.exc_info for r in caplog.records)
    statuses = [c.body["status"] for c in harness.api.calls_to("assistant.threads.setStatus")]
    assert statuses[0] and statuses[-1] == ""  # set, then cleared on error
    [row] = list(harness.log.export())
    assert row["error"] == "RuntimeError" and row["answer"] is None
    assert "exploded" not in json.dumps(row, ensure_ascii=False)


def test_empty_mention_gets_help_in_the_thread(harness):
    event = mention("")
    harness.event(event)
    [reply] = harness.replies_in(CHANNEL, event["ts"])
    assert "/regbot" in _text(reply)
    harness.settle()
    assert harness.engine.calls == []


def test_opening_the_messages_tab_sets_suggested_prompts_without_a_thread(harness):
    harness.event({"type": "app_home_opened", "user": ASKER, "channel": DM, "tab": "messages", "event_ts": "1.0"})
    [call] = harness.api.wait_for("assistant.threads.setSuggestedPrompts")
    assert call.body["channel_id"] == DM and "thread_ts" not in call.body  # agent view: no thread_ts
    assert 1 <= len(call.body["prompts"]) <= 4
    harness.event({"type": "app_home_opened", "user": ASKER, "channel": DM, "tab": "home", "event_ts": "2.0"})
    harness.settle()
    assert len(harness.api.calls_to("assistant.threads.setSuggestedPrompts")) == 1
