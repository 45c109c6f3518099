"""Gates from one file: aggregate, max and per-case thresholds, per language, n/a when unmeasured."""

from __future__ import annotations

import textwrap

import pytest

from calculators.errors import CalculatorInputError
from evals.gates import GATES_FILE, GateError, evaluate_gates, load_gates
from evals.runner import run_cases
from evals.schema import Case


def add(name, args):
    if args["a"] < 0:
        raise CalculatorInputError("a", "a: must be ≥ 0")
    return {"sum": args["a"] + args["b"], "citations": []}


def tool_case(cid, a, b, want, lang="zh-TW"):
    return Case.model_validate({"id": cid, "category": "tool", "lang": lang, "tool": "add",
                                "args": {"a": a, "b": b}, "expect": {"result": {"sum": want}}})


@pytest.fixture
def run():
    # 3 of 4 right: one English case pins a wrong sum.
    cases = [tool_case("t1", 1, 1, 2), tool_case("t2", 2, 2, 4), tool_case("t3", 1, 2, 3, "en"),
             tool_case("t4", 1, 2, 4, "en")]
    return run_cases(cases, run_tool=add, progress=False)


def gates_from(tmp_path, body):
    path = tmp_path / "gates.yaml"
    path.write_text("gates:\n" + textwrap.indent(textwrap.dedent(body), "  "), encoding="utf-8")
    return load_gates(path)


def by_name(results):
    return {(g.gate, g.lang): g for g in results}


def test_aggregate_max_and_per_case_gates(tmp_path, run):
    gates = gates_from(tmp_path, """
        tool.pinned_output_match: 0.75
        tool.pass_rate: {aggregate: 0.8}
        all.cases: {max: 3}
        tool.text_match: {per_case: 1.0}
        routing.route_accuracy: 0.97
    """)
    results = by_name(evaluate_gates(run, gates))
    assert results[("tool.pinned_output_match", None)].status == "pass"
    assert results[("tool.pass_rate", None)].status == "fail"
    assert results[("tool.pass_rate", None)].failing_cases == []  # pass_rate is not a per-case check
    assert results[("all.cases", None)].status == "fail" and results[("all.cases", None)].value == 4
    # A gate with no cases guards nothing: in a full run it fails (no case measures it, or none ran).
    assert results[("tool.text_match", None)].status == "fail"
    assert results[("tool.text_match", None)].note == "no case measures it"
    assert results[("routing.route_accuracy", None)].status == "fail"
    filtered = by_name(evaluate_gates(run, gates, filtered=True))  # a --cases / --category run only reports
    assert filtered[("tool.text_match", None)].status == "n/a"
    assert ("routing.route_accuracy", None) not in filtered


def test_a_per_case_gate_names_the_failing_cases(tmp_path, run):
    (g,) = evaluate_gates(run, gates_from(tmp_path, "tool.pinned_output_match: {per_case: 1.0}\n"))
    assert g.status == "fail" and g.failing_cases == ["t4"] and g.value == 0.0


def test_an_aggregate_gate_that_fails_points_at_the_cases_pulling_it_down(tmp_path, run):
    (g,) = evaluate_gates(run, gates_from(tmp_path, "tool.pinned_output_match: 0.9\n"))
    assert g.status == "fail" and g.failing_cases == ["t4"]


def test_per_lang_holds_the_gate_for_each_language(tmp_path, run):
    results = by_name(evaluate_gates(run, gates_from(tmp_path, "tool.pinned_output_match: {aggregate: 0.75, per_lang: true}\n")))
    assert results[("tool.pinned_output_match", None)].status == "pass"
    assert results[("tool.pinned_output_match", "zh-TW")].status == "pass"
    assert results[("tool.pinned_output_match", "en")].status == "fail"
    assert results[("tool.pinned_output_match", "en")].value == 0.5


def test_all_gates_are_skipped_on_a_filtered_run(tmp_path, run):
    gates = gates_from(tmp_path, "all.cases: 250\ntool.pinned_output_match: 0.5\n")
    assert [g.gate for g in evaluate_gates(run, gates, filtered=True)] == ["tool.pinned_output_match"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("tool.pass_rate: {aggregate: 0.9, max: 1}\n", "exactly one"),
        ("tool.pass_rate: {minimum: 0.9}\n", "tool.pass_rate"),
        ("pass_rate: 0.9\n", "category.metric"),
        ("tool.pass_rate: high\n", "tool.pass_rate"),
    ],
)
def test_a_malformed_gate_is_named(tmp_path, body, message):
    with pytest.raises(GateError, match=message):
        gates_from(tmp_path, body)


def test_the_committed_gates_file_loads_and_covers_the_issue_thresholds():
    gates = {g.name: g.spec for g in load_gates(GATES_FILE)}
    assert gates["tool.pinned_output_match"].mode == "per_case"
    assert gates["calculator.pinned_output_match"].aggregate == 1.0
    assert gates["retrieval.recall@3"].aggregate == 0.95 and gates["retrieval.recall@3"].per_lang
    assert gates["retrieval.mrr"].aggregate == 0.85
    assert gates["routing.route_accuracy"].aggregate == 0.97
    assert gates["calculator.tool_args_accuracy"].aggregate == 0.95
    assert gates["citation.gold_cited"].aggregate == 0.95
    assert gates["out_of_scope.answered_with_rule"].max == 0
    assert gates["all.cases"].aggregate == 650
    assert gates["calculator.cases"].aggregate >= 90 and gates["clarify.pinned_output_match"].mode == "per_case"
    assert gates["calculator.confidently_wrong"].max == 0 and gates["all.refused_in_scope"].max == 0.02
