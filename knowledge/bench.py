"""Retrieval benchmark: index build time, warm search latency, cold `regbot search`, peak RSS.

    python -m knowledge.bench [--queries N]

Builds a fresh index in a temporary data folder (so the figure is a real build), times
`HybridRetriever.search` over the retrieval eval questions (cycled to N), then runs
`regbot search` as a new process against that index (cold start: imports, opening
Chroma, loading the embedder, one query) and checks that it never imported torch.
Also reports recall@1/3/5 and MRR per language on the eval set.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

COLD_QUERY = "參加本會年會積分多少？"
_CJK = re.compile(r"[\u3400-\u9fff]")
FALLBACK_QUERIES = (
    "參加本會年會積分多少？", "How many credits for the annual meeting?", "乳摄车每天上限几案？",
    "第五條第十二款", "二(五)", "消融治療需要多少例？", "追蹤完成率未達 75% 扣款多少？",
)
CASES_FILE = Path(__file__).resolve().parent.parent / "evals" / "cases" / "retrieval.yaml"

# A fresh interpreter running the CLI, reporting afterwards whether torch got imported.
_COLD = """
import sys
sys.argv = ["regbot", "search", *sys.argv[1:]]
from bot.cli import main
try:
    main()
except SystemExit as exc:
    code = exc.code or 0
else:
    code = 0
print("TORCH-IMPORTED" if "torch" in sys.modules else "TORCH-NOT-IMPORTED", file=sys.stderr)
sys.exit(code)
"""


def eval_cases(path: Path = CASES_FILE) -> list[dict[str, Any]]:
    """The retrieval eval cases ({id, lang, question, expect: {gold_ids}}), [] if the file is missing."""
    import yaml

    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [c for c in data.get("cases", []) if c.get("category") == "retrieval" and c.get("question")]


def recall_by_language(retriever: Any, cases: list[dict[str, Any]], k: int = 5) -> dict[str, dict[str, float]]:
    """recall@1/3/5 and MRR of `retriever.search` per case language, and over all cases."""
    from knowledge.metrics import summarize

    groups: dict[str, tuple[list[list[str]], list[list[str]]]] = {}
    for case in cases:
        ranked = [hit.clause.id for hit in retriever.search(case["question"], k)]
        for key in (case.get("lang", "?"), "all"):
            rankings, golds = groups.setdefault(key, ([], []))
            rankings.append(ranked)
            golds.append(case["expect"]["gold_ids"])
    return {key: summarize(r, g) for key, (r, g) in sorted(groups.items())}


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * pct / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def _cold_search(data_dir: Path, runs: int = 3) -> dict[str, Any]:
    env = {**os.environ, "REGBOT_DATA_DIR": str(data_dir), "ANONYMIZED_TELEMETRY": "False"}
    walls, torch_seen, failures = [], False, []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", _COLD, COLD_QUERY, "-k", "3"], capture_output=True,
                              text=True, env=env, timeout=120)
        walls.append(time.perf_counter() - started)
        torch_seen |= "TORCH-IMPORTED" in done.stderr
        if done.returncode != 0:
            failures.append(done.stderr.strip()[-300:])
    return {
        "cold_search_s": round(statistics.median(walls), 3),
        "cold_search_max_s": round(max(walls), 3),
        "cold_search_runs": runs,
        # ru_maxrss of waited-for children: the largest of the cold runs (kB on Linux).
        "cold_search_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "cold_search_imported_torch": torch_seen,
        "cold_search_errors": failures,
    }


def run_retrieval_bench(n_queries: int = 200) -> dict[str, Any]:
    """Build a fresh index, time warm and cold searches, measure memory; figures as a flat dict."""
    from core.settings import get_settings
    from knowledge.retrieve import HybridRetriever

    cases = eval_cases()
    questions = [c["question"] for c in cases] or list(FALLBACK_QUERIES)
    load_before = os.getloadavg()[0]  # the machine may be shared: latency figures depend on it
    with tempfile.TemporaryDirectory(prefix="regbot-bench-") as tmp:
        settings = get_settings().model_copy(update={"data_dir": Path(tmp), "chroma_url": None})
        started = time.perf_counter()
        retriever = HybridRetriever.open(settings)
        build_s = time.perf_counter() - started
        started = time.perf_counter()
        HybridRetriever.open(settings)  # the index exists now: this is the warm-process open
        open_s = time.perf_counter() - started

        retriever.search(questions[0])  # first query pays one-off lazy set-up
        latencies, latin = [], []
        for i in range(n_queries):
            question = questions[i % len(questions)]
            started = time.perf_counter()
            retriever.search(question, 5)
            latencies.append((time.perf_counter() - started) * 1000)
            latin.append(not _CJK.search(question))
        quality = recall_by_language(retriever, cases) if cases else {}
        cold = _cold_search(Path(tmp))

    return {
        "embedder": retriever.manifest.embedder,
        "chunks": retriever.manifest.count,
        "index_build_s": round(build_s, 2),
        "index_open_s": round(open_s, 3),
        "warm_queries": n_queries,
        "warm_search_p50_ms": round(_percentile(latencies, 50), 2),
        "warm_search_p95_ms": round(_percentile(latencies, 95), 2),
        "warm_search_max_ms": round(max(latencies), 2),
        # English questions embed twice (the question, and the Chinese terms of its words)
        "warm_search_p95_ms_chinese": round(_percentile([t for t, en in zip(latencies, latin) if not en], 95), 2),
        "warm_search_p95_ms_english": round(_percentile([t for t, en in zip(latencies, latin) if en], 95), 2),
        **cold,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "cpus": os.cpu_count(),
        "load_avg_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)],  # before, after
        "quality": {lang: {m: round(v, 3) for m, v in figures.items()} for lang, figures in quality.items()},
    }


TARGETS = {"warm_search_p95_ms": 50, "cold_search_s": 2.0, "peak_rss_mb": 400, "cold_search_peak_rss_mb": 400}


def main(argv: list[str] | None = None) -> None:
    """Print the figures as a table (targets from issue 2 marked)."""
    from rich.console import Console
    from rich.table import Table

    parser = argparse.ArgumentParser(prog="python -m knowledge.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=200, help="warm queries to time (default 200)")
    args = parser.parse_args(argv)
    data = run_retrieval_bench(args.queries)

    table = Table(title=f"retrieval benchmark — {data['cpus']} CPUs, {data['embedder']}", title_justify="left")
    for col in ("figure", "value", "target"):
        table.add_column(col)
    for key, value in data.items():
        if key in ("quality", "cpus", "embedder"):
            continue
        target = ""
        if key in TARGETS:
            target = f"≤ {TARGETS[key]} " + ("✓" if value <= TARGETS[key] else "✗")
        table.add_row(key, str(value), target)
    for lang, figures in data["quality"].items():
        table.add_row(f"eval {lang}", "  ".join(f"{m} {v:g}" for m, v in figures.items()), "")
    Console().print(table)


if __name__ == "__main__":
    main()
