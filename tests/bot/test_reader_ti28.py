"""TSA / TSIR reader classes of the twenty-eighth round, each tested with wordings of its own (zh-TW, zh-CN, en): the
instructor's radiology points said gathered over the certificate's years ("六年累積了 210 分", "accumulated 190 points over
the six years") are the points held, and a terse past verb of one's own publishing ("發了", "投了", "寫了") makes a credit
question the person's own — its missing facts are asked for, never a rule table quoted as the answer."""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 11, 25)


# --- 1. radiology points gathered over the years: held points (tsir_renewal_check.cme_points) --------------------------

@pytest.mark.parametrize(("question", "points", "eligible"), [
    ("指導老師換證：放射科積分這六年共累計 190 分，夠嗎", 190, False),
    ("指导老师换证，放射专科教育学分六年下来攒了205分，够不够", 205, True),
    ("換證只靠放射專科教育積分，6年累積了２２０分，可以換嗎", 220, True),
    ("Instructor renewal with nothing but radiology CME: accumulated 190 points over the six years. OK?", 190, False),
])
def test_points_gathered_over_years_are_held(engine, question, points, eligible):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:200])
    call = a.tool_calls[-1]
    assert call.name == "tsir_renewal_check"
    assert call.args["cme_points"] == points
    assert call.result["eligible"] is eligible


def test_points_of_one_item_are_not_held_points(engine):
    """"accrued 40 points from the SCI paper" is one item's worth, never the radiology points held."""
    a = engine.answer("TSIR instructor renewal: I accrued 40 points from one SCI paper as first author, enough?", None,
                      today=TODAY)
    assert not any(c.args.get("cme_points") == 40 for c in a.tool_calls), a.tool_calls


# --- 2. one's own paper said with a terse past verb: the missing facts are asked --------------------------------------

@pytest.mark.parametrize("question", [
    "今年發了SCI論文，能拿多少學分？",
    "今年投了非SCI的期刊論文，積分多少？",
    "去年寫了一篇SCI論文，這樣可以拿多少學分",
    "今年发了非SCI论文，能拿几分？",
])
def test_own_paper_with_terse_verb_asks_the_role(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert a.pending_call is not None and a.pending_call.name == "tsa_credit_tally"


def test_rule_asked_without_own_paper_stays_a_rules_answer(engine):
    a = engine.answer("SCI論文能拿多少學分？", None, today=TODAY)
    assert a.route == "retrieval", (a.route, a.answer[:200])


# --- 3. a year and month with the day restated in brackets is one date; a date followed by 生 is a birth date --------

def test_day_restated_in_brackets_is_one_date():
    from bot.parsing.dates import find_dates

    assert [f.date for f in find_dates("預計2026年12月送件（12/15）")] == [datetime.date(2026, 12, 15)]
    assert [f.date for f in find_dates("2026年12月(10日)申請")] == [datetime.date(2026, 12, 10)]
    assert find_dates("2026年11月(12/20)") == []  # another month in the bracket restates nothing


@pytest.mark.parametrize(("question", "birth", "applied"), [
    ("1966年4月1日出生，2026年12月申请（12/8），能拿终身指导老师证书吗", "1966-04-01", "2026-12-08"),
    ("我是1966年1月5日生的，2026年12月申請(10日)，還要換證嗎還是可以終身", "1966-01-05", "2026-12-10"),
])
def test_lifetime_dates_with_restated_day(engine, question, birth, applied):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:200])
    checks = [c for c in a.tool_calls if c.name == "tsir_renewal_check"]
    assert checks and checks[0].args["birth_date"] == birth and checks[0].args["application_date"] == applied
    assert checks[0].result["lifetime_eligible"] is True
    # neither date is taken for the certificate's expiry (a birth date, an application date)
    assert not any(c.name == "renewal_window" for c in a.tool_calls), a.tool_calls
