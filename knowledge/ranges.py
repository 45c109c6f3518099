"""Numeric bands a clause states, and whether a number the question states falls in one.

The regulations grade by bands — "介於 40% - 50%", "340-359 分", "70% ≤ 追蹤完成率 < 75%" —
and sibling clauses differ mostly in their numbers, which neither the bigrams nor the
embeddings tell apart. A question that states a value ("複判差異 17%", "平均 345 分") is
about the clause whose band holds it (knowledge.retrieve adds them as a ranking of their own).

Only closed bands count: an open one ("超過 30 分", "360 分以上") holds almost any figure —
"年會積分是 1000 分" would meet every cap — and, measured on the blind development questions,
counting them helped no more than it hurt. A number the question gives as a bound itself
("未滿 60%", "60 分以上") is not a value and is not matched.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from knowledge.textnorm import fold

_NUM = r"(\d+(?:\.\d+)?)"
_UNIT = r"\s*(%|分|案|例|天|年|個月|小時)"
_BETWEEN = re.compile(_NUM + r"\s*(?:%|分|案|例)?\s*[-–~～至到]\s*" + _NUM + _UNIT)
_TABLE_ROW = re.compile(_NUM + r"\s*%\s*≤[^<|\n]{0,16}<\s*" + _NUM + r"\s*(%)")  # 70% ≤ 追蹤完成率 < 75%
_VALUE = re.compile(_NUM + _UNIT)
# (English too: "drops below 60%", "goes over 20%", "more than 10%" state a bound, never a value a band holds)
_BOUND_BEFORE = re.compile(r"(?:超過|超过|大於|大于|高於|高于|未達|未达|未滿|未满|低於|低于|小於|小于|少於|少于|不足|不到|[<>≤≥]|"
                           r"\b(?:below|under|over|above|exceeds?|exceeding|tops|(?:more|less|fewer|higher|lower|greater)\s+than|"
                           r"at\s+(?:least|most)))\s*$", re.I)
BOUND_WINDOW = 14  # characters before a figure read for its bound word
_BOUND_AFTER = re.compile(r"\s*(?:\(含\))?\s*(?:以上|以下|以內)")


class Band(NamedTuple):
    """low ≤ value ≤ high in `unit`."""

    low: float
    high: float
    unit: str


def bands(text: str) -> list[Band]:
    """The closed numeric bands `text` states (folded first: full-width digits and ％ become ASCII)."""
    t = fold(text)
    return [Band(float(a), float(b), u) for pattern in (_BETWEEN, _TABLE_ROW) for a, b, u in pattern.findall(t)]


def band_spans(text: str) -> list[tuple[Band, int]]:
    """The closed bands `text` states (folded), each with where it starts in the folded text."""
    t = fold(text)
    return [(Band(float(m.group(1)), float(m.group(2)), m.group(3)), m.start())
            for pattern in (_BETWEEN, _TABLE_ROW) for m in pattern.finditer(t)]


# What a band or a stated value is of, where a clause grades two measures side by side ("疑似陽性…50%-60% 或陰性
# 15%-20%"): the last such word before it — in Chinese (陽性 / 陰性, 疑陽 said short) or in English ("positive", "suspected
# positive", "suspicious", "recalled", "pos" / "negative", "neg") — or the cases named right after the figure ("25% on
# negatives", "over 20% (negative)", "62% for the suspicious ones"), which win over a word before it.
_MEASURE_OF = re.compile(r"陽性|陰性|(?:疑似|可疑|疑)陽|\b(?:suspected|suspicious|positives?|pos|recall\w*|called[- ]back|"
                         r"negatives?|neg)\b")
_MEASURE_AFTER = re.compile(r"\s*(?:%|percent|per\s*cent|pct)?\s*([(（]?)\s*(?:(?:re-?read\w*|discrepanc\w*|disagreements?|discordan\w*|"
                            r"mismatch\w*|differences?|rate)\s+)*((?:on|for|in|among|with|of|across)\s+)?(?:(?:the|all|our|his|her|"
                            r"their)\s+)?((?:suspected|suspicious)[- ]?(?:positive)?|positives?|pos|negatives?|neg)\b")


def _measure_word(word: str) -> str:
    return "陰性" if word in ("陰性",) or word.startswith("neg") else "陽性"


def measure_of(text: str, at: int, end: int | None = None) -> str | None:
    """The measure (陽性 / 陰性) of a figure at `at` (ending at `end`) of the folded `text`: the cases named right after it,
    else the measure word last named before it; None when neither is named."""
    found = _MEASURE_OF.findall(text[:at])
    if end is not None and (m := _MEASURE_AFTER.match(text, end)) is not None and (m.group(1) or m.group(2) or not found):
        # (bracketed or linked by on / for: "over 20% (negative)", "25% on negatives"; a bare word after it is the next
        # figure's when a word before names this one's: "pos 45% neg 12%")
        return _measure_word(m.group(3))
    return _measure_word(found[-1]) if found else None


def names_measure(text: str) -> bool:
    """Does the folded `text` name a measure (陽性 / 陰性, positive / negative) at all?"""
    return bool(_MEASURE_OF.search(text))


def same_measure(asked: str | None, of: str | None, text: str) -> bool:
    """Is a rate of measure `asked` one of measure `of` (a figure of the folded `text`)? Of the same named measure; a bound
    of no named measure in a text naming none (a matter graded by one measure: 追蹤完成率) takes any rate. A rate whose
    measure is not told ("她的複判差異 45%") is never put to a bound of a named measure: not decided."""
    if of is not None:
        return asked == of
    return not names_measure(text)


# A percentage written out in English ("15 percent", "15 per cent", "15 pct"), and an English range whose unit follows
# its second figure only ("between 7 and 15%", "from 7 to 15%", "7 to 15%"): the first figure is a percentage too.
_EN_PERCENT_WORD = re.compile(r"(\d+(?:\.\d+)?)\s*(?:percent|per\s*cent|pct)\b", re.I)
_EN_RANGE_FIRST = re.compile(r"(\b(?:between|from)\s+|(?<![\d.%]))(\d+(?:\.\d+)?)(?=\s*(?:and|to|-|–)\s*\d+(?:\.\d+)?%)", re.I)


def english_percents(text: str) -> str:
    """`text` (folded) with English percentages written as "N%" ("between 7 and 15 percent" → "between 7% and 15%")."""
    return _EN_RANGE_FIRST.sub(r"\1\2%", _EN_PERCENT_WORD.sub(r"\1%", text))


def value_in_band(question: str, text: str, *, strict: bool = False) -> bool:
    """Whether a value the question states (not a bound) falls in a closed band `text` states in the same unit, and of
    the same measure where both name one ("陽性差異 55%" in "疑似陽性…50%-60%", not in "陰性 15%-20%" — nor "陰性 55%" in
    the 陽性 band). English percentages count as written with % (`english_percents`: "somewhere between 7 and 15
    percent"). `strict` (a first line deciding the case by it): a rate whose measure is not told is held by no band of a
    named measure (`same_measure`) — "她的複判差異 45%" is in 甲's 陽性 40%-50% or past 丙's 陰性 20%."""
    q, t = english_percents(percent_words(fold(question))), fold(text)
    values = [(float(m.group(1)), m.group(2), measure_of(q, m.start(), m.end())) for m in _VALUE.finditer(q)
              if not _BOUND_BEFORE.search(q[max(0, m.start() - BOUND_WINDOW):m.start()]) and not _BOUND_AFTER.match(q, m.end())]
    for band, at in band_spans(t):
        of = measure_of(t, at)
        for value, unit, asked in values:
            if unit == band.unit and band.low <= value <= band.high and \
                    (same_measure(asked, of, t) if strict else (of is None or asked is None or of == asked)):
                return True
    return False


def stated_values(question: str) -> list[tuple[float, str]]:
    """(value, unit) for each number with a unit the question states as a value, not as a bound."""
    t = fold(question)
    return [(float(m.group(1)), m.group(2)) for m in _VALUE.finditer(t)
            if not _BOUND_BEFORE.search(t[max(0, m.start() - BOUND_WINDOW):m.start()]) and not _BOUND_AFTER.match(t, m.end())]


# A proportion in words ("超過六成", "五成到六成之間", "七成五") is a percentage: the regulations write "60%". Only
# where the words around it make it a figure (a comparison before, a bound or range after), so "八成是忘了" stays words.
_CN_DIGITS = {"一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_TENTHS = re.compile(r"(?P<tens>[一二兩两三四五六七八九十])成(?P<ones>[一二三四五六七八九](?![成十百千萬万]))?")
_PROPORTION_BEFORE = re.compile(r"(?:超過|超过|大於|大于|高於|高于|低於|低于|少於|少于|多於|多于|未滿|未满|未達|未达|不到|不足|"
                                r"介於|介于|落在|在|到|至|[~～\-–]|約|约|將近|将近|接近|近|快|有|是|達|达|過|过|破|差異|差异|率|量)\s*$")
_PROPORTION_AFTER = re.compile(r"\s*(?:以上|以下|以內|以内|之間|之间|中間|中间|左右|多|到|至|[~～\-–])")


# A range whose first end leaves 成 understood ("五到六成", "四至五成之間", "五~六成") or runs the two digits together
# ("五六成"): both ends are tenths — "五到六成" is 50%–60%, never 5 to 60%.
_TENTHS_RANGE = re.compile(r"(?<![一二兩两三四五六七八九十百千萬万\d])(?P<low>[一二三四五六七八九])\s*(?P<to>[到至~～\-–]?)\s*"
                           r"(?P<high>[一二三四五六七八九十])成(?![一二三四五六七八九])")


def percent_words(text: str) -> str:
    """`text` with each proportion in words that reads as a figure written as a percentage ("超過六成" → "超過60%",
    "五成到六成之間" → "50%到60%之間", "五到六成" → "50%到60%", "七成五" → "75%"); other text unchanged."""
    def tenths_range(m: re.Match[str]) -> str:
        low, high = _CN_DIGITS[m["low"]], _CN_DIGITS[m["high"]]
        if not m["to"] and high != low + 1:  # "五六成" runs two neighbours together; "三五成群" is no range
            return m.group(0)
        if high <= low:
            return m.group(0)
        return f"{low * 10}%到{high * 10}%"

    text = _TENTHS_RANGE.sub(tenths_range, text)

    def figure(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - 4):m.start()]
        if not (_PROPORTION_BEFORE.search(before) or _PROPORTION_AFTER.match(text, m.end())):
            return m.group(0)
        ones = _CN_DIGITS[m["ones"]] if m["ones"] else 0
        return f"{_CN_DIGITS[m['tens']] * 10 + ones}%"

    return _PER_HUNDRED.sub(per_hundred, _TENTHS.sub(figure, text))


# A percentage said in words ("百分之二十五", "百分之六十", "百分之十五"): the figure with %, as the regulations write it.
_PER_HUNDRED = re.compile(r"百分之([一二兩两三四五六七八九十]{1,3}|一百|\d+(?:\.\d+)?)(?![一二兩两三四五六七八九十百])")


def per_hundred(m: re.Match[str]) -> str:
    """"百分之二十五" → "25%" (tens and ones in words, or digits); the words unchanged when they read as no number."""
    words = m.group(1)
    if words[0].isdigit():
        return f"{words}%"
    if words == "一百":
        return "100%"
    tens, _, ones = words.partition("十")
    if not _:
        value = _CN_DIGITS.get(words) if len(words) == 1 else None
    else:
        value = (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
        if (tens and tens not in _CN_DIGITS) or (ones and ones not in _CN_DIGITS):
            value = None
    return f"{value}%" if value is not None else m.group(0)


# An English range: "between 50 and 60 percent", "from 50% to 60%", "50 to 60 %", "50-60 per cent".
_EN_PERCENT = r"\s*(?:%|\s(?:percent|per\s*cent)\b)"
_EN_BETWEEN = re.compile(r"\b(?:between|from)\s+" + _NUM + r"(?:" + _EN_PERCENT + r")?\s+(?:and|to)\s+" + _NUM + _EN_PERCENT + r"|"
                         r"\b" + _NUM + r"(?:" + _EN_PERCENT + r")?\s*(?:to|-|–)\s*" + _NUM + _EN_PERCENT, re.I)


def stated_ranges(question: str) -> list[Band]:
    """The closed ranges the question states itself ("落在 50% 到 60% 之間", "70%-75%", "between 50 and 60 percent"): a
    value somewhere inside."""
    t = fold(question)
    found = [Band(float(a), float(b), u) for a, b, u in _BETWEEN.findall(t)]
    for m in _EN_BETWEEN.finditer(t):
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        found.append(Band(float(a), float(b), "%"))
    return [r for r in found if r.low < r.high]


def within(ranges: list[Band], clause_bands: list[Band]) -> bool:
    """Whether a range the question states lies inside one of the clause's bands of the same unit."""
    return any(r.unit == b.unit and b.low <= r.low and r.high <= b.high for r in ranges for b in clause_bands)


_OVER = re.compile(r"(?:超過|超过|大於|大于|高於|高于|逾|>|≥)\s*$")
# a negated "over" (不超過, 沒有超過, 未逾): at most the figure — an upper bound, never the band past it
_NOT_OVER = re.compile(r"(?:不|未|沒有?|没有?)(?:超過|超过|大於|大于|高於|高于|逾)\s*$")
_UNDER = re.compile(r"(?:未達|未达|未滿|未满|低於|低于|小於|小于|少於|少于|不足|不到|<|≤)\s*$")
_OVER_AFTER = re.compile(r"\s*(?:\(含\))?\s*以上")
_UNDER_AFTER = re.compile(r"\s*(?:\(含\))?\s*以下")


def open_bounds(text: str) -> set[tuple[str, float, str]]:
    """("over" / "under", figure, unit) for each open bound `text` states ("超過 60%", "未滿 60 分", "360 分以上")."""
    t = fold(text)
    out: set[tuple[str, float, str]] = set()
    for m in _VALUE.finditer(t):
        before = t[max(0, m.start() - 3):m.start()]
        if _NOT_OVER.search(t, max(0, m.start() - 5), m.start()):
            out.add(("under", float(m.group(1)), m.group(2)))
        elif _OVER.search(before) or _OVER_AFTER.match(t, m.end()):
            out.add(("over", float(m.group(1)), m.group(2)))
        elif _UNDER.search(before) or _UNDER_AFTER.match(t, m.end()):
            out.add(("under", float(m.group(1)), m.group(2)))
    return out


def past_by(values: list[tuple[float, str]], bounds: set[tuple[str, float, str]]) -> float | None:
    """How far a stated rate lies past the nearest open bound of its unit it passes ("23%" is 3 past "超過 20%", 8 past
    "超過 15%"), None when it passes none. Rates only: "年會積分是 1000 分" is past every cap in 分, and "85年" (a date)
    past "5 年以上"."""
    gaps = [value - figure if way == "over" else figure - value
            for value, unit in values for way, figure, b_unit in bounds if unit == b_unit == "%"]
    return min((g for g in gaps if g > 0), default=None)


def past_stated_bound(question: str, text: str, *, strict: bool = True) -> bool:
    """Whether a rate the question states (a value, not a bound) lies past an open bound `text` states in %, of the same
    measure where both name one ("陰性複判差異 23%" past 丙's "陰性個案複判差異超過 20%", not past its "疑似陽性…超過 60%"; "陽性 65%"
    not past "陰性超過 20%"). English percentages count as written with % (`english_percents`). `strict` (a first line deciding
    the case by it): a rate whose measure is not told is past no bound of a named measure (`same_measure`); otherwise (ranking)
    it may be past either."""
    q, t = english_percents(percent_words(fold(question))), fold(text)
    values = [(float(m.group(1)), measure_of(q, m.start(), m.end())) for m in _VALUE.finditer(q) if m.group(2) == "%"
              and not _BOUND_BEFORE.search(q[max(0, m.start() - BOUND_WINDOW):m.start()]) and not _BOUND_AFTER.match(q, m.end())]
    if not values:
        return False
    for m in _VALUE.finditer(t):
        if m.group(2) != "%":
            continue
        before = t[max(0, m.start() - 3):m.start()]
        if _NOT_OVER.search(t, max(0, m.start() - 5), m.start()):
            way = "under"
        elif _OVER.search(before) or _OVER_AFTER.match(t, m.end()):
            way = "over"
        elif _UNDER.search(before) or _UNDER_AFTER.match(t, m.end()):
            way = "under"
        else:
            continue
        bound, of = float(m.group(1)), measure_of(t, m.start(), m.end())
        for value, asked in values:
            # (only a rate of the bound's own measure: "positive discrepancy is 45%" is past no "陰性…超過 20%"; a rate whose
            # measure is not told, "她的複判差異 45%", is put to no bound of a text grading both)
            if (same_measure(asked, of, t) if strict else (of is None or asked is None or of == asked)) and \
                    (value > bound if way == "over" else value < bound):
                return True
    return False


def passes(values: list[tuple[float, str]], bounds: set[tuple[str, float, str]]) -> bool:
    """Whether a stated rate lies past an open bound of its unit (`past_by`)."""
    return past_by(values, bounds) is not None


_PAST_BEFORE = re.compile(r"(?:\b(?:past|beyond|exceed\w*|surpass\w*|topped|went\s+over|blew\s+(?:past|through))|破|過了|过了)\s*\d", re.I)


def excludes(question: str, text: str) -> bool:
    """Whether the clause `text` grades rates (a band or an open bound in %) and every rate the question states as a value
    lies outside them: in none of its bands of the same measure (`value_in_band`) and past none of its bounds (`past_by`).
    "陰性複判差異 23%" against 乙's "陰性…介於 15% - 20%" (and 疑似陽性 50% - 60%): that row is not the figure's."""
    q = english_percents(fold(question))
    if _PAST_BEFORE.search(q):  # ("blew past 20 percent", "went beyond 15%": a bound said in other words — no value to place)
        return False
    values = [(v, u) for v, u in stated_values(q) if u == "%"]
    if not values:
        return False
    t = fold(text)
    rate_bands = [b for b in bands(t) if b.unit == "%"]
    rate_bounds = {b for b in open_bounds(t) if b[2] == "%"}
    if not rate_bands and not rate_bounds:
        return False
    # (past a bound of its own measure only: "positive discrepancy is 45%" is past no "陰性…超過 20%")
    return not value_in_band(q, t) and not past_stated_bound(q, t, strict=False)


# An English question states a score without the 分 the texts write: "averaged 335", "her average is 325", "scored 345".
_EN_SCORE = re.compile(r"\b(?:averag\w*|scor\w*|marked|rated)(?:\s+(?:is|was|of|at|=|came to|came out at|comes to))?\s+"
                       r"(\d{3})\b(?!\s*(?:%|percent|cases?|exams?|films?|images?|pts|points|credits?|hours?|days?))", re.I)


def english_scores(question: str) -> list[tuple[float, str]]:
    """(value, "分") for each score an English question states bare ("sampled images average 335"); [] for a question in
    Chinese, which writes the unit (`stated_values`)."""
    if _HAN.search(question):
        return []
    return [(float(n), "分") for n in _EN_SCORE.findall(fold(question))]


def holds(values: list[tuple[float, str]], clause_bands: list[Band]) -> bool:
    """Whether any stated value falls in any band of the same unit."""
    return any(unit == band.unit and band.low <= value <= band.high for value, unit in values for band in clause_bands)


# --------------------------------------------------------------- grade tables
# The HPA grades A–D come in two kinds of table: a 評等表 (a grade's score band: "340-359 分" under "B 等") and
# 輔導措施 (what a grade leads to: "任一項 C 等：應…參加…40 小時乳攝訓練"). A question naming a grade asks one
# of the two: its score ("B 等是幾分到幾分", "below what score is a D") or what follows from it.
GradeTable = Literal["score", "measure"]
_ROW_MEASURE = re.compile(r"(?<![a-z])[a-d](?:\s*[、或及和]\s*[a-d])*\s*等\s*者?\s*[：:，,]|"
                          r"評等為\s*[a-d](?:\s*[、或及和]\s*[a-d])*\s*者")  # "實地測試評等為 A、B、C 者，如有…不得用於"
_ROW_SCORE = re.compile(r"[a-d]\s*等\s*\|")
_ASKS_SCORE = re.compile(r"幾分|多少分|分數|[低高]於多少|未達多少|多少(?:以上|以下)?(?:算|才|是)|門檻|\bscores?\b|\bpoints?\b|"
                         r"cut-?off|threshold|\brange\b|\bhow (?:high|low)\b|\d+\s*分|\b[1-4]\d\d\b")
_HAN = re.compile(r"[\u3400-\u9fff]")
_GRADE_ZH = re.compile(r"(?<![a-z])([a-d])\s*等|(?:算|評|拿|得|列|到|是)\s*([a-d])(?![a-z])")
# (an "a" followed by a noun is the article, not grade A: "we got a fail notice", "received a letter")
_GRADE_EN = re.compile(r"\b(?:gets?|got|getting|graded|grade|scored?|receives?|received|rated|rating of|an?|"
                       r"(?:came|comes|come|coming) back(?: as)?|turned out(?: to be)?|ended up(?: at)?)\s+(?:an?\s+)?([a-d])\b"
                       r"(?!\s*(?:\)|/))(?!\s+(?!(?:grade|rating|on|in|for|and|or|across|from|again|last|this|at|overall|"
                       r"everywhere|too|but|so|then|twice|once|both|each|every|all)\b)[a-z]{2,})|\b([a-d])\s+(?:grade|rating)\b")


def grade_table(text: str) -> GradeTable | None:
    """Which kind of grade table a clause is: "measure" (rows "任一項 C 等：…"), "score" (a table headed A 等 | B 等 …
    over score bands), or None."""
    t = fold(text)
    if _ROW_MEASURE.search(t):
        return "measure"
    if _ROW_SCORE.search(t) and "分" in t:
        return "score"
    return None


# The grades themselves asked, no figure of one's own put to them ("會打等第嗎？分成幾等", "有哪幾個等級", "is the field test graded? how
# many grades are there"): the table listing the grades with their score bands (its heading "評等表").
_SCALE_ASKED = re.compile(r"(?:分|分成|分為|分为|有|共|總共|总共)\s*(?:幾|几|哪幾|哪几|哪些|多少)\s*(?:個|个|種|种)?\s*(?:等級|等级|等第|等地|等|級|级)(?![a-z])|"
                          r"(?:幾|几)(?:個|个)等(?:級|级|第)|哪(?:幾|几|些)(?:個|个)?等(?:級|级|第)?|"
                          r"(?:打|給|给|評|评|分)\s*(?:等第|等地|等級|等级)|等第|等地|"
                          r"\bhow\s+many\s+(?:grades|levels|tiers)\b|\bwhat\s+(?:are\s+the\s+)?grades\b|\b(?:is|are)\s+(?:it\s+|they\s+)?graded\b|"
                          r"\bgrading\s+(?:scale|system)\b", re.IGNORECASE)


# (the levels of another evaluation asked — the re-read discrepancy's 甲乙丙丁, the follow-up rate's bands — or the radiographer's
# clinical image evaluation, graded in its own clause (二(一)2(2)): not the machine tests' A–D table's)
_GRADED_APART = re.compile(r"複判|复判|差異|差异|\bdiscrepanc|\bre-?read|追蹤完成|追踪完成|完成率|completion|"
                           r"放射師|放射师|自選片|自选片|抽選片|抽选片|臨床影像|临床影像", re.IGNORECASE)


def asks_grade_scale(question: str) -> bool:
    """Are the grades themselves asked, no grade named and no figure of one's own ("實測評等總共分成幾個等級", "會打等第嗎？分成
    幾等", "how many grades are there")? The table listing them answers, under the heading that introduces it."""
    t = fold(question)
    return not (_GRADE_ZH.search(t) or (not _HAN.search(t) and _GRADE_EN.search(t))) and \
        bool(_SCALE_ASKED.search(t)) and not re.search(r"\d", t) and not _GRADED_APART.search(t)


def asked_grade_table(question: str) -> GradeTable | None:
    """The kind of grade table a question naming a grade asks about ("score" also when the grades themselves are asked with
    no figure of one's own, `_SCALE_ASKED`); None when it names no grade."""
    t = fold(question)
    if not (_GRADE_ZH.search(t) or (not _HAN.search(t) and _GRADE_EN.search(t))):
        return "score" if _SCALE_ASKED.search(t) and not re.search(r"\d", t) and not _GRADED_APART.search(t) else None
    return "score" if _ASKS_SCORE.search(t) else "measure"


def row_grades(text: str) -> frozenset[str]:
    """The grade letters a clause's rows are for ("任一項 D 等：…" → d; "評等為 A、B、C 者，…" → a, b, c)."""
    t = fold(text)
    rows = [m.group(0) for m in _ROW_MEASURE.finditer(t)] + [m.group(0) for m in _ROW_SCORE.finditer(t)]
    return frozenset(g for row in rows for g in re.findall(r"(?<![a-z])[a-d](?![a-z])", row))


def asked_grades(question: str) -> frozenset[str]:
    """The grade letters a question names ("拿到 D", "C 等", "got a D on the phantom test")."""
    t = fold(question)
    found = [m for m in _GRADE_ZH.finditer(t)] + ([m for m in _GRADE_EN.finditer(t)] if not _HAN.search(t) else [])
    # (a grade denied, "沒拿 A", "not an A", names the others: no row is chosen by it)
    return frozenset(g for m in found if not _DENIED_GRADE.search(t[max(0, m.start() - 6):m.start() + 3])
                     for g in m.groups() if g)


_DENIED_GRADE = re.compile(r"[沒没未非]|不是|\b(?:not|no|never|didn'?t|wasn'?t|isn'?t)\b")
