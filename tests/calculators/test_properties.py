"""Properties that must hold for any input (hypothesis)."""

from __future__ import annotations

from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from calculators.tsa_cme import CAPS, PAPER_CREDITS
from tests.calculators.conftest import run

GRADES = "ABCD"
TIERS = ("none", "recommended", "required", "stop", "stop_and_suspend")

years = st.one_of(st.none(), st.integers(2019, 2024))


@st.composite
def tsa_activity(draw) -> dict:
    kind = draw(st.sampled_from([
        "tsa_annual_meeting", "tsa_monthly_meeting", "tsa_monthly_speaker", "specialty_annual_meeting",
        "international_meeting", "domestic_seminar", "presentation", "paper_sci", "paper_non_sci", "training_abroad",
        "training_domestic", "other_surgical_society_meeting", "atls", "hours",
    ]))
    act: dict = {"kind": kind, "count": draw(st.integers(1, 6)), "year": draw(years)}
    if kind == "specialty_annual_meeting":
        act["days"] = draw(st.integers(1, 4))
    if kind in ("domestic_seminar", "hours"):
        act["hours"] = draw(st.sampled_from([0.5, 1, 2, 2.5, 3, 8]))
    if kind in ("training_abroad", "training_domestic"):
        act["months"] = draw(st.sampled_from([0.25, 0.5, 1, 1.5, 3, 12]))
    if kind == "presentation":
        act["role"] = draw(st.sampled_from(["first", "presenter", "corresponding", "second", "other"]))
    if kind in PAPER_CREDITS:
        act["role"] = draw(st.sampled_from(["first", "corresponding", "second", "other"]))
    if kind in ("presentation", "paper_sci", "paper_non_sci"):
        act["case_report"] = draw(st.booleans())
    return act


activity_lists = st.lists(tsa_activity(), min_size=1, max_size=8)


@settings(max_examples=150, deadline=None)
@given(activity_lists, tsa_activity(), st.booleans())
def test_adding_an_activity_never_lowers_a_total(activities, extra, offshore):
    before = run("tsa_credit_tally", activities=activities, offshore_island=offshore)
    after = run("tsa_credit_tally", activities=[*activities, extra], offshore_island=offshore)
    assert after["total"] >= before["total"]
    for year, credits in before["by_year"].items():
        assert after["by_year"][year] >= credits


@settings(max_examples=150, deadline=None)
@given(activity_lists, st.booleans())
def test_totals_never_exceed_the_caps(activities, offshore):
    result = run("tsa_credit_tally", activities=activities, offshore_island=offshore)
    per_cap: dict[tuple[str, object], float] = defaultdict(float)
    for row in result["breakdown"]:
        assert 0 <= row["counted"] <= row["raw"]
        for cap in CAPS:
            if row["kind"] in cap.kinds:
                per_cap[(cap.name, row["year"])] += row["counted"]
    for (name, _), counted in per_cap.items():
        assert counted <= next(c.limit for c in CAPS if c.name == name)
    assert abs(sum(result["by_year"].values()) - result["total"]) < 1e-9
    assert len(result["breakdown"]) == len(activities)


scores = st.floats(0, 500, allow_nan=False)


@settings(max_examples=200, deadline=None)
@given(scores, scores, st.sampled_from(["radiographer", "facility"]))
def test_a_higher_image_score_never_gives_a_worse_grade(a, b, subject):
    low, high = sorted((a, b))
    g_low = run("hpa_image_grade", subject=subject, kind="sampled", scores=[low])["grade"]
    g_high = run("hpa_image_grade", subject=subject, kind="sampled", scores=[high])["grade"]
    assert GRADES.index(g_high) <= GRADES.index(g_low)


@settings(max_examples=200, deadline=None)
@given(st.floats(0, 100), st.floats(0, 100))
def test_a_higher_qc_score_never_gives_a_worse_grade(a, b):
    low, high = sorted((a, b))
    g_low = run("hpa_qc_grade", scores={"compression": low})["worst"]
    g_high = run("hpa_qc_grade", scores={"compression": high})["worst"]
    assert GRADES.index(g_high) <= GRADES.index(g_low)


@settings(max_examples=200, deadline=None)
@given(st.floats(0, 100), st.floats(0, 100), st.floats(0, 1e8))
def test_a_higher_completion_rate_never_gives_a_larger_deduction(a, b, subsidy):
    low, high = sorted((a, b))
    r_low = run("hpa_followup_deduction", completion_rate_pct=low, annual_subsidy=subsidy)
    r_high = run("hpa_followup_deduction", completion_rate_pct=high, annual_subsidy=subsidy)
    assert r_high["deduction_pct"] <= r_low["deduction_pct"]
    assert r_high["deduction_amount"] <= r_low["deduction_amount"]


@settings(max_examples=200, deadline=None)
@given(st.floats(0, 100), st.floats(0, 100), st.floats(0, 100), st.booleans())
def test_a_higher_discrepancy_never_gives_a_milder_tier(a, b, neg, previous):
    low, high = sorted((a, b))
    t_low = run("hpa_reread_action", positive_discrepancy_pct=low, negative_discrepancy_pct=neg,
                previously_required=previous)["tier"]
    t_high = run("hpa_reread_action", positive_discrepancy_pct=high, negative_discrepancy_pct=neg,
                 previously_required=previous)["tier"]
    assert TIERS.index(t_high) >= TIERS.index(t_low)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(0, 366), min_size=1, max_size=5), st.integers(0, 50000))
def test_facility_excess_is_what_lies_beyond_the_allowed_volume(days, screenings):
    result = run("hpa_facility_volume", radiographer_work_days=days, annual_screenings=screenings)
    assert result["excess_cases"] == max(0, screenings - result["allowed_volume"])
    assert result["allowed_volume"] <= result["reasonable_volume"] * 1.1 + 0.01
