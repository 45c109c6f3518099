"""Ordinal references: a question pointing at a part of a text by its place ("後續審查第一大項查什麼", "第五條第三項",
"換證條件的第二款", "審查標準第(五)項", "the second item of the application procedure", "note 1 of that item").

`knowledge.lookup` reads a clause named in full (第五條第十二款, 二(五), tsa-cme/5.12); an ordinal alone names only a place
under some clause — the scope. The scope is the clause the question names in full when it names one ("第五條" of
"第五條第三項": people call a 款 a 項), else the clause among the best hits (or one of their ancestors) that has such a
child and whose heading shares the most of the question's words (ties: the better-ranked hit, then the nearer level).
The child is found by its own numbering (the last part of its path: 一、→ .1, (二) → .2, 備註一 → .n1), never by
counting, so a gap in the numbering (5.8 has no (2)) is no shift.
"""

from __future__ import annotations

import re

from knowledge.corpus import Corpus
from knowledge.lookup import bigrams, normalise
from knowledge.models import Clause
from knowledge.numerals import cn_to_int

_CN = r"[一二兩三四五六七八九十]{1,3}"
_N = rf"{_CN}|[0-9]{{1,2}}"
# 第一大項 / 第二項 / 第三款 / 第2點 / 第(二)項 / 第一部分 — the level words of the three texts' numbering as people say them
# (not 第一年 / 第二作者 / 第一次: a year, a role, an occasion)
_ZH_ITEM = re.compile(rf"第\s*[(（]?\s*(?P<n>{_N})\s*[)）]?\s*(?:個)?\s*(?:大項|大點|小項|項目|項|款|點|目|部分|部份|段)|"
                      rf"(?<![一二兩三四五六七八九十、])[(（]\s*(?P<p>{_CN})\s*[)）]\s*(?:這|那|的)?\s*(?:一)?\s*(?:項|款|點|段|部分)|"
                      rf"(?<![一二兩三四五六七八九十、(（第])(?P<s>{_CN})、\s*(?:這|那|的)\s*(?:一)?\s*(?:項|款|點|段|部分)")
_ZH_NOTE = re.compile(rf"(?<![條款)）])\s*備\s*註\s*(?:第)?\s*(?P<n>{_N})")
_EN_ORDINAL = {w: i for i, w in enumerate("zeroth first second third fourth fifth sixth seventh eighth ninth tenth "
                                           "eleventh twelfth thirteenth fourteenth fifteenth".split())}
_EN_NUMBER = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_EN_LEVEL = r"(?:main\s+|major\s+|big\s+|top[- ]level\s+|sub[- ]?)?(?:item|point|part|paragraph|clause|section|bullet|heading|note)"
_EN_ITEM = re.compile(rf"\b(?:the\s+)?(?P<o>{'|'.join(_EN_ORDINAL)}|[0-9]{{1,2}}(?:st|nd|rd|th))\s+(?P<l>{_EN_LEVEL})s?\b|"
                      rf"\b(?P<l2>{_EN_LEVEL})\s+(?:no\.?\s*|number\s+|#\s*)?(?P<n>[0-9]{{1,2}}(?![0-9.])|"
                      rf"{'|'.join(w for w in _EN_NUMBER if w != 'zero')}|\(\s*[0-9]{{1,2}}\s*\))(?![\w.])", re.I)
# A full reference the ordinal is part of (第五條第三款, 二(五), Article 5 item 3, 5.4.n1): knowledge.lookup reads it
_FULL = re.compile(rf"第\s*(?:{_N})\s*條\s*第?\s*(?:{_N})\s*款|{_CN}\s*、?\s*[(（]\s*{_CN}\s*[)）]|"
                   r"\b(?:article|art\.?)\s*[0-9]{1,3}\s*(?:\(|\.|,?\s*(?:item|paragraph|para\.?|point))|"
                   r"[0-9]{1,2}\.[0-9]{1,2}", re.I)

# Words setting the place aside just before it ("不是第三款列的那些", "(不含第三款之醫學會)", "other than item 3"): the question is
# about something else, which the place's own clause may name as excluded (第五條第十款: 不含第三款之醫學會)
_SET_ASIDE = re.compile(r"(?:不是|不在|不含|不屬於|並非|非|除了|除|沒在|以外的|之外的|不像)\s*(?:在|屬於|是)?\s*$|"
                        r"\b(?:not|excluding|except|other than|outside|besides|beyond)\s+(?:in\s+|under\s+|one of\s+)?(?:the\s+)?$",
                        re.I)

# … or just after it ("第三款以外的", "第三款沒列到的", "item 3 aside")
_SET_ASIDE_AFTER = re.compile(r"\s*(?:(?:名單|名单|清單|列的|所列)?\s*(?:以外|之外|除外|外的|沒列|没列|未列|沒有列|没有列|不包括|不含)|"
                              r"\s*(?:aside|excepted|excluded)\b)", re.I)

CHAIN_DEPTH = 5  # the best hits whose clauses (and ancestors) may be the scope


def _number(raw: str) -> int | None:
    raw = raw.strip("() （）").lower()
    if raw.isdigit():
        return int(raw)
    if raw in _EN_NUMBER:
        return _EN_NUMBER[raw]
    if m := re.fullmatch(r"([0-9]{1,2})(?:st|nd|rd|th)", raw):
        return int(m.group(1))
    if raw in _EN_ORDINAL:
        return _EN_ORDINAL[raw]
    return cn_to_int(raw)


def ordinal_refs(question: str) -> list[tuple[int, bool]]:
    """(number, is a note) for each ordinal the question points with, in order; a full reference (第五條第三款, 二(五)) is
    left to knowledge.lookup."""
    text = normalise(question)
    full = [range(m.start(), m.end()) for m in _FULL.finditer(text)]
    found: list[tuple[int, int, bool]] = []

    def add(start: int, raw: str | None, note: bool, end: int = -1) -> None:
        if _SET_ASIDE.search(text[max(0, start - 16):start]) or (end >= 0 and _SET_ASIDE_AFTER.match(text, end)):
            return  # ("不是第三款列的那些", "不在第三款名單裡", "not in item 3"): the place is what the question sets aside
        if raw and not any(start in r for r in full) and (n := _number(raw)) and 0 < n <= 20:
            found.append((start, n, note))

    for m in _ZH_ITEM.finditer(text):
        add(m.start(), m["n"] or m["p"] or m["s"], False, m.end())
    for m in _ZH_NOTE.finditer(text):
        add(m.start(), m["n"], True, m.end())
    for m in _EN_ITEM.finditer(text):
        level = (m["l"] or m["l2"] or "").lower()
        add(m.start(), m["o"] or m["n"], level.endswith("note"), m.end())
    return [(n, note) for _, n, note in sorted(found)]


def _child(corpus: Corpus, scope: Clause, n: int, note: bool) -> Clause | None:
    """The child of `scope` numbered `n` in its own numbering (備註 n → .n<n>)."""
    want = f"{scope.path}.n{n}" if note else f"{scope.path}.{n}"
    return corpus.get(f"{scope.doc}/{want}")


_WORD = re.compile(r"[a-z]{3,}")


def _terms(text: str) -> set[str]:
    text = normalise(text).lower()
    return bigrams(text) | set(_WORD.findall(text))


def _scope_terms(c: Clause) -> set[str]:
    """The words naming a clause as a scope: its heading (and its English gist's words, for an English question)."""
    return _terms(" ".join(x for x in (c.heading or "", c.gist_en or "") if x))


def ordinal_clause(question: str, corpus: Corpus, ranked: list[str], named: list[Clause] | None = None) -> Clause | None:
    """The clause the question points at by its place (see the module docstring), or None."""
    refs = ordinal_refs(question)
    if len(refs) != 1:
        return None  # (none, or several places — "第一項跟第三項" — which the ranking reads as it is)
    n, note = refs[0]
    for scope in named or []:
        if (child := _child(corpus, scope, n, note)) is not None:
            return child
    if named:
        return None  # (the clause named in full has no such part: the look-up stands)
    # each candidate part scored by the question's words its scope's heading and its own hold together (the question may
    # name the part itself: "第一大項「人員資歷」那塊" — the part, not a part under it); ties: the shallower part (大項 / 第一項
    # of a text name its top items first), then the better-ranked hit
    q = _terms(question)
    best: tuple[tuple[int, int, int], Clause] | None = None
    seen: set[str] = set()
    for rank, cid in enumerate(ranked[:CHAIN_DEPTH]):
        clause = corpus.get(cid)
        while clause is not None:
            if clause.id not in seen:
                seen.add(clause.id)
                if (child := _child(corpus, clause, n, note)) is not None:
                    key = (len(q & (_scope_terms(clause) | _scope_terms(child))), -child.path.count("."), -rank)
                    if best is None or key > best[0]:
                        best = (key, child)
            clause = corpus.get(clause.parent) if clause.parent else None
    return best[1] if best is not None else None
