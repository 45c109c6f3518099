"""What reading a question returns (bot/reader): a tool, the arguments read, what is still missing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any



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
    """A reading the reader made of the user's words, shown to the user as an assumption."""

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
    set_aside: list[tuple[int, ...]] = field(default_factory=list)  # spans read but not used (start, end[, reason]); a note says why

    @property
    def complete(self) -> bool:
        return not self.needs and not self.invalid


# A person's own facts: a pronoun, or a terse past-tense statement ("今年去了年會", "attended 2 meetings").
# (… "im" / "ive" typed without the apostrophe, in lower case — "where im second author"; never "IM", internal medicine)
PERSONAL = re.compile(r"我|我們|本院|敝院|我院|自己|\bmy\b|\bour\b|\bi\b|\bwe\b|\bi'm\b|\bi've\b|(?-i:\b[Ii](?:m|ve)\b)|"
                      r"(?:去|參加|出席|發表|發|投|刊登|刊出|寫|做|講|上|拿)(?:了|過)|\b(?:attended|went to|gave|presented|published)\b",
                      re.IGNORECASE)


# (a plus or a conjunction between two counted items is a break too: "國外演講2次+國內口頭發表3次", "2篇oral跟1張poster",
# "3 talks+2 posters" — a plus before a figure, "300 + 300", stays a sum of one list)
# (an ampersand between spaces joins two items as "and" does: "urology annual meeting (2 days) & the paediatric surgery one")
SEPARATORS = re.compile(r"[，,、；;。\n？?！!—–＋]|(?<=\s)[-+&](?=\s)|\s*\+\s*(?!\s*\d)|另外|以及|還有|此外|\band\b|\bplus\b|\balso\b"
                        r"|(?:(?<=\d[次篇張张場场例件個个])|(?<=\d\s[次篇張张場场例件個个])|(?<=[A-Za-z]))\s*(?:跟|和|及|與|与|加上|加(?![倍起總总成]))(?=\s*\d)"
                        # (… or before the next item's noun, its count after it: "口頭1篇跟海報1張", "壁報3張和口頭1篇",
                        # "月會2次跟年會1次" — the joiner after one item's count, another count of items later in the clause)
                        r"|(?:(?<=\d[次篇張张場场])|(?<=\d\s[次篇張张場场]))\s*(?:跟|和|及|與|与|加上|加(?![倍起總总成]))"
                        r"(?=[^\d，,、；;。\n？?！!]{1,12}?\d+\s*[次篇張张場场](?![^，,、；;。\n？?！!]{0,3}(?:跟|和|及|與|与)))"
                        # ("大腸直腸外科醫學會年會(兩天)跟胸腔外科醫學會年會(只有一天)": after an item's bracket, the next item)
                        r"|(?<=[)）])\s*(?:跟|和|及|與|与|還有|还有)",
                        re.IGNORECASE)


# "2 in 2024 (ACS + a Japanese one)", "兩場（台大跟北榮辦的）": names joined inside brackets with no figure are one aside
_NAMES_IN_BRACKETS = re.compile(r"[（(][^（()）\d]{1,60}[)）]")
_FIGURE = re.compile(r"\d")
_TIGHT_WORDS = re.compile(r"[\u4e00-\u9fff][+＋][\u4e00-\u9fff]")
_PUNCTUATION = re.compile(r"[，,、；;。\n？?！!—–]")


# an item counted before its English noun, then a joiner and another item counted ("1張 poster 跟口頭1篇", "2 篇 oral 和壁報
# 1 張"): the joiner is a break between the two items
_COUNTED_NOUN_JOINED = re.compile(r"\d\s*[次篇張张場场]\s*[A-Za-z][A-Za-z -]{0,20}?(\s*(?:跟|和|及|與|与)\s*)"
                                  r"(?=[^\d，,、；;。\n？?！!]{1,12}?\d+\s*[次篇張张場场])")


class _Cut:
    """The joiner of a `_COUNTED_NOUN_JOINED` match, as a separator match (start, end, group(0))."""

    def __init__(self, m: re.Match[str]) -> None:
        self._span = m.span(1)
        self._text = m.group(1)

    def start(self) -> int:
        return self._span[0]

    def end(self) -> int:
        return self._span[1]

    def group(self, _: int = 0) -> str:
        return self._text


def segments(text: str) -> list[tuple[int, str]]:
    """Split a question into clauses, each with its start offset (a joiner — a plus, "and", 跟 — between names inside
    brackets holding no figure splits nothing)."""
    out: list[tuple[int, str]] = []
    pos = 0
    asides = [b.span() for b in _NAMES_IN_BRACKETS.finditer(text)]
    breaks = sorted([*SEPARATORS.finditer(text), *(_Cut(m) for m in _COUNTED_NOUN_JOINED.finditer(text))], key=lambda m: m.start())
    for m in breaks:
        if m.start() < pos:
            continue
        if not _PUNCTUATION.search(m.group(0)) and any(a < m.start() and m.end() < b for a, b in asides):
            continue
        if m.group(0).strip() in ("+", "＋") and _TIGHT_WORDS.match(text, max(0, m.start() - 1)) and not _FIGURE.search(text, pos, m.start()):
            continue  # "月會線上+實體參加 10 次": two ways of one thing written tight, its count after both ("年會 + 3 次月會" splits)
        if m.start() > pos:
            out.append((pos, text[pos : m.start()]))
        pos = m.end()
    if pos < len(text):
        out.append((pos, text[pos:]))
    return [(s, t) for s, t in out if t.strip()]
