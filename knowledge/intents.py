"""A family of everyday wording the question uses (knowledge.lexical INTENTS: 一小時折幾分 → 折算, 兩邊都能申請 → 重複,
有一年零分 → 零分, 上網查 → 查詢) names the regulation's own word for what is ruled on (knowledge.lexical.RULING_TERMS). When the best hit holds none of
those words and exactly one of the next hits holds more of them, that one goes first: the dense and ask rankings meet
the question's other words ("一小時", "年會") in a clause that does not rule on what is asked."""

from __future__ import annotations

import re

from knowledge.corpus import Corpus
from knowledge.lexical import RULING_TERMS, expand_query, intent_terms
from knowledge.promote import moved_first
from knowledge.textnorm import fold

DEPTH = 2  # the hits after the best that may take its place
FAR_DEPTH = 4  # … and further down, a hit holding every ruling word when none before it holds any ("一小時折合多少學分"
# met by four clauses on courses of so many hours before 第十條's 每一小時折算 3 分) — only for a figure asked (a yes / no,
# "會貼在網站上？", is no conversion to look far for)
_FIGURE_ASKED = re.compile(r"多少|幾|几|\bhow (?:many|much)\b|\bworth\b", re.I)


def _held(words: tuple[str, ...], clause_id: str, corpus: Corpus) -> int:
    """How many of `words` the clause's heading and text hold."""
    clause = corpus.get(clause_id)
    if clause is None:
        return 0
    text = fold(f"{clause.heading or ''} {clause.text}")
    return sum(1 for w in words if w in text)


def ruling_words(question: str) -> tuple[str, ...]:
    """The regulation's words for what the question asks to be ruled on (RULING_TERMS): from its Chinese wording
    (knowledge.lexical INTENTS) and its English phrases ("one year with zero points" → 零分, "claimed twice" → 重複,
    knowledge.lexical.expand_query)."""
    return tuple(dict.fromkeys(t for t in (*intent_terms(question), *expand_query(question)) if t in RULING_TERMS))


def prefer_intent_holder(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` (clause ids, best first) with the one hit among the next DEPTH that holds the question's ruling words
    (knowledge.lexical.intent_terms that are RULING_TERMS) moved first, when the best holds none of them — or, when none of
    those does, the one hit up to FAR_DEPTH holding all of them; unchanged otherwise."""
    words = ruling_words(question)
    if len(ranked) < 2 or not words or _held(words, ranked[0], corpus):
        return ranked
    counts = [(_held(words, i, corpus), n) for n, i in enumerate(ranked[1:1 + DEPTH], start=1)]
    best = max(c for c, _ in counts)
    holders = [n for c, n in counts if c == best]
    if best == 0 and len(ranked) > 1 + DEPTH and _FIGURE_ASKED.search(fold(question)):  # (a figure asked: "一小時折合多少")
        far = [n for n, i in enumerate(ranked[1 + DEPTH:1 + FAR_DEPTH], start=1 + DEPTH) if _held(words, i, corpus) == len(words)]
        if len(far) == 1:
            return moved_first(ranked, far[0])
    if best == 0 or len(holders) != 1:
        return ranked
    return moved_first(ranked, holders[0])
