"""Neighbouring subjects that share our vocabulary are out of scope (SPEC §3), ours stay in.

The phrasings here are written for the classes (licence, exam, training, another regulation,
billing, another certificate or society, clinical decision), not taken from the eval banks.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.scope import POINTERS, foreign_target, out_of_scope_marker

NEIGHBOURS = [
    ("licence", "醫師執業執照六年要更新，需要幾點繼續教育？"),
    ("licence", "放射師的執照更新要上哪些課？"),
    ("licence", "How many CE hours do I need to renew my practice license?"),
    ("exam", "外科專科醫師筆試幾分及格？"),
    ("exam", "When is the specialty board exam held this year?"),
    ("training", "住院醫師訓練期間要開幾台刀？"),
    ("other_regulation", "醫院評鑑對乳攝室人力的規定是什麼？"),
    ("other_regulation", "Does MQSA require 960 mammograms every two years?"),
    ("billing", "乳房攝影的健保申報代碼是多少？"),
    ("billing", "What is the NHI code for TACE?"),
    ("other_certificate", "家醫科專科醫師證書展延要幾學分？"),
    ("other_certificate", "胸腔外科專科醫師證書過期還能補辦嗎？"),
    ("other_certificate", "心導管學會的指導醫師要做幾例 PCI？"),
    ("other_certificate", "ACLS 證書幾年要重新上課？"),
    ("other_certificate", "How many points for my family medicine board recertification?"),
    ("other_society", "我在本會演講，在骨科醫學會那邊可以算幾分？"),
    ("other_society", "Will the Taiwan Urological Association accept my stent cases?"),
    ("clinical", "BI-RADS 4 的病人要不要直接安排切片？"),
    ("clinical", "4 公分肝腫瘤 RFA 跟 TACE 哪個比較好？"),
    ("clinical", "Should I add an MRI for a patient with dense breasts?"),
    ("clinical", "should a 2.5 cm thyroid nodule be removed or watched?"),
]

OURS = [
    "今年參加消化外科醫學會年會，會期兩天，積分多少？",
    "參加其他外科相關醫學會的年會，積分怎麼給？",
    "I attended two specialty society annual meetings this year, both one-day. credits?",
    "放射線專科醫師教育積分 140 分，加上國內演講一次，夠換證嗎？",
    "Can I get a lifetime interventional radiology instructor certificate at 62?",
    "外科專科醫師證書展延要幾分？",
    "追蹤完成率 68%，會被扣多少補助？",
    "陽性複判差異 40%，要不要參加複判訓練？",
    "同一篇文章在不同醫學會發表，可以重複申請積分嗎？",
]


@pytest.mark.parametrize(("kind", "question"), NEIGHBOURS)
def test_neighbouring_subject_is_out_of_scope_with_a_pointer(kind: str, question: str) -> None:
    assert foreign_target(Query(question).text) == kind
    assert out_of_scope_marker(Query(question)) is not None  # an older marker may name it first
    assert kind in POINTERS


@pytest.mark.parametrize("question", OURS)
def test_our_subjects_stay_in_scope(question: str) -> None:
    assert out_of_scope_marker(Query(question)) is None


def test_out_of_scope_answer_names_whose_rules_apply_and_quotes_nothing(engine) -> None:
    answer = engine.answer("醫師執業執照更新六年要 120 點，介入學會的研討會可以算幾點？")
    assert answer.route == "out_of_scope"
    assert not answer.citations and not answer.tool_calls
    assert "衛生福利部" in answer.answer


@pytest.mark.parametrize("question", [
    "研討會要申請積分認定，費用多少？",
    "簽到單可以請人代簽嗎？",
    "後續審查多久做一次？",
    "疑似陽性個案的確診期限怎麼算？",
])
def test_the_regulations_own_procedural_words_keep_a_question_in_scope(engine, question):
    """認定, 簽到, 後續審查, 確診期限 are these regulations' words even without 積分 or a society's name."""
    assert engine.answer(question).route != "out_of_scope"
