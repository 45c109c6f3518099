"""Start the app: Socket Mode (default) or HTTP (Events API, commands, interactivity at /slack/events)."""

from __future__ import annotations

import logging
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App

logger = logging.getLogger("regbot.slack")

EVENTS_PATH = "/slack/events"


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    """One thread per request, so one slow request never delays another's ack."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # socketserver's default of 5 drops connections in a burst of events


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        logger.debug("%s - %s", self.address_string(), format % args)


def http_server(app: App, host: str = "0.0.0.0", port: int = 3000) -> ThreadingWSGIServer:
    """A threaded WSGI server for the app at /slack/events (port 0 picks a free port); not started."""
    from slack_bolt.adapter.wsgi import SlackRequestHandler

    return make_server(
        host, port, SlackRequestHandler(app, path=EVENTS_PATH),
        server_class=ThreadingWSGIServer, handler_class=_QuietHandler,
    )


def run_http(app: App, host: str, port: int) -> None:
    """Serve until interrupted."""
    server = http_server(app, host, port)
    logger.info("regbot listening on http://%s:%s%s", host, server.server_port, EVENTS_PATH)
    try:
        server.serve_forever()
    finally:
        server.server_close()


def socket_mode_handler(app: App, app_token: str):
    """The Socket Mode handler (connect() returns at once; start() blocks)."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    return SocketModeHandler(app, app_token=app_token)


def run_socket_mode(app: App, app_token: str) -> None:
    """Connect to Slack over a WebSocket and serve until interrupted."""
    logger.info("regbot connecting to Slack (Socket Mode)")
    socket_mode_handler(app, app_token).start()
