"""A length of one's own event stated ("about an hour and a half", "a 90-minute talk", "一個半小時的演講", "3 hours long") and
its credits asked: the clause that grades events by their length ("在二小時以內者…5 分，超過二小時…10 分") answers, not the
one that converts hours into credits ("每一小時折算 3 分", 第十條 — a renewal rule). The two share every word of such a
question (小時, 積分), and fusion put the conversion first.

The conversion is what is asked when a rate is ("how many credits is one hour worth", "per hour", "每小時折幾分", "換算"):
then nothing moves (knowledge.intents lifts the converting clause)."""

from __future__ import annotations

import re

from knowledge.corpus import Corpus
from knowledge.promote import sole_holder_first
from knowledge.textnorm import fold

DEPTH = 2  # the hits after the best that may take its place

_CN = r"[一二兩两三四五六七八九十]"
# A length said as such: hours with a half or a fraction, hours or minutes in figures or words, "N hours long", "一個半小時".
_LENGTH = re.compile(
    r"\b(?:an?|one|1)\s+(?:hour|hr)\s+and\s+(?:a\s+)?half\b|\b(?:one|1)\s+and\s+a\s+half\s+(?:hours?|hrs?)\b|"
    r"\b(?:\d+\.\d+|[2-9]|\d{2,}|two|three|four|five|six)\s*(?:and\s+a\s+half\s+)?-?\s*(?:hours?|hrs?)(?:\s+and\s+a\s+half)?\b|\b(?:an?\s+)?half(?:\s+an)?[- ]hour\b|"
    r"\b\d+\s*-?\s*(?:minutes?|mins?)\b|\b(?:forty|fifty|ninety)[- ]minutes?\b|"
    # (one hour alone is the unit a rate is asked of — "一小時折幾分" —, not a length: a half or another figure is)
    rf"(?:(?<![\d.])(?:\d+\.\d+|[2-9]|\d{{2,}})|[兩两二三四五六七八九十]+|[一1]\s*(?:個|个)?\s*半|半)\s*(?:個|个)?\s*(?:半)?\s*(?:小時|小时|鐘頭|钟头)|"
    r"[一1]\s*(?:個|个)?\s*(?:小時|小时|鐘頭|钟头)\s*半|"
    r"\d+\s*分鐘|\d+\s*分钟",
    re.IGNORECASE)
# A rate asked: what one hour converts to, not how long one's event was. (fold writes 折合 as 摺合.)
_RATE_ASKED = re.compile(
    r"\bper\s+(?:hour|hr)\b|\b(?:each|every)\s+(?:hour|hr)\b|\b(?:one|1|an?|a\s+single)\s+(?:hour|hr)\s+(?:is\s+|counts?\s+|=|equals?\b|worth\b)|"
    r"\bconver\w*|\bhours?[- ]to[- ](?:credits?|points?)\b|\bwhat\s+is\s+(?:one|an?|1)\s+hour\b|\bby\s+the\s+hour\b|"
    r"(?:每|一|1)\s*(?:個|个)?\s*(?:小時|小时)\s*(?:可以|能|可|要)?(?:折|摺|換|换|算|是|等於|等于|給|给)|折算|摺算|換算|换算|折合|摺合|"
    r"按(?:小時|小时|時數|时数)",
    re.IGNORECASE)
# A clause grading by length: "二小時以內", "超過二小時", "2 小時以內".
_LENGTH_BAND = re.compile(rf"(?:\d+|{_CN})\s*(?:個|个)?\s*(?:小時|小时)\s*(?:以內|以内|以上|以下|內|内)|(?:超過|超过|未滿|未满)\s*(?:\d+|{_CN})\s*(?:個|个)?\s*(?:小時|小时)")


def states_length(question: str) -> bool:
    """Does the question state how long an event of its own lasted, with no conversion rate asked?"""
    text = fold(question)
    return bool(_LENGTH.search(text)) and not _RATE_ASKED.search(text)


def _grades_by_length(clause_id: str, corpus: Corpus) -> bool:
    clause = corpus.get(clause_id)
    return clause is not None and bool(_LENGTH_BAND.search(fold(clause.text or "")))


def length_band_first(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` (clause ids, best first) with the one hit among the next DEPTH that grades events by length moved first,
    when the question states a length of its own (`states_length`) and the best hit grades nothing by length; unchanged
    otherwise."""
    if not states_length(question):
        return ranked
    return sole_holder_first(ranked, DEPTH, lambda clause_id: _grades_by_length(clause_id, corpus))
