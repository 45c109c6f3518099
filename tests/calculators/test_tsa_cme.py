"""tsa_credit_tally and tsa_renewal_check: every kind, role, cap and assumption of SPEC §4.1."""

from __future__ import annotations

import pytest

from calculators.tsa_cme import (
    MISSION_PRO_RATA,
    PAPER_NOT_CASE_REPORT,
    PRESENTATIONS_PER_MEETING,
    SPEAKER_NOT_DOUBLED,
    TRAINING_PART_MONTH,
    UNNAMED_YEAR,
    ZERO_YEAR_DURING_MISSION,
)
from tests.calculators.conftest import bad, run


def tally(*activities, offshore=False):
    return run("tsa_credit_tally", activities=list(activities), offshore_island=offshore)


# --------------------------------------------------------------------------- one activity per kind and role

KIND_TABLE = [
    # (activity, credits, rule)
    ({"kind": "tsa_annual_meeting"}, 60, "tsa-cme/5.1"),
    ({"kind": "tsa_annual_meeting", "count": 2}, 120, "tsa-cme/5.1"),
    ({"kind": "tsa_monthly_meeting", "count": 3}, 60, "tsa-cme/5.2"),
    ({"kind": "tsa_monthly_speaker"}, 20, "tsa-cme/5.2"),
    ({"kind": "specialty_annual_meeting", "days": 1}, 15, "tsa-cme/5.3"),
    ({"kind": "specialty_annual_meeting", "days": 2}, 30, "tsa-cme/5.3"),
    ({"kind": "specialty_annual_meeting", "days": 4}, 30, "tsa-cme/5.3"),
    ({"kind": "specialty_annual_meeting", "days": 2.5}, 30, "tsa-cme/5.3"),  # 二天以上: a part day past two
    ({"kind": "international_meeting"}, 30, "tsa-cme/5.4"),
    ({"kind": "domestic_seminar", "hours": 1}, 5, "tsa-cme/5.5"),
    ({"kind": "domestic_seminar", "hours": 2}, 5, "tsa-cme/5.5"),  # 二小時以內
    ({"kind": "domestic_seminar", "hours": 2.01}, 10, "tsa-cme/5.5"),  # 超過二小時
    ({"kind": "domestic_seminar", "hours": 3, "count": 2}, 20, "tsa-cme/5.5"),
    ({"kind": "presentation", "role": "first"}, 10, "tsa-cme/5.6"),
    ({"kind": "presentation", "role": "presenter"}, 10, "tsa-cme/5.6"),
    ({"kind": "presentation", "role": "presenter", "case_report": True}, 5, "tsa-cme/5.6"),
    ({"kind": "presentation", "role": "first", "count": 3}, 30, "tsa-cme/5.6"),
    ({"kind": "presentation", "role": "second"}, 0, "tsa-cme/5.6"),
    ({"kind": "presentation", "role": "corresponding"}, 0, "tsa-cme/5.6"),
    ({"kind": "presentation", "role": "other"}, 0, "tsa-cme/5.6"),
    ({"kind": "paper_sci", "role": "first"}, 50, "tsa-cme/5.7"),
    ({"kind": "paper_sci", "role": "corresponding"}, 50, "tsa-cme/5.7"),
    ({"kind": "paper_sci", "role": "second"}, 25, "tsa-cme/5.7"),
    ({"kind": "paper_sci", "role": "other"}, 10, "tsa-cme/5.7"),
    ({"kind": "paper_sci", "role": "first", "case_report": True}, 25, "tsa-cme/5.7"),
    ({"kind": "paper_sci", "role": "second", "case_report": True}, 12.5, "tsa-cme/5.7"),
    ({"kind": "paper_sci", "role": "other", "case_report": True}, 5, "tsa-cme/5.7"),
    ({"kind": "paper_non_sci", "role": "first"}, 30, "tsa-cme/5.8"),
    ({"kind": "paper_non_sci", "role": "corresponding"}, 30, "tsa-cme/5.8"),
    ({"kind": "paper_non_sci", "role": "second"}, 15, "tsa-cme/5.8"),
    ({"kind": "paper_non_sci", "role": "other"}, 5, "tsa-cme/5.8"),
    ({"kind": "paper_non_sci", "role": "corresponding", "case_report": True}, 15, "tsa-cme/5.8"),
    ({"kind": "paper_non_sci", "role": "second", "case_report": True}, 7.5, "tsa-cme/5.8"),
    ({"kind": "paper_non_sci", "role": "other", "case_report": True}, 2.5, "tsa-cme/5.8"),
    ({"kind": "training_abroad", "months": 3}, 24, "tsa-cme/5.9.1"),
    ({"kind": "training_abroad", "months": 1}, 8, "tsa-cme/5.9.1"),
    ({"kind": "training_domestic", "months": 2}, 8, "tsa-cme/5.9.2"),
    ({"kind": "training_domestic", "months": 1}, 4, "tsa-cme/5.9.2"),
    ({"kind": "other_surgical_society_meeting"}, 0, "tsa-cme/5.10"),
    ({"kind": "atls"}, 30, "tsa-cme/5.13"),
    ({"kind": "atls", "count": 2}, 60, "tsa-cme/5.13"),
    ({"kind": "hours", "hours": 2}, 6, "tsa-cme/10"),
    ({"kind": "hours", "hours": 2.5}, 7.5, "tsa-cme/10"),
    ({"kind": "hours", "hours": 1, "count": 4}, 12, "tsa-cme/10"),
]


@pytest.mark.parametrize(("activity", "credits", "rule"), KIND_TABLE)
def test_each_kind_and_role(activity, credits, rule):
    result = tally({**activity, "year": 2023})
    assert result["total"] == credits
    assert result["by_year"] == {"2023": credits}
    row = result["breakdown"][0]
    assert (row["kind"], row["year"], row["raw"], row["counted"], row["rule"]) == (
        activity["kind"], 2023, credits, credits, rule)
    assert rule in result["citations"]
    assert result["caps_applied"] == []
    # (a paper not said to be a case report or not is counted as an original one, and said so: round 43, assume43)
    unsaid = [PAPER_NOT_CASE_REPORT[activity["kind"]]] if activity["kind"] in PAPER_NOT_CASE_REPORT and "case_report" not in activity else []
    assert result["assumptions"] == [a.zh for a in unsaid] and result["assumptions_en"] == [a.en for a in unsaid]
    assert row["text"] and row["text_en"]


def test_integral_credits_are_integers_in_json():
    result = tally({"kind": "tsa_annual_meeting", "year": 2023})
    assert isinstance(result["total"], int) and isinstance(result["breakdown"][0]["raw"], int)


def test_international_meeting_cites_its_cap_note():
    result = tally({"kind": "international_meeting", "year": 2023})
    assert {"tsa-cme/5.4", "tsa-cme/5.4.n2", "tsa-cme/5.12"} <= set(result["citations"])


def test_breakdown_text_reads_like_the_rule():
    row = tally({"kind": "international_meeting", "count": 2, "year": 2023})["breakdown"][0]
    assert "國際性或國外醫學會 2 次 × 30 分 = 60 分" in row["text"]
    assert "年度上限 30 分" in row["text"] and row["text"].endswith("計入 30 分")


# --------------------------------------------------------------------------- presentations: at most 3 per meeting


@pytest.mark.parametrize(
    ("count", "case_report", "credits", "assumed"),
    [(3, False, 30, False), (4, False, 30, True), (10, False, 30, True), (5, True, 15, True), (2, True, 10, False)],
)
def test_presentations_count_at_most_three_per_meeting(count, case_report, credits, assumed):
    result = tally({"kind": "presentation", "role": "first", "count": count, "case_report": case_report, "year": 2023})
    assert result["total"] == credits
    assert (PRESENTATIONS_PER_MEETING.zh in result["assumptions"]) is assumed
    assert (PRESENTATIONS_PER_MEETING.en in result["assumptions_en"]) is assumed


def test_presentations_at_two_meetings_count_separately():
    act = {"kind": "presentation", "role": "presenter", "count": 3, "year": 2023}
    assert tally(act, act)["total"] == 60


# --------------------------------------------------------------------------- training under a month


@pytest.mark.parametrize(("kind", "maximum"), [("training_abroad", 8), ("training_domestic", 4)])
def test_training_under_a_month_reports_the_maximum_for_committee_review(kind, maximum):
    result = tally({"kind": kind, "months": 0.5, "year": 2023})
    assert result["total"] == maximum
    assert "tsa-cme/5.9" in result["citations"]
    assert any("教育委員會" in n for n in result["notes"]) and any("committee" in n for n in result["notes_en"])
    assert "教育委員會" in result["breakdown"][0]["text"]


def test_training_part_month_is_pro_rata_with_assumption():
    result = tally({"kind": "training_abroad", "months": 1.5, "year": 2023})
    assert result["total"] == 12
    assert result["assumptions"] == [TRAINING_PART_MONTH.zh]


def test_other_surgical_society_meeting_is_zero_and_committee_decides():
    result = tally({"kind": "other_surgical_society_meeting", "count": 2, "year": 2023})
    assert result["total"] == 0
    assert any("教育委員會" in n for n in result["notes"])
    assert "tsa-cme/5.10" in result["citations"] and "tsa-cme/5.12" in result["citations"]


# --------------------------------------------------------------------------- yearly caps


def test_non_society_cap_alone():
    result = tally({"kind": "international_meeting", "count": 2, "year": 2023})
    assert result["total"] == 30
    assert result["caps_applied"] == [
        {**result["caps_applied"][0], "year": "2023", "cap": "non_society_events", "limit": 30, "raw": 60,
         "counted": 30, "rule": "tsa-cme/5.12"}
    ]
    assert "第五條第十二款" in result["caps_applied"][0]["text"]
    row = result["breakdown"][0]
    assert (row["raw"], row["counted"]) == (60, 30)
    assert "tsa-cme/5.12" in row["rules"]


@pytest.mark.parametrize(
    ("activities", "total"),
    [
        ([{"kind": "international_meeting"}], 30),  # exactly at the cap: nothing cut
        ([{"kind": "specialty_annual_meeting", "days": 2}, {"kind": "domestic_seminar", "hours": 3}], 30),
        ([{"kind": "specialty_annual_meeting", "days": 1}, {"kind": "domestic_seminar", "hours": 3}], 25),
        ([{"kind": "domestic_seminar", "hours": 1, "count": 7}], 30),
        ([{"kind": "international_meeting"}, {"kind": "other_surgical_society_meeting"}], 30),
    ],
)
def test_non_society_cap_mixes_kinds(activities, total):
    result = tally(*[{**a, "year": 2023} for a in activities])
    assert result["total"] == total
    assert all(c["counted"] <= 30 for c in result["caps_applied"])


def test_paper_cap_alone():
    result = tally({"kind": "paper_sci", "role": "first", "count": 2, "year": 2023})
    assert result["total"] == 60
    assert [(c["cap"], c["raw"], c["counted"], c["rule"]) for c in result["caps_applied"]] == [
        ("papers", 100, 60, "tsa-cme/5.8")]


def test_paper_cap_exactly_sixty_is_not_cut():
    result = tally({"kind": "paper_non_sci", "role": "first", "count": 2, "year": 2023})
    assert result["total"] == 60 and result["caps_applied"] == []


def test_paper_cap_spans_sci_and_non_sci():
    result = tally({"kind": "paper_sci", "role": "second", "year": 2023},
                   {"kind": "paper_non_sci", "role": "first", "count": 2, "year": 2023})
    assert result["total"] == 60
    assert [r["counted"] for r in result["breakdown"]] == [25, 35]


def test_both_caps_together_in_one_year():
    result = tally(
        {"kind": "international_meeting", "count": 2, "year": 2023},
        {"kind": "paper_sci", "role": "first", "count": 2, "year": 2023},
        {"kind": "tsa_annual_meeting", "year": 2023},
    )
    assert result["total"] == 30 + 60 + 60
    assert {c["cap"] for c in result["caps_applied"]} == {"non_society_events", "papers"}


def test_caps_apply_per_calendar_year():
    result = tally(
        {"kind": "international_meeting", "count": 2, "year": 2022},
        {"kind": "international_meeting", "count": 1, "year": 2023},
        {"kind": "paper_sci", "role": "first", "count": 2, "year": 2022},
        {"kind": "paper_sci", "role": "first", "year": 2023},
    )
    assert result["by_year"] == {"2022": 30 + 60, "2023": 30 + 50}
    assert result["total"] == 170
    assert [(c["year"], c["cap"]) for c in result["caps_applied"]] == [("2022", "non_society_events"), ("2022", "papers")]


def test_society_meetings_training_and_atls_are_not_capped():
    result = tally(
        {"kind": "tsa_annual_meeting", "count": 3, "year": 2023},
        {"kind": "training_abroad", "months": 12, "year": 2023},
        {"kind": "atls", "count": 2, "year": 2023},
    )
    assert result["total"] == 180 + 96 + 60 and result["caps_applied"] == []


def test_activities_without_a_year_share_one_unnamed_year():
    result = tally({"kind": "international_meeting"}, {"kind": "international_meeting"})
    assert result["total"] == 30
    assert result["by_year"] == {"unspecified": 30}
    assert result["assumptions"] == [UNNAMED_YEAR.zh]


def test_unnamed_year_is_apart_from_named_years():
    result = tally({"kind": "international_meeting", "year": 2023}, {"kind": "international_meeting"})
    assert result["by_year"] == {"2023": 30, "unspecified": 30}
    assert list(result["by_year"]) == ["2023", "unspecified"]


# --------------------------------------------------------------------------- offshore island (5.15)


@pytest.mark.parametrize(
    ("activity", "offshore", "credits", "doubled"),
    [
        ({"kind": "tsa_annual_meeting"}, True, 120, True),
        ({"kind": "tsa_annual_meeting"}, False, 60, False),
        ({"kind": "tsa_monthly_meeting", "count": 2}, True, 80, True),
        ({"kind": "tsa_monthly_speaker"}, True, 20, False),  # speaker credit not doubled
        ({"kind": "international_meeting"}, True, 30, False),
        ({"kind": "atls"}, True, 30, False),
    ],
)
def test_offshore_doubles_society_meeting_attendance_only(activity, offshore, credits, doubled):
    result = tally({**activity, "year": 2023}, offshore=offshore)
    assert result["total"] == credits
    assert ("tsa-cme/5.15" in result["citations"]) is doubled


def test_speaker_not_doubled_is_an_assumption_shown_only_offshore():
    speaker = {"kind": "tsa_monthly_speaker", "year": 2023}
    assert tally(speaker, offshore=True)["assumptions"] == [SPEAKER_NOT_DOUBLED.zh]
    assert tally(speaker, offshore=False)["assumptions"] == []
    both = tally({"kind": "tsa_monthly_meeting", "year": 2023}, speaker, offshore=True)
    assert both["total"] == 40 + 20


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("activity", "field"),
    [
        ({"kind": "specialty_annual_meeting"}, "activities.0.days"),
        ({"kind": "domestic_seminar"}, "activities.0.hours"),
        ({"kind": "hours"}, "activities.0.hours"),
        ({"kind": "training_abroad"}, "activities.0.months"),
        ({"kind": "presentation"}, "activities.0.role"),
        ({"kind": "paper_sci"}, "activities.0.role"),
        ({"kind": "paper_non_sci", "role": "presenter"}, "activities.0.role"),
        ({"kind": "paper_sci", "role": "editor"}, "activities.0.role"),
        ({"kind": "tsa_annual_meeting", "count": -1}, "activities.0.count"),
        ({"kind": "tsa_annual_meeting", "count": 0}, "activities.0.count"),
        ({"kind": "webinar"}, "activities.0.kind"),
        ({"kind": "training_abroad", "months": 0}, "activities.0.months"),
        ({"kind": "specialty_annual_meeting", "days": 0}, "activities.0.days"),
        ({"kind": "specialty_annual_meeting", "days": -1.5}, "activities.0.days"),
        ({"kind": "domestic_seminar", "hours": -2}, "activities.0.hours"),
        ({"kind": "tsa_annual_meeting", "year": 112}, "activities.0.year"),
        ({"kind": "tsa_annual_meeting", "colour": "red"}, "activities.0.colour"),
    ],
)
def test_bad_activities_name_the_field(activity, field):
    err = bad("tsa_credit_tally", activities=[activity])
    assert err.field == field
    assert str(err).startswith(field + ":")


def test_a_meeting_under_two_days_other_than_one_is_credited_as_one_day_and_says_so():
    from calculators.tsa_cme import SHORT_MEETING_ONE_DAY

    for days in (1.5, 1.99):
        result = tally({"kind": "specialty_annual_meeting", "days": days, "year": 2025})
        assert (result["total"], result["assumptions"]) == (15, [SHORT_MEETING_ONE_DAY.zh])
    for days in (1, 2, 2.5):
        assert tally({"kind": "specialty_annual_meeting", "days": days, "year": 2025})["assumptions"] == []


def test_a_meeting_under_one_day_is_not_credited_by_a_guess_but_named_as_the_problem():
    err = bad("tsa_credit_tally", activities=[{"kind": "specialty_annual_meeting", "days": 0.5, "year": 2025}])
    assert err.field.endswith("days")  # 5.3 names one day and two days or more, nothing shorter


def test_roc_year_hint():
    assert "2023" in str(bad("tsa_credit_tally", activities=[{"kind": "atls", "year": 112}]))


def test_empty_activity_list_is_an_error():
    assert bad("tsa_credit_tally", activities=[]).field == "activities"


# --------------------------------------------------------------------------- tsa_renewal_check


@pytest.mark.parametrize(
    ("years", "months", "eligible", "required", "total", "shortfall", "zero_years"),
    [
        ([100] * 6, 0, True, 600, 600, 0, []),
        ([100, 100, 100, 100, 100, 99], 0, False, 600, 599, 1, []),
        ([150, 150, 100, 100, 50, 50.5], 0, True, 600, 600.5, 0, []),
        ([300, 0, 100, 100, 100, 100], 0, False, 600, 700, 0, [2]),  # the zero-year rule alone
        ([0, 0, 100, 100, 100, 100], 0, False, 600, 400, 200, [1, 2]),
        ([100] * 5 + [0], 0, False, 600, 500, 100, [6]),
        ([100] * 5 + [1], 0, False, 600, 501, 99, []),
        ([100] * 5 + [0.5], 0, False, 600, 500.5, 99.5, []),
        ([100, 100, 100, 100, 100, 50], 12, True, 500, 550, 0, []),  # 一年扣抵 100 分
        ([100] * 5 + [50], 6, True, 550, 550, 0, []),
        ([100] * 5 + [50], 5, False, 558.33, 550, 8.33, []),  # 5 × 100/12 = 41.67
        ([100] * 5 + [91], 1, False, 591.67, 591, 0.67, []),
        ([100] * 5 + [92], 1, True, 591.67, 592, 0, []),
        ([10] * 6, 72, True, 0, 60, 0, []),
    ],
)
def test_renewal_check(years, months, eligible, required, total, shortfall, zero_years):
    result = run("tsa_renewal_check", yearly_credits=years, overseas_mission_months=months)
    assert (result["eligible"], result["required"], result["total"], result["shortfall"], result["zero_years"]) == (
        eligible, required, total, shortfall, zero_years)
    assert "tsa-cme/10" in result["citations"]
    assert ("tsa-cme/5.14" in result["citations"]) is (months > 0)
    assert (MISSION_PRO_RATA.zh in result["assumptions"]) is (months > 0)


def test_mission_deduction_is_pro_rata_and_rounded():
    result = run("tsa_renewal_check", yearly_credits=[100] * 6, overseas_mission_months=5)
    assert result["mission_reduction"] == 41.67
    assert any("100/12" in s["text"] and "41.67" in s["text"] for s in result["breakdown"])


def test_zero_year_during_a_mission_is_an_assumption():
    result = run("tsa_renewal_check", yearly_credits=[0, 120, 120, 120, 120, 120], overseas_mission_months=12)
    assert result["eligible"] is False and result["zero_years"] == [1]
    assert ZERO_YEAR_DURING_MISSION.zh in result["assumptions"]


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ({"yearly_credits": [100] * 5}, "yearly_credits"),
        ({"yearly_credits": [100] * 7}, "yearly_credits"),
        ({"yearly_credits": [100, 100, -1, 100, 100, 100]}, "yearly_credits.2"),
        ({"yearly_credits": [100] * 6, "overseas_mission_months": -1}, "overseas_mission_months"),
        ({"yearly_credits": [100] * 6, "overseas_mission_months": 73}, "overseas_mission_months"),
        ({}, "yearly_credits"),
    ],
)
def test_renewal_check_validation(args, field):
    assert bad("tsa_renewal_check", **args).field == field
