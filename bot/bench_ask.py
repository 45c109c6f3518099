"""Warm `ask` latency per route, for `regbot bench` (evals/bench.py calls `run_ask_bench`)."""

from __future__ import annotations

import datetime
import os
import time
from typing import Any

import numpy as np

TODAY = datetime.date(2026, 11, 25)


def _percentiles(ms: list[float]) -> dict[str, float]:
    arr = np.asarray(ms, dtype=float)
    return {"n": int(arr.size), "p50_ms": round(float(np.percentile(arr, 50)), 2),
            "p95_ms": round(float(np.percentile(arr, 95)), 2), "p99_ms": round(float(np.percentile(arr, 99)), 2),
            "max_ms": round(float(arr.max()), 2)}


def _cpu_percentiles(ms: list[float]) -> dict[str, float]:
    """The CPU time per answer (ms of `time.process_time`): median and 95th percentile."""
    arr = np.asarray(ms, dtype=float)
    return {"cpu_p50_ms": round(float(np.percentile(arr, 50)), 2), "cpu_p95_ms": round(float(np.percentile(arr, 95)), 2)}


def _encode_figures(calls: list[int], tokens: list[int]) -> dict[str, float]:
    """The query encodes per answer (mean, and the share of answers with more than one) and the tokens encoded per
    answer (p50, p95): counted, not timed, so the same on a busy machine as on an idle one."""
    c, t = np.asarray(calls, dtype=float), np.asarray(tokens, dtype=float)
    return {"encodes_mean": round(float(c.mean()), 3), "encodes_over_one_pct": round(float((c > 1).mean() * 100), 2),
            "encoded_tokens_p50": round(float(np.percentile(t, 50)), 1),
            "encoded_tokens_p95": round(float(np.percentile(t, 95)), 1)}


def run_ask_bench(questions: list[str], *, engine: Any = None, rounds: int = 3) -> dict[str, Any]:
    """Time `engine.answer` on each question `rounds` times after one untimed warm-up pass.

    Returns overall p50/p95/p99 (ms), the same per route, how long opening the engine took, and the conditions the
    figures were taken under (`conditions`): a rules answer's time is mostly its query encode, which depends on the
    encoder's OpenMP threads and on what else the machine runs. Beside each wall-clock figure, the CPU time of the
    answer (`cpu_p50_ms`, `cpu_p95_ms`: `time.process_time`, every thread of the process, the encoder's included):
    on a machine shared with other work the wall clock measures the load as much as the code; the CPU time does not
    (an encode still running when its answer returns, a prefetch the answer did not use, counts to the next one).
    Per route also the query encodes each answer caused and their tokens (`_encode_figures`, counted the same way):
    a rules answer's time is mostly its encode, which grows with its tokens.
    """
    from knowledge.embeddings import encoded_so_far  # noqa: PLC0415 - numpy, as the engine loads anyway

    started = time.perf_counter()
    if engine is None:
        from bot.engine import Engine

        engine = Engine.create()
    create_s = time.perf_counter() - started
    routes: dict[str, str] = {}
    for q in questions:  # warm-up: first-use costs (tokenizer, embedder caches) are not "warm ask"
        routes[q] = engine.answer(q, today=TODAY).route
    load_before = os.getloadavg()[0]
    timings: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    encodes: dict[str, tuple[list[int], list[int]]] = {}
    for _ in range(rounds):
        for q in questions:
            e0 = encoded_so_far()
            c0, t0 = time.process_time(), time.perf_counter()
            engine.answer(q, today=TODAY)
            timings.setdefault(routes[q], []).append((time.perf_counter() - t0) * 1000)
            cpu.setdefault(routes[q], []).append((time.process_time() - c0) * 1000)
            e1 = encoded_so_far()
            calls, tokens = encodes.setdefault(routes[q], ([], []))
            calls.append(e1[0] - e0[0])
            tokens.append(e1[1] - e0[1])
    every = [ms for route in timings for ms in timings[route]]
    out: dict[str, Any] = {**_percentiles(every), **_cpu_percentiles([ms for route in cpu for ms in cpu[route]]),
                           "questions": len(questions), "rounds": rounds, "engine_create_s": round(create_s, 3)}
    out["by_route"] = {route: {**_percentiles(ms), **_cpu_percentiles(cpu[route]), **_encode_figures(*encodes[route])}
                       for route, ms in sorted(timings.items())}
    out["conditions"] = conditions(load_before)
    return out


def conditions(load_before: float) -> dict[str, Any]:
    """The settings and the machine the timings depend on: the encoder's OpenMP threads per call and how many calls run
    side by side (knowledge.embeddings), the cores, and the 1-minute load average before and after the timed rounds (a
    busy machine shared with other work slows an encode several times over)."""
    from knowledge.embeddings import encoders_side_by_side, threads_per_encode  # noqa: PLC0415

    return {"cpus": os.cpu_count(), "omp_num_threads": os.environ.get("OMP_NUM_THREADS") or "unset",
            "encoder_threads": threads_per_encode(), "encoders_side_by_side": encoders_side_by_side(),
            "load_avg_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)]}
