"""`regbot calc` through typer's CliRunner: listing, running, stdin, exit codes."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from bot.cli import app
from calculators.registry import TOOLS

runner = CliRunner()


def calc(*args: str, stdin: str | None = None):
    return runner.invoke(app, ["calc", *args], input=stdin)


def test_list_shows_every_tool_with_its_description_and_arguments():
    result = calc("--list")
    assert result.exit_code == 0
    for spec in TOOLS:
        assert spec.name in result.stdout and spec.description in result.stdout
    assert "yearly_credits (required)" in result.stdout


def test_list_json_gives_names_descriptions_and_schemas():
    result = calc("--list", "--json")
    assert result.exit_code == 0
    listing = json.loads(result.stdout)
    assert [t["name"] for t in listing] == [s.name for s in TOOLS]
    for entry, spec in zip(listing, TOOLS, strict=True):
        assert entry["description"] == spec.description and entry["doc"] == spec.doc
        assert entry["schema"] == spec.input_model.model_json_schema()


def test_run_prints_the_result_json():
    result = calc("tsa_credit_tally", "--json", '{"activities": [{"kind": "international_meeting", "count": 2, "year": 2023}]}')
    assert result.exit_code == 0
    out = json.loads(result.stdout)
    assert out["total"] == 30 and out["by_year"] == {"2023": 30}
    assert "國際性或國外醫學會" in result.stdout  # not \\u-escaped


def test_run_reads_stdin():
    result = calc("hpa_followup_deadline", "--json", "-", stdin='{"category": 0, "screening_date": "2023-12-31"}')
    assert result.exit_code == 0
    assert json.loads(result.stdout)["deadline"] == "2024-02-29"


def test_bad_input_names_each_field_and_exits_2():
    result = calc("hpa_followup_deduction", "--json", '{"suspected_positive_cases": 10, "completed_cases": 11}')
    assert result.exit_code == 2
    assert result.stderr.strip() == "completed_cases: cannot exceed suspected_positive_cases (10), got 11"
    assert result.stdout == ""
    result = calc("hpa_facility_volume", "--json", '{"radiographer_work_days": [400], "annual_screenings": -1}')
    assert result.exit_code == 2
    assert [line.split(":")[0] for line in result.stderr.strip().splitlines()] == [
        "radiographer_work_days.0", "annual_screenings"]


def test_unknown_tool_lists_valid_names_and_exits_2():
    result = calc("tsa_credits", "--json", "{}")
    assert result.exit_code == 2
    assert all(spec.name in result.stderr for spec in TOOLS)


def test_invalid_json_exits_2():
    result = calc("hpa_qc_grade", "--json", "{scores: 1}")
    assert result.exit_code == 2 and "not valid JSON" in result.stderr
    result = calc("hpa_qc_grade", "--json", "[1, 2]")
    assert result.exit_code == 2 and "JSON object" in result.stderr


def test_tool_without_arguments_shows_its_help():
    result = calc("hpa_reread_action")
    assert result.exit_code == 0
    assert "positive_discrepancy_pct" in result.stdout and "--json" in result.stdout


def test_json_switch_without_arguments_exits_2():
    result = calc("hpa_reread_action", "--json")
    assert result.exit_code == 2 and "--json" in result.stderr
