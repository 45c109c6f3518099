"""Chinese designations (labels) of clauses, derived from their citation ids (SPEC §2).

`tsa-cme/5.12` → 第五條第十二款, `tsa-cme/5.4.n2` → 第五條第四款備註二,
`tsir-instructor/1.2.2` → 第一條第二款(2), `hpa-mammo/2.1.2.3.1` → 二(一)2(3)甲,
`hpa-mammo/2.5.4` → 二(五)4, `hpa-mammo/2.3.1.n1` → 二(三)1備註1.
The corpus YAML stores the label; a test checks it against this function.
"""

from __future__ import annotations

_DIGITS = "零一二三四五六七八九"
_STEMS = "甲乙丙丁戊己庚辛"

# Unnumbered clauses at the top of a document (path "0").
PREAMBLE_LABELS = {"tsa-cme": "前言", "tsir-instructor": "宗旨"}
# hpa-mammo notes printed as a bare 備註 (only one note under the table), labelled without a number.
SOLE_NOTES = frozenset({"hpa-mammo/2.2.1.1.n1"})


def zh_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (enough for article and item numbers)."""
    if not 0 < n < 100:
        raise ValueError(f"numeral out of range: {n}")
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def _article_label(doc: str, parts: list[str]) -> str:
    if parts == ["0"]:
        return PREAMBLE_LABELS[doc]
    out = f"第{zh_numeral(int(parts[0]))}條"
    in_note = False
    for depth, part in enumerate(parts[1:], start=2):
        if part.startswith("n"):
            out += f"備註{zh_numeral(int(part[1:]))}"
            in_note = True
        elif in_note:
            out += f"({zh_numeral(int(part))})"  # 備註二 (一)(二)
        elif depth == 2:
            out += f"第{zh_numeral(int(part))}款"
        else:
            out += f"({int(part)})"
    return out


def _hpa_label(clause_id: str, parts: list[str]) -> str:
    out = ""
    for depth, part in enumerate(parts, start=1):
        if part.startswith("n"):
            out += "備註" if clause_id in SOLE_NOTES else f"備註{int(part[1:])}"
        elif depth == 1:
            out += zh_numeral(int(part))
        elif depth == 2:
            out += f"({zh_numeral(int(part))})"
        elif depth == 3:
            out += str(int(part))
        elif depth == 4:
            out += f"({int(part)})"
        else:
            out += _STEMS[int(part) - 1]
    return out


def label_for(clause_id: str) -> str:
    """The Chinese designation of a clause id, e.g. tsa-cme/5.12 → 第五條第十二款."""
    doc, _, path = clause_id.partition("/")
    parts = path.split(".")
    if doc == "hpa-mammo":
        return _hpa_label(clause_id, parts)
    return _article_label(doc, parts)


def en_label(clause_id: str) -> str:
    """The clause's designation in English: tsa-cme/4 → Article 4, tsa-cme/5.12 → Article 5, item 12,
    tsa-cme/11.n1 → Article 11, note 1; hpa-mammo (numbered 一、(二) 3 …) keeps its Chinese label: section 二(四)1."""
    doc, _, path = clause_id.partition("/")
    parts = path.split(".")
    if doc == "hpa-mammo":
        return f"section {_hpa_label(clause_id, parts)}"
    if parts == ["0"]:
        return "the preamble"
    out = f"Article {int(parts[0])}"
    for depth, part in enumerate(parts[1:], start=2):
        out += f", note {int(part[1:])}" if part.startswith("n") else f", item {int(part)}" if depth == 2 else f"({int(part)})"
    return out
