"""List slots: one number per item ("N 位各 X 天", a run sharing one unit, one figure for each year)."""

from __future__ import annotations

import re

from bot.extract.base import Need, Note
from bot.parsing.dates import YEAR_AS_PLACE
from bot.parsing.numbers import cn_to_int
from bot.parsing.text import Query
from bot.reader.mentions import (HOLIDAYS_INCLUDED, QUALIFIERS, SEPARATOR, Mention, aggregate_before, line_label, bound_of, claimed_total, compiled, numbers, passed_total, target_of, terms,
                                  total_before)
from bot.reader.reading import Reading, as_number, field_labels
from calculators.vocab import Slot


_EACH = QUALIFIERS["each"] + r"|每人|都|\ball\b|\bboth\b"

SEPARATOR_OR_DIGIT = re.compile(SEPARATOR.pattern[:-1] + r"\d]")

_RUN = re.compile(r"\s*(?:[、,，/和及與与跟+＋]|,?\s*and|&|\bplus\b)\s*", re.IGNORECASE)  # ("300 + 300": one each, written as a sum)
_COLON_END = re.compile(r"\s*[:：]\s*$")
# "… 80 — 600 total", "600 in all": a total said after its figure (the ledger checks it against the items)
_TOTAL_AFTER = re.compile(r"\s*(?:分|points?|credits?|pts)?\s*(?:in total|in all|altogether|all told|total|overall|combined|總共|总共|合計|合计)\b",
                          re.IGNORECASE)
_SENTENCE = re.compile(r"[，,；;。]")
# The year a list is for, between its heading and its numbers: no words of the heading of their own.
_YEAR_OF = re.compile(r"\b(?:this|last|that|the)\s+(?:calendar\s+)?year\b|\b(?:in|during|for)\s+(?:the\s+)?year\b"
                      r"|今年|去年|前年|當年度?|该年度?|該年度?|這一年|那一年|全年度|年度", re.IGNORECASE)


# Common surnames (Traditional: questions are folded to it), each a label of its own only right before a figure
_SURNAMES = ("王李張陳林黃吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧"
             "杜傅侯曹薛卓阮馬董溫唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫黎涂龔嚴韓袁金童陸夏柳邵錢伍倪于譚駱熊任秦顧毛")
# A short label naming whose figure follows, inside a run ("甲 365、乙 365、丙 182、丁 90 天", "A 300, B 250 days",
# "小林 365、阿美 200 天"): the run goes on past it — a letter, 甲乙丙丁…, or a nickname (小X, 阿X, X姐, X哥), colon optional
_LABEL = (r"(?:[甲乙丙丁戊己庚辛]|[A-Za-z](?![A-Za-z])|[小阿老][\u4e00-\u9fff]|[\u4e00-\u9fff](?:姐|哥|妹|弟)"
          # a person's English name or a numbered label ("Amy 365, Ben 200", "RT1 365, RT2 300", "Tech 2: 180", "radiographer 2
          # worked 200")
          r"|(?-i:[A-Z][a-z]{1,11})(?![A-Za-z])|(?:RT|tech|staff|person|radiographer|technologist|放射師|技師|#)\s?\d(?!\d)"
          r"|[甲乙丙丁]\s?(?:放射師|技師|技術員)"
          # a colleague named by how she stands in the team ("新來的 180", "資深的 365", "兼職的 120", "學妹 200")
          r"|新(?:來|来|進|进|到職|到职)(?:的)?(?:那位|那个|那個)?|新人|資深(?:的)?|资深(?:的)?|兼職(?:的)?|兼职(?:的)?|全職(?:的)?|全职(?:的)?"
          r"|代班(?:的)?|學(?:姐|姊|妹|弟|長)|学(?:姐|妹|弟|长)"
          # a surname alone, as colleagues are listed ("王 365天、李 300、張 120"; folded to Traditional before reading)
          rf"|[{_SURNAMES}](?![\u4e00-\u9fff]))\s*[:：]?")
# (… with the verb of the first item said again after the label: "radiographer 1 worked 365 days, radiographer 2 worked 200")
_LABELLED_RUN = re.compile(r"\s*(?:[、,，/和及與与跟+＋]|,?\s*and|&|\bplus\b)\s*(?:(?:" + _LABEL + r")\s*"
                           r"(?:(?:worked|works|did|had|logged|put in|工作了?|上班了?|做了?)\s*)?)?\s*", re.IGNORECASE)

# A list written one item a line under its heading ("放射師工作天數：\n小美 365\n阿珍 365\n新來的 180", "days worked:\n- Amy 365\n
# - the new one 180"): each line a short label (a name, a nickname, 新來的, A / B / C, 放射師1 …) and its figure — the line
# break is the list's separator and whatever short words open the line name whose figure it is
_LINE_ITEM = r"[ \t]*(?:[-•*·‧▪][ \t]*)?(?:[^\d\n:：，,。；;？?！!()（）]{1,16}?(?:[ \t]*\d(?!\d))?[ \t]*[:：]?)?[ \t]*"
_LINE_FIRST = re.compile(r"[^\d\n，,。；;？?！!]{0,12}?[:：]?[ \t]*\n" + _LINE_ITEM)
_LINE_NEXT = re.compile(r"[ \t]*[、,，;；]?[ \t]*\n" + _LINE_ITEM)


def _shared_unit(r: Reading, picked: list[Mention]) -> list[Mention]:
    """"365、365、200 天", "甲 365、乙 365、丁 90 天": the numbers listed right before one with the unit share it; "王 365天、
    李 300、張 120", "365 days, 300, 120": so do bare figures listed right after the first one (`_bare_after`)."""
    every = numbers(r.q)
    out: list[Mention] = []
    for n in picked:
        run: list[Mention] = []
        i = every.index(n)
        while i > 0 and every[i - 1].unit is None and _LABELLED_RUN.fullmatch(r.q.text[every[i - 1].end:(run[0] if run else n).start]):
            run.insert(0, every[i - 1])
            i -= 1
        out += [m for m in run if m not in out] + [n]
        if len(picked) == 1:
            out += _bare_after(r, every, n)
    return out


# a bare figure that ends its list item: a separator, a closing bracket or the end comes next ("李 300、", "120, and")
_ITEM_END = re.compile(r"\s*(?:[、,，;；。.?？!！)）/]|\band\b|$)", re.IGNORECASE)


def _bare_after(r: Reading, every: list[Mention], n: Mention) -> list[Mention]:
    """The bare figures listed right after the only one written in the unit ("王 365天、李 300、張 120、陳 90", "365 days,
    300, 120"), each ending its own item — "365 days, 2 RTs" goes on to no figure that a word of its own follows."""
    run: list[Mention] = []
    for m in every[every.index(n) + 1:]:
        prev = run[-1] if run else n
        if m.unit is not None or not _LABELLED_RUN.fullmatch(r.q.text[prev.end:m.start]) \
                or not _ITEM_END.match(r.q.text, m.end):
            break
        run.append(m)
    return run


_OTHER_BEFORE = re.compile(r"(?:另(?:外)?\s*(?:1|一)?\s*(?:位|名|個|个|人)|\bthe other(?: one)?|\banother(?: one)?|\bthe second(?: one)?|\bthe last(?: one)?)"
                           r"[^，,。；;\d]{0,10}$", re.IGNORECASE)


def _the_other(r: Reading, picked: list[Mention], out: set[int]) -> list[Mention]:
    """"one did the full 365 days and the other 250", "一位 365 天、另一位 200": the next one of the people gone through,
    its figure written bare after one written in the unit — the same unit, one more item."""
    t = r.q.text
    if not picked:
        return picked
    extra = [n for n in numbers(r.q) if n.unit is None and n.start > picked[0].start and n not in picked and n.start not in out
             and n.start not in r.used and _OTHER_BEFORE.search(t, max(0, n.start - 24), n.start)
             and any(m.end <= n.start and not re.search(r"[。；;？?！!]|\.(?=\s)", t[m.end:n.start]) for m in picked)]
    return sorted(picked + extra, key=lambda n: n.start) if extra else picked


_RUN_BEFORE = re.compile(r"\d(?:\.\d+)?\s*(?:分|points?|credits?)?\s*(?:[、,，/&]|和|及|跟|與|与|\band\b)\s*$", re.IGNORECASE)


_IN_BEFORE = re.compile(r"\b(?:in|during|for|of|since|by|from|until)\s+(?:the\s+(?:year\s+)?)?$", re.IGNORECASE)


def _year_said_in(t: str, n: Mention) -> bool:
    """A Gregorian year said after "in" / "during" ("2 in 2024"): when the figures are, never one of them."""
    v = float(n.value)  # type: ignore[arg-type]
    return n.unit is None and v.is_integer() and 1950 <= v <= 2100 and _IN_BEFORE.search(t, max(0, n.start - 16), n.start) is not None


# after a bare number: it counts the years, or is one count of years out of another ("5 of my 6 yearly totals", "6 years")
_YEARS_COUNTED = re.compile(r"\s*(?:(?:out\s+)?of\s+(?:(?:the\s+|my\s+|our\s+)?\d|them\b|those\b)|(?:yearly|annual)\s+(?:totals?|figures?|sums?|numbers?)\b|"
                            # ("my previous 5 cert years were …", "5 certificate yrs": the years named with what they are of)
                            r"(?:(?:cert(?:ificate)?|certification|validity|renewal|cme|credit)\s+)?(?:years?|yrs?)\b(?!\s*(?:\d|ago\b)))", re.IGNORECASE)


def _years_counted(t: str, n: Mention) -> bool:
    """A bare whole number that counts years ("5 of my 6 yearly totals: 100, …", "I have 5 of them", "over 6 years"): how
    many years the figures are of, never one of them."""
    return n.unit is None and float(n.value).is_integer() and float(n.value) <= 10 \
        and _YEARS_COUNTED.match(t, n.end) is not None  # type: ignore[arg-type]


# the years a list of figures covers, named by their ordinals ("years 1 to 5 of my cert I've got 110, …", "yrs 1-5:",
# "for year 2 through 6", "第1到5年", "第一至五年"): which years the figures are of, never two of them
_YEAR_RANGE = re.compile(r"\b(?:years?|yrs?)\s*([1-9])\s*(?:to|-|–|—|~|through|thru|until|till)\s*([1-9])\b(?!\s*(?:credits?|points?|pts|分))|"
                         r"第\s*([1-9])\s*(?:年)?\s*(?:到|至|~|～|-|–)\s*(?:第)?\s*([1-9])\s*年", re.IGNORECASE)


def _year_range_label(t: str, n: Mention) -> bool:
    """Is the bare number an end of a range of years named by their ordinals (`_YEAR_RANGE`)?"""
    return n.unit in (None, "年") and any(n.start in (m.start(g) for g in range(1, 5) if m.group(g) is not None)
                                         for m in _YEAR_RANGE.finditer(t, max(0, n.start - 16), n.end + 16))


def _every_value(t: str, pattern: str) -> re.Match[str] | None:
    """"每年都 100 分", "100 each year": one figure for every item — never the last figure of a run the words close
    ("100, 120, 110, 90 and 130 per year": each figure is one year's, "per year" says what they are)."""
    for m in compiled(pattern).finditer(t):
        at = m.start(next(i for i, g in enumerate(m.groups(), 1) if g))
        if not _RUN_BEFORE.search(t, max(0, at - 16), at):
            return m
    return None


def _open_aside(t: str, pos: int) -> tuple[int, int] | None:
    """The span inside the brackets `pos` is in (an aside opened before it and closed after it), or None."""
    stack: list[int] = []
    for i, ch in enumerate(t[:pos]):
        if ch in "（(":
            stack.append(i)
        elif ch in "）)" and stack:
            stack.pop()
    if not stack:
        return None
    close = next((i for i in range(pos, len(t)) if t[i] in "）)"), len(t))
    return stack[-1] + 1, close


def _left_out(r: Reading, s: Slot) -> tuple[int, set[int]]:
    """Items the question leaves out ("其中 1 位還沒通過資格審查（他 365 天）"): how many, and the numbers
    stated for them (their clause up to the end of the sentence), set aside with the slot's note."""
    if not s.left_out:
        return 0, set()
    t, count, starts = r.q.text, 0, set()
    for m in compiled(s.left_out[0]).finditer(t):
        left = max((x.end() for x in _SENTENCE.finditer(t, 0, m.start())), default=0)
        end = re.search(r"[；;。]|\.(?=\s|$)", t[m.end():])
        right = m.end() + end.start() if end else len(t)
        aside = _open_aside(t, m.start())
        if aside is not None:  # "180 天（還有一位沒通過資格審查，排了 60 天）": said inside its brackets, never of the list before
            left, right = max(left, aside[0]), min(right, aside[1])
        how_many = re.search(r"(?:其中|當中|有|of (?:them|whom)|\b)\s*(\d+)\s*(?:位|名|個|人)?\s*$", t[left:m.start()])
        count += int(how_many.group(1)) if how_many and how_many.group(1) else 1
        for n in numbers(r.q):
            # its days, and how many of them it is ("plus 1 who has not passed …")
            if left <= n.start < right and (n.unit in s.units and n.unit or n.unit in (None, "位", "名", "人", "個")
                                            and n.start < m.start() and float(n.value) <= 20):  # type: ignore[arg-type]
                starts.add(n.start)
                r.set_aside.append((n.start, n.end))
    if count:
        r.notes.append(Note(*s.left_out[1]))
    return count, starts


def _not_as_said(r: Reading, s: Slot) -> set[int]:
    """The starts of the figures of the slot's units said in a clause that says they are not the rule's measure ("扣掉週末
    假日各上班 250 天", "250 days, weekends excluded"), set aside with the slot's note: the items stay, their figures asked."""
    if not s.not_as_said:
        return set()
    t, starts = r.q.text, set()
    said = [n for n in numbers(r.q) if n.unit and n.unit in s.units]
    for m in compiled(s.not_as_said[0]).finditer(t):
        cuts = [x.end() for x in _SENTENCE.finditer(t, 0, m.start())]
        end = _SENTENCE.search(t, m.end())
        right = end.start() if end else len(t)
        left = cuts[-1] if cuts else 0
        if not any(left <= n.start < right for n in said) and cuts:
            left = cuts[-2] if len(cuts) > 1 else 0  # ("248 and 250 days, weekdays only"): said of the clause before
        for n in said:
            if left <= n.start < right and n.start not in starts:
                starts.add(n.start)
                r.set_aside.append((n.start, n.end))
    if starts:
        r.notes.append(Note(*s.not_as_said[1]))
    return starts


_ASIDE = re.compile(r"[^，,。；;\d(（]{0,6}[（(][^（()）\d]{1,40}[)）]")
_BOTH = re.compile(r"\bboth(?: of)?(?: our| the| my| their)?\b", re.IGNORECASE)


def _both(text: str, pattern: str) -> str:
    """"both our radiographers" read as "2 radiographers" where that makes a group of `pattern` (same length: the
    spans stay where they are); "…, both worked 365 days" stays an "each"."""
    def two(m: re.Match[str]) -> str:
        said = "2".ljust(len(m.group(0)))
        return said if pattern and compiled(pattern).match(said + text[m.end():]) else m.group(0)
    return _BOTH.sub(two, text)


# "3 qualified radiographers", "4 qualified rads", "4 個合格放射師", "3 位全職的放射師": words between a count (and its classifier) and the staff noun
_STAFF_WORDS = (
    # (any describing words, up to three, that no function word or number breaks: "2 full-year radiographers",
    # "3 very experienced mammo techs", "2 long-serving RTs")
    re.compile(r"(?<=\d)(\s+)((?:(?!(?:and|or|but|of|with|in|on|at|to|for|from|the|a|an|each|both|all|who|that|which|were|was|"
               r"are|is|had|have|did|worked|work|days?)\b)[A-Za-z][A-Za-z'-]*\s+){1,3})(?=(?:techs?|technologists?|radiographers?|M?RTs?|rads)\b)", re.IGNORECASE),
    re.compile(r"(?<=\d)(\s*(?:個|个|位|名)?\s*)((?:合格|全職|全职|專任|专任|符合資格|符合资格|正職|正职)(?:的|之)?)"
               r"(?=\s*(?:放射|技術員|技术员))"),
    # (after a classifier, any short describing words: "兩個乳攝放射師", "2 位資深的放射師", "3 名我們院內的放射師")
    re.compile(r"(?<=\d)(\s*(?:個|个|位|名)\s*)((?:(?![天年月日次件案例])[\u4e00-\u9fffA-Za-z]){1,6}?(?:的|之)?)"
               r"(?=\s*(?:放射師|放射师|放射士|技術員|技术员|技師|技师))"),
)
# "… in 2025, each worked 300 days", "（114 年）各 300 天": the year of the figures between a group and its "each"
_GROUP_YEAR = r"(?:\s*(?:in|during|for)\s+(?:19|20)\d{2}\b|\s*[（(]\s*\d{2,4}\s*年?\s*[)）])?"
# "都做滿一年（365 天）": the whole year said, then its days in brackets — the days are the value
_YEAR_SAID = r"(?:1\s*年\s*[（(]\s*)?"


def _unqualified(text: str) -> str:
    """The text with the words between a count and its staff noun blanked (same length: spans stay where they are)."""
    for words in _STAFF_WORDS:
        text = words.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    return text


# A character between a group and its value word that is no "one of them" (一個全年, 其中一位, one of them, another)
# (nor a count of some of them: "3 個放射師，兩個整年都在…" says the whole year of two, not of all three)
# "放射師兩個，都是整年": a comma, then 都 / 皆 / 全部 — the value word after it said of all the people counted before
_ALL_OF_THEM = r"(?:\s*[，,]\s*(?=都|皆|全都|全部|also all|all\b))"
_NOT_ONE = r"(?:(?!一個|一个|一位|一名|一人|其中|另|\bone\b|\banother\b|[兩两二三四五六七八九](?:\s*(?:個|个|位|名|人)))[^，,。；\d])"
# A value word that opens a run of figures ("3 RTs: full year, 200 days and 90 days", "三位：全年（365）、200 天") is
# the run's first item, said of one of them (`single`), never of the whole group
# (the figure after it a day count of an item's, not a count of more people — "3 位整年（365 天），1 位 92 天" is two groups —
# nor the year's screenings after a semicolon, "both worked the whole year; 12,500 screenings", nor the year they are
# counted in, "兩位各做滿一年，一年篩了 13000 例")
# (the whole year's own days set off by a comma, ending the clause — "三位都做滿一整年，365天", "all full year, 365 days" —
# restate the word: no run)
_NO_RUN_AFTER = (r"(?!\s*(?:[（(][^（()）]*[)）])?\s*(?:[、,，]|\band\b)\s*"
                 r"(?!36[56]\s*(?:天|日|days?|d)?\s*(?:each|都是|都|各)?\s*(?:$|[。.;；!?！？\n]))\d{1,3}(?![\d.]|,\d)"
                 r"(?!\s*(?:位|名|個|个|人|年|(?:radiographers?|techs?|RTs?|of|who|more|others?|people|persons?|years?)\b)))"
                 # nor the word naming the period of a run of figures said right after it ("全年工作天數 365、300、200",
                 # "full-year work days 365, 300 and 200"): the figures are the items, the word their year
                 r"(?!(?:(?!\.\s)[^，,。；;\d（()]){0,12}?\d{1,3}(?:\.\d+)?\s*(?:天|日|days?|d)?\s*(?:[、,，]|\band\b)\s*\d{1,3}(?![\d.]|,\d)"
                 r"(?!\s*(?:位|名|個|个|人|年|(?:radiographers?|techs?|RTs?|of|who|more|others?|people|persons?|years?)\b)))")
# "our two RTs worked the full year", "2 techs were here all year", "both stayed the whole year": the verb between the
# people counted and the value word said of all of them
_WORKED = r"(?:\s*(?:both|all|each)?\s*(?:worked|were\s+(?:here|on\s+staff|with\s+us|in|there)|stayed)\s+(?:for\s+)?(?:the\s+|a\s+)?)?"


# "both", "all", "都", "全部": the people counted before said of all of them, the words after it theirs
# A contract's or post's length said in the words about the whole group (a figure of months or years, never of days)
_TERM_LENGTH = r"\d+(?:\.\d+)?\s*(?:個月|个月|年|\s*(?:-\s*)?(?:months?|years?|yrs?)\b)"
_CONTRACT_WORD = r"(?:約聘|约聘|合約|合约|契約|契约|聘期|\b(?:contracts?|terms?|appointments?|postings?)\b)"
_ALL_SAID = r"\s*(?:\bboth\b|\ball(?: of them)?\b|\beach\b|都|皆|全都|全部|各)"


# the verb between the group and its shared figure ("2 radiographers worked 300 days each", "兩位放射師各上班了 300 天")
_WORKED_VERB = r"\s*(?:(?:have|had|each|both)\s+)?(?:worked|were on duty|put in|logged|clocked)\b"


def _groups(r: Reading, s: Slot, skip: set[int]) -> list[tuple[int, list[float], set[int]]]:
    """"2 位放射師各 300 天", "3 位整年（365 天）": N items sharing one value — (where, values, numbers used)."""
    t, out = _both(_unqualified(r.q.text), s.group), []
    for g in compiled(s.group).finditer(t) if s.group else ():
        # "三名放射師（美玲、淑惠、家豪）各上班 220 天": names in brackets right after the group are no gap
        aside = _ASIDE.match(t, g.end())
        gap = aside.end() - g.end() if aside else 0
        rest = t[g.end() + gap:]
        # ("4 techs, each worked the full year (365 days)": the words between "each" and the figure run to a few)
        # (never "all" said of one of them: "2 techs, one worked all 365 days and the other 183" — that one's own figure)
        # ("2 techs both on the roster, 300 days each", "兩位都有排班，各 300 天": a clause said of all of them, then the figure)
        # (… or the group said as "both of our radiographers", its "both" before it: "Both our RTs were on staff, 300 days apiece")
        said_all = r"\s" if _BOTH.match(r.q.text, g.start()) else _ALL_SAID
        # (the words may hold a length of their contract or post, never a day count: "都是半年約聘，各 180 天" — folded to
        # "都是6個月約聘" — "both on one-year contracts, 300 days each")
        lead = compiled(rf"^(?:\s*[,，]\s*)?(?:{said_all})(?:(?!\.\s)(?:{_TERM_LENGTH}|[^，,。；;\d])){{0,30}}?\s*[,，]").match(rest) \
            or compiled(rf"^(?:\s*[,，]\s*)?[^，,。；;\d]{{0,12}}?{_TERM_LENGTH}\s*(?:的)?\s*{_CONTRACT_WORD}[^，,。；;\d]{{0,8}}?\s*[,，]").match(rest)
        m, shift = None, 0
        for shift in (0, lead.end()) if lead else (0,):
            m = compiled(rf"^{_GROUP_YEAR}(?:\s*[,，]\s*)?{_NOT_ONE}{{0,12}}?(?:{_EACH})[^，,。；\d]{{0,24}}?{_YEAR_SAID}(\d+(?:\.\d+)?)\s*"
                         rf"(?:{_unit_words(s)})").search(rest[shift:]) \
                or compiled(rf"^(?:\s*[,，]\s*)?(?:{_WORKED_VERB})?[^，,。；\d]{{0,6}}?(\d+(?:\.\d+)?)\s*(?:work(?:ing)?\s+|work-)?(?:{_unit_words(s)})"
                            rf"\s*(?:{_EACH})\b").search(rest[shift:])
            if m:
                break
        if not m and _BOTH.match(r.q.text, g.start()):
            # ("both our radiographers logged 366 days": "both" said before the group is its "each" — one figure, no run)
            m = compiled(rf"^(?:{_WORKED_VERB})?[^，,。；\d]{{0,6}}?(\d+(?:\.\d+)?)\s*(?:work(?:ing)?\s+|work-)?(?:{_unit_words(s)})\b"
                         rf"(?!\s*(?:[、,，/]|\band\b|和|及)\s*\d)").search(rest)
        if not m:
            shift = 0
        # ("三位放射師工作天數都是365", "3 radiographers, work days all 365": the slot's words then "each" name the bare figure)
        m = m \
            or (compiled(rf"^(?:\s*[,，]\s*)?[^，,。；\d]{{0,12}}?(?:{r.pattern(s.terms)})[^，,。；\d]{{0,6}}?(?:{_EACH}|均|皆|全部|全都)[^，,。；\d]{{0,4}}?"
                         rf"(\d+(?:\.\d+)?)(?![\d.])(?!\s*(?:[^\s，,。；;？?！!\d]))").search(rest) if s.terms else None)
        if m:
            used = {n.start for n in numbers(r.q) if g.end() <= n.start < g.end() + gap + shift + m.end()}
            out.append((g.start(), [float(m.group(1))] * int(g.group(1)), used))
            continue
        # "3 位整年", "2 radiographers, both full-time all year": the value word right after the group
        # (not "兩個放射師，一個全年…": the word said of one of them is that one's — `single`)
        # (not "3 RTs: full year, 200 days and 90 days": the word opening a run of figures is its first item — `single`)
        # (… or said of all of them a few words on: "2 techs both on the roster all year", "3 位放射師都一直在班，全年")
        word = next((w for w in s.word_values if compiled(rf"^(?:\s*[,，]\s*)?(?:{_WORKED}|{_NOT_ONE}{{0,8}}?)(?:{w[0]})"
                                                          rf"{_NO_RUN_AFTER}").search(rest[:40])
                     or compiled(rf"^(?:\s*[,，]\s*)?(?:{_ALL_SAID}){_NOT_ONE}{{0,24}}?(?:{w[0]}){_NO_RUN_AFTER}").search(rest[:64])), None)
        if word is not None:
            # the value stated in its unit right after the word is the value: "整年（365 天）" restates it, "全年 366 天都算"
            # (a leap year) says it — a figure written beats the word's reading
            # (… or set off by a comma, only the figure the word stands for: "三位都做滿一整年，365天", "all full year, 365 days")
            said = compiled(rf"^(?:\s*[,，]\s*)?(?:[^，,。；\d]{{0,12}}?|(?:{_ALL_SAID}){_NOT_ONE}{{0,24}}?)(?:{word[0]})(?:[^，,。；\d]{{0,4}}?|[^，,。；\d]{{0,4}}?\s*[，,]\s*(?={word[1]:g}(?!\d)))"
                            rf"(\d+(?:\.\d+)?)\s*(?:{_unit_words(s)})").search(rest)
            # "兩位全年都在（365、365 天）": one figure each, in brackets after the word — the figures are the values
            each = compiled(rf"^(?:\s*[,，]\s*)?[^，,。；\d]{{0,12}}?(?:{word[0]})[^，,。；\d(（]{{0,4}}?[（(]\s*"
                            rf"(\d+(?:\.\d+)?(?:\s*(?:[、,，/]|和|及|跟|and)\s*\d+(?:\.\d+)?)+)\s*(?:{_unit_words(s)})\s*[)）]").search(rest)
            if each:
                inside = [n for n in numbers(r.q) if g.end() + gap + each.start(1) <= n.start < g.end() + gap + each.end(1)]
                out.append((g.start(), [float(n.value) for n in inside], {n.start for n in inside}))  # type: ignore[arg-type]
                continue
            used = {n.start for n in numbers(r.q) if said and g.end() <= n.start < g.end() + said.end()
                    and float(n.value) == float(said.group(1))}  # type: ignore[arg-type]
            value = float(said.group(1)) if said else word[1]
            out.append((g.start(), [value] * int(g.group(1)), used))
            if value == word[1]:
                r.notes.append(Note(*word[2]))
    return [x for x in out if not (x[2] & skip)]

_REMARK = re.compile(r"^\s*(?:[A-Za-z]+\s*)?[（(][^()（）\d]{1,40}[)）]")  # "days (started mid yr)", "天（年中到職）"


def _run_after(r: Reading, start: int, slot: Slot) -> list[Mention]:
    """The numbers listed right after the slot's words, joined by list separators ("工作天數 365、300、200 天")."""
    run: list[Mention] = []
    for n in numbers(r.q):
        if n.start < start or line_label(r.q.text, n.start, n.end, n.value):  # ("放射師1 365": the 1 names)
            continue
        gap = r.q.text[run[-1].end if run else start:n.start]
        if run:  # "B 219 days (started mid yr), C 146 days": a remark in brackets, with no figure, goes with the item before
            gap = _REMARK.sub("", gap)
        if not run and n.unit in (None, "calendar_year") and 1900 <= float(n.value) <= 2100 and _COLON_END.search(r.q.text[n.end:n.end + 2]) \
                and not SEPARATOR_OR_DIGIT.search(gap) and len(gap) <= 48:  # type: ignore[arg-type]
            start = n.end  # "work days in 2025: 300, 310 and 365": the year of the heading
            continue
        if run and not (_RUN.fullmatch(gap) or _LABELLED_RUN.fullmatch(gap) or _lined(r, run, n)):
            break  # ("工作天數：甲365、乙365、丁 219", "days: Amy 365, Ben 200": a label naming whose figure goes on the run)
        # "work days of our qualified radiographers this year: 240, 240 and 240": a longer heading ends in a colon;
        # the year the days are for may stand between ("days worked this year 365, 292 and 146", "工作天數去年 365、300")
        said = _YEAR_OF.sub("", gap) if not run else gap
        if not run:  # ("days worked incl. holidays were 300 / 300 / 150": what the days are, said between — `HOLIDAYS_INCLUDED`)
            said = HOLIDAYS_INCLUDED.sub("", said)
        if not run:  # the first item's own label after the heading ("工作天數：甲365") is no word of the heading
            said = re.sub(r"(?:^|(?<=[\s:：]))(?:" + _LABEL + r")\s*$", "", said)
        if not run and _LINE_FIRST.fullmatch(gap) and _LINE_NEXT.match(r.q.text, _figure_end(r.q.text, n)) is not None:
            run.append(n)  # "放射師工作天數：\n小美 365\n…": the first line of a list a line each
            continue
        if not run and (len(said) > (48 if _COLON_END.search(said) else 10) or SEPARATOR_OR_DIGIT.search(gap)):
            break
        if n.unit not in (None, *slot.units):
            break
        if run and _named_by_another(r, slot, n):
            break  # ("days on the job 365/365/100, 19,000 screenings in 2025": the figure its own noun names is another slot's)
        run.append(n)
    if run and _unfinished_lines(r.q.text, run):
        return []
    return run if len(run) > 1 else []


def _figure_end(t: str, n: Mention) -> int:
    """Where the figure's own words end (a mention may take the line break after it)."""
    return n.start + len(t[n.start:n.end].rstrip())


# a line of the list naming one more colleague with no figure ("新來的", "- Cathy"): the list is not all said
_LABEL_ONLY_LINE = re.compile(r"[ \t]*\n[ \t]*(?:[-•*·‧▪][ \t]*)?[^\d\n:：，,。；;？?！!()（）嗎吗]{1,10}?[ \t]*[:：]?[ \t]*(?:\n|$)")


def _unfinished_lines(t: str, run: list[Mention]) -> bool:
    """A list read a line each whose next line names one more colleague with no figure ("小美 365\n阿珍 365\n新來的"): the
    list is not all said — asked, never read short."""
    return "\n" in t[run[0].start - 12 if run[0].start >= 12 else 0:run[0].start] \
        and _LABEL_ONLY_LINE.match(t, _figure_end(t, run[-1])) is not None


def _lined(r: Reading, run: list[Mention], n: Mention) -> bool:
    """The next figure `n` is the next line's, after its label, in a run read a line each (its first figure began its own
    line): "小美 365\n阿珍 365\n新來的 180"."""
    t = r.q.text
    line_start = t.rfind("\n", 0, run[0].start) + 1
    return _LINE_NEXT.fullmatch(t, _figure_end(t, run[-1]), n.start) is not None \
        and _LINE_NEXT.fullmatch("\n" + t[line_start:run[0].start]) is not None


def _named_by_another(r: Reading, slot: Slot, n: Mention) -> bool:
    """Is the figure `n` named right after it by the words of another number slot of the vocabulary ("19,000 screenings")?"""
    after = r.q.text[n.end:n.end + 40]
    return any(o is not slot and o.kind == "number" and o.terms
               and compiled(rf"^\s*(?:{r.pattern(o.terms)})").match(after) is not None for o in r.vocab.slots)

def _restated(r: Reading, end: int, slot: Slot) -> Mention | None:
    """The figure in the slot's unit in brackets (or written) right after a value word ("the full year (365 days …)",
    "全年 365 天"), if any."""
    # (the staff word may stand between: "1 full-time rad tech (365 days)")
    m = re.match(rf"[^，,。；;\d(（]{{0,14}}[（(]\s*(\d+)\s*(?:{_unit_words(slot)})", r.q.text[end:])
    if m is None and slot.word_values:
        # ("one worked the full year, 365 days, the other 200"): set off by a comma, only the figure the words stand for
        m = re.match(rf"\s*[，,]\s*({slot.word_values[0][1]:g})\s*(?:{_unit_words(slot)})", r.q.text[end:])
    if m is None:
        # ("技師甲全年 365 天", "rad A full year 366 days"): the figure in the slot's unit written right after the words
        m = re.match(rf"\s*(?:都|也|是|為|为)?\s*(\d+)\s*(?:{_unit_words(slot)})", r.q.text[end:])
    return next((n for n in numbers(r.q) if m and n.start == end + m.start(1)), None) if m else None


def _run_before(r: Reading, end: int, slot: Slot) -> list[Mention]:
    """The numbers listed right before the slot's words, joined by list separators ("365, 180 and 90 work days")."""
    before = [n for n in numbers(r.q) if n.end <= end]
    if not before or before[-1].unit not in (None, *slot.units) or r.q.text[before[-1].end:end].strip():
        return []
    run = [before[-1]]
    for n in reversed(before[:-1]):
        if n.unit is not None or not _RUN.fullmatch(r.q.text[n.end:run[0].start]):
            break
        run.insert(0, n)
    return run if len(run) > 1 else []


# "兩個放射師，一個365一個366", "2 位：一位 300、另一位 250": after a head count, each one of them with a bare figure
_ONE_EACH = (r"(?:[，,、;；:：]\s*)?(?:另外?\s*|還有\s*|\band\s+)?(?:一|1)\s*(?:個|个|位|名)\s*(?:是|做了?|上班|工作了?|在職)?\s*"
             r"(\d+(?:\.\d+)?)(?![\d.])\s*(?:天|d\b)?\s*")


def _one_by_one(r: Reading, s: Slot) -> list[float]:
    """The head count's people gone through one by one, each with a bare figure in the list's own meaning ("我們 2 個放射
    師，一個365一個366"): one item each — only as many figures as the head count says."""
    t = r.q.text
    heads = [g for pattern in (s.head, s.group) if pattern for g in compiled(pattern).finditer(t)]
    for g in heads:  # ("只有2個人，一個365一個366": people said as people, the group's words)
        count = int(next(x for x in g.groups() if x))
        if not 2 <= count <= 6:
            continue
        m = re.match(rf"[^。；;？?！!\d]{{0,8}}?((?:{_ONE_EACH}){{{count}}})(?:[，,。；;？?！!\n]|$)", t[g.end():])
        if m is None:
            continue
        at = {g.end() + m.start(1) + x.start(1) for x in re.finditer(_ONE_EACH, m.group(1))}
        inside = [n for n in numbers(r.q) if n.start in at and n.start not in r.used]
        if len(inside) != count or any(n.unit not in (None, *s.units) for n in inside):
            continue
        r.used.update(n.start for n in inside)
        return [float(n.value) for n in inside]  # type: ignore[arg-type]
    return []


def bind_lists(r: Reading) -> None:
    """One number per item: a group with "each", a group with a value word, a listed run, or the numbers of the unit."""
    t = r.q.text
    for s in (x for x in r.vocab.slots if x.kind == "list"):
        values: list[float] = []
        dropped, out = _left_out(r, s)
        out |= _not_as_said(r, s)
        groups = _groups(r, s, out)
        grouped = bool(groups) and not s.loose
        if groups and not s.loose:
            # "2 位放射師各 300 天", "3 位整年（365 天），1 位 92 天": each group's items, then the numbers listed apart
            used = set().union(*(u for _, _, u in groups))
            r.used.update(used)
            items = [(at, v) for at, vs, _ in groups for v in vs]
            items += [(n.start, float(n.value)) for n in numbers(r.q)  # type: ignore[arg-type]
                      if n.unit in s.units and n.unit and n.start not in used and n.start not in out
                      and not total_before(t, n.start, checks=True)]
            r.used.update(n.start for n in numbers(r.q) if n.unit in s.units and n.unit and n.start not in out)
            values = [v for _, v in sorted(items, key=lambda x: x[0])]
        elif s.head and s.word_values and not s.loose and (product := _product_in_question(r.q)) is not None:
            # "放射師 2 × 365 天", "radiographers 2 x 365 days": how many people times the days each, said so
            m, people, each = product
            values = [each] * people
            r.used.update(n.start for n in numbers(r.q) if m.start() <= n.start < m.end())
            shown = m.group(0).strip()
            r.notes.append(Note(f"「{shown}」讀為 {people} 位、每位各 {each:g} 天。", f"“{shown}” is read as {people} people, {each:g} days each."))
        else:
            for g in compiled(s.head).finditer(t) if s.head else ():
                rest = t[g.end():g.end() + 40]
                word = next((w for w in s.word_values
                             if compiled(rf"^{_ALL_OF_THEM}?{_NOT_ONE}{{0,8}}?(?:{w[0]}){_NO_RUN_AFTER}").search(rest)), None)
                if word is not None:
                    values = [word[1]] * int(next(x for x in g.groups() if x))
                    r.notes.append(Note(*word[2]))
                    break
        if not values and s.head and not s.loose:
            values = _one_by_one(r, s)
        length = _list_length(r, s)
        if not values and s.every_value and length and (m := _every_value(t, s.every_value)) \
                and (span := _years_spanned(t, m.start(), m.end()) or _years_spanned(t, _value_start(m), m.end())) is not None \
                and span < length:
            # "前五年每年都 110 分，最後一年還沒結算", "the first 5 years 100 each, this year 80": the value is those years',
            # not every year's — the years after them are the figures said after it, or asked for
            values = [float(next(g for g in m.groups() if g))] * span
            rest = [n for n in numbers(r.q) if n.start >= m.end() and (n.unit or "") in s.units and n.start not in r.used
                    and (s.max_value is None or float(n.value) <= s.max_value)  # type: ignore[arg-type]
                    and not total_before(t, n.start, checks=True) and not aggregate_before(t, n.start)
                    and not claimed_total(t, n.start, n.end)
                    and not passed_total(t, n.start)
                    and bound_of(t, n.start, n.end) is None and not target_of(t, n.start, n.end)
                    # "year six isn't tallied": which year (never "this year 130", "the 6th year 130": a year's figure)
                    and not (_YEAR_NAMED.search(t, max(0, n.start - 8), n.start) and float(n.value) <= length)  # type: ignore[arg-type]
                    # ("with that 2025 total as year 6", "那個 2025 年的總分": the year of a result pointed at, no figure)
                    and not ((y := _YEAR_OF_RESULT.match(t, n.start)) is not None and y.end() >= n.start + len(t[n.start:n.end].rstrip()))
                    and not _year_as_place(t, n)]
            values += [float(n.value) for n in rest]  # type: ignore[arg-type]
            r.used.update(n.start for n in rest)
            if len(values) != length:
                if len(values) == length - 1 and s.short_ask and (not s.short_ask[0] or r.any(s.short_ask[0])):
                    shown = "、".join(f"{v:g}" for v in values), ", ".join(f"{v:g}" for v in values)
                    r.mismatch.append(Need(s.name, s.short_ask[1][0].format(values=shown[0]),
                                           s.short_ask[1][1].format(values=shown[1])))
                    r.item_facts[s.name] = 1
                continue  # fewer or more years than the list holds: asked, never filled
        elif not values and s.every_value and length and (m := _every_value(t, s.every_value)):
            values = [float(next(g for g in m.groups() if g))] * length
            for x in compiled(s.every_except).finditer(t) if s.every_except else ():
                said = [g for g in x.groups() if g]  # "except year 3, when I got 150": the third is 150
                at = int(said[0]) if said[0].isdigit() else "一二三四五六七八九".find(said[0]) + 1
                if not 1 <= at <= length:
                    values = []  # an item the list does not have: asked, never placed by guess
                    break
                values[at - 1] = float(said[-1])
        if not values and s.loose:
            picked = [n for n in numbers(r.q) if (n.unit or "") in s.units and n.start not in r.used
                      and (s.max_value is None or float(n.value) <= s.max_value)  # type: ignore[arg-type]
                      and not t[:n.start].endswith("第") and not total_before(t, n.start, checks=True)  # 合計 655 / 剛好 600 對吧
                      and not aggregate_before(t, n.start) and bound_of(t, n.start, n.end) is None  # 總分 660 / way over 600
                      and not claimed_total(t, n.start, n.end)  # "I count 650", "that's 750": their own sum, a check
                      and not passed_total(t, n.start)  # 總分有過600: their total said as a line it passed
                      and not (1900 <= float(n.value) <= 2100 and _COLON_END.match(t[n.end:n.end + 2]))  # "2021: 80"
                      and not _year_said_in(t, n)  # "2 in 2024 and 1 in 2025": the years the counts are in
                      and not _year_as_place(t, n)  # "with 2026 as the 6th year": which year, no figure
                      # ("2026 being year 6", "year 6 80": which year, the ordinal of one of the six — no figure)
                      and not (_YEAR_NAMED.search(t, max(0, n.start - 8), n.start) and float(n.value) <= (length or 6))  # type: ignore[arg-type]
                      and not _years_counted(t, n)  # "5 of my 6 yearly totals": how many years, no year's figure
                      and not _year_range_label(t, n)]  # "years 1 to 5 of my cert: 110, …": which years, no figure
            if len(picked) > 2 and _TOTAL_AFTER.match(t, picked[-1].end) and not any(_TOTAL_AFTER.match(t, n.end) for n in picked[:-1]):
                picked = picked[:-1]  # "yr6 80 — 600 total if I added right": the person's own sum after the run, a check
            if length and len(picked) > length:
                picked = _one_run(t, picked, length) or picked
            values = [float(n.value) for n in picked]  # type: ignore[arg-type]
            if length and len(values) > length:
                values = values[-length:]
                if s.short_note:
                    r.notes.append(Note(*s.short_note))
            if length and len(values) == length - 1 and s.short_ask and (not s.short_ask[0] or r.any(s.short_ask[0])):
                shown = "、".join(f"{v:g}" for v in values), ", ".join(f"{v:g}" for v in values)
                r.mismatch.append(Need(s.name, s.short_ask[1][0].format(values=shown[0]), s.short_ask[1][1].format(values=shown[1])))
                r.item_facts[s.name] = 1
                continue
            if length and len(values) != length:
                continue
            r.used.update(n.start for n in picked)
        if not values and not s.loose:
            start = next((w.end for w in terms(t, "", r.pattern(s.terms))), None) if s.terms else None
            run = [n for n in (_run_after(r, start, s) if start is not None else []) if n.start not in out]
            if not run and s.terms:  # "365, 180 and 90 work days": the run written before the slot's words
                run = next((x for w in terms(t, "", r.pattern(s.terms)) if (x := _run_before(r, w.start, s))), [])
                run = [n for n in run if n.start not in out]
            picked = run or [n for n in numbers(r.q) if n.unit in s.units and n.unit and n.start not in out
                             and not total_before(t, n.start, checks=True) and not target_of(t, n.start, n.end)]  # "共 1000 天" is a check, no item
            if not run:
                picked = _shared_unit(r, picked)
                picked = _the_other(r, picked, out)
            values = [float(n.value) for n in picked]  # type: ignore[arg-type]
            r.used.update(n.start for n in picked)
            singles = list(compiled(s.single).finditer(t)) if s.single else []
            if singles and s.word_values:
                # "one worked the full year (365 days incl. weekends)": the figure in brackets restates the single's value
                said = [x for m in singles if (x := _restated(r, m.end(), s)) is not None]
                # (each in the place it is written: "250 days, full year (365), and 120 days" is 250, 365, 120)
                placed = [(n.start, float(n.value)) for n in picked if n not in said]  # type: ignore[arg-type]
                placed += [(m.start(), float(x.value) if x is not None else s.word_values[0][1])  # type: ignore[arg-type]
                           for m, x in ((m, _restated(r, m.end(), s)) for m in singles)]
                values = [v for _, v in sorted(placed, key=lambda p: p[0])]
                if len(said) < len(singles):
                    r.notes.append(Note(*s.word_values[0][2]))
        if not values and s.head and not s.loose:
            values = _bracketed_after_head(r, s, out) or _run_after_head(r, s, out)
        values = _list_reply(r, s, values)
        head_at = next((m for m in compiled(s.head).finditer(_both(t, s.head)) if any(m.groups())), None) if s.head else None
        head = next((int(x) for x in head_at.groups() if x), None) if head_at else None
        if head == 1 and len(values) > 1 and (_ANOTHER.search(t, head_at.end()) or _ONE_MORE.search(t, head_at.end())):
            head = None  # "一位做滿整年 365 天、另一位做了 300 天", "one RT 365 days, the other 200": the first of them, no head count
        apart = False  # the group's value said after a comma: whether the head count is all of them is unclear
        if grouped and head is not None and head_at is not None \
                and (others := _others_named(r, head_at.end()) or _more_after_group(r, head_at.end())) \
                and any(at == head_at.start(i) and len(vs) == head and len(vs) > 1
                        for at, vs, _ in groups for i, x in enumerate(head_at.groups(), 1) if x):
            # "放射師兩位全年（365天含假日），另一位200天", "三位都做滿一年，另一位150天": the head count is the group sharing the
            # value, the people named after it as "another" are more of them — the list is all of them, never the group
            # alone (one named with no figure read, "另外一位做了半年", is asked)
            # (… but "放射師兩位，全年（365天），另一位200天" — the two, then one full year and another? — is asked, never
            # read either way: the group's head count is the head count said)
            # (… and "合格放射師兩位，各 365 天；另一位新來的 100 天": the count said of the qualified ones — whether the other one
            # counts is not said: asked)
            if _GROUP_APART.match(t, head_at.end()) or _QUALIFIED_HEAD.search(t, max(0, head_at.start() - 10), head_at.end()):
                apart = True
            else:
                head += others
        if head is not None and head_at is not None and not apart and head == len(values) and not r.q.followup_start \
                and (named := len(_ONE_MORE_NAMED.findall(t, head_at.end()))):
            # "3 techs the full year and a 4th who joined midyear", "plus a new one since September": one more of them after
            # the group (a group by its value word, not by "各"), her days not said — asked, never the group alone
            head += named
        if head is not None and dropped and head - dropped == len(values):
            head -= dropped  # "4 位放射師，其中 1 位還沒通過資格審查": the others are the list; the head count set aside
            said = next(m for m in compiled(s.head).finditer(t) if any(m.groups()))
            r.set_aside.append(said.span(next(i for i, x in enumerate(said.groups(), 1) if x)))
        sub, people = _subgroups(r, s, head) if values and head is not None and not r.q.followup_start else ([], 0)
        if sub is None and grouped and head == len(values):
            sub = []  # "3 位整年（365 天），1 位 10 月才來，算 92 天": the groups read already account for every one
        if sub:
            values = sub  # "3 radiographers: two worked the full 365 days, one joined later and worked 146 days"
        if values and head is not None and head != len(values) and s.word_values and not sub and not apart \
                and any(compiled(w[0]).search(t) for w in s.word_values):
            # "兩位都整年在（365天、365天）", "全年工作日 366 天和 366 天": the figures written one per person, as many as the
            # people said, restate the value word ("整年") — each figure is read once, with its own unit, not on top of it
            written = [n for n in numbers(r.q) if n.unit in s.units and n.unit and n.start not in out
                       and not total_before(t, n.start, checks=True) and not target_of(t, n.start, n.end)]
            if len(written) == head:
                values = [float(n.value) for n in written]  # type: ignore[arg-type]
                r.used.update(n.start for n in written)
                r.notes = [n for n in r.notes if n != Note(*s.word_values[0][2])]
        if values and head is None and s.labels and (named := _labelled(t, s.labels) - dropped) > len(values):
            # "甲全年在崗，乙做了半年多", "rad A 250 days, rad B …": a person named without a figure read — asked (one left
            # out by the rule, "丁還沒通過資格審查", is no item of the list)
            head = named
        if values and head is None and not r.q.followup_start and (joined := _joined_people(r)) > len(values):
            # "Amy and Ben full year, Cal 100 days" (no head count): the people named are the list — each one's value read
            # clause by clause, or asked; never the one figure written taken for them all
            sub, _ = _subgroups(r, s, joined)
            if sub:
                values = sub
            else:
                head = joined
        if values and head in (None, 1) and s.labels and (others := _others_named(r, head_at.end() if head_at else 0)) \
                and 1 + others > len(values):
            # "one RT full-year, another on maternity leave", "一位全年，另一位請了三個月產假": a further person named by
            # "another / the other / 另一位" with no figure read — asked, never left out of the list (the figures read are
            # still facts of the case: `@short:` holds)
            head = 1 + others
            r.item_facts[s.name] = len(values)
        if values and head is not None and (head != len(values) or sub is None) and s.mismatch:
            read_for = people if sub is None else len(values)
            # ("3 radiographers: one the entire year, one 200 days; 16000 screens"): the figures read for some of the people
            # said are still facts of the case (`@short:` holds) — the rest is asked for, never the rules quoted instead
            r.item_facts.setdefault(s.name, len(values))
            if read_for == head and s.ask:
                # (the figures add up to the people said, but not clause by clause: which figure is whose is asked)
                r.mismatch.append(Need(s.name, s.ask[0], s.ask[1]))
            else:
                r.mismatch.append(Need(s.name, s.mismatch[0].format(said=head, read=read_for),
                                       s.mismatch[1].format(said=head, read=read_for)))
        elif values:
            r.args[s.name] = [as_number(v) for v in _oldest_first(r, s, values)]
            r.read.append(s.name)


def _oldest_first(r: Reading, s: Slot, values: list[float]) -> list[float]:
    """The list in the model's order: written newest first ("由近到遠：0、120、…", "most recent first: …"), turned round
    and said so (`Slot.newest_first`); as written otherwise."""
    if not s.newest_first or len(values) < 2 or not compiled(s.newest_first[0]).search(r.q.text):
        return values
    r.notes.append(Note(*s.newest_first[1]))
    return values[::-1]


def _labelled(text: str, pattern: str) -> int:
    """How many different people the text names by a label ("甲 … 乙 …", "rad A … rad B …"); one alone is no list."""
    named = {m.group(0).strip().lower() for m in compiled(pattern).finditer(text)}
    return len(named) if len(named) >= 2 else 0


def _run_after_head(r: Reading, s: Slot, out: set[int]) -> list[float]:
    """"一樣 3 位，365/365/200", "3 RTs: 365, 300, 120": the head count, then right after it (a comma or colon between) a run
    of exactly as many bare figures as it says, joined by list separators — one per item (any other count reads nothing)."""
    t = r.q.text
    heads = [g for pattern in (s.head, s.group) if pattern for g in compiled(pattern).finditer(t)]
    for g in heads:  # (the people said as people, the group's words: "一樣 3 位，365/365/200")
        said = next((int(x) for x in g.groups() if x), None)
        lead = re.match(r"\s*[,，:：]?\s*", t[g.end():])
        if said is None or said < 2 or lead is None:
            continue
        start = g.end() + lead.end()
        found = [n for n in numbers(r.q) if n.start >= start][:said + 1]
        run = found[:said]
        if len(run) != said or run[0].start != start or any(n.unit not in (None, *s.units) or n.start in out for n in run) \
                or not all(_RUN.fullmatch(t[x.end:y.start]) for x, y in zip(run, run[1:])) \
                or (len(found) > said and _RUN.fullmatch(t[run[-1].end:found[said].start])):
            continue
        r.used.update(n.start for n in run)
        return [float(n.value) for n in run]  # type: ignore[arg-type]
    return []


def _bracketed_after_head(r: Reading, s: Slot, out: set[int]) -> list[float]:
    """"三個放射師(365/365/365)", "2 位放射師（365、200）": the head count, then in brackets right after it as many bare figures
    as it says, one per item — the items' values, said so (anything else there, or another count, reads nothing)."""
    t = r.q.text
    for g in compiled(s.head).finditer(t):
        said = next((int(x) for x in g.groups() if x), None)
        inside = re.match(r"\s*[（(]([^()（）]*)[)）]", t[g.end():])
        if said is None or said < 2 or inside is None:
            continue
        a, b = g.end() + inside.start(1), g.end() + inside.end(1)
        found = [n for n in numbers(r.q) if a <= n.start < b]
        if len(found) != said or any(n.unit not in (None, *s.units) or n.start in out for n in found) \
                or not all(_RUN.fullmatch(t[x.end:y.start]) for x, y in zip(found, found[1:])) \
                or t[a:found[0].start].strip() or re.sub(rf"(?:{_unit_words(s)})", "", t[found[-1].end:b]).strip():
            continue
        zh, en = field_labels(r, s.name)
        r.notes.append(Note(f"括號裡的 {said} 個數字依序視為{zh}。", f"The {said} figures in brackets are read as the {en.lower()}, in order."))
        r.used.update(n.start for n in found)
        return [float(n.value) for n in found]  # type: ignore[arg-type]
    return []


# the next of the people gone through one by one ("另一位", "另外 1 位", "the other", "another one", "a second")
# ("放射師一位全年 365 天、一位 182 天": one more of them said the same way, after the first)
_ONE_MORE = re.compile(r"[、,，;；]\s*(?<!\d)(?:1|一)\s*(?:位|名|個|个)")
# a further person of a list named as such, not what they did ("另一位", "另外 1 個", "another", "the other one", "a second
# tech"; never "another question", "another thing")
_ANOTHER_PERSON = re.compile(r"另(?:外)?\s*(?:1|一)\s*(?:位|名|個|个|人)|另(?:外)?\s*(?:位|名)"
                             r"|\b(?:the other|another|a second)\b(?!\s+(?:question|thing|point|issue|note|one of|quick|time|year|month|day)s?\b)",
                             re.IGNORECASE)
# a head count, then its people's value after a comma that is no "all of them" ("放射師兩位，全年…", never "兩位，都是全年")
_GROUP_APART = re.compile(r"\s*[,，](?!\s*(?:都|皆|全都|全部|各|also all\b|all\b|both\b|each\b))")
_QUALIFIED_HEAD = re.compile(r"合格|符合資格|符合资格|有資格|有资格|具資格|具资格|通過資格|通过资格|持證|持证|\b(?:qualified|certified|licensed|accredited)\b",
                             re.IGNORECASE)
_ANOTHER = re.compile(r"另(?:外)?\s*(?:1|一)?\s*(?:位|名|個|个|人)|其他|其餘|其余|\b(?:the other|another|a second|the second|the rest)\b",
                      re.IGNORECASE)


# "前五年", "頭 4 年", "過去五年", "first five years", "the past 5 years": how many years a value said "every year" covers
_SPAN_BEFORE = re.compile(r"(?:前|頭|头|過去|过去|最初|最早|最先)\s*(\d)\s*(?:個|个)?\s*年(?:度)?(?:來|来|間|间|裡|里|中|內|内)?\s*(?:的)?\s*(?:都|也都)?\s*(?:是|有|拿|拿了|拿到)?\s*$|"
                          r"\b(?:the\s+)?(?:first|past|previous|earlier|initial|other|remaining)\s+(\d)\s+years?\b[^,;.\d]{0,24}$|"
                          # "5 of the 6 years … 120 each", "六年裡有五年各 120 分": that many of the list's years
                          r"\b(\d)\s+(?:out\s+)?of\s+(?:the\s+|my\s+)?(?:6|six)\s+(?:years?\b[^,;.\d]{0,40})?$|"
                          r"(?:6|六)\s*(?:個|个)?\s*年(?:中|裡|里|當中|当中|之中|內|内)?\s*(?:有)?\s*(\d)\s*年[^，,。；;\d]{0,12}$", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"^[^,;.\d]{0,12}?\b(?:for|in|over|during)\s+(?:the\s+|my\s+)?(?:first|past|previous|earlier|initial)\s+(\d)\s+years?\b",
                         re.IGNORECASE)


_YEAR_OF_RESULT = re.compile(r"(?:19|20)\d{2}(?=\s*(?:年)?\s*(?:的)?\s*(?:total|result|score|sum|figure|number|總分|总分|分數|分数|積分|积分|結果|结果))"
                             r"|(?:(?<=that )|(?<=this )|(?<=那個)|(?<=那个)|(?<=這個)|(?<=这个))(?:19|20)\d{2}", re.IGNORECASE)
_YEAR_NAMED = re.compile(r"(?:第|\byear|\byr)\s*$", re.IGNORECASE)
def _year_as_place(t: str, n: Mention) -> bool:
    """A calendar year named as one of the list's years ("with 2026 as the 6th year"): no figure of the list."""
    v = float(n.value)  # type: ignore[arg-type]
    return v.is_integer() and (1900 <= v <= 2100 or 100 <= v <= 119) and YEAR_AS_PLACE.match(t, n.start) is not None


def _value_start(m: re.Match[str]) -> int:
    """Where the value an "every year" match gives starts ("… I got 120 credits each": at 120)."""
    return m.start(next(i for i, g in enumerate(m.groups(), 1) if g))


def _years_spanned(text: str, start: int, end: int) -> int | None:
    """How many years the words right around an "every year" value say it covers ("前5年每年都110分" → 5), or None."""
    m = _SPAN_BEFORE.search(text, max(0, start - 60), start) or _SPAN_AFTER.search(text[end:end + 40])
    if m is None and (y := _RANGE_BEFORE.search(text, max(0, start - 60), start)) is not None:
        a, b = (int(g) + (1911 if int(g) < 1000 else 0) for g in y.groups())
        return b - a + 1 if 1 <= b - a + 1 <= 6 else None  # "2020 到 2024 每年都 100 分", "(2020–2024) were 100 each": 5
    return int(next(g for g in m.groups() if g)) if m else None


# the years a value said "every year" covers, named by their range ("2020 到 2024 每年都 100", "109-113 年各 100 分", "(2020–2024)
# were 100 each")
_RANGE_BEFORE = re.compile(r"(?<!\d)((?:19|20)\d{2}|1[01]\d)\s*(?:年)?\s*(?:[-–—~～至到]|\bto\b|\bthrough\b)\s*((?:19|20)\d{2}|1[01]\d)(?!\d)\s*(?:年)?"
                           r"\s*[)）]?[^,;.\d，。；]{0,24}$", re.IGNORECASE)


_JOINED = re.compile(r"\s*(?:分|points?|credits?|pts)?\s*(?:[、,，/;；]|,?\s*\band\b|&|和|及|跟)\s*", re.IGNORECASE)


def _one_run(text: str, picked: list[Mention], length: int) -> list[Mention]:
    """"My six yearly totals were 150, 200, 0, 120, 100, 80. That's way over 600": among more numbers than the list
    holds, the one run of exactly that many, joined by list separators, is the list (empty when there is none, or two)."""
    runs: list[list[Mention]] = []
    for n in picked:
        if runs and _JOINED.fullmatch(text[runs[-1][-1].end:n.start]):
            runs[-1].append(n)
        else:
            runs.append([n])
    fits = [run for run in runs if len(run) == length]
    return fits[0] if len(fits) == 1 else []


def _list_length(r: Reading, s: Slot) -> int | None:
    """How many items the input model wants, when it says (min_length == max_length)."""
    info = r.vocab.model.model_fields[s.name]
    lo = next((m.min_length for m in info.metadata if getattr(m, "min_length", None) is not None), None)
    hi = next((m.max_length for m in info.metadata if getattr(m, "max_length", None) is not None), None)
    return lo if lo is not None and lo == hi else None

_ALL_N = re.compile(r"\b(?:all|each of (?:the|our|my)?|every one of (?:the|our|my)?)\s*(\d+)\b(?!\s*(?:天|days?))|"
                    r"(?<![\d.])(\d+|[一二兩两三四五六七八九十])\s*(?:位|名|個|个|人)?\s*(?:都|全部|各|each\b|all\b)", re.IGNORECASE)


# every one of the people said before, in a reply naming no count ("每個人都", "大家都", "都做滿", "everyone", "all of them")
_EVERYONE = re.compile(r"每(?:個|个|一)?\s*(?:人|位|名)|大家|全部|全都|都|\b(?:all|each|every(?:one|body)?|both)\b", re.IGNORECASE)
# … never when one of them is singled out ("一位 365 天", "one of them 200", "另一位", "其他")
# (… or by her place: "2 worked all year, the third 240 days" — "all" is of the year there; "第三位 240 天")
_ONE_OF = re.compile(r"(?:一|1)\s*(?:位|名|個|个|人)|另|其他|其餘|其余|剩下|\b(?:one|another|the other|others|rest)\b"
                     r"|第\s*[\d一二三四五六七八九十]+\s*(?:位|名|個|个|人)|\bthe\s+(?:second|third|fourth|fifth|last)\b", re.IGNORECASE)


def _list_reply(r: Reading, s: Slot, values: list[float]) -> list[float]:
    """The reply to "list each one's …": its numbers replace the ones read, the items named by a value word stay."""
    q = r.q
    if not q.followup_start or s.name not in q.expected or s.loose:
        return values  # a loose list already reads the reply's figures after the question's
    reply = [float(n.value) for n in numbers(q) if n.start >= q.followup_start and n.unit in (None, *s.units)  # type: ignore[arg-type]
             and not (n.unit is None and _WHO_DID.match(q.text, n.end))]  # ("one worked the full year": who, no value)
    # "all three worked the full 365 days", "3 位都 365 天": the reply names every item by how many, with one value each
    # (never with one of them singled out: "三位都全年，只有一位 200 天" is asked)
    every = _ALL_N.search(q.text, q.followup_start) if not _ONE_OF.search(q.text, q.followup_start) else None
    said = [n for n in numbers(q) if n.start >= q.followup_start and n.unit in s.units and n.unit]
    how_many = next(g for g in every.groups() if g) if every is not None else ""
    # "all three full year", "三個都整年": every one of them named by a value word, no figure written — the word's value each
    word = next((w for w in s.word_values if every is not None and compiled(rf"[^，,。；;\d]{{0,12}}?(?:{w[0]})").match(q.text, every.end())), None)
    if every is not None and not said and word is not None and len(reply) - (how_many.isdigit() and float(how_many) in reply) == 0:
        r.notes.append(Note(*word[2]))
        return [word[1]] * (int(how_many) if how_many.isdigit() else cn_to_int(how_many) or 0)
    if not reply:
        return _all_by_word(r, s, values)
    # "two worked 365 days, the other 240", "2 worked all year, the third 240 days", "兩位全年，另一位 240 天": the reply goes
    # through the people the question counted group by group, a count opening each clause — read clause by clause, as the
    # question's own clauses are (`_subgroups`); never "all" of "worked all year" taken for every one of them
    if (people := _people_said(r, s)) and (sub := _subgroups(r, s, people, q.followup_start, many_only=True)[0]):
        return sub
    # (the count itself is a figure of the reply unless it is who did it: "all 3 worked the full year, 365 days")
    if every is not None and len(said) == 1 and len(reply) - (how_many.isdigit() and float(how_many) in reply) == 1:
        # "三個都整年，365 天": a Chinese numeral before 個 stays a word
        return [float(said[0].value)] * (int(how_many) if how_many.isdigit() else cn_to_int(how_many) or 0)  # type: ignore[arg-type]
    # "每個人都整年，365天", "都做滿一年，365 天", "everyone 365 days", "each of them 250": one figure said of every one of
    # the people the question counted — one each
    head_q = next((int(x) for m in compiled(s.head).finditer(q.text[:q.followup_start]) for x in m.groups() if x), None) \
        if s.head else None
    if every is None and head_q and len(said) == 1 and len(reply) == 1 and _EVERYONE.search(q.text, q.followup_start) \
            and not _ONE_OF.search(q.text, q.followup_start):
        return [float(said[0].value)] * head_q  # type: ignore[arg-type]
    # "two qualified radiographers, both worked the full year, 365 days each", "兩位合格放射師，都做滿一年，各 365 天": the reply
    # counts the people itself, then one figure said of every one of them — one each (the count is who, no figure)
    head_r = next((int(x) for m in compiled(s.head).finditer(_both(q.text[q.followup_start:], s.head)) for x in m.groups() if x), None) \
        if s.head else None
    if every is None and head_r and len(said) == 1 and head_r != float(said[0].value) and len(reply) - (float(head_r) in reply) == 1 \
            and _EVERYONE.search(q.text, q.followup_start) and not _ONE_OF.search(q.text, q.followup_start):
        return [float(said[0].value)] * head_r  # type: ignore[arg-type]
    # "2 × 365", "2x365 天", "兩位 × 365": the people times the figure each, written as a product — one each
    if (product := _people_times(q, s)) is not None:
        people, each, shown = product
        r.notes.append(Note(f"「{shown}」讀為 {people} 位、每位各 {each:g} 天。", f"“{shown}” is read as {people} people, {each:g} days each."))
        return [each] * people
    head = _people_said(r, s)
    if head is not None and (filled := _the_missing(q, values, head, s)) is not None:
        # "第四位 200 天", "the last one 150", "另一位 200", "後來那位 180 天", "the other two 180 each", "剩下的各 180 天": the
        # reply gives the ones the question lacked, the rest stand (figures that do not fit them: asked again)
        return filled
    if s.group and any(g.start() >= q.followup_start for g in compiled(s.group).finditer(q.text)):
        return values  # the reply restates a group ("2 位各 300 天"), already read
    before = [float(n.value) for n in numbers(q) if n.start < q.followup_start and n.unit in s.units and n.unit]  # type: ignore[arg-type]
    kept = [v for v in values if s.word_values and v == s.word_values[0][1] and v not in before]
    head_at = next((m for m in compiled(s.head).finditer(q.text) if any(m.groups())), None) if s.head else None
    head = next((int(x) for x in head_at.groups() if x), None) if head_at is not None else None
    # ("3 techs the full year and a 4th who joined midyear" — reply "183": the group's value stands, the one more is the reply's)
    more = _more_after_group(r, head_at.end()) if head_at is not None and head_at.start() < q.followup_start else 0
    return kept + reply if kept and head is not None and len(kept) + len(reply) in (head, head + more) else reply


def _all_by_word(r: Reading, s: Slot, values: list[float]) -> list[float]:
    """A reply with no figure saying every one of the people the question counted worked the value word's time ("both worked
    all year", "they were all full-time all year", "大家都整年"): the word's value each, said so; `values` else (one of them
    singled out, "one worked all year", or "all" only of the year, "she worked all year", stays asked)."""
    q = r.q
    said = q.text[q.followup_start:]
    word = next((w for w in s.word_values if compiled(w[0]).search(said)), None)
    people = _people_said(r, s)
    if word is None or not people or _ONE_OF.search(said):
        return values
    if not _EVERYONE.search(compiled(w := word[0]).sub(" ", said)) or values and len(values) == people:
        return values
    r.notes.append(Note(*word[2]))
    return [word[1]] * people


# a product of two figures in a reply: "2 × 365", "2x365 天", "2 位 * 300 天", "365 天 × 2 人"
_PRODUCT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(位|名|人|個|个|天|d|days?|people|persons|radiographers?|techs?|RTs?)?\s*[×xX*＊✕]\s*"
                      r"(\d+(?:\.\d+)?)\s*(位|名|人|個|个|天|d|days?|people|persons|radiographers?|techs?|RTs?)?(?![\d.])", re.IGNORECASE)
_PEOPLE_UNIT = re.compile(r"位|名|人|個|个|people|persons|radiographers?|techs?|RTs?", re.IGNORECASE)
_DAY_UNIT = re.compile(r"天|d|days?", re.IGNORECASE)


def _people_times(q: Query, s: Slot) -> tuple[int, float, str] | None:
    """A reply to the list's question written as a product of how many people and the figure each ("2 × 365", "365 天 × 2
    位"): (people, figure each, the words) — which is which by their units, else the small whole number (≤ 20) beside a figure
    over 20 is the people; None when the reply is anything more, or the two cannot be told apart."""
    reply = q.text[q.followup_start:]
    found = list(_PRODUCT.finditer(reply))
    if len(found) != 1:
        return None
    m = found[0]
    rest = reply[:m.start()] + reply[m.end():]
    if re.search(r"\d", rest):
        return None  # (more figures beside it: read as before)
    return _product_read(m)


def _product_in_question(q: Query) -> tuple[re.Match[str], int, float] | None:
    """The one product of people and days in a question (no reply), a unit written on one side at least ("放射師 2 × 365 天",
    "radiographers 2 x 365 days"): (its match, people, figure each), read as `_product_read` reads a reply's."""
    said = q.text[:q.followup_start or len(q.text)]
    found = [m for m in _PRODUCT.finditer(said) if m.group(2) or m.group(4)]
    if len(found) != 1 or (read := _product_read(found[0])) is None:
        return None
    return found[0], read[0], read[1]


def _product_read(m: re.Match[str]) -> tuple[int, float, str] | None:
    """(people, figure each, the words) of a product `_PRODUCT` found, or None when which is which is not plain."""
    a, ua, b, ub = float(m.group(1)), m.group(2) or "", float(m.group(3)), m.group(4) or ""
    if _PEOPLE_UNIT.fullmatch(ua) or _DAY_UNIT.fullmatch(ub):
        (people, pu), (each, eu) = (a, ua), (b, ub)
    elif _PEOPLE_UNIT.fullmatch(ub) or _DAY_UNIT.fullmatch(ua):
        (people, pu), (each, eu) = (b, ub), (a, ua)
    elif a <= 20 < b:
        (people, pu), (each, eu) = (a, ua), (b, ub)
    elif b <= 20 < a:
        (people, pu), (each, eu) = (b, ub), (a, ua)
    else:
        return None
    if not people.is_integer() or not 1 <= people <= 20 or _DAY_UNIT.fullmatch(pu) or _PEOPLE_UNIT.fullmatch(eu):
        return None  # (people said in days, or a figure each said in people: no product of people and days)
    return int(people), each, m.group(0).strip()


def _the_missing(q: Query, values: list[float], head: int, s: Slot) -> list[float] | None:
    """A reply that says which of the `head` people its figures are for, ones the question left without a figure: the
    list with one figure each for them, or one figure said of every one of them ("the other two 180 days each", "剩下的都
    180 天"); a count of them the reply says ("the other 2") must be theirs. When the figures do not fit them, the list
    short of them (asked again); None when the reply names none of them, or gives a figure for every one (read as before)."""
    t, start = q.text, q.followup_start
    count = _OTHERS_COUNT.search(t, start)
    skip = {count.start(i) for i, g in enumerate(count.groups(), 1) if g} if count is not None else set()
    figures = [float(n.value) for n in numbers(q) if n.start >= start and n.start not in skip and n.unit in (None, *s.units)  # type: ignore[arg-type]
               and not (n.unit is None and _WHO_DID.match(t, n.end))]
    # (the figures read may hold the reply's own already, read after the question's: those are the reply's, once)
    asked = values[:-len(figures)] if figures and values[-len(figures):] == figures else values
    if not figures or not asked or len(asked) >= head or len(figures) >= head or not names_which(t[start:]):
        return None  # (a figure for every one of them, "she worked 200 days, the other one 365": the whole list again)
    if not _names_the_missing(t, start, len(asked)):
        return asked  # "第一位 200 天" where the first one's figure was read: which one is meant is asked again
    lacking = head - len(asked)
    told = int(next(g for g in count.groups() if g)) if count is not None else None
    if told not in (None, lacking):
        return values  # "the other two" where one is lacking: not the ones asked about
    if len(figures) == lacking:
        return asked + figures
    if len(figures) == 1 and (told == lacking or compiled(_EACH).search(t, start)):
        return asked + figures * lacking
    return values


# how many of the ones lacking the reply names: "the other 2", "另外 2 位", "剩下 2 個", "後來那 2 位", "the remaining 2 RTs"
_OTHERS_COUNT = re.compile(r"\b(?:the\s+)?(?:other|remaining|last|later)\s+(\d+)\b|"
                           r"(?:另外|其他|其餘|其余|剩下(?:的|那)?|後來(?:的|那)?|后来(?:的|那)?|那)\s*(\d+)\s*(?:位|名|個|个|人)", re.IGNORECASE)


# one more person joined to a group with its own figure ("2 techs the full year (365 days each) and one joined mid-year with
# 180 days", "兩位全年（各 365 天），一位年中到職 180 天"): never "one of them", "one more year"
_ONE_MORE_PERSON = re.compile(r"(?:\band\b|\bplus\b|[,，;；、])\s*(?:(?<![\d.])1|\bone)\b(?!\s*(?:of|more|year|month|day|week)s?\b)"
                              r"(?!\s*(?:天|日|年|個月|个月))|(?:[,，;；、]|還有|还有|另有)\s*(?:1|一)\s*(?:位|名|個|个|人)", re.IGNORECASE)


def _more_after_group(r: Reading, start: int) -> int:
    """How many more people are joined after a group said with its shared figure, each as "one" ("… and one joined mid-year
    with 180 days", "，一位年中到職 180 天") — more of the list, as "另一位" names one (`_others_named`)."""
    end = r.q.followup_start or len(r.q.text)
    return len(_ONE_MORE_PERSON.findall(r.q.text, start, end)) + len(_ONE_MORE_NAMED.findall(r.q.text, start, end))


# one more person joined after a group, named by her place or as new ("3 techs the full year and a 4th who joined midyear",
# "plus a new one since September", "and a fourth RT", "另外第4位年中才來", "還有第四位"): one more of the list, her value
# said or not (never "a 4th-year resident", "a new machine", "a second question")
_ONE_MORE_NAMED = re.compile(r"\b(?:and|plus|with|also)\s+(?:then\s+)?(?:a|one)\s+(?:(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth)"
                             r"|new(?:er)?(?=\s+(?:one|hire|tech|radiographer|RT|guy|girl|person|colleague|staff)\b))\b"
                             r"(?![\s-]+(?:year|month|day|week|time|question|thing|machine|unit|van|set|quarter|half)s?\b)"
                             r"|\b(?:and|plus)\s+a\s+(?:newcomer|new\s+hire)\b"
                             r"|(?:另外|另|還有|还有|加上)\s*(?:一位|一名|1位|1名)?\s*第\s*[\d二三四五六七八九]\s*(?:位|名|個|个)",
                             re.IGNORECASE)


def _others_named(r: Reading, start: int) -> int:
    """How many further people the question names as such ("一位全年，另一位年中才來": one) after `start`; a reply's "另一位
    180 天" names one of those, never one more."""
    return len(_ANOTHER_PERSON.findall(r.q.text, start, r.q.followup_start or len(r.q.text)))


def _people_said(r: Reading, s: Slot) -> int | None:
    """How many people the question (before any reply) says the list is of: its head count ("放射師有兩位", "3 radiographers"),
    else one named plus each further one named as such ("one full-year, the other on leave": 2); None when it says none."""
    said = r.q.text[:r.q.followup_start or len(r.q.text)]
    if s.head:
        head = next((int(x) for m in compiled(s.head).finditer(_both(said, s.head)) for x in m.groups() if x), None)
        if head is not None:
            return head
    others = _others_named(r, 0) if s.labels else 0
    return 1 + others if others else None


def names_which(text: str) -> bool:
    """Does a reply say which of the people asked about its figures are for ("另一位 180 天", "第二位", "the other two",
    "剩下的都 150 天", "後來那位")? Such a reply is read with the question, where the people it names are known."""
    return _OTHERS_LEAD.search(text) is not None


def _names_the_missing(text: str, start: int, given: int) -> bool:
    """The reply (from `start`) says which one(s) its figures are for, one the question left without a figure: the other /
    the last / the remaining one, "後來那位", or an ordinal past the `given` ones ("第二位" after one; never "第一位")."""
    lead = _OTHERS_LEAD.search(text, start)
    if lead is None:
        return False
    ordinal = _ORDINAL.match(lead.group(0))
    if ordinal is None:
        return True
    n = ordinal.group(1)
    return (int(n) if n.isdigit() else cn_to_int(n) or 0) > given


# A bare count of people the reply's clause is about, then what they did ("one worked the full year", "2 of them did 200",
# "一位做了 200 天"): how many, never a value of the list
_WHO_DID = re.compile(r"\s*(?:位|名|個|个|人|of (?:them|us)\b|(?:person|people|radiographers?|techs?|RTs?)\b)?\s*"
                      r"(?:worked|did|was|were|stayed|covered|joined|做了?|上班|在職|在职|工作)", re.IGNORECASE)


# A reply naming the one(s) not yet given: an ordinal, "the last / other / remaining one", 另一位, 剩下的
_OTHERS_LEAD = re.compile(r"第\s*[\d一二三四五六七八九十]+\s*(?:位|名|個|个|人)|最後(?:一|1)?(?:位|名|個|个)|最后(?:一|1)?(?:位|名|个)|"
                          # one said by who she is, as the question said her: "後來那位", "年中才來的那位", "新來的", "the new one"
                          r"那\s*(?:一|\d+)?\s*(?:位|名|個|个)|新(?:來|来|進|进)的|"
                          r"\b(?:the\s+)?(?:new|newer|later)\s+(?:one|hire|tech|radiographer|RT)\b|\bthe\s+one\s+who\b|"
                          r"另(?:外)?\s*(?:一|\d+)\s*(?:位|名|個|个)|剩下(?:的|那)?|其餘|其余|其他(?:的|那)|還有(?:一|1)位|还有(?:一|1)位|"
                          r"\b(?:the\s+)?(?:\d+(?:st|nd|rd|th)|fourth|third|fifth|second|last|other|remaining)\s+(?:one|radiographer|tech|RT|person)s?\b|"
                          r"\bthe\s+(?:other|missing|remaining)\b"
                          # ("the third 240 days", "the last 200": the one named by her place alone)
                          r"|\bthe\s+(?:second|third|fourth|fifth|last)\b(?!\s+(?:of|year|day|month|quarter|half|week|time)s?\b)",
                          re.IGNORECASE)


# an ordinal naming one of them: "第二位", "第 3 個" (the English ones are said by the lead's words, never past those given)
_ORDINAL = re.compile(r"第\s*([\d一二三四五六七八九十]+)")


# A count of people (a bare number, or one with a classifier) starting its own clause: "two worked …", "一位做了 …"
# (a count said in Chinese numerals the text keeps as words: "兩個整年都在", "两位 365 天")
# ("其中兩個整年，一個 4/1 到職…": 一 before 個, which stays a word in the text, opens a clause of one of them)
_ZH_COUNTS = {"一": 1, "兩": 2, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_SUB_COUNT = re.compile(r"\s*(?:and\s+|plus\s+|另外?|其中|還有|还有|其餘|其余|the other\s+|another\s+)?(\d+|\bone\b(?=\s)|[一兩两二三四五六](?=\s*(?:個|个|位|名)(?!月)))\s*"
                        r"(?:位|名|個|个|人|of (?:them|us)\b)?", re.IGNORECASE)


def _sub_lead(t: str, a: int, b: int, head: int, heads: set[int]) -> tuple[int, int] | None:
    """How many of the people the clause `t[a:b]` opens with, and where those words end: a count ("two worked …",
    "另外 1 位 …"), or one person said by who they are ("the new hire only 146 days", "新來的那位 120 天"). None else."""
    if not t[a:b].strip():
        return None
    m = _SUB_COUNT.match(t, a)
    said = (int(m.group(1)) if m.group(1).isdigit() else _ZH_COUNTS.get(m.group(1), 1)) if m is not None else 0
    if m is not None and m.end() <= b and 0 < said <= head and t[a:m.start(1)].strip() in ("", *_SUB_LEADS) \
            and m.start(1) not in heads:
        return said, m.end()
    # ("the other 240": a figure past the head count after "the other" is that one's figure, no count of them)
    one = _ONE_PERSON.match(t, a) if m is None or said > head else None
    if one is None and m is None and (named := _named_lead(t, a, b)) is not None:
        return named
    return (1, one.end()) if one is not None and one.end() <= b else None


# ("two worked all year and one 240 days": "one", a word the text keeps as the pronoun it is, opens a clause too)
_CLAUSE = re.compile(r"(?:\b(?:and|plus)\s+(?=\d|the other\b|another\b|one\s+\d))?"
                     r"(?:(?!\b(?:and|plus)\s+(?:\d|the other\b|another\b|one\s+\d))[^,，、;；:：。.!?？！\n—–+])+")


def _subgroups(r: Reading, s: Slot, head: int, start: int = 0, many_only: bool = False) -> tuple[list[float] | None, int]:
    """"3 radiographers: two worked the full 365 days, one joined later and worked 146 days", "三位放射師：兩位 365 天、一位
    146 天": a head count, then clauses each starting with how many of them and giving their value (in the slot's unit or
    by a value word) — their values, when the counts add up to the head and every figure in the unit is one clause's.
    Empty when anything is left over or short (the question then asks, as before).
    From `start` (a reply to the list's question: "two worked 365 days, the other 240", "2 worked all year, the third 240
    days"), the reply's clauses only, its bare figures in the unit asked for (never the count opening a clause)."""
    t = r.q.text
    # (a clause ends before "and" opening the next count too, and at a plus: "two full year (365 d each) and one who joined
    # mid-year, 180 days", "1 tech all year (365d) + 2 part-timers 120d each")
    # ("two full-time all year (365 each) plus one part-timer who worked 120 days": plus opens the next count as and does)
    # ("one worked all 365 days and the other only half the year (183 days)": "and" opens the other one's clause too)
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(t, start)]
    in_unit = [n for n in numbers(r.q) if n.start >= start and (n.unit in s.units and n.unit or start and n.unit is None
                                                                  and not _WHO_DID.match(t, n.end))]
    leads: set[int] = set()  # (in a reply: the bare counts opening its clauses, no figures)
    out: list[float] = []
    used: set[int] = set()
    counts = 0
    many = False  # a clause gives a value to more than one of them
    notes: list[Note] = []
    # the head count itself opens no group ("兩位放射師工作天數 365 天、182.5 天": one figure each, no two of 365)
    heads = {m.start(i) for m in compiled(s.head).finditer(_both(t, s.head)) for i, x in enumerate(m.groups(), 1) if x} if s.head else set()
    pending = 0  # a count whose clause gave no value: "1 位 10 月才來，算 92 天" — the next clause's one figure is theirs
    for a, b in clauses:
        lead = _sub_lead(t, a, b, head, heads)
        if lead is None:
            figures = [n for n in in_unit if a <= n.start < b]
            if pending and len(figures) == 1:
                out += [float(figures[0].value)] * pending  # type: ignore[arg-type]
                used.add(figures[0].start)
                counts += pending
                many = many or pending > 1
            pending = 0
            continue
        k, k_end = lead
        leads.update(n.start for n in in_unit if a <= n.start < k_end)
        figures = [n for n in in_unit if k_end <= n.start < b]
        word = next((w for w in s.word_values if compiled(w[0]).search(t, k_end, b)), None)
        pending = 0
        if len(figures) == 1:
            out += [float(figures[0].value)] * k  # type: ignore[arg-type]
            used.add(figures[0].start)
        elif not figures and word is not None:
            out += [word[1]] * k
            notes.append(Note(*word[2]))
        else:
            pending = k if not figures else 0
            continue
        counts += k
        many = many or k > 1
    if counts != head or any(n.start not in used and n.start not in leads for n in in_unit):
        # "two worked 365 …, one 146, another 100" for 3: they do not add up — asked
        return (None if many else []), counts + sum(n.start not in used for n in in_unit)
    if many_only and not many:
        return [], counts  # (one figure per person: read as before)
    r.notes += [n for n in notes if n not in r.notes]
    r.used.update(used)
    return out, counts


# one of the people said by who they are, no count ("the new hire", "the other one", "新來的那位", "另一位"): one of them
_ONE_PERSON = re.compile(r"\s*(?:and\s+|but\s+)?(?:the|our)\s+(?:new\s+(?:hire|one|tech|radiographer|RT|guy|girl)|newcomer|newbie|"
                         r"other\s+(?:one|tech|radiographer|RT)|other(?=\s+\d)|last\s+one|(?:second|third|fourth)\s+(?:one|tech|radiographer|RT)|(?:second|third|fourth)(?!\s+(?:of|year|day|month|quarter|half|week|time)\b))\b|"
                         r"\s*(?:新來的|新来的|新進的|新进的|另一)\s*(?:那)?(?:位|名|個|个)"
                         # ("兩個做滿一年，第三位 240 天": one named by her place)
                         r"|\s*第\s*[2-9二三四五六七八九]\s*(?:位|名|個|个)", re.IGNORECASE)
# a clause opening with the labels of the people it is about ("A 跟 B …", "甲、乙 …", "Amy and Ben …", "C …"), and the words
# that make its value their sum instead ("A 跟 B 加起來 500 天")
_JOIN = r"\s*(?:跟|和|與|与|及|以及|,?\s*\band\b|&)\s*"
_NAMED_LEAD = re.compile(rf"\s*(?:{_LABEL})(?:{_JOIN}(?:{_LABEL}))*(?=\s*(?:都|也|是|全年|整年|\d|[\u4e00-\u9fff]|\b(?:full|whole|all|worked|did|each|both)\b))",
                         re.IGNORECASE)
_TOGETHER = re.compile(r"加起來|加起来|合計|合计|一共|總共|总共|共計|共计|\b(?:together|combined|in total|between them)\b", re.IGNORECASE)
_LABEL_RUN = re.compile(r"\s*([甲乙丙丁戊己庚辛]{2,})(?=\s*(?:都|也|是|全年|整年|各|\d))")


def _named_lead(t: str, a: int, b: int) -> tuple[int, int] | None:
    """How many people the clause `t[a:b]` opens with by their labels, and where the labels end: "A 跟 B 全年 365 天" (2),
    "甲乙丙全年" (3), "Amy and Ben full year" (2), "C 183 天" (1) — never the labels of a sum ("A 跟 B 加起來 500 天")."""
    run = _LABEL_RUN.match(t, a)
    if run is not None and run.end() <= b:
        return (len(run.group(1)), run.end()) if not _TOGETHER.search(t, run.end(), b) else None
    named = _NAMED_LEAD.match(t, a)
    if named is None or named.end() > b or _TOGETHER.search(t, named.end(), b):
        return None
    return len([p for p in re.split(_JOIN, named.group(0).strip(), flags=re.IGNORECASE) if p.strip()]), named.end()


def _joined_people(r: Reading) -> int:
    """The people a message counts by labels at its clauses' openings, where one clause joins two or more ("Amy and Ben full
    year, Cal 100 days": 3); 0 when no clause joins labels."""
    t = r.q.text
    leads = [x for m in _CLAUSE.finditer(t) if (x := _named_lead(t, m.start(), m.end())) is not None]
    return sum(k for k, _ in leads) if any(k > 1 for k, _ in leads) else 0


_SUB_LEADS = ("and", "plus", "另", "另外", "其中", "還有", "还有", "其餘", "其余", "the other", "another")


def _unit_words(s: Slot) -> str:
    return "|".join(["天|days?" if u == "天" else re.escape(u) for u in s.units if u])
