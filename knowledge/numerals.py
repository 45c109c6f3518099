"""Chinese numerals as written in the regulations and in questions: 十二, 一百五十, 兩百五, 民國一一四."""

from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "貳": 2, "兩": 2, "两": 2, "三": 3, "參": 3,
          "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
          "九": 9, "玖": 9}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "萬万"


def cn_to_int(text: str) -> int | None:
    """Value of a Chinese (or Arabic) numeral: 十二 → 12, 兩百 → 200, 一百五十 → 150, 三萬 → 30000, 5 → 5; else None."""
    text = text.strip()
    if text.isascii() and text.isdigit():
        return int(text)
    if not text or any(ch not in CN_CHARS for ch in text):
        return None
    if all(ch in DIGITS for ch in text) and len(text) > 1:  # 一一四 (digit by digit, as in 民國一一四年)
        return int("".join(str(DIGITS[ch]) for ch in text))
    total, section, number, last_unit = 0, 0, None, 1
    for ch in text:
        if ch in DIGITS:
            number = DIGITS[ch]
        elif ch in SMALL_UNITS:
            last_unit = SMALL_UNITS[ch]
            section += (1 if number is None else number) * last_unit
            number = None
        else:  # 萬
            total += (section + (number or 0)) * 10000
            section, number, last_unit = 0, None, 10000
    if number is not None and last_unit >= 100 and text[-2] not in "零〇":
        number *= last_unit // 10  # colloquial 一千二 = 1200, 兩百五 = 250
    return total + section + (number or 0)
