"""What an extractor returns: a tool, the arguments read from the question, what is still missing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.parsing.text import Query


@dataclass(frozen=True)
class Need:
    """A fact the calculation still needs: a short key (the tool argument) and the question to ask."""

    key: str
    zh: str
    en: str

    def render(self, lang: str) -> str:
        return f"{self.key}: {self.zh if lang == 'zh-TW' else self.en}"


@dataclass(frozen=True)
class Note:
    """A reading the extractor made of the user's words, shown to the user as an assumption."""

    zh: str
    en: str

    def render(self, lang: str) -> str:
        return self.zh if lang == "zh-TW" else self.en


@dataclass
class Extraction:
    """One candidate tool call read from a question.

    `score` says how clearly the question points at this tool (keyword hits); `facts` counts the
    arguments actually read from the user's words (not defaults), which separates a calculation
    ("追蹤完成率 68% 扣多少") from a rules question ("追蹤完成率未達多少會被扣款").
    """

    tool: str
    args: dict[str, Any] = field(default_factory=dict)
    needs: list[Need] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    invalid: list[Need] = field(default_factory=list)  # facts given but outside the valid range
    score: float = 0.0
    facts: int = 0
    extra_calls: list[dict[str, Any]] = field(default_factory=list)  # more calls of the same tool (TSIR: one per domain)

    @property
    def complete(self) -> bool:
        return not self.needs and not self.invalid


def has(pattern: str, text: str) -> bool:
    """Case-insensitive regex search."""
    return re.search(pattern, text, re.IGNORECASE) is not None


def count_hits(patterns: list[str], text: str) -> int:
    return sum(1 for p in patterns if has(p, text))


def followup_text(q: Query) -> str:
    """The part of a merged question that the user wrote in reply to a clarifying question."""
    return q.text[q.followup_start:] if q.followup_start else ""


def bare_numbers(q: Query, *, only_followup: bool = True) -> list[float]:
    """Unitless numbers (in the follow-up reply, by default): answers to 'how many …?'."""
    start = q.followup_start if only_followup else 0
    if only_followup and not start:
        return []
    return [x.value for x in q.quantities if x.start >= start and x.unit in (None, "分")]


# A person's own facts: a pronoun, or a terse past-tense statement ("今年去了年會", "attended 2 meetings").
PERSONAL = re.compile(r"我|我們|本院|敝院|我院|自己|\bmy\b|\bour\b|\bi\b|\bwe\b|\bi'm\b|\bi've\b|"
                      r"(?:去|參加|出席|發表|做|講|上|拿)(?:了|過)|\b(?:attended|went to|gave|presented|published)\b",
                      re.IGNORECASE)


# "兩篇裡有一篇是 case report", "其中 1 篇是病例報告", "one of them a case report": a subset of the papers
# just named, not more papers (SPEC §3: a qualifier refines what was said and adds nothing).
SUBSET_CASE_REPORT = re.compile(
    r"(?:其中|裡有|裡面有|當中(?:有)?|之中(?:有)?|中有)\s*(\d+)\s*(?:篇|個)?\s*(?:是|為|屬於)?\s*(?:case\s*reports?|病例報告|個案報告|案例報告)"
    r"|(\d+)\s+of\s+(?:them|those|these|which)\s+(?:is|are|was|were)?\s*(?:an?\s+)?case\s*reports?", re.IGNORECASE)


SEPARATORS = re.compile(r"[，,、；;。\n？?！!]|另外|以及|還有|此外|\band\b|\bplus\b|\balso\b", re.IGNORECASE)


def segments(text: str) -> list[tuple[int, str]]:
    """Split a question into clauses, each with its start offset."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in SEPARATORS.finditer(text):
        if m.start() > pos:
            out.append((pos, text[pos : m.start()]))
        pos = m.end()
    if pos < len(text):
        out.append((pos, text[pos:]))
    return [(s, t) for s, t in out if t.strip()]
