"""Figures the person offers about the rule or the calendar rather than about their own case.

Each is set aside as their guess (`bot/reader/read.py`: `_set_aside_guesses`): the calculation decides it, and it is
never asked back as an unread figure. The shapes:

- a bound offered with a hedge or asked whether it is reached ("應該不到 320 吧", "滿60了沒": `guessed_line`), and a result
  asked after ("可以算 40 嗎", "is that 45 credits?");
- a result supposed — a rounding hoped for or a consequence feared ("四捨五入算360嗎", "會扣到 20% 嗎": `supposed_result`);
- a row of the rule's own table quoted as the result ("是算 -5% 還是 -10%", "not the -20% tier", "扣 15% 那一級"), and the
  other figure of an alternative asked after one ("扣 5% 還是 10%", "docked 5% or 10%?");
- the rule's figure asked back as a negative question ("不是 2 個月嗎", "isn't it 2 months?", "我以為是 2 個月");
- a remark on the calendar ("那年二月好像有29號？", "Feb has 29 days that year, right?", "2028 是閏年吧"): date arithmetic
  (the calculator's) decides it.
"""

from __future__ import annotations

import re

from bot.reader.mentions import OWN_SUM_BY, Mention, bound_of, claimed_total
from core.memo import per_answer

# A line the person guesses at — a bound said with a hedge or as a question ("平均應該不到 320 吧", "應該超過 60% 吧",
# "probably under 320?", "I think it's over 60%", "60% 以上吧") — or a line asked whether it is reached ("滿60了沒",
# "到 600 了嗎", "hit 200 yet?"): their guess of where the rule's line falls or of the result, never a figure of theirs.
_HEDGE = r"(?:應該|应该|大概|可能|好像|我猜|估計|估计|感覺|感觉|猜|\b(?:should(?: be)?|probably|likely|i think|i guess|i'?d guess|maybe|must be|surely)\b)"
_BOUND_WORD = (r"(?:不到|未滿|未满|沒到|没到|沒有到|没有到|不足|低於|低于|少於|少于|超過|超过|高於|高于|多於|多于|不超過|不超过|"
               r"\b(?:over|under|above|below|less than|more than|lower than|higher than|not even|no more than|beyond)\b)")
_GUESS_BEFORE = re.compile(rf"{_HEDGE}\s*(?:是|有|會|会|都|也|還是|还是|\b(?:it'?s|it is|be|is|are|was)\b)?\s*(?:[\w\u4e00-\u9fff]{{0,2}}\s*)?"
                           r"(?:(?:the|my|our|its|their|his|her|average|mean|score|total|rate|it'?s|is|are|was|be|will be|would be)\s+){0,4}"
                           rf"{_BOUND_WORD}\s*(?:了|個|个)?\s*$", re.IGNORECASE)
_BOUND_BEFORE_NUM = re.compile(rf"{_BOUND_WORD}\s*$", re.IGNORECASE)
_GUESS_AFTER = re.compile(r"^\s*(?:分|%|例|案|歲|岁|points?|pts?)?\s*(?:以下|以上|左右)?\s*(?:了)?\s*(?:吧|對吧|对吧|是吧|\bright\b|,?\s*\bi (?:think|guess)\b)",
                          re.IGNORECASE)
_HEDGED_RANGE_AFTER = re.compile(r"^\s*(?:分|%|例|案|points?|pts?)?\s*(?:以下|以上|\bor (?:less|more|lower|higher|below|above)\b)", re.IGNORECASE)
_LINE_ASKED_BEFORE = re.compile(r"(?:滿|满|到|達|达|超過|超过|破|過了|过了|\b(?:reach(?:ed)?|hit|past|turned?)\b)\s*$", re.IGNORECASE)
# (or asked with a bare question: "do I reach 600?", "能達到 600 分嗎", "有滿 180 例嗎")
_LINE_ASKED_AFTER = re.compile(r"^\s*(?:歲|岁|分|%|例|案|points?|pts?|credits?|years? old)?\s*(?:了沒|了没|了沒有|了没有|沒|没|了嗎|了吗|了吧|嗎|吗|\byet\b|[?？])",
                               re.IGNORECASE)


@per_answer(1024)  # (asked of each figure by every vocabulary's reader: ~75 % of the calls repeat one before)
def guessed_line(text: str, start: int, end: int) -> bool:
    """A bound the person offers as their guess ("應該不到 320 吧", "probably over 60%?", "60% 以上吧"), or a line asked
    whether it is reached ("滿60了沒"): no figure of their case — the calculation decides it. A bound said flatly
    ("完成率不到 60%") is not a guess: it is asked about, as before."""
    before = text[max(0, start - 34):start]
    before = before[max(before.rfind(ch) for ch in "，,。；;？?！!\n") + 1:]  # within its clause
    after = text[end:end + 16]
    if _GUESS_BEFORE.search(before):
        return True
    if _BOUND_BEFORE_NUM.search(before) and _GUESS_AFTER.search(after):
        return True
    if re.search(rf"{_HEDGE}\s*(?:在|是|有|會|会|\b(?:be|is|it'?s)\b)?\s*$", before, re.IGNORECASE) and _HEDGED_RANGE_AFTER.search(after):
        return True
    if _RESULT_ASKED_BEFORE.search(before) and _RESULT_ASKED_AFTER.search(after):
        return True
    if _REQUIRED_BEFORE.search(before) and _RECALLED_AFTER.search(after):
        return True
    return _LINE_ASKED_BEFORE.search(before) is not None and _LINE_ASKED_AFTER.search(after) is not None


# The rule's requirement the person recalls and checks ("換證要600分對吧", "展延是不是要滿 600 分？", "需要 200 點沒錯吧",
# "it needs 600, right?"): the rule's line, never one of their own figures — not a year's credits read into a list.
_REQUIRED_BEFORE = re.compile(r"(?:要|需要|需|須|须|得|門檻是?|门槛是?|規定是?|规定是?|要求是?)\s*(?:滿|满|達到|达到|達|达|到|累積|累积|修滿|修满)?\s*$"
                              r"|\b(?:needs?|requires?|required|need to (?:have|reach|get)|threshold is|minimum is)\s*$", re.IGNORECASE)
_RECALLED_AFTER = re.compile(r"^\s*(?:分|點|点|例|篇|points?|pts?|credits?)?\s*(?:以上)?\s*[,，]?\s*(?:對吧|对吧|是吧|吧|對嗎|对吗|是嗎|是吗|對不對|对不对|"
                             r"沒錯吧|没错吧|沒錯嗎|没错吗|\bright\b|\bcorrect\b|\bisn'?t it\b|\bdoesn'?t it\b)", re.IGNORECASE)


# A result the person asks whether they get ("發表的部分可以算 40 嗎", "這樣能算 90 分嗎", "so that counts as 40?", "is that
# 45 credits?", "69.9 算 70 嗎"): their guess of the result, never one of their figures — the calculation says what it is.
_RESULT_ASKED_BEFORE = re.compile(r"(?:可以|能|就|會|会|應該|应该|是不是|是否)\s*(?:算|拿|得|有)(?:是|成|到)?\s*$"
                                  # (a value of the rule quoted as their guess: "在國內辦也算 30 嗎", "照樣給 30 分嗎", "一樣算 15 吧")
                                  r"|(?:也|還|还|都|照樣|照样|仍然?|一樣|一样|同樣|同样)\s*(?:算|算是|給|给|拿|有)(?:是|成|到)?\s*$"
                                  # ("是算非SCI的30分嗎": the value the rule gives a kind, guessed)
                                  r"|(?:算|算是|當作|当作|視為|视为)\s*[^，,。；;？?!！\d]{1,12}?的\s*$"
                                  # (one figure asked whether it counts as the next: "74.99 算 75 嗎", "59.5% 算 60% 吗")
                                  r"|\d\s*(?:%|分|例|案)?\s*(?:算|算是|當作|当作|視為|视为)\s*$"
                                  r"|\b(?:counts?|count(?:ed)?)\s+(?:(?:still|also)\s+)?(?:as|for)\s*$|\b(?:is|was)\s+(?:it|that)(?:\s+(?:still|also))?\s*$"
                                  r"|\b(?:still|also)\s+(?:worth|get|gets|give|gives)\s*$"
                                  r"|\b(?:do|does|did|would|will)\s+(?:i|it|that|this)\s+(?:get|give|make|come to)\s*$",
                                  re.IGNORECASE)
_RESULT_ASKED_AFTER = re.compile(r"^\s*(?:分|points?|pts|credits?)?\s*(?:了)?\s*(?:嗎|吗|吧|對吧|对吧|對嗎|对吗|[?？]|,?\s*right\b)",
                                 re.IGNORECASE)



# A figure the person supposes the calculation gives — a rounding they hope for ("四捨五入算360嗎", "that rounds to 65",
# "rounded up to 75%?") or a consequence they hope for or fear ("會扣到 20% 嗎", "會不會被扣 10%", "we only get docked
# 10%", "will we be penalised 15%?"): what they hope or fear is no input — the calculation says what it is.
_SUPPOSED_BEFORE = re.compile(
    r"(?:(?:四捨五入|四舍五入|無條件進位|无条件进位|進位|进位)(?:後|后|之後|之后|以後|以后)?\s*(?:會|会|就)?\s*(?:算|算是|成|變成|变成|變|变|是|為|为|到|=)?"
    r"|\bround(?:s|ed|ing)?(?:\s+(?:it\s+)?(?:up|down|off))?\s+(?:to|as)"
    r"|(?:會|会|會不會|会不会|要|就|只|才|只會|只会)\s*(?:被)?\s*扣(?:到|掉|成)?|扣到"
    r"|\b(?:get|gets|got|be|being|getting|is|are)\s+(?:only\s+)?(?:docked|deducted|penali[sz]ed)(?:\s+(?:by|only))?)"
    r"\s*(?:an?\s+)?$", re.IGNORECASE)


@per_answer(1024)  # (asked of each figure by every vocabulary's reader)
def supposed_result(text: str, start: int) -> bool:
    """A figure the person supposes the result is — a rounding hoped for ("四捨五入算360嗎", "rounds to 65") or a consequence
    hoped for or feared ("會扣到 20% 嗎", "we only get docked 10%"): no figure of their case (set aside as their guess)."""
    before = text[max(0, start - 24):start]
    before = before[max(before.rfind(ch) for ch in "，,。；;？?！!\n") + 1:]  # within its clause
    return _SUPPOSED_BEFORE.search(before) is not None

# A clause boundary: a guess is read within its own clause (a bracket opens an aside of its own).
_CLAUSE_END = "，,。；;？?！!\n(（"


def _clause_before(text: str, start: int, width: int = 24) -> str:
    before = text[max(0, start - width):start]
    return before[max(before.rfind(ch) for ch in _CLAUSE_END) + 1:]


# ("the 20% tier", "-10% 那一級", "扣 15% 那檔", "the 5 percent bracket")
_ROW_AFTER = re.compile(r"\s*(?:的)?\s*(?:那|這|这)?\s*(?:一)?\s*(?:級距|级距|級|级|檔|档|區間|区间)"
                        r"|\s*(?:percent\s+|%\s*)?(?:tier|band|bracket|bucket|row)\b", re.IGNORECASE)


# A rate's own label right before its figure ("追蹤完成率 -5%", "completion rate: -5%", "陽性差異為 -3%").
_RATE_LABEL_BEFORE = re.compile(r"(?:率|差異|差异|\brate|\bdiscrepancy|\bpercentage)\s*(?:是|為|为|只有|才|約|约|大概|\bis|\bwas|\bof|[:：=])?\s*$",
                                re.IGNORECASE)


def table_row(text: str, n: Mention) -> bool:
    """A percentage quoting a row of the rule's table: written with its minus sign as the deduction table writes it
    ("-5%", "－10%": no rate of a case is negative), or named as a tier, band or bracket ("the 20% tier", "15% 那一級")."""
    if n.unit != "%":
        return False
    if isinstance(n.value, (int, float)) and n.value < 0:
        # (not when the rate's own label comes right before it: "追蹤完成率 -5%" states an impossible rate, which the
        # calculator's input model refuses by name — never a guess set aside in silence)
        return _RATE_LABEL_BEFORE.search(_clause_before(text, n.start)) is None
    return _ROW_AFTER.match(text, n.end) is not None


# A result verb right before the first figure of an alternative ("是算 5% 還是 10%", "扣 5% 还是 10%", "會是 A…"), and the
# alternative after it ("還是", "或是", "or").
_RESULT_VERB = re.compile(r"(?:是算|算是|算|是扣|扣|扣到|會扣|会扣|會是|会是)\s*(?:掉|成)?\s*$"
                          r"|\b(?:docked|deducted|penali[sz]ed|lose|get|is it|it's|is that|that's)\s+(?:the\s+)?$", re.IGNORECASE)
_OR = r"(?:還是|还是|或是|或者|或|\bor\b)"
_UNIT_TAIL = r"(?:\s*(?:%|percent|個月|个月|月|天|分|案|例))?(?:\s*(?:的)?\s*(?:那|這|这)?\s*(?:一)?\s*(?:級|级|檔|档|tier|band|bracket))?"
_ALTERNATIVE_AFTER = re.compile(rf"{_UNIT_TAIL}\s*{_OR}\s*(?:the\s+|扣\s*|是\s*)?$", re.IGNORECASE)


def alternatives(text: str, figures: list[Mention], guesses: list[Mention]) -> list[Mention]:
    """The figures of an alternative asked about the result: the first after a result verb ("是算 5% 還是 10%"), and each
    one joined by 還是 / or to a figure taken as a guess, before or after it ("-5% 還是 -10%", "the 5% or 10% bracket")."""
    def joined(a: Mention, b: Mention) -> bool:
        return a.unit == b.unit and _ALTERNATIVE_AFTER.search(text[a.end:b.start]) is not None

    pairs = list(zip(figures, figures[1:]))
    out = [a for a, b in pairs if a not in guesses and joined(a, b) and _RESULT_VERB.search(_clause_before(text, a.start))]
    grown = True
    while grown:  # (a run of alternatives: "5%、10% 還是 15%" — each joined to the next)
        taken = guesses + out
        more = [x for a, b in pairs if joined(a, b) for x, y in ((a, b), (b, a)) if y in taken and x not in taken]
        out += list(dict.fromkeys(more))
        grown = bool(more)
    return out


# The rule's figure asked back as a negative question or said as what one thought ("不是 2 個月嗎", "不就 6 個月？", "isn't it
# 2 months?", "wasn't the line 60%?", "我以為是 2 個月", "I thought it was 2 months"): the person's guess of the rule.
_NOT_IT_BEFORE = re.compile(r"(?:不是|不就是|不就|難道不是|难道不是|不是說|不是说|我以為|我以为|以為是|以为是)\s*(?:是|只有|才|要|在)?\s*$"
                            r"|\b(?:isn'?t|wasn'?t|aren'?t|is\s+it\s+not)\s+(?:it|that|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:only\s+|just\s+)?(?:within\s+)?$"
                            r"|\bi\s+thought\s+(?:it\s+was|it'?s|the\s+[\w-]+\s+(?:was|is))\s+(?:only\s+|just\s+)?(?:within\s+)?$",
                            re.IGNORECASE)
_NOT_IT_AFTER = re.compile(r"\s*(?:%|percent|個月|个月|月|天|日|年|週|周|分|例|案|months?\b|days?\b|weeks?\b|years?\b)?\s*"
                           r"(?:內|内|以內|以内|之內|之内)?\s*(?:就)?\s*(?:[^\d，,。；;？?！!\s]{0,6}?)\s*(?:了)?\s*(?:嗎|吗|吧|嘛|[?？]|$|[,，.。]\s*(?:right|no)\b)",
                           re.IGNORECASE)
_THOUGHT = re.compile(r"我以為|我以为|以為是|以为是|\bi\s+thought\b", re.IGNORECASE)


def rule_asked_back(text: str, n: Mention) -> bool:
    """The rule's figure asked back as a negative question ("不是 2 個月嗎", "isn't it 2 months?"), or said as what the
    person thought it was ("我以為是 2 個月", "I thought it was 60%"): their guess of the rule, no figure of their case."""
    before = _clause_before(text, n.start)
    if not _NOT_IT_BEFORE.search(before):
        return False
    return _THOUGHT.search(before) is not None or _NOT_IT_AFTER.match(text, n.end) is not None


# A remark on the calendar: February's last day or a leap year ("那年二月好像有29號？", "二月只有28天", "Feb has 29 days that
# year, right?", "2028 是閏年吧", "2028 is a leap year"): what the date arithmetic decides, never a figure of the case.
_FEBRUARY = r"(?:二月|2\s*月|\bfeb(?:ruary)?\b\.?)"
_DAYS_OF_FEBRUARY = re.compile(rf"{_FEBRUARY}[^\d，,。；;？?！!\n]{{0,10}}$", re.IGNORECASE)
_DAY_AFTER = re.compile(r"\s*(?:號|号|日|天|\s*days?\b|(?:st|nd|rd|th)\b)", re.IGNORECASE)
_LEAP_AFTER = re.compile(r"\s*(?:年)?\s*(?:是|應該是|应该是|好像是|算)?\s*(?:不是)?\s*(?:閏年|闰年)|\s+(?:is|was|'s)\s+(?:a\s+)?leap\b",
                         re.IGNORECASE)


def calendar_remark(text: str, n: Mention) -> bool:
    """A day of February or a leap year remarked on (`_DAYS_OF_FEBRUARY`, `_LEAP_AFTER`)."""
    if n.value in (28, 29) and (n.unit == "天" or _DAY_AFTER.match(text, n.end)) \
            and _DAYS_OF_FEBRUARY.search(_clause_before(text, n.start)):
        return True
    return isinstance(n.value, (int, float)) and 1900 <= n.value <= 2200 and _LEAP_AFTER.match(text, n.end) is not None


def offered(text: str, figures: list[Mention], guesses: list[Mention]) -> list[Mention]:
    """Every figure of the first two shapes not already among `guesses`, in the question's order (a calendar remark is
    set aside under its own reason: `calendar_remark`)."""
    found = [n for n in figures if n not in guesses and (table_row(text, n) or rule_asked_back(text, n))]
    found += [n for n in alternatives(text, figures, guesses + found) if n not in found]
    return sorted(found, key=lambda m: m.start)


# The person's approximate restatement of the result or of a line, after the figures it is made of ("372, 355, 348 and
# 361. average is almost 360", "加起來將近 600 分", "平均 360 左右", "…，差不多 60%", "…，快到 180 例了", "so nearly 200"):
# their reckoning of what the listed figures come to — the calculation works it out from the figures themselves.
# (and the words of "as good as": "average is basically 360", "基本上 360", "平均大致 360", "pretty much 60%")
_APPROX_WORD = (r"(?:將近|将近|接近|差不多|快到|快要到|快達|快达|快要|快|幾乎|几乎|大約|大约|大概|約|约|基本上|大致上?|大體上?|大体上?|"
                r"算是|相當於|相当于|~|～|≈|"
                r"\b(?:almost|nearly|about|around|roughly|approximately|approx\.?|close to|just under|just over|near|like|basically|"
                r"essentially|effectively|practically|virtually|pretty much|more or less|as good as|in effect)\b)")
_RESULT_WORD = (r"(?:平均|總共|总共|合計|合计|加起來|加起来|加總|加总|一共|總分|总分|總和|总和|總數|总数|算起來|算起来|算下來|算下来|"
                r"\b(?:average|avg|mean|total|sum|altogether|overall|in all|combined|all together|added up)\b)")
_LEAD = r"(?:所以|這樣|这样|那|也就是|就是|等於|等于|=|\b(?:so|that'?s|which is|that is|i\.?e\.?|is (?:it|that)|it'?s|comes? to|makes?)\b)"
_RESTATED_BEFORE = re.compile(
    rf"(?:{_RESULT_WORD}[^\d，,。；;？?！!]{{0,14}}?|^\s*(?:{_LEAD}\s*)*)"
    rf"(?:是|有|為|为|就|已經|已经|\b(?:is|was|at|be|of|comes? to)\b|\s)*{_APPROX_WORD}\s*(?:是|有|到|達|达|\b(?:at|to)\b)?\s*$", re.IGNORECASE)
_RESULT_WORD_IN = re.compile(_RESULT_WORD, re.IGNORECASE)
_RESULT_AFTER = re.compile(r"\s*(?:分|例|次|%|points?|credits?|cases?)?\s*(?:in total|total|altogether|in all|overall|combined)\b", re.IGNORECASE)
_RESULT_THEN = re.compile(rf"{_RESULT_WORD}[^\d，,。；;？?！!]{{0,10}}$", re.IGNORECASE)
_ABOUT_AFTER = re.compile(r"\s*(?:%|分|例|案|次|篇|points?|cases?)?\s*(?:左右|上下|出頭|出头|-?ish\b|or so\b)", re.IGNORECASE)
_BARE_END = re.compile(r"\s*(?:%|分|例|案|次|篇|points?|pts|credits?|cases?)?\s*(?:了|啦|吧|嗎|吗|左右|上下|而已|\bor so\b|\balready\b|\s)*"
                       r"(?:[，,。；;？?！!\n—–]|\s-\s|$|\b(?:right|so|is|isn'?t|which|that|then)\b|是|對|对|能|可以|應該|应该|算|夠|够)",
                       re.IGNORECASE)
_STOP = re.compile(r"[，,。；;？?！!\n(（—–]|\.(?=\s)|\s-\s")


def restated_result(text: str, n: Mention, figures: list[Mention]) -> bool:
    """An approximate figure said of what the figures before it come to ("average is almost 360" after four scores, "加起來
    將近 600 分", "…，差不多 60%"): the person's own reckoning of the result or of a line, never a figure of theirs — only
    after two plain figures or more in the question, and only said of the result (its word) or bare (no label of its own:
    "RFA 快到 180 例" is their RFA count, read as approximate)."""
    before = text[max(0, n.start - 40):n.start]
    stops = list(_STOP.finditer(before))
    clause = before[stops[-1].end():] if stops else before
    of_result = _RESULT_WORD_IN.search(clause) is not None or _RESULT_AFTER.match(text, n.end) is not None
    said = _RESTATED_BEFORE.search(clause) is not None \
        or (_RESULT_THEN.search(clause) is not None and _ABOUT_AFTER.match(text, n.end) is not None)
    if not said:
        return False
    plain = [m for m in figures if m.end <= n.start and m is not n and not _APPROX_AT.search(text, max(0, m.start - 6), m.start)
             and bound_of(text, m.start, m.end) is None]
    if not of_result:  # (said bare: only after figures in its own unit — or a rate after the counts it is made of — and
        # with no noun of its own after it: "RFA 120、MWA 45，大概 12 例 cryo" is their cryo count, said roughly)
        if not _BARE_END.match(text, n.end):
            return False
        plain = [m for m in plain if m.unit == n.unit or n.unit == "%"]
    return len(plain) >= 2


_APPROX_AT = re.compile(rf"{_APPROX_WORD}\s*$", re.IGNORECASE)



# A result someone is sure of or was told, said beside the facts ("He's convinced it's 240", "she thinks it comes to 200", "I
# told him it's about 160", "我跟他說應該一百六左右", "主任覺得應該有 200 分", "他堅持是 240"): their reckoning of the result, never
# a fact of the case — the calculation says what it is. (Only a figure with no unit of a count after it: "他說月會去了 5 次"
# is a fact of theirs, said by them.)
_CLAIMED_BEFORE = re.compile(
    r"(?:說|说|覺得|觉得|認為|认为|以為|以为|猜|算出來|算出来|算的是|堅持|坚持|篤定|笃定|咬定|確定|确定|一口咬定)\s*"
    r"(?:是|有)?\s*(?:應該|应该|大概|可能|差不多|至少|頂多|顶多)?\s*(?:是|有|會有|会有|拿|能拿)?\s*(?:個|个)?\s*$"
    r"|\b(?:convinced|sure|certain|thinks?|thought|believes?|believed|reckons?|reckoned|insists?|insisted|swears?|swore|claims?|"
    r"claimed|figures?|figured|told (?:him|her|me|them|us))\s+(?:that\s+)?(?:it'?s|it is|it was|it'?ll be|it will be|it comes to|"
    r"it should be|he'?s got|she'?s got|he has|she has|he'?s at|she'?s at|(?:the\s+)?total(?:'s| is)|(?:he|she|they) (?:gets?|has|have))?"
    r"\s*(?:about|around|roughly|like|only|at least)?\s*$", re.IGNORECASE)
_CLAIMED_AFTER = re.compile(r"\s*(?:分|點|点|points?|pts?|credits?)?\s*(?:左右|上下|吧|啦|耶|喔|了)?\s*(?:$|[，,。.;；!！?？~～(（]|\b(?:but|and|i think|lol)\b|"
                            r"[他她我主人]|\s+(?:total|in all|altogether|overall)\b)", re.IGNORECASE)


def claimed_result(text: str, n: Mention) -> bool:
    """A result someone is sure of, thinks or was told ("He's convinced it's 240", "我跟他說應該一百六左右"): no unit of a
    count after it, the words of believing or saying right before it — their reckoning, set aside as a guess."""
    if n.unit not in (None, "分", "points", "point", "pts", "credits"):
        return False
    before = text[max(0, n.start - 40):n.start]
    before = before[max(before.rfind(ch) for ch in "，,。；;？?！!\n") + 1:]  # within its clause
    if _OWN_SUM_BEFORE.search(before) and claimed_total(text, n.start, n.end):
        return False  # "我自己算的是 160 分，對嗎": the person's own sum of their items — compared with the result (ledger)
    return _CLAIMED_BEFORE.search(before) is not None and _CLAIMED_AFTER.match(text, n.end) is not None


# the person's own adding-up of what they listed ("我自己算的是", "我們算出來是", "自己加起來"): a sum to check, no guess
_OWN_SUM_BEFORE = re.compile(OWN_SUM_BY + r"(?:加|算|合計|合计|統計|统计|計算|计算|總計|总计)")


# A grade the person supposes of one of their sets or items, said beside the scores ("shes fine since one is an A right?",
# "both are B anyway", "one of them got an A", "其中一組是A", "有一組拿A等"): their guess of the result — the count of
# sets in it is no figure of theirs; the calculation grades each.
_GRADE_COUNT_BEFORE = re.compile(r"(?:^|[，,。；;？?！!(（\n]|\b(?:since|as|because|cos|coz|cause|and|but|so|at least|only|even|if|"
                                 r"surely|though|plus|anyway)\b|其中|至少|只有|有|反正|因為|因为|既然)\s*$", re.IGNORECASE)
_GRADE_AFTER = re.compile(r"\s*(?:of (?:them|those|the (?:two|sets|scores|items))\s+|sets?\s+|items?\s+)?"
                          r"(?:is|are|was|were|got|gets|scored|came out|comes out|came back)\s+(?:an?\s+)?(?:grade\s+)?(?-i:[A-D])(?![\w])"
                          r"|\s*(?:組|组|個|个|項|项|套)?\s*(?:是|為|为|拿|拿到|得|算|都是|有)\s*(?-i:[A-D])\s*(?:等|級|级)?(?![A-Za-z])",
                          re.IGNORECASE)


def grade_supposed(text: str, n: Mention) -> bool:
    """"since one is an A", "其中一組是A": a small count of the person's sets said with a grade they suppose — no figure
    of the case (the sets' scores are; the calculation grades them)."""
    if not isinstance(n.value, (int, float)) or not 1 <= n.value <= 10 or n.unit not in (None, "組", "组", "個", "个", "項", "项"):
        return False
    before = text[max(0, n.start - 14):n.start]
    return _GRADE_COUNT_BEFORE.search(before) is not None and _GRADE_AFTER.match(text, n.end) is not None


# A date the person guesses the result is ("recall due by? we think Apr 30 but not sure", "I guess it's May 2?", "maybe 30
# April", "我們以為是4月30日", "我猜 4/30"): their guess of the answer, never a date of their case — the calculation
# works the date out. (Only a month and day with no year: a date with its year is a fact, read by the binding.)
_MONTH_WORD = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
               r"nov(?:ember)?|dec(?:ember)?)\.?")
_DATE_HEDGE = (r"(?:\b(?:(?:we|i)\s+(?:think|thought|guess|guessed|reckon|believe|assume|assumed|figure|figured)|probably|maybe|"
               r"perhaps|likely|should be|must be)\b(?:\s+(?:it'?s|it is|it'?d be|it'?ll be|it was|that'?s|that|the deadline is|"
               r"due|by|on|around|is))*|我們以為|我们以为|我以為|我以为|以為|以为|我們覺得|我们觉得|覺得|觉得|我猜|猜|應該是|应该是|大概是|好像是)\s*(?:是|在)?\s*")
_GUESSED_DATE = re.compile(rf"{_DATE_HEDGE}(?P<date>{_MONTH_WORD}\s*\d{{1,2}}(?:st|nd|rd|th)?(?!\s*,?\s*\d)|"
                           rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD}(?!\s*,?\s*\d)|"
                           r"\d{1,2}\s*月\s*\d{1,2}\s*[日號号]?(?!\s*\d)|\d{1,2}/\d{1,2}(?![/\d]))", re.IGNORECASE)


def guessed_dates(text: str) -> list[tuple[int, int]]:
    """The spans of the months-and-days the person offers as their guess of the result ("we think Apr 30 but not sure")."""
    return [m.span("date") for m in _GUESSED_DATE.finditer(text)]
