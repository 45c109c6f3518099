"""Delivery to Slack under Web API faults: retried within a budget, recorded, kept and sent again.

Real Bolt, real slack_sdk clients, the recording stand-in on 127.0.0.1 answering with injected
faults (HTTP 500, 429 + Retry-After, a hang past the client's timeout)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from bot.answer import Answer
from bot.inquiry_log import Inquiry
from bot.slack import delivery
from bot.slack.delivery import redeliver
from devtools.stand_in import Fault
from tests.bot.slack.conftest import CHANNEL, mention, make_harness
from tests.bot.slack.fakes import FakeEngine, calculator_answer


def _posts(api, channel: str = CHANNEL):
    return [c for c in api.calls_to("chat.postMessage") if c.body.get("channel") == channel]


def _answers_delivered(api, channel: str = CHANNEL):
    """Messages Slack took that carry the buttons: one per delivered answer."""
    return [c for c in _posts(api, channel) if c.ok and c.body["blocks"][-1].get("block_id") == "regbot_actions"]


def _only_row(log):
    [row] = list(log.export())
    return row


def test_a_500_once_is_retried_and_the_answer_delivered(harness):
    harness.api.inject("chat.postMessage", Fault(status=500))
    event = mention("年會 1 次幾分？")
    harness.event(event)
    harness.settle()
    assert [c.fault for c in _posts(harness.api)] == ["500", None]
    [reply] = _answers_delivered(harness.api)
    assert reply.body["thread_ts"] == event["ts"]
    row = _only_row(harness.log)
    assert (row["delivery_status"], row["delivery_error"], row["delivery_attempts"]) == ("delivered", None, 1)


def test_a_429_with_retry_after_is_waited_out_and_retried(harness):
    harness.api.inject("chat.postMessage", Fault(status=429, retry_after=1))
    harness.event(mention("月會 3 次幾分？"))
    harness.settle()
    assert [c.fault for c in _posts(harness.api)] == ["429", None]
    assert _only_row(harness.log)["delivery_status"] == "delivered"


def test_a_retry_after_longer_than_the_cap_is_not_waited_for_inline(harness):
    harness.api.inject("chat.postMessage", Fault(status=429, retry_after=3600))
    harness.event(mention("月會 3 次幾分？"))
    harness.settle()
    assert [c.fault for c in _posts(harness.api)] == ["429"]  # no hour-long sleep in a worker
    row = _only_row(harness.log)
    assert row["delivery_status"] == "failed" and "429" in row["delivery_error"]


def test_a_permanent_failure_is_kept_as_failed_and_a_later_pass_delivers_it_once(harness):
    harness.api.inject("chat.postMessage", Fault(status=500, times=None))
    event = mention("年會 1 次、月會 3 次幾分？")
    harness.event(event)
    harness.settle()
    assert [c.fault for c in _posts(harness.api)] == ["500"] * (1 + delivery.MAX_RETRIES)  # a bounded budget
    row = _only_row(harness.log)
    assert row["delivery_status"] == "failed"
    assert row["delivery_error"] == "SlackApiError: HTTP 500 internal_error"
    assert row["answer"] and row["route"] == "calculator"  # the answer itself is kept

    assert redeliver(harness.log, harness.app.client, retry_after_s=0) == 0  # Slack still down
    assert _only_row(harness.log)["delivery_status"] == "failed"

    harness.api.recover()
    assert redeliver(harness.log, harness.app.client, retry_after_s=0) == 1
    assert redeliver(harness.log, harness.app.client, retry_after_s=0) == 0  # nothing left to send
    [reply] = _answers_delivered(harness.api)
    assert reply.body["thread_ts"] == event["ts"]
    assert "tsa-cme/5.1" in json.dumps(reply.body["blocks"], ensure_ascii=False)
    row = _only_row(harness.log)
    assert (row["delivery_status"], row["delivery_error"], row["delivery_attempts"]) == ("delivered", None, 3)
    assert harness.log.get(row["id"]).reply_ts is not None


def test_the_redelivery_pass_gives_up_after_its_attempts(harness):
    harness.api.inject("chat.postMessage", Fault(status=500, times=None))
    harness.event(mention("年會 1 次幾分？"))
    harness.settle()
    for _ in range(5):
        redeliver(harness.log, harness.app.client, retry_after_s=0, max_attempts=3)
    assert _only_row(harness.log)["delivery_attempts"] == 3
    assert len(_posts(harness.api)) == 3 * (1 + delivery.MAX_RETRIES)


def test_while_one_call_hangs_another_users_answer_is_posted(stand_in, inquiry_log, monkeypatch):
    monkeypatch.setattr(delivery, "TIMEOUT_S", 2)  # a hang is anything past the client's timeout
    harness = make_harness(stand_in, inquiry_log, FakeEngine())
    try:
        stuck, other = "CSTUCK0001", "COTHER0001"
        stand_in.inject("chat.postMessage", Fault(hang_s=60, where=lambda body: body.get("channel") == stuck))
        harness.event(mention("年會 1 次幾分？", channel=stuck))
        stand_in.wait_for("chat.postMessage", where=lambda c: c.body.get("channel") == stuck)  # it hangs now
        harness.event(mention("月會 3 次幾分？", channel=other, user="UOTHER001"))
        [reply] = stand_in.wait_for("chat.postMessage", where=lambda c: c.body.get("channel") == other and c.ok)
        stuck_row = next(r for r in inquiry_log.export() if r["channel_id"] == stuck)
        assert stuck_row["delivery_status"] == "sending"  # the other answer did not wait for the stuck one
        harness.settle()  # the stuck call times out: its worker is freed and the failure recorded
        stuck_row = next(r for r in inquiry_log.export() if r["channel_id"] == stuck)
        assert stuck_row["delivery_status"] == "failed" and stuck_row["delivery_error"].startswith("TimeoutError")
        assert [c.fault for c in _posts(stand_in, stuck)] == ["hang"]  # a timeout is not re-posted at once
        stand_in.recover()
        assert redeliver(inquiry_log, harness.app.client, retry_after_s=0) == 1
        assert len(_answers_delivered(stand_in, stuck)) == 1 and len(_answers_delivered(stand_in, other)) == 1
    finally:
        harness.svc.close(wait=True)


class LongAnswerEngine(FakeEngine):
    """An answer long enough to need two Slack messages."""

    def answer(self, question, conversation=None, *, today=None):
        super().answer(question, conversation)
        return Answer(question=question, lang="en", route="retrieval", answer="\n\n".join(["x" * 2900] * 60))


def test_a_partly_posted_answer_is_resumed_after_the_parts_slack_took(stand_in, inquiry_log):
    harness = make_harness(stand_in, inquiry_log, LongAnswerEngine())
    try:
        last_part = lambda body: body.get("blocks", [{}])[-1].get("block_id") == "regbot_actions"  # noqa: E731
        stand_in.inject("chat.postMessage", Fault(status=503, times=None, where=last_part))
        harness.event(mention("a long one"))
        harness.settle()
        row = harness.log.get(_only_row(harness.log)["id"])
        assert (row.delivery_status, row.delivered_parts) == ("failed", 1)
        stand_in.recover()
        assert redeliver(harness.log, harness.app.client, retry_after_s=0) == 1
        taken = [c for c in _posts(stand_in) if c.ok]
        assert len(taken) == 2 and last_part(taken[-1].body) and not last_part(taken[0].body)  # part 1 not re-posted
        row = harness.log.get(row.id)
        assert (row.delivery_status, row.delivered_parts) == ("delivered", 2)
    finally:
        harness.svc.close(wait=True)


def test_an_engine_failure_apology_is_delivered_and_resent_like_an_answer(harness):
    harness.api.inject("chat.postMessage", Fault(status=500, times=None))
    harness.event(mention("boom"))
    harness.settle()
    assert _only_row(harness.log)["delivery_status"] == "failed"
    harness.api.recover()
    assert redeliver(harness.log, harness.app.client, retry_after_s=0) == 1
    [apology] = [c for c in _posts(harness.api) if c.ok]
    assert "handoff" in json.dumps(apology.body["blocks"])


def test_a_command_answer_slack_refuses_is_recorded_as_failed_and_not_resent(harness):
    harness.api.inject("response_url", Fault(status=500, times=None))
    harness.command("年會 1 次幾分？")
    harness.settle()
    row = _only_row(harness.log)
    assert row["delivery_status"] == "failed" and "500" in row["delivery_error"]
    assert len(harness.api.calls_to("response_url")) == 1 + delivery.MAX_RETRIES
    harness.api.recover()
    assert redeliver(harness.log, harness.app.client, retry_after_s=0) == 0  # its response_url has expired


def test_a_command_answer_is_recorded_as_delivered(harness):
    harness.command("年會 1 次幾分？")
    harness.settle()
    assert _only_row(harness.log)["delivery_status"] == "delivered"


def test_an_answer_left_sending_by_a_stopped_process_is_sent_at_start(stand_in, inquiry_log):
    inquiry_id = inquiry_log.record_inquiry(source="mention", question="q", answer=calculator_answer(),
                                            channel_id=CHANNEL, thread_ts="1710000000.000900")
    assert redeliver(inquiry_log, object()) == 0  # just logged: its process may still be sending it
    with inquiry_log.engine.begin() as conn:  # ten minutes later, that process is gone
        conn.execute(update(Inquiry).where(Inquiry.id == inquiry_id)
                     .values(delivery_updated_at=datetime.now(UTC) - timedelta(minutes=10)))
    harness = make_harness(stand_in, inquiry_log, FakeEngine())  # the redelivery loop's first pass runs now
    stand_in.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == "1710000000.000900" and c.ok)
    harness.svc.close(wait=True)  # stops the loop after its pass
    assert len(_answers_delivered(stand_in)) == 1
    assert inquiry_log.get(inquiry_id).delivery_status == "delivered"


def test_the_bot_client_has_a_short_timeout_and_bounded_retries(harness):
    client = harness.app.client
    assert client.timeout == delivery.TIMEOUT_S < 30
    assert {type(h).__name__ for h in client.retry_handlers} == {
        "BoundedRateLimitRetryHandler", "_CountedServerErrorRetryHandler", "_CountedConnectionErrorRetryHandler"}
    assert all(h.max_retry_count == delivery.MAX_RETRIES for h in client.retry_handlers)


def _sample(name: str) -> float:
    from bot.slack import metrics as m  # noqa: PLC0415

    return m.REGISTRY.get_sample_value(name) or 0.0


def test_retries_and_delivery_failures_are_counted_in_the_metrics(harness):
    retries, failures = _sample("regbot_web_api_retries_total"), _sample("regbot_delivery_failures_total")
    harness.api.inject("chat.postMessage", Fault(status=500, times=None))
    harness.event(mention("年會 1 次幾分？"))
    harness.settle()
    assert _sample("regbot_web_api_retries_total") - retries == delivery.MAX_RETRIES
    assert _sample("regbot_delivery_failures_total") - failures == 1
