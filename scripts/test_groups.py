"""Split the test files into N groups of about equal running time, for N pytest processes side by side (.ci/run).

    python scripts/test_groups.py K N      # the test files of group K (1..N), one per line

Every test file under tests/ lands in exactly one group. A file's weight is its measured seconds in
tests/durations.json (written from a pytest JUnit report: `--record REPORT.xml`); a file not measured there
(a new one) weighs its size at the measured files' seconds per byte. Greedy: heaviest first, each into the
lightest group so far; ties go by path, so every process computes the same split. A file in PINNED goes to its
lane's group first (it reads that lane's eval report).

A lane also runs one eval after its tests (.ci/run: lane 1 the own cases, lane 2 the blind banks), and the two evals
take very different times (about 780 s and 250 s on 2 cores, round 59). Their seconds are recorded in the same file
("lane/1/eval", "lane/2/eval") and each group starts with its lane's eval already on it, so the lanes, not the test
halves, finish together.

    python scripts/test_groups.py --record reports/pytest-junit.xml [reports/eval.json reports/eval-blind.json]
        # rewrite tests/durations.json: seconds per test file, and each lane's eval (its report's wall_s), in lane order
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DURATIONS = ROOT / "tests" / "durations.json"


# Test files that read their lane's eval report (.ci/run names it in REGBOT_EVAL_REPORT): they run in that lane, after
# its eval. tests/bot/test_ask_cases.py checks the own eval's answers to the ask cases (lane 1) instead of answering
# them again.
PINNED = {"tests/bot/test_ask_cases.py": 1}


def test_files(root: Path = ROOT) -> list[str]:
    """Every pytest file under tests/, as a path relative to the repository root."""
    return sorted(p.relative_to(root).as_posix() for p in (root / "tests").rglob("test_*.py"))


def weights(files: list[str], measured: dict[str, float], root: Path = ROOT) -> dict[str, float]:
    """Seconds per file: measured, or estimated from the file's size."""
    sizes = {f: (root / f).stat().st_size for f in files}
    known = [f for f in files if f in measured]
    per_byte = (sum(measured[f] for f in known) / max(1, sum(sizes[f] for f in known))) if known else 1.0
    return {f: measured[f] if f in measured else sizes[f] * per_byte for f in files}


def lane_key(k: int) -> str:
    """The durations.json key of lane `k`'s eval seconds."""
    return f"lane/{k}/eval"


def groups(files: list[str], weight: dict[str, float], n: int,
           lead: list[float] | None = None) -> list[list[str]]:
    """`files` in `n` groups of about equal total weight (greedy, deterministic); group i starts at `lead[i]` s."""
    out: list[list[str]] = [[] for _ in range(n)]
    totals = [float(x) for x in (lead or [])][:n] + [0.0] * max(0, n - len(lead or []))
    for f in sorted(files, key=lambda f: (f not in PINNED or PINNED[f] > n, -weight[f], f)):
        i = PINNED[f] - 1 if PINNED.get(f, n + 1) <= n else min(range(n), key=lambda i: (totals[i], i))
        out[i].append(f)
        totals[i] += weight[f]
    return [sorted(g) for g in out]


def read_measured(path: Path = DURATIONS) -> dict[str, float]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): float(v) for k, v in data.items()} if isinstance(data, dict) else {}


def record(junit: Path, path: Path = DURATIONS, evals: list[Path] | None = None) -> dict[str, float]:
    """Seconds per test file from a pytest JUnit report (its testcase classnames name the module), and lane k's eval
    seconds from the k-th eval report in `evals` (its `wall_s`)."""
    seconds: dict[str, float] = {}
    for case in ET.parse(junit).getroot().iter("testcase"):
        module = case.get("classname", "")
        parts = module.split(".")
        # classname is "tests.bot.test_x" or "tests.bot.test_x.TestClass": the file is the first test_* part
        cut = next((i for i, p in enumerate(parts) if p.startswith("test_")), None)
        if cut is None:
            continue
        name = "/".join(parts[: cut + 1]) + ".py"
        seconds[name] = seconds.get(name, 0.0) + float(case.get("time", 0) or 0)
    for k, report in enumerate(evals or [], start=1):
        seconds[lane_key(k)] = float(json.loads(Path(report).read_text(encoding="utf-8"))["wall_s"])
    rounded = {k: round(v, 2) for k, v in sorted(seconds.items())}
    path.write_text(json.dumps(rounded, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return rounded


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "--record":
        record(Path(argv[1]), evals=[Path(a) for a in argv[2:]])
        return 0
    if len(argv) != 2 or not all(a.isdigit() for a in argv) or not 1 <= int(argv[0]) <= int(argv[1]):
        print(__doc__, file=sys.stderr)
        return 2
    k, n = int(argv[0]), int(argv[1])
    files, measured = test_files(), read_measured()
    lead = [measured.get(lane_key(i), 0.0) for i in range(1, n + 1)]
    print("\n".join(groups(files, weights(files, measured), n, lead)[k - 1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
