"""Warm `ask` latency per route, for `regbot bench` (evals/bench.py calls `run_ask_bench`)."""

from __future__ import annotations

import datetime
import time
from typing import Any

import numpy as np

TODAY = datetime.date(2026, 11, 25)


def _percentiles(ms: list[float]) -> dict[str, float]:
    arr = np.asarray(ms, dtype=float)
    return {"n": int(arr.size), "p50_ms": round(float(np.percentile(arr, 50)), 2),
            "p95_ms": round(float(np.percentile(arr, 95)), 2), "p99_ms": round(float(np.percentile(arr, 99)), 2),
            "max_ms": round(float(arr.max()), 2)}


def run_ask_bench(questions: list[str], *, engine: Any = None, rounds: int = 3) -> dict[str, Any]:
    """Time `engine.answer` on each question `rounds` times after one untimed warm-up pass.

    Returns overall p50/p95/p99 (ms), the same per route, and how long opening the engine took.
    """
    started = time.perf_counter()
    if engine is None:
        from bot.engine import Engine

        engine = Engine.create()
    create_s = time.perf_counter() - started
    routes: dict[str, str] = {}
    for q in questions:  # warm-up: first-use costs (tokenizer, embedder caches) are not "warm ask"
        routes[q] = engine.answer(q, today=TODAY).route
    timings: dict[str, list[float]] = {}
    every: list[float] = []
    for _ in range(rounds):
        for q in questions:
            t0 = time.perf_counter()
            engine.answer(q, today=TODAY)
            ms = (time.perf_counter() - t0) * 1000
            timings.setdefault(routes[q], []).append(ms)
            every.append(ms)
    out: dict[str, Any] = {**_percentiles(every), "questions": len(questions), "rounds": rounds,
                           "engine_create_s": round(create_s, 3)}
    out["by_route"] = {route: _percentiles(ms) for route, ms in sorted(timings.items())}
    return out
