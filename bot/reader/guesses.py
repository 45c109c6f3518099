"""Figures the person offers about the rule or the calendar rather than about their own case.

Each is set aside as their guess (`bot/reader/read.py`: `_set_aside_guesses`): the calculation decides it, and it is
never asked back as an unread figure. Three shapes, beside `mentions.guessed_line` / `mentions.supposed_result`:

- a row of the rule's own table quoted as the result ("是算 -5% 還是 -10%", "not the -20% tier", "扣 15% 那一級"), and the
  other figure of an alternative asked after one ("扣 5% 還是 10%", "docked 5% or 10%?");
- the rule's figure asked back as a negative question ("不是 2 個月嗎", "isn't it 2 months?", "我以為是 2 個月");
- a remark on the calendar ("那年二月好像有29號？", "Feb has 29 days that year, right?", "2028 是閏年吧"): date arithmetic
  (the calculator's) decides it.
"""

from __future__ import annotations

import re

from bot.reader.mentions import Mention

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
