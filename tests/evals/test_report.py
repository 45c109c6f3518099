"""Reports: the baseline diff, JSON and JUnit XML writers, the printed tables."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

from rich.console import Console

from evals import report
from evals.gates import Gate, GateSpec, evaluate_gates
from evals.runner import run_cases
from evals.schema import Case


def tool_case(cid, args, want):
    return Case.model_validate({"id": cid, "category": "tool", "tool": "echo", "args": args,
                                "expect": {"result": {"value": want}}})


def echo(name, args):
    return {"value": args["v"], "citations": []}


def make_run(spec):
    """spec: case id -> (value returned, value expected)."""
    return run_cases([tool_case(cid, {"v": got}, want) for cid, (got, want) in spec.items()], run_tool=echo,
                     progress=False)


def test_the_baseline_diff_shows_what_got_better_and_what_regressed(tmp_path):
    before = make_run({"a": (1, 1), "b": (2, 2), "c": (9, 3), "gone": (1, 1)})
    path = tmp_path / "baseline.json"
    report.write_baseline(before, path)
    saved = json.loads(path.read_text())
    assert saved["cases"]["c"] == {"category": "tool", "passed": False, "failures": ["pinned_output"]}
    assert "latency_p50_ms" not in saved["metrics"]["tool"]  # timings are not committed

    after = make_run({"a": (1, 1), "b": (5, 2), "c": (3, 3), "new": (1, 2)})
    diff = report.diff_baseline(report.load_baseline(path), after)
    assert diff["newly_failing"] == ["b"]
    assert diff["newly_passing"] == ["c"]
    assert diff["new_cases"] == ["new"]
    assert diff["removed_cases"] == ["gone"]
    rows = {(d["category"], d["metric"]): d for d in diff["metrics"]}
    assert rows[("tool", "pass_rate")]["change"] == "worse"  # 3/4 → 2/4
    assert rows[("tool", "pass_rate")]["before"] == 0.75 and rows[("tool", "pass_rate")]["after"] == 0.5


def test_an_unchanged_run_has_an_empty_diff(tmp_path):
    run = make_run({"a": (1, 1), "b": (2, 3)})
    diff = report.diff_baseline(report.baseline_from(run), run)
    assert not (diff["newly_failing"] or diff["newly_passing"] or diff["new_cases"] or diff["removed_cases"])
    assert {d["change"] for d in diff["metrics"]} == {"same"}


def test_lower_is_better_for_counts_of_invented_rules():
    run = make_run({"a": (1, 1)})
    base = report.baseline_from(run)
    base["metrics"]["tool"]["answered_with_rule"] = 0.0
    run.metrics["tool"]["answered_with_rule"] = 2.0
    rows = {d["metric"]: d for d in report.diff_baseline(base, run)["metrics"] if d["category"] == "tool"}
    assert rows["answered_with_rule"]["change"] == "worse"


def test_a_filtered_run_does_not_call_other_categories_removed():
    run = make_run({"a": (1, 1)})
    base = report.baseline_from(run)
    base["cases"]["r1"] = {"category": "retrieval", "passed": True, "failures": []}
    base["metrics"]["retrieval"] = {"mrr": 0.9}
    diff = report.diff_baseline(base, run)
    assert diff["removed_cases"] == []
    assert all(d["category"] != "retrieval" for d in diff["metrics"])


def test_junit_xml_is_well_formed_even_with_control_characters(tmp_path):
    run = make_run({"ok": (1, 1), "bad\x07id": ("\x00<&>\x1b", "x")})
    gates = evaluate_gates(run, [Gate("tool", "pinned_output_match", GateSpec(per_case=1.0)),
                                 Gate("tool", "text_match", GateSpec(aggregate=1.0))])
    path = tmp_path / "out" / "eval-junit.xml"
    report.write_junit(path, run, gates)
    root = ET.parse(path).getroot()  # raises on malformed XML
    assert root.tag == "testsuites" and root.get("tests") == "4" and root.get("failures") == "3"
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    tool = suites["eval.tool"]
    assert tool.get("tests") == "2" and tool.get("failures") == "1"
    failed = [tc for tc in tool.iter("testcase") if tc.find("failure") is not None]
    assert len(failed) == 1 and failed[0].get("name") == "bad\ufffdid"
    assert "pinned_output: expected" in failed[0].find("failure").text
    gate_cases = {tc.get("name"): tc for tc in suites["eval.gates"].iter("testcase")}
    assert gate_cases["tool.pinned_output_match"].find("failure") is not None
    assert gate_cases["tool.text_match"].find("failure") is not None  # no case measures it: a failed gate


def test_json_report_has_metrics_gates_diff_and_cases(tmp_path):
    run = make_run({"a": (1, 1), "b": (2, 3)})
    gates = evaluate_gates(run, [Gate("tool", "pinned_output_match", GateSpec(per_case=1.0))])
    diff = report.diff_baseline(report.baseline_from(run), run)
    path = tmp_path / "eval.json"
    report.write_json(path, run, gates, diff)
    data = json.loads(path.read_text())
    assert data["passed"] is False
    assert data["metrics"]["tool"]["pass_rate"] == 0.5
    assert data["gates"][0]["failing_cases"] == ["b"]
    assert data["baseline_diff"]["newly_failing"] == []
    (b,) = [c for c in data["cases"] if c["id"] == "b"]
    assert b["failures"] == [{"kind": "pinned_output", "expected": {"value": 3}, "actual": {"value": 2}, "detail": ""}]


def test_the_printed_report_lists_tables_failures_diff_and_verdict():
    run = make_run({"a": (1, 1), "b": (2, 3)})
    gates = evaluate_gates(run, [Gate("tool", "pinned_output_match", GateSpec(per_case=1.0))])
    base = report.baseline_from(make_run({"a": (1, 1), "b": (3, 3)}))
    buf = io.StringIO()
    report.print_report(run, gates, report.diff_baseline(base, run), Console(file=buf, width=200))
    out = buf.getvalue()
    for text in ("tool — 2 cases, pass rate 0.500", "failures (1 in 1 cases)", "pinned_output", '{"value": 3}',
                 '{"value": 2}', "regressed (passed before)", "gates missed: tool.pinned_output_match"):
        assert text in out, text


def test_the_committed_baseline_is_well_formed():
    base = report.load_baseline(report.BASELINE_FILE)
    assert base["version"] == 1
    assert base["metrics"]["tool"]["pinned_output_match"] == 1.0
    assert all(set(c) == {"category", "passed", "failures"} for c in base["cases"].values())
    assert sum(c["category"] == "tool" for c in base["cases"].values()) >= 150
