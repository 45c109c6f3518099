"""The engine's own eval cases (evals/cases/ask_*.yaml), run through the shared eval runner.

Targets of issue 4: route correct ≥ 97 %, tool and arguments correct ≥ 95 % of calculator questions,
a gold clause cited ≥ 95 %, and no out-of-scope question answered with a rule.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest

from evals.runner import run_cases
from evals.schema import Case, load_cases

CASES = sorted((Path(__file__).parents[2] / "evals" / "cases").glob("ask_*.yaml"))

# The module's fixture answers every ask case once (~90 s on CI's two cores; over the suite's 300 s on a loaded machine,
# where it timed out in round 49's merge check), so the module has a longer limit than the suite's default.
pytestmark = pytest.mark.timeout(900)


# CI (.ci/run) runs the whole own eval, which answers these same cases through the same runner, before this lane's
# tests, and names its JSON report here: the checks below then read that run's per-case checks instead of answering
# every ask case a second time (~3,600 answers, about 200 s of CPU). Without it (a local run) they answer them here.
EVAL_REPORT_ENV = "REGBOT_EVAL_REPORT"


@dataclass(frozen=True)
class _Reported:
    """One case's result as the eval report recorded it: the case and its per-case checks."""

    case: Case
    checks: dict[str, float]


def reported_run(path: Path, cases: list[Case]) -> SimpleNamespace | None:
    """The results of `cases` from an own-eval JSON report (`regbot eval --json`), or None when the report is missing,
    unreadable or lacks any of the cases (then they are answered here)."""
    try:
        rows = {row["id"]: row for row in json.loads(path.read_text(encoding="utf-8"))["cases"]}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if any(c.id not in rows or rows[c.id].get("category") != c.category for c in cases):
        return None
    return SimpleNamespace(results=[_Reported(c, {k: float(v) for k, v in rows[c.id]["checks"].items()}) for c in cases])


@pytest.fixture(scope="module")
def run(request):
    cases = load_cases(CASES)
    assert len(cases) >= 110
    report = os.environ.get(EVAL_REPORT_ENV)
    got = reported_run(Path(report), cases) if report else None
    if got is not None:
        return got
    return run_cases(cases, engine=request.getfixturevalue("engine"), progress=False)


def _rate(run, metric: str) -> float:
    values = [r.checks[metric] for r in run.results if metric in r.checks]
    assert values, metric
    return sum(float(v) for v in values) / len(values)


def test_route_accuracy(run):
    assert _rate(run, "route_accuracy") >= 0.97


def test_tool_and_argument_accuracy(run):
    assert _rate(run, "tool_accuracy") >= 0.95
    assert _rate(run, "tool_args_accuracy") >= 0.95
    assert _rate(run, "pinned_output_match") >= 0.95


def test_gold_clause_cited(run):
    assert _rate(run, "gold_cited") >= 0.95


def test_out_of_scope_never_answered_with_a_rule(run):
    oos = [r for r in run.results if r.case.expect.route == "out_of_scope"]
    assert oos and all(r.checks.get("answered_with_rule", 0) == 0 for r in oos)


def test_every_language_and_tool_is_covered(run):
    from calculators.registry import tool_names

    langs = {r.case.lang for r in run.results}
    assert langs == {"zh-TW", "zh-CN", "en"}
    tools = {r.case.expect.tool.name for r in run.results if r.case.expect.tool}
    assert tools == set(tool_names())


def _write_report(path: Path, run) -> None:
    from evals import report  # noqa: PLC0415

    report.write_json(path, run, [], None)


def test_the_eval_reports_checks_are_the_runs_own(engine, tmp_path):
    """What the checks above read from CI's eval report is what the runner computed, case for case."""
    cases = load_cases(CASES)[::400]
    run = run_cases(cases, engine=engine, progress=False)
    _write_report(tmp_path / "eval.json", run)
    got = reported_run(tmp_path / "eval.json", cases)
    assert got is not None
    assert [(r.case.id, r.checks) for r in got.results] == [(r.case.id, r.checks) for r in run.results]


def test_a_report_without_every_case_is_not_used(tmp_path):
    """A report that lacks a case (another case set, a run cut short) or files it under another category is not read:
    the cases are then answered here."""
    cases = load_cases(CASES)[:3]
    rows = [{"id": c.id, "category": c.category, "checks": {"route_accuracy": 1.0}} for c in cases]
    path = tmp_path / "eval.json"
    path.write_text(json.dumps({"cases": rows[:2]}), encoding="utf-8")
    assert reported_run(path, cases) is None
    path.write_text(json.dumps({"cases": [*rows[:2], {**rows[2], "category": "other"}]}), encoding="utf-8")
    assert reported_run(path, cases) is None
    assert reported_run(tmp_path / "missing.json", cases) is None
    path.write_text("{not json", encoding="utf-8")
    assert reported_run(path, cases) is None
    path.write_text(json.dumps({"cases": rows}), encoding="utf-8")
    assert [r.checks for r in reported_run(path, cases).results] == [{"route_accuracy": 1.0}] * 3
