"""A year the question names ("that 1996 letter", "民國 85 年那封函") names the clause dated in it: the regulations date
their letters and amendments in ROC years (中華民國 85 年 6 月 6 日, 95.09.13), so a Gregorian year is its ROC year plus
1911. When the best hit states no such year and exactly one of the next DEPTH hits does, that one goes first: the
preamble and the note on a 1996 letter both hold 衛生署 / 函, and only the year tells them apart."""

from __future__ import annotations

import re

from knowledge.corpus import Corpus
from knowledge.promote import sole_holder_first
from knowledge.textnorm import fold

DEPTH = 3  # the hits after the best that may take its place
ROC_OFFSET = 1911

# A Gregorian year (1912–2099) as a word of its own, and an ROC year said as such (民國 85 年, 85 年的函).
_GREGORIAN = re.compile(r"(?<![0-9.,/-])(19[1-9][0-9]|20[0-9]{2})(?![0-9.,/%-])")
_ROC = re.compile(r"(?:民國|民国|\broc\s*(?:year\s*)?)\s*([0-9]{2,3})(?![0-9])", re.I)


def asked_roc_years(question: str) -> set[int]:
    """The ROC years the question names: its Gregorian years less 1911, and the years it says in ROC."""
    text = fold(question)
    years = {int(y) - ROC_OFFSET for y in _GREGORIAN.findall(text)}
    return years | {int(y) for y in _ROC.findall(text)}


def _states_year(text: str, year: int) -> bool:
    """Whether the text dates something in ROC `year` (85 年, 中華民國 85 年, 95.09.13)."""
    return bool(re.search(rf"(?<![0-9]){year}\s*年|(?<![0-9.]){year}\.[0-9]{{1,2}}\.[0-9]{{1,2}}", fold(text)))


def stated_year_first(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` (clause ids, best first) with the one hit among the next DEPTH that dates something in a year the question
    names moved first, when the best dates nothing in it; unchanged otherwise."""
    years = asked_roc_years(question)
    if len(ranked) < 2 or not years:
        return ranked

    def holds(clause_id: str) -> bool:
        clause = corpus.get(clause_id)
        return clause is not None and any(_states_year(f"{clause.heading or ''} {clause.text}", y) for y in years)

    return sole_holder_first(ranked, DEPTH, holds)
