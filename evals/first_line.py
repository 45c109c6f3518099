"""Scoring a rules answer's first line: does it answer, and does its own quote support it?"""

from __future__ import annotations

import re

from bot.rules_answer import DENIAL_GROUNDS, EN_NEGATION, NEGATION, UNSURE, level_count, numbers_in, period_conversions
from knowledge.textnorm import fold

AFFIRMATIVE = re.compile(r"^(?:可以|是|會|有|需要|要|算|須|必須|yes\b)", re.I)
NEGATIVE = re.compile(r"^(?:不|沒|否|無|免|no\b|not\b)", re.I)  # ("Not necessarily: …")


# Citations and designations ((（第五條第十二款）, （二(四)1）, (hpa-mammo/2.4.1), 第十五條): labels, not claims.
CITATION = re.compile(r"（[^（）]*）|\((?:tsa-cme|tsir-instructor|hpa-mammo)/[^)]*\)|第[零一二三四五六七八九十百0-9]+條"
                      r"|\barticles? [0-9]+(?:[–-][0-9]+)?(?:, (?:item|note) [0-9]+)?(?:\([0-9]+\))?")


def first_line(answer: str) -> str:
    """The answer's first non-empty line."""
    return next((line.strip() for line in answer.splitlines() if line.strip()), "")


def _norm(text: str) -> str:
    """Folded, thousands separators dropped, no space beside a Chinese character (附表 2 = 附表2)."""
    text = re.sub(r"(?<=\d),(?=\d{3})", "", fold(text))
    return re.sub(r"(?<=[\u3400-\u9fff])\s+|\s+(?=[\u3400-\u9fff])", "", text)


def line_answers(line: str, terms: list[str], polarity: str | None) -> bool:
    """Every term (alternatives split by |) is in the line, and a yes / no line leads with the right polarity."""
    text = _norm(line)
    for term in terms:
        if not any(_norm(alt.strip()) in text for alt in str(term).split("|") if alt.strip()):
            return False
    if polarity == "no":
        return bool(NEGATIVE.match(text))
    if polarity in ("yes", "conditional"):
        return bool(AFFIRMATIVE.match(text))
    return True


def unsupported(line: str, sources: list[str]) -> list[str]:
    """What the line states that the cited text does not: numbers it lacks, a denial it does not make."""
    if line in UNSURE.values():
        return []  # "no sentence answers this": a statement about the search, not about the rules
    text = " ".join(sources)
    # (and the count of a scale a cited text sets, read off its own enumeration: 甲乙丙丁, A–D 等 → 4)
    allowed = numbers_in(text) | {found[0] for s in sources if (found := level_count(fold(s))) is not None}
    allowed |= period_conversions(text)  # (a period restated in months: 半年 → 6 個月, "1 年" → 12 months)
    bad = [f"number {n}" for n in sorted(numbers_in(CITATION.sub("", line)) - allowed, key=str)]
    # a negation in the text, or a ground the line states as the text does (限 / only, 建議 / advised, 同 / same)
    denies = bool(NEGATION.search(text)) or any(t.search(text) and l.search(line) for t, l in DENIAL_GROUNDS)
    if not denies and (NEGATION.search(line) or EN_NEGATION.search(line)):
        bad.append("a denial")
    return bad
