"""Every Prometheus metric of the Slack bot, in one registry, with one function per event.

`GET /metrics` (HTTP mode) serves `render()`. The registry is regbot's own (plus the process
collector), so nothing another library registers leaks in.
"""

from __future__ import annotations

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
)

REGISTRY = CollectorRegistry()
ProcessCollector(registry=REGISTRY)
PlatformCollector(registry=REGISTRY)

ROUTES = ("calculator", "retrieval", "clarify", "out_of_scope", "error")
DEDUPE_LAYERS = ("memory", "store")
REJECT_REASONS = ("too_large", "read_timeout", "signature", "malformed", "ack_timeout")

ANSWERS = Counter(
    "regbot_answers", "Questions answered, by the answer's route (error: the engine failed).", ["route"], registry=REGISTRY
)
ANSWER_SECONDS = Histogram(
    "regbot_answer_seconds", "Time the engine took to answer one question, in seconds.",
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0), registry=REGISTRY,
)
DELIVERY_FAILURES = Counter(
    "regbot_delivery_failures", "Answers or notes that could not be delivered to Slack.", registry=REGISTRY
)
WEB_API_RETRIES = Counter("regbot_web_api_retries", "Slack Web API calls retried.", registry=REGISTRY)
DEDUPE_DROPS = Counter(
    "regbot_dedupe_drops", "Repeated deliveries of an event that were not answered again, by layer "
    "(memory: the in-process ack middleware; store: the shared database claim).", ["layer"], registry=REGISTRY,
)
HTTP_REJECTED = Counter(
    "regbot_http_rejected", "HTTP requests refused before Bolt saw them, by reason.", ["reason"], registry=REGISTRY
)

for _route in ROUTES:  # every series exists from the start, at 0
    ANSWERS.labels(route=_route)
for _layer in DEDUPE_LAYERS:
    DEDUPE_DROPS.labels(layer=_layer)
for _reason in REJECT_REASONS:
    HTTP_REJECTED.labels(reason=_reason)


def record_answer(route: str, seconds: float) -> None:
    """One question answered (`route` is the answer's route, or "error")."""
    ANSWERS.labels(route=route).inc()
    ANSWER_SECONDS.observe(seconds)


def record_delivery_failure() -> None:
    """A message could not be posted to Slack (after any retries)."""
    DELIVERY_FAILURES.inc()


def record_retry() -> None:
    """A Slack Web API call is being retried."""
    WEB_API_RETRIES.inc()


def record_dedupe_drop(layer: str) -> None:
    """A repeated event was dropped by the `memory` or the `store` layer of the dedupe."""
    DEDUPE_DROPS.labels(layer=layer).inc()


def record_rejected(reason: str) -> None:
    """The HTTP server refused a request before Bolt (see REJECT_REASONS)."""
    HTTP_REJECTED.labels(reason=reason).inc()


def render() -> tuple[bytes, str]:
    """The metrics in Prometheus' text format, and its content type."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
