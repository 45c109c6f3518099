"""Round 46 (aside46): context numbers that are no facts, and questions read part by part.

1. A bare year a later 那年 / 那一年 / 該年 / "that year" points back to is the year of the facts (`find_years`); a four-digit
   count with its unit ("篩了 2025 人") is none, and with two bare years before it which one is meant is not said.
2. A listed figure named again by a determiner and explained ("The 0 was the year I was on maternity leave", "那個 0 是…",
   "中間的0是因為…") points back to it (`brackets.pointers`), never one more figure; a count said again with its unit ("那 2
   次是我當講者") is a qualifier the binding reads, not a pointer.
3. A career length ("當外科醫師二十幾年", "行醫三十多年", "been a surgeon for 25 years") and a life event's year ("Retired 2019",
   "2019年退休") are context (`bot/parsing/career.py`): set aside, never asked as a vague count, and no figure that makes a
   rules question a calculation. Near miss: the certificate's own years (TSIR) are still asked; "board certified 2009" is no
   life event.
4. Two people lettered or titled ("甲醫師…；乙醫師…", "Dr Lin: … Dr Chou: …") and labelled years asked to compare ("who ends
   up with more", "in either year", "哪一年") are one calculation each; labelled years of one credit tally stay one tally.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.career import CAREER, event_year
from bot.parsing.dates import find_years
from bot.parsing.text import Query
from bot.parts import segmented_by_person, split_parts
from bot.reader.brackets import pointers
from bot.vague import find_vague
from tests.bot.conftest import calculator_call

TODAY = datetime.date(2026, 11, 25)


# ------------------------------------------------------------------------------ 1. a year pointed back to

@pytest.mark.parametrize("text, year", [
    ("回想起來2025真的很拼，那年我58歲。月會七次，那年總共多少？", 2025),
    ("Looking back, 2024 was rough. Went to 4 monthly meetings. What did that year come to?", 2024),
    ("記得2023很忙，該年月會六次", 2023),
])
def test_a_bare_year_pointed_back_to_is_a_year(text, year):
    assert [y.year for y in find_years(text, TODAY)] == [year]


@pytest.mark.parametrize("text", [
    "篩了 2025 人，那年有超量嗎",  # a count with its unit
    "記得2024跟2023都很忙，那年幾分",  # two bare years: which one is not said
    "回想起來2025真的很拼，月會七次，總共多少？",  # nothing points back
])
def test_no_year_where_nothing_or_no_one_year_is_pointed_back_to(text):
    assert find_years(text, TODAY) == []


# ------------------------------------------------------------------------------ 2. a listed figure pointed back to

@pytest.mark.parametrize("text, value", [
    ("150 / 200 / 0 / 100 / 120 / 90. The 0 was the year I was on maternity leave.", 0),
    ("六年積分依序 120、0、130、110、150、100，那個 0 是我出國進修那年", 0),
    ("六年积分：100、110、0、120、130、160。中间的0是因为生病", 0),
])
def test_a_listed_figure_pointed_back_to(text, value):
    found = pointers(Query(text, TODAY))
    assert [float(n.value) for n in found] == [value]


@pytest.mark.parametrize("text", [
    "月會 2 次、年會 1 次，那 2 次是我當講者",  # a count again with its unit: a qualifier
    "The 0 was the year I was on leave.",  # nothing listed before it
    "150, 200, 100. The 2 meetings were online.",  # no figure of the list
])
def test_no_pointer(text):
    assert pointers(Query(text, TODAY)) == []


def test_renewal_with_a_zero_explained(ask):
    a = ask("Credits per year, oldest first: 130 / 0 / 160 / 110 / 120 / 100. The 0 was when I was abroad. Can I renew?")
    call = calculator_call(a, "tsa_renewal_check")
    assert call.args["yearly_credits"] == [130, 0, 160, 110, 120, 100]
    assert call.result["eligible"] is False and call.result["zero_years"] == [2]


def test_a_qualifier_is_still_read(ask):
    call = calculator_call(ask("月會 3 次、年會 1 次，那 3 次是我當講者，幾分？"), "tsa_credit_tally")
    assert call.result["total"] == 3 * 20 + 60 + 3 * 20


# ------------------------------------------------------------------------------ 3. career length, life events

@pytest.mark.parametrize("text", ["我當外科醫師二十幾年了", "做外科二十多年了", "行醫三十年", "I've been a surgeon for 25 years",
                                  "worked as an attending for 12 years"])
def test_career_words(text):
    assert CAREER.search(text)


@pytest.mark.parametrize("text, at, ok", [
    ("Retired 2019, thinking of coming back", "2019", True),
    ("2019年退休，今年回來了", "2019年", True),
    ("I graduated in 1998 and left in 2020", "1998", True),
    ("Board certified 2009, 190 RFA cases", "2009", False),  # the certificate's start: years as a specialist
    ("退休後篩了 2019 人", "2019", False),  # a count
])
def test_event_year(text, at, ok):
    start = text.index(at)
    assert event_year(text, start, start + len(at)) is ok


def test_a_rough_career_length_is_no_vague_count():
    assert find_vague("我當外科醫師二十幾年了，六年積分 120、110、105、98、130、60，可以展延嗎？") == []
    assert find_vague("院內晨會參加了十幾次，月會 3 次，幾分？")  # (a rough count of things is still vague)


@pytest.mark.parametrize("question", [
    "我當外科醫師二十幾年了，六年積分 120、110、105、98、130、60，可以展延嗎？",
    "I've been a surgeon for 25 years. Six years 120, 110, 105, 98, 130, 60. Can I renew?",
])
def test_career_length_beside_renewal(ask, question):
    a = ask(question)
    call = calculator_call(a, "tsa_renewal_check")
    assert call.result["total"] == 623 and call.result["eligible"] is True
    assert any("20" in u or "25" in u or "二十" in u for u in a.unused)


def test_the_instructor_certificate_still_asks_its_years(ask):
    a = ask("當放射科醫師十幾年了，近六年 RFA 200 例，可以申請消融指導老師嗎？")
    assert a.route == "clarify" and any(m.startswith("years_as_specialist") for m in a.missing)


@pytest.mark.parametrize("question, first", [
    ("Retired 2019, thinking of coming back. How many credits does attending the TSA annual congress once give?", "60"),
    ("2018年退休了，想回鍋，現在參加一次年會算幾分？", "60"),
])
def test_a_life_event_year_leaves_a_rules_question(ask, question, first):
    a = ask(question)
    assert a.route == "retrieval" and first in a.answer.splitlines()[0]


def test_a_life_event_year_beside_own_figures(ask):
    a = ask("2019年退休，今年回來了，年會一次、月會三次，幾分？")
    call = calculator_call(a, "tsa_credit_tally")
    assert call.result["total"] == 120 and all(x["year"] == 2026 for x in call.args["activities"])


# ------------------------------------------------------------------------------ 4. people and years compared

def _split(text):
    return split_parts(Query(text, TODAY).folded)[0], segmented_by_person(Query(text, TODAY).folded)


def test_two_lettered_colleagues_are_two_parts():
    pieces, people = _split("甲醫師近六年 TACE 320 例，專科 10 年；乙醫師 TACE 280 例，專科 12 年。兩位各自能申請腫瘤栓塞指導老師嗎？")
    assert pieces is not None and len(pieces) == 2 and people
    assert "320" in pieces[0] and "280" in pieces[1]


def test_two_titled_colleagues_compared():
    pieces, people = _split("For 2025. Dr Wang: 2 SCI papers as first author. Dr Lee: annual congress once, ATLS once. "
                            "Who ends up with more credits?")
    assert pieces is not None and len(pieces) == 2 and people


def test_years_compared_are_no_people():
    pieces, people = _split("2024: one RT, 365 working days, 7,000 screens. 2025: two RTs, 365 and 180 days, 9,500 screens. "
                            "Which year was over the allowed volume?")
    assert pieces is not None and len(pieces) == 2 and not people


def test_people_are_never_added_together(ask):
    a = ask("Dr Wang: 2 SCI papers as first author, 3 monthly meetings. Dr Lee: annual congress once, ATLS once. "
            "Which of them has more credits this year?")
    totals = [c.result["total"] for p in a.parts for c in p.tool_calls]
    assert totals == [120, 90]


def test_years_of_one_tally_stay_one_tally(ask):
    call = calculator_call(ask("2024：年會 1 次、月會 2 次；2025：月會 3 次。哪一年比較多？"), "tsa_credit_tally")
    assert call.result["by_year"] == {"2024": 100, "2025": 60}
