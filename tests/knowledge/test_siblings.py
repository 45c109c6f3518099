"""Two items of one clause: the one holding the question's own words goes first (knowledge.siblings, issue 10)."""

from __future__ import annotations

import pytest

from knowledge.corpus import load_corpus
from knowledge.siblings import own_words, prefer_sibling, terms

CORPUS = load_corpus()


@pytest.mark.parametrize(("question", "best", "sibling"), [
    # the discrepancy rows of 二(一)1(2): only 丁 (a second time in a row) speaks of the last review and a suspension
    ("連續兩次後續審查都被要求去判片座談會，這一回差異又超標，醫師要被停權多久？", "hpa-mammo/2.1.1.2.2", "hpa-mammo/2.1.1.2.4"),
    ("连续两次后续审查都被要求去判片座谈会，这一回差异又超标，医师要被停权多久？", "hpa-mammo/2.1.1.2.2", "hpa-mammo/2.1.1.2.4"),
    # the non-SCI paper's items: only (3) says what to circle / mark on the copy
    ("for a non-SCI journal paper, what do I have to highlight and mark on the photocopy?", "tsa-cme/5.8.1", "tsa-cme/5.8.3"),
])
def test_the_sibling_holding_the_question_words_goes_first(question: str, best: str, sibling: str) -> None:
    ranked = [(best, 0.05), (sibling, 0.045), ("tsa-cme/1", 0.04)]
    assert prefer_sibling(question, ranked, CORPUS) == [(sibling, 0.045), (best, 0.05), ("tsa-cme/1", 0.04)]


def test_words_every_sibling_shares_tell_nothing() -> None:
    q = terms("non-SCI paper copy")  # both items speak of a non-SCI paper and its copy
    assert own_words(q, "tsa-cme/5.8.1", CORPUS) == own_words(q, "tsa-cme/5.8.3", CORPUS) == 0


@pytest.mark.parametrize("ranked", [
    [("tsa-cme/5.8.1", 0.05), ("tsa-cme/5.7.3", 0.045)],  # not a sibling: the order stands
    [("tsa-cme/5.8.1", 0.05), ("tsa-cme/5.8.3", 0.02)],  # a sibling far below the best: the order stands
])
def test_only_a_close_sibling_may_take_the_top(ranked: list[tuple[str, float]]) -> None:
    question = "for a non-SCI journal paper, what do I have to highlight and mark on the photocopy?"
    assert prefer_sibling(question, ranked, CORPUS) == ranked


def test_one_word_of_its_own_is_not_enough() -> None:
    ranked = [("tsa-cme/5.8.1", 0.05), ("tsa-cme/5.8.3", 0.045)]
    assert prefer_sibling("non-SCI paper, the marked copy: which item?", ranked, CORPUS) == ranked  # "mark" alone: chance
    # (as what the question asks be done — "what do I mark?" — it is the predicate, and its sibling answers:
    # tests/knowledge/test_rules_classes14.py, the asked-verb step)


@pytest.mark.parametrize("question", ["前一次審查已經被要求去座談會，這次陰性差異 16%，會停權幾個月？",
                                      "上次已被要求参加座谈会，这次阴性差异 17%，停权多久？"])
def test_the_retriever_puts_the_sibling_first(retriever, question: str) -> None:
    # fused, 二(一)1(2)乙 (a first time) came first; the question's own words (上次 / 前一次, 停權) are 丁's
    assert retriever.search(question, 3)[0].clause.id == "hpa-mammo/2.1.1.2.4"
