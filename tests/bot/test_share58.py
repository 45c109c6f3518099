"""Round 58 (share58): a count HELD ("辦了十二場", "共有 12 場", "held 12 meetings", "there were 10") followed by one's own
attendance said as a share or loosely ("出席了一半", "大部分我都有去", "made it to about half of them", "went to most") is no
attended count: the share is a vague count, asked back (never the held count computed). Near misses — every one attended,
an attended count, a speaker subset, a half-day course, a duration — unchanged. Phrasings written for this test.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.vague import find_vague, shares_of_held
from tests.bot.conftest import TODAY


@pytest.mark.parametrize(("question", "share"), [
    ("學會今年月會一共舉辦了 10 場，我大概參加了一半，月會積分多少？", "一半"),
    ("今年月會開了11場，大部分我都有去，這樣有幾分？", "大部分"),
    ("今年学会月会共办了12场，我只去了一部分，月会能拿几分？", "一部分"),
    ("月會今年共有 12 場，我出席了其中的多數，積分怎麼算？", "多數"),
    ("TSA ran 12 monthly meetings in 2026 and I showed up to roughly half. how many credits is that?", "half"),
    ("there were 10 monthly meetings this year, I attended most of them. points?", "most"),
    ("the society held 12 monthly meetings and I made it to a few of them. credits?", "a few"),
])
def test_a_share_of_the_held_count_is_asked(question, share):
    text = Query(question, TODAY).text
    assert share in shares_of_held(text)
    assert share in find_vague(text)


@pytest.mark.parametrize("question", [
    "今年月會 11 場我都有去，月會幾分？",
    "I attended all 10 TSA monthly meetings this year, credits?",
    "今年月會去了 7 次，其中 2 場我是講者，幾分？",
    "今年月会去了9次，月会几分？",
    "I went to 12 monthly meetings and a half-day course, credits?",
    "月會辦了12場，我都有去，其中 2 場我是講者，幾分",
    "專科一年半，月會開了 6 場我都有到",
    "there were 10 monthly meetings and I attended all of them",
])
def test_near_misses_are_no_share_of_held(question):
    assert shares_of_held(Query(question, TODAY).text) == []


@pytest.mark.parametrize(("question", "expected"), [
    ("今年學會月會總共辦了十二場，我出席了一半，這樣月會幾分？", "clarify"),
    ("月會辦了10場我去了大部分，幾分", "clarify"),
    ("the society held 12 monthly meetings this year and I made it to about half of them. credits?", "clarify"),
    ("今年月會 12 場我都有去，幾分", "calculator"),
])
def test_the_held_count_is_never_computed(engine, question, expected):
    first = engine.answer(question, today=TODAY)
    assert first.route == expected
    if expected == "clarify":
        assert not first.tool_calls and first.missing and first.missing[0].startswith("vague:")


@pytest.mark.parametrize(("question", "reply", "total"), [
    ("今年學會月會總共辦了十二場，我出席了一半，這樣月會幾分？", "6 次", 120),
    ("今年月會開了11場，大部分我都有去，這樣有幾分？", "9 場", 180),
    ("the society held 12 monthly meetings this year and I made it to about half of them. credits?", "6", 120),
])
def test_the_reply_is_the_attended_count(engine, question, reply, total):
    from bot.answer import Conversation, Turn  # noqa: PLC0415

    first = engine.answer(question, today=TODAY)
    final = engine.answer(reply, Conversation(turns=[Turn(question=question, answer=first)]), today=TODAY)
    assert final.route == "calculator" and final.tool_calls[0].result["total"] == total
