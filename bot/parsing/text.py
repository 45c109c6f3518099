"""Text folding (full-width → half-width, Simplified → Traditional) and language detection."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from functools import cached_property

from bot.parsing.numbers import Quantity, find_quantities, normalize_numerals
from knowledge.textnorm import fold  # the one folding; the extractors read its case-keeping form

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*")


def detect_lang(text: str) -> str:
    """'zh-TW' when the text is written in Chinese (any amount of Han beyond a stray word), else 'en'."""
    han = len(_HAN.findall(text))
    if han == 0:
        return "en"
    words = len(_WORD.findall(text))
    # Mixed script: "我的 follow-up rate 是 68%" is a Chinese question with English terms, while
    # "What does 年會 mean …?" is an English one quoting a Chinese term. A Han character counts
    # about as much as half an English word.
    return "zh-TW" if han * 2 >= words else "en"


_EACH = re.compile(r"((?:[^，,。；;、\n]+、)+[^，,。；;、\n]+?)\s*各\s*(\d+(?:\.\d+)?)\s*(次|場|篇|例|天|小時|個月|案)")


# "我不是一作，是二作", "I'm not the first author, I'm second author": the corrected fact replaces the
# negated one (SPEC §3: "我不是一作，是二作" is one second-author paper), so the negated words are dropped.
_NEGATED = re.compile(r"不是\s*[^，,。；;？?\d也]{1,8}?\s*[，,]?\s*(?:而)?(?<!不)是(?=\s*\S)"
                      r"|\bnot\s+(?:the\s+|a\s+)?[a-z -]{1,24}?,\s*(?:i'?m|i am|but)\s+(?:the\s+|a\s+)?", re.IGNORECASE)


def drop_negated(text: str) -> str:
    """The text with a negated-then-corrected fact reduced to the correction ("不是一作，是二作" → "二作")."""
    return _NEGATED.sub("", text)


def _read(folded: str) -> str:
    """What the readers see: numerals as digits, 各 spread over its list, negated facts dropped."""
    return drop_negated(distribute_each(normalize_numerals(folded)))


def distribute_each(text: str) -> str:
    """"國外會議出席、國內 e-poster 各 3 次" → "國外會議出席 3 次、國內 e-poster 3 次": 各 gives every
    listed item the count (SPEC §3: a list keeps every item)."""
    def spread(m: re.Match[str]) -> str:
        items = m.group(1).split("、")
        return "、".join(f"{item.rstrip()} {m.group(2)} {m.group(3)}" for item in items)

    return _EACH.sub(spread, text)


@dataclass
class Query:
    """One question, read once: original, folded text, numbers, language, the date it is asked on."""

    original: str
    today: datetime.date = field(default_factory=datetime.date.today)
    # For a reply to a clarifying question: the pending question and the reply are read as one text;
    # `followup_start` is where the reply begins in `text`, `expected` the keys that were asked for.
    followup: str | None = None
    expected: tuple[str, ...] = ()

    @cached_property
    def followup_start(self) -> int:
        if self.followup is None:
            return 0
        return len(_read(fold(self.original, collapse=False))) + 1

    @cached_property
    def folded(self) -> str:
        joined = self.original if self.followup is None else f"{self.original}\n{self.followup}"
        return fold(joined, collapse=False)

    @cached_property
    def text(self) -> str:
        """Folded text with Chinese numerals before units rewritten as digits (第N kept), and a count
        given to a list with 各 written out for each item ("A、B 各 3 次" → "A 3 次、B 3 次")."""
        return _read(self.folded)

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def lang(self) -> str:
        return detect_lang(self.original)

    @cached_property
    def quantities(self) -> list[Quantity]:
        return find_quantities(self.text)
