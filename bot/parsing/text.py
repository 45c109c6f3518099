"""Text folding (full-width → half-width, Simplified → Traditional) and language detection."""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from bot.parsing.numbers import Quantity, find_quantities, normalize_numerals

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*")


@lru_cache(maxsize=1)
def _s2t():
    """OpenCC Simplified → Traditional (Taiwan phrases); loaded once."""
    try:  # the retrieval helper owns the shared folding; use it when present
        from knowledge import textnorm  # type: ignore[attr-defined]

        fn = getattr(textnorm, "to_traditional", None) or getattr(textnorm, "fold", None)
        if callable(fn):
            return fn
    except Exception:  # noqa: BLE001 - fall back to OpenCC directly
        pass
    import opencc

    return opencc.OpenCC("s2tw").convert


def to_traditional(text: str) -> str:
    """Simplified Chinese folded to Traditional; other text unchanged."""
    return _s2t()(text) if _HAN.search(text) else text


def fold(text: str) -> str:
    """NFKC (full-width digits/letters/punctuation → ASCII) then Simplified → Traditional."""
    text = unicodedata.normalize("NFKC", text)
    # NFKC keeps the ideographic comma and full stop; those are separators, leave them.
    return to_traditional(text)


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
        return len(normalize_numerals(fold(self.original))) + 1

    @cached_property
    def folded(self) -> str:
        joined = self.original if self.followup is None else f"{self.original}\n{self.followup}"
        return fold(joined)

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
