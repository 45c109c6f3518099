"""Round 28 (issue 10, warm rules latency): `occurs` skips the search of a vocabulary pattern none of whose needles is in
the question (bot.reader.needles). The result must be the full search's, for every vocabulary pattern and every kind of
text: zh-TW, zh-CN, English, mixed, full-width and accented letters (which `str.lower` does not fold as IGNORECASE does)."""

from __future__ import annotations

import re

import pytest

from bot.reader import vocabularies
from bot.reader.mentions import compiled, occurs
from bot.reader.needles import may_occur, needles
from evals.schema import load_cases


def _vocabulary_patterns() -> list[str]:
    """Every word group of every vocabulary, and every choice's own words written as a pattern."""
    found: set[str] = set()
    for v in vocabularies():
        found |= set(v.terms.values())
        for slot in v.slots:
            for s in (slot, *slot.fields):
                for c in getattr(s, "choices", ()) or ():
                    found |= {w for w in (c.terms, c.clause) if w and w not in v.terms}
    return sorted(found)


PATTERNS = _vocabulary_patterns()
OWN_TEXTS = [
    "今年去了年會兩次、月會三次，積分多少？",
    "今年去了年会两次、月会三次，积分多少？",
    "I went to the TSA annual meeting twice and 3 monthly meetings — how many credits?",
    "ANNUAL MEETING x2, Monthly Meeting x3, CREDITS?",
    "Ａｎｎｕａｌ ｍｅｅｔｉｎｇ 兩次",  # full-width letters
    "Annual meeting in Zürich, café talk, naïve question: 幾分?",  # accented letters
    "乳攝車的放射師一天拍了 120 案，超量嗎",
    "RFA 130 例、MWA 55 例，11 年，換證要幾例",
    "ſcreening positive 12 cases, K-value 3",  # long s, Kelvin sign: folded by IGNORECASE only
    "",
]


def _development_texts(every: int = 25) -> list[str]:
    """Every `every`-th development question (evals/cases and evals/blind only): texts nobody wrote for this test."""
    cases = load_cases(["evals/cases", "evals/blind"])
    texts = list(dict.fromkeys(c.question for c in cases if c.question))
    return texts[::every]


def test_the_vocabularies_have_patterns_with_needles() -> None:
    assert len(PATTERNS) > 100
    assert sum(needles(p) is not None for p in PATTERNS) > 0.9 * len(PATTERNS)


@pytest.mark.parametrize("text", OWN_TEXTS)
def test_occurs_is_the_full_search_on_own_texts(text: str) -> None:
    for pattern in PATTERNS:
        assert occurs(pattern, text) == (compiled(pattern).search(text) is not None), pattern[:80]


def test_occurs_is_the_full_search_on_development_questions() -> None:
    texts = _development_texts()
    assert len(texts) > 200
    skipped = 0
    for text in texts:
        for pattern in PATTERNS:
            full = compiled(pattern).search(text) is not None
            may = may_occur(pattern, text)
            assert (may and full) == full, (pattern[:80], text)
            skipped += not may
    assert skipped > len(texts) * len(PATTERNS) // 2  # most searches are spared (the point of it)


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"年會|annual\s+meeting|\bTSA\b", {"年會", "meeting", "tsa"}),  # (of two required words, the longer)
    (r"(?<!非)(?:SCI|科學引文)論文", {"sci", "科學引文"}),  # (one of two, or the word after: the longer shortest)
    (r"(?:每個?|per\s)月", {"月"}),
    (r"(?:first|1st)?\s*author", {"author"}),
    (r"(?:會議)+次數?", {"會議"}),
    (r"[0-9]+\s*分", {"分"}),
])
def test_needles_are_what_every_match_contains(pattern: str, expected: set[str]) -> None:
    assert needles(pattern) == expected


@pytest.mark.parametrize("pattern", [r"\d+", r"(?:annual)?\s*\d", r"[年月]", r"(?:年會|\d+)"])
def test_a_pattern_that_requires_no_word_has_no_needles(pattern: str) -> None:
    assert needles(pattern) is None
    assert may_occur(pattern, "anything at all")


@pytest.mark.parametrize("text", ["ＡＮＮＵＡＬ meeting", "ſci 論文", "Kelvin ＫＫ"])
def test_a_text_with_letters_lower_does_not_fold_is_always_searched(text: str) -> None:
    assert may_occur(r"annual|sci|kk", text)
    assert occurs(r"annual|sci|kk", text) == (re.search(r"annual|sci|kk", text, re.I) is not None)
