"""Every clause's curated gist (corpus YAML, beside its text) is a faithful one-line summary:
each number it states is in the clause's own text (and its sub-clauses'), and it denies only
where the clause denies."""

from __future__ import annotations

import pytest

from bot.rules_answer import EN_NEGATION, NEGATION, numbers_in
from knowledge.corpus import load_corpus

CORPUS = load_corpus()
CLAUSES = CORPUS.clauses


def _source(clause_id: str) -> str:
    return CORPUS.full_text(clause_id)


@pytest.mark.parametrize("clause", CLAUSES, ids=[c.id for c in CLAUSES])
def test_every_clause_has_both_gists(clause) -> None:
    assert clause.gist_zh and clause.gist_en, f"{clause.id}: gist_zh and gist_en are required"
    assert "\n" not in clause.gist_zh and "\n" not in clause.gist_en
    assert len(clause.gist_zh) <= 90 and len(clause.gist_en) <= 200


@pytest.mark.parametrize("clause", CLAUSES, ids=[c.id for c in CLAUSES])
def test_gist_numbers_are_in_the_clause(clause) -> None:
    allowed = numbers_in(_source(clause.id)) | numbers_in(clause.label)
    for lang, gist in (("zh", clause.gist_zh), ("en", clause.gist_en)):
        extra = {n for n in numbers_in(gist) if n not in allowed}
        assert not extra, f"{clause.id} gist_{lang} states {sorted(extra)} that its clause does not: {gist}"


@pytest.mark.parametrize("clause", CLAUSES, ids=[c.id for c in CLAUSES])
def test_gist_denies_only_where_the_clause_does(clause) -> None:
    denies = bool(NEGATION.search(_source(clause.id)))
    if not denies:
        assert not NEGATION.search(clause.gist_zh), f"{clause.id}: gist_zh denies, the clause does not"
        assert not EN_NEGATION.search(clause.gist_en), f"{clause.id}: gist_en denies, the clause does not"


def test_numbers_in_reads_both_numeral_forms() -> None:
    assert numbers_in("每申請一次收費 1,000 元，六年內三十分") >= {1, 1000, 6, 30}
    assert 40 in numbers_in("每天篩檢上限 40 案")
