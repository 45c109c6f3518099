"""`regbot bench`: the figures the issues ask for, in one table and one JSON document.

Composes the parts' own benchmarks — retrieval (`knowledge.bench`), warm `ask` per route
(`bot.bench_ask`), Slack ack latency (`devtools.loadtest`) — with a cold `regbot ask`
subprocess and this process's peak RSS. A part that is not there (or fails) is reported as
not available, with the reason; nothing is estimated in its place.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

COLD_QUESTION = "今年參加本會年會1次、月會3次，積分多少？"
# A rules question opens the index and the embedder too: the slower kind of cold start.
COLD_RETRIEVAL_QUESTION = "乳攝車每名放射師一天最多可以拍幾案？"
SECTIONS = ("retrieval", "ask", "cold_ask", "cold_ask_retrieval", "ack", "process")

# Targets stated in the issues (figure key -> (comparison, value, unit)); shown next to the figures.
TARGETS: dict[str, tuple[str, float]] = {
    "retrieval.warm_search_p95_ms": ("≤", 50),
    "retrieval.cold_search_s": ("≤", 2.0),
    "retrieval.peak_rss_mb": ("≤", 400),
    "ask.p95_ms": ("≤", 100),
    "cold_ask.wall_s": ("≤", 2.5),
    "cold_ask.peak_rss_mb": ("≤", 400),
    "cold_ask_retrieval.wall_s": ("≤", 2.5),
    "cold_ask_retrieval.peak_rss_mb": ("≤", 400),
    "ack.ack_ms.p95": ("<", 300),
    "ack.answered_more_than_once": ("≤", 0),
    "ack.unanswered": ("≤", 0),
    "process.peak_rss_mb": ("≤", 400),
}


def _unavailable(reason: str) -> dict[str, Any]:
    return {"available": False, "reason": reason}


def _section(run: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """Run one part; a missing module or function, or a failure, becomes a reason, not a number."""
    started = time.perf_counter()
    try:
        out = run()
    except (ImportError, AttributeError) as exc:
        return _unavailable(f"not built yet ({type(exc).__name__}: {exc})")
    except Exception as exc:  # noqa: BLE001 - the other parts still run
        return _unavailable(f"failed: {type(exc).__name__}: {exc}")
    out = dict(out)
    out.setdefault("available", True)
    out["section_wall_s"] = round(time.perf_counter() - started, 2)
    return out


def ask_questions(limit: int | None = None) -> list[str]:
    """The eval suite's ask-level questions (every route), in file order; with `limit`, that many spread evenly over
    the whole suite (every case file and route has its share, the same sample on every run), not its first files."""
    from evals.schema import load_cases  # noqa: PLC0415

    qs = list(dict.fromkeys(c.question for c in load_cases() if c.question))
    if not limit or limit >= len(qs):
        return qs
    return [qs[i * len(qs) // limit] for i in range(limit)]


def _retrieval(n_queries: int) -> dict[str, Any]:
    from knowledge.bench import run_retrieval_bench  # noqa: PLC0415

    return run_retrieval_bench(n_queries=n_queries)


def _ask(questions: list[str]) -> dict[str, Any]:
    from bot.bench_ask import run_ask_bench  # noqa: PLC0415

    if not questions:
        return _unavailable("no ask-level eval questions to time")
    return run_ask_bench(questions)


def regbot_executable() -> list[str]:
    """The `regbot` console script next to this interpreter, or `python -m` as a fallback."""
    script = Path(sys.executable).with_name("regbot")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from bot.cli import main; main()"]


# A bare wrapper whose only child is the timed command: its RUSAGE_CHILDREN peak RSS is the child's.
_WRAPPER = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - t
print(json.dumps({"rc": p.returncode, "wall_s": wall, "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                  "stdout": p.stdout, "stderr": p.stderr[-2000:]}))
"""


def _timed(cmd: list[str], env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", _WRAPPER, *cmd], capture_output=True, text=True, env=env,
                          timeout=600, check=True)
    return json.loads(done.stdout)


def _cold_ask(question: str) -> dict[str, Any]:
    """Wall time and peak RSS of a fresh `regbot ask --json` process (index already built)."""
    cmd = [*regbot_executable(), "ask", "--json", question]
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    # First run untimed: it builds the index if this data folder has none, so the timed run
    # measures a cold process, not an index build.
    first = _timed(cmd, env)
    if first["rc"] != 0:
        return _unavailable(f"`regbot ask` exited {first['rc']}: {(first['stderr'] or first['stdout']).strip()[-300:]}")
    done = _timed(cmd, env)
    if done["rc"] != 0:
        return _unavailable(f"`regbot ask` exited {done['rc']}: {(done['stderr'] or done['stdout']).strip()[-300:]}")
    out: dict[str, Any] = {"wall_s": round(done["wall_s"], 3), "peak_rss_mb": round(done["maxrss_kb"] / 1024, 1),
                           "question": question}
    try:
        out["route"] = json.loads(done["stdout"]).get("route")
    except (ValueError, AttributeError):
        pass
    return out


def _ack(n_events: int, engine: Any) -> dict[str, Any]:
    from devtools.loadtest import run_ack_benchmark  # noqa: PLC0415

    return run_ack_benchmark(n_events=n_events, engine=engine)


def _engine() -> Any:
    from bot.engine import Engine  # noqa: PLC0415

    return Engine.create()


def run_bench(*, n_queries: int = 200, ack_events: int = 50, n_asks: int = 600, only: list[str] | None = None,
              on_status: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Every section (or `only` some), each a dict of figures or {available: false, reason}."""
    wanted = [s for s in SECTIONS if not only or s in only]
    say = on_status or (lambda _m: None)
    results: dict[str, Any] = {}
    engine: Any = None
    for name in wanted:
        say(f"bench: {name}…")
        if name == "retrieval":
            results[name] = _section(lambda: _retrieval(n_queries))
        elif name == "ask":
            results[name] = _section(lambda: _ask(ask_questions(n_asks)))
        elif name == "cold_ask":
            results[name] = _section(lambda: _cold_ask(COLD_QUESTION))
        elif name == "cold_ask_retrieval":
            results[name] = _section(lambda: _cold_ask(COLD_RETRIEVAL_QUESTION))
        elif name == "ack":
            if engine is None:
                try:
                    engine = _engine()
                except Exception as exc:  # noqa: BLE001
                    results[name] = _unavailable(f"engine: {type(exc).__name__}: {exc}")
                    continue
            results[name] = _section(lambda: _ack(ack_events, engine))
        elif name == "process":
            results[name] = {"available": True, "peak_rss_mb": round(
                resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    return {
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()},
        "sections": results,
    }


def flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    """{'ack': {'ack_ms': {'p95': 12}}} -> {'ack.ack_ms.p95': 12}; lists stay whole."""
    if not isinstance(data, dict):
        return {prefix: data}
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}.{key}" if prefix else str(key)
        out.update(flatten(value, name) if isinstance(value, dict) else {name: value})
    return out


def target_met(key: str, value: Any) -> bool | None:
    """Whether a figure meets its stated target; None if it has none or is not a number."""
    if key not in TARGETS or isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    op, limit = TARGETS[key]
    return value <= limit if op == "≤" else value < limit
