"""The ack benchmark: concurrent signed events through the real HTTP path, answers counted.

`run_ack_benchmark(50)` starts a recording Web API stand-in and the bot's HTTP server (uvicorn)
on 127.0.0.1, fires the events at once (each also retried, as Slack does when an ack is late),
and reports ack latency percentiles and how many times each event was answered.
"""

from __future__ import annotations

import json
import math
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import SecretStr

QUESTIONS = [
    "我今年參加外科醫學會年會 1 次、月會 3 次，共有幾學分？",
    "乳房攝影放射師每月檢查人次上限是多少？",
    "消融治療指導老師需要幾例？我是專科醫師 9 年、做了 200 例。",
    "What is the follow-up deadline for a category 0 mammography result?",
    "追蹤完成率 68%，年度補助 100 萬元，要扣多少？",
]

BENCH_CHANNEL_PREFIX = "CBENCH"


def _percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def _post(url: str, raw: str, headers: dict[str, str]) -> tuple[int, float]:
    request = urllib.request.Request(url, data=raw.encode("utf-8"), headers=headers, method="POST")
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as err:
        status = err.code
    return status, (time.perf_counter() - started) * 1000


def _is_answer(call: Any) -> bool:
    """The last message of an answer carries the buttons; count those."""
    blocks = call.body.get("blocks") or []
    return str(call.body.get("channel", "")).startswith(BENCH_CHANNEL_PREFIX) and bool(blocks) \
        and blocks[-1].get("block_id") == "regbot_actions"


def _summary(values: list[float]) -> dict[str, float]:
    return {
        "p50": round(_percentile(values, 50), 1),
        "p95": round(_percentile(values, 95), 1),
        "max": round(max(values), 1),
    }


def _burst(url: str, sends: list[tuple[str, int | None]]) -> list[tuple[int, float]]:
    """Send all requests at once from a separate process (so the sender does not compete with
    the bot for the interpreter lock, as Slack would not); (status, ms) for each."""
    import subprocess
    import sys

    code = "from devtools.loadtest import _burst_main; _burst_main()"
    done = subprocess.run(
        [sys.executable, "-c", code], input=json.dumps({"url": url, "sends": sends}),
        capture_output=True, text=True, timeout=300, check=True,
    )
    return [tuple(pair) for pair in json.loads(done.stdout)]


def _burst_main() -> None:
    """The sender process: reads {url, sends} on stdin, prints [[status, ms], …]."""
    import sys

    job = json.load(sys.stdin)
    print(json.dumps(_burst_here(job["url"], [tuple(s) for s in job["sends"]])))


def _burst_here(url: str, sends: list[tuple[str, int | None]]) -> list[tuple[int, float]]:
    from devtools.stand_in import signed_headers

    results: list[tuple[int, float]] = [(0, 0.0)] * len(sends)
    barrier = threading.Barrier(len(sends))

    def send(index: int, raw: str, retry_num: int | None) -> None:
        headers = signed_headers(raw, content_type="application/json", retry_num=retry_num)
        barrier.wait()
        results[index] = _post(url, raw, headers)

    threads = [threading.Thread(target=send, args=(i, raw, retry)) for i, (raw, retry) in enumerate(sends)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def run_ack_benchmark(
    n_events: int = 50, *, engine: Any = None, retries: bool = True, answer_timeout_s: float = 300.0
) -> dict[str, Any]:
    """Ack p50/p95/max (ms) for `n_events` concurrent app_mention events, then for a burst of
    their retries, and counts of events answered once, more than once, or not at all.

    `engine` defaults to the real `Engine.create()` (loaded before timing starts).
    """
    from bot.inquiry_log import InquiryLog
    from bot.slack.app import build_app
    from bot.slack.config import SlackConfig
    from bot.slack.runner import EVENTS_PATH, http_server
    from bot.slack.services import Services
    from devtools.stand_in import BOT_USER_ID, SIGNING_SECRET, RecordingSlackAPI, event_callback

    if engine is None:
        from bot.engine import Engine

        engine = Engine.create()
    with tempfile.TemporaryDirectory() as tmp, RecordingSlackAPI() as api:
        log = InquiryLog(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        svc = Services(engine=engine, log=log)
        config = SlackConfig(bot_token=SecretStr("xoxb-benchmark"), signing_secret=SecretStr(SIGNING_SECRET), api_url=api.api_url)
        app = build_app(config, svc)
        server = http_server(app, "127.0.0.1", 0, signing_secret=SIGNING_SECRET)
        serving = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        serving.start()
        url = f"http://127.0.0.1:{server.server_port}{EVENTS_PATH}"
        try:
            events = []
            for i in range(n_events):
                ts = f"{1_720_000_000 + i}.000100"
                event = {"type": "app_mention", "user": f"UBENCH{i:04d}", "channel": f"{BENCH_CHANNEL_PREFIX}{i:04d}",
                         "text": f"<@{BOT_USER_ID}> {QUESTIONS[i % len(QUESTIONS)]}", "ts": ts, "event_ts": ts}
                events.append(json.dumps(event_callback(event, event_id=f"EvBENCH{i:06d}")))
            started = time.perf_counter()
            first = _burst(url, [(raw, None) for raw in events])
            # Slack retries an event it thinks was not acknowledged; send each once more, as a
            # second burst, to check that none is answered twice.
            again = _burst(url, [(raw, 1) for raw in events]) if retries else []

            try:
                api.wait_for("chat.postMessage", n_events, where=_is_answer, timeout=answer_timeout_s)
            except TimeoutError:
                pass  # reported below as unanswered
            # Let everything in flight finish, so a late duplicate would still be counted.
            app.listener_runner.listener_executor.shutdown(wait=True)
            svc.close(wait=True)
            answers_s = time.perf_counter() - started
        finally:
            server.shutdown()
            server.server_close()
            log.close()

        per_event = Counter(call.body["channel"] for call in api.calls_to("chat.postMessage") if _is_answer(call))
        counts = [per_event.get(f"{BENCH_CHANNEL_PREFIX}{i:04d}", 0) for i in range(n_events)]
        return {
            "n_events": n_events,
            "status_counts": dict(Counter(status for status, _ in first + again)),
            "ack_ms": _summary([ms for _, ms in first]),
            "retry_ack_ms": _summary([ms for _, ms in again]) if again else None,
            "answered_once": sum(c == 1 for c in counts),
            "answered_more_than_once": sum(c > 1 for c in counts),
            "unanswered": sum(c == 0 for c in counts),
            "all_answered_seconds": round(answers_s, 2),
        }
