"""Reader classes of round 25b — each tested with wordings of its own (zh-TW, zh-CN, en), never the bank's sentence:

1. a span of calendar years ("2021–2026", "(2020-2023)", "2019 to 2024", "2021 至 2026 年") names when the figures fall:
   both ends are years, never figures of a list (a credit total of 2024 is no figure), shown as not used; a year said
   as a label ("with that as 2025,") is no figure either — the list is read without it and a year left out is asked for;
2. people named by a label (甲 / 乙, "rad A" / "rad B", 小陳) with their own work days: the whole year said of one of them
   ("甲全年在崗", "rad A was here all year") is her 365 days, and a labelled person with no figure read is asked about —
   never a volume computed on the others' days only;
3. the whole year said as one item of a run of days ("250 天、全年、120 天", "250 days, full year (365), and 120 days")
   is that item's 365 days; a figure written right after the words ("全年 365 天") is the value, read once.
"""

from __future__ import annotations

import re

import pytest

from bot.answer import Conversation, Turn
from bot.ledger import account
from bot.parsing.text import Query
from bot.reader.mentions import in_year_range
from calculators.vocab_hpa import PERSON_LABEL
from tests.bot.conftest import TODAY, calculator_calls as _calls


# --- 1. a span of calendar years is no figure -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "year", "expected"), [
    ("證書期間 2020-2025，積分 120", "2020", True),
    ("证书期间 2020–2025 年", "2025", True),
    ("cert cycle 2019 to 2024", "2024", True),
    ("(2021~2024)", "2021", True),
    ("我 2026-10-05 篩檢", "2026", False),     # a date, no span
    ("credits 2025, 130", "2025", False),      # a bare figure alone
    ("2026–2021", "2026", False),              # a later year first: no span
])
def test_each_end_of_a_span_of_years_is_a_year(text, year, expected):
    start = text.index(year)
    assert in_year_range(text, start, start + 4, float(year)) is expected


@pytest.mark.parametrize("question", [
    "證書年度 2020-2025，每年積分 120、100、95、110、130、80，可以換證嗎？",
    "证书周期 2020–2025，六年学分分别是 120、100、95、110、130、80，能换证吗？",
    "Credits for 2020 to 2025 were 120, 100, 95, 110, 130 and 80 — can I renew?",
    "My yearly credits were 120, 100, 95, 110 (2020–2023), then 130 and 80. Enough to renew?",
])
def test_a_year_span_beside_a_list_of_credits_is_never_a_credit_figure(ask, question):
    calls = _calls(ask(question))
    renew = [args for name, args in calls if name == "tsa_renewal_check"]
    assert renew and renew[0]["yearly_credits"] == [120, 100, 95, 110, 130, 80], calls
    a = ask(question)
    assert not any(str(y) in (a.missing or []) for y in (2020, 2023, 2025))


def test_a_year_span_is_shown_as_not_used_in_the_ledger():
    text = Query("證書期間 2020-2025，積分 120、100", TODAY).text
    led = account(text, TODAY, [{"yearly_credits": [120, 100]}])
    assert led.complete
    assert {why for _, why in led.unused} == {"year_span"}


@pytest.mark.parametrize("question", [
    "Yearly credits 120, 100, 95, 110 (2020–2023) and 80 in 2025; with part (a) as 2024, can I renew?",
    "Credits 120, 100, 95, 110 (2020–2023), 80 for 2025. Counting my missing year as 2024, do I pass?",
])
def test_a_year_said_as_a_label_never_fills_a_credit_list(ask, question):
    a = ask(question)
    for c in a.tool_calls:
        assert all(v < 1900 for v in c.args.get("yearly_credits", [])), c.args


# --- 2. people named by a label, each with her own days ---------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "放射師甲全年都在，乙 200 天，今年篩檢 9000 例，有超量嗎？",
    "放射师甲整年在岗，乙工作 200 天，今年筛查 9000 例，会不会超量？",
    "Radiographer A worked the full year, B worked 200 days; 9000 screenings this year. Over the limit?",
    "rad A was here all year, rad B 200 days, 9,000 screening mammograms this year — are we over?",
])
def test_the_whole_year_said_of_a_labelled_person_is_her_365_days(ask, question):
    calls = dict(_calls(ask(question)))
    assert sorted(calls["hpa_facility_volume"]["radiographer_work_days"]) == [200, 365], calls


@pytest.mark.parametrize("question", [
    "放射師甲 365 天，乙中途才來，今年篩檢 9000 例，有超量嗎？",
    "放射师甲全年在，乙做了大半年，今年筛查 9000 例，会超量吗？",
    "Rad A worked 365 days and rad B joined mid-year; 9000 screenings this year, over?",
    "Tech A worked all year, tech B only a few months; 9000 screenings this year. Are we over the reasonable volume?",
])
def test_a_labelled_person_without_days_is_asked_never_left_out(ask, question):
    a = ask(question)
    assert a.route == "clarify", (a.route, a.tool_calls)
    assert not any(c.name == "hpa_facility_volume" for c in a.tool_calls)
    assert any("radiographer_work_days" in m for m in a.missing), a.missing


@pytest.mark.parametrize(("question", "reply", "days"), [
    ("放射師甲整年都在，乙中途離職，今年篩檢 9000 例，有超量嗎？", "乙 150 天", [150, 365]),
    ("Rad A was here all year and rad B left mid-year; 9000 screenings this year — over?", "B worked 180 days", [180, 365]),
])
def test_the_reply_completes_the_labelled_list(engine, question, reply, days):
    first = engine.answer(question, today=TODAY)
    final = engine.answer(reply, Conversation(turns=[Turn(question=question, answer=first)]), today=TODAY)
    calls = dict(_calls(final))
    assert sorted(calls["hpa_facility_volume"]["radiographer_work_days"]) == days, calls


@pytest.mark.parametrize(("text", "labels"), [
    ("放射師甲 365、乙 200 天", {"甲", "乙"}),
    ("小陳 300 天、小林 250 天", {"小陳", "小林"}),
    ("rad A 300 days, rad B 250 days", {"A", "B"}),
    ("結果乙等，一小時內，小於 5", set()),       # a grade, an hour, "less than": no person
    ("grade B, category A", set()),
])
def test_person_labels_are_people_never_grades_or_units(text, labels):
    assert {m.group(0) for m in re.finditer(PERSON_LABEL, text, re.IGNORECASE)} == labels


# --- 3. the whole year as one item of a run of days -------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "三位放射師：200 天、全年、90 天，今年篩檢 11000 例，有超量嗎？",
    "三位放射师：200 天、整年（365）、90 天，今年筛查 11000 例，超量了吗？",
    "3 radiographers — 200 days, the full year (365), and 90 days; 11,000 screenings this year. Over?",
    "Our 3 RTs: full year, 200 days and 90 days. We did 11000 screenings this year, are we over?",
])
def test_the_whole_year_as_an_item_of_a_run_is_365_days(ask, question):
    calls = dict(_calls(ask(question)))
    assert sorted(calls["hpa_facility_volume"]["radiographer_work_days"]) == [90, 200, 365], calls


@pytest.mark.parametrize("question", [
    "放射師甲全年 365 天，乙 200 天，今年篩檢 9000 例，會超量嗎？",
    "rad A full year 366 days, rad B 200 days; 9000 screenings this year — over?",
])
def test_a_figure_written_after_the_whole_year_is_read_once(ask, question):
    days = sorted(dict(_calls(ask(question)))["hpa_facility_volume"]["radiographer_work_days"])
    assert days in ([200, 365], [200, 366]), days


def test_the_whole_year_of_the_facility_screenings_is_no_item(ask):
    # "，全年篩檢 13000 例": the facility's year of screenings, never a radiographer's whole year
    calls = dict(_calls(ask("兩位放射師 300 天、200 天，全年篩檢 9000 例，有超量嗎？")))
    assert sorted(calls["hpa_facility_volume"]["radiographer_work_days"]) == [200, 300], calls


@pytest.mark.parametrize("question", [
    "合格放射師甲 300 天、乙 250 天；丙還沒通過資格審查，做了 100 天。今年篩檢 9,000 案，有超量嗎？",
    "Rad A 300 days, rad B 250 days; rad C is not yet qualified (100 days). 9,000 screenings this year, over?",
])
def test_a_labelled_person_left_out_by_the_rule_is_no_missing_item(ask, question):
    calls = dict(_calls(ask(question)))
    assert sorted(calls["hpa_facility_volume"]["radiographer_work_days"]) == [250, 300], calls
