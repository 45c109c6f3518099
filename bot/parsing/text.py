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
        return len(normalize_numerals(fold(self.original, collapse=False))) + 1

    @cached_property
    def folded(self) -> str:
        joined = self.original if self.followup is None else f"{self.original}\n{self.followup}"
        return fold(joined, collapse=False)

    @cached_property
    def text(self) -> str:
        """Folded text with Chinese numerals before units rewritten as digits (第N kept)."""
        return normalize_numerals(self.folded)

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def lang(self) -> str:
        return detect_lang(self.original)

    @cached_property
    def quantities(self) -> list[Quantity]:
        return find_quantities(self.text)
