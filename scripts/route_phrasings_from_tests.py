"""Collect the unit tests' own phrasings with the route the cue router gives them, for the route model to train on
(docs/route_model.md, round 47). The unit tests hold forty-five rounds of scope and routing boundaries the blind banks
rarely phrase: another society's ATLS credits, a C-arm's QC, the van driver's licence …

Generic, not hand copied: pytest runs the given test paths with the route model OFF and a plugin
(scripts/route_phrasings_plugin.py) that records every first-turn question put to `Engine.answer` and the route
answered. Kept: questions of tests that passed, answered with one route (no multi-part answer), labelled one way
only (a question answered two ways in different tests is dropped), never from the route model's own tests.

    python scripts/route_phrasings_from_tests.py [TEST_PATH …]      # writes evals/route_model_unit_tests.jsonl
    python scripts/route_phrasings_from_tests.py --from RECORD.jsonl # rebuild from a recording already made
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "evals" / "route_model_unit_tests.jsonl"
DEFAULT_PATHS = ("tests/bot", "tests/evals")
SKIP_FILES = ("tests/bot/test_route_model.py",)  # the model's own tests turn it on: their routes are the model's
ROUTES = ("calculator", "clarify", "retrieval", "out_of_scope")


def record(paths: list[str], out: Path) -> int:
    """Run pytest over `paths` with the model off and the recording plugin; the records go to `out`."""
    env = {**os.environ, "REGBOT_ROUTE_MODEL": "off", "REGBOT_ROUTE_PHRASINGS_OUT": str(out),
           "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "scripts"), os.environ.get("PYTHONPATH", "")])}
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "route_phrasings_plugin", *paths]
    return subprocess.run(cmd, cwd=ROOT, env=env, check=False).returncode


def phrasings(records: list[dict]) -> list[dict]:
    """The kept (question, route, test file) rows, sorted by question."""
    seen: dict[str, dict] = {}
    routes: dict[str, set[str]] = {}
    for r in records:
        test_file = r["nodeid"].split("::")[0]
        if r.get("outcome") != "passed" or r.get("parts") or r["route"] not in ROUTES or test_file in SKIP_FILES:
            continue
        q = r["question"].strip()
        if not q:
            continue
        routes.setdefault(q, set()).add(r["route"])
        seen.setdefault(q, {"question": q, "route": r["route"], "test": test_file})
    return [seen[q] for q in sorted(seen) if len(routes[q]) == 1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=list(DEFAULT_PATHS))
    ap.add_argument("--from", dest="source", type=Path, default=None, help="a recording already made")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    if args.source is None:
        with tempfile.TemporaryDirectory() as tmp:
            rec = Path(tmp) / "record.jsonl"
            record(args.paths, rec)  # failing tests are only left out, never a reason to stop
            lines = rec.read_text(encoding="utf-8").splitlines()
    else:
        lines = args.source.read_text(encoding="utf-8").splitlines()
    rows = phrasings([json.loads(x) for x in lines if x.strip()])
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    counts = {k: sum(r["route"] == k for r in rows) for k in ROUTES}
    print(f"wrote {args.out}: {len(rows)} questions {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
