"""A fact the person did not state is asked for, never filled in (SPEC §3 reading rules)."""

from __future__ import annotations

import pytest

from bot.answer import Conversation, Turn
from bot.parsing.text import Query
from bot.vague import fill_vague, find_vague
from tests.bot.conftest import TODAY


@pytest.mark.parametrize(("question", "vague"), [
    ("今年去了年會，也去了幾次月會，總共幾分？", ["幾次"]),
    ("今年月會去了好幾次，幾分？", ["好幾次"]),
    ("泌尿道支架也做了几十例，专科 9 年，够申请吗", ["幾十例"]),  # 幾十 stays a word (no 10 例)
    ("I went to a few TSA monthly meetings this year. credits?", ["a few TSA monthly meetings"]),
    ("gave several talks at monthly meetings, how many credits?", ["several talks"]),
])
def test_vague_counts_stated_as_facts_are_found(question, vague):
    assert find_vague(Query(question, TODAY).text) == vague


@pytest.mark.parametrize("question", ["總共幾分？", "要去幾次月會才夠？", "SCI 論文要幾篇才能申請？", "年會一次幾分", "how many meetings do I need?"])
def test_the_asked_figure_is_not_a_vague_fact(question):
    assert find_vague(Query(question, TODAY).text) == []


def test_the_reply_takes_the_vague_words_place():
    text = Query("今年去了年會，也去了幾次月會，總共幾分？", TODAY).text
    assert "6 次月會" in fill_vague(text, ["幾次"], "6 次")
    assert fill_vague(text, ["幾次"], "不知道") is None


@pytest.mark.parametrize(("question", "reply", "total"), [
    ("今年去了年會，也去了幾次月會，總共幾分？", "6 次", 180),
    ("I went to a few TSA monthly meetings this year and gave a talk at one of them. how many credits?", "4", 100),
])
def test_a_vague_count_is_asked_then_the_reply_completes_it(engine, question, reply, total):
    first = engine.answer(question, today=TODAY)
    assert first.route == "clarify" and not first.tool_calls
    assert first.missing and first.missing[0].startswith("vague:")
    assert first.pending_call is not None  # the Edit inputs form pre-fills what was read
    final = engine.answer(reply, Conversation(turns=[Turn(question=question, answer=first)]), today=TODAY)
    assert final.route == "calculator" and final.tool_calls[0].result["total"] == total


def test_a_deadline_asked_as_a_day_needs_the_screening_date_not_today(engine):
    a = engine.answer("這個個案篩檢結果 category 0，最晚哪一天要完成複檢？", today=TODAY)
    assert a.route == "clarify" and any(m.startswith("screening_date") for m in a.missing)
    b = engine.answer("category 0 的追蹤期限是多久？", today=TODAY)  # a period: no date needed
    assert b.route != "clarify"


def test_a_mission_named_without_its_length_is_asked_for(engine):
    """The overseas mission's months lower the credits needed: never read as 0 (SPEC §3)."""
    a = engine.answer("我有參加駐外醫療團，六年積分 100、100、90、95、100、80，能展延嗎？", today=TODAY)
    assert a.route == "clarify" and any(m.startswith("overseas_mission_months") for m in a.missing)


def test_the_missions_months_given_in_reply_complete_the_renewal_check(engine):
    q = "我有參加駐外醫療團，六年積分 90、85、80、95、90、85，能展延嗎？"
    first = engine.answer(q, today=TODAY)
    final = engine.answer("10 個月", Conversation(turns=[Turn(question=q, answer=first)]), today=TODAY)
    assert final.route == "calculator"
    assert final.tool_calls[0].args == {"yearly_credits": [90, 85, 80, 95, 90, 85], "overseas_mission_months": 10}


@pytest.mark.parametrize(("question", "reply", "args"), [
    ("Is 95 screenings in one day on our van OK?", "two", {"daily_screenings_on_van": 95, "radiographers_on_van": 2}),
    ("我們年篩 9000 案，兩位放射師，一位全年都在，另一位大概半年左右，會超量嗎？", "181 天",
     {"radiographer_work_days": [365, 181], "annual_screenings": 9000}),
])
def test_a_reply_completes_what_was_asked_and_keeps_what_was_read(engine, question, reply, args):
    first = engine.answer(question, today=TODAY)
    assert first.route == "clarify"
    final = engine.answer(reply, Conversation(turns=[Turn(question=question, answer=first)]), today=TODAY)
    assert final.route == "calculator" and final.tool_calls[0].args == args


@pytest.mark.parametrize(("question", "missing", "reply", "args"), [
    ("今年追蹤完成 150 案，會被扣款嗎？", "suspected_positive_cases", "疑似陽性 210 案",
     {"suspected_positive_cases": 210, "completed_cases": 150}),
    ("前五年 120、100、110、90、100，今年還沒結算，這樣能展延嗎？", "yearly_credits", "今年 80",
     {"yearly_credits": [120, 100, 110, 90, 100, 80]}),
    ("Our radiographers worked 365 and 220 days this year. Will any screening fees be cut?", "annual_screenings",
     "10,800 screenings", {"radiographer_work_days": [365, 220], "annual_screenings": 10800}),
])
def test_some_facts_given_one_missing_is_asked_then_completed(engine, question, missing, reply, args):
    """Part of the person's facts is a calculation short of one fact: ask for exactly that one."""
    first = engine.answer(question, today=TODAY)
    assert first.route == "clarify" and first.missing[0].startswith(missing)
    final = engine.answer(reply, Conversation(turns=[Turn(question=question, answer=first)]), today=TODAY)
    assert final.route == "calculator" and final.tool_calls[0].args == args


def test_a_large_vague_count_of_exams_is_vague_but_those_few_sets_are_not():
    from bot.vague import find_vague

    assert find_vague("這個月拍了好幾百件，有沒有超過上限") == ["好幾百件"]
    assert find_vague("上個月拍了好幾百張") == ["好幾百張"]
    assert find_vague("非緻密型那幾組的分數是 355、362") == []
