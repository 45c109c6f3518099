"""The case loader: valid files load; every malformed case names its file, case id and field."""

from __future__ import annotations

import textwrap

import pytest

from evals.schema import CASES_DIR, Case, EvalCaseError, load_cases, load_file


def write(tmp_path, text, name="cases.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


GOOD = """
cases:
  - id: ask-1
    category: calculator
    lang: en
    question: I went to one TSA annual meeting this year. How many credits?
    today: 2026-11-25
    expect:
      route: calculator
      tool: {name: tsa_credit_tally, args: {offshore_island: false}, args_any: {activities: [[]]}, optional: [year]}
      result: {total: 60, by_year.2026: 60}
      tolerance: 0.01
      gold_ids: [tsa-cme/5.1]
      cite_any: [tsa-cme/5.1]
      must_include: ["60"]
      must_not_include: ["120"]
      lang: en
  - id: tool-1
    category: tool
    tool: renewal_window
    args: {doc: tsa-cme, expiry_date: 2027-06-30}
    expect:
      result: {opens: "2026-12-30"}
  - id: tool-2
    category: tool
    tool: hpa_followup_deduction
    args: {completion_rate_pct: 101}
    expect:
      error: {field: completion_rate_pct}
  - id: clar-1
    category: clarify
    question: 我今年積分夠嗎？
    followup: 年會 1 次
    expect: {first_route: clarify, route: calculator, missing_any: [activities]}
"""


def test_a_good_file_loads_with_its_source(tmp_path):
    path = write(tmp_path, GOOD)
    cases = load_cases([path])
    assert [c.id for c in cases] == ["ask-1", "tool-1", "tool-2", "clar-1"]
    assert all(c.source == str(path) for c in cases)
    ask, tool, err, clar = cases
    assert ask.expect.tool.args_any == {"activities": [[]]}
    assert ask.effective_today.isoformat() == "2026-11-25"
    # Dates in args stay strings, as a tool receives them in JSON.
    assert tool.args == {"doc": "tsa-cme", "expiry_date": "2027-06-30"}
    assert tool.is_tool_case and not ask.is_tool_case
    assert err.expect.error.field == "completion_rate_pct"
    assert clar.effective_today.isoformat() == "2026-11-25"  # the default


@pytest.mark.parametrize(
    ("case_yaml", "field", "problem"),
    [
        ("{id: c1, category: tool, tool: t, args: {}, expect: {result: {a: 1}, tolerence: 0.1}}", "expect.tolerence", "unknown key"),
        ("{id: c1, category: tool, tool: t, args: {}, colour: red}", "colour", "unknown key"),
        ("{id: c1, category: calculatr, question: q}", "category", "calculator"),
        ("{id: c1, category: routing, lang: fr, question: q}", "lang", "zh-TW"),
        ("{id: c1, category: routing, question: q, expect: {route: maybe}}", "expect.route", "out_of_scope"),
        ("{id: c1, category: routing}", "question", "either"),
        ("{id: c1, category: tool, tool: t, question: q}", "question", "either"),
        ("{id: c1, category: tool, tool: t, followup: more}", "followup", "needs a `question`"),
        ("{id: c1, category: routing, question: q, expect: {first_route: clarify}}", "expect.first_route", "followup"),
        ("{id: c1, category: tool, tool: t, expect: {route: calculator}}", "expect.route", "no route"),
        ("{id: c1, category: routing, question: q, expect: {error: {field: x}}}", "expect.error", "direct tool"),
        ("{id: c1, category: tool, tool: t, expect: {error: {field: x}, result: {a: 1}}}", "expect.error", "not both"),
        ("{id: c1, category: calculator, question: q, expect: {tool: {args: {a: 1}}}}", "expect.tool.name", "required"),
        ("{id: c1, category: tool, tool: t, expect: {error: {feild: x}}}", "expect.error.feild", "unknown key"),
        ("{id: c1, category: routing, question: q, today: 2026-13-01}", "today", "date"),
        ("{id: c1, category: retrieval, question: q, expect: {gold_ids: tsa-cme/5.1}}", "expect.gold_ids", "list"),
        ("{id: c1, category: calculator, question: q, expect: {followup_args: {a: 1}}}", "expect.followup_args",
         "followup_result"),
    ],
)
def test_a_bad_case_names_file_case_and_field(tmp_path, case_yaml, field, problem):
    path = write(tmp_path, f"cases:\n  - {case_yaml}\n")
    with pytest.raises(EvalCaseError) as info:
        load_cases([path])
    err = info.value
    assert (err.file, err.case_id, err.field) == (str(path), "c1", field)
    assert str(path) in str(err) and "case c1" in str(err) and f"field {field}" in str(err)
    assert problem in str(err)


def test_a_case_without_an_id_is_named_by_its_position(tmp_path):
    path = write(tmp_path, "cases:\n  - {id: a, category: routing, question: q}\n  - {category: routing, question: q}\n")
    with pytest.raises(EvalCaseError) as info:
        load_file(path)
    assert info.value.case_id == "#2" and info.value.field == "id"


def test_duplicate_ids_across_files_name_both_files(tmp_path):
    a = write(tmp_path, "cases:\n  - {id: same, category: routing, question: q}\n", "a.yaml")
    b = write(tmp_path, "cases:\n  - {id: same, category: routing, question: other}\n", "b.yaml")
    with pytest.raises(EvalCaseError) as info:
        load_cases([tmp_path])
    assert info.value.file == str(b) and info.value.case_id == "same" and info.value.field == "id"
    assert str(a) in str(info.value)


@pytest.mark.parametrize(
    ("text", "field", "problem"),
    [
        ("cases: [\n  - {id: x\n", None, "not valid YAML"),
        ("- {id: x, category: routing, question: q}\n", "cases", "valid dictionary"),
        ("cases: {id: x}\n", "cases", "valid list"),
        ("cases: []\nextra: 1\n", "extra", "unknown key"),
        ("cases:\n  - just a string\n", "cases.0", "dictionary"),
    ],
)
def test_a_malformed_file_names_the_file(tmp_path, text, field, problem):
    path = write(tmp_path, text)
    with pytest.raises(EvalCaseError) as info:
        load_cases([path])
    assert info.value.file == str(path) and info.value.field == field
    assert problem in str(info.value)


def test_a_missing_file_is_a_case_error(tmp_path):
    with pytest.raises(EvalCaseError, match="cannot read"):
        load_cases([tmp_path / "nope.yaml"])


def test_the_committed_case_files_load():
    cases = load_cases()
    assert {c.source for c in cases} >= {str(CASES_DIR / f"tool_{n}.yaml") for n in ("tsa", "tsir", "shared")}
    tool_cases = [c for c in cases if c.is_tool_case]
    assert len(tool_cases) >= 150
    assert all(isinstance(c, Case) for c in cases)
