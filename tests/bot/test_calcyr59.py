"""Round 59 (calcyr59): surgical CME classes of years found on round 59's development lists, tested with other wording.

1. A calendar year opening a remark of one's own — in brackets or a clause, who did what after it ("(2023 I was on
   parental leave)", "（2023 我請育嬰假）", "- 2024 I was on maternity leave") — is the year, no figure; "(2023 cases …)"
   stays a number.
2. A worry about a year at zero ("怕有一年掛零", "擔心會不會有一年是0", "worried one year ends up at zero") is the renewal
   rule's (art. 10): its one and its zero are no figures; "有一年掛零" said of one's own list stays the list said again.
3. A what-if part naming a year none of the part before's items is in ("明年(2027)如果年會一次再加月會三次") is that year's own
   facts, never added to the part before's; a what-if of the same year still adds — its preamble's facts counted once
   ("今年月會 5 次，幾分？如果再加一次年會呢？" was 10 monthly meetings).
4. A count said after the verb with 個, the counted noun before it in the clause ("國際研討會有去兩個"), is a count; the
   meetings named after a comma, as many as counted ("…兩場，ESMO 跟 ASCO", "2 international meetings, ESMO and ASCO"),
   are those meetings, no more of them; "兩年各幾分" is how many years.
5. One's own training at a place named in Latin letters ("明年要去美國 MD Anderson 進修", "要去 Mayo Clinic 研習") asks its
   months; the rate asked of a supposed one ("去 Cleveland Clinic 進修的話一個月幾分") stays the rule's.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.numbers import normalize_numerals
from bot.parsing.text import Query
from bot.reader.mentions import year_said_when, zero_year_worry
from bot.routing import OWN_ACTIVITY
from tests.bot.conftest import TODAY, reader_call

TALLY = "tsa_credit_tally"


def _calls(a):
    return [(c.name, c.args) for c in a.tool_calls]


# 1. a year opening a remark of one's own
@pytest.mark.parametrize(("text", "year"), [
    ("credits 150 / 200 / 0 (2023 I was on parental leave)", "2023"),
    ("yearly 90, 0, 120 (2022 we moved back from the US)", "2022"),
    ("six years 110, 0, 150 - 2024 I was on maternity leave", "2024"),
    ("100 / 0 / 130 (in 2022 I was abroad for my PhD)", "2022"),
    ("積分 150/0/120（2023 我請育嬰假）", "2023"),
])
def test_a_year_opening_a_remark_is_a_year(text, year):
    at = text.index(year)
    assert year_said_when(text, at, at + 4, float(year))


@pytest.mark.parametrize(("text", "year"), [
    ("we screened 100 (2023 cases were read twice)", "2023"),  # a count of things
    ("the total came to 2023 I think", "2023"),  # no bracket or clause opens before it
])
def test_a_number_before_other_words_stays_a_number(text, year):
    at = text.index(year)
    assert not year_said_when(text, at, at + 4, float(year))


def test_the_renewal_list_with_a_year_remark_in_brackets_computes(engine):
    a = engine.answer("yearly CME 2021 through 2026: 90 / 130 / 0 / 160 / 120 / 140 (2023 we moved back from the US). "
                      "am I ok to renew?", today=TODAY)
    assert a.route == "calculator"
    assert a.tool_calls[0].args["yearly_credits"] == [90, 130, 0, 160, 120, 140]
    assert a.tool_calls[0].result["eligible"] is False


def test_a_stay_abroad_in_a_years_remark_is_no_meeting(engine):
    a = engine.answer("yearly credits 2021-2026: 100 / 0 / 130 / 140 / 120 / 150 (in 2022 I was living abroad for work). "
                      "can I renew?", today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].name == "tsa_renewal_check"
    b = engine.answer("I went abroad for a meeting this year, plus 2 monthly meetings. credits?", today=TODAY)
    assert b.route == "calculator" and b.tool_calls[0].result["total"] == 70


# 2. a worry about a year at zero
@pytest.mark.parametrize("text", [
    "今年幾分啊？怕有一年掛零",
    "今年幾分？擔心會不會有一年是0",
    "I'm worried one year ends up at zero",
    "just making sure no year is zero",
])
def test_a_worry_about_a_year_at_zero_is_no_figure(text):
    t = Query(text, today=TODAY).text
    at = next(i for i, ch in enumerate(t) if ch in "10")
    assert zero_year_worry(t, at) is not None


@pytest.mark.parametrize("text", [
    "六年積分 120、100、0、150，有一年掛零可以展延嗎",  # the list said again, no worry
    "怕月會只去 1 次不夠",  # a count of meetings
    "今年只有 1 年資料",
])
def test_other_years_and_zeros_are_left_as_they_are(text):
    t = Query(text, today=TODAY).text
    at = next(i for i, ch in enumerate(t) if ch in "10")
    assert zero_year_worry(t, at) is None


def test_the_worry_after_a_tally_is_shown_not_used(engine):
    a = engine.answer("this year annual meeting + 4 monthly meetings. how many credits? I'm worried one year ends up at zero",
                      today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].result["total"] == 140
    assert any("art. 10" in u for u in a.unused)


def test_the_worry_beside_a_list_with_no_zero_computes(engine):
    a = engine.answer("六年積分 120、100、90、150、130、140，怕有一年掛零，可以展延嗎？", today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].result["eligible"] is True


# 3. a what-if part of another year
def test_a_what_if_of_next_year_is_its_own_facts(engine):
    a = engine.answer("two questions: (1) this year I went to 6 monthly meetings, how many credits? (2) if next year "
                      "(2027) I go to the annual meeting plus 2 monthly meetings, how many then?", today=TODAY)
    assert [p.tool_calls[0].result["total"] for p in a.parts] == [120, 100]
    assert {it["year"] for it in a.parts[1].tool_calls[0].args["activities"]} == {2027}


def test_a_what_if_of_the_same_year_still_adds_its_preamble_once(engine):
    a = engine.answer("今年月會去了 5 次，幾分？如果再加一次年會呢？", today=TODAY)
    assert [p.tool_calls[0].result["total"] for p in a.parts] == [100, 160]
    b = engine.answer("1) 今年月會去了 5 次，幾分？ 2) 如果今年再加 2 次月會呢？", today=TODAY)
    assert [p.tool_calls[0].result["total"] for p in b.parts] == [100, 140]


# 4. a count after the verb, the meetings named after a comma
@pytest.mark.parametrize(("text", "expected"), [
    ("國際研討會有去兩個，ESMO 跟 ASCO", "國際研討會有去2個"),
    ("年會也去了三個。", "年會也去了3個"),
    ("專科醫學會年會跑了兩個喔", "跑了2個"),
])
def test_a_count_after_the_verb_with_ge_is_a_count(text, expected):
    assert expected in normalize_numerals(text)


@pytest.mark.parametrize("text", ["問題有兩個", "我去了兩個", "兩個會不會太多"])
def test_ge_with_no_counted_noun_before_it_stays_a_word(text):
    assert normalize_numerals(text) == text


@pytest.mark.parametrize("question", [
    "今年國際研討會去了兩場，ESMO 跟 ASCO。幾分？",
    "今年國際研討會有去兩個，ESMO、ASCO。幾分？",
    "this year I went to 2 international meetings, ESMO and ASCO. credits?",
])
def test_the_meetings_named_after_the_count_are_those_meetings(question):
    assert reader_call(question, TALLY).args["activities"] == [{"kind": "international_meeting", "count": 2, "year": 2026}]


def test_fewer_names_than_the_count_are_not_read_as_those(engine):
    a = engine.answer("今年國際研討會去了三場，ESMO 跟 ASCO。幾分？", today=TODAY)
    assert a.route == "clarify"


def test_two_years_each_is_how_many_years(engine):
    a = engine.answer("去年國際會議去了兩個，DDW 跟 ASCO，月會 6 次；今年月會 7 次。兩年各幾分？", today=TODAY)
    assert a.route == "calculator"
    assert a.tool_calls[0].result["by_year"] == {"2025": 150, "2026": 140}
    assert any(r.fact == "how many years" for r in a.reading)


# 5. one's own training at a place named in Latin letters
@pytest.mark.parametrize("text", ["明年要去美國 MD Anderson 進修", "下半年要去 Mayo Clinic 研習", "我到 Johns Hopkins 見習"])
def test_training_at_a_place_named_in_latin_letters_is_ones_own(text):
    assert OWN_ACTIVITY.search(Query(text, today=TODAY).text)


def test_own_training_with_no_months_asks_them(engine):
    a = engine.answer("明年要去 Cleveland Clinic 進修，回來積分可以給幾分？", today=TODAY)
    assert a.route == "clarify" and a.missing


def test_the_rate_of_a_supposed_training_stays_the_rules(engine):
    a = engine.answer("去 Cleveland Clinic 進修的話一個月幾分？", today=datetime.date(2026, 11, 25))
    assert a.route == "retrieval"
