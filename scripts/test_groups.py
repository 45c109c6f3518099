"""Split the test files into N groups of about equal running time, for N pytest processes side by side (.ci/run).

    python scripts/test_groups.py K N      # the test files of group K (1..N), one per line

Every test file under tests/ lands in exactly one group. A file's weight is its measured seconds in
tests/durations.json (written from a pytest JUnit report: `--record REPORT.xml`); a file not measured there
(a new one) weighs its size at the measured files' seconds per byte. Greedy: heaviest first, each into the
lightest group so far; ties go by path, so every process computes the same split.

    python scripts/test_groups.py --record reports/pytest-junit.xml   # rewrite tests/durations.json
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DURATIONS = ROOT / "tests" / "durations.json"


def test_files(root: Path = ROOT) -> list[str]:
    """Every pytest file under tests/, as a path relative to the repository root."""
    return sorted(p.relative_to(root).as_posix() for p in (root / "tests").rglob("test_*.py"))


def weights(files: list[str], measured: dict[str, float], root: Path = ROOT) -> dict[str, float]:
    """Seconds per file: measured, or estimated from the file's size."""
    sizes = {f: (root / f).stat().st_size for f in files}
    known = [f for f in files if f in measured]
    per_byte = (sum(measured[f] for f in known) / max(1, sum(sizes[f] for f in known))) if known else 1.0
    return {f: measured[f] if f in measured else sizes[f] * per_byte for f in files}


def groups(files: list[str], weight: dict[str, float], n: int) -> list[list[str]]:
    """`files` in `n` groups of about equal total weight (greedy, deterministic)."""
    out: list[list[str]] = [[] for _ in range(n)]
    totals = [0.0] * n
    for f in sorted(files, key=lambda f: (-weight[f], f)):
        i = min(range(n), key=lambda i: (totals[i], i))
        out[i].append(f)
        totals[i] += weight[f]
    return [sorted(g) for g in out]


def read_measured(path: Path = DURATIONS) -> dict[str, float]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): float(v) for k, v in data.items()} if isinstance(data, dict) else {}


def record(junit: Path, path: Path = DURATIONS) -> dict[str, float]:
    """Seconds per test file from a pytest JUnit report (its testcase classnames name the module)."""
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
    rounded = {k: round(v, 2) for k, v in sorted(seconds.items())}
    path.write_text(json.dumps(rounded, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return rounded


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--record":
        record(Path(argv[1]))
        return 0
    if len(argv) != 2 or not all(a.isdigit() for a in argv) or not 1 <= int(argv[0]) <= int(argv[1]):
        print(__doc__, file=sys.stderr)
        return 2
    k, n = int(argv[0]), int(argv[1])
    files = test_files()
    print("\n".join(groups(files, weights(files, read_measured()), n)[k - 1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
