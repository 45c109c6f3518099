"""Sibling items: which of two items of one clause the question is about, by the words only one of them has.

The items of one clause ((1) 檢附抽印本影本, (3) 將雜誌名稱…圈選出來) share their topic words (non-SCI paper, copy,
論文) with each other and with the question, so the fused ranking often puts the wrong sibling first. Read against
all the items of their parent, a question word that one item alone holds (in its text, its gists or its asks:
"what do I *mark* on the copy" — only (3)'s asks say "marked") tells them apart. `prefer_sibling` moves a sibling
from just below the best hit to the top when it holds more such words than the best hit does.
"""

from __future__ import annotations

import re

from knowledge.corpus import Corpus
from knowledge.textnorm import fold

_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z]{3,}")
_STOP = frozenset(
    "the and for are can does did what how many much when who which with that this there have has will would should "
    "could may must need any our your their from into about per each under over than then they them was were been "
    "being also only just like get got its you yours not but all some other another same such one two yes here "
    "please tell know want say says said make made don doesn isn aren exactly".split())
# Characters of talk, not topic: a bigram holding one ("的課", "我那") tells no item from another.
_TALK = frozenset("了嗎吗吧呢啊呀嘛喔哦欸耶我你他她它們们這这那些個个麼么樣样就都也很把被又再啦的是有要")
CHALLENGERS = 2  # the hits just below the best that may take its place
MIN_RATIO = 0.6  # a challenger must hold at least this share of the best hit's fused score
# … and this many more of the question's own words than the best: one word alone ("unit", "film") was as often chance
# as the answer on the development questions (at 1: 12 top hits gained, 7 lost; at 2: 9 gained, none lost).
MARGIN = 2


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def terms(text: str) -> frozenset[str]:
    """Chinese character bigrams (no talk characters) and stemmed English content words of `text` (folded)."""
    text = fold(text)
    out = {run[i:i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)}
    out = {t for t in out if not _TALK & set(t)}
    out.update(_stem(w) for w in _WORD.findall(text) if w not in _STOP)
    return frozenset(out)


_CACHE: dict[tuple[int, str], frozenset[str]] = {}  # (corpus, clause id) → its terms: a clause's words never change


def _clause_terms(clause_id: str, corpus: Corpus) -> frozenset[str]:
    key = (id(corpus), clause_id)
    if key not in _CACHE:
        clause = corpus.get(clause_id)
        _CACHE[key] = frozenset() if clause is None else terms(
            " ".join([clause.text, clause.gist_zh or "", clause.gist_en or "", *(clause.asks or ())]))
    return _CACHE[key]


def own_words(question: frozenset[str], clause_id: str, corpus: Corpus) -> int:
    """How many of the question's terms the clause holds and none of its siblings does."""
    clause = corpus.get(clause_id)
    if clause is None or not clause.parent:
        return 0
    mine = _clause_terms(clause_id, corpus)
    others: set[str] = set()
    for sibling in corpus.children(clause.parent):
        if sibling.id != clause_id:
            others |= _clause_terms(sibling.id, corpus)
    return len((question & mine) - others)


def prefer_sibling(question: str, ranked: list[tuple[str, float]], corpus: Corpus) -> list[tuple[str, float]]:
    """`ranked` (clause id, fused score; best first) with a sibling of the best moved to the top when it holds more
    of the question's own words (`own_words`) than the best does (MARGIN more); unchanged otherwise."""
    if len(ranked) < 2:
        return ranked
    best_id, best_score = ranked[0]
    best = corpus.get(best_id)
    if best is None or not best.parent:
        return ranked
    q = terms(question)
    mine = None
    for i, (clause_id, score) in enumerate(ranked[1:1 + CHALLENGERS], start=1):
        other = corpus.get(clause_id)
        if other is None or other.parent != best.parent or score < best_score * MIN_RATIO:
            continue
        mine = own_words(q, best_id, corpus) if mine is None else mine
        if own_words(q, clause_id, corpus) >= mine + MARGIN:
            return [ranked[i], *ranked[:i], *ranked[i + 1:]]
    return ranked
