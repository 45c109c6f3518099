"""Dates as users write them: 民國114年3月1日, 114/3/1, 2027/3/1, 2027-03-01, 2027年3月1日,
March 1, 2027; years: 今年/去年/前年/明年, this/last year, 2025年, 民國114年."""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

from bot.parsing.periods import annotation_years, period_annotations
from core.memo import per_answer

ROC_OFFSET = 1911

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9  # "Sept 1, 2026"
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?:民國|中華民國)\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日號]?"), "roc"),
    (re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日號]?"), "ymd"),
    # "明年（2027年）1月15日", "next year (2027) on 1月15日": the year said in brackets, then its month and day
    (re.compile(r"[（(]\s*(\d{4})\s*年?\s*[)）]\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日號]?"), "ymd"),
    (re.compile(r"[（(]\s*(?:民國|中華民國)?\s*(\d{2,3})\s*年\s*[)）]\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日號]?"), "roc"),
    (re.compile(r"(?<![\d/.-])(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日號]?"), "roc"),
    # a year and month with the day restated in brackets after it ("2026年11月（11/20）", "2026年11月送件(20日)"): one date, its
    # bracket's month the same as the month said (another month in the bracket is no restatement)
    (re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?:[\u4e00-\u9fff]{0,4}?)\s*[（(]\s*(?:(\d{1,2})\s*[/月]\s*)?(\d{1,2})\s*[日號号]?\s*[)）]"),
     "ym(d)"),
    # … the same with a Republic year ("預計115年10月送件(10/1)", "民國115年10月申請（1日）")
    (re.compile(r"(?:(?:民國|中華民國)\s*)?(?<![\d/.-])(\d{2,3})\s*年\s*(\d{1,2})\s*月(?:[\u4e00-\u9fff]{0,8}?)\s*[（(]\s*(?:(\d{1,2})\s*[/月]\s*)?"
                r"(\d{1,2})\s*[日號号]?\s*[)）]"), "rym(d)"),
    (re.compile(r"(?<![\d/.-])(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?![\d/])"), "ymd"),
    # "12/31/25", "3/3/21", "31/12/25": month and day (either order, as the figure over 12 shows) before a two-digit year
    # of this century, with slashes — a first figure over 31 is a Republic year ("55/12/01"), read by the next pattern;
    # both 12 or under and different ("3/4/27"): either order — asked, never guessed
    (re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/.-]\d|/)"), "md?yy"),
    (re.compile(r"(?<![\d/.-])(\d{2,3})[/.-](\d{1,2})[/.-](\d{1,2})(?![\d/])"), "roc"),
    # "15/08/2021", "12/20/1966", "15.08.2021", "7-31-2027": day and month before a four-digit year, in the order the one
    # figure over 12 shows (both 12 or under and different, "03/04/2027": either order — asked, never guessed)
    (re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.-]\d)"), "dm?y"),
    (re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), "mdy"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I), "dmy"),
]


@dataclass(frozen=True)
class FoundDate:
    """A calendar date found in the text, with where it was."""

    date: datetime.date
    start: int
    end: int


# words naming figures before a slashed run ("積分 10/20/30", "points 15/20/25"), or a unit after it: a list, never "M/D/YY"
_FIGURES_NEAR = re.compile(r"積分|学分|學分|积分|分數|分数|分別|分别|點數|点数|分\s*$|\b(?:credits?|points?|pts|scores?|marks?|cme|hours?|hrs?|cases?)\b",
                           re.IGNORECASE)
_FIGURE_UNIT_AFTER = re.compile(r"\s*(?:分|%|％|小時|小时|例|案|篇|次|\b(?:credits?|points?|pts|hours?|hrs?|cases?|%))", re.IGNORECASE)


def find_dates(text: str) -> list[FoundDate]:
    """Every valid date in the text, in order of appearance (impossible dates like 2月30日 skipped)."""
    return list(_scan(text)[0])


def find_invalid_dates(text: str) -> list[str]:
    """Strings written like a date that name no real day (2027/2/30, 115年13月1日)."""
    return list(_scan(text)[1])


def find_ambiguous_dates(text: str) -> list[str]:
    """Dates written day and month in either order with both 12 or under ("03/04/2027"): which is which is asked."""
    return list(_scan(text)[2])


@per_answer()
def _scan(text: str) -> tuple[tuple[FoundDate, ...], tuple[str, ...], tuple[str, ...]]:
    """The valid, impossible and day-or-month dates of the text, remembered within one answer (~8 scans per answer,
    90 % of a text scanned before; the public functions hand out new lists)."""
    ambiguous: list[str] = []
    invalid: list[str] = []
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            g = m.groups()
            try:
                if kind == "roc":
                    y, mo, d = int(g[0]) + ROC_OFFSET, int(g[1]), int(g[2])
                elif kind == "ymd":
                    y, mo, d = int(g[0]), int(g[1]), int(g[2])
                elif kind in ("ym(d)", "rym(d)"):
                    if g[2] is not None and int(g[2]) != int(g[1]):
                        continue  # another month in the bracket: not the same date restated
                    y, mo, d = int(g[0]) + (ROC_OFFSET if kind == "rym(d)" else 0), int(g[1]), int(g[3])
                elif kind == "md?yy":
                    a, b, y = int(g[0]), int(g[1]), 2000 + int(g[2])
                    if a > 31 or b > 31:
                        continue  # a Republic year first ("55/12/01"): the next pattern's
                    if _FIGURES_NEAR.search(text[max(0, m.start() - 16):m.start()]) or _FIGURE_UNIT_AFTER.match(text, m.end()):
                        continue  # "積分 10/20/30", "scores 88/90/92", "10/20/30 分": figures listed, no date
                    if a <= 12 and b <= 12 and a != b:
                        ambiguous.append(m.group(0))
                        taken.append((m.start(), m.end()))
                        continue
                    mo, d = (b, a) if a > 12 else (a, b)
                elif kind == "dm?y":
                    a, b, y = int(g[0]), int(g[2]), int(g[3])
                    if a <= 12 and b <= 12 and a != b:
                        ambiguous.append(m.group(0))
                        taken.append((m.start(), m.end()))
                        continue
                    mo, d = (b, a) if a > 12 else (a, b)
                elif kind == "mdy":
                    y, mo, d = int(g[2]), _MONTHS[g[0].lower()], int(g[1])
                else:
                    y, mo, d = int(g[2]), _MONTHS[g[1].lower()], int(g[0])
                date = datetime.date(y, mo, d)
            except (ValueError, KeyError):
                invalid.append(m.group(0))
                taken.append((m.start(), m.end()))
                continue
            found.append(FoundDate(date, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    return tuple(sorted(found, key=lambda f: f.start)), tuple(invalid), tuple(ambiguous)


_REL_YEARS = {"前年": -2, "去年": -1, "今年": 0, "明年": 1, "last year": -1, "this year": 0, "next year": 1}
_YEAR_RE = re.compile(
    # "沒去年會", "有去年會", "固定去年會", "今年去年會": 去 is the verb and 年會 the meeting, no year (去年會議 is last year's meeting;
    # right after a year word the year is already said, 今年去年會 1 次 is this year's annual meeting)
    # ("this yr", "last calendar year", "the year before last", "本年度", "上一年度": the same years in other words)
    # (a year with a month and no day, "112年7月到12月", "2023年3月起": the year of what was done then; a date with its day,
    # "112年7月1日", is a date)
    # ("之前年會去過一次", "以前年會都有去": the 前 of 之前 / 以前 / 目前 / 先前 before the meeting 年會, no year before last)
    r"((?:(?<![之以目先])前年|前年(?![會会]))|(?:(?<![沒没有要會会還还也都再年度定常就才])(?<!年\s)(?<!年度\s)去年|去年(?![會会](?![議议])))|今年|明年|本年(?:度|(?![會会]))|上一?年度|明年度|"
    r"\b(?:the\s+)?(?:year|yr)\s+before\s+last\b|\b(?:last|this|next)\s+(?:calendar\s+)?(?:year|yr)\b)|(?:民國|中華民國)\s*(\d{2,3})\s*年|"
    r"(?<![\d/.-])(\d{4})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*[日號号]?)|\b(?:(?:in|for|during|since)\s+|(?:both|each|all)\s+(?:from\s+|in\s+)?(?=\d{4}\s*(?:[.,;)!?]|$)))(\d{4})\b|(?<![\d/.-])(\d{3})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*[日號号]?)|"
    # ("since 2014 so twelve years now": a year after "since", whatever follows it, is the year something began)
    # ("…and one as first author, both 2026.": the year of all the items said, after "both" / "each" / "all", at the end
    # of its clause)
    # "2025: annual mtg …": a year heading the facts after its colon
    # ("2025 credits: …", "2024 CME points —", "兩位會員 2025 的積分：…", "2025 的積分幫忙核一下：": the year of the credits listed
    # after it)
    # ("2024 → 年會1、月會3；2025 → …", "2025 => 2 orals": an arrow heading the facts as a colon does)
    # ("Hosp CME sessions 2026 (not TSA ones): …": a bracket saying which, between the year and its colon)
    r"(?:(?<![\d/.,:-])|(?<=[:：])(?=\d{4}\s*(?:→|⇒|➜|➔|->|=>)))"
    r"(\d{4})(?=\s*(?:(?:cme\s+)?(?:credits?|points?|pts)|(?:的\s*)?(?:積分|积分|學分|学分)(?:[^\d，,。；;:：?？\s]{1,8}?)?)?\s*(?:[(（][^)）(（\d]{0,30}[)）]\s*)?(?:[:：](?!\d)|[-–—]\s|"
    r"(?:→|⇒|➜|➔|->|=>|-->)\s*(?!\d)))|"
    # "2026 pubs: 3rd author on …", "2025 activities: …", "2025 non-SCI pubs: …", "2026 論文：…": up to three words of what,
    # then the colon heading them
    r"(?<![\d/.,:-])(?=(?:199\d|20[0-3]\d)\b)(\d{4})(?=\s+(?!(?:cases?|screenings?|women|ladies|exams?|mammograms?|patients?|days?|hours?|"
    r"people|clients|recalls?)\b)(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*\s*[:：](?!\d)|\s*(?:年)?(?:的)?(?:論文|论文|發表|发表|活動|活动|紀錄|记录)\s*[:：](?!\d))|"
    # "at the 2025 TSA annual congress", "my 2024 monthly meetings": a year said as the meeting's own, before its words
    # (… or the person's points of that year: "he wants to know his 2026 points", "my 2025 CME credits")
    r"(?:(?<=\bthe )|(?<=\bmy )|(?<=\bour )|(?<=\bthat )|(?<=\bthis )|(?<=\bhis )|(?<=\bher )|(?<=\btheir ))(?=(?:199\d|20[0-3]\d)\b)(\d{4})(?=\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:annual|monthly|international|overseas|domestic|national|regional|spring|autumn|fall|winter|summer|congress|meetings?|"
    r"conferences?|symposi\w*|seminars?|workshops?|courses?|sessions?|(?:CME|cme|TSA|surgical)?\s*(?:points?|credits?|pts|totals?)|"
    # ("checking member files for the 2025 audit", "his 2025 file", "our 2024 review"): the year a record of the facts is for
    r"audits?|reviews?|files?|records?|tally|tallies|reports?|logs?|figures|numbers|data|stats|activities)\b)|"
    # "all 366 days of 2024", "2026 so far", "… first author. 2026 I have one …": a year the facts around it are in
    r"(?:(?<=\bdays of )|(?<=\bweeks of )|(?<=\bmonths of ))(\d{4})\b|(?<![\d/.,:-])(\d{4})(?=\s+so far\b)|"
    # ("2026 had 2 papers: …", "2025 was 4 monthly meetings": a year opening the sentence, then the verb of what it held)
    # (… or a clause after a colon, a comma or a dash: "Split by year pls: 2025 I did …", "by year — 2024 we went to …")
    r"(?:^|(?<=[.;!?。；！？]\s)|(?<=[.;!?。；！？\n])|(?:(?<=[:：,，]\s)|(?<=[:：，])|(?<=[—–-]\s))(?=(?:199\d|20[0-3]\d)\b))"
    # (… or a small count and the words of what it counts: "… (lucky year lol). 2026 one non-SCI where I'm 2nd author")
    r"(\d{4})(?=\s+(?:I|we|my|our|had|has|was|were|saw|brought)\b|\s+\d{1,2}\s+(?!(?:cases?|screenings?|women|ladies|exams?|mammograms?|"
    r"patients?|days?|hours?|people|clients|recalls?|points?|credits?|pts)\b)[A-Za-z])|"
    # "：2025 年會一次；2026 月會五次": a year opening a clause, then the words of what was done in it (no unit of a figure)
    r"(?:^|(?<=[;。；：:，,、＋+])\s*)(\d{4})(?=\s*(?!年|例|案|次|場|场|篇|分|天|日|元|萬|万|件|位|人|名|個|个|小時|小时|週|周|台|臺|組|组|歲|岁|張|张|份|筆|笔|片|項|项|"
    r"種|种|則|则|本|顆|颗|條|条|支|床|家|所|間|间|單|单|點|点|月(?![會会]))"
    r"[\u4e00-\u9fff])|"
    # "國際會議 2025 去了兩場、2026 去了一場", "月会 2024 有 6 次": a year right after the words of what was done, then the
    # verb of doing it in that year (a count has its unit: "篩了 2025 人" is no year)
    # ("ATLS 2025上過一次，2026又去複訓一次": after a Latin name and a space too, and the verb of taking a course)
    r"(?:(?<=[\u4e00-\u9fff])|(?<=[A-Za-z]\s))\s*(?=(?:199\d|20[0-3]\d)(?!\d))(\d{4})(?=\s*(?:去了?|有去|有參|有参|參加|参加|參與|参与|出席|發表|发表|當了?|当了?|擔任|担任|"
    r"也|又|再|則|则|只有|只去|就|共|總共|总共|一共|上(?:過|过|了)|考(?:過|过|了)|受訓|受训|複訓|复训|參訓|参训))|"
    # A year standing alone as a field of its own — between a bracket, a slash, a bar or a tab and its end ("(2026)",
    # "陳醫師/2025/SCI…", "王醫師 | 2024 | …"), or narrowed with "only" ("2026 only, please", "2025 only 的") — a label of
    # the facts, the year they are in; never a figure (a year in a slash date, "2025/3/4", has a digit after its slash)
    # (… or after its label in such a row: "Year: 2025 / Name: …")
    r"(?:(?:(?<=[(（/|\t])|(?<=[(（/|\t]\s)|(?<=\byear:)|(?<=\byear: )|(?<=\byear：)|(?<=\byr:)|(?<=\byr: ))(?=(?:199\d|20[0-3]\d)(?!\d))(\d{4})(?=\s*(?:[)）](?!\s*[人例案次場场篇分天件位名個个台張张])|[|\t]|/(?!\s*\d)|\bonly\b))"
    r"|(?<![\d/.,:=-])(?=(?:199\d|20[0-3]\d)(?!\d))(\d{4})(?=\s+only\b))|"
    # "board in June 2019", "applying Dec 2026", "since Sept. 2018": a month named with its year and no day — the year of
    # what happened then, never a figure (a day before the month makes it a date: "3 Dec 2026")
    r"(?<!\d)(?<!\d\s)(?<!\d(?:st|nd|rd|th)\s)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?=(?:19[5-9]\d|20\d\d)(?!\d))(\d{4})\b|"
    # "2025 = 1 annual congress, 4 monthly mtgs", "2024＝年會1、月會3", "2026 for me = …": a year heading the facts after an
    # equals sign, as a colon does (never a term of a sum: "100 + 2025 = …"); "what does 2025 come to?", "how much does 2024 add up to",
    # "2025's total": the year whose total is asked
    r"(?:(?<=\bdoes )|(?<=\bdid )|(?<=\bdo )|(?<![\d/.,:+＋=$-])(?<![+＋=]\s))(?=(?:199\d|20[0-3]\d)(?!\d))(\d{4})"
    r"(?=\s*(?:for\s+(?:me|us|him|her|them|my\s+\w+)\s*)?[=＝]\s*(?:\d+\s*[A-Za-z\u4e00-\u9fff]|[A-Za-z\u4e00-\u9fff])|\s+(?:come|comes|came|add|adds|added|amount|amounts)\s+(?:to|up)\b"
    r"|['’]s\s+(?:total|points|credits|tally|sum)\b)",
    re.IGNORECASE,
)


def _relative(word: str) -> int:
    """How many years from this one a relative year word names ("去年" -1, "this yr" 0, "上年度" -1)."""
    word = " ".join(word.lower().split())
    if word in _REL_YEARS:
        return _REL_YEARS[word]
    if word.endswith("before last"):  # "the year before last": 前年
        return -2
    if word.startswith(("last", "上")):
        return -1
    if word.startswith(("next", "明")):
        return 1
    return 0  # "this yr", "this calendar year", "本年度"


@dataclass(frozen=True)
class FoundYear:
    year: int
    start: int
    end: int


# "今年我去年會1次", "this year 我去年会 2 次": 去年會 a few words after a year already said in the same clause is the verb 去 and
# the meeting 年會 (the clause's year is said; a second year word right after it would name another year in one breath)
_CLAUSE_CUT = re.compile(r"[，,。；;！!？?\n]")


def _verb_and_meeting(text: str, m: re.Match[str], found: list[FoundYear]) -> bool:
    """Is this 去年 the verb 去 before 年會, a year already said a few words before it in its clause?"""
    if m.group(0) != "去年" or not re.match(r"[會会](?![議议])", text[m.end():]):
        return False
    before = text[:m.start()]
    cut = max((c.end() for c in _CLAUSE_CUT.finditer(before)), default=0)
    return any(cut <= y.start and m.start() - y.end <= 6 for y in found)


def find_years(text: str, today: datetime.date) -> list[FoundYear]:
    """Calendar years named in the text (relative words resolved against `today`), in order."""
    out: list[FoundYear] = []
    for m in _YEAR_RE.finditer(text):
        rel, roc, greg, greg_en, roc_bare, heading, worded, attributive, of_days, so_far, leading, opening, after_words, field, only, \
            month_year, equated = m.groups()
        opening = opening or after_words
        heading = heading or field or only or month_year or equated
        greg_en = greg_en or heading or worded or attributive or of_days or so_far or leading or opening
        if rel:
            if _verb_and_meeting(text, m, out):
                continue
            year = today.year + _relative(rel)
        elif roc:
            year = int(roc) + ROC_OFFSET
        elif greg or greg_en:
            year = int(greg or greg_en)
            if not 1950 <= year <= 2100 or opening and not 1990 <= year <= 2039:
                continue  # (a year opening a clause with no word of a year: only one near today, never a count like 2100)
        else:
            year = int(roc_bare) + ROC_OFFSET
            if not 80 <= int(roc_bare) <= 200:
                continue
        out.append(FoundYear(year, m.start(), m.end()))
    for m in _RECENT.finditer(text):  # "上禮拜", "這個月", "last week": a day of a recent period is in its own year
        if any(y.start < m.end() and m.start() < y.end for y in out):
            continue
        word = m.group(0).lower()
        if any(w in word for w in ("上個月", "上个月", "上月", "last month")):
            day = today.replace(day=1) - datetime.timedelta(days=1)
        elif any(w in word for w in ("上禮拜", "上礼拜", "上週", "上周", "上星期", "last week")):
            day = today - datetime.timedelta(days=7)
        elif any(w in word for w in ("暑假", "summer")):
            day = today if today.month >= 7 else today.replace(year=today.year - 1)  # the latest summer up to today
        elif "spring" in word:
            day = today if today.month >= 3 else datetime.date(today.year - 1, 4, 1)  # the latest spring up to today
        elif "fall" in word or "autumn" in word:
            day = today if today.month >= 9 else datetime.date(today.year - 1, 10, 1)  # the latest autumn up to today
        elif any(w in word for w in ("昨天", "前天", "yesterday")):
            day = today - datetime.timedelta(days=2 if "前天" in word else 1)
        else:
            day = today
        out.append(FoundYear(day.year, m.start(), m.end()))
    out = _referred_back(text, sorted(out, key=lambda y: y.start))
    return _restated(text, _range_starts(text, _joined_years(text, _annotated(text, out))))


# "2025 (Jan 1 – Dec 31): …", "2024（1/1~12/31）…": a bare year whose whole span is restated in brackets right after it
_BEFORE_ANNOTATION = re.compile(r"(?<![\d/.,:$+-])((?:19|20)\d\d)\s*[(（]\s*$")


def _annotated(text: str, found: list[FoundYear]) -> list[FoundYear]:
    """The years found, each bare year followed by a bracket naming its first and last day, and the year written inside
    such a range (`bot.parsing.periods`)."""
    out = list(found)
    for start, _ in period_annotations(text):
        m = _BEFORE_ANNOTATION.search(text, max(0, start - 12), start)
        if m is not None and not any(y.start < m.end(1) and m.start(1) < y.end for y in out):
            out.append(FoundYear(int(m.group(1)), m.start(1), m.end(1)))
    for year, start, end in annotation_years(text):  # ("2024/1/1~2024/12/31": the year written in the range itself)
        if not any(y.start < end and start < y.end for y in out):
            out.append(FoundYear(year, start, end))
    return sorted(out, key=lambda y: y.start)


# "回想起來2025真的很拼，…那年總共多少？", "Back to 2024 … how many did I get that year?": a later word pointing back to a
# year ("那年", "那一年", "當年", "該年", "同年", "that year", "the same year") makes the one bare year said before it a year
# (a figure has its unit: "篩了 2025 人" is no year)
_BACK_TO_YEAR = re.compile(r"那一?年(?![會会級级])|當年(?![會会度])|当年(?![會会度])|該年|该年|同一?年(?![會会])|"
                           r"\b(?:that|the same|said)\s+(?:calendar\s+)?(?:year|yr)\b", re.IGNORECASE)
_BARE_YEAR = re.compile(r"(?<![\d/.,:$-])(?:19[89]\d|20[0-3]\d)(?![\d.,/-]|\s*(?:%|[-–~至到]\s*\d|年|例|案|次|場|场|篇|分|天|日|元|萬|万|"
                        r"件|位|人|名|個|个|小時|小时|週|周|台|臺|組|组|歲|岁|張|张|份|筆|笔|片|項|项|點|点|月|號|号|"
                        r"\b(?:cases?|screenings?|women|people|exams?|mammograms?|patients?|days?|hours?|points?|credits?|pts|"
                        r"dollars?|NT|TWD)\b))", re.IGNORECASE)


def _referred_back(text: str, found: list[FoundYear]) -> list[FoundYear]:
    """The years found, and the one bare four-digit year (1980–2039, no unit after it) a later word points back to
    (`_BACK_TO_YEAR`) with no other year named between them."""
    out = list(found)
    for back in _BACK_TO_YEAR.finditer(text):
        if any(y.start <= back.start() < y.end for y in out):
            continue
        bare = [m for m in _BARE_YEAR.finditer(text, 0, back.start()) if not any(y.start <= m.start() < y.end for y in out)]
        if not bare or any(bare[-1].end() <= y.start < back.start() for y in out):
            continue
        if len({m.group(0) for m in bare}) == 1:  # (two bare years before it: which one is pointed back to is not said)
            m = bare[-1]
            out.append(FoundYear(int(m.group(0)), m.start(), m.end()))
    return sorted(set(out), key=lambda y: y.start)


# "去年(2025)", "last year (2025)", "今年（115年）": a year word with the same year restated in brackets right after it
_RESTATED = re.compile(r"\s*[(（]\s*(?:西元|公元|民國|民国|AD\s*)?(\d{3,4})\s*(?:年度?)?\s*[)）]", re.IGNORECASE)


def _restated(text: str, found: list[FoundYear]) -> list[FoundYear]:
    """The years with a bracket restating a year named just before it folded into that mention ("去年(2025)跟今年" names
    two years, not three, and its 2025 is no figure). A bracket naming another year is left alone."""
    out: list[FoundYear] = []
    for y in found:
        if out and out[-1].start <= y.start < out[-1].end:
            continue  # the bracket's own year, folded into the mention before it
        m = _RESTATED.match(text, y.end)
        if m is not None:
            said = int(m.group(1))
            if (said if len(m.group(1)) == 4 else said + ROC_OFFSET) == y.year:
                y = FoundYear(y.year, y.start, m.end())
        out.append(y)
    return out


# A recent period named relative to today (a week, a month, a day): its year is today's, or last year's across January
_RECENT = re.compile(r"上禮拜|上礼拜|上週|上周|上星期|這禮拜|这礼拜|這週|这周|本週|本周|這星期|这星期|這個月|这个月|這月|本月|上個月|上个月|上月(?!底前)"
                     r"|昨天|前天|(?<![年\d])暑假|(?<!\d\s)(?<!\d)\bthis (?:past )?summer\b|\b(?:last|this)\s+(?:week|month)\b|\byesterday\b|\bearlier this month\b"
                     # ("took ATLS this spring", "this past fall": a season named with "this" — the latest one up to today;
                     # never winter, which straddles two years, nor "last spring", which in December may mean either)
                     r"|(?<!\d\s)(?<!\d)\bthis (?:past )?(?:spring|fall|autumn)\b", re.IGNORECASE)
RECENT_PERIOD = _RECENT  # (a recent period named: routing tells when one thing was from a year of one's own items)


# "2024、2025 這兩年", "in 2024 and 2025", "2023/2024": a bare year joined by a list separator to a year named is one too
_JOIN_BEFORE = re.compile(r"(?<![\d.,])((?:19|20)\d{2})\s*(?:[、,，/&]|和|跟|及|與|与|\band\b)\s*$", re.IGNORECASE)
_JOIN_AFTER = re.compile(r"^\s*(?:[、,，/&]|和|跟|及|與|与|\band\b)\s*((?:19|20)\d{2})(?![\d.,]|\s*[-–~至到]\s*\d)", re.IGNORECASE)


def _joined_years(text: str, found: list[FoundYear]) -> list[FoundYear]:
    out = list(found)
    todo = [y for y in found if 1990 <= y.year <= 2039 and re.fullmatch(r"(?:in\s+|during\s+)?(?:19|20)\d{2}(?:\s*年度?)?", text[y.start:y.end].strip(), re.IGNORECASE)]
    while todo:
        y = todo.pop()
        at = y.start + text[y.start:y.end].find(str(y.year))  # the digits themselves ("in 2024")
        for m, start in ((_JOIN_BEFORE.search(text, max(0, at - 12), at), None), (_JOIN_AFTER.search(text[at + 4:at + 16]), at + 4)):
            if m is None:
                continue
            s0 = m.start(1) if start is None else start + m.start(1)
            new = FoundYear(int(m.group(1)), s0, s0 + 4)
            if 1990 <= new.year <= 2039 and not any(o.start <= new.start < o.end for o in out):
                out.append(new)
                todo.append(new)
    return sorted(out, key=lambda y: y.start)


# "109到114年", "109~114 年", "2020 至 2025 年": the first year of a range of years, its 年 said once after the last
_RANGE_START = re.compile(r"(?<![\d/.,:-])(\d{3}|\d{4})\s*(?:到|至|~|～|－|-|–|—|→|⟶|➔|->|=>)\s*$")


def _range_starts(text: str, found: list[FoundYear]) -> list[FoundYear]:
    """Add the bare first year of a range whose last year is named ("109到114年" → 109 is ROC 109 too): same era
    (ROC or Gregorian digits), before the last year and at most 20 years before it."""
    out = list(found)
    for y in found:
        head = re.match(r"\s*(?:民國|中華民國)?\s*(\d{3,4})", text[y.start:y.end])
        if head is None:
            continue
        m = _RANGE_START.search(text, max(0, y.start - 10), y.start)
        if m is None or len(m.group(1)) != len(head.group(1)):
            continue
        first = int(m.group(1)) + (ROC_OFFSET if len(m.group(1)) == 3 else 0)
        if 0 < y.year - first <= 20 and not any(o.start <= m.start(1) < o.end for o in out):
            out.append(FoundYear(first, m.start(1), m.end(1)))
    return sorted(out, key=lambda y: y.start)


# "with 2026 as the 6th year", "2026 being year six", "115年當第六年", "2026 年算最後一年": a year named as the place of one of the
# list's years — which year, its figure another's (a part's result, or asked), never a figure of the list
YEAR_AS_PLACE = re.compile(r"(?:(?:19|20)\d{2}|1[01]\d)(?!\d)\s*(?:年)?\s*(?:(?:as|for|being|is|=)\s+(?:the\s+|my\s+|our\s+)?"
                            r"(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|last|final|latest)\s+(?:year|yr)\b|"
                            r"(?:as|being|is)\s+(?:year|yr)\s*(?:\d|one|two|three|four|five|six)\b|"
                            r"(?:作為|作为|當作|当作|當成|当成|當|当|算|是|為|为)\s*(?:第\s*[1-6一二三四五六]|最後一|最后一|最末)\s*年)", re.IGNORECASE)
