"""Reading facts out of how users write: numbers (Arabic and Chinese), units, dates, language."""

from __future__ import annotations

from bot.parsing.dates import find_dates, find_years
from bot.parsing.numbers import Quantity, cn_to_int, find_quantities, normalize_numerals
from bot.parsing.text import Query, detect_lang, fold

__all__ = [
    "Quantity",
    "Query",
    "cn_to_int",
    "detect_lang",
    "find_dates",
    "find_quantities",
    "find_years",
    "fold",
    "normalize_numerals",
]
