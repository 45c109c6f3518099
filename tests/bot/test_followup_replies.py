"""Replies in the thread of a question back (SPEC §3 clarify): a reply that gives one more value of a fact
already read completes the calculation; a statement the bot cannot read asks the question again — never a
refusal as out of scope, never a figure guessed."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


def test_a_grown_list_or_a_new_argument_adds_values():
    from bot.engine import _adds_values

    assert _adds_values({"scores": [360, 352]}, {"scores": [360, 352, 349]})
    assert _adds_values({"annual_screenings": 9000}, {"annual_screenings": 9000, "radiographer_work_days": [365]})
    assert not _adds_values({"scores": [360, 352]}, {"scores": [360, 352]})
    assert not _adds_values({"scores": [360, 352]}, {"scores": [349, 352, 360]})  # not the same first entries
    assert not _adds_values({"scores": [360], "kind": "sampled"}, {"scores": [360, 352]})  # an argument dropped


@pytest.mark.parametrize(("question", "reply", "tool", "field", "value"), [
    ("機構抽選片 4 組的平均是幾等？前三組 360、352、371", "最後一組 349", "hpa_image_grade", "grade", "B"),
    ("今年放射师两位，一位全年，另一位下半年才来，年筛查 11,500 例，会超量吗？", "第二位工作了 150 天",
     "hpa_facility_volume", "reasonable_volume", 8465.75),
])
def test_a_reply_adding_one_more_value_completes_the_calculation(engine, question, reply, tool, field, value):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert final.route == "calculator", final.answer
    call = final.tool_calls[0]
    assert call.name == tool
    assert call.result[field] == value


@pytest.mark.parametrize(("question", "reply"), [
    ("换证积分：这六年讲了 4 次课，另外放射科学分 120，够吗？", "嗯嗯好的"),
    ("Is our follow-up completion rate enough?", "no idea honestly"),
    ("我的自選片評等會是幾等？", "還沒收到成績耶"),
])
def test_a_reply_the_bot_cannot_read_asks_again(engine, question, reply):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    assert final.route == "clarify", final.answer
    assert not final.tool_calls
    assert final.pending_call is not None and final.pending_call.name == first.pending_call.name
    assert final.missing == first.missing


def test_a_new_question_in_the_thread_is_answered_as_itself(engine):
    _, final = ask_and_reply(engine, "Is our follow-up completion rate enough?", "外科年會一次幾分？")
    assert final.route == "retrieval"
