"""Shared helpers of the rules first-line tests: the line `direct_line` writes for a question over given clauses (ranked
in the order given, as the retriever would), and whether a line is supported by those clauses' own text."""

from __future__ import annotations

from bot.rules_answer import direct_line
from evals.first_line import unsupported
from knowledge.corpus import load_corpus
from knowledge.retrieve import Hit

CORPUS = load_corpus()


def line_for(question: str, clauses: list[str] | str, lang: str) -> str:
    """The first line for `question` when `clauses` (one id or several, best first) are the hits."""
    ids = [clauses] if isinstance(clauses, str) else clauses
    hits = [Hit(clause=CORPUS.get(c), score=0.05 - i * 0.001, via=["lexical", "dense"]) for i, c in enumerate(ids)]
    return direct_line(question, hits, CORPUS, lang).text


def supported(text: str, clauses: list[str] | str) -> bool:
    """Is every number and negation of `text` found in the clauses' full text or labels?"""
    ids = [clauses] if isinstance(clauses, str) else clauses
    return not unsupported(text, [x for c in ids for x in (CORPUS.full_text(c), CORPUS.get(c).label)])


def supported_line_for(question: str, clauses: list[str] | str, lang: str) -> str:
    """`line_for`, asserted `supported` by those clauses (the line is shown when it is not)."""
    text = line_for(question, clauses, lang)
    assert supported(text, clauses), text
    return text
