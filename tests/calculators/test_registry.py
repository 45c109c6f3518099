"""The tool registry: names, descriptions, result shape, citations in the corpus, quotes, langchain tools."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from calculators import hpa_mammo
from calculators.errors import CalculatorInputError
from calculators.registry import TOOLS, get_tool, langchain_tools, parse_args, run_tool
from knowledge.corpus import CORPUS_DIR

CALCULATORS_DIR = Path(inspect.getfile(hpa_mammo)).parent
SOURCES_DIR = CORPUS_DIR.parent / "sources"

NAMES = [
    "tsa_credit_tally", "tsa_renewal_check", "tsir_instructor_eligibility", "tsir_renewal_check", "renewal_window",
    "hpa_image_grade", "hpa_qc_grade", "hpa_reread_action", "hpa_facility_volume", "hpa_radiographer_volume",
    "hpa_followup_deduction", "hpa_followup_deadline",
]
# One ordinary call per tool, with the contract fields of SPEC §4 it must return.
SAMPLES = {
    "tsa_credit_tally": ({"activities": [{"kind": "international_meeting", "count": 2, "year": 2023}]},
                         {"total", "by_year", "breakdown", "caps_applied"}),
    "tsa_renewal_check": ({"yearly_credits": [100] * 6}, {"eligible", "required", "total", "shortfall", "zero_years"}),
    "tsir_instructor_eligibility": ({"domain": "ablation", "cases_last_6_years": 200, "years_as_specialist": 9},
                                    {"eligible", "required_cases", "shortfall", "path"}),
    "tsir_renewal_check": ({"cme_points": 120, "birth_date": "1960-01-01", "application_date": "2024-01-01"},
                           {"points", "required", "shortfall", "eligible", "lifetime_eligible"}),
    "renewal_window": ({"doc": "tsa-cme", "expiry_date": "2026-08-31"},
                       {"expiry_date", "opens", "closes", "late_until"}),
    "hpa_image_grade": ({"subject": "radiographer", "kind": "self_selected", "scores": [350, 361]},
                        {"score_used", "grade", "measures"}),
    "hpa_qc_grade": ({"scores": {"phantom_image": 80}, "human_factor": True}, {"grades", "worst", "measures"}),
    "hpa_reread_action": ({"positive_discrepancy_pct": 55, "negative_discrepancy_pct": 10},
                          {"tier", "measures", "rule"}),
    "hpa_facility_volume": ({"radiographer_work_days": [365, 200], "annual_screenings": 12000},
                            {"reasonable_volume", "allowed_volume", "excess_cases", "over_reasonable_pct"}),
    "hpa_radiographer_volume": ({"monthly_screenings": 520, "daily_screenings_on_van": 100, "radiographers_on_van": 2},
                                {"monthly_cap", "over_monthly_cap", "van_daily_cap", "van_max_radiographers",
                                 "van_spot_review"}),
    "hpa_followup_deduction": ({"completion_rate_pct": 68.5, "annual_subsidy": 2_000_000},
                               {"completion_rate_pct", "deduction_pct", "deduction_amount"}),
    "hpa_followup_deadline": ({"category": 3, "screening_date": "2024-01-31"}, {"action", "months", "deadline"}),
}


def test_the_twelve_tools_in_one_list():
    assert [t.name for t in TOOLS] == NAMES
    assert {t.doc for t in TOOLS} == {"tsa-cme", "tsir-instructor", "hpa-mammo", "shared"}


@pytest.mark.parametrize("spec", TOOLS, ids=lambda s: s.name)
def test_description_is_the_functions_one_line_docstring(spec):
    assert spec.func.__name__ == spec.name
    assert spec.description == inspect.getdoc(spec.func).splitlines()[0]
    assert 20 < len(spec.description) <= 120
    for name, field in spec.input_model.model_fields.items():
        assert field.description, f"{spec.name}.{name} has no description (the model reads it)"


@pytest.mark.parametrize("name", NAMES)
def test_result_has_contract_and_common_fields(name):
    args, contract = SAMPLES[name]
    model = run_tool(name, args)
    spec = get_tool(name)
    assert type(model) is spec.output_model  # the validated result model, not JSON
    result = model.model_dump(mode="json")
    assert contract <= set(result)
    assert {"citations", "assumptions", "assumptions_en", "breakdown"} <= set(result)
    assert result["citations"], "every result cites at least one rule"
    assert len(result["assumptions"]) == len(result["assumptions_en"])
    assert result["breakdown"] and all(step["text"] and step["text_en"] for step in result["breakdown"])
    assert spec.output_model.model_validate(result).model_dump(mode="json") == result  # JSON round trip


def test_unknown_tool_lists_the_valid_names():
    with pytest.raises(CalculatorInputError) as info:
        get_tool("tsa_credits")
    assert info.value.field == "name"
    assert all(name in str(info.value) for name in NAMES)


def test_args_must_be_an_object():
    with pytest.raises(CalculatorInputError) as info:
        run_tool("tsa_renewal_check", [100] * 6)  # type: ignore[arg-type]
    assert "JSON object" in str(info.value)


def test_one_line_per_problem():
    with pytest.raises(CalculatorInputError) as info:
        run_tool("hpa_facility_volume", {"radiographer_work_days": [400, -1], "annual_screenings": -3, "x": 1})
    lines = str(info.value).splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "radiographer_work_days.0", "radiographer_work_days.1", "annual_screenings", "x"]
    assert lines[0] == "radiographer_work_days.0: should be less than or equal to 366, got 400"
    assert "fields: radiographer_work_days, annual_screenings" in lines[3]
    assert info.value.field == "radiographer_work_days.0"


def test_nan_is_rejected():
    with pytest.raises(CalculatorInputError) as info:
        run_tool("hpa_followup_deduction", {"completion_rate_pct": float("nan")})
    assert info.value.field == "completion_rate_pct"


def test_parse_args_returns_the_input_model():
    parsed = parse_args("hpa_followup_deadline", {"category": "3"})
    assert isinstance(parsed, BaseModel) and parsed.category == 3


# --------------------------------------------------------------------------- citations and quotes

CITATION_RE = re.compile(r"""["']((?:tsa-cme|tsir-instructor|hpa-mammo)/[0-9][0-9a-z.]*)["']""")


def emitted_citation_ids() -> set[str]:
    """Every citation id written in the calculators' code (every id a tool can emit comes from these literals)."""
    ids: set[str] = set()
    for path in CALCULATORS_DIR.glob("*.py"):
        ids |= set(CITATION_RE.findall(path.read_text(encoding="utf-8")))
    return ids


def test_emitted_ids_cover_what_the_tools_emit():
    ids = emitted_citation_ids()
    for name, (args, _) in SAMPLES.items():
        assert set(run_tool(name, args).citations) <= ids
    assert {"tsa-cme/5.4.n2", "hpa-mammo/2.1.2.2.1.n1", "hpa-mammo/2.3.1.n1", "tsa-cme/11.n1",
            "tsir-instructor/6", "hpa-mammo/2.5.4"} <= ids


def test_every_citation_id_exists_in_the_corpus():
    if not list(CORPUS_DIR.glob("*.yaml")):
        pytest.skip("knowledge/corpus/*.yaml not written yet")
    from knowledge.corpus import load_corpus

    corpus = load_corpus()
    missing = sorted(i for i in emitted_citation_ids() if i not in corpus)
    assert missing == []


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("**", ""))


MEASURE_QUOTES = [
    *[(f"hpa-mammo/2.1.2.2.2 {g}", zh) for g, (zh, _) in hpa_mammo.RADIOGRAPHER_MEASURE_TEXT.items()],
    ("hpa-mammo/2.3.2", hpa_mammo.FACILITY_MEASURE_TEXT[0]),
    *[(f"hpa-mammo/2.2.1.2 {k}", zh) for k, (zh, _) in hpa_mammo.QC_MEASURE_TEXT.items()],
    *[(t.rule, t.text) for t in hpa_mammo.REREAD_TIERS.values()],
]


@pytest.mark.parametrize(("where", "quote"), MEASURE_QUOTES, ids=[w for w, _ in MEASURE_QUOTES])
def test_measures_quote_the_regulation_verbatim(where, quote):
    source = _squash((SOURCES_DIR / "hpa-mammo.txt").read_text(encoding="utf-8"))
    assert _squash(quote) in source


@pytest.mark.parametrize(("where", "quote"), MEASURE_QUOTES, ids=[w for w, _ in MEASURE_QUOTES])
def test_measures_are_in_the_clause_they_cite(where, quote):
    if not list(CORPUS_DIR.glob("*.yaml")):
        pytest.skip("knowledge/corpus/*.yaml not written yet")
    from knowledge.corpus import load_corpus

    corpus = load_corpus()
    clause_id = where.split()[0]
    assert clause_id in corpus
    assert _squash(quote) in _squash(corpus.full_text(clause_id))


# --------------------------------------------------------------------------- langchain


def test_langchain_tools_come_from_the_registry():
    tools = langchain_tools()
    assert [t.name for t in tools] == NAMES
    for tool, spec in zip(tools, TOOLS, strict=True):
        assert tool.description == spec.description
        assert tool.args_schema is spec.input_model
        assert set(tool.args) == set(spec.input_model.model_json_schema()["properties"])


def test_langchain_tool_runs_the_calculator():
    tools = {t.name: t for t in langchain_tools()}
    args = {"activities": [{"kind": "paper_sci", "role": "first", "count": 2, "year": 2023}]}
    assert tools["tsa_credit_tally"].invoke(args) == run_tool("tsa_credit_tally", args).model_dump(mode="json")
    args = {"subject": "facility", "kind": "self_selected", "scores": {"non_dense": [350, 365], "dense": [361]}}
    assert tools["hpa_image_grade"].invoke(args) == run_tool("hpa_image_grade", args).model_dump(mode="json")


def test_langchain_tool_reports_bad_input_to_the_model():
    tool = {t.name: t for t in langchain_tools()}["hpa_followup_deduction"]
    message = tool.invoke({"suspected_positive_cases": 10, "completed_cases": 11})
    assert isinstance(message, str) and "completed_cases" in message
    message = tool.invoke({"completion_rate_pct": 120})
    assert isinstance(message, str) and "completion_rate_pct" in message


def test_registry_import_is_light():
    code = ("import sys, calculators.registry; "
            "heavy = [m for m in ('langchain_core', 'langchain', 'chromadb', 'torch', 'sentence_transformers') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
