"""The real transports: Bolt behind the HTTP server (uvicorn, in a thread), and Socket Mode over a local WebSocket."""

from __future__ import annotations

import asyncio
import json
import threading
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pytest

from devtools.loadtest import run_ack_benchmark
from bot.slack.runner import EVENTS_PATH, http_server, socket_mode_handler
from devtools.stand_in import SIGNING_SECRET, TEAM_ID, event_callback, signed_headers
from tests.bot.slack.conftest import APP_TOKEN, CHANNEL, mention
from tests.bot.slack.fakes import FakeEngine


@pytest.fixture
def served(harness):
    server = http_server(harness.app, "127.0.0.1", 0, signing_secret=SIGNING_SECRET)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield harness, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def _post(url: str, raw: str, headers: dict[str, str]) -> tuple[int, str]:
    request = urllib.request.Request(url, data=raw.encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def test_event_over_http_is_acked_and_answered_in_the_thread(served):
    harness, base = served
    event = mention("年會幾分？")
    raw = json.dumps(event_callback(event))
    status, _ = _post(base + EVENTS_PATH, raw, signed_headers(raw, content_type="application/json"))
    assert status == 200
    [reply] = harness.replies_in(CHANNEL, event["ts"])
    assert reply.body["blocks"][-1]["block_id"] == "regbot_actions"


def test_bad_signature_over_http_gets_401_and_no_api_calls(served):
    harness, base = served
    harness.api.clear()
    raw = json.dumps(event_callback(mention("年會幾分？")))
    status, _ = _post(base + EVENTS_PATH, raw, signed_headers(raw, content_type="application/json", secret="wrong"))
    assert status == 401
    unsigned = {"content-type": "application/json"}
    assert _post(base + EVENTS_PATH, raw, unsigned)[0] == 401
    harness.settle()
    assert harness.api.calls == [] and harness.engine.calls == []


def test_slash_command_over_http_acks_then_answers(served):
    harness, base = served
    response_url = harness.api.response_url()
    form = urlencode({"command": "/regbot", "text": "radiographer monthly cap?", "user_id": "UASKER001",
                      "channel_id": CHANNEL, "team_id": TEAM_ID, "response_url": response_url, "trigger_id": "1"})
    status, body = _post(base + EVENTS_PATH, form, signed_headers(form, content_type="application/x-www-form-urlencoded"))
    assert (status, body) == (200, "")
    [answer] = harness.api.wait_for("response_url", where=lambda c: response_url.endswith(c.path))
    assert "hpa-mammo/2.1.2.3.1" in json.dumps(answer.body)


def test_other_paths_are_not_found(served):
    _, base = served
    assert _post(base + "/elsewhere", "{}", {"content-type": "application/json"})[0] == 404


def test_fifty_concurrent_events_and_their_retries_are_each_answered_exactly_once():
    report = run_ack_benchmark(50, engine=FakeEngine(), answer_timeout_s=60)
    assert report["status_counts"] == {200: 100}
    assert (report["answered_once"], report["answered_more_than_once"], report["unanswered"]) == (50, 0, 0)
    assert set(report["ack_ms"]) == {"p50", "p95", "max"}


# -- Socket Mode ------------------------------------------------------------------------


class LocalSocketModeServer:
    """A WebSocket endpoint like Slack's: says hello, sends envelopes, records the acks."""

    def __init__(self, envelopes: list[dict]) -> None:
        self.envelopes = envelopes
        self.acks: list[dict] = []
        self.acked = threading.Condition()
        self.port: int | None = None
        self._ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        from aiohttp import WSMsgType, web

        async def link(request):
            ws = web.WebSocketResponse()
            await ws.prepare(request)
            await ws.send_json({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "AREGBOT01"}})
            for envelope in self.envelopes:
                await ws.send_json(envelope)
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    with self.acked:
                        self.acks.append(json.loads(msg.data))
                        self.acked.notify_all()
            return ws

        async def start():
            app = web.Application()
            app.router.add_get("/link", link)
            self._runner = web.AppRunner(app)
            await self._runner.setup()
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            await site.start()
            self.port = site._server.sockets[0].getsockname()[1]
            self._ready.set()

        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(start())
        self._loop.run_forever()

    def start(self) -> str:
        self._thread.start()
        assert self._ready.wait(10)
        return f"ws://127.0.0.1:{self.port}/link"

    def wait_for_acks(self, count: int, timeout: float = 10.0) -> list[dict]:
        with self.acked:
            assert self.acked.wait_for(lambda: len(self.acks) >= count, timeout), self.acks
            return list(self.acks)

    def stop(self) -> None:
        async def cleanup():
            await self._runner.cleanup()

        asyncio.run_coroutine_threadsafe(cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)


def test_socket_mode_event_is_acked_over_the_websocket_and_answered(harness):
    event = mention("月會 3 次幾分？")
    envelope = {"envelope_id": "env-0001", "type": "events_api", "accepts_response_payload": False,
                "retry_attempt": 0, "retry_reason": "", "payload": event_callback(event, event_id="EvSOCKET1")}
    retry = envelope | {"envelope_id": "env-0002", "retry_attempt": 1, "retry_reason": "timeout"}
    ws_server = LocalSocketModeServer([envelope, retry])
    harness.api.socket_url = ws_server.start()
    handler = socket_mode_handler(harness.app, APP_TOKEN)
    try:
        handler.connect()  # asks apps.connections.open (the stand-in) for the URL, then connects
        acks = ws_server.wait_for_acks(2)
        assert {a["envelope_id"] for a in acks} == {"env-0001", "env-0002"}
        [reply] = harness.replies_in(CHANNEL, event["ts"])
        assert "tsa-cme/5.1" in json.dumps(reply.body["blocks"], ensure_ascii=False)
        [opened] = harness.api.calls_to("apps.connections.open")
        assert opened.headers["authorization"] == f"Bearer {APP_TOKEN}"
        harness.settle()
        assert len(harness.api.calls_to("chat.postMessage")) == 1  # the retry was not answered
    finally:
        handler.close()
        ws_server.stop()
