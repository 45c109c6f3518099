"""`run_ask_bench` reports the CPU time of each answer beside its wall-clock time (round 26).

No wall-clock figure is asserted: only that the CPU figures are there, ordered, and count the work an answer does on
another thread (the encoder's prefetch thread does most of a rules answer's work)."""

from __future__ import annotations

import hashlib
import threading
from types import SimpleNamespace

from bot.bench_ask import run_ask_bench


class _ThreadedEngine:
    """A stand-in engine: each answer hashes on a worker thread and waits for it, as an answer waits for its encode."""

    def __init__(self, routes: dict[str, str]) -> None:
        self.routes = routes

    def answer(self, question: str, today=None) -> SimpleNamespace:
        worker = threading.Thread(target=_burn, args=(question,))
        worker.start()
        worker.join()
        return SimpleNamespace(route=self.routes[question])


def _burn(text: str) -> None:
    digest = text.encode()
    for _ in range(20_000):
        digest = hashlib.sha256(digest).digest()


def test_cpu_figures_per_route_and_overall():
    routes = {"追蹤完成率 68%，會被扣多少？": "calculator", "出席簽名單可以蓋章嗎？": "retrieval",
              "会被扣多少？": "clarify", "Can the attendance sheet be stamped?": "retrieval"}
    out = run_ask_bench(list(routes), engine=_ThreadedEngine(routes), rounds=2)
    assert set(out["by_route"]) == {"calculator", "retrieval", "clarify"}
    for figures in [out, *out["by_route"].values()]:
        assert 0 <= figures["cpu_p50_ms"] <= figures["cpu_p95_ms"]
        assert 0 <= figures["p50_ms"] <= figures["p95_ms"]
    assert out["n"] == 8 and out["by_route"]["retrieval"]["n"] == 4


def test_cpu_counts_the_work_done_on_another_thread():
    """The answering thread only waits: its own CPU time is near nothing, the process's is the worker's hashing."""
    routes = {"how many points for a poster?": "retrieval"}
    out = run_ask_bench(list(routes), engine=_ThreadedEngine(routes), rounds=3)
    assert out["by_route"]["retrieval"]["cpu_p50_ms"] > 0


def test_real_engine_reports_cpu_beside_wall(engine):
    out = run_ask_bench(["追蹤完成率 68%，會被扣多少？", "出席簽名單可以蓋章嗎？", "今天天氣如何？"], engine=engine, rounds=1)
    for route, figures in out["by_route"].items():
        assert figures["cpu_p50_ms"] <= figures["cpu_p95_ms"], route
        assert figures["n"] == 1
