"""Getting answers to Slack: a Web API client that retries within a bounded budget, the delivery
status of each answer in the inquiry log, and a bounded background pass that sends again what
Slack did not take.

- The client retries rate limits (waiting Retry-After, up to a cap), server errors (500, 503) and
  connection errors, at most `MAX_RETRIES` times a call, each call limited to `TIMEOUT_S` seconds:
  a hung call frees its answer worker in seconds, so other people's answers are not held up.
- A timed-out call is not retried at once (Slack may have posted it); like any answer still not
  delivered it is marked `failed` with the error, and `redeliver` sends it again later.
- `redeliver` runs at start and then every `RedeliveryLoop.interval_s` seconds; several processes
  sharing one database never send the same answer twice at once (`InquiryLog.claim_delivery`).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Sequence
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry import (
    BackoffRetryIntervalCalculator,
    ConnectionErrorRetryHandler,
    HttpRequest,
    HttpResponse,
    RateLimitErrorRetryHandler,
    RetryHandler,
    RetryState,
)
from slack_sdk.http_retry.builtin_handlers import ServerErrorRetryHandler
from slack_sdk.webhook import WebhookClient

from bot.inquiry_log import Inquiry, InquiryLog
from bot.parsing.text import detect_lang
from bot.slack import metrics
from bot.slack.views.answer import answer_messages, apology_message
from bot.slack.views.common import SlackMessage

logger = logging.getLogger("regbot.slack")

TIMEOUT_S = 5  # per HTTP call; slack_sdk's default of 30 s let one hung call hold a worker
MAX_RETRIES = 2  # per call, all kinds together (slack_sdk counts one budget across its handlers)
MAX_RETRY_AFTER_S = 5.0  # a longer Retry-After is not waited for here: the redelivery pass comes back


class BoundedRateLimitRetryHandler(RateLimitErrorRetryHandler):
    """429: wait Retry-After and retry, unless Slack asks for longer than `max_wait_s`."""

    def __init__(self, max_retry_count: int = MAX_RETRIES, max_wait_s: float = MAX_RETRY_AFTER_S) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait_s = max_wait_s

    def _can_retry(self, *, state: RetryState, request: HttpRequest, response: HttpResponse | None = None,
                   error: Exception | None = None) -> bool:
        return super()._can_retry(state=state, request=request, response=response, error=error) \
            and _retry_after(response) <= self.max_wait_s

    def prepare_for_next_attempt(self, *, state: RetryState, request: HttpRequest,
                                 response: HttpResponse | None = None, error: Exception | None = None) -> None:
        metrics.record_retry()
        state.next_attempt_requested = True
        time.sleep(_retry_after(response) + random.random() / 4)
        state.increment_current_attempt()


class _CountedServerErrorRetryHandler(ServerErrorRetryHandler):
    def prepare_for_next_attempt(self, **kwargs: Any) -> None:
        metrics.record_retry()
        super().prepare_for_next_attempt(**kwargs)


class _CountedConnectionErrorRetryHandler(ConnectionErrorRetryHandler):
    def prepare_for_next_attempt(self, **kwargs: Any) -> None:
        metrics.record_retry()
        super().prepare_for_next_attempt(**kwargs)


def _retry_after(response: HttpResponse | None) -> float:
    for key, values in (response.headers if response is not None else {}).items():
        if key.lower() == "retry-after":
            value = values[0] if isinstance(values, list) else values
            try:
                return float(value)
            except (TypeError, ValueError):
                return 1.0
    return 1.0


def retry_handlers(max_retries: int = MAX_RETRIES, max_retry_after_s: float = MAX_RETRY_AFTER_S) -> list[RetryHandler]:
    """Rate limits, server errors and connection errors, within one budget of `max_retries` a call."""
    backoff = BackoffRetryIntervalCalculator(backoff_factor=0.5)
    return [
        BoundedRateLimitRetryHandler(max_retries, max_retry_after_s),
        _CountedServerErrorRetryHandler(max_retry_count=max_retries, interval_calculator=backoff),
        _CountedConnectionErrorRetryHandler(max_retry_count=max_retries, interval_calculator=backoff),
    ]


def web_client(token: str, base_url: str | None = None, *, timeout: float | None = None) -> WebClient:
    """The bot's Web API client (Bolt copies its timeout and retry handlers into each request's client)."""
    return WebClient(token=token, base_url=base_url or WebClient.BASE_URL, timeout=timeout or TIMEOUT_S,
                     retry_handlers=retry_handlers())


def webhook_client(url: str, *, timeout: float | None = None) -> WebhookClient:
    """A response_url client with the same timeout and retries."""
    return WebhookClient(url, timeout=timeout or TIMEOUT_S, retry_handlers=retry_handlers())


def describe_failure(exc: BaseException) -> str:
    """One line for the inquiry log: what Slack (or the network) said, never a token or a body."""
    if isinstance(exc, SlackApiError):
        response = exc.response
        status = getattr(response, "status_code", None)
        error = response.get("error") if hasattr(response, "get") and isinstance(response.data, dict) else None
        return f"SlackApiError: HTTP {status}" + (f" {error}" if error else "")
    if isinstance(exc, TimeoutError):
        return "TimeoutError: Slack did not answer within the client's timeout"
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:200]}" if text else type(exc).__name__


def post_message(client: Any, channel: str, thread_ts: str | None, message: SlackMessage) -> str | None:
    """Post one message in the thread; returns its ts."""
    response = client.chat_postMessage(
        channel=channel,
        thread_ts=thread_ts,
        text=message.text,
        blocks=message.blocks,
        unfurl_links=False,
        unfurl_media=False,
    )
    return response.get("ts")


def deliver(
    log: InquiryLog,
    client: Any,
    inquiry_id: int,
    channel: str,
    thread_ts: str | None,
    messages: Sequence[SlackMessage],
    *,
    start: int = 0,
    reply_ts: str | None = None,
) -> bool:
    """Post `messages[start:]` in order and record the outcome; False (and the error kept) if Slack
    did not take them. A later attempt resumes after the parts already posted."""
    posted, last_ts = start, reply_ts
    try:
        for message in messages[start:]:
            last_ts = post_message(client, channel, thread_ts, message)
            posted += 1
    except Exception as exc:
        reason = describe_failure(exc)
        logger.warning("answer %s not delivered to %s (%s); kept for a later attempt", inquiry_id, channel, reason)
        metrics.record_delivery_failure()
        log.delivery_failed(inquiry_id, reason, parts=posted, reply_ts=last_ts)
        return False
    log.delivery_done(inquiry_id, parts=posted, reply_ts=last_ts)
    return True


def respond_with(respond: Any, messages: Sequence[SlackMessage]) -> None:
    """Send /regbot answers to the command's response_url (ephemeral), with the bounded client."""
    url = getattr(respond, "response_url", None)
    for message in messages:
        payload = dict(text=message.text, blocks=message.blocks, response_type="ephemeral", replace_original=False,
                       unfurl_links=False, unfurl_media=False)
        if url is None:  # a respond() without a URL (Socket Mode shortcuts): Bolt's own
            respond(**payload)
            continue
        response = webhook_client(url).send(**payload)
        if response.status_code != 200:
            raise SlackApiError(f"response_url answered HTTP {response.status_code}", response)


def messages_for(row: Inquiry) -> list[SlackMessage]:
    """The messages an inquiry's answer is posted as (the apology when the engine failed)."""
    answer = row.answer()
    if answer is not None:
        return answer_messages(answer, row.id)
    return [apology_message(detect_lang(row.question or ""), row.id)]


def redeliver(
    log: InquiryLog,
    client: Any,
    *,
    retry_after_s: float = 30.0,
    stale_after_s: float = 300.0,
    max_attempts: int = 6,
    max_age_s: float = 86_400.0,
    limit: int = 20,
) -> int:
    """One bounded pass: send again up to `limit` undelivered thread answers; returns how many got through."""
    delivered = 0
    rows = log.undelivered(retry_after_s=retry_after_s, stale_after_s=stale_after_s, max_attempts=max_attempts,
                           max_age_s=max_age_s, limit=limit)
    for row in rows:
        if not log.claim_delivery(row.id, row.delivery_attempts):
            continue  # another process (or pass) took it
        metrics.record_retry()
        logger.info("sending answer %s again (attempt %d)", row.id, row.delivery_attempts + 1)
        delivered += deliver(log, client, row.id, row.channel_id, row.thread_ts, messages_for(row),
                             start=row.delivered_parts, reply_ts=row.reply_ts)
    return delivered


class RedeliveryLoop:
    """A daemon thread: `redeliver` at start, then every `interval_s` seconds, until `stop()`."""

    def __init__(self, log: InquiryLog, client: Any, *, interval_s: float = 60.0) -> None:
        self.log, self.client, self.interval_s = log, client, interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="regbot-redelivery", daemon=True)

    def start(self) -> RedeliveryLoop:
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                redeliver(self.log, self.client)
            except Exception:  # the database may be down for a while; try again next time
                logger.warning("the redelivery pass failed", exc_info=True)
            self._stop.wait(self.interval_s)

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)
