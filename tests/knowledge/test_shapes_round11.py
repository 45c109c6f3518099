"""Eleventh round, retrieval: the question's shape (who acts / when, for how long) meets the asks of that shape
(knowledge.shapes), and English words that had no bridge to the regulations' own terms get one (重複, 核發, 審查小組,
印片, 螢幕). New wording, never the eval sentences."""

from __future__ import annotations

import pytest

from knowledge.lexical import expand_query
from knowledge.shapes import question_shape


@pytest.mark.parametrize("question", [
    "Which body approves IR instructor certificates?",
    "who decides whether my instructor application passes?",
    "誰負責審核介入指導老師的認證？",
    "指導老師認證是哪個小組審的",
    "谁来审核指导老师认证申请？",
    "who signs off on the instructor certification?",
])
def test_who_questions_have_the_who_shape(question: str) -> None:
    assert question_shape(question) == "who"


@pytest.mark.parametrize("question", [
    "How long does the IR instructor certificate stay valid?",
    "介入指導老師證書效期多久？",
    "指導老師證書可以用幾年",
    "how many years is the instructor cert good for?",
    "指导老师证书有效期多久",
    "by when must the sign-in sheet be back?",
])
def test_period_questions_have_the_period_shape(question: str) -> None:
    assert question_shape(question) == "period"


@pytest.mark.parametrize("question", [
    "when I mail the form, do I need to sign it?",  # a subordinate when in a yes / no question
    "who has to attend, and by when?",  # both shapes: none
    "How many credits is a poster worth?",
    "年會一次幾分？",
    "What documents do I attach for an overseas meeting?",
])
def test_other_questions_have_no_shape(question: str) -> None:
    assert question_shape(question) is None


@pytest.mark.parametrize(("question", "term"), [
    ("can I claim the same talk twice?", "重複"),
    ("is a duplicate claim allowed?", "重複"),
    ("who issues the certificate?", "核發"),
    ("which review panel decides?", "小組"),
    ("we print the films on paper", "印片"),
    ("no hard copies, only a monitor", "螢幕"),
])
def test_english_words_meet_the_regulations_terms(question: str, term: str) -> None:
    assert term in expand_query(question)


@pytest.mark.parametrize("question", [
    "Which body approves IR instructor certificates?",
    "who decides whether my instructor application passes?",
    "誰負責審核介入指導老師的認證？",
    "谁来审核指导老师认证申请？",
    "who signs off on the instructor certification?",
])
def test_who_questions_find_the_review_panel(retriever, question: str) -> None:
    from knowledge.textnorm import clean_query

    shaped = [ids for name, _, ids in retriever.rankings(clean_query(question), doc="tsir-instructor") if name == "shape"]
    assert shaped and "tsir-instructor/7" in shaped[0][:2]
    top = [h.clause.id for h in retriever.search(question, 3, doc="tsir-instructor")]
    assert "tsir-instructor/7" in top[:2], top


@pytest.mark.parametrize("question", [
    "How long does the IR instructor certificate stay valid?",
    "介入指導老師證書效期多久？",
    "指導老師證書可以用幾年",
    "how many years is the instructor cert good for?",
    "指导老师证书有效期多久",
])
def test_period_questions_find_the_period(retriever, question: str) -> None:
    top = [h.clause.id for h in retriever.search(question, 3, doc="tsir-instructor")]
    assert "tsir-instructor/4" in top[:2], top
