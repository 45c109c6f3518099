"""Text folding (full-width → half-width, Simplified → Traditional) and language detection."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from functools import cached_property

from bot.parsing.abbreviations import expand as expand_abbreviations
from bot.parsing.numbers import Quantity, find_quantities, normalize_numerals
from bot.parsing.homophones import homophone_terms
from bot.parsing.layout import read_layout
from bot.parsing.pinyin import romanised_terms
from core.memo import per_answer
from knowledge.textnorm import fold  # the one folding; the extractors read its case-keeping form

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*")


def detect_lang(text: str) -> str:
    """'zh-TW' when the text is written in Chinese (any amount of Han beyond a stray word), else 'en'."""
    han = len(_HAN.findall(text))
    if han == 0:
        return "en"
    words = len(_WORD.findall(text))
    # Mixed script: "我的 follow-up rate 是 68%" is a Chinese question with English terms, while
    # "What does 年會 mean …?" is an English one quoting a Chinese term. A Han character counts
    # about as much as half an English word.
    return "zh-TW" if han * 2 >= words else "en"


# the joiners of the list 各 spreads over ("年會、月會", "年會和月會"), and a short verb between 各 and its count
# ("各去了兩次", "各參加 1 次")
_EACH_JOIN = r"、|以及|和|跟|及|與|与|/"
_EACH_PEOPLE = re.compile(r"(?:我|你|妳|他|她|同事|學長|学长|學姐|學姊|学姐|學弟|学弟|學妹|学妹|主任|老師|老师|醫師|医师)")
# … nor years alone, each with the count ("去年和今年月會各去了 4 次": the reader gives it to each year)
_EACH_YEARS = re.compile(r"(?:大前年|前年|去年|今年|明年|(?:民國|民国)?\s*\d+\s*年)\s*")
# (the each-word: 各 / 各自, or 每種 / 每項 / 每樣 / 每個 after the list, a comma before it — "PEI、冷凍、IRE、雷射，每種 45 例";
# a verb of attending or of doing the procedures before the count, "各做了 90 例", "每種都燒了 45 例" — never one that says what
# was done there, "各講過一次" (a lecture: the items reader's own); the count bare where nothing follows it, "RFA 跟 MWA 各 90，")
# (the verb between 各 and its count: one of going, attending or doing the procedures, 都 / 有 before it, 了 / 過 after it —
# "各跑了兩次", "各都有去 2 次", "各參加過 3 次", "各出席過 1 次", "各報到 2 次")
_EACH_VERB = (r"(?:都|也)?(?:有)?(?:(?:去|跑|到|參加|参加|出席|參與|参与|報到|报到|(?:去|到)?(?:旁)?(?:聽|听)|做|作|完成|執行|执行|燒|烧|打|放)"
              r"(?:了|過|过)?)?")
_EACH = re.compile(rf"((?:[^，,。；;、\n]+?(?:{_EACH_JOIN}))+[^，,。；;、\n]+?)\s*(?:各(?:自)?|[，,]?\s*每\s*(?:一)?\s*(?:種|樣|項|個)\s*(?:都|各)?)\s*"
                   rf"{_EACH_VERB}\s*(\d+(?:\.\d+)?)\s*"
                   r"(次|場|篇|例|天|小時|個月|案|(?=\s*(?:[，,。；;？?！!\n)）]|$)))")


# "我不是一作，是二作", "I'm not the first author, I'm second author": the corrected fact replaces the
# negated one (SPEC §3: "我不是一作，是二作" is one second-author paper), so the negated words are dropped.
_NEGATED = re.compile(r"不是\s*[^，,。；;？?\d也]{1,8}?\s*[，,]?\s*(?:而)?(?<!不)是(?=\s*\S)"
                      r"|\bnot\s+(?:the\s+|a\s+)?[a-z -]{1,24}?,\s*(?:i'?m|i am|but)\s+(?:the\s+|a\s+)?", re.IGNORECASE)


def drop_negated(text: str) -> str:
    """The text with a negated-then-corrected fact reduced to the correction ("不是一作，是二作" → "二作")."""
    return _NEGATED.sub("", text)


# "出血栓塞 50 例，喔不對，是 65 例", "phantom 68, sorry, 78": a figure corrected in the same breath — the
# correction replaces it (the first figure and the correcting words are dropped; the answer says so).
_UNIT_WORDS = r"%|分|次|例|案|篇|天|日|場|小時|個月|位|名|人|萬元|萬|元|組|\s?(?:cases?|points?|days?|times?|hours?|months?|screenings?)\b"
# The English words of a correction said in the same breath ("3, no wait, 4", "— sorry, 160", "wait, it was 4", "no sorry,
# 160 RFA", "sorry no, 4", "uh, make that 4", "typo: 78"): a filler may lead; "wait" alone is one unless it is the verb
# ("wait for", "waited 3 months", "waiting list"); "sorry about / for / to …" is an apology, no correction.
_EN_FIX = (r"(?:(?:uh+|um+|er+m?|ah+|oh+|hmm+)\s*[,.…]*\s*)?"
           r"(?:(?:no|nope)\s*[,.!]?\s*sorry|sorry\s*[,.!]?\s*no(?!\s+(?:one|idea|problem|worries)\b)|sorry(?!\s+(?:about|for|to|if|that)\b)"
           r"|oops|i mean|no\s*[,.!]?\s*wait|wait\s*[,.!]?\s*no|wait(?!\s+(?:for|until|till|a\s+(?:sec|second|minute|moment)\s+for)\b)(?![\w-])"
           r"|correction|make that|scratch that|my bad|typo"
           # (a bare "no" only where how the person checked follows it: "5 monthly meetings — no, I recounted my certificates, it
           # was 3"; never "no ATLS", "no, I did not")
           r"|no(?=\s*[,.!—–-]\s*(?:(?:i|we)\s+)?(?:just\s+|actually\s+)?(?:checked|double[- ]checked|re-?checked|recounted|counted again|looked (?:it up|at)|went (?:back\s+)?through|verified)\b))")
# how the person checked the figure they correct to, said in a clause of its own before it ("checked the sign-in sheets",
# "I recounted my certificates", "我翻了簽到單", "查了一下簽到表")
_EVIDENCE_WORDS = (r"\s*(?:(?:i|we)\s+)?(?:just\s+|actually\s+|then\s+)?(?:checked|double[- ]checked|re-?checked|looked at|looked it up(?:\s+in)?|went "
                   r"(?:back\s+)?through|(?:re-?)?counted|pulled up|verified|confirmed(?:\s+with)?|asked)\b[^\d,，;；.。:：?？]{0,40}"
                   r"|\s*(?:我|我們|我们)?\s*(?:(?:再|重新)\s*)?(?:翻|查|看|核對|核对|對|对|數|数|確認|确认)(?:了|過|过)(?:一下|一遍)?[^\d，,。；;:：?？]{0,12}")
_CORRECTED = re.compile(
    rf"(?<![\d./\-年月])(\d+(?:\.\d+)?)(?![/\-]\d)\s*(?:多|餘|余|出頭|出头|左右)?\s*(?:{_UNIT_WORDS})?"
    # (the thing counted named before the correction, which keeps it: "去了 2 次外科年會？不對，是 1 次")
    r"(?:(?P<noun>[\u4e00-\u9fff]{0,8}?)\s*[？?](?=\s*(?:不對|不对)))?"
    # (… or in English, a few words after the figure before the sentence ends: "went to 3 monthly meetings. oops, make that
    # 4", "3 monthly mtgs — sorry, 4": the noun stays, the figure goes)
    r"(?:(?P<ennoun>(?:\s+(?!(?:no|nope|sorry|oops|wait|uh|um|er|oh|ah|typo|correction|make|scratch|my)\b)[A-Za-z][A-Za-z'-]*){1,3})(?=\.\s|\s*[—–]|\.{2,}|…))?"
    # (… or a full stop ending the sentence the figure closes: "monthly meetings: 5. sorry no, it's 6")
    # (the separator: a comma, a full stop, a dash or a double dash "——", dots)
    r"\s*(?:[，,。]|[—–]{1,2}|-{2,3}|\.{2,}|\.(?=\s)|…+|⋯+)?\s*-?\s*(?:喔|哦|噢|啊|呃|欸|誒|抱歉|不好意思)?\s*[，,]?\s*"
    # ("400多，正確是400例", "300 出頭，精確來說 312 例": a rough figure, then the exact one)
    r"(?:(?<=[喔哦噢啊呃欸誒])不是\s*[，,]\s*(?=(?:應該|应该)?是)|不對|不对|錯了|错了|打錯了?|打错了?|說錯了?|说错了?|看錯了?|看错了?|"
    r"算錯了?|算错了?|記錯了?|记错了?|寫錯了?|写错了?|填錯了?|填错了?|講錯了?|讲错了?|更正|(?<=[喔哦噢啊呃欸誒])不|"
    # ("5 — actually 6", "5, actually it's 6": the figure said again right after)
    r"\bactually(?=\s*,?\s*(?:it'?s\s+|it\s+was\s+)?\d)|"
    # ("3 次，等等，是 4 次", "等一下，應該是 4 次": wait — then the figure it is; never 等等 as "etc." before a list goes on)
    r"(?:等等|等一下|等下)(?=\s*[，,!！]?\s*(?:應該|应该)?(?:是|為|为)\s*\d)|"
    # ("5次…呃應該是6次": a filler, then what it should be)
    r"(?<=[喔哦噢啊呃欸誒])\s*(?:應該|应该)(?=\s*是)|"
    # ("100、100、70應該是90、100": a bare figure of a list said again as it should be, in its place)
    r"(?<=\d)\s*(?:應該|应该)(?=\s*(?:是|為|为)\s*\d+(?:\.\d+)?\s*(?:[、，,。;；)）]|$))|"
    r"(?:正確|正确|精確|精确|確切|确切|準確|准确)(?:來說|来说|地說|地说|的數字|的数字|數字|数字)?(?:是|為|为)?|"
    rf"\b{_EN_FIX}\b)\s*[，,:：;-]?\s*"
    # "— sorry, typo, dense was 341", "— no wait, the second one was 220 days": the correcting figure a few words on
    # "… the second one was 220", "…，是 348", "it's 78": words that only restate which figure it is go with the old one
    r"(?:(?:typo|my typo|a typo)\s*[，,:：;-]?\s*)?"
    # (how the person checked, in a clause of its own before the figure: "不對，我翻了簽到單，是 4 次" — `_EVIDENCE_WORDS`)
    rf"(?:(?:{_EVIDENCE_WORDS})\s*[，,:：;—–-]?\s*(?=[^\d。；;？?!！，,]{{0,12}}?\d))?"
    r"(?:(?:the (?:first|second|third|fourth|other|last|latter|former) one|it|that)\s+"
    r"(?:was|is)\s+|it'?s\s+|(?:應該|应该)?是\s*)?"
    r"(?=[^\d。；;？?!！]{0,24}?\d)", re.IGNORECASE)


# A rough figure with its exact value in brackets right after it ("20幾例（精確是20）", "~150 RFAs (exactly 152)",
# "only ~20 ablations (say 20)", "快10年了(正確說是9年8個月)", "nearly 10 yrs (precisely 9 yrs 8 months)"): the exact one,
# said of the same thing, in the rough one's place. The exact figure may be one length said in two units (年 and 個月),
# which then takes the rough figure's unit with it.
_EXACT_WORD = (r"(?P<fix>(?:正確|正确|準確|准确)(?:來|来|地)?(?:說|说|講|讲)(?:是|為|为)?|更正\s*[:：]?\s*(?:是|為|为)?|(?:不對|不对)\s*[，,]?\s*(?:應該|应该)?是"
               r"|(?:應該|应该)是|\b(?:correction|i mean|sorry|make that|no wait|wait no|wait|oops|typo|my bad|scratch that)\b"
               # ("（等等，是 14）", "（打錯，應該是 14）", "（說錯了，14 才對）")
               r"|(?:等等|等一下|打錯了?|打错了?|寫錯了?|写错了?|說錯了?|说错了?|講錯了?|讲错了?)\s*[，,]?\s*(?:應該|应该|其實|其实)?(?:是|為|为)?)"
               r"|(?:正確|正确|精確|精确|確切|确切|準確|准确|實際|实际|其實|其实)(?:來說|来说|地說|地说|說|说|講|讲|的數字|的数字|數字|数字|上)?"
               r"(?:是|為|为)?"
               r"|\b(?:exactly|precisely|to be (?:exact|precise)|actually|say|really)\b")
# a length said in years and months ("9年8個月", "9 年又 8 個月", "9 yrs 8 mos", "9 years and 8 months")
_YEARS_MONTHS = (r"\d+\s*(?:年|years?\b|yrs?\b)\s*(?:(?:又|零|and\b|,)\s*)?\d+\s*(?:個月|个月|months?\b|mos?\b)")
_YEAR_UNIT = re.compile(r"\s*(?:年|years?\b|yrs?\b)", re.IGNORECASE)
# "nearly" words: the figure is an upper bound the exact one comes up to ("快10年", "將近 200 例", "almost 10 years")
_NEARLY = r"快|將近|将近|接近|(?<!最)近|差不多|nearly|almost|close to|just under"
_BRACKETED_EXACT = re.compile(
    rf"(?:(?:about|around|approximately|approx\.?|roughly|~|約|约|大約|大约|大概|(?P<nearly>{_NEARLY}))\s*)?"
    rf"(?<![\d./\-年月])(?P<rough>\d+(?:\.\d+)?)(?P<sp>\s*)(?P<more>幾|几|多|餘|余|出頭|出头|來|来|\+)?"
    rf"(?P<words>[^\d()（），,。；;？?！!\n]{{0,24}}?)\s*[（(]\s*(?:{_EXACT_WORD})\s*[:：,，]?\s*"
    rf"(?P<span>{_YEARS_MONTHS}|(?P<num>\d+(?:\.\d+)?))\s*(?:{_UNIT_WORDS}|年|台|臺|\s?(?:years?|yrs?)\b)?"
    # (the figure said to be the right one: "(no wait, 14 is right)", "（說錯了，14 才對）")
    r"(?:\s*(?:(?:is|was)\s+(?:the\s+)?(?:right|correct)(?:\s+(?:one|figure|number))?|才對|才对|才是對的|才是对的|沒錯|没错))?\s*[)）]",
    re.IGNORECASE)


def _exact_value(m: re.Match[str]) -> float:
    """The exact figure of `m` (a length in years and months as years)."""
    if m.group("num") is not None:
        return float(m.group("num"))
    years, months = re.findall(r"\d+", m.group("span"))[:2]
    return int(years) + int(months) / 12


def _exact_fits(m: re.Match[str]) -> bool:
    """The exact figure restates the rough one: the same figure ("~20 (say 20)"), or one inside the range a "some more"
    word opens ("20幾" is 20–29, "190多" 190–199) or a "nearly" word closes ("快10年" is under 10, "將近200" under 200).
    One outside it ("about 200 (actually 203)") is no restatement: the two stay for the ledger to ask about — unless the
    bracket says it corrects the figure ("10年(正確說是9年8個月)", "120台(更正：102台)", "120 (sorry, 102)")."""
    rough, more, exact = m.group("rough"), m.group("more"), _exact_value(m)
    if float(rough) == exact or m.group("fix"):
        return True  # (a correction said as one, "(正確說是 9 年 8 個月)", "(更正：102 例)", "(sorry, 102)": it replaces the figure)
    if not (more or m.group("nearly")) or not rough.isdigit():
        return False
    step = 10 ** (len(rough) - len(rough.rstrip("0"))) if rough != "0" else 1
    width = max(step, 10 if len(rough) > 1 else 1)
    if m.group("nearly"):
        return int(rough) - width < exact < int(rough)
    return int(rough) < exact < int(rough) + width


def _exact_in_place(m: re.Match[str]) -> str:
    """The rough figure of `m` replaced by the exact one (a length in years and months takes the rough figure's year
    unit with it: "快10年了(正確說是9年8個月)" → "9年8個月了")."""
    if m.group("num") is not None:
        return f"{m.group('num')}{m.group('sp')}{m.group('words')}"
    words = m.group("words")
    unit = _YEAR_UNIT.match(words)
    if unit is None:
        return m.group(0)
    return f"{m.group('span')}{words[unit.end():]}"


def _exact_replaces(m: re.Match[str]) -> bool:
    return _exact_fits(m) and _exact_in_place(m) != m.group(0)


def _unsure_after(m: re.Match[str]) -> bool:
    """Is the correction after `m` itself unsure ("不對，好像是 6 次還是 7 次")? Then nothing is replaced: it is asked."""
    clause = re.split(r"[，,。;；!！?？\n]", m.string[m.end():], maxsplit=1)[0]
    return _UNSURE.search(clause) is not None


# "今年月會去了 4 次，不是 3 次", "4 meetings, not 3": the figure said, then the one it is not — the first is the fact
_NOT_THAT = re.compile(rf"(?<![\d./\-年月])(\d+(?:\.\d+)?)\s*(?P<unit>{_UNIT_WORDS})\s*[，,]\s*(?:而)?(?:不是|並不是|并不是|\bnot\b)\s*"
                       r"(\d+(?:\.\d+)?)\s*(?P=unit)(?=\s*(?:[，,。;；?？!！\n]|$))", re.IGNORECASE)


def _names_its_item(m: re.Match[str]) -> bool:
    """Does the correction after the figure of `m` name another item said earlier with its figure ("MWA 50, scratch that,
    110 for RFA")? Then it is `_named_fixes`' to read, not a correction of this figure."""
    return any(s < m.end() and e > m.start() for s, e, taken, _, _ in _named_fixes(m.string) if not taken) \
        or any(s < m.end() and e > m.start() for s, e in _pointed_spans(m.string))


def _adds_after(m: re.Match[str]) -> bool:
    """Do the words after the correcting ones add to the figure or pick a part of it ("5 times, wait, 2 of them as
    speaker")? Then nothing is replaced."""
    clause = re.split(r"[，,。;；!！?？\n]", m.string[m.end():], maxsplit=1)[0]
    return _ADDED_NOT_FIXED.search(clause) is not None


def drop_corrected(text: str) -> str:
    """The text with a figure corrected in the same breath reduced to the correction."""
    text = _BRACKETED_EXACT.sub(lambda m: _exact_in_place(m) if _exact_replaces(m) else m.group(0), text)
    text = _NOT_THAT.sub(lambda m: f"{m.group(1)}{m.group('unit')}", text)
    text = drop_date_meaning_fixed(text)
    fixed = {m.start() for m in _dates_fixed(text)}
    text = _DATE_CORRECTED.sub(lambda m: _date_fixed(m) if m.start() in fixed else m.group(0), text)
    return _CORRECTED.sub(lambda m: m.group(0) if _unsure_after(m) or _names_its_item(m) or _adds_after(m)
                          else m.group("noun") or (f"{m.group('ennoun').strip()} " if m.group("ennoun") else ""), text)


def corrections(text: str) -> list[tuple[str, str]]:
    """(the figure as first written, the figure that replaced it) for each correction in a read text."""
    text = drop_confirmed(text)
    out = [(m.group("rough"), m.group("span")) for m in _BRACKETED_EXACT.finditer(text) if _exact_replaces(m)]
    out += [(m.group(3), m.group(1)) for m in _NOT_THAT.finditer(text)]
    text = _NOT_THAT.sub(lambda m: f"{m.group(1)}{m.group('unit')}", text)
    out += [(re.sub(r"\s+", " ", f"{m.group('pre') or ''}{m.group('date')}{m.group('tail')}".strip()), fixed)
            for m in _DATE_MEANING_FIXED.finditer(text) if (fixed := _meaning_fixed(m)) is not None]
    text = drop_date_meaning_fixed(text)
    dates = _dates_fixed(text)
    out += [_date_said_fix(m) for m in dates]
    fixed = {m.start() for m in dates}
    text = _DATE_CORRECTED.sub(lambda m: _date_fixed(m) if m.start() in fixed else m.group(0), text)
    for m in _CORRECTED.finditer(text):
        after = re.search(r"\d+(?:\.\d+)?", text[m.end():])
        if after is not None and not _unsure_after(m) and not _names_its_item(m) and not _adds_after(m):
            out.append((m.group(1), after.group(0)))
    return out


# "去ASCO...不是，是去美國ASCRS開會", "今年去了外科年會，喔不對，是去了國際醫學會", "the TSA annual meeting — sorry, I mean an
# international meeting", "3 monthly meetings, no wait, 4 monthly meetings", "2 次國際醫學會，打錯，是 1 次": a fact (an
# activity, or a count said with its activity) taken back in the same breath and said again. The correction replaces the
# words taken back — from the start of their clause to the correcting words (a time said first, "今年", stays); a bare
# figure said again ("…，打錯，是 1 次") replaces the figure of the clause taken back and keeps its activity. (A figure
# corrected right after it, "5次，喔不對，是6次", is `_CORRECTED`'s, read before this.) A correction that is itself unsure
# ("不對，好像是 6 次還是 7 次", "no wait, maybe 4 or 5") replaces nothing: `uncertain_retractions` asks which it is.
_FILLER = r"(?:喔|哦|噢|啊|呃|欸|誒|诶|嗯|唉)"
_RETRACT = re.compile(
    r"(?:(?P<sep>\s*(?:\.{2,}|…+|⋯+|[，,。—–;；]|\s-\s)\s*)|\s*(?=打錯|打错|寫錯|写错|說錯|说错|講錯|讲错|看錯|看错|記錯|记错|算錯|算错|填錯|填错))"
    r"(?P<mark>"
    rf"{_FILLER}?\s*[，,]?\s*(?:不是|不對|不对)\s*[，,。!！]\s*(?:而|應該|应该)?是"
    # (不對 standing alone, never a word's start: "不對外開放" is "not open to outsiders")
    rf"|{_FILLER}?\s*[，,]?\s*(?:(?:不對|不对)(?=\s*(?:[，,。!！:：]|啦|了|喔|耶|是|應該|应该|$))|錯了|错了|打錯了?|打错了?|說錯了?|说错了?|寫錯了?|写错了?|講錯了?|讲错了?|看錯了?|看错了?|記錯了?|记错了?|算錯了?|算错了?|填錯了?|填错了?)"
    r"\s*[，,:：!！]?\s*(?:我是說(?!明)|我是说(?!明)|應該說(?!明)|应该说(?!明)|(?:應該|应该)?(?:是|為|为))?"
    # (更正 said as the act, never the noun: "更正：", "更正為", "更正是" — "更正要怎麼申請" asks about one)
    r"|更正\s*(?:[:：]\s*(?:(?:應該|应该)?(?:是|為|为))?|為|为|是)"
    rf"|{_FILLER}\s*[，,]?\s*(?:應該|应该)(?:是|說(?!明)|说(?!明))"
    r"|(?:我是說|我是说|應該說|应该说)(?!明)"
    rf"|\b(?:{_EN_FIX}\b\s*[,:;—–-]?\s*"
    r"(?:(?:i mean|i meant|make that|it was|it's|that should be|should be)\b)?|(?:i mean|i meant|make that)\b)"
    r")\s*[，,:：]?\s*", re.IGNORECASE)
# what follows the correcting words adds to what was said or picks a part of it ("wait, I also went to …", "no wait, 2 of
# them as speaker", "sorry, forgot the annual meeting too"): no fact taken back
_ADDED_NOT_FIXED = re.compile(r"^\s*(?:(?:and|but|oh|i|we|i've|i'd|we've)\s+)*(?:also|plus|forgot|forget|in addition|another|one more|there (?:was|were|is) also)\b"
                              r"|\b(?:too|as well)\s*$|^\s*\d+(?:\.\d+)?\s+of\s+(?:them|those|these|which|the)\b", re.IGNORECASE)
# where a clause begins: what is taken back never reaches over one
_CLAUSE_MARK = re.compile(r"\.{2,}|…+|⋯+|[，,。;；:：!！?？\n—–]|\s-\s|\.(?=\s|$)")
# a time said at the head of the clause taken back, kept ("今年去了外科年會，喔不對…" is still this year's)
_HEAD_TIME = re.compile(r"\s*(?:今年|去年|前年|明年|上半年|下半年|(?:19|20)\d\d\s*年|(?:this|last|next) year\b|in (?:19|20)\d\d\b)\s*",
                        re.IGNORECASE)
# the correction itself unsure: a hedge or two alternatives in it
_UNSURE = re.compile(r"好像|可能|大概|也許|也许|或許|或许|不確定|不确定|記不清|记不清|還是|还是|或是|或者|"
                     r"\b(?:maybe|probably|perhaps|not sure|i think|or)\b", re.IGNORECASE)
# a correction that is no fact but the question ("…不對，是多少？", "I mean, how many credits?")
_ASKED = re.compile(r"多少|幾|几|怎麼|怎么|如何|是否|能不能|可不可以|可以|能否|要不要|夠不夠|够不够|嗎|吗|呢|[?？]|"
                    r"^\s*\b(?:how|what|which|can|could|do|does|is|am|are|will|when|whether)\b|\b(?:how|what|which|whether)\b",
                    re.IGNORECASE)
# a clause that only supposes ("如果寫錯了，…", "if I typed it wrong, …"): nothing of the person's own is taken back
_SUPPOSED = re.compile(r"^\s*(?:如果|假如|假設|假设|若是?|萬一|万一|要是|\b(?:if|when|whether|in case)\b)", re.IGNORECASE)
# how the person checked the figure they correct to, said before it ("I checked the sign-in sheet and it was", "我翻了一下簽到單是")
_EVIDENCE_LEAD = re.compile(r"^\s*(?:(?:i|we)\s+(?:just\s+)?(?:checked|looked at|looked it up in|went through|double-checked|counted|"
                            r"pulled up)\b[^\d,;.]{0,40}?\s+(?:and\s+)?(?:it\s+(?:was|is|says|said|shows|showed)|it'?s|there\s+were|"
                            r"(?:that|the count)\s+(?:was|is))\s+|"
                            r"(?:我|我們|我们)?\s*(?:翻|查|看|核對|核对|對了|对了|數了|数了)(?:了|過|过)?(?:一下|一遍)?[^\d，,。；;]{0,12}?"
                            r"(?:應該|应该|其實|其实)?(?:是|為|为|有|寫|写)\s*)", re.IGNORECASE)
_SAID_FIGURE = re.compile(rf"\s*(\d+(?:\.\d+)?)\s*((?:{_UNIT_WORDS})?)\s*")
# … or said in a clause of its own, the figure in the next ("wait no, checked the sign-in sheets, it's 4", "no — I recounted the
# certificates: 5", "不對，我翻了簽到單，是 4 次"): the check is how the person knows, so the correction is sure
_EVIDENCE_CLAUSE = re.compile(_EVIDENCE_WORDS, re.IGNORECASE)
_EVIDENCE_THEN = re.compile(r"^\s*(?:(?:and\s+|so\s+)?(?:(?:it|that|the count|the number)\s+(?:was|is|says|said|shows|showed)|it'?s|that'?s|there\s+were|"
                            r"was|is|actually|really|only)\s+|(?:應該|应该|其實|其实|實際|实际)?(?:是|為|为|有|寫|写)\s*)?",
                            re.IGNORECASE)


# "PEI 20、RFA 100、MWA 50…等等我 RFA 看錯了，是 110 才對", "微波 90、RFA 70，RFA 應該是 75", "RFA 100, MWA 50 — wait,
# RFA was actually 110", "scratch that, 110 for RFA": a correction that names the item whose figure it replaces (said
# earlier in the message with its figure) — the named item's figure is replaced there, the other items stay, and the
# correcting clause is dropped. (An item named that was never said with a figure replaces nothing: the ledger asks.)
_ITEM = r"[A-Za-z][A-Za-z0-9\-]{1,11}|[\u4e00-\u9fff]{2,6}?"
_SLIP = r"(?:看錯|看错|打錯|打错|記錯|记错|寫錯|写错|說錯|说错|講錯|讲错|算錯|算错|填錯|填错|抄錯|抄错)了?"
_RIGHT = r"(?:才對|才对|才是|才正確|才正确|才是對的|才是对的)"
_NAMED_FIX = re.compile(
    r"(?P<lead>(?:\.{2,}|…+|⋯+|[，,。;；—–]|\s-\s|\.(?=\s)|^)\s*)"
    r"(?P<body>"
    rf"(?:(?:{_FILLER}|等等|等一下|等下|抱歉|不好意思|不對|不对|更正|\b(?:sorry|oops|wait|no wait|wait no|scratch that|"
    r"correction|my bad)\b)\s*[，,:：!！;—–-]?\s*)*(?:我|\bi\b)?\s*"
    r"(?:"
    rf"(?P<i1>{_ITEM})\s*(?:的數字|的数字|的例數|的例数|的)?\s*{_SLIP}\s*[，,:：]?\s*(?:應該|应该|其實|其实)?(?:是|為|为)?\s*"
    rf"(?P<v1>\d+(?:\.\d+)?)\s*(?:{_UNIT_WORDS})?\s*{_RIGHT}?"
    rf"|{_SLIP}\s*[，,:：]?\s*(?P<i2>{_ITEM})\s*(?:應該|应该|其實|其实)?(?:是|為|为)\s*(?P<v2>\d+(?:\.\d+)?)\s*(?:{_UNIT_WORDS})?\s*{_RIGHT}?"
    rf"|(?P<i3>{_ITEM})\s*(?:應該是|应该是|應該為|应该为|改成|改為|改为|更正為|更正为|其實是|其实是|要改成)\s*(?P<v3>\d+(?:\.\d+)?)\s*"
    rf"(?:{_UNIT_WORDS})?\s*{_RIGHT}?"
    rf"|(?P<i4>{_ITEM})\s*(?:是|為|为)\s*(?P<v4>\d+(?:\.\d+)?)\s*(?:{_UNIT_WORDS})?\s*(?:{_RIGHT}|(?=\s*[，,]?\s*(?:不是|而不是|並非|并非)\s*\d))"
    rf"|(?P<i5>{_ITEM})\s+(?:was|is|should be|should have been|should read)\s+(?:actually\s+|really\s+)?(?P<v5>\d+(?:\.\d+)?)"
    r"|(?:make that|it'?s|it was|i mean|i meant)?\s*(?P<v6>\d+(?:\.\d+)?)\s+(?:for|on)\s+(?P<i6>[A-Za-z][A-Za-z0-9\-]{1,11})"
    # ("correction: phantom 69, not 79", "更正：假體影像 69，不是 79": the label and its figure, then the figure it replaces)
    rf"|(?P<i7>{_ITEM})\s*[:：]?\s*(?P<v7>\d+(?:\.\d+)?)\s*(?:{_UNIT_WORDS})?"
    r"(?=\s*[，,]?\s*(?:not|instead of|rather than|不是|而不是|並非|并非)\s*\d)"
    r")"
    # (the figure it replaces said after it: "phantom was 69 not 79", "RFA 應該是 110 不是 100", "… 69, not 79", "69 instead of 79")
    rf"(?:\s*[，,]?\s*(?:not|instead of|rather than|不是|而不是|並非|并非)\s*(?P<old>\d+(?:\.\d+)?)\s*(?:{_UNIT_WORDS})?)?"
    r")(?=\s*(?:[，,。;；!！—–\n]|\s-\s|\.(?:\s|$)|$))", re.IGNORECASE)
_FIX_MARK = re.compile(rf"{_SLIP}|{_RIGHT}|應該|应该|改成|改為|改为|更正|其實|其实|\b(?:actually|sorry|oops|wait|scratch that|"
                       r"correction|my bad|should|make that|i mean|i meant)\b", re.IGNORECASE)


# "證書 109年6月30日到期——寫錯，是 115年6月30日到期", "expires 2020-06-30, sorry, 2026-06-30", "30 June 2020 — make that
# 30 June 2026": a date corrected in the same breath by another date — the later date replaces the first (a date corrects a
# date, never a count: `_CORRECTED` reads figures only, and no figure of a date). The words after the first date ("到期") stay
# where the correction does not say them again. A correction that is itself unsure ("好像是 115年還是 116年") replaces nothing.
_MONTHS_EN = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_SAID = (r"(?:(?<!\d)\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日號号]?|(?<!\d)\d{2,4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?![\d/-]|\.\d)"
              rf"|(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS_EN},?\s+\d{{4}}|\b{_MONTHS_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})")
# the words that say what a date is, said before it ("expires 2027-04-30", "issued on 2021-04-30", "到期日是 …")
_DATE_WORD_BEFORE = (r"(?:expires?|expiring|expired|expiry(?:\s+date)?(?:\s+is)?|expiration(?:\s+date)?(?:\s+is)?|valid\s+(?:until|through|till)"
                     r"|runs?\s+out(?:\s+on)?|(?:was\s+)?(?:issued|granted|obtained|awarded)(?:\s+(?:on|in))?|(?:issue|issuing)\s+date(?:\s+is)?"
                     r"|到期日(?:是|為|为)?|期限(?:是|到)?|發證日(?:期)?(?:是|為)?|发证日(?:期)?(?:是|为)?|核發日(?:期)?(?:是|為)?|核发日(?:期)?(?:是|为)?)"
                     r"\s*[:：]?")
# … and what a date is, as a word of its own (issued or expiring): "到期" / "發證的" after it, "expires" / "issued on" before it
_DATE_ISSUE = re.compile(r"核發|核发|發證|发证|頒發|颁发|發的|发的|發下來|发下来|取得|拿到|領到|领到|考到|\b(?:issue[ds]?|issuing|granted|obtained|awarded)\b",
                         re.IGNORECASE)
_DATE_EXPIRY = re.compile(r"到期|屆滿|届满|期滿|期满|\b(?:expir\w*|valid\s+(?:until|through|till)|runs?\s+out|lapses?)\b", re.IGNORECASE)
_DATE_CORRECTED = re.compile(
    rf"(?P<pre>{_DATE_WORD_BEFORE}\s*)?(?P<old>{_DATE_SAID})(?P<tail>[^\d，,。；;？?！!\n—–()（）]{{0,8}}?)"
    # (… or the first date asked of oneself and answered no: "2022-04-30 到期？不對，是 2027 年 4 月 30 日")
    r"\s*(?:[，,。]|[？?](?=\s*(?:不對|不对|錯了|错了|\bno\b|\bwait\b))|[—–]{1,2}|-{2,3}|\.{2,}|\.(?=\s)|…+|\s-\s)?\s*"
    r"(?:(?:喔|哦|噢|啊|呃|欸|誒|抱歉|不好意思)\s*[，,]?\s*)*"
    rf"(?:(?:不對|不对|錯了|错了|{_SLIP}|更正|\b{_EN_FIX}\b|\bactually\b|(?:(?<=[?？])|(?<=[?？]\s))(?:no|nope)\b)\s*[，,:：;—–-]?\s*)+"
    r"(?:(?:應該|应该|其實|其实)?(?:是|為|为)|it'?s|it is|it was|should be|make that|i mean)?\s*"
    rf"(?P<newpre>{_DATE_WORD_BEFORE}\s*)?"
    rf"(?P<new>{_DATE_SAID})", re.IGNORECASE)


def _date_meaning(words: str) -> str | None:
    """What `words` say a date is: "issue", "expiry", or None."""
    issue, expiry = _DATE_ISSUE.search(words or ""), _DATE_EXPIRY.search(words or "")
    return "issue" if issue and not expiry else "expiry" if expiry and not issue else None


def _date_fixed(m: re.Match[str]) -> str:
    """The corrected date in the first one's place, the first date's own words kept unless said again after it — or unless
    the correction says what the date is in words of its own ("110年4月30日 到期…打錯，是 110年4月30日 發證的", "expires
    2021-04-30 — sorry, it was issued 2021-04-30": the date's meaning corrected with it)."""
    tail, pre = m.group("tail"), m.group("pre") or ""
    if m.group("newpre"):
        return m.group("newpre") + m.group("new")
    after = re.match(r"[^\d，,。；;？?！!\n]{0,10}", m.string[m.end():]).group(0)
    if _date_meaning(after) is not None and _date_meaning(pre + tail) not in (None, _date_meaning(after)):
        return m.group("new")
    again = m.string[m.end():m.end() + len(tail)].strip() == tail.strip()
    return pre + m.group("new") + ("" if again or not tail.strip() else tail)


def _date_said_fix(m: re.Match[str]) -> tuple[str, str]:
    """(the date as first said, as corrected) for `corrections`: the dates, or where the date is said again with other words
    ("110年4月30日 到期…打錯，是 110年4月30日 發證的") the date with its words."""
    old, new = (re.sub(r"\s+", " ", m.group(g)) for g in ("old", "new"))
    if re.sub(r"\s+", "", old) != re.sub(r"\s+", "", new):
        return old, new
    tail = re.sub(r"[.…⋯\s]*(?:喔|哦|噢|啊|呃|欸|誒)?\s*$", "", m.group("tail"))
    said = re.sub(r"\s+", " ", f"{m.group('pre') or ''}{old}{tail}".strip())
    if m.group("newpre"):
        return said, re.sub(r"\s+", " ", f"{m.group('newpre')}{new}".strip())
    after = re.match(r"[^\d，,。；;？?！!\n]{0,10}", m.string[m.end():]).group(0)
    return said, re.sub(r"\s+", " ", f"{new} {after}".strip())


def _dates_fixed(text: str) -> list[re.Match[str]]:
    return [m for m in _DATE_CORRECTED.finditer(text)
            if not _UNSURE.search(text[m.start("new") - 12 if m.start("new") >= 12 else 0:m.start("new")]
                                  + re.split(r"[，,。;；!！?？\n]", text[m.end():], maxsplit=1)[0])]


# "外科專科證書 110年4月30日到期，啊不對，那是發證日", "my cert expires 30 April 2021, no wait, that's the issue date": what a
# date is corrected in the same breath, the date not said again — the date stays, said with the corrected words (before: the
# correction was asked as unsure, or the date read as an expiry the person took back)
_DATE_ISSUE_NOUN = (r"發證日(?:期)?|发证日(?:期)?|核發日(?:期)?|核发日(?:期)?|發證的日子|发证的日子|發證的|发证的|核發的|核发的|拿到的日子|取得日(?:期)?|"
                    r"(?:issue|issuing|grant)\s+date|date\s+(?:it\s+was\s+|i\s+got\s+it\s+)?(?:issued|granted)|date\s+of\s+issue|when\s+it\s+was\s+issued"
                    r"|when\s+i\s+got\s+it")
_DATE_EXPIRY_NOUN = (r"到期日(?:期)?|屆滿日|届满日|期滿日|期满日|到期的日子|到期的|(?:expiry|expiration|end)\s+date|date\s+it\s+expires|when\s+it\s+expires")
_DATE_MEANING_FIXED = re.compile(
    rf"(?P<pre>{_DATE_WORD_BEFORE}\s*)?(?P<date>{_DATE_SAID})(?P<tail>[^\d，,。；;？?！!\n—–()（）]{{0,8}}?)"
    r"\s*(?:[，,。]|[—–]{1,2}|-{2,3}|\.{2,}|\.(?=\s)|…+|\s-\s)\s*"
    r"(?:(?:喔|哦|噢|啊|呃|欸|誒|抱歉|不好意思)\s*[，,]?\s*)*"
    rf"(?:(?:不對|不对|錯了|错了|{_SLIP}|更正|\b{_EN_FIX}\b|\bactually\b)\s*[，,:：;—–-]?\s*)+"
    r"(?:that'?s|that\s+is|that\s+was|it'?s|it\s+is|it\s+was|那是|那個是|那个是|那天是|這是|这是|(?:應該|应该|其實|其实)?是)?\s*"
    r"(?:(?:the|my|its)\s+)?(?:(?:cert(?:ificate)?'?s?|證書的?|证书的?)\s*)?"
    rf"(?:(?P<issue>{_DATE_ISSUE_NOUN})|(?P<expiry>{_DATE_EXPIRY_NOUN}))\s*(?:才對|才对)?"
    r"(?=\s*(?:[，,。;；!！?？\n]|\.(?:\s|$)|$))", re.IGNORECASE)


def _meaning_fixed(m: re.Match[str]) -> str | None:
    """The date of `m` with the words the correction gives it, or None where the correction says what the first words said."""
    said = _date_meaning((m.group("pre") or "") + m.group("tail"))
    meant = "issue" if m.group("issue") else "expiry"
    if said == meant or _UNSURE.search(m.group(0)[len(m.group("pre") or "") + len(m.group("date")):]):
        return None
    zh = re.search(r"[\u4e00-\u9fff]", m.group("issue") or m.group("expiry")) is not None
    if meant == "issue":
        return f"{m.group('date')} 核發" if zh else f"issued on {m.group('date')}"
    return f"{m.group('date')} 到期" if zh else f"expires {m.group('date')}"


def drop_date_meaning_fixed(text: str) -> str:
    """The text with what a date is corrected in the same breath said as corrected (`_DATE_MEANING_FIXED`)."""
    return _DATE_MEANING_FIXED.sub(lambda m: _meaning_fixed(m) or m.group(0), text)


# an instruction to change something ("把總分改成 999", "幫我改成…"): no correction of a fact of one's own
_ORDERED = re.compile(r"(?:把|將|将|幫我|帮我|請|请)\s*\S{0,4}$")


def _named_fixes(text: str) -> list[tuple[int, int, str, str, bool]]:
    """`_retractions`' entries for corrections naming their item ("…RFA 看錯了，是 110 才對"): the item's earlier figure
    replaced by the new one, and the correcting clause dropped (an entry with nothing taken back)."""
    out: list[tuple[int, int, str, str, bool]] = []
    for m in _NAMED_FIX.finditer(text):
        if _FIX_MARK.search(m.group("body")) is None and m.group("old") is None:
            continue  # ("RFA is 110" said plainly: no correction)
        n = next(k for k in "1234567" if m.group(f"i{k}") is not None)
        item, value = m.group(f"i{n}"), m.group(f"v{n}")
        if re.fullmatch(r"(?:the|it|that|this|one|total|我的|總共|总共|合計|合计|一共)", item, re.IGNORECASE):
            continue
        name = rf"(?<![A-Za-z]){re.escape(item)}(?:s|es)?(?![A-Za-z])" if item.isascii() else re.escape(item)
        said = [f for f in re.finditer(rf"{name}\s*[:：]?\s*(?:去了|去|參加了|参加了|參加|参加|聽了|听了|有|做了|做|共)?\s*((?<![\d.])\d+(?:\.\d+)?)(?![\d.])",
                                       text[:m.start("body")], re.IGNORECASE)]
        said += [f for f in re.finditer(rf"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:例|台|cases? of\s+)?\s*{name}",
                                        text[:m.start("body")], re.IGNORECASE)]
        if len(said) > 1 and m.group("old") is not None:
            # ("phantom 79 … phantom was 69 not 79": the figure it replaces, said, picks the one of the item's figures)
            said = [f for f in said if float(f.group(1)) == float(m.group("old"))]
        elif len(said) == 1 and m.group("old") is not None and float(said[0].group(1)) != float(m.group("old")):
            said = []  # ("phantom 79 … phantom was 69 not 89": the figure it says it replaces was never said — asked)
        if len(said) != 1 or _UNSURE.search(m.group("body")):
            if re.search(rf"{_SLIP}|改成|改為|改为|更正", m.group("body")) and not _ORDERED.search(text, 0, m.start("body") + 4) \
                    and not re.fullmatch(r"總分|总分|結果|结果|答案|分數|分数|總共|总共|積分|积分|學分|学分", item):
                # ("MWA 60，微波改成 70": which figure it replaces is the person's to say — asked, never added as another)
                out.append((m.start("body"), m.end(), m.group("body"), "", False))
            continue
        fig = said[0]
        out.append((fig.start(1), fig.end(1), fig.group(1), value, True))
        out.append((m.start(), m.end(), "", "", True))
    return out


# "95, 110, 100, 60, 105, 85 — sorry, typo, the 4th yr was 90 not 60", "…，抱歉打錯，第四年是90不是60", "…, correction: the 3rd
# one should be 90", "70 should be 90", "70 那個打錯，是 90 才對", "（70應該是90）", "I mean 90 not 70": a correction that points
# at the figure it replaces — by its place in the list said just before it (the 4th, year 4, 第四年, the last one) or by the
# figure as first said (the 70, not 60) — never the last figure said before it (`_CORRECTED` read "85 — sorry, … 90" as 85 → 90,
# or "110 — the 3rd one should be 90" as 110 → 90: confidently wrong). The figure pointed at is replaced where it was said and
# the correcting clause dropped; where it cannot be told (no such place in the list, the old figure said twice or never, the
# place and the old figure disagree) nothing is replaced and the correction is asked about (`uncertain_retractions`).
_PLACE_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
                "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "last": -1, "final": -1}
_ZH_PLACE = {"一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}
_PLACE_NOUN = r"(?:yrs?|years?|ones?|figures?|numbers?|values?|entry|entries|items?|scores?|sets?|counts?)"
_PLACE = (r"(?:(?:the|my)\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|1st|2nd|3rd|4th|5th|6th|7th|8th|last|final)"
          rf"(?:\s+{_PLACE_NOUN})?(?:'s)?(?:\s+(?:figure|number|credits?|points?))?"
          r"|(?:year|yr)\s*(?P<ordn>[1-8])(?![\d.])(?:'s)?"
          r"|第\s*(?P<zh>[1-8一二兩两三四五六七八])\s*(?:年度?|個數字|个数字|個|个|項|项|筆|笔|位)(?:的)?"
          r"|最(?:後|后)\s*(?:一|1)?\s*(?P<zhlast>年|個|个|項|项|筆|笔)(?:的)?"
          # (a year that labels its figure in the list: "2024 was 90 not 60", "112年打錯，是 90 才對")
          r"|(?:(?:in|for)\s+)?(?P<label>(?<![\d.])(?:19|20)\d\d(?![\d.])(?:\s*年(?:度)?)?|(?<![\d.])(?:民國\s*)?\d{2,3}\s*年(?:度)?)(?:'s)?(?:\s*的)?")
_OLD_SAID = r"(?:(?:the|one of the|one)\s+|(?:有|其中)?(?:一個|一个|1個|1个)\s*)?(?P<old>\d+(?:\.\d+)?)(?:\s*(?:那個|那个|那一個|那一个|那年|那一年|這個|这个|那筆|那笔|那項|那项|那格|\s+one\b))?"
_POINT_MARK = (rf"(?:{_FILLER}|等等|等一下|抱歉|不好意思|不對|不对|更正|錯了|错了|{_SLIP}|"
               r"\b(?:sorry|oops|no wait|wait no|wait|scratch that|correction|my bad|my typo|typo|actually|i mean|i meant)\b)")
_POINTED_FIX = re.compile(
    r"(?P<lead>(?:\.{2,}|…+|⋯+|[，,、。;；—–(（]|-{2,3}|\s-\s|\.(?=\s)|^)\s*)"
    rf"(?:(?P<marks>(?:{_POINT_MARK}\s*[，,:：!！;—–-]?\s*)+)|)"
    r"(?P<body>"
    # the place or the old figure, then what it is ("the 4th yr was 90", "第四年是90", "70 should be 90", "70 那個打錯，是 90 才對")
    rf"(?:{_PLACE}|{_OLD_SAID})\s*(?:的\s*)?(?:積分|积分|學分|学分|分數|分数|數字|数字)?\s*"
    rf"(?:{_SLIP}\s*[，,:：]?\s*)?"
    r"(?P<verb>\s+(?:was|is|should be|should have been|should read|was supposed to be|must be)\s+(?:actually\s+|really\s+)?"
    r"|\s*(?:應該|应该|其實|其实|實際上?|实际上?|要)?\s*(?:是|為|为|改成|改為|改为|更正為|更正为)\s*)"
    rf"(?P<new>\d+(?:\.\d+)?)\s*(?:{_UNIT_WORDS})?\s*(?P<right>{_RIGHT})?"
    rf"(?:\s*[，,]?\s*(?:not|instead of|rather than|不是|而不是|並非|并非)\s*(?P<old2>\d+(?:\.\d+)?)\s*(?:{_UNIT_WORDS})?)?"
    # … or the new figure, then the old one it replaces ("I mean 90 not 70 for the third year", "是90不是60", "不是70，是90")
    # (said bare only after the correcting words: "…、110，不是70，是90" is no "110, not 70")
    r"|(?(marks)(?:(?:it'?s|it was|make that|should be|(?:應該|应该)?是)\s*)?|(?:it'?s|it was|make that|should be|(?:應該|应该)?是)\s*)(?P<new2>\d+(?:\.\d+)?)\s*(?:{_UNIT_WORDS})?\s*[，,]?\s*"
    rf"(?:not|instead of|rather than|不是|而不是)\s*(?P<old3>\d+(?:\.\d+)?)\s*(?:{_UNIT_WORDS})?"
    rf"(?:\s+(?:for|in|on)\s+(?:{_PLACE.replace('?P<ord>', '?P<ord2>').replace('?P<ordn>', '?P<ordn2>').replace('?P<zh>', '?P<zh2>').replace('?P<zhlast>', '?P<zhlast2>').replace('?P<label>', '?P<label2>')}))?"
    rf"|(?:不是|不是說|不是说)\s*(?P<old4>\d+(?:\.\d+)?)\s*(?:{_UNIT_WORDS})?\s*[，,]?\s*(?:而)?(?:應該|应该)?是\s*(?P<new4>\d+(?:\.\d+)?)\s*(?:{_UNIT_WORDS})?\s*{_RIGHT}?"
    r")(?=\s*(?:[，,。;；!！?？—–\n)）]|\s-\s|\.(?:\s|$)|$))", re.IGNORECASE)
# the label of a year or a place in a list, no figure of it ("2024: 95", "113年 100", "第3年 90", "year 2 110", "6年積分")
_LIST_LABEL = re.compile(r"(?<![\d.])(?:19|20)\d\d\s*(?:年(?:度)?)?\s*[:：]?(?=\s*\d)|(?<![\d.])\d{1,3}\s*年(?:度)?\s*[:：]?"
                         r"|第\s*\d{1,2}\s*(?:年|個|个|項|项)\s*[:：]?|\b(?:year|yr|y)\s*\d{1,2}\b\s*[:：]?", re.IGNORECASE)
_LISTED_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _list_before(text: str, end: int) -> list[re.Match[str]]:
    """The figures of the list said right before `end`, in order: items parted by commas, 、, semicolons or lines, one figure
    each (a year or place label is no figure: "2024: 95", "6年積分 95"); the list begins after a colon or a sentence's end."""
    seen = _LIST_LABEL.sub(_blank, re.sub(r"[（(][^()（）\n]*[)）]", _blank, text[:end]))
    begin = max((b.end() for b in re.finditer(r"[。!！?？:：]|\.(?=\s|$)", seen)), default=0)
    items: list[re.Match[str]] = []
    heads: list[bool] = []
    parts = list(re.finditer(r"(?:(?!\s+(?:and|&)\s)[^,，、;；/\n和跟與与及])+", seen[begin:]))
    for part in reversed(parts):
        figures = [f for f in _LISTED_FIGURE.finditer(text, begin + part.start(), begin + part.end())
                   if seen[f.start():f.end()] == f.group(0)]
        if len(figures) > 1 and items:
            # (the list's first item said after a count heading it, "兩位放射師 365 天和 180 天": its last figure)
            items.insert(0, figures[-1])
            heads.insert(0, False)
            break
        if len(figures) != 1:
            if figures or re.search(r"[A-Za-z\u4e00-\u9fff]{3,}", part.group(0)) and items:
                break
            continue
        items.insert(0, figures[0])
        heads.insert(0, re.match(r"\s*[A-Za-z\u4e00-\u9fff]", text[figures[0].end():begin + part.end()]) is not None)
    # (a count heading the items after it, "two radiographers, 365 and 200 days": no item of the list)
    if len(items) > 2 and heads[0] and float(items[0].group(0)) == len(items) - 1:
        items = items[1:]
    return items


def _place(m: re.Match[str], suffix: str = "") -> int | None:
    """The place in the list the correction names (1 for the first, -1 for the last), or None."""
    word = m.group(f"ord{suffix}")
    if word is not None:
        return _PLACE_WORDS[word.lower()]
    if m.group(f"ordn{suffix}") is not None:
        return int(m.group(f"ordn{suffix}"))
    zh = m.group(f"zh{suffix}")
    if zh is not None:
        return int(zh) if zh.isdigit() else _ZH_PLACE[zh]
    return -1 if m.group(f"zhlast{suffix}") is not None else None


def _labelled(text: str, label: str) -> list[re.Match[str]]:
    """The figures said right after a year that labels them ("2024: 60", "112年 70", "2024 年的積分是 60") in `text`."""
    year = re.search(r"\d+", label).group(0)
    return [f for f in re.finditer(rf"(?<![\d.]){year}\s*(?:年(?:度)?)?\s*[:：=-]?\s*(?:的)?\s*(?:積分|积分|學分|学分|credits?)?\s*"
                                   r"(?:是|為|为|有|拿了|拿到|was|were|had)?\s*((?<![\d.])\d+(?:\.\d+)?)(?![\d.]|\s*(?:年|月|[-/]\d))",
                                   text, re.IGNORECASE)]


def _pointed_spans(text: str) -> list[tuple[int, int]]:
    """Where the corrections pointing at their figure run (sure or not): no other correction reads them."""
    return [(s, e) for s, e, taken, _, sure in _pointed_fixes(text) if not taken or not sure]


@per_answer(64)
def _pointed_fixes(text: str) -> list[tuple[int, int, str, str, bool]]:
    """`_retractions`' entries for corrections pointing at the figure they replace (`_POINTED_FIX`): the figure replaced and
    the correcting clause dropped, or the correcting clause as an unsure entry where which figure it replaces cannot be told."""
    out: list[tuple[int, int, str, str, bool]] = []
    for m in _POINTED_FIX.finditer(text):
        new = m.group("new") or m.group("new2") or m.group("new4")
        old = m.group("old2") or m.group("old3") or m.group("old4") or m.group("old")
        place = _place(m) if m.group("new") else _place(m, "2") if m.group("new2") else None
        label = m.group("label") if m.group("new") else m.group("label2") if m.group("new2") else None
        marks = m.group("marks") or ""
        corrective = (marks.strip() or m.group("right") or m.group("old2") or m.group("new2") or m.group("new4")
                      or re.search(r"should|supposed|must|應該|应该|其實|其实|實際|实际|改|更正", m.group("verb") or ""))
        if not corrective or (place is None and old is None and label is None):
            continue
        if m.group("new") and place is None and m.group("old2") and m.group("old"):
            continue  # ("70 was 90 not 70"?) two old figures and no place: nothing pointed at for certain
        before = text[:m.start()]
        items = _list_before(text, m.start())
        strong = re.search(rf"{_SLIP}|{_RIGHT}|更正|不對|不对|錯了|错了|應該|应该|其實|其实|改|\b(?:typo|oops|wait|scratch|correction|"
                           r"my bad|i mean|i meant|should|supposed|actually)\b", m.group(0), re.IGNORECASE)
        if place == -1 and old is None and not strong:
            # ("110, 95, 120, 100, 105 — sorry, the last year is 80": the year left out, or the last one corrected — asked)
            items = []
        if label is not None:
            found = [f for f in _labelled(before, label)
                     if old is None or float(f.group(1)) == float(old)]
            found = [(f.start(1), f.end(1), f.group(1)) for f in found]
        elif place is not None:
            index = len(items) - 1 if place == -1 else place - 1
            found = [(f.start(), f.end(), f.group(0)) for f in items[index:index + 1]] if 0 <= index < len(items) and len(items) >= 2 else []
            if found and old is not None and float(found[0][2]) != float(old):
                found = []
        else:
            seen = _LIST_LABEL.sub(_blank, before)
            found = [(f.start(), f.end(), f.group(0)) for f in _LISTED_FIGURE.finditer(before)
                     if seen[f.start():f.end()] == f.group(0) and float(f.group(0)) == float(old)]
        end = m.end()
        if m.group("lead").strip() in ("(", "（") and re.match(r"\s*[)）]", text[end:]):
            end += len(re.match(r"\s*[)）]", text[end:]).group(0))
        if len(found) != 1:
            out.append((m.start("body") - len(marks), end, m.group(0).strip(), "", False))
            continue
        out.append((*found[0], new, True))
        out.append((len(before.rstrip()) if before.strip() else m.start(), end, "", "", True))
    return out


def _retractions(text: str) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, the words taken back, what replaces the span, sure) for each correction of a fact in `text`."""
    pointed = _pointed_fixes(text)
    claimed = [(s, e) for s, e, taken, _, sure in pointed if not taken or not sure]
    named = [f for f in _named_fixes(text) if not any(s < f[1] and f[0] < e for s, e in claimed)]
    out: list[tuple[int, int, str, str, bool]] = sorted(pointed + named)
    spans = [(s, e) for s, e, taken, _, _ in named if not taken] + claimed
    last = 0
    for m in _RETRACT.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in spans):  # (a correction naming its item is `_named_fixes`')
            continue
        start = max([last] + [c.end() for c in _CLAUSE_MARK.finditer(text, last, m.start())])
        head = _HEAD_TIME.match(text, start)
        if head is not None:
            start = head.end()
        while start < m.start() and text[start].isspace():
            start += 1
        taken = text[start:m.start()].rstrip()
        if not taken or not re.search(r"[\w\u4e00-\u9fff]", taken):
            continue
        nxt = _CLAUSE_MARK.search(text, m.end())
        said = text[m.end():nxt.start() if nxt else len(text)]
        checked = None
        # ("6... wait no, checked the sign-in sheets, it's 4": how the person checked, in a clause of its own; the figure said
        # in the next clause is what replaces it — `_EVIDENCE_CLAUSE`)
        if (nxt is not None and nxt.group(0).strip() in (",", "，", "—", "–", ":", "：", "-") and not re.search(r"\d", said)
                and _EVIDENCE_CLAUSE.fullmatch(said)):
            after = _CLAUSE_MARK.search(text, nxt.end())
            then = text[nxt.end():after.start() if after else len(text)]
            checked = _SAID_FIGURE.fullmatch(_EVIDENCE_THEN.sub("", then, count=1))
            if checked is not None or _ADDED_NOT_FIXED.search(then):
                said, nxt = text[m.end():after.start() if after else len(text)], after
            if checked is None and _ADDED_NOT_FIXED.search(then):
                continue  # ("no wait, checked the sheets, 2 of them as speaker": a part of what was said — nothing taken back)
        # (what is said instead must be a fact: never a question — "…，更正要怎麼申請？" — nor words supposed)
        if not said.strip() or _ASKED.search(said) or (nxt is not None and nxt.group(0) in "?？") or _SUPPOSED.match(taken):
            continue
        if _ADDED_NOT_FIXED.search(said):
            continue  # ("…, wait, I also did 2 ATLS", "no wait, 2 of them as speaker": more said, or a part of it — nothing taken back)
        figures = list(re.finditer(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", taken))
        # ("…, no wait, I checked the sign-in sheet and it was 6", "…，不對，我翻了簽到單是 7 次"): how the person found the
        # right figure, said before it — the figure is still said bare
        bare = _SAID_FIGURE.fullmatch(said) or _SAID_FIGURE.fullmatch(_EVIDENCE_LEAD.sub("", said, count=1)) or checked
        if bare is not None and not figures:
            continue  # a label then its figure ("篩檢量，更正為 25000"): nothing taken back
        if bare is not None and len(figures) > 1:
            # ("5 次月會、1 次年會，打錯，是 2 次": which figure the bare one replaces is the person's to say)
            out.append((start, m.end() + len(said), taken, "", False))
            last = m.end()
            continue
        # (a count taken back with an activity said again without one, "月會去了5次，不對，是外科年會": whether the count
        # goes with it is the person's to say)
        sure = _UNSURE.search(said) is None and not (figures and not re.search(r"\d", said))
        if bare is not None and len(figures) == 1:
            # "2 次國際醫學會，打錯，是 1 次": the figure of the clause taken back, corrected; its activity stays
            f = figures[0]
            new = taken[:f.start()] + bare.group(1) + taken[f.end():]
            out.append((start, m.end() + len(said), f.group(0), new + " ", sure))
            last = m.end()
            continue
        # where what is said again begins in the words taken back ("I attended the annual meeting, I mean the monthly
        # meeting", "去了外科年會，不對，是去了國際醫學會", "3 monthly meetings, no wait, 4 monthly meetings"): the words
        # before it stay
        lead = re.match(r"\s*(\d+(?:\.\d+)?|[A-Za-z]+|[\u4e00-\u9fff]{2})", said)
        if lead is not None:
            word = lead.group(1)
            found = (figures[:1] if word[0].isdigit() else
                     list(re.finditer(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", taken, re.IGNORECASE)) if word.isascii()
                     else list(re.finditer(re.escape(word), taken)))
            if found:
                at = found[0].start() if word[0].isdigit() else found[-1].start()
                start, taken = start + at, taken[at:]
        # (a space kept where words meet: "This year: 4 monthly meetings")
        out.append((start, m.end(), taken, " " if start and text[start - 1].isascii() and not text[start - 1].isspace() else "", sure))
        last = m.end()
    return sorted(out)


def drop_retracted(text: str) -> str:
    """The text with each fact taken back and said again ("去ASCO...不是，是去ASCRS") reduced to what replaced it; an unsure
    correction is left as said (the engine asks about it)."""
    for start, end, _, new, sure in reversed(_retractions(text)):
        if sure:
            text = text[:start] + new + text[end:]
    return text


def retractions(text: str) -> list[tuple[str, str | None]]:
    """(the words taken back, the figure said instead or None) for each fact taken back for certain: a figure said again
    ("2 次國際醫學會，打錯，是 1 次") gives ("2", "1"), an activity said again ("去ASCO...不是，是去ASCRS") ("去 ASCO", None)."""
    out: list[tuple[str, str | None]] = []
    for _, _, taken, new, sure in _retractions(text):
        if sure and taken:
            figure = re.fullmatch(r"\d+(?:\.\d+)?", taken) and re.search(r"(?<![\d.])\d+(?:\.\d+)?", new)
            out.append((taken, figure.group(0) if figure else None))
    return out


def uncertain_retractions(text: str) -> list[str]:
    """The clauses in which the person corrects a fact with a correction that is itself unsure."""
    return [text[start:end + len(_CLAUSE_MARK.split(text[end:], 1)[0])].strip()
            for start, end, _, _, sure in _retractions(text) if not sure and end > start]


# "國內研討會 2 場，1 場 1.5 小時、1 場 3 小時": a count gone through one by one, each with its own length or its own role
# ("非SCI 兩篇 一篇我一作 另一篇掛名", "兩篇，其中一篇一作，另一篇其他作者"): the ones may be introduced by 其中 / 另 / 還有,
# and separated by a space as well as by a comma.
_ONE_LEAD = r"(?:(?:但是?|不過|可是)?\s*(?:只有|僅有|只)|其中(?:的)?|另外(?:的)?|另|剩下(?:的)?|還有|还有|再)"
_ONE_BY_ONE = re.compile(r"([^\d，,。；;、\n]{1,12}?)\s*(\d+)\s*(場|次|個|篇)\s*[，,:：]?\s*"
                         rf"((?:{_ONE_LEAD}?\s*1\s*\3\s*(?:[^\d，,。；;、]{{0,3}}?\d+(?:\.\d+)?\s*(?:小時|天|日)|[^\d，,。；;、\s]{{1,12}}?)"
                         r"\s*[、，,和及與]?\s*){2,})"
                         r"(?=[，,。；;？?！!\n]|\s|$)")
_LEADING_LINK = re.compile(r"^\s*(?:另外|還有|以及|加上|再加上|然後|也|和|及|、)+\s*")


def enumerate_items(text: str) -> str:
    """"國內研討會 2 場，1 場 1.5 小時、1 場 3 小時" → "國內研討會 1 場 1.5 小時、國內研討會 1 場 3 小時": each item
    named, so a list reader sees two seminars with their own hours (when the ones add up to the count)."""
    def items(m: re.Match[str]) -> str:
        parts = [p.strip().rstrip("、，,和及與 ").strip()
                 for p in re.split(rf"{_ONE_LEAD}?\s*(?=1\s*{m.group(3)})", m.group(4))]
        parts = [p for p in parts if p]
        if len(parts) != int(m.group(2)):
            return m.group(0)
        # a long description of each one ("1場在台北辦的國際研討會、1場在日本") goes through them one by one only where the
        # ones are introduced as such (另一篇, 其中一篇) or set apart by spaces: else it is where each was, one item
        led = re.search(rf"{_ONE_LEAD}\s*1\s*{m.group(3)}|[^\s、，,和及與]\s+1\s*{m.group(3)}", m.group(4))
        if not led and max(len(re.sub(rf"^1\s*{m.group(3)}", "", p).strip()) for p in parts) > 6:
            return m.group(0)
        noun = _LEADING_LINK.sub("", m.group(1)).strip()
        body = "、".join(f"{noun} {p}" for p in parts)
        lead = m.group(1)[:len(m.group(1)) - len(m.group(1).lstrip())] + m.group(1).strip()[:len(m.group(1).strip()) - len(noun)]
        sep = "，" if re.search(r"[，,、]\s*$", m.group(4)) else ""
        return f"{lead}{body}{sep}"

    return _NOUN_AFTER.sub(_noun_after, _ONE_BY_ONE.sub(items, text))


# "兩個專科醫學會年會，一個開兩天，一個只有一天", "三場研討會：一場1小時、一場3小時、另一場2小時": the count before the noun, then
# each one with its own length — written as the first shape ("專科醫學會年會 1 次開2天、專科醫學會年會 1 次只有1天")
_CN_COUNT = {"兩": 2, "两": 2, "二": 2, "三": 3, "2": 2, "3": 3}
# (a class counted by 堂 / 門 / 節 as well: "院內兩堂課是用時數認定的 一堂4小時 一堂6小時" — the ones set apart by spaces too)
_ONE_COUNTER = r"(?:個|个|場|场|次|堂|門|门|節|节)"
_NOUN_AFTER = re.compile(rf"(兩|两|二|三|2|3)\s*({_ONE_COUNTER[3:-1]})\s*([^\d，,。；;、\n]{{2,24}}?)(?:\s*[，,:：]\s*|[^\S\n]+)"
                         rf"((?:(?:其中|另外|另)?\s*(?:一|1)\s*{_ONE_COUNTER}\s*[^\d，,。；;、\n]{{0,3}}?\d+(?:\.\d+)?\s*(?:小時|天|日)"
                         r"[^\d，,。；;、\n]{0,4}?\s*(?:[，,、和及與]\s*|[^\S\n]+|(?=[。；;？?！!\n]|$))){2,3})")


# people counted by 個 ("兩個放射師，一個365天，一個200天"): each one is a person with their own days — the list readers go
# through them one by one (`bot.reader.lists`); never rewritten as activities ("放射師 1 次 365天")
_PEOPLE = re.compile(r"(?:師|师|士|員|员|人|同事|同仁|醫生|医生)$")


def _noun_after(m: re.Match[str]) -> str:
    if _PEOPLE.search(m.group(3).strip()):
        return m.group(0)
    parts = [p.strip(" ，,、和及與") for p in re.split(rf"(?:其中|另外|另)?\s*(?:一|1)\s*{_ONE_COUNTER}", m.group(4))]
    parts = [p for p in parts if p]
    if len(parts) != _CN_COUNT[m.group(1)]:
        return m.group(0)
    unit = m.group(2) if m.group(2) in ("場", "场", "次") else "次"
    noun = m.group(3).strip()
    tail = "，" if re.search(r"[，,、]\s*$", m.group(4)) else ""
    return "、".join(f"{noun} 1 {unit} {p}" for p in parts) + tail


# "non dense", "non SCI", "co author", "e poster": an English prefix written apart from its word is the one word
# ("non-dense", "co-author", "e-poster"), as every vocabulary spells it — a prefix left apart reads as the bare word
# ("dense 340"), the opposite of what was said.
_PREFIX_APART = re.compile(r"\b(?:(non)\s+(?=[A-Za-z])|(co)\s+(?=(?:authors?|authored|first)\b)|(e)\s+(?=posters?\b))", re.IGNORECASE)


# An English word written against Chinese with no space ("2篇oral跟1張poster", "SCI論文", "發了3篇e-poster"): a space
# between them, so the English word is a word of its own (a word boundary reads it: \boral\b)
# (never a one-character prefix bound to the English word: 非SCI, 無CR stay one word)
_LATIN_AFTER_HAN = re.compile(r"(?<=[\u4e00-\u9fff])(?<![非無无未])(?=[A-Za-z]{2})|(?<=[A-Za-z]{2})(?=[\u4e00-\u9fff])")


def join_prefixes(text: str) -> str:
    """The text with English prefixes written apart joined to their word by a hyphen ("non dense" → "non-dense"), and an
    English word written against Chinese set apart by a space; a dash heading a list read as its colon, a word in scare
    quotes read as the word, and a term of the rules mistyped by one letter read as the term."""
    text = _DASH_HEADING.sub(": ", _LATIN_AFTER_HAN.sub(" ", text))
    text = _DASH_HEADING_WORDS.sub(_dash_heading, text)
    text = _SCARE_QUOTED.sub(r"\1", text)
    text = _EN_TERM_WORD.sub(_en_term, text)
    return _PREFIX_APART.sub(lambda m: f"{m.group(1) or m.group(2) or m.group(3)}-", text)


# "SCI case reports — 2 as first author, 1 as co-author", "國外會議 – 2 次…": a dash between a heading's words and the
# figures after it heads them as a colon does
_DASH_HEADING = re.compile(r"(?<=[A-Za-z\u4e00-\u9fff])(?:[^\S\n]*[—–]\s*|[^\S\n]+-\s+)(?=\d)")
# … the counts in English words ("local seminars — two of 90 min each and one of 3 hrs") or in Chinese numerals
# ("國內研討會——兩場各90分鐘、一場3小時"), where the heading's own words (back to the clause's start) hold no count: "2 annual
# meetings — one lasted two days, the other a single day" is two meetings told apart, no list heading them
_DASH_HEADING_WORDS = re.compile(r"(?<=[A-Za-z\u4e00-\u9fff])(?:[^\S\n]*[—–]+\s*|[^\S\n]+-\s+)"
                                 r"(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                                 r"(?!of\s+(?:them|those|these|us|our|my|his|her|their|the)\b|(?:is|was|were|are|lasted|had|did|went|took)\b)[a-z\d'\"‘“]|[一二兩两三四五六七八九十]+\s*[場场次篇個个])", re.IGNORECASE)
_HEADING_COUNT = re.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple|several)\b|"
                            r"[一二兩两三四五六七八九十幾几]\s*[場场次篇個个]", re.IGNORECASE)


def _dash_heading(m: re.Match[str]) -> str:
    before = m.string[:m.start()]
    cut = max((c.end() for c in re.finditer(r"[:：;；,，。.!?！？\n—–]", before)), default=0)
    return m.group(0) if _HEADING_COUNT.search(before[cut:]) else ": "


# "two as 'other' author", "one as \"second\" author", "the ‘monthly’ meetings": a word or two in scare quotes are the words
# (the role or kind the quotes set apart; an apostrophe inside a word, "Hsu's", opens no quote)
_SCARE_QUOTED = re.compile(r"(?<![\w'\"])['\"‘“]([A-Za-z][A-Za-z0-9-]*(?:\s[A-Za-z0-9-]+){0,2})['\"’”](?![\w'\"])")

# Terms of the rules' activities as a hand mistypes them by one letter ("local seminrs", "montly meetings", "anual meeting",
# "internatonal conference", "sceond author"): a word not itself English, one letter dropped, added, changed or two swapped
# from the term, its first letter kept — read as the term. Real words one letter from a term stay ("seminal", "lecturer").
_EN_TERMS = ("seminar", "seminars", "meeting", "meetings", "monthly", "annual", "conference", "conferences", "congress",
             "symposium", "workshop", "workshops", "international", "overseas", "domestic", "presentation", "presentations",
             "poster", "posters", "author", "authors", "corresponding", "article", "articles", "lecture", "lectures",
             "moderator", "moderators", "symposiums", "second")
_EN_TERM_SET = frozenset(_EN_TERMS)
# (a term itself and a term's plural are kept before this list is looked at: it holds only other real words)
_EN_NOT_TYPOS = frozenset(("seminal", "seminary", "lecturer", "lectured", "posted", "pester", "melting", "meting", "articled",
                           "authored", "secondary", "seconded", "others", "otter", "annul", "moderate", "postern", "poser",
                           "conferenced", "workshopped"))
_EN_TERM_WORD = re.compile(r"(?<![\w-])[A-Za-z]{5,14}(?![\w-])")


def _one_letter_apart(word: str, term: str) -> bool:
    """Is `word` one letter dropped, added, changed or two neighbours swapped from `term`?"""
    if word == term or abs(len(word) - len(term)) > 1:
        return False
    if len(word) == len(term):
        diff = [i for i, (a, b) in enumerate(zip(word, term)) if a != b]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and word[diff[0]] == term[diff[1]] and word[diff[1]] == term[diff[0]])
    short, long_ = (word, term) if len(word) < len(term) else (term, word)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _en_term(m: re.Match[str]) -> str:
    word = m.group(0)
    low = word.lower()
    if low in _EN_TERM_SET or low in _EN_NOT_TYPOS or any(low in (t + "s", t + "es") for t in _EN_TERMS):
        return word  # a term, a real word near one, or a term's plural as a noun ("3 TSA monthlys")
    for term in _EN_TERMS:
        if len(term) >= 6 and term[0] == low[0] and _one_letter_apart(low, term):
            return term.capitalize() if word[0].isupper() else term
    return word


# "88、91、85（依序劑量、假體、壓迫）", "361, 352 (non-dense and dense respectively)": figures listed first, then in brackets
# the labels they are, one each in the same order — each label written before its figure ("劑量 88、假體 91、壓迫 85")
_FIGURE = r"\d+(?:\.\d+)?\s*(?:分|%|points?)?"
_LIST_SEP = r"\s*(?:[、,，/]|和|及|跟|與|与|,?\s*and\b|&)\s*"
_ORDER_WORDS = r"(?:依序(?:是|為|为)?|依次(?:是|為|为)?|分別(?:是|為)?|分别(?:是|为)?|順序(?:是|為)?|顺序(?:是|为)?|按順序|按顺序|in (?:that )?order[:,]?|respectively[:,]?)"
_RESPECTIVELY = re.compile(
    rf"(?P<figures>{_FIGURE}(?:{_LIST_SEP}{_FIGURE})+)\s*[(（]\s*{_ORDER_WORDS}?\s*[:：]?\s*"
    rf"(?P<labels>[^()（）\d、,，/]{{1,16}}(?:{_LIST_SEP}[^()（）\d、,，/]{{1,16}})+?)\s*(?:,?\s*{_ORDER_WORDS})?\s*[)）]", re.IGNORECASE)


def respectively(text: str) -> str:
    """Figures listed, then their labels in brackets in the same order, rewritten label by label ("88、91（依序劑量、假體）" →
    "劑量 88、假體 91") — only when there are as many labels as figures."""
    def pair(m: re.Match[str]) -> str:
        figures = [f.strip() for f in re.split(_LIST_SEP, m.group("figures")) if f.strip()]
        labels = [x.strip() for x in re.split(_LIST_SEP, m.group("labels")) if x.strip()]
        if len(figures) != len(labels) or len(figures) < 2:
            return m.group(0)
        return "、".join(f"{label} {figure}" for label, figure in zip(labels, figures))

    return _RESPECTIVELY.sub(pair, text)


# "PTA/溶栓/支架 分別是 40/30/35 例", "RFA+MWA+IRE = 100+60+25", "PCN、PTCD、切片分別 80、120、90 例", "PTA, thrombolysis and
# stents: 40, 30 and 35 respectively": the labels listed first, then their figures in the same order, one each — rewritten label
# by label ("PTA 40 例、溶栓 30 例、支架 35 例"), the unit written once after the figures going with each. Labels joined the same
# way throughout (all slashes, all pluses, or a list's commas / and), no figure in a label; only when there are as many labels
# as figures (two or more), and never a date ("3/1", "115/3/1 到期": a figure run followed by 年 / 月 / 日 / 號 or a slash).
_PAR_LABEL = r"[^\d\s、,，/+=:：;；。？?！!()（）\-][^\d、,，/+=:：;；。？?！!()（）]{0,15}?"
# (labels joined by slashes, by pluses, or as a list — 、 / a comma between Latin words / and, never a comma beside Chinese (the
# full-width one folded), a clause break — and
# their figures joined the same way; a figure never a piece of a thousands-separated one, "12,000")
_PAR_LIST = r"\s*(?:、|(?<![\u4e00-\u9fff]),\s*(?:and\s+)?(?![\u4e00-\u9fff])|\s+and\s+|和|跟|及|與|与)\s*"
_PAR_SEPS = ((r"\s*/\s*", r"\s*[/、]\s*"), (r"\s*\+\s*", r"\s*\+\s*"), (_PAR_LIST, r"\s*(?:[、/]|,\s*(?:and\s+)?|\s+and\s+|和|跟|及)\s*"))
_PAR_LINK = (r"\s*(?P<link>(?:分別|分别|依序|依次|各)(?:是|為|为)?|=|[:：]|是|為|为|\bare\b|\bwere\b|\bwas\b|"
             # (… or the word that the figures are all of them: "TACE + TARE combined ~ 260 + 50", "RFA、MWA 加起來 100、60")
             r"(?:\bcombined\b|\btogether\b|加起來|加起来)\s*(?:[~～]|約|约|\babout\b)?)?\s*")
_PAR_FIGURE = r"(?<![\d,.])\d+(?:\.\d+)?(?!,\d{3})"
_PARALLEL = tuple((re.compile(
    rf"(?P<labels>{_PAR_LABEL}(?:{sep}{_PAR_LABEL})+){_PAR_LINK}(?P<figures>{_PAR_FIGURE}(?:{fig}{_PAR_FIGURE})+)"
    rf"(?P<unit>\s*(?:例|台|臺|案|次|篇|cases?\b|procedures?\b))?(?P<resp>\s*,?\s*respectively\b)?(?![\d/年月日號号\-]|\.\d|,\d|\s*=)",
    re.IGNORECASE), sep, fig) for sep, fig in _PAR_SEPS)


_PAR_TOTAL = re.compile(r"加起來|加起来|合計|合计|總共|总共|一共|共計|共计|\btotal\b|\bsum\b|\bcombined\b|\baltogether\b", re.IGNORECASE)


def parallel_lists(text: str) -> str:
    """Labels listed, then as many figures in the same order, rewritten label by label ("PTA/溶栓/支架 40/30/35 例" →
    "PTA 40 例、溶栓 30 例、支架 35 例")."""
    def pair(m: re.Match[str], sep: str, fig: str) -> str:
        labels = [x.strip() for x in re.split(sep, m.group("labels")) if x.strip()]
        figures = [f for f in re.split(fig, m.group("figures")) if f.strip()]
        if len(figures) != len(labels) or len(figures) < 2:
            return m.group(0)
        if any(_PAR_TOTAL.search(label) for label in labels):
            return m.group(0)  # "引流+切片+PCN+PTCD 加起來 120+90+50+30": a sum worked out, the sum reader's
        if sep == _PAR_LIST and "、" not in m.group("labels") and not (m.group("link") or m.group("resp")):
            # ("5 monthly meetings, make that 6, and 1 annual", "vascular instructor, PTA 110, 9 yrs"): labels joined by
            # commas or "and" alone pair only where a link or "respectively" says they are paired
            return m.group(0)
        unit = (m.group("unit") or "").strip()
        unit = f" {unit}" if unit else ""
        return "、".join(f"{label} {figure}{unit}" for label, figure in zip(labels, figures))

    for shape, sep, fig in _PARALLEL:
        text = shape.sub(lambda m, sep=sep, fig=fig: pair(m, sep, fig), text)
    return text


# "下個月1號送件", "這個月15號", "next month on the 1st", "the 1st of next month": a day of a month named from today
_REL_MONTH = {"下個月": 1, "下個": 1, "下月": 1, "這個月": 0, "本月": 0, "這月": 0, "上個月": -1, "上月": -1,
              "next month": 1, "this month": 0, "last month": -1}
_RELATIVE_DAY = re.compile(r"(下個月|下月|這個月|這月|本月|上個月|上月)\s*(?:的)?\s*(\d{1,2})\s*[號日]|"
                           r"\b(next month|this month|last month)(?:\s+on)?\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b|"
                           r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(next month|this month|last month)\b", re.IGNORECASE)


_DATED_ACT = re.compile(r"送件|申請|申请|遞件|递件|交件|遞交|递交|提出|送出|報名|报名|到期|屆滿|届满|期滿|期满|"
                        # a screening, the day a follow-up deadline runs from ("上個月10號照的", "screened on the 3rd of last month")
                        r"篩檢|篩查|攝影|乳攝|(?:照|拍|篩)(?:的|了|完)|"
                        r"\b(?:apply|applying|application|submit\w*|fil(?:e|ing)|send(?:ing)? in|hand(?:ing)? in|expir\w*|"
                        r"screen(?:ed|ing)|mammo\w*|imaged|scanned)\b",
                        re.IGNORECASE)


def relative_days(text: str, today: datetime.date | None) -> str:
    """A day of this or next month written as the date it names ("下個月1號" → "2026年12月1日", "next month on the 1st" →
    "2026-12-01"), from the day the question is asked; an impossible day stays as written."""
    if today is None:
        return text

    def day(m: re.Match[str]) -> str:
        # only the day of an act the calculations date (applying, filing, a certificate's expiry): an event's day
        # ("下個月20號要辦研討會") stays as written
        left = max(text.rfind(ch, 0, m.start()) for ch in "，,。；;？?！!\n") + 1
        right = min([i for i in (text.find(ch, m.end()) for ch in "，,。；;？?！!\n") if i >= 0] or [len(text)])
        if not _DATED_ACT.search(text[left:right]):
            return m.group(0)
        word = (m.group(1) or m.group(3) or m.group(6)).lower()
        d = int(m.group(2) or m.group(4) or m.group(5))
        month = today.month - 1 + _REL_MONTH[word]
        try:
            when = datetime.date(today.year + month // 12, month % 12 + 1, d)
        except ValueError:
            return m.group(0)
        return f"{when.year}年{when.month}月{when.day}日" if m.group(1) else when.isoformat()

    return _RELATIVE_DAY.sub(day, text)


# "兩個放射師都做一整年(365)，另外有一位366天… 不對 只有兩個人，一個365一個366": the person takes back what they said and
# says it again from the head count — the last statement wins. The marker stands alone (never 對不對), and what follows it
# restates how many there are ("只有兩個人", "其實是三位", "actually 3 radiographers", "only two of us").
_RESTART = re.compile(
    r"(?:^|(?<=[\s，,。？?！!)）]))(?:不對|不对|更正|應該說|应该说|我是說|我是说|\bwait,? no\b|\bno,? wait\b|\bscratch that\b|"
    r"\bcorrection\b|\bsorry\b|\bi mean\b)\s*[，,:：;—–-]?\s*"
    r"(?=(?:只有|只|其實是?|其实是?|應該是|应该是|\b(?:only|actually|just|in fact|there (?:are|were))\b)?\s*"
    r"(?:\d+|two|three|four|five)\s*(?:個人|个人|人|位|名|個|个|\s+(?:of (?:us|them)\b|people\b|radiographers?\b|techs?\b|RTs?\b)))",
    re.IGNORECASE)
# the head count the statement taken back began with ("2個放射師", "3 techs"): what is said again from there
_HEAD_COUNT = re.compile(r"\d+\s*(?:個人|个人|人|位|名|個|个)|\d+\s+(?:people|persons|radiographers?|techs?|technologists?|RTs?)\b",
                         re.IGNORECASE)


def _restart(text: str) -> re.Match[str] | None:
    """The last marker of a restatement in `text`, if any."""
    found = list(_RESTART.finditer(text))
    return found[-1] if found else None


def _restarted_span(text: str) -> tuple[int, int] | None:
    """Where the statement taken back runs: from the first head count of its sentence to the end of the marker (the words
    before it — who it is about, "我們院", a figure of something else — stay)."""
    m = _restart(text)
    if m is None:
        return None
    blanked = re.sub(r"[（(][^()（）]*[)）]", lambda b: " " * len(b.group(0)), text[:m.start()])
    start = max((x.end() for x in re.finditer(r"[。！!？?\n]", blanked)), default=0)
    first = _HEAD_COUNT.search(text, start, m.start())
    if first is None:
        return None
    return first.start(), m.end()


def drop_restarted(text: str) -> str:
    """The text with a statement the person took back and said again ("… 不對 只有兩個人，…") reduced to the new one."""
    span = _restarted_span(text)
    return text if span is None else text[:span[0]] + text[span[1]:]


def restarted(text: str) -> str:
    """The words the person took back (empty when none)."""
    span = _restarted_span(text)
    return "" if span is None else text[span[0]:span[1]].strip()


@per_answer(64)  # (every Query of the same text in one answer: the whole question, `short_form_readings`, a piece again)
def _read(folded: str, today: datetime.date | None = None) -> str:
    """What the readers see: numerals as digits, 各 spread over its list, corrected, retracted and negated facts dropped.
    Remembered within one answer (`core.memo`)."""
    return drop_negated(drop_retracted(_read_corrected(folded, today)))


@per_answer(64)  # (one Query asks it three times — `text`, `retracted`, `unsure_corrections` — and a piece's Query again)
def _read_corrected(folded: str, today: datetime.date | None = None) -> str:
    """`_read` before facts taken back and negated ones are dropped (what `Query.retracted` looks in); vocabulary terms
    written short are read as the terms (bot/parsing/abbreviations.py). A pure function of its arguments, remembered
    within one answer (`core.memo`)."""
    return drop_corrected(enumerate_items(distribute_each(parallel_lists(respectively(separate_runs(
        relative_days(drop_restarted(bracketed_unit(dash_heads(expand_abbreviations(drop_slip_restated(part_of_count(normalize_numerals(
            join_prefixes(the_other(drop_typo_asides(folded)))))))))), today)))))))


# "SCI full articles x2 — one as 1st author, other as middle author": the article of "the other" left out in a hurry after
# "one as …" in the same sentence — "the other", the rest of the count, as the readers know it (never "other author")
_BARE_OTHER = re.compile(r"(\b(?:one|1)\s+(?:as|was|is|where|with)\b[^.;!?。；？！\n]{0,60}?[,，;；]\s*(?:and\s+|while\s+|but\s+)?)"
                         r"other(?=\s+(?:one\s+)?(?:as|was|is|where|with)\b)", re.IGNORECASE)


# "3 posters, two of them I'm first author, the third one I'm 3rd author", "…, the last one as co-author": the place of the
# last of the whole after a part was carved out of it ("of them") — the rest of the count, as "the other" is; never an author's
# place ("the third author"), nor an ordinal that is not the whole's last ("3 posters, 1 of them …, the second one …")
_ORDINALS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
# (only where the place said is an author's: "the third one I'm just the 3rd author on" — a meeting's "the third one I only
# attended" is left as it is)
_AUTHOR_AFTER = re.compile(r"[^.;!?。；？！\n,，]{0,40}?\b(?:author|co-?author|authored)\b", re.IGNORECASE)
_ZH_AUTHOR_AFTER = re.compile(r"[^。；？！\n,，]{0,16}?(?:作者|[一二三四]作|通訊|通讯|共同|author)", re.IGNORECASE)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}
_LAST_OF_WHOLE = re.compile(r"(?<![\w-])the\s+(second|2nd|third|3rd|fourth|4th|fifth|5th|last|final)"
                            r"(?=(?:\s+(?:one|poster|paper|talk|oral|presentation|article|abstract|lecture)s?)?\s*"
                            r"(?:[,，]\s*)?(?:i'm|i am|i was|i\b|as\b|was\b|is\b|where\b|on\b|with\b|[-—–:：]))", re.IGNORECASE)
_WHOLE_THEN_PART = re.compile(r"(?<![\w.])(\d+|two|three|four|five)\s+(?:[\w-]+\s+){0,3}?[\w-]+[^;!?；？！\n]{0,120}?"
                              r"(?:\b(?:\d+|one|two|three|four)\s+of\s+(?:them|those|these|which)\b)", re.IGNORECASE)


def _last_of_whole(text: str) -> str:
    out, at = [], 0
    for m in _LAST_OF_WHOLE.finditer(text):
        wholes = [int(g) if g.isdigit() else _NUMBER_WORDS[g] for w in _WHOLE_THEN_PART.finditer(text, max(0, m.start() - 240), m.start())
                  for g in (w.group(1).lower(),)]
        k = _ORDINALS.get(m.group(1).lower())
        if not wholes or (k not in wholes if k is not None else wholes[0] < 2) \
                or not _AUTHOR_AFTER.match(text, m.end()):
            continue
        out.append(text[at:m.start()] + "the other")
        at = m.end()
    return "".join(out) + text[at:]


_ZH_NUM = {"二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_ZH_COUNTER = r"(?:篇|張|张|場|场|次|個|个|份)"
# "壁報3篇，其中2篇我是第一作者…，第三篇我是第三作者", "…，最後一篇是共同作者": the same in Chinese ("另一篇")
_ZH_LAST_OF_WHOLE = re.compile(rf"第\s*([二三四五2-5])\s*({_ZH_COUNTER})(?!\s*(?:作者|作))|最(?:後|后)\s*(?:一|1)\s*({_ZH_COUNTER})")
_ZH_WHOLE_THEN_PART = re.compile(rf"(?<![\d第])([2-9]|[二兩两三四五])\s*{_ZH_COUNTER}[^;；？?！!\n]{{0,80}}?(?:其中|當中|当中)")


def _zh_last_of_whole(text: str) -> str:
    out, at = [], 0
    for m in _ZH_LAST_OF_WHOLE.finditer(text):
        wholes = [int(g) if g.isdigit() else _ZH_NUM[g] for w in _ZH_WHOLE_THEN_PART.finditer(text, max(0, m.start() - 160), m.start())
                  for g in (w.group(1),)]
        k = (int(m.group(1)) if m.group(1).isdigit() else _ZH_NUM[m.group(1)]) if m.group(1) else None
        if not wholes or (k not in wholes if k is not None else wholes[0] < 2) \
                or not _ZH_AUTHOR_AFTER.match(text, m.end()):
            continue
        out.append(text[at:m.start()] + "另一" + (m.group(2) or m.group(3)))
        at = m.end()
    return "".join(out) + text[at:]


# "urology annual meeting (2 days) & the paediatric surgery annual mtg (1 day)": an ampersand between spaces in English joins
# as "and" does (the readers' list and addition words); "Q&A", "R&D" and Chinese text are left as they are
# — only after a figure or a bracket, or before a word that starts a clause: a name's "&" ("the breast & thyroid society") stays
_AMPERSAND = re.compile(r"(?<=[0-9)\]])[^\S\n]+&[^\S\n]+(?=[A-Za-z0-9(])|(?<=[A-Za-z])[^\S\n]+&[^\S\n]+"
                        r"(?=(?:the|a|an|my|can|could|do|does|did|is|are|was|what|how|i|also)\b)", re.IGNORECASE)


def the_other(text: str) -> str:
    """"one as 1st author, other as middle author" → "…, the other as middle author"; "3 posters, two of them …, the third
    one …" → "…, the other one …"."""
    text = _AMPERSAND.sub(" and ", text)
    return _zh_last_of_whole(_last_of_whole(_BARE_OTHER.sub(lambda m: f"{m.group(1)}the other", text)))


# A slip of the keys flagged in brackets, no figure in them ("頭了三篇（投啦打錯）", "4 mtgs (typo)", "（錯字，是投稿）",
# "(sp?)"): a remark on a word's spelling — no correction of any count, no fact; dropped before reading
_TYPO_ASIDE = re.compile(r"\s*[（(]\s*[^()（）\d\n]{0,12}?(?:打錯|打错|錯字|错字|打字錯誤|打字错误|拼錯|拼错|選錯字|选错字|手殘|手残|"
                         r"\btypos?\b|\bsp\?|\bmis-?typed?\b|\bspelling\b)[^()（）\d\n]{0,12}[)）]", re.IGNORECASE)


def drop_typo_asides(text: str) -> str:
    """The text without a typing slip flagged in brackets (`_TYPO_ASIDE`)."""
    return _TYPO_ASIDE.sub("", text)


# A figure, then a bracket owning up to a slip of the keys made with another figure, that says the figure again ("400 例（上一則
# 打成 4000，手滑，是 400）", "400 cases (typed 4000 in my last message, it's 400)"), or that puts the slip in the message before
# ("400（剛剛打錯成 4000）"): the bracket is a remark on the slip, no fact — dropped before reading. Never a bracket correcting the
# figure before it ("400（手滑，應該是 40）": the last figure differs — asked), nor one with no other figure.
# (… or a slip of the tongue, said aloud before the message: "（剛剛口頭講成六十，是九十才對）", "(I said 60 on the phone, it's 90)")
_SLIP_WORDS = (r"打成|打錯|打错|寫成|写成|打太快|手滑|手殘|手残|誤植|误植|\btypo(?:ed)?\b|\btyped\b|\bmis-?typed\b|\bfat[- ]?finger(?:ed)?\b|"
               r"\bslip\b|\bwrote\b|講成|讲成|說成|说成|唸成|念成|口誤|口误|講錯|讲错|說錯|说错|\bsaid\b|\bmis-?spoke\b|\bmis-?said\b")
_SLIP_RESTATED = re.compile(rf"(?<![\d.])(?P<fig>\d+(?:\.\d+)?)(?P<unit>\s*(?:{_UNIT_WORDS})?)\s*"
                            rf"[（(](?P<body>[^()（）\n]{{0,60}}?(?:{_SLIP_WORDS})[^()（）\n]{{0,60}}?)[)）]", re.IGNORECASE)


def _slip_restated(m: re.Match[str]) -> bool:
    figures = [float(x) for x in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", m.group("body"))]
    if len(figures) == 1 and figures[0] != float(m.group("fig")):
        return _EARLIER_MESSAGE.search(m.group("body")) is not None  # ("400 例（剛剛打錯成 4000）": the slip was another message's)
    return len(figures) >= 2 and figures[-1] == float(m.group("fig")) and any(f != figures[-1] for f in figures[:-1])


# the message before, where the slip was made ("上一則", "剛剛", "前面", "in my last msg", "earlier", "above")
_EARLIER_MESSAGE = re.compile(r"上一?則|上一?则|前一?則|前一?则|上一?封|剛剛|刚刚|剛才|刚才|前面|上面|"
                              r"\b(?:last|previous|prior|earlier|above)\s+(?:msg|message|post|one)\b|\bearlier\b|\babove\b", re.IGNORECASE)


# A figure confirmed in the same breath, said again with words that say it is right ("IRE 12 (no wait, 12 is right, I
# double-checked the PACS log)", "IRE 12 — wait, yes, 12 is correct", "十二例（等等，12 沒錯，我查過 PACS）", "月會 5 次，喔不對，
# 5 次是對的"): no correction — the words and the figure said again are dropped, the figure stands (before: the 12 said again
# was left unread and asked, or read as a correction of 12 to 12). A bracket or clause saying another figure is no confirmation.
_CONFIRM_WORDS = (r"\b(?:right|correct|accurate|confirmed|checked|double[- ]checked|verified|yes|yep|yeah|indeed|exact)\b|"
                  r"沒錯|没错|無誤|无误|正確|正确|是對的|是对的|對的|对的|確認過|确认过|確定|确定|核對過|核对过|查過|查过|才對|才对")
_CONFIRM_LEAD = (rf"(?:(?:{_FILLER}|等等|等一下|不對|不对|\b(?:no wait|wait no|wait|sorry|actually|hmm+|um+|uh+|oh)\b)\s*[，,!！.:：—–-]?\s*)*"
                 r"(?:(?:yes|yeah|yep|對|对|是的|沒錯|没错)\s*[，,!！.—–-]?\s*)?(?:(?:it'?s|it is|it was|that'?s|就是|是)\s*)?")
_CONFIRMED = re.compile(
    rf"(?<![\d.])(?P<fig>\d+(?:\.\d+)?)(?P<unit>\s*(?:{_UNIT_WORDS})?)"
    rf"(?:\s*[（(]\s*{_CONFIRM_LEAD}(?P<again>\d+(?:\.\d+)?)\s*(?:{_UNIT_WORDS})?(?P<inside>[^()（）\d\n]{{0,60}})[)）]"
    rf"|(?P<sep>\s*(?:[，,]|[—–]{{1,2}}|-{{2,3}}|\s-\s|\.{{2,}}|…+)\s*){_CONFIRM_LEAD}(?P<again2>\d+(?:\.\d+)?)\s*(?:{_UNIT_WORDS})?"
    rf"(?P<inside2>\s*(?:is|was|are)?\s*(?:{_CONFIRM_WORDS})))", re.IGNORECASE)


def _confirmed(m: re.Match[str]) -> str:
    again, inside = (m.group("again"), m.group("inside")) if m.group("again") is not None else (m.group("again2"), m.group("inside2"))
    if float(again) != float(m.group("fig")) or not re.search(_CONFIRM_WORDS, inside, re.IGNORECASE):
        return m.group(0)
    return f"{m.group('fig')}{m.group('unit')}"


def drop_confirmed(text: str) -> str:
    """The text without a figure confirmed in the same breath said again (`_CONFIRMED`): the figure stands."""
    return _CONFIRMED.sub(_confirmed, text)


def drop_slip_restated(text: str) -> str:
    """The text without a bracket remarking on a slip of the keys that says the figure before it again (`_SLIP_RESTATED`),
    nor a figure confirmed in the same breath (`drop_confirmed`), nor a bracket fixing a rough figure at itself (`_ROUGH_FIXED`)."""
    text = drop_confirmed(text)
    text = _ROUGH_FIXED.sub(lambda m: m.group("said") if float(m.group("fig")) == float(m.group("again")) else m.group(0), text)
    return _SLIP_RESTATED.sub(lambda m: f"{m.group('fig')}{m.group('unit')}" if _slip_restated(m) else m.group(0), text)


# A count, then in the next clause a smaller count of the same counter opened by a bare 有 ("講過這個主題 3 次，有 1 次還是受邀當
# 座長", "國內演講 3 次，有 1 次是座長", "發表 4 篇，但有 1 篇是二作") — or in English the part said with "as" / "was" after a count of
# times ("lectured on it three times, once as moderator", "spoke 4 times, one as chair"): a part of that count, written as the
# readers know a part (其中 / "of which 1"). Never an addition (還有 / 另外有 / 也有 / "and moderated once"), another counter
# ("專科 10 年，有 3 次…"), nor a part as large as the count.
_PART_ZH = re.compile(r"(?<![\d.])(?P<whole>\d+)\s*(?P<unit>次|場|场|篇|例|台)[^，,。；;？?！!\n\d]{0,30}[，,]\s*(?:但是?|不過|不过|可是)?\s*"
                      r"(?P<has>有)(?=\s*(?P<part>\d+)\s*(?P=unit))")
_PART_EN = re.compile(r"(?<![\d.])(?P<whole>\d+)\s+times?\b[^.;!?\n\d]{0,40}?,\s*(?:and\s+|but\s+)?"
                      r"(?P<part>\d+)(?P<times>\s+times?)?(?=\s+(?:was\s+)?as\s+(?:an?\s+|the\s+)?[A-Za-z])", re.IGNORECASE)


def part_of_count(text: str) -> str:
    """The part of a count said with a bare 有 or with "as" written as a part (`_PART_ZH`, `_PART_EN`)."""
    text = _PART_ZH.sub(lambda m: m.group(0)[:m.start("has") - m.start()] + "其中有" if int(m.group("part")) < int(m.group("whole"))
                        else m.group(0), text)
    return _PART_EN.sub(lambda m: m.group(0)[:m.start("part") - m.start()] + f"of which {m.group('part')}"
                        if int(m.group("part")) < int(m.group("whole")) else m.group(0), text)


# A rough figure, then a bracket that takes it as it is for the count ("二百五十例左右（就算250）", "約 250 例（當作 250 好了）",
# "about 250 (say 250)", "~250 (call it 250)", "roughly 250 (let's use 250)"): the figure is the one to use, the bracket no
# figure of its own — dropped before reading (the rough figure was read as its figure already). Never a bracket with another
# figure ("250 左右（就算 300 好了）": asked as before), nor "even if" said on ("（就算 250 也不夠吧）").
_ROUGH_FIXED = re.compile(r"(?P<said>(?<![\d.])(?P<fig>\d+(?:\.\d+)?)[^()（）\d\n。；;？?！!]{0,8}?)\s*[（(]\s*"
                          r"(?:(?:(?:那)?就|那)?\s*(?:算|當作?|当作?|以|用|抓)(?:是|做|成)?\s*|"
                          r"(?:let'?s\s+|just\s+)?(?:say|call\s+it|use|count\s+it\s+as|take\s+it\s+as|treat\s+it\s+as|assume|go\s+with)\s+)"
                          rf"(?P<again>\d+(?:\.\d+)?)\s*(?:{_UNIT_WORDS})?\s*"
                          r"(?:好了|就好|吧|計算|计算|來算|来算|計|计|\bfor\s+now\b|\bto\s+be\s+safe\b|\bexactly\b)?\s*[)）]", re.IGNORECASE)


# "three local seminars — one 1 hr and two about 3 hrs each", "2 specialty meetings - one 1 day, one 2 days": a dash after a
# count and its noun that opens on the ones of that count, each with its own length, heads them as a colon would ("three
# seminars: one 1 hr, two 3 hrs", which the item reader goes through) — never a dash before anything else ("3 monthly
# meetings — credits?", "5 seminars – 2 of them as speaker")
_DASH_HEAD = re.compile(r"(?<=\d)(\s+[A-Za-z][A-Za-z'’/ -]{0,40}?)\s*(?:[—–]+|\s-{1,2}\s)\s*"
                        r"(?=(?:one|two|three|four|five|six|[1-9]\d?)\s+(?:(?:about|around|roughly|approx\.?|approximately|~)\s*)?"
                        r"\d+(?:\.\d+)?\s*(?:hrs?|hours?|h|days?|d)\b)", re.IGNORECASE)


# "…: one 1 hr and two 3 hrs each": "one" right before the length of the one it names, in a run going through a count, is
# that one ("1 of 1 hr", as "one of 1 hr" reads) — never left a word beside a figure
# (a meeting's few days too, "one 1 day"; never a radiographer's year of days, "one 200 days": a person of a list)
_ONE_OF_LENGTH = re.compile(r"(?:(?<=[:：,，(（]\s)|(?<=[:：,，(（])|(?<=\band\s)|(?<=\bplus\s))one(?=\s+(?:(?:about|around|roughly|approx\.?|approximately|~)\s*)?"
                            r"(?:\d+(?:\.\d+)?\s*(?:hrs?|hours?|h)|(?<!\d)\d(?:\.5)?\s*(?:days?|d))\b)", re.IGNORECASE)


def dash_heads(text: str) -> str:
    """A dash heading the ones of the count before it, written as a colon (`_DASH_HEAD`); "one" before its length, "1 of"."""
    return _ONE_OF_LENGTH.sub("1 of", _DASH_HEAD.sub(lambda m: f"{m.group(1)}: ", text))


# Two counted items typed with no separator between them ("2篇一作1篇通訊", "上半年去2次下半年去3次"): a count, its counter
# and a few words, right before another count with the same counter. Where the last count has words of its own after it
# ("…1篇通訊"), the words after each count are that count's ("2篇一作"); else words lead each count ("上半年去2次", "通訊1篇").
# The words after a qualifier (其中, 裡有, 是, 共, 各, 每…) refine the count before them and are never cut off from it.
_RUN_COUNTER = r"(?:篇|次|場|场|例|台)"
_UNSEPARATED_RUN = re.compile(rf"(?<=\d)(\s*{_RUN_COUNTER}\s*)([\u4e00-\u9fff]{{1,6}}?)"
                              r"(?<![其中裡里有是的共計计都各每再又還还另和及跟與与或加])"
                              rf"(?=\d+(?:\.\d+)?\s*{_RUN_COUNTER})")
_WORDS_TRAIL = re.compile(rf"\d+(?:\.\d+)?\s*{_RUN_COUNTER}(?!其中|當中|当中|之中|[裡里有是的共計计都各每再又還还另和及跟與与或加])[\u4e00-\u9fff]")


# … and "another" typed tight against the words of the count before it ("2篇一作另1篇通訊"): the item it opens starts there
_ANOTHER_GLUED = re.compile(rf"(?<=\d)(\s*{_RUN_COUNTER}\s*[\u4e00-\u9fff]{{1,6}}?)(?<![其中裡里有是的共計计都各每再又還还和及跟與与或加])(?=另\s*\d+\s*{_RUN_COUNTER})")


def separate_runs(text: str) -> str:
    """"兩篇一作一篇通訊" → "2篇一作、1篇通訊"; "上半年去2次下半年去3次" → "上半年去2次、下半年去3次": each count of a run typed
    without separators made an item of its own, its words on the side they belong to; "2篇一作另1篇通訊" → "2篇一作、另1篇通訊"."""
    def cut(m: re.Match[str]) -> str:
        trail = _WORDS_TRAIL.match(text, m.end()) is not None
        return f"{m.group(1)}{m.group(2)}、" if trail else f"{m.group(1)}、{m.group(2)}"

    return spaced_clauses(_ANOTHER_GLUED.sub(r"\1、", _UNSEPARATED_RUN.sub(cut, text)))


# Two counted items of chat typing set apart by a space alone ("我有3篇SCI一作 再加國外演講2次", "3篇 SCI 國外講師2次"):
# a count with its words glued after it (the count before its noun), a space, then the next item's words glued to its
# own count (the noun before its count). The space is the clause break, as a comma would be; the last such space between
# the two counts is the one (a space beside an English word is the one `join_prefixes` put there, inside a word group).
# Never a space inside one item's words ("2場 研討會 3次月會": the second count heads its own noun), never before the one
# of a count gone through (另1篇, 其中1篇 — `enumerate_items` reads those), and never where a separator already stands.
_SPACED_COUNT = re.compile(rf"\d+(?:\.\d+)?\s*{_RUN_COUNTER}")
_GLUED = r"(?:[^\s\d，,。；;、？?！!：:\n]|(?<=[A-Za-z])\s(?=\S)|\s(?=[A-Za-z]))"
_SPACED_LEFT = re.compile(rf"^{_GLUED}*$")
_SPACED_RIGHT = re.compile(rf"^({_GLUED}+?)\s?$")
_SPACED_LINKS = re.compile(r"^(?:再加上?|加上|還有|还有|另外|以及|然後|然后|和|跟|及|與|与|另|其中|其餘|其余|剩下的?)")


def spaced_clauses(text: str) -> str:
    """"我有3篇SCI一作 再加國外演講2次" → "我有3篇SCI一作 、再加國外演講2次": the space between two counted items typed
    with no separator written as the break it is (`_SPACED_COUNT`)."""
    counts = list(_SPACED_COUNT.finditer(text))
    cuts: list[int] = []
    for before, after in zip(counts, counts[1:]):
        between = text[before.end():after.start()]
        for space in reversed([m for m in re.finditer(r"\s+", between) if m.start() and m.end() < len(between)]):
            left, right = between[:space.start()], between[space.end():]
            words = _SPACED_RIGHT.match(right)
            if not _SPACED_LEFT.match(left) or not words or (left and not re.search(r"[\u4e00-\u9fff]$", left)
                                                               and not re.match(r"[\u4e00-\u9fff]", right)):
                continue
            if len(_SPACED_LINKS.sub("", words.group(1)).strip()) >= 2:
                cuts.append(before.end() + space.end())
            break
    for at in reversed(cuts):
        text = f"{text[:at]}、{text[at:]}"
    return text


# A unit said once in brackets after the figures it measures ("陽性35 陰性6 (%)", "positive 35, negative 6 (%)"): a column's
# unit, as a table heads it — every bare figure of the clause before it carries it.
_BRACKET_UNIT = re.compile(r"\s*[(（]\s*([%％])\s*[)）]")
_BARE_FIGURE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.]|\s*[%％]|[\u4e00-\u9fffA-Za-z])")


def bracketed_unit(text: str) -> str:
    """"差異性 陽性35 陰性6 (%)" → "差異性 陽性35% 陰性6%": the unit in brackets after two or more bare figures of its clause
    given to each (one figure, or none, leaves the text as it is)."""
    out, last = [], 0
    for m in _BRACKET_UNIT.finditer(text):
        start = max(text.rfind(ch, 0, m.start()) for ch in "，,。；;？?！!\n") + 1
        clause = text[start:m.start()]
        if start < last or len(_BARE_FIGURE.findall(clause)) < 2:
            continue
        out.append(text[last:start] + _BARE_FIGURE.sub(lambda f: f.group(1) + "%", clause))
        last = m.end()
    return "".join(out) + text[last:]


def _uncounted_tail(listed: str) -> tuple[str, list[str]]:
    """The items joined last before an each-word that hold no figure of their own, and the text before them: "SCI 一作 2 篇、
    CIRSE 跟 SIR" → ("SCI 一作 2 篇、", ["CIRSE ", " SIR"]) — an item with its own count before them ends the list 各 is
    said of (the list joiner 、 separates items of a message as well as the items of one list)."""
    pieces = re.split(f"({_EACH_JOIN})", listed)  # items at even places, their joiners between
    counted = [i for i in range(0, len(pieces), 2) if re.search(r"\d", pieces[i])]
    if not counted:
        return "", pieces[0::2]
    last = counted[-1]
    if re.search(r"[（(][^\d（()）]*$", pieces[last]):  # "去了3次国外会议（CIRSE、SIR、APCCVIR各一次）": a bracket after the count
        return "", []  # breaks that count down — the items are its parts, none to add
    heading = re.search(r"[:：]\s*(?=[^\d:：]+$)", pieces[last])
    if heading is not None:  # "SCI 論文3篇：一作、二作、其他作者各一篇": the count heads the list after its colon — every item's
        return "".join(pieces[:last]) + pieces[last][:heading.end()], [pieces[last][heading.end():], *pieces[last + 2::2]]
    return "".join(pieces[:last + 2]), pieces[last + 2::2]


# a lecture or a moderator's role said after the last place of a list ("APSCVIR講過栓塞", "TSIR年會演講", "年會當座長")
_SHARED_PRED = re.compile(r"(?:講過|讲过|講了|讲了|演講過?|演讲过?|授課|授课|(?:當|当|擔任|担任)(?:過|过)?(?:講者|讲者|講師|讲师|座長|座长))[^、，,\d]{0,8}$")


# the each-count said in brackets after the list it is of, nothing else in them ("attended SIR and CIRSE (one each)", "RFA and
# MWA (90 apiece)", "SIR 跟 CIRSE（各一次）", "(each twice)"): the count as if written bare after the list — a bracket naming
# items or breaking a count down ("3 次（CIRSE、SIR 各一次）") is left as it is
_EACH_BRACKET = re.compile(r"\s*[(（]\s*((?:\d+(?:\.\d+)?\s*(?:times?|cases?)?\s*(?:each|apiece)|each\s*\d+(?:\.\d+)?\s*(?:times?|cases?)?|"
                           rf"各(?:自)?\s*{_EACH_VERB}\s*\d+(?:\.\d+)?\s*(?:次|場|篇|例)?))\s*[)）]", re.IGNORECASE)


def distribute_each(text: str) -> str:
    """"國外會議出席、國內 e-poster 各 3 次" → "國外會議出席 3 次、國內 e-poster 3 次", "45 each of PEI, cryo and IRE" →
    "PEI 45, cryo 45 and IRE 45": 各 / each gives every listed item the count (SPEC §3: a list keeps every item)."""
    text = _EACH_BRACKET.sub(lambda m: " " + m.group(1), text)

    def spread(m: re.Match[str]) -> str:
        lead, items = _uncounted_tail(m.group(1))
        if len(items) < 2:
            return m.group(0)  # "年會 1 次、研討會 3 場各 1 小時": the items have their own counts; 各 is the last one's
        if any(_EACH_PEOPLE.match(item.strip()) or _EACH_YEARS.fullmatch(item.strip()) for item in items):
            return m.group(0)  # "我跟同事各去了 1 次": people, each with their own count — not a list of activities
        # ("在CIRSE和APSCVIR講過栓塞各一次", "CIRSE、APSCVIR演講各 1 次"): a lecture's verb written once after the last place
        # is every place's — given to each, so no place is left a bare count the readers take for attending it
        pred = _SHARED_PRED.search(items[-1])
        if pred is not None and pred.start() > 0 and not any(_SHARED_PRED.search(item) for item in items[:-1]):
            items = [item.rstrip() + pred.group(0) for item in items[:-1]] + [items[-1]]
        # (the each-word read off the first item: "冷凍，每種" leaves no comma on it)
        return lead + "、".join(f"{item.strip(' ，,')} {m.group(2)} {m.group(3)}".rstrip() for item in items)

    return _each_english(_EACH.sub(spread, text))


# English: a count said of each thing of a list ("45 each of PEI, cryo, IRE and laser", "45 cases each for RFA and MWA",
# "PEI, cryo, IRE and laser, 45 each", "RFA and MWA 90 apiece", "RFA and MWA each 90"). An item is a word or up to three
# (no figure, no word that ends it: a preposition or the period after the list); the count bare or in cases — a length
# ("3 hours each", "300 days each") is the item readers'. Never a list of people or of years (each has their own count).
_EN_STOP = (r"(?:and|or|in|over|during|within|for|since|at|from|by|the|last|past|this|each|apiece|with|as|of|to|on|were|was|"
            r"are|is|had|have|did|done|cases?|procedures?|total|all|both|x)")
# (a slash joins items here, "PEI/cryo/IRE/laser 45 each": the count said of each of them; an item may open with its
# article, "the annual congress and the monthly meeting, twice each")
_EN_ITEM = rf"(?:(?:the|my|our)\s+)?(?!{_EN_STOP}\b)[A-Za-z][\w+-]*(?:\s+(?!{_EN_STOP}\b)[A-Za-z][\w+-]*){{0,2}}"
_EN_JOIN = r"(?:\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*[&/]\s*)"
_EN_LIST = rf"(?P<items>{_EN_ITEM}(?:{_EN_JOIN}{_EN_ITEM})+)"
_EN_COUNT = r"(?P<n>\d+(?:\.\d+)?)(?P<unit>\s*(?:cases?|procedures?|times?))?"
_EN_NOT_NOUN = r"(?!\s+(?:year|yr|time|month|week|day|meeting|session|one|other)s?\b)"
_EACH_EN = (re.compile(rf"\b{_EN_COUNT}\s+(?:each|apiece)\s+(?:of|for|in)\s+(?:the\s+|my\s+)?{_EN_LIST}", re.IGNORECASE),
            re.compile(rf"\b{_EN_LIST}\s*[,:]?\s*{_EN_COUNT}\s+(?:each|apiece|of each)\b{_EN_NOT_NOUN}", re.IGNORECASE),
            re.compile(rf"\b{_EN_LIST}\s*,?\s*each\s*(?:at|with|had|did|=|:)?\s*{_EN_COUNT}\b", re.IGNORECASE))
_EN_PEOPLE = re.compile(r"\b(?:I|me|my|we|us|our|you|he|she|they|him|her|them|colleagues?|partners?|Dr|Mr|Ms|Mrs|Prof|fellows?|"
                        r"residents?|techs?|RTs?|radiographers?|nurses?|attendings?|doctors?|years?|yrs?|months?|next|previous)\b",
                        re.IGNORECASE)


# a verb of going or doing opening a piece of an English list ("…, attended SIR and CIRSE 1 each"): the list starts there
_EN_VERB_OPENS = re.compile(r"(?:attended|went\s+to|visited|joined|did|presented|gave|spoke\s+at|lectured\s+at)\b", re.IGNORECASE)


# the noun a list of kinds may share, written once after its last item ("the annual and monthly meetings")
_SHARED_NOUN = re.compile(r"\s+(meetings?|congress(?:es)?|conferences?|courses?|seminars?|workshops?|sessions?|symposi(?:a|ums?))$",
                          re.IGNORECASE)


def _shared_noun(items: list[str]) -> list[str]:
    """"annual and monthly meetings": the noun written once after the last of a list of one-word items is every item's
    ("annual meetings", "monthly meetings"); a list whose items have nouns of their own is left as it is."""
    noun = _SHARED_NOUN.search(items[-1]) if items else None
    if noun is None or len(items[-1].split()) != 2 or not all(re.fullmatch(r"(?:(?:the|my|our)\s+)?[a-z]+", i.strip()) for i in items[:-1]):
        return items
    return [f"{i} {noun.group(1)}" for i in items[:-1]] + [items[-1]]


def _each_english(text: str) -> str:
    """The English shapes of `distribute_each`: the list written with the count after each item ("45 each of PEI and cryo"
    → "PEI 45 and cryo 45")."""
    def spread(m: re.Match[str]) -> str:
        pieces = re.split(f"({_EN_JOIN})", m.group("items"), flags=re.IGNORECASE)
        lead = ""
        # ("10 yrs specialist, RFA and MWA 95 each"): the list began with a piece of the sentence before it — the years,
        # a person — cut off there when two items or more of no person or year are left after it
        while len(pieces) > 3 and _EN_PEOPLE.search(pieces[0]) and not any(_EN_PEOPLE.search(p) for p in pieces[2::2]):
            lead += pieces[0] + pieces[1]
            pieces = pieces[2:]
        # ("one oral at the annual mtg here, attended SIR and CIRSE (one each)"): a later piece after a comma opening on its
        # verb starts the list — the pieces before it end the clause before
        opens = [i for i in range(2, len(pieces), 2) if "," in pieces[i - 1] and _EN_VERB_OPENS.match(pieces[i])]
        if opens and len(pieces) - opens[-1] >= 3:
            lead += "".join(pieces[:opens[-1]])
            pieces = pieces[opens[-1]:]
        if any(_EN_PEOPLE.search(p) for p in pieces[::2]):
            return m.group(0)  # "my colleague and I 3 each", "last year and this year 5 each": theirs, one count each
        if (m.group("unit") or "").strip().startswith("time") and any(re.search(r"\b[A-Z]{2,}\b", p) for p in pieces[::2]):
            return m.group(0)  # "RSNA and CIRSE 1 times each": meetings by their own names, the items reader's (`_each_of_named`)
        count = m.group("n") + (m.group("unit") or "")
        pieces[::2] = _shared_noun(pieces[::2])
        return lead + "".join(p if i % 2 else f"{p} {count}" for i, p in enumerate(pieces))

    for shape in _EACH_EN:
        text = shape.sub(spread, text)
    return text


# Variant forms of characters that an input method or a Japanese keyboard types for the Taiwanese standard ones, which the
# Simplified → Traditional folding leaves as they are ("閲片系統" for 閱片, "60歳" for 歲, "検査" for 檢查): one character for
# one, so every span stays where it was.
_VARIANTS = str.maketrans("閲説衞綫眞査検験証読価敎寛摂図児歳経単対応覧総録発変県満済",
                          "閱說衛線真查檢驗證讀價教寬攝圖兒歲經單對應覽總錄發變縣滿濟")


# Known terms as an input method mistypes them, a homophone for the word ("學會年後一次" for 年會, "其中三次當講著" for 講者,
# "積份" for 積分, "討輪會" for 討論會, "坐長" for 座長): each only where the context makes it the term — a count after it, or a
# word that goes with the term before it ("三年後", "講著講著" stay as written). Same length: every span stays where it was.
_COUNT_AFTER = r"(?=\s*(?:\d+|[一二兩两三四五六七八九十]+)\s*(?:次|場|场|回))"
_TYPOS = (
    (re.compile(rf"(?<![\d一二兩两三四五六七八九十百幾几多半過过今明去前後后每隔同])年後{_COUNT_AFTER}|"
                r"(?:(?<=學會)|(?<=学会)|(?<=本會)|(?<=本会)|(?<=參加)|(?<=参加)|(?<=出席)|(?<=外科))年後"), "年會"),
    (re.compile(rf"(?:(?<=[當当做作是])|(?<=擔任)|(?<=担任))講著|(?<![講讲])講著(?![講讲]){_COUNT_AFTER}"), "講者"),
    (re.compile(r"(?<=[積积學学])份"), "分"),
    # ("今年月曾去了 6 次", "學會年曾參加 1 次"): 會 typed as the look-alike 曾 right after 月 / a society's 年, where a verb of going
    # or a count follows — never a month or period before it ("上個月曾去過", "3月曾去", "今年曾去過": 曾 is "once" there)
    (re.compile(r"(?<![\d一二兩两三四五六七八九十〇零個个上下本這这那每前該该同隔當当整半幾几這该])月曾(?!經|经)"
                # (… an adverb may come first, and 跑 is going too: "月曾也跑了好幾次", "月曾都有去", "月曾還去了 3 次")
                r"(?=\s*(?:也|都|還|还|又|則|则)?\s*(?:去|跑|參加|参加|出席|有去|有跑|有參加|有参加|\d|[一二兩两三四五六七八九十]+\s*(?:次|場|场|回|趟)))|"
                r"(?:(?<=學會)|(?<=学会)|(?<=本會)|(?<=本会)|(?<=外科))年曾(?!經|经)"), lambda m: m.group(0)[0] + "會"),
    # ("學術討輪會", "SCI 輪文兩篇", "當過坐長"): 論 and 座 typed as the homophones 輪 and 坐, inside the term's own word
    (re.compile(r"(?<=[討讨])輪(?=[會会])|輪(?=文\s*(?:\d|[一二兩两三四五六七八九十]|[:：]))|(?<=[討讨])轮(?=[會会])"), "論"),
    (re.compile(r"坐長(?!途)|坐长(?!途)"), "座長"),
    # ("離換正還差多少", "要换症了", "换政要几分"): 證 typed as a homophone (正 / 政 / 症 / 征, 徵 once folded) right after 換 where the renewal is
    # what is spoken of — a shortfall, a need or a question follows, or a going to / readiness before it; never 換正式 / 換正面 /
    # 換正職 / 換政府 (the next character makes another word there)
    (re.compile(r"(?<=[換换])[正政症征徵](?=\s*(?:還|还|要|需|須|须|的(?:積分|积分|點數|点数|分數|分数|學分|学分|條件|条件|門檻|门槛)|"
                r"積分|积分|點數|点数|學分|学分|了|嗎|吗|夠|够|[?？，,。!！]|$))|"
                r"(?:(?<=[離离該该準准備备打算可以能要])換|(?<=[離离該该準准備备打算可以能要])换)[正政症征徵](?![式面職职府常確确好在規规負负反經经])"),
     lambda m: "證" if m.group(0) in "正政症征徵" else m.group(0)[0] + "證"),
    # ("去美國進休三個月", "出國进休半年"): 修 typed as the homophone 休 after 進 — no word of its own (退休 is another word)
    (re.compile(r"(?<=[進进])休(?!息|假|學|学|克|戰|战)"), "修"),
    # "去了兩趟", "上了三回", "跑過 2 趟", "參加兩回": 趟 / 回 after a count the person went or took something is 次, a count of
    # times like any other (never "兩回事", "回國", "上一回", "回合", "來回": a numeral right after a verb of going / taking,
    # its aspect word, or 共 / 總共 only)
    # (… or right after the event counted, its noun first: "國際會議兩回", "月會三回、年會一回", "研討會（1小時）兩回" — a
    # meeting, course, talk or workshop, or its bracketed length; never 回 beginning a word of its own, "會一回來就", "會議兩回事",
    # "回國" — "兩回國際會議" is two meetings)
    # (… or a part of them, "其中兩趟是講者", "當中一回上台": a count of times all the same)
    (re.compile(r"(?:(?<=[了過过去跑加席共])(\s*(?:\d+|[一二兩两三四五六七八九十]+))|(?<=上)(\s*(?:\d+|[二兩两三四五六七八九十]+))|"
                r"(?:(?<=其中)|(?<=當中)|(?<=当中)|(?<=之中))(\s*(?:\d+|[一二兩两三四五六七八九十]+))|"
                r"(?<=[會会議议課课程講讲坊營营)）])(\s*(?:\d+|[一二兩两三四五六七八九十]+)))"
                r"[趟回](?!事|合|國(?![際外])|国(?![际外])|家|來|来|去|到|診|诊|覆|答|應|应|饋|馈|收|頭|头|憶|忆|顧|顾|報|报)"),
     lambda m: (m.group(1) or m.group(2) or m.group(3) or m.group(4)) + "次"),
    # "ATLS 上了兩梯", "課程參加了 2 梯次", "兩梯(一次學員一次複訓)": 梯 / 梯次 after a count is a course's run (a batch), counted
    # in times like 次 (never 第一梯, the first batch named; 電梯 / 樓梯 have no numeral before them)
    (re.compile(r"(?<!第)(?<![\d一二兩两三四五六七八九十])(\d+|[一二兩两三四五六七八九十]+)\s*梯次?(?![田子])"), lambda m: m.group(1) + "次"),
)


# Characters typed for a Chinese numeral they look like: the bopomofo ㄧ for 一 (an input method's first candidate, "ㄧ百",
# "ㄧ次"), the katakana ー / ニ for 一 / 二 and the circle ○ for 〇 — read as the numeral so that a figure written with one is
# never dropped from a calculation. ㄧ is the numeral unless it spells a syllable with other bopomofo (ㄧㄡˇ); ー, ニ and ○ only
# beside another numeral character ("ー百", "ニ十", "一○○": no Japanese text reaches the bot).
_BOPOMOFO = "\u3105-\u312f\u02ca\u02c7\u02cb\u02d9"
_NUMERAL_CHARS = "一二兩两三四五六七八九十百千萬万零〇"
_LOOKALIKES = (
    # (never the circles hiding a given name after a surname, "王〇〇 年會1次", "李○○：", "陳◯◯醫師": a masked name, written
    # with the letter O the roster reader knows (bot/parts.py) — no figure 0)
    (re.compile(f"(?<=[\u4e00-\u9fff])(?<![{_NUMERAL_CHARS}第])[〇\u25cb\u25ef]{{1,2}}(?=[^\\S\\n]*[:：,，\\n]|[^\\S\\n]+\\S|$|(?:醫師|醫生|主治|主任|學長|學姊|同事))"),
     lambda m: "O" * len(m.group(0))),
    (re.compile(f"(?<![{_BOPOMOFO}])\u3127(?![{_BOPOMOFO}])"), "一"),
    (re.compile(f"\u30fc(?=[{_NUMERAL_CHARS}])|(?<=[{_NUMERAL_CHARS}])\u30fc"), "一"),
    (re.compile(f"\u30cb(?=[{_NUMERAL_CHARS}])|(?<=[{_NUMERAL_CHARS}])\u30cb"), "二"),
    (re.compile(f"(?<=[{_NUMERAL_CHARS}\u25cb\u25ef])[\u25cb\u25ef]|[\u25cb\u25ef](?=[{_NUMERAL_CHARS}\u25cb\u25ef])"), "〇"),
)


def lookalike_numerals(text: str) -> str:
    """The text with characters typed for a Chinese numeral they look like written as the numeral (same length)."""
    for lookalike, numeral in _LOOKALIKES:
        text = lookalike.sub(numeral, text)
    return text


# The mainland's everyday name of mammography, 钼靶 ("molybdenum target", after the X-ray tube's anode; typed 钼钯 too): 钼靶机 is
# the regulation's 乳房 X 光攝影儀, 钼靶检查 a screening mammogram — written in the Taiwanese short form (乳攝, 乳腺钼靶 as
# 乳房攝影; same length), so every cue list, vocabulary and ranking that knows 乳攝 reads it, the neighbours' included (a
# 钼靶 question about the NHI's tariff or a patient's care stays theirs).
_REGIONAL_TERMS = (
    (re.compile(r"乳腺(?:鉬|钼)(?:靶|鈀|钯)"), "乳房攝影"),
    (re.compile(r"(?:鉬|钼)(?:靶|鈀|钯)"), "乳攝"),
)


# a count of things right after 另 ("另一篇", "另 2 場", "另兩次"): one more item
_ANOTHER_COUNT = r"(?:\d+|[一二兩两三四五六七八九十])\s*(?:篇|次|場|场|個|个|張|张|例|堂|門|门|趟|回|件)"


# A qualifier set off by a space alone, the way a comma would ("poster 兩篇(都我一作 其中一篇case report)", "月會5次 其中2次講者",
# "SCI 兩篇 都是通訊作者", "海報3篇 另外1篇是case report"): the space is the clause break, written as the comma (same length) so
# that the qualifier is read as its own clause, as it is after a comma.
# (after a Chinese word only; "all of them" — 都 — only right after a count's unit or an author's place: "兩篇 TIPS 的 SCI 都是一作"
# is one clause, its count before the noun)
# (… and "another" with its count, "2篇我是第二作者 另一篇排第四作者": one more item of its own, never a part of the one before)
# … or typed with no break at all, right after a count's unit, a count of its own after it ("non-SCI原著3篇其中1篇我是通讯",
# "講師4次其中1次在國外"): the comma written in (the part is its own clause, as after a comma)
_QUALIFIER_GLUED = re.compile(r"(?<=\d[篇次場场例件個个])(?=(?:其中|當中|当中)\s*(?:\d|[一二兩两三四五六七八九十]\s*[篇次場场例件個个]))")
_QUALIFIER_AFTER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=(?:其中|其餘|其余|當中|当中|另外|另有|剩下)(?!市|會|会|沒|没|不|要|可以|能)"
                                    rf"|另\s*{_ANOTHER_COUNT})|"
                                    r"(?<=[篇次場场例件個个位台堂張张作者])[ \u3000]+(?=(?:都|全都|全部都?)(?!市|會|会|沒|没|不|要|可以|能))")


# A bracketed note that mends a WORD the person mistyped ("研討畫 2 場（打錯，是研討會不是研討畫）", "（錯字：研討畫應為研討會）",
# "研討畫（錯字：研討畫應為研討會）"): no figure in it, so it corrects no value — the word is written as meant wherever it
# stands (same length only, so spans hold; otherwise left as typed), and the note itself is dropped as a typing aside
# (`drop_typo_asides`), so the question reads as it would have without the slip.
_WORD_SLIP = r"(?:打錯|打错|錯字|错字|寫錯|写错|打字錯誤|打字错误|拼錯|拼错|選錯字|选错字|\btypos?\b|\bmis-?typed?\b|\bi meant\b|\bsorry\b)"
_WORD_FIX_ASIDE = re.compile(
    rf"[（(]\s*{_WORD_SLIP}?\s*[，,:：]?\s*(?:"
    r"(?:是|應該是|应该是|應為|应为|should be\s+)?\s*(?P<a1>[^\d\s()（），,。:：不]{1,12}?)\s*[，,]?\s*(?:不是|而不是|\bnot\b)\s*(?P<b1>[^\d\s()（），,。:：]{1,12}?)"
    r"|(?P<b2>[^\d\s()（），,。:：]{1,12}?)\s*(?:應為|应为|應該是|应该是|→|->|=>|\bshould be\b)\s*(?P<a2>[^\d\s()（），,。:：]{1,12}?)"
    rf")\s*[)）]", re.IGNORECASE)


def mend_typed_words(text: str) -> str:
    """The text with a word its bracketed typing note mends written as meant (`_WORD_FIX_ASIDE`)."""
    for m in _WORD_FIX_ASIDE.finditer(text):
        meant, typed = (m.group("a1"), m.group("b1")) if m.group("a1") else (m.group("a2"), m.group("b2"))
        if meant == typed or len(meant) != len(typed) or (_WORD_SLIP_RE.search(m.group(0)) is None and "不是" not in m.group(0)):
            continue
        head = text[:m.start()].replace(typed, meant)
        text = head + text[m.start():]
    return text


_WORD_SLIP_RE = re.compile(_WORD_SLIP, re.IGNORECASE)


def standard_forms(text: str) -> str:
    """The text with variant characters written in their Taiwanese standard form, look-alike numerals as the numeral,
    known terms mistyped as a homophone written as the term, and a mainland name of ours as the Taiwanese one (same length);
    a term of the rules typed in pinyin in its characters ("yan-tao-hui" → "研討會", bot/parsing/pinyin.py) or with a
    homophone for one character ("越會" → "月會", bot/parsing/homophones.py)."""
    text = mend_typed_words(lookalike_numerals(romanised_terms(text).translate(_VARIANTS)))
    for typo, term in _TYPOS:
        text = typo.sub(term, text)
    text = homophone_terms(text)
    for regional, term in _REGIONAL_TERMS:
        text = regional.sub(term, text)
    text = _QUALIFIER_GLUED.sub("，", text)
    return _QUALIFIER_AFTER_SPACE.sub(lambda m: "，" + m.group(0)[1:], text)


# The one spelling the routing and scope cue lists read (`Query.cues`): a cue list written for "before I can" must also see
# "before I'm allowed to", "before I’m allowed to" and "before  I am allowed to". Apostrophes of every shape are one
# apostrophe, English contractions are written out, runs of spaces are one space, and the punctuation NFKC leaves full-width
# or curly is folded. Not a view to take spans from: lengths change.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "＇": "'", "`": "'", "´": "'", "“": '"', "”": '"',
                              "〜": "~", "﹖": "?", "﹗": "!", "﹐": ",", "﹔": ";", "﹕": ":"})
# (negations first, so "can't" is "cannot" and "won't" "will not", never "wo not"; the bare forms typed without an
# apostrophe — "dont", "doesnt", "isnt" — are no English words of their own; "cant", "wont", "im", "id" are, and stay)
_CONTRACTIONS = (
    (re.compile(r"\bcan't\b", re.I), "cannot"),
    (re.compile(r"\bwon't\b", re.I), "will not"),
    (re.compile(r"\bshan't\b", re.I), "shall not"),
    (re.compile(r"\b(do|does|did|is|are|was|were|has|have|had|would|could|should|must|need|might)n'?t\b", re.I), r"\1 not"),
    (re.compile(r"\b(i)'m\b", re.I), r"\1 am"),
    (re.compile(r"\b(i|we|you|they|who|what|where|how|that|there|it|he|she)'(ve|ll|re|d)\b", re.I), None),
    (re.compile(r"\b(it|that|what|how|who|where|when|there|here|she|he)'s\b", re.I), r"\1 is"),
    (re.compile(r"\blet's\b", re.I), "let us"),
)
_CONTRACTED = {"ve": "have", "ll": "will", "re": "are", "d": "would"}
_SPACE_RUN = re.compile(r"[ \t\u00a0\u3000]+")


def cue_view(text: str) -> str:
    """The text as the routing and scope cue lists read it: one apostrophe, contractions written out ("I'm" → "I am",
    "doesn't" → "does not", "what's" → "what is"), one space for a run of spaces, folded punctuation."""
    text = text.translate(_APOSTROPHES)
    for pattern, full in _CONTRACTIONS:
        if full is None:
            text = pattern.sub(lambda m: f"{m.group(1)} {_CONTRACTED[m.group(2).lower()]}", text)
        else:
            text = pattern.sub(full, text)
    return _SPACE_RUN.sub(" ", text)


# "318，325，330，322": figures listed with the full-width comma of Chinese typing, no space — NFKC makes it a half-width
# comma, and the run would read as one number in thousands (318,325,330,322). A run whose first group has three digits
# and no group of 000 is a list (its commas written as the list's 、, same length); "16，500 案", "1，250，000 元" stay
# numbers in thousands.
_FULLWIDTH_RUN = re.compile(r"(?<![\d,，.])\d{1,3}(?:，\d{3})+(?![\d.])")


def listed_with_commas(text: str) -> str:
    """`text` with runs of figures separated by full-width commas written with 、 (`_FULLWIDTH_RUN`)."""
    def listed(m: re.Match[str]) -> str:
        groups = m.group(0).split("，")
        return "、".join(groups) if len(groups[0]) == 3 and "000" not in groups[1:] else m.group(0)
    return _FULLWIDTH_RUN.sub(listed, text)


@dataclass
class Query:
    """One question, read once: original, folded text, numbers, language, the date it is asked on."""

    original: str
    today: datetime.date = field(default_factory=datetime.date.today)
    # For a reply to a clarifying question: the pending question and the reply are read as one text;
    # `followup_start` is where the reply begins in `text`, `expected` the keys that were asked for.
    followup: str | None = None
    expected: tuple[str, ...] = ()

    @cached_property
    def followup_start(self) -> int:
        if self.followup is None:
            return 0
        return len(_read(standard_forms(read_layout(fold(listed_with_commas(self.original), collapse=False))), self.today)) + 1

    @cached_property
    def folded(self) -> str:
        # (the layout of each message read on its own: a list or a table ends where the message does)
        said = [read_layout(fold(listed_with_commas(t), collapse=False)) for t in (self.original, self.followup) if t is not None]
        return standard_forms("\n".join(said))

    @cached_property
    def text(self) -> str:
        """Folded text with Chinese numerals before units rewritten as digits (第N kept), and a count
        given to a list with 各 written out for each item ("A、B 各 3 次" → "A 3 次、B 3 次")."""
        return _read(self.folded, self.today)

    @cached_property
    def corrections(self) -> list[tuple[str, str]]:
        """Figures the person corrected in the same breath: (as first written, the correction)."""
        return corrections(distribute_each(normalize_numerals(self.folded)))

    @cached_property
    def retracted(self) -> list[tuple[str, str | None]]:
        """Facts the person took back and said again in the same breath ("去ASCO...不是，是去ASCRS"): the words taken back
        and, for a figure said again, the new figure (`retractions`)."""
        return retractions(_read_corrected(self.folded, self.today))

    @cached_property
    def unsure_corrections(self) -> list[str]:
        """Clauses correcting a fact with a correction that is itself unsure ("5次，不對，好像是6次還是7次")."""
        return uncertain_retractions(_read_corrected(self.folded, self.today))

    @cached_property
    def unplaced_corrections(self) -> list[str]:
        """Those of `unsure_corrections` that point at a figure which cannot be told ("the 100 should be 90" of five 100s)."""
        text = _read_corrected(self.folded, self.today)
        return [text[start:end + len(_CLAUSE_MARK.split(text[end:], 1)[0])].strip()
                for start, end, _, _, sure in _pointed_fixes(text) if not sure]

    @cached_property
    def restarted(self) -> str:
        """A statement the person took back and said again ("… 不對 只有兩個人，…"): the words dropped (empty if none)."""
        return restarted(normalize_numerals(join_prefixes(self.folded)))

    @cached_property
    def cues(self) -> str:
        """The read text in the one spelling the cue lists are written for (`cue_view`): searched, never sliced."""
        return cue_view(self.text)

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def lang(self) -> str:
        return detect_lang(self.original)

    @cached_property
    def quantities(self) -> list[Quantity]:
        return find_quantities(self.text)
