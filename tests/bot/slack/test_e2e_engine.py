"""End to end with the real engine (`Engine.create()` over a real index, built once per session)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from devtools.loadtest import run_ack_benchmark
from bot.slack.runner import EVENTS_PATH
from devtools.stand_in import SIGNING_SECRET, event_callback, signed_headers
from tests.bot.slack.conftest import BOT_TOKEN, CHANNEL, DM, make_harness, mention, message


@pytest.fixture
def real(stand_in, inquiry_log, engine):
    harness = make_harness(stand_in, inquiry_log, engine)
    yield harness
    harness.svc.close(wait=True)


def _blocks_text(call) -> str:
    return json.dumps(call.body.get("blocks"), ensure_ascii=False)


def test_mention_gets_a_calculated_answer_with_steps_and_citations_once(real):
    event = mention("我今年參加外科醫學會年會 1 次、月會 3 次，共有幾學分？")
    real.event(event)
    [reply] = real.replies_in(CHANNEL, event["ts"], timeout=60)
    body = _blocks_text(reply)
    assert "120" in reply.body["text"]
    assert "tsa-cme/5.1" in body and "tsa-cme/5.2" in body
    assert body.count("計算步驟") == 1  # shown once, in its own block
    assert reply.body["blocks"][-1]["block_id"] == "regbot_actions"


def test_thread_reply_completes_the_real_engines_clarify(real):
    first = mention("我的外科專科醫師證書可以換證嗎？")
    real.event(first)
    [ask_back] = real.replies_in(CHANNEL, first["ts"], timeout=60)
    assert real.log.get(1).route == "clarify", ask_back.body["text"]
    real.event(message("六年的積分是 100、120、90、110、95、100", thread_ts=first["ts"]))
    replies = real.replies_in(CHANNEL, first["ts"], count=2, timeout=60)
    assert "615" in _blocks_text(replies[1])
    real.settle()
    assert [r["route"] for r in real.log.export()] == ["clarify", "calculator"]


def test_english_dm_retrieval_answer_cites_the_mammography_rule(real):
    event = message("What is the monthly screening cap for one mammography radiographer?", channel=DM, channel_type="im")
    real.event(event)
    [reply] = real.replies_in(DM, event["ts"], timeout=60)
    assert "hpa-mammo/2.1.2.3.1" in _blocks_text(reply)


def test_slash_command_with_the_real_engine(real):
    _, url = real.command("乳房攝影追蹤完成率 68%，要扣多少？")
    [answer] = real.api.wait_for("response_url", where=lambda c: url.endswith(c.path), timeout=60)
    assert "hpa-mammo/2.5" in _blocks_text(answer)


def test_concurrent_events_over_http_with_the_real_engine(engine):
    report = run_ack_benchmark(20, engine=engine, answer_timeout_s=120)
    assert (report["answered_once"], report["answered_more_than_once"], report["unanswered"]) == (20, 0, 0)


@pytest.mark.slow
def test_regbot_slack_http_process_end_to_end(stand_in, engine):
    """`regbot slack --http` as a process: loads the engine once, answers a signed mention."""
    env = os.environ | {
        "REGBOT_DATA_DIR": str(engine.settings.data_dir),  # the index the session built
        "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET, "SLACK_API_URL": stand_in.api_url,
        "REGBOT_STAFF_CHANNEL": "CSTAFF0001",
    }
    regbot = Path(sys.executable).parent / "regbot"
    process = subprocess.Popen([str(regbot), "slack", "--http", "--host", "127.0.0.1", "--port", "0"], env=env,
                               stderr=subprocess.PIPE, text=True)
    try:
        port = None
        deadline = time.monotonic() + 120
        while port is None and time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line:
                break
            if found := re.search(r"listening on http://127\.0\.0\.1:(\d+)/slack/events", line):
                port = int(found.group(1))
        assert port, "the server did not report its port"
        # keep reading its log so a full pipe never blocks the server
        threading.Thread(target=process.stderr.read, daemon=True).start()
        event = mention("乳房攝影放射師每月檢查人次上限是多少？")
        raw = json.dumps(event_callback(event))
        request = urllib.request.Request(f"http://127.0.0.1:{port}{EVENTS_PATH}", data=raw.encode(), method="POST",
                                         headers=signed_headers(raw, content_type="application/json"))
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200
        [reply] = stand_in.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == event["ts"], timeout=60)
        assert "hpa-mammo/2.1.2.3.1" in _blocks_text(reply)
        assert len(stand_in.calls_to("auth.test")) == 1  # started once; nothing reloaded per message
    finally:
        process.terminate()
        process.wait(timeout=30)
