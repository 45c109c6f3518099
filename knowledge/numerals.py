"""Chinese numerals as written in the regulations and in questions: 十二, 一百五十, 兩百五, 民國一一四, 1.5萬.

The reading itself is cn2an's ("smart" mode: colloquial 一千二 = 1200, digit-by-digit 一一五 = 115,
mixed 1萬2千 = 12000, 三點五 = 3.5); measured against the hand-written reader it replaced in
docs/numerals.md (scripts/measure_numerals.py). This module only screens what may reach it, so a
word is never read as a number, and spells the few forms cn2an lacks (廿, 卅, 參).
"""

from __future__ import annotations

import unicodedata
import warnings
from functools import lru_cache
from typing import Any

from core.memo import per_answer

DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "貳": 2, "兩": 2, "两": 2, "三": 3, "參": 3,
          "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
          "九": 9, "玖": 9}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "萬万"

# What cn2an does not spell: 廿 (20) and 卅 (30), and the financial 參 (its table has 叁).
_SPELL = str.maketrans({"廿": "二十", "卅": "三十", "參": "叁"})
# Everything a numeral may be made of; anything else (幾, 些, 年 …) is not a number.
_ALLOWED = frozenset(CN_CHARS + "億亿廿卅點点.0123456789")


@lru_cache(maxsize=1)
def _reader() -> Any:
    import cn2an  # ~130 ms, paid on the first Chinese numeral rather than at start-up

    return cn2an.cn2an


@per_answer(1024)  # (a numeral read again by each reader of the question: ~75 % of the calls repeat one before)
def cn_to_int(text: str) -> int | float | None:
    """Value of a Chinese (or Arabic, or mixed) numeral: 十二 → 12, 兩百 → 200, 一一五 → 115,
    1.5萬 → 15000, 三點五 → 3.5 (a float only where a decimal is written); anything else → None."""
    text = unicodedata.normalize("NFKC", text).strip()
    if text.isascii() and text.isdigit():
        return int(text)
    if not text or any(ch not in _ALLOWED for ch in text) or text[0] in "點点." or text[-1] in "點点.":
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = _reader()(text.translate(_SPELL), "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return int(value) if float(value).is_integer() else float(value)
