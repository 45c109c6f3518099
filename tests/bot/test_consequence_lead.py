"""A yes / no asked of one consequence of a re-read tier ("他還能繼續判讀嗎", "does she have to attend?") is answered by that
consequence, as the tier's clause states it (calculators.hpa_mammo.REREAD_CONSEQUENCES): 丙 and 丁 stop the reading, 乙 lets
it go on only once the seminar is attended and the exam passed, 甲 only recommends the seminar."""

from __future__ import annotations

import datetime

import pytest

from bot.verdict import asked_consequences, consequence_lead
from calculators.hpa_mammo import REREAD_CONSEQUENCES, TIER_ORDER

TODAY = datetime.date(2026, 11, 25)


@pytest.mark.parametrize(("question", "lead", "tier"), [
    ("王醫師陽性複判差異 65%，他一定要停止判讀嗎？", "需要", "stop"),
    ("阳性复判差异 30%，阴性 25%，她还能继续读片吗？", "不可以", "stop"),
    ("positive re-read discrepancy 45%, negative 5%, can he keep reading?", "Yes", "recommended"),
    ("陽性複判差異 55%，陰性 10%，他還能繼續判讀嗎？", "有條件", "required"),
    ("陽性複判差異 45%，陰性 5%，一定要去參加座談會嗎？", "不需要", "recommended"),
    ("positive re-read discrepancy 58%, negative 12%. does she have to attend the seminar?", "Yes", "required"),
    ("陽性差異 70% 陰性 25%，會被停權嗎", "不會", "stop"),
    ("陽性複判差異 65%，前次審查已要求參加座談會，會被停權嗎", "會", "stop_and_suspend"),
    ("positive discrepancy 70%, negative 3% — does he have to stop reading?", "Yes", "stop"),
])
def test_the_consequence_asked_leads_the_answer(engine, question, lead, tier):
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "calculator", answer.answer
    call = answer.tool_calls[0]
    assert call.name == "hpa_reread_action" and call.result["tier"] == tier
    assert answer.answer.startswith(lead), answer.answer.splitlines()[0]


@pytest.mark.parametrize(("question", "lead"), [
    # (round 58: whether reading goes on, asked of ONE rate, is the rule's row for that rate — the development halves label it
    # so 10 : 1, and the lead took ci-hpa-055's computed answer as an accepted regression; it was computed here before. Its
    # consequence still leads: 丙's stop, quoted first)
    ("王醫師陽性複判差異 65%，他還能繼續判讀嗎？", "不可以"),
    ("阴性复判差异 23%，这医生还能继续看片子吗", "不可以"),
    ("one of our readers had 28% discrepancy on negatives. can he keep reading?", "No"),
])
def test_one_rate_asked_whether_reading_goes_on_leads_with_the_rows_consequence(engine, question, lead):
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "retrieval" and not answer.tool_calls, answer.answer
    assert answer.citations[0].id == "hpa-mammo/2.1.1.2.3"
    assert answer.answer.startswith(lead), answer.answer.splitlines()[0]


def test_two_consequences_that_disagree_give_no_lead():
    # 乙: attending is required (True) while reading goes on only on that condition (None): no single word answers both
    held = [REREAD_CONSEQUENCES["required"]]
    question = "陽性複判差異 55%，要去上課嗎？還能繼續判讀嗎？"
    assert asked_consequences(question) == ["attend", "reading"]
    assert consequence_lead(question, held, "複判差異評估結果：…", "zh-TW") == ""
    # (a clause stating the facts asks nothing: "要去參加座談會，還能繼續判讀嗎" asks only whether reading goes on)
    assert asked_consequences("已經排好要去參加座談會，還能繼續判讀嗎？") == ["reading"]


def test_a_question_asking_no_consequence_gets_no_consequence_lead():
    held = [REREAD_CONSEQUENCES["stop"]]
    assert consequence_lead("陽性複判差異 65%，是哪一級？", held, "複判差異評估結果：立即停止判讀（丙）。", "zh-TW") == ""
    assert consequence_lead("他還能繼續判讀嗎？", [{}], "…", "zh-TW") == ""  # a tool with no such consequences


def test_every_tier_states_every_consequence():
    names = {name for held in REREAD_CONSEQUENCES.values() for name in held}
    assert set(REREAD_CONSEQUENCES) == set(TIER_ORDER)
    assert all(set(held) == names for held in REREAD_CONSEQUENCES.values())
    # the stricter the tier, never the more reading allowed
    order = {True: 2, None: 1, False: 0}
    reading = [order[REREAD_CONSEQUENCES[t]["reading"]] for t in TIER_ORDER]
    assert reading == sorted(reading, reverse=True)
