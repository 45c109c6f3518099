"""One re-read discrepancy rate alone (SPEC §4.4: the stricter of the two rates decides): the other rate is asked
for — beside what the rate given already decides, said to be the least — unless the rate given decides the
strictest tier by itself; never taken as below its threshold."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply as _ask


@pytest.mark.parametrize(("question", "asked", "least", "lead"), [
    ("這位判讀醫師陽性複判差異 55%，下次審查前要做什麼？", "陰性個案的複判差異", "（乙）", "依目前提供的數字"),
    ("医师阴性复判差异 12%，需要怎么处理？", "疑似陽性個案的複判差異", "（甲）", "依目前提供的數字"),
    ("Her negative-case discrepancy came out at 18%. What now?", "suspected-positive", "(乙)", "From the figures given so far"),
    ("Reader's positive discrepancy is 41 percent, any action needed?", "negative cases", "(甲)", "From the figures given so far"),
])
def test_one_rate_asks_for_the_other_and_shows_the_least(engine, question, asked, least, lead):
    answer = _ask(engine, question)
    assert answer.route == "clarify" and not answer.tool_calls
    assert answer.answer.startswith(lead) and least in answer.answer.split("\n\n")[0]
    assert asked in answer.answer
    assert answer.pending_call is not None and answer.pending_call.name == "hpa_reread_action"
    assert answer.citations[0].id.startswith("hpa-mammo/2.1.1.2.")  # the tier decided so far leads the sources


@pytest.mark.parametrize(("question", "tier"), [
    ("陽性複判差異 63%，會怎樣？", "stop"),  # over 60 %: 丙 whatever the negative rate
    ("陽性複判差異 63%，要停止判讀嗎？", "stop"),
    ("Negative discrepancy 22% this round — what happens?", "stop"),
    ("上次後審已要求參加座談會，這次陰性複判差異 16%，會怎樣？", "stop_and_suspend"),  # 丁 needs only one rate
    ("Previous review already required the seminar; positive discrepancy now 54%. Consequence?", "stop_and_suspend"),
])
def test_a_rate_that_decides_the_strictest_tier_alone_is_answered(engine, question, tier):
    answer = _ask(engine, question)
    assert answer.route == "calculator"
    assert [c.result["tier"] for c in answer.tool_calls] == [tier]


def test_the_reply_with_the_other_rate_finishes_the_calculation(engine):
    first, second = _ask(engine, "陽性複判差異 45%，要怎麼辦？", "陰性 17%")
    assert first.route == "clarify"
    assert second.route == "calculator"
    call = second.tool_calls[0]
    assert (call.args["positive_discrepancy_pct"], call.args["negative_discrepancy_pct"]) == (45, 17)
    assert call.result["tier"] == "required"  # 17 % negative is stricter than 45 % positive


@pytest.mark.parametrize(("question", "row"), [
    # (round 58: whether reading goes on, asked of the one rate, is the rule's row for it — labelled so 10 : 1 by the development
    # halves; it was computed here before (test_consequence_lead has its lead)
    ("陽性複判差異 63%，還可以繼續判讀嗎？", "hpa-mammo/2.1.1.2.3"),
    ("陰性複判差異 17%，還能繼續判讀嗎", "hpa-mammo/2.1.1.2.2"),
])
def test_one_rate_asked_whether_reading_goes_on_is_the_rows(engine, question, row):
    answer = _ask(engine, question)
    assert answer.route == "retrieval" and not answer.tool_calls
    assert answer.citations[0].id == row
