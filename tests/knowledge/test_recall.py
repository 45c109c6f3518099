"""Retrieval quality on the eval set (evals/cases/retrieval.yaml): issue 2's targets, per language."""

from __future__ import annotations

import pytest

from knowledge.bench import eval_cases, recall_by_language

TARGET_RECALL_AT_3 = 0.95
TARGET_MRR = 0.85


@pytest.fixture(scope="module")
def figures(retriever):
    cases = eval_cases()
    assert len(cases) >= 60, "the retrieval eval set is missing or too small"
    return recall_by_language(retriever, cases)


@pytest.mark.parametrize("lang", ["zh-TW", "zh-CN", "en"])
def test_recall_and_mrr_per_language(figures, lang):
    got = figures[lang]
    assert got["cases"] >= 10
    assert got["recall@3"] >= TARGET_RECALL_AT_3, got
    assert got["mrr"] >= TARGET_MRR, got
