"""A question as mentions: numbers with units, dates, words of a vocabulary, qualifiers — each with its span."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from bot.parsing.dates import find_dates, find_invalid_dates
from bot.parsing.numbers import find_quantities
from bot.parsing.text import Query
from calculators.lexicon import extend

# Clause boundaries: a number binds to a word of its own clause only.
SEPARATOR = re.compile(r"[，,。；;\n？?！!]")
_FULL_STOP = re.compile(r"(?<=[A-Za-z)])\.(?=\s)")  # "… 6 yrs. Rad specialist": an English full stop ends a clause too

# Qualifiers refine what was said (SPEC §3): a subset (其中), a count for each (各/每), a negation (不是),
# an addition (另外), a total (共). Binding never reaches across a subset, an addition or a total.
QUALIFIERS: dict[str, str] = {
    "subset": r"其中|當中|之中|裡有|裡面有|\bof (?:them|those|these|which)\b",
    "each": r"各|每(?!年)|\beach\b|\bper\b|\bapiece\b",
    "negation": r"不是|並非|非|沒有|沒|未|不曾|從未|\bnot\b|\bno\b|\bnever\b|n't\b",
    "addition": r"另外|另|此外|還有|以及|\band\b|\bplus\b|\balso\b|\bin addition\b",
    "total": r"總共|一共|合計|總計|共計|總和|加起來|共|\bin total\b|\bin all\b|\baltogether\b|\btotal(?:s|ing|ly)?\b|\bsum\b",
    "unsure": r"不記得|不確定|忘了|不知道|不清楚|沒印象|not sure|don't remember|do not remember|don't know|do not know|can't recall|unsure",
}
# … and the lexicon's everyday words of each (general.*, calculators/lexicon.py), less those another qualifier matches
_GENERAL = {"subset": "general.of_which", "each": "general.each", "negation": "general.not", "total": "general.in_total",
            "unsure": "general.unknown"}
QUALIFIERS = {kind: extend(words, _GENERAL[kind], *(o for k, o in QUALIFIERS.items() if k != kind)) if kind in _GENERAL else words
              for kind, words in QUALIFIERS.items()}
# A figure the person does not have ("假體影像分數我忘了抄", "isn't in the report yet"): asked for, never left out.
ABSENT = (QUALIFIERS["unsure"] + r"|忘記|沒抄|没抄|手邊沒有|手边没有|沒有資料|没有资料|還沒出來|还没出来|還沒拿到|还没拿到|"
          r"不在手邊|不在手边|\bnot (?:in|on) (?:the|my|our) (?:report|sheet)|\bisn't (?:in|on|available|back)|"
          r"\bnot (?:available|back) yet|\bdon't have\b|\bdo not have\b|\bmissing\b|\bpending\b|\bforgot\b|\blost\b")
# A bound, not a value ("都 85 以上", "over 90", "低於 60"): (words before, words after) the number, by direction.
BOUND_BEFORE = {">=": r"(?:至少|最少|不低於|不少於|\bat least|≥|>=)\s*$",
                ">": r"(?:高於|大於|多於|超過|\bover|\babove|\bmore than|\bgreater than|\bhigher than|>)\s*$",
                "<=": r"(?:最多|不超過|不高於|\bat most|≤|<=)\s*$",
                "<": r"(?:低於|小於|少於|不到|未滿|不滿|未满|不满|未達|未达|\bbelow|\bunder|\bless than|\blower than|<)\s*$"}
# ("TACE 180 + TARE 20", "180 + 碘油 90": a plus between two labelled figures adds them, no bound)
_ADDED = r"(?!\s*(?!(?:on|in|at|for|all|each|every\w*|across|of|and|or|to|overall|points?|pts|分|以上|都|全|各)\b)(?:[A-Za-z]|[\u3400-\u9fff]))"
BOUND_AFTER = {">=": rf"^\s*(?:分|%|points?)?\s*(?:以上|或以上|or (?:more|above|higher)|and (?:up|above)|\+{_ADDED}|plus\b{_ADDED})",
               "<=": r"^\s*(?:分|%|points?)?\s*(?:以下|以內|或以下|or (?:less|below|lower|under))",
               ">": r"^\s*(?:分|%|points?)?\s*多(?!少)"}


def bound_of(text: str, start: int, end: int) -> str | None:
    """The direction of a bound written around a number (">=", ">", "<=", "<"), or None for a value."""
    for side, pattern in BOUND_AFTER.items():
        if re.search(pattern, text[end:end + 16], re.IGNORECASE):
            return side
    for side, pattern in BOUND_BEFORE.items():
        if re.search(pattern, text[max(0, start - 14):start], re.IGNORECASE):
            return side
    return None


# A period framing the figure ("六年內已經 260 分", "past 6 years"): no number of its own between a label and its number.
_PERIOD = re.compile(r"\d+\s*(?:年|個月)\s*(?:內|以來|來)|(?:past|last|in the)\s+\d+\s+(?:years?|months?)", re.IGNORECASE)
_BARRIER = re.compile("|".join(QUALIFIERS[k] for k in ("subset", "addition", "total")), re.IGNORECASE)
_OWN_TOTAL = re.compile(rf"(?:{QUALIFIERS['total']})[^\d\s，,。；;]{{0,3}}\s*$", re.IGNORECASE)
_SUBSET_BEFORE = re.compile(rf"(?:{QUALIFIERS['subset']})\s*(?:只有|只|有|僅|仅|就|才|\bonly\b)?\s*$", re.IGNORECASE)


_TOTAL_BEFORE = re.compile(rf"(?:{QUALIFIERS['total']})\s*(?:是|為|有|=|:|：|of)?\s*$", re.IGNORECASE)
_CHECK_BEFORE = re.compile(r"(?:剛好|正好|恰好|\bexactly\b)\s*(?:是|為|=)?\s*$", re.IGNORECASE)


# "My six yearly totals: 50, 30, …", "annual totals — 120, 110": totals in the plural heading a list are its items
_TOTALS_HEADING = re.compile(r"\btotals\s*(?:[:：—–]|\bwere\b|\bare\b)\s*$", re.IGNORECASE)


def total_before(text: str, start: int, *, checks: bool = False) -> bool:
    """A number stated as a total ("合計 655", "total 680") — with `checks`, or as a check ("剛好 600 對吧"):
    compared with a result or a list, never one more item of it."""
    before = text[max(0, start - 10):start]
    if _TOTALS_HEADING.search(text[max(0, start - 24):start]):
        return False  # "my six yearly totals: 50, 30, …": a list's heading
    return _TOTAL_BEFORE.search(before) is not None or (checks and _CHECK_BEFORE.search(before) is not None)


# "總分 660", "Average is 359.5", "平均 359.5", "they sum to 545": an aggregate of the person's own figures, stated
# beside them — checked against them (bot/ledger.py), never one more figure of the list.
_AGGREGATE_BEFORE = re.compile(r"(?:總分|總和|總計|合計|共計|總共|一共|加起來|平均(?:分數|是|為)?|均值|"
                               r"\b(?:the\s+)?(?:total|sum|average|mean)(?:\s+(?:score|credits?|points?))?\s*(?:is|was|of|comes? to|=|:)?|"
                               r"\baverag(?:es|ed|ing)(?:\s+(?:out\s+)?(?:to|at))?|\b(?:sum|add)s?\s+(?:up\s+)?to|\btotall?(?:ing|ed|s)(?:\s+to)?)"
                               r"\s*(?:是|為|有|=|:|：)?\s*$", re.IGNORECASE)


def aggregate_before(text: str, start: int) -> bool:
    """A number stated as the total or the average of the person's own figures ("總分 660", "average is 359.5")."""
    before = text[max(0, start - 24):start]
    return _AGGREGATE_BEFORE.search(before) is not None and _TOTALS_HEADING.search(before) is None


# "Tech 1:", "Dr. 2", "Reader #3 —", "Van 2's": a person or a unit named by a number — a name, not a quantity.
_TITLE_BEFORE = re.compile(r"\b(?:dr|no)\.\s*$|#\s*$", re.IGNORECASE)
_LABEL_BEFORE = re.compile(r"\b(?:tech(?:nologist)?|radiographer|rt|dr|doctor|reader|physician|radiologist|surgeon|nurse|"
                           r"site|unit|room|van|machine|station|patient|person|staff|member|resident|fellow)\s*$", re.IGNORECASE)
_LABEL_AFTER = re.compile(r"\s*(?:[:：)）]|[-–—]\s|'s\b|\(|(?:had|has|was|is|did|scored|read|got|worked)\b)", re.IGNORECASE)


def is_label(text: str, start: int, end: int, value: object) -> bool:
    """A small whole number that names a person or a unit ("Tech 1: …", "Dr. 2 positive 58%"), no quantity."""
    if not isinstance(value, (int, float)) or not float(value).is_integer() or not 0 < value < 100:
        return False
    before = text[max(0, start - 16):start]
    return _TITLE_BEFORE.search(before) is not None or (_LABEL_BEFORE.search(before) is not None
                                                          and _LABEL_AFTER.match(text, end) is not None)


def after_subset(text: str, start: int) -> bool:
    """A number right after a subset qualifier ("其中 2 篇…"): a part of what was just counted."""
    return _SUBSET_BEFORE.search(text[max(0, start - 10):start]) is not None


def clause_of(text: str, start: int, end: int) -> str:
    """The clause around a span."""
    left = max(text.rfind(ch, 0, start) for ch in "，,。；;？?！!\n") + 1
    rights = [i for i in (text.find(ch, end) for ch in "，,。；;？?！!\n") if i != -1]
    return text[left:min(rights) if rights else len(text)]


@dataclass(frozen=True)
class Mention:
    """A span of the question: kind number | date | partial_date | bad_date | term | qualifier."""

    kind: str
    start: int
    end: int
    text: str
    value: object = None  # number: float; date: datetime.date; partial_date: (month, day)
    unit: str | None = None
    name: str = ""  # term: the vocabulary's name of the word group; qualifier: its kind


@lru_cache(maxsize=2048)
def compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def terms(text: str, name: str, pattern: str) -> list[Mention]:
    """Every occurrence of a vocabulary word group in the text."""
    return list(_terms(text, name, pattern)) if pattern else []


@lru_cache(maxsize=4096)
def _terms(text: str, name: str, pattern: str) -> tuple[Mention, ...]:
    return tuple(Mention("term", m.start(), m.end(), m.group(0), name=name) for m in compiled(pattern).finditer(text)
                 if m.end() > m.start())


def qualifiers(text: str) -> list[Mention]:
    out = [Mention("qualifier", m.start(), m.end(), m.group(0), name=kind)
           for kind, pattern in QUALIFIERS.items() for m in compiled(pattern).finditer(text)]
    return sorted(out, key=lambda m: m.start)


_PARTIAL = re.compile(r"(?<![\d/年.-])(\d{1,2})\s*月\s*(\d{1,2})\s*[日號]")
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "Oct 12", "October 3rd": an English day without its year
_PARTIAL_EN = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![,/]?\s*\d)",
                         re.IGNORECASE)


def dates(q: Query) -> list[Mention]:
    """Calendar dates (ROC or Gregorian), days written without a year, and date-like strings naming no day."""
    return list(_dates(q.text))


@lru_cache(maxsize=256)
def _dates(t: str) -> tuple[Mention, ...]:
    found = [Mention("date", d.start, d.end, t[d.start:d.end], value=d.date) for d in find_dates(t)]
    taken = [(m.start, m.end) for m in found]
    for m in _PARTIAL.finditer(t):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            found.append(Mention("partial_date", m.start(), m.end(), m.group(0), value=(int(m.group(1)), int(m.group(2)))))
    for m in _PARTIAL_EN.finditer(t):
        day = int(m.group(2))
        if 1 <= day <= 31 and not any(s < m.end() and m.start() < e for s, e in taken):
            month = _MONTH_NAMES.index(m.group(1).lower()) + 1
            found.append(Mention("partial_date", m.start(), m.end(), m.group(0), value=(month, day)))
    found += [Mention("bad_date", t.find(b), t.find(b) + len(b), b) for b in find_invalid_dates(t)]
    return tuple(sorted(found, key=lambda m: m.start))


# "幫我看兩件事", "兩個問題：", "two quick questions", "3 things to check": how many questions the message asks — framing,
# never a fact of any calculation (a count of cases is 件 alone: "拍了 505 件").
_ASKED_COUNT = re.compile(r"\s*(?:(?:件|個|个)\s*(?:事情?|問題|问题|小問題|小问题)|(?:道|個|个)?\s*(?:題|题)(?![目材])|"
                          r"(?:(?:quick|short|more|separate|different|related|small)\s+){0,2}"
                          r"(?:things|questions|queries|issues to check)\b)", re.IGNORECASE)


def counts_questions(text: str, start: int) -> bool:
    """The number at `start` counts the questions the message asks ("幫我算三件事", "two questions")."""
    digits = re.match(r"\d[\d,]*(?:\.\d+)?", text[start:])
    return digits is not None and _ASKED_COUNT.match(text, start + digits.end()) is not None


def numbers(q: Query) -> list[Mention]:
    """Numbers with their (canonical) unit, outside dates."""
    return list(_numbers(q.text))


# "4 monthly meetings", "2 SCI papers": an English number counts the noun after it (up to two words between) — a
# meeting or a paper is never a case or a screening. Only these families; a case noun keeps the bare number as it was.
_EN_OTHER = re.compile(r"\s*(?:[A-Za-z][\w/-]*\s+){0,2}?(?:(meetings?|congress(?:es)?|conferences?|sessions?|talks?|lectures?|times)|"
                       r"(papers?|articles?|publications?))\b", re.IGNORECASE)


def _en_unit(t: str, end: int) -> str | None:
    m = _EN_OTHER.match(t, end)
    return None if m is None else "次" if m.group(1) else "篇"


def _calendar_year(value: float, unit: str | None) -> bool:
    """"106 年", "2017 年": a calendar year (ROC 80–200, Gregorian 1950–2100), never a count of years."""
    return unit == "年" and value == int(value) and (80 <= value <= 200 or 1950 <= value <= 2100)


@lru_cache(maxsize=256)
def _numbers(t: str) -> tuple[Mention, ...]:
    spans = [(d.start, d.end) for d in _dates(t) if d.kind != "bad_date"]
    return tuple(Mention("number", x.start, x.end, t[x.start:x.end].strip(), value=x.value,
                         unit="calendar_year" if _calendar_year(x.value, x.unit) else
                         x.unit if x.unit is not None or not t[x.start:x.end].strip().isascii() else _en_unit(t, x.end))
                 for x in find_quantities(t) if not any(s < x.end and x.start < e for s, e in spans)
                 and not (x.unit is None and is_label(t, x.start, x.end, x.value))
                 and not counts_questions(t, x.start))


def between(text: str, start: int, end: int) -> str:
    return text[start:end] if start <= end else ""


# Blanks out a span a reader reads as not there (a framing aside in brackets): no distance, no separator.
FILL = "\u2063"


def joins(text: str, start: int, end: int, limit: int) -> int | None:
    """The distance between two spans when nothing separates them: no clause boundary, no other number,
    no qualifier that starts a new fact; None when they are not joined within `limit` characters."""
    gap = between(text, start, end).replace(FILL, "")
    # "今天一共拍了 105 位": a total qualifier right before the number is the number's own word, no barrier
    barrier_gap = _OWN_TOTAL.sub("", gap) if end < len(text) and text[end:end + 1].isdigit() else gap
    if len(gap) > limit or SEPARATOR.search(gap) or _FULL_STOP.search(text, start, end) or re.search(r"\d", _PERIOD.sub("", gap)) or _BARRIER.search(barrier_gap):
        return None
    return len(gap)


def spreads(text: str, start: int, end: int) -> bool:
    """An "each" qualifier between a listed word and its number ("劑量、假體…每項都 85 分"): the number is every item's."""
    return compiled(QUALIFIERS["each"]).search(between(text, start, end)) is not None


# "國際那兩次", "those 2 congresses": a number that points back at a count already said (no new fact).
BACK_REFERENCE = re.compile(r"(?:\b(?:those|these|the same|of the)|這|这|那|上述|前面)\s*$", re.IGNORECASE)


# "2 international meetings … a poster at each", "每次都發表一篇": one given for each of the ones before.
EACH_BACK = re.compile(r"\b(?:at|in|for|to) (?:each|every)(?: one| of them| meeting)?\b|\beach time\b|\bboth times\b|"
                       r"每次都|每次各|每場都|每場各|每一次都|兩次都|都各", re.IGNORECASE)
_ALL = r"各|每項|每一項|都|皆|均|全部|全都|\ball\b|\bboth\b|\beach\b"
_LISTED_REST = re.compile(rf"^(?:\s|[,、，/&]|\band\b|和|跟|與|及|以及)*(?:{_ALL})+\s*(?:是|為|=|:|：|\bare\b|\bwere\b|\bat\b|\bgot\b|\bscored\b)?\s*$",
                          re.IGNORECASE)


def listed_before(text: str, start: int, end: int, keys: list[tuple[int, int]]) -> bool:
    """"壓迫、照野跟閱片都 95", "compression, field alignment and reading system all 95": between a listed word
    and the number only other listed words, list joiners and an "all" / "each" — the number is every one's."""
    gap, pos = [], start
    for s, e in sorted(keys):
        if start <= s and e <= end:
            gap.append(text[pos:s])
            pos = e
    gap.append(text[pos:end])
    rest = "".join(gap)
    return bool(rest) and not re.search(r"\d", rest) and _LISTED_REST.match(rest) is not None


def negated(text: str, start: int) -> bool:
    """A word negated just before it ("非人為", "不是人為因素", "not caused by human …")."""
    before = text[max(0, start - 14):start]
    return re.search(rf"(?:{QUALIFIERS['negation']})\s*(?:due to|caused by|the|an?|by)?\s*$", before, re.IGNORECASE) is not None


def past_day(month: int, day: int, today: dt.date) -> dt.date | None:
    """The latest day with this month and day up to today (a day in the past written without its year)."""
    try:
        d = dt.date(today.year, month, day)
    except ValueError:
        return None
    return d if d <= today else d.replace(year=today.year - 1)
