"""`regbot eval` end to end on the real calculators: exit 0 when the gates hold, 1 with a readable
failure list when a calculator is broken, 2 for a malformed case file."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from bot.cli import app
from evals.schema import CASES_DIR

TOOL_FILES = sorted(str(p) for p in CASES_DIR.glob("tool_*.yaml"))


@pytest.fixture
def gates(tmp_path):
    path = tmp_path / "gates.yaml"
    path.write_text("gates:\n  tool.pinned_output_match: {per_case: 1.0}\n  tool.cite_match: {per_case: 1.0}\n"
                    "  all.cases: 100000\n", encoding="utf-8")
    return path


def invoke(*args):
    result = CliRunner().invoke(app, ["eval", "--no-progress", *args], catch_exceptions=False)
    return result.exit_code, result.output


def cases_args():
    return [a for f in TOOL_FILES for a in ("--cases", f)]


def test_the_tool_cases_pass_on_the_real_calculators(tmp_path, gates):
    code, out = invoke(*cases_args(), "--gates", str(gates), "--json", str(tmp_path / "r" / "eval.json"),
                       "--junit", str(tmp_path / "r" / "eval-junit.xml"))
    assert code == 0, out
    assert "all gates met" in out
    data = json.loads((tmp_path / "r" / "eval.json").read_text())
    assert data["passed"] is True and data["metrics"]["tool"]["cases"] >= 150
    assert data["metrics"]["tool"]["pinned_output_match"] == 1.0
    # all.* gates do not hold on a run limited by --cases
    assert [g["gate"] for g in data["gates"]] == ["tool.pinned_output_match", "tool.cite_match"]
    root = ET.parse(tmp_path / "r" / "eval-junit.xml").getroot()
    assert root.get("failures") == "0"


def test_a_broken_rule_table_fails_with_a_readable_failure_list(monkeypatch, gates):
    from calculators import tsa_cme

    # A deliberately wrong rule: the TSA annual meeting worth 50 instead of 60 (5.1).
    monkeypatch.setitem(tsa_cme.FIXED_CREDITS, "tsa_annual_meeting", 50)
    code, out = invoke(*cases_args(), "--gates", str(gates))
    assert code == 1
    assert "gates missed: tool.pinned_output_match" in out
    lines = [line for line in out.splitlines() if "tool-tsa-001" in line and "pinned_output" in line]
    assert lines, out
    assert '"total": 60' in lines[0] and '"total": 50' in lines[0]  # expected and actual side by side


def test_a_wrapped_registry_function_that_drifts_fails_the_gate(monkeypatch, gates):
    import calculators.registry as registry

    real = registry.run_tool

    def off_by_five(name, args):
        result = real(name, args)
        if name == "hpa_followup_deduction":
            result = dict(result) if isinstance(result, dict) else result.model_dump(mode="json")
            result["deduction_pct"] += 5
        return result

    monkeypatch.setattr(registry, "run_tool", off_by_five)
    code, out = invoke(*cases_args(), "--gates", str(gates))
    assert code == 1
    assert "tool-hpa-501" in out and "deduction_pct" in out


def test_the_baseline_diff_names_the_regressed_cases(monkeypatch, tmp_path, gates):
    hpa = ["--cases", str(CASES_DIR / "tool_hpa.yaml"), "--gates", str(gates)]
    baseline = tmp_path / "baseline.json"
    code, out = invoke(*hpa, "--write-baseline")
    assert code == 2 and "full run" in out  # never a partial run over the committed baseline
    code, out = invoke(*hpa, "--baseline", str(baseline), "--write-baseline")
    assert code == 0 and baseline.exists()
    code, out = invoke(*hpa, "--baseline", str(baseline))
    assert code == 0 and "no case changed" in out and "no metric changed" in out

    import calculators.registry as registry

    real = registry.run_tool
    monkeypatch.setattr(registry, "run_tool", lambda n, a: {**real(n, a).model_dump(mode="json"), "over_monthly_cap": False}
                        if n == "hpa_radiographer_volume" else real(n, a))
    code, out = invoke(*hpa, "--baseline", str(baseline))
    assert code == 1
    assert "regressed (passed before)" in out and "tool-hpa-402" in out
    metric_rows = [line for line in out.splitlines() if "pass_rate" in line and "worse" in line]
    assert metric_rows, out


def test_a_malformed_case_file_exits_2_naming_file_case_and_field(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("cases:\n  - {id: x1, category: tool, tool: hpa_qc_grade, args: {}, expect: {reslt: {}}}\n",
                   encoding="utf-8")
    code, out = invoke("--cases", str(bad))
    assert code == 2
    assert "bad.yaml" in out and "case x1" in out and "expect.reslt" in out


def test_an_unknown_category_exits_2():
    code, out = invoke("--category", "vibes")
    assert code == 2 and "unknown category" in out


def test_a_regression_fails_the_run_unless_listed_with_a_reason(monkeypatch, tmp_path):
    """Issue 9: a case that passed in the baseline and fails now fails `regbot eval`, even when every
    gate holds, unless evals/regressions.yaml gives the reason."""
    from evals import report

    gates = tmp_path / "gates.yaml"
    gates.write_text("gates:\n  tool.cases: {aggregate: 1}\n", encoding="utf-8")  # no gate catches it
    hpa = ["--cases", str(CASES_DIR / "tool_hpa.yaml"), "--gates", str(gates)]
    baseline = tmp_path / "baseline.json"
    assert invoke(*hpa, "--baseline", str(baseline), "--write-baseline")[0] == 0

    import calculators.registry as registry

    real = registry.run_tool
    monkeypatch.setattr(registry, "run_tool", lambda n, a: {**real(n, a).model_dump(mode="json"), "over_monthly_cap": False}
                        if n == "hpa_radiographer_volume" else real(n, a))
    listed = tmp_path / "regressions.yaml"
    monkeypatch.setattr(report, "REGRESSIONS_FILE", listed)
    code, out = invoke(*hpa, "--baseline", str(baseline))
    assert code == 1 and "not listed in regressions.yaml" in out and "tool-hpa-402" in out
    from evals.runner import run_cases
    from evals.schema import load_cases

    now = run_cases(load_cases([CASES_DIR / "tool_hpa.yaml"]), progress=False)
    newly = report.diff_baseline(report.load_baseline(baseline), now)["newly_failing"]
    assert newly
    listed.write_text("regressions:\n" + "".join(f"  {c}: the cap was read wrongly before\n" for c in newly),
                      encoding="utf-8")
    code, out = invoke(*hpa, "--baseline", str(baseline))
    assert code == 0, out
