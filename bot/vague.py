"""Vague quantities in a person's facts: "去了幾次月會", "几十例", "a few monthly meetings".

SPEC §3: a fact the person did not state is never filled in (no count of 1 for 幾次). A vague
quantity in a statement is such a fact: the bot asks for the number, and the reply takes the
vague words' place in the question ("也去了幾次月會" + "6 次" → "也去了 6 次月會").
The question's own 幾 ("總共幾分？", "要幾例？") is what is asked, not a fact, and is left alone.
"""

from __future__ import annotations

import re

from bot.parsing.career import CAREER
from bot.parsing.numbers import find_quantities, normalize_numerals
from calculators.vocab import ATTENDED_SHARE, HELD_COUNT
from core.memo import per_answer

# The counters of times besides 次 ("好幾回", "跑了幾趟", "多場"): one occasion each, counted as 次 is.
_TIMES = r"次|回|趟|場|场|遍"
# 幾 + a counting unit, not the asked-for figure (幾分 / 幾點 / 幾學分 are what the person asks).
# "那幾組的分數" points at sets already listed (那 / 這 / 哪 + 幾): no vague count; "差幾例", "還缺幾篇", "剩幾天" ask
# the shortfall (no question mark needed).
# ("個案還差一些", "缺一些": the gap to the line said loosely, as "差一點" — no count of the person's)
# ("排第幾個", "第幾篇": an ordinal asked — which place, never how many)
_ZH = re.compile(r"(?<![那這这哪差缺剩第])(?:好|十)?幾(?:十|百|10|100)?\s*(?:次|場|篇|個月|個|例|天|小時|位|名|台|案|件|張|年|組|组|" + _TIMES + r")|(?<![差缺少])一些|若干|數次|多次|幾十例|"
                 # (a count of times said with another counter, "好幾回", "數趟", "N多次", "多回": as vague as 幾次)
                 r"(?<![差不許许很好十百千\d])(?:[Nn](?=多))?(?:數|数|多)\s*(?:次|回|趟|場|场|遍)(?![來来覆复報报應应答收饋馈家頭头])|"
                 # "還有一堆洗腎通路取栓", "好多台出血栓塞": a heap of things, no count
                 r"一大堆|一堆|(?:好多|不少|很多)(?=[^，,。；;？?!！\d]{0,12}?(?:例|台|檯|次|篇|場|案|件|回|趟))|"
                 # (… with no unit after it, said of another thing "too" beside a counted one: "RFA 120例，MWA也做了不少，",
                 # "TARE也不少", "MWA做得也不少啦" — an umbrella said before its parts' counts, "消融做了不少，近六年RFA一百多例", or the
                 # only mention, "RFA做了很多", is not: there the missing count itself is asked)
                 r"(?:(?<=也)|(?<=也做了)|(?<=也做過)|(?<=也做过)|(?<=也有))\s*"
                 r"(?:不少|很多|好多|蠻多|蛮多|挺多|超多|許多|许多|滿多|满多)(?=(?:的|了|啦|喔)?\s*(?:[，,。；;？?！!、)）]|$))|"
                 # an approximate count, "200 多個", "一百多例", "三十幾次": a figure with "and some" after it is not the figure
                 r"(?<![\d.])(?:\d+|[一二兩两三四五六七八九十百千]+)\s*(?:多|幾|几)\s*(?:次|場|场|篇|個|个|例|案|件|位|名|台|張|张|天|回|趟)|"
                 # ("一百出頭", "兩百出頭例", "200 出头": a round figure and a little more — over it, how far not said)
                 r"(?<![\d.])(?:[1-9]\d*0|[一二兩两三四五六七八九十百千]*[十百千])\s*(?:出頭|出头)\s*(?:次|場|场|篇|個|个|例|案|件|位|名|台|張|张|天)?|"
                 # (… its unit said before it, none after: "案例只有一百多，", "cases 兩百多？" — the figure ends its clause)
                 r"(?<![\d.])(?:\d+|[一二兩两三四五六七八九十百千]+)\s*(?:多|幾|几)(?=\s*(?:[，,。；;？?！!、)）]|$))")
# ("how many meetings" is no count: the question's own word, asked — not a vague count said)
# (a count said large with no figure too: "a crazy number of screenings", "an insane amount of cases")
_BIG_NUMBER_OF = r"an?\s+(?:crazy|huge|insane|ridiculous|massive|large|big|enormous|awful|silly|absurd)\s+(?:number|amount)\s+of"
_EN = re.compile(r"\b(?:" + _BIG_NUMBER_OF + r"|a\s+(?:whole\s+)?bunch\s+of|a\s+handful\s+of|a\s+lot\s+of|lots\s+of|tons?\s+of|a\s+ton\s+of|loads\s+of|heaps\s+of|"
                 r"plenty\s+of|dozens\s+of|a\s+dozen\s+or\s+so|a\s+bunch)\s+(?:[a-z][\w/-]*\s+){0,3}[a-z][\w/-]*s\b|"
                 # (the words between may be hyphenated: "some SCI first-author papers", "a few e-poster presentations")
                 # (… or the kind said before, pointed at by "ones": "a few of the monthly ones", "some of the TSA ones")
                 r"\b(?:a few|several|some|a couple(?: of)?|multiple|(?<!\bhow\s)many|a number of)\s+(?:[\w/-]+\s+){0,3}?"
                 r"(?:meetings?|talks?|lectures?|papers?|articles?|posters?|courses?|seminars?|cases?|days?|hours?|months?|"
                 r"conferences?|congress(?:es)?|symposi(?:um|a|ums)|workshops?|webinars?|modules?|events?|observerships?|"
                 # (… or the points themselves: "plus some plain radiology CME points", "a few credits from RSROC")
                 r"fellowships?|publications?|pubs|abstracts?|sessions?|presentations?|times?|weeks?|ones|points?|credits?|pts)\b|"
                 # a running total said vaguely with no noun ("went to another monthly one, that makes quite a few this
                 # year", "brings me to several so far"): how many, asked
                 r"\b(?:(?:that|which|this)\s+makes?\s+(?:it\s+)?|brings?\s+(?:me|it|the\s+(?:total|count))\s+(?:up\s+)?to\s+)"
                 r"(?:quite\s+)?(?:a few|several|a bunch|a lot|a handful|a couple|many|lots|a good few)\b(?!\s+(?:of\s+)?(?:points?|credits?|pts)\b)|"
                 # an approximate count, "200-odd cases", "30 or so meetings", "40-ish papers"
                 r"(?<![\d.])\d+(?:-odd|\s+odd|\s+or\s+so|-ish)\s+(?:[a-z][\w/-]*\s+){0,2}?[a-z][\w/-]*s\b", re.IGNORECASE)
# "超過的有幾例", "不給付的部分是幾案", "會被退的會有幾件": 幾 after "the ones that …" (a clause ending in 的 / 部分) asks how
# many of them there are — a question even with no question mark, never a fact of the person's.
_ONES_THAT = re.compile(r"(?:的|部分|部份)\s*(?:有|是|會有|会有|共有|總共有|总共有|大概有)?\s*$")
_BOUND_BEFORE = re.compile(r"(?:超過|超过|未達|未达|低於|低于|高於|高于|不到|不足|少於|少于|多於|多于|大於|大于|滿|满|達|达|"
                           # the rule's limit asked ("一個人最多幾篇可以申請", "每年至多幾場", "頂多幾次")
                           r"最多|至多|頂多|顶多|最少|至少|上限(?:是|為|为)?)\s*(?:可以|能|可|只能|只可以|要|需要|須|需|得)?\s*"
                           # (… with the verb it limits: "最多可以拍幾個", "一台車最多報幾個人", "至少要做幾例")
                           r"(?:拍|照|做|篩|筛|收|報|报|報備|报备|登記|登记|排|派|放|申請|申请|送|算|認|认|拿|上|開|开|辦|办|參加|参加|發表|发表)?\s*$")
# (an English sentence ends at a full stop before a space: "I spent some months on a fellowship. How many credits?")
_CLAUSE = re.compile(r"(?:[^，,。；;？?！!\n.]|\.(?!\s))+[？?]?")
# A bare 幾 said right after the verb that makes it the predicate ("效期是幾年", "要累積幾年", "期限為幾天", "須滿幾年"): the
# rule's figure asked, even with the next question run on after a 、 and no question mark ("效期是幾年、積分要幾分").
_ASKED_AS = re.compile(r"(?:是|為|为|要|需要|須|须|需|得|滿|满|有效)\s*$")  # ("我是幾年前拿到的" is a when: kept)
# A bare 幾 after a modal and at most its verb ("一台車可以報幾個放射師", "一天能收幾案", "可以登記幾位", "可報備幾名"): what the rule
# allows asked, even with no question mark and words after it — no count of the person's (never "好幾個", "十幾例": said).
_MODAL_BEFORE = re.compile(r"(?:可以|可|能|能夠|能够|准|允許|允许|得以)\s*(?:[\u4e00-\u9fff](?<![了過过])){0,2}\s*$")
_ASKED = re.compile(r"[？?]|多少|how many|how much|what|是否|嗎|吗|要不要|夠不夠|才", re.IGNORECASE)


# The exact count said right after the vague one ("好幾次講師，一共 3 次", "幾篇（其實 4 篇）", "several talks, 3 in all",
# "a few lectures, exactly four"): the vague words only lead up to the figure, which is the fact (`settle_vague`).
_NUM = r"(?:\d+|[一二兩两三四五六七八九十百千]+|two|three|four|five|six|seven|eight|nine|ten)"
_UNIT = r"(?:次|場|场|篇|個月|个月|個|个|例|天|小時|小时|位|名|台|臺|檯|案|件|張|张|年|回|趟)"
# the words that make a figure exact: "精確是 84", "正確來說 84", "實際上是 84", "確切數字 84", "exactly 84", "to be precise,
# 84", "actually 84" — the figure after them is the fact, said in brackets or after a comma
_EXACT_WORDS = (r"(?:精確|精确|正確|正确|準確|准确|確切|确切)\s*(?:來說|来说|地說|地说|的說|的说|數字|数字|數|数|值)?\s*(?:是|為|为|:|：)?|"
                r"實際上|实际上|實際|实际|\bto\s+be\s+(?:precise|exact)\b\s*[,:]?|\bactually\b\s*(?:it'?s|it\s+was|was|is)?|"
                r"\b(?:exactly|precisely)\b\s*(?:it'?s|it\s+was)?")
_EXACT_AFTER = re.compile(
    r"^[^。；;？?!！.\n]{0,24}?(?P<sep>[，,、]\s*)?(?P<tail>"
    rf"(?:一共|總共|总共|共計|共计|合計|合计|總計|总计|加起來|加起来|算起來|算起来|其實是|其实是|其實|其实|共)\s*(?:是|有|為|为|就)?\s*{_NUM}\s*{_UNIT}|"
    # ("八十幾例(精確是84)", "八十幾例，正確來說 84", "80-odd cases, to be precise 84", "a few dozen (actually 84)": the figure
    # made exact, its unit said or not)
    rf"[（(]\s*(?:{_EXACT_WORDS})\s*(?:是|有|為|为|就)?\s*{_NUM}\s*{_UNIT}?\s*[)）]|"
    rf"[（(]\s*{_NUM}\s*{_UNIT}?\s*[,，]?\s*(?:to\s+be\s+(?:exact|precise)|exactly|precisely|精確來說|精确来说|正確來說|正确来说)\s*[)）]|"
    # (… or after a dash or a comma, the exactness said after the figure: "a couple of monthly meetings - 2 to be exact",
    # "a few seminars, 3 to be precise", "幾場研討會，精確來說是 3 場" is the form before)
    rf"(?:[-—–]\s*)?{_NUM}\s*{_UNIT}?\s*[,，]?\s*(?:to\s+be\s+(?:exact|precise)|exactly|precisely|精確來說|精确来说|正確來說|正确来说)\b|"
    rf"(?:{_EXACT_WORDS})\s*(?:是|為|为|就是)?\s*{_NUM}(?![\d.])"
    # (never a part of it said so: "一百多例，實際上 30 例是 RFA", "a few dozen, actually 30 of them RFA")
    rf"(?!\s*{_UNIT}?\s*(?:是|為|为|屬|属|都|\b(?:of|are|were|was)\b))\s*{_UNIT}?|"
    # ("40幾例(約45)", "a few dozen (about 45)": the rough count said as a figure in brackets — that figure, approximate)
    rf"[（(]\s*(?:其實|其实|共|總共|总共|約|约|大約|大约|大概|about|around|roughly|approx\.?|~|～)?\s*{_NUM}\s*{_UNIT}?\s*[)）]|"
    rf"\b(?:exactly|precisely|(?:a\s+)?total\s+of)\s+{_NUM}\b|"
    # ("a couple of monthly meetings - 2 to be exact", "幾次月會，3 次精確來說": the figure, then the words making it exact)
    rf"(?<![\w.]){_NUM}\s*{_UNIT}?\s*,?\s*(?:to\s+be\s+(?:exact|precise)|exactly|precisely|精確來說|精确来说|正確來說|正确来说)(?![\w])|"
    rf"(?<![\w.]){_NUM}\s+(?:\w+\s+)?(?:in\s+all|in\s+total|altogether|all\s+told)\b|"
    # ("做了一堆，近六年大概 320 例", "做了很多，近6年約 150 例", "tons of them, roughly 320 in the last six years"): a heap said,
    # then its figure with the period or a rough word — the figure is the fact, the heap only leads up to it
    rf"(?:(?:近|最近|過去|过去)\s*{_NUM}\s*年\s*(?:內|内|來|来|裡|里|間|间)?\s*(?:大概|大約|大约|約|约|差不多)?|大概|大約|大约|約|约|差不多)"
    rf"\s*(?:有|是|做了?|共)?\s*{_NUM}\s*{_UNIT}|"
    rf"\b(?:about|around|roughly|approx\.?|~)\s*{_NUM}\b(?:\s+(?:\w+\s+){{0,2}}?(?:in|over)\s+the\s+(?:last|past)\s+(?:six|6)\s+y(?:ea)?rs?\b)?)",
    re.IGNORECASE)


# the figure made exact within a few words after the vague count ("八十幾例(精確是84)、下肢 20 例", "several meetings (actually
# 4) and 1 annual"): that figure is the count (`settle_vague`) — the counts after it are other facts, no items of it
_MADE_EXACT = re.compile(rf"^[^。；;？?!！.\n]{{0,24}}?(?:[（(]\s*)?(?:{_EXACT_WORDS})\s*(?:是|有|為|为|就)?\s*{_NUM}", re.IGNORECASE)


# the things counted vaguely, then after a colon or a dash the items one by one, each with its count ("some talks at other
# hospitals: two of 1 hr and one of 4 hours", "幾場演講：兩場一小時、一場半天"): the vague words head the list, no count
_ONE_ITEM = rf"(?:{_NUM}|\bone\b|\ban?\b|\banother\b|一)\s*(?:{_UNIT}|\b)?"
# (the next item may be led by "the other(s)": "…：兩小時以內的有4場，另外一場三個半小時", "…: 3 short ones and another 4-hr one")
_ITEMS_FOLLOW = re.compile(rf"[^:：—–。；;？?!！\d]{{0,40}}?(?:[:：]|\s[—–-]\s)\s*{_ONE_ITEM}"
                           rf"[^。；;？?!！]*?(?:[、,，;；+＋]|\band\b|和|跟|及|還有|还有)\s*(?:另外|另|其他|其餘|其余|剩下的?)?\s*{_ONE_ITEM}",
                           re.IGNORECASE)
# … or, with no colon, the items one by one right after the vague words, two or more each with its count in the vague
# count's own unit ("paper 中了好幾篇 SCI一篇一作 一篇我是通訊 另外兩篇二作", "好幾場研討會，一場兩小時、一場四小時", "several
# papers, one as first author and two as second author"): the list gives the count — never a part of it ("好幾次月會，其中
# 2 次是講者" is asked: 其中 / of them takes a part of a whole not counted)
# … or each item named before its count after the colon ("跑了一堆：外科年會１次、月會４次，另外國際會議２次", "a bunch of
# stuff: annual meeting x1, monthly meetings 4"): two items or more, each with a count in a unit
# … or after a pause typed in chat instead of the colon — an emoji, a laugh, a tilde, or a space alone ("case report 寫了一堆😂
# SCI case report 一作 3 篇、non-SCI case report 通訊作者 2 篇", "寫了一堆哈哈 SCI 一作 2 篇、二作 1 篇"): the same labelled
# items (never after a comma: "好幾次月會，2次講者、1次座長" takes parts of a count not said, asked)
_CHAT_PAUSE = r"\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+|(?:哈|呵|嘿)+|XD+|lol|[~～]+)\s*|\s+"
_LABELLED_ITEM = rf"[^\d:：、,，;；。？?!！\n]{{1,32}}?(?:{_NUM}|一|兩|两)\s*(?:{_UNIT}|x\b|×)"
_LABELLED_ITEMS_FOLLOW = re.compile(rf"(?:\s*(?:[:：]|\s[—–-]\s)\s*|{_CHAT_PAUSE}){_LABELLED_ITEM}[^。；;？?!！]*?(?:[、,，;；+＋]|\band\b|和|跟|及|還有|还有)"
                                    rf"\s*{_LABELLED_ITEM}", re.IGNORECASE)
_SENTENCE_REST = re.compile(r"[^。；;？?!！\n]*")
_PART_WORDS = re.compile(r"其中|當中|当中|裡面|里面|包括|包含|\b(?:of (?:them|those|these|which)|including|among)\b", re.IGNORECASE)
_ITEM_SEP = re.compile(r"[、，,;；+＋/]|\band\b|和|跟|及|還有|还有|另外")
_SPOKEN = re.compile(r"講者|讲者|講師|讲师|演講|演讲|上台|上臺|座長|座长|主持|\b(?:speak\w*|spoke|talks?|chair\w*|moderat\w*|lectur\w*)\b",
                     re.IGNORECASE)
_EN_ITEM = re.compile(r"(?<![\w.])(?:(?!(?:19|20)\d\d\b)\d+|one|two|three|four|five|another)\b(?!\s*(?:hours?|hrs?|days?|years?|months?|weeks?|%|points?|credits?)\b)",
                      re.IGNORECASE)


def _itemised_after(text: str, end: int, phrase: str) -> bool:
    """Does the vague count `phrase` (ending at `end`) head its own itemised list in the rest of its sentence: two counts or
    more in its unit (English: two counted items or more), the first within a few words, none led by a part word?"""
    rest = _SENTENCE_REST.match(text, end).group(0)  # type: ignore[union-attr]
    if _MADE_EXACT.match(text[end:]):
        return False  # "八十幾例(精確是84)、下肢PTA 20": the figure after it is its own, made exact
    if _SPOKEN.search(rest):
        return False  # "好幾次月會，2次講者、1次座長": the talks are a part of the meetings, whose count is not said
    unit = re.search(rf"{_UNIT}$", phrase)
    if unit is not None:
        items = [m for m in re.finditer(rf"(?:{_NUM}|一|另)\s*{re.escape(unit.group(0))}", rest)]
    elif re.search(r"[a-z]s?$", phrase, re.IGNORECASE) and not re.search(r"[\u4e00-\u9fff]", phrase):
        items = list(_EN_ITEM.finditer(rest))
    else:
        return False
    # (the items set apart by punctuation or "and": a run set apart by spaces alone is read no surer than the vague count —
    # asked)
    apart = all(_ITEM_SEP.search(rest[a.end():b.start()]) for a, b in zip(items, items[1:]))
    return len(items) >= 2 and items[0].start() <= 24 and apart and not _PART_WORDS.search(rest[:items[0].start()])


_PERIOD_LEAD = re.compile(rf"^(?:近|最近|過去|过去)\s*{_NUM}\s*年\s*(?:內|内|來|来|裡|里|間|间)?\s*")
_APPROX = re.compile(r"約|约|大約|大约|大概|\b(?:about|around|roughly|approx)\b|~|～", re.IGNORECASE)
# what befalls a count, said right after it ("幾件不給付", "幾例拿不到錢", "幾案會被核刪"): the count asked
# (… a hedge between, "有幾案可能不給付", "幾件也許拿不到錢": the same count asked)
_BEFALLS = re.compile(r"\s*(?:的)?\s*(?:可能|也許|也许|或許|或许|大概|應該|应该|就|將|将)?\s*(?:不(?:給付|给付|能|會|会|算|予)|拿不到|領不到|领不到|沒(?:有)?(?:錢|钱|給付|给付)|没(?:有)?(?:钱|给付)|"
                      r"(?:會|会|要)?被(?:扣|核刪|核删|刪|删|退)|超(?:過|过|量|出)|會超|会超)")
# what befalls a count, said right before it ("會被扣幾案的費用", "要砍掉幾件", "不給付幾例的錢"): the count asked, even when
# the message goes on after it with no question mark
# ("多出來幾個案子", "超出来几例": the count over the line is what is asked, like what befalls it)
_BEFALLS_BEFORE = re.compile(r"(?:(?:會|会|要|得)?\s*被|會|会|要)\s*(?:扣|核刪|核删|刪|删|退|砍|罰|罚)(?:掉|除)?\s*$|"
                             r"(?:不給付|不给付|不予給付|不予给付|不付)\s*$|(?:多出|超出)(?:來|来)?\s*(?:的)?\s*(?:有|是)?\s*$")
_PERCENT_AFTER = re.compile(r"\s*(?:百分點|百分点|百分比|趴|%|％)")
_AGO = re.compile(r"\s*(?:ago\b|前)", re.IGNORECASE)
# a rough number of years with its tens said ("十幾年", "二十多年", "30多年"): at least ten — a bare "幾年" stays a vague count
_ROUGH_YEARS = re.compile(r"(?:\d+|[一二兩两三四五六七八九]?十)\s*(?:多|幾|几)\s*年")
_SPAN_UNIT = re.compile(r"(?:天|週|周|個月|个月|days?|weeks?|months?)$", re.IGNORECASE)


# the exact figure said right after a rough one ("兩百出頭，精確來說 212 例", "一百出頭，其實是 104")
_EXACT_NEXT = re.compile(r"[，,、\s]*(?:確切|确切|精確|精确|準確|准确|實際|实际|正確|正确|其實|其实|\bexactly\b|\bprecisely\b)", re.IGNORECASE)


# Another fact said with its own count after the vague one, with no comma between ("月會有去幾次 年會也去了1次  這樣積分多少",
# "monthly a few times annual 1 time how many credits"): the question's ask after it is of the whole, never of the 幾 — the
# vague count is a fact said before the next one, and is asked back (SPEC §3: no count of 1 for 幾次)
_NEXT_FACT = re.compile(rf"(?<![\d.])(?:{_NUM})\s*{_UNIT}|\b{_NUM}\s+(?:times?|meetings?|sessions?|talks?)\b", re.IGNORECASE)


def _own_tail(tail: str) -> str:
    """The words after a vague count up to the next fact said with its own count: where an ask of that count would be."""
    nxt = _NEXT_FACT.search(tail)
    # (only a fact set off as its own clause, by a space or 、 — "幾年要展延一次？" is one clause, its 一次 no other fact)
    if nxt is None or not (tail.isascii() or re.search(r"(?:^|(?<=[\u4e00-\u9fff]))[ \u3000]+(?=[\u4e00-\u9fff])|、", tail[:nxt.start()])):
        return tail
    return tail[:nxt.start()]


def _vague_spans(text: str) -> list[tuple[re.Match[str], int]]:
    """Each vague phrase stated as a fact, with where its clause starts in `text`."""
    return list(_vague_spans_of(text))


@per_answer()
def _vague_spans_of(text: str) -> tuple[tuple[re.Match[str], int], ...]:
    """`_vague_spans`, remembered within one answer (~70 % of the calls in an answer repeat one before)."""
    out = []
    for clause in _CLAUSE.finditer(text):
        c = clause.group(0)
        for pattern in (_ZH, _EN):
            for m in pattern.finditer(c):
                # (the 過 of a bound, 超過 / 不過, says no past: "一個月超過幾案會被抽片" asks the threshold)
                # (a message that ends on the count, "…，會被核刪幾案", asks it as a question mark would)
                # (… or on the count and what befalls it, "超過的幾件不給付", "超過的有幾例拿不到錢": asked, no question mark)
                last = clause.end() >= len(text.rstrip()) and (not c[m.end():].strip() or _BEFALLS.match(c, m.end()) is not None)
                asked = (_ASKED.search(_own_tail(c[m.end():])) or last or _BEFALLS_BEFORE.search(c[:m.start()])) and not re.search(r"了|(?<![超不])過|attended|went|gave|did|had\b|"
                                                                     r"\b(?:published|presented|wrote|written|took|got|joined|"
                                                                     r"chaired|moderated|taught|completed|finished|submitted|"
                                                                     r"performed|visited)\b",
                                                                     c[:m.start()], re.I)
                if m.group(0)[0] in "幾几" and _ASKED_AS.search(c[:m.start()]) and not c[m.end():].lstrip().startswith("前"):
                    continue  # "證書效期是幾年": the figure asked, no count of the person's
                if m.group(0)[0] in "幾几" and _MODAL_BEFORE.search(c[:m.start()]):
                    continue  # "一台車可以報幾個放射師": what may be done asked, no count said
                if _BOUND_BEFORE.search(c[:m.start()]):
                    continue  # a count after a bound ("超過幾案", "未達幾例") is the rule's threshold asked, no fact
                if _PERCENT_AFTER.match(c, m.end()):
                    continue  # "扣幾個百分點", "幾個 %": the percentage asked, no count of things
                if _ONES_THAT.search(c[:m.start()]):
                    continue  # "超過的有幾例拿不到錢", "被扣的部分是幾案": how many of the ones named — what is asked
                if _SPAN_UNIT.search(m.group(0)) and (_AGO.match(c, m.end()) or c[:m.start()].endswith("前")):
                    continue  # "a couple of weeks ago", "幾天前", "前幾天": when, not how many (`VAGUE_PERIOD`)
                if _years_as_when(c, m):
                    continue  # "前幾年人在加拿大執業", "近幾年都在日本": when the story happened, no count of years to ask
                if re.search(r"出頭|出头", m.group(0)) and _EXACT_NEXT.match(text, clause.start() + m.end()):
                    continue  # "兩百出頭，精確來說 212 例": the exact figure follows the rough one (the reader takes it)
                if _ROUGH_YEARS.fullmatch(m.group(0)) and CAREER.search(c[:m.start()]):
                    continue  # "當外科醫師二十幾年": a rough career length (ten or more), context — no count to ask (bot/parsing/career.py)
                if _ITEMS_FOLLOW.match(text, clause.start() + m.end()):
                    continue  # "some talks: two of 1 hr and one of 4 hours": the items after the colon give the count
                if _LABELLED_ITEMS_FOLLOW.match(text, clause.start() + m.end()):
                    continue  # "跑了一堆：外科年會１次、月會４次": each item named then counted after the colon give the counts
                if _itemised_after(text, clause.start() + m.end(), m.group(0)):
                    continue  # "好幾篇 SCI一篇一作 一篇我是通訊": the items right after give the count
                if not asked:
                    out.append((m, clause.start()))
    out += _shares_of_held(text, out)
    return tuple(out)


_HELD = re.compile(HELD_COUNT, re.IGNORECASE)
_ATTENDED_SHARE = re.compile(ATTENDED_SHARE, re.IGNORECASE)


def shares_of_held(text: str) -> list[str]:
    """The phrases of `text` that give one's attendance as a share of a count held (`_shares_of_held`)."""
    return [m.group(0) for m, _ in _shares_of_held(text, [])]


def _share_filled(text: str, phrase: str, value: object) -> str:
    """`text` with one's share of a held count written as the count the reply gives, and the held count's figure taken out
    ("總共辦了十二場，我出席了一半" + "6 次" → "總共辦了場，我出席了 6 場"; "held 12 monthly meetings … made it to about half of
    them" + "6" → "held monthly meetings … made it to about 6 of them"): the count attended is the only count of them left."""
    at = text.find(phrase)
    if at < 0:
        return text
    zh = re.search(r"[\u4e00-\u9fff]", phrase) is not None
    of_them = zh or re.match(r"\s+of\b", text[at + len(phrase):]) is not None
    before = text[:at]
    if zh:  # the reply is the exact count: the hedge said of the share goes with it ("我大概參加了一半" + "5 場" → "我參加了 5 場")
        before = re.sub(r"(?:大概|大約|大约|差不多|約|约)\s*(?=(?:出席|參加|参加|參與|参与|去|到)[^，,。；;？?]*$)", "", before, count=1)
    text = before + (f" {value} 場" if zh else f"{value}" if of_them else f"{value} of them") + text[at + len(phrase):]
    held = _HELD.search(text)
    if held is not None:
        figure = re.search(r"(?:\d+|[一二兩两三四五六七八九十]+)\s*(?:場|场|次)\s*", held.group(0)) or \
            re.search(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b\s*", held.group(0), re.IGNORECASE)
        if figure is not None:
            a, b = held.start() + figure.start(), held.start() + figure.end()
            text = text[:a] + text[b:]
    return text


def _shares_of_held(text: str, found: list[tuple[re.Match[str], int]]) -> list[tuple[re.Match[str], int]]:
    """The person's attendance said as a share of a count held ("月會總共辦了十二場，我出席了一半", "held 12 meetings and I made it to
    about half of them"): the held count is no count of theirs, and how many they attended is not said — a vague count, asked."""
    if not _HELD.search(text):
        return []
    taken = [(start + m.start(), start + m.end()) for m, start in found]
    out = []
    for m in _ATTENDED_SHARE.finditer(text):
        g = next(n for n in ("zh", "zh2", "en") if m.group(n) is not None)
        a, b = m.span(g)
        if any(a < y and x < b for x, y in taken):
            continue
        out.append((re.compile(re.escape(text[a:b])).match(text, a), 0))
    return out


# A bare 幾年 said as a time of the story ("前幾年", "幾年前", "近幾年", "過去幾年", "早幾年", "頭幾年"): when something happened, not a
# count — unless the clause dates one's own standing by it ("我前幾年拿到放射專科", "專科是幾年前拿的"), whose years a calculation
# counts (the instructor's seniority): that stays a vague count, asked back.
_YEARS_BARE = re.compile(r"^(?:幾|几)\s*年$")
_WHEN_BEFORE = re.compile(r"(?:前|近|最近|過去|过去|早|頭|头|這|这|那)\s*$")
_WHEN_AFTER = re.compile(r"\s*(?:前|以前|之前)")
_STANDING_DATED = re.compile(r"專科|专科|專醫|专医|證|证|資格|资格|主治|年資|年资|執照|执照|拿到|拿的|取得|考上|考到|考過|考过|升|當上|当上|畢業|毕业|"
                             r"指導老師|指导老师")


def _years_as_when(clause: str, m: re.Match[str]) -> bool:
    """Is the vague phrase `m` of `clause` a bare 幾年 said as when (`_WHEN_BEFORE` / `_WHEN_AFTER`), the clause dating no standing
    of one's own (`_STANDING_DATED`)?"""
    if not _YEARS_BARE.match(m.group(0)):
        return False
    when = _WHEN_BEFORE.search(clause[:m.start()]) is not None or _WHEN_AFTER.match(clause, m.end()) is not None
    return when and not _STANDING_DATED.search(clause)


def find_vague(text: str) -> list[str]:
    """The vague quantities stated as facts in `text` (not in the clause that asks the question)."""
    out: list[str] = []
    for m, _ in _vague_spans(text):
        if m.group(0) not in out:
            out.append(m.group(0))
    return out


_PERIOD_UNIT = re.compile(rf"{_NUM}\s*(年|個月|个月|天|小時|小时)\s*$")
_PHRASE_UNIT = re.compile(rf"{_UNIT}$")


def _other_period(phrase: str, tail: str) -> bool:
    """Is the figure after a vague count a period in another unit than the count's ("好幾篇…加起來一年最多": the year the cap
    is for, never the papers' count; "好幾次講師，一共 3 次" keeps its unit and settles)?"""
    period = _PERIOD_UNIT.search(tail)
    own = _PHRASE_UNIT.search(phrase)
    return period is not None and own is not None and own.group(0) != period.group(1)


_VAGUE_HEAD_EN = re.compile(r"^(?:a few|several|some|a couple(?: of)?|multiple|many|a number of)\s+", re.IGNORECASE)


def _drop_listed_vague(text: str) -> str:
    """`text` with each vague count that heads its own itemised list (`_itemised_after`) taken out, its noun kept ("中了好幾篇
    SCI一篇一作 一篇我是通訊" → "中了 SCI一篇一作 一篇我是通訊", "several papers, one …" → "papers, one …"): the items are the
    facts, the vague words no count of their own."""
    for clause in reversed(list(_CLAUSE.finditer(text))):
        for pattern in (_ZH, _EN):
            for m in reversed(list(pattern.finditer(clause.group(0)))):
                a, b = clause.start() + m.start(), clause.start() + m.end()
                if not _itemised_after(text, b, m.group(0)):
                    continue
                head = _VAGUE_HEAD_EN.match(m.group(0))
                kept = m.group(0)[head.end():] if head else ""
                text = text[:a] + (kept or " ") + text[b:]
    return text


def settle_vague(text: str) -> str:
    """`text` with each vague count that the person states exactly right after written as that count, and the
    restatement dropped ("當了好幾次講師，一共 3 次，…" → "當了 3 次講師，…"): the count is the fact, not a question; a vague
    count heading its own list of items taken out (`_drop_listed_vague`)."""
    text = _drop_listed_vague(text)
    for _ in range(4):  # a few phrases at most; each pass settles one
        for m, start in _vague_spans(text):
            end = start + m.end()
            exact = _EXACT_AFTER.search(text[end:])
            if exact is None or _other_period(m.group(0), exact.group("tail")):
                continue
            cut_from = end + (exact.start("sep") if exact.group("sep") else exact.start("tail"))
            shorter = text[:cut_from] + text[end + exact.end("tail"):]
            tail = normalize_numerals(_PERIOD_LEAD.sub("", exact.group("tail")))  # "近6年大概 320 例": the figure, not the rule's period
            filled = fill_vague(shorter, [m.group(0)], tail)
            if filled is not None and _APPROX.search(tail):
                # "40幾例(約45)": the figure stays approximate where it is written ("約 45 例"), so the reading says so
                at = filled.find(f" {find_quantities(tail)[0].as_number}")
                lead = "約" if re.search(r"[\u4e00-\u9fff]", m.group(0)) else " about"
                filled = filled[:at] + lead + filled[at:] if at >= 0 else filled
            if filled is not None:
                text = filled
                break
        else:
            return text
    return text


# A figure the person has not checked yet, said right after it ("月會去了幾次我還沒跟他對", "幾篇還沒確認", "how many I haven't
# checked with him yet"): no denial that it happened — how sure the figure is; the reply gives it (`_NOT_KNOWN_AFTER`), and a
# count said with it is the count (bot/ledger.py reads no negation of the count there). Never "還沒算(進去)" / "not counted",
# which may say the thing is not credited.
NOT_YET_CHECKED = (r"(?:我|也|都)?\s*(?:還|还|尚)(?:沒|没|未)(?:有)?\s*(?:(?:跟|和|與|与|向|找)\s*[^\s，,。；;\d]{1,4}?\s*)?"
                   r"(?:對|对|核對|核对|確認|确认|問|问|查)(?:過|过|清楚|一下)?"
                   r"|\b(?:i\s+|we\s+)?(?:have\s+not|haven'?t|has\s+not|hasn'?t|did\s+not|didn'?t|not)\s+(?:yet\s+)?(?:double-?)?"
                   r"(?:checked|confirmed|verified)(?:\s+(?:with|it\s+with)\s+(?:him|her|them|[a-z]+))?(?:\s+yet)?\b")
# A figure said not known right beside the vague words that stand for it ("月會去了幾次忘了", "忘了去了幾次", "a few, can't remember
# how many"): the reply gives it, so the words saying it is not known go with the vague words (never read again as a fact
# still missing).
_NOT_KNOWN_AFTER = re.compile(rf"\s*[,，]?\s*(?:{NOT_YET_CHECKED})|"
                              r"\s*(?:我|也|都|真的|有點|有点)?\s*(?:忘了|忘記了?|忘记了?|不記得了?|不记得了?|記不得了?|记不得了?|記不清(?:楚)?了?|"
                              r"记不清(?:楚)?了?|想不起(?:來|来)?了?|不確定|不确定|不太確定|不太确定)|"
                              r"\s*[,，]?\s*(?:i\s+)?(?:can'?t|cannot|don'?t|do\s+not)\s+(?:remember|recall)(?:\s+(?:exactly|how\s+many))?|"
                              r"\s*[,，]?\s*(?:not\s+sure\s+(?:exactly\s+)?how\s+many|forgot\s+(?:exactly\s+)?how\s+many)", re.IGNORECASE)
_NOT_KNOWN_BEFORE = re.compile(r"(?:忘了|忘記|忘记|不記得|不记得|記不得|记不得|記不清|记不清)(?=[^，,。；;？?！!\d]{0,4}$)")


def _drop_not_known(text: str, start: int, end: int) -> str:
    """`text` with a not-known marker right after text[start:end] (`_NOT_KNOWN_AFTER`) or just before it (`_NOT_KNOWN_BEFORE`)
    taken out."""
    if (m := _NOT_KNOWN_AFTER.match(text, end)) is not None and m.end() > end:
        return text[:end] + text[m.end():]
    if (m := _NOT_KNOWN_BEFORE.search(text[:start])) is not None:
        return text[:m.start()] + text[m.end():]
    return text


def fill_vague(text: str, phrases: list[str], reply: str) -> str | None:
    """The question with each vague phrase replaced by the reply's numbers, in order; None if the
    reply does not give one number per phrase. A not-known marker beside a phrase goes with it (`_drop_not_known`)."""
    numbers = [q for q in find_quantities(reply)]
    if len(numbers) < len(phrases):
        return None
    shares = shares_of_held(text)
    for phrase, n in zip(phrases, numbers):
        if phrase in shares:
            text = _share_filled(text, phrase, n.as_number)
            continue
        if (at := text.find(phrase)) >= 0:
            text = _drop_not_known(text, at, at + len(phrase))
        unit = re.search(r"(次|場|篇|個月|個|例|天|小時|位|名|台|案|件|張|年|回|趟)$", phrase)
        value = n.as_number
        if unit or re.fullmatch(r"一些|若干|一大堆|一堆|好多|不少|很多", phrase):
            # (a heap with no unit of its own takes the reply's: "做了一堆" + "約 320 例" → "做了 320 例")
            at = text.find(phrase) + len(phrase)
            said = unit.group(1) if unit else "" if re.match(rf"\s*{_UNIT}", text[at:]) else \
                (n.unit if n.unit and re.fullmatch(_UNIT, n.unit) else "")
            text = text.replace(phrase, f" {value} {said}", 1)
        elif re.fullmatch(r"(?:\d+|[一二兩两三四五六七八九十百千]+)\s*(?:多|幾|几|出頭|出头)", phrase):
            text = text.replace(phrase, f" {value} ", 1)  # "案例只有一百多" → "案例只有 120 "
        elif (approx := re.match(r"\d+(?:-odd|\s+odd|\s+or\s+so|-ish)\s+", phrase)) is not None:
            text = text.replace(phrase, f"{value} " + phrase[approx.end():], 1)  # "200-odd cases" → "212 cases"
        elif (running := re.search(r"(?:quite\s+)?(?:a good few|a few|several|a bunch|a lot|a handful|a couple|many|lots)$",
                                   phrase, re.IGNORECASE)) is not None and re.match(r"that|which|this|brings?", phrase, re.IGNORECASE):
            text = text.replace(phrase, phrase[:running.start()] + f"{value}", 1)  # "that makes quite a few" → "that makes 7"
        else:  # "a few monthly meetings" → "3 monthly meetings"
            head = re.match(r"(?:a few|several|some|a couple(?: of)?|multiple|many|a number of|a\s+(?:whole\s+)?bunch(?:\s+of)?|"
                            r"a\s+handful\s+of|a\s+lot\s+of|lots\s+of|tons?\s+of|a\s+ton\s+of|loads\s+of|heaps\s+of|plenty\s+of|"
                            r"dozens\s+of|a\s+dozen\s+or\s+so)", phrase, re.IGNORECASE)
            text = text.replace(phrase, f"{value} " + phrase[head.end():].lstrip() if head else phrase, 1)
    return text


# An amount of one's own said with no figure and no count to fill in ("這個月拍超多", "做了一堆", "picked up a bunch of extra
# shifts", "did loads this month"): the person has a figure of their own, not given. Checked against a limit ("會不會超過",
# "am I over the cap"), the figure is asked for — never the rule's limit quoted as if it answered.
VAGUE_AMOUNT = re.compile(
    r"(?:超|很|好|蠻|蛮|滿|满|挺|太|特別|特别|非常)多|一(?:大)?堆|不少|狂(?:拍|做|照|篩|筛)|拼命(?:拍|做|照)|"
    # a volume said to burst ("這個月有點爆", "量超爆", "爆單"): as much, with no figure
    r"(?:有點|有点|超|很|太|快|整個|整个)爆(?![表料])|爆(?:量|單|单|多)|"
    r"\b(?:" + _BIG_NUMBER_OF + r"|a\s+(?:whole\s+)?(?:bunch|ton|load|heap|lot)\s+of|lots\s+of|tons\s+of|loads\s+of|heaps\s+of|plenty\s+of|way\s+more|"
    r"a\s+lot\s+more|loads|tons|(?:doing|did|done|shot|screened|scanned|imaged|took)\s+(?:a\s+(?:whole\s+)?(?:lot|ton|load|bunch|heap)|so\s+many|way\s+too\s+many))\b",
    re.IGNORECASE)


def vague_amount(text: str) -> bool:
    """Does the text state an amount of one's own without its figure (`VAGUE_AMOUNT`)?"""
    return bool(VAGUE_AMOUNT.search(text))


# One's own age said only as neared ("快60歲", "將近 60 歲", "nearly 60 years old"): a fact of one's own, not given exactly —
# the age that counts (article 6's, on the application day) is worked out from the dates asked for. (The instructor
# renewal vocabulary sets the same words aside: calculators/vocab_tsir.py, _NEARING_ZH / _NEARING_EN.)
# (a time to come named without its day: "next year", "sometime next spring", "later this year", "soon", "in a few months")
_TIME_TO_COME = (r"(?:(?:sometime|some\s+time|somewhere|early|late|later|by|around|at\s+some\s+point)\s+)?(?:in\s+)?"
                 r"(?:next\s+(?:year|month|spring|summer|autumn|fall|winter)|this\s+(?:year|spring|summer|autumn|fall|winter)|"
                 r"(?<=later\s)this\s+year|soon(?:-ish)?|shortly|(?:a\s+few|a\s+couple\s+of|several|two|three|four|five|six|\d+)\s+"
                 r"(?:months?|weeks?)|a\s+(?:month|year)\s+or\s+so|(?:the\s+)?coming\s+(?:year|months?))\b")
NEARED_AGE = re.compile(r"(?:快|將近|将近|接近|差不多|快要|即將|即将|要滿|要满)\s*\d+\s*(?:歲|岁)|"
                        # … or the rule's age said first, one's own nearing it said with a pronoun ("聽說滿60歲可以申請終身，我大概
                        # 快到了", "我也快滿了", "我快到那個年紀了", "I'm almost there", "I'm getting close to that age")
                        r"(?:我|本人)\s*(?:大概|應該|应该|也|好像|差不多|自己)?\s*(?:也)?\s*(?:快要|快|就快|即將|即将|將近|将近)\s*(?:到|滿|满)"
                        r"(?:了|那個年紀|那个年纪|那個歲數|那个岁数|那個年齡|那个年龄)|"
                        r"\b(?:I'?m|I\s+am)\s+(?:almost|nearly|getting\s+close(?:\s+to)?|close\s+to|about\s+to\s+(?:be|hit|reach))\s+"
                        r"(?:there|that\s+age|it)\b|"
                        r"\b(?:almost|nearly|turning|about to (?:be|turn))\s+\d+(?:\s+years?\s+old)?\b|"
                        # … or reached at a time to come, its day unsaid ("I turn 60 sometime next year", "I'll be 60 next
                        # spring", "hitting 60 later this year"): the age on the application day is not given either
                        # (never where the application is put before or after the birthday: "turn 60 in two months … apply
                        # now, before my birthday" is the rule's answer)
                        rf"\b(?:turns?|hit(?:s|ting)?|reach(?:es|ing)?|(?:I'?ll|I\s+will|will|I'?m\s+going\s+to|going\s+to)\s+(?:be|turn|hit|reach))"
                        rf"\s+\d+(?:\s+years?\s+old)?\s+{_TIME_TO_COME}(?!.*\b(?:before|after|until|till)\s+(?:my|the|her|his)\s+birthday\b)",
                        re.IGNORECASE)


def neared_age(text: str) -> bool:
    """Does the text state one's own age only as neared (`NEARED_AGE`)?"""
    return bool(NEARED_AGE.search(text))


# A day of one's own said only relative to today or as a period ("上個月篩檢的", "前天做的", "screened last month", "two weeks
# ago", "前陣子做的"): no date — a deadline counted from it is asked for the day, never worked out from a day guessed inside
# the period; a screening so dated is one's own. (Used where no date is read: "上月3號", "the 20th of last month" are dates.)
VAGUE_PERIOD = re.compile(
    r"(?:上上|上|前)(?:個|个)?(?:月|週|周|禮拜|礼拜|星期)|昨天|前天|大前天|上次|前陣子|前阵子|前幾天|前几天|前幾週|前几周|前一陣子|"
    r"前一阵子|月初|月中|月底|年初|"
    r"(?:\d+|[一二兩两三四五六七八九十幾几]|好幾|好几)\s*(?:個|个)?\s*(?:天|週|周|禮拜|礼拜|星期|月)前|"
    r"\b(?:last|past|previous|earlier\s+this)\s+(?:month|week)\b|\byesterday\b|"
    r"\b(?:\d+|a|one|two|three|four|few|a\s+few|couple\s+of|a\s+couple\s+of|some)\s+(?:days?|weeks?|months?)\s+ago\b|"
    r"\b(?:recently|the\s+other\s+day|early\s+(?:this|last)\s+month|end\s+of\s+(?:this|last)\s+month)\b", re.IGNORECASE)


def vague_period(text: str) -> bool:
    """Does the text place a day of one's own only within a period (`VAGUE_PERIOD`)?"""
    return bool(VAGUE_PERIOD.search(text))
