"""`regbot slack`: run the Slack bot (Socket Mode, or HTTP with --http)."""

from __future__ import annotations

import typer


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"regbot slack: {message}", err=True)
    return typer.Exit(code)


def slack(
    http: bool = typer.Option(False, "--http", help="Serve the Events API, /regbot and interactivity over HTTP at /slack/events instead of Socket Mode."),
    port: int = typer.Option(3000, "--port", help="HTTP port (with --http; 0 picks a free one)."),
    host: str = typer.Option("0.0.0.0", "--host", help="HTTP address to listen on (with --http)."),
) -> None:
    """Run the Slack bot: Socket Mode (SLACK_BOT_TOKEN, SLACK_APP_TOKEN) or --http (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET)."""
    import signal

    from bot.errors import RegbotError
    from bot.settings import get_settings
    from bot.slack.config import load_slack_config

    settings = get_settings()
    try:
        config = load_slack_config(settings, http=http)
    except RegbotError as exc:
        raise _fail(str(exc), 2) from None

    from bot.slack.runner import configure_logging

    configure_logging()  # bounded records: no log line carries a whole request body
    sock = None
    if http:  # take the port before the slow start, so a port in use fails at once
        from bot.slack.http_server import AddressInUse, listen

        try:
            sock = listen(host, port)
        except AddressInUse as exc:
            raise _fail(f"{exc.strerror} (another process listens there; stop it or choose another --port)") from None
        except OSError as exc:
            raise _fail(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    typer.echo("regbot slack: loading the regulations and the index…", err=True)
    try:
        from bot.engine import Engine

        engine = Engine.create(settings)  # once, at start: every message reuses it
    except RegbotError as exc:
        if sock is not None:
            sock.close()
        raise _fail(str(exc)) from None

    from bot.inquiry_log import InquiryLog
    from bot.slack.app import build_app
    from bot.slack.runner import run_http, run_socket_mode
    from bot.slack.services import Services

    try:
        log = InquiryLog.from_settings(settings)
    except RegbotError as exc:  # the database is down, unknown, or its URL is wrong: one line, no traceback
        raise _fail(str(exc)) from None
    svc = Services(engine=engine, log=log, staff_channel=config.staff_channel, staff_users=settings.staff_users)
    previous = signal.signal(signal.SIGTERM, _interrupt)  # stop like Ctrl-C: finish the answers in flight
    try:
        try:
            app = build_app(config, svc)
        except Exception as exc:  # auth.test failed: a revoked token, or SLACK_API_URL unreachable
            raise _fail(f"SLACK_BOT_TOKEN: Slack's auth.test failed ({type(exc).__name__}: {_slack_error(exc)})") from None
        if http:
            from bot.slack.http_server import readiness_check

            ready = readiness_check(settings.index_dir, log.engine, settings.chroma_url)
            run_http(app, host, port, signing_secret=config.signing_secret.get_secret_value(), sock=sock, ready=ready)
        else:
            run_socket_mode(app, config.app_token.get_secret_value())
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        if sock is not None:
            sock.close()
        svc.close(wait=True)
        log.close()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _slack_error(exc: Exception) -> str:
    """The short reason (e.g. `invalid_auth`), never a token."""
    response = getattr(exc, "response", None)
    if response is not None and hasattr(response, "get"):
        return str(response.get("error"))
    return str(exc).splitlines()[0][:200] if str(exc) else "no detail"
