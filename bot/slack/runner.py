"""Start the app: Socket Mode (default) or HTTP (Events API, commands, interactivity at /slack/events).

HTTP mode is Bolt's Starlette adapter under uvicorn (bot/slack/http_server.py), never a
development server; log records are bounded in size in both modes (`bound_log_records`).
"""

from __future__ import annotations

import logging
import signal
import socket
import threading

from slack_bolt import App

from bot.slack.http_server import EVENTS_PATH, HttpServer, Limits, ReadyCheck, listen

logger = logging.getLogger("regbot.slack")

__all__ = ["EVENTS_PATH", "bound_log_records", "configure_logging", "http_server", "run_http", "run_socket_mode", "socket_mode_handler"]

LOG_RECORD_MAX_CHARS = 2000


class BoundedRecords(logging.Filter):
    """Cuts every log record's message to `max_chars` (Bolt puts whole request bodies in some
    of its messages, e.g. slack_bolt.RequestVerification at INFO and unhandled-request warnings)."""

    def __init__(self, max_chars: int = LOG_RECORD_MAX_CHARS) -> None:
        super().__init__()
        self.max_chars = max_chars

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if len(message) > self.max_chars:
            record.msg = f"{message[: self.max_chars]}… [{len(message) - self.max_chars} more characters cut]"
            record.args = None
        return True


def bound_log_records(max_chars: int = LOG_RECORD_MAX_CHARS) -> None:
    """Bound every record the root logger's handlers write (call after logging.basicConfig)."""
    for handler in logging.root.handlers:
        if not any(isinstance(f, BoundedRecords) for f in handler.filters):
            handler.addFilter(BoundedRecords(max_chars))


def configure_logging(level: int = logging.INFO) -> None:
    """Log to stderr, one line per record, no record longer than LOG_RECORD_MAX_CHARS."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    bound_log_records()


def http_server(
    app: App, host: str = "0.0.0.0", port: int = 3000, *, signing_secret: str, sock: socket.socket | None = None,
    ready: ReadyCheck | None = None, limits: Limits = Limits(),
) -> HttpServer:
    """uvicorn serving the app at /slack/events (port 0 picks a free port; `sock`: an already
    listening socket); not started. Raises http_server.AddressInUse when the port is taken."""
    return HttpServer(app, sock or listen(host, port), signing_secret=signing_secret, ready=ready, limits=limits)


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def run_http(
    app: App, host: str, port: int, *, signing_secret: str, sock: socket.socket | None = None,
    ready: ReadyCheck | None = None, limits: Limits = Limits(),
) -> None:
    """Serve until SIGTERM or SIGINT, then stop gracefully: no new requests, the requests in
    flight answered, and every listener Bolt started finished (the caller then closes the
    answer pool, which finishes the answers in flight)."""
    server = http_server(app, host, port, signing_secret=signing_secret, sock=sock, ready=ready, limits=limits)
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _stop) if main else None
    logger.info("regbot listening on http://%s:%s%s", host, server.server_port, EVENTS_PATH)
    try:
        server.serve_forever()  # uvicorn re-raises the stopping signal once it has shut down
    except KeyboardInterrupt:
        pass
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)
        server.server_close()
        logger.info("regbot stopping: finishing the answers in flight")
        app.listener_runner.listener_executor.shutdown(wait=True)


def socket_mode_handler(app: App, app_token: str):
    """The Socket Mode handler (connect() returns at once; start() blocks)."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    return SocketModeHandler(app, app_token=app_token)


def run_socket_mode(app: App, app_token: str) -> None:
    """Connect to Slack over a WebSocket and serve until interrupted."""
    logger.info("regbot connecting to Slack (Socket Mode)")
    socket_mode_handler(app, app_token).start()
