"""Classes of phrasing the sixteenth blind round broke (issue 9), each with new wording of our own.

(a) English follow-up and volume questions: the count as the subject of a clause that ends in the follow-up done
("185 got their follow-up done"), the suspected positives read beside the completed cases or the subsidy make the
deduction however it is asked ("How bad is the hit?"), the work days and the year's screenings read make the facility
volume however it is asked, describing words between a count and the staff noun ("2 full-year radiographers"), and
"one" as the subject of what one of the people did ("one went part time", "one only 90 days") — no count."""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.numbers import normalize_numerals

TODAY = datetime.date(2026, 11, 25)


def _args(a):
    return {k: v for k, v in a.tool_calls[0].args.items() if k not in ("citations", "assumptions", "assumptions_en")}


# ------------------------------------------------------------------ (a) the follow-up deduction, said in other words
@pytest.mark.parametrize(("question", "expected"), [
    ("Of our 410 recalls last year, 290 had their work-up completed. Grant was NT$3,000,000. What do we lose?",
     {"suspected_positive_cases": 410, "completed_cases": 290, "annual_subsidy": 3000000}),
    ("450 abnormal screens last year; 300 were fully worked up. subsidy NT$4M. penalty?",
     {"suspected_positive_cases": 450, "completed_cases": 300, "annual_subsidy": 4000000}),
    ("we flagged 380 women, only 240 came back for their follow-up. subsidy NT$5M, how much gets cut?",
     {"suspected_positive_cases": 380, "completed_cases": 240, "annual_subsidy": 5000000}),
    ("Suspected positives 260, and 200 have had their follow-up completed; subsidy 1.8 million — how bad?",
     {"suspected_positive_cases": 260, "completed_cases": 200, "annual_subsidy": 1800000}),
    ("去年疑似阳性 300 例，只有 200 例完成追踪，补助 300 万，影响多大？",
     {"suspected_positive_cases": 300, "completed_cases": 200, "annual_subsidy": 3000000}),
    ("Suspected positives (cat 0/3/4/5) were 500 and 350 got their diagnostic work-up done; subsidy NT$6M. what's the damage?",
     {"suspected_positive_cases": 500, "completed_cases": 350, "annual_subsidy": 6000000}),
])
def test_followup_deduction_read_from_its_facts_in_english_wording(engine, question, expected):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].name == "hpa_followup_deduction"
    assert _args(a) == expected
    assert not a.missing


# ------------------------------------------------------------------ (a) the facility volume, said in other words
@pytest.mark.parametrize(("question", "days", "screens"), [
    ("just one radiographer here, 365 days, 6500 screenings last year — anything unpaid?", [365], 6500),
    ("3 long-serving techs (365 days each), 20,000 mammograms this year; how many over?", [365, 365, 365], 20000),
    ("two RTs: one worked the whole year (365 days), one left in June after 180 days. we did 9000 screens. "
     "over the reasonable volume?", [365, 180], 9000),
    ("Our RTs: one 365 days, one just 120 days. 8,000 screens — are we over?", [365, 120], 8000),
    ("2 very experienced radiographers (365 days each), 12,500 screens, is that fine?", [365, 365], 12500),
    ("Three RTs: one 365 days, one went part-time and did 200 days, one joined in September and did 100 days. "
     "14,000 screens last year. Over?", [365, 200, 100], 14000),
])
def test_facility_volume_read_from_days_and_screens_in_english_wording(engine, question, days, screens):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].name == "hpa_facility_volume"
    assert sorted(a.tool_calls[0].args["radiographer_work_days"]) == sorted(days)
    assert a.tool_calls[0].args["annual_screenings"] == screens
    assert not a.missing


# ------------------------------------------------------------------ (a) "one" as one of them, no count
@pytest.mark.parametrize(("text", "kept"), [
    ("one went part time mid-year", "one went"),
    ("one only 90 days", "one only"),
    ("one joined in October", "one joined"),
    ("one retired mid-year", "one retired"),
    ("One is on leave since May", "One is"),
])
def test_one_as_the_subject_of_what_one_of_them_did_is_no_count(text, kept):
    assert kept in normalize_numerals(text)


@pytest.mark.parametrize(("text", "read"), [
    ("one invited talk", "1 invited talk"),
    ("one paper as first author", "1 paper"),
    ("one of them", "1 of them"),
    ("one 3-hour course", "one 3-hour course"),
])
def test_one_before_a_noun_is_still_a_count(text, read):
    assert read in normalize_numerals(text)
