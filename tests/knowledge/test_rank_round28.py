"""Round 28 ranking families, new phrasings of our own in zh-TW, zh-CN and English — never the eval sentences.

Everyday words for what the regulations name otherwise: days off (假日, 節假日, "holidays") → 例假日; a stay short of a
month (不到一個月, "under a month") → 一個月以內; the department's head ("dept chief", "head of surgery") → 主任; a
waived fee ("waived", "free of charge") → 免收費; the HPA review's written part ("desk audit", "document review") →
書面考核; reading films (看片, 讀片) → 判讀. Each family's words reach the question's terms (knowledge.lexical), and
the clause holding the regulation's word ranks first (the session's real `retriever`)."""

from __future__ import annotations

import pytest

from knowledge.lexical import expand_query, intent_terms


@pytest.mark.parametrize(("question", "term"), [
    ("工作天數算不算國定假日", "例假日"),
    ("工作天数包括节假日吗", "例假日"),
    ("do public holidays count in the work days?", "例假日"),
    ("進修未滿一個月怎麼算", "一個月以內"),
    ("进修不到1个月怎么申请", "一個月以內"),
    ("training abroad shorter than a month", "一個月以內"),
    ("the head of surgery signed it", "主任"),
    ("is the fee waived?", "免收費"),
    ("what is in the desk audit?", "書面考核"),
    ("醫師還可以繼續看片嗎", "判讀"),
    ("医生还能继续读片吗", "判讀"),
])
def test_the_family_names_the_regulations_word(question: str, term: str) -> None:
    assert term in (*intent_terms(question), *expand_query(question))


@pytest.mark.parametrize("question", ["判片座談會要去哪裡參加", "閱片系統要測哪些", "讀片醫師要幾學分"])
def test_the_regulations_own_film_words_are_no_reading(question: str) -> None:
    assert "判讀" not in intent_terms(question)


@pytest.mark.parametrize(("question", "gold"), [
    ("算合理量時，放射師的工作天數含國定假日嗎", "hpa-mammo/2.1.2.3.2"),
    ("Are public holidays part of the radiographers' working days in the volume formula?", "hpa-mammo/2.1.2.3.2"),
    ("國內進修未滿一個月，可以申請積分嗎", "tsa-cme/5.9"),
    ("Is the CME application fee waived for a surgical society?", "tsa-cme/4.3"),
    ("What goes into the desk audit of the mammography unit?", "hpa-mammo/1.2.2"),
])
def test_the_clause_holding_the_word_ranks_first(retriever, question: str, gold: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == gold, [h.clause.id for h in hits]
