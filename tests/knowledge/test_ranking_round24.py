"""Round 24 ranking classes, new phrasings of our own in zh-TW, zh-CN and English — never the eval sentences.

1. An English question naming one item of a heading by its label ("corrective measures" for the item "2、輔導措施" under
   "(三) 醫療機構 …評等及輔導措施如下") is read through the Chinese terms its words map to, as a Chinese one is
   (knowledge.siblings.lower_to_named_child).
2. A question asking where a form is or which appendix it is ("那個表是附表幾", "where's the checklist?") is answered by
   the clause that says so ("後續審查表如附表二"), not by the clauses that use the form (knowledge.forms).

The retrieval tests use the real corpus and the real index (the session's `retriever` fixture)."""

from __future__ import annotations

import pytest

from knowledge.corpus import load_corpus
from knowledge.forms import asks_form_place, prefer_form_locator
from knowledge.siblings import lower_to_named_child


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


# ------------------------------------------------------------------ 1. an English question naming a heading's item

@pytest.mark.parametrize("question", [
    "What corrective measures does a facility face after a weak clinical image evaluation?",
    "which counselling measures apply to a hospital whose image evaluation went badly?",
])
def test_an_english_question_names_the_item_by_its_label(corpus, question: str) -> None:
    ranked = ["hpa-mammo/2.3", "hpa-mammo/2.3.1", "hpa-mammo/2.3.2"]
    assert lower_to_named_child(question, ranked, corpus)[0] == "hpa-mammo/2.3.2"


@pytest.mark.parametrize("question", [
    "How is a facility's clinical image evaluation graded?",  # no item's label named: the heading stays
    "Who runs the facility-level clinical image evaluation?",  # who acts: the heading says it for all its items
])
def test_an_english_question_naming_no_item_keeps_the_heading(corpus, question: str) -> None:
    ranked = ["hpa-mammo/2.3", "hpa-mammo/2.3.1", "hpa-mammo/2.3.2"]
    assert lower_to_named_child(question, ranked, corpus) == ranked


@pytest.mark.parametrize("question", [
    "Where in the rules are the corrective measures for a hospital's clinical image evaluation?",
    "what remedial measures are set for the facility when its image evaluation is poor?",
    "機構層級的臨床影像評估沒過，輔導措施寫在哪裡？",
    "医院整体审查不理想的话，辅导措施是什么？",
    "What support measures does the rulebook set for a hospital that scores poorly overall?",
])
def test_the_facility_measures_item_comes_first(retriever, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == "hpa-mammo/2.3.2", (question, [h.clause.id for h in hits])


# ------------------------------------------------------------------ 2. where a form is

@pytest.mark.parametrize(("question", "expected"), [
    ("人員資格那張表是附表幾？", True),
    ("后续审查表在哪个附表？", True),
    ("指導老師的申請表要去哪裡下載？", True),
    ("Which appendix holds the follow-up review checklist?", True),
    ("where can I get the instructor application form?", True),
    ("申請課程認定時表單要填哪些欄位？", False),  # what goes into the form, not where it is
    ("What do I fill in on the application form?", False),
    ("what documents do I attach to the credit application?", False),
    ("放射師一年要幾學分？", False),
    ("where do I mail the application form?", False),  # where it goes, not where it is
    ("申請表要寄到哪裡？", False),
])
def test_asks_where_a_form_is(question: str, expected: bool) -> None:
    assert asks_form_place(question) is expected


def test_the_clause_locating_the_form_comes_first(corpus) -> None:
    ranked = ["hpa-mammo/2.1.1.1", "hpa-mammo/2.1.2.1", "hpa-mammo/2.1.1", "hpa-mammo/2.6"]
    assert prefer_form_locator("放射師的經驗規定在哪個附表？", ranked, corpus)[0] == "hpa-mammo/2.6"
    assert prefer_form_locator("放射師的經驗規定是幾年？", ranked, corpus) == ranked


@pytest.mark.parametrize("question", [
    "判讀醫師的工作經驗跟積分要求列在哪一個附表？",
    "Which appendix is the follow-up review checklist with the staff credit requirements?",
    "where can I find the review form listing radiographers' CE hours?",
])
def test_which_appendix_is_the_review_form(retriever, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == "hpa-mammo/2.6", (question, [h.clause.id for h in hits])
