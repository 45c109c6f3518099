"""A van's rule (二(四), headed 乳攝車) is no answer to a question about the facility: its counterpart goes first
(knowledge.counterparts); English procedure words meet the regulation's own (knowledge.lexical)."""

from __future__ import annotations

import pytest

from knowledge.corpus import load_corpus
from knowledge.counterparts import drop_unasked_setting
from knowledge.lexical import expand_query

CORPUS = load_corpus()
VAN = "hpa-mammo/2.4.5"  # 乳攝車放射師…超過每年合理量之 10% 以上者，超量部分本署將不給付
FACILITY = "hpa-mammo/2.1.2.3.2"  # 醫療機構…超過合理量 10% 以上部分之篩檢費用，本署得不予給付


@pytest.mark.parametrize("question", [
    "醫院整年的乳攝量超過合理量一成以上，多出來的錢衛福部還付嗎？",
    "医院全年筛查量超出合理量10%以上，超出的部分国健署给付吗",
    "Our hospital went well past its reasonable yearly number of mammograms — is the excess still reimbursed?",
])
def test_a_facility_question_gets_the_facility_rule(question: str) -> None:
    ranked = [VAN, "hpa-mammo/1.1.2", FACILITY, "hpa-mammo/2.4.2"]
    assert drop_unasked_setting(question, ranked, CORPUS) == [FACILITY, VAN, "hpa-mammo/1.1.2", "hpa-mammo/2.4.2"]


@pytest.mark.parametrize("question", [
    "乳攝車的放射師超過合理量，多出來的還給付嗎？",
    "Does HPA pay for a mobile van's screenings above the reasonable volume?",
])
def test_a_question_naming_the_van_keeps_the_van_rule(question: str) -> None:
    ranked = [VAN, "hpa-mammo/1.1.2", FACILITY]
    assert drop_unasked_setting(question, ranked, CORPUS) == ranked


def test_no_counterpart_no_change() -> None:
    # the next hits word the van's limit nothing alike (the volume check, the article): the van rule stays
    ranked = [VAN, "hpa-mammo/1", "hpa-mammo/2.5"]
    assert drop_unasked_setting("超過合理量會怎樣", ranked, CORPUS) == ranked
    # a mention in the text ("醫療機構 (含乳攝車)") includes vans, it does not limit the deduction table to them
    ranked = ["hpa-mammo/2.5", "hpa-mammo/2.5.2"]
    assert drop_unasked_setting("追蹤完成率低於多少會扣款", ranked, CORPUS) == ranked


def test_the_retriever_puts_the_facility_rule_first(retriever) -> None:
    hits = retriever.search("If a hospital screens more than 10% above its reasonable annual volume, is the surplus paid?")
    assert hits[0].clause.id == FACILITY, [h.clause.id for h in hits]


@pytest.mark.parametrize(("question", "term"), [
    ("does venous stenting count toward vascular cases?", "靜脈"),
    ("balloon angioplasty of a dialysis fistula — which domain?", "氣球擴張"),
    ("how many days in advance must a course apply?", "開辦前"),
])
def test_english_words_meet_the_regulation_own(question: str, term: str) -> None:
    assert term in expand_query(question)


@pytest.mark.parametrize(("question", "term"), [
    ("書審的時候儀器要交哪些資料？", "書面考核"),  # people's short form, the regulation's 書面考核
    ("我是放射科醫師，繼續教育時數不夠要多久內補？", "判讀醫師"),  # a physician, not the 放射師
    ("读片医生的复判差异怎么算", "判读医师"),
    ("技術員半年內沒補上時數會怎樣", "補齊"),
])
def test_people_short_forms_meet_the_regulation_words(question: str, term: str) -> None:
    from knowledge.lexical import intent_terms
    from knowledge.textnorm import fold

    assert fold(term) in intent_terms(question)


def test_the_retriever_reads_a_radiologist_as_the_reading_physician(retriever) -> None:
    hits = retriever.search("我是放射科醫師，乳攝判讀的繼續教育時數沒達標，規定多久內要補齊？")
    assert hits[0].clause.id == "hpa-mammo/2.1.1.1", [h.clause.id for h in hits]
