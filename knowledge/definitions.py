"""A question asking what a term means is answered by the clause that defines it.

The regulations define their short forms where they first use them — "(四) 乳房 X 光攝影篩檢巡迴車 (以下簡稱乳攝車)",
"台灣外科醫學會(以下簡稱本會)", "本辦法所稱繼續教育積分，包括…" — and use them everywhere after. A question asking what
such a term means ("文件裡一直寫的「乳攝車」是指什麼？", "本會指的是哪個學會", "what does 'the society' refer to?") shares
its word with every clause that uses it, and those that say more about it (the van's daily cap, its image audit) rank
first. `prefer_definer` moves the clause that defines the term asked about, when it is among the first hits, to the
top. Only a question asking the meaning — the term followed by 是指 / 指的是 / 什麼意思 / 的定義 …, or "what does X mean /
refer to / stand for", "what is meant by X" — and only a term the clause itself defines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.corpus import Corpus
from knowledge.textnorm import fold

DEPTH = 5  # the hits after the best that may take its place

# What a clause defines: a short form it introduces, a term it says it means.
_DEFINES = (re.compile(r"[(（]\s*以下簡稱\s*([^()（）\s]{2,12}?)\s*[)）]"),
            re.compile(r"所稱\s*([\u4e00-\u9fff]{2,12}?)\s*[,，]"))
# The question asks what the term right before it means ("「乳攝車」，是指", "本會指的是", "乳攝車的定義").
# (… or points back at it first, "「乳攝車」，這是指什麼", "这个指的是啥")
_ZH_MEANING = re.compile(r"\s*[」』\"'”]?\s*[，,]?\s*(?:這個|这个|這|这|那個|那个|它|此)?\s*(?:到底|究竟|是)?\s*"
                         r"(?:是指|指的是|指什麼|指甚麼|指啥|指哪|是什麼意思|什麼意思|"
                         r"甚麼意思|的意思|的定義|定義是|是啥)")
_EN_MEANING = re.compile(r"\bwhat (?:does|do|is meant by|exactly is meant by)\s+(.{2,60}?)\s*(?:mean|refer to|stand for)?\s*\?|"
                         r"\b(?:meaning|definition) of\s+(.{2,60}?)(?:[?,.;]|$)|\b(.{2,40}?)\s+means what\b", re.I)


@lru_cache(maxsize=None)
def _defined(text: str) -> tuple[str, ...]:
    return tuple(m.group(1) for cue in _DEFINES for m in cue.finditer(fold(text)))


def english_terms(question: str) -> set[str]:
    """The Chinese terms of the English words whose meaning the question asks ("what does 'mobile van' mean?")."""
    from knowledge.lexical import expand_query

    out: set[str] = set()
    for m in _EN_MEANING.finditer(fold(question)):
        out.update(expand_query(next(g for g in m.groups() if g)))
    return out


def _asks_meaning(question: str, term: str, english: set[str]) -> bool:
    text = fold(question)
    if term in english:
        return True
    at = text.find(term)
    while at >= 0:
        if _ZH_MEANING.match(text, at + len(term)):
            return True
        at = text.find(term, at + 1)
    return False


def prefer_definer(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` (clause ids, best first) with the clause among the first DEPTH + 1 that defines the term the question
    asks the meaning of moved to the top; unchanged otherwise."""
    english = english_terms(question)
    for i, clause_id in enumerate(ranked[:1 + DEPTH]):
        clause = corpus.get(clause_id)
        if clause is None:
            continue
        if any(_asks_meaning(question, term, english) for term in _defined(clause.text)):
            return [clause_id, *ranked[:i], *ranked[i + 1:]] if i else ranked
    return ranked


def short_form_asked(question: str, text: str) -> tuple[str, str] | None:
    """(short form, full name) when `text` introduces a short form ("(四) 乳房 X 光攝影篩檢巡迴車 (以下簡稱乳攝車)") whose
    meaning the question asks; None otherwise. The full name is the text's own words before the bracket, back to the
    previous break (an enumerator such as "(四)" left out)."""
    english = english_terms(question)
    for m in _DEFINES[0].finditer(text):
        term = m.group(1)
        if not _asks_meaning(question, fold(term), english):
            continue
        full = re.split(r"[\n。；;，,:：]", text[:m.start()])[-1]
        full = re.sub(r"^\s*(?:[(（][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}、|"
                      r"第\s*[一二三四五六七八九十0-9]{1,3}\s*條)\s*", "", full).strip()
        if full:
            return term, full
    return None

