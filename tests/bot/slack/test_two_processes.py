"""Two `regbot slack --http` processes sharing one PostgreSQL inquiry log answer a burst of events,
each delivered twice (the original to one process, Slack's retry to the other), exactly once.

Process level, through the command line only (`regbot slack --http --host --port`), so it keeps
working whatever serves HTTP inside. The engine is the test's FakeEngine (the index is not what
this is about); Slack is the recording stand-in on 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from devtools.stand_in import SIGNING_SECRET, event_callback, signed_headers
from tests.bot.slack.conftest import BOT_TOKEN, mention

ROOT = Path(__file__).resolve().parents[3]
EVENTS_PATH = "/slack/events"
BURST = 20

# `regbot slack` as installed, with bot.engine answered by the FakeEngine.
LAUNCH = """
import sys, types
from tests.bot.slack.fakes import FakeEngine
fake = types.ModuleType("bot.engine")
fake.Engine = type("Engine", (), {"create": staticmethod(lambda settings=None: FakeEngine())})
sys.modules["bot.engine"] = fake
from bot.cli import main
sys.argv = ["regbot", *sys.argv[1:]]
main()
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _post(url: str, raw: str, headers: dict[str, str]) -> int:
    request = urllib.request.Request(url, data=raw.encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code


def _wait_until_serving(url: str, proc: subprocess.Popen, log: Path, timeout: float = 120) -> None:
    """Poll (bounded) until the process answers HTTP: an unsigned request gets 401."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"regbot slack exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            if _post(url, "{}", {"content-type": "application/json"}) == 401:
                return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"regbot slack did not serve {url} within {timeout}s:\n{log.read_text()[-3000:]}")


@pytest.mark.slow
def test_two_processes_on_one_postgres_answer_a_retried_burst_exactly_once(stand_in, postgres_url, tmp_path):
    env = {**os.environ, "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "SLACK_API_URL": stand_in.api_url, "REGBOT_DATABASE_URL": postgres_url,
           "REGBOT_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    procs, urls, logs = [], [], []
    try:
        for name in ("a", "b"):
            port = _free_port()
            log = tmp_path / f"regbot-{name}.log"
            with log.open("w") as out:
                procs.append(subprocess.Popen(
                    [sys.executable, "-c", LAUNCH, "slack", "--http", "--host", "127.0.0.1", "--port", str(port)],
                    cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT))
            urls.append(f"http://127.0.0.1:{port}{EVENTS_PATH}")
            logs.append(log)
        for proc, url, log in zip(procs, urls, logs):
            _wait_until_serving(url, proc, log)

        events = [mention(f"年會 {i + 1} 次幾分？", channel="CBURST001") for i in range(BURST)]
        sends = []  # every event twice: the original to one process, the retry to the other
        for i, event in enumerate(events):
            raw = json.dumps(event_callback(event, event_id=f"EvBURST{i:04d}"))
            first, second = (urls[0], urls[1]) if i % 2 == 0 else (urls[1], urls[0])
            sends.append((first, raw, None))
            sends.append((second, raw, 1))
        statuses: list[int] = []

        def send(url: str, raw: str, retry_num: int | None) -> None:
            status = _post(url, raw, signed_headers(raw, content_type="application/json", retry_num=retry_num))
            statuses.append(status)

        threads = [threading.Thread(target=send, args=s) for s in sends]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert statuses == [200] * len(sends)

        answered = stand_in.wait_for("chat.postMessage", BURST, timeout=60,
                                     where=lambda c: c.body.get("channel") == "CBURST001")
        assert len(answered) >= BURST
    finally:
        for proc in procs:  # stop like an operator: SIGTERM, the answers in flight are finished first
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)

    per_thread = Counter(c.body.get("thread_ts") for c in stand_in.calls_to("chat.postMessage")
                         if c.body.get("channel") == "CBURST001")
    assert per_thread == {event["ts"]: 1 for event in events}  # every event answered, none twice
    engine = create_engine(postgres_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT message_ts, delivery_status FROM inquiries")).all()
    engine.dispose()
    assert sorted(rows) == sorted((event["ts"], "delivered") for event in events)
