"""The six hpa-mammo tools (SPEC §4.4): every band edge, tier and deduction band."""

from __future__ import annotations

import pytest

from calculators.common import MONTH_ARITHMETIC
from calculators.hpa_mammo import (
    FACILITY_MEASURE_TEXT,
    HALF_OPEN_IMAGE_BANDS,
    HALF_OPEN_QC_BANDS,
    ONE_RADIOGRAPHER,
    QC_MEASURE_TEXT,
    RADIOGRAPHER_MEASURE_TEXT,
    REREAD_TIERS,
    SHARED_BOUNDARY,
    EXACT_RATE,
    SPOT_REVIEW_550,
    VAN_SHARED,
    WHOLE_CASES,
)
from tests.calculators.conftest import bad, run

# --------------------------------------------------------------------------- hpa_image_grade

IMAGE_EDGES = [
    (400, "A"), (360, "A"), (359.99, "B"), (359.5, "B"), (359, "B"), (340, "B"), (339.99, "C"), (320, "C"),
    (319.99, "D"), (319, "D"), (0, "D"),
]


@pytest.mark.parametrize(("score", "grade"), IMAGE_EDGES)
def test_radiographer_self_selected_bands(score, grade):
    result = run("hpa_image_grade", subject="radiographer", kind="self_selected", scores=[score, 400])
    assert (result["score_used"], result["grade"]) == (score, grade)
    assert result["measures"] == [RADIOGRAPHER_MEASURE_TEXT[grade][0]]
    assert result["citations"] == ["hpa-mammo/2.1.2.2.1.n1", "hpa-mammo/2.1.2.2.1", "hpa-mammo/2.1.2.2.2"]
    in_gap = score in (359.99, 359.5, 339.99, 319.99)
    assert (HALF_OPEN_IMAGE_BANDS.zh in result["assumptions"]) is in_gap


@pytest.mark.parametrize(("score", "grade"), IMAGE_EDGES)
def test_facility_sampled_bands(score, grade):
    result = run("hpa_image_grade", subject="facility", kind="sampled", scores=[score])
    assert result["grade"] == grade
    assert result["measures"] == ([] if grade == "A" else [FACILITY_MEASURE_TEXT[0]])
    assert "hpa-mammo/2.3.1.n2" in result["citations"] and "hpa-mammo/2.3.2" in result["citations"]


def test_radiographer_grade_comes_from_the_lower_set():
    for scores in ([365, 355], [355, 365], {"non_dense": 365, "dense": 355}, {"non_dense": [365], "dense": [355]}):
        result = run("hpa_image_grade", subject="radiographer", kind="self_selected", scores=scores)
        assert (result["score_used"], result["grade"]) == (355, "B")


def test_a_radiographers_two_sets_have_one_canonical_form():
    """[non_dense, dense] and {non_dense, dense} are the same input (so an eval or a log compares them equal)."""
    from calculators.hpa_mammo import ImageGradeInput

    forms = ([372, 351], {"non_dense": 372, "dense": 351}, {"non_dense": [372], "dense": [351]})
    dumped = [ImageGradeInput.model_validate({"subject": "radiographer", "kind": "self_selected", "scores": f}).model_dump()
              for f in forms]
    assert dumped[0] == dumped[1] == dumped[2]
    assert dumped[0]["scores"] == {"non_dense": [372.0], "dense": [351.0]}
    sampled = ImageGradeInput.model_validate({"subject": "radiographer", "kind": "sampled", "scores": [372, 351]})
    assert sampled.scores == [372, 351]  # a sampled list stays a list: those are not sets


def test_sampled_average_of_359_5_is_b():
    result = run("hpa_image_grade", subject="radiographer", kind="sampled", scores=[359, 360])
    assert (result["score_used"], result["grade"]) == (359.5, "B")
    assert result["assumptions"] == [HALF_OPEN_IMAGE_BANDS.zh]
    assert "hpa-mammo/2.1.2.2.1.n2" in result["citations"]


def test_facility_self_selected_best_of_each_type_then_the_lower():
    result = run("hpa_image_grade", subject="facility", kind="self_selected",
                 scores={"non_dense": [350, 365, 340], "dense": [361, 300]})
    assert (result["score_used"], result["grade"], result["measures"]) == (361, "A", [])
    assert result["citations"][0] == "hpa-mammo/2.3.1.n1"
    low = run("hpa_image_grade", subject="facility", kind="self_selected",
              scores={"non_dense": [350, 365], "dense": [339]})
    assert (low["score_used"], low["grade"], low["measures"]) == (339, "C", [FACILITY_MEASURE_TEXT[0]])


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ({"subject": "radiographer", "kind": "self_selected", "scores": [360]}, "exactly 2"),
        ({"subject": "radiographer", "kind": "self_selected", "scores": [360, 350, 340]}, "exactly 2"),
        ({"subject": "radiographer", "kind": "self_selected", "scores": {"non_dense": [1, 2], "dense": [3]}}, "one non_dense"),
        ({"subject": "facility", "kind": "self_selected", "scores": [360, 350]}, "non_dense"),
        ({"subject": "facility", "kind": "sampled", "scores": {"non_dense": [1], "dense": [2]}}, "list"),
        ({"subject": "facility", "kind": "sampled", "scores": []}, "at least one"),
        ({"subject": "facility", "kind": "sampled", "scores": 360}, "list of scores"),
        ({"subject": "facility", "kind": "sampled", "scores": [360, -1]}, "greater than or equal to 0"),
    ],
)
def test_image_grade_validation(args, words):
    err = bad("hpa_image_grade", **args)
    assert err.field.startswith("scores") and words in str(err)


def test_image_grade_unknown_subject():
    assert bad("hpa_image_grade", subject="van", kind="sampled", scores=[1]).field == "subject"


# --------------------------------------------------------------------------- hpa_qc_grade

QC_EDGES = [(100, "A"), (85, "A"), (84.99, "B"), (84, "B"), (77, "B"), (76.99, "C"), (70, "C"), (69.99, "D"), (0, "D")]


@pytest.mark.parametrize(("score", "grade"), QC_EDGES)
def test_qc_bands(score, grade):
    result = run("hpa_qc_grade", scores={"phantom_image": score})
    assert result["grades"] == {"phantom_image": grade} and result["worst"] == grade
    assert result["citations"][0] == "hpa-mammo/2.2.1.1"
    assert (HALF_OPEN_QC_BANDS.zh in result["assumptions"]) is (score in (84.99, 76.99, 69.99))


def test_all_a_means_regular_review():
    items = ["dose_hvl_output_aec", "phantom_image", "compression", "exposure_index_cr", "field_alignment",
             "reading_system"]
    result = run("hpa_qc_grade", scores={i: 90 for i in items})
    assert result["worst"] == "A" and result["measures"] == [QC_MEASURE_TEXT["A"][0]]
    assert result["unit_suspended"] is False


@pytest.mark.parametrize(
    ("scores", "human", "measures", "suspended", "needed"),
    [
        ({"compression": 80}, True, ["BC"], False, False),
        ({"compression": 80}, False, [], False, False),
        ({"compression": 72}, None, ["BC"], False, True),
        ({"compression": 60}, None, ["D"], True, False),
        ({"compression": 60}, False, ["D"], True, False),
        ({"compression": 60, "phantom_image": 80}, True, ["BC", "D"], True, False),
        ({"compression": 60, "phantom_image": 90}, True, ["D"], True, False),
    ],
)
def test_qc_measures(scores, human, measures, suspended, needed):
    args = {"scores": scores} if human is None else {"scores": scores, "human_factor": human}
    result = run("hpa_qc_grade", **args)
    assert result["measures"] == [QC_MEASURE_TEXT[m][0] for m in measures]
    assert (result["unit_suspended"], result["human_factor_needed"]) == (suspended, needed)
    assert "hpa-mammo/2.2.1.2" in result["citations"]


@pytest.mark.parametrize(
    ("scores", "field"),
    [({"phantom_image": 100.01}, "scores.phantom_image"), ({"phantom_image": -1}, "scores.phantom_image"),
     ({"bogus": 90}, "scores.bogus"), ({}, "scores")],
)
def test_qc_validation(scores, field):
    assert bad("hpa_qc_grade", scores=scores).field == field


# --------------------------------------------------------------------------- hpa_reread_action

REREAD_EDGES = [
    # (positive, negative, previously_required, tier, boundary assumption shown)
    (39.99, None, False, "none", False),
    (40, None, False, "recommended", False),
    (50, None, False, "recommended", True),
    (50.01, None, False, "required", False),
    (60, None, False, "required", False),
    (60.01, None, False, "stop", False),
    (None, 6.99, False, "none", False),
    (None, 7, False, "recommended", False),
    (None, 15, False, "recommended", True),
    (None, 15.01, False, "required", False),
    (None, 20, False, "required", False),
    (None, 20.01, False, "stop", False),
    (39.99, None, True, "none", False),
    (40, None, True, "recommended", False),
    (50, None, True, "recommended", True),
    (50.01, None, True, "stop_and_suspend", False),
    (60, None, True, "stop_and_suspend", False),
    (60.01, None, True, "stop_and_suspend", False),
    (None, 7, True, "recommended", False),
    (None, 15, True, "recommended", True),
    (None, 15.01, True, "stop_and_suspend", False),
    (None, 20, True, "stop_and_suspend", False),
    (None, 20.01, True, "stop_and_suspend", False),
    # the stricter of the two wins
    (45, 21, False, "stop", False),
    (55, 3, False, "required", False),
    (10, 16, False, "required", False),
    (50, 25, False, "stop", False),  # 50 sits on the boundary, but the negative rate decides
    (50, 15, False, "recommended", True),
    (0, 0, False, "none", False),
    (100, 100, True, "stop_and_suspend", False),
]
RULES = {"none": None, "recommended": "hpa-mammo/2.1.1.2.1", "required": "hpa-mammo/2.1.1.2.2",
         "stop": "hpa-mammo/2.1.1.2.3", "stop_and_suspend": "hpa-mammo/2.1.1.2.4"}


@pytest.mark.parametrize(("pos", "neg", "previous", "tier", "assumed"), REREAD_EDGES)
def test_reread_tiers(pos, neg, previous, tier, assumed):
    args = {"previously_required": previous}
    if pos is not None:
        args["positive_discrepancy_pct"] = pos
    if neg is not None:
        args["negative_discrepancy_pct"] = neg
    result = run("hpa_reread_action", **args)
    assert (result["tier"], result["rule"]) == (tier, RULES[tier])
    assert result["measures"] == ([] if tier == "none" else [REREAD_TIERS[tier].text])
    assert (SHARED_BOUNDARY.zh in result["assumptions"]) is assumed
    if RULES[tier]:
        assert RULES[tier] in result["citations"]
    else:
        assert result["citations"]  # still cites the clause it checked against


def test_stop_and_suspend_only_with_previously_required():
    for pos in (50.01, 60, 99):
        assert run("hpa_reread_action", positive_discrepancy_pct=pos)["tier"] != "stop_and_suspend"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ({"positive_discrepancy_pct": 100.01}, "positive_discrepancy_pct"),
        ({"negative_discrepancy_pct": -0.5}, "negative_discrepancy_pct"),
        ({}, "positive_discrepancy_pct"),
        ({"positive_discrepancy_pct": "lots"}, "positive_discrepancy_pct"),
    ],
)
def test_reread_validation(args, field):
    assert bad("hpa_reread_action", **args).field == field


# --------------------------------------------------------------------------- hpa_facility_volume


@pytest.mark.parametrize(
    ("days", "screenings", "reasonable", "allowed", "excess"),
    [
        ([365], 6000, 6000, 6600, 0),
        ([365], 6600, 6000, 6600, 0),  # exactly 10% over: nothing withheld
        ([365], 6601, 6000, 6600, 1),
        ([365, 365], 14000, 12000, 13200, 800),
        ([200], 3616, 3287.67, 3616, 0),  # 200/365 × 6000 = 3287.671…; × 1.1 = 3616.438… → 3616
        ([200], 3617, 3287.67, 3616, 1),
        ([366], 0, 6016.44, 6618, 0),
        ([100.5, 264.5], 6000, 6000, 6600, 0),
        ([0], 10, 0, 0, 10),
    ],
)
def test_facility_volume(days, screenings, reasonable, allowed, excess):
    result = run("hpa_facility_volume", radiographer_work_days=days, annual_screenings=screenings)
    assert (result["reasonable_volume"], result["allowed_volume"], result["excess_cases"]) == (reasonable, allowed, excess)
    assert result["over_limit"] is (excess > 0)
    assert result["citations"] == ["hpa-mammo/2.1.2.3.2"]


def test_facility_over_reasonable_pct():
    assert run("hpa_facility_volume", radiographer_work_days=[365], annual_screenings=6600)["over_reasonable_pct"] == 10
    assert run("hpa_facility_volume", radiographer_work_days=[365], annual_screenings=5400)["over_reasonable_pct"] == -10
    assert run("hpa_facility_volume", radiographer_work_days=[0], annual_screenings=1)["over_reasonable_pct"] is None


def test_whole_cases_assumption_only_when_cases_are_withheld_from_a_fractional_limit():
    assert run("hpa_facility_volume", radiographer_work_days=[200], annual_screenings=3617)["assumptions"] == [WHOLE_CASES.zh]
    assert run("hpa_facility_volume", radiographer_work_days=[200], annual_screenings=3000)["assumptions"] == []
    assert run("hpa_facility_volume", radiographer_work_days=[365], annual_screenings=7000)["assumptions"] == []


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ({"radiographer_work_days": [367], "annual_screenings": 1}, "radiographer_work_days.0"),
        ({"radiographer_work_days": [100, -1], "annual_screenings": 1}, "radiographer_work_days.1"),
        ({"radiographer_work_days": [], "annual_screenings": 1}, "radiographer_work_days"),
        ({"radiographer_work_days": [100], "annual_screenings": -1}, "annual_screenings"),
        ({"radiographer_work_days": [100]}, "annual_screenings"),
    ],
)
def test_facility_volume_validation(args, field):
    assert bad("hpa_facility_volume", **args).field == field


# --------------------------------------------------------------------------- hpa_radiographer_volume


@pytest.mark.parametrize(
    ("monthly", "over", "spot", "assumed"),
    [(500, False, False, False), (501, True, False, False), (550, True, False, True), (551, True, True, False)],
)
def test_monthly_cap_and_spot_review(monthly, over, spot, assumed):
    result = run("hpa_radiographer_volume", monthly_screenings=monthly)
    assert (result["monthly_cap"], result["over_monthly_cap"], result["van_spot_review"]) == (500, over, spot)
    assert (SPOT_REVIEW_550.zh in result["assumptions"]) is assumed
    assert result["over_van_daily_cap"] is None and result["over_van_max_radiographers"] is None
    assert {"hpa-mammo/2.1.2.3.1", "hpa-mammo/2.4.2"} <= set(result["citations"])


@pytest.mark.parametrize(
    ("daily", "staff", "limit", "over", "over_staff", "assumption"),
    [
        (40, None, 40, False, None, ONE_RADIOGRAPHER),
        (41, None, 40, True, None, ONE_RADIOGRAPHER),
        (120, 3, 120, False, False, VAN_SHARED),
        (121, 3, 120, True, False, VAN_SHARED),
        (80, 2, 80, False, False, VAN_SHARED),
        (150, 4, 160, False, True, VAN_SHARED),
    ],
)
def test_van_limits(daily, staff, limit, over, over_staff, assumption):
    args = {"daily_screenings_on_van": daily} | ({"radiographers_on_van": staff} if staff else {})
    result = run("hpa_radiographer_volume", **args)
    assert (result["van_daily_cap"], result["van_daily_limit"], result["over_van_daily_cap"]) == (40, limit, over)
    assert result["over_van_max_radiographers"] is over_staff and result["van_max_radiographers"] == 3
    assert assumption.zh in result["assumptions"]
    assert ("van_daily_cap" in result["exceeded"]) is over
    assert result["citations"] == ["hpa-mammo/2.4.1"]


def test_radiographer_volume_needs_something():
    assert bad("hpa_radiographer_volume").field == "monthly_screenings"
    assert bad("hpa_radiographer_volume", monthly_screenings=-1).field == "monthly_screenings"
    assert bad("hpa_radiographer_volume", radiographers_on_van=0).field == "radiographers_on_van"


# --------------------------------------------------------------------------- hpa_followup_deduction


@pytest.mark.parametrize(
    ("rate", "deduction"),
    [(100, 0), (75, 0), (74.99, 5), (70, 5), (69.99, 10), (65, 10), (64.99, 15), (60, 15), (59.99, 20), (0, 20)],
)
def test_deduction_bands(rate, deduction):
    result = run("hpa_followup_deduction", completion_rate_pct=rate)
    assert (result["completion_rate_pct"], result["deduction_pct"], result["deduction_amount"]) == (rate, deduction, None)
    assert "hpa-mammo/2.5" in result["citations"]


@pytest.mark.parametrize(
    ("suspected", "completed", "rate", "deduction"),
    [(4, 3, 75, 0), (400, 299, 74.75, 5), (3, 2, 66.67, 10), (3, 1, 33.33, 20), (7, 7, 100, 0), (5, 0, 0, 20),
     (40000, 29999, 75, 5)],  # 74.9975 % shows as 75.00 but the band uses the exact rate
)
def test_deduction_from_counts(suspected, completed, rate, deduction):
    result = run("hpa_followup_deduction", suspected_positive_cases=suspected, completed_cases=completed)
    assert (result["completion_rate_pct"], result["deduction_pct"]) == (rate, deduction)
    assert "hpa-mammo/2.5.2" in result["citations"]


def test_band_uses_the_exact_rate_and_says_so_when_rounding_would_mislead():
    result = run("hpa_followup_deduction", suspected_positive_cases=40000, completed_cases=29999)
    assert (result["completion_rate_pct"], result["deduction_pct"]) == (75, 5)
    assert result["assumptions"] == [EXACT_RATE.zh]
    assert any("74.9975%" in s["text"] for s in result["breakdown"])
    assert run("hpa_followup_deduction", suspected_positive_cases=400, completed_cases=299)["assumptions"] == []


@pytest.mark.parametrize(
    ("rate", "subsidy", "amount"),
    [(72, 1_000_000, 50_000), (72, 1_000_001, 50_000), (72, 10, 1), (50, 1234.5, 247), (80, 5_000_000, 0)],
)
def test_deduction_amount_rounded_to_the_yuan(rate, subsidy, amount):
    assert run("hpa_followup_deduction", completion_rate_pct=rate, annual_subsidy=subsidy)["deduction_amount"] == amount


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ({}, "completion_rate_pct"),
        ({"completion_rate_pct": 100.01}, "completion_rate_pct"),
        ({"completion_rate_pct": -1}, "completion_rate_pct"),
        ({"completion_rate_pct": 80, "suspected_positive_cases": 10, "completed_cases": 5}, "completion_rate_pct"),
        ({"suspected_positive_cases": 10}, "completed_cases"),
        ({"completed_cases": 10}, "suspected_positive_cases"),
        ({"suspected_positive_cases": 10, "completed_cases": 11}, "completed_cases"),
        ({"suspected_positive_cases": 0, "completed_cases": 0}, "suspected_positive_cases"),
        ({"completion_rate_pct": 80, "annual_subsidy": -5}, "annual_subsidy"),
    ],
)
def test_deduction_validation(args, field):
    assert bad("hpa_followup_deduction", **args).field == field


def test_completed_over_suspected_message():
    assert "cannot exceed suspected_positive_cases (10), got 11" in str(
        bad("hpa_followup_deduction", suspected_positive_cases=10, completed_cases=11))


# --------------------------------------------------------------------------- hpa_followup_deadline


@pytest.mark.parametrize(
    ("category", "action", "months", "surgery"),
    [(0, "recall_examination", 2, False), (3, "recall_examination", 6, False), (4, "confirmed_diagnosis", 2, True),
     (5, "confirmed_diagnosis", 2, True), ("4", "confirmed_diagnosis", 2, True)],
)
def test_followup_actions(category, action, months, surgery):
    result = run("hpa_followup_deadline", category=category)
    assert (result["action"], result["months"], result["surgery_tracking"], result["deadline"]) == (
        action, months, surgery, None)
    assert result["citations"] == ["hpa-mammo/2.5.4"]


@pytest.mark.parametrize(
    ("category", "date", "deadline", "clamped"),
    [
        (0, "2023-12-31", "2024-02-29", True),  # Dec 31 + 2 months, leap year
        (0, "2022-12-31", "2023-02-28", True),
        (3, "2023-08-31", "2024-02-29", True),
        (3, "2023-03-10", "2023-09-10", False),
        (4, "2023-01-15", "2023-03-15", False),
        (5, "2023-06-30", "2023-08-30", False),
    ],
)
def test_followup_deadline(category, date, deadline, clamped):
    result = run("hpa_followup_deadline", category=category, screening_date=date)
    assert result["deadline"] == deadline
    assert (MONTH_ARITHMETIC.zh in result["assumptions"]) is clamped


@pytest.mark.parametrize(("args", "field"), [({"category": 1}, "category"), ({"category": 2}, "category"),
                                             ({}, "category"), ({"category": 0, "screening_date": "2023-13-01"}, "screening_date")])
def test_followup_deadline_validation(args, field):
    assert bad("hpa_followup_deadline", **args).field == field
