"""TSA / TSIR reader classes of the twenty-fifth round — each tested with wordings of its own (zh-TW, zh-CN, en),
never the bank's sentence: a range of ROC years whose 年 is said once after the last year ("109到114年"), and a zero
written as a Chinese numeral inside a list of figures ("一百、零、一百五十")."""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.dates import find_years
from bot.parsing.numbers import normalize_numerals

TODAY = datetime.date(2026, 11, 25)


def _call(a, tool):
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    calls = [c for c in a.tool_calls if c.name == tool]
    assert calls, a.tool_calls
    return calls[0]


# --- 1. a range of years, 年 said once after the last ("109到114年", "民國108至113年") ------------------------------

@pytest.mark.parametrize(("text", "years"), [
    ("109到114年的積分", [2020, 2025]),
    ("108~113 年度积分", [2019, 2024]),
    ("民國110至115年每年", [2021, 2026]),
    ("2019至2024年的學分", [2019, 2024]),
])
def test_the_first_year_of_a_range_is_a_year(text, years):
    assert [y.year for y in find_years(text, TODAY)] == years


@pytest.mark.parametrize(("text", "years"), [
    ("專科3到5年", []),          # a span of years of service, no calendar year
    ("做了 10到114年", [2025]),   # not the same era: no range
    ("90到114年", [2025]),       # more than 20 years apart
])
def test_no_range_year_where_the_ends_do_not_make_one(text, years):
    assert [y.year for y in find_years(text, TODAY)] == years


@pytest.mark.parametrize(("question", "credits"), [
    ("108到113年的積分依序是 110、100、95、120、100、90，可以展延嗎？", [110, 100, 95, 120, 100, 90]),
    ("108至113年积分分别 100、100、100、80、120、90，能换证吗", [100, 100, 100, 80, 120, 90]),
])
def test_a_roc_year_range_is_no_yearly_figure(ask, question, credits):
    c = _call(ask(question), "tsa_renewal_check")
    assert c.args["yearly_credits"] == credits, c.args


# --- 2. a zero written as 零 in a list of figures -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("積分 一百、零、九十", "、0、"),
    ("九十五，零，八十", "，0，"),
    ("分別是一百二、八十、零", "、0"),
])
def test_a_zero_item_of_a_list_is_a_figure(text, expected):
    out = normalize_numerals(text)
    assert expected in out and "零" not in out, out


def test_zero_inside_a_word_stays_a_word():
    assert normalize_numerals("零星幾次") == "零星幾次"


@pytest.mark.parametrize(("question", "zero_years"), [
    ("六年的積分：一百一、一百、零、九十、一百二、一百，可以展延嗎", [3]),
    ("六年学分分别一百、九十、八十、一百、一百二十、零，能换证吗？", [6]),
])
def test_a_year_with_zero_written_out_is_a_zero_year(ask, question, zero_years):
    c = _call(ask(question), "tsa_renewal_check")
    assert c.result["zero_years"] == zero_years, c.args
