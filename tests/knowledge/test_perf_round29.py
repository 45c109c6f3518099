"""Round 29 (issue 10): the tool that measures what a change to the encoded text costs in ranking quality
(devtools.recall_sample) must measure the retriever as it runs and leave it as it found it.

No variant it measured was kept (each lowered English recall@1 on the development cases), so what is pinned here is
the measuring itself: the cases it scores (development halves only, never evals/heldout/), each variant really
changing the encoded text, and the retriever restored after it (its constants and its memo of dense texts).
Real tables, real tokenizer; no timings."""

from __future__ import annotations

import pytest

import knowledge.retrieve as retrieve
from devtools import recall_sample
from knowledge.embeddings import _query_tokens

ENGLISH = [
    "if the van tech's screening count goes over the yearly reasonable volume, does HPA still pay for the extra exams?",
    "Who decides the credit value for overseas lectures or workshops that fit none of the listed categories?",
    "the reading radiologist was short on CME credits at the follow-up review - what happens after the make-up window?",
]
CHINESE = ["乳攝車每名放射師一天最多可以拍幾案？", "放射师的继续教育积分不够怎么办"]


def test_the_scored_cases_are_development_cases_with_gold_clauses() -> None:
    cases = recall_sample.gold_cases()
    assert cases
    assert not [c.id for c in cases if "heldout" in c.source]
    assert {c.category for c in cases} <= {"retrieval", "rules"}
    assert all(c.expect.gold_ids and not c.followup for c in cases)
    assert {c.lang for c in cases} >= {"en", "zh-TW", "zh-CN"}


@pytest.mark.parametrize("question", ENGLISH)
def test_a_capped_variant_encodes_fewer_tokens_of_the_same_question(question: str) -> None:
    base = retrieve._dense_query(question, _query_tokens)
    with recall_sample._patched(**recall_sample.VARIANTS["terms-2"]):
        capped = retrieve._dense_query(question, _query_tokens)
    assert capped != base and capped.startswith(question.split()[0])
    assert _query_tokens(capped) < _query_tokens(base)


@pytest.mark.parametrize("question", CHINESE)
def test_a_question_without_english_words_is_encoded_the_same_under_every_term_cap(question: str) -> None:
    base = retrieve._dense_query(question, _query_tokens)
    for name in ("terms-2", "terms-3", "terms-4"):
        with recall_sample._patched(**recall_sample.VARIANTS[name]):
            assert retrieve._dense_query(question, _query_tokens) == base


def test_the_retriever_is_restored_after_a_variant_even_when_it_fails() -> None:
    before = (retrieve.QUERY_TOKENS, retrieve._dense_text, retrieve.DENSE_EXPANSION)
    text = ENGLISH[0]
    expected = retrieve._dense_query(text, _query_tokens)
    with pytest.raises(RuntimeError), recall_sample._patched(QUERY_TOKENS=16, DENSE_EXPANSION=False):
        assert retrieve._dense_query(text, _query_tokens) == text  # no terms appended (one sentence: kept whole)
        raise RuntimeError("a variant's run fails")
    assert (retrieve.QUERY_TOKENS, retrieve._dense_text, retrieve.DENSE_EXPANSION) == before
    assert retrieve._dense_query(text, _query_tokens) == expected  # not the variant's text, remembered
