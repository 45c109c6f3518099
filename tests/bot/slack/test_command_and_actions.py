"""/regbot, feedback buttons, staff hand-off and resolution, through a real Bolt app."""

from __future__ import annotations

import json

from tests.bot.slack.conftest import ASKER, CHANNEL, STAFF, STAFF_CHANNEL, make_harness, mention
from tests.bot.slack.fakes import FakeEngine


def _dump(call) -> str:
    return json.dumps(call.body, ensure_ascii=False)


def _answered_mention(harness, text: str = "我今年參加外科醫學会年會 1 次，幾分？"):
    event = mention(text)
    harness.event(event)
    [reply] = harness.replies_in(CHANNEL, event["ts"])
    inquiry_id = reply.body["blocks"][-1]["elements"][0]["value"]
    return event, reply, inquiry_id


# -- /regbot ----------------------------------------------------------------------------


def test_empty_slash_command_acks_with_ephemeral_help(harness):
    response, _ = harness.command("   ")
    assert response.status == 200
    body = json.loads(response.body)
    assert body["response_type"] == "ephemeral"
    assert "/regbot" in json.dumps(body["blocks"], ensure_ascii=False)
    harness.settle()
    assert harness.engine.calls == []


def test_slash_command_acks_then_answers_through_the_response_url(harness):
    response, response_url = harness.command("乳房攝影 radiographer monthly cap?")
    assert response.status == 200 and response.body == ""  # a bare ack, well within 3 s
    [posted] = harness.api.wait_for("response_url", where=lambda c: response_url.endswith(c.path))
    assert posted.body["response_type"] == "ephemeral"
    assert "hpa-mammo/2.1.2.3.1" in _dump(posted)
    assert posted.body["blocks"][-1]["type"] == "actions"
    harness.settle()
    [row] = list(harness.log.export())
    assert row["source"] == "command" and row["channel_id"] == CHANNEL and row["thread_ts"] is None


def test_slash_command_engine_failure_apologises(harness):
    _, response_url = harness.command("boom")
    [posted] = harness.api.wait_for("response_url", where=lambda c: response_url.endswith(c.path))
    assert "Sorry" in posted.body["text"] and "exploded" not in _dump(posted)


# -- feedback ---------------------------------------------------------------------------


def test_feedback_click_is_recorded_and_acknowledged_ephemerally(harness):
    event, reply, inquiry_id = _answered_mention(harness)
    reply_ts = harness.log.get(int(inquiry_id)).reply_ts
    response, response_url = harness.click("feedback_not_helpful", inquiry_id, user=ASKER, channel=CHANNEL,
                                           message_ts=reply_ts, thread_ts=event["ts"])
    assert response.status == 200
    [thanks] = harness.api.wait_for("response_url", where=lambda c: response_url.endswith(c.path))
    assert thanks.body["response_type"] == "ephemeral" and thanks.body["replace_original"] is False
    assert thanks.body["thread_ts"] == event["ts"]
    # a second click by the same user changes the vote; another user's adds one
    _, url2 = harness.click("feedback_helpful", inquiry_id, user=ASKER, channel=CHANNEL, message_ts=reply_ts)
    _, url3 = harness.click("feedback_helpful", inquiry_id, user="UOTHER001", channel=CHANNEL, message_ts=reply_ts)
    harness.api.wait_for("response_url", where=lambda c: url3.endswith(c.path))
    harness.api.wait_for("response_url", where=lambda c: url2.endswith(c.path))
    harness.settle()
    [row] = list(harness.log.export())
    assert (row["helpful"], row["not_helpful"]) == (2, 0)


# -- hand-off ---------------------------------------------------------------------------


def test_handoff_posts_to_staff_and_resolving_updates_it_and_tells_the_thread(harness):
    event, reply, inquiry_id = _answered_mention(harness)
    reply_ts = harness.log.get(int(inquiry_id)).reply_ts
    _, url = harness.click("handoff", inquiry_id, user=ASKER, channel=CHANNEL, message_ts=reply_ts, thread_ts=event["ts"])

    [card] = harness.api.wait_for("chat.postMessage", where=lambda c: c.body.get("channel") == STAFF_CHANNEL)
    [permalink] = harness.api.calls_to("chat.getPermalink")
    assert permalink.body["channel"] == CHANNEL and permalink.body["message_ts"] == event["ts"]
    dumped = _dump(card)
    assert "我今年參加外科醫學会年會 1 次，幾分？" in dumped  # the question
    assert "您今年共可認定" in dumped  # the bot's answer
    assert "tsa-cme/5.1" in dumped  # its citations
    assert f"archives/{CHANNEL}/p" in dumped  # the thread link
    assert card.body["blocks"][-1]["elements"][0]["action_id"] == "resolve"
    [sent] = harness.api.wait_for("response_url", where=lambda c: url.endswith(c.path))
    assert "學會" in sent.body["text"]

    staff_ts = harness.log.get(int(inquiry_id)).handoff.staff_ts
    harness.click("resolve", inquiry_id, user=STAFF, channel=STAFF_CHANNEL, message_ts=staff_ts)
    [update] = harness.api.wait_for("chat.update")
    assert update.body["channel"] == STAFF_CHANNEL and update.body["ts"] == staff_ts
    assert all(b["type"] != "actions" for b in update.body["blocks"]) and f"<@{STAFF}>" in _dump(update)
    notices = harness.replies_in(CHANNEL, event["ts"], count=2)
    assert "已解決" in notices[1].body["text"]

    # a second click (another staff member) updates nothing new for the asker
    harness.click("resolve", inquiry_id, user="USTAFF002", channel=STAFF_CHANNEL, message_ts=staff_ts)
    harness.api.wait_for("chat.update", count=2)
    harness.settle()
    assert len(harness.replies_in(CHANNEL, event["ts"], count=2)) == 2
    [row] = list(harness.log.export())
    assert row["handoff_by"] == ASKER and row["resolved_by"] == STAFF and row["resolved_at"]
    assert row["handoff_permalink"].startswith("https://")


def test_second_handoff_click_is_not_posted_twice(harness):
    event, _, inquiry_id = _answered_mention(harness)
    harness.click("handoff", inquiry_id, user=ASKER, channel=CHANNEL, message_ts=event["ts"])
    harness.api.wait_for("chat.postMessage", where=lambda c: c.body.get("channel") == STAFF_CHANNEL)
    _, url = harness.click("handoff", inquiry_id, user=ASKER, channel=CHANNEL, message_ts=event["ts"])
    [again] = harness.api.wait_for("response_url", where=lambda c: url.endswith(c.path))
    assert "已經轉交" in again.body["text"]
    harness.settle()
    assert len([c for c in harness.api.calls_to("chat.postMessage") if c.body.get("channel") == STAFF_CHANNEL]) == 1


def test_handoff_without_a_staff_channel_says_so_ephemerally(stand_in, inquiry_log):
    harness = make_harness(stand_in, inquiry_log, FakeEngine(), staff_channel=None)
    event, _, inquiry_id = _answered_mention(harness)
    response, url = harness.click("handoff", inquiry_id, user=ASKER, channel=CHANNEL, message_ts=event["ts"])
    assert response.status == 200
    [note] = harness.api.wait_for("response_url", where=lambda c: url.endswith(c.path))
    assert "REGBOT_STAFF_CHANNEL" in note.body["text"] and note.body["response_type"] == "ephemeral"
    harness.settle()
    assert [c.body["channel"] for c in stand_in.calls_to("chat.postMessage")] == [CHANNEL]
    assert list(inquiry_log.export())[0]["handoff_at"] is None


def test_handoff_that_cannot_reach_the_staff_channel_can_be_retried(harness):
    harness.api.errors["chat.postMessage"] = "not_in_channel"
    _, url = harness.command("年會幾分？")
    harness.api.wait_for("response_url", where=lambda c: url.endswith(c.path))
    inquiry_id = str(next(iter(harness.log.export()))["id"])
    _, url = harness.click("handoff", inquiry_id, user=ASKER, channel=CHANNEL, message_ts="1.0")
    [note] = harness.api.wait_for("response_url", where=lambda c: url.endswith(c.path))
    assert "無法送到" in note.body["text"]
    del harness.api.errors["chat.postMessage"]
    harness.click("handoff", inquiry_id, user=ASKER, channel=CHANNEL, message_ts="1.0")
    harness.api.wait_for("chat.postMessage", count=2, where=lambda c: c.body.get("channel") == STAFF_CHANNEL)
