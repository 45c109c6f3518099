"""An activity the person says they did not do is no item (it was counted once: a confidently wrong total), and the
reading says so; "沒去年會" is the verb 去 and the meeting 年會, not the year 去年."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply as _ask


@pytest.mark.parametrize(("question", "total"), [
    ("月會今年去了十次，年會沒去，這樣幾分", 200),
    ("今年月會 3 次，年會沒有參加，積分？", 60),
    ("本會年會今年都沒去，月會六次，積分多少", 120),
    ("年會缺席，月會 4 次，幾分？", 80),
    ("月会去了4次，年会没参加，多少分", 80),
    ("没去年会，月会去了两次，几分", 40),
    ("Went to 6 monthly meetings, skipped the annual meeting. Credits?", 120),
    ("monthly meetings x4, didn't make it to the annual meeting this year, total?", 80),
    ("I did not attend the annual meeting; 3 monthly meetings. How many credits?", 60),
    ("5 monthly mtgs, missed the annual meeting, total credits?", 100),
])
def test_a_meeting_said_not_attended_is_not_counted_and_the_reading_says_so(engine, question, total):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:200])
    call = a.tool_calls[0]
    assert [it["kind"] for it in call.args["activities"]] == ["tsa_monthly_meeting"]
    assert call.result["total"] == total
    assert any("不計入" in s or "not counted" in s for s in a.assumptions), a.assumptions


@pytest.mark.parametrize(("question", "total"), [
    ("年會沒有發表，但有去，月會 2 次，幾分", 100),
    ("Annual meeting: attended, no talk. 2 monthly meetings. Credits?", 100),
])
def test_a_meeting_attended_without_a_talk_is_still_counted(engine, question, total):
    """Only the talk is said not given: the meeting itself stays."""
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:200])
    call = a.tool_calls[0]
    assert "tsa_annual_meeting" in [it["kind"] for it in call.args["activities"]]
    assert call.result["total"] == total


@pytest.mark.parametrize(("question", "total"), [
    ("月會 3 次，沒有演講，幾分", 60),
    ("3 monthly meetings, no talk at any of them. Credits?", 60),
])
def test_a_talk_said_not_given_is_no_item(engine, question, total):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:200])
    call = a.tool_calls[0]
    assert [it["kind"] for it in call.args["activities"]] == ["tsa_monthly_meeting"]
    assert call.result["total"] == total


@pytest.mark.parametrize("question", [
    "月會去了5次，沒去年會，積分多少",
    "今年沒去年會，月會 5 次，幾分",
    "沒有去年會，月會去了5次，積分？",
])
def test_go_then_annual_meeting_is_no_year_word(engine, question):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:200])
    call = a.tool_calls[0]
    assert [it.get("year") for it in call.args["activities"]] in ([None], [2026])
    assert call.result["total"] == 100


def test_last_years_annual_meeting_is_still_last_year(engine):
    a = _ask(engine, "去年年會有去，月會 2 次，積分多少？")
    assert a.route == "calculator", (a.route, a.missing, a.answer[:200])
    years = {it["kind"]: it.get("year") for it in a.tool_calls[0].args["activities"]}
    assert years["tsa_annual_meeting"] == 2025


def test_a_renewal_activity_said_not_done_is_no_item(engine):
    a = _ask(engine, "換證積分：國內演講 2 次，國際會議沒去，教育積分 80 分，夠嗎")
    assert a.route == "calculator", (a.route, a.missing, a.answer[:200])
    call = a.tool_calls[0]
    assert [it["kind"] for it in call.args["activities"]] == ["lecturer_or_moderator"]
    assert call.result["points"] == 120
