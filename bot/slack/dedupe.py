"""Answer each Slack event once: a global middleware keyed on event_id, shared through the log database.

Slack resends an event it thinks was not acknowledged (X-Slack-Retry-Num), and a retry may
be the first copy this process sees, so the key is the event_id, not the retry header. The
seen keys live in the inquiry-log database with a time limit, so several processes agree.
"""

from __future__ import annotations

from collections.abc import Callable

from slack_bolt.middleware import Middleware
from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse

from bot.inquiry_log import InquiryLog


class EventDedupe(Middleware):
    """Acknowledge repeats of an event_id with 200 and run no listener for them."""

    def __init__(self, log: InquiryLog, ttl_s: float = 3600.0) -> None:
        self.log = log
        self.ttl_s = ttl_s

    def process(self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse:
        body = req.body if isinstance(req.body, dict) else {}
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and not self.log.claim(f"event:{event_id}", self.ttl_s):
            req.context.logger.debug("skipping event %s: already handled", event_id)
            return BoltResponse(status=200, body="")
        return next()


def claim_post(log: InquiryLog, channel: str, ts: str, ttl_s: float = 3600.0) -> bool:
    """True for the first handler of a posted message: a channel message that mentions the
    bot arrives both as `app_mention` and as `message`, with different event_ids."""
    return log.claim(f"post:{channel}:{ts}", ttl_s)
