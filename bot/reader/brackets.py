"""Brackets that say again what the words before them said: read once, never as one more figure.

Three shapes, each found before any binding (`bot/reader/read.py` sets them aside with a reason and a note):
- an approximate figure, then the exact one in brackets: "~350 TACE cases (exact: 352)", "約 300 例（實際 296 例）" — the
  bracketed figure is the fact, the approximate one describes it (`approx_restated` returns the approximate one);
- a total in brackets after the counts it adds up: "CIRSE twice and SIR once (3 overseas IR meetings)",
  "月會 2 次、年會 1 次（3 場學會活動）" — the list is the fact, the total a check (one said as a total, "(5 in all)", is
  the person's own total, checked by the ledger as before) (`list_totals` returns the total);
- how many a list of figures covers, in brackets right after it: "dense 340, 358 (only two submitted dense)",
  "372、365（三位技師）" — the size of the list, no figure of it (`list_sizes` returns the size);
- a length of time said again in another unit in brackets right after it: "一年半（18個月）", "18 months (1.5 years)",
  "兩年（24 個月）" — one length, read once (`unit_restated` returns the bracketed one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.parsing.text import Query
from bot.reader.mentions import QUALIFIERS, Mention, compiled, numbers

_BRACKET = re.compile(r"[(（]([^()（）]{1,60})[)）]")
_CLAUSE_END = re.compile(r"[，,。；;？?！!\n]|\.(?=\s|$)")
# the words that say the bracketed figure is the exact one ("exact: 352", "precisely 352", "實際 296", "准确是 296")
# (… or the figure the person says to go by: "二百五十例左右(就算250)", "about 250 (call it 250)", "~250 (let's say 250)")
_EXACT_EN = r"exact(?:ly)?|precise(?:ly)?|actual(?:ly)?|to be (?:exact|precise)|real(?:ly)?|in fact|call it|let'?s say|let us say|count it as|take it as"
_EXACT_ZH = r"實際|实际|確切|确切|精確|精确|準確|准确|正確|正确|其實|其实|實數|实数|就算|就當|就当|當作|当作|算它|算作"
_EXACT_WORD = re.compile(rf"\b(?:{_EXACT_EN}|true (?:count|number|figure))\b|{_EXACT_ZH}", re.IGNORECASE)
# (those words and what else may stand between them and the figure: "exact: 352", "to be exact it was 352 cases", "實際是 296",
# "正確說是 9 年 8 個月", "確切來說 296")
# (where the figure comes from, said beside it: "250 is the exact count from our registry", "per our PACS log", "登錄系統上確切是
# 250 例", "根據科內紀錄" — the source of the same figure, nothing added to it)
_SOURCE_EN = (r"(?:from|per|according\s+to|in|on|by|based\s+on|off)\s+(?:(?:our|the|my|his|her|their|hospital|department|dept|unit)'?s?\s+)?"
              r"(?:[\w-]+\s+){0,2}?(?:registry|registries|records?|database|log(?:s|book)?|system|PACS|HIS|RIS|data|list|stats|statistics|"
              r"spreadsheet|audit|books?|report)")
_SOURCE_ZH = (r"(?:根據|根据|依據|依据|依照|按照|照|依|按)?\s*(?:我們|我们|院內|院内|科內|科内|本院|本科|醫院|医院|科裡|科里)?(?:的)?\s*"
              r"(?:登錄|登录|登記|登记|系統|系统|紀錄|纪录|記錄|记录|資料庫|资料库|数据库|資料|资料|統計|统计|病歷|病历|報表|报表|名冊|名册)"
              r"(?:系統|系统|資料|资料)?(?:上|裡|里|中|內|内|的|來看|来看|顯示|显示)*")
_SOURCE = re.compile(rf"\b{_SOURCE_EN}\b|{_SOURCE_ZH}", re.IGNORECASE)
_EXACT_FILLER = re.compile(rf"(?:\b(?:{_EXACT_EN}|true|count|number|figure|it's|it is|it was|is|was|were|are|the|i\.e\.?|that is|that's|so|"
                           rf"cases?|procedures?|pts?|points?)\b|\b{_SOURCE_EN}\b|{_SOURCE_ZH}|{_EXACT_ZH}|數字|数字|(?:來|来|地)?(?:說|说|講|讲)|是|為|为|共|算|例|案|次|分|篇|件|"
                           rf"[:：=,，\s])*",
                           re.IGNORECASE)
_APPROX_BEFORE = re.compile(r"(?:~|～|≈|約|约|大約|大约|大概|差不多|將近|将近|(?<![很較较趕赶儘尽最])快(?:要)?|\b(?:about|around|roughly|approximately|approx\.?|"
                            r"nearly|almost|circa|ca\.|some|like)\s*)\s*$", re.IGNORECASE)
_APPROX_AFTER = re.compile(r"^\s*(?:%|例|案|次|場|场|篇|天|分|件|cases?|procedures?|points?)?\s*"
                           r"(?:左右|上下|出頭|出头|多|-?ish\b|or so\b|give or take\b)", re.IGNORECASE)
# a bracket that adds to what came before, or counts something else: never a restatement ("plus 3 more", "另外 2 場")
_ADDS = re.compile(r"\b(?:plus|more|another|other|others|additional|extra|besides|also|each|apiece|per|every|not|excluding|except|"
                   r"before|after|last|next|years?|yrs?|months?|days?|hours?|hrs?)\b|另|再|還有|还有|其他|其它|各|每|不含|不算|年|月|天|小時|小时",
                   re.IGNORECASE)
_COUNT_UNITS = (None, "次", "場", "场", "篇", "張", "张", "個", "个", "例", "件", "項", "项")
# list separators between the figures of one list ("340, 358", "372、365", "350 / 372", "340 and 358")
_LIST_SEP = re.compile(r"\s*(?:[,，、/]|\band\b|和|及|跟|與|与)\s*(?:and\s+)?", re.IGNORECASE)
# who or what the size counts ("three techs", "only two submitted dense", "三位技師", "兩個人交"): people or sets,
# never a unit of the figures themselves
_SIZE_WORDS = re.compile(r"\b(?:techs?|technicians?|technologists?|radiographers?|readers?|radiologists?|people|persons?|staff|"
                         r"of (?:us|them)|sets?|submitted|submissions?|entries|sent|did|took|only|just|two|three|four|five|both|all)\b|"
                         r"位|個人|个人|人|技師|技师|放射師|放射师|組|组|份|只有|只|都", re.IGNORECASE)


def _inside(said: list[Mention], b: re.Match[str]) -> list[Mention]:
    return [m for m in said if b.start(1) <= m.start and m.end <= b.end(1)]


def _approximate(t: str, n: Mention) -> bool:
    return bool(_APPROX_BEFORE.search(t, max(0, n.start - 14), n.start) or _APPROX_AFTER.match(t[n.end:n.end + 12]))


def _lone_figures(q: Query) -> Iterator[tuple[re.Match[str], Mention, str, list[Mention]]]:
    """Each bracket holding one figure: the bracket, that figure, the bracket's other words, and the figures said before it in
    its clause (at most 60 characters before it) — what a bracket restating or correcting an earlier figure is read from."""
    t = q.text
    said = numbers(q)
    for b in _BRACKET.finditer(t):
        inside = _inside(said, b)
        if len(inside) != 1:
            continue
        m = inside[0]
        cut = max([e.end() for e in _CLAUSE_END.finditer(t, 0, b.start())] or [0])
        yield (b, m, t[b.start(1):m.start] + " " + t[m.end:b.end(1)],
               [n for n in said if cut <= n.start and n.end <= b.start() and b.start() - n.end <= 60])


def approx_restated(q: Query) -> list[tuple[Mention, Mention]]:
    """(approximate, exact): an approximate figure, then in a bracket later in its clause one figure said to be the exact
    one ("exact: 352", "實際 296"), in the same unit. With no such word the bracket is left as it was ("大概六成八（72%）"
    disagrees with the words: asked). Figures between them are left as they are ("~350 TACE cases in the last 6 years
    (exact: 352)")."""
    t = q.text
    out: list[tuple[Mention, Mention]] = []
    for b, m, words, near in _lone_figures(q):
        if not _EXACT_FILLER.fullmatch(words) or _ADDS.search(words):
            continue
        before = [n for n in near if _approximate(t, n) and (n.unit == m.unit or m.unit is None or n.unit is None)]
        if not before:
            continue
        n = before[-1]
        line, exact = float(n.value), float(m.value)  # type: ignore[arg-type]
        if line <= 0 or not _EXACT_WORD.search(words) or exact == line and n.end == b.start():
            continue
        out.append((n, m))
    return out


_BRACKET_EDGE = re.compile(r"[()（）]")


def same_restated(q: Query) -> list[Mention]:
    """"Did 250 TACE/TARE in the past six years (250 is the exact count from our registry)", "RFA 120 例（系統上確切是 120 例）",
    "(that's 250 exactly)": a bracket holding one figure equal to the last figure before it in its clause, in the same unit,
    in words that only say it is exact or where it comes from (nothing added: "plus 250 more" is no restatement) — that
    figure said again, never a second count of it (returns the bracketed one). The approximate figure then exact one is
    `approx_restated`'s; a bracket with another figure is left as it was."""
    t = q.text
    out: list[Mention] = []
    for b, m, words, near in _lone_figures(q):
        # ("per our registry" names a source: no rate, as "3 per month" is)
        bare = _SOURCE.sub(" ", words)
        if not _EXACT_FILLER.fullmatch(words) or _ADDS.search(bare) or compiled(QUALIFIERS["total"]).search(words):
            continue
        # (the last figure of its unit: "250 TACE in the past 6 years (250 exactly)" says the 250 again, never the 6 years)
        # (never a figure inside an earlier bracket: "大腸直腸外科年會（1天）跟整形外科年會（1天）" gives each meeting its own days)
        before = [n for n in near if not _BRACKET_EDGE.search(t, n.end, b.start())
                  and (n.unit == m.unit or m.unit is None and (n.unit or "").lower() not in _MONTHS_IN)]
        if not before:
            continue
        n = before[-1]
        if float(n.value) != float(m.value) or float(m.value) <= 0:  # type: ignore[arg-type]
            continue
        out.append(m)
    return out


def _run_before(t: str, said: list[Mention], at: int) -> list[Mention]:
    """The figures of one list ending right before `at` (only space between the last and `at`), joined by list
    separators, in order."""
    run: list[Mention] = []
    for n in reversed([n for n in said if n.end <= at]):
        gap = t[n.end:(run[0].start if run else at)]
        if not run:
            if gap.strip():
                break
        elif not _LIST_SEP.fullmatch(gap):
            break
        run.insert(0, n)
    return run


def list_sizes(q: Query) -> list[Mention]:
    """"dense 340, 358 (only two submitted dense)", "372、365（兩位技師）": a bracket right after a list of two figures or more
    whose one figure is how many figures the list holds, said of who gave them — the list's size, no figure of it."""
    t = q.text
    said = numbers(q)
    out: list[Mention] = []
    for b in _BRACKET.finditer(t):
        inside = _inside(said, b)
        if len(inside) != 1 or inside[0].unit not in (None, "位", "人", "名", "個", "个", "組", "组", "份"):
            continue
        run = _run_before(t, said, b.start())
        words = t[b.start(1):inside[0].start] + " " + t[inside[0].end:b.end(1)]
        if len(run) >= 2 and float(inside[0].value) == len(run) and len(run) < min(float(n.value) for n in run) \
                and (_SIZE_WORDS.search(words) or inside[0].unit in ("位", "人", "名")) and not re.search(r"\b(?:each|per|every|plus|more)\b|各|每|另", words, re.IGNORECASE):  # type: ignore[arg-type]
            out.append(inside[0])
    return out


def list_totals(q: Query) -> list[Mention]:
    """"attended CIRSE twice and SIR once (3 overseas IR meetings)", "月會 2 次、年會 1 次（3 場學會活動）": a bracket holding one
    count, the sum of the counts just before it in its sentence (two or more, back from the bracket), in words that add
    nothing ("plus 3 more" does) — the list's total said again, a check, never one more item."""
    t = q.text
    said = numbers(q)
    out: list[Mention] = []
    for b in _BRACKET.finditer(t):
        inside = _inside(said, b)
        if len(inside) != 1 or inside[0].unit not in _COUNT_UNITS:
            continue
        m = inside[0]
        words = t[b.start(1):m.start] + " " + t[m.end:b.end(1)]
        if _ADDS.search(words) or compiled(QUALIFIERS["total"]).search(words):
            continue  # (a total said as one, "(910 in all)", "（共 3 場）": the person's own total, checked by the ledger)
        cut = max([t.rfind(ch, 0, b.start()) for ch in "。；;？?！!\n:：)）"] + [e.end() - 1 for e in re.finditer(r"\.(?=\s)", t[:b.start()])]) + 1
        before = [n for n in said if cut <= n.start and n.end <= b.start()]
        if len(before) < 2 or b.start() - before[-1].end > 40 or any(n.unit not in _COUNT_UNITS for n in before):
            continue
        total = float(m.value)  # type: ignore[arg-type]
        for k in range(2, len(before) + 1):
            if sum(float(n.value) for n in before[-k:]) == total:  # type: ignore[arg-type]
                out.append(m)
                break
    return out


# A figure named again by a determiner pointing back to it, then said what it was: "The 0 was the year I was on maternity
# leave", "that 90 is this year so far", "那個 0 是我請產假那年", "其中的 0 是因為出國" — one of the figures listed before,
# explained; never a figure of its own. Only a bare figure or points: a count said again with its unit, "那 2 次是我當講者",
# is a qualifier of that count (read by the binding), and a noun after the figure, "the 2 meetings were …", counts something
_POINTER_BEFORE = re.compile(r"(?:\b(?:the|that|this|my|those)\s+|(?:那個|那个|這個|这个|那筆|那笔|這筆|这笔|那|這|这|其中的|中間的|中间的|裡面的|里面的)\s*)$",
                             re.IGNORECASE)
_POINTER_AFTER = re.compile(r"\s*(?:分|points?|pts)?\s*(?:(?:was|is|were|are|=|came|comes|happened|means?|meant|is\s+because|was\s+because|"
                            r"(?:is|was)\s+(?:from|for|when|during|in|the|my|because|due))\b|\s*(?:是|為|为|因為|因为|那年|那一年|就是|指的是|代表))",
                            re.IGNORECASE)


def pointers(q: Query) -> list[Mention]:
    """"150 / 200 / 0 / 100 / 120 / 90. The 0 was the year I was on maternity leave": a figure after a determiner that points
    back (`_POINTER_BEFORE`), then the words saying what it was (`_POINTER_AFTER`), equal to one figure said before it in
    another sentence or clause of a list of two or more — that figure named again, no figure of its own."""
    t = q.text
    said = numbers(q)
    out: list[Mention] = []
    for i, n in enumerate(said):
        if n.unit not in (None, "分") or not (_POINTER_BEFORE.search(t, max(0, n.start - 8), n.start) and _POINTER_AFTER.match(t, n.end)):
            continue
        before = said[:i]
        if len(before) >= 2 and any(float(b.value) == float(n.value) and (b.unit or "分") == (n.unit or "分")  # type: ignore[arg-type]
                                    for b in before):
            out.append(n)
    return out


# The things just named, counted again in the question asked of them: "how many credits do I get for those two?", "credits for
# these 3?", "what do all those 4 add up to?" — how many things the question is about, never a count of the last of them
# (a noun of the regulation after it — "those 2 meetings were …" — counts something: left as it was)
_ITEMS_POINTED_BEFORE = re.compile(r"\b(?:for|of|on|from|with|are|is|do|were)\s+(?:all\s+|both\s+of\s+)?(?:those|these)\s+$", re.IGNORECASE)
_ITEMS_POINTED_AFTER = re.compile(r"\s*(?:(?:things?|activities|items|ones|events|together|combined|altogether|in\s+total|add\s+up\s+to|"
                                  r"worth|come\s+to|total)\b\s*)*(?:[?？!.]|$)", re.IGNORECASE)
_QUESTION_OF = re.compile(r"\bhow\s+(?:many|much)\b|\bcredits?\b|\bpoints?\b|\bpts\b|\bwhat\b|\btotal\b|\bworth\b", re.IGNORECASE)


def items_pointed(q: Query) -> list[Mention]:
    """"… a 2-hr lunch symposium this yr. how many credits do I get for those two?": a small bare figure after "for those" /
    "these", closing a question asking the credits — how many things the question is about, no count of any of them."""
    t = q.text
    out: list[Mention] = []
    for n in numbers(q):
        if n.unit is not None or not 2 <= float(n.value) <= 9:  # type: ignore[arg-type]
            continue
        if not (_ITEMS_POINTED_BEFORE.search(t, max(0, n.start - 24), n.start) and _ITEMS_POINTED_AFTER.match(t, n.end)):
            continue
        left = max([t.rfind(ch, 0, n.start) for ch in "。；;？?！!\n"] + [e.end() - 1 for e in re.finditer(r"\.(?=\s)", t[:n.start])]) + 1
        if _QUESTION_OF.search(t, left, n.start):
            out.append(n)
    return out


# A figure said before, named again in a yes/no question about it: "is 4 allowed, and is 130 within the daily cap?", "are 4
# techs ok?", "is 130 over the limit", "4 個可以嗎", "130 有沒有超過" — the figure already read, asked whether it passes;
# the calculation answers it. Only a figure equal to one said before it, with no other unit of its own.
_ASKED_BEFORE = re.compile(r"(?:^|[，,。；;？?！!:：\n]|\.(?=\s)|\b(?:and|but|also|so|then|or|things?:?|questions?:?|[12]\)|[12]\.)\s)\s*"
                           r"(?:(?:is|are|was|were|would|will|can|could)\s+(?:(?:having|using|doing|running)\s+)?)\s*$", re.IGNORECASE)
_ASKED_AFTER = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:allowed|ok(?:ay)?|fine|acceptable|permitted|legal|compliant|a problem|too (?:many|much|high|low)|"
                          r"(?:still\s+)?(?:within|over|under|above|below|past|beyond|exceeding|inside|outside)\b|enough)", re.IGNORECASE)
_ASKED_AFTER_ZH = re.compile(r"\s*(?:個|个|位|名|人|台|例)?\s*(?:可以嗎|可以吗|可不可以|行嗎|行吗|OK嗎|ok嗎|合格嗎|合格吗|有沒有超過|有没有超过|"
                             r"有超過嗎|有超过吗|超過了嗎|超过了吗|會超過嗎|会超过吗|符合嗎|符合吗)", re.IGNORECASE)


def asked_again(q: Query) -> list[Mention]:
    """"… 4 registered radiographers … screened 130 women. Is 4 allowed, and is 130 within the daily cap?": a figure
    asked about in a yes/no question ("is N allowed / within / over …", "N 可以嗎"), equal to one said before it — that
    figure named again, no figure of its own (the calculation says whether it passes)."""
    t = q.text
    said = numbers(q)
    out: list[Mention] = []
    for i, n in enumerate(said):
        asked = (_ASKED_BEFORE.search(t, max(0, n.start - 24), n.start) and _ASKED_AFTER.match(t, n.end)) \
            or _ASKED_AFTER_ZH.match(t, n.end)
        if not asked or n.unit not in (None, "個", "个", "位", "名", "人", "台", "例"):
            continue
        if any(float(b.value) == float(n.value) for b in said[:i]):  # type: ignore[arg-type]
            out.append(n)
    return out


# A bound said over the rest of the figures, the exact figures in brackets right after it: "apart from those everything
# was 90+ (dose 93, compression 91, alignment 95)", "the rest all above 90 (dose 93, …)", "其他都 90 以上（劑量 93、壓迫
# 91）" — a summary of the bracketed figures, no figure of its own (they are read, each by its label).
_REST_BEFORE = re.compile(r"(?:\b(?:everything|all|the rest|rest|others?|all (?:the )?others?|all (?:the )?rest|each of the others?|"
                          r"the remaining(?: ones| items)?|remaining)\b(?:\s+(?:else|other|of them|items?|ones?|scores?))?"
                          r"(?:\s+(?:was|were|is|are|all|scored|got|came (?:back|in)|at))*\s*(?:above|over|at least|>=?|≥)?"
                          r"|其他|其餘|其余|其它|剩下的?|其他的?)\s*(?:項目?|的)?\s*(?:都|全都|全部|皆|均)?\s*(?:是|有|在|>=?|≥)?\s*$", re.IGNORECASE)
_REST_AFTER = re.compile(r"\s*(?:\+|plus\b|or (?:more|above|higher|better)\b|and (?:up|above)\b|以上|分以上|多)?\s*(?:分)?\s*(?:以上)?\s*[(（]",
                         re.IGNORECASE)


def rest_bounds(q: Query) -> list[Mention]:
    """"everything else was 90+ (dose 93, compression 91)": a bound said of all the other figures with the exact ones in
    brackets right after it, each with its label — set aside, the bracketed figures read. Without a bracket of two labelled
    figures or more it is left as it was (bare figures in order are the rest's, read by the map; none at all: asked)."""
    t = q.text
    said = numbers(q)
    out: list[Mention] = []
    for n in said:
        if not (_REST_BEFORE.search(t, max(0, n.start - 40), n.start) and (after := _REST_AFTER.match(t, n.end))):
            continue
        close = re.search(r"[)）]", t[after.end():])
        inside = [m for m in said if after.end() <= m.start and close and m.end <= after.end() + close.start()]
        # (each figure named by its label: bare figures, "其他都85以上(87、91、86、88、90)", are the rest's own, in order — the
        # bound heads them and stays where the map's reading puts it)
        labelled = close is not None and re.search(r"[A-Za-z\u4e00-\u9fff]", t[after.end():after.end() + close.start()]) is not None
        if len(inside) >= 2 and labelled:
            out.append(n)
    return out


# Lengths of time in months a unit stands for ("年" 12, "個月" 1): a length said again in another of them is one length
_MONTHS_IN = {"年": 12, "years": 12, "year": 12, "yrs": 12, "yr": 12, "個月": 1, "个月": 1, "月": 1, "months": 1, "month": 1}
_BRACKETED_ALONE = re.compile(r"\s*[(（]\s*(?:(?:i\.?e\.?|即|也就是|共|=|約|约|about)\s*[:：,]?\s*)?$", re.IGNORECASE)


def unit_restated(q: Query) -> list[Mention]:
    """A length of time said again in brackets right after it in another unit, the same length ("一年半（18個月）", "18
    months (1.5 yrs)", "派駐兩年（24 個月）"): the bracketed figure, no second length — read once. A bracket giving another
    length ("一年（其中 8 個月在外）") is no restatement: the figure must equal the one before it, converted."""
    said = numbers(q)
    out: list[Mention] = []
    for a, b in zip(said, said[1:]):
        ua, ub = _MONTHS_IN.get((a.unit or "").lower()), _MONTHS_IN.get((b.unit or "").lower())
        if ua is None or ub is None or ua == ub:
            continue
        gap = q.text[a.end:b.start]
        if not _BRACKETED_ALONE.fullmatch(gap) or not re.match(r"\s*[)）]", q.text[b.end:]):
            continue
        if abs(float(a.value) * ua - float(b.value) * ub) < 1e-9:  # type: ignore[arg-type]
            # the one of the two the clause goes on from is read: the bracketed one when the words after it carry on
            # ("一年(12個月)派駐醫療團": 12 months posted), else the one before it ("派出去一年半（18個月）。")
            close = q.text.find(")", b.end) if q.text.find(")", b.end) >= 0 else q.text.find("）", b.end)
            carries_on = re.match(r"\s*[(（]?[^\s\d，,。.；;:：？?！!、)）—–-]", q.text[close + 1:]) if close >= 0 else None
            out.append(a if carries_on else b)
    return out
