"""A recording stand-in for the Slack Web API on 127.0.0.1, for tests and the ack benchmark.

Point the bot at it with `SLACK_API_URL` (or `WebClient(base_url=stand_in.api_url)`). It parses
JSON and form bodies, keeps every call as {path, method, body, headers}, answers the methods
the bot uses, and also receives `response_url` posts (`stand_in.response_url()`).

Faults, for the delivery tests: `api.inject("chat.postMessage", Fault(status=500))` answers the
next matching call with HTTP 500 (`Fault(status=429, retry_after=1)`: rate limited;
`Fault(hang_s=30)`: holds the call, then answers normally; `times=None`: until `api.recover()`).
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

BOT_USER_ID = "UREGBOT01"
BOT_ID = "BREGBOT01"
TEAM_ID = "T0REGBOT1"

_JSON_FIELDS = ("blocks", "attachments", "prompts", "loading_messages", "metadata")


@dataclass
class Call:
    """One request the stand-in received."""

    path: str
    method: str  # the Web API method ("chat.postMessage"), or "response_url"
    body: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)
    fault: str | None = None  # "500", "429", "hang" when a Fault answered it; None: answered normally

    @property
    def ok(self) -> bool:
        """Answered normally (the message was taken)."""
        return self.fault is None


@dataclass
class Fault:
    """How to answer a matching call instead of normally: an HTTP error, or a hang."""

    status: int = 500  # 500, 503, 429 …; ignored for a hang
    retry_after: float | None = None  # the Retry-After header (seconds), for 429
    hang_s: float = 0.0  # > 0: hold the call this long (or until `release_hangs()`), then answer normally
    where: Callable[[dict[str, Any]], bool] | None = None  # only calls whose body matches
    times: int | None = 1  # how many calls it answers; None: every one until `recover()`

    @property
    def kind(self) -> str:
        return "hang" if self.hang_s > 0 else str(self.status)


class RecordingSlackAPI:
    """Start with `with RecordingSlackAPI() as api:`; `api.api_url` ends with `/`."""

    def __init__(self, *, bot_user_id: str = BOT_USER_ID, bot_id: str = BOT_ID, team_id: str = TEAM_ID) -> None:
        self.bot_user_id, self.bot_id, self.team_id = bot_user_id, bot_id, team_id
        self.calls: list[Call] = []
        self.socket_url: str | None = None  # what apps.connections.open hands out
        self.errors: dict[str, str] = {}  # method -> Slack error code to answer with
        self.faults: dict[str, list[Fault]] = {}  # method -> faults, first match answers
        self._released = threading.Event()
        self.members: dict[str, list[str]] = {}  # channel -> member ids (conversations.members)
        self._cond = threading.Condition()
        self._ts = itertools.count(1)
        self._response_ids = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="slack-stand-in", daemon=True
        )

    # -- lifecycle ----------------------------------------------------------------------

    def start(self) -> RecordingSlackAPI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._released.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> RecordingSlackAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    def response_url(self) -> str:
        """A fresh response_url that records what is posted to it."""
        return f"{self.base_url}/response/{next(self._response_ids)}"

    # -- what tests read ----------------------------------------------------------------

    def calls_to(self, method: str) -> list[Call]:
        with self._cond:
            return [c for c in self.calls if c.method == method]

    def wait_for(
        self, method: str, count: int = 1, *, where: Callable[[Call], bool] | None = None, timeout: float = 10.0
    ) -> list[Call]:
        """Block until `count` matching calls arrived (bounded); returns them, or raises TimeoutError."""
        deadline = time.monotonic() + timeout

        def matching() -> list[Call]:
            return [c for c in self.calls if c.method == method and (where is None or where(c))]

        with self._cond:
            while len(found := matching()) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{len(found)} of {count} {method} calls after {timeout}s")
                self._cond.wait(left)
            return found

    def clear(self) -> None:
        with self._cond:
            self.calls.clear()

    # -- faults -------------------------------------------------------------------------

    def inject(self, method: str, fault: Fault) -> Fault:
        """Answer matching calls to `method` with `fault` (after the faults injected before it)."""
        with self._cond:
            self.faults.setdefault(method, []).append(fault)
        return fault

    def recover(self, method: str | None = None) -> None:
        """Drop the faults (of one method, or all) and let hung calls answer."""
        with self._cond:
            if method is None:
                self.faults.clear()
            else:
                self.faults.pop(method, None)
        self.release_hangs()

    def release_hangs(self) -> None:
        """Hung calls answer now (new hangs are not held any more)."""
        self._released.set()

    def _take_fault(self, method: str, body: dict[str, Any]) -> Fault | None:
        with self._cond:
            for fault in self.faults.get(method, []):
                if fault.where is None or fault.where(body):
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times <= 0:
                            self.faults[method].remove(fault)
                    return fault
        return None

    # -- answers ------------------------------------------------------------------------

    def next_ts(self) -> str:
        return f"{1_700_000_000 + next(self._ts)}.000100"

    def _answer(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        if method in self.errors:
            return {"ok": False, "error": self.errors[method]}
        channel = body.get("channel") or body.get("channel_id")
        if method == "auth.test":
            return {"ok": True, "url": "https://regbot-test.slack.com/", "team": "regbot test", "user": "regbot",
                    "team_id": self.team_id, "user_id": self.bot_user_id, "bot_id": self.bot_id, "is_enterprise_install": False}
        if method == "chat.postMessage":
            ts = self.next_ts()
            return {"ok": True, "channel": channel, "ts": ts,
                    "message": {"type": "message", "text": body.get("text"), "ts": ts, "bot_id": self.bot_id,
                                "user": self.bot_user_id, "thread_ts": body.get("thread_ts")}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": self.next_ts()}
        if method == "chat.update":
            return {"ok": True, "channel": channel, "ts": body.get("ts"), "text": body.get("text")}
        if method == "chat.getPermalink":
            ts = str(body.get("message_ts", "")).replace(".", "")
            return {"ok": True, "channel": channel, "permalink": f"https://regbot-test.slack.com/archives/{channel}/p{ts}"}
        if method == "conversations.replies":
            return {"ok": True, "messages": [], "has_more": False}
        if method == "conversations.members":
            return {"ok": True, "members": self.members.get(channel, []), "response_metadata": {"next_cursor": ""}}
        if method in ("views.open", "views.update", "views.publish", "views.push"):
            return {"ok": True, "view": {**(body.get("view") or {}), "id": "V0STANDIN1"}}
        if method == "apps.connections.open":
            return {"ok": True, "url": self.socket_url or "ws://127.0.0.1:9/"}
        return {"ok": True}  # assistant.threads.* and anything else

    def _record(self, path: str, method: str, body: dict[str, Any], headers: dict[str, str],
                fault: Fault | None = None) -> None:
        with self._cond:
            self.calls.append(Call(path=path, method=method, body=body, headers=headers,
                                   fault=fault.kind if fault else None))
            self._cond.notify_all()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
                body = _parse_body(raw, self.headers.get("Content-Type", ""))
                query = urlparse(self.path).query  # GET methods (conversations.members) send their arguments here
                if query:
                    body = {**{k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}, **body}
                headers = {k.lower(): v for k, v in self.headers.items()}
                path = urlparse(self.path).path
                method = "response_url" if path.startswith("/response/") else path.removeprefix("/api/")
                fault = stand_in._take_fault(method, body)
                stand_in._record(path, method, body, headers, fault)
                if method == "response_url" and fault is None:
                    self._send(200, "ok", "text/plain")
                    return
                if fault is not None and fault.hang_s > 0:
                    stand_in._released.wait(fault.hang_s)  # the client has given up by now
                    if method == "response_url":
                        self._send(200, "ok", "text/plain")
                        return
                elif fault is not None:
                    extra = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
                    error = "ratelimited" if fault.status == 429 else "internal_error"
                    self._send(fault.status, json.dumps({"ok": False, "error": error}), "application/json", extra)
                    return
                self._send(200, json.dumps(stand_in._answer(method, body)), "application/json")

            do_GET = do_POST  # noqa: N815 - some clients GET simple methods

            def _send(self, status: int, text: str, content_type: str, extra: dict[str, str] | None = None) -> None:
                data = text.encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", f"{content_type}; charset=utf-8")
                    self.send_header("Content-Length", str(len(data)))
                    for key, value in (extra or {}).items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # a client that timed out on a hung call has gone

        return Handler


def _parse_body(raw: str, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in content_type:
        try:
            parsed = json.loads(raw)
            return parsed if isinstance(parsed, dict) else {"_": parsed}
        except json.JSONDecodeError:
            return {"_raw": raw}
    body: dict[str, Any] = {k: v[-1] for k, v in parse_qs(raw, keep_blank_values=True).items()}
    for key in _JSON_FIELDS:  # form posts carry these as JSON strings
        if isinstance(body.get(key), str) and body[key][:1] in "[{":
            try:
                body[key] = json.loads(body[key])
            except json.JSONDecodeError:
                pass
    return body


# -- requests as Slack would send them ---------------------------------------------------

SIGNING_SECRET = "stand-in-signing-secret"


def signed_headers(
    raw_body: str, *, content_type: str, secret: str = SIGNING_SECRET, retry_num: int | None = None
) -> dict[str, str]:
    """Headers Slack sends with a request: a v0 signature over timestamp and raw body."""
    from slack_sdk.signature import SignatureVerifier

    timestamp = str(int(time.time()))
    headers = {
        "content-type": content_type,
        "x-slack-request-timestamp": timestamp,
        "x-slack-signature": SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=raw_body),
    }
    if retry_num:
        headers["x-slack-retry-num"] = str(retry_num)
        headers["x-slack-retry-reason"] = "http_timeout"
    return headers


_event_ids = itertools.count(1)


def event_callback(event: dict[str, Any], *, event_id: str | None = None, team_id: str = TEAM_ID) -> dict[str, Any]:
    """An Events API envelope around `event`."""
    return {
        "token": "legacy-verification-token",
        "team_id": team_id,
        "api_app_id": "AREGBOT01",
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{next(_event_ids):08d}",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": team_id, "user_id": BOT_USER_ID, "is_bot": True}],
    }
