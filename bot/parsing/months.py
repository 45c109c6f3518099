"""Dates said only to the month or the year ("明年2月要送", "民國116年3月申請", "applying in March 2027", "next year"):
the span of days they name, from its first day to its last. A calculation that needs the day is worked out for every day
of the span (`bot.engine.Engine._month_only`): where the verdict is the same on each, it is answered with that said;
where it turns, the day is asked for — the day is never filled in silently."""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

from bot.parsing.dates import ROC_OFFSET, find_dates

_EN_MONTHS = [m.lower() for m in calendar.month_name if m]
_EN_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_ZH_DIGITS = {"一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
              "十一": 11, "十二": 12}
_ZH_MONTH = r"(1[0-2]|0?[1-9]|十一|十二|十|[一二三四五六七八九])"
_REL = {"今年": 0, "明年": 1, "後年": 2, "后年": 2, "去年": -1, "this year": 0, "next year": 1, "last year": -1}
_NO_DAY_AFTER = r"(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:[日號号]|/))"
# a month said with its year: Gregorian, Republic (民國 or three digits), or a year relative to today
_ZH_YEAR_MONTH = re.compile(
    rf"(?:(?P<greg>(?<![\d/.-])(?:19|20)\d\d)|(?:民國|民国|中華民國)\s*(?P<roc>\d{{2,3}})|(?P<roc3>(?<![\d/.-])1\d\d)|(?P<rel>今年|明年|後年|后年|去年))"
    rf"\s*(?:年度?)?\s*的?\s*{_ZH_MONTH}\s*月(?:份)?(?:初|中|底)?{_NO_DAY_AFTER}")
_EN_MONTH_YEAR = re.compile(rf"\b{_EN_MONTH}\.?\s*(?:of\s+|,\s*)?(?:(?P<year>(?:19|20)\d\d)\b(?!\s*[-/.]\s*\d)|(?P<rel>next\s+year|this\s+year|last\s+year)\b)",
                            re.IGNORECASE)
_EN_NEXT_MONTH = re.compile(rf"\bnext\s+{_EN_MONTH}\b", re.IGNORECASE)
_SLASH_YEAR_MONTH = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)\s*[/-]\s*(0?[1-9]|1[0-2])(?![\d/.-]|\s*[/-]\s*\d)")
_NEXT_MONTH = re.compile(r"下個月|下个月|下月|\bnext\s+month\b", re.IGNORECASE)
# a year said alone, as the time of a plan or an event ("明年要申請", "2027 年送件", "applying next year", "in 2027")
_ZH_YEAR = re.compile(r"(?:(?P<greg>(?<![\d/.-])(?:19|20)\d\d)\s*年|(?:民國|民国)\s*(?P<roc>\d{2,3})\s*年|(?P<rel>明年|後年|后年))"
                      r"(?!\s*(?:度|次|生|出生|\d|[一二三四五六七八九十]{1,2}\s*月|年|會|会))")
_EN_YEAR = re.compile(r"\b(?:(?:in|during|sometime in|early|late|mid)\s+(?P<greg>(?:19|20)\d\d)\b(?!\s*[-/.]\s*\d)|(?P<rel>next\s+year)\b)",
                      re.IGNORECASE)


@dataclass(frozen=True)
class FoundSpan:
    """A time said only to its month or year: the first and last day it names, where it was, and how precise."""

    first: datetime.date
    last: datetime.date
    start: int
    end: int
    text: str
    unit: str  # "month" | "year"

    def days(self) -> list[datetime.date]:
        n = (self.last - self.first).days
        return [self.first + datetime.timedelta(days=i) for i in range(n + 1)]


def _month_span(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])


def _month_of(word: str) -> int:
    return int(word) if word.isdigit() else _ZH_DIGITS[word]


def find_spans(text: str, today: datetime.date) -> list[FoundSpan]:
    """Every time in the text said only to the month or the year (never one inside a full date), in order."""
    taken = [(d.start, d.end) for d in find_dates(text)]
    found: list[FoundSpan] = []

    def add(start: int, end: int, year: int, month: int | None) -> None:
        if any(s < end and start < e for s, e in taken) or not 1900 <= year <= 2100:
            return
        first, last = _month_span(year, month) if month else (datetime.date(year, 1, 1), datetime.date(year, 12, 31))
        found.append(FoundSpan(first, last, start, end, text[start:end], "month" if month else "year"))
        taken.append((start, end))

    for m in _ZH_YEAR_MONTH.finditer(text):
        g = m.groupdict()
        year = int(g["greg"]) if g["greg"] else int(g["roc"] or g["roc3"]) + ROC_OFFSET if (g["roc"] or g["roc3"]) \
            else today.year + _REL[g["rel"]]
        add(m.start(), m.end(), year, _month_of(m.groups()[-1]))
    for m in _EN_MONTH_YEAR.finditer(text):
        month = next(i for i, name in enumerate(_EN_MONTHS, 1) if name.startswith(m.group(1).lower()[:3]))
        year = int(m.group("year")) if m.group("year") else today.year + _REL[" ".join(m.group("rel").lower().split())]
        add(m.start(), m.end(), year, month)
    for m in _EN_NEXT_MONTH.finditer(text):
        month = next(i for i, name in enumerate(_EN_MONTHS, 1) if name.startswith(m.group(1).lower()[:3]))
        add(m.start(), m.end(), today.year + (1 if month <= today.month else 0), month)
    for m in _SLASH_YEAR_MONTH.finditer(text):
        add(m.start(), m.end(), int(m.group(1)), int(m.group(2)))
    for m in _NEXT_MONTH.finditer(text):
        year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        add(m.start(), m.end(), year, month)
    for pattern in (_ZH_YEAR, _EN_YEAR):
        for m in pattern.finditer(text):
            g = m.groupdict()
            rel = " ".join((g.get("rel") or "").lower().split())
            year = int(g["greg"]) if g.get("greg") else int(g["roc"]) + ROC_OFFSET if g.get("roc") else today.year + _REL[rel]
            add(m.start(), m.end(), year, None)
    return sorted(found, key=lambda s: s.start)
