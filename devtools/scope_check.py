"""Measure scope (SPEC §3, issue 9): how many neighbouring-subject questions the engine refuses, and
how many in-scope questions it wrongly refuses.

    .venv/bin/python -m devtools.scope_check [FILE ...] [--errors]

With no FILE: the cross-check (evals/scope_check/crosscheck.yaml, never tuned on), the tuned case
files (evals/cases/*.yaml) and the blind calculator bank's development half. Never reads
evals/heldout/. A neighbour counts as refused only when the route is out_of_scope and no clause is
quoted. Prints one line per file; --errors lists each miss.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CROSSCHECK = ROOT / "evals" / "scope_check" / "crosscheck.yaml"
DEFAULT_FILES = [CROSSCHECK, ROOT / "evals" / "cases", ROOT / "evals" / "blind" / "calc_bank.yaml"]
TODAY = datetime.date(2026, 11, 25)


@dataclass
class Item:
    id: str
    question: str
    neighbour: bool
    today: datetime.date = TODAY


def _items(path: Path) -> list[Item]:
    """Cross-check items (kind: neighbour | in_scope) or ask-level eval cases (route out_of_scope = neighbour)."""
    if "heldout" in path.parts:
        raise SystemExit(f"{path}: the held-out half is never scored here")
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # no date parsing
    cases = raw["cases"] if isinstance(raw, dict) else raw
    if cases and "kind" in cases[0]:
        return [Item(c["id"], c["question"], c["kind"] == "neighbour") for c in cases]
    from evals.schema import load_file

    return [Item(c.id, c.question, c.expect.route == "out_of_scope", c.effective_today)
            for c in load_file(path) if c.question]


def _files(args: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in [Path(a) for a in args] or DEFAULT_FILES:
        out += sorted(p.glob("*.yaml")) if p.is_dir() else [p]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--errors", action="store_true", help="list every miss")
    opts = parser.parse_args(argv)
    from bot.engine import Engine

    engine = Engine.create()
    for path in _files(opts.files):
        items = _items(path)
        n = n_ok = i = i_bad = 0
        misses: list[str] = []
        for it in items:
            a = engine.answer(it.question, today=it.today)
            refused = a.route == "out_of_scope" and not a.citations
            if it.neighbour:
                n += 1
                n_ok += refused
                if not refused:
                    misses.append(f"  answered  {it.id}: {it.question}  -> {a.route} {[c.id for c in a.citations][:2]}")
            else:
                i += 1
                i_bad += a.route == "out_of_scope"
                if a.route == "out_of_scope":
                    misses.append(f"  refused   {it.id}: {it.question}")
        if n or i:
            rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            print(f"{rel}: neighbours refused {n_ok}/{n}" + (f" ({n_ok / n:.1%})" if n else "")
                  + f"; in scope refused {i_bad}/{i}" + (f" ({i_bad / i:.1%})" if i else ""))
            if opts.errors:
                print("\n".join(misses) or "  (no misses)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
