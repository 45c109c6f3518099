"""Whose grade a question is about (knowledge.counterparts): a radiographer's grade on the clinical images is 二(一)2(2)乙's
measures, not the facility's (二(三)2) nor the unit's field test (二(二)1(2)) when the question names neither the facility
nor the machine; a question naming them keeps their rule."""

from __future__ import annotations

import pytest

from knowledge.corpus import load_corpus
from knowledge.counterparts import drop_unasked_setting

CORPUS = load_corpus()
PERSON = "hpa-mammo/2.1.2.2.2"  # 放射師 自選片/抽選片 輔導措施
FACILITY = "hpa-mammo/2.3.2.1"  # 醫療機構 臨床影像評估 B、C、D：負責醫師及負責放射師…
UNIT = "hpa-mammo/2.2.1.2"  # 乳房 X 光攝影儀 實地測試 輔導措施
VAN = "hpa-mammo/2.4.4"  # 乳攝車抽選片 B、C 等


@pytest.mark.parametrize(("question", "ranked"), [
    ("our tech got a C on the sampled images — what training is she in for?", [FACILITY, PERSON, UNIT]),
    ("放射師抽選片拿到 B，接下來要去上什麼？", [FACILITY, UNIT, PERSON]),
    ("radiographer graded D on her self-selected images: may she keep imaging meanwhile?", [UNIT, PERSON, FACILITY]),
    ("放射师自选片有一项是 C 等，要参加什么训练？", [FACILITY, PERSON]),
    ("One of the radiographers scored B on an image item. Which meeting does she have to go to, and by when?",
     [UNIT, FACILITY, PERSON]),
    ("If a radiographer gets a D on the sampled images, can she keep doing screening exams?", [FACILITY, UNIT, VAN, PERSON]),
])
def test_a_radiographers_grade_gets_the_radiographers_measures(question: str, ranked: list[str]) -> None:
    assert drop_unasked_setting(question, ranked, CORPUS)[0] == PERSON


@pytest.mark.parametrize(("question", "ranked"), [
    ("醫院的臨床影像評估有一項 B，負責醫師要做什麼？", [FACILITY, PERSON, UNIT]),
    ("Our facility's clinical image evaluation came back C. What must the responsible physician do?", [FACILITY, PERSON]),
    ("實測 B 等是人為因素，誰要去品管討論會？", [UNIT, FACILITY, PERSON]),
    ("the unit got a D on the field test, can we keep using it?", [UNIT, PERSON, FACILITY]),
    ("那台乳攝儀實地測試有一項 D，還能繼續篩檢嗎？", [UNIT, FACILITY]),
])
def test_a_question_naming_the_facility_or_the_unit_keeps_its_rule(question: str, ranked: list[str]) -> None:
    assert drop_unasked_setting(question, ranked, CORPUS) == ranked
