"""Answer each Slack event once, even across retries, duplicate deliveries and several processes.

Slack resends an event it thinks was not acknowledged (X-Slack-Retry-Num), and a retry may be
the first copy a process sees, so the key is the event_id, never the retry header. Two layers:

- `EventDedupe`, a global middleware on the ack path: an in-process memory of event_ids
  answers a repeat with 200 at once and runs no listener. It does no I/O, so acks stay fast.
- `first_delivery`, called by the answering listeners after the ack: claims the event_id and
  the post (channel + ts) in the inquiry-log database, with a time limit, so several processes
  agree, and a channel post that mentions the bot (delivered as `app_mention` *and* as
  `message`, with different event_ids) is answered once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from slack_bolt.middleware import Middleware
from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse

from bot.inquiry_log import InquiryLog
from bot.slack.metrics import record_dedupe_drop

DEFAULT_TTL_S = 3600.0  # Slack retries within minutes; an hour is ample


class RecentKeys:
    """A thread-safe set of keys that forgets them after `ttl_s` seconds."""

    def __init__(self, ttl_s: float = DEFAULT_TTL_S) -> None:
        self.ttl_s = ttl_s
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()
        self._next_prune = 0.0

    def first(self, key: str) -> bool:
        """True the first time `key` is offered within the TTL."""
        now = time.monotonic()
        with self._lock:
            if now >= self._next_prune:
                self._seen = {k: t for k, t in self._seen.items() if now - t < self.ttl_s}
                self._next_prune = now + 60
            seen_at = self._seen.get(key)
            if seen_at is not None and now - seen_at < self.ttl_s:
                return False
            self._seen[key] = now
            return True


class EventDedupe(Middleware):
    """Acknowledge a repeated event_id with 200 and run no listener for it."""

    def __init__(self, ttl_s: float = DEFAULT_TTL_S) -> None:
        self.recent = RecentKeys(ttl_s)

    def process(self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse:
        body = req.body if isinstance(req.body, dict) else {}
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and not self.recent.first(event_id):
            req.context.logger.debug("skipping event %s: already handled", event_id)
            record_dedupe_drop("memory")
            return BoltResponse(status=200, body="")
        return next()


def first_delivery(log: InquiryLog, body: dict[str, Any], event: dict[str, Any], ttl_s: float = DEFAULT_TTL_S) -> bool:
    """True for the one delivery of a post that should be answered, in any process.

    Runs after the ack (it writes to the shared database)."""
    event_id = body.get("event_id")
    channel, ts = event.get("channel"), event.get("ts")
    if (event_id and not log.claim(f"event:{event_id}", ttl_s)) or (
        channel and ts and not log.claim(f"post:{channel}:{ts}", ttl_s)
    ):
        record_dedupe_drop("store")
        return False
    return True
