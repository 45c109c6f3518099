"""Two sibling clauses told apart by a negated qualifier: the one the question's own polarity names goes first.

tsa-cme 第五條 gives credits for papers in SCI journals (5.7 "發表 SCI 論文") and, apart, for papers outside SCI (5.8 "發表非
SCI 論文"); tsir-instructor 第五條 likewise (5.1 "發表 SCI 文章", 5.2 "發表 non-SCI 文章"), and its case counts for tumour and
non-tumour embolization (2.2 "腫瘤血管栓塞治療", 2.3 "非腫瘤血管栓塞治療"). The two texts share every other word, so a
question on a paper "發在非SCI的雜誌" meets both alike and the denser SCI clause may come first. The headings name the
qualifier and its negation; the question says which it means:

- it negates the qualifier ("非SCI", "non-SCI", "不是 SCI 的期刊", "not in SCI", "SCI 以外") and never names it plainly: the
  sibling whose heading negates it goes first;
- it names the qualifier only plainly ("SCI 病例報告", "an SCI paper"): the sibling whose heading names it plainly goes
  first, before the one negating it.

A question naming both ("SCI 跟非 SCI 都要附抽印本嗎") keeps the retriever's order.
"""

from __future__ import annotations

import re

from knowledge.corpus import Corpus
from knowledge.models import Clause
from knowledge.textnorm import fold

DEPTH = 3  # the hits after the best that may take its place

# A heading's negated qualifier: a Latin term after 非 / non- ("非 SCI", "non-SCI"), or two Chinese characters after 非
# ("非腫瘤"; not 非本會, another society's activity: knowledge.others).
_HEADING_NEGATED = re.compile(r"非\s*([a-z]+|(?!本會|本學會)[\u4e00-\u9fff]{2})|\bnon[-\s]*([a-z]+)")
# The question's negations before a term, and after it ("SCI 以外", "SCI 之外").
_NEGATION_BEFORE = (r"(?:(?:非|不是|不在|不屬於|沒有|没有|沒|没|未)\s*(?:被|在|列在|列入|收錄在|登在)?|\bnon[-\s]*|"
                    r"\bnot\s+(?:(?:indexed|listed|included|published|covered)\s+)?(?:(?:in|on|by)\s+)?(?:an?\s+|the\s+)?)\s*")
_NEGATION_AFTER = r"\s*(?:以外|之外)"


def _qualifier(a: str, b: str) -> str | None:
    """The qualifier heading `b` negates and heading `a` names plainly (folded headings), or None."""
    for m in _HEADING_NEGATED.finditer(b):
        term = m.group(1) or m.group(2)
        if term and re.search(_plain(term), a) and not any((n.group(1) or n.group(2)) == term
                                                            for n in _HEADING_NEGATED.finditer(a)):
            return term
    return None


def _plain(term: str) -> str:
    """A pattern for the term itself (a Latin term as a word)."""
    return rf"(?<![a-z]){re.escape(term)}(?![a-z])" if term.isascii() else re.escape(term)


def asked_polarity(question: str, term: str) -> bool | None:
    """True when the (folded) question names the term only plainly, False when only negated, None when both or neither."""
    negated = plain = False
    for m in re.finditer(_plain(term), question):
        before = question[max(0, m.start() - 24):m.start()]
        after = question[m.end():m.end() + 4]
        if re.search(_NEGATION_BEFORE + r"$", before, re.I) or re.match(_NEGATION_AFTER, after):
            negated = True
        else:
            plain = True
    if negated == plain:
        return None
    return plain


def prefer_asked_polarity(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` (clause ids, best first) with each hit whose heading names a qualifier against the question's polarity
    giving its place to its sibling further down (within DEPTH) that names it the question's way (see the module
    docstring): the best hit first, then the others ("SCI 病例報告…換證積分" met by the surgical society's SCI clause
    and then the IR society's non-SCI one: the IR society's SCI clause takes the second place)."""
    out = list(ranked)
    text = fold(question)
    for i in range(min(len(out), 1 + DEPTH)):
        j = _asked_sibling(text, out, i, corpus)
        if j is not None:
            out = [*out[:i], out[j], *out[i:j], *out[j + 1:]]
    return out


def _asked_sibling(text: str, ranked: list[str], i: int, corpus: Corpus) -> int | None:
    """The index of the sibling below `ranked[i]` (within DEPTH) that the (folded) question's polarity names instead."""
    for mine in _ancestry(corpus, ranked[i]):
        if mine.heading and mine.parent and (j := _sibling_below(text, ranked, i, mine, corpus)) is not None:
            return j
    return None


def _ancestry(corpus: Corpus, clause_id: str, levels: int = 2) -> list[Clause]:
    """The clause and its parents up to `levels` above it (an item of a list answers under its list's heading)."""
    out: list[Clause] = []
    clause = corpus.get(clause_id)
    while clause is not None and len(out) <= levels:
        out.append(clause)
        clause = corpus.get(clause.parent) if clause.parent else None
    return out


def _branch(corpus: Corpus, clause_id: str, parent: str) -> Clause | None:
    """The clause itself or its ancestor whose parent is `parent` (None when it is under another parent)."""
    return next((c for c in _ancestry(corpus, clause_id) if c.parent == parent), None)


def _sibling_below(text: str, ranked: list[str], i: int, mine: Clause, corpus: Corpus) -> int | None:
    """The index of the hit below `ranked[i]` (within DEPTH) under the sibling of `mine` (`ranked[i]` or its list)
    whose heading names the qualifier the question's way: 5.8.1 (an item of 發表非 SCI 論文) below 5.7 (發表 SCI 論文) for
    "沒有 SCI 的期刊…要準備哪些文件"."""
    heading = fold(mine.heading)
    for j in range(i + 1, min(len(ranked), i + 1 + DEPTH)):
        other = _branch(corpus, ranked[j], mine.parent)
        if other is None or other.id == mine.id or not other.heading:
            continue
        theirs = fold(other.heading)
        if (term := _qualifier(heading, theirs)) is not None and asked_polarity(text, term) is False:
            return j  # this hit names it plainly, the question negates it
        if (term := _qualifier(theirs, heading)) is not None and asked_polarity(text, term) is True:
            return j  # this hit negates it, the question names it plainly
    return None


def polarity_settles(question: str, first: str, second: str, corpus: Corpus) -> bool:
    """Whether the question's polarity for a qualifier two sibling headings differ by names `first`'s, so `second` is no
    rival answer to it ("非SCI 的通訊作者" rules out the SCI clause's figures)."""
    a, b = corpus.get(first), corpus.get(second)
    if a is None or b is None or a.parent != b.parent or not a.heading or not b.heading:
        return False
    mine, theirs, text = fold(a.heading), fold(b.heading), fold(question)
    if (term := _qualifier(mine, theirs)) is not None:
        return asked_polarity(text, term) is True
    if (term := _qualifier(theirs, mine)) is not None:
        return asked_polarity(text, term) is False
    return False


def negates_asked(question: str, clause_id: str, corpus: Corpus) -> bool:
    """Whether the clause's heading, or its list's, negates a qualifier the question names only plainly: "兩篇 SCI 都是我
    通訊作者" is no question on 發表 non-SCI 文章 (nor "腫瘤栓塞" one on 非腫瘤血管栓塞治療), whatever else they share."""
    text = fold(question)
    for clause in _ancestry(corpus, clause_id):
        for m in _HEADING_NEGATED.finditer(fold(clause.heading or "")):
            term = m.group(1) or m.group(2)
            if term and asked_polarity(text, term) is True:
                return True
    return False


# The question's own negated qualifier ("算非血管介入嗎", "non-vascular"; not 非得 / 非要 "must", 非常 "very", nor 非本會,
# 非學會 / non-society, another society: knowledge.others).
_ASKED_NEGATED = re.compile(r"非\s*(?!得|要|常|本會|本學會|學會|會員)([a-z]+|[\u4e00-\u9fff]{2})|\bnon[-\s]*(?!society|member)([a-z]+)")


def asked_against(question: str, clause_id: str, corpus: Corpus) -> bool:
    """Whether the question negates a qualifier that the clause's heading, or its list's, names only plainly — "腹水抽吸
    算非血管介入嗎" against 血管介入治療's items: the clause is on what the question sets apart, so its grant is no yes to
    it (and its figure no answer), whatever words they share. The nearest level naming the qualifier decides (an item
    under 發表非SCI論文 is on non-SCI papers whatever its article's heading says); an English term is read in the
    headings and in each level's English gist's subject, its first words ("Vascular intervention includes …")."""
    text = fold(question)
    ancestry = _ancestry(corpus, clause_id, levels=1)  # (the clause and its list: an article's heading names its whole)
    for m in _ASKED_NEGATED.finditer(text):
        term = m.group(1) or m.group(2)
        if not term or asked_polarity(text, term) is not False:
            continue
        for c in ancestry:
            said = fold(c.heading or "")
            if term.isascii():
                said += " " + " ".join(re.findall(r"[a-z-]+", fold(c.gist_en or ""))[:GIST_SUBJECT_WORDS])
            if not re.search(_plain(term), said):
                continue
            if not any((n.group(1) or n.group(2)) == term for n in _HEADING_NEGATED.finditer(said)):
                return True
            break
    return False


GIST_SUBJECT_WORDS = 3  # an English gist's first words name its subject ("Vascular intervention includes …")
