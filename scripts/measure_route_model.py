"""Measure route-model variants against the cue router, offline (docs/route_model.md, round 47).

What the override would change is simulated from the cue router's coarse route (own / rules / oos) and the model's
probabilities, the way `bot.engine._model_overrules` and `Engine._deterministic` apply them:
- the cue router refused (oos) and the model reads own or rules → kept in scope (counted as the model's route);
- the cue router answered with the rules and the model reads oos → refused;
- the cue router answered with the rules and the model reads own → calculated only when the reader reads two facts or
  more whose condition the question does not exclude (checked here with the reader itself);
- a calculation or question back (own) is never overruled.
A change is a fix where it reaches the question's label, a break where the cue router had it.

The cue router's route of an eval case is its label unless its baseline record (evals/baseline*.json) fails the route
check or has no record (a round just moved in); those are answered here once with the model off (cached in --cue-cache). A unit-test phrasing's route is the
one the cue router gave it in a passing test (evals/route_model_unit_tests.jsonl), so any change there is a break.

Two measures, each trained without what it is scored on:
- `--rounds F …`: the blind rounds F left out;
- `--folds K`: the unit-test phrasings in K folds by test file (each fold's files left out of training).

    python scripts/measure_route_model.py --rounds evals/blind/calc_bank46.yaml … --folds 5 [--no-tests]
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_route_model as tr  # noqa: E402
from train_router import folded  # noqa: E402

COARSE = tr.COARSE
TODAY = datetime.date(2026, 11, 25)


@dataclass(frozen=True)
class Item:
    """One question scored: its source file, text as asked, folded text, label and the cue router's coarse route."""

    source: str
    question: str
    text: str
    label: str
    cue: str


def _baseline_route_passes() -> set[str]:
    """The eval cases whose baseline record passes the route check (the cue router's route is their label)."""
    passing: set[str] = set()
    for name in ("baseline.json", "baseline_blind.json"):
        cases = json.loads((ROOT / "evals" / name).read_text(encoding="utf-8"))["cases"]
        passing |= {cid for cid, rec in cases.items() if "route" not in rec.get("failures", [])}
    return passing


def _actual_routes(questions: list[tuple[str, datetime.date]], cache: Path) -> dict[str, str]:
    """The cue router's route of each question (the engine with the model off), cached by question."""
    import os

    known: dict[str, str] = json.loads(cache.read_text(encoding="utf-8")) if cache.exists() else {}
    todo = [(q, d) for q, d in questions if q not in known]
    if todo:
        os.environ["REGBOT_ROUTE_MODEL"] = "off"
        from bot.engine import Engine

        engine = Engine.create()
        for q, d in todo:
            known[q] = engine.answer(q, None, today=d).route
        cache.write_text(json.dumps(known, ensure_ascii=False, indent=0), encoding="utf-8")
    return known


def eval_items(files: list[str], cue_cache: Path) -> list[Item]:
    """The labelled first-turn questions of the case files, with the cue router's coarse route."""
    from evals.schema import load_file

    passing = _baseline_route_passes()
    cases = [(f, c) for f in files for c in load_file(ROOT / f)
             if c.question and not c.followup and tr.label(c) is not None]
    actual = _actual_routes([(c.question, c.effective_today) for _, c in cases if c.id not in passing], cue_cache)
    items = []
    for f, c in cases:
        y = tr.label(c)
        cue = y if c.id in passing else COARSE.get(actual[c.question], y)
        items.append(Item(f, c.question, folded(c.question), y, cue))
    return items


def unit_items(tests: set[str] | None = None) -> list[Item]:
    """The unit tests' phrasings (of the test files `tests`, or all), labelled with the cue router's route."""
    return [Item(r["test"], r["question"], folded(r["question"]), COARSE[r["route"]], COARSE[r["route"]])
            for r in tr.unit_rows() if tests is None or r["test"] in tests]


def two_facts(question: str) -> bool:
    """Would the "own" override calculate it (`_model_overrules`): two facts read, no condition the question excludes."""
    from bot.extract import candidates
    from bot.parsing.text import Query
    from bot.routing import condition_unmet

    q = Query(question, TODAY)
    found = next((c for c in candidates(q) if c.facts >= 2 and not c.invalid), None)
    return found is not None and not condition_unmet(q, found)


@dataclass(frozen=True)
class Policy:
    """Per-direction thresholds; 1.01 turns a direction off."""

    keep: float = 0.9  # cue oos → model own / rules
    refuse: float = 0.9  # cue rules → model oos
    own: float = 0.9  # cue rules → model own


def overridden(item: Item, probs: dict[str, float], policy: Policy, facts: dict[str, bool]) -> str:
    """The coarse route after the override."""
    top = max(probs, key=probs.get)
    p = probs[top]
    if item.cue == "oos" and top in ("own", "rules") and p >= policy.keep:
        return top
    if item.cue == "rules" and top == "oos" and p >= policy.refuse:
        return "oos"
    if item.cue == "rules" and top == "own" and p >= policy.own:
        if item.question not in facts:
            facts[item.question] = two_facts(item.question)
        return "own" if facts[item.question] else "rules"
    return item.cue


def score(items: list[Item], probs: list[dict[str, float]], policy: Policy, facts: dict[str, bool]) -> dict:
    fixed, broken = [], []
    for it, p in zip(items, probs, strict=True):
        new = overridden(it, p, policy, facts)
        if new == it.cue:
            continue
        if new == it.label:
            fixed.append(it)
        elif it.cue == it.label:
            broken.append(it)
    return {"fixed": fixed, "broken": broken}


def predict(vec, lr, items: list[Item]) -> list[dict[str, float]]:  # noqa: ANN001 - fitted vectoriser, classifier
    from bot.route_arbiter import tfidf_text

    if not items:
        return []
    pr = lr.predict_proba(vec.transform([tfidf_text(i.text) for i in items]))
    return [{str(c): float(x) for c, x in zip(lr.classes_, row, strict=True)} for row in pr]


def train(leave_files: tuple[str, ...], with_tests: bool, leave_tests: set[str] = frozenset()):  # noqa: ANN201
    rows = tr.rows_of(tr.training_files(leave_files), with_tests=with_tests, leave_tests=leave_tests)
    return tr.fit([q for q, _ in rows], [y for _, y in rows])


POLICIES = {
    "all@0.9": Policy(),
    "all@0.95": Policy(0.95, 0.95, 0.95),
    "keep.95/refuse.9/own.9": Policy(0.95, 0.9, 0.9),
    "no-keep": Policy(1.01, 0.9, 0.9),
    "no-refuse": Policy(0.9, 1.01, 0.9),
    "refuse-only": Policy(1.01, 0.9, 1.01),
    "keep-only": Policy(0.9, 1.01, 1.01),
    "own-only": Policy(1.01, 1.01, 0.9),
}


def _show(name: str, res: dict, n: int, examples: int) -> None:
    by = Counter(f"{i.cue}->{i.label}" for i in res["fixed"])
    bb = Counter(f"{i.cue}->(not {i.cue})" for i in res["broken"])
    print(f"    {name:24s} +{len(res['fixed'])} / -{len(res['broken'])}  of {n}   fixed {dict(by)} broken {dict(bb)}")
    for i in res["broken"][:examples]:
        print(f"        BROKE [{i.source}] ({i.cue}) {i.question[:90]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", nargs="*", default=[])
    ap.add_argument("--folds", type=int, default=0)
    ap.add_argument("--no-tests", action="store_true", help="train without the unit-test phrasings")
    ap.add_argument("--cue-cache", type=Path, default=Path("/tmp/route_model_cue_routes.json"))
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args()
    with_tests = not args.no_tests
    facts: dict[str, bool] = {}
    if args.rounds:
        vec, lr = train(tuple(args.rounds), with_tests)
        items = eval_items(args.rounds, args.cue_cache)
        probs = predict(vec, lr, items)
        print(f"rounds left out ({len(items)} questions), trained {'with' if with_tests else 'without'} the unit tests:")
        for name, pol in POLICIES.items():
            _show(name, score(items, probs, pol, facts), len(items), args.examples)
    if args.folds:
        units = unit_items()
        files = sorted({i.source for i in units})
        folds = [set(files[k::args.folds]) for k in range(args.folds)]
        all_items, all_probs = [], []
        fitted = None if with_tests else train((), False)  # without the unit tests, every fold's training is the same
        for fold in folds:
            vec, lr = fitted or train((), with_tests, leave_tests=fold)
            part = [i for i in units if i.source in fold]
            all_items += part
            all_probs += predict(vec, lr, part)
        print(f"unit-test phrasings in {args.folds} folds by file ({len(all_items)} questions), "
              f"trained {'with the other folds' if with_tests else 'without any'}:")
        for name, pol in POLICIES.items():
            _show(name, score(all_items, all_probs, pol, facts), len(all_items), args.examples)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
