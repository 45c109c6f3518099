"""The engine's own eval cases (evals/cases/ask_*.yaml), run through the shared eval runner.

Targets of issue 4: route correct ≥ 97 %, tool and arguments correct ≥ 95 % of calculator questions,
a gold clause cited ≥ 95 %, and no out-of-scope question answered with a rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.runner import run_cases
from evals.schema import load_cases

CASES = sorted((Path(__file__).parents[2] / "evals" / "cases").glob("ask_*.yaml"))

# The module's fixture answers every ask case once (~90 s on CI's two cores; over the suite's 300 s on a loaded machine,
# where it timed out in round 49's merge check), so the module has a longer limit than the suite's default.
pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module")
def run(engine):
    cases = load_cases(CASES)
    assert len(cases) >= 110
    return run_cases(cases, engine=engine, progress=False)


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
