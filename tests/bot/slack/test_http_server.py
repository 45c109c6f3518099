"""HTTP mode as a real uvicorn process on 127.0.0.1 (tests/bot/slack/http_process.py) against the
recording Web API stand-in: body limits, signature before parsing, health, readiness, metrics,
graceful shutdown, and `regbot slack --http` on a port in use."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

from bot.slack.runner import BoundedRecords
from devtools.stand_in import SIGNING_SECRET, RecordingSlackAPI, event_callback, signed_headers
from tests.bot.slack.conftest import CHANNEL, mention

REPO = Path(__file__).resolve().parents[3]
EVENTS = "/slack/events"
MB = 1 << 20

pytestmark = pytest.mark.slow


@dataclass
class ServerProcess:
    process: subprocess.Popen
    port: int
    log_path: Path
    data_dir: Path
    db_dir: Path
    slow_marker: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


def start_server(root: Path, api: RecordingSlackAPI) -> ServerProcess:
    """Start the server process; returns once it logged its port (bounded wait)."""
    data_dir, db_dir = root / "data", root / "db"
    (data_dir / "index").mkdir(parents=True)
    db_dir.mkdir()
    log_path = root / "server.log"
    env = os.environ | {
        "REGBOT_DATA_DIR": str(data_dir),
        "REGBOT_DATABASE_URL": f"sqlite:///{db_dir / 'inquiries.sqlite3'}",
        "SLACK_API_URL": api.api_url,
        "REGBOT_TEST_SLOW_MARKER": str(root / "slow-started"),
        "PYTHONUNBUFFERED": "1",
        "REGBOT_TEST_READ_TIMEOUT_S": "1",
    }
    with log_path.open("wb") as log_file:
        process = subprocess.Popen([sys.executable, "-m", "tests.bot.slack.http_process"], cwd=REPO, env=env,
                                   stdout=log_file, stderr=subprocess.STDOUT)
    server = ServerProcess(process, 0, log_path, data_dir, db_dir, root / "slow-started")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if found := re.search(r"listening on http://127\.0\.0\.1:(\d+)/slack/events", server.log()):
            server.port = int(found.group(1))
            return server
        time.sleep(0.05)
    server.stop()
    raise AssertionError(f"the server did not start:\n{server.log()[-3000:]}")


@pytest.fixture(scope="module")
def module_api() -> Iterator[RecordingSlackAPI]:
    with RecordingSlackAPI() as api:
        yield api


@pytest.fixture(scope="module")
def server(tmp_path_factory, module_api) -> Iterator[ServerProcess]:
    process = start_server(tmp_path_factory.mktemp("http-server"), module_api)
    yield process
    process.stop()


@pytest.fixture
def own_server(tmp_path, stand_in) -> Iterator[ServerProcess]:
    process = start_server(tmp_path, stand_in)
    yield process
    process.stop()


def request(url: str, body: bytes | None = None, headers: dict[str, str] | None = None,
            method: str | None = None) -> tuple[int, bytes, Any]:
    req = urllib.request.Request(url, data=body, headers=headers or {}, method=method or ("POST" if body is not None else "GET"))
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, response.read(), response.headers
    except urllib.error.HTTPError as err:
        return err.code, err.read(), err.headers


def signed(raw: bytes, content_type: str, timestamp: str | None = None) -> dict[str, str]:
    """Slack's v0 signature over the raw bytes (so even a body that is not UTF-8 can be signed)."""
    timestamp = timestamp or str(int(time.time()))
    digest = hmac.new(SIGNING_SECRET.encode(), b"v0:" + timestamp.encode() + b":" + raw, hashlib.sha256).hexdigest()
    return {"content-type": content_type, "x-slack-request-timestamp": timestamp, "x-slack-signature": f"v0={digest}"}


def raw_exchange(port: int, head: bytes, body: Iterable[bytes]) -> int:
    """Send `head` then `body` from another thread while reading the answer here, as a client
    that keeps sending after the server refused would; returns the status code."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)

    def pump() -> None:
        try:
            sock.sendall(head)
            for piece in body:
                sock.sendall(piece)
        except OSError:
            pass  # the server closed the connection: expected once it refused

    sender = threading.Thread(target=pump, daemon=True)
    sender.start()
    data = b""
    try:
        while b"\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    except OSError:
        pass  # reset by the server after its answer
    finally:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        sock.close()
        sender.join(30)
    assert data.startswith(b"HTTP/1.1 "), data[:200]
    return int(data.split(b" ", 2)[1])


def metric(text: str, name: str) -> float:
    found = re.search(rf"^{re.escape(name)} (\S+)$", text, re.MULTILINE)
    assert found, f"{name} not in /metrics"
    return float(found.group(1))


# -- answering and metrics ------------------------------------------------------------------


def test_signed_mention_is_answered_and_counted_in_metrics(server, module_api):
    status, before, headers = request(server.base + "/metrics")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    answers = 'regbot_answers_total{route="calculator"}'
    latency = "regbot_answer_seconds_count"
    counted, timed = metric(before.decode(), answers), metric(before.decode(), latency)

    event = mention("年會 1 次幾分？")
    raw = json.dumps(event_callback(event))
    status, _, _ = request(server.base + EVENTS, raw.encode(), signed_headers(raw, content_type="application/json"))
    assert status == 200
    module_api.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == event["ts"], timeout=30)

    after = request(server.base + "/metrics")[1].decode()
    assert metric(after, answers) == counted + 1
    assert metric(after, latency) == timed + 1
    for name in ("regbot_delivery_failures_total", "regbot_web_api_retries_total",
                 'regbot_dedupe_drops_total{layer="memory"}', 'regbot_dedupe_drops_total{layer="store"}'):
        metric(after, name)  # defined and exposed


def test_a_retried_event_is_dropped_and_counted(server, module_api):
    event = mention("月會 3 次幾分？")
    raw = json.dumps(event_callback(event))
    drops = 'regbot_dedupe_drops_total{layer="memory"}'
    before = metric(request(server.base + "/metrics")[1].decode(), drops)
    for retry in (None, 1):
        headers = signed_headers(raw, content_type="application/json", retry_num=retry)
        assert request(server.base + EVENTS, raw.encode(), headers)[0] == 200
    module_api.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == event["ts"], timeout=30)
    assert metric(request(server.base + "/metrics")[1].decode(), drops) == before + 1


# -- garbage: verified before parsing ------------------------------------------------------


GARBAGE = {
    "broken JSON": (b'{"type": "event_callback", ', "application/json"),
    "JSON array": (b'[{"type": "event_callback"}]', "application/json"),
    "bad form payload": (urlencode({"payload": "{not json"}).encode(), "application/x-www-form-urlencoded"),
    "payload that is a list": (urlencode({"payload": "[1, 2]"}).encode(), "application/x-www-form-urlencoded"),
    "invalid UTF-8": (b'{"type": "\xff\xfe\xfd"}', "application/json"),
    "empty": (b"", "application/json"),
}


@pytest.mark.parametrize("name", list(GARBAGE))
def test_unsigned_garbage_gets_401_and_no_traceback(server, name):
    body, content_type = GARBAGE[name]
    status, answer, _ = request(server.base + EVENTS, body, {"content-type": content_type})
    assert status == 401, answer
    bad_timestamp = {"content-type": content_type, "x-slack-request-timestamp": "abc", "x-slack-signature": "v0=00"}
    assert request(server.base + EVENTS, body, bad_timestamp)[0] in (400, 401)
    huge_timestamp = signed(body, content_type, timestamp="9" * 400)
    assert request(server.base + EVENTS, body, huge_timestamp)[0] in (400, 401)
    assert "Traceback" not in server.log()


@pytest.mark.parametrize("name", [n for n in GARBAGE if n != "empty"])
def test_signed_garbage_gets_400_or_401_and_no_traceback(server, name):
    body, content_type = GARBAGE[name]
    status, answer, _ = request(server.base + EVENTS, body, signed(body, content_type))
    # a body that is not UTF-8 cannot carry a signature Slack's verifier accepts: 401; the rest 400
    assert status == (401 if name == "invalid UTF-8" else 400), answer
    assert "Traceback" not in server.log()


def test_slacks_ssl_check_gets_200_unsigned_and_nothing_else_does(server):
    form = {"content-type": "application/x-www-form-urlencoded"}
    assert request(server.base + EVENTS, b"ssl_check=1&token=legacy", form)[0] == 200
    assert request(server.base + EVENTS, b"ssl_check=0&token=legacy", form)[0] == 401
    assert request(server.base + EVENTS, b"ssl_check=1&command=%2Fregbot&text=hi", {"content-type": "text/plain"})[0] == 401


def test_other_paths_and_methods(server):
    assert request(server.base + "/elsewhere", b"{}", {"content-type": "application/json"})[0] == 404
    assert request(server.base + EVENTS)[0] == 405


# -- oversized bodies ----------------------------------------------------------------------


def test_twenty_megabyte_bodies_get_413_and_the_log_stays_small(server):
    size_before = server.log_path.stat().st_size
    piece = b'{"x": "' + b"a" * (64 * 1024 - 9) + b'"}'
    twenty = 20 * MB // len(piece)

    declared = (f"POST {EVENTS} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(piece) * twenty}\r\n\r\n").encode()
    assert raw_exchange(server.port, declared, (piece for _ in range(twenty))) == 413

    chunked = (f"POST {EVENTS} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
               "Transfer-Encoding: chunked\r\n\r\n").encode()
    chunks = (f"{len(piece):x}\r\n".encode() + piece + b"\r\n" for _ in range(twenty))
    assert raw_exchange(server.port, chunked, chunks) == 413

    # the limit is on the body, not on honest requests near it
    event = mention("x" * 1000)
    raw = json.dumps(event_callback(event))
    assert request(server.base + EVENTS, raw.encode(), signed_headers(raw, content_type="application/json"))[0] == 200

    assert server.process.poll() is None
    grown = server.log_path.stat().st_size - size_before
    assert grown < 20_000, server.log()[-3000:]
    assert "Traceback" not in server.log()
    assert metric(request(server.base + "/metrics")[1].decode(), 'regbot_http_rejected_total{reason="too_large"}') >= 2


def test_a_body_that_never_arrives_gets_408(server):
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=30)
    try:
        sock.sendall(f"POST {EVENTS} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: 100\r\n\r\n{\"a\": ".encode())  # and nothing more
        answer = sock.recv(65536)
    finally:
        sock.close()
    assert answer.startswith(b"HTTP/1.1 408 "), answer[:100]


# -- health and readiness ------------------------------------------------------------------


def test_healthz_and_readyz(server):
    status, body, _ = request(server.base + "/healthz")
    assert (status, json.loads(body)) == (200, {"status": "ok"})
    status, body, _ = request(server.base + "/readyz")
    assert (status, json.loads(body)) == (200, {"status": "ready"})


def test_readyz_is_503_with_the_reason_when_the_index_or_the_database_is_gone(own_server):
    shutil.rmtree(own_server.data_dir / "index")
    status, body, _ = request(own_server.base + "/readyz")
    assert status == 503
    reasons = json.loads(body)["reasons"]
    assert set(reasons) == {"index"} and "missing" in reasons["index"]
    assert request(own_server.base + "/healthz")[0] == 200  # the process is still up

    (own_server.data_dir / "index").mkdir()
    assert request(own_server.base + "/readyz")[0] == 200

    shutil.rmtree(own_server.db_dir)
    status, body, _ = request(own_server.base + "/readyz")
    assert status == 503 and set(json.loads(body)["reasons"]) == {"database"}
    assert "Traceback" not in own_server.log()


# -- graceful shutdown ---------------------------------------------------------------------


def test_sigterm_while_an_answer_is_in_flight_still_posts_the_answer(own_server, stand_in):
    event = mention("slow: 年會 1 次幾分？")
    raw = json.dumps(event_callback(event))
    status, _, _ = request(own_server.base + EVENTS, raw.encode(), signed_headers(raw, content_type="application/json"))
    assert status == 200
    deadline = time.monotonic() + 30
    while not own_server.slow_marker.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert own_server.slow_marker.exists(), "the engine never started on the question"
    assert stand_in.calls_to("chat.postMessage") == []  # the answer is still being worked out

    own_server.process.send_signal(signal.SIGTERM)
    assert own_server.process.wait(60) == 0
    [reply] = stand_in.calls_to("chat.postMessage")
    assert reply.body["channel"] == CHANNEL and reply.body["thread_ts"] == event["ts"]
    assert "Traceback" not in own_server.log()
    with pytest.raises(OSError):  # the port is closed
        socket.create_connection(("127.0.0.1", own_server.port), timeout=2).close()


# -- the command line ----------------------------------------------------------------------


def test_regbot_slack_http_on_a_port_in_use_says_so_in_one_line(tmp_path):
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    env = os.environ | {"REGBOT_DATA_DIR": str(tmp_path), "SLACK_BOT_TOKEN": "xoxb-test-0000-bot-token",
                        "SLACK_SIGNING_SECRET": SIGNING_SECRET}
    try:
        done = subprocess.run([str(Path(sys.executable).parent / "regbot"), "slack", "--http", "--host", "127.0.0.1",
                               "--port", str(port)], env=env, capture_output=True, text=True, timeout=120)
    finally:
        taken.close()
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and f"port {port}" in lines[0] and "in use" in lines[0], done.stderr


# -- bounded log records -------------------------------------------------------------------


def test_bolt_logging_a_whole_unsigned_body_is_cut_to_a_bound(harness, tmp_path):
    """slack_bolt.RequestVerification logs the whole body of a request it refuses, at INFO; behind
    the guard Bolt never sees one, and should it, the record is cut (as `regbot slack` logs)."""
    from slack_bolt import BoltRequest

    path = tmp_path / "bolt.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.addFilter(BoundedRecords(2000))
    bolt_logger = logging.getLogger("slack_bolt.RequestVerification")
    level = bolt_logger.level
    bolt_logger.setLevel(logging.INFO)
    bolt_logger.addHandler(handler)
    try:
        body = "text=" + "x" * MB
        response = harness.app.dispatch(BoltRequest(body=body, headers={"content-type": "application/x-www-form-urlencoded"}))
    finally:
        bolt_logger.removeHandler(handler)
        bolt_logger.setLevel(level)
        handler.close()
    assert response.status == 401
    logged = path.read_text(encoding="utf-8")
    assert "Invalid request signature" in logged and "more characters cut" in logged
    assert 2000 < len(logged) < 2200
