"""Twenty-seventh round, questions back (SPEC §3 clarify): a needed fact missing is asked for, never filled in.

Classes (each tested with phrasings invented here, not the bank's):
1. One's own month's count said only as large with no "了" ("這個月拍超多", "做了一堆乳攝" without a figure, "shot a ton of
   mammos"), checked against the cap: the count is asked for — never the cap quoted with a yes / no; the reply completes it.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


def _call(answer, tool: str):
    return next(c for c in answer.tool_calls if c.name == tool)


# ---------------------------------------------------------------- 1. one's own month's count said only as large


@pytest.mark.parametrize("question", [
    "我這個月照超多，會不會超過每月上限？",
    "这个月筛得很多，会不会超过上限啊",
    "本月拍了一大堆，有沒有超過上限",
    "I've screened a ton this month - am I over the monthly cap?",
    "did way too many mammos this month, will I go over the limit?",
])
def test_a_count_said_only_as_large_is_asked_for(ask, question):
    a = ask(question)
    assert a.route == "clarify", a.answer[:200]
    assert not a.tool_calls
    assert any(m.startswith(("monthly_screenings", "vague:")) for m in a.missing), a.missing


@pytest.mark.parametrize(("question", "reply", "over"), [
    ("我這個月照超多，會不會超過每月上限？", "520 案", True),
    ("I've screened a ton this month - am I over the monthly cap?", "480", False),
])
def test_the_reply_completes_the_cap_check(engine, question, reply, over):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    assert second.route == "calculator", second.answer[:200]
    assert _call(second, "hpa_radiographer_volume").result["over_monthly_cap"] is over
