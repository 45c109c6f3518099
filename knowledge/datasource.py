"""Where the figures a rule counts come from, asked ("are the numbers taken from our own HIS data or from somewhere
else?", "數據是從哪裡來的", "追蹤完成率是用什麼資料算的", "based on what data?"): the clause that names the source of its
figures ("係以本署篩檢資料庫數據作為參考依據") answers, however far down the head the word-sharing clauses on the same rate
put it (they share "追蹤", "rate", "numbers" with the question, not the source)."""

from __future__ import annotations

import re

from knowledge.corpus import Clause, Corpus
from knowledge.promote import sole_holder_first
from knowledge.textnorm import fold

DEPTH = 5  # the hits after the best that may take its place

# The source of the figures asked.
_SOURCE_ASKED = re.compile(
    r"\b(?:numbers?|figures?|data|counts?|stats?|statistics|rates?)\b[^?.]{0,40}?\b(?:taken|come|comes|coming|drawn|pulled|"
    r"sourced|obtained|calculated|computed|derived)\s+(?:from|out\s+of|off)\b|"
    r"\b(?:from|out\s+of)\s+(?:what|which|whose)\s+(?:data(?:base)?|source|system|records?)\b|"
    r"\b(?:what|which|whose)\s+(?:data(?:base)?|source)\s+(?:is|are|do|does)\b|\bsource\s+of\s+(?:the\s+)?(?:data|numbers?|figures?)\b|"
    r"\bwhere\s+(?:do|does|are|is)\s+(?:the\s+|they\s+|these\s+|those\s+)?(?:numbers?|figures?|data|counts?)\b[^?]{0,30}?\b(?:from|get|got)\b|"
    r"\b(?:our\s+own|the\s+hospital'?s?|the\s+agency'?s?)\s+(?:his|ris|pacs|records?|data(?:base)?|system)\b|"
    r"(?:數據|数据|數字|数字|資料|资料)[^，,。？?]{0,8}?(?:從|从|由|打)哪(?:裡|里|兒|儿)?(?:來|来|抓|拿|取)|"
    r"(?:從|从)哪(?:裡|里|兒|儿)?(?:來|来|抓|拿|取)(?:的)?(?:數據|数据|數字|数字|資料|资料)|資料來源|资料来源|數據來源|数据来源|"
    r"(?:用|拿|以|依|根據|根据)(?:什麼|什么|哪個|哪个|誰的|谁的)(?:的)?(?:資料|资料|數據|数据|資料庫|资料库)|"
    r"(?:自己|醫院|院內|院内)(?:的)?(?:HIS|his|系統|系统|資料|资料|數據|数据)",
    re.IGNORECASE)
# A clause naming where its figures come from.
_STATES_SOURCE = re.compile(r"資料庫|资料库|(?:數據|数据|資料|资料)\s*(?:作為|作为|為|为)\s*(?:參考)?\s*(?:依據|依据)")


def asks_source(question: str) -> bool:
    """Does the question ask where the figures it names come from?"""
    return bool(_SOURCE_ASKED.search(fold(question)))


def names_source(clause: Clause) -> bool:
    """Does the clause name where its figures come from ("以本署篩檢資料庫數據作為參考依據")?"""
    return bool(_STATES_SOURCE.search(fold(clause.text or "")))


def _names_source(clause_id: str, corpus: Corpus) -> bool:
    clause = corpus.get(clause_id)
    return clause is not None and names_source(clause)


def source_first(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` (clause ids, best first) with the one hit among the next DEPTH that names the source of its figures moved
    first, when the question asks where figures come from (`asks_source`) and the best hit names none; unchanged
    otherwise."""
    if not asks_source(question):
        return ranked
    return sole_holder_first(ranked, DEPTH, lambda clause_id: _names_source(clause_id, corpus))
