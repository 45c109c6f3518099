"""HTTP mode: Bolt's Starlette adapter under uvicorn, with a guard in front of Bolt.

Before Bolt sees a request to /slack/events, the guard
- refuses a body over `Limits.max_body_bytes` (413): by its Content-Length, or while reading a
  streamed body, never holding more than the limit; a body not received in time gets 408;
- checks Slack's signature with slack_sdk's `SignatureVerifier` before parsing anything
  (a missing or malformed timestamp or signature, or a wrong one: 401); only Slack's SSL
  check (a small form with `ssl_check=1`) is answered 200 unsigned, as Bolt itself does;
- refuses a signed body Bolt could not parse into an object (400),
so garbage never reaches Bolt's parser (no 500, no traceback) and no body is ever logged.

Also served: `GET /healthz` (the process is up), `GET /readyz` (the index and the database
are reachable: 200, or 503 with the reasons as JSON) and `GET /metrics` (Prometheus).
"""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import uvicorn
from slack_bolt import App
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from slack_sdk.signature import SignatureVerifier
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.slack import metrics

logger = logging.getLogger("regbot.slack.http")

EVENTS_PATH = "/slack/events"

ReadyCheck = Callable[[], dict[str, str]]
"""Returns {} when ready, else {component: reason}."""


@dataclass(frozen=True)
class Limits:
    """What one request may cost. Slack's payloads are a few kilobytes; its ack deadline is 3 s."""

    max_body_bytes: int = 1 << 20  # 1 MiB
    read_timeout_s: float = 10.0  # to receive the whole body
    ack_timeout_s: float = 10.0  # for Bolt to answer (ack) one request
    ready_timeout_s: float = 3.0  # for the readiness checks
    graceful_shutdown_s: int = 30  # for requests in flight when asked to stop
    max_concurrency: int = 200  # connections + requests; uvicorn answers 503 beyond


class AddressInUse(OSError):
    """The port is taken by another process."""


def listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket (port 0 picks a free one); AddressInUse names the port when taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise AddressInUse(exc.errno, f"port {port} on {host} is already in use") from None
        raise
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


# -- the guard in front of the app ---------------------------------------------------------


async def _send_plain(send: Send, status: int, text: str) -> None:
    body = text.encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """ASGI middleware: reads the whole request body, at most `max_body_bytes` of it within
    `read_timeout_s`, before the app runs; 413 / 408 otherwise. The app gets the body replayed."""

    def __init__(self, app: ASGIApp, limits: Limits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limits.max_body_bytes
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and not declared.isdigit():
            metrics.record_rejected("malformed")
            await _send_plain(send, 400, "malformed Content-Length")
            return
        if declared is not None and int(declared) > limit:
            metrics.record_rejected("too_large")
            logger.warning("refused a request to %s: Content-Length %s over the %d-byte limit",
                           scope["path"][:100], declared[:20].decode("latin-1"), limit)
            await _send_plain(send, 413, "request body too large")
            return
        chunks: list[bytes] = []
        size = 0
        try:
            async with asyncio.timeout(self.limits.read_timeout_s):
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        return
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    if size > limit:
                        metrics.record_rejected("too_large")
                        logger.warning("refused a request to %s: body over the %d-byte limit", scope["path"][:100], limit)
                        await _send_plain(send, 413, "request body too large")
                        return
                    chunks.append(chunk)
                    if not message.get("more_body", False):
                        break
        except TimeoutError:
            metrics.record_rejected("read_timeout")
            logger.warning("refused a request to %s: body not received within %.0f s",
                           scope["path"][:100], self.limits.read_timeout_s)
            await _send_plain(send, 408, "request body not received in time")
            return
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def signature_problem(verifier: SignatureVerifier, body: bytes, headers: Any) -> str | None:
    """Why the request is not signed by Slack (None: it is). Parses nothing from the body."""
    timestamp = headers.get("x-slack-request-timestamp")
    signature = headers.get("x-slack-signature")
    if not timestamp or not signature:
        return "no signature"
    if not timestamp.isascii() or not timestamp.isdigit() or len(timestamp) > 12:
        return "malformed timestamp"
    try:
        valid = verifier.is_valid(body=body, timestamp=timestamp, signature=signature)
    except UnicodeDecodeError:  # the verifier signs text; Slack only sends UTF-8
        return "body is not UTF-8"
    return None if valid else "wrong or expired signature"


def is_ssl_check(body: bytes, content_type: str) -> bool:
    """Slack's SSL check of a slash command URL (`ssl_check=1`), which Bolt answers 200 unsigned."""
    if len(body) > 4096 or not content_type.startswith("application/x-www-form-urlencoded"):
        return False
    return parse_qs(body.decode("utf-8", errors="replace")).get("ssl_check") == ["1"]


class EventsEndpoint:
    """POST /slack/events: signature first, then a parse check, then Bolt (in a worker thread)."""

    def __init__(self, app: App, signing_secret: str, limits: Limits) -> None:
        self.app = app
        self.verifier = SignatureVerifier(signing_secret)
        self.limits = limits

    async def handle(self, request: Request) -> Response:
        body = await request.body()  # bounded by BodyLimit
        if is_ssl_check(body, request.headers.get("content-type", "")):
            return Response(status_code=200)  # Slack's SSL check of a command URL, answered as Bolt does
        problem = signature_problem(self.verifier, body, request.headers)
        if problem:
            metrics.record_rejected("signature")
            logger.info("refused a request to %s: %s", EVENTS_PATH, problem)
            return JSONResponse({"error": "invalid request"}, status_code=401)
        try:
            bolt_request = to_bolt_request(request, body)  # decodes and parses as Bolt does
        except UnicodeDecodeError:
            bolt_request, problem = None, "not UTF-8"
        except ValueError:  # json.JSONDecodeError: the body, or a form's `payload`
            bolt_request, problem = None, "not valid JSON"
        except Exception:  # e.g. a JSON array, which Bolt reads as an object
            bolt_request, problem = None, "not a JSON object"
        if bolt_request is not None and not isinstance(bolt_request.body, dict):
            problem = "not a JSON object"
        if problem:
            metrics.record_rejected("malformed")
            logger.warning("refused a signed request to %s: the body is malformed (%s)", EVENTS_PATH, problem)
            return JSONResponse({"error": "malformed body"}, status_code=400)
        try:
            bolt_response = await asyncio.wait_for(
                run_in_threadpool(self.app.dispatch, bolt_request), self.limits.ack_timeout_s
            )
        except TimeoutError:
            metrics.record_rejected("ack_timeout")
            logger.error("Bolt did not answer a request within %.0f s", self.limits.ack_timeout_s)
            return JSONResponse({"error": "timeout"}, status_code=503)
        return to_starlette_response(bolt_response)


# -- health, readiness, metrics ------------------------------------------------------------


async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


def readyz_endpoint(check: ReadyCheck | None, limits: Limits) -> Callable[[Request], Any]:
    async def readyz(request: Request) -> Response:
        if check is None:
            return JSONResponse({"status": "ready"})
        try:
            problems = await asyncio.wait_for(run_in_threadpool(check), limits.ready_timeout_s)
        except TimeoutError:
            problems = {"checks": f"did not finish within {limits.ready_timeout_s:.0f} s"}
        if problems:
            return JSONResponse({"status": "not ready", "reasons": problems}, status_code=503)
        return JSONResponse({"status": "ready"})

    return readyz


async def metrics_endpoint(request: Request) -> Response:
    data, content_type = metrics.render()
    return Response(data, media_type=content_type)


def asgi_app(app: App, signing_secret: str, *, ready: ReadyCheck | None = None, limits: Limits = Limits()) -> ASGIApp:
    """The whole HTTP surface as an ASGI app (what uvicorn serves)."""
    routes = [
        Route(EVENTS_PATH, EventsEndpoint(app, signing_secret, limits).handle, methods=["POST"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz_endpoint(ready, limits), methods=["GET"]),
        Route("/metrics", metrics_endpoint, methods=["GET"]),
    ]
    return BodyLimit(Starlette(routes=routes), limits)


def readiness_check(index_dir: Path | None, database: Any | None, chroma_url: str | None = None) -> ReadyCheck:
    """Checks that the index folder exists (or the Chroma server answers) and that a new
    connection to the database (a SQLAlchemy URL or Engine) runs `SELECT 1`."""
    import urllib.request

    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    probe = None
    if database is not None:
        url = getattr(database, "url", database)
        probe = create_engine(url, poolclass=NullPool)  # a fresh connection each time, not a pooled one
        sqlite_file = Path(probe.url.database) if probe.url.get_backend_name() == "sqlite" and probe.url.database \
            and probe.url.database != ":memory:" else None

    def check() -> dict[str, str]:
        problems: dict[str, str] = {}
        if chroma_url:
            try:
                with urllib.request.urlopen(chroma_url.rstrip("/") + "/api/v2/heartbeat", timeout=2):
                    pass
            except Exception as exc:
                problems["index"] = f"the Chroma server does not answer ({type(exc).__name__})"
        elif index_dir is not None and not index_dir.is_dir():
            problems["index"] = "the index folder is missing"
        if probe is not None:
            if sqlite_file is not None and not sqlite_file.is_file():
                problems["database"] = "the SQLite database file is missing"
            else:
                try:
                    with probe.connect() as conn:
                        conn.execute(text("SELECT 1"))
                except Exception as exc:
                    problems["database"] = f"cannot connect ({type(exc).__name__})"
        if problems:
            logger.warning("not ready: %s", "; ".join(f"{k}: {v}" for k, v in problems.items()))
        return problems

    return check


# -- the server ----------------------------------------------------------------------------


class HttpServer:
    """uvicorn serving `asgi_app` on an already listening socket.

    `serve_forever()` blocks; in the main thread SIGINT / SIGTERM stop it gracefully (uvicorn
    stops accepting, finishes the requests in flight, then re-raises the signal). From another
    thread, `shutdown()` does the same and waits."""

    def __init__(self, app: App, sock: socket.socket, *, signing_secret: str, ready: ReadyCheck | None = None,
                 limits: Limits = Limits()) -> None:
        self.socket = sock
        config = uvicorn.Config(
            asgi_app(app, signing_secret, ready=ready, limits=limits),
            lifespan="off",
            log_config=None,  # log through the root logger (and its filters), not uvicorn's own handlers
            access_log=False,
            server_header=False,
            limit_concurrency=limits.max_concurrency,
            timeout_graceful_shutdown=limits.graceful_shutdown_s,
            timeout_keep_alive=5,
        )
        self.server = uvicorn.Server(config)
        self._stopped = threading.Event()
        self._stopped.set()  # not serving yet

    @property
    def server_port(self) -> int:
        return self.socket.getsockname()[1]

    def serve_forever(self, poll_interval: float | None = None) -> None:
        """Serve until stopped (`poll_interval` is accepted for socketserver's signature)."""
        self._stopped.clear()
        try:
            self.server.run(sockets=[self.socket])
        finally:
            self._stopped.set()

    def shutdown(self, timeout: float = 60.0) -> None:
        """Stop accepting, finish what is in flight, and return once serving has ended."""
        self.server.should_exit = True
        self._stopped.wait(timeout)

    def server_close(self) -> None:
        self.socket.close()
