"""Round 25b ranking classes, new phrasings of our own in zh-TW, zh-CN and English — never the eval sentences.

1. A question asking *which article* covers a topic, met first by the rules' statement of purpose (宗旨), which names
   the whole regulation and so shares words with any question naming it: the next hit first, unless the purpose itself
   is asked (knowledge.shapes.asks_purpose, knowledge.retrieve `_purpose_yields`).

The retrieval tests use the real corpus and the real index (the session's `retriever` fixture)."""

from __future__ import annotations

import pytest

from knowledge.shapes import asks_purpose


@pytest.mark.parametrize("question", [
    "外科醫學會這套辦法的宗旨是什麼？",
    "介入放射学会当初订这个认证办法的目的是什么？",
    "為什麼要訂這套繼續教育的規定？",
    "Why did the IR society write these instructor rules?",
    "what is the purpose of the surgical CME regulation?",
])
def test_asks_purpose_reads_why_the_rules_were_made(question):
    assert asks_purpose(question)


@pytest.mark.parametrize("question", [
    "指導老師的申請表要寄到哪裡，規定在哪一條？",
    "外科积分的申请流程写在第几条？",
    "which article covers the application fee for instructors?",
])
def test_asks_purpose_is_not_read_into_a_topic_question(question):
    assert not asks_purpose(question)


# (each met first by the purpose, 宗旨, before the fix)
@pytest.mark.parametrize(("question", "article"), [
    ("台灣外科醫學會積分的認定標準是寫在第幾條？", "tsa-cme/5"),
    ("介入放射学会指导老师认证的申请程序规定在第几条？", "tsir-instructor/8"),
    ("介入放射線學會指導老師認證的申請程序寫在哪一條？", "tsir-instructor/8"),
])
def test_which_article_is_not_answered_by_the_rules_purpose(retriever, question, article):
    ranked = [hit.clause.id for hit in retriever.search(question, 3)]
    assert retriever.corpus.get(ranked[0]).heading != "宗旨", ranked
    assert article in ranked, ranked


@pytest.mark.parametrize(("question", "purpose"), [
    ("外科醫學會積分辦法的宗旨寫在哪一條？", "tsa-cme/1"),
    ("介入放射學會指導老師認證辦法，訂定目的寫在哪一條？", "tsir-instructor/0"),
])
def test_which_article_states_the_purpose_keeps_the_purpose_first(retriever, question, purpose):
    assert retriever.search(question, 1)[0].clause.id == purpose
