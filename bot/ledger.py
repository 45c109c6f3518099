"""The coverage ledger of a calculation (SPEC §3 reading rules).

Every number the person wrote must end bound to a fact the calculator used (`reading`), named in
`unused` with a reason, or asked about. The ledger works on what the calculation actually used —
the arguments of its calls — so it checks any reader, present or future: a number whose value is
not among the arguments (directly, as a percentage, an ROC year, a date, or a list the argument
sums) was not read, and a calculation that silently dropped it must not go out as the answer.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import Any

from bot.parsing.career import CAREER, event_year
from bot.parsing.dates import ROC_OFFSET, YEAR_AS_PLACE, find_ambiguous_dates, find_dates, find_years
from bot.parsing.periods import in_period_annotation, period_annotations
from bot.parsing.numbers import COUNT_HEADING, cn_to_int, find_quantities, normalize_numerals
from bot.reader.counted import NO_INPUT_REASONS
from bot.vague import NOT_YET_CHECKED
from bot.reader.mentions import (IF_NOT, SUBSET_WORDS, already_counted, one_of_the_years, A_NOT_A_ZH, BACK_REFERENCE, EACH_BACK, after_subset, aggregate_before, claimed_total, bound_of, category_runs, year_label, year_said_when, zero_year_worry, counts_questions, in_year_range,
                                 is_label, unit_label_words, unit_label_zh, month_named, one_of_named, recap_at, slash_days, total_before, whole_then_part)
from knowledge.textnorm import fold

_SEP = re.compile(r"[，,、；;。\n？?！!（）()]")
# ("the 5.3 specialty societies", "per 5.4 meetings": a clause's dotted number before the words of what it lists)
_ARTICLE_REF = re.compile(r"\b(?:art(?:icle|\.)?|§|clause|item)\s*\d+(?:\s*\(\s*\d+\s*\))*(?:\s*\.\s*\d+)*|(?<![\d.])\d+\(\d+\)(?:\(\d+\))?"
                          r"|(?<=\b(?:the|per|see) )(?<![\d.])\d{1,2}\.\d{1,2}(?:\.n?\d+)?(?=\s+(?!(?:hours?|hrs?|h|days?|months?|years?|yrs?|"
                          r"credits?|points?|pts|times?|weeks?|cases?)\b)[A-Za-z])",
                          re.IGNORECASE)
# ("專科醫學會年會（5.3 那種）", "依 5-3 算", "第 5.3 條", "§5.3", "section 5.3"): a clause's number written as the person cites
# it — a dotted or hyphenated number with the words that point at a clause after it, or a citing word before it; a label,
# never a quantity (a length, "1.5 小時", has no such words)
_REF_NUMBER = r"(?<![\d.\-－])\d{1,2}(?:\s*[.\-－]\s*\d{1,2}){1,3}(?![\d.])"
_ZH_REF = re.compile(_REF_NUMBER + r"(?=\s*(?:那一?(?:種|种|類|类|條|条|項|项|款|個|个)|(?:條|条|款)(?![件])|(?:項|项)(?:的|規定|规定|所列)"
                     r"|的?(?:規定|规定)|所列|所說|所说|說的|说的))"
                     r"|(?:依|按|照|根據|根据|依據|依据|參照|参照|參考|参考|見|见|屬於|属于|條文|条文|§)\s*" + _REF_NUMBER
                     + r"|\b(?:section|sec\.|rule|para(?:graph)?\.?|subsection)\s*" + _REF_NUMBER
                     # ("第5條第3款", "第五條第三款", "第 3 款"): an article and its items by their ordinals
                     + r"|第\s*[\d一二三四五六七八九十]+\s*(?:條|条)(?:\s*之\s*\d+)?(?:\s*第\s*[\d一二三四五六七八九十]+\s*(?:款|項|项|目))*"
                     r"|第\s*[\d一二三四五六七八九十]+\s*(?:款|項|项|目)(?:\s*第\s*[\d一二三四五六七八九十]+\s*(?:款|項|项|目))*", re.IGNORECASE)


def article_refs(text: str) -> list[tuple[int, int]]:
    """The spans of clause numbers the person cites ("art. 5(4)", "5.3 那種", "§5.3"): labels, no quantity."""
    return [m.span() for pattern in (_ARTICLE_REF, _ZH_REF) for m in pattern.finditer(text)]


_ORDINAL_OR_REF = re.compile(r"(?:第|No\.?\s*|#|(?<!this )(?<!last )(?<!that )(?<!next )\b(?:years?|yrs?)\s+(?:\d+\s*[-–~]\s*)?|\bY)\s*$",
                             re.IGNORECASE)  # "year 3", "yr 5" are labels; "this year 365" is no "year 365"
# Numbers that are names, not quantities: BI-RADS categories spelled "category 0", Y-90, 4K, COVID-19.
_PERIOD_BEFORE = re.compile(r"(?:前|近|過去|最近|這|these|past|last|previous|first|other|remaining)\s*$", re.IGNORECASE)
# "夠不夠一年的量", "有沒有達到一年的標準": one year as the measure a requirement is stated in, the rule's, not a fact
_YEAR_MEASURE_AFTER = re.compile(r"\s*(?:的|份)?\s*(?:量|份|要求|門檻|门槛|標準|标准|額度|额度|規定|规定)")
_NAME_BEFORE = re.compile(r"[A-Za-z]-?$")
# A count typed right after an abbreviation of two letters or more, ending its list item ("微波70、RFA90，", "TACE120、TARE30"):
# the abbreviation's count, as the reader reads it (`vocab_tsir._GLUED_EDGE`) — never "Y-90" (a hyphen, one letter), a year
# glued to a meeting's name ("CIRSE2024"), nor a small designation ("BIRADS4", "PGY2")
_GLUED_NAME = re.compile(r"(?<![A-Za-z-])[A-Za-z]{2,}$")
_GLUED_END = re.compile(r"\s*(?:[、,，;；。!?？)）]|\.(?:\s|$)|$|\s+(?:and|&|plus)\b)", re.IGNORECASE)


def _glued_count(text: str, start: int, end: int, value: object) -> bool:
    return (isinstance(value, (int, float)) and float(value).is_integer() and 10 <= value < 1000
            and _GLUED_NAME.search(text, max(0, start - 12), start) is not None and _GLUED_END.match(text, end) is not None)


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9  # "Sept 1, 2026"
# A date without its year ("9月30日", "July 1"): matched against the month and day of a date argument.
_PARTIAL_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*月\s*(\d{1,2})\s*[日號号]|\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True))
                           + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b", re.IGNORECASE)
_PARTIAL_DM = re.compile(r"(?<![\d/.-])\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + "|".join(sorted(_MONTHS, key=len, reverse=True))
                         + r")\b(?!\s+[a-z])\.?(?!,?\s*\d)", re.IGNORECASE)
# A number compared with the result sits in a question or a check ("夠 200 分嗎", "剛好 600 對吧", "total 680 —
# renewal ok?"); a fact stated plainly ("口頭 2 篇") that only happens to equal a figure of the result is not.
# (… or the person's own working-out said as such: "算起來 75%", "算下来 65%", "我算是七成五")
_COMPARES = re.compile(r"夠|達|超過|超|低於|不到|未滿|滿|剛好|正好|對吧|對嗎|嗎|吗|是否|是不是|應該|应该|還是|还是|吧|[？?]|"
                       r"算起(?:來|来)|算下(?:來|来)|算出(?:來|来)|我算|換算|换算|等於|等于|也就是|"
                       r"總共|总共|合計|合计|共|\b(?:total|enough|reach|exceeds?|over|under|below|above|at least|right|correct|"
                       r"does|is (?:it|that)|round(?:s|ed)? (?:up|down)|vs|compare|check|ok|okay)\b|"
                       r"\d\s*(?:%|分|points?|credits?)?\s*\bor\b\s*\d", re.IGNORECASE)
# A negation in the number's own clause: the number may count what did NOT happen (沒完成, not first author).
_NEGATED = re.compile(r"沒|没|未(?!滿|满|達|达|來|来)|不是|並非|并非|\bnot\b|n't\b|\bneither\b|\bnor\b|\bnon-?(?:first|corresponding)",
                      re.IGNORECASE)
# "oral x2", "× 3": a count written as a multiplier, not a name like Y-90.
_TIMES_BEFORE = re.compile(r"(?:^|[\s,(（])[x×X]\s*$")
# What an English number counts, from the noun after it (up to two words between): its unit family, by the
# noun's stem (congresses, times).
_EN_UNITS = {"case report": "篇", "case-report": "篇", "case": "例", "procedure": "例", "screening": "案", "mammogram": "案", "exam": "案", "film": "案",
             "meeting": "次", "session": "次", "congress": "次", "conference": "次", "time": "次",
             "talk": "talk", "lecture": "talk", "seminar": "次", "workshop": "次", "course": "次", "symposi": "次",
             "paper": "篇", "article": "篇", "publication": "篇", "presentation": "篇", "poster": "篇", "e-poster": "篇",
             "eposter": "篇", "oral": "篇", "abstract": "篇"}
_EN_UNIT = re.compile(r"\s*(?:[A-Za-z][\w/-]*\s+){0,3}?(case[- ]reports?|cases?|procedures?|screenings?|mammograms?|exams?|films?|meetings?|"
                      r"sessions?|congress(?:es)?|conferences?|times|talks?|lectures?|seminars?|workshops?|courses?|symposi(?:um|a|ums)|"
                      r"papers?|articles?|publications?|presentations?|e-?posters?|posters?|orals?|abstracts?)\b",
                      re.IGNORECASE)
# "every single year of the 6", "each year of the six", "in every one of the 6": the figure after "of the" counts the years just
# named — how many years, said in no unit of its own
_YEARS_OF_BEFORE = re.compile(r"\b(?:years?|yrs?)\s+of\s+(?:the|my|those|these|all)\s*$", re.IGNORECASE)
# A sum of money is no count of the noun after it: a currency before the figure ("NT$2,000,000", "$1.5M", "NTD 900,000"), or
# the noun only modifies a money noun ("2,000,000 in screening subsidy", "1,200,000 of mammography screening funds")
_MONEY_BEFORE = re.compile(r"(?:NT\$|NTD|TWD|US\$|USD|\$|＄|新台幣|新臺幣)\s*$", re.IGNORECASE)
_MONEY_NOUN_AFTER = re.compile(r"\s*(?:subsid|grants?\b|fund|budget|money|payments?\b|reimburs|dollars?\b|NT\$|NTD\b|補助|經費|经费|款)",
                               re.IGNORECASE)
# "I gave 6 talks", "delivered 2 lectures": talks given by the person (a presentation or a speaker's), not attended
_GAVE_BEFORE = re.compile(r"\b(?:gave|give|given|giving|presented|delivered|spoke|speaking|held)\b[^.;?!,]*$", re.IGNORECASE)
# "SCI 3 篇，其中 1 篇是 case report": a number split over two counts is followed by the part it contains.
_SUBSET_AFTER = re.compile(rf"\s*(?:{SUBSET_WORDS}|裡有|里有|包括|包含|含|including|among)", re.IGNORECASE)
# ("2 SCI papers but only 1 is first-author", "SCI 2 篇但只有 1 篇一作", "three papers, only one as corresponding": the
# noun the whole counts may come between, and "but only" narrows the whole to the part as 其中 does)
_WHOLE_THEN_PART = re.compile(r"(?:\s*(?!(?:but|only|just|of|and)\b)[A-Za-z][\w/-]*){0,3}?\s*[，,:：;；]?\s*"
                              r"(?:其中|當中|当中|裡面|里面|\bof (?:them|which|these|those)\b|"
                              r"(?:但是?|不過|不过|可是)?\s*(?:只有|僅有|仅有|只|僅|仅)|(?:但是?|不過|不过|可是)|"
                              r"\b(?:but|though|although|yet)\b(?:\s+(?:only|just))?|\b(?:only|just)\b)", re.IGNORECASE)
# "2 as first author (one of them is a case report)", "3 SCI papers, 1 of which …": the part after the whole's own words
_PART_AFTER_NOUN = re.compile(r"\s*(?:as\s+)?(?:[A-Za-z][\w-]*\s*){0,3}[（(,，:：]?\s*(?:\d+\s+of\s+(?:them|which|these|those)\b|"
                              r"(?:其中|當中|当中|裡面|里面)\s*\d)", re.IGNORECASE)
_REST_BEFORE = re.compile(r"(?:其他|其它|其餘|其余|剩下|另外|\bthe other\b|\bthe rest\b|\bremaining\b)[^\d，,。；;]{0,4}$", re.IGNORECASE)
# (after 、 only the rest said all to have: "30 例失聯、其他都完成追蹤" — never "二作2篇、其他作者3篇")
_REST_AFTER = re.compile(r"[^\d。；;.?？!！]{0,30}?(?:[，,；;]\s*|、\s*(?=(?:其他|其它|其餘|其余|剩下|剩餘|剩余)(?:的)?(?:人|個案|个案|案|例)?\s*(?:都|皆|均|全))|"
                         r"\band\s+|\bwhile\s+)(?:其他|其它|其餘|其余|剩下|剩餘|剩余|\bthe rest\b|\bthe others\b|"
                         r"\ball (?:the )?others?\b|\beveryone else\b|\beverybody else\b|\bthe remaining\b)", re.IGNORECASE)
_PART_OF = re.compile(r"\s*(?:[a-z-]+\s+)?of\s+(?:them|those|these|which|the)\b", re.IGNORECASE)
# the person's place on one of the things counted: an author's place, or presenting it ("I was just a co-author but I presented
# it", "我是共同作者，但是我上台報告的") — and words that deny something of it (then the part is asked, never passed over)
_ROLE_SAID = re.compile(r"\b(?:co-?author|(?:first|1st|second|2nd|third|3rd|last|middle|corresponding|senior)[\s-]author|author|"
                        r"present(?:ed|er|ing)|(?:gave|did)\s+the\s+(?:talk|presentation))\b|作者|[一二三]作|通訊|通讯|共同|"
                        r"發表者|发表者|報告者|报告者|上台|上臺|報告的|报告的", re.IGNORECASE)
_DENIED_IN_PART = re.compile(r"\b(?:not|never|didn'?t|did\s+not|wasn'?t|was\s+not|no)\b|n't\b|沒|没|不是|未|非", re.IGNORECASE)
# "one of those 4", "這 4 次裡": a number that points back at one already read.
_BRACKET_OPEN = re.compile(r"[（(]\s*$")  # the same fact again in other units, in brackets right after it
# "2 two-hour lectures (exactly 2 h each)", "（約 24 個月）": the same fact again, in brackets with a word of its own
# — or as the whole of it ("3-month observership (full 3 months, …)", "（足足 3 個月）", "(the whole 6 months)")
_BRACKET_RESTATES = re.compile(r"[（(]\s*(?:exactly|just|about|around|roughly|i\.e\.?|that is|(?:a |the )?(?:full|whole|entire|complete)|"
                               r"即|約|约|大約|大约|剛好|刚好|正好|整整|足足|整)?\s*$", re.IGNORECASE)
# "4月到6月", "7-12 月", "3 月至 5 月": the months a period runs from and to (a year before it makes it "106年1月")
_MONTH_RANGE = re.compile(r"(?<![\d年/.])(\d{1,2})\s*(?:月份?)?\s*(?:到|至|~|～|-|–|—)\s*(\d{1,2})\s*月(?:份|底|初|中)?")
# "250 台左右（確切是 250）", "about 300 — 300 exactly", "precisely 42%": the figure said again as its exact value
_EXACT_WORD = r"(?:確切|确切|精確|精确|準確|准确|實際|实际|正確|正确)"  # "exact(ly)", the words that give the figure as it is
_EXACT_BEFORE = re.compile(_EXACT_WORD + r"(?:的)?(?:數字|数字|數目|数目|來說|来说|地說|地说|上)?\s*(?:是|為|为|:|：)?\s*$"
                           r"|\b(?:exactly|precisely|to be (?:exact|precise),?)\s*$", re.IGNORECASE)
_EXACT_AFTER = re.compile(r"\s*(?:%|分|例|案|台|臺|件|次|篇|天|points?|cases?)?\s*(?:exactly|precisely|on the dot|整)\b", re.IGNORECASE)
_YEAR_MONTH = re.compile(r"(?<!\d)(\d{2,4})\s*年\s*(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月)(?!\s*\d{1,2}\s*[日號号])")  # (十一月: in words)
# "今年12月", "明年 3 月份": a month of a year said relative to today (the year offset by its word)
_REL_YEARS = {"今年": 0, "明年": 1, "去年": -1, "this year": 0, "next year": 1, "last year": -1}
_REL_YEAR_MONTH = re.compile(r"(今年|明年|去年)\s*的?\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日號号])")
# "是扣 5% 還是 10%": the numbers of an either-or are options the question offers.
_INSTRUCTION = re.compile(r"改成|改為|改为|設為|設成|寫成|說成|當作|算成|直接給|set (?:it|the \w+) to|make it|change (?:it|the \w+) to|"
                          r"pretend|ignore|忽略|不要管", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(r"\s*(?:個|个|位|名)?\s*(?:合格|全職|全职|專任|专任|正職|正职)?(?:的)?\s*(?:(?:full-time|part-time|qualified|certified|registered|licensed|rad|radiology|mammo(?:graphy)?)\s+){0,3}"
                           r"(?:(?:radiographers?|technologists?|techs?|RTs?|rads|radiologists?|readers?|physicians?|doctors?|people|"
                           r"staff)\b|放射師|放射师|放射士|放射技師|放射技师|技術員|技术员|技師|技师|醫師|医师"
                           # ("放射師兩個人各 300 天": the people said as people)
                           r"|(?<=[個个])\s*人(?![次數数])|^\s*(?:個|个)\s*人(?![次數数]))",
                           re.IGNORECASE)
# "two worked the full 365 days", "兩個全年、一個做了 120 天": how many of the people in a list did what follows
# ("two full-time (365 days each) and one who only covered 90 days", "2 part-timers 120d each", "two full year (365 d each)",
# "two of our radiographers worked all year")
_SOME_DID = re.compile(r"\s*(?:個|个)?\s*(?:of (?:them|us|(?:our|the|my)\s+(?:qualified\s+)?(?:radiographers|techs|technologists|RTs))\s+)?(?:worked|were|joined|started|who\b|full[- ]?time|full[- ]year|all year|"
                       r"(?:for\s+)?(?:the|a)\s+(?:full|whole|entire)\s+year\b|"
                       r"part[- ]?timers?|full[- ]?timers?|全年|整年|全職|全职|做了|做滿|做满|"
                       r"工作|上班|只做|只上|待了)", re.IGNORECASE)
# ("one of them did 520 in March", "one of them screened 510": what one of the people did, as 其中一位做了 is)
_ONE_DID = re.compile(r"\s*(?:of (?:them|us)\s+)?(?:worked|works|was|is|left|joined|started|quit|who|"
                      r"(?<=of them )(?:did|does|screened|screens|shot|performed|read|had))\b", re.IGNORECASE)
_ONE_OF = {"天", "個月", "年", "週", "位", "名", "人", "例", "個", "件", "案", "台"}
_TOGETHER_AFTER = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,2}?(?:加起來|加起来|合起來|合起来|一起|合計|合计|總共|总共|共)|(?:[A-Za-z]+\s+){0,2}?"
                             r"(?:together|combined|in all|in total|added up)\b)", re.IGNORECASE)
# Between an item's count and the person's subtotal for it: a unit of the count, an equals sign, an arrow or a bracket.
_SUBTOTAL_GAP = re.compile(r"^\s*(?:次|場|场|篇|例|times?|x)?\s*(?:(?:[A-Za-z][\w/.-]*|\([^()]{1,20}\)|（[^（）]{1,20}）)\s*){0,4}?(?:[=＝→:：]|[（(]|->|=>|\bis\b|\bgives\b|算|是|共)?\s*$", re.IGNORECASE)
_EQUALS_BEFORE = re.compile(r"(?:[=＝→]|->|=>)\s*$")
# "Two papers this year:", "兩篇論文：": a count heading a list after its colon
_HEADING_AFTER = re.compile(r"\s*(?:[A-Za-z][\w-]*(?:\s+|(?=\s*[:：]))){0,4}?\s*[:：]|\s*[^\d，,。；;:：]{0,8}[:：]")
_ONE_THING = re.compile(r"\s*(?:(?:[\w-]+\s+){0,2}(?:bus|van|vehicle|truck|car|coach|site|unit)\b|(?:台|臺|輛|辆|部)?\s*"
                        r"(?:乳攝車|乳摄车|巡迴車|巡回车|篩檢車|筛检车|車|车))", re.IGNORECASE)
# "(3 total)", "3 in all", "4 altogether": a count said to be the total of the ones before it
_TOTAL_AFTER = re.compile(r"\s*(?:[a-z-]+\s+)?(?:total|in total|in all|altogether|all told|combined|overall)\b", re.IGNORECASE)
# "今年有沒有破 300", "did I reach 250?", "does it hit 400": a bar the person asks the result against (no rule's figure)
# ("會不會變 0 分", "会不会变成零分年", "will it end up at 0?", "do I become a 0-credit year": the outcome the question asks about)
_BAR_BEFORE = re.compile(r"(?:破|突破|達到|达到|到達|到达|超過|超过|超|過|过|夠|够|滿|满|變成?|变成?|成為|成为|淪為|沦为|"
                         r"\b(?:reach(?:ed)?|hit|make|over|above|exceed|past|clear|become|end up(?: at| with| as)?|turn into))\s*(?:an?\s+)?$",
                         re.IGNORECASE)
# "for one of our techs", "one of my residents": the person the question is about, no count.
_ONE_PERSON = re.compile(r"\s*of\s+(?:our|my|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:techs?|technologists?|radiographers?|"
                         r"rts?|staff|doctors?|docs?|drs?|MDs?|attendings?|physicians?|readers?|radiologists?|colleagues?|residents?|fellows?|surgeons?|"
                         r"members?|team)\b"
                         # "one of last month's screenings", "one of this week's patients", "one of our women": the case asked about
                         r"|\s*of\s+(?:our|my|the|those|these|(?:last|this|that)\s+(?:month|week|year)['’]s|yesterday['’]s|today['’]s)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:screenings?|patients?|women|ladies|clients?|cases?|exams?|mammograms?|recalls?|"
                         # "one of the uncompleted", "one of the outstanding ones", "one of our positives": one case of a group
                         r"uncompleted|incomplete|unfinished|outstanding|remaining|positives|suspects|ones)\b"
                         # "one tech hit 551", "one radiographer did 560": one person named in the singular, the one it is about
                         r"|\s*(?:[\w-]+\s+)?(?:tech|technologist|radiographer|rt|doctor|physician|reader|radiologist|surgeon|"
                         r"resident|fellow|colleague)\b(?!['’]?s\b)", re.IGNORECASE)
# "我們三個放射師裡最高的是 366", "三位之中最好的", "the best of our 3 RTs": how many people a figure is the best (highest,
# lowest) of — the group it is chosen among, no fact of the calculation
_GROUP_BEST_AFTER = re.compile(r"\s*(?:個|个|位|名|組|组)?\s*(?:[\u4e00-\u9fff]{0,4}?)(?:裡面?|里面?|之中|當中|当中|中)\s*(?:的)?\s*"
                               r"(?:[\u4e00-\u9fff]{0,6}?)(?:最高|最好|最佳|最低|最差|最多|最少)")
_GROUP_BEST_BEFORE = re.compile(r"\b(?:best|highest|top|lowest|worst)\s+(?:[\w-]+\s+){0,2}?(?:of|among)\s+(?:our|my|the|all)?\s*$",
                                re.IGNORECASE)
# The person's age and years in practice: context, a quantity only a date or a period argument can take.
# "雅婷一個人拍了 520 個", "小美自己一個人就拍了": the one person a figure is hers alone, no count
# "我們一個技術員這個月…", "只有一位放射師：…": the one member of staff the question is about (a classifier, then the noun)
_ONE_PERSON_ZH = re.compile(r"\s*(?:個|个)人(?:就|都|總共|总共|共)?|\s*(?:個|个|位|名)\s*(?:[\u4e00-\u9fff]{0,2}?)"
                            r"(?:放射師|放射士|放射技師|技術員|技術師|技師|醫師|醫生|同仁|同事)")
# "一年幾分", "1 年可以拿多少積分": the figure asked right after a period of one — what it is per
_PER_ASKED = re.compile(r"\s*(?:(?:可以|能|總共|总共|共|會|会|大概|就)?\s*(?:拿|有|得|算|是|累積|累积)?\s*(?:到)?)?\s*(?:幾|几|多少)\s*(?:分|積分|积分|學分|学分)")
_PER_MONTH = re.compile(r"(?:每|1)\s*(?:個|个)?\s*月(?!會|会)|\b(?:per|a|each|every) month\b|\bmonthly\b(?!\s*(?:meeting|mtg))", re.IGNORECASE)
_NTH_BIRTHDAY = re.compile(r"\b(\d{2,3})(?:st|nd|rd|th)\s+(?:birthday|b-?day)\s*(?:is|was|will be|falls on|on|:|=)?\s*$", re.IGNORECASE)
_AGE = re.compile(r"\bage[ds]?\s*(?:of\s*)?$|年紀|年龄|年齡|今年\s*$", re.IGNORECASE)
# "I turn 60 on …", "will be 60 on …", "滿 60 歲是 …": the words of an age reached on a day
_TURNS_BEFORE = re.compile(r"(?:\b(?:turn(?:s|ing)?|will be|become|becoming|reach(?:es|ing)?)\s+(?:age\s+)?|滿|满|屆滿|届满)\s*$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"[-\s]*(?:(?:years?|yrs?)[-\s]*)?old\b|\s*(?:(?:years?|yrs?)\s+)?of\s+age\b|\s*(?:y/?o|y\.o\.)(?![a-z])", re.IGNORECASE)
# "I'm 64 and thinking of retiring", "I am 61,", "I was 61 and moved", "at 63 I …", "aged 58": a person said to be a figure of an adult's years with
# nothing counted after it — the clause goes on or ends (never "I'm 30 credits short": a noun after it is what it counts)
_AGE_SAID_BEFORE = re.compile(r"(?:\bI['’]?m|\bI\s+am|\bim|\bI\s+was|\bI['’]?ll\s+be|\bI\s+will\s+be|\b(?:s?he|they)\s+(?:is|was|are|were)|\b(?:s?he)['’]s|\bage[ds]?|(?:^|[,.;:!?]\s*|\band\s+)at(?:\s+age)?)\s*$", re.IGNORECASE)
# "我快60了", "他今年59", "我都58了": a person said to be a figure of years, in Chinese (the figure then ends the clause or 了)
_AGE_SAID_BEFORE_ZH = re.compile(r"(?:我|他|她|本人)(?:今年|現在|现在|目前|都|也)?\s*(?:已經|已经|快要?|將近|将近|接近|差不多|剛|刚|才|已)?\s*$")
_AGE_SAID_AFTER_ZH = re.compile(r"\s*(?:歲|岁)?\s*(?:了|啦|囉|喽|[，,。；;！!？?]|$)")
_AGE_SAID_AFTER = re.compile(r"\s*(?:[,.;:!?，。；)）—–]|$|-(?!\s*\d)|\b(?:and|but|now|this|next|so|with|soon|already|I|we|thinking|"
                             r"turning|retiring|planning|about|almost|nearly|here)\b)", re.IGNORECASE)
# (… or the years at a hospital, in a post: "在這家醫院待了 15 年", "在本院服務 20 年", "年資 12 年", "been at this hospital 15
# years", "worked here for 12 years" — the person's background, no period of any activity counted)
_PRACTICE = CAREER  # (bot/parsing/career.py)
_ROUGH_YEARS_AFTER = re.compile(r"\s*(?:多|幾|几)\s*年")  # ("當外科醫師二十幾年": the tens said, the 幾年 after them)
# Between a period and the count it is the window of: a colon or comma, a verb of doing or having ("六年做了 350 例",
# "6 yrs: 200 cases", "6 years, I did 180")
_PERIOD_GAP = re.compile(r"[\s:：,，]*(?:(?:內|内|裡|里|中|間|间|來|来|以來|以来|下來|下来)?\s*(?:共|總共|总共|一共|累積|累积|做了|做過|做过|做|有|累計|累计)?|"
                         r"(?:\s*(?:I|we)\s+)?(?:did|done|had|performed|of)?)\s*")
_AGO = re.compile(r"\s*(?:前|以前|ago\b)", re.IGNORECASE)
_EITHER_OR = re.compile(r"還是|还是|或是|或者|\bor\b|\bvs\.?|[\d%]\s*(?:還|还|或)\s*\d", re.IGNORECASE)
# "是扣 10% 還 15%？", "B or C — 345 or 355?": figures a question offers as options of its answer, none of them a fact.
_OPTIONS = re.compile(r"\d+(?:\.\d+)?\s*(%|分|points?|pts)?\s*(?:還是|还是|或是|或者|還|还|或|\bor\b|\bvs\.?|/)\s*\d+(?:\.\d+)?\s*(%|分|points?|pts)?",
                      re.IGNORECASE)
# "差一分就 A 了", "只差 2 例就夠", "1 point short of an A", "missed the A by 2 points": a difference the person worked out
# between a figure and a line — no fact of the calculation (it answers it).
_DIFF_BEFORE = re.compile(r"(?:差|还差|還差|只差|就差|才差|少了?|\bmissed\b[^.?!,]{0,30}\bby|\bshort by|\boff by|\bonly)\s*$", re.IGNORECASE)
_DIFF_AFTER = re.compile(r"\s*(?:分|%|例|案|天|次|篇|個|个|points?|pts?|cases?)?\s*(?:就|才|便|而已|就能|就可以|"
                         r"\b(?:short of|shy of|away from|off (?:an?|the)|below (?:an?|the)|under (?:an?|the)|from (?:an?|the|getting|making)))",
                         re.IGNORECASE)
# Between two figures of a list: a separator and the next one's label ("10, laser 0", "、雷射 0")
_ZERO_GAP = re.compile(r"\s*(?:例|案|件|cases?)?\s*[,，、;；/]\s*(?:and\s+)?[^\d,，、;；。.?？!！]{0,16}", re.IGNORECASE)
# "差一分", "相差 3 分", "兩組只差 2", "differ by 1", "a 3-point difference", "3 points apart": a gap between figures
_GAP_BEFORE = re.compile(r"(?:相差|差了?|差距(?:是|為|为)?|只差|就差|才差|差別|差别|\bdiffer(?:s|ed|ence)?\s+(?:of|by|is)|"
                         r"\bgap\s+(?:of|is))\s*$", re.IGNORECASE)
_GAP_AFTER = re.compile(r"\s*(?:分|points?|pts?)?\s*(?:之差|的差距|的差別|的差别|-?\s*(?:point\s+)?(?:apart|difference|gap)\b)", re.IGNORECASE)
# A grade the calculation gives ("A"–"D"), and a count of grades the person guesses ("one B one C", "兩個 B", "2 A's")
_GRADE = re.compile(r"[A-E]")
_GRADE_AFTER = re.compile(r"\s*(?:個|个|項|项|科|组|組)?\s*(?:an?\s+)?[A-E](?:'?s)?(?![A-Za-z0-9])(?:\s*(?:等|級|级|grades?))?")
# "a few (of them)", "some", "幾張", "有些", "其中幾組": some of the figures, not how many
_SOME_OF = re.compile(r"\b(?:a few|some|several|a couple|one or two|two or three)\b|幾張|几张|幾組|几组|幾個|几个|有些|有幾|有几|部分|部份", re.IGNORECASE)
# after a year's label, none of the items: "2026: nothing yet lol" (folded to 0), "2026 年：還沒有", "2026: none so far"
_YEAR_NONE_AFTER = re.compile(r"\s*(?:年度?)?\s*(?:[:：]|[-–—]\s)\s*(?:(?:still|so far|as of now)\s+)?(?:(?:還|还|暫時|暂时|目前|尚|都|也)?\s*(?:沒有|没有|沒|没|無|无|尚無|尚无)"
                              r"|0(?!\s*(?:[.,]\d|分|%|points?|credits?|pts))|nothing|none|zero|nil)"
                              r"[^\d，,。；;.\n:：]{0,20}?(?=$|[，,。；;.\n!?？！]|\s+\d{4}\s*[:：])", re.IGNORECASE)
# "總數夠但中間有一年掛零", "有兩年是 0 分", "one year was a zero", "two of the years were blank": how many of the listed years
# came to nothing — said again of a list read with that many zeros (the zeros themselves read from their own figures)
_ZERO_YEARS_AFTER = re.compile(r"\s*(?:的)?(?:積分|积分|分數|分数)?\s*(?:都|也|是|為|为|都是|拿)?\s*(?:掛零|挂零|掛蛋|挂蛋|零分|是零|(?<![\d.])0(?![\d.])\s*分?|"
                               r"沒有積分|没有积分|沒積分|没积分|沒分|没分|沒拿到分|没拿到分|空白|開天窗|开天窗|"
                               # ("有一年因為家裡的事情完全沒去任何活動", "有一年出國都沒參加"): no activity that year, its reason between
                               r"[^，,。；;\d]{0,16}?(?:完全|都|全都|什麼都|什么都)?\s*(?:沒|没|沒有|没有)(?:去|參加|参加|出席)(?:任何|過|过)?\s*(?:活動|活动|會議|会议)?)|"
                               r"\s*(?:of (?:them|those|the years|my years)\s+)?(?:(?:was|is|were|came (?:out|in) at|had)\s+)?(?:a\s+)?"
                               r"(?:zero|0(?![\d.])|nothing|blank)\b", re.IGNORECASE)
_ZERO_OF_YEARS = re.compile(r"(?<![\d.])(\d)\s*(?:年|years?(?:\s+of (?:them|those))?)\s*(?:都|也)?\s*(?:是|為|为|拿|積分|积分|\bwas|\bwere|\bis|\bat)?\s*$",
                            re.IGNORECASE)
# "閏年", "leap year", "leap yr": a remark on the calendar
_LEAP_YEAR = re.compile(r"閏年|闰年|\bleap[- ]?(?:years?|yrs?)\b", re.IGNORECASE)
# "二月沒有31號", "2月只有28天", "二月哪來的 30 日", "Feb has no 31st", "February only has 28 days", "there's no Feb 30": a remark
# on how many days a month has — the date arithmetic knows the calendar; the figures of the remark are no input
_MONTH_ZH = r"(?:[一二三四五六七八九十]{1,2}|十[一二]|\d{1,2})\s*月(?:份)?"
_MONTH_EN = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
             r"nov(?:ember)?|dec(?:ember)?)\.?")
_MONTH_DAYS = re.compile(
    rf"{_MONTH_ZH}\s*(?:(?:又|也|根本|本來|本来|就|都)?\s*(?:沒有|没有|沒|没|無|无|不會有|不会有|哪來的?|哪来的?|哪有)|(?:只有|只到|才有|就只有|最多|頂多|顶多|只)"
    r"(?:到)?)\s*\d{1,2}\s*(?:號|号|日|天)"
    rf"|(?:沒有|没有|不存在|哪來的?|哪来的?|哪有)\s*{_MONTH_ZH}\s*\d{{1,2}}\s*(?:號|号|日)"
    rf"|\b{_MONTH_EN}\s+(?:(?:has|had|have)\s+(?:no|only)|(?:only|just)\s+(?:has|had)|doesn'?t\s+have(?:\s+an?)?|does not\s+have(?:\s+an?)?|"
    r"never has(?:\s+an?)?|has(?:\s+just)?)\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+days?)?\b"
    rf"|\b(?:there'?s|there is|there are)\s+no\s+{_MONTH_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\bno\s+{_MONTH_EN}\s+\d{{1,2}}(?:st|nd|rd|th)\b", re.IGNORECASE)


def _in_month_days(text: str, m: Mention) -> bool:
    """Is `m` a figure of a remark on how many days a month has ("二月沒有31號", "Feb has no 31st")?"""
    return any(r.start() <= m.start < r.end() for r in _MONTH_DAYS.finditer(text))


# a bound's words, then the bracket that lists the figures it is said of ("九十以上(", "all 90+ (", "都 85 分以上（")
_BRACKET_NEXT = re.compile(r"[^\d，,。；;？?！!()（）]{0,12}?[（(]")


def _bound_of_bracket(text: str, m: Mention, said: list[Mention]) -> bool:
    """"其他都九十以上(劑量91、壓迫93、照野90、閱片95)", "the rest all 85+ (dose 88, field 85)": a bound said of figures that
    the brackets right after it list one by one — two or more, every one on its side of it — is their summary, no figure
    of its own (one of them may equal it: "照野90" is the figure, "九十以上" is none)."""
    side = None if m.is_date else bound_of(text, m.start, m.end)
    if side is None or (b := _BRACKET_NEXT.match(text, m.end)) is None:
        return False
    close = min((i for i in (text.find(")", b.end()), text.find("）", b.end())) if i != -1), default=len(text))
    inside = [x for x in said if b.end() <= x.start < close and not x.is_date
              and (x.unit == m.unit or {x.unit, m.unit} <= {None, "分"})]
    v = m.values[0]
    holds = {">=": lambda x: x >= v, ">": lambda x: x > v, "<=": lambda x: x <= v, "<": lambda x: x < v}[side]
    return len(inside) >= 2 and all(holds(x.values[0]) for x in inside)


# a figure followed by a demonstrative and the thing it counts — "372 那組", "355 的那一組", "90 這項", "the 372 one",
# "372 set was …": the figure read already, pointed at to say something of it, no figure of its own
_POINTED_AT = re.compile(r"\s*(?:分)?\s*(?:的)?\s*(?:那|這|这)\s*(?:一)?\s*(?:組|组|個|个|位|張|张|項|项|套|台|臺)|"
                         r"\s*(?:points?\s+)?(?:one|set|score)\s+(?:is|was|belongs|came|comes)\b", re.IGNORECASE)


def _calendar_year(m: Mention) -> bool:
    """A calendar year said alone ("2028"), no count."""
    return m.unit in (None, "year", "年") and len(m.values) == 1 and float(m.values[0]).is_integer() and 1900 <= m.values[0] <= 2100


_GUESS = re.compile(r"\b(?:so|i guess|i think|guess|probably|maybe|should be|that'?s|thats|which means|i\.e\.?)\b|所以|應該|应该|"
                    r"大概|我猜|我想|那就是|也就是|等於|等于", re.IGNORECASE)
# The question's own framing: "6 年內", "六年" of a renewal period, "200 分" the bar asked about are
# read by the calculator as its rule, not as facts. They are shown, never silently dropped.
_TOL = 1e-6
# "（已包含在 5 次裡）", "(already included in the 5)": the count a part is said to be in, pointed back at
_COUNTED_IN_BEFORE = re.compile(r"(?:包含|包括|含|算|計|计|列)(?:在|進|进)\s*(?:那|這|这)?\s*$|"
                                r"\b(?:included|counted|part)\s+(?:in|of|among)\s+(?:the|those|these|that)?\s*$", re.IGNORECASE)
# A product written out as working: "15x3=45", "3 × 15 = 45", "40*2=80" (factor, factor, product)
_PRODUCT_WORKING = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*[xX×*＊]\s*(\d+(?:\.\d+)?)\s*[=＝]\s*(\d+(?:\.\d+)?)(?![\d.])")
# The rule's own frame restated ("證書六年", "自選片兩組"): a period or a number of sets. A count, a score or
# a share equal to one of the rule's figures is the person's fact, read or asked about like any other.
_FRAME_UNITS = {"年", "個月", "組"}
# A clause that talks about the rule ("上限是每人每天 40 案吧", "the cap is 30, right?"): its figure may be the rule's.
_RULE_TALK = re.compile(r"上限|下限|規定|规定|規範|門檻|门槛|最多|最少|至少|不得超過|不超過|要求|\b(?:limit|cap|rule|max(?:imum)?|"
                        r"min(?:imum)?|at most|at least|threshold|required|requires?)\b", re.IGNORECASE)
# A question about the rule's own line or measure ("are we over the 10% line?", "六項都 85 分以上嗎", "要不要參加 40 小時
# 培訓", "do I need the 40-hour training?"): its figure, when a cited clause states it, is the rule's, not a fact.
# "moved from Manila 3 yrs ago", "5 年前轉來": how long ago something happened — a time, no quantity of the calculation's
_TIME_AGO = re.compile(r"\s*(?:yrs?|years?|months?|mos?)?\s*(?:ago\b|back\b)|\s*(?:年|個月|个月)?\s*(?:前|以前)(?![往去])", re.IGNORECASE)
_ASKS = re.compile(r"[？?]|嗎|吗|是否|whether", re.IGNORECASE)
# an English clause asked by its word order, its question mark after a later clause ("Do I make 200, and is lifetime an
# option?", "will we hit 300, or not"): the auxiliary before the person
_AUX_FIRST = re.compile(r"\s*(?:and\s+|so\s+|but\s+)?(?:do|does|did|will|would|can|could|is|are)\b", re.IGNORECASE)
_INVERTED_ASK = re.compile(r"\s*(?:and\s+|so\s+|but\s+)?(?:do|does|did|will|would|can|could|am|is|are|have|has)\s+"
                           r"(?:i|we|he|she|it|they|you|that|this)\b", re.IGNORECASE)
_MEASURE_ASKED = re.compile(r"要不要|需不需要|需要|必須|必须|得不得|該不該|该不该|要(?:去)?(?:上|參加|参加|受訓|受训|接受)|\b(?:need(?:s|ed)?|have to|has to|must|should|"
                            r"required to|requires?|attend|take)\b", re.IGNORECASE)
# "超過合理量10%的部分", "有沒有超過合理量 10%", "over the reasonable volume by 10%": the rule's measure named right before the
# figure it is exceeded by — the rule's margin, when a cited clause states it
_MEASURE_BEFORE = re.compile(r"(?:超過|超过|超出|高於|高于)\s*(?:機構)?(?:年)?(?:合理量|上限|標準|标准)\s*(?:的)?\s*$"
                             r"|\b(?:over|above|exceed(?:s|ed|ing)?)\s+(?:the\s+)?(?:reasonable (?:annual )?volume|cap|limit)\s+(?:by\s+)?$"
                             # ("does the mission time reduce the 600", "扣抵那 600 分", "lower the 200 I need"): the requirement
                             # named as what is reduced
                             r"|\b(?:reduce[sd]?|reducing|lower(?:s|ed)?|cut(?:s)?|decrease[sd]?|bring(?:s)?\s+down|take(?:s)?\s+off)\s+(?:from\s+)?the\s+$"
                             r"|(?:扣抵|抵減|抵减|減少|减少|降低|扣掉|減免|减免)\s*(?:那|掉)?\s*(?:個|个)?\s*$"
                             # ("does the mission time reduce the 600", "how many would they need instead of 600", "可以少於 600 嗎":
                             # the rule's requirement asked to be lowered — the rule's figure, no fact)
                             r"|\b(?:reduce[sd]?|reducing|lower(?:s|ed)?|cut|instead of|rather than)\s+(?:the\s+)?(?:usual\s+|normal\s+|required\s+|full\s+)?$"
                             r"|(?:減少|减少|扣抵|抵掉|而不是|取代)\s*(?:原本的|原来的|原來的|規定的|规定的)?\s*$",
                             re.IGNORECASE)
# (… or named before the word lowering it: "how much is the 600 reduced", "will the 600 be lowered", "600 分會減少多少")
_MEASURE_AFTER = re.compile(r"\s*(?:credits?|points?|pts|分)?\s*(?:(?:be|get|gets|got|is|are|was|were)\s+)?(?:reduced|lowered|cut|"
                            r"decreased|brought\s+down)\b|\s*(?:分)?\s*(?:會|会|可以|能)?\s*(?:減少|减少|降低|扣抵|減免|减免|少)",
                            re.IGNORECASE)
_LINE = re.compile(r"\b(?:line|margin|threshold|mark|bar|cut-?off)\b|紅線|红线|那條線|那条线|標準線|标准线|門檻|门槛", re.IGNORECASE)
# "沒那麼多", "不太多", "not that many", "not very high": a negation of a degree — how much, said of the figure — no denial
_DEGREE = re.compile(r"(?:沒有?|没有?|不)\s*(?:那麼|那么|這麼|这么|很|太|算|特別|特别)\s*(?:多|少|高|低|夠|够|好)|不多|不少|"
                     r"\bnot (?:that|very|so|too|all that|particularly)\s+(?:many|much|high|low|few)\b|\bnot (?:many|much)\b",
                     re.IGNORECASE)
# "證明上只寫 5 小時、沒寫分數", "the certificate says 5 hours but doesn't list credits": a document's silence on something
# else — what it does not state, never a denial of the figure it does
_UNSTATED = re.compile(r"(?:沒有?|没有?|未|並未|并未)\s*(?:寫|写|標|标|註明|注明|載明|载明|列出?|印|寫明|写明|標示|标示|說明|说明)"
                       r"|\b(?:does(?:n't| not)|did(?:n't| not)|not)\s+(?:say|state|list|show|mention|give|print)s?\b"
                       r"|\bnot\s+(?:stated|listed|shown|mentioned|printed|written)\b", re.IGNORECASE)
_UNCHECKED = re.compile(NOT_YET_CHECKED, re.IGNORECASE)
# (… and "no problem" / "沒問題" / "not bad", which say a figure is fine: "其餘（劑量 91…）都沒問題", "the others were no problem")
# (any verb asked A-not-A: "超沒超", "扣不扣", "過沒過" — a question, no negation)
# (… or an English yes / no question closed by "or not", "yes or no": "do i qualify or not", "am i there or not" — no denial)
_A_NOT_A = re.compile(rf"{A_NOT_A_ZH}|{IF_NOT}|是否|\b(?:or not|yes or no)\b|"
                      r"沒問題|没问题|沒有問題|没有问题|沒事|没事|不錯|不错|\bno (?:problems?|issues?)\b|\bnot bad\b", re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"(?:不到|未滿|未满|沒有?滿|没有?满|不滿|不满|還不到|还不到|少於|少于|不足|超過|超过|以內|"
                           r"\bless than(?: a full)?|\bunder|\bover|\bmore than|\bshort of(?: a full)?|\bnot (?:even |quite )?(?:a full|one full))\s*$",
                           re.IGNORECASE)
# "換證要 200 分", "門檻是 600 分", "needs 200 points", "the requirement is 600": a word of requiring right before a figure
# (never the person's own shortfall: "我還要 20 分", "I still need 20 points")
_REQUIRES_BEFORE = re.compile(r"(?:(?<![我你他她還还再])(?:需要|需|須|须|要)|必須|必须|得要|門檻|门槛|標準|标准|要求|規定|规定|至少要?|最少要?|"
                              r"\b(?:needs|requires|required|requirement(?:\s+is)?|threshold(?:\s+is)?|minimum(?:\s+(?:is|of))?|"
                              r"at least|must (?:have|reach|earn|get))\b)\s*(?:是|為|为|有|拿到|累積|累积|達到|达到|滿|满)?\s*$",
                              re.IGNORECASE)
# "2 SCI papers (50 each)", "兩篇（各 50 分）", "4 monthly meetings at 20 apiece": the rate per item said after the figure
_PER_ITEM_AFTER = re.compile(r"\s*(?:分|points?|pts?|credits?)?\s*(?:each|apiece|a piece|ea\.?|per\s+(?:paper|article|meeting|session|talk|"
                             r"lecture|time|one|piece|item)|/\s*(?:篇|次|場|场|paper|meeting|each|ea))(?![A-Za-z])", re.IGNORECASE)
_EACH_RATE_BEFORE = re.compile(r"各\s*(?:算|是|給|给|拿|得)?\s*$")
_THAT_RATE_BEFORE = re.compile(r"(?:[\u4e00-\u9fff](?:的)?那|的那個|的那个)\s*$")
_PER_ITEM_BEFORE = re.compile(r"(?:(?:每|一|1)\s*(?:次|場|篇|例|個|位)|\b(?:each|per|a)\s+(?:[a-z-]+\s+){0,2}?(?:meeting|time|paper|"
                              r"article|session|talk|lecture|case|one))\s*(?:就|都)?\s*(?:算|是|給|给|有|積分|积分|得|拿|=|is|counts?(?: as| for)?|"
                              r"gives?|earns?|worth)?\s*$", re.IGNORECASE)
_NAMED_AFTER = re.compile(r"\s*(?:項|项|個|个|位|名|場|场|次|篇|組|组|items?|ones?)?[^\d，,。；;(（]{0,4}[(（]([^)）]{1,80})[)）]", re.IGNORECASE)
# "349、356 兩張", "358 and 362 (2 films)", "360、358、361 共三張": how many items, said right after the last of them
# (… or the people of the list counted again in the next clause, "…250天，這兩個人今年總共…", "…250 days; the two of them did …")
_COUNT_AFTER_LIST = re.compile(r"\s*(?:分|points?|pts)?\s*[,，(（;；]?\s*(?:共|總共|总共|一共|合計|合计|\bin total\b|\btotal\b|\bacross\b)?\s*"
                               r"(?:(?:\b(?:and|so)\s+)?(?:\bthe\b|\ball\b|\bthese\b|\bthose\b|這|这|那|而|今年|去年)\s*)?$",
                               re.IGNORECASE)
_COUNTER_AFTER = re.compile(r"\s*(?:張|张|組|组|份|個|个|次|位|名|年|\b(?:films?|images?|sets?|readings?|sampled|scores?|in total|"
                            r"total|altogether|of them)\b)", re.IGNORECASE)
# "a 2-week observership", "3 小時": a length or an amount, never how many items a list has.
_NOT_A_HEADCOUNT = {"週", "小時", "個月", "%", "萬元", "元", "分"}
_COUNTER_NOUN_AFTER = re.compile(r"\s*(?:張|张|組|组|份|個|个|位|名|\b(?:films?|images?|sets?|readings?|scores?)\b)", re.IGNORECASE)
_COUNTER_UNITS = {"張", "张", "組", "组", "份", "個", "个", "位", "名"}  # a count's own word read as its unit ("4組")


# An item of a bracketed list said with how many times ("TSIR annual x2", "SIR ×3", "JSIR twice", "年會兩次", "CIRSE 2 次")
_ITEM_TIMES = re.compile(r"(?:[xX×*]\s*(\d+)|(\d+)\s*(?:[xX×](?![A-Za-z])|次|場|场|篇|回|\btimes?\b)|\b(twice)\b|\b(thrice)\b)")
_ITEM_SEP = r"[、,，;；/+]|\band\b|\bplus\b|和|跟|與|与|及"
# the bracket opens right after the count and the noun it counts ("3 meetings (", "4 次（", "at 3 IR meetings (")
_COUNT_THEN_BRACKET = re.compile(r"\s*(?:[A-Za-z][\w-]*\s+){0,3}?[^\d，,。；;()（）]{0,6}?[（(]$")


def _bracket_restated(text: str, m: Mention, bound: list[Mention]) -> int | None:
    """The count a loose figure restates (or None): the figure is inside brackets that open right after a count the calculation
    read, and the bracket's items — each one, or as many times as it says ("x2", "兩次", "twice") — add up to that count."""
    if m.is_date:
        return None
    open_at = max(text.rfind("(", 0, m.start), text.rfind("（", 0, m.start))
    if open_at < 0 or max(text.rfind(")", open_at, m.start), text.rfind("）", open_at, m.start)) >= 0:
        return None
    close = min((i for i in (text.find(")", m.end), text.find("）", m.end)) if i >= 0), default=-1)
    if close < 0:
        return None
    head = next((x for x in sorted(bound, key=lambda x: -x.end) if x.end <= open_at and not x.is_date
                 and _COUNT_THEN_BRACKET.match(text[x.end:open_at + 1]) is not None), None)
    if head is None or head.values[0] != int(head.values[0]) or not 2 <= head.values[0] <= 20:
        return None
    items = [x.strip() for x in re.split(_ITEM_SEP, text[open_at + 1:close], flags=re.IGNORECASE) if x and x.strip()]
    if len(items) < 2:
        return None
    total = 0
    for item in items:
        times = list(_ITEM_TIMES.finditer(item))
        if len(times) > 1 or (not times and re.search(r"\d", item)):
            return None  # (a figure in an item that is no count of times: not a list of how many times)
        g = times[0].groups() if times else None
        total += 1 if g is None else int(g[0] or g[1]) if (g[0] or g[1]) else 2 if g[2] else 3
    return int(head.values[0]) if total == head.values[0] else None


_ALONE_CLOSE = re.compile(r"\s*(?:分|points?|pts?|credits?)?\s*[）)]", re.IGNORECASE)


def _credits_alone_in_brackets(text: str, m: Mention, rates: set[float]) -> bool:
    """"年會（60）", "the annual meeting (60 pts)": a bare figure alone in brackets (or with a word of points), equal to the
    points per item the calculation used (`_rates_used`) — what the person reckons the item is worth, never a count of it."""
    return not m.is_date and m.unit in (None, "分") and _BRACKET_OPEN.search(text, max(0, m.start - 3), m.start) is not None \
        and _ALONE_CLOSE.match(text, m.end) is not None and m.values[0] in rates


def _rates_used(results: Iterable[dict[str, Any]] | None) -> set[float]:
    """The points per item the calculation's steps used ("4 次 × 20 分 = 80 分" → 20)."""
    return {float(x) for r in results or () for b in (r.get("breakdown") or ()) if isinstance(b, dict)
            for x in re.findall(r"×\s*(\d+(?:\.\d+)?)", str(b.get("text", "")))}


def _counts_list_after(text: str, m: Mention, ends: Iterable[int]) -> bool:
    """"338、342、345、329 四組", "349、356 兩張": a count with a counter word right after the last item of a list (`ends`:
    where each list read ends) — how many items the list has, never a figure of its own nor a part of a sum."""
    counter = m.unit in _COUNTER_UNITS or _COUNTER_AFTER.match(text, m.end) is not None
    return not m.is_date and counter and any(e <= m.start and _COUNT_AFTER_LIST.match(text, e, m.start) for e in ends)


@dataclass(frozen=True)
class Mention:
    """A number (or date) the person wrote: its value(s), unit and words."""

    values: tuple[float, ...]
    unit: str | None
    start: int
    end: int
    words: str
    is_date: bool = False


@dataclass
class Ledger:
    """What became of each number: bound to an argument, or not accounted for."""

    reading: list[dict[str, Any]] = field(default_factory=list)
    unaccounted: list[Mention] = field(default_factory=list)
    unused: list[tuple[Mention, str]] = field(default_factory=list)  # (number, why it was not used)
    # a total the person said as a bound that the items disagree with ("加起來有過600" of 520): where it starts → its side
    total_bounds: dict[int, str] = field(default_factory=dict)
    # a total the person (or someone they quote) claims that the calculation disagrees with: (their figure, the result's)
    claims: list[tuple[float, float]] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.unaccounted


def _context(text: str, start: int, end: int, before: int = 8) -> str:
    """The number with its unit and the few words before it, within its clause ("RFA 做了 120 例")."""
    left = max(text.rfind(ch, 0, start) for ch in "，,、；;。\n？?！!：:（(") + 1
    left = max(left, start - before)
    while 0 < left < start and text[left - 1].isascii() and text[left - 1].isalnum():
        left -= 1  # never cut an English word ("ategory 0") or a number ("4年度")
    end = len(text[:end].rstrip())  # a quantity's span may end in the space before its (absent) unit
    after = re.match(r"(?:\s+(?:[A-Za-z][\w'-]*)){1,3}", text[end:end + 40])
    if after and not re.search(r"[\u4e00-\u9fff]", text[left:start]):  # "3 as first author": the words after it
        end += after.end()
    return " ".join(text[left:end].split())


def mentions(text: str, today: datetime.date) -> list[Mention]:
    """Every number and date in the text that states a fact (not clause numbers or ordinals)."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for d in find_dates(text):
        out.append(Mention((float(d.date.toordinal()),), "date", d.start, d.end, _context(text, d.start, d.end), True))
        taken.append((d.start, d.end))
    for said in find_ambiguous_dates(text):  # "03/04/2027": either day of the two (the reader asks which, or the reply said)
        at = text.find(said)
        a, b, y = (int(x) for x in re.split(r"[/.-]", said))
        days = (datetime.date(y, b, a).toordinal(), datetime.date(y, a, b).toordinal())
        out.append(Mention(tuple(float(x) for x in days), "date", at, at + len(said), _context(text, at, at + len(said)), True))
        taken.append((at, at + len(said)))
    for m in _PARTIAL_DM.finditer(text):  # "3 April", "5th of June": the day first
        if any(s < m.end() and m.start() < e for s, e in taken) or not 1 <= int(m.group(1)) <= 31:
            continue
        month = _MONTHS[m.group(2).lower()]
        out.append(Mention((float(month * 100 + int(m.group(1))),), "month-day", m.start(), m.end(),
                           _context(text, m.start(), m.end()), True))
        taken.append((m.start(), m.end()))
    for m in _PARTIAL_DATE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        month = _MONTHS.get(m.group(3).lower()) if m.group(3) else int(m.group(1))
        day = int(m.group(2) or m.group(4))
        out.append(Mention((float(month * 100 + day),), "month-day", m.start(), m.end(),
                           _context(text, m.start(), m.end()), True))
        taken.append((m.start(), m.end()))
    for start, end, month, day in slash_days(text):  # "7/31", "11/3 篩檢": a day without its year, written with a slash
        if not any(s < end and start < e for s, e in taken):
            out.append(Mention((float(month * 100 + day),), "month-day", start, end, _context(text, start, end), True))
            taken.append((start, end))
    for m in _YEAR_MONTH.finditer(text):  # "106年1月", "2017年3月": the month of a year, read as its year
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        year = int(m.group(1))
        year += ROC_OFFSET if year < 1000 else 0
        out.append(Mention((float(year),), "year", m.start(), m.end(), _context(text, m.start(), m.end())))
        taken.append((m.start(), m.end()))
    for y in find_years(text, today):
        if not re.search(r"\d", text[y.start:y.end]):
            continue  # 今年 / last year: a context word, not a number the person wrote
        if any(s < y.end and y.start < e for s, e in taken):
            continue
        out.append(Mention((float(y.year),), "year", y.start, y.end, _context(text, y.start, y.end)))
        taken.append((y.start, y.end))
    refs = article_refs(text)
    for q in find_quantities(text):
        if any(s < q.end and q.start < e for s, e in taken + refs):
            continue  # "art. 5(4)", "5.3": the rule's own numbering, no quantity
        before = text[max(0, q.start - 10):q.start]
        if _ORDINAL_OR_REF.search(before) or (_NAME_BEFORE.search(before) and not _TIMES_BEFORE.search(before)
                                               and not q.unit and not _glued_count(text, q.start, q.end, q.value)):  # "TIPS5例" counts; "Y-90" names
            continue
        if q.unit is None and is_label(text, q.start, q.end, q.value):
            continue  # "Tech 1: non-dense 330", "Dr. 2 (pos 44%)": a name, not a quantity
        if unit_label_zh(text, q.start, q.end, q.value):
            continue  # "2號乳攝車", "第2台車": which van — a name (`account` says so in `unused`)
        if counts_questions(text, q.start):
            continue  # "幫我看兩件事", "two questions:": how many questions the message asks, framing
        if q.unit == "年" and _PERIOD_BEFORE.search(before):
            continue  # "前五年 120、100…", "past 6 years": the period the figures are for, a label
        if one_of_the_years(text, q.start, q.end, q.value, q.unit):
            continue  # "中間有一年派駐…整整12個月": which year, the length said after it — a designation
        if q.unit == "年" and q.value == 1 and _YEAR_MEASURE_AFTER.match(text, q.end):
            continue  # "夠不夠一年的量": the measure a yearly requirement is stated in, not a figure of the case
        if q.unit in (None, "分") and year_label(text, q.start, q.end, q.value, q.unit) \
                or q.unit is None and year_said_when(text, q.start, q.end, q.value) \
                or q.unit in (None, "年") and in_year_range(text, q.start, q.end, q.value):
            out.append(Mention((q.value,), "year", q.start, q.end, _context(text, q.start, q.end)))
            continue  # "2026: TSCRS annual meeting …": the year the figures after it are for
        values = [q.value]
        if q.unit == "%":
            values.append(q.value / 100)
        if q.unit == "週":
            values = [round(q.value / 4, 2)]  # weeks are read as months (4 a month): no argument is in weeks
        if q.unit == "天" and q.value < 366:
            values.append(round(q.value / 30, 2))  # "短期進修 10 天": days of a months argument (30 a month)
        if q.unit == "年":
            values = [round(q.value, 2), round(q.value * 12, 6)]  # "7 yrs 10 mos": 7.83 years, or 94 months  # "派駐整整一年": a period in years of an argument in months (only those)
        unit = q.unit
        if unit is None and _YEARS_OF_BEFORE.search(text, max(0, q.start - 40), q.start) and not _EN_UNIT.match(text, q.end):
            unit = "年"  # "90 credits every single year of the 6", "each year of the six": the years, counted (a period)
        if unit is None and (word := _EN_UNIT.match(text, q.end)) \
                and not _MONEY_BEFORE.search(text, max(0, q.start - 6), q.start) \
                and not _MONEY_NOUN_AFTER.match(text, word.end()):  # "90 TACE cases", "2 interventional meetings"
            # (never money: "NT$2,000,000 in screening subsidy", "1.8 million of screening funds" — the noun names the money)
            unit = next(u for stem, u in _EN_UNITS.items() if word.group(1).lower().startswith(stem))
            if unit == "talk" and not _GAVE_BEFORE.search(text, max(0, q.start - 30), q.start):
                unit = "次"  # "3 local CME talks" attended: as many meetings; "gave 6 talks": talks given
        out.append(Mention(tuple(values), unit, q.start, q.end, _context(text, q.start, q.end)))
    # "三個次專科年會：胸腔外科（兩天）、…", "三個國際會議：東京、巴黎、紐約": a count heading a list after its colon, left
    # in words for the list to give the items — still a number the calculation must agree with (their count, or asked)
    for h in COUNT_HEADING.finditer(text):
        value = cn_to_int(h.group(1))
        if value is not None and not any(s < h.end(1) and h.start(1) < e for s, e in taken):
            out.append(Mention((float(value),), None, h.start(1), h.end(1), _context(text, h.start(1), h.end(1))))
            taken.append((h.start(1), h.end(1)))
    out += _numerals_left_in_words(text, taken)
    return sorted(out, key=lambda m: m.start)


# A Chinese numeral the reading left in words (no unit after it, nor a list separator: "放射積分壹佰", "積分一百 夠嗎",
# "一百出頭", "百二"): still a number the person wrote, which the calculation must have used or be asked about. Two or more
# numeral characters, one of them a unit (十 百 千 萬), not after 第 / 哪 / 幾 / 之 (designations, 之一) — and not the words
# 萬一 (in case), 千萬 (by all means) or 一一 (one by one), which hold no unit at their end.
_LEFT_NUMERAL = re.compile(r"(?<![一二兩两三四五六七八九十拾百佰千仟萬万零〇壹貳參肆伍陸柒捌玖第哪幾几之\d.])"
                           r"((?!千萬|千万|萬|万)[一二兩两三四五六七八九十拾百佰千仟萬万零〇壹貳參肆伍陸柒捌玖]{2,})"
                           r"(?![一二兩两三四五六七八九十拾百佰千仟萬万零〇壹貳參肆伍陸柒捌玖\d])")
_RANGE_NUMERAL = re.compile(r"([一二兩两三四五六七八九])([二三四五六七八九])([十百千萬万])")  # 兩三百, 三四十: either end


# Words that hold numeral characters and no number (十二指腸 the duodenum), and a rough figure the person corrects at once
# ("兩百出頭，精確來說 212 例": the exact figure is the one read).
_NUMERAL_WORD = re.compile(r"十二指[腸肠]")
_ROUGH_THEN_EXACT = re.compile(r"(?:出頭|出头|左右|上下|多)?[，,、\s]*" + _EXACT_WORD)


def _numeral_values(run: str) -> tuple[float, ...]:
    """The value(s) a numeral left in words may stand for: 壹佰 → 100, 百二 → 120 (一 left unsaid), 兩三百 → 200 or 300."""
    value = cn_to_int(run)
    if value is None and run[0] in "十拾百佰千仟":
        value = cn_to_int("一" + run)
    if value is not None:
        return (float(value),)
    r = _RANGE_NUMERAL.fullmatch(run)
    if r is None:
        return ()
    ends = (cn_to_int(r.group(1) + r.group(3)), cn_to_int(r.group(2) + r.group(3)))
    return tuple(float(v) for v in ends if v is not None)


def _numerals_left_in_words(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Chinese numerals normalize_numerals left as words (see _LEFT_NUMERAL), as mentions of the values they stand for."""
    out: list[Mention] = []
    for r in _LEFT_NUMERAL.finditer(text):
        run = r.group(1)
        if not any(c in "十拾百佰千仟萬万" for c in run) or any(s < r.end(1) and r.start(1) < e for s, e in taken):
            continue
        if _NUMERAL_WORD.match(text, r.start(1)) or _ROUGH_THEN_EXACT.match(text, r.end(1)):
            continue
        values = _numeral_values(run)
        if values:
            out.append(Mention(values, None, r.start(1), r.end(1), _context(text, r.start(1), r.end(1))))
    return out


def _runs_of(found: list[Mention], text: str) -> list[list[Mention]]:
    """The mentions grouped into runs: each next one joined to the one before by a separator alone ("0/3/4/5")."""
    runs: list[list[Mention]] = []
    for m in sorted(found, key=lambda x: x.start):
        if runs and re.fullmatch(r"[\s/、,，和及或]*|\s*(?:and|or)\s*", text[runs[-1][-1].end:m.start], re.IGNORECASE):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _leaves(obj: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _leaves(v, f"{path}.{k}" if path else str(k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _leaves(v, f"{path}[{i}]")
    else:
        yield path, obj


def _lists(obj: Any, path: str = "") -> Iterator[tuple[str, list[Any]]]:
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _lists(v, f"{path}.{k}" if path else str(k))
    elif isinstance(obj, list):
        yield path, obj


def _maps(obj: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every map of numbers among the arguments (a score per key), with its path."""
    if isinstance(obj, dict):
        if path and obj and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in obj.values()):
            yield path, obj
        for k, v in obj.items():
            yield from _maps(v, f"{path}.{k}" if path else str(k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _maps(v, f"{path}[{i}]")


_CLAUSE_END = re.compile(r"[，,；;。\n？?！!]|\.(?=\s|$)")  # an English full stop, not a decimal point
# … and for what a negation is of, a dash setting a clause off too ("reading system 86 — the alignment score isn't in yet":
# the negation is the next clause's), not a range's ("2021–2026")
_NEGATION_END = re.compile(rf"{_CLAUSE_END.pattern}|(?<!\d)—+(?!\d)|\s[–-]\s")
# … and, after the number only, what closes its item of a list: the enumeration comma, or "and" before the next figure
# ("309 completed and 103 not") — a negation before the list may be of every item: "沒有 A、B"
_ABSENCES = re.compile(r"(?<=\s)(?:沒有?|没有?|無|无)\s*[^\d\s，,。；;、/沒没無无]{1,6}(?:\s*[、,，/]?\s*(?:也|又|或|跟|和)?\s*(?:沒有?|没有?|無|无)"
                       r"\s*[^\d\s，,。；;、/沒没無无]{1,6})+")
_ITEM_END = re.compile(r"、|\band\s+(?=\d)", re.IGNORECASE)


_ASIDE = re.compile(r"not that it matters|(?:it )?doesn'?t matter|does not matter|irrelevant|\bfyi\b|\bbtw\b|by the way|"
                    r"順帶一提|順便一提|順便說|題外話|不重要|無關緊要|跟這(?:個|題)?無關|與此無關|不相關", re.IGNORECASE)


def _said_not_to_matter(text: str, pos: int) -> bool:
    """The number is in the brackets, or else the sentence, where the person says it does not matter."""
    for b in re.finditer(r"[（(][^）)]*[）)]", text):
        if b.start() <= pos < b.end():
            return _ASIDE.search(b.group(0)) is not None
    left = max((text.rfind(ch, 0, pos) for ch in "。.!！?？；;\n"), default=-1) + 1
    rights = [i for i in (text.find(ch, pos) for ch in "。!！?？；;\n") if i != -1]
    sentence = re.sub(r"[（(][^）)]*[）)]", "", text[left:min(rights) if rights else len(text)])
    return _ASIDE.search(sentence) is not None


def _count_paths(key: str, nums: list[tuple[str, Any, float]], kinds: dict[str, Any], roles: dict[str, Any] | None = None) -> list[str]:
    """The count arguments a sum key ("activities", "activities:kind" or "activities:kind:role") adds up."""
    name, _, rest = key.partition(":")
    kind, _, role = rest.partition(":")
    return [q for q, _, _ in nums if q.startswith(f"{name}[") and q.endswith(".count")
            and (not kind or str(kinds.get(q.rsplit(".", 1)[0])) == kind)
            and (not role or str((roles or {}).get(q.rsplit(".", 1)[0])) == role)]


# "我算 50+30+10=90": the person's own working, a sum with its result — checked against the calculation's figures.
_WORKING = re.compile(r"\d+(?:\.\d+)?(?:\s*[+＋]\s*\d+(?:\.\d+)?)+\s*[=＝]\s*\d+(?:\.\d+)?")


def _in_sum(text: str, m: Mention) -> bool:
    """The number is a term or the result of a sum the person worked out ("50+30+10=90")."""
    return any(w.start() <= m.start < w.end() for w in _WORKING.finditer(text))


_SPACED_AFTER = re.compile(r"[\d.]+\s*(?:%|％|[^\d\s，,。；;、]{1,2}?)[ \u3000]+(?=[\u4e00-\u9fff])")
_NEGATION_OPENS = re.compile(r"(?:我|他|她|都|也|但|但是|還|还|卻|却|其中)?\s*(?:沒|没|未|不|無|无|非|並非|并非)")


_LENGTH_UNITS = frozenset({"年", "個月", "year", "month", "週", "week", "天", "day"})


def _same_length_again(m: Mention, fact: str, said: list[Mention], reading: list[dict[str, Any]]) -> bool:
    """The figure is a length already read as this argument from words in another unit ("for 2 full years" read as 24
    months, then "24 months posted"): the same length said again, no fact of its own."""
    if m.unit not in _LENGTH_UNITS:
        return False
    return any(r["fact"] == fact and x.words == r["text"] and x.unit in _LENGTH_UNITS and x.unit != m.unit
               and x.end <= m.start for r in reading for x in said)


def _negated_clause(text: str, pos: int) -> bool:
    """The number's clause says no ("其中 95 案沒完成") — a negation inside brackets the number is not in
    ("年會 1 次（不是第三款那種）") is about the bracket's words, not the number; one far before the number
    ("neither had any requirement from the previous review: Dr A 55%") is about other words."""
    start = max((m.end() for m in _NEGATION_END.finditer(text, 0, pos)), default=0)
    right_mark = _NEGATION_END.search(text, pos)
    end = right_mark.end() if right_mark else len(text)
    # (a later item of a 、-list is its own: "已完成 309 例、未完成 103 例" — the 未 is 103's, never 309's)
    item_end = _ITEM_END.search(text, pos, end)
    end = item_end.start() if item_end else end
    # (… and a later figure starts a fact of its own: "350 例 但專科才 7.5 年 沒演講" — what follows 7.5 is never 350's)
    own = re.match(r"[\d.]+", text[pos:end])
    later = re.search(r"\d", text[pos + (own.end() if own else 0):end])
    if later is not None:
        end = pos + (own.end() if own else 0) + later.start()
    # (… and Chinese words set off by a space after the number and its unit, opening on anything but a negation, are a
    # clause of their own: "陰性 10% 上次沒被要求過" — the 沒 is the previous review's, never 10%'s; "95 案 沒完成" keeps it)
    spaced = _SPACED_AFTER.match(text, pos, end)
    if spaced is not None and not _NEGATION_OPENS.match(text, spaced.end(), end):
        end = spaced.end()
    clause = text[start:end]
    at = pos - start
    # (… and a run of absences standing apart after it — "7.5 年 沒演講沒論文", "8 年 無演講也無 SCI" — lists the items the
    # person has none of, each its own fact; it negates no figure)
    clause = clause[:at] + _ABSENCES.sub(lambda a: " " * len(a.group(0)), clause[at:])
    # (brackets blanked over the whole clause before the window is cut: "（那年出國沒報）、第四年 180、第五年 150" — a
    # bracket closed before the window is no negation of 150 either)
    blanked = re.sub(r"[（(][^）)]*(?:[）)]|$)", lambda b: b.group(0) if b.start() <= at < b.end() else " " * len(b.group(0)),
                     clause)
    kept = blanked[max(0, at - 16):]
    # "…有沒有超量" asks, "個案數沒那麼多（TACE 100 例）" says how much: neither negates the number
    # (… nor does a figure not checked yet, "月會去了 5 次我還沒跟他對": how sure the person is, no denial that it happened)
    return _NEGATED.search(_UNCHECKED.sub("", _UNSTATED.sub("", _DEGREE.sub("", _A_NOT_A.sub("", kept))))) is not None


# "不是我上去報的", "不是一作", "not the presenter", "wasn't first author": a negation of the person's role, not of the count
_ROLE_NEGATION = re.compile(r"(?:不是|並非|并非|非|沒有?|没有?)\s*(?:我)?\s*(?:第\s*一\s*作者|一作|(?:上台|上臺|上去)?(?:報告|报告|報|报|發表|发表|講|讲)|"
                            r"(?:發表|发表|報告|报告)(?:者|人)|講者|讲者|通訊|通讯)"
                            r"|\b(?:not|n't|never)\s+(?:the\s+|a\s+|me\s+)?(?:first(?:[- ]author)?\s*(?:/|\bor\b|\bnor\b)\s*(?:the\s+)?corr(?:esp(?:onding)?)?\b\.?(?:[- ]authors?)?|"
                            r"first[- ]author|presenter|presenting|the one presenting|speaker)"
                            # (each place denied with "non-": "as non-first/non-corresp author", "non-first, non-corresponding
                            # author", "a non-corresponding author")
                            r"|\bnon-?\s*(?:first|1st)(?:[- ]authors?)?(?:\s*(?:/|,|\bor\b|\bnor\b|\band\b)\s*(?:non-?\s*)?corr(?:esp(?:onding)?)?\b\.?)?(?:[- ]authors?)?"
                            r"|\bnon-?\s*corr(?:esp(?:onding)?)?\b\.?(?:[- ]authors?)?", re.IGNORECASE)


def _role_denied(text: str, pos: int, path: str, roles: dict[str, Any]) -> bool:
    """The negation in a count's clause denies the person's role ("壁報 2 篇 但我掛第三作者 不是我上去報的"), which the
    item read carries as its role (another author): the count stands as read."""
    role = roles.get(path.rsplit(".", 1)[0])
    if path.rsplit(".", 1)[-1] != "count" or role in (None, "first", "presenter", "corresponding"):
        return False
    start = _clause_start(text, pos)
    end = _CLAUSE_END.search(text, pos)
    clause = text[start:end.start() if end else len(text)]
    rest = _ROLE_NEGATION.sub("", clause)
    return rest != clause and not _NEGATED.search(_A_NOT_A.sub("", rest))


def _clause_start(text: str, pos: int) -> int:
    return max((m.end() for m in _CLAUSE_END.finditer(text, 0, pos)), default=0)


# "我自己加起來是155分，對嗎？", "comes to 155 by my count, right?": a clause of the person's own figure, then a check
# question standing alone — the figure is put to the result to be checked.
_CHECK_AFTER = re.compile(r"\s*(?:對嗎|对吗|對不對|对不对|對吧|对吧|沒錯吧|没错吧|沒錯嗎|没错吗|是嗎|是吗|是不是|有沒有算錯|有没有算错|"
                          r"\b(?:right|correct|is that (?:right|correct)|am i right|yes or no|did i get (?:it|that) right)\b)\s*[？?!！。]?",
                          re.IGNORECASE)


def _checked_after(text: str, pos: int) -> bool:
    """The clause around `pos` is followed by a check question alone in its clause ("…155分，對嗎？")."""
    mark = _CLAUSE_END.search(text, pos)
    return mark is not None and mark.group(0) in ",，" and _CHECK_AFTER.match(text, mark.end()) is not None


# "with all 4 aboard", "全部 4 位都上車", "all of the 3": the whole counted before, named again with its count
_ALL_AGAIN = re.compile(r"\ball(?:\s+of)?(?:\s+(?:the|those|these|them))?\s*$|(?:全部|所有|全體|全体)(?:的)?\s*$", re.IGNORECASE)
# a clause put as a question ("乳攝車可以報備 4 位嗎？", "can we register 4 on one van?"): its figures are asked about
_ASKED_CLAUSE = re.compile(r"[？?]|嗎|吗|\b(?:can|may|could)\s+(?:we|i|you|they)\b", re.IGNORECASE)


def _asked_before(text: str, start: int | None) -> bool:
    """Was the figure already read (at `start`) said in a question ("可以報備 4 個放射師嗎？")? The same figure stated after
    it ("我們打算報 4 個") then restates the one asked about — no fact of its own."""
    return start is not None and _ASKED_CLAUSE.search(_clause(text, start, True)) is not None


def _clause(text: str, pos: int, with_end: bool = False) -> str:
    """The clause around a position, between separators (`with_end`: and the mark that ends it, ? …)."""
    left = _clause_start(text, pos)
    right_mark = _CLAUSE_END.search(text, pos)
    right = (right_mark.start() + int(with_end)) if right_mark else len(text)
    return text[left:right]


def _copy_already_read(fit: tuple[str, Any, int], bound: set[tuple[int, str]], keyed: list[tuple[int, str, Any, float]]) -> bool:
    """Is the argument `fit` (path, value, call) a copy of one another call holds with the same value, already read?"""
    path, _, call = fit
    values = [n for i, p, _, n in keyed if i == call and p == path]
    return any(i != call and p == path and (i, p) in bound and any(abs(n - x) < _TOL for x in values) for i, p, _, n in keyed)


def _numbers(value: Any) -> list[float]:
    """The numbers an argument value stands for (a date: its day, year and ROC year)."""
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, (int, float)):
        return [float(value)]
    if isinstance(value, str):
        if _ISO.match(value):
            try:
                d = datetime.date.fromisoformat(value)
            except ValueError:
                return []
            return [float(d.toordinal()), float(d.month * 100 + d.day)]
        try:
            return [float(value)]
        except ValueError:
            return []
    return []


def _years_of(value: Any) -> list[float]:
    if isinstance(value, str) and _ISO.match(value):
        try:
            y = datetime.date.fromisoformat(value).year
        except ValueError:
            return []
        return [float(y), float(y - ROC_OFFSET)]
    return []


@lru_cache(maxsize=256)  # the same few clauses are cited again and again
def _rule_figures(rule_text: str) -> frozenset[tuple[float, str | None]]:
    """(value, unit) of every figure the cited clauses state ("六年" → (6, 年))."""
    return frozenset((q.value, q.unit) for q in find_quantities(normalize_numerals(fold(rule_text, collapse=False))))


# A number's unit says what it can be: "1 篇" is a paper's count, never a seminar's (a coincidence of
# values must not bind a number the reader dropped). Families by unit and by argument.
_UNIT_FAMILY = {"talk": "talk", "篇": "paper", "次": "event", "場": "event", "例": "case", "案": "case", "件": "case", "台": "case",
                "天": "day",
                "小時": "hour", "個月": "month", "週": "week", "年": "year", "%": "pct", "萬元": "money", "元": "money"}
_PAPER_KINDS = ("paper", "presentation", "sci_", "non_sci_", "article", "report", "oral_or_eposter")  # "oral 2 篇"


def _family(path: str, kinds: dict[str, Any]) -> set[str] | None:
    """The unit families an argument may be written in (None: any)."""
    leaf = path.rsplit(".", 1)[-1].split("[")[0]
    if leaf == "count":
        kind = str(kinds.get(path.rsplit(".", 1)[0], ""))
        # ("6 talks" counts talks given: a speaker's or a presentation's, never how many meetings were attended)
        if kind.startswith(_PAPER_KINDS) or "presentation" in kind:
            return {"paper", "event", "talk"}
        return {"event", "talk"} if "speaker" in kind or "lecturer" in kind else {"event"}
    table = {"days": {"day"}, "radiographer_work_days": {"day"}, "hours": {"hour"}, "months": {"month", "week", "year", "day"},
             "overseas_mission_months": {"month", "year"}, "annual_subsidy": {"money"},
             "cases_last_6_years": {"case"}, "suspected_positive_cases": {"case"}, "completed_cases": {"case"},
             "annual_screenings": {"case"}, "monthly_screenings": {"case"}, "daily_screenings_on_van": {"case"}}
    if leaf.endswith("_pct"):
        return {"pct"}
    if leaf.startswith("years"):  # "專科 20 年": a period in years, never "PEI 20 例" of the same value
        return {"year", "month"}
    return table.get(leaf)


def _unit_wins(m: Mention, path: str, said: list[Mention], reading: list[dict[str, Any]], kinds: dict[str, Any]) -> bool:
    """"TARE 12, specialist for 12 years": the argument was bound first to a bare figure, and this one carries the unit the
    argument is in — it is no restatement: it is left loose, to win the argument from the bare one (which is then left for
    what else it may be: an item of a list that sums)."""
    family = _UNIT_FAMILY.get(m.unit or "")
    allowed = _family(path, kinds)
    if family is None or not allowed or family not in allowed:
        return False
    first = next((r for r in reading if r["fact"] == path), None)
    x = next((y for y in said if first is not None and y.words == first["text"] and not y.is_date), None)
    return x is not None and x.unit is None


def summed_unit(unit: str | None) -> str | None:
    """The unit a figure adds up in: a talk is one time (次), and every unit of a case count is one case
    ("150 台" and "90 例" are 240 procedures)."""
    return "次" if unit == "talk" else "例" if _UNIT_FAMILY.get(unit or "") == "case" else unit


def _compatible(unit: str | None, path: str, kinds: dict[str, Any]) -> bool:
    family = _UNIT_FAMILY.get(unit or "")
    allowed = _family(path, kinds)
    return family is None or allowed is None or family in allowed


_ONE_BY_ONE = ("次", "場", "篇", "個", "位", "名", "件", "例", "案")


_ADDED_BEFORE = re.compile(r"另外|另有|還有|还有|此外|以及|\b(?:plus|also|another|in addition|additionally|on top)\b", re.IGNORECASE)


# "2 SCI papers, one as first author and one as corresponding": an English one with its noun left out, then what it was
_ELIDED_ONE_AFTER = re.compile(r"\s*(?:as|was|were|is|with|on|in|by|for|where|at|of\s+(?:them|those|these|which))\b", re.IGNORECASE)


def _same_item(text: str, one: Mention, count: Mention) -> bool:
    """Is the one an item of the count's kind: the same unit, or an English one with the noun left out ("one as …")?"""
    return one.unit == count.unit or (one.unit is None and count.unit is not None and _ELIDED_ONE_AFTER.match(text, one.end) is not None
                                      and text[one.start:one.end].strip().isdigit())


def _enumerations(text: str, found: list[Mention]) -> list[tuple[Mention, int, Mention]]:
    """"國際會議兩次，一次東京一次巴塞隆納", "研討會兩場，一場 1.5 小時、一場 3 小時": ones that go through the
    count just before them one by one (as many ones as the count, same unit) — each is one of them, no new fact.
    (one, how many items the count and the ones added after it make, the mention of the count)."""
    out: list[tuple[Mention, int, Mention]] = []
    found = sorted(found, key=lambda x: x.start)
    for i, m in enumerate(found):
        n = int(m.values[0])
        if m.is_date or m.unit not in _ONE_BY_ONE or n < 2 or n != m.values[0]:
            continue
        run = [x for x in found[i + 1:] if not x.is_date and x.values[0] == 1.0 and _same_item(text, x, m)
               and x.start - m.end <= 24 * n]
        # "兩篇SCI，一篇一作、一篇通訊，另外還有一篇…": a one after a word of adding is one more, outside the count
        more = next((k for k, x in enumerate(run) if _ADDED_BEFORE.search(text[(run[k - 1].end if k else m.end):x.start])), None)
        extra = len(run) - more if more is not None else 0
        run = run[:more] if more is not None else run
        # (English ones with their noun left out take more words each: "one as first author, one as corresponding and …")
        if len(run) == n and all(x.start - m.end <= (24 if x.unit is None else 16) * (k + 1) for k, x in enumerate(run)):
            out += [(x, n + extra, m) for x in run]
    return out


def _rule_line_asked(text: str, m: Mention, figures: frozenset[tuple[float, str | None]]) -> bool:
    """A figure of a cited clause in a question about that rule — a bound the question asks the result against ("over the
    10% line?", "都 85 分以上嗎") or a measure it asks about ("要不要參加 40 小時培訓"): the rule's, never a fact. A bound is
    never an argument (the reader asks for the figure or leaves the item out), so it is taken before any argument."""
    clause = _clause(text, m.start)
    # (an English clause asked by its word order, its question mark after a later clause: "Does the mission lower the 600, and
    # can I renew?")
    asked = _ASKS.search(_clause(text, m.start, True)) or _AUX_FIRST.match(clause) and _ASKS.search(text, m.end)
    if m.is_date or not figures or not asked or _NEGATED.search(_A_NOT_A.sub("", clause)):
        return False  # "是不是都 85 以上", "有沒有超過 10%" ask; they negate nothing
    same = [(v, u) for v, u in figures if abs(v - m.values[0]) < _TOL]
    # the line named beside the figure ("the 10% line", "門檻 600", "600 那條線"), not anywhere in a long clause ("BI-RADS 3
    # on Nov 30 - what's the cutoff?": the category is no line)
    start = _clause_start(text, m.start)
    near = text[max(start, m.start - 20):m.end + 16]
    if bound_of(text, m.start, m.end) is not None or _LINE.search(near) or _MEASURE_BEFORE.search(text, max(0, m.start - 40), m.start) \
            or _MEASURE_AFTER.match(text, m.end):
        return any(u == m.unit or m.unit is None for _, u in same)
    return m.unit is not None and (m.values[0], m.unit) in figures and _MEASURE_ASKED.search(_clause(text, m.start)) is not None


# "聽說完成率不到七成五要扣錢", "規定是低於 75% 就扣", "I heard you get docked below 75%": the rule as the person recalls it
_RECALLED = re.compile(r"聽說|听说|據說|据说|聽人說|听人说|規定|规定|\bheard\b|\bI'm told\b|\bI was told\b|\bsupposedly\b|"
                       r"\bthe rules?\s+(?:says?|is)\b", re.IGNORECASE)


def _rule_line_recalled(text: str, m: Mention, figures: frozenset[tuple[float, str | None]]) -> bool:
    """A bound at a figure of a cited clause, in a clause recalling the rule ("聽說完成率不到七成五要扣錢", "heard you get
    docked below 75%"): the rule's line, no fact of the person's — the figure they give after it is theirs."""
    if m.is_date or not figures or bound_of(text, m.start, m.end) is None:
        return False
    if not any(abs(v - m.values[0]) < _TOL and (u == m.unit or m.unit is None) for v, u in figures):
        return False
    return _RECALLED.search(text, _clause_start(text, m.start), m.start) is not None


# "超過110%的部分有幾件不給付", "超過 10% 那部分", "the part above 110%", "anything over 10% of it": the share of the rule the
# question asks about — the rule's margin (10%) or the line it draws (100% + 10%), named with the part beyond it
_OVER_BEFORE = re.compile(r"(?:超過|超过|超出|高於|高于|大於|大于)\s*(?:合理量)?\s*(?:的)?\s*$")
_PART_AFTER = re.compile(r"\s*(?:以上|以外)?\s*(?:的|之)?\s*(?:部分|部份|那部分|那部份|那些|的量|的件數|的件数|的案|的件)")
# "the part over 110%", "screenings above 110%", "anything beyond 10%": the part beyond a share, named before it in English
_PART_OVER_BEFORE = re.compile(r"\b(?:part|portion|share|cases|screenings|mammograms|ones|amount|anything|everything|those)\s+"
                               r"(?:that(?:'s| is| are)?\s+|which (?:is|are)\s+)?(?:over|above|beyond|past|exceeding)\s+(?:the\s+)?$",
                               re.IGNORECASE)
_FULL_BEFORE = re.compile(r"(?:滿|满|整整|足足|足)\s*$")
_WHOLE_YEAR_AFTER = re.compile(r"\s*(?:整年|整个年|整個年)")
_RATE_BEFORE = re.compile(r"率[^，,。；;？?\d]{0,8}$|\brate\b[^,.;?\d]{0,12}$", re.IGNORECASE)
# a rate said beside its own counts ("75% this year (150 of 200)", "150/200 = 75%", "75%（200例中完成150）"): the counts in
# brackets right after it, or their quotient written right before it — both figures within its clause
_COUNTS_AFTER = re.compile(r"[^,，。；;？?\d(（]{0,16}[(（][^()（）\d]{0,8}(\d+(?:\.\d+)?)[^()（）\d]{1,10}?(\d+(?:\.\d+)?)[^()（）\d]{0,6}[)）]")
# (… or after a dash or a colon: "75% — 150 done out of 200")
_COUNTS_SAID_AFTER = re.compile(r"\s*[—–:：-]\s*[^\d,，。；;？?]{0,8}(\d+(?:\.\d+)?)[^\d,，。；;？?]{1,16}?(\d+(?:\.\d+)?)(?![\d.%])")
_COUNTS_BEFORE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:/|\bof\b|之中的|中的?)\s*(\d+(?:\.\d+)?)\s*(?:=|＝|\bis\b|is about|→|->|，|,)?\s*$",
                            re.IGNORECASE)


def _rate_of_counts(text: str, start: int, end: int, value: float) -> bool:
    """Is the rate `value` (written at text[start:end]) said beside its own two counts (`_COUNTS_AFTER`, `_COUNTS_BEFORE`),
    the smaller of them out of the larger giving it (to the decimals written)?"""
    for m in (_COUNTS_AFTER.match(text, end), _COUNTS_SAID_AFTER.match(text, end),
              _COUNTS_BEFORE.search(text, max(0, start - 24), start)):
        if m is None:
            continue
        a, b = sorted(float(x) for x in m.groups())
        if b > 0 and abs(100 * a / b - value) < 0.051:
            return True
    return False
_HOW_MANY = re.compile(r"[？?]|幾|几|多少|\bhow (?:many|much)\b", re.IGNORECASE)


_RULE_MARGIN = re.compile(r"(?:超過|超过|超出|高於|高于)\s*(?:機構)?(?:年)?(?:合理量|上限|標準|标准)\s*(\d+(?:\.\d+)?)\s*%")


@lru_cache(maxsize=512)
def _rule_margins(rule_text: str) -> frozenset[float]:
    """The margins the cited clauses allow beyond a measure ("超過合理量 10% 以上" → 10; not "複判差異超過 20%", a line)."""
    return frozenset(float(g) for g in _RULE_MARGIN.findall(normalize_numerals(fold(rule_text, collapse=False))))


def _rule_share_asked(text: str, m: Mention, margins: frozenset[float]) -> bool:
    """"超過110%的部分有幾件不給付", "超過10%的部分": the part beyond the rule's line, asked about — the line is a cited
    clause's margin beyond a measure or 100% plus it (the allowed volume as a share of the reasonable one): the rule's,
    never a fact."""
    if m.is_date or m.unit != "%" or not _HOW_MANY.search(_clause(text, m.start, True)):
        return False
    if not (_OVER_BEFORE.search(text, max(0, m.start - 12), m.start) and _PART_AFTER.match(text, m.end)
            or _PART_OVER_BEFORE.search(text, max(0, m.start - 40), m.start)):
        return False
    return any(abs(m.values[0] - v) < _TOL or abs(m.values[0] - 100 - v) < _TOL for v in margins)


# "the high 80s", "mid-80s", "80-something", "80 幾分", "八十多", "85+": a figure said roughly, not a value
_VAGUE_DECADE = re.compile(r"'?s\b|\s*-?\s*(?:something|odd|ish)\b|\s*(?:幾|几|多)(?!少)", re.IGNORECASE)


def _vague_span(text: str, m: Mention) -> tuple[float, float] | None:
    """The values a roughly-said figure covers ("high 80s": 80–90), None for a figure said exactly."""
    v = m.values[0]
    if m.is_date or m.unit not in (None, "分") or not float(v).is_integer() or v < 10 or v % 10:
        return None
    at = m.end if m.unit is None else m.start + len(re.match(r"[\d.]+", text[m.start:]).group(0))  # type: ignore[union-attr]
    return (v, v + 10) if _VAGUE_DECADE.match(text, at) else None


def _aggregates(calls: list[dict[str, Any]]) -> set[float]:
    """The sums and averages of the person's own figures a calculation used: each list of numbers, each map's
    numbers together (its lists joined), with two figures or more."""
    out: set[float] = set()

    def add(values: list[Any]) -> None:
        nums = [float(v) for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
        if len(nums) >= 2 and len(nums) == len(values):
            out.update({sum(nums), sum(nums) / len(nums)})
    if len(calls) > 1:  # "小美 510、阿華 495、淑芬 430（合計 1435）", one call each: the same figure of every call
        for key in {k for args in calls for k in args}:
            add([args.get(key) for args in calls])
    for args in calls:
        for _, v in _lists(args):
            add(v)
        for v in args.values():
            if isinstance(v, dict):
                add([x for inner in v.values() for x in (inner if isinstance(inner, list) else [inner])])
    return out


# A key of an `others` entry that lists (words, value) another part of the message read itself, not arguments.
READ_BY_OTHERS = "@read by another part"


_LIST_ELEMENT = re.compile(r"[^，,：:。？?！!（(、;；]{0,30}[、;；]")  # the words up to the next list separator


_PLAIN_PAIRS = {"其中", "這樣", "这样", "也算", "算嗎", "算吗", "可以", "是不", "個案", "个案", "是去", "是在", "的也", "不算", "有算"}


def _rule_speaks_of(words: str, rule_text: str) -> bool:
    """Do the cited clauses name what the words say of a part ("外院", "another hospital")?"""
    pairs = {run[i:i + 2] for run in re.findall(r"[\u4e00-\u9fff]{2,}", words) for i in range(len(run) - 1)} - _PLAIN_PAIRS
    latin = {w.lower() for w in re.findall(r"[A-Za-z]{6,}", words)}
    low = rule_text.lower()
    # … and says it is counted ("本院或外院均列入計算", "whether at this hospital or another, it counts")
    said = lambda w, t: re.search(rf"{re.escape(w)}.{{0,8}}(?:列入|计入|計入|採計|采计|均可|亦可|也可|均算|都算|count|includ)", t) is not None
    return any(said(p, rule_text) for p in pairs) or any(said(w, low) for w in latin)


# "這樣也算嗎", "算不算", "有算進去嗎", "does that count", "are those included": whether a part counts, asked
_COUNTS_TOO = re.compile(r"也算|算嗎|算吗|算不算|有算|算進|算进|可以算|能算|\bcounts?\b[^.!?]*\?|\bcount(?:ed)?,? right\b|\bincluded\b|\bdo(?:es)? (?:that|those|they) count\b",
                         re.IGNORECASE)
# "54 例（包括去外院確診的 9 例）", "(including 9 done elsewhere)": a part said in brackets to be in the figure before them
_INCLUDED_BEFORE = re.compile(r"[（(]\s*(?:包括|包含|含|其中|\bincluding\b|\bincl\.?|\bof (?:which|them|those)\b)[^（()）\d。；;]{0,16}$",
                              re.IGNORECASE)
_ONE_EACH = re.compile(r"\s*(?:個|个|位|名)?\s*[^\d,，、;；。.]{0,12}?(\d+)")


# "55 年次", "55 年生的": a Republic year said as the year one was born in
_BIRTH_YEAR_AFTER = re.compile(r"\s*(?:次|(?:出)?生)")
# "4 in total: 3 one-hour ones and …": the total is the figure before its word; the one after the colon heads an item
_TOTAL_HEADS = re.compile(r"\d\s*(?:[A-Za-z]+\s+){0,2}?(?:in total|total|altogether|in all)\s*[:：]\s*$", re.IGNORECASE)
# "1 of the 2 orals", "2 of my 3 posters": a part, then the whole it is of said again
_N_OF_THE_BEFORE = re.compile(r"\d+\s+(?:out\s+)?of\s+(?:the|my|our|those|these)\s*$", re.IGNORECASE)
_N_OF_THE = re.compile(r"\b(one|two|three|\d{1,2})\s+(?:out\s+)?of\s+(?:the|my|our|those|these|them|which)\b", re.IGNORECASE)
# units that count occasions (meetings, times attended): no calculator's result is such a count
_TIMES_UNITS = ("場", "场", "次", "回")
_SMALL = {"one": "1", "two": "2", "three": "3", "一": "1", "兩": "2", "两": "2", "二": "2", "三": "3"}
# "2 posters as first author (one was a case report)", "一作壁報 2 篇（1 篇是病例報告）": a bracket right after the whole's own
# words, opening on how many of it are something
_BRACKET_PART_AFTER = re.compile(r"[^\d（()）。；;?？!！]{0,30}?[（(]\s*(one|two|three|\d{1,2}|[一兩两二三])\s*"
                                 r"(?:篇|次|場|场|例|個|个|件)?\s*(?:\b(?:is|was|were|are)\b|是|為|为)", re.IGNORECASE)
_OF_THE_AFTER = re.compile(r"\s+(?:out\s+)?of\s+(?:the|my|our|those|these|them|which)\b", re.IGNORECASE)


def _part_said_later(text: str, m: Mention, said: list[Mention], pair: tuple[tuple[str, float], ...]) -> bool:
    """A part of the count said later in the message as one of the two counts it splits into ("口頭 2 篇、壁報 1 篇…其中一篇口頭
    是病例報告", "2 orals + 1 poster …; 1 of the (2) orals was a case report"): the count is split over the part and the rest
    like a count with 其中 right after it."""
    parts = [x.values[0] for x in said if x.start > m.end and not x.is_date
             and (after_subset(text, x.start) or _OF_THE_AFTER.match(text, x.end) is not None)]
    parts += [float(_SMALL.get(w.group(1).lower(), w.group(1))) for w in _N_OF_THE.finditer(text, m.end)]
    parts += [float(_SMALL.get(w.group(1).lower(), w.group(1))) for w in _POOL_THEN_N.finditer(text, m.end)]
    if (w := _BRACKET_PART_AFTER.match(text, m.end)) is not None:
        parts.append(float(_SMALL.get(w.group(1).lower(), w.group(1))))
    return any(abs(x - n) < _TOL for x in parts for _, n in pair)


# "of those 2 first-author papers, one was a case report", "of the 2 first-author ones 1 was …": the part after its pool
_POOL_THEN_N = re.compile(r"\bof\s+(?:the|those|these|my|our)\s+\d+\s+(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*\s*,?\s*"
                          r"(?:only\s+|just\s+)?(one|two|three|\d{1,2})\b", re.IGNORECASE)


# "5那位", "4 的那個", "3號那位", "the 5 one", "cat-5 lady": the one of several named by its value
_THAT_ONE_AFTER = re.compile(r"\s*(?:號|号)?\s*(?:的)?\s*(?:那|這|这)\s*(?:一)?\s*(?:位|個|个|名|人|例|案|筆|笔)|\s*(?:的)?(?:個案|个案)(?:呢|如果|要|若)|"
                             r"\s+(?:one|lady|woman|patient|case)\b", re.IGNORECASE)
_THAT_ONE_BEFORE = re.compile(r"\b(?:the one|the lady|the woman|the patient|the case)\s+(?:with|at|in|rated|graded)\s+(?:a\s+)?(?:(?:bi-?rads|cat(?:egory)?\.?)\s*)?$"
                              r"|\bthe\s+(?:(?:bi-?rads|cat(?:egory)?\.?)[\s-]*)?$", re.IGNORECASE)


def _apart_values(calls: list[dict[str, Any]]) -> set[float]:
    """The numbers that tell the calls apart (each call's own number for an argument every call holds differently)."""
    keys = {k for c in calls for k in c}
    return {float(c[k]) for k in keys if len({str(c.get(k)) for c in calls}) == len(calls) for c in calls
            if isinstance(c.get(k), (int, float)) and not isinstance(c.get(k), bool)}


# A total said as a bound: the total word (before the figure, in its clause, or right after it), the bound's word around
# the figure ("加起來有過600", "總共超過 600 分", "合計破 600", "加起來不到600", "總共至少600", "加起來600以上", "over 600 in total",
# "the total is at least 600", "well under 600 altogether") — said as a claim, never asked ("有沒有過600", "總共超過600嗎？",
# "is it over 600 in total?": the result answers those).
# ("總數有過600", "總積分已經過 600": the total named as a noun, 總數 / 總積分 / 總學分)
_TOTAL_WORD = re.compile(r"(?:合計|合计|總共|总共|一共|總計|总计|共計|共计|加起來|加起来|加總|加总|總和|总和|總分|总分|累計|累计|"
                         r"總數|总数|總積分|总积分|總學分|总学分|"
                         r"\b(?:total(?:s|led|ed|ing)?|sum(?:s|med)?|altogether|in all|combined|overall|add(?:s|ed)? up)\b)", re.IGNORECASE)
# (過 only after a word of having reached it, "有過600", "早就過了 600" — "總共做過 180 例" did them, no bound)
_PASSED_BEFORE = re.compile(r"(?:(?:有|已經|已经|早就|都|也|應該|应该|大概|絕對|绝对|肯定)\s*(?:過了|过了|過|过)|"
                            r"(?:有|已經|已经|早就|都|也|應該|应该|大概|絕對|绝对|肯定)?\s*(?:破了|破|突破了?|超過了|超过了|超了|超))\s*$")
_BOUND_ASKED = re.compile(r"嗎|吗|麼|么|有沒有|有没有|是否|是不是|夠不夠|够不够|到不到|過不過|过不过|\b(?:is it|is that|does it|did it|do they|"
                          r"whether|if)\b|[？?]", re.IGNORECASE)
_BOUND_TAG = re.compile(r"吧|\b(?:right|correct)\b", re.IGNORECASE)


def total_bound(text: str, m: Mention) -> str | None:
    """The direction (">=", ">", "<=", "<") of a total the person states as a bound of what their items add up to, or None."""
    if m.is_date or not m.values or len(m.values) != 1 or m.unit not in (None, "分"):
        return None  # (a total of credits or points only: "總共超過 5 次" counts, no sum of credits)
    side = bound_of(text, m.start, m.end)
    left = _clause_start(text, m.start)
    before = text[max(left, m.start - 24):m.start]
    if side is None and _PASSED_BEFORE.search(before):
        side = ">"
    if side is None:
        return None
    said_total = _TOTAL_WORD.search(before) is not None or _TOTAL_AFTER.match(text, m.end) is not None \
        or re.match(r"\s*(?:分|points?|credits?|pts)?\s*(?:以上|以下|多)?\s*(?:in total|total|altogether|in all|combined|overall)\b",
                    text[m.end:], re.IGNORECASE) is not None
    if not said_total:
        return None
    clause = _clause(text, m.start, True)
    asked = _BOUND_ASKED.search(clause)
    if asked is not None and not (asked.group(0) in "？?" and _BOUND_TAG.search(clause)):
        return None
    return side


def _within_bound(value: float, side: str, line: float) -> bool:
    return {">=": value >= line - 1e-9, ">": value > line, "<=": value <= line + 1e-9, "<": value < line}[side]


def _item_totals(results: list[dict[str, Any]]) -> list[float]:
    """What the person's items add up to, as the calculation worked it out: the credits' or points' "total" / "points"
    of a result (a renewal's six years, a tally) — no other calculation sums items a total is said of."""
    return [float(v) for r in results for k, v in r.items() if k in ("total", "points")
            and isinstance(v, (int, float)) and not isinstance(v, bool)]


# "from those two", "these 3 activities", "the three above", "the 2 listed", "上述兩項", "前面這三個": how many items the
# question points back at — no new count (only when it is how many items the calculation has: `account`)
_BACK_BEFORE = re.compile(r"(?:\b(?:those|these|both|all)(?:\s+(?:of\s+)?(?:the|my|his|her))?|上述|上面|前面|以上)(?:\s*(?:這|这|那))?\s*$",
                          re.IGNORECASE)
_BACK_AFTER = re.compile(r"\s*(?:[A-Za-z-]+\s+){0,2}?(?:above|listed|mentioned|i (?:listed|mentioned|named))\b", re.IGNORECASE)


_HEDGED = re.compile(r"(?:應該|应该|大概|好像|照理說|照理说|\b(?:should|would|probably|i think|i guess|i believe)\b)[^\d]*$", re.IGNORECASE)
_POINTS_AFTER = re.compile(r"\s*(?:points?|pts|credits?|分|點|点)", re.IGNORECASE)


def _points_back(text: str, m: Mention) -> bool:
    """The count points back at the items listed before it (`_BACK_BEFORE`, or "the N above": `_BACK_AFTER`)."""
    before = text[max(0, m.start - 16):m.start]
    if not re.search(r"\d", text[:m.start]) and not re.search(r"(?:once|twice|[A-Za-z]{3,})", text[:m.start]):
        return False
    return _BACK_BEFORE.search(before) is not None or (re.search(r"\bthe\s*$", before, re.IGNORECASE) is not None
                                                        and _BACK_AFTER.match(text, m.end) is not None)


def _age_short_of_the_line(age: float, today: datetime.date, leaves: Iterable[tuple[str, Any]],
                           results: Iterable[dict[str, Any]]) -> bool:
    """An age that stays below the one age a rule turns on (`LIFETIME_AGE`, the TSIR lifetime certificate) up to the
    latest date of the calculation ("我今年 58" with an expiry in 2027: at most 59 by then) — context only, set aside; an
    age that reaches the line by then bears on the dates (left, asked)."""
    from calculators.tsir_instructor import LIFETIME_AGE
    dates = [datetime.date.fromisoformat(v[:10]) for v in [v for _, v in leaves] + [v for r in results for v in r.values()]
             if isinstance(v, str) and _ISO.match(v)]
    latest = max(dates + [today])
    return age + 1 + (latest - today).days / 365.25 <= LIFETIME_AGE


def _birth_age_agrees(age: float, today: datetime.date, leaves: Iterable[tuple[str, Any]],
                      results: Iterable[dict[str, Any]]) -> str | None:
    """The birth-date argument a stated age agrees with — the age it gives today or on a later date of the calculation
    (the application day), whole years — or None. "我快60了" beside 56/2/3生 and a filing on 116/3/1 (60 then)."""
    leaves = list(leaves)
    born = next(((p, v) for p, v in leaves if "birth" in p and isinstance(v, str) and _ISO.match(v)), None)
    if born is None or age != int(age):
        return None
    birth = datetime.date.fromisoformat(born[1][:10])
    days = [today] + [datetime.date.fromisoformat(v[:10]) for v in [v for _, v in leaves] + [v for r in results for v in r.values()]
                      if isinstance(v, str) and _ISO.match(v) and v != born[1]]
    ages = {d.year - birth.year - ((d.month, d.day) < (birth.month, birth.day)) for d in days if d >= birth}
    return born[0] if int(age) in ages else None


def account(text: str, today: datetime.date, calls: Iterable[dict[str, Any]], *,
            results: Iterable[dict[str, Any]] = (), rule_text: str = "", reply_from: int = 0,
            others: Iterable[dict[str, Any]] = (), set_aside: Iterable[tuple[Any, ...]] = ()) -> Ledger:
    """Bind each number of `text` to the arguments of the calls; the rest are unaccounted.

    Two more bindings keep a true reading from looking incomplete: a number the person compares
    with the result ("夠 200 分嗎", "是扣 5% 還是 10%") matches a figure of the result, and a number
    that restates the rule ("最近六年") matches a figure of a cited clause with the same unit.
    `reply_from`: where the person's reply to a question back begins in `text` (it may restate facts);
    `others`: the arguments of the other parts of a multi-part message (a shared fact one of them used), and
    entries {READ_BY_OTHERS: [(words, value), …]}: words another part read (its rule's period, a figure it compared);
    `set_aside`: spans the reader read and deliberately left out (lectures in another domain), a note saying why.
    """
    calls = list(calls)
    leaves = [(p, v) for args in calls for p, v in _leaves(args)]
    nums = [(p, v, n) for p, v in leaves for n in _numbers(v)]
    years = {y for _, v in leaves for y in _years_of(v)} | {n for p, _, n in nums if p.endswith("year")}
    kinds = {p.rsplit(".", 1)[0]: v for p, v in leaves if p.endswith(".kind")}
    roles = {p.rsplit(".", 1)[0]: v for p, v in leaves if p.endswith(".role")}
    ledger = Ledger()
    loose: list[Mention] = []
    used: set[str] = set()
    keyed = [(i, p, v, n) for i, args in enumerate(calls) for p, v in _leaves(args) for n in _numbers(v)]
    bound: set[tuple[int, str]] = set()  # (call, argument) already read from words
    first_at: dict[str, int] = {}  # a list argument → where the first of its items was read
    last_at: dict[str, int] = {}  # a list argument → where the last of its items ends
    read_pos: dict[str, int] = {}  # an argument → where it was read
    said = mentions(text, today)
    if not any(p.rsplit(".", 1)[-1] == "category" for p, _ in leaves):
        # "疑似陽性的 0/3/4/5 共 400 人": the categories the cases counted are of, in a calculation that takes no category —
        # names, no quantity (where a category is an input, each is read or asked like any figure)
        runs = category_runs(text)
        labels = [m for m in said if not m.is_date and m.unit is None and any(a <= m.start < b for a, b in runs)]
        for a, b in dict.fromkeys((min(x.start for x in run), max(x.end for x in run)) for run in _runs_of(labels, text)):
            left = max([a - 12] + [text.rfind(ch, 0, a) + 1 for ch in "，,。；;"])  # (the words of its own clause)
            while 0 < left < a and text[left - 1].isascii() and text[left - 1].isalnum():
                left -= 1  # (never half an English word)
            ledger.unused.append((Mention((), None, a, b, " ".join(text[left:b].split())), "label"))
        said = [m for m in said if m not in labels]
    ledger.unused += [(Mention((), None, q.start, q.end, unit_label_words(text, q.start)), "unit_label")
                      for q in find_quantities(text) if unit_label_zh(text, q.start, q.end, q.value)]
    for a, b in article_refs(text):  # "（5.3 那種）", "art. 5(4)": a clause the person cites — named, never asked about
        if not any(u.start == a for u, _ in ledger.unused):
            ledger.unused.append((Mention((), None, a, b, " ".join(text[a:b].split())), "citation_ref"))
    same_kind: dict[str, int] = {}  # how many items of each kind the calls list
    for k in kinds.values():
        same_kind[str(k)] = same_kind.get(str(k), 0) + 1
    enumerated = _enumerations(text, said)
    # (a count with more added after it: each of its ones is an item of its own, read from its own words like any other —
    # the count is then checked against how many items of one the calculation has)
    added = [(m, n, head) for m, n, head in enumerated if n != head.values[0]]
    enumerated = [e for e in enumerated if e not in added]
    for m, _, head in enumerated:
        ledger.reading.append({"fact": f"one of the {int(head.values[0])}", "value": 1, "text": m.words})
    aside = list(set_aside)
    figures = _rule_figures(rule_text) if rule_text else frozenset()
    results = list(results)
    rates = _rates_used(results)  # the points per item the calculation's steps used
    margins = _rule_margins(rule_text) if rule_text else frozenset()
    vague: list[Mention] = []  # "the high 80s": bound to no argument; checked against the figures read at the end
    deferred: list[tuple[Mention, tuple[str, Any, int]]] = []  # bare figures equal to a shared fact read already
    asked_back: list[Mention] = []  # figures never read as the argument they equal, whatever the reader bound: asked
    # The count the ones go through one by one ("SCI 原著 2 篇（一篇一作、一篇其他作者）、…、口頭報告 2 次") is read last: the
    # items it splits into are the ones, so an argument of the same value read from its own words later in the message (the
    # two orals) is theirs — the count takes an argument only where no other words read it, else it is how many the ones are.
    heads = list(dict.fromkeys(head for _, _, head in enumerated))
    for m in [x for x in said if not any(x is h for h in heads)] + heads:
        if any(m is e for e, _, _ in enumerated):
            continue
        # (a vague count the reader set aside as no input of this calculation — another domain's cases, "300-something
        # TACEs" beside an ablation instructor — is left out whatever it is: said so, never checked as a figure read)
        no_input = next((x for x in aside if x[0] < m.end and m.start < x[1] and len(x) == 3 and x[2] in ("other_key", *NO_INPUT_REASONS)), None)
        if no_input is not None:
            ledger.unused.append((m, str(no_input[2])))
            continue
        if _vague_span(text, m) is not None:
            vague.append(m)
            continue
        # (a rough figure the reader read as said, its verdict the same across its range, is no figure left out: "rough")
        hit_aside = next((x for x in aside if x[0] < m.end and m.start < x[1] and tuple(x[2:]) != ("rough",)), None)
        if hit_aside is not None and tuple(hit_aside[2:]) == ("asked_line",):
            # the line a yes / no question asks about ("非腫瘤栓塞夠 100 例了嗎", "有沒有過 75%"): the rule's own line when
            # a cited clause states it (said so), else a mark of the person's — never their count, which is read or asked
            steps = {(x.value, x.unit) for r in results for b in (r.get("breakdown") or ()) if isinstance(b, dict)
                     for x in find_quantities(normalize_numerals(fold(str(b.get("text", "")), collapse=False)))}
            same = any(abs(v - m.values[0]) < _TOL and (u == m.unit or m.unit is None or u is None) for v, u in steps & figures)
            ledger.unused.append((m, "rule_line_asked" if same else "bar_asked"))
            continue
        if hit_aside is not None and len(hit_aside) == 5 and hit_aside[2] in ("date_span", "derived"):
            # a date said only to its month or year ("明年2月"), worked out for every day it names (`Engine._month_only`):
            # read, as that span of days
            words = text[hit_aside[0]:hit_aside[1]]
            if not any(r["text"] == words for r in ledger.reading):
                ledger.reading.append({"fact": str(hit_aside[3]), "value": hit_aside[4], "text": words})
            continue
        if hit_aside is not None and hit_aside[2:] == ("period_named",):
            _period_unused(text, (hit_aside[0], hit_aside[1]), ledger)
            continue
        if hit_aside is not None:  # read and left out by the reader, who said why (its reason, when it gives one)
            ledger.unused.append((m, str(hit_aside[2]) if len(hit_aside) > 2 else "set_aside"))
            continue
        if _rule_line_asked(text, m, figures) or _rule_share_asked(text, m, margins):
            ledger.reading.append({"fact": "the rule's line the question asks about", "value": m.values[0], "text": m.words})
            continue
        if _rule_line_recalled(text, m, figures):
            ledger.reading.append({"fact": "the rule's line the question recalls", "value": m.values[0], "text": m.words})
            continue
        if _bound_of_bracket(text, m, said):
            ledger.unused.append((m, "bound_described"))  # "其他都九十以上(劑量91、壓迫93、照野90)": a summary, no figure
            continue
        fits = [(p, v, i) for i, p, v, n in keyed for k, x in enumerate(m.values) if abs(n - x) < _TOL
                and (k == 0 or m.unit != "年" or "month" in (_family(p, kinds) or ()))
                # ("6-year totals …, 6 months on a mission": a figure in years is an argument in months only as its months)
                and not (k == 0 and m.unit == "年" and p.rsplit(".", 1)[-1].split("[")[0].endswith("months"))
                and (not m.is_date or (isinstance(v, str) and _ISO.match(v)))
                and (m.is_date or not (isinstance(v, str) and _ISO.match(v)))
                and _compatible(m.unit, p, kinds)
                # "總共 750": a stated total is compared with the result or sums a list, never one item of it —
                # nor the count of one of several items of a kind ("CIRSE、SIR、JSIR 總共 3 次": all three, not JSIR's)
                and not (total_before(text, m.start) and not _TOTAL_HEADS.search(text, max(0, m.start - 30), m.start)
                         and (re.search(r"\[\d+\]$", p) or p.endswith(".count")
                                                          and same_kind.get(str(kinds.get(p.rsplit(".", 1)[0])), 0) > 1))]
        # "the annual meeting (60)", "年會（60）", "monthly x3 (60 pts)": a figure alone in brackets after an item, equal to a
        # figure of the cited rule — the item's credits as the person reckons them, or how many? Never read as a count: left
        # unaccounted (asked), whatever the reader bound.
        if any(p.endswith(".count") for p, _, _ in fits) and _credits_alone_in_brackets(text, m, rates):
            asked_back.append(m)
            continue
        # Each argument is read from its own words; a second mention of an argument already read is a
        # restatement only in a question or a check ("Does 84.5 round up?"), or a date said twice —
        # "lecturer x2" after "oral x2" is another fact the reader dropped, not the same one.
        fit = next((f for f in fits if (f[2], f[0]) not in bound), None)
        if fit is not None and m.unit is None and _copy_already_read(fit, bound, keyed):
            # ("專科15年 … 腸胃道15" read into two domains' calls, each with years 15): a bare figure equal to a fact another
            # call shares, already read from its own words, waits for the lists that sum ("膽道60、泌尿道30、腸胃道15" → 105);
            # only a figure no sum takes is then read as that copy
            deferred.append((m, fit))
            loose.append(m)
            continue
        # "one of those 4", "其中 1 次": a part of what was counted is a fact of its own, never a restatement.
        back = BACK_REFERENCE.search(text, max(0, m.start - 12), m.start) is not None  # "of those 4": the whole again
        pointed = _POINTED_AT.match(text, m.end) is not None  # "（其中 372 那組是小陳的）": the figure read, pointed at
        part = (after_subset(text, m.start) and not back and not pointed) or _PART_OF.match(text, m.end) is not None
        if fit is None and fits and not part and (m.is_date or 0 < reply_from <= m.start or pointed
                                     or _BRACKET_RESTATES.search(text, max(0, m.start - 14), m.start)  # "2 年（24 個月）"
                                     or _EXACT_BEFORE.search(text, max(0, m.start - 14), m.start)  # "（確切是 250）"
                                     or _EXACT_AFTER.match(text, m.end)
                                     or BACK_REFERENCE.search(text, max(0, m.start - 12), m.start)
                                     or _ALL_AGAIN.search(text, max(0, m.start - 14), m.start)  # "with all 4 aboard"
                                     or _asked_before(text, read_pos.get(fits[0][0]))  # "可以報 4 位嗎？我們打算報 4 位"
                                     or _COMPARES.search(_clause(text, m.start, True))
                                     # ("… for 2 full years … me personally: 24 months posted": the same length said again
                                     # in other units, the argument it is already read as)
                                     or _same_length_again(m, fits[0][0], said, ledger.reading)) \
                and not _unit_wins(m, fits[0][0], said, ledger.reading, kinds):
            fit = fits[0]
        hit = None
        if fit is not None:
            bound.add((fit[2], fit[0]))
            hit = fit[:2]
        if hit is not None and not m.is_date and m.values[0] != 0 and _negated_clause(text, m.start) and \
                not _NEGATED.search(str(hit[0])) and not _role_denied(text, m.start, str(hit[0]), roles):
            hit = None  # "其中 95 案沒完成", "2 papers but not first author": read as it stands, the opposite fact
        if hit is not None and not m.is_date and bound_of(text, m.start, m.end) in (">", "<") \
                and not any(x[0] <= m.start < x[1] and tuple(x[2:]) == ("rough",) for x in aside):
            # "每場都超過 2 小時", "each over 2 hours", "不到 3 篇": a strict bound taken as the exact value of an argument is
            # a value the person ruled out (over 2 hours is no 2-hour seminar) — asked about, never computed on ("2 小時以內"
            # read as 2 is a value it allows)
            if fit is not None:
                bound.discard((fit[2], fit[0]))
            hit = None
        if hit is None and m.unit == "year" and m.values[0] in years:
            hit = ("year", int(m.values[0]))
        if hit is None and not m.is_date and _TIME_AGO.match(text, m.end) and m.unit in (None, "year", "年", "個月", "month") \
                and not any(p.rsplit(".", 1)[-1].startswith(("years", "months", "date")) for p, _ in leaves):
            ledger.unused.append((m, "time_ago"))  # "(moved from Manila 3 yrs ago)": when something happened, no quantity
            continue
        if hit is None:
            loose.append(m)
            continue
        used.add(hit[0])
        read_pos.setdefault(hit[0], m.start)
        first_at.setdefault(re.sub(r"\[\d+\].*$", "", hit[0]), m.start)
        last_at[re.sub(r"\[\d+\].*$", "", hit[0])] = max(last_at.get(re.sub(r"\[\d+\].*$", "", hit[0]), 0), m.end)
        ledger.reading.append({"fact": hit[0], "value": hit[1], "text": m.words})
    for h in heads:  # (a count no argument was left for: how many its ones are, each read as one of them)
        if h in loose:
            loose.remove(h)
            ledger.reading.append({"fact": f"how many the {int(h.values[0])} after it are", "value": h.values[0], "text": h.words})
    # "PTCD 15（總共305），專科15年": a figure said with the unit its argument is in wins that argument over a bare figure of
    # the same value bound first — the bare one is left for what else it may be (an item of a list that sums).
    for m in [m for m in loose if m.unit and not m.is_date]:
        family = _UNIT_FAMILY.get(m.unit)
        for r in ledger.reading:
            p = str(r["fact"])
            leaf = p.rsplit(".", 1)[-1]
            allowed = _family(p, kinds) or ({"year"} if leaf.startswith("years") else None)
            x = next((y for y in said if y.words == r["text"] and y.unit is None and not y.is_date), None)
            if x is None or p not in used or family is None or not allowed or family not in allowed \
                    or not any(abs(n - m.values[0]) < _TOL for q, _, n in nums if q == p):
                continue
            r["text"] = m.words
            loose.remove(m)
            loose.append(x)
            break
    # "Two papers this year: an SCI case report …, and a full paper …": a count heading the items after its colon is how many
    # they are — read as one item's count while another item's count came from no words, it is asked about, never taken.
    for r in list(ledger.reading):
        head = re.match(r"(\w+)\[\d+\]\.count$", str(r["fact"]))
        m = next((x for x in said if x.words == r["text"] and not x.is_date), None) if head else None
        if m is None or m.values[0] < 2 or not _HEADING_AFTER.match(text, m.end):
            continue
        if any(q.startswith(f"{head.group(1)}[") and q.endswith(".count") and q not in used for q, _, _ in nums):
            ledger.reading.remove(r)
            used.discard(str(r["fact"]))
            loose.append(m)
    # A list the calculator sums ("RFA 130 例、MWA 55 例" → 185 cases): one unit, adding up to one argument — the units
    # of a case count are one ("PCN 150 台、PTCD 90 例"), never a figure of another family ("專科 10 年", "3 次")
    for p, v, n in nums:
        # (never with how many items a list has: "338、342、345、329 四組" is no 338 + 4 = 342)
        same = [m for m in loose if not m.is_date and _compatible(m.unit, p, kinds)
                and not _counts_list_after(text, m, last_at.values())]
        for size in range(2, min(len(same), 6) + 1):
            found = next((c for c in combinations(same, size)
                          if len({summed_unit(m.unit) for m in c} - {None}) <= 1
                          and abs(sum(m.values[0] for m in c) - n) < _TOL), None)
            if found:
                for m in found:
                    loose.remove(m)
                    ledger.reading.append({"fact": p, "value": v, "text": m.words})
                used.add(p)
                break
    for m, (p, v, i) in deferred:  # a bare figure no sum took: the copy of the shared fact it equals, if still unread
        if m in loose and (i, p) not in bound:
            loose.remove(m)
            bound.add((i, p))
            used.add(p)
            ledger.reading.append({"fact": p, "value": v, "text": m.words})
    # "一共 100 例，其中 20 例是 6 年前做的" read as 80: the whole, less the part the reader set aside (said why), is the argument
    parts_aside = [m for m, why in ledger.unused if not m.is_date and m.values and why == "set_aside"]
    for m in list(loose):
        part = next((x for x in parts_aside if x.start > m.end and not m.is_date
                     and any(abs(m.values[0] - x.values[0] - n) < _TOL and _compatible(m.unit, p, kinds) for p, _, n in nums)), None)
        if part is not None:
            loose.remove(m)
            p = next(p for p, _, n in nums if abs(m.values[0] - part.values[0] - n) < _TOL)
            used.add(p)
            ledger.reading.append({"fact": f"{p} + the part set aside", "value": m.values[0], "text": m.words})
    # "都不到兩小時", "each over 2 hours": a strict bound at the rule's line, read by the reader as a value inside the bracket
    # it names (half a unit from the line, said so in a note) — the bound the argument was read from
    for m in list(loose):
        side = None if m.is_date else bound_of(text, m.start, m.end)
        inside = m.values[0] - 0.5 if side == "<" else m.values[0] + 0.5 if side == ">" else None
        hit = next((p for p, v, n in nums if inside is not None and abs(n - inside) < _TOL and _compatible(m.unit, p, kinds)), None)
        if hit is None and side in ("<", ">"):
            # "都不到兩小時，大概 1 小時": the bound, then the figure inside it that the argument took — the bound it meets
            hit = next((p for p, v, n in nums if _compatible(m.unit, p, kinds) and m.unit is not None
                        and (n < m.values[0] if side == "<" else n > m.values[0])
                        and any(x is not m and not x.is_date and x.unit == m.unit and abs(x.values[0] - n) < _TOL for x in said)), None)
            inside = None if hit is None else next(n for p, v, n in nums if p == hit)
        if hit is not None:
            loose.remove(m)
            used.add(hit)
            ledger.reading.append({"fact": hit, "value": inside, "text": m.words})
    # "SCI 3 篇，其中 1 篇是 case report" → 2 full + 1 case report: one number split over two counts.
    counts = [(p, n) for p, v, n in nums if p.endswith("count")]
    split_used: set[tuple[str, str]] = set()  # a pair explains one number ("口頭 2 篇、壁報 2 篇，其中一篇…" is no two wholes)
    for m in list(loose):
        split = next((pair for pair in combinations(counts, 2)
                      if (pair[0][0], pair[1][0]) not in split_used and not m.is_date and abs(pair[0][1] + pair[1][1] - m.values[0]) < _TOL
                      and all(_compatible(m.unit, p, kinds) for p, _ in pair)
                      and not all(any(b == p for _, b in bound) for p, _ in pair)  # two counts read from their own words explain nothing more
                      # ("2 as first author (one of them is a case report)": the noun the whole counts may come between)
                      and (_SUBSET_AFTER.search(text, m.end, m.end + 16)
                           or _PART_AFTER_NOUN.match(text, m.end) is not None
                           # ("三篇我是第一作者（口頭兩篇、壁報一篇，壁報那篇是病例報告）": its breakdown in a bracket right after
                           # it, which the reader set aside, says which part is the other count)
                           or any(tuple(x[2:]) == ("breakdown",) and m.end < x[0] <= m.end + 24
                                  and re.fullmatch(r"[^，,。；;:：()（）\d]{0,12}[(（][^()（）]*", text[m.end:x[0]]) for x in aside)
                           or _part_said_later(text, m, said, pair))), None)
        if split is not None:
            loose.remove(m)
            split_used.add((split[0][0], split[1][0]))
            ledger.reading.append({"fact": f"{split[0][0]} + {split[1][0]}", "value": m.values[0], "text": m.words})
    # "… 2 orals + 1 poster …; 1 of the 2 orals was a case report": the whole said again after the part, no fact of its own
    for m in list(loose):
        if not m.is_date and _N_OF_THE_BEFORE.search(text, max(0, m.start - 16), m.start) \
                and any(x.end <= m.start - 8 and not x.is_date and x.values == m.values and x.unit in (m.unit, None) for x in said):
            loose.remove(m)
            ledger.reading.append({"fact": "the count said again", "value": m.values[0], "text": m.words})
    # "追蹤完成的有 110 人（其中 30 人是去外院做複檢的，這樣也算嗎？）", "105 completed (20 of them elsewhere — does that count?)":
    # a part of a figure read, asked about as whether it counts too — already in that figure, read as part of it
    # (… or said to be in it, in brackets right after it: "追蹤完成 54 例（包括去外院確診的 9 例）", "54 done (including 9
    # worked up elsewhere)" — the words of the bracket name the part)
    for m in list(loose):
        rest = re.split(r"[。；;!！\n）)]|\.\s|[？?]", text[m.start:m.start + 60])[0] + "?"  # to the end of its sentence or bracket
        included = _INCLUDED_BEFORE.search(text, max(0, m.start - 24), m.start)
        if m.is_date or (included is None or not _rule_speaks_of(included.group(0) + rest, rule_text)) and (
                not after_subset(text, m.start) or not _COUNTS_TOO.search(rest) or not _rule_speaks_of(rest, rule_text)):
            continue  # (only where the cited rule names what sets the part apart: "本院或外院均列入計算")
        whole = next((r for r in reversed(ledger.reading) if r["fact"] in used and isinstance(r["value"], (int, float))
                      and not isinstance(r["value"], bool) and r["value"] > m.values[0]
                      and (at := read_pos.get(str(r["fact"]))) is not None and at < m.start
                      and not re.search(r"[。；;!?？！\n]|\.\s", text[at:m.start])), None)  # the same sentence
        if whole is not None:
            loose.remove(m)
            ledger.reading.append({"fact": f"part of {whole['fact']} (counted in it)", "value": m.values[0], "text": m.words})
    # "3 ladies to chase: one cat 0, one cat 3, one cat 5": one for each call, named by the value that tells the calls apart
    if len(calls) > 1:
        apart = {str(v) for key in {k for c in calls for k in c}
                 if len({str(c.get(key)) for c in calls}) == len(calls) for c in calls for v in [c.get(key)] if v is not None}
        for m in list(loose):
            nxt = _ONE_EACH.match(text, m.end)
            if not m.is_date and m.values[0] == 1.0 and m.unit is None and nxt is not None and nxt.group(1) in apart:
                loose.remove(m)
                ledger.reading.append({"fact": "one of each", "value": 1, "text": m.words})
    # "5那位如果確診…", "category 4 的那個要做什麼", "the cat 5 one — what then?", "the one with 3": one of the calls named again
    # by the value that tells it apart (said after it was read) — which one is meant, no fact of its own
    if len(calls) > 1:
        for m in list(loose):
            if m.is_date or m.unit is not None or m.values[0] not in _apart_values(calls) \
                    or not any(x.values[0] == m.values[0] and x.end <= m.start and x.words in {r["text"] for r in ledger.reading}
                               for x in said):
                continue
            if _THAT_ONE_AFTER.match(text, m.end) or _THAT_ONE_BEFORE.search(text, max(0, m.start - 24), m.start):
                loose.remove(m)
                ledger.reading.append({"fact": "which one is meant", "value": m.values[0], "text": m.words})
    # "有一門課是用時數算的，上了 8 小時": one of an item the calculation holds without a count of its own (its count is one)
    uncounted = [p for p in kinds if f"{p}.count" not in {q for q, _ in leaves}]
    for m in list(loose):
        if uncounted and not m.is_date and m.values[0] == 1.0 and m.unit in ("場", "次", "篇") and len(uncounted) == 1:
            loose.remove(m)
            ledger.reading.append({"fact": f"{uncounted[0]}.count", "value": 1, "text": m.words})
            uncounted = []
    # "3 overseas congresses … gave one oral at each": one at each of the ones before (the reader counts them).
    for m in list(loose):
        if not m.is_date and m.values[0] == 1.0 and EACH_BACK.search(_clause(text, m.start, True)):
            loose.remove(m)
            ledger.reading.append({"fact": "one at each", "value": 1, "text": m.words})
    # "3 meetings (TSIR annual, APSCVIR, one in Japan)", "國外會議兩次（一次東京、CIRSE）": the ones counted, named one by
    # one in brackets right after the count — a "one" among them is one of the count, no new fact.
    ends = [(x.end, x.values[0]) for x in said if not x.is_date]
    for m in list(loose):
        if not m.is_date and one_of_named(text, m.start, m.values[0], ends):
            loose.remove(m)
            ledger.reading.append({"fact": "one of those named", "value": 1, "text": m.words})
    # "international e-poster x2 (one of them I was just a co-author but I presented it)", "口頭報告 2 次（其中一次我是共同作者，
    # 但是我上台報告的）": a part of a count read, said right after it in the same sentence, that only says the person's place on
    # it (an author's, the presenter's) where the item read takes no role — one of those counted, what the person did in it,
    # no figure of its own. Never a part whose words deny anything ("… didn't present", "沒有上台"): asked, as before.
    for m in list(loose):
        if m.is_date or not (after_subset(text, m.start) or _PART_OF.match(text, m.end)):
            continue
        own = re.split(r"[。；;!！?？\n）)]|\.\s", text[m.start:m.start + 90])[0]
        if not _ROLE_SAID.search(own) or _negated_clause(text, m.start) or _DENIED_IN_PART.search(own):
            continue
        whole = next((x for x in reversed(said) if x.end <= m.start and not x.is_date and x.values[0] > m.values[0]
                      and not re.search(r"[。；;!！?？\n]|\.\s", text[x.end:m.start])
                      and (r := next((r for r in ledger.reading if r["text"] == x.words
                                      and str(r["fact"]).endswith(".count")), None)) is not None
                      and str(r["fact"]).rsplit(".", 1)[0] not in roles), None)
        if whole is not None:
            loose.remove(m)
            ledger.reading.append({"fact": "one of those counted, the person's place on it", "value": m.values[0], "text": m.words})
    # "（ATLS 2024 上過一次，今年又複訓一次，）兩次各算幾分": the items said, counted again before the question asked of them.
    for m in list(loose):
        if not m.is_date and recap_at(text, m.start):
            loose.remove(m)
            ledger.reading.append({"fact": "the items said, counted again", "value": m.values[0], "text": m.words})
    # "另外有 6 位搬家聯絡不到，已經算在沒完成裡", "5 of the completed were elsewhere (already counted)": a figure no argument
    # took, said to be counted already in the others — a note on the figures given, shown as read, never asked about
    # (one an argument took, "其中 2 次是講者（已包含在 5 次裡）", keeps its reading)
    for m in list(loose):
        if not m.is_date and already_counted(text, m.start, m.end):
            loose.remove(m)
            ledger.unused.append((m, "already_counted"))
        # ("其中 2 次是講者（已包含在 5 次裡）", "2 of them as speaker (already included in the 5)": the count it is in, again)
        elif not m.is_date and _COUNTED_IN_BEFORE.search(text, max(0, m.start - 24), m.start) \
                and any(x is not m and not x.is_date and x.start < m.start and abs(x.values[0] - m.values[0]) < _TOL for x in said):
            loose.remove(m)
            ledger.reading.append({"fact": "the count it is in, said again", "value": m.values[0], "text": m.words})
    # "現在（11 月底）送展延還來得及嗎": today's month said as the time of asking — the date is today's.
    for m in list(loose):
        if not m.is_date and m.values[0] == today.month and re.match(r"\s*月(?:底|初|中|份|下旬|上旬|中旬)?", text[m.end:]) \
                and re.search(r"現在|目前|今天|這個月|这个月|本月|\bnow\b|\btoday\b", text[max(0, m.start - 8):m.start], re.I):
            loose.remove(m)
            ledger.reading.append({"fact": "today's month", "value": int(m.values[0]), "text": m.words})
    # "進修了三個月（4月到6月）", "派駐 6 個月，7-12 月": the months a period in months runs from and to — the same period
    # again, when as many months as an argument in months holds (no fact of its own)
    month_args = [(p, float(v)) for p, v in leaves if p.rsplit(".", 1)[-1].endswith("months")
                  and isinstance(v, (int, float)) and not isinstance(v, bool)]
    for r in _MONTH_RANGE.finditer(text):
        first, last = int(r.group(1)), int(r.group(2))
        if not (1 <= first <= 12 and 1 <= last <= 12):
            continue
        length = (last - first) % 12 + 1
        ends = [m for m in loose if not m.is_date and m.unit is None and r.start() <= m.start < r.end()]
        hit = next((p for p, v in month_args if abs(v - length) < _TOL), None)
        if len(ends) == 2 and hit is not None:
            for m in ends:
                loose.remove(m)
            ledger.reading.append({"fact": f"{hit} (the months it runs)", "value": length, "text": r.group(0)})
    # "I passed sometime in spring 2022 … issued 2022-04-20": a year said again as part of a full date read.
    read_days = [datetime.date.fromordinal(int(x.values[0])) for x in said if x.is_date and x.unit == "date"
                 and x.words in {r["text"] for r in ledger.reading}]
    # (… or the year a day said without its year was placed in: "我 55 年次的 … 生日 11 月 2 號" → 1966-11-02)
    read_days += [datetime.date.fromisoformat(v) for _, v in leaves if isinstance(v, str) and _ISO.match(v)
                  and any(x.unit == "month-day" and abs(x.values[0] - (int(v[5:7]) * 100 + int(v[8:10]))) < _TOL for x in said)]
    for m in list(loose):
        roc = m.values[0] + ROC_OFFSET if m.unit == "年" and m.values[0] < 200 and _BIRTH_YEAR_AFTER.match(text, m.end) else None
        if not m.is_date and m.unit in (None, "year", "年") and any(abs(m.values[0] - d.year) < _TOL or roc == d.year for d in read_days):
            loose.remove(m)
            ledger.reading.append({"fact": "the year of a date given", "value": int(m.values[0]), "text": m.words})
    # "今年12月要申請…預計 115年12月10日送件", "明年 3 月送件，就是 2027/3/15": the month of a relative year, restated by a full
    # date read in that month of that year — the same day said roughly first, no fact of its own
    for m in list(loose):
        rel = _REL_YEAR_MONTH.search(text, max(0, m.start - 8), m.end + 3)
        if m.is_date or rel is None or not (rel.start(2) <= m.start < rel.end(2)):
            continue
        year, month = today.year + _REL_YEARS[rel.group(1)], int(m.values[0])
        if any(d.year == year and d.month == month for d in read_days):
            loose.remove(m)
            ledger.reading.append({"fact": "the month of a date given", "value": month, "text": m.words})
    # "SCI 三篇，其中只有一篇是第一作者，其他兩篇是第三作者" with only the first-author paper an argument: the
    # whole is what the part was taken from, and the rest (whole − part) is named as the rest.
    read_texts = {r["text"] for r in ledger.reading if r["text"]}
    for m in list(loose):
        part = next((x for x in said if x.start > m.end and (cue := _WHOLE_THEN_PART.match(text, m.end, x.start)) is not None
                     and x.start - cue.end() <= 16 and not re.search(r"[。；;?？!！]|\.\s", text[cue.end():x.start])
                     and x.words in read_texts and x.unit in (m.unit, None) and x.values[0] < m.values[0]), None)
        if m.is_date or part is None:
            continue
        loose.remove(m)
        ledger.reading.append({"fact": "the whole the part is of", "value": m.values[0], "text": m.words})
        rest = next((x for x in loose if x.start > part.end and x.unit == m.unit
                     and abs(x.values[0] - (m.values[0] - part.values[0])) < _TOL
                     and (_REST_BEFORE.search(text, max(0, x.start - 8), x.start) or x.start - part.end <= 20)), None)
        if rest is not None:
            loose.remove(rest)
            ledger.reading.append({"fact": "the rest of the whole", "value": rest.values[0], "text": rest.words})
    # "月會三次，三次裡有一次是我當講者": the count said again as the whole the part right after it is taken from.
    for m in list(loose):
        after = next((x for x in said if x.start >= m.end and not x.is_date), None)
        if m.is_date or after is None or after.unit != m.unit or after.values[0] >= m.values[0] \
                or not whole_then_part(text, m.start, m.end, after.start):
            continue
        if any(x.end <= m.start and x.unit == m.unit and x.values[0] == m.values[0] and x.words in read_texts for x in said):
            loose.remove(m)
            ledger.reading.append({"fact": "the count said again", "value": m.values[0], "text": m.words})
    # "of those 2 first-author papers, one was a case report": the count said again in English as the pool the part after it
    # is taken from (its noun, a comma, then the part)
    for m in list(loose):
        of = [o.start() for o in re.finditer(r"\bof\b", text[max(0, m.start - 16):m.start], re.IGNORECASE)]
        pool = _POOL_THEN_N.match(text, max(0, m.start - 16) + of[-1]) if of else None
        if m.is_date or pool is None or pool.end(1) <= m.end or not (pool.start() < m.start) \
                or float(_SMALL.get(pool.group(1).lower(), pool.group(1))) >= m.values[0]:
            continue
        if any(x.end <= m.start and x.unit in (m.unit, None) and x.values[0] == m.values[0] and x.words in read_texts for x in said):
            loose.remove(m)
            ledger.reading.append({"fact": "the count said again", "value": m.values[0], "text": m.words})
    # "300 案，其中 95 案沒完成" → completed 205: a negated number is what one argument leaves of another.
    plain = [(p, n) for p, v, n in nums if not (isinstance(v, str) and _ISO.match(v))]
    for m in list(loose):
        # … or a number followed by the rest ("3 位失聯，其他都完成"): the whole less the rest
        if m.is_date or not (_negated_clause(text, m.start) or _REST_AFTER.match(text, m.end)):
            continue
        pair = next(((a, b) for a, x in plain for b, y in plain if a != b and abs(x - y - m.values[0]) < _TOL
                     and _compatible(m.unit, b, kinds)), None)
        if pair is not None:
            loose.remove(m)
            ledger.reading.append({"fact": f"{pair[0]} − {pair[1]}", "value": m.values[0], "text": m.words})
    lengths = list(dict.fromkeys((p, len(v)) for args in calls for p, v in _lists(args)))  # ordered: same reading every run
    # lists of items that carry counts of their own ("activities"): how many papers or meetings is a sum of their counts,
    # never how many items the list has ("報了 2 篇 oral、1 篇 poster" read as two items is no "2 篇")
    # (unless every item is one of what the figure counts: "Two papers this year: an SCI case report …, and a full paper …")
    counted_lists = {p: v for args in calls for p, v in _lists(args) if any(isinstance(x, dict) and "count" in x for x in v)}

    def counts_items(m: Mention, p: str) -> bool:
        return p not in counted_lists or m.unit in (None, "項", "個", "種") or re.match(r"[^，,。；;?？]{0,30}[:：]", text[m.end:]) is not None and all(
            isinstance(x, dict) and x.get("count", 1) == 1 and _compatible(m.unit, f"{p}[{i}].count", kinds)
            for i, x in enumerate(counted_lists[p]))
    # "三位放射師：365、365、180": how many items, said before them — after the first item it is another item.
    for m in list(loose):
        hit = next((p for p, n in lengths if not m.is_date and n > 1 and abs(m.values[0] - n) < _TOL
                    and counts_items(m, p)
                    and m.unit not in _NOT_A_HEADCOUNT and (m.start < first_at.get(p, len(text))
                                                            or _counts_list_after(text, m, [last_at.get(p, len(text))]))
                    # never when an item's count of that value came from no words ("CIRSE、SIR、JSIR 總共 3 次" read as
                    # JSIR's 3): the figure may be that count, asked about
                    and not any(q.startswith(f"{p}[") and q.endswith(".count") and q not in used
                                and abs(c - m.values[0]) < _TOL for q, _, c in nums)), None)
        if hit is not None:
            loose.remove(m)
            ledger.reading.append({"fact": f"{hit} (how many)", "value": int(m.values[0]), "text": m.words})
    # "抽選片 342、345、329 四組" read as three: how many figures the person says there are, disagreeing with the list read —
    # asked about, never explained away as anything else (the rule's "2 組", a part of a sum)
    plain_ends = [last_at[p] for args in calls for p, v in _lists(args)
                  if p in last_at and v and all(isinstance(x, (int, float)) for x in v)]
    # (a count by its counter noun only — "四組", "2 sets" — never a total said after them: "(865 in total)")
    miscounts = [m for m in loose if _counts_list_after(text, m, plain_ends) and m.values[0] == int(m.values[0]) <= 20
                 and (m.unit in _COUNTER_UNITS or _COUNTER_NOUN_AFTER.match(text, m.end) is not None)]
    loose = [m for m in loose if m not in miscounts]
    # "其餘四項（劑量、壓迫、照野、閱片）均為 90", "the other 3 (dose, field, reading) all 95": how many things, named one by
    # one in brackets right after the count — no figure of its own
    for m in list(loose):
        named = _NAMED_AFTER.match(text, m.end)
        if m.is_date or named is None or re.search(r"\d", named.group(1)):
            continue
        # only the others or the items of a set ("其餘四項", "the other four"): "國際會議 2 次（ESSO、ACS）" is a count of meetings
        if not (m.unit == "項" or re.search(r"項|项", text[m.end:m.end + 2])
                or re.search(r"(?:其他|其它|其餘|其余|另外|剩下|\bother|\brest\b|\bremaining)\s*\S{0,3}\s*$", text[max(0, m.start - 12):m.start],
                             re.IGNORECASE)):
            continue
        # (a slash joins the items or the names of one item: "劑量/半值層、壓迫、照野、閱片" is four — either reading counts)
        if any(len([x for x in re.split(sep, named.group(1)) if x.strip()]) == m.values[0]
               for sep in (r"[、,，;；/]|\band\b|和|跟|與|与|及", r"[、,，;；]|\band\b|和|跟|與|与|及")):
            loose.remove(m)
            ledger.reading.append({"fact": "how many named in brackets", "value": int(m.values[0]), "text": m.words})
    # "3 meetings (APSCVIR, TSIR annual x2)", "講過 4 次（CIRSE 1 次、TSIR 年會 3 次）": the count read, then its items named in
    # brackets right after it, some with how many times — the times and the ones named bare add up to the count: a restatement
    for m in list(loose):
        restated = _bracket_restated(text, m, [x for x in said if x not in loose])
        if restated is not None:
            loose.remove(m)
            ledger.reading.append({"fact": f"one of the items the {restated} in brackets restates", "value": m.values[0],
                                   "text": m.words})
    # "2 self-selected sets, non-dense 362 and dense 338", "兩組自選片：緻密 355、非緻密 362": how many figures a map of the
    # person's figures holds, said before the first of them (each read from its own words) — no fact of its own.
    maps = [(p, len(v), min(read_pos[f"{p}.{k}"] for k in v)) for args in calls for p, v in _maps(args)
            if len(v) > 1 and all(f"{p}.{k}" in read_pos for k in v)]
    for m in list(loose):
        hit = next((p for p, n, first in maps if not m.is_date and abs(m.values[0] - n) < _TOL and m.start < first
                    and m.unit in (None, "組", "個", "項", "台")), None)
        if hit is not None:
            loose.remove(m)
            ledger.reading.append({"fact": f"{hit} (how many)", "value": int(m.values[0]), "text": m.words})
    # "論文發了三篇，兩篇 SCI 一篇非 SCI": the sum of a list's counts, stated as well as its parts (each
    # count read from its own words — "SCI 3 篇，case report 1 篇" is no 2 + 1).
    sums: dict[str, float] = {}
    for p, _, n in nums:
        if (head := re.match(r"(\w+)\[\d+\]\.count$", p)) is not None:
            # (an item named with no count of its own is one: "3 monthly meetings and the annual meeting, 4 altogether")
            sums[head.group(1)] = sums.get(head.group(1), 0.0) + n if p in used or abs(n - 1) < _TOL else float("nan")
            kind = kinds.get(p.rsplit(".", 1)[0])  # "two specialty meetings — one …, the other …": the items of one kind
            sums[f"{head.group(1)}:{kind}"] = sums.get(f"{head.group(1)}:{kind}", 0.0) + n
            # ("Two posters as first author (one was a case report), and one oral as 3rd author": the items of one kind
            # and one role — the count split by a breakdown after it — beside others of the kind)
            if (role := roles.get(p.rsplit(".", 1)[0])) is not None:
                sums[f"{head.group(1)}:{kind}:{role}"] = sums.get(f"{head.group(1)}:{kind}:{role}", 0.0) + n
    summed: set[str] = set()  # a sum explains one number: "口頭 2 篇、壁報 2 篇" is no two totals of the same 1 + 1
    for m in list(loose):
        hit = next((p for p, n in sums.items() if p.split(':')[0] not in summed and not m.is_date and abs(m.values[0] - n) < _TOL
                    # (the unit checked against an item of the kind summed: "3 e-posters (2 overseas, 1 local)" after lectures)
                    and len(paths := _count_paths(p, nums, kinds, roles)) > 1 and _compatible(m.unit, paths[0], kinds)
                    # the total is said before the items it sums ("兩場，一場…、一場…"), never after one of them —
                    # unless a word says it is their total ("CIRSE, SIR and one other (3 total)", "…，共三次")
                    and (all(read_pos.get(q, len(text)) > m.start for q in _count_paths(p, nums, kinds, roles))
                         or _TOTAL_AFTER.match(text, m.end) is not None or total_before(text, m.start))
                    # and is no element of a list ("一小時的 2 場、四小時的 1 場": the 2 is the first item's own count)
                    and not _LIST_ELEMENT.match(text, m.end)), None)
        if hit is not None:
            loose.remove(m)
            summed.add(hit.split(':')[0])
            ledger.reading.append({"fact": f"{hit} (all counts)", "value": m.values[0], "text": m.words})
    # "今年發了兩篇SCI，一篇一作、一篇通訊，另外還有一篇…": a count gone through one by one right after it ("一篇…、一篇…"),
    # with one more added after it — the count is how many the ones it heads are, when the calculation has that many
    # items of one each (each one read as an item of its own).
    ones = sum(1 for p, _, n in nums if p.endswith(".count") and abs(n - 1) < _TOL)
    for head, items in dict.fromkeys((h, n) for _, n, h in added):
        if head in loose and ones >= items:
            loose.remove(head)
            ledger.reading.append({"fact": "how many, each named after it", "value": int(head.values[0]), "text": head.words})
    # "這兩篇加起來幾分", "those 2 papers together": a count pointing back at every item counted is no new fact.
    every = {}
    for p, _, n in nums:
        if (head := re.match(r"(\w+)\[\d+\]\.count$", p)) is not None:
            every.setdefault(head.group(1), []).append(n)
    for m in list(loose):
        hit = next((p for p, ns in every.items() if not m.is_date and len(ns) > 1 and abs(m.values[0] - sum(ns)) < _TOL
                    and _compatible(m.unit, f"{p}[0].count", kinds)
                    and BACK_REFERENCE.search(text, max(0, m.start - 12), m.start) is not None), None)
        if hit is not None:
            loose.remove(m)
            ledger.reading.append({"fact": f"{hit} (all counts, named again)", "value": m.values[0], "text": m.words})
    # "兩項加起來多少學分", "both items together": how many items the question adds up, pointing back at them all.
    for m in list(loose):
        hit = next((p for p, n in lengths if not m.is_date and n > 1 and abs(m.values[0] - n) < _TOL
                    and m.unit in ("項", "個", "件", "樣", None)
                    and (_TOGETHER_AFTER.match(text, m.end) or _points_back(text, m))), None)
        if hit is not None:
            loose.remove(m)
            ledger.reading.append({"fact": f"{hit} (how many, named again)", "value": int(m.values[0]), "text": m.words})
    # "加起來有過600", "總共超過 600 分", "over 600 in total", "加起來不到600", "at least 600 altogether": the person's own
    # total said as a bound — their claim about what the items they listed add up to, never an item nor the rule's line
    # (even when its figure is the rule's). Agreeing with the items' total: shown in the reading as checked; disagreeing:
    # asked (as an exact total that differs is), never left to match the rule's figure by chance.
    sums = _item_totals(results)
    for m in list(loose):
        side = total_bound(text, m)
        if side is None or not sums:
            continue
        loose.remove(m)
        if any(_within_bound(s, side, m.values[0]) for s in sums):
            ledger.reading.append({"fact": f"your total ({side} {m.values[0]:g}), checked", "value": m.values[0], "text": m.words})
        else:
            asked_back.append(m)
            ledger.total_bounds[m.start] = side
    # "that's 750, way over 600", "…give him 90 points for papers. Is that right?", "I make it 120", "which comes to 45?": a
    # figure the person offers as what their items come to — their own (or someone's) claim, to be checked, never an
    # input (one that disagrees is taken before any figure of the result or the rule it may equal by chance: "I make it 600"
    # of 620): set aside and said so beside the result — never adopted, never asked back as an unread figure. One that
    # agrees is shown as checked (below: the figures' own total, or the result's).
    totals = _item_totals(results)
    # (a tally's total said with a word of totals and a hedge or its points, "總共應該90吧", "total should be 150 points?":
    # the person's guess of what the rule gives — no figures of their own add up to it, so nothing of theirs to correct)
    counted = sum(n for p, _, n in nums if p.endswith(".count"))
    for m in list(loose):
        if m.is_date or len(m.values) != 1 or m.unit not in (None, "分", "點", "点") or not totals:
            continue
        if not claimed_total(text, m.start, m.end) and not (
                not _aggregates(calls) and m.values[0] > counted
                and (total_before(text, m.start, checks=True) or aggregate_before(text, m.start))
                and (_HEDGED.search(text, max(0, m.start - 12), m.start) or m.unit == "分"
                     or _POINTS_AFTER.match(text, m.end))):
            continue
        if any(abs(m.values[0] - x) < 0.051 for x in [*totals, *_aggregates(calls)]):
            continue  # (one that agrees is checked below, as any total said of the figures is)
        loose.remove(m)
        ledger.unused.append((m, "claim_mismatch"))
        ledger.claims.append((m.values[0], totals[0]))
    result_nums = {n for r in results for p, v in _leaves(r) if not p.startswith(("citations", "assumptions"))
                   for n in _numbers(v)}
    # "幫我算兩年：2024 …；2025 …", "兩年各是幾分": how many years the question's items are in (before a figure of the result
    # or the rule it may equal by chance)
    item_years = {v for p, v in leaves if p.endswith(".year") and isinstance(v, int)}
    for m in list(loose):
        if m.unit == "年" and len(item_years) > 1 and m.values[0] == len(item_years):
            loose.remove(m)
            ledger.reading.append({"fact": "how many years", "value": len(item_years), "text": m.words})
    for m in list(loose):
        # "三個禮拜，不到一個月": a bound the rule draws (5.9's 一個月以內), said of the fact just given
        if not m.is_date and m.unit in _FRAME_UNITS and _BOUND_BEFORE.search(text, max(0, m.start - 6), m.start) \
                and (m.values[0], m.unit) in figures:
            loose.remove(m)
            ledger.reading.append({"fact": "the rule's own bound", "value": m.values[0], "text": m.words})
            continue
        # "各送一組非緻密＋一組緻密": the one set of each kind the rule asks for (its "（一組）"), said of the people
        if not m.is_date and m.values[0] == 1.0 and m.unit == "組" and (1.0, "組") in figures:
            loose.remove(m)
            ledger.reading.append({"fact": "the rule's own figure", "value": 1, "text": m.words})
            continue
        if m.is_date or m.values[0] in (0.0, 1.0):  # 0 and 1 match any result or rule by chance
            continue
        # "SCI 一作一篇（50）": the person's own figure for an item, alone in brackets after it, is compared too
        alone = _BRACKET_OPEN.search(text, max(0, m.start - 3), m.start) and \
            re.match(r"\s*(?:分|points?|credits?|pts)?\s*[）)]", text[m.end:], re.IGNORECASE)
        # (a count of meetings or times, "共去了 5 場", is no figure of a result that happens to equal it)
        if m.unit not in _TIMES_UNITS and any(abs(x - n) < _TOL for x in m.values for n in result_nums) and \
                (alone or _COMPARES.search(_clause(text, m.start, True)) or _in_sum(text, m) or _checked_after(text, m.start)):
            loose.remove(m)
            ledger.reading.append({"fact": "compared with the result", "value": m.values[0], "text": m.words})
        elif m.unit and (m.unit in _FRAME_UNITS or _RULE_TALK.search(_clause(text, m.start, True))) and \
                (m.values[0], m.unit) in figures and not _negated_clause(text, m.start):
            loose.remove(m)
            ledger.reading.append({"fact": "the rule's own figure", "value": m.values[0], "text": m.words})
    # "換證要 200 分", "指導老師換證需要 200 分", "Renewal needs 200 points": the requirement of a cited clause restated
    # by the person (the figure and its unit are the clause's, right after a word of requiring) — no fact: not used.
    # "一次 20 分對吧", "每篇 40 分", "each meeting is 20 points": the rule's rate per item restated, the same way — only a
    # rate the calculation's own steps used (a rate the person has wrong is asked about).
    steps = {(x.value, x.unit) for r in results for b in (r.get("breakdown") or ()) if isinstance(b, dict)
             for x in find_quantities(normalize_numerals(fold(str(b.get("text", "")), collapse=False)))}
    for m in list(loose):
        if not m.is_date and m.unit and (m.values[0], m.unit) in figures and not _negated_clause(text, m.start) \
                and (_REQUIRES_BEFORE.search(text, max(0, m.start - 12), m.start)
                     # a rate only when the calculation used it (a rate the person has wrong is asked about)
                     or _PER_ITEM_BEFORE.search(text, max(0, m.start - 16), m.start) and (m.values[0], m.unit) in steps
                     # "講者那20分也會加倍嗎", "月會的那 20 分": the rate the item gets, pointed at in a question
                     or _THAT_RATE_BEFORE.search(text, max(0, m.start - 6), m.start) and (m.values[0], m.unit) in steps
                     and _ASKS.search(_clause(text, m.start, True)) is not None):
            loose.remove(m)
            ledger.unused.append((m, "rule_figure"))
            per = next((x for x in loose if x.values[0] == 1.0 and x.unit in ("次", "場", "篇", "例", "個")
                        and x.end <= m.start and not text[x.end:m.start].strip(" 算是給有積分=")), None)
            if per is not None:  # the "一次" of "一次 20 分": what the figure is per
                loose.remove(per)
                ledger.reading.append({"fact": "per / the one it is about", "value": 1, "text": per.words})
    # "2 SCI papers (50 each)", "（各 50 分）": the rate per item said with the figure — the person's, checked against a rate
    # the calculation's own steps used (one that differs stays unaccounted: asked)
    for m in list(loose):
        if m.is_date or m.unit not in (None, "分") or m.values[0] not in rates:
            continue
        if _PER_ITEM_AFTER.match(text, m.end) or _EACH_RATE_BEFORE.search(text, max(0, m.start - 5), m.start) \
                and (m.unit == "分" or re.match(r"\s*(?:分|points?|pts?)", text[m.end:], re.IGNORECASE)):
            loose.remove(m)
            ledger.reading.append({"fact": "your rate per item, checked", "value": m.values[0], "text": m.words})
    # "月會 4 次 80", "5 overseas mtgs = 75", "monthly x4 (80)": the person's own subtotal for an item, right after its count —
    # checked against the figure the calculation's step for it came to; one that differs stays unaccounted (asked).
    subtotals = {float(x) for r in results for b in (r.get("breakdown") or ()) if isinstance(b, dict)
                 for x in re.findall(r"=\s*(\d+(?:\.\d+)?)", str(b.get("text", "")))}
    read_now = {r["text"] for r in ledger.reading if r["text"] and r["fact"] in used}
    for m in list(loose):
        if m.is_date or m.unit not in (None, "分") or not any(abs(m.values[0] - v) < _TOL for v in subtotals):
            continue
        count = next((x for x in reversed(said) if x.end <= m.start and not x.is_date), None)
        if count is not None and count.words in read_now and _SUBTOTAL_GAP.match(text[count.end:m.start]):
            loose.remove(m)
            ledger.reading.append({"fact": "your subtotal, checked", "value": m.values[0], "text": m.words})
    # "SCI 其他作者 3 篇 (15x3=45)", "口頭報告 2 次（2×15=30）", "3*40=120": the person's own working for an item, written out —
    # a product whose factors are a rate the calculation's steps used and a count it read, and whose result is that step's
    # subtotal: the rate, the count and the product are all checked; working that differs stays unaccounted (asked).
    for w in _PRODUCT_WORKING.finditer(text):
        a, b, c = (float(x) for x in w.group(1, 2, 3))
        counts_read = {float(x["value"]) for x in ledger.reading if isinstance(x.get("value"), (int, float)) and x["fact"] in used}
        if abs(a * b - c) >= _TOL or not any(abs(c - v) < _TOL for v in subtotals) \
                or not ((a in rates and b in counts_read) or (b in rates and a in counts_read)):
            continue
        inside = [m for m in loose if not m.is_date and w.start() <= m.start and m.end <= w.end()]
        for m in inside:
            loose.remove(m)
            ledger.reading.append({"fact": "your working, checked", "value": m.values[0], "text": m.words})
    # "… = 185?", "→ 195", "合計 160 嗎": the person's own total at the end of their working, checked against the result
    for m in list(loose):
        if not m.is_date and _EQUALS_BEFORE.search(text, max(0, m.start - 4), m.start) \
                and any(abs(m.values[0] - n) < _TOL for n in result_nums):
            loose.remove(m)
            ledger.reading.append({"fact": "compared with the result", "value": m.values[0], "text": m.words})
    # "2 in 2024 and 1 in 2025 … so 90 in total?": the person's total, asked, is the items' credits before a cap the
    # calculation applied — compared with the result (whose steps show the cap), never one more figure.
    uncapped = {float(sum(b["raw"] for b in r.get("breakdown") or () if isinstance(b, dict) and isinstance(b.get("raw"), (int, float))))
                for r in results if r.get("caps_applied")}
    for m in list(loose):
        if not m.is_date and m.unit in (None, "分") and any(abs(m.values[0] - u) < _TOL for u in uncapped) \
                and (_COMPARES.search(_clause(text, m.start, True)) or _checked_after(text, m.start)):
            loose.remove(m)
            ledger.reading.append({"fact": "compared with the result (before the cap)", "value": m.values[0], "text": m.words})
    # "I turn 60 on 2027-02-01": a date and an age that together give a date argument (the birth date).
    dates = [m for m in loose if m.unit == "date"]
    for d in dates:
        for n in [m for m in loose if not m.is_date and m.unit in (None, "歲", "年")]:
            try:
                born = datetime.date.fromordinal(int(d.values[0]))
                born = born.replace(year=born.year - int(n.values[0]))
            except (ValueError, OverflowError):
                continue
            hit = next((p for p, v in leaves if v == born.isoformat()), None)
            if hit is not None and d in loose and n in loose:
                loose.remove(d)
                loose.remove(n)
                ledger.reading.append({"fact": hit, "value": born.isoformat(), "text": f"{n.words} … {d.words}"})
        # "60th birthday is 2026-12-10", "my 60th b-day falls on …": the age said as the birthday's ordinal
        nth = _NTH_BIRTHDAY.search(text, max(0, d.start - 32), d.start)
        if nth is not None and d in loose:
            try:
                day = datetime.date.fromordinal(int(d.values[0]))
                born = day.replace(year=day.year - int(nth.group(1)))
            except (ValueError, OverflowError):
                continue
            hit = next((p for p, v in leaves if v == born.isoformat()), None)
            if hit is not None:
                loose.remove(d)
                ledger.reading.append({"fact": hit, "value": born.isoformat(), "text": f"{nth.group(1)} … {d.words}"})
    # "I turn 60 on 25 Nov 2026 (born 1966-11-25)": the age reached on a date already read (as another argument), which
    # the birth date argument gives — the same fact said again, no figure of its own
    for n in [m for m in loose if not m.is_date and m.unit in (None, "歲") and _TURNS_BEFORE.search(text, max(0, m.start - 24), m.start)]:
        for d in (x for x in said if x.unit == "date" and x not in loose and 0 <= x.start - n.end <= 12):
            try:
                day = datetime.date.fromordinal(int(d.values[0]))
                born = day.replace(year=day.year - int(n.values[0]))
            except (ValueError, OverflowError):
                continue
            hit = next((p for p, v in leaves if v == born.isoformat()), None)
            if hit is not None and n in loose:
                loose.remove(n)
                ledger.reading.append({"fact": f"{hit} (the age on that day)", "value": int(n.values[0]), "text": n.words})
    # "三個放射師裡非緻密型最高的是 366", "the highest of our 3 RTs": the group a figure is the best of, no fact
    for m in list(loose):
        if not m.is_date and m.values[0] == int(m.values[0]) <= 20 and (
                _GROUP_BEST_AFTER.match(text, m.end) or _GROUP_BEST_BEFORE.search(text, max(0, m.start - 30), m.start)):
            loose.remove(m)
            ledger.reading.append({"fact": "the group a figure is the best of", "value": int(m.values[0]), "text": m.words})
    # "2位放射師：1位 200 天、1位 150 天": a count of people within a list of people.
    people = max((n for _, n in lengths), default=0)
    for m in list(loose):
        person = m.unit in ("位", "名", "人") or _PEOPLE_AFTER.match(text, m.end) is not None or \
            (m.values[0] == 1.0 and m.unit is None and _ONE_DID.match(text, m.end) is not None) or \
            (m.unit is None and _SOME_DID.match(text, m.end) is not None)  # "one worked all year", "two worked 365 days", "2個全年"
        if person and people and 0 < m.values[0] <= people:
            loose.remove(m)
            ledger.reading.append({"fact": "people in the list", "value": int(m.values[0]), "text": m.words})
    # "365d x4", "365 天 ×3": how many times a figure of a list is repeated — each of them is read, no fact of its own
    for m in list(loose):
        prev = next((x for x in reversed(said) if x.end <= m.start and not x.is_date), None)
        if m.is_date or prev is None or not _TIMES_BEFORE.search(text, max(0, m.start - 3), m.start) \
                or not re.fullmatch(r"\s*(?:d|days?|天|日)?\s*[xX×*]\s*", text[prev.end:m.start]):
            continue
        if any(sum(1 for v in lst if isinstance(v, (int, float)) and abs(v - prev.values[0]) < _TOL) == m.values[0]
               for _, lst in (x for args in calls for x in _lists(args))):
            loose.remove(m)
            ledger.reading.append({"fact": "how many times the figure repeats", "value": m.values[0], "text": m.words})
    # "每一項要幾分", "每1項": the 一 of 每一 is "each", no count
    for m in list(loose):
        if m.values[0] == 1.0 and not m.is_date and re.search(r"每\s*$", text[max(0, m.start - 2):m.start]):
            loose.remove(m)
            ledger.reading.append({"fact": "each (每一)", "value": 1, "text": m.words})
    # "4 radiographers on one mammo bus", "一台乳攝車": the one vehicle or site the question is about, no count
    for m in list(loose):
        if m.values[0] == 1.0 and not m.is_date and _ONE_THING.match(text, m.end):
            loose.remove(m)
            ledger.reading.append({"fact": "per / the one it is about", "value": 1, "text": m.words})
    # "乳攝車 1 天 130 案", "一位疑似陽性個案": one day / one case is the unit a figure is per, or the
    # subject the question is about, not a fact to count.
    for m in list(loose):
        # "1 天 130 案", "95 screenings in one day": what the figure is per
        rate = re.match(r"[^，,。；;？?\d]{0,6}\d", text[m.end:m.end + 10]) is not None or \
            re.search(r"(?:\bin|\bper|\bwithin|\bon|每|/)\s*$", text[max(0, m.start - 8):m.start], re.I) is not None
        # "這樣一年幾分？", "一個月可以拿多少分": the period the figure asked for is per
        # (a year only, and only where no figure is said per month: "一個月去月會 1 次，一年幾分" is asked, never 20)
        rate = rate or m.unit == "年" and _PER_ASKED.match(text, m.end) is not None and not _PER_MONTH.search(text)
        if m.values[0] == 1.0 and (m.unit in _ONE_OF and (m.unit not in ("天", "個月", "年", "週") or rate)
                                   or m.unit is None and _ONE_PERSON.match(text, m.end)  # "one of our techs"
                                   or m.unit is None and _ONE_PERSON_ZH.match(text, m.end)):  # "她一個人拍了 520 個"
            loose.remove(m)
            ledger.reading.append({"fact": "per / the one it is about", "value": 1, "text": m.words})
    # "兩位放射師都做滿一年", "整整一年", "一整年": a full year of work, read as its 365 days by the reader — the one of it
    # is that year, no count (only where the calculation holds a year of days)
    full_year = any(isinstance(v, (int, float)) and not isinstance(v, bool) and v in (365, 366) for _, v in leaves)
    for m in list(loose):
        if full_year and m.values[0] == 1.0 and not m.is_date and (
                m.unit == "年" and _FULL_BEFORE.search(text, max(0, m.start - 4), m.start)
                or m.unit is None and _WHOLE_YEAR_AFTER.match(text, m.end)):
            loose.remove(m)
            ledger.reading.append({"fact": "a full year (365 days)", "value": 1, "text": m.words})
    # "兩項各差幾例？", "兩位判讀醫師…各要做什麼" with two calls: how many parts (or people, one call each) it has.
    for m in list(loose):
        if len(calls) > 1 and m.values[0] == len(calls) and m.unit in (None, "項", "個", "台", "種", "位", "名", "人"):
            loose.remove(m)
            ledger.reading.append({"fact": "how many calculations", "value": len(calls), "text": m.words})
    # "我 106 年拿到專科（滿 9 年）": a year that starts a period argument the calculation used.
    spans = [(p, n) for p, _, n in nums if p.rsplit(".", 1)[-1].startswith("years")]
    for m in [m for m in loose if m.unit == "year"]:
        # (… or a month after it: "board in June 2019" reckoned to December, 7.5 years — less than a year either way)
        hit = next((p for p, n in spans if -1 + _TOL < (today.year - m.values[0]) - n < 1 + _TOL), None)
        if hit is not None:
            loose.remove(m)
            ledger.reading.append({"fact": f"{hit} (since)", "value": int(m.values[0]), "text": m.words})
    # "114 年度疑似陽性 1,020 案": the year of the figures, when no calculation takes a year, a date, a
    # period in years or a list of dated activities — the year cannot change the result; shown as not used.
    dated = years or spans or any(isinstance(v, str) and _ISO.match(v) for _, v in leaves) or \
        any(p.startswith("activities") for p, _ in leaves)
    _month_ranges(text, leaves, loose, ledger)
    # "今年(1/1~12/31)", "(Jan 1 – Dec 31)", "去年（1-12月）": a range restating that the figures are a whole year's — no
    # figure of the case, shown as not used (the reader binds nothing inside it either)
    periods = period_annotations(text)
    for m in [m for m in loose if in_period_annotation(periods, m.start, m.end)]:
        loose.remove(m)
        _period_unused(text, next((a, b) for a, b in periods if a < m.end and m.start < b), ledger)
    for m in [m for m in loose if m.unit is None and not m.is_date and month_named(text, m.start, m.end, m.values[0], None)]:
        if not dated:  # "另一個 10 月才來": a month named, in a calculation that takes no date or period — shown as not used
            loose.remove(m)
            ledger.unused.append((m, "month_named"))
    # "2026: nothing yet lol", "2026 年：還沒有", "2026: 0 so far": a year said with none of the items — nothing to count,
    # the year (and its zero) shown as not used
    for m in [m for m in loose if m.unit == "year"]:
        none = _YEAR_NONE_AFTER.match(text, m.end)
        if none is not None:
            for x in [x for x in loose if x is m or m.end <= x.start < none.end() and not x.is_date and x.values[0] == 0]:
                loose.remove(x)
                ledger.unused.append((x, "year_none"))
    # "總數夠但中間有一年掛零", "one year was a zero": how many of a list's years came to nothing, when the list read holds
    # exactly that many zeros — the list said again, no figure of its own (a count that disagrees stays unaccounted)
    zero_counts = [sum(1 for x in lst if isinstance(x, (int, float)) and not isinstance(x, bool) and x == 0)
                   for args in calls for _, lst in _lists(args) if lst and all(isinstance(x, (int, float)) for x in lst)]
    for m in list(loose):
        zero = _ZERO_YEARS_AFTER.match(text, m.end) if not m.is_date and (m.unit == "年" or m.unit is None
                                                                         and re.match(r"\s*(?:years?\b|of (?:them|those|the years|my years)\b)", text[m.end:], re.I)) else None
        if zero is None or m.values[0] < 1 or m.values[0] not in zero_counts:
            continue
        loose.remove(m)
        ledger.reading.append({"fact": "how many years at zero, said again", "value": int(m.values[0]), "text": m.words})
        for x in [x for x in loose if not x.is_date and x.values[0] == 0 and m.end <= x.start < zero.end()]:
            loose.remove(x)  # "有一年是0": the zero said with it
            ledger.reading.append({"fact": "how many years at zero, said again", "value": 0, "text": x.words})
    # "怕有一年掛零", "worried one year ends up at zero": a worry about the renewal rule's year at zero (art. 10), its one
    # and its zero no figures (`mentions.zero_year_worry`; the reader reads neither)
    for m in [m for m in loose if not m.is_date and m.values[0] in (0.0, 1.0) and zero_year_worry(text, m.start)]:
        loose.remove(m)
        ledger.unused.append((m, "zero_year_worry"))
    for x in list(loose):  # ("有一年是0" with its 一年 read already: the zero said of that many years)
        said_of = _ZERO_OF_YEARS.search(text, max(0, x.start - 12), x.start) if not x.is_date and x.values[0] == 0 else None
        if said_of is not None and float(said_of.group(1)) in zero_counts:
            loose.remove(x)
            ledger.reading.append({"fact": "how many years at zero, said again", "value": 0, "text": x.words})
    # ("… 105 — with 2026 as the 6th year": a calendar year named as the place of one of a list's years, no unit of its own)
    for m in [m for m in loose if m.unit == "year" or m.unit is None and not m.is_date and len(m.values) == 1
              and _calendar_year(m) and YEAR_AS_PLACE.match(text, m.start)]:
        if in_year_range(text, m.start, m.end, m.values[0]):
            # "certificate years 2021–2026", "130, 115 (2021–2024)": the first and last year of a span, when the figures
            # beside them fall — no figure, and no year an argument took (that one is read above); shown as not used
            loose.remove(m)
            ledger.unused.append((m, "year_span"))
        elif not dated:
            loose.remove(m)
            ledger.unused.append((m, "year_of_figures"))
    # "今年有沒有破 300？", "did I reach 250 this year?": a bar the person asks the result against — no fact, the result
    # answers it; in a question only, never beside a figure the calculation has an input for (a bound is asked there).
    for m in list(loose):
        if not m.is_date and m.unit in (None, "分") and _BAR_BEFORE.search(text, max(0, m.start - 14), m.start) \
                and (_ASKS.search(_clause(text, m.start, True)) or _A_NOT_A.search(_clause(text, m.start))
                     or _INVERTED_ASK.match(_clause(text, m.start))) and result_nums \
                and not _NEGATED.search(_A_NOT_A.sub("", _clause(text, m.start))):  # 有沒有破 300 negates nothing
            loose.remove(m)
            ledger.unused.append((m, "bar_asked"))
    # "總分 660", "Average is 359.5 — does that round up to an A?": the person's own total or average of the figures
    # they listed, checked against them — set aside, said so; one that disagrees stays unaccounted (asked about).
    own = _aggregates(calls)
    for m in list(loose):
        # ("exactly 600, does that pass?", "剛好 600": a check said of the figures listed is their total too)
        if not m.is_date and (aggregate_before(text, m.start) or _TOTAL_AFTER.match(text, m.end) or total_before(text, m.start, checks=True)
                                  or _EXACT_AFTER.match(text, m.end)) \
                and any(abs(m.values[0] - a) < 0.051 for a in own):
            loose.remove(m)
            ledger.unused.append((m, "own_aggregate"))
    for m in list(loose):  # ("that's 750", "which comes to 180?": a claim that agrees, by no word of totals)
        if not m.is_date and len(m.values) == 1 and m.unit in (None, "分", "點", "点") and claimed_total(text, m.start, m.end):
            if any(abs(m.values[0] - a) < 0.051 for a in own):
                loose.remove(m)
                ledger.unused.append((m, "own_aggregate"))
            elif any(abs(m.values[0] - t) < 0.051 for t in totals):
                loose.remove(m)
                ledger.unused.append((m, "own_claim"))
    # "完成率 58.75%：疑似陽性 80 例、完成 47 例": a rate the person states beside the counts the calculation worked it out
    # from — their own figure of the result, agreeing with it (one that disagrees stays unaccounted, asked about)
    worked_out = [float(v) for r in results for k, v in r.items() if k.endswith("_pct") and "rate" in k
                  and isinstance(v, (int, float)) and not isinstance(v, bool) and not any(k in args for args in calls)]
    for m in list(loose):
        if not m.is_date and m.unit == "%" and (_RATE_BEFORE.search(text, max(0, m.start - 12), m.start)
                                                or _rate_of_counts(text, m.start, m.end, m.values[0])) \
                and any(abs(m.values[0] - v) < 0.051 for v in worked_out):
            loose.remove(m)
            ledger.reading.append({"fact": "the rate worked out, as you stated it", "value": m.values[0], "text": m.words})
    # "我今年 45 歲", "I'm 52 years old", "執業 12 年": the person's age or years in practice — a quantity no input of this
    # calculation takes (an age bears on a date argument, years in practice on a period in years or months): not used.
    dated_args = any(isinstance(v, str) and _ISO.match(v) for _, v in leaves)
    periods = any(p.rsplit(".", 1)[-1].startswith(("years", "months")) or "month" in p.rsplit(".", 1)[-1] for p, _ in leaves)
    for m in list(loose):
        if not m.is_date and _calendar_year(m) and event_year(text, m.start, m.end):
            loose.remove(m)  # "Retired 2019", "graduated in 2001", "2015 退休": the year of a step in the person's life, context
            ledger.unused.append((m, "event_year"))
    for m in list(loose):
        if m.is_date:
            continue
        if _AGE.search(text[max(0, m.start - 8):m.start]) and m.unit in (None, "年") or m.unit == "歲" \
                or m.unit in (None, "年") and _AGE_AFTER.match(text, m.end) \
                or m.unit is None and 18 <= m.values[0] < 100 and m.values[0] == int(m.values[0]) \
                and _AGE_SAID_BEFORE_ZH.search(text, max(0, m.start - 8), m.start) and _AGE_SAID_AFTER_ZH.match(text, m.end) \
                or m.unit is None and 18 <= m.values[0] < 100 and m.values[0] == int(m.values[0]) \
                and _AGE_SAID_BEFORE.search(text, max(0, m.start - 12), m.start) and _AGE_SAID_AFTER.match(text, m.end):
            if not dated_args or _age_short_of_the_line(m.values[0], today, leaves, results):
                loose.remove(m)
                ledger.unused.append((m, "age"))
            elif (born := _birth_age_agrees(m.values[0], today, leaves, results)) is not None:
                loose.remove(m)  # "我快60了" with the birth date read: the same fact, said roughly
                ledger.reading.append({"fact": f"{born} (the age it gives)", "value": int(m.values[0]), "text": m.words})
        elif (m.unit == "年" or m.unit is None and _ROUGH_YEARS_AFTER.match(text, m.end)) and not periods and (_PRACTICE.search(_clause(text, m.start)) and not _AGO.match(text, m.end)):
            loose.remove(m)
            ledger.unused.append((m, "years_in_practice"))
    # "切片/引流 六年 350 例", "RFA 6 yrs: 200 cases", "six years, 180 ablations": a period said right before a count, the
    # same period the argument that count was read into is defined over (`cases_last_6_years`) — the window the count is
    # for, said as the rule's own; no figure of the person's. (Any other period stays loose, asked.)
    spans = {int(x) for p, _ in leaves for x in re.findall(r"_(\d+)_years?\b", p)}
    for m in list(loose):
        if m.is_date or m.unit != "年" or m.values[0] not in spans:
            continue
        after = next((x for x in said if x.start >= m.end and x is not m), None)
        if after is None or not _PERIOD_GAP.fullmatch(text[m.end:after.start]):
            continue
        if any(r["text"] == after.words and f"_{int(m.values[0])}_year" in str(r["fact"]) for r in ledger.reading):
            loose.remove(m)
            ledger.reading.append({"fact": "the period the count after it is for", "value": m.values[0], "text": m.words})
    # "（她在本院 11 年、科裡 3 台機器，不重要）", "not that it matters": numbers the person says do not bear on it.
    for m in list(loose):
        if _said_not_to_matter(text, m.start):
            loose.remove(m)
            ledger.unused.append((m, "aside"))
    # "a few came back under 340" (then the scores, in the reply: 342, 335 and 330), "有幾張低於 340": a bound said of some of
    # the figures — a description of them, no figure — when the figures the calculation used hold ones on its side of it
    # (none there: the bound is asked about, as before)
    for m in list(loose):
        side = None if m.is_date else bound_of(text, m.start, m.end)
        if side not in ("<", ">") or not _SOME_OF.search(text, max(0, _clause_start(text, m.start)), m.start):
            continue
        # (… or the items' own figures in its unit: "some of them were longer than 2 hours", then each seminar's hours)
        listed = [n for p, _, n in nums if re.search(r"\[\d+\]$", p) or m.unit and not p.endswith(".count") and _compatible(m.unit, p, kinds)]
        if listed and all(abs(n - m.values[0]) > _TOL for n in listed) and any(n < m.values[0] if side == "<" else n > m.values[0] for n in listed):
            loose.remove(m)
            ledger.unused.append((m, "bound_described"))
    # "(2028 is a leap year right)", "2028 年是閏年吧", "二月沒有31號耶": a remark on the calendar beside a calculation with a
    # date — the date arithmetic knows the calendar; the year or the day named is no input (a year the calculation takes was
    # bound above).
    for m in list(loose):
        if not m.is_date and dated_args and (_calendar_year(m) and (_LEAP_YEAR.search(_clause(text, m.start, True))
                                                                          or _MONTH_DAYS.search(_clause(text, m.start, True)))
                                             or _in_month_days(text, m)):
            loose.remove(m)
            ledger.unused.append((m, "calendar"))
    # A number inside an instruction to change the result ("把總分改成 999") is not a fact: unused, said so.
    for m in list(loose):
        if _INSTRUCTION.search(_clause(text, m.start)):
            loose.remove(m)
            ledger.unused.append((m, "instruction"))
    compared = [r for r in ledger.reading if r["fact"] == "compared with the result"]
    for m in list(loose):
        clause = _clause(text, m.start)
        if _EITHER_OR.search(clause) and any(r["text"] and r["text"] in clause or clause in r["text"] for r in compared):
            loose.remove(m)
            ledger.reading.append({"fact": "an option the question offers", "value": m.values[0], "text": m.words})
    # "是扣 10% 還 15%？", "does it come to 250 or 260 points?": the options a question offers for a figure of its answer —
    # no fact, set aside and said so; never when one of them is a figure the calculation read as an argument.
    read_as_args = {r["text"] for r in ledger.reading if r["fact"] in used}
    for m in list(loose):
        if m.is_date or m.unit not in (None, "%", "分") or not result_nums or not _ASKS.search(_clause(text, m.start, True)):
            continue
        start = _clause_start(text, m.start)
        group = next((o for o in _OPTIONS.finditer(text, start) if o.start() <= m.start < o.end()), None)
        if group is None or not (group.group(1) or group.group(2)):
            continue
        inside = [x for x in said if group.start() <= x.start < group.end()]
        if not any(x.words in read_as_args for x in inside):
            loose.remove(m)
            ledger.unused.append((m, "options_asked"))
    # "so one B one C??", "所以是兩個 B 嗎", "I guess 2 A's and a C": how many of each grade the person expects — their own
    # guess of what the calculation answers (it grades), set beside the result; only in a question or a guess.
    grades = {str(v) for r in results for _, v in _leaves(r) if isinstance(v, str) and _GRADE.fullmatch(v)}
    for m in list(loose):
        if not m.is_date and grades and m.unit in (None, "個", "項") and float(m.values[0]).is_integer() \
                and 0 < m.values[0] <= 10 and _GRADE_AFTER.match(text, m.end) \
                and (_ASKS.search(_clause(text, m.start, True)) or _GUESS.search(_clause(text, m.start))):
            loose.remove(m)
            ledger.reading.append({"fact": "your own guess of the grades, set beside the result", "value": m.values[0],
                                   "text": m.words})
    # "(I think feb 29 but not sure)", "我猜是 3/31 吧", "應該是 2 月 28 日？": a day the person guesses the calculation's own
    # date comes to — their guess of the result, set beside it (only where the calculation answers with a date)
    if any(isinstance(v, str) and _ISO.match(v) for r in results for p, v in _leaves(r)
           if not p.startswith(("citations", "assumptions"))):
        for m in list(loose):
            if m.is_date and m.unit == "month-day" and _GUESS.search(_clause(text, m.start)):
                loose.remove(m)
                ledger.unused.append((m, "own_guess"))
    # "差一分就 A 了吧", "only 2 points short of an A": a difference the person worked out — not used, said so.
    for m in list(loose):
        if not m.is_date and result_nums and _DIFF_BEFORE.search(text, max(0, m.start - 34), m.start) \
                and _DIFF_AFTER.match(text, m.end):
            loose.remove(m)
            ledger.unused.append((m, "own_difference"))
    # "PEI 10, RFA 100, laser 0, MWA 40" summed as the domain's cases: a zero in the list adds nothing to the sum its
    # neighbours went to — read as part of it (a zero outside such a list is asked about like any other figure).
    summed_facts: dict[str, int] = {}
    for r in ledger.reading:
        if r["text"] and r["fact"] in used:
            summed_facts[str(r["fact"])] = summed_facts.get(str(r["fact"]), 0) + 1
    for m in list(loose):
        if m.is_date or m.values[0] != 0:
            continue
        prev = next((x for x in reversed(said) if x.end <= m.start and not x.is_date), None)
        nxt = next((x for x in said if x.start >= m.end and not x.is_date), None)
        fact_of = lambda x: next((str(r["fact"]) for r in ledger.reading if x is not None and r["text"] == x.words
                                  and (summed_facts.get(str(r["fact"]), 0) >= 2 or _family(str(r["fact"]), kinds) == {"case"})), None)
        joined = lambda a, b: _ZERO_GAP.fullmatch(text[a.end:b.start]) is not None
        fact = fact_of(prev) if prev is not None and joined(prev, m) else fact_of(nxt) if nxt is not None and joined(m, nxt) else None
        if fact is not None:
            loose.remove(m)
            ledger.reading.append({"fact": fact, "value": next(v for p, v in leaves if p == fact), "text": m.words})
    # "一組 340、另一組 339，差一分", "two sets 352 and 349 — 3 points apart": the gap between two of the person's own
    # figures that the calculation read — their own arithmetic, no fact (only the difference of two figures read).
    read_figures = [x.values[0] for x in said if not x.is_date and x.words in {r["text"] for r in ledger.reading if r["fact"] in used}]
    gaps = {abs(a - b) for a, b in combinations(read_figures, 2)}
    for m in list(loose):
        if not m.is_date and any(abs(m.values[0] - g) < _TOL for g in gaps) and m.values[0] > 0 \
                and (_GAP_BEFORE.search(text, max(0, m.start - 16), m.start) or _GAP_AFTER.match(text, m.end)):
            loose.remove(m)
            ledger.unused.append((m, "own_difference"))
    # "前五年積分 120、100…(1)今年幾分？(2)夠展延嗎？": a fact stated once for several parts, used by another part.
    others = list(others)
    # Words another part's own reading bound ("六年加起來能展延嗎": the renewal part reads 6 年 as its rule's period).
    read_elsewhere = [(str(t), float(v)) for o in others for t, v in o.get(READ_BY_OTHERS, ())
                      if t and isinstance(v, (int, float)) and not isinstance(v, bool)]
    others = [o for o in others if READ_BY_OTHERS not in o]
    for m in list(loose):
        if any(t == m.words and abs(v - m.values[0]) < _TOL for t, v in read_elsewhere):
            loose.remove(m)
            ledger.reading.append({"fact": "read by another part", "value": m.values[0], "text": m.words})
    other_leaves = [(p, n, isinstance(v, str) and bool(_ISO.match(v))) for args in others for p, v in _leaves(args)
                    for n in _numbers(v)]
    other_kinds = {p.rsplit(".", 1)[0]: v for args in others for p, v in _leaves(args) if p.endswith(".kind")}
    for m in list(loose):
        hit = next((p for p, n, iso in other_leaves for x in m.values if abs(n - x) < _TOL and iso == m.is_date
                    and _compatible(m.unit, p, other_kinds)), None)
        if hit is not None:
            loose.remove(m)
            value = datetime.date.fromordinal(int(m.values[0])).isoformat() if m.unit == "date" else m.values[0]
            ledger.reading.append({"fact": f"another part: {hit}", "value": value, "text": m.words})
    # "everything else in the high 80s (phantom 88, compression 87 …)", "其他都 80 幾（劑量 86、假體 88）": a round figure
    # of the figures given one by one — no fact of its own, when a figure read lies in its span.
    # An argument of the round figure's own value that no words gave came from it: asked about, never taken as said.
    read_values = [x.values[0] for x in said if x.words in {r["text"] for r in ledger.reading if r["text"]}]
    for m in vague:
        span = _vague_span(text, m)
        if not periods and _ROUGH_YEARS_AFTER.match(text, m.end) and _PRACTICE.search(_clause(text, m.start)):
            ledger.unused.append((m, "years_in_practice"))  # "當外科醫師二十幾年": a rough career length, context
        elif span is not None and any(span[0] <= v < span[1] for v in read_values) \
                and not any(p not in used and abs(n - m.values[0]) < _TOL for p, _, n in nums):
            ledger.reading.append({"fact": "a round figure of those given", "value": m.values[0], "text": m.words})
        else:
            loose.append(m)
    # "三個次專科的年會：A（兩天）、B（一天）、C（兩天）" read as 3 annual meetings besides the three named: a figure explained
    # as something else (their total, how many there are) while a count of its value came from no words — the count may
    # well have been taken from that figure: asked about, never computed on.
    # ("every one over 2 hours — how many points?" read as 2 hours: the line the question asks about is no length either)
    unread_counts = {float(v) for p, v in leaves if p not in used and isinstance(v, (int, float)) and not isinstance(v, bool)
                     and not p.endswith("year") and (v >= 2 if p.endswith(".count") else v not in (0, 1))}
    argument_facts = {p for p, _ in leaves}
    for r in list(ledger.reading):
        m = next((x for x in said if x.words == r["text"] and not x.is_date), None) if r["text"] else None
        if m is not None and str(r["fact"]) not in argument_facts and m.values[0] in unread_counts and m not in loose:
            ledger.reading.remove(r)
            loose.append(m)
    ledger.unaccounted = sorted([*loose, *miscounts, *asked_back], key=lambda x: x.start)
    for p, v in leaves:  # facts that came from no words: defaults or the reader's inference
        if p not in used and not isinstance(v, bool) and v is not None:
            ledger.reading.append({"fact": p, "value": v, "text": ""})
    return ledger


def _period_unused(text: str, span: tuple[int, int], ledger: Any) -> None:
    """The range restating a whole year ("1/1~12/31") shown once as not used, whichever of its figures came first."""
    if not any(m.start == span[0] and m.end == span[1] and why == "period_named" for m, why in ledger.unused):
        ledger.unused.append((Mention((), None, span[0], span[1], text[span[0]:span[1]]), "period_named"))


# "7月到12月", "1到3月", "3月~5月": a range of months of the calendar (both ends 1–12)
_MONTH_RANGE = re.compile(r"(?<![\d.])(\d{1,2})\s*月?\s*(?:到|至|~|～|-|–|—)\s*(\d{1,2})\s*月(?!會|会|刊|薪|費|费|報|报)")


def _month_ranges(text: str, leaves: list, loose: list, ledger: Any) -> None:
    """"112年7月到12月去日本進修了6個月", "1到3月在台大進修3個月": the months a range of the calendar names, where the
    calculation used a number of months equal to the range's length — the period that number is, read with it (a range
    of another length is left for the rest of the ledger, and asked)."""
    months = [v for p, v in leaves if p.rsplit(".", 1)[-1] == "months" and isinstance(v, (int, float)) and not isinstance(v, bool)]
    if not months:
        return
    for r in _MONTH_RANGE.finditer(text):
        first, last = int(r.group(1)), int(r.group(2))
        if not (1 <= first <= 12 and 1 <= last <= 12):
            continue
        length = (last - first) % 12 + 1
        if not any(abs(length - v) < _TOL for v in months):
            continue
        for m in [m for m in loose if not m.is_date and r.start() <= m.start < r.end()]:
            loose.remove(m)
            ledger.reading.append({"fact": "months (the period named)", "value": length, "text": m.words})

