"""Period annotations: a range of days or months that only restates that the figures are a whole calendar year's.

"今年(1/1~12/31)篩檢…", "2025 (Jan 1 – Dec 31): 180 …", "去年（1-12月）…", "114/1/1~114/12/31 疑似陽性 …",
"2025年1月1日至12月31日 …", "January to December": the first and last day (or month) of the year the figures are for —
no quantity of the case. The reader binds none of their numbers and the ledger shows them as not used, with why.

Only a whole calendar year is a restatement: a part of one ("1-6月", "上半年（1/1-6/30）") changes what the figures
are (half a year's screenings are no year's volume), so it is left to be read or asked about, never set aside here.
"""

from __future__ import annotations

import calendar
import re

_EN_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_EN_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_EN_MONTHS["sept"] = 9
_EN_MONTH = "|".join(sorted(_EN_MONTHS, key=len, reverse=True))
_SEP = r"\s*(?:~|～|－|-|–|—|到|至|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*"
# one day of a range: "1/1", "12/31", "114/1/1", "2025-01-01", "1月1日", "2025年1月1日", "Jan 1", "1 Jan", "Dec 31, 2025"
def _day(n: str) -> str:
    """A day's pattern, its year, month and day in groups y`n`, m`n`, d`n` (suffixed z, e, f in the other forms)."""
    y, m, d = f"y{n}", f"m{n}", f"d{n}"
    return (rf"(?:(?P<{y}>\d{{2,4}})\s*[/.-]\s*)?(?P<{m}>\d{{1,2}})\s*[/.-]\s*(?P<{d}>\d{{1,2}})(?![\d/])"
            rf"|(?:(?P<{y}z>\d{{2,4}})\s*年\s*)?(?P<{m}z>\d{{1,2}})\s*月\s*(?P<{d}z>\d{{1,2}})\s*[日號号]?"
            rf"|\b(?P<{m}e>{_EN_MONTH})\.?\s+(?P<{d}e>\d{{1,2}})(?:st|nd|rd|th)?\b"
            rf"|\b(?P<{d}f>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<{m}f>{_EN_MONTH})\b\.?")


_DAY_RANGE = re.compile(rf"(?<![\d/.-])(?:{_day('1')}){_SEP}(?:{_day('2')})", re.IGNORECASE)
# a range of months: "1-12月", "1月~12月", "01~12月份", "Jan–Dec", "January to December"
_MONTH_RANGE = re.compile(rf"(?<![\d/.-])(?P<a>\d{{1,2}})\s*月?{_SEP}(?P<b>\d{{1,2}})\s*月(?:份)?(?!\s*\d{{1,2}}\s*[日號号])"
                          rf"|\b(?P<ae>{_EN_MONTH})\.?{_SEP}(?P<be>{_EN_MONTH})\b\.?(?!\s*\d{{1,2}}(?!\d))", re.IGNORECASE)


def _group(m: re.Match[str], name: str) -> str | None:
    """The first of a named group's alternatives that matched (`name`, `name`z, `name`e, `name`f)."""
    return next((g for s in ("", "z", "e", "f") if (name + s) in m.re.groupindex and (g := m.group(name + s))), None)


def _month(word: str) -> int:
    return int(word) if word.isdigit() else _EN_MONTHS[word.lower().rstrip(".")]


def _whole_year_days(m: re.Match[str]) -> bool:
    """From 1 January to 31 December of one year (the years, where written, the same)."""
    first = (_month(_group(m, "m1") or "0"), int(_group(m, "d1") or 0))
    last = (_month(_group(m, "m2") or "0"), int(_group(m, "d2") or 0))
    y1, y2 = _group(m, "y1"), _group(m, "y2")
    return first == (1, 1) and last == (12, 31) and (y1 is None or y2 is None or int(y1) == int(y2))


def _whole_year_months(m: re.Match[str]) -> bool:
    """From January to December."""
    a, b = m.group("a") or m.group("ae"), m.group("b") or m.group("be")
    return _month(a) == 1 and _month(b) == 12


def period_annotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each range in `text` naming a whole calendar year by its first and last day or month."""
    spans = [(m.start(), m.end()) for m in _DAY_RANGE.finditer(text) if _whole_year_days(m)]
    spans += [(m.start(), m.end()) for m in _MONTH_RANGE.finditer(text)
              if _whole_year_months(m) and not any(a < m.end() and m.start() < b for a, b in spans)]
    return sorted(spans)


def annotation_years(text: str) -> list[tuple[int, int, int]]:
    """(year, start, end) of the year written in a whole-year range of days ("2024/1/1~2024/12/31", "114/1/1~114/12/31",
    "2025年1月1日至12月31日"): the year its figures are for (a Republic year converted)."""
    out = []
    for m in _DAY_RANGE.finditer(text):
        if not _whole_year_days(m):
            continue
        name = next((n for n in ("y1", "y1z", "y2", "y2z") if n in m.re.groupindex and m.group(n)), None)
        if name is not None:
            year = int(m.group(name))
            year += 1911 if year < 1000 else 0
            if 1950 <= year <= 2100:
                out.append((year, m.start(name), m.end(name)))
    return out


def in_period_annotation(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does the figure at [start, end) lie within (or overlap) one of the period annotations?"""
    return any(a < end and start < b for a, b in spans)
