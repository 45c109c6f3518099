"""The yes / no a calculator answer leads with when the question asks yes / no ("這樣夠不夠？", "會不會被扣分？", "Do I
qualify?"): the first word answers the question in the user's own verb (夠 / 不夠, 會 / 不會, 可以 / 不可以; Yes / No),
before the figure.

Whether a result is the person's good outcome (enough, eligible, nothing deducted, within the cap) is its tool's
renderer's to say (`calculators.render.Renderer.favourable`); here only which outcome the question asks about: the bad
one ("會不會被扣", "am I over the cap?") or the good one ("夠嗎", "do I qualify?").
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from bot.parsing.dates import YEAR_AS_PLACE
from bot.parsing.text import fold
from bot.rules_answer import answer_kind, polarity_word

# The A-not-A form asks, it negates nothing ("夠不夠", "會不會"): taken out before the bad outcome's words are looked for.
_A_NOT_A = re.compile(r"([\u4e00-\u9fff])[不没沒]\1")
# The bad outcome asked about: a deduction, a shortfall, a cap exceeded, a failure, a loss. (A fine is a penalty only as
# a noun or a verb — "a fine", "fined" — never "I'm fine", the good outcome asked.)
ADVERSE_ASKED = re.compile(
    r"扣|罰|罚|不夠|不够|不足|不合格|不及格|不符|不達|不达|未達|未达|沒達|没达|超過|超过|超出|超量|超標|超标|超(?=了|嗎|吗|啦|喔|\s*[?？]|\s*$)|有(?:沒有|没有)?超(?!音|聲|声)|爆量|被退|退件|不給付|不给付|"
    r"核刪|核删|核減|核减|砍|停權|停权|停用|停止|取消|撤銷|撤销|失去|喪失|丧失|差(?!不多)|缺|少於|少于|低於|低于|"
    # (a spot review of the images: "會被抽片審查嗎", "can HPA pull films for review?")
    r"抽片|抽審|抽审|抽查|被審查|被审查|\bspot[- ]?review\w*|\bpull(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:films?|images?)\b|\baudit\w*|"
    r"\b(?:deduct\w*|penal\w*|fined|fines|(?:a|the|any|much|big|no)\s+fine|short|shortfall|fail\w*|lose|losing|lost|exceed\w*|over\s+(?:the\s+)?(?:cap|limit|quota)|"
    # (under / below a cap is the good outcome: "is 118 under the cap?", "still below the daily limit?")
    r"too\s+(?:many|much|few|low)|not\s+enough|insufficient|dock(?:ed)?|cut|unpaid|miss(?:ing)?|suspend\w*|revoked?|"
    r"(?:below|under\s+the)(?!\s+(?:the\s+)?(?:\w+\s+)?(?:cap|limit|quota|ceiling|max(?:imum)?)\b))\b",
    re.IGNORECASE)
# "…, enough to renew?", "…，這樣夠嗎": whether what the person has will do, asked after the facts (a yes / no the rules'
# question kinds read as no particular kind).
_ENOUGH_ASKED = re.compile(r"(?:^|[,，;；—–-]\s*)(?:(?:is|are)\s+(?:that|it|this|they)\s+)?(?:good\s+)?(?:enough|sufficient)\b[^?？.]*[?？]\s*$",
                           re.IGNORECASE)
# A headline that already leads with its own yes / no ("可以：申請日…", "Not yet: …").
_ALREADY_LED = re.compile(r"^(?:可以|不可以|還不行|还不行|會|不會|夠|不夠|是|否|Yes|No|Not yet)\s*[：:，,。.]")


# What is asked only if the answer is no ("可以嗎？不行的話積分還差多少", "夠嗎？不夠的話差幾例", "do I qualify? if not how many
# more?"): the shortfall of the bad outcome, never the outcome the yes / no asks about
_IF_NOT = re.compile(r"(?:如果|若|要是|假如)?(?:不夠|不够|不行|不可以|不能|不符合?|沒有|没有|達不到|达不到|未達|未达)(?:的話|的话)[^？?。]*|"
                     r"(?:不然|否則|否则)[^？?。]*|\b(?:if not|otherwise)\b[^?]*", re.IGNORECASE)


def asks_adverse(question: str) -> bool:
    """Does the yes / no question ask about the bad outcome ("會不會被扣款", "am I over the cap?") rather than the good one
    ("夠不夠", "do I qualify?")? A shortfall asked only if not (`_IF_NOT`) asks about neither; a bad outcome the facts
    state ("案例好像差一點，但我有兩篇 SCI…這樣可以嗎？", "cases are a bit short. But with 2 SCI papers, can I apply?") is
    no outcome asked: only the clauses that ask are read (`_asked_text`)."""
    return bool(ADVERSE_ASKED.search(_IF_NOT.sub("", _A_NOT_A.sub("", _asked_text(fold(question))))))


# A clause or an English sentence of a message (what `asks_adverse` reads of it: the ones that ask)
# (a "but" or a dash turns from the facts to the ask too: "cases are a bit short but I have 2 SCI papers - can I apply?")
_PIECE = re.compile(r"[，,；;。\n]|(?<=[?？])|(?<=[A-Za-z0-9%)])\.(?=\s)|\s[—–-]\s|[—–]|\bbut\b|但是?|(?<!過)(?<!过)不過|可是",
                    re.IGNORECASE)
# A question that only asks whether the statement before it holds ("…會被扣錢，對嗎？", "…, right?"): that statement is asked
_CONFIRM_ONLY = re.compile(r"^\s*(?:對嗎|对吗|是嗎|是吗|對吧|对吧|是不是|沒錯吧|没错吧|沒錯嗎|没错吗|對不對|对不对|right|correct|is that right|"
                           r"am i right|true)\s*[?？]*\s*$", re.IGNORECASE)


def _asked_text(question: str) -> str:
    """The clauses (or English sentences) of the question that ask — with the statement a bare "對嗎" / "right?" asks
    about — or the whole question when none does."""
    pieces = [p for p in _PIECE.split(question) if p.strip()]
    asked = []
    for i, p in enumerate(pieces):
        if _ASKS.search(p) or _EN_ASKS.match(p):
            asked += [pieces[i - 1], p] if i and _CONFIRM_ONLY.match(p) else [p]
    return " ".join(asked) if asked else question


# An English sentence that asks by its first word ("Can I still apply", "Am I over", "Do I qualify")
_EN_ASKS = re.compile(r"\s*(?:so\s+|and\s+|but\s+)?(?:can|could|may|am|is|are|do|does|did|will|would|should|have|has|what|how|which)\b",
                      re.IGNORECASE)


# Two figures offered to choose from ("is that the 5% or 10% bracket?", "是算 -5% 還是 -10%"): a choice, never a yes / no.
_FIGURE_CHOICE = re.compile(r"\d(?:\.\d+)?\s*(?:%|分|points?|months?|個月)?\s*(?:還是|还是|或是|\bor\b)\s*(?:the\s+)?[-−－]?\d", re.IGNORECASE)


def asks_yes_no(question: str) -> bool:
    """Does the question ask yes / no (the rules' question kinds, or "…, enough?" after the facts)? Not a choice between
    two figures (`_FIGURE_CHOICE`)."""
    if _FIGURE_CHOICE.search(asking_clause(fold(question))):
        return False
    return answer_kind(question) == "yes_no" or bool(_ENOUGH_ASKED.search(fold(question)))


# Whether a document or proof must (still) be handed in ("還要交病例數嗎", "需不需要附 SCI 論文", "do I still need to submit my
# case numbers?"): which items the applicant must attach is what the rule says of the path the result took, never its
# verdict — an eligible result by lectures or papers is no "需要" to the case proof, nor one by cases to the papers. (Never
# a shortfall asked: "還要補幾分", "do I need more papers?")
_SUBMIT_VERB = r"(?:附|交|檢附|检附|提供|提出|繳交|缴交|上傳|上传|準備|准备)"
DOCUMENT_ASKED = re.compile(
    rf"(?:要|需要?|須|须|必須|必须|得)\s*(?:再|另外|額外|额外|一起|同時|同时)?\s*{_SUBMIT_VERB}|"
    rf"(?:要不要|需不需要?|用不用|須不須|须不须)\s*(?:再|另外)?\s*{_SUBMIT_VERB}|"
    r"\b(?:need|needs|have|has|required)\s+to\s+(?:also\s+|still\s+)?(?:submit|attach|provide|send|hand\s+in|file|include|upload)\b|"
    r"\b(?:do|does|would|will)\s+(?:i|we|he|she|they|you)\s+(?:still\s+|also\s+)?(?:need|have)\s+(?:to\s+(?:show|give)\s+)?"
    r"(?:the|my|a|an|any|our|his|her|their)?\s*(?:(?!more\b|extra\b|additional\b|another\b)[\w-]+\s+){0,3}?(?:proof|documents?|documentation|evidence|records?|papers?|case\s+(?:numbers?|counts?|logs?|lists?))\b",
    re.IGNORECASE)


def yes_no_lead(question: str, favourable: list[bool | None], headline: str, lang: str) -> str:
    """The word a calculator answer to a yes / no question leads with ("不夠", "會", "Yes"), "" when the question asks
    no yes / no, when a result gives no verdict or the results disagree, when the headline already leads with one, or
    when what is asked is whether a document must be handed in (`DOCUMENT_ASKED`: the verdict does not answer that)."""
    verdicts = set(favourable)
    if len(verdicts) != 1 or None in verdicts or not asks_yes_no(question) or _ALREADY_LED.match(headline):
        return ""
    if DOCUMENT_ASKED.search(asking_clause(fold(question)) if lang != "en" else fold(question)):
        return ""
    (good,) = verdicts
    yes = good != asks_adverse(question)
    word = polarity_word(asking_clause(question) if lang != "en" else question, not yes, lang)
    # (the headline's own first word already the answer: "可以申請展延：…" asked "可以展延嗎" — never "No" before "Not yet")
    return "" if re.match(rf"{re.escape(word)}(?![A-Za-z])", headline) else word


# A clause of a Chinese message: facts and the ask are strung with commas ("乙 7 月才来算 184 天，年筛 9500 例，超了吗").
_CLAUSE = re.compile(r"[，,；;。\n]")
_ASKS = re.compile(r"[嗎吗呢?？]|" + _A_NOT_A.pattern)  # a particle or mark, or the A-not-A form


# The consequence a yes / no asks about, where a result has several (`Renderer.consequences`: a reader's re-read tier stops
# the reading, requires the seminar, the exam, a suspension): "他還能繼續判讀嗎" asks whether reading goes on, "一定要去座談會
# 嗎" whether attending is required — the tier alone answers neither.
_CONSEQUENCE_ASKED: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in (
    ("suspended", r"停權|停权|\bsuspen(?:d|ded|sion)\b"),
    ("stop", r"停止(?:判讀|判读|讀片|读片|看片)|停讀|停读|(?<![能可以])不(?:能|可以|准)(?:再)?(?:判讀|判读|讀片|读片|看片)"
             r"|\bstop(?:ped)?\s+(?:reading|interpreting)\b|\b(?:barred|banned|pulled)\s+from\s+(?:reading|interpreting)\b"),
    ("exam", r"跑片|考試|考试|\bexam\b|\b(?:reading\s+)?test\b"),
    ("attend", r"座談會|座谈会|討論會|讨论会|上課|上课|\battend\w*|\bseminar\b|\bcase\s+conference\b"),
    ("reading", r"(?:繼續|继续|還能|还能|還可以|还可以|能不能|可不可以|可以)(?:再|繼續|继续)?(?:判讀|判读|讀片|读片|看片|閱片|阅片)"
                r"|\b(?:keep|continue|go\s+on|still)\s+(?:reading|interpreting|read|interpret)\b"
                r"|\b(?:can|may|could)\s+(?:he|she|they|i|we|the\s+\w+)\s+(?:still\s+)?(?:read|interpret)\b"),
))


def asked_consequences(question: str) -> list[str]:
    """The named consequences the asking clauses ask about (`_CONSEQUENCE_ASKED`), in the table's order: every clause that
    asks ("要去上課嗎？還能繼續判讀嗎？" asks two), never one stating the facts."""
    folded = fold(question)
    asking = " ".join(c for c in _CLAUSE.split(folded) if _ASKS.search(c)) or folded
    return [name for name, pattern in _CONSEQUENCE_ASKED if pattern.search(asking)]


def consequence_lead(question: str, consequences: list[dict[str, bool | None]], headline: str, lang: str) -> str:
    """The yes / no a calculator answer leads with when the question asks about one of the result's named consequences
    ("他還能繼續判讀嗎" → 不可以, "does she have to attend?" → Yes): every consequence asked, in every result, must agree;
    one that holds only on a condition leads with "有條件" / "Only on conditions" (the headline says which). "" when the
    question asks no such yes / no, a result has no such consequence, or they disagree."""
    if not consequences or not asks_yes_no(question) or _ALREADY_LED.match(headline):
        return ""
    asked = asked_consequences(question)
    if not asked or any(name not in held for name in asked for held in consequences):
        return ""
    values = {held[name] for name in asked for held in consequences}
    if len(values) != 1:
        return ""
    (holds,) = values
    if holds is None:
        return "有條件" if lang == "zh-TW" else "Only on conditions"
    # the consequence asked in its negated form ("是立刻不能讀片了嗎", "以後都不可以判讀了嗎"): its modal is the question's, denied —
    # the answer confirms or denies the denial (是 / 不是), never the bare modal's 可以 of a reading that stops
    if lang != "en" and _NEGATED_ASK.search(asking_clause(fold(question))):
        return "是" if holds else "不是"
    return polarity_word(asking_clause(question) if lang != "en" else question, not holds, lang)


# A consequence asked through a denied modal ("不能讀片了嗎", "不可以再判讀了吗", "不准看片了嗎")
_NEGATED_ASK = re.compile(r"(?<![能可以])不(?:能|可以|准|得)(?:再)?(?:繼續|继续)?(?:判讀|判读|讀片|读片|看片|閱片|阅片)")


def asking_clause(question: str) -> str:
    """The last clause that asks (a question particle or mark, or an A-not-A verb), whose verb the lead answers in — never
    a verb of a clause stating the facts ("才来算 184 天" is no 算 asked); the whole question when no clause asks."""
    asking = [c for c in _CLAUSE.split(question) if _ASKS.search(c)]
    return asking[-1] if asking else question


def led(word: str, headline: str, lang: str) -> str:
    """The headline after its yes / no word ("不夠。換證積分 190 分…", "No. Renewal points: …")."""
    if not word:
        return headline
    return f"{word}。{headline}" if lang == "zh-TW" else f"{word}. {headline}"


# An approximate figure ("約 180 分", "about 72 cases", "大概 6 次左右") read as a range when a yes / no is asked of it: the
# figure said, give or take this share of it (at least 1). The yes / no is given only where it is the same at both ends of the
# range; otherwise the exact figure is asked for — a verdict that turns inside the person's own rounding is never given as
# theirs. (A figure asked of it — how much is deducted, what the rate is — is computed from the figure said, with the
# assumption shown: the figure is as exact as what was said.)
APPROX_SPREAD = 0.05


def approximate_range(value: float) -> tuple[float, float]:
    """The values an approximate figure covers (`APPROX_SPREAD`; whole figures stay whole, none below 0)."""
    give = max(1.0, abs(value) * APPROX_SPREAD)
    if float(value).is_integer():
        give = float(math.ceil(give))
    return max(0.0, value - give), value + give


def with_value(args: Any, old: float, new: float) -> tuple[Any, bool]:
    """A copy of `args` with the first number equal to `old` (depth first, in order) replaced by `new`; and whether one was."""
    if isinstance(args, bool):
        return args, False
    if isinstance(args, (int, float)):
        if float(args) == old:
            return (int(new) if isinstance(args, int) and float(new).is_integer() else new), True
        return args, False
    if isinstance(args, dict):
        out, done = {}, False
        for k, v in args.items():
            out[k], hit = (v, False) if done else with_value(v, old, new)
            done = done or hit
        return out, done
    if isinstance(args, list):
        items, done = [], False
        for v in args:
            new_v, hit = (v, False) if done else with_value(v, old, new)
            items.append(new_v)
            done = done or hit
        return items, done
    return args, False


def verdict_turns(calls: list[dict[str, Any]], value: float, verdict_of: Callable[[list[dict[str, Any]]], bool | None]) -> bool:
    """Does the verdict of `calls` (`verdict_of`: None where the calculator rejects the figures) differ at either end of the
    approximate `value`'s range? An end the calculator rejects (more completed than screened) is no figure it could be."""
    return _turns_at(calls, value, approximate_range(value), verdict_of)


def step_of(value: float) -> float:
    """One unit of the figure's last written digit (74 → 1, 74.5 → 0.1)."""
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return 10.0 ** min(0, int(exponent))  # type: ignore[arg-type]


def on_boundary(calls: list[dict[str, Any]], value: float, outcome_of: Callable[[list[dict[str, Any]]], Hashable | None]) -> bool:
    """Is the rough `value` said right on a boundary between two of the tool's classes of result (a grade, a tier, over or
    within a cap: `outcome_of`, None where the tool has none)? Each side of it is tried at half a step of its last digit
    (what its rounding covers: "約 75%" is 74.5 to 75.5) — at a whole step where the tool takes whole figures only (a count,
    a score): where the class differs, the answer would turn on the person's own rounding ("約 75%" against 70% ≤ rate <
    75%, "大約 340 分" against B from 340); "about 64%" is inside its tier."""
    now = outcome_of(calls)
    if now is None:
        return False
    step = step_of(value)
    for ends in ((value - step / 2, value - step), (value + step / 2, value + step)):
        for end in ends:
            changed = [with_value(args, value, round(end, 6)) for args in calls]
            if not any(hit for _, hit in changed):
                return False  # the figure is no input of the calculation
            there = outcome_of([args for args, _ in changed])
            if there is not None:
                if there != now:
                    return True
                break  # (this side answered: no whole step tried)
    return False


def _turns_at(calls: list[dict[str, Any]], value: float, ends: tuple[float, float],
              result_of: Callable[[list[dict[str, Any]]], Hashable | None]) -> bool:
    """Does `result_of(calls)` differ with `value` read as either of `ends` (an end the calculator rejects, None, is no
    figure it could be; a `value` that is no input of the calls turns nothing)?"""
    now = result_of(calls)
    for end in ends:
        changed = [with_value(args, value, end) for args in calls]
        if not any(hit for _, hit in changed):
            return False  # the figure is no input of the calculation
        there = result_of([args for args, _ in changed])
        if there is not None and there != now:
            return True
    return False


# A count said as a figure and some ("一百多", "兩百多例", "三十幾次"): at least the figure, short of the next step of its last
# non-zero digit (一百多 is 100 to 199, 150多 is 150 to 159); "一百出頭" is a little over it (101 to 110)
_SOME_MORE = re.compile(r"^\s*(\d+)\s*(?:多|幾|几|(出頭|出头))")
_CN_LITTLE_MORE = re.compile(r"^\s*([一二兩两三四五六七八九十百千]+)\s*(?=出頭|出头)")


def some_more_range(phrase: str) -> tuple[int, int] | None:
    """(lowest, highest) a count said as "a figure and some" ("100多" → (100, 199)) covers; None for any other phrase
    (digits only: the phrase as the folded question writes it)."""
    if (cn := _CN_LITTLE_MORE.match(phrase)) is not None:  # ("一百出頭": the numeral the folded question keeps before 出頭)
        from knowledge.numerals import cn_to_int  # noqa: PLC0415

        try:
            phrase = f"{cn_to_int(cn.group(1))}{phrase[cn.end(1):]}"
        except (KeyError, ValueError):
            return None
    m = _SOME_MORE.match(phrase)
    if m is None or int(m.group(1)) < 10 or int(m.group(1)) % 10:
        return None
    n = int(m.group(1))
    step = 10 ** (len(m.group(1)) - len(m.group(1).rstrip("0")))
    if m.group(2):  # "100出頭": a little over the figure — up to a tenth of its step (101 to 110; "20出頭" 21 to 23)
        return n + 1, n + max(3, step // 10)
    return n, n + step - 1


def some_more_note(said: str, low: int, high: int, lang: str) -> str:
    """The count said as a figure and some, taken as its lowest, the verdict the same across what it covers."""
    if lang == "zh-TW":
        return f"「{said}」是約略的數字，以 {low} 計算；在 {low} 到 {high} 之間結論都相同。"
    return f"“{said}” is approximate; it is taken as {low}, and anywhere from {low} to {high} the verdict is the same."


def rough_note(said: str, value: float, lang: str) -> str:
    """The approximate figure's range, the verdict the same over it."""
    low, high = approximate_range(value)
    if lang == "zh-TW":
        return f"「{said}」是約略的數字，以 {value:g} 計算；在 {low:g} 到 {high:g} 之間結論都相同。"
    return f"“{said}” is approximate; it is taken as {value:g}, and anywhere from {low:g} to {high:g} the verdict is the same."


def rough_problem(said: str, value: float, lang: str) -> str:
    """The question back when the verdict turns inside the approximate figure's range."""
    low, high = approximate_range(value)
    if lang == "zh-TW":
        return f"「{said}」是約略的數字；實際數字在 {low:g} 到 {high:g} 之間，結論會不同。請告訴我確切的數字，我再幫您判斷。"
    return (f"“{said}” is approximate, and anywhere from {low:g} to {high:g} the verdict differs. "
            "Tell me the exact figure and I will work it out.")


# A figure said as a range ("170 到 180 分", "70~76 例", "between 60 and 65 %", "9-10 年"): its two ends, the same unit.
_RANGE_UNIT = r"(?:分|例|案|次|篇|場|场|年|天|位|人|%|％|points?|cases?|years?)?"
RANGE = re.compile(rf"(?<![\d./-])(?P<low>\d+(?:\.\d+)?)\s*(?P<u1>{_RANGE_UNIT})\s*(?:到|至|~|～|–|—|-|\bto\b)\s*"
                   rf"(?P<high>\d+(?:\.\d+)?)\s*(?P<u2>{_RANGE_UNIT})(?![\d./-])|"
                   rf"\bbetween\s+(?P<blow>\d+(?:\.\d+)?)\s*(?P<bu1>{_RANGE_UNIT})\s+and\s+(?P<bhigh>\d+(?:\.\d+)?)\s*(?P<bu2>{_RANGE_UNIT})",
                   re.IGNORECASE)


@dataclass(frozen=True)
class Range:
    """A figure said as a range: its words, its ends and where each end is written."""

    said: str
    low: float
    high: float
    low_at: tuple[int, int]
    high_at: tuple[int, int]


def ranges(text: str) -> list[Range]:
    """The figures `text` says as ranges (the low end below the high one, one unit or none said between them)."""
    out = []
    for m in RANGE.finditer(text):
        low, high = (m.group("low"), m.group("high")) if m.group("low") else (m.group("blow"), m.group("bhigh"))
        u1, u2 = (m.group("u1"), m.group("u2")) if m.group("low") else (m.group("bu1"), m.group("bu2"))
        if float(low) >= float(high) or (u1 and u2 and u1.lower().rstrip("s") != u2.lower().rstrip("s")):
            continue
        if not (u1 or u2) and all(re.fullmatch(r"(?:19|20)\d\d", x) for x in (low, high)):
            continue  # "2025-2026": a span of years, no figure
        if m.group("low") and YEAR_AS_PLACE.match(text, m.start("high")):
            continue  # "…, 95 — 2026 being year 6": the last figure, then the year named as the sixth, no range
        lo, hi = ("low", "high") if m.group("low") else ("blow", "bhigh")
        out.append(Range(m.group(0).strip(), float(low), float(high), m.span(lo), m.span(hi)))
    return out


def boundary_problem(said: str, lang: str) -> str:
    """The question back when a rough figure is said right on a boundary of the result (`on_boundary`)."""
    if lang == "zh-TW":
        return f"「{said}」是約略的數字，正好落在評定的分界上：實際數字差一點，結果就不同。請告訴我確切的數字，我再幫您判斷。"
    return (f"“{said}” is approximate and sits right on a boundary of the result: a little either way gives a different "
            "result. Tell me the exact figure and I will work it out.")


def range_note(r: Range, used: float, lang: str) -> str:
    """A range whose verdict is the same at both ends: computed at the end the reader took (`used`), said so."""
    other = r.high if used == r.low else r.low
    if lang == "zh-TW":
        return f"「{r.said}」是一個範圍：以 {used:g} 計算；到 {other:g} 結論都相同。"
    return f"“{r.said}” is a range: it is worked out at {used:g}, and at {other:g} the verdict is the same."


def range_problem(r: Range, lang: str) -> str:
    """The question back when the verdict turns inside a range."""
    if lang == "zh-TW":
        return f"「{r.said}」是一個範圍；在 {r.low:g} 到 {r.high:g} 之間結論會不同。請告訴我確切的數字，我再幫您判斷。"
    return f"“{r.said}” is a range, and between {r.low:g} and {r.high:g} the verdict differs. Tell me the exact figure and I will work it out."
