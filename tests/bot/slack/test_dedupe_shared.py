"""The cross-process dedupe claims (bot/slack/dedupe.py) on SQLite and a real PostgreSQL server:
many threads over two connections racing for the same events, one winner each."""

from __future__ import annotations

import threading

import pytest

from bot.inquiry_log import InquiryLog
from bot.slack.dedupe import first_delivery
from devtools.stand_in import event_callback
from tests.bot.slack.conftest import mention


@pytest.fixture(params=["sqlite", "postgresql"])
def two_logs(request, tmp_path):
    """Two processes' logs on one database."""
    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else f"sqlite:///{tmp_path / 'log.db'}"
    one, two = InquiryLog(url), InquiryLog(url)
    assert one.engine.dialect.name == request.param
    yield one, two
    one.close(), two.close()


def test_racing_deliveries_of_each_event_are_taken_once(two_logs):
    events = [mention(f"q{i}") for i in range(15)]
    bodies = [event_callback(e, event_id=f"EvRACE{i:03d}") for i, e in enumerate(events)]
    wins: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(8)

    def deliver(log: InquiryLog) -> None:
        start.wait(10)
        for body in bodies:
            if first_delivery(log, body, body["event"]):
                with lock:
                    wins.append(body["event_id"])

    threads = [threading.Thread(target=deliver, args=(two_logs[i % 2],)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(wins) == sorted(b["event_id"] for b in bodies)


def test_a_post_delivered_as_mention_and_as_message_is_taken_once_across_processes(two_logs):
    one, two = two_logs
    event = mention("q")
    as_mention = event_callback(event, event_id="EvMENTION1")
    as_message = event_callback({**event, "type": "message", "channel_type": "channel"}, event_id="EvMESSAGE1")
    assert first_delivery(one, as_mention, as_mention["event"])
    assert not first_delivery(two, as_message, as_message["event"])  # same channel + ts, other event_id
    assert not first_delivery(two, as_mention, as_mention["event"])
