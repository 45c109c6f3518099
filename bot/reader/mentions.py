"""A question as mentions: numbers with units, dates, words of a vocabulary, qualifiers — each with its span."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from bot.parsing.dates import find_ambiguous_dates, find_dates, find_invalid_dates
from bot.parsing.numbers import Quantity, find_quantities
from bot.parsing.text import Query
from bot.reader.needles import may_occur
from calculators.lexicon import extend
from core.memo import per_answer

# Clause boundaries: a number binds to a word of its own clause only.
SEPARATOR = re.compile(r"[，,。；;\n？?！!]")
_FULL_STOP = re.compile(r"(?<=[A-Za-z)])(?<!\bincl)(?<!\bapprox)(?<!\bapprx)(?<!\bvs)(?<!\bapp)\.(?=\s)")  # "… 6 yrs. Rad specialist": an English full stop ends a clause too
# (… never the dot of an abbreviation inside the clause: "days worked incl. holidays were 300 / 300 / 150", "approx. 200")

# The words that open a part of a count just said ("5 次，其中 2 次", "2 of them", "三場當中兩場"): one table for the
# reader's and the ledger's subset patterns (counted, items, ledger), each adding its own neighbours.
# (never a part denied: "not one of those listed", "isn't one of them", "（不是其中之一）", "不在其中" — it is no part of them)
NOT_PART = (r"(?<!\bnot one )(?<!\bnot any )(?<!n't one )(?<!n't any )(?<!\bnone )(?<!\bneither )"
            r"(?<!不是)(?<!不在)(?<!並非)(?<!并非)(?<!不屬於)(?<!不属于)(?<!不屬)(?<!不属)")
SUBSET_WORDS = NOT_PART + r"(?:其中|當中|当中|裡面|里面|\bof\s+(?:them|which|those|these)\b)"

# Qualifiers refine what was said (SPEC §3): a subset (其中), a count for each (各/每), a negation (不是),
# an addition (另外), a total (共). Binding never reaches across a subset, an addition or a total.
QUALIFIERS: dict[str, str] = {
    # ("2 SCI papers but only 1 is first-author", "SCI 3 篇但只有 1 篇是一作": "but only" narrows the count before it)
    # (never a list's contents: "訓練課程基準裡有列的科別", "名單裡面有寫" — 裡有 said of a list, no part of a count)
    "subset": NOT_PART + r"(?:其中|當中|之中|(?:裡|裡面)有(?!\s*(?:列|提到|提|寫|写|記載|记载|載|载|規定|规定|包含|包括))|"
              r"\bof (?:them|those|these|which)\b)|\bbut (?:only|just)\b(?=\s*\d)|"
              r"(?:但是?|不過|可是)\s*(?:只有|只|僅有|僅)(?=\s*\d)",
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
# (the 內 / 中 / 當中 of a period, "六年內有 400 例", "這 6 年中有 300 台", "3 個月當中有": the period's, never a part of a count)
_PERIOD_INSIDE = r"(?:內|内|中|當中|当中|之中|裡|里)"
QUALIFIERS["subset"] = (rf"(?!(?<=[年月]){_PERIOD_INSIDE})(?!(?<=[年月]\s){_PERIOD_INSIDE})(?<![年月][當当之])(?:{QUALIFIERS['subset']})")
# A figure the person does not have ("假體影像分數我忘了抄", "isn't in the report yet"): asked for, never left out.
ABSENT = (QUALIFIERS["unsure"] + r"|忘記|沒抄|没抄|手邊沒有|手边没有|沒有資料|没有资料|還沒出來|还没出来|還沒拿到|还没拿到|"
          r"不在手邊|不在手边|\bnot (?:in|on) (?:the|my|our) (?:report|sheet)|\bisn't (?:in|on|available|back)|"
          r"\bnot (?:available|back) yet|\bdon't have\b|\bdo not have\b|\bmissing\b|\bpending\b|\bforgot\b|\blost\b")
# A bound, not a value ("都 85 以上", "over 90", "低於 60"): (words before, words after) the number, by direction.
# A verb asked A-not-A ("有沒有", "是不是", "超沒超", "扣不扣", "過沒過"): a question, never a negation of what follows.
A_NOT_A_ZH = r"([\u4e00-\u9fff])(?:沒有?|没有?|不)\1"
# "If not - 4 moderator roles …", "如果不行，國內座長 3 次…", "否則：…": a question asked on the one before being answered no —
# the conditional words negate no figure after them (the words, then a pause: "如果沒有 SCI 呢" names what it drops)
# (… or no pause, the question asked on the no opening right after it: "lifetime cert possible? if not am I at 200?",
# "if not how many pts short?" — never a what-if naming what it drops, "if not first author")
IF_NOT = (r"(?:(?:and|but)\s+)?(?:if\s+(?:not|no|that'?s\s+a\s+no)|otherwise|failing\s+that)\s*(?:[,:;\-–—]|then\b)|"
          r"(?:(?:and|but)\s+)?(?:if\s+not|otherwise)\s+(?=(?:am|do|does|is|are|will|would|can|could|how|what|where|when)\b)|"
          r"(?:如果|若|要是|假如)?(?:不是|沒有|没有|不行|不能|不可以|還沒|还没|未滿|未满)(?:的話|的话)?\s*[，,、:：\-–—]|"
          r"(?:若否|否則|否则|不然的話|不然的话|不然)\s*[，,、:：\-–—]?")
# (a negated "over" — 不超過, 沒有超過, no more than, not over — is an upper bound: "<=" is looked at before ">"; never
# "up to", which sums: "added up to 298")
BOUND_BEFORE = {">=": r"(?:至少|最少|不低於|不少於|\bat least|≥|>=)\s*$",
                "<=": r"(?:最多|(?:不|未|沒有?|没有?)(?:超過|超过|高於|高于|大於|大于|多於|多于|逾)|\bat most|"
                      r"\b(?:no|not)\s+(?:more|higher|greater)\s+than|\bnot\s+(?:over|above|exceeding)|≤|<=)\s*$",
                ">": r"(?:高於|大於|多於|超過|超出|(?<![不未])逾|\bover|\babove|\bmore than|\bgreater than|\bhigher than|\blonger than|"
                     r"\bexceed(?:s|ed|ing)?|\btop(?:s|ped|ping)|\bin excess of|>)\s*$",
                # ("快 8 年", "將近 300 例", "almost 8 years": nearly there, not yet — below the figure, never the figure)
                "<": r"(?:低於|小於|少於|不到|未滿|不滿|未满|不满|未達|未达|(?<![很較较])快(?:要)?|將近|将近|\balmost|\bnearly|"
                     r"\bbelow|\bunder|\bless than|\blower than|\bshorter than|<"
                     # (… or said as not reaching it: "完成率今年沒有到75%", "沒達到 75%", "didn't reach 75%"; never "還沒到", a line
                     # still ahead — `_TARGET_BEFORE`)
                     r"|(?<![還还])(?:沒有|没有|沒|没)(?:達|达)?(?:到|滿|满)|未(?:達|达)到|(?:達|达)不到|\bshort of"
                     r"|\b(?:did|does|do)(?:n't|n’t| not) (?:reach|hit|make)|\bnever (?:reached|hit|made)"
                     r"|\bnot (?:reaching|hitting))\s*$"}
# ("86+", "85 plus", "85+ on all" are bounds; "TACE 210 + TARE 95", "180 + 碘油 90", "120 plus 2 lectures" add one figure
# to the next — a figure, a label or a word after the plus that is no "on all / each / 以上")
_ADDED = (r"(?!\s*(?:[\d$(（]|(?!(?:on|in|at|for|all|each|every\w*|across|of|and|or|to|overall|points?|pts|分|以上|都|全|各)\b)"
          r"(?:[A-Za-z]|[\u3400-\u9fff])))")
BOUND_AFTER = {">=": rf"^\s*(?:分|%|points?)?\s*(?:以上|或以上|or (?:more|above|higher)|and (?:up|above)|\+{_ADDED}|plus\b{_ADDED})",
               "<=": r"^\s*(?:分|%|points?)?\s*(?:以下|以內|或以下|or (?:less|below|lower|under))",
               # (… or a figure's tens said roughly in English — "70-something", "the low 70s", "in the 50s": somewhere above it,
               # never the figure; the Chinese "70幾%" is `_ROUGH_TENS`)
               ">": r"^\s*(?:分|%|points?)?\s*多(?!少)"
                    r"|^\s*(?:%|percent)?\s*-?\s*something\b"}
# "70幾%", "80幾分": a figure's tens said roughly, right after a round figure (no unit between) — above it, never the figure;
# "5 次幾分", "350，幾等" ask
_ROUGH_TENS = re.compile(r"(?:幾|几)\s*(?:%|％|趴|分(?![之鐘钟])|percent)|'?s\b")  # (… "the low 70s"; "cat 4s" stays 4)


# a rough figure written inside the number's own span, between it and its unit ("10多年", "100多例"): over the number
_ROUGH_INSIDE = re.compile(r"[\d.,]+\s*多(?!少)")


# "a meeting over 2 days", "held over 3 days", "年會 over 2 days": the days a meeting ran across, said after the meeting or
# a verb of its running ("more than 2 days", "over 2 hours" stay bounds)
_SPANNING_BEFORE = re.compile(r"(?:\b(?:ran|run|runs|held|spread|spanned|spanning|took\s+place|meetings?|mtgs?|congress(?:es)?|"
                              r"conferences?|symposi(?:um|a|ums))|[\u4e00-\u9fff])\s*\bover\s*$", re.IGNORECASE)
_DAYS_AFTER = re.compile(r"\s*(?:-\s*)?(?:days?\b|天)", re.IGNORECASE)


# "快150例", "將近 300 例", "almost 200 cases": a count said as nearly reached is that count, approximate (`nearly_count`) —
# a period nearly reached ("快 8 年", "almost 8 years") stays below its figure (a bound)
_NEARLY_WORDS = re.compile(r"(?:(?<![很較较趕赶儘尽最])快(?:要)?|將近|将近|\balmost|\bnearly)\s*$", re.IGNORECASE)
_COUNT_UNIT_AFTER = re.compile(r"\s*(?:多|左右)?\s*(?:例|個案|个案|案|篇|次|場|场|位|名|人|件|台|張|张|"
                               r"(?:[A-Za-z][\w-]*\s+){0,2}(?:cases?|procedures?|exams?|screenings?|screens|mammograms?|women|patients|people|papers?|times?|talks?|lectures?)\b)",
                               re.IGNORECASE)


# ("快 200 例（187 例）", "nearly 300 cases (284 cases)": the exact figure in brackets after the bound — the bound stays one)
_EXACT_IN_BRACKETS = re.compile(r"[^，,。；;？?(（]{0,12}?[（(][^)）\d]{0,6}\d")


@per_answer(1024)  # (asked of each figure by every vocabulary's reader)
def nearly_count(text: str, start: int, end: int) -> bool:
    """Is the number at text[start:end] a count said as nearly reached ("快150例", "将近 300 例", "almost 200 cases")?"""
    if not _NEARLY_WORDS.search(text, max(0, start - 10), start):
        return False
    digits = re.match(r"[\d.,\s]*", text[start:end])  # (a span may hold its unit: "150例")
    return bool(_COUNT_UNIT_AFTER.match(text, start + (digits.end() if digits else 0)))


@per_answer(1024)  # (asked of each figure by several readers: ~85 % of the calls repeat one before)
def bound_of(text: str, start: int, end: int) -> str | None:
    """The direction of a bound written around a number (">=", ">", "<=", "<"), or None for a value."""
    if _ROUGH_INSIDE.match(text, start, end):
        return ">"
    if nearly_count(text, start, end) and not any(re.search(p, text[end:end + 16], re.IGNORECASE) for p in BOUND_AFTER.values()) \
            and not _EXACT_IN_BRACKETS.match(text, end):
        return None  # "快150例": the count, approximate (`bot.reader.read.approximate_figures`)
    if _SPANNING_BEFORE.search(text, max(0, start - 40), start) and (
            _DAYS_AFTER.match(text, end) or re.search(r"(?:days?|天)\s*$", text[start:end], re.IGNORECASE)):
        return None  # "one specialty meeting over 2 days", "a congress held over 3 days": how long it ran, no bound
    if end > start and text[end - 1] == "0" and _ROUGH_TENS.match(text, end):
        return ">"  # "70幾%": the tens said, the rest not
    for side, pattern in BOUND_AFTER.items():
        if re.search(pattern, text[end:end + 16], re.IGNORECASE):
            return side
    for side, pattern in BOUND_BEFORE.items():
        if re.search(pattern, text[max(0, start - 14):start], re.IGNORECASE):
            return side
    return None


# A figure the person's figures are compared against — a target, a line to reach, never one of the figures:
# "平均差一點點到360", "離 600 還差一截", "距离200分还差", "快到 85 了", "just short of 85", "a point shy of 360",
# "close to 200", "still 20 away from 600", "target 360". (Words before it, words after it.) A bare 差到 is no target:
# "陰性差到22%" is the discrepancy (差異) that reached 22%.
# ("還差多少例才 300", "还差几分才够 600", "差幾篇才到": the line the shortfall is asked against)
_TARGET_BEFORE = re.compile(r"(?:(?:還|还)?差(?:多少|幾|几)\s*(?:例|分|篇|次|天|台|案|件)?\s*(?:才|就)(?:能|會|会)?(?:到|達|达|滿|满|夠|够)?|差(?:了)?(?:一點點|一点点|一點|一点|一些|一咪咪|一丁點|一丁点|點|点|一滴滴|\s*\d+(?:\.\d+)?\s*(?:分|例|案|天|%)?)"
                            r"(?:就|才)?\s*(?:到|達|达|滿|满)|"
                            # ("差一點點 70%", "差一点 360": a hair short of the line — the line said right after, without 到)
                            r"差(?:了)?(?:一點點|一点点|一點|一点|一咪咪|一丁點|一丁点|一滴滴)|離|离|距離|距离|接近|逼近|(?:就)?快(?:要)?(?:到|達|达)|還沒到|还没到|"
                            r"(?<![我他她])沒到|(?<![我他她])没到|目標(?:是|為)?|目标(?:是|为)?|門檻(?:是|為)?|门槛(?:是|为)?|"
                            # "剛好卡 360 應該是A吧", "卡在 85 邊緣": right at the line (卡 the line a figure sits on)
                            r"(?:剛好|刚好|正好|恰好|剛剛好|刚刚好)?\s*(?<![打刷用])卡(?:在|到)?(?:線|线)?|"
                            # "完成率夠不夠 75%", "有沒有達到 75%", "到不到 600": the line asked about, no figure of theirs
                            r"夠不夠|够不够|有沒有(?:到|達到|達|超過|過)|有没有(?:到|达到|达|超过|过)|達不達到|达不达到|到不到|是否(?:達到|达到|超過|超过)|"
                            # ("有沒有超過每人每天 40 案", "會不會超過每位放射師 40 案", "超过每人 40 案的规定"): a line said per person or
                            # per day after the verb of passing it — the rule's rate, no figure of the person's
                            r"(?:超過|超过|超出|高於|高于)\s*(?:了)?\s*(?:(?:每|一)\s*(?:人|位|名|個|个|天|日)|單日|单日|每位放射(?:師|师)|每個放射師|每个放射师)+\s*(?:的)?\s*(?:上限|限制|規定|规定)?|"
                            r"\b(?:just |only |a (?:bit|hair|touch|point|little) |\d+(?:\.\d+)? (?:points? |pts? )?)?(?:short of|shy of)|"
                            r"\b(?:away from|close to|closing in on|(?:how )?far (?:off|from|short of)|to (?:reach|hit|get to|make)|target(?: of| is)?)|"
                            # (the line asked of one's own figures: "am I at 600?", "do I reach 600", "will that get me to 600")
                            r"\b(?:am i|are we|will i be|would i be|would that put me|does that put me|is that|is it)\s+(?:at|to)|"
                            r"\b(?:do|does|did|will|would|can|could)\s+(?:i|we|it|that|this|they)\s+(?:reach|hit|make|get (?:me |us )?to))"
                            r"\s*(?:the\s+|an?\s+)?$", re.IGNORECASE)
# (never a figure with the line after it: "69.99% 差一點點到 70", "355 差一点到 360" — the line is the figure after 到)
_TARGET_AFTER = re.compile(r"^\s*(?:分|%|points?|pts?)?\s*(?:還差|还差|還有一段|还有一段|(?:差一點|差一点)(?![點点]?\s*(?:就|才)?\s*(?:到|達|达|滿|满)\s*\d)"
                           r"|只差|就差|\s*(?:mark|line)\b"
                           # the figure named as the rule's limit or line ("每人 40 案的上限會不會超", "600 案的上限", "40 件的限額",
                           # "the 40-case cap", "a 600 limit"): the line compared against, no figure of the person's
                           r"|\s*(?:案|例|件|人|位|次|分|個|个)?\s*(?:的)?\s*(?:上限|限額|限额|限制|門檻|门槛)"
                           r"|[\s-]*(?:cases?|screenings?|exams?)?[\s-]*(?:per[\s-]+(?:tech|radiographer|person|day)[\s-]+)?(?:cap|limit|ceiling|threshold)\b)", re.IGNORECASE)


# A difference the person supposes — how far short of a line they are, or would be ("差一例是不是就不行", "少一例會怎樣",
# "還缺 2 篇", "short by one", "one short", "off by 2", "need 3 more", "missing one case"): no figure of theirs; the
# calculation says how far they are. (差異 / 差到 are a discrepancy; 至少 / 最少 a bound.)
_DIFFERENCE_BEFORE = re.compile(r"(?:(?:還|还|只|就|才|會|会|若|如果)?差(?:了)?|(?<![至最多減减])少(?:了)?|(?:還|还|只|就)?缺(?:了)?"
                                r"|\bshort (?:by|of just|by just|by only)|\boff by|\bmissing(?: just| only)?|\b(?:need|needs|needed)(?: just| only)?"
                                r"|\bfall(?:s|ing)? short by|\bunder by)\s*$", re.IGNORECASE)
# ("4 short hospital seminars", "2 short talks", "one short one": "short" describing the things counted — their length, no gap)
_SHORT_THING = (r"(?:\s+[\w-]+){0,2}?\s+(?:seminars?|talks?|lectures?|courses?|sessions?|meetings?|mtgs?|workshops?|webinars?|"
                r"classes?|symposi(?:a|ums?)|conferences?|papers?|articles?|posters?|orals?|presentations?|trips?|stints?|"
                r"observerships?|rotations?|ones?|events?|modules?)\b")
_DIFFERENCE_AFTER = re.compile(r"^\s*(?:例|分|篇|次|案|件|天|個|个|cases?|points?|pts?|procedures?|papers?|days?)?\s*"
                               rf"(?:short\b(?!{_SHORT_THING})|to go\b|shy\b)", re.IGNORECASE)


def difference_of(text: str, start: int, end: int, unit: str | None = None) -> bool:
    """A number said as a supposed difference from a line ("差一例", "short by one", "one short", "need 3 more"): never a
    count of the person's. A rate is never one ("差 18%" may be a discrepancy)."""
    if unit == "%" or text[end:end + 1] == "%":
        return False
    return _DIFFERENCE_BEFORE.search(text, max(0, start - 16), start) is not None \
        or _DIFFERENCE_AFTER.match(text[end:end + 24]) is not None


def short_of_line(text: str, end: int) -> bool:
    """The number is said as how far short of a line the person is ("20 short", "15 points short of 600", "3 to go")."""
    return _DIFFERENCE_AFTER.match(text[end:end + 24]) is not None


_TIME_AFTER = re.compile(r"\s*(?:個月|个月|年|天|週|周|日|小時|小时|months?\b|years?\b|days?\b|weeks?\b|hours?\b)", re.IGNORECASE)


# A figure said to be counted already in another ("另外有 6 位搬家聯絡不到，已經算在沒完成裡", "其中 3 位轉院的已包含在內",
# "6 moved away (already included)", "3 were lost to follow-up, already counted in the not-completed"): a note on the
# figures given, no new fact — the calculation uses the stated figures. The words come after the figure, in its sentence,
# with no other figure between; they place it inside something ("算在…裡", "包含在內", "included in"), never "includes".
_ALREADY_COUNTED = re.compile(r"(?:已經|已经|已|都已|也已|都|也)\s*(?:被)?\s*(?:算|計|计|包含|包括|含|列|歸|归|納|纳)(?:在|進|进|入)(?:[^，,。；;？?！!\d]{0,12}?(?:裡|里|內|内|中|裡面|里面|那邊|那边|那|當中|当中))?|"
                             r"(?:包含|包括|含|算|計|计)在(?:內|内|裡面|里面|裡頭|里头)|算(?:進去|进去)了?|"
                             r"\balready\s+(?:been\s+)?(?:included|counted|in(?:\s+there)?\b|part\s+of|accounted\s+for)|"
                             r"\b(?:is|are|was|were)\s+(?:already\s+)?(?:included|counted)\s+(?:in|among|as)\b|\bincluded\s+(?:above|already|in\s+(?:the|that|those))\b",
                             re.IGNORECASE)
_COUNTED_SPAN = re.compile(r"[^。；;？?！!\n\d]{0,64}")


def already_counted(text: str, start: int, end: int) -> bool:
    """Is the figure said, in its own sentence after it, to be counted already in another figure (`_ALREADY_COUNTED`)?
    Only after an earlier figure of the same sentence or message (what it is counted in), never the first said."""
    if not re.search(r"\d", text[:start]):
        return False
    span = _COUNTED_SPAN.match(text, end)
    said = _ALREADY_COUNTED.search(span.group(0)) if span is not None else None
    if said is None:
        return False
    # (never a question whether it counts: "這 3 篇也算進去嗎", "are those already included?")
    rest = re.match(r"(?:[^，,。；;？?！!\n)）.]|\.(?!\s|$))*[，,。；;？?！!\n)）.]?", text[end + said.start():])
    clause = rest.group(0) if rest else ""
    return not re.search(r"嗎|吗|呢|[？?]|能不能|可不可以|會不會|会不会|算不算|是否|有沒有|有没有|\b(?:is it|are they|do they|does it)\b",
                         clause, re.IGNORECASE)


# The line a yes / no question asks the person's figures against: a verb of reaching right before the number and the
# question's end right after it ("非腫瘤栓塞夠 100 例了嗎", "达到 180 例了吗", "過 75% 了沒", "is that enough for 100?",
# "have I reached 180 yet?"). The person's own count is never this figure: it comes from their own words, or is asked.
_ASKED_LINE_BEFORE = re.compile(r"(?:(?<![能足])夠|(?<![能足])够|達到|达到|到達|到达|超過|超过|(?<![經经通做去講讲發发看加開开上讀读拍篩筛寫写])過|(?<![經经通做去講讲發发看加開开上讀读拍篩筛寫写])过|(?<![充圓圆])滿|(?<![充圆圓])满|"
                                r"\benough (?:for|to (?:reach|hit|make|get))|\b(?:reach(?:ed)?|hit|made|make|met|meet|pass(?:ed)?|cross(?:ed)?)(?: the)?)\s*(?:the\s+)?$",
                                re.IGNORECASE)
_ASKED_LINE_AFTER = re.compile(r"^\s*(?:%|分|例|台|臺|篇|次|案|件|個|个|位|人|points?|credits?|cases?|procedures?|%?\s*mark|line)?\s*"
                               # (… the line named by what it is for before the question's end: "夠600分展延嗎", "有達到600分的
                               # 展延門檻嗎", "滿 600 可以換證了沒")
                               r"(?:(?:的)?(?:可以|能|才能|來|来|去)?(?:展延|延展|換證|换证|續證|续证|申請|申请|門檻|门槛|標準|标准|要求)(?:的)?(?:門檻|门槛|標準|标准|要求)?)?"
                               r"(?:了)?\s*(?:嗎|吗|沒|没|沒有|没有|不|否|呢|[？?]|\b(?:yet|already)\b|\bor not\b)"
                               # ("do I reach the 600 for renewal with this year's credits?", "hit 600 needed to renew?": the line
                               # named by what it is for, any words after it up to the question's end)
                               r"|^\s*(?:points?|credits?|pts)?\s*(?:(?:needed|required)\s+)?(?:for|to)\s+(?:the\s+|my\s+|a\s+)?"
                               r"(?:renewal|renew|extension|extend|recert\w*)\b[^?.!。？]{0,60}\?"
                               # ("enough for 100 non-tumour embolization cases?": the line's own noun before the question's end)
                               r"|^\s*(?:(?!(?:and|but|or|so|i|my|we|our)\b)[A-Za-z][\w/-]*\s+){0,4}(?!(?:and|but|or|so|i|my|we|our)\b)[A-Za-z][\w/-]*\s*"
                               r"(?:\?|\b(?:yet|already|or not)\b)", re.IGNORECASE)


@per_answer(1024)  # (asked of each figure by every vocabulary's reader)
def asked_line(text: str, start: int, end: int) -> bool:
    """The line a yes / no question asks about, said right after a verb of reaching ("夠 100 例了嗎", "過75%了沒",
    "enough for 100?"): the rule's line or theirs, never a figure of the person's."""
    return _ASKED_LINE_BEFORE.search(text[max(0, start - 16):start]) is not None \
        and _ASKED_LINE_AFTER.match(text[end:end + 48]) is not None


@per_answer(1024)  # (asked of each figure by every vocabulary's reader)
def target_of(text: str, start: int, end: int) -> bool:
    """A number the person compares their figures against ("平均差一點點到360", "離 600 還差", "just short of 85"):
    a target or a line, never one of the figures. A length of time is never one ("距離上次審查 8 個月")."""
    if _TIME_AFTER.match(text, end) or _TIME_AFTER.search(text[start:end]):
        return False
    return _TARGET_BEFORE.search(text[max(0, start - 16):start]) is not None \
        or (_TARGET_AFTER.search(text[end:end + 20]) is not None and not _LIST_ITEM_BEFORE.search(text[max(0, start - 12):start])) \
        or asked_line(text, start, end)


# The last item of a list of figures ("150、120、…、40 還差幾分", "80, 40 still short by how much"): one of the person's figures,
# never the line that "還差" follows — the list's separator after another figure stands right before it.
# (a list typed with spaces alone, "１５０　１２０　…　４０　還差幾分": a figure, then spaces, then this one)
_LIST_ITEM_BEFORE = re.compile(r"\d\s*(?:分)?\s*[、,，;；/]\s*$|\d\s+$")


# A period framing the figure ("六年內已經 260 分", "past 6 years"): no number of its own between a label and its number.
# ("出血栓塞加PAE這六年共120台", "PTA 近 6 年 130 例", "RFA over the past 6 yrs 150")
_PERIOD = re.compile(r"(?:這|这|近|最近|過去|过去|前)\s*\d+\s*(?:年|個月)(?:\s*(?:內|以來|來|中|間|裡|当中|當中))?|"
                     r"\d+\s*(?:年|個月)\s*(?:內|以來|來)|"
                     # (with its preposition: "in the last 6 years", "over the past 6 yrs", "during the previous 6 years")
                     r"(?:\b(?:in|over|during|within)\s+)?(?:the\s+)?\b(?:past|last|previous|recent)\s+\d+\s+(?:years?|yrs?|months?)\b|"
                     r"(?:past|last|in the|these|over the)\s+\d+\s+(?:years?|yrs?|months?)|"
                     # (a bare period right before the number, "肝腫瘤栓塞六年 280 台": the years the count is of)
                     r"(?<![\d.])\d+\s*(?:年|個月)\s*$",
                     re.IGNORECASE)
_BARRIER = re.compile("|".join(QUALIFIERS[k] for k in ("subset", "addition", "total")), re.IGNORECASE)
_OWN_TOTAL = re.compile(rf"(?:{QUALIFIERS['total']})[^\d\s，,。；;]{{0,3}}\s*$", re.IGNORECASE)
_OWN_ADDITION = re.compile(r"\s*(?:另外|另|此外)\s*(?:還|还)?\s*(?:有|是|為|为)?\s*$")
# (… or a bracket opening with 有 right after a count: "講過 4 次（有 1 次是座長）", a part of that count)
_SUBSET_BEFORE = re.compile(rf"(?:{QUALIFIERS['subset']})\s*(?:只有|只|有|僅|仅|就|才|\bonly\b)?\s*$|[（(]\s*有\s*$|"
                            # ("一作那兩篇有一篇": a whole pointed back at, then the part, `_POINTED_WHOLE_THEN_PART`)
                            r"(?:那|這|这)\s*\d+\s*(?:次|場|场|篇|個|个)?\s*(?:的)?\s*(?:有|只有)\s*$", re.IGNORECASE)


# ("加起來都 650 了", "合計都有 600": 都 stressing the total, as 也 does)
# ("合計應該是560吧", "總共大概是 300", "the total should be 560", "sum I think is 560": a hedge between the word and its figure)
_TOTAL_HEDGE = r"(?:應該|应该|大概|好像|我算|我算的|算起來|算起来|照理說|照理说|\b(?:should be|would be|is probably|probably|i think(?: is)?|i guess(?: is)?|i believe(?: is)?|i make it)\b)?"
# ("總共做過 180 例", "一共做了 300 例": the verb of doing between the word and its figure — the cases' total still)
_TOTAL_BEFORE = re.compile(rf"(?:{QUALIFIERS['total']})\s*{_TOTAL_HEDGE}\s*(?:也就|也才|也|就|才|都)?\s*(?:做了|做過|做过|執行了|执行了|執行過|执行过)?"
                           r"\s*(?:是|為|有|=|:|：|of)?\s*$", re.IGNORECASE)
_CHECK_BEFORE = re.compile(r"(?:剛好|正好|恰好|\bexactly\b)\s*(?:是|為|=)?\s*$", re.IGNORECASE)


# "My six yearly totals: 50, 30, …", "annual totals — 120, 110": totals in the plural heading a list are its items
# ("six-year totals 150, 130, …", "yearly totals of …"; "每年總分 150、130…", "各年合計", "歷年的總積分分別是"): each year's own total
_TOTALS_HEADING = re.compile(r"(?:\btotals\s*(?:[:：—–]|\bwere\b|\bare\b|\bof\b)?"
                             r"|(?:每年|各年|逐年|歷年|每一年|每個年度|各年度)(?:的)?(?:總分|總積分|積分合計|合計|總計|小計)(?:分別|依序|各)?(?:是|為|:|：)?)\s*$",
                             re.IGNORECASE)


_PLURAL_TOTALS = re.compile(r"\btotals\s*$", re.IGNORECASE)
_RUN_AFTER = re.compile(r"\d+(?:\.\d+)?\s*(?:分|points?|credits?|pts)?\s*(?:[、,，/;；]|\band\b)\s*\d", re.IGNORECASE)


def total_before(text: str, start: int, *, checks: bool = False) -> bool:
    """A number stated as a total ("合計 655", "total 680") — with `checks`, or as a check ("剛好 600 對吧"):
    compared with a result or a list, never one more item of it."""
    before = text[max(0, start - 10):start]
    if _TOTALS_HEADING.search(text[max(0, start - 24):start]):
        return False  # "my six yearly totals: 50, 30, …": a list's heading
    if _PLURAL_TOTALS.search(before) and _RUN_AFTER.match(text, start):
        return False  # "six-year totals 150, 130, 90…": totals in the plural right before a run of figures are its heading
    return _TOTAL_BEFORE.search(before) is not None or (checks and _CHECK_BEFORE.search(before) is not None)


# "總分 660", "Average is 359.5", "平均 359.5", "they sum to 545": an aggregate of the person's own figures, stated
# beside them — checked against them (bot/ledger.py), never one more figure of the list.
# ("加起來都 650 了", "合計都有 610": 都 stressing a sum — never "平均都 105 分左右", each year's figure said once for all)
_AGGREGATE_BEFORE = re.compile(r"(?:(?:總分|總和|總計|合計|共計|總共|一共|加起來)(?:\s*都)?|(?:^|(?<=[,，、;；:：(（\s]))共|平均(?:分數|是|為)?(?:剛好|正好|恰好|就是)?|均值|"
                               r"\b(?:the\s+)?(?:total|sum|average|avg\.?|mean)(?:\s+(?:score|credits?|points?))?\s*(?:is|was|of|comes? to|=|:)?|"
                               r"\baverag(?:es|ed|ing)(?:\s+(?:out\s+)?(?:to|at))?|\b(?:sum|add)s?\s+(?:up\s+)?to|\btotall?(?:ing|ed|s)(?:\s+to)?)"
                               # ("加起來也有630", "總共就是 5 次", "合計也才 590"): an adverb between the word and its verb
                               # (… or "exactly" in English: "does an average of exactly 340 count as B", "total of precisely 600")
                               rf"\s*{_TOTAL_HEDGE}\s*(?:也就|也才|也|就|才|剛好|刚好|正好|\b(?:exactly|precisely|just|right at|bang on)\b)?\s*(?:是|為|有|=|:|：)?\s*$", re.IGNORECASE)


# "平均：338、342、345", "平均:360 跟 359 兩張", "Averages: 350 and 352": a colon after the aggregate word, then a run of
# figures — the word labels the run (each figure an average of its own set), it states no aggregate of them
_COLON_END = re.compile(r"[:：]\s*$")
_LABELLED_RUN = re.compile(r"\d+(?:\.\d+)?\s*(?:分|points?|pts)?\s*(?:[、,，/;；&]|\band\b|跟|和|與|与|及|還有|还有)\s*\d",
                           re.IGNORECASE)


def labelled_run(text: str, start: int) -> bool:
    """The number opens a run of figures right after a label ending in a colon ("平均：338、342、345")."""
    return _COLON_END.search(text, max(0, start - 3), start) is not None and _LABELLED_RUN.match(text, start) is not None


# "總分有過600", "加起來早就破 600 了", "總數有沒有過600", "the total is past 600": the person's total said as a line it passed —
# a claim about what their figures add up to (checked by the ledger), never one more figure of a list
_PASSED_TOTAL = re.compile(r"(?:總分|总分|總和|总和|總計|总计|合計|合计|共計|共计|總共|总共|一共|加起來|加起来|總數|总数|總積分|总积分|"
                           r"\b(?:the\s+)?total(?:\s+(?:score|credits?|points?))?)\s*"
                           r"(?:有沒有|有没有|有|已經|已经|早就|都|也|應該|应该|大概|絕對|绝对|肯定|is|was|has|have)?\s*"
                           r"(?:過了|过了|過|过|破了|破|突破了?|超過了?|超过了?|超了|超|\bpast|\bpassed|\bcleared|\bbroke(?:n)?)\s*$",
                           re.IGNORECASE)


def passed_total(text: str, start: int) -> bool:
    """The number at `start` is the person's total said as a line it passed ("總分有過600", "total is past 600")."""
    return _PASSED_TOTAL.search(text, max(0, start - 16), start) is not None


def aggregate_before(text: str, start: int) -> bool:
    """A number stated as the total or the average of the person's own figures ("總分 660", "average is 359.5")."""
    before = text[max(0, start - 24):start]
    if _PLURAL_TOTALS.search(before) and _RUN_AFTER.match(text, start):
        return False  # "six-year totals 150, 130, 90…": the run's heading
    if labelled_run(text, start):
        return False  # "個人平均：338、342、345、329 四組": the label of the list, no average stated
    return _AGGREGATE_BEFORE.search(before) is not None and _TOTALS_HEADING.search(before) is None


# A figure offered as what the items listed come to — the person's own reckoning or someone's claim, to be checked
# ("that's 750", "that makes 120", "which comes to 45", "give him 90 points", "I count 120", "I make it 120", "is it really
# 90", "she says it's 80", "我算是120", "我算起來有 120", "他說有 90 分"): never an input (bot/ledger.py checks it against
# the result). Only a figure of points (or none named after it, then the clause ends): "that's 6 meetings" counts items.
# Who adds up in a person's own sum ("我", "我們", "自己", "我自己再…"): the stem of `_CLAIM_BEFORE`'s own-sum words, and of
# bot.reader.guesses' own-sum check
OWN_SUM_BY = r"(?:我|我們|我们|自己)(?:自己)?(?:再|先)?"
_CLAIM_BEFORE = re.compile(
    r"(?:\b(?:that'?s|that is|this is|which is|that makes|which makes|makes it|so (?:it'?s|that'?s)|"
    r"(?:that|which|it|this|they|these|those|all that)\s+(?:comes?|came|adds?|added|works?|worked)\s+(?:up\s+|out\s+)?(?:to|at)|"
    r"comes?\s+to|adds?\s+up\s+to|"
    r"(?:gives?|gave|giving)\s+(?:him|her|me|them|us|you)|(?:gets?|got)\s+(?:him|her|them)|"
    # (never "I got 100", "2021 got me 100": a figure of the person's said plainly)
    r"(?:i|we)\s+(?:count|counted|make it|made it|reckon|figure|figured|calculate|calculated|worked it out (?:at|to|as))|"
    r"(?:is|was)\s+(?:it|that|this)\s+really|"
    r"(?:he|she|they|i)\s+(?:says?|said|claims?|claimed|reckons?|thinks?|thought)\s+(?:it'?s|it is|that'?s|it was|(?:he|she|they|i)\s+(?:has|have|had|gets?|got))?)"
    r"|我算(?:是|的是|起來是?|起来是?|下來是?|下来是?|出來是?|出来是?|有)?|(?:他|她|對方|对方)(?:說|说)(?:是|有)?"
    # ("我加起來170，這樣算對嗎", "我自己加是205分，對嗎", "我自己算的是 150", "我們加總起來 300", "自己加一加是 90": the person's own
    # sum of what they listed, offered for checking — said by the person, never a bare 加 / 算 of a rule's figure)
    r"|" + OWN_SUM_BY + r"(?:加起來|加起来|加總(?:起來|起来)?|加总(?:起来)?|加了?一下|加一加|加了|加|"
    r"算了?一下|算一算|算起來|算起来|算出來|算出来|算下來|算下来|算了|算|合計|合计|統計|统计|計算|计算|總計|总计)"
    r"(?:的|了|過|过)?(?:結果|结果)?(?:是|有|得|得到|為|为|總共|总共|共|一共|應該是|应该是|大概是|大概|總共是|总共是)?"
    # (English: "I added it up to 170", "I added them up and got 205", "my own sum is 150", "by my count it's 90")
    r"|\b(?:i|we)\s+(?:added|summed|totted|totaled|totalled)\s+(?:it|them|everything|these|those|that|all)?\s*(?:up)?\s*(?:to|and\s+(?:got|get|came\s+to))|"
    r"\bmy\s+(?:own\s+)?(?:sum|tally|math|count|calculation|arithmetic)\s+(?:is|was|says|gives|comes\s+to|came\s+to)|\bby my (?:count|math|reckoning),?\s*(?:it'?s|that'?s|it is)?)"
    r"\s*(?:(?:only|just|exactly|about|a total of|total|around|like|a|an|full|whole)\s+)*$", re.IGNORECASE)
_CLAIM_AFTER = re.compile(r"\s*(?:(?:points?|pts|credits?|分|點|点)\b|(?:points?|pts|credits?)?\s*(?=$|[,，.。;；?？!！:：)）—–]|\s-\s|"
                          r"\s*\b(?:right|correct|way|well|so|is|isn'?t|which|total|in total|altogether|or|for|from|over|under|then|already|"
                          r"exactly|precisely|on the dot|flat|even|if|by|according|and|but|now|though|yes|no)\b)|"
                          r"(?:分|點|点)|(?=對|对|吧|嗎|吗|沒錯|没错))", re.IGNORECASE)


def claimed_total(text: str, start: int, end: int) -> bool:
    """A figure said as the person's (or another's) reckoning of what their items come to (`_CLAIM_BEFORE`), in its own
    clause, with no noun of items after it (`_CLAIM_AFTER`)."""
    before = text[max(0, start - 40):start]
    before = before[max(before.rfind(ch) for ch in "，,。；;？?！!\n—–") + 1:]
    if _PER_ITEM.search(before) or _PER_ITEM_AFTER.match(text, end):
        return False  # "each meeting gives me 20 points, right?", "每次給我 20 分": a rate per item, no total
    if _GOT_BEFORE.search(before) and not re.search(r"\d|\byear\b|\bin\b", re.split(r"\.\s", before)[-1], re.IGNORECASE) and _CHECK_AFTER.match(text, end):
        return True  # "I got 150 total, is that right?": what they got adding up their items, offered for checking
    return _CLAIM_BEFORE.search(before) is not None and _CLAIM_AFTER.match(text, end) is not None


# "I got 150, is that right?", "we came up with 170 in total — correct?": a figure the person got, offered for checking right
# after it (never "I got 100 in 2021": a figure of theirs said plainly, no check after it; nor a year's, "2026 I got 80, right?")
_GOT_BEFORE = re.compile(r"\b(?:i|we)\s+(?:got|get|came\s+up\s+with|come\s+up\s+with|ended\s+up\s+with|end\s+up\s+with|arrived\s+at)"
                         r"\s*(?:(?:a\s+total\s+of|total|about|exactly)\s+)?$", re.IGNORECASE)
_CHECK_AFTER = re.compile(r"\s*(?:points?|pts|credits?)?\s*(?:in\s+total|total|altogether)?\s*[,，;:—–-]?\s*"
                          r"(?:(?:is|was)\s+(?:that|this|it)\s+(?:right|correct|ok|okay)|(?:right|correct|am\s+i\s+right)\s*\?|does\s+that\s+(?:sound\s+)?right)",
                          re.IGNORECASE)


_PER_ITEM_AFTER = re.compile(r"\s*(?:points?|pts|credits?|分|點|点)?\s*(?:\b(?:each|per|every|apiece|a piece|a time|a go)\b|每|一次|各)",
                             re.IGNORECASE)
_PER_ITEM = re.compile(r"\b(?:each|per|every)\b|每|各", re.IGNORECASE)


# "Tech 1:", "Dr. 2", "Reader #3 —", "Van 2's": a person or a unit named by a number — a name, not a quantity.
_TITLE_BEFORE = re.compile(r"\b(?:dr|no)\.\s*$|#\s*$", re.IGNORECASE)
_LABEL_BEFORE = re.compile(r"\b(?:tech(?:nologist)?|radiographer|rt|dr|doctor|reader|physician|radiologist|surgeon|nurse|"
                           r"site|unit|room|van|machine|station|patient|person|staff|member|resident|fellow)\s*$", re.IGNORECASE)
_LABEL_AFTER = re.compile(r"\s*(?:[:：)）]|[-–—]\s|'s\b|\(|(?:had|has|was|is|did|scored|read|got|worked)\b)", re.IGNORECASE)


# "2號乳攝車", "3號機", "第2台車", "1號診間", "B棟2號車的放射師": a van, a machine, a room or a person named by its number — a
# name (which one), never a quantity (the machine named by its kind too: "2號乳攝機", "3號乳房攝影儀", "1號X光機"). The noun
# after the number says so; a day of a month ("10月3號") is no label.
_UNIT_NOUN_ZH = (r"(?:(?:乳攝|乳摄|乳房攝影|乳房摄影|乳房\s*[Xx]\s*光(?:攝影|摄影)?|[Xx]\s*光|攝影|摄影)(?:機台|机台|機|机|儀|仪)|乳攝車|乳摄车|乳房攝影車|乳房摄影车|攝影車|摄影车|巡迴車|巡回车|篩檢車|筛检车|車|车|機台|机台|機器|机器|機|机|"
                 r"儀器|仪器|診間|诊间|診|诊|攝影室|摄影室|檢查室|检查室|室|房|站|線|线|院區|院区|分院|放射師|放射师|醫師|医师|技術員|技术员)")
_UNIT_LABEL_AFTER_ZH = re.compile(r"\s*(?:號|号)\s*" + _UNIT_NOUN_ZH)
_UNIT_ORDINAL_ZH = re.compile(r"\s*(?:台|臺|輛|辆|部|號|号)\s*" + _UNIT_NOUN_ZH)
_DAY_OF_MONTH_BEFORE = re.compile(r"(?:月|月份|/|-)\s*$")


def unit_label_words(text: str, start: int) -> str:
    """The words of a Chinese unit label starting at `start` ("2號乳攝車", "2台車"), for `unused` to name it."""
    m = re.match(r"\d+(?:" + _UNIT_LABEL_AFTER_ZH.pattern + "|" + _UNIT_ORDINAL_ZH.pattern + ")", text[start:])
    ordinal = "第" if text[max(0, start - 1):start] == "第" else ""
    return ordinal + (m.group(0) if m else text[start:start + 1])


def unit_label_zh(text: str, start: int, end: int, value: object) -> bool:
    """A small whole number naming a van, machine, room or person in Chinese ("2號乳攝車", "3號機", "第2台車"): which one,
    no quantity (`_UNIT_LABEL_AFTER_ZH`, or 第 before it and a counter and the noun after it) — never a day ("10月3號")."""
    if not isinstance(value, (int, float)) or not float(value).is_integer() or not 0 < value < 100:
        return False
    number_end = start + len(text[start:end].rstrip())
    digits = re.match(r"\d+", text[start:number_end])
    tail = start + digits.end() if digits else number_end  # (a span may hold the counter: "2台")
    if _DAY_OF_MONTH_BEFORE.search(text, max(0, start - 3), start):
        return False
    if _UNIT_LABEL_AFTER_ZH.match(text, tail):
        return True
    return re.search(r"第\s*$", text[max(0, start - 2):start]) is not None and _UNIT_ORDINAL_ZH.match(text, tail) is not None


# "year 6 105", "years 1 to 5 were 100, …", "Year 3: 90": which year of a run, named by its number — no figure. Not "this
# year 3 meetings" (a count after "this / last / each year") nor "year 3 meetings" (no figure or verb of having after it).
_YEAR_INDEX_BEFORE = re.compile(r"(?<!this )(?<!last )(?<!that )(?<!next )(?<!each )(?<!per )(?<!every )"
                                r"\b(?:years?|yrs?)\s*(?:\d+\s*(?:to|through|thru|[-–~])\s*)?$", re.IGNORECASE)
_YEAR_INDEX_AFTER = re.compile(r"\s*(?:[:：=]|[-–—]\s|(?:(?:i|we|he|she)\s+)?(?:was|were|had|got|earned|is)\b|,?\s*(?=\d)|"
                               r"(?:to|through|thru|[-–~])\s*\d+\s*(?:[:：=]|(?:(?:i|we|he|she)\s+)?(?:were|was|had|got|earned)))",
                               re.IGNORECASE)


# a line of a list: its bullet and the words of its label, up to a figure numbering the label ("放射師1 365", "- RT 2: 300")
_LINE_LABEL = re.compile(r"[ \t]*(?:[-•*·‧▪][ \t]*)?[^\d\n]{1,8}")
_FIGURE_ON_LINE = re.compile(r"[ \t]*[:：]?[ \t]*\d")


def line_label(text: str, start: int, end: int, value: object) -> bool:
    """A small whole number numbering the label that opens its line of a list, the line's own figure after it on the same
    line ("工作天數如下\n放射師1 365\n放射師2 300"): whose figure, no quantity."""
    line_start = text.rfind("\n", 0, start) + 1
    figure_end = start + len(text[start:end].rstrip())
    return 0 < line_start and isinstance(value, (int, float)) and float(value).is_integer() and 0 < value < 100 \
        and _LINE_LABEL.fullmatch(text, line_start, start) is not None and _FIGURE_ON_LINE.match(text, figure_end) is not None


def is_label(text: str, start: int, end: int, value: object) -> bool:
    """A small whole number that names a person or a unit ("Tech 1: …", "Dr. 2 positive 58%", a list line's "放射師1 365")
    or which year of a run ("year 6 105", "years 1 to 5 were …"), no quantity."""
    if not isinstance(value, (int, float)) or not float(value).is_integer() or not 0 < value < 100:
        return False
    if line_label(text, start, end, value):
        return True
    if value <= 10 and _YEAR_INDEX_BEFORE.search(text, max(0, start - 24), start) and _YEAR_INDEX_AFTER.match(text, end):
        return True
    before = text[max(0, start - 16):start]
    if value <= 10 and _LABEL_BEFORE.search(before) is not None and _LABEL_HEADS.match(text, end) is not None:
        return True  # "Tech 1 non-dense 330 / dense 345; Tech 2 …": the person named, then their labelled figures
    return _TITLE_BEFORE.search(before) is not None or (_LABEL_BEFORE.search(before) is not None
                                                          and _LABEL_AFTER.match(text, end) is not None)


# a number naming a person, then one or two words and a figure ("Tech 1 non-dense 330", "Reader 2 positive 45%")
_LABEL_HEADS = re.compile(r"\s*(?!(?:techs?|radiographers?|rts?|readers?|people|persons?|staff|members?|cases?|screens?|screenings?|"
                          r"days?|years?|yrs?|months?)\b)(?:[A-Za-z][\w/-]*\s+){1,2}\d", re.IGNORECASE)


# "2021: 80", "2021 150, 2022 200", "2021 — 150", "2021=150", "(a) 2025 credits: …", "2024 CME —": a Gregorian year
# heading the figures after it (a colon or a dash, a figure right after it, or a word or two and then a colon) — a label.
# (… or the figure's own noun and a verb: "2025 screening count was 29,000", "2024 volume came to 15,000", "2023 total was 9800")
_YEAR_LABEL_AFTER = re.compile(r"(?:\s*[:：]|\s*[-–—=→]\s*(?=[\d(（])|\s+(?=\d)|\s*[-–—]\s*$|"
                               r"\s*(?:[A-Za-z][\w-]*\s*){1,2}(?:[:：]|\s[-–—]\s)|"
                               r"\s+(?:(?!(?:was|were|is|are)\b)[A-Za-z][\w-]*\s+){1,3}(?:was|were|is|came to|totall?ed|stood at|reached|hit)\s+"
                               r"(?:about\s+|around\s+|roughly\s+|approx\.?\s+|~\s*)?(?=\d)|"
                               # "2021 got 120", "2022 I earned 95", "2023 we had only 80": the year, a verb of getting, its figure
                               r"\s*[,，]?\s+(?:(?:I|we)\s+)?(?:only\s+|just\s+)?(?:got|get|earned|earn|had|have|made|collected|gained|"
                               r"accumulated|logged|did|was|were|is|=)\s+(?:only\s+|just\s+)?"
                               r"(?:about\s+|around\s+|roughly\s+|approx\.?\s+|~\s*)?(?=\d))", re.IGNORECASE)
_YEAR_LABEL_BEFORE = re.compile(r"(?:[=＝]|總共|总共|合計|合计|共|\btotal|\bsum|\bof|\bis|\bwas)\s*$", re.IGNORECASE)


def year_label(text: str, start: int, end: int, value: object, unit: str | None = None) -> bool:
    """A Gregorian year (1950–2100) written bare as the heading of the figures after it ("2021 150, 2022 200",
    "2025 credits: …", "2023: 0"), never a figure itself (an equals sign or a total word right before it: a figure)."""
    if not isinstance(value, (int, float)) or not float(value).is_integer() or not 1950 <= value <= 2100:
        return False
    if _YEAR_LABEL_BEFORE.search(text, max(0, start - 8), start):
        return False
    if unit == "分":  # "2025 credits:", "2024 CME points —": the credits of that year, headed by it
        return re.fullmatch(r"\d{4}\s*(?:cme\s+)?(?:credits?|points?|pts|分|積分|积分|學分|学分)", text[start:end].strip(),
                            re.IGNORECASE) is not None and re.match(r"\s*(?:[:：]|[-–—]\s)", text[end:]) is not None
    if unit is not None or not text[start:end].strip().isdigit():
        return False
    return _YEAR_LABEL_AFTER.match(text, start + len(text[start:end].rstrip())) is not None  # (a span may end in a space)


# "in 2025,", "from our 2026 screening", "during the 2024 review", "with (a) as 2025,": a Gregorian year said as when (a time word before it, a
# punctuation mark or the event it dates after it) — a year, no count
# ("looking back at 2024 (leap year)", "the numbers of 2025:": the year looked at, then its remark in brackets — never a
# count someone is "at": "we're at 2050 screenings")
_WHEN_BEFORE = re.compile(r"\b(?:in|during|from|since|for|through|throughout|as|back\s+at|look(?:ing|ed)?\s+at|covering|"
                          r"(?:figures|numbers|data|stats|results)\s+of)\s+(?:(?:our|the|their|its|calendar|fiscal|FY)\s+){0,2}$"
                          r"|\b(?:our|the)\s+$", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\s*(?:[,，.;；:：)）(（!?]|$|\s+(?:screening|screenings|review|round|cycle|data|period|audit|report|program|"
                         r"programme|figures|numbers|stats|season|calendar year|year)\b)", re.IGNORECASE)


# "中間有一年派駐友邦醫療團整整12個月", "其中一年去醫療團待了 8 個月", "有一年在國外醫療隊半年": one year among the period's
# years — which year something happened in, not how long it lasted — where the length is said after it in the same sentence
_AMONG_BEFORE = re.compile(r"(?:中間|中间|其中|當中|当中|期間|期间|之間|之间|裡面|里面|之中|(?:^|(?<=[，,。；;:：\s]))有|某)\s*(?:有\s*)?$")
_LENGTH_LATER = re.compile(r"[^。；;？?！!\n]*?\d+(?:\.\d+)?\s*(?:個月|个月|月|年|週|周|天|months?\b|mos?\b|years?\b|yrs?\b|weeks?\b)",
                           re.IGNORECASE)
# ("in one of those years I served 12 months on a mission", "during one of the six years")
_OF_THE_YEARS = re.compile(r"\s*\bof\s+(?:those|these|the|my|our)\s+(?:(?:six|6|certificate|renewal)\s+)?years?\b", re.IGNORECASE)


def one_of_the_years(text: str, start: int, end: int, value: object, unit: str | None) -> bool:
    """Is "1 年" here one year among several ("中間有一年…整整12個月", "one of those years … 12 months"): a designation,
    its length said after it in the same sentence?"""
    if value != 1:
        return False
    if unit == "年" and _AMONG_BEFORE.search(text, max(0, start - 4), start):
        return bool(_LENGTH_LATER.match(text, end))
    said = _OF_THE_YEARS.match(text, end) if unit is None else None
    return said is not None and bool(_LENGTH_LATER.match(text, said.end()))


def year_said_when(text: str, start: int, end: int, value: object) -> bool:
    """A Gregorian year (1990–2100) written bare as when something happened ("in 2025,", "from our 2026 screening")."""
    if not isinstance(value, (int, float)) or not float(value).is_integer() or not 1990 <= value <= 2100:
        return False
    if not text[start:end].strip().isdigit():
        return False
    end = start + len(text[start:end].rstrip())  # (a span may end in a space)
    if _MONTH_NAME_BEFORE.search(text, max(0, start - 12), start) is not None and not re.match(r"\s*(?:[%％]|\d)", text[end:]):
        return True  # "board in June 2019", "applying Dec 2026": a month named with its year, no day — when
    if _FIELD_BEFORE.search(text, max(0, start - 8), start) is not None and _FIELD_AFTER.match(text, end) is not None \
            or _ONLY_AFTER.match(text, end) is not None and not _YEAR_LABEL_BEFORE.search(text, max(0, start - 8), start):
        return True  # "陳醫師/2025/…", "(2026 only, please)": a year standing as a field of its own, or narrowed by "only"
    if _REMARK_OPENS.search(text, max(0, start - 12), start) is not None and _REMARK_AFTER.match(text, end) is not None:
        return True  # "(2023 I was on parental leave)", "（2023 我在國外）": the year a remark of one's own is about
    return _WHEN_BEFORE.search(text, max(0, start - 24), start) is not None and _WHEN_AFTER.match(text, end) is not None


# "怕有一年掛零", "擔心會不會有一年是 0", "以免某一年沒分", "worried one year ends up at zero", "making sure no year is zero": a
# worry about the renewal rule's year at zero (art. 10) — the "one" of "one year" no count of years, the zero no figure
_WORRY = (r"(?:怕|擔心|担心|害怕|深怕|會不會|会不会|避免|以免|免得|不想|不要|別|别|確保|确保)\s*(?:會|会)?\s*(?:又|再|還|还)?\s*(?:有|出現|出现)?\s*"
          r"(?:某|哪|任何)?\s*"
          r"|\b(?:worried|worry|worrying|afraid|fear|scared|concerned|in case|make sure|making sure|so that|don'?t want|hope)\s+(?:that\s+)?"
          r"(?:(?:there'?s|there is|there will be|i'?ll have|i have|i get|i'?d have)\s+)?(?:any|some|no|a|one|1)?\s*")
_ZERO_YEAR_WORRY = re.compile(
    r"(?:" + _WORRY + r")(?:一|1|[一1]\s*個|[一1]\s*个)?\s*(?:年|年度)(?:的)?\s*(?:積分|积分|分數|分数)?\s*(?:都|也|是|為|为|會是|会是|變成|变成|拿)?\s*"
    r"(?:掛零|挂零|掛蛋|挂蛋|零分|是零|零|0\s*分?|沒有積分|没有积分|沒積分|没积分|沒分|没分|空白|開天窗|开天窗)(?![\d.])"
    r"|(?:" + _WORRY + r")(?:years?|yrs?)\s+(?:(?:is|was|will be|would be|ends? up|ended up|comes? out|turns? out|gets?|stays?)\s+)?"
    r"(?:(?:at|as|with|being)\s+)?(?:a\s+)?(?:zero|0|nothing|blank|empty)\b", re.IGNORECASE)


def zero_year_worry(text: str, start: int) -> tuple[int, int] | None:
    """The span of a worry about a year at zero around the number at `start` ("怕有一年掛零", "worried one year ends up at
    zero"): its one year and its zero are no figures. None when the number is in no such worry."""
    for m in _ZERO_YEAR_WORRY.finditer(text, max(0, start - 60), min(len(text), start + 40)):
        if m.start() <= start < m.end():
            return m.start(), m.end()
    return None


# "… 100 (2023 I was on parental leave)", "…; 2023 we moved to Taichung", "(in 2023 I was abroad)", "（2023 我出國進修）": a year
# opening a bracket or a
# clause, then who did what — a person's own words about that year (a pronoun, or 那年), never a count of things ("2023 cases")
_REMARK_OPENS = re.compile(r"(?:^|[(（\[,，;；。.—–]|\s-)\s*(?:(?:in|during|and|but)\s+)?$", re.IGNORECASE)
_REMARK_AFTER = re.compile(r"\s*(?:(?:I|I'm|I've|I'd|we|we're|we've|he|she|they|my|our)\b(?!\s*(?:[-–—:：=]|\d))|(?:年\s*)?(?:我|我們|我们|那年|那一年))",
                           re.IGNORECASE)


# (bot/parsing/dates.py reads the same shapes as the years of the facts)
_MONTH_NAME_BEFORE = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                                r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+$", re.IGNORECASE)
_FIELD_BEFORE = re.compile(r"(?:[(（/|\t]|\b(?:year|yr)\s*[:：])\s?$", re.IGNORECASE)
_FIELD_AFTER = re.compile(r"\s*(?:[)）](?!\s*[人例案次場场篇分天件位名個个台張张])|[|\t]|/(?!\s*\d))")
_ONLY_AFTER = re.compile(r"\s+only\b", re.IGNORECASE)


# "2021–2026", "(2021-2024)", "2021 to 2024", "2021 至 2024 年": a span of calendar years — both ends name years (when
# the figures beside them were earned), never a figure themselves; the later end is no earlier than the first
_YEAR = r"(?:19[5-9]\d|20\d\d)"
# (an arrow between them too: "2021→2026", "2021 -> 2026")
_YEAR_RANGE = re.compile(rf"(?<![\d.])({_YEAR})\s*(?:[-–—~～→⟶➔]|->|=>|\bto\b|\bthrough\b|至|到)\s*({_YEAR})(?!\d|\.\d|\s*%)",
                         re.IGNORECASE)


def in_year_range(text: str, start: int, end: int, value: object) -> bool:
    """The bare number at `start` is one end of a span of Gregorian years ("2021–2026", "2021 to 2024")."""
    if not isinstance(value, (int, float)) or not float(value).is_integer():
        return False
    for m in _YEAR_RANGE.finditer(text, max(0, start - 16), min(len(text), end + 16)):
        if int(m.group(1)) <= int(m.group(2)) and start in (m.start(1), m.start(2)):
            return True
    return False


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


@lru_cache(maxsize=4096)
def occurs(pattern: str, text: str) -> bool:
    """Does the vocabulary pattern occur in the text? Remembered: one question's text is searched for the same word groups
    by every vocabulary, every trigger clause and every enum choice (a pure function of the pattern and the text). A
    pattern none of whose needles is in the text is not searched (`bot.reader.needles`: it could not match)."""
    return may_occur(pattern, text) and compiled(pattern).search(text) is not None


def terms(text: str, name: str, pattern: str) -> list[Mention]:
    """Every occurrence of a vocabulary word group in the text."""
    return list(_terms(text, name, pattern)) if pattern else []


@lru_cache(maxsize=4096)
def _terms(text: str, name: str, pattern: str) -> tuple[Mention, ...]:
    if not may_occur(pattern, text):  # (no needle of it in the text: nothing to find)
        return ()
    return tuple(Mention("term", m.start(), m.end(), m.group(0), name=name) for m in compiled(pattern).finditer(text)
                 if m.end() > m.start())


def qualifiers(text: str) -> list[Mention]:
    out = [Mention("qualifier", m.start(), m.end(), m.group(0), name=kind)
           for kind, pattern in QUALIFIERS.items() for m in compiled(pattern).finditer(text)]
    return sorted(out, key=lambda m: m.start)


# ("今年10月3日", "去年12月5號": a day after a year word is that year's day — never after a year in figures, 2026年10月3日)
_PARTIAL = re.compile(r"(?:(?<=[今去明前]年)|(?<![\d/年.-]))(\d{1,2})\s*月\s*(\d{1,2})\s*[日號]")
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "Oct 12", "October 3rd": an English day without its year
# "3 April", "5th of June", "31 Oct": an English day without its year, the day first (never "3 may be …")
_PARTIAL_EN_DM = re.compile(r"(?<![\d/.-])\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                            r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may(?!\s+[a-z])|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                            r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?!,?\s*\d)", re.IGNORECASE)
# (the month's own spelling only, whole: "Separately 1 of them", "Marked 3", "Decided 2" name no day)
_PARTIAL_EN = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:(?<=jan)uary|(?<=feb)ruary|(?<=mar)ch|(?<=apr)il|"
                         r"(?<=jun)e|(?<=jul)y|(?<=aug)ust|(?<=sep)t(?:ember)?|(?<=oct)ober|(?<=nov)ember|(?<=dec)ember)?\b"
                         r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![,/]?\s*\d)", re.IGNORECASE)


# "7/31", "11/3 篩檢", "screened on 12/31": a month and day written with a slash and no year. Read as a day only beside
# words of a day (a screening, "on", a year word) or with a day past 12 — "3/4" alone may be a share or a list of categories.
_SLASH_DAY = re.compile(r"(?<![\d/.\-:A-Za-z])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/.:%])(?!\s*(?:分|例|案|天|次|篇|位|組|组|人|個|个|%|"
                        r"points?|cases?|days?|of\b|pts?\b))", re.IGNORECASE)
# (… or the papers sent in, the certificate renewed, the birthday: "12/1 要送換證", "12/1 遞件", "renew on 12/1")
_DAY_CUE = re.compile(r"篩|筛|檢|检|拍|照|做|報告|报告|到期|截止|送件|申請|申请|日期|當天|当天|那天|同一天|同天|號|号|"
                      r"送|遞|递|交件|換證|换证|換發|换发|生日|出生|"
                      r"\b(?:on|dated?|screen\w*|exam\w*|mammo\w*|due|expir\w*|issued|appl\w*|renew\w*|submit\w*|fil(?:e|ing)|born|birthday)\b",
                      re.IGNORECASE)
# "去年 12/31", "今年的 7月31日", "last year on Oct 3": a year word right before a day without its year gives its year.
_YEAR_WORD_BEFORE = re.compile(r"(前年|去年|今年|明年|\blast year|\bthis year|\bnext year)\s*(?:的|\bon\b)?\s*$", re.IGNORECASE)
# ("11/30 篩的（今年）", "3/4 screened last year": the year said after the verb of the day, or in brackets after it)
_YEAR_WORD_AFTER = re.compile(r"\s*(?:(?:篩檢|筛检|篩|筛|照|拍|做|檢查|检查|screened|done)\s*(?:的|了)?\s*)?[(（]?\s*(?:of\s+)?"
                              r"(前年|去年|今年|明年|last year\b|this year\b|next year\b)", re.IGNORECASE)
_CATEGORY_BEFORE = re.compile(r"(?:\bcat(?:egory|egories|s)?|bi-?rads|類別|类别|分類|分类)\s*$", re.IGNORECASE)
_REL_YEAR = {"前年": -2, "去年": -1, "今年": 0, "明年": 1, "last year": -1, "this year": 0, "next year": 1}


def _word_start(t: str, at: int) -> int:
    """`at`, moved back to the start of the Latin word it falls in ("screened 10/1": the cue word whole, never "creened")."""
    while 0 < at < len(t) and t[at - 1].isascii() and t[at - 1].isalpha() and t[at].isascii() and t[at].isalpha():
        at -= 1
    return at


def slash_days(t: str) -> list[tuple[int, int, int, int]]:
    """(start, end, month, day) of each month/day written with a slash and no year ("7/31", "11/3 篩檢")."""
    out = []
    for m in _SLASH_DAY.finditer(t):
        month, day = int(m.group(1)), int(m.group(2))
        try:
            dt.date(2024, month, day)  # a leap year: 2/29 is a day
        except ValueError:
            continue
        if _CATEGORY_BEFORE.search(t, max(0, m.start() - 12), m.start()):
            continue  # "cat 3/4": two categories
        near = t[_word_start(t, max(0, m.start() - 8)):m.start()] + " " + t[m.end():m.end() + 8]
        if day > 12 or _DAY_CUE.search(near) or _YEAR_WORD_BEFORE.search(t, max(0, m.start() - 14), m.start()):
            out.append((m.start(), m.end(), month, day))
    return out


# "疑似陽性的 0/3/4/5", "category 0、3、4、5 的個案", "BI-RADS 3/4/5 cases": BI-RADS categories listed, names of the cases
# counted — no quantity. A run of two or more categories (0–6, rising) joined by a slash, a comma or 和 / or, after the
# categories' own words (or 疑似陽性 / suspected positive, whose categories they are), or three or more of the rule's own
# 0 / 3 / 4 / 5 wherever they stand.
_CATEGORY_RUN = re.compile(r"(?<![\d.])[0-6](?:\s*(?:/|、|,|，|和|及|或|跟|與|与|&|\band\b|\bor\b)\s*[0-6])+(?![\d.%])(?!\s*(?:分|例|案|天|次|篇|位|人|個|个|年|月|日))",
                           re.IGNORECASE)
_CATEGORY_CUE = re.compile(r"(?:\bcat(?:egory|egories|s)?\.?|bi-?rads|類別|类别|分類|分类|(?:疑似|可疑)?陽性(?:個案)?(?:的)?|"
                           r"\b(?:suspected[- ])?positives?(?:\s+cases?)?)\s*(?:的)?\s*$", re.IGNORECASE)


# a category named earlier in the sentence, with its item's separator before the run ("…cat 3 有 45 個、4跟5…")
_CATEGORY_EARLIER = re.compile(r"(?:\bcat(?:egory|egories|s)?\.?|bi-?rads|類別|类别|第?\s*[0345]\s*類)[^。；;？?！!\n]*[、,，;；]\s*$", re.IGNORECASE)


def _sentence_start(t: str, at: int) -> int:
    return max(t.rfind(ch, 0, at) for ch in "。；;？?！!\n") + 1


def category_runs(t: str) -> list[tuple[int, int]]:
    """The spans of the numbers of each list of BI-RADS categories ("0/3/4/5", "category 3, 4 or 5")."""
    out: list[tuple[int, int]] = []
    for m in _CATEGORY_RUN.finditer(t):
        nums = [(d.start() + m.start(), d.end() + m.start()) for d in re.finditer(r"\d", m.group(0))]
        values = [int(t[a:b]) for a, b in nums]
        if values != sorted(set(values)):
            continue  # categories are named in order, each once
        if _CATEGORY_CUE.search(t, max(0, m.start() - 16), m.start()) or (len(values) >= 3 and set(values) <= {0, 3, 4, 5}) \
                or (set(values) <= {0, 3, 4, 5} and _CATEGORY_EARLIER.search(t[_sentence_start(t, m.start()):m.start()])):
            out += nums  # (… or a later item of a breakdown by category: "cat 0 有 120 個、cat 3 有 45 個、4跟5加起來 35 個")
    return out


def year_word_before(t: str, start: int, today: dt.date) -> int | None:
    """The year a year word right before a position names ("去年 12/31" → last year), None when there is none."""
    m = _YEAR_WORD_BEFORE.search(t, max(0, start - 14), start)
    return None if m is None else today.year + _REL_YEAR[" ".join(m.group(1).lower().split())]


def year_word_after(t: str, end: int, today: dt.date) -> int | None:
    """The year a year word right after a day names ("3/4 last year", "7月31日去年" → last year)."""
    m = _YEAR_WORD_AFTER.match(t, end)
    return None if m is None else today.year + _REL_YEAR[" ".join(m.group(1).lower().split())]


def dates(q: Query) -> list[Mention]:
    """Calendar dates (ROC or Gregorian), days written without a year, and date-like strings naming no day."""
    out = []
    for m in _dates(q.text):
        year = (year_word_before(q.text, m.start, q.today) or year_word_after(q.text, m.end, q.today)) \
            if m.kind == "partial_date" else None
        if year is not None:
            try:
                m = Mention("date", m.start, m.end, m.text, value=dt.date(year, *m.value))  # type: ignore[misc]
            except ValueError:
                pass  # 2/29 of a year without one: left a day without its year
        out.append(m)
    return out


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
    for m in _PARTIAL_EN_DM.finditer(t):  # "3 April", "the 5th of June": the day first
        day = int(m.group(1))
        if 1 <= day <= 31 and not any(s < m.end() and m.start() < e for s, e in taken + [(x.start, x.end) for x in found]):
            month = _MONTH_NAMES.index(m.group(2).lower()[:3]) + 1
            found.append(Mention("partial_date", m.start(), m.end(), m.group(0), value=(month, day)))
    for start, end, month, day in slash_days(t):
        if not any(s < end and start < e for s, e in taken):
            found.append(Mention("partial_date", start, end, t[start:end], value=(month, day)))
    found += [Mention("bad_date", t.find(b), t.find(b) + len(b), b) for b in find_invalid_dates(t) + find_ambiguous_dates(t)]
    return tuple(sorted(found, key=lambda m: m.start))


# "幫我看兩件事", "兩個問題：", "two quick questions", "3 things to check": how many questions the message asks — framing,
# never a fact of any calculation (a count of cases is 件 alone: "拍了 505 件").
_ASKED_COUNT = re.compile(r"\s*(?:(?:件|個|个)\s*(?:事情?|問題|问题|小問題|小问题)|(?:道|個|个)?\s*(?:題|题)(?![目材])|"
                          r"(?:(?:quick|short|more|separate|different|related|small)\s+){0,2}"
                          r"(?:things|questions|queries|issues to check|q(?:'|’)?s|qs|qns|ques)\b(?!')|"
                          r"(?:(?:quick|short|more|separate|different|related|small)\s+){0,2}(?:things|questions?|queries|qs?)\s*[:：]|"
                          r"(?:quick|short|small)\s+ones\s*[:：,，—–-]|"
                          # the domains / fields asked about at once ("two domains:", "2 個領域都想申請", "兩個專長"): how many things
                          # are asked, never a count of cases or activities
                          r"(?:(?:different|separate|IR|instructor|subspecialty)\s+)?(?:domains|areas|fields|categories|subspecialties)\b|"
                          r"(?:個|个)\s*(?:領域|领域|專長|专长|項目|项目)|"
                          # the grades asked item by item ("兩項各幾等", "2 項分別是什麼等級", "兩個各評幾級"): how many results
                          # the question asks the grade of, never a score or a count of the case
                          r"(?:項|项|(?:個|个)(?=\s*(?:各|分別|分别)))\s*(?:各|分別|分别|都)?\s*(?:是|為|为|拿|評|评|算)?\s*"
                          r"(?:幾|几|什麼|什么|哪一?)\s*(?:個|个)?\s*(?:等級|等级|等|級|级))", re.IGNORECASE)


# "順便問兩項：", "想請教三點", "幫我看兩個：": a count of items right after a verb of asking — how many things are asked
_ASKING_BEFORE = re.compile(r"(?:申請|申请|問|问|請教|请教|詢問|询问|確認|确认|幫我看|帮我看|幫我算|帮我算|幫忙看|帮忙看|幫我查|帮我查)\s*(?:一下)?\s*$")
_ASKED_ITEMS = re.compile(r"\s*(?:項|项|點|点|個|个|件)(?![\u4e00-\u9fff]*?(?:例|案|次|篇|天))")


def counts_questions(text: str, start: int) -> bool:
    """The number at `start` counts the questions the message asks ("幫我算三件事", "two questions", "順便問兩項：")."""
    digits = re.match(r"\d[\d,]*(?:\.\d+)?", text[start:])
    if digits is None:
        return False
    return _ASKED_COUNT.match(text, start + digits.end()) is not None or (
        _ASKING_BEFORE.search(text, max(0, start - 8), start) is not None
        and _ASKED_ITEMS.match(text, start + digits.end()) is not None)


def numbers(q: Query) -> list[Mention]:
    """Numbers with their (canonical) unit, outside dates."""
    return list(_numbers(q.text))


# "4 monthly meetings", "2 SCI papers": an English number counts the noun after it (up to two words between) — a
# meeting or a paper is never a case or a screening. Only these families; a case noun keeps the bare number as it was.
_EN_OTHER = re.compile(r"\s*(?:[A-Za-z][\w/-]*\s+){0,2}?(?:(meetings?|congress(?:es)?|conferences?|sessions?|talks?|lectures?|times)|"
                       r"(papers?|articles?|publications?|presentations?|posters?|e-?posters?|orals?|abstracts?))\b", re.IGNORECASE)


def _en_unit(t: str, end: int) -> str | None:
    m = _EN_OTHER.match(t, end)
    return None if m is None else "次" if m.group(1) else "篇"


# "10 月才來", "3月底", "七月份", "5 月起": a month of the year named by its number — when, never a count (of days or
# anything else); 個月 is a count of months (its own unit), 月會 a monthly meeting
_MONTH_AFTER = re.compile(r"\s*月(?!會|会|刊|薪|費|费|報|报|例會|例会)")


def month_named(text: str, start: int, end: int, value: object, unit: str | None) -> bool:
    """A bare whole number 1–12 written right before 月: the month it names ("另一個 10 月才來"), not a quantity."""
    return unit is None and isinstance(value, (int, float)) and float(value).is_integer() and 1 <= value <= 12 \
        and _MONTH_AFTER.match(text, start + len(text[start:end].rstrip())) is not None


def _calendar_year(value: float, unit: str | None) -> bool:
    """"106 年", "2017 年": a calendar year (ROC 80–200, Gregorian 1950–2100), never a count of years."""
    return unit == "年" and value == int(value) and (80 <= value <= 200 or 1950 <= value <= 2100)


# "月會三次，三次裡有一次是我當講者", "五场里面有两场…", "these 4, of which 1 …": the whole said again right before the part
# taken from it — a count already said, no fact of its own.
WHOLE_THEN_PART = re.compile(r"\s*(?:次|場|场|篇|例|個|个|位|名|件|案)?\s*(?:的)?\s*(?:裡面|里面|裡頭|里头|裡|里|當中|当中|之中|中)\s*"
                             r"(?:只有|就有|有|只|僅|仅)?\s*$")
# "一作那兩篇有一篇…", "那三場其中兩場…": a whole pointed back at (那 / 這) right before it needs no 裡 / 中
_POINTED_WHOLE_THEN_PART = re.compile(r"\s*(?:次|場|场|篇|例|個|个|位|名|件|案)?\s*(?:的)?\s*"
                                      r"(?:(?:其中|當中|当中)\s*(?:只有|就有|有|只|僅|仅)?|只有|就有|有)\s*$")


def restates_whole(t: str, found: list[Mention] | tuple[Mention, ...], n: Mention) -> bool:
    """`n` is a count said again as the whole a part is taken from right after it ("三次裡有一次"): an earlier number
    of the same value and unit, and a smaller one of the same unit right after it, joined by 裡 / 中 / 當中 — or right
    before it, joined by "of those" ("5 meetings … at 3 of those 5")."""
    if _part_of_whole(t, found, n):
        return True
    after = next((x for x in found if x.start >= n.end), None)
    if after is None or float(after.value) >= float(n.value):  # type: ignore[arg-type]
        return False
    if _pool_then_part(t, n.start, n.end, after.start):
        # "of the 2 first-author papers 1 was a case report": the English whole, its noun after it, then the part
        return after.unit in (n.unit, None) \
            and any(x.end <= n.start and x.unit in (n.unit, None) and float(x.value) == float(n.value) for x in found)  # type: ignore[arg-type]
    return after.unit == n.unit and whole_then_part(t, n.start, n.end, after.start) \
        and any(x.end <= n.start and x.unit == n.unit and float(x.value) == float(n.value) for x in found)  # type: ignore[arg-type]


# "at 3 of those 5", "2 out of the 4": a part, then the whole it is taken from said again
_PART_OF_WHOLE = re.compile(r"\s*(?:out\s+)?of\s+(?:the|those|these|my|our|all)\s+", re.IGNORECASE)


def _part_of_whole(t: str, found: list[Mention] | tuple[Mention, ...], n: Mention) -> bool:
    """`n` is the whole said again right after the part taken from it ("at 3 of those 5"): a smaller number just
    before, joined by "of those", and an earlier number of the same value (its unit the same, or `n` bare)."""
    before = [x for x in found if x.end <= n.start]
    if len(before) < 2 or not _PART_OF_WHOLE.fullmatch(t[before[-1].end:n.start]):
        return False
    part = before[-1]
    if float(part.value) >= float(n.value) or part.unit not in (n.unit, None):  # type: ignore[arg-type]
        return False
    return any(x.unit == n.unit or n.unit is None for x in before[:-1] if float(x.value) == float(n.value))  # type: ignore[arg-type]


def whole_then_part(t: str, start: int, end: int, part_start: int) -> bool:
    """The count at `t[start:end]` is said as the whole the part at `part_start` is taken from: joined by 裡 / 中 / 當中
    ("三次裡有一次"), pointed back at and joined by 其中 / 有 ("一作那兩篇有一篇"), or an English pool ("of the 2 first-author
    papers 1 …")."""
    between = t[end:part_start]
    return WHOLE_THEN_PART.match(between) is not None \
        or BACK_REFERENCE.search(t, max(0, start - 12), start) is not None and _POINTED_WHOLE_THEN_PART.match(between) is not None \
        or _pool_then_part(t, start, end, part_start)


def _pool_then_part(t: str, start: int, end: int, part_start: int) -> bool:
    return _EN_POOL_BEFORE.search(t, max(0, start - 16), start) is not None and _EN_POOL_THEN_PART.match(t[end:part_start]) is not None


_EN_POOL_BEFORE = re.compile(r"\bof\s+(?:the|those|these|my|our)\s+$", re.IGNORECASE)
_EN_POOL_THEN_PART = re.compile(r"\s*(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*\s+(?:only\s+|just\s+)?$", re.IGNORECASE)


# "（ATLS 2024 上過一次，今年又複訓一次，）兩次各算幾分", "這三篇分別幾分": the items said, counted again right before the
# question asked of each of them (or of their total) — a count already said, no fact of its own
_ASKED_OF_THEM = re.compile(r"\s*(?:都|共|總共|总共|一共|合計|合计|加起來|加起来|各|分別|分别|每(?:次|篇|場|场))\s*"
                            r"(?:可以|能|要|是|會|会)?\s*(?:算|給|给|拿|認|认|計|计)?\s*(?:幾|几|多少)")


def recaps_items(t: str, found: list[Mention] | tuple[Mention, ...], n: Mention) -> bool:
    """`n` counts again the items said before it, right before a question asked of them ("兩次各算幾分"): the figures of
    the same unit before it add up to it."""
    if n.unit not in ("次", "篇", "場", "场") or _ASKED_OF_THEM.match(t, n.end) is None:
        return False
    earlier = [float(x.value) for x in found if x.end <= n.start and x.unit == n.unit]  # type: ignore[arg-type]
    return len(earlier) >= 2 and sum(earlier) == float(n.value)  # type: ignore[arg-type]


def recap_at(t: str, start: int) -> bool:
    """The number at `start` counts again the items said before it (`recaps_items`), for the coverage ledger."""
    found = _all_numbers(t)
    return any(n.start == start and recaps_items(t, found, n) for n in found)


@lru_cache(maxsize=256)
def _numbers(t: str) -> tuple[Mention, ...]:
    found = _all_numbers(t)
    counts = [(n.end, float(n.value)) for n in found]  # type: ignore[arg-type]
    return tuple(n for n in found if not restates_whole(t, found, n) and not recaps_items(t, found, n)
                 and not one_of_named(t, n.start, float(n.value), counts))  # type: ignore[arg-type]


def _all_numbers(t: str) -> tuple[Mention, ...]:
    spans = [(d.start, d.end) for d in _dates(t) if d.kind != "bad_date"]
    return tuple(Mention("number", x.start, x.end, t[x.start:x.end].strip(), value=x.value,
                         unit="calendar_month" if month_named(t, x.start, x.end, x.value, x.unit) else
                         "calendar_year" if _calendar_year(x.value, x.unit)
                         or x.unit in (None, "分") and year_label(t, x.start, x.end, x.value, x.unit)
                         or x.unit is None and year_said_when(t, x.start, x.end, x.value)
                         or x.unit in (None, "年") and in_year_range(t, x.start, x.end, x.value) else
                         x.unit if x.unit is not None or not t[x.start:x.end].strip().isascii() else _en_unit(t, x.end))
                 for x in _quantities_outside(t, spans) if not any(s < x.end and x.start < e for s, e in spans)
                 and not (x.unit is None and is_label(t, x.start, x.end, x.value))
                 and not unit_label_zh(t, x.start, x.end, x.value)
                 and not (x.unit is None and _NAMED_BY_NUMBER.search(t, max(0, x.start - 8), x.start))
                 and not counts_questions(t, x.start)
                 and not (x.value in (0, 1) and zero_year_worry(t, x.start)))


def _quantities_outside(t: str, spans: list[tuple[int, int]]) -> list[Quantity]:
    """The quantities of `t`; one that runs into a date after a separator ("cat 3，115.1.31 篩": folded to "3,115.1" as if a
    thousands comma) is read again from the text before that date, so the number before the separator stays its own."""
    out = []
    for x in find_quantities(t):
        date = next(((s, e) for s, e in spans if x.start < s < x.end), None)
        if date is not None and re.search(r"[,，、;；]\s*$", t[x.start:date[0]]):
            out += [y for y in find_quantities(t[:date[0]]) if y.start >= x.start]
        else:
            out.append(x)
    return out


# "Y-90", "I-131", "COVID-19", "Ga-68": a name that ends in a number (a letter and a hyphen right before it), no quantity.
_NAMED_BY_NUMBER = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,6}-$")


_BRACKETS = re.compile(r"[（(]([^）()（]*)[）)]")
_NAMED_SPLIT = re.compile(r"[,，、;；]|\band\b|\bor\b|和|跟|與|与|及")


def one_of_named(t: str, start: int, value: float, counts: list[tuple[int, float]]) -> bool:
    """"3 meetings (TSIR annual, APSCVIR, one in Japan)", "兩次（一次東京、CIRSE）": a "one" among the ones a count right
    before the brackets names one by one — one of that count, no fact of its own (the count's noun may be long: "3 intl
    laparoscopic surgery symposia this year (Seoul, Osaka and one in Berlin)"). `counts`: (end, value) of the numbers."""
    if value != 1:
        return False
    group = next((b for b in _BRACKETS.finditer(t) if b.start() < start < b.end()), None)
    if group is None:
        return False
    if re.search(r"\d", t[group.start():start] + t[start + 1:group.end()]):
        return False  # "兩場（一場兩小時，一場三小時）": each one with figures of its own is an item of its own
    named = [x for x in _NAMED_SPLIT.split(group.group(1)) if x.strip()]
    return len(named) >= 2 and any(end <= group.start() and group.start() - end <= 60 and v == len(named)
                                   and not re.search(r"[，,。；;？?！!]", t[end:group.start()]) for end, v in counts)


def between(text: str, start: int, end: int) -> str:
    return text[start:end] if start <= end else ""


# Blanks out a span a reader reads as not there (a framing aside in brackets): no distance, no separator.
FILL = "\u2063"


# "screening volume this year is 14,000", "今年的篩檢量是 9800": the year the figure is for, and the verb that gives it, between
# a label and its number — no words of the label's own (not counted in the distance; a separator still ends the clause).
_YEAR_IN_GAP = re.compile(r"\b(?:this|last|that)\s+(?:calendar\s+)?year(?:\s+(?:is|was|were|are|came to|comes to|totals?|totaled))?\b|"
                          # ("Total screening mammograms for the year: 13,000"): the year the figure is for, said after its noun
                          r"\b(?:for|in|over|during)\s+the\s+(?:whole\s+|full\s+|entire\s+)?year\b|"
                          r"(?:今年|去年|前年|本年度|今年度|該年度|该年度)(?:的|度)?\s*(?:是|為|为|有)?", re.IGNORECASE)


# "negatives were fine, like 4%", "陰性還好，大概 4% 左右": a comma, then only a hedge right before the number — the figure of
# the clause before the comma, said as an afterthought (one comma: the clause it closes holds no number of its own).
_HEDGED_AFTERTHOUGHT = re.compile(r"[,，]\s*(?:\b(?:like|about|around|roughly|approximately|approx\.?|maybe|say|probably)\b|"
                                  r"大概|大約|大约|約|约|差不多|應該是|应该是|好像是|可能是)\s*(?:是|有)?\s*$", re.IGNORECASE)


# "(negatives fine, 6%)", "negatives were ok, 4%", "the dense ones were good — 352": the clause before the comma only judges
# what it names, the figure right after the comma is its own (the judging word as a hedge before it)
_JUDGED_THEN_FIGURE = re.compile(r"\b(?:fine|ok|okay|good|normal|alright|all right|acceptable|no problem|no issue|low)\s*"
                                 r"(?:[,，]|[—–]|-(?=\s))\s*(?:\b(?:at|only|just|with|was|is)\b\s*)?$", re.IGNORECASE)


# "一般積分我沒在算，當0就好", "其他學分不清楚，就算 0", "regular CME I don't track, count it as 0": a comma, then only the
# words of taking a figure as the value — the figure given to what the clause before the comma names (that clause holds
# no number of its own).
_TAKEN_AS = re.compile(r"[,，]\s*(?:那|就|先|都|直接|麻煩|麻烦|請|请)?\s*(?:就|先|直接)?\s*(?:當作|当作|當成|当成|算作|算成|視為|视为|"
                       r"當|当|算|填|寫|写|記|记|以)\s*$|"
                       r"[,，]\s*(?:so\s+|just\s+)*(?:count|treat|take|call|put|use|enter|set)\s+(?:it|them|that|those)?\s*(?:as|at|to)?\s*$",
                       re.IGNORECASE)


# "non-dense sets from our 2 techs: 358 and 371", "緻密型 3 位放射師的 366、349": whose figures they are, said between the
# words and the figures — how many people, no figure between them
_PEOPLE_IN_GAP = re.compile(r"(?<![\d.])\d+\s*(?:位|名|個|个)?\s*(?:放射師|放射师|放射士|技師|技师|技術員|技术员|醫師|医师|"
                            r"\b(?:techs?|technologists?|radiographers?|RTs?|readers?|radiologists?)\b"
                            # (the people who handed the figures in: "只有兩位交 330、338", "only 2 submitted 330, 338")
                            r"|(?:位|名|個|个|人)\s*(?:有)?(?:交|繳|缴|送|提交|上傳|上传)(?:了|來|来|出)?|\s+(?:of them\s+)?(?:submitted|sent in|handed in)\b)",
                            re.IGNORECASE)
_PEOPLE_THEN_COMMA = re.compile(rf"(?:(?:{_PEOPLE_IN_GAP.pattern})\s*)+[,，:：]\s*$", re.IGNORECASE)
# … or said in brackets of their own between the words and the figures ("dense sets (only two techs submitted) 338 and 362",
# "dense (two of them sent one) 338, 362", "緻密型（只有兩位交）338、362"): who handed them in, no figure and no part of a whole
_PEOPLE_ASIDE = re.compile(r"[(（]\s*(?:only|just|只有|僅有|仅有|只)?\s*(?:(?<![\d.])\d+|all|both)?\s*(?:位|名|個|个)?\s*"
                           r"(?:(?:of\s+(?:them|our\s+techs|the\s+techs)\b)|放射師|放射师|放射士|技師|技师|\b(?:techs?|technologists?|radiographers?|RTs?)\b)?"
                           r"\s*(?:有)?(?:交|繳|缴|送|提交|上傳|上传|\b(?:submitted|sent|handed|turned)\b)(?:\s*(?:in|one|1|a\s+set|sets?|了|來|来|出))*\s*[)）]",
                           re.IGNORECASE)


# The days counted as the rule counts them, said between a label and its figures ("days worked incl. holidays were 300 / 300 /
# 150", "work days (including weekends): 365, 200", "工作天數（含例假日）300、200"): a restatement of what the days are, never a
# part of a whole ("incl" / "including" / 含 open a subset elsewhere: "200 screenings, incl 50 on the van") — no barrier, no
# distance. (Days said WITHOUT the holidays stay: `NOT_HOLIDAYS_INCLUDED` reads them.)
_HOLIDAYS_WORDS = r"(?:(?:the\s+|all\s+)?(?:public\s+|national\s+)?(?:holidays|weekends?|days\s+off|off[- ]days)(?:\s*(?:and|&|/|\+|,)\s*(?:public\s+)?(?:holidays|weekends?))?)"
HOLIDAYS_INCLUDED = re.compile(
    rf"[(（]?\s*(?<!\bnot\s)(?<!\bwithout\s)\b(?:incl(?:uding|usive\s+of|\.)?|inc\.|counting|with)\s+{_HOLIDAYS_WORDS}\s*(?:included|incl\.?|counted)?\s*[)）]?"
    rf"|[(（]?\s*\b{_HOLIDAYS_WORDS}\s+(?:included|incl\.?|counted|in)\b\.?\s*[)）]?"
    r"|[(（]?\s*(?<![不沒没未])(?:含|包含|包括|連同|连同)\s*(?:例假日|例休假日|國定假日|国定假日|假日|週末|周末)(?:\s*(?:及|和|與|与|、)\s*(?:例假日|假日|週末|周末))?\s*(?:在內|在内)?\s*[)）]?",
    re.IGNORECASE)


def joins(text: str, start: int, end: int, limit: int) -> int | None:
    """The distance between two spans when nothing separates them: no clause boundary, no other number,
    no qualifier that starts a new fact; None when they are not joined within `limit` characters."""
    gap = between(text, start, end).replace(FILL, "")
    gap = _PEOPLE_ASIDE.sub(" ", gap) if text[end:end + 1].isdigit() else gap
    gap = HOLIDAYS_INCLUDED.sub(" ", gap)  # ("days worked incl. holidays were 300": what the days are, no part of a whole)
    if (m := _HEDGED_AFTERTHOUGHT.search(gap) or (_JUDGED_THEN_FIGURE.search(gap) if text[end:end + 1].isdigit() else None)) \
            and not SEPARATOR.search(gap, 0, m.start()):
        gap = gap[:m.start()] + " " * (m.end() - m.start() - 1)  # the comma is no boundary; the hedge still counts as distance
    elif text[end:end + 1].isdigit() and (m := _TAKEN_AS.search(gap)) and not SEPARATOR.search(gap, 0, m.start()):
        gap = gap[:m.start()] + " "  # "一般積分我沒在算，當 0": the figure taken as its value (its words no distance)
    # "今天一共拍了 105 位": a total qualifier right before the number is the number's own word, no barrier
    barrier_gap = _OWN_TOTAL.sub("", gap) if end < len(text) and text[end:end + 1].isdigit() else gap
    # "教育積分另有100分", "CME 另外還有 80": an addition right between a label and its number adds that number to the label
    barrier_gap = _OWN_ADDITION.sub("", barrier_gap) if end < len(text) and text[end:end + 1].isdigit() else barrier_gap
    # "3 yrs out of boards", "5 years out of training": "out of" a word (no number after it) is no part of a whole
    barrier_gap = re.sub(r"\bout\s+of(?:\s+(?:the|my|his|her|our))?\s*$", "", barrier_gap, flags=re.IGNORECASE) if not text[end:end + 1].isdigit() else barrier_gap
    # "緻密型只有兩位交，348、371": the people who handed the figures in, then a comma right before them — no boundary
    sep_gap = _PEOPLE_THEN_COMMA.sub("", gap) if text[end:end + 1].isdigit() else gap
    # (the period a count is of, "embolizations in the last six years add up to 100", is no distance either)
    if len(_PERIOD.sub("", _YEAR_IN_GAP.sub("", _PEOPLE_IN_GAP.sub("", gap)))) > limit or SEPARATOR.search(sep_gap) or _FULL_STOP.search(text, start, end) \
            or re.search(r"\d", _PEOPLE_IN_GAP.sub("", _PERIOD.sub("", gap))) or _BARRIER.search(barrier_gap):
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
_LISTED_REST = re.compile(rf"^(?:\s|[,、，/&)）]|\band\b|和|跟|與|及|以及)*(?:{_ALL})+\s*(?:是|為|为|=|:|：|\bare\b|\bwere\b|\bat\b|\bgot\b|\bscored\b)?\s*$",
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


# "not as first or corresponding", "neither first nor corresponding", "not the presenter or the first author", "no talk or
# poster", "without a talk or an e-poster": one negation before two words joined by or / nor denies the second too
_NEGATED_PAIR = re.compile(r"\b(?:not|no|without|neither|never|wasn't|isn't|weren't|aren't)\s+(?:as\s+)?(?:the\s+|an?\s+)?[\w.-]+(?:[- ]author)?"
                           r"\s*(?:/|\bor\b|\bnor\b)\s*(?:as\s+)?(?:the\s+|an?\s+)?$", re.IGNORECASE)


def negated(text: str, start: int) -> bool:
    """A word negated just before it ("非人為", "不是人為因素", "not caused by human …", "without a talk"), or by one negation
    of a pair it closes ("not as first or corresponding", "no talk or poster")."""
    before = text[max(0, start - 24):start]
    # (… "not as first author", "none of them as presenter", "neither of them first-author": the place denied of them all)
    return re.search(rf"(?:{QUALIFIERS['negation']}|\bwithout\b|\b(?:none|neither)(?:\s+of\s+(?:them|these|those))?)\s*"
                     rf"(?:due to|caused by|the|an?|by|as(?:\s+(?:the|an?))?)?\s*$", before, re.IGNORECASE) is not None \
        or _NEGATED_PAIR.search(text, max(0, start - 40), start) is not None


def past_day(month: int, day: int, today: dt.date) -> dt.date | None:
    """The latest day with this month and day up to today (a day in the past written without its year)."""
    try:
        d = dt.date(today.year, month, day)
    except ValueError:
        return None
    return d if d <= today else d.replace(year=today.year - 1)
