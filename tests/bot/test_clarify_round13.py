"""Clarify follow-ups of the thirteenth round's development data (SPEC §3). Wordings are our own, never the eval sentences;
every test asserts in its own body with the real engine (real index, real calculators).

- a reply that restates the whole case together with what was asked ("国际会议1次，讲习会2次，每次3小时" after "参加了国际会议，
  也去了讲习会" was asked the hours) completes the calculation from the reply itself — it is not merged with the question, which
  counted every activity twice and asked the hours again;
- a reply that gives only the asked fact, or changes a figure of the question, is still read with the question.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


@pytest.mark.parametrize(("question", "reply", "total"), [
    ("今年去了國際會議，還有院外研討會，總共幾分？", "國際會議 1 次；研討會 3 場，每場 1 小時", 30),
    ("我今年去了国外开会，也参加了国内的学术讲习会，学分多少？", "国外会议1次，讲习会2次，每次3小时", 30),
    ("今年參加了月會，也去了院外講習會，積分怎麼算？總共幾分", "月會 2 次，講習會 1 次 4 小時", 50),
    ("去了本會年會，也去了院外的講習會，今年積分多少？", "年會1次，講習會2場，都是1小時", 70),
    ("今年有去国际会议，也上过国内讲习会，一共几分？", "国际会议 1 次，讲习会 1 次，1.5 小时", 30),
])
def test_a_reply_restating_the_whole_case_completes_it(engine, question, reply, total):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify", first.answer[:200]
    assert not first.tool_calls
    assert final.route == "calculator", final.answer[:200]
    assert final.tool_calls[0].name == "tsa_credit_tally"
    assert final.tool_calls[0].result["total"] == total


def test_a_reply_giving_only_the_asked_hours_is_read_with_the_question(engine):
    first, final = ask_and_reply(engine, "月會去了3次，講習會2次，今年幾分？", "講習會每次3小時")
    assert first.route == "clarify"
    assert final.route == "calculator", final.answer[:200]
    assert final.tool_calls[0].result["total"] == 80
