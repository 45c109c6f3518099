"""tsir_instructor_eligibility and tsir_renewal_check (SPEC §4.2)."""

from __future__ import annotations

from datetime import date

import pytest

from calculators.tsir_instructor import ALTERNATIVE_PATHS, FEB29_BIRTHDAY, _age, _birthday
from tests.calculators.conftest import bad, run

DOMAINS = [
    ("localization_biopsy_drainage_pain", 300, "tsir-instructor/2.1"),
    ("tumor_embolization", 300, "tsir-instructor/2.2"),
    ("non_tumor_embolization", 100, "tsir-instructor/2.3"),
    ("vascular_intervention", 100, "tsir-instructor/2.4"),
    ("nonvascular_stenting", 100, "tsir-instructor/2.5"),
    ("ablation", 180, "tsir-instructor/2.6"),
]


def eligibility(domain="ablation", cases=0, years=10, lectures=0, sci=0):
    return run("tsir_instructor_eligibility", domain=domain, cases_last_6_years=cases, years_as_specialist=years,
               lectures_in_domain=lectures, sci_first_or_corresponding=sci)


@pytest.mark.parametrize(("domain", "required", "rule"), DOMAINS)
def test_case_count_edge_per_domain(domain, required, rule):
    below = eligibility(domain, cases=required - 1)
    at = eligibility(domain, cases=required)
    assert (below["eligible"], below["required_cases"], below["shortfall"], below["path"]) == (False, required, 1, None)
    assert (at["eligible"], at["required_cases"], at["shortfall"], at["path"]) == (True, required, 0, "cases")
    assert rule in at["citations"] and "tsir-instructor/1.1" in at["citations"]


@pytest.mark.parametrize(
    ("cases", "years", "lectures", "sci", "eligible", "path", "shortfall"),
    [
        (180, 8, 0, 0, True, "cases", 0),
        (180, 7.99, 0, 0, False, None, 0),  # cases met, years not: no case shortfall, years short
        (179, 8, 0, 0, False, None, 1),
        (0, 0, 3, 0, True, "lectures", 0),  # lectures waive the case count
        (0, 0, 2, 0, False, None, 180),
        (0, 0, 0, 2, True, "sci", 0),
        (0, 0, 0, 1, False, None, 180),
        (100, 3, 2, 1, False, None, 80),
        (180, 9, 5, 4, True, "cases", 0),  # several paths: cases first
        (10, 2, 3, 2, True, "lectures", 0),
    ],
)
def test_paths(cases, years, lectures, sci, eligible, path, shortfall):
    result = eligibility("ablation", cases, years, lectures, sci)
    assert (result["eligible"], result["path"], result["shortfall"]) == (eligible, path, shortfall)


def test_years_shortfall_is_reported():
    result = eligibility(cases=200, years=6.5)
    assert result["years_shortfall"] == 1.5 and result["years_required"] == 8


@pytest.mark.parametrize(
    ("lectures", "sci", "cited"),
    [(3, 0, {"tsir-instructor/1.2.1"}), (0, 2, {"tsir-instructor/1.2.2"}), (0, 0, {"tsir-instructor/1.2.1", "tsir-instructor/1.2.2"})],
)
def test_alternative_paths_are_an_assumption_and_cited(lectures, sci, cited):
    result = eligibility(cases=0, years=0, lectures=lectures, sci=sci)
    assert ALTERNATIVE_PATHS.zh in result["assumptions"]
    assert cited <= set(result["citations"])


def test_cases_path_needs_no_assumption():
    result = eligibility(cases=200, years=9)
    assert result["assumptions"] == []
    assert "tsir-instructor/1.2.1" not in result["citations"]


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ({"domain": "neuro", "cases_last_6_years": 1, "years_as_specialist": 1}, "domain"),
        ({"domain": "ablation", "cases_last_6_years": -1, "years_as_specialist": 1}, "cases_last_6_years"),
        ({"domain": "ablation", "cases_last_6_years": 1, "years_as_specialist": -1}, "years_as_specialist"),
        ({"domain": "ablation", "cases_last_6_years": 1.5, "years_as_specialist": 1}, "cases_last_6_years"),
        ({"domain": "ablation", "years_as_specialist": 1}, "cases_last_6_years"),
        ({"domain": "ablation", "cases_last_6_years": 1, "years_as_specialist": 1, "lectures_in_domain": -3},
         "lectures_in_domain"),
    ],
)
def test_eligibility_validation(args, field):
    assert bad("tsir_instructor_eligibility", **args).field == field


# --------------------------------------------------------------------------- tsir_renewal_check

POINT_TABLE = [
    ({"kind": "sci_full_article", "role": "first"}, 40, "tsir-instructor/5.1"),
    ({"kind": "sci_full_article", "role": "corresponding"}, 40, "tsir-instructor/5.1"),
    ({"kind": "sci_full_article", "role": "other"}, 15, "tsir-instructor/5.1"),
    ({"kind": "sci_case_report", "role": "first"}, 20, "tsir-instructor/5.1"),
    ({"kind": "sci_case_report", "role": "other"}, 8, "tsir-instructor/5.1"),
    ({"kind": "non_sci_full_article", "role": "corresponding"}, 20, "tsir-instructor/5.2"),
    ({"kind": "non_sci_full_article", "role": "other"}, 10, "tsir-instructor/5.2"),
    ({"kind": "non_sci_case_report", "role": "first"}, 10, "tsir-instructor/5.2"),
    ({"kind": "non_sci_case_report", "role": "other"}, 5, "tsir-instructor/5.2"),
    ({"kind": "lecturer_or_moderator", "scope": "international"}, 40, "tsir-instructor/5.3"),
    ({"kind": "lecturer_or_moderator", "scope": "domestic"}, 20, "tsir-instructor/5.3"),
    ({"kind": "oral_or_eposter", "scope": "international"}, 25, "tsir-instructor/5.3"),
    ({"kind": "oral_or_eposter", "scope": "domestic"}, 15, "tsir-instructor/5.3"),
    ({"kind": "international_meeting_attendance"}, 15, "tsir-instructor/5.4"),
    ({"kind": "international_meeting_attendance", "count": 3}, 45, "tsir-instructor/5.4"),
]


@pytest.mark.parametrize(("activity", "points", "rule"), POINT_TABLE)
def test_each_point_kind(activity, points, rule):
    result = run("tsir_renewal_check", activities=[activity])
    assert result["points"] == points
    assert result["shortfall"] == 200 - points and result["required"] == 200 and result["eligible"] is False
    assert rule in result["citations"] and "tsir-instructor/5" in result["citations"]


@pytest.mark.parametrize(
    ("activities", "cme", "eligible", "shortfall"),
    [
        ([], 199, False, 1),
        ([], 200, True, 0),
        ([{"kind": "international_meeting_attendance"}], 184.5, False, 0.5),
        ([{"kind": "international_meeting_attendance"}], 185, True, 0),
    ],
)
def test_required_200_edge(activities, cme, eligible, shortfall):
    result = run("tsir_renewal_check", activities=activities, cme_points=cme)
    assert (result["eligible"], result["shortfall"]) == (eligible, shortfall)


def test_points_add_up():
    result = run("tsir_renewal_check", cme_points=50, activities=[
        {"kind": "sci_full_article", "role": "first", "count": 2},
        {"kind": "oral_or_eposter", "scope": "domestic"},
    ])
    assert result["points"] == 50 + 80 + 15 and result["shortfall"] == 55


@pytest.mark.parametrize(
    ("birth", "application", "lifetime", "age"),
    [
        ("1964-05-10", "2024-05-10", True, 60),  # exactly the 60th birthday counts
        ("1964-05-10", "2024-05-09", False, 59),
        ("1960-01-01", "2024-05-09", True, 64),
        ("1964-02-29", "2024-02-29", True, 60),
        ("1964-02-29", "2024-02-28", False, 59),
        ("2040-02-29", "2100-02-28", True, 60),  # 2100 is not a leap year: the birthday is Feb 28
        ("2040-02-29", "2100-02-27", False, 59),
    ],
)
def test_lifetime_certificate_at_sixty_on_the_application_date(birth, application, lifetime, age):
    result = run("tsir_renewal_check", birth_date=birth, application_date=application)
    assert (result["lifetime_eligible"], result["age_on_application"]) == (lifetime, age)
    assert "tsir-instructor/6" in result["citations"]
    assert (FEB29_BIRTHDAY.zh in result["assumptions"]) is birth.startswith("2040")


@pytest.mark.parametrize("given", [{}, {"birth_date": "1960-01-01"}, {"application_date": "2024-01-01"}])
def test_lifetime_unknown_without_both_dates(given):
    result = run("tsir_renewal_check", **given)
    assert result["lifetime_eligible"] is None
    assert "tsir-instructor/6" not in result["citations"]


def test_birthday_helpers():
    assert _birthday(date(2040, 2, 29), 60) == (date(2100, 2, 28), True)
    assert _age(date(1964, 2, 29), date(2023, 2, 28)) == 59  # Feb 28 in a common year is the birthday
    assert _age(date(1964, 2, 29), date(2023, 2, 27)) == 58


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ({"activities": [{"kind": "sci_full_article"}]}, "activities.0.role"),
        ({"activities": [{"kind": "sci_full_article", "role": "second"}]}, "activities.0.role"),
        ({"activities": [{"kind": "oral_or_eposter"}]}, "activities.0.scope"),
        ({"activities": [{"kind": "oral_or_eposter", "scope": "mars"}]}, "activities.0.scope"),
        ({"activities": [{"kind": "book"}]}, "activities.0.kind"),
        ({"activities": [{"kind": "international_meeting_attendance", "count": -1}]}, "activities.0.count"),
        ({"cme_points": -5}, "cme_points"),
        ({"birth_date": "1960-02-30"}, "birth_date"),
        ({"birth_date": "1960-01-01", "application_date": "1959-12-31"}, "application_date"),
    ],
)
def test_renewal_validation(args, field):
    assert bad("tsir_renewal_check", **args).field == field
