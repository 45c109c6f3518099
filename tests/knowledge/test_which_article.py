"""A question that asks *which article* covers something names the enclosing clause before the item that matched
(knowledge.retrieve `_articles`, issue 10); the item stays right behind it, and other questions rank as before."""

from __future__ import annotations

import pytest

from knowledge.retrieve import rrf
from knowledge.textnorm import clean_query


@pytest.mark.parametrize(("question", "article", "item"), [
    ("放射師每年要拍多少案的規定寫在哪一條？", "hpa-mammo/2.1.2.3", "hpa-mammo/2.1.2.3.1"),
    ("乳攝車放射師每天拍幾案是哪一條規定的？", "hpa-mammo/2.4", "hpa-mammo/2.4.1"),
    ("乳摄车放射师每天拍几案是哪一条规定的？", "hpa-mammo/2.4", "hpa-mammo/2.4.1"),
    ("which article says how many screenings a day on a van", "hpa-mammo/2.4", "hpa-mammo/2.4.1"),
])
def test_which_article_names_the_enclosing_clause_then_the_item(retriever, question, article, item):
    ranked = [hit.clause.id for hit in retriever.search(question, 3)]
    assert ranked[0] == article and item in ranked, ranked


@pytest.mark.parametrize("question", ["乳攝車放射師每天最多拍幾案？", "How many screenings a day may one radiographer do on a van?"])
def test_a_question_not_asking_where_ranks_as_fused(retriever, question):
    fused = rrf(retriever.rankings(clean_query(question)))
    assert retriever.fuse(clean_query(question)) == fused
    best = max(fused, key=lambda i: fused[i][0])
    assert retriever.search(question, 1)[0].clause.id == best


def test_a_whole_section_is_not_an_article(retriever):
    # hpa-mammo/2 (二, a section) encloses 二(四); naming it would answer "which article" with half the document
    assert "hpa-mammo/2" not in retriever._articles(rrf(retriever.rankings("which article covers the mobile van")))
