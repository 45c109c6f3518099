"""Round 35 list and sub-count shapes the reader did not read (each class with wordings of our own):
a part, then the whole it is taken from said again ("at 3 of those 5", "2 out of the 6"); a list's figures read out digit
by digit ("三三〇、三〇五"), a count of the sets before them; a plus joining two ways of one thing before its count
("月會線上+實體加起來 10 次", "月会线上+实体一共十次", written tight) — one kind, its count whole, not a joint count of kinds; a
centre abroad known by its name ("Mayo Clinic", "MD Anderson", "梅約診所") and months at a place abroad after a training
("3 months … in Taichung and 2 months at a cancer center in Houston"); a field society's meeting named before whose it
is ("the annual meeting of the colorectal surgery society"); a division's society ("外科相關分科的醫學會年會") with its
meetings as sub-counts by length ("兩天的一場、一天的兩場")."""

from __future__ import annotations

import datetime
from collections import Counter

import pytest

TODAY = datetime.date(2026, 12, 4)


def _one_call(engine, question, name):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300], a.missing)
    (call,) = a.tool_calls
    assert call.name == name
    return a, call


def _kinds(call, *fields):
    """{(kind, field values…): count} of the tally's activities."""
    out: Counter = Counter()
    for it in call.args["activities"]:
        out[(it["kind"], *(it.get(f) for f in fields))] += it.get("count", 1)
    return dict(out)


# ----------------------------------------------------- 1. a part, then its whole said again ("3 of those 5")

@pytest.mark.parametrize(("question", "meetings", "talks", "total"), [
    ("I went to 6 TSA monthly meetings in 2025; 2 out of the 6 I was the speaker. How many credits?", 6, 2, 160),
    ("Went to 4 TSA monthly meetings last year, and at 1 of the 4 I gave the talk. credits?", 4, 1, 100),
    ("This year: 7 monthly meetings, and I was giving the talk at 2 of those 7. total credits?", 7, 2, 180),
])
def test_a_part_then_its_whole_said_again(engine, question, meetings, talks, total):
    _, call = _one_call(engine, question, "tsa_credit_tally")
    assert _kinds(call) == {("tsa_monthly_meeting",): meetings, ("tsa_monthly_speaker",): talks}
    assert call.result["total"] == total


# ----------------------------------------------------- 2. a list's figures read digit by digit

@pytest.mark.parametrize(("question", "scores", "grade"), [
    ("機構抽選片這次抽了三組，分數三一〇、二九八、三〇五，平均起來會是什麼等級？", [310, 298, 305], "D"),
    ("机构抽选片抽了三组，分数三二〇、三〇五、三一五，平均起来是什么等级？", [320, 305, 315], "D"),
    ("機構抽片兩組：三四〇、三三五，平均幾分、什麼等級？", [340, 335], "C"),
])
def test_figures_read_digit_by_digit(engine, question, scores, grade):
    _, call = _one_call(engine, question, "hpa_image_grade")
    assert call.args["scores"] == scores
    assert call.args["kind"] == "sampled" and call.args["subject"] == "facility"
    assert call.result["grade"] == grade


def test_a_digit_run_that_is_no_list_item_is_left_alone():
    from bot.parsing.numbers import normalize_numerals
    assert normalize_numerals("第三一〇條") == "第三一〇條"
    assert normalize_numerals("三三〇、三〇五") == "330、305"


# ----------------------------------------------------- 3. a plus joining two ways of one thing before its count

@pytest.mark.parametrize(("question", "count", "total"), [
    ("今年月會實體+視訊總共去了7次，積分多少？", 7, 140),
    ("今年月会线上+实体一共参加了十次，积分多少？", 10, 200),
    ("今年月會視訊＋現場參加了6次，積分多少？", 6, 120),
])
def test_two_ways_of_one_thing_joined_by_a_plus(engine, question, count, total):
    _, call = _one_call(engine, question, "tsa_credit_tally")
    assert _kinds(call) == {("tsa_monthly_meeting",): count}
    assert call.result["total"] == total


def test_a_spaced_plus_between_two_items_still_splits(engine):
    # (a plus with spaces, or after a figure, still joins two items each with their own count)
    _, call = _one_call(engine, "I practice in Kinmen. went to the TSA annual mtg + 3 of the monthly ones this yr. how many pts?",
                        "tsa_credit_tally")
    assert _kinds(call) == {("tsa_annual_meeting",): 1, ("tsa_monthly_meeting",): 3}


@pytest.mark.parametrize("question", [
    "今年年會跟月會加起來去了 8 次，積分多少",
    "月会和年会一共 6 次，积分多少",
    "annual and monthly meetings together came to 8 this year, credits?",
])
def test_one_count_for_two_kinds_is_still_asked(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "clarify" and not a.tool_calls


# ----------------------------------------------------- 4. training at a centre abroad by name, months at a place abroad

@pytest.mark.parametrize(("question", "expected", "total"), [
    ("This year I did training at Mayo Clinic for 4 months. Total credits?", {("training_abroad", 4): 1}, 32),
    ("Last year: 2 months of training at a medical centre in Kaohsiung, then 3 months at a hospital in Tokyo. Total credits?",
     {("training_domestic", 2): 1, ("training_abroad", 3): 1}, 32),
    ("This year I trained 1 month at a medical center in Taipei and 2 months at MD Anderson. Total credits?",
     {("training_domestic", 1): 1, ("training_abroad", 2): 1}, 20),
    ("去年在台中的醫學中心進修3個月，又去梅約診所進修2個月，去年積分幾分？",
     {("training_domestic", 3): 1, ("training_abroad", 2): 1}, 28),
])
def test_training_abroad_by_the_centre_or_the_place(engine, question, expected, total):
    _, call = _one_call(engine, question, "tsa_credit_tally")
    assert _kinds(call, "months") == expected
    assert call.result["total"] == total


# ----------------------------------------------------- 5. a field society's meeting named before whose it is

@pytest.mark.parametrize(("question", "expected", "total"), [
    ("This year I went to the annual meeting of the colorectal surgery society, 2 days, and 2 TSA monthly meetings. Total credits?",
     {("specialty_annual_meeting", 2): 1, ("tsa_monthly_meeting", None): 2}, 70),
    ("I attended the annual meeting of the plastic surgery society this year (1 day) and 3 TSA monthly meetings. Total credits?",
     {("specialty_annual_meeting", 1): 1, ("tsa_monthly_meeting", None): 3}, 75),
    ("This year I went to the annual meeting of the pediatric surgery association, it was 3 days. credits?",
     {("specialty_annual_meeting", 3): 1}, 30),
])
def test_a_field_societys_meeting_named_before_whose_it_is(engine, question, expected, total):
    _, call = _one_call(engine, question, "tsa_credit_tally")
    assert _kinds(call, "days") == expected
    assert call.result["total"] == total


# ----------------------------------------------------- 6. a division's society, its meetings as sub-counts by length

@pytest.mark.parametrize(("question", "expected"), [
    ("今年参加了外科分科的学会年会：两天的一场、一天的两场，能拿几分", {("specialty_annual_meeting", 2): 1, ("specialty_annual_meeting", 1): 2}),
    ("去年參加分科醫學會年會，三天的一場、兩天的兩場，積分多少？", {("specialty_annual_meeting", 3): 1, ("specialty_annual_meeting", 2): 2}),
    ("今年去了分科醫學會的年會兩場，一場兩天、一場一天，幾分？", {("specialty_annual_meeting", 2): 1, ("specialty_annual_meeting", 1): 1}),
    ("今年参加分科医学会年会：一天的三场，积分多少？", {("specialty_annual_meeting", 1): 3}),
])
def test_a_divisions_society_meetings_by_length(engine, question, expected):
    _, call = _one_call(engine, question, "tsa_credit_tally")
    assert _kinds(call, "days") == expected
    assert call.result["total"] == 30


@pytest.mark.parametrize("question", [
    "This year I went to subspecialty society annual meetings: two of 1 day each and one of 2 days. credits?",
    "This year I went to subspecialty society annual meetings: one 2-day one and two 1-day ones. credits?",
    "This year I went to 3 subspecialty society annual meetings: one lasted 2 days, two lasted 1 day. credits?",
])
def test_meetings_by_length_in_english(engine, question):
    # (before: "each and one of 2 days" read "each one", a pronoun — the 2-day meeting was left unread)
    _, call = _one_call(engine, question, "tsa_credit_tally")
    assert _kinds(call, "days") == {("specialty_annual_meeting", 2): 1, ("specialty_annual_meeting", 1): 2}
    assert call.result["total"] == 30
