"""Items slots: a list of objects read clause by clause ("SCI 全文第一作者 3 篇、國外演講 2 次").

Each clause naming one of the slot's kinds is one item; its other inputs are read in the same clause, and
the item model says which of them a kind needs (a role for a paper, a scope for a lecture): only those are
kept, a missing one is asked. Qualifiers apply generically: a clause with only a field word (or a number of a field
the item needs, "每場 3 小時") refines the item before it, "其中 N" carves N out of the item before it, "都是" gives
one value to every item. Where the slot says so, a clause naming several kinds is one item per kind, and each item
takes the calendar year named for it.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, ValidationError

from bot.extract.base import Need, Note, segments
from bot.parsing.dates import FoundYear, find_years
from bot.reader.others import others_figures, others_spans
from bot.parsing.numbers import COUNT_HEADING, cn_to_int, find_quantities
from bot.reader.mentions import SUBSET_WORDS, A_NOT_A_ZH, BACK_REFERENCE, EACH_BACK, QUALIFIERS, bound_of, clause_of, compiled, negated, numbers
from bot.reader.needles import may_occur
from bot.reader.words import said_not
from calculators.errors import FieldProblem
from calculators.vocab import PART_OF_YEAR, Choice, Slot

if typing.TYPE_CHECKING:
    from bot.reader.reading import Reading



def item_model(model: type[BaseModel], name: str) -> type[BaseModel]:
    """The model of one item of a list field (list[TsirActivity] → TsirActivity)."""
    annotation = model.model_fields[name].annotation
    for arg in typing.get_args(annotation):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    raise TypeError(f"{model.__name__}.{name} is no list of models")


def kind_labels(model: type[BaseModel], name: str) -> dict[str, tuple[str, str]]:
    """The (zh, en) names of the item kinds of a list field (TSA activities: "本會年會" / "TSA annual meeting"), {} when its
    items declare none."""
    field = item_model(model, name).model_fields.get("kind")
    extra = field.json_schema_extra if field is not None else None
    choices = extra.get("choices", {}) if isinstance(extra, dict) else {}
    return {str(k): (str(v[0]), str(v[1])) for k, v in choices.items()} if isinstance(choices, dict) else {}


def asked_by(model: type[BaseModel], item: dict[str, Any]) -> list[str]:
    """The fields the item model requires of this item (FieldProblem / missing), in order."""
    try:
        model.model_validate(item)
    except ValidationError as err:
        out = []
        for e in err.errors():
            problem = (e.get("ctx") or {}).get("error")
            field = problem.field if isinstance(problem, FieldProblem) else str(e["loc"][0]) if e["loc"] else ""
            if e["type"] == "missing" or isinstance(problem, FieldProblem):
                out.append(field)
        return out
    return []


def _enum(r: Reading, slot: Slot, clause: str) -> Any:
    """The first choice the clause names, not negated ("我是發表者不是一作": the presenter)."""
    c = _enum_choice(r, slot, clause)
    return c.value if c is not None else None


def _enum_choice(r: Reading, slot: Slot, clause: str) -> Choice | None:
    """The choice `_enum` reads: the first one whose words the clause says of the person, not negated."""
    return next((c for c in slot.choices if c.terms and _holds(r, c, clause) and _affirmed(r, c, clause)), None)


def _affirmed(r: Reading, c: Choice, clause: str) -> bool:
    """The clause says the choice's words at least once not negated ("也不是通訊" names no corresponding author) and not
    as another person's doing ("學弟上台報告的", "my fellow gave the talk": `_of_another`)."""
    return any(True for _ in _said(r, c, clause))


def _said(r: Reading, c: Choice, clause: str) -> Iterator[re.Match[str]]:
    """The choice's words in the clause that say it of the person asking: neither negated nor another person's doing."""
    if not may_occur(r.pattern(c.terms), clause):
        return
    for m in compiled(r.pattern(c.terms)).finditer(clause):
        if not negated(clause, m.start()) and _of_another(c, clause, m) is None:
            yield m


def _of_another(c: Choice, text: str, m: re.Match[str]) -> str | None:
    """The words saying the choice's words `m` of another person (`Choice.others`), subject first ("學弟上台報告", "my
    fellow gave the talk") or doer after ("上台報告的是學弟", "presented by the resident"); None when no one else is named."""
    if c.others is None:
        return None
    window = max(0, m.start() - 40)
    if (subject := compiled(c.others.before).search(text, window, m.start())) is not None:
        return text[subject.start():m.end()]
    if (doer := compiled(c.others.after).match(text, m.end())) is not None:
        return text[m.start():doer.end()]
    return None


# A bracket that says what something is not ("(not first, not second)", "（不是一作也不是通訊）", "(neither 1st nor 2nd)")
_NOT_BRACKET = re.compile(r"[(（]\s*(?:not|non|neither|never|isn't|wasn't|不是|非|並非|并非|沒有|没有|沒|没)[^()（）]*(?:[)）]|$)", re.IGNORECASE)


def _bracketed(text: str, parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Clauses with a bracket saying what something is not, opened in one and closed in a later one, joined ("3rd author
    (not first, not second) on an SCI article": what is said in brackets belongs to the clause it is in, its commas no end
    of it)."""
    out: list[tuple[int, str]] = []
    for start, clause in parts:
        # (… or any short bracket of words only, "a poster (original study, not a case) at the TSA annual mtg": its
        # comma ends nothing — the place after it is still the poster's)
        if out and _open_brackets(out[-1][1]) > 0 and (_NOT_BRACKET.search(out[-1][1]) or _WORDS_BRACKET.match(text, _last_open(out[-1][1]) + out[-1][0])):
            prev = out[-1][0]
            out[-1] = (prev, text[prev:start + len(clause)])
        else:
            out.append((start, clause))
    return out


_WORDS_BRACKET = re.compile(r"[(（][^()（）\d]{1,40}[)）]")


def _last_open(clause: str) -> int:
    return max(clause.rfind("("), clause.rfind("（"))


def _open_brackets(clause: str) -> int:
    return sum(clause.count(c) for c in "(（") - sum(clause.count(c) for c in ")）")


def _not_said(clause: str) -> str:
    """The clause with its brackets saying what something is not blanked (same length): "3rd author (not first, not
    second)" names the third place only, "middle author (not 1st, 2nd or corresponding)" no corresponding author."""
    return _NOT_BRACKET.sub(lambda m: " " * len(m.group(0)), clause)


def _denied(r: Reading, slot: Slot, kind: Any, start: int, clause: str) -> bool:
    """The kind's word in the clause, with the slot's denial words right before or right after it ("沒去年會", "年會沒去",
    "skipped the annual congress", "年會跟月會都沒去"), and no other word of the kind left standing."""
    assert slot.denied is not None
    t = r.q.text
    before, after = compiled(rf"(?:{slot.denied[0]})"), compiled(rf"(?:{slot.denied[1]})")
    found = [m for c in slot.choices if c.value == kind and c.terms for m in compiled(r.pattern(c.terms)).finditer(clause)]
    return bool(found) and all(before.search(t[max(0, start + m.start() - 32):start + m.start()])
                               or after.search(t[start + m.end():start + m.end() + 16]) for m in found)


# Words asking to leave an activity out of this count, said before or after its word ("but don't count the annual
# meeting", "年會先不算", "年会除外", "not counting the annual meeting", "不要算年會"): never a miss ("沒去") — the activity
# named earlier in the question is then dropped too, not only this mention of it
_LEFT_OUT_BEFORE = re.compile(r"(?:\b(?:don'?t|do not|not|no need to|without)\s+(?:count(?:ing)?|includ(?:e|ing))|\bexclud(?:e|ing)"
                              r"|\bleav(?:e|ing) out|\bexcept(?: for)?|(?<!算)(?:不要|不用|先不|暫不|暂不|不)\s*(?:算|計|计)"
                              r"|不包括|不包含|扣除|排除|扣掉)\s*(?:the\s+|my\s+|今年|去年)?\s*(?:的)?\s*$", re.IGNORECASE)
_LEFT_OUT_AFTER = re.compile(r"^[^，,。；;？?\d]{0,8}?(?:(?:先|暫時|暂时|就|都)?\s*(?:不用|不要|不必|別|别|先不|暫不|暂不)\s*(?:算|計|计)"
                             r"(?!\s*(?:嗎|吗|呢))|除外|不\s*(?:列入|計入|计入|算進|算进)"
                             # ("年會出席的分數分開算", "年會本身的出席分另外算": counted apart from what is asked)
                             r"|(?:另外|另|分開|分开|單獨|单独)\s*(?:算|計|计)(?!\s*(?:嗎|吗|呢|\d|的話|的话|[?？]|還是|还是)))|^\s*(?:excluded|not counted|left out)\b",
                             re.IGNORECASE)
# A word every match of `_LEFT_OUT_BEFORE` or `_LEFT_OUT_AFTER` holds (count/includ/exclud/leav/except/left out, 不, 別,
# 除外, 扣除, 排除, 扣掉): a text with none of them asks nothing left out, and its clauses need not be scanned per kind
# (~85 % of the calculator questions; the result is the same — keep this list in step with the two patterns above)
_LEFT_OUT_WORD = re.compile(r"count|includ|exclud|leav|except|left out|不|別|别|除外|扣除|排除|扣掉|另|分開|分开|單獨|单独", re.IGNORECASE)


def _drop_left_out(r: Reading, slot: Slot, start: int, clause: str,
                   lists: tuple[list[dict[str, Any]], list[bool], list[bool]], origin: dict[int, int]) -> None:
    """A later mention of a kind asked to be left out ("5 monthly meetings and the annual meeting, but don't count the
    annual meeting", "月會5次、年會1次，年會先不算"): the items of that kind read before it, with their counts, are
    dropped (an exclusion said after the item removes it)."""
    t = r.q.text
    if slot.denied is None or not _LEFT_OUT_WORD.search(t):
        return
    left_out = {c.value for c in slot.choices if c.terms for m in compiled(r.pattern(c.terms)).finditer(clause)
                if _LEFT_OUT_BEFORE.search(t[max(0, start + m.start() - 32):start + m.start()])
                or _LEFT_OUT_AFTER.search(t[start + m.end():start + m.end() + 16])}
    if not left_out:
        return
    items = lists[0]
    for i in reversed(range(len(items))):
        if items[i].get("kind") in left_out:
            _count_set_aside(r, origin.get(id(items[i])), start)
            for lst in lists:
                del lst[i]


_ITEM_END = re.compile(r"[，,。；;、]|\band\b")


def _count_set_aside(r: Reading, at: int | None, before: int) -> None:
    """The count read for an item dropped (left out of the count) is set aside as said left out, not left unread."""
    if at is None:
        return
    end = m.start() + at if (m := _ITEM_END.search(r.q.text[at:before])) else before
    for n in numbers(r.q):
        if at <= n.start < end and n.start in r.used:
            r.used.discard(n.start)
            r.set_aside.append((n.start, n.end, "left_out"))


def _background(r: Reading, slot: Slot, kind: Any, start: int, clause: str) -> bool:
    """Every word of the kind in the clause lies inside the slot's `background` words ("Trained overseas, still learning the
    system", "overseas-trained surgeon here", "did my residency abroad"): who the person is, no activity."""
    assert slot.background is not None
    t = r.q.text
    spans = [m.span() for m in compiled(rf"(?:{slot.background[0]})").finditer(t)]
    found = [m for c in slot.choices if c.value == kind and c.terms for m in compiled(r.pattern(c.terms)).finditer(clause)]
    # (a kind the place decided, "我是來臺灣的 visiting fellow" read as training at home: the words of any kind said there)
    found = found or [m for c in slot.choices if c.terms for m in compiled(r.pattern(c.terms)).finditer(clause)]
    return bool(found) and all(any(a <= start + m.start() and start + m.end() <= b for a, b in spans) for m in found)


# An activity named only as the subject of a yes / no question about what it earns ("…, wait, does the annual meeting count
# double?", "does ATLS count too?", "年會也算兩倍嗎？", "年會算不算？"): asked about, never said done — no item of one's own
_ASKED_BEFORE = re.compile(r"(?:^|[,，;；.。:：—–?？!！-]|\band\b|\bwait\b|\bso\b|\balso\b)\s*(?:(?:and|but|so|also|wait)\s*,?\s*)*"
                           r"(?:does|do|would|will|can|could|should|is|are)\s+(?:the|an?|my|our|this|that|a\s+single)?\s*$", re.IGNORECASE)
_ASKED_AFTER = re.compile(r"^[^,，.。;；!?？\d]{0,12}?\b(?:also\s+|still\s+|even\s+)?(?:count|counts|get|gets|earn|earns|qualify|qualifies|apply|applies|"
                          r"double|give|gives|score|scores|worth)\b[^,，.。;；!\d]{0,30}(?:[?？]|\s*\Z)"
                          # (a yes / no only: "年會也算兩倍嗎", "年會算不算？" — never a figure asked, "國外的醫學會算幾分？我今年…3場這種")
                          r"|^\s*(?:也|還|还|就|會|会)?\s*(?:算|能算|可以算|有沒有算|有没有算)[^，,。；;!！\d幾几多少]{0,8}(?:嗎|吗)"
                          r"|^\s*(?:也|還|还|就)?\s*算不算\s*[?？]", re.IGNORECASE)
# a figure asked of it ("how many credits does the annual meeting give", "what does ATLS count for"): the rule's value asked,
# its reading the router's — never an activity dropped from one's own list
_FIGURE_WORD_BEFORE = re.compile(r"\b(?:how|what|which)\b[^,，.。;；!?？]*$", re.IGNORECASE)
_DONE_BEFORE = re.compile(r"(?:去|參加|参加|出席|到)(?:了|過|过)?[^，,。；;]{0,4}$|\b(?:went to|attended|joined|made it to)\s+(?:the\s+)?$", re.IGNORECASE)


def _asked_only(r: Reading, slot: Slot, kind: Any, start: int, clause: str) -> bool:
    """Is every word of the kind in the clause the subject of a yes / no question about what it earns (`_ASKED_BEFORE`,
    `_ASKED_AFTER`), never said attended?"""
    t = r.q.text
    found = [m for c in slot.choices if c.value == kind and c.terms for m in compiled(r.pattern(c.terms)).finditer(clause)]
    return bool(found) and all(
        (_ASKED_BEFORE.search(t[max(0, start + m.start() - 40):start + m.start()]) or re.match(r"[\u4e00-\u9fff]", m.group(0)))
        and _ASKED_AFTER.search(t[start + m.end():])
        and not _DONE_BEFORE.search(t[max(0, start + m.start() - 16):start + m.start()])
        and not _FIGURE_WORD_BEFORE.search(t[max(0, start + m.start() - 40):start + m.start()]) for m in found)


# An activity already listed, named again only to say which credits are wanted ("Presentation credits only pls, not the
# attendance", "just the poster points", "only count the presentations", "只算發表的分數", "發表的部分就好"): the scope
# of the answer, never one more activity of that kind
_SCOPE_BEFORE = re.compile(r"(?:\b(?:only|just)\s+(?:count(?:ing)?\s+|want\s+|need\s+)?(?:the\s+|her\s+|his\s+|my\s+)?"
                           r"|(?:只|僅|仅|單|单)\s*(?:算|計|计|要|看)\s*(?:我的|她的|他的)?)$", re.IGNORECASE)
_SCOPE_AFTER = re.compile(r"^\s*(?:credits?|points?|pts|的分數|的分数|的積分|的积分|的部分|的部份|部分|部份|分數|分数|積分|积分)?\s*"
                          r"(?:only\b|alone\b|就好|就可以|而已|please\b|pls\b|plz\b)"
                          # ("…年會各一次…。專科醫學會年會那個好像會被上限卡到": the kind read already, pointed back at with a remark on it)
                          r"|^\s*(?:的)?\s*(?:年會|年会)?\s*(?:那個|那个|那種|那种|那些|這個|这个|這種|这种)(?:的)?\s*(?:積分|积分|分數|分数)?\s*"
                          r"(?:好像|應該|应该|會|会|是不是|可能|大概|聽說|听说|有沒有|有没有)", re.IGNORECASE)
# … but "only" / "just" right after a year heading ("2025: only the annual meeting", "2024 - just the annual congress",
# "in 2025 only the annual mtg", "this year just 3 monthly meetings") says all that year held: an item of that year
_YEAR_ONLY_BEFORE = re.compile(r"(?:\b(?:19|20)\d\d\s*(?:[:：=＝\-–—]|\bwas\b|\bwere\b)?|\b(?:this|last)\s+(?:year|yr)\s*[:：=＝\-–—]?|"
                               r"(?:今年|去年|前年|\d{4}\s*年)\s*[:：]?)\s*(?:\b(?:only|just)\b|只有|只|僅有|僅)\s*"
                               r"(?:(?:went\s+to|attended|had|did)\s+)?(?:the\s+|my\s+|one\s+|an?\s+)?$", re.IGNORECASE)
_YEAR_HEAD_BEFORE = re.compile(r"(?:\b(?:19|20)\d\d|(?<![\d年])\d{4}\s*年|\b(?:this|last)\s+(?:year|yr))\s*(?:[:：=＝]|-+>|→|⇒|=>|[\-–—])\s*"
                               r"(?:the\s+|my\s+|an?\s+|one\s+)?$", re.IGNORECASE)
_SCOPE_KIND_AFTER = re.compile(r"^\s*(?:credits?|points?|pts|的分數|的分数|的積分|的积分|的部分|的部份)", re.IGNORECASE)


def _scope_only(r: Reading, slot: Slot, kind: Any, start: int, clause: str) -> bool:
    """Is every word of the kind in the clause only naming which credits are wanted (`_SCOPE_BEFORE` / `_SCOPE_AFTER`)?"""
    t = r.q.text
    found = [m for c in slot.choices if c.value == kind and c.terms for m in compiled(r.pattern(c.terms)).finditer(clause)]

    def scoped(m: re.Match[str]) -> bool:
        before, after = t[max(0, start + m.start() - 40):start + m.start()], t[start + m.end():start + m.end() + 24]
        if _YEAR_ONLY_BEFORE.search(before):
            return False  # "2025: only the annual meeting": all that year held, an item of that year
        if _YEAR_HEAD_BEFORE.search(before):
            return False  # "2026 -> annual congress only", "2025：年會而已": a year heading the kind — that year's item
        return bool(_SCOPE_AFTER.search(after) or _SCOPE_BEFORE.search(before) and _SCOPE_KIND_AFTER.search(after)
                    or _SCOPE_BEFORE.search(before) and re.match(r"\s*(?:[,，.。;；]|$|\bnot\b)", after))
    return bool(found) and all(scoped(m) for m in found)


def _names(r: Reading, slot: Slot, kind: Any, clause: str) -> bool:
    """The clause names the kind in its own words (its conditions holding)."""
    return any(c.value == kind and c.terms and _holds(r, c, clause) and compiled(r.pattern(c.terms)).search(clause)
               for c in slot.choices)


def _holds(r: Reading, c: Choice, clause: str) -> bool:
    """A choice's own conditions: its `when` over the question, its `clause` words in the clause — or in the clauses
    right after it that go on describing it ("生平第一篇SCI，一作，不過是病例報告": `_described_after`)."""
    return (not c.when or r.any(c.when)) and (not c.clause or compiled(r.pattern(c.clause)).search(clause) is not None
                                              or _described_after(r, c, clause))


# the clause(s) after a kind's word that go on describing it, no other figure or kind: "SCI，一作，不過是病例報告",
# "SCI paper? no — SCI, first author, a case report" (up to two short clauses, in the sentence)
_NEXT_CLAUSES = re.compile(r"\s*[，,、]\s*([^，,。；;？?！!\n\d]{1,16})(?:[，,、]\s*([^，,。；;？?！!\n\d]{1,16}))?")


def _described_after(r: Reading, c: Choice, clause: str) -> bool:
    """The choice's `clause` words said in the one or two short clauses right after this one, in its sentence, with no
    figure of their own ("那年終於有了第一篇SCI，一作，不過是病例報告": the paper's role and type said after a comma)."""
    t = r.q.text
    at = t.find(clause.rstrip()) if clause.strip() else -1
    if at < 0:
        return False
    m = _NEXT_CLAUSES.match(t, at + len(clause.rstrip()))
    return m is not None and any(g and compiled(r.pattern(c.clause)).search(g) for g in m.groups())


# A bracket that says which kind something is not ("（不是第三款那些專科醫學會）", "(not the TSA's own annual meeting)",
# "（並非本會年會）"): the kinds named inside it are denied, no items ("非 SCI" / "not SCI" name a kind of paper instead)
_NOT_KIND_BRACKET = re.compile(r"[(（]\s*(?:(?:它|這|这|那|這個|这个|那個|那个|該會|该会|這場|这场|那場|那场)\s*(?:並|并|也)?\s*(?:不是|並非|并非|不屬於|不属于|不算)|"
                               r"(?:it|that|which|this)['’]s\s+not\b|不是|並非|并非|而非|不屬於|不属于|不算|不在|非(?!\s*sci)|not\b(?!\s+(?:in\s+)?sci\b)|neither|never"
                               r"|(?:which|that|it)\s+(?:is|was)(?:n't|\s+not)\b|isn't|wasn't|unlike|other than|excluding)[^()（）]*(?:[)）]|$)",
                               re.IGNORECASE)


# A clause of its own that says which kind something is not, with no count ("…其他外科相關學會的年會，不是第三款那種專科醫學會，",
# "…，它不是專科醫學會的", ", not one of the article 5(3) specialty societies."): the kinds named in it are denied, up to an
# affirmative 是 / but / rather that says what it was instead ("不是月會，是年會" keeps the annual meeting)
_NOT_KIND_CLAUSE = re.compile(r"(?:^|(?<=[，,;；:：]))\s*(?:而且|而|但|但是|and|but)?\s*(?:(?:它|這|这|那|這個|这个|那個|那个|該會|该会)\s*(?:並|并|也)?\s*)?"
                              r"(?:不是|並非|并非|而非|不屬於|不属于|不算是?|\bnot\b|\b(?:it|that|which)\s*(?:['’]s|is|was)\s+not\b|"
                              r"\b(?:it|that|which)\s+(?:isn['’]t|wasn['’]t)\b)"
                              r"(?:(?!是|\bbut\b|\brather\b|(?:\d+|[一二兩两三四五六七八九十])\s*(?:次|場|场|篇|天|times?\b|days?\b))"
                              r"[^，,。；;？?！!\n])*", re.IGNORECASE)


# A bracket hedging what the thing before it is ("(非SCI那種我不確定)", "（不知道算不算 SCI）", "(not sure if it's SCI)"): an
# aside of doubt, no kind of its own — the words outside it say what was done (a kind they leave open is asked)
_UNSURE_BRACKET = re.compile(r"[(（][^()（）]*(?:不確定|不确定|不太確定|不太确定|不知道|不清楚|沒把握|没把握|\bnot sure\b|\bunsure\b|"
                             r"\bdon['’]?t know\b|\bno idea\b)[^()（）]*[)）]", re.IGNORECASE)


# A value of the rule asked of a kind as the person's guess ("是算非SCI的30分嗎", "算國際會議的 30 分嗎"): the kind named
# there is what they guess the rule calls it, no item of its own
_GUESSED_KIND = re.compile(r"(?:算|算是|當作|当作|視為|视为)\s*[^，,。；;？?!！\d]{1,12}?的\s*\d+(?:\.\d+)?\s*分?\s*(?:嗎|吗|吧|對吧|对吧|[?？])")


_MODIFIER_GAP = re.compile(r"\s*(?:的|之|['’]s)?\s*", re.IGNORECASE)


def named_kinds(r: Reading, slot: Slot, clause: str, dropped: list[Any] | None = None) -> list[tuple[int, int, Any]]:
    """Every kind the clause names as (start, end, kind), in order: earlier choices win overlapping words,
    one item per kind; a place named for another kind ("在年會發表壁報") is no item (added to `dropped`), nor a kind
    named in a bracket saying what it is not."""
    unblanked = clause  # (a bracket saying what it is not may say what it is credited as: "（不是第三款那種）", `Slot.recast`)
    clause = _NOT_KIND_BRACKET.sub(lambda m: " " * len(m.group(0)), clause)
    clause = _NOT_KIND_CLAUSE.sub(lambda m: " " * len(m.group(0)), clause)
    clause = _UNSURE_BRACKET.sub(lambda m: " " * len(m.group(0)), clause)
    clause = _GUESSED_KIND.sub(lambda m: " " * len(m.group(0)), clause)
    found: list[tuple[int, int, Any]] = []
    # the words of a kind already found, named again ("國際會議2次(一個是在台北辦的國際研討會…)"), are still that kind's:
    # no later kind reads a word inside them (the 研討會 of 國際研討會 is no seminar)
    covered: list[tuple[int, int]] = []
    noted: dict[tuple[int, int], tuple[str, str]] = {}  # a kind read by a choice with a note: the note, by its words' span
    for c in (c for c in slot.choices if c.terms and _holds(r, c, clause)):
        pattern = r.pattern(c.terms)
        if not may_occur(pattern, clause):  # (no needle of it in the clause: no word of the kind)
            continue
        for m in compiled(pattern).finditer(clause):
            if any(s < m.end() and m.start() < e for s, e in covered):
                continue
            if (said := _of_another(c, clause, m)) is not None:
                # ("… not first author, the poster was presented by my resident": someone else's doing, no item of theirs)
                covered.append(m.span())
                _note_others(r, c, said)
                continue
            if not any(k == c.value for *_, k in found):
                found.append((m.start(), m.end(), c.value))
                if c.note is not None:
                    noted[m.span()] = c.note
            covered.append(m.span())
    # "大腸直腸外科的國際年會": a kind's words right before another's it `modifies` only say whose that one is
    found = [f for f in found if not any(f[2] == k and g[2] in others and f[1] <= g[0] and _MODIFIER_GAP.fullmatch(clause[f[1]:g[0]])
                                         for k, others in slot.modifies for g in found)]
    named = {k for *_, k in found}
    # "ATLS 課程": a kind that yields to another one the clause names is not read beside it
    found = [f for f in found if not any(k == f[2] and (named & set(others) if others else named - {k})
                                         for k, others in slot.yields)]
    if slot.venue and (topics := _topic_headings(r, slot, clause, found)):
        # "年會投稿的部分：poster 3 篇", "年會方面，發表了兩篇壁報": the meeting only names what the section is about
        found = [f for f in found if f not in topics]
        named = {k for *_, k in found}
        if dropped is not None:
            dropped += [k for *_, k in topics]
    if slot.venue and slot.venue[0] in named:
        # (… a society's name between, in English: "at the surgical association annual meeting", "at the Taiwan Surgical
        # Association's annual meeting" — words of a name only, never a verb or a joining word)
        at = compiled(rf"(?:{r.pattern(slot.venue[2])})(?:\s*[^\s，,]{{0,12}}|\s+(?:(?!(?:and|then|also|but|plus|or|i|we|went|"
                      rf"attended|did|had)\b)[A-Za-z][\w'’.-]*\s+){{1,4}})\s*$")
        # "在年會發表壁報", "年會上台報告壁報": the meeting is where the presentation was given
        places = [f for f in found if f[2] in slot.venue[1] and (at.search(clause[:f[0]]) or _PLACE_AFTER.match(clause, f[1]))]
        found = [f for f in found if f not in places]
        if dropped is not None:
            dropped += [k for *_, k in places]
    elif slot.venue and (counted := _venue_counted(r, slot, clause, found)):
        # … the meeting's word then names the presentations given there, one item of the `venue` kind
        found = sorted({(s, e, slot.venue[0] if (s, e, k) in counted else k) for s, e, k in found}, key=lambda f: f[0])
    elif slot.venue and (places := _venue_of_before(r, slot, clause, found)):
        found = [f for f in found if f not in places]
        if dropped is not None:
            dropped += [k for *_, k in places]
    _note_kinds(r, found, noted)
    for to, words, froms, note in slot.recast:
        if not any(k in froms for *_, k in found) or not (_recast_said(r, words, clause) or _recast_said(r, words, unblanked)):
            continue
        # "4 小時的研討會，按時數認定": the seminar is the kind its credit is said to follow — one item, at its words
        found = [(s, e, to if k in froms else k) for s, e, k in found if k != to]
        found = [f for i, f in enumerate(found) if f[2] != to or all(g[2] != to for g in found[:i])]
        if Note(*note) not in r.notes:
            r.notes.append(Note(*note))
    return sorted(found, key=lambda f: f[0])


def _names_other(r: Reading, slot: Slot, kind: Any, words: str, clause: str) -> bool:
    """The clause names `kind` by other words than `words` too ("不是按時數的課程": a course of its own)."""
    rest = compiled(r.pattern(words)).sub(lambda m: " " * len(m.group(0)), clause)
    return _names(r, slot, kind, rest)


def _recast_said(r: Reading, words: str, clause: str) -> bool:
    """The words of a `Slot.recast` said in the clause and not denied ("不是按時數", "not credited by the hour")."""
    return any(not negated(clause, m.start()) for m in compiled(r.pattern(words)).finditer(clause))


OWNED_OPEN = "?owned"  # the kind of an activity another body owns, not said (`Slot.owned_ask`): asked, never read
_SENTENCE_STOPS = "，,。；;？?！!\n"
# the verbs, counts and articles before the words quoted ("去了一個其他學會的年會" → 「其他學會的年會」)
_QUOTE_LEAD = re.compile(r"^\s*(?:.*(?:參加|参加|出席|去|到|在)(?:了|過|过)?)?(?:一個|一个|一家|一場|一场|個|个)?\s*")


def owner_words(slot: Slot, text: str, start: int, end: int) -> str | None:
    """The words naming another body than the person's own as the owner of the kind's words at text[start:end] — in their
    sentence, right before them ("別的學會的" before 年會) or right after them ("of a different society" after "annual
    meeting"; `Slot.owned`) — quoted with the kind's words, or None: none said, or the body named is the person's own
    ("外科醫學會的年會", "the annual meeting of the TSA")."""
    _, before, after, ours = slot.owned
    left = max(text.rfind(ch, 0, start) for ch in _SENTENCE_STOPS) + 1
    right = min((i for ch in _SENTENCE_STOPS if (i := text.find(ch, end)) >= 0), default=len(text))
    found = [(m, text[m.start():end]) for b in before if (m := compiled(rf"(?:{b})\s*$").search(text, left, start))] \
        + [(m, text[start:m.end()]) for a in after if (m := compiled(rf"\s*(?:{a})").match(text, end, right))]
    for m, said in found:
        names = [v for k, v in m.groupdict().items() if k.startswith("name") and v]
        if names and all(not re.sub(r"[\s'’.,-]+", "", compiled(ours).sub("", v)) for v in names):
            continue  # (a name of nothing but the body's own words: its own)
        said = _QUOTE_LEAD.sub("", said).strip()
        return said + ("）" if said.count("（") > said.count("）") else ")" if said.count("(") > said.count(")") else "")
    return None


def _owned_kind(r: Reading, slot: Slot, text: str, start: int, clause: str, kind: Any) -> tuple[Any, str]:
    """The kind of an item of `kind` read in `clause` (at `start` in the text): one of the body's own kinds (`Slot.owned`)
    whose words another body owns is the kind `Slot.owned_as` gives (said in its note), else `OWNED_OPEN` — asked; any
    other kind, or one no other body owns, stays. With the words quoted."""
    if not slot.owned or kind not in slot.owned[0]:
        return kind, ""
    span = next(((s, e) for s, e, k in named_kinds(r, slot, clause) if k == kind), None)
    if span is None or (said := owner_words(slot, text, start + span[0], start + span[1])) is None:
        return kind, ""
    for of_kind, words, as_kind, note in slot.owned_as:
        if of_kind == kind and (not words or compiled(words).search(said)):
            if note is not None and (n := Note(note[0].format(said=said), note[1].format(said=said))) not in r.notes:
                r.notes.append(n)
            return as_kind, said
    return OWNED_OPEN, said


def _note_kinds(r: Reading, found: list[tuple[int, int, Any]], noted: dict[tuple[int, int], tuple[str, str]]) -> None:
    """The note of each kind read by a choice that carries one ("內科醫學會年會": 5.3's meeting only if its field is
    listed), said once as an assumption."""
    for start, end, _ in found:
        note = noted.get((start, end))
        if note is not None and Note(*note) not in r.notes:
            r.notes.append(Note(*note))


def _venue_counted(r: Reading, slot: Slot, clause: str, found: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """"四篇 poster：外科年會 3 篇、ASCRS 1 篇": a meeting counted right after its word with a classifier that never counts
    a meeting (篇, 張) but the `venue` kind, after that kind was named — the meeting is where those were given (its
    word names them), no attendance of its own."""
    at = r.q.text.find(clause)
    host = next((c for c in slot.choices if c.value == slot.venue[0] and c.terms), None)
    said = clause + (r.q.text[at + len(clause):at + len(clause) + 2] if at >= 0 else "")  # (a colon right after the clause)
    given_there = [f for f in found if f[2] in slot.venue[1] and slot.venue[0] in
                   dict(slot.classifiers).get((m := _GIVEN_COUNT_AFTER.match(said, f[1])) and m.group(2) or "", ())]
    # (… unless the papers are broken down right after a comma, "年會我投了 3 篇，口頭 2 篇跟 1 張 poster": a heading, as
    # before a colon — `_papers_heading`)
    if given_there and at >= 0 and _PAPERS_HEAD.search(clause.rstrip()) and all((m := _GIVEN_COUNT_AFTER.match(said, f[1])) and _breakdown_after(r.q.text, at + len(clause), float(m.group(1)))
                                       for f in given_there):
        given_there = []
    if given_there:
        return given_there  # "年會我一口氣發表了 5 篇": papers given at the meeting, counted after the giving verb
    if at <= 0 or host is None or not compiled(r.pattern(host.terms)).search(r.q.text[:at]):
        return []
    out = []
    for f in found:
        m = _COUNT_AFTER.match(clause, f[1])
        fits = dict(slot.classifiers).get(m.group(1)) if m else None
        if f[2] in slot.venue[1] and fits and slot.venue[0] in fits and f[2] not in fits:
            out.append(f)
        elif f[2] in slot.venue[1] and _COUNT_AT_BEFORE.search(clause, 0, f[0]) and not _ATTENDED.search(clause):
            out.append(f)  # "(3 posters:) 2 at the TSA annual meeting and 1 at ASCRS": where those were given
    return out


# the meeting's word, then the person giving papers there with their count ("年會我一口氣發表了 5 篇", "年会我报告了3篇", "年會上
# 發表 2 篇", the verb said short: "年會報 3 篇"): a classifier (篇, 張) after a giving verb, an adverb of up to three characters before it
_GIVEN_COUNT_AFTER = re.compile(r"\s*(?:的|上|中)?\s*(?:我|本人)?\s*(?:[^\d\s，,。；;？?！!:：]{1,3}?)?(?:發表|发表|報告|报告|投稿|投|貼|贴|報|报|發|发)"
                                r"(?:了|過|过)?\s*(\d+)\s*([篇張张])(?!\s*[:：])")  # (a count heading a list after its colon: `_papers_heading`)
_COUNT_AFTER = re.compile(r"\s*(?:的|上|中)?\s*(?:有|投了?|發表了?|贴了?|貼了?)?\s*\d+\s*([^\d\s])")
_COUNT_AT_BEFORE = re.compile(r"(?<![\d.])\d+\s+(?:(?:were|was)\s+)?(?:at|in|from)\s+(?:the\s+|a\s+|an\s+)?(?:20\d\d\s+)?$", re.IGNORECASE)


# a meeting said as the one where things were given, in a clause of its own ("都在同一場年會", "都是在外科年會發表的",
# "both at the same annual meeting"): the place words before it, or the giving after it
_VENUE_BEFORE = compiled(r"(?:在|於|于|同一?(?:場|场|個|个|次)|\bat\b|\bthe same\b)\s*[^\s，,\d]{0,12}\s*$")
# (… or the ones given there pointed back at: "其中月會那篇是病例報告", "年會的那兩篇都是一作")
_GIVEN_AFTER = compiled(r"\s*(?:上|中)?\s*(?:所|時|时)?\s*(?:發表|发表|報告|报告|上台|上臺|presented|given)"
                        r"|\s*(?:的|上|中)?\s*(?:發表的|发表的|報告的|报告的|報的|报的)?\s*(?:那|這|这|該|该)\s*(?:[一兩两二三四五1-5]\s*)?(?:篇|張|张)")
_ATTENDED = compiled(r"參加|参加|出席|去了|去過|去过|attend|went")


# A section heading naming a meeting, no figure and no attending in it ("年會投稿的部分：", "年會方面，", "关于年会这块：",
# "As for the annual meeting:", "Regarding the annual congress,"): the meeting is the topic of what follows, no activity.
_TOPIC_LEAD = compiled(r"(?:關於|关于|至於|至于|說到|说到|講到|讲到|談到|谈到|\bas for\b|\bas to\b|\bregarding\b|\bconcerning\b|\bin terms of\b)"
                       r"\s*(?:the\s+|my\s+|our\s+|今年的?|去年的?|我的|我们的|我們的)?\s*$")
_TOPIC_AFTER = compiled(r"\s*(?:的|之|['’]s)?\s*(?:投稿|發表|发表|報告|报告|論文|论文|papers?|presentations?|submissions?)?\s*(?:的)?\s*"
                        r"(?:部分|部份|這塊|这块|這部分|这部分|這邊|这边|那塊|那块|那邊|那边|方面|\bside\b|\bfront\b)?\s*(?:的話|的话|呢)?\s*[:：，,]")
_WAS_THERE = compiled(r"有去|都去|也去|有到|有參與|有参与|報到|报到|\bjoined\b|\bwas there\b|\bi went\b")
_TOPIC_WORD = compiled(r"部分|部份|這塊|这块|這邊|这边|那塊|那块|那邊|那边|方面|\bside\b|\bfront\b")


def _topic_headings(r: Reading, slot: Slot, clause: str, found: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """The meetings `clause` names only as the heading of a section ("年會投稿的部分：我當一作的 poster 3 篇", "年會方面，發表了
    兩篇壁報", "As for the annual meeting: 2 posters"): a heading word after the meeting's word (部分, 這塊, 方面, "side") or a
    lead-in before it (關於, 至於, "as for", "regarding"), then a colon or comma, no figure nor attending in the heading, and the
    `venue` kind (the presentations) named after it in its sentence with nothing there saying a meeting was attended."""
    at = r.q.text.find(clause)
    host = next((c for c in slot.choices if c.value == slot.venue[0] and c.terms), None)
    if at < 0 or host is None:
        return []
    text = r.q.text
    out = []
    for f in found:
        if f[2] not in slot.venue[1]:
            continue
        s, e = at + f[0], at + f[1]
        head = max(text.rfind(ch, 0, s) for ch in _SENTENCE_STOPS + ":：") + 1
        m = _TOPIC_AFTER.match(text, e)
        lead = _TOPIC_LEAD.search(text, head, s)
        if m is None or not (lead or _TOPIC_WORD.search(m.group(0))) or re.search(r"\d", text[head:m.end()]) \
                or _ATTENDED.search(text, head, m.end()) or text[head:s].strip() and not lead:
            continue
        stop = min((i for ch in "。；;？?！!\n" if (i := text.find(ch, m.end())) >= 0), default=len(text))
        rest = text[m.end():stop]
        if compiled(r.pattern(host.terms)).search(rest) and not _ATTENDED.search(rest) and not _WAS_THERE.search(rest):
            out.append(f)
    return out


_POINTED_COUNT = compiled(r"(?:那|這|这|該|该)\s*\d+\s*(?=篇|張|张)")


def _venue_of_before(r: Reading, slot: Slot, clause: str, found: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """"今年壁報發表 5 篇（一作），都在同一場年會", "two oral talks as first author, both at the same annual meeting": a
    clause with no figure naming only meetings, said as where (place words before it, or 發表 after it), after a clause
    that named the `venue` kind (the presentations) — the meetings are where those were given, no attendance of their own
    (a qualifier adds nothing). A clause that says it was attended ("也參加了年會") keeps its meeting."""
    kinds = {k for *_, k in found}
    # (a count pointing back at the ones given there is no figure of its own: "其中月會那兩篇都是病例報告")
    if not found or not kinds <= set(slot.venue[1]) or re.search(r"\d", _POINTED_COUNT.sub("", clause)) or _ATTENDED.search(clause):
        return []
    at = r.q.text.find(clause)
    host = next((c for c in slot.choices if c.value == slot.venue[0] and c.terms), None)
    if at <= 0 or host is None or not compiled(r.pattern(host.terms)).search(r.q.text[:at]):
        return []
    return [f for f in found if _VENUE_BEFORE.search(clause[:f[0]]) or _GIVEN_AFTER.match(clause, f[1])]


def _pieces(r: Reading, slot: Slot, start: int, clause: str, nums: list[Any],
            dropped: list[Any]) -> list[tuple[int, str, Any]]:
    """A clause naming several kinds ("年會一次月會兩次"), cut before each later kind's word; a number right before
    that word after one of `lead` words ("年會和 4 場講習會") goes with it. Each piece with the kind it names."""
    if not slot.several:
        return [(start, clause, _enum(r, slot, clause))]
    kinds = named_kinds(r, slot, clause, dropped)
    if len(kinds) <= 1:
        return [(start, clause, kinds[0][2] if kinds else None)]
    cuts = [0]
    for (ps, pe, kinds_prev), (ns, _, kinds_next) in zip(kinds, kinds[1:]):
        # "發表了一篇病例報告 poster", "a case-report poster": a flag's words right before the next kind's word are that
        # kind's own qualifier — the cut goes before them (and the number below is measured to them)
        ns = _flag_lead(r, slot, clause, pe, ns, kinds_next)
        cut = ns
        for n in nums:
            ns_, ne = n.start - start, n.end - start
            # (the next kind's word may begin with the number's own unit: "… then 2 months at a med center", the kind's
            # words "months at a med center")
            if pe <= ns_ < ns and (ne <= ns or n.unit) and _gap(clause, min(ne, ns), ns) <= 6 and slot.lead \
                    and compiled(r.pattern(slot.lead)).search(clause[pe:ns_]):
                cut = min(cut, ns_)
            # "今年月會有兩次是我講的": a part of the kind just named, said of the next kind — the number is the next one's
            if pe <= ns_ and ne <= ns and _gap(clause, ne, ns) <= 2 and _PART_LEAD.search(clause[pe:ns_]):
                cut = min(cut, ns_)
            # "月會當過 2 次講者", "年會擔任過三次座長": a count right after the verb of a role served, the role's word after
            # it — the role's count (the kind before is where it was served), never more of the kind before
            if pe <= ns_ and ne <= ns and _gap(clause, ne, ns) <= 2 and _ROLE_VERB.search(clause[pe:ns_]):
                cut = min(cut, ns_)
            # "這次年會我投了5篇poster": a classifier that counts the next kind only, right before its word — that kind's
            # (the classifier as written right after the number when the number's unit is none: "4張壁報")
            unit = n.unit or next((u for u, _ in slot.classifiers if clause[ne:].lstrip().startswith(u)), "")
            fits = dict(slot.classifiers).get(unit)
            if pe <= ns_ and ne <= ns and _gap(clause, ne, ns) <= 2 and fits and kinds_next in fits and kinds_prev not in fits \
                    and not _OPENS_BRACKET.search(clause, ne, ns):
                cut = min(cut, ns_)
            # "今年 2場 研討會 3次月會", "2 seminars 3 monthly meetings": each count written before its own kind's word — the
            # kind before has its own count right before it, so the number right before the next kind's word is that kind's
            # (each count with its own classifier, "2場", "3次", only spaces between: never "2024: 年會1 月會2"; the count
            # before written inside this clause — never one of a clause before it, "annual mtg once, monthly meetings 10 times")
            if pe <= ns_ and ne <= ns and n.unit and _gap(clause, ne, ns) <= 2 and _gap(clause, pe, ns_) <= 1 \
                    and not _OPENS_BRACKET.search(clause, ne, ns) \
                    and any(m.unit and 0 <= m.start - start and m.end - start <= ps and not clause[m.end - start:ps].strip()
                            for m in nums if m is not n):
                cut = min(cut, ns_)
        cuts.append(cut)
    cuts.append(len(clause))
    return [(start + a, clause[a:b], k[2]) for (a, b), k in zip(zip(cuts, cuts[1:]), kinds) if clause[a:b].strip()]



# A bracket opened between a count and the next kind's word ("monthly meetings 10 times (gave the talk at 2 of those)",
# "月會10次（其中2次我是講者）"): the bracket qualifies the count before it — a subset of that item — so the count is never
# the bracket's kind's
_OPENS_BRACKET = re.compile(r"[(（]")


def _gap(clause: str, a: int, b: int) -> int:
    """The characters between two places of a clause, spaces not counted: a space set between Chinese and an English word
    ("其中 2 次我是 speaker") or typed apart ("其中2次我是 講者") puts the words no farther apart."""
    return len(re.sub(r"\s+", "", clause[a:b])) if b > a else b - a


# the verb of a role served, right before its count ("當過", "擔任了", "做過", "当过")
_ROLE_VERB = compiled(r"(?:當|当|擔任|担任|做|作)(?:過|过|了)?\s*(?:有)?\s*$")


# the gap allowed between a flag's words and the kind word they qualify ("病例報告 poster", "case-report 的 poster")
_FLAG_GAP = compiled(r"[\s-]*(?:的|之|type|style)?[\s-]*")


def _flag_lead(r: Reading, slot: Slot, clause: str, pe: int, ns: int, kind: Any) -> int:
    """Where the next kind's piece starts: before a flag's words that qualify it, written right before its word
    ("一篇病例報告 poster" — the poster is the case report), else at its word `ns`. Only a flag the kind takes, and
    only after the previous kind's word ends (`pe`)."""
    for f in slot.fields:
        if f.kind != "flag" or f.of_kinds and kind not in f.of_kinds:
            continue
        for m in compiled(r.pattern(f.terms)).finditer(clause, pe, ns):
            if _FLAG_GAP.fullmatch(clause, m.end(), ns) and not negated(clause, m.start()):
                return m.start()
    return ns


_ONE_LEAD = compiled(r"\s*(?:(?:and|&)\s+)?(?:one|another|the other|the\s+(?:[\w.'’/-]+\s+){1,3}?one)\b(?!\s+of\b)")  # "the GI one"
# … in Chinese, inside brackets going through a count ("兩個年會（一個兩天、一個一天）"): one of them
_ONE_LEAD_ZH = compiled(r"\s*(?:另(?:外)?|還有|还有)?\s*(?:一|1)\s*(?:個|个|場|场|次|回)(?!月)")
_ONE_PRONOUN = compiled(r"\b(?:a|an|the other|another)\s+(?:[\w.-]+\s+){0,2}?one\b|\bthe other\b")
_A_LEAD = compiled(r"\s*(?:an?|one)\s+[\w-]")
# "年會上發表", "年會我第一作者上台 oral 兩篇", "年會也發表了": the meeting named as where a presentation was given (no attending said)
_PLACE_AFTER = compiled(r"\s*(?:上|中|時|期間)(?!次|個|年|半)|"
                        # ("年會的壁報", "年会的口头报告": the meeting's presentations — given there, no attendance said)
                        r"\s*(?:的|之)\s*(?:口頭|口头|oral|poster|e-?poster|壁報|壁报|海報|海报)|\s*(?:我|本人)?\s*(?:(?<=我|人)[^\d\s，,。；;？?！!:：]{1,3}?(?=(?:發表|发表|報告|报告|發|发|投|報|报|貼|贴)(?:了|過|过)?\s*\d))?\s*(?:也|還|还)?\s*(?:以|是|當|当)?\s*(?:第一作者|一作|發表者|发表者|通訊作者|通讯作者)?"
                        r"\s*(?:的)?\s*(?:身份|身分|名義|名义)?"  # ("年會我以第一作者身份發表了 5 篇")
                        r"\s*(?:上台|上臺|發表|发表|报告|報告|口頭|口头|oral|poster|壁報|壁报|貼(?:了|過)?\s*\d*\s*(?:張|篇)?\s*(?:poster|壁報|海報)"
                        # ("今年年會我發了 2 篇 oral", "年會投了 3 篇壁報", "年會我一口氣貼了 4 張", "年會我一口氣發表了 5 篇": the verb
                        # said short or whole — an adverb of
                        # up to three characters between 我 and it — a count of papers after it)
                        r"|(?:發|发|投|報|报|貼|贴)(?:了|過|过)\s*\d+\s*(?:篇|張|张|個|个)?\s*(?:oral|poster|e-?poster|口頭|口头|壁報|壁报|海報|海报|論文|论文)"
                        # ("年會我投了 3 篇：oral 2 篇…": the papers counted, then listed after the colon)
                        r"|(?:發|发|投|報|报|貼|贴)(?:了|過|过)\s*\d+\s*(?:篇|張|张)\s*(?=[:：]))"
                        # ("年會有一張 poster 我掛名", "年會裡有兩篇口頭報告", "月會也有 1 篇 oral": the papers the meeting had, counted,
                        # a presentation's word right after — where they were given, never an attendance said)
                        r"|\s*(?:裡|里)?\s*(?:我)?\s*(?:也|還|还)?\s*有\s*(?:\d+|[一兩两二三四五六七八九十]+)\s*(?:篇|張|张|個|个)\s*(?:的)?\s*"
                        r"(?:e-?posters?|電子壁報|壁報|壁报|海報|海报|posters?|口頭|口头|口報|orals?|論文演講)")
_ORDINAL_BEFORE = compiled(r"第\s*$")
# A clause that says which ones the items before were ("…兩次，是 APCIS 跟 CIRSE", "twice, namely at CIRSE and SIR")
_RESTATED = compiled(r"^\s*(?:分別是|分别是|就是|也就是|即|是在|是|namely|i\.?e\.?|which (?:were|was)|those were|both at)\s*"
                     r"(?=[A-Za-z\u4e00-\u9fff])")
_JOINER = compiled(r"\s*(?:[、,，/&]|和|及|跟|與|与|\band\b)?\s*")
# a colon heading a run of clauses going through the count before it, this clause one of them ("兩場：一場…、一場…")
_COLON_RUN = compiled(r"[:：][^。；;？?！!\n:：]*$")
_HEAD_START = compiled(r"[，,。；;？?！!\n][^，,。；;？?！!\n]*$")


def _colon_heads(t: str, start: int) -> bool:
    """The clause at `start` follows a colon (within its sentence) whose heading holds a count ("國際會議去了2場："), never
    a heading with none ("This year: 2 orals and 1 poster": the one is an item of its own)."""
    m = _COLON_RUN.search(t, max(0, start - 40), start)
    if m is None:
        return False
    before = _HEAD_START.search(t, 0, m.start())
    return re.search(r"\d", t[before.start() + 1 if before else 0:m.start()]) is not None
def _goes_through_head(t: str, start: int, last: dict[str, Any], count: str) -> bool:
    """The clause at `start` goes through the item before it, not through the count heading its colon: it follows a colon
    whose heading's count is that item's own — never when the heading counts more than it ("報了3篇：兩篇口頭報告…，另一篇
    是海報": the other one is the third of the three, an item of its own)."""
    m = _COLON_RUN.search(t, max(0, start - 40), start)
    if m is None:
        return True  # (in brackets: "2 次（一次東京、一次台北）" goes through the count right before them)
    before = _HEAD_START.search(t, 0, m.start())
    heads = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", t[before.start() + 1 if before else 0:m.start()])]
    return not heads or heads[-1] <= float(last.get(count, 1))


# "另外 2 場各 1.5 小時", "plus 2 more, 1.5 hours each": a clause opening with an addition says more of the kind before, each
# with its own detail (its "each" is theirs, not the item's before)
_MORE_LEAD = compiled(r"\s*(?:另外|另|還有|还有|再|加上|以及|\band\b|\bplus\b|\balso\b|\banother\b)")
_MORE_CUT = compiled(r"(?:另外|另|還有|还有|以及|此外|加上|\bplus\b|\balso\b|\band\b)\s*$")
# an article-5 item named ("第十款", "第 10 款", "art. 5(10)"): the kind of what was just said, by its number
_ITEM_REF = re.compile(r"第\s*(?:[一二三四五六七八九十]+|\d+)\s*款|\bart(?:icle|\.)?\s*5\s*\(\s*\d+\s*\)|(?<![\d.])5\(\d+\)", re.IGNORECASE)
_OTHER_CUT = compiled(r"(?:另外|另|其他|其餘|其余)\s*$")  # "…，另外一篇是海報": the piece cut right after "the other"
_ADDITION_CUT = compiled(r"(?:另外|還有|还有|以及|此外)\s*$")
_PART_LEAD = compiled(r"(?:有|其中|當中|裡有|里有)\s*$")


def _count_before_each(first_number: Slot, start: int, clause: str, in_clause: list[Any]) -> bool:
    """"1 場 3 小時、2 場各 1.5 小時", "one of 3 hours, two of 1.5 hours each": the clause's own count said before its "each"
    (`QUALIFIERS["each"]`), a detail after it — more of the kind before, each with its own detail, never that item's "each"."""
    n = _pick(first_number, in_clause)
    each = compiled(QUALIFIERS["each"]).search(clause)
    return n is not None and each is not None and n.end - start <= each.start() \
        and any(x.start - start >= each.end() or x.end - start <= each.start() and x is not n for x in in_clause)


# "都有上台報告", "每次都是講者" before the part's words; "gave a talk at both", "spoke at all of them" after them.
_ALL_BEFORE = compiled(r"(?:都|皆|全部|全都|每次都|每場都)[^，,。；;、\d其]{0,4}$")
_ALL_AFTER = compiled(r"\s*(?:[\w-]+\s+){0,2}?(?:at|in|for|during)\s+(?:both|all|each|every one)(?:\s+of\s+(?:them|those|these|the meetings))?\b"
                      r"|\s*(?:both times|every time|each time|all (?:\w+\s+)?times)\b")
# The item said to be at the place of the one before ("同場", "同一場", "同一個會議", "在那場會議", "at the same meeting /
# congress", "there too"): its enum fields not said in its clause (a meeting's scope) are that item's.
_SAME_PLACE = compiled(r"同(?:一)?(?:場|场|個會|个会|個會議|个会议|一個會議|一个会议|一會議|會議|会议|次會議|次会议)|(?:在|於)?(?:那|這|这|該|该)(?:一)?(?:場|场)(?:會議|会议)?(?:上|中)?|"
                       r"\b(?:at|in|during)\s+the\s+same\s+(?:meeting|congress|conference|session|event|symposium|one)\b|"
                       r"\b(?:at|in)\s+(?:that|this)\s+(?:same\s+)?(?:meeting|congress|conference|one)\b|\bthere\s+(?:too|as well|also)\b|\balso\s+there\b")
# the place just named pointed back at by "there" alone ("had an e-poster there", "gave a talk there", "在那裡發表")
_THERE = compiled(r"\bthere\b(?!\s+(?:is|are|was|were|be|been|will|would|may|might)\b)|(?:在|於)(?:那裡|那里|那邊|那边|當地|当地)")


def _field_said(r: Reading, slot: Slot, name: str, words: str) -> Any:
    """The enum field `name` of the slot's items as `words` say it (the clause of the item just before), else None."""
    f = next((x for x in slot.fields if x.name == name and x.kind == "enum"), None)
    return _enum(r, f, words) if f is not None else None


# a list joiner right before the next item's words ("講師2次、座長1次", "講者 2 次和座長 1 次", "lecturer twice and moderator
# once"): the items of one list, no comma or full stop between
_LIST_JOINED = compiled(r"(?:、|和|跟|及|與|与|以及|還有|还有|\band\b|&)\s*$")


def _frame_match(r: Reading, slot: Slot, name: str, t: str, prev: int, start: int, kind: Any) -> re.Match[str] | None:
    """The words of the enum field `name` said as the frame of a list: before the kind word of the item whose clause starts at
    `prev` (of `kind`; the place said first: "在國外會議當講師2次", "國外當講師 2 次"), that item joined to the clause at `start` by a list
    joiner alone (`_LIST_JOINED`), the sentence not ended between them."""
    f = next((x for x in slot.fields if x.name == name and x.kind == "enum"), None)
    if f is None:
        return None
    said = t[prev:start]
    if not _LIST_JOINED.search(said) or _SENTENCE_END.search(said) or re.search(r"[，,；;：:]", said):
        return None
    kinds = [k for k in named_kinds(r, slot, said) if k[2] == kind]
    if not kinds:
        return None
    c = _enum_choice(r, f, said)
    if c is None:
        return None
    m = next(_said(r, c, said), None)
    if m is None or m.end() > kinds[0][0] or any(x.value != c.value and any(True for _ in _said(r, x, said)) for x in f.choices if x.terms):
        return None
    return m


def _framing_field(r: Reading, slot: Slot, name: str, t: str, prev: int, start: int, kind: Any) -> Any:
    """The value of the enum field `name` the list's first item said before its kind word (`_frame_match`), else None."""
    m = _frame_match(r, slot, name, t, prev, start, kind)
    if m is None:
        return None
    f = next(x for x in slot.fields if x.name == name and x.kind == "enum")
    return _enum(r, f, m.group(0))


def framed_words(r: Reading, slot: Slot, name: str, t: str, prev: int, start: int, kind: Any) -> str:
    """The words `_framing_field` read."""
    m = _frame_match(r, slot, name, t, prev, start, kind)
    return m.group(0) if m is not None else ""


_SENTENCE_END = compiled(r"[。；;？?！!\n]|\.(?=\s|$)")
# (… or a tag asking for a yes: "月會有加倍對吧", "是不是加倍", "講者也算吧"; any A-not-A question: 加不加倍, 有沒有)
_ASKED = compiled(r"嗎|吗|是否|有沒有|有没有|會不會|会不会|算不算|能不能|可不可以|幾分|几分|多少|對吧|对吧|對不對|对不对|是吧|沒錯吧|没错吧"
                  r"|[算是對对]\s*吧\s*$|" + A_NOT_A_ZH)


def _named_again(text: str, start: int, clause: str) -> bool:
    """A kind already counted, named again without a count of its own, is no new item where the words ask about it —
    its sentence is a question ("講者有加倍嗎？", "does the speaker credit count double?") or the clause asks
    ("年會算幾分") — or point back at it ("at one of those monthly meetings", "這種…")."""
    end = _SENTENCE_END.search(text, start)
    asked = (end is not None and end.group(0) in "？?") or _ASKED.search(clause) is not None
    return asked or BACK_REFERENCE.search(text, max(0, start - 12), start) is not None


# An English full stop ends a clause as 。 does ("… 5 monthly. 2026 only 2 monthly"), but not after a title or an
# abbreviation ("Dr. Chen", "Kinmen Hosp.", "e.g.", "approx.") nor inside a number ("1.5").
_ABBREVIATIONS = ("dr", "mr", "ms", "mrs", "prof", "st", "no", "vs", "hosp", "dept", "univ", "art", "arts", "para", "sec", "fig",
                  "ref", "vol", "cf", "ca", "approx", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                  "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "min", "hr", "hrs", "yr", "yrs")
_FULL_STOP = compiled(r"(?<!\b[a-z])" + "".join(rf"(?<!\b{re.escape(a)})" for a in _ABBREVIATIONS) + r"(?<=[a-z)\]])\.(?=\s+\S)"
                      # ("… and 1 in 2025. Each is 30, right?", "… 1 in 2024. 30 each": a sentence ending on a figure, the next one capitalised
                      # or a figure)
                      r"|(?<=\d)\.(?=\s+(?:(?-i:[A-Z])|\d))")


# A bracket opening with a part of what was just counted ("壁報 2 篇（其中 1 篇是病例報告）", "2 posters (one of them a case
# report) and 1 oral", "(one was a case report)", "（1 篇是病例報告）"): the part is a clause of its own, and so are the words after the bracket
# (… also after the whole said again, "二作 2 篇（2 篇裡有 1 篇是 case report）", "（三场当中两场…）": `WHOLE_THEN_PART`)
# (… after a word of contrast opening the bracket: "（不過其中一篇是 case report）", "（但其中 1 次是講者）", "(but one of them was
# a case report)")
_SUBSET_BRACKET = re.compile(rf"[(（]\s*(?:(?:不過|不过|但是?|可是|只是|\bbut\b|\bthough\b)\s*)?(?=(?:{SUBSET_WORDS}|之中|"
                             r"\d+\s*(?:次|場|场|篇|例|個|个|位|名|件|案)?\s*(?:的)?\s*(?:裡面|里面|裡頭|里头|裡|里|當中|当中|之中)|\d+\s*(?:of (?:them|those|which)\b|(?:is|was|are|were|being|a|an)\b)|"
                             # ("一作壁報 2 篇（1 篇是病例報告）": a count in the whole's own counter, then 是 — never the first of
                             # an enumeration of them all: "（一個是在台北辦的、一個在新加坡）")
                             r"(?:\d+|[一兩两二三])\s*(?:次|場|场|篇|例|個|个|件)\s*(?:是|為|为)"
                             r"(?![^()（）]*[、，,；;]\s*(?:另外|另|其他|其餘)?\s*(?:\d+|[一兩两二三])\s*(?:次|場|场|篇|例|個|个|件))|"
                             r"one\b(?:\s+of (?:them|those|which)\b|\s+(?:is|was|being|a|an)\b)))[^()（）]*[)）]", re.IGNORECASE)


# a joiner between two counts each with its own detail ("2 as first author and 4 as co-author", "2 篇一作、4 篇二作")
_PAIR_JOINER = re.compile(r"\s*(?:、|&|\band\b|以及|和|及|與|与|跟)\s*", re.IGNORECASE)


def _detail_pairs_cut(r: Reading, slot: Slot, start: int, clause: str, nums: list[Any],
                      joined: set[int]) -> list[tuple[int, str]]:
    """A clause with counts each said with another value of one detail, joined by "and" / 、 ("其中 2 篇第一作者、4 篇二作",
    "2 of them as first author and 4 as co-author"): cut at each joiner between two such values, where both sides hold
    a count of their own, or the second side is the rest ("… and the rest as a middle author") — each is an item with
    its own detail, never one item with two. The starts of the pieces cut off are added to `joined`."""
    cuts = [0]
    for f in (f for f in slot.fields if f.kind == "enum" and f.choices):
        said = sorted((m.start(), m.end(), c.value) for c in f.choices if c.terms for m in _said(r, c, clause))
        for (_, e1, v1), (s2, _, v2) in zip(said, said[1:]):
            joiner = _PAIR_JOINER.search(clause, e1, s2) if v1 != v2 else None
            if joiner is None:
                continue
            counted = [n for n in nums if start <= n.start < start + len(clause)]
            before = [n for n in counted if cuts[-1] <= n.start - start < joiner.start()]
            after = [n for n in counted if joiner.end() <= n.start - start < s2]
            if before and (len(after) == 1 or not after and _REST_WORD.match(clause, joiner.end())):
                cuts.append(joiner.start())
                joined.add(start + joiner.start())
    cuts = sorted(set(cuts))
    return [(start + a, clause[a:b]) for a, b in zip(cuts, cuts[1:] + [len(clause)]) if clause[a:b].strip()]


def _the_rest(t: str, at: int, counts: tuple[float, float], marks: tuple[bool, bool], joined: set[int]) -> bool:
    """The item read at `at`, after a part carved out of a whole, is the rest of that whole: said with the rest's words
    and the whole's remaining count ("其他 2 篇是三作", "the other 4 as second author"), or joined to the part with that
    count ("其中 2 篇一作、4 篇二作", "2 of them as first author and 4 as co-author"), or with the rest's words and no
    count of its own ("其餘是二作", "the rest as a middle author"). `counts`: (the item's count, the whole's remaining
    count); `marks`: (its count was written, it was read as a part)."""
    (own, left), (given, part) = counts, marks
    if not given and _REST_WORD.match(t, at):
        return True
    return not part and own == left and bool(_REST_LEAD.match(t, at) or at in joined or _JOINED_BEFORE.search(t, 0, at))


def _subset_cut(start: int, clause: str) -> list[tuple[int, str]]:
    """A clause cut before a bracket naming a part of the count before it, and after that bracket."""
    out, at = [], 0
    for m in _SUBSET_BRACKET.finditer(clause):
        if not clause[at:m.start()].strip():
            continue
        out += [(start + at, clause[at:m.start()]), (start + m.start(), clause[m.start():m.end()])]
        at = m.end()
    out.append((start + at, clause[at:]))
    # "2 SCI papers but only 1 is first-author", "SCI 3 篇但只有 1 篇一作": "but only" with a count starts the part's clause
    cut: list[tuple[int, str]] = []
    for s0, c in out:
        at = 0
        for m in _SUBSET_INLINE.finditer(c):
            if c[at:m.start()].strip() and re.search(r"\d", c[at:m.start()]):
                cut.append((s0 + at, c[at:m.start()]))
                at = m.start()
        cut.append((s0 + at, c[at:]))
    return [(s, c) for s, c in cut if c.strip(" )）")]


_REST_LEAD = re.compile(r"[\s,，、;；:：]*(?:(?:and|while|but|而|但是?)\s*)?(?:其他|其餘|其余|其它|剩下(?:的)?|剩餘(?:的)?|另外|另|"
                        r"\bthe (?:other|rest|remaining)\b|\bremaining\b|\bthe others\b)", re.IGNORECASE)
# a joiner right before a piece ("其中 2 篇一作、4 篇二作": the 4 joined to the part before it; "其中 2 次各 1.5 小時，
# 另外 2 次各 3 小時", "2 of them … , 2 …": a comma or an addition word, the count being exactly what is left)
_JOINED_BEFORE = re.compile(r"(?:、|&|\band|以及|和|及|與|与|[,，]|另外|另|還有|还有)\s*$", re.IGNORECASE)
# the rest of a whole, said with no count of its own ("其餘是二作", "the rest as second author")
_REST_WORD = re.compile(r"[\s,，、;；:：]*(?:(?:and|while|but|而|但是?)\s*)?(?:其他|其餘|其余|其它|剩下(?:的)?|剩餘(?:的)?|"
                        r"\bthe (?:other|rest|remaining)\b|\bremaining\b|\bthe others\b)", re.IGNORECASE)
# ("5 monthly mtgs of which I presented at 2", "3 posters, out of which one was a case report": "of which" starts the part's
# clause as well — never right after a count, "two of which she chaired": that count is the part's own)
_SUBSET_INLINE = re.compile(r"\bbut (?:only|just)\b(?=\s*\d)|(?<![\d\s])(?<!\d\s)\s+(?:out\s+)?of\s+(?:which|whom)\b|(?:但是?|不過|可是)\s*(?:只有|只|僅有|僅)(?=\s*\d)", re.IGNORECASE)


# A month named with no year ("took ATLS in March", "last October", "九月去了年會", "三月的 ATLS"): an activity already done,
# in that month's latest passing up to today — never a month counted ("3 個月"), a monthly meeting (月會), "每月"
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
_MONTH_ALONE = re.compile(
    r"\b(?:in|last|this|during|since|on|early|late|mid|back in|around)[- ]+(?:early\s+|late\s+|mid-?)?(" + "|".join(_MONTH_NAMES) +
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?(?!\s*(?:\d{1,2}\s*,\s*)?(?:19|20)\d\d)"
    # (a month in Chinese numerals only: "3月" in digits is left to the readers of numbers, which may count it)
    r"|(?<![\d年/.\-第每個个一二三四五六七八九十])(十[一二]?|[一二三四五六七八九])月(?!會|会|份?\s*(?:會|会)|薪|費|费)", re.IGNORECASE)
_ZH_MONTHS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


def _with_months_alone(r: Reading, t: str, years: list[Any]) -> list[Any]:
    """The years named, and for each month named with no year (`_MONTH_ALONE`) where no year is named at all, the year of
    that month's latest passing up to today ("in March" said in December 2026: 2026), said in a note."""
    if years:
        return years
    today = r.q.today
    found = []
    for m in _MONTH_ALONE.finditer(t):
        word = (m.group(1) or m.group(2)).lower()
        month = (next(i for i, n in enumerate(_MONTH_NAMES, 1) if n.startswith(word[:3])) if word.isascii()
                 else _ZH_MONTHS[word])
        year = today.year if month <= today.month else today.year - 1
        found.append(FoundYear(year, m.start(), m.end()))
        phrase = m.group(0).strip()
        r.notes.append(Note(f"「{phrase}」未寫年份，視為最近一次已過的該月份（{year} 年）。",
                            f"“{phrase}” has no year: read as its latest passing, {year}."))
    return found


_PER_YEAR = re.compile(r"每年|每一年|各年|逐年|\b(?:each|every|per|a)\s+year\b", re.IGNORECASE)
# "前年和去年各去一次", "2024 and 2025, once each", "last year and this year, 2 apiece": years joined one after the other,
# then a word giving the count to each of them
_YEARS_JOINED = re.compile(r"\s*(?:[、,，/&]|和|跟|與|与|及|以及|還有|还有|\band\b|\bas well as\b)\s*", re.IGNORECASE)
_EACH_OF_THEM = re.compile(r"各|分別|分别|\beach\b|\bapiece\b|\bboth\b", re.IGNORECASE)


# What may stand beside the years in a clause of them alone: a joiner and the words of having been there ("都有去", "both")
_ONLY_ATTENDED = re.compile(r"\s*(?:[、,，/&]|和|跟|與|与|及|\band\b)?\s*(?:(?:\d+|[二兩两三四五六七八九十])\s*年)?\s*(?:我)?(?:也|都)?(?:有)?(?:去|到|參加|参加|出席|參與|参与)?(?:過|过|了)?\s*",
                            re.IGNORECASE)


def _joined_year_again(r: Reading, slot: Slot, lists: tuple[list[dict[str, Any]], list[bool], list[bool]],
                       years: list[Any], start: int, clause: str, in_clause: list[Any]) -> bool:
    """A clause naming no kind and no figure but years joined right after the last item's own year ("年會我2025、2026都有
    去", "annual meeting in 2024 and 2025"): the same item again in each of those years. True when read so."""
    items, given, subset = lists
    t = r.q.text
    last = items[-1]
    own = [y for y in years if start <= y.start < start + len(clause)]
    year_starts = {y.start for y in own}
    # (only the years and the words of having been there: "2026都有去"; a count given for the whole, "年會兩次（前年、去年
    # 各一次）", is split by its years, never copied into each)
    # ("2024、2025、2026三年都有去": the number of the years said again, no count)
    said_from = max((m.end() for m in re.finditer(r"[。；;？?！!\n]", t[:start])), default=0)
    named = len([y for y in years if said_from <= y.start < start + len(clause)])
    rest = "".join(ch for i, ch in enumerate(clause) if not any(y.start <= start + i < y.end for y in own))
    if not slot.year or not own or given[-1] or not _ONLY_ATTENDED.fullmatch(rest) \
            or any(n.start not in year_starts and not (n.unit == "年" and float(n.value) == named) for n in in_clause):
        return False
    before = [y for y in years if y.end <= start and y.year == last.get(slot.year)]
    if not before:
        return False
    run, prev = [], before[-1]
    for y in own:
        if not _YEARS_JOINED.fullmatch(t, prev.end, y.start) and not (prev is before[-1] and _YEARS_JOINED.fullmatch(t, prev.end, start)
                                                                      and not t[start:y.start].strip()):
            return False
        run.append(y)
        prev = y
    for y in run:
        items.append({**last, slot.year: y.year})
        given.append(given[-1])
        subset.append(False)
    r.used.update(n.start for n in in_clause)
    return True


def _each_year_count(r: Reading, slot: Slot, count: Slot, lists: tuple[list[dict[str, Any]], list[bool], list[bool]],
                     years: list[Any], start: int, clause: str, in_clause: list[Any]) -> bool:
    """"年會我 2024、2025、2026 都有去，各一次": a clause naming no kind, only a count and an each-word, after an item whose
    count was not written, with the years joined before it (the item's own year among them) — that count in each of those
    years, one item each, said so. True when read so."""
    items, given, subset = lists
    t = r.q.text
    c = _pick(count, in_clause)
    said_from = max((m.end() for m in re.finditer(r"[。；;？?！!\n]", t[:start])), default=0)
    each_year = _each_of_joined_years(t, years, said_from, start, clause) if slot.year and c is not None else []
    last = items[-1]
    if c is None or len(each_year) < 2 or last.get(slot.year) not in each_year or not compiled(QUALIFIERS["each"]).search(clause):
        return False
    # (the years already read as items of their own, "年會我 2025、2026 都有去，各一次": each takes the count; else the
    # last item is the first year's, copied into each of the others)
    group = [i for i in range(len(items)) if items[i]["kind"] == last["kind"] and not given[i] and items[i].get(slot.year) in each_year]
    if sorted(items[i][slot.year] for i in group) != each_year and group != [len(items) - 1]:
        return False
    for i in group:
        items[i][count.name] = _value(c)
        given[i] = True
    r.used.add(c.start)
    if group == [len(items) - 1]:
        at = len(items) - 1
        for other in each_year[:-1]:
            items.insert(at, {**last, slot.year: other})
            given.insert(at, True)
            subset.insert(at, False)
            at += 1
        last[slot.year] = each_year[-1]
        r.used.update(n.start for n in numbers(r.q) for y in years if n.start == y.start and y.year in each_year)
    r.notes.append(Note(f"「{clause.strip()}」讀為每年各 {_value(c)} 次（{'、'.join(map(str, each_year))}）。",
                        f"“{clause.strip()}” is read as {_value(c)} in each year ({', '.join(map(str, each_year))})."))
    return True


def _each_of_joined_years(t: str, years: list[Any], said_from: int, start: int, clause: str) -> list[int]:
    """The years a clause's count is said for each of: two or more years named in its sentence up to the clause's end
    with only joiners between them ("前年和去年", "2024 and 2025" — the clause may be cut at the "and") and an each-word
    in the clause ("各", "each", "both"); else none."""
    inside = [y for y in years if said_from <= y.start < start + len(clause)]
    if len(inside) < 2 or not _EACH_OF_THEM.search(clause):
        return []
    run = [inside[0]]
    for y in inside[1:]:
        if _YEARS_JOINED.fullmatch(t, run[-1].end, y.start):
            run.append(y)
        elif len(run) < 2:
            run = [y]
    return sorted({y.year for y in run}) if len(run) > 1 else []


def _full_stops(start: int, clause: str) -> list[tuple[int, str]]:
    """A clause cut at its English full stops (each sentence its own clause)."""
    out, at = [], 0
    for m in _FULL_STOP.finditer(clause):
        out.append((start + at, clause[at:m.start()]))
        at = m.end()
    out.append((start + at, clause[at:]))
    return [(s, c) for s, c in out if c.strip()]


_PART_OF_YEAR = compiled(PART_OF_YEAR)


# A count and its counter, then a space and the next words (Chinese typed with spaces for its list's separators:
# "國內oral 4次 國外oral 1次 教育積分110"; a length counted too: "出國受訓3個月 回國後在醫學中心進修2個月")
_COUNTED_SPACE = re.compile(r"(?<=\d)\s*(?:[次篇張张場场例件回台]|個月|个月|小時|小时)\s+(?=[^\s\d，,。；;？?！!、])")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_FIGURE = re.compile(r"\d")
# words right after a count that refine it, never start another item ("5 次 其中 2 次講者", "2 次 都是一天")
_SUBSET_LEAD = re.compile(r"其中|當中|之中|裡面|里面|共|總共|合計|都|全|皆|均|各|每|分別|包括|包含|含|另|再|又|還|也")


def _space_cut(r: Reading, slot: Slot, start: int, clause: str) -> list[tuple[int, str]]:
    """A Chinese clause listing items with spaces for separators ("國內oral 4次 國外oral 1次", "SCI原著一作 2篇 國外演講 1次"),
    cut after each item's count and counter where the words after it name another kind and a count follows them.

    A choice of an enum field (scope, role) said between the two kinds' words leads the next item, unless the item
    before takes that field and says none before its own kind's word (then it is that item's trailing word: "SCI 2篇
    一作 case report 1篇" keeps 一作 with the SCI papers)."""
    if not _HAN.search(clause) or not (slot.kind == "items" and slot.choices):
        return [(start, clause)]
    model = item_model(r.vocab.model, slot.name)
    cuts = [0]
    for m in _COUNTED_SPACE.finditer(clause):
        figure = _FIGURE.search(clause, m.end())
        if figure is None:
            continue  # the words after the last count are its own, or the question's
        words = clause[m.end():figure.start()]
        before = clause[cuts[-1]:m.start()]
        nexts, prevs = named_kinds(r, slot, words), named_kinds(r, slot, before)
        if not nexts or not prevs or _SUBSET_LEAD.match(words):
            continue
        cut = m.end()
        asked = asked_by(model, {"kind": prevs[-1][2]})
        for f in (f for f in slot.fields if f.kind == "enum" and f.name in asked):
            if _enum(r, f, words[:nexts[0][0]]) is not None and _enum(r, f, before[:prevs[-1][0]]) is None \
                    and _enum(r, f, before) is None:
                cut = m.end() + nexts[0][0]  # the choice trails the item before: the cut goes before the next kind's word
        cuts.append(cut)
    cuts.append(len(clause))
    return [(start + a, clause[a:b]) for a, b in zip(cuts, cuts[1:]) if clause[a:b].strip()]


# a run said with no separators at all (dictated: "3 SCI full articles first author 1 SCI case report where im a middle author
# lecturer 1 times at CIRSE 2 oral presentations at …"): the count said right before the next kind's words (up to two words
# between, no figure) starts that kind's item
_DICTATED_SEPARATORS = re.compile(r"[,，;；、:：()（）\n/+&]|\s-\s")
# (a kind named as the place of the one before, "lecturer 1 times at CIRSE", starts no item; not `_VENUE_BEFORE`, the
# Chinese and English place words before a meeting said as where things were given)
_PLACE_BEFORE_EN = re.compile(r"\b(?:at|in|during|on|for)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Za-z][\w-]*\s+){0,2}$", re.IGNORECASE)
_COUNT_BEFORE_KIND = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s+(?:[A-Za-z][\w-]*\s+){0,2}$")


def _dictated_cut(r: Reading, slot: Slot, start: int, clause: str) -> list[tuple[int, str]]:
    """An English clause naming two kinds or more, with a figure for each and no separator between them, cut before each
    later kind's item:
    before the count said right before its words, else before its words (the figures after the kind before are that
    kind's own: "lecturer 1 times at CIRSE"). Two kinds, a joiner, a comma or Chinese text: left as it is."""
    if _HAN.search(clause) or not (slot.kind == "items" and slot.choices) or _DICTATED_SEPARATORS.search(clause):
        return [(start, clause)]
    kinds = [k for k in named_kinds(r, slot, clause) if not _PLACE_BEFORE_EN.search(clause[:k[0]])]
    if len(kinds) < 2 or len(re.findall(r"(?<![\d.])\d+(?:\.\d+)?", clause)) < len(kinds):
        return [(start, clause)]
    cuts = [0]
    for (_, end0, _), (start1, _, _) in zip(kinds, kinds[1:]):
        gap = clause[end0:start1]
        count = _COUNT_BEFORE_KIND.search(gap)
        cut = end0 + count.start() if count is not None else start1
        if cut <= cuts[-1]:
            return [(start, clause)]
        cuts.append(cut)
    cuts.append(len(clause))
    return [(start + a, clause[a:b]) for a, b in zip(cuts, cuts[1:]) if clause[a:b].strip()]


def _period_cut(start: int, clause: str) -> list[tuple[int, str]]:
    """A clause cut before each later part of the year it names between figures ("上半年去2次下半年去3次": two clauses;
    "4 in the second half" names its part after its only figure: one)."""
    out, at = [], 0
    for m in _PART_OF_YEAR.finditer(clause):
        if m.start() > at and re.search(r"\d", clause[at:m.start()]) and re.search(r"\d", clause[m.end():]):
            out.append((start + at, clause[at:m.start()]))
            at = m.start()
    out.append((start + at, clause[at:]))
    return [(s, c) for s, c in out if c.strip()]


def _another_period(text: str, start: int, clause: str) -> bool:
    """The clause names a part of the year (下半年, Q2, second half), and the sentence before it named another part:
    the count is one more of the kind counted there ("月會上半年 2 次、下半年 3 次"), never a detail of it."""
    here = _PART_OF_YEAR.search(clause)
    if here is None:
        return False
    opened = max(text.rfind(ch, 0, start) for ch in "。；;？?！!\n") + 1
    return any(m.group(0) != here.group(0) for m in _PART_OF_YEAR.finditer(text, opened, start))


# A word pointing back at something already said, right before a kind's own words ("那個年會", "這場研討會", "該會議",
# "that meeting", "the same congress", "said meeting"): the event already mentioned, named again — never a new event
_POINTER_BEFORE = compiled(r"(?:(?:那|這|这|該|该|此|同)(?:個|个|場|场|次|一個|一个|一場|一场)?|上面(?:說|说)?的|前面(?:說|说)?的|剛剛(?:說|说)?的|"
                           r"刚刚(?:说)?的|剛才(?:說)?的|刚才(?:说)?的|\b(?:that|this|the\s+same|said|the\s+above|the\s+aforementioned)\b)\s*(?:的)?\s*$")


_ATTENDED_POINTED = compiled(r"(?:去了|去過|去过|參加了|参加了|參加過|参加过|出席了|出席過|出席过|也有去|也去了|也參加了|也参加了|"
                             r"\b(?:attended|went\s+to|joined|was\s+at|also\s+attended|made\s+it\s+to)\b)\s*$")


# ("那個年會我也有去", "that meeting I attended too")
_ATTENDED_AFTER = compiled(r"[^，,。；;？?!！]{0,8}?(?:(?:也|都)(?:有)?(?:去|參加|参加|出席)|\b(?:I|we)\s+(?:also\s+)?attended\b)")


_POINTER_AFTER = compiled(r"\s*(?:年會|年会|月會|月会|會議|会议|大會|大会)?\s*(?:那個|那个|那些|那幾個|那几个|那部分|那部份|那塊|那块|這些|这些|這部分|这部分)(?![\u4e00-\u9fff]{0,2}\d)")


def _pointed_back(r: Reading, slot: Slot, kind: Any, start: int, clause: str) -> bool:
    """The kind's words, with no count of their own, pointed back at ("那個年會會算幾分", "how many credits will that
    meeting get?"): the event said before named again, whatever kind its own words there would make it."""
    at, _ = _from_word(r, slot, kind, start, clause)
    pointer = _POINTER_BEFORE.search(r.q.text, max(0, at - 12), at)
    if pointer is None and not re.search(r"\d", clause):
        # (… or pointed at right after its words, none of it counted: "專科醫學會年會那個好像會被上限卡到", "月會那些")
        ends = [start + m.end() for c in slot.choices if c.value == kind and c.terms
                for m in compiled(r.pattern(c.terms)).finditer(clause)]
        # (only after a meeting's own noun: "我是上台講的那個" is the person who spoke, no item pointed at)
        return bool(ends) and all(r.q.text[e - 1] in "會会議议" and _POINTER_AFTER.match(r.q.text, e) for e in ends) \
            and not _ATTENDED_AFTER.match(r.q.text, at)
    # ("Poster at the TSA annual meeting … Plus I attended that annual meeting", "在年會貼了海報，那個年會我也有去":
    # attending the event pointed at is a fact of its own — the earlier words only named it as a place)
    return pointer is not None and not _ATTENDED_POINTED.search(r.q.text, max(0, pointer.start() - 12), pointer.start()) \
        and not _ATTENDED_AFTER.match(r.q.text, at)


def _from_word(r: Reading, slot: Slot, kind: Any, start: int, clause: str) -> tuple[int, str]:
    """The clause from the kind's own word on ("first author on all. Presentation credits?": the question is the word's
    sentence, not the one before it)."""
    at = min((m.start() for c in slot.choices if c.value == kind and c.terms
              for m in compiled(r.pattern(c.terms)).finditer(clause)), default=0)
    return start + at, clause[at:]


def _at_colon(start: int, clause: str, counts: list[Any], nums: list[Any],
              names: typing.Callable[[str], bool] | None = None, text: str = "") -> list[tuple[int, str]]:
    """"兩場專科年會：一場兩天", "two courses: one 2 h": a count before a colon heads the numbers after it — the clause
    is cut there (a label before a colon with no count, "論文的部分：SCI 一篇", "114 年：…", stays one clause)."""
    # "國內研討會兩場（一場兩小時，一場三小時）": a count before a bracket that opens on a count heads them too
    # (only at a bracket: "3 SCI papers (none are case reports)" has "one" inside "none", no bracket opening on it)
    bracket = next((i for i, ch in enumerate(clause) if ch in "(（" and not clause[i - 1:i].isdigit() and any(
        start + i < n.start <= start + i + 2 and (n.unit or any(0 <= m.start - n.end <= 6 and m is not n for m in nums)) for n in counts)
        or ch in "(（" and _ONE_LEAD.match(clause, i + 1) and any(start <= n.start < start + i for n in counts)
        or ch in "(（" and _ONE_LEAD_ZH.match(clause, i + 1) and any(start <= n.start < start + i for n in counts)
        or ch in "(（" and _bracket_sums_count(text, start + i, counts, nums)), -1)
    # "Two papers this year: an SCI case report …, and a full paper …": a count before a colon that opens on "a" / "one"
    # "two papers this year: non-SCI case report …, SCI original …", "今年兩篇論文：非SCI…": a count before a colon, in
    # words naming no kind, heads the kinds named after it (`names`: the clause names one of the slot's kinds)
    cuts = [c for c in (clause.find(":"), clause.find("："), bracket) if c >= 0
            and any(start <= n.start < start + c for n in counts)
            and (any(start + c < n.start < start + len(clause) for n in nums) or _A_LEAD.match(clause, c + 1)
                 or names is not None and c != bracket and not names(clause[:c]) and names(clause[c + 1:]))]
    if not cuts:
        return [(start, clause)]
    colon = min(cuts)
    return [(start, clause[:colon]), (start + colon + 1, clause[colon + 1:])]


# a bracket that only gives a total ("(2 in total)", "(3 altogether)", "(total 2)", "(2 meetings total)", "（共 2 場）")
_TOTAL_BRACKET_OPEN = re.compile(r"[(（]\s*(?:(?:a\s+)?total(?:\s+of)?|in all|共|總共|总共|一共|合計|合计)?\s*$", re.IGNORECASE)
_TOTAL_BRACKET_CLOSE = re.compile(r"\s*(?:次|場|场|篇|個|个|件|[A-Za-z]+)?\s*(?:in total|total|altogether|in all|all told)?\s*[)）]", re.IGNORECASE)
_TOTAL_WORD = re.compile(r"total|in all|altogether|all told|共|合計|合计", re.IGNORECASE)


def _bracket_total(text: str, n: Any) -> bool:
    """Is the number `n` the whole of a bracket that only gives a total ("… and a one-day one (2 in total)")?"""
    before = _TOTAL_BRACKET_OPEN.search(text, max(0, n.start - 16), n.start)
    after = _TOTAL_BRACKET_CLOSE.match(text, n.end)
    return before is not None and after is not None and _TOTAL_WORD.search(before.group(0) + after.group(0)) is not None


def _bracket_sums_count(text: str, at: int, counts: list[Any], nums: list[Any]) -> bool:
    """"3 e-posters (2 overseas, 1 local)", "e-poster 3 篇（國外 2 篇、國內 1 篇）": the figures of the bracket opening at `at`
    (two or more) add up to the count right before it, in its clause — they go through it, each part its own item."""
    close = min((i for i in (text.find(")", at), text.find("）", at)) if i >= 0), default=-1)
    left = max(text.rfind(ch, 0, at) for ch in "，,。；;？?！!\n") + 1
    before = [n for n in counts if left <= n.start < at]
    inside = [n for n in nums if at < n.start < close]
    return close > 0 and bool(before) and len(inside) >= 2 \
        and abs(sum(float(n.value) for n in inside) - float(before[-1].value)) < 1e-9


def _another_year(slot: Slot, years: list[Any], start: int, clause: str, last: dict[str, Any]) -> bool:
    """The clause names a year, and not the last item's."""
    inside = [y for y in years if start <= y.start < start + len(clause)]
    return bool(slot.year and inside) and not any(y.year == last.get(slot.year) for y in inside)


# "這種不到一個月的國外進修", "that kind of meeting": the kind pointed back at, no other one
_THIS_KIND = re.compile(r"這種|这种|這類|这类|這樣的|这样的|那種|那种|\b(?:this|that|such an?)\s+(?:kind|sort|type)\b", re.IGNORECASE)


def _this_kind_detail(r: Reading, f: Slot, kind: Any, start: int, clause: str, nums: list[Any],
                      items: list[dict[str, Any]], origin: dict[int, int]) -> Any:
    """"去日本 short visit 三週（不到一個月），這種國外進修可以拿幾分？", "a 3-week stint in Japan — how much is that kind of
    training worth?": a clause naming the kind as "this kind" (這種, that kind), with no figure of its own, after words in
    the same sentence that named no kind but said a detail in the field's unit — that detail is this one's (the words before
    described it). Only one such figure, none read by another item."""
    t = r.q.text
    word = _THIS_KIND.search(clause)
    if word is None or any(start <= n.start < start + len(clause) for n in nums):
        return None
    # (the words right before this clause, in its sentence, read as no item)
    lo = max([t.rfind(ch, 0, start) for ch in "。；;？?！!\n"]) + 1
    if any(lo <= at < start for at in origin.values()):
        return None
    before = [n for n in nums if lo <= n.start < start and n.start not in r.used and not any(x[0] == n.start for x in r.set_aside)
              and not _in_brackets(t, n.start)]
    fit = [n for n in before if _fits(f, n) and (n.unit or "") != ""]
    return fit[0] if len(fit) == 1 and len(before) == 1 else None


def _another_detail(slot: Slot, nums: list[Any], last: dict[str, Any], count: Slot, text: str = "") -> bool:
    """The clause gives, besides a count, another value of a detail the last item's kind takes (its days, hours) — the
    value as its bracket reads it, given the text ("兩小時以內的 3 場，超過兩小時的 2 場": 2 and over 2 are two lengths)."""
    for f in slot.fields:
        if f is count or f.kind != "number" or (f.of_kinds and last["kind"] not in f.of_kinds):
            continue
        n = _pick(f, nums)
        if n is not None and (f.name not in last or _bracket_of(text, f, n, last["kind"]) != last[f.name]):
            return True
    return False


def _restates_choices(r: Reading, slot: Slot, kind: Any, start: int, clause: str, in_clause: list[Any],
                      items: list[dict[str, Any]], count: Slot | None) -> bool:
    """A clause with no figure, said of all the items (都 / all / both, in it or in the clause just before: "都不是一二作，
    就是其他作者"), naming the last item's kind only by choices it already holds ("非 SCI 掛名了 4 篇，都是其他作者",
    "3 posters as first author — all first author"): a restatement."""
    if not items or items[-1]["kind"] != kind or count is None or _pick(count, in_clause) is not None:
        return False
    if not _ALL_SAID.search(r.q.text, max(0, start - 10), start + len(clause)) or _names(r, slot, kind, clause) and not _role_only(r, slot, clause):
        return False
    said = {f.name: v for f in slot.fields if f.kind == "enum" and (v := _enum(r, f, clause)) is not None}
    if said and all(items[-1].get(k) in (None, v) for k, v in said.items()) and _role_only(r, slot, clause) \
            and any(items[-1].get(k) is None for k in said):
        # ("口頭報告兩篇，我都是上台報告的人", "2 orals, I presented both": a place said of all of them for the first time, in
        # words that also name the kind — every item of that kind lacking it takes it, no other item)
        for it in (it for it in items if it["kind"] == kind):
            it.update({k: v for k, v in said.items() if it.get(k) is None})
        return True
    return bool(said) and all(items[-1].get(k) == v for k, v in said.items())


def _role_said_after(r: Reading, slot: Slot, model: Any, kind: Any, clause: str,
                     said_items: tuple[list[Any], list[dict[str, Any]]], count: Slot | None,
                     only: set[str] | None = None, listed: bool = False) -> bool:
    """A clause with no figure naming the last item's kind only by a choice's words ("一篇口頭報告，我不是一作，但是是我
    上台報告的", "one oral, not first author, but I presented it"): the place said of that item — it takes the choice
    said last (the presenter over a first authorship only denied), and no other item is read. `listed`: the clause follows
    a list mark (`after_list_mark`), the list's next item — never the item before said again."""
    in_clause, items = said_items
    if not items or items[-1]["kind"] != kind or count is None or _pick(count, in_clause) is not None:
        return False
    if listed:
        return False  # ("SCI一作、SCI二作、非SCI其他作者": each item of a list its own, never a place said again of the one before)
    if _REST_SAID.search(clause) or _ALL_SAID.search(clause) or not _SAID_AFTER_ANOTHER.search(r.q.text):
        return False  # ("其餘都是共同作者", "the other one": another part of the count, never the last item's place again)
    if not _role_only(r, slot, clause):
        return False
    asked = [f for f in slot.fields if f.kind == "enum" and f.name != "kind"
             and (f.name in items[-1] or f.name in asked_by(model, items[-1]) or f.of_kinds and items[-1]["kind"] in f.of_kinds)
             and (only is None or f.name in only)]
    # (a place only implied — "not first author", "co-author" — never replaces one said outright before it: "I gave the talk,
    # I'm not first author" is still the presenter)
    said = {f.name: c.value for f in asked if (c := _enum_choice(r, f, clause)) is not None
            and not (c.note is not None and items[-1].get(f.name) not in (None, c.value))}
    if not said:
        return False
    items[-1].update(said)
    return True


# the rest of a count, said apart ("剩下的我是共同作者", "其餘都是", "the rest", "the other one"): another part, never the
# last item's place said again
# (… or one of the count named by its place in it: "on the third I'm just a middle author", "the last one", "第三篇", "最後一篇")
_REST_SAID = re.compile(r"剩下|剩餘|剩余|其餘|其余|其他|另外|另一|\bthe rest\b|\bremaining\b|\bthe other\b|\banother\b|"
                        r"\bthe\s+(?:second|third|fourth|fifth|last|final|2nd|3rd|4th|5th)\b(?!\s*[- ]?(?:author|name))|"
                        r"第\s*[二三四五2-5]\s*(?:篇|次|場|场|張|张)|最後一|最后一", re.IGNORECASE)
# a place said against another ("不是一作，但是是我上台報告的", "not first author, but I presented it"): the later one stands
_SAID_AFTER_ANOTHER = re.compile(r"不是|並非|并非|非|沒有|没有|\bnot\b|n't\b|\bnon-", re.IGNORECASE)
_ALL_SAID = re.compile(r"都|全都|全部|皆|均|\b(?:all|both|each)\b", re.IGNORECASE)
# the mark that lists items one after another ("SCI一作、SCI二作", "一作／二作"): what follows it is the list's next item
_LIST_MARK_BEFORE = re.compile(r"[、／/]\s*$")


def after_list_mark(t: str, start: int) -> bool:
    """Does the piece starting at `start` follow a list mark (`_LIST_MARK_BEFORE`), as the next item of a list?"""
    return _LIST_MARK_BEFORE.search(t, 0, start) is not None


def _role_only(r: Reading, slot: Slot, clause: str) -> bool:
    """The clause's kind words are all inside its choices' words ("其他作者" names a paper's author, no other paper)."""
    rest = clause
    for f in (f for f in slot.fields if f.kind == "enum"):
        for c in f.choices:
            if c.terms:
                rest = compiled(r.pattern(c.terms)).sub(" ", rest)
    return not named_kinds(r, slot, rest)


def _bracket_side(text: str, f: Slot, n: Any, kind: Any) -> str | None:
    """"<" or ">" where a number is a strict bound at one of the field's breaks for a kind whose result changes only
    there ("都超過兩小時" of a seminar: its bracket, not its value); None for a value."""
    side = bound_of(text, n.start, n.end) if text else None
    if f.breaks and kind in f.breaks_of and side in ("<", ">") and float(n.value) in f.breaks \
            and not _SOME_OF.search(clause_of(text, n.start, n.end)):
        return side
    return None


def _bracket_of(text: str, f: Slot, n: Any, kind: Any) -> Any:
    """The value `_bracketed_value` gives a number (half a unit inside a strict bound at one of the field's breaks), with
    no note said; the plain value without the text."""
    side = _bracket_side(text, f, n, kind)
    return _value(n) if side is None else float(n.value) + (-0.5 if side == "<" else 0.5)


def _inside_bracket(text: str, f: Slot, n: Any, bracket: tuple[str, float]) -> bool:
    """A plain figure (no bound of its own, in the field's units) inside the bracket a bound named: over the line for
    ">", under it for "<"."""
    side, line = bracket
    if bound_of(text, n.start, n.end) is not None or (n.unit or "") not in f.units:
        return False
    value = float(n.value) * dict(f.scale).get(n.unit or "", 1)
    return value > line if side == ">" else value < line


def _another_choice(r: Reading, slot: Slot, clause: str, last: dict[str, Any], model: type[BaseModel]) -> bool:
    """The clause names, with its count, another value of a choice the last item's kind has ("oral 2 international +
    3 domestic": the domestic ones)."""
    for f in (f for f in slot.fields if f.kind == "enum" and f.name in last):
        value = _enum(r, f, clause)
        if value is not None and value != last[f.name]:
            return True
    return False


def _asked_choice(r: Reading, slot: Slot, clause: str, last: dict[str, Any], model: type[BaseModel]) -> bool:
    """The clause names a value of a choice the last item still lacks ("3 e-posters (2 overseas, 1 local)": where those 2
    were) — inside brackets going through its count, a part of it with that value."""
    asked = asked_by(model, last)
    return any(_enum(r, f, clause) is not None for f in slot.fields if f.kind == "enum" and f.name in asked)


def _fits(f: Slot, n: Any) -> bool:
    """A number of the field's units within its range."""
    return (n.unit or "") in f.units and (f.min_value is None or float(n.value) >= f.min_value) \
        and (f.max_value is None or float(n.value) <= f.max_value) \
        and (not f.whole or float(n.value).is_integer())


def _counts_kind(slot: Slot, n: Any, kind: Any) -> bool:
    """Can the number's classifier count the kind? A classifier the slot names for some kinds only (篇 a paper or a
    presentation, 張 a poster) counts no other kind ("外科年會 3 篇" is no three meetings)."""
    fits = dict(slot.classifiers).get(n.unit or "")
    return fits is None or kind in fits


def _pick(f: Slot, nums: list[Any]) -> Any:
    """The field's number among a clause's: one carrying a unit before a bare one ("1）月會 6 次"), then by `pick`."""
    fit = [n for n in nums if _fits(f, n)]
    fit = [n for n in fit if n.unit] or fit
    return (fit[-1] if f.pick == "last" else fit[0]) if fit else None


def _scaled(r: Reading, f: Slot, n: Any) -> Any:
    """The number in the field's own unit ("3 週" of months → 0.7), said so when it was converted."""
    factor = dict(f.scale).get(n.unit or "")
    if factor is None:
        return _value(n)
    value = round(float(n.value) * factor, 2)
    r.notes.append(Note(f"{_value(n)} {n.unit}以 {value:g} {f.units[0]}計（1 {n.unit} = {factor:.3g} {f.units[0]}）。",
                        f"{_value(n)} {n.unit} is read as {value:g} {f.units[0]} (1 {n.unit} = {factor:.3g})."))
    return int(value) if value.is_integer() else value


_EN_UNITS = {"小時": "hours", "天": "days", "個月": "months"}
# "some of them", "a few", "有些", "有幾場", "部分": a part of the items, how many not said
_SOME_OF = re.compile(r"\b(?:some|several|a few|a couple|most|one or two)\b|有些|有的|有幾|有几|部分|部份|少數|少数|大多|其中幾|其中几",
                      re.IGNORECASE)


def _bracketed_value(r: Reading, f: Slot, n: Any, kind: Any) -> Any:
    """The number in the field's unit — or, for a strict bound said at one of the field's `breaks` of a kind whose result
    changes only there (`breaks_of`: "都不到兩小時", "each over 2 hours" of a seminar, 5.5's line), a value inside the
    bracket it names (half a unit from the line), said so: the bracket is what the rule credits."""
    side = bound_of(r.q.text, n.start, n.end)
    if not (f.breaks and kind in f.breaks_of and side in ("<", ">") and float(n.value) in f.breaks) \
            or _SOME_OF.search(clause_of(r.q.text, n.start, n.end)):
        return _scaled(r, f, n)  # (a bound said of some of them only — "some were longer than 2 hours" — brackets nothing)
    value = float(n.value) + (-0.5 if side == "<" else 0.5)
    said = clause_of(r.q.text, n.start, n.end).strip()
    unit = f.units[0] if f.units else ""
    line, line_en = f"{_value(n)} {unit}".strip(), f"{_value(n)} {_EN_UNITS.get(unit, unit)}".strip()
    r.notes.append(Note(f"「{said}」讀為{'未超過' if side == '<' else '超過'} {line}（以 {value:g} 計；同一級距計分相同）。",
                        f"“{said}” is read as {'not over' if side == '<' else 'over'} {line_en} (taken as {value:g}; every value "
                        "in that bracket is credited the same)."))
    return value


def _value(n: Any) -> Any:
    return int(n.value) if float(n.value).is_integer() else n.value


def _flag_said(r: Reading, f: Slot, clause: str, own: bool = False) -> bool | None:
    """A flag field as its clause says it: True where its words are, False where they are all denied ("none are case
    reports", "都不是病例報告"), None where they are not."""
    said = [m.start() for m in compiled(r.pattern(f.terms)).finditer(clause)]
    if said:
        return not all(said_not(clause, at) for at in said)
    # (its `false_terms` said, not denied: "原著", "an original article" — no case report, as said)
    # (only in the item's own clause: a clause naming no item is never read as a flag by them alone)
    if own and f.false_terms and any(not said_not(clause, m.start()) for m in compiled(r.pattern(f.false_terms)).finditer(clause)):
        return False
    return None


def _flag_later(r: Reading, slot: Slot, clause: str, items: list[dict[str, Any]], marks: tuple[list[bool], ...],
                origin: dict[int, int], pointed: dict[str, Any] | None = None, start: int | None = None) -> bool:
    """A clause naming no kind but a flag's words: the flag of the last item whose kind takes it — or of the item the
    clause before pointed back at (`pointed`: "一作那兩篇，其中一篇是病例報告", "of those 2 first-author papers, one …").
    Said of all of them ("口頭 2 篇、壁報 1 篇，都是病例報告", "SCI 一作 1 篇、非 SCI 二作 1 篇，兩篇都是病例報告", "both case
    reports"): the flag of every item said before it in its sentence whose kind takes it."""
    done = False
    t = r.q.text
    if start is not None and pointed is None and _ALL_SAID.search(clause) and _subset_part(clause) is None:
        lo = max(t.rfind(ch, 0, start) for ch in "。；;？?！!\n") + 1
        count = next((g.name for g in slot.fields if g.kind == "number"), "")
        lead = _PART_OPENS.match(clause.lstrip("(（"))
        for f in slot.fields:
            if f.kind != "flag" or _flag_said(r, f, clause) is not True:
                continue
            takes = [it for it in items if (not f.of_kinds or it["kind"] in f.of_kinds) and lo <= origin.get(id(it), -1) < start]
            # (a count said with it is how many they all are: "兩篇都是病例報告" of two papers; never a part of them)
            if lead is not None and not (lead.group(1) and float(lead.group(1)) == sum(it.get(count, 1) for it in takes)):
                continue
            if len(takes) > 1 and all(it.get(f.name) is None for it in takes):
                for it in takes:
                    it[f.name] = True
                done = True
        if done:
            return True
    for f in slot.fields:
        if f.kind != "flag" or (said := _flag_said(r, f, clause)) is None:
            continue
        takes = [it for it in reversed(items) if not f.of_kinds or it["kind"] in f.of_kinds]
        item = pointed if pointed is not None and any(it is pointed for it in takes) else next(iter(takes), None)
        if item is None:
            continue
        done = True
        if not said:  # "…, none of them case reports": the last item's papers are not
            item[f.name] = False
            continue
        count = next((g.name for g in slot.fields if g.kind == "number"), "")
        part = _subset_part(clause)
        # "…, one was a case report": one of those pointed at; "2 posters (one was a case report)": the bracket names a part
        # (… or a clause of the item's own sentence opening on its part and what it was: "2 orals as first author, one was a
        # case report", "口頭報告兩篇，一篇是病例報告" — one of them, never all of them)
        if part is None and (item is pointed or _SUBSET_BRACKET.match(clause) or _PART_WAS.match(clause)
                             and start is not None and id(item) in origin and not re.search(r"[。；;？?！!\n]|\.\s", t[origin[id(item)]:start])) and \
                (lead := _PART_OPENS.match(clause.lstrip("(（"))) is not None:
            part = int(lead.group(1)) if lead.group(1) else 1
        if part is not None and 0 < part < item.get(count, 1):  # "2 篇，其中 1 篇是病例報告": 1 without, 1 with the flag
            _carve(items, marks, item, count, part, [f.name], origin)
        item[f.name] = True
    return done


# a clause adding one more thing with its article ("and a case report …", "plus a case report", "& also a case report")
_ADDED_ONE = compiled(r"\s*(?:and|plus|\+|&)\s+(?:also\s+)?(?:an?|one)\s+(?!of\b)")
_A_ONE = compiled(r"\s*(?:an?|one)\s+(?!of\b)")
# a clause opening on how many of the item just pointed at ("one was a case report", "1 篇是病例報告")
_PART_OPENS = compiled(r"\s*(?:(?:and|but)\s+)?(?:\bone\b|(\d+)(?![\d.]))")
# … said as what it was ("one was a case report", "one is a case report", "1篇是病例報告", "一篇算病例報告")
_PART_WAS = compiled(r"\s*(?:(?:and|but|tho|though|although)\s+)?(?:\bone\b|\d+(?![\d.])\s*(?:篇|張|张|份)?)\s*(?:was|is|were|being|是|算|為|为)")
# "poster 那篇", "oral 那兩篇", "the poster one", "that talk", "the poster was…": the clause points back at an item
_NAMED_IS = compiled(r"^\s*(?:而|但|另外)?\s*[^\d，,。；;？?！!:：]{1,10}?(?:則|则)?(?:是|為|为|屬於|属于|算是)(?!不是)")
_POINTS_BACK = compiled(r"(?:那|這|这|該|该)\s*(?:[一兩两二三1-3]\s*)?(?:篇|次|場|场|個|个|份|組|组)|\b(?:that|this|those|these)\b|"
                        r"^\s*(?:其中|當中|当中|之中)(?!\s*\d)|"  # "其中 poster 是 case report": of those counted, no count of its own
                        r"(?<=\d )(?:out )?of (?:the|my|our)\s+\d{1,2}\b|"  # "1 of the 2 orals was a case report"
                        # ("tho the poster was a case report", "although the oral was …", "except the poster …": a concession
                        # or an exception pointing at one of those counted)
                        r"^\s*(?:and\s+|but\s+|(?:al)?(?:tho|though)\s+|while\s+|except\s+(?:that\s+)?|only\s+|just\s+|"
                        r"however,?\s+|yet\s+)?the\b|\bthe\s+(?:[\w.-]+\s+){1,2}?ones?\b")


def _flag_pointed(r: Reading, slot: Slot, start: int, clause: str, kind: Any, items: list[dict[str, Any]],
                  origin: dict[int, int], t: str, marks: tuple[list[bool], ...], pointed: int | None = None) -> bool:
    """A clause naming a kind already counted, pointing back at it and giving a flag ("…壁報 1 篇，poster 那篇是病例報告",
    "oral 2 and a poster; the poster was a case report"): the flag of that item — one of its count where it has more —
    not a new item. The item is the one whose clause used the same word for the kind, else the only one of the kind."""
    same = [it for it in items if it["kind"] == kind]
    flags = [f for f in slot.fields if f.kind == "flag" and (not f.of_kinds or kind in f.of_kinds)]
    # ("口頭 2 篇、壁報 1 篇，壁報是病例報告", "poster 是 case report": the kind named again as what it is — all of that item)
    named_is = _NAMED_IS.match(clause)
    if not same or not flags or (point := _POINTS_BACK.search(clause) or named_is) is None:
        return False
    said = {f.name: v for f in flags if (v := _flag_said(r, f, clause)) is not None}
    if not said:
        return False
    said_as = [m for c in slot.choices if c.value == kind and c.terms for m in compiled(r.pattern(c.terms)).finditer(clause)]
    if not said_as:
        return False
    word = min(said_as, key=lambda m: abs(m.start() - point.start())).group(0).lower()  # the word pointed with
    starts = sorted({*origin.values(), start})

    def own_text(it: dict[str, Any]) -> str:
        at = origin.get(id(it), 0)
        return t[at:next((s for s in starts if s > at), start)].lower()
    named = [it for it in same if word in own_text(it)]
    target = named[0] if len(named) == 1 else same[0] if len(same) == 1 else None
    if target is None:
        return False
    count = next((g.name for g in slot.fields if g.kind == "number"), "")
    # "其中一篇" names the part; else "那兩篇" how many are pointed at; else one ("poster 那篇", "the poster")
    subset_said = compiled(QUALIFIERS["subset"]).search(clause) or _N_OF_THE_N.search(clause) or _POINTED_PART.search(clause)
    part = (_subset_part(clause) or 1) if subset_said else pointed or (target.get(count, 1) if point is named_is else 1)
    if target.get(count, 1) > part and any(said.values()):  # "oral 兩篇…其中那篇": one of them carries the flag
        _carve(items, marks, target, count, part, list(said))
        origin[id(items[items.index(target) - 1])] = origin.get(id(target), 0)  # the rest was said where the whole was
    target.update(said)
    return True


def _year_split_totals(r: Reading, slot: Slot, items: list[dict[str, Any]], marks: tuple[list[bool], ...]) -> None:
    """"國際會議共 3 次，其中 2 次在 2025 年、1 次在 2026 年", "3 international meetings: 2 in 2025 and 1 in 2026": a count with
    no year, gone through by the items right after it (same kind, each in a year of its own, nothing else different) whose
    counts add up to it, is their total — a check, no item of its own (SPEC §3: a stated total is a check)."""
    counts = [f.name for f in slot.fields if f.kind == "number"]
    if not slot.year or not counts:
        return
    count = counts[0]
    for i in range(len(items) - 1, -1, -1):
        head = items[i]
        if head.get(slot.year) is not None or not isinstance(head.get(count), (int, float)):
            continue
        same = {k: v for k, v in head.items() if k != count}
        run, total = [], 0.0
        for it in items[i + 1:]:
            if it.get(slot.year) is None or {k: v for k, v in it.items() if k not in (count, slot.year)} != same \
                    or total >= head[count]:
                break
            run.append(it)
            total += it.get(count, 1)
        if len(run) < 2 or len({it[slot.year] for it in run}) != len(run) or total > head[count]:
            continue
        parts = [f"{it.get(count, 1):g}" for it in run]
        if total != head[count]:
            # "4 international meetings: 2 in 2025 and 1 in 2026": the years said do not add up to the total — asked
            r.mismatch.append(Need(slot.name, f"各年次數 {'、'.join(parts)} 加起來是 {total:g}，但合計寫 {head[count]:g}；請確認各年的次數。",
                                   f"The yearly counts {', '.join(parts)} add up to {total:g}, but the total says "
                                   f"{head[count]:g}; how many were there in each year?"))
            continue
        r.notes.append(Note(f"{head[count]:g} 次是後面各年次數（{'、'.join(parts)}）的合計，不另計。",
                            f"The {head[count]:g} is the total of the yearly counts after it ({', '.join(parts)}); "
                            "it is not counted again."))
        del items[i]
        for mark in marks:
            del mark[i]


def _carve(items: list[dict[str, Any]], marks: tuple[list[bool], ...], item: dict[str, Any], count: str, part: int,
           flags: list[str], origin: dict[int, int] | None = None) -> None:
    """Split `part` of an item's count off as the item itself (its flags about to be set); the rest stays before it with
    the flags False, said where the item was (`origin`). The per-item marks (number given, subset) follow the list; the
    part is no new fact."""
    at = items.index(item)
    items.insert(at, {**item, count: item[count] - part, **{name: False for name in flags}})
    for mark in marks:
        mark.insert(at, False)
    item[count] = part
    if origin is not None and id(item) in origin:
        origin[id(items[at])] = origin[id(item)]


# "1 of the 2 orals", "2 of my 3 posters": a part of an item counted before, its count before the words, the whole's after
# the whole a count is taken out of, said right after it ("10 of the 12 monthly meetings", "3 out of all 12")
# (never "2 of 1.5 hours", "one of 4 hours": items of a length — only "of the" / "of all" / "out of" say a whole)
_POOL_BEFORE = re.compile(r"(?<![\d.])\d+\s+(?:out\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?|of\s+(?:the|all(?:\s+the)?)\s+)$", re.IGNORECASE)
# "一作那兩篇有一篇…", "那三場其中兩場…": a whole pointed back at, then the part of it (the count after) — a subset said
# without 裡 / 中 (`mentions.restates_whole` drops the whole's count)
_POINTED_PART = compiled(r"(?:那|這|这)\s*\d+\s*(?:次|場|场|篇|例|個|个|件)?\s*(?:的)?\s*(?:其中|當中|当中|有|只有|就有)\s*(?=\d)|"
                         r"\bof\s+(?:the|those|these|my|our)\s+\d+\s+(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*\s+(?:only\s+|just\s+)?(?=\d)")
_N_OF_THE_N = re.compile(r"(?<=\d )(?:out )?of (?:the|my|our|those|these)\b(?!\s+\d+(?:\s*[:/.]\d|\d\d))", re.IGNORECASE)


def _subset_part(clause: str) -> int | None:
    """How many a subset qualifier in the clause names ("其中 1 篇", "one of them", "1 of the 2"), None without one."""
    if (of := _N_OF_THE_N.search(clause)) is not None and (said := find_quantities(clause[:of.start()])):
        return int(said[-1].value)
    m = compiled(QUALIFIERS["subset"]).search(clause) or _POINTED_PART.search(clause)
    if m is None:
        return None
    after, before = find_quantities(clause[m.end():]), find_quantities(clause[:m.start()])
    n = after[0] if after else before[-1] if before and m.start() - before[-1].end <= 2 else None
    return int(n.value) if n is not None else 1


def _own_names(slot: Slot, kind: Any, text: str, pos: int = 0, endpos: int | None = None) -> set[str]:
    """The instances of `kind` named by their own names in text[pos:endpos] ("DDW", "CIRSE"), lower-cased."""
    names = next((c.names for c in slot.choices if c.value == kind and c.names), "")
    if not names:
        return set()
    return {m.group(0).lower() for m in compiled(names).finditer(text, pos, len(text) if endpos is None else endpos)}


def _akin(slot: Slot, a: Any, b: Any) -> bool:
    """The same kind, or kinds one clause's words turn into each other (`follow`: an SCI paper said a case report)."""
    return a == b or any((a in prev and b == k) or (b in prev and a == k) for prev, _, k in slot.follow)


def _reply_restates(r: Reading, slot: Slot, model: type[BaseModel], items: list[dict[str, Any]],
                    marks: tuple[list[bool], ...], origin: dict[int, int]) -> None:
    """"三篇都是一作的原著", "2 as first author, 1 as co-author" in reply to "SCI 三篇" (its role asked): the reply's items of
    that kind, adding up to the item asked about, are that item said in full — it goes, no more papers are added."""
    count = next((f.name for f in slot.fields if f.kind == "number"), "")
    if not r.q.followup_start or not count:
        return
    reply = [it for it in items if origin.get(id(it), -1) >= r.q.followup_start]
    asked_before = [it for it in items if origin.get(id(it), len(r.q.text)) < r.q.followup_start]
    for asked in asked_before:
        # "都是一作，原著", "both first author, full articles": the one kind of the question named again in the reply with
        # no count of its own is that item, said in full (its count the question's), no more of them
        said = [it for it in reply if _akin(slot, asked["kind"], it["kind"])]
        at = [i for i, it in enumerate(items) if any(it is x for x in said)]
        if len(said) == 1 and not marks[0][at[0]] and sum(_akin(slot, a["kind"], said[0]["kind"]) for a in asked_before) == 1:
            said[0][count] = asked.get(count, 1)
            said[0].update({k: v for k, v in asked.items() if k not in said[0]})
            marks[0][at[0]] = True
            at_asked = next(i for i, it in enumerate(items) if it is asked)
            for lst in (items, *marks):
                del lst[at_asked]
            reply = [it for it in reply if it is not said[0]]
    # (… and "国际会议1次，讲习会2次，每次3小时" in reply to "参加了国际会议，也去了讲习会": a kind of the question whose
    # count no words gave, named in the reply with a count of its own, is said there in full)
    for asked in [it for it in items if origin.get(id(it), len(r.q.text)) < r.q.followup_start]:
        said = [it for it in reply if _akin(slot, asked["kind"], it["kind"])]
        given = marks[0][next(i for i, it in enumerate(items) if it is asked)]
        # ("都是第一作者，兩篇都是病例報告" to "SCI 兩篇" (its role asked): the role filled it, so nothing is asked of it any
        # more — yet the reply's one item of another kind, its count the item's and said of all of them, is that item
        # named again as that kind: it replaces it, with the details the reply gave it)
        renamed = len(said) == 1 and said[0]["kind"] != asked["kind"] and given \
            and said[0].get(count, 1) == asked.get(count, 1) and _said_of_all(r.q.text, origin.get(id(said[0]), -1))
        # (… and "都是通訊作者，兩篇是 case report" to "SCI 三篇": fewer of them, named as that other kind with no adding word
        # — a part of them, carved out of the item with its details; never "另外還有兩篇病例報告", one more of a kind)
        if len(said) == 1 and said[0]["kind"] != asked["kind"] and given \
                and 0 < said[0].get(count, 1) < asked.get(count, 1) and _adds_none(r.q.text, origin.get(id(said[0]), -1)):
            asked[count] = asked.get(count, 1) - said[0].get(count, 1)
            said[0].update({k: v for k, v in asked.items() if k not in said[0]})
            continue
        if not asked_by(model, asked) and given and not renamed:
            continue
        if renamed:
            said[0].update({k: v for k, v in asked.items() if k not in said[0]})
        if said and (sum(it.get(count, 1) for it in said) == asked.get(count, 1)
                     or not given and all(marks[0][i] for i, it in enumerate(items) if any(it is x for x in said))
                     # ("3 total: two 1-hour ones and one 3-hour one" to "a couple of seminars, some over 2 hours": the
                     # reply's items add up to the total it states)
                     or not given and sum(it.get(count, 1) for it in said) in _reply_totals(r)):
            at = next(i for i, it in enumerate(items) if it is asked)
            for lst in (items, *marks):
                del lst[at]
            reply = [it for it in reply if not any(it is s for s in said)]


# one more of a kind, never the ones counted before: "另外還有兩篇病例報告", "plus 2 case reports", "再加兩篇"
_ADDS_MORE = re.compile(r"另外|另有|還有|还有|再|加上|外加|多了|\b(?:also|another|more|plus|extra|additional)\b", re.IGNORECASE)


# an adding word, then in its clause a count of things ("另外還有兩篇病例報告", "plus 2 case reports") — never a figure of
# another fact ("另外一般教育積分60", "plus 60 radiology CME points")
_ADDS_THINGS = re.compile(rf"(?:{_ADDS_MORE.pattern})[^，,。；;]{{0,12}}?"
                          r"(?:\d+|[一二兩两三四五六七八九十]|\b(?:a|an|one|two|three|four|five)\b)\s*"
                          r"(?:篇|次|場|场|例|份|\b(?:[a-z-]+\s+)?(?:papers?|case\s+reports?|articles?|posters?|talks?|lectures?|orals?)\b)",
                          re.IGNORECASE)


def adds_more(text: str) -> bool:
    """Does a reply add things in words ("另外還有兩篇病例報告", "plus 2 case reports")?"""
    return _ADDS_THINGS.search(text) is not None


def _adds_none(t: str, at: int) -> bool:
    """The clause of `t` holding position `at` adds no thing ("另外還有兩篇病例報告", "plus 2 case reports")."""
    return at >= 0 and _ADDS_MORE.search(clause_of(t, at, at)) is None


def _said_of_all(t: str, at: int) -> bool:
    """The clause of `t` holding position `at` says its thing of all of them ("兩篇都是病例報告", "both case reports") and
    adds none."""
    return _adds_none(t, at) and _ALL_SAID.search(clause_of(t, at, at)) is not None


def _said_as_total(t: str, start: int, end: int) -> bool:
    """The figure at t[start:end] is said as a total: a total word right before it ("共五小時", "加起來一共 5 個小時",
    "total of 6 hours") or right after it and its unit ("5 hours in total", "7 hours altogether")."""
    words = QUALIFIERS["total"]
    return compiled(rf"(?:{words})\s*(?:有|是|為|为|約|约|大約|大约|of)?\s*$").search(t[max(0, start - 12):start]) is not None \
        or compiled(rf"^\s*(?:[^\W\d_]+\s*)?(?:{words})").search(t[end:end + 20]) is not None


def _shared_detail_totals(r: Reading, slot: Slot, items: list[dict[str, Any]]) -> None:
    """A detail figure said as the total of an item of several ("國內研討會兩場共五小時", "two seminars, 5 hours in total",
    "3 場合計 6 小時") is no length of each one: how it splits decides each one's detail, so each one's is asked (SPEC §3,
    a stated total is a check, never a value filled in for every item). Kept where no split can change a bracket: a total
    within a break the field is read by for the kind (two seminars of 1.5 hours in all: each within it)."""
    t = r.q.text
    counts = [f.name for f in slot.fields if f.kind == "number"][:1]
    details = [f for f in slot.fields if f.kind == "number" and f.name not in counts and f.name in slot.fact_fields + slot.personal_fields]
    for f in details:
        for n in numbers(r.q):
            if (n.unit or "") not in f.units or not n.unit or not _said_as_total(t, n.start, n.end):
                continue
            for item in items:
                if not counts or item.get(counts[0], 1) < 2 or item.get(f.name) != float(n.value) \
                        or (item["kind"] in f.breaks_of and f.breaks and float(n.value) <= min(f.breaks)):
                    continue
                unit_en = _EN_UNITS.get(n.unit, n.unit)
                r.mismatch.append(Need(f.name, f"「{n.text.strip()}」是 {item[counts[0]]:g} 場（次）合計的{n.unit}數，不是每一場的；請說每一場各幾{n.unit}。",
                                       f"“{n.text.strip()}” is the total of the {item[counts[0]]:g}, not each one's; "
                                       f"how many {unit_en} was each one?"))
                del item[f.name]


_TOTAL_AFTER = re.compile(r"\s*(?:in\s+)?(?:total|all(?:\s+together)?|altogether)\b|\s*(?:場|场|次|個|个)?\s*(?:總共|总共|合計|合计)", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"(?:總共|总共|一共|合計|合计|共|\btotal(?:\s+of)?|\bin all)\s*[:：]?\s*$", re.IGNORECASE)


def _reply_totals(r: Reading) -> set[float]:
    """The totals the reply to a question back states ("3 total: …", "總共 4 場：…")."""
    t, at = r.q.text, r.q.followup_start
    return {float(n.value) for n in numbers(r.q) if n.start >= at
            and (_TOTAL_AFTER.match(t, n.end) or _TOTAL_BEFORE.search(t, max(at, n.start - 10), n.start))}


def _bracket_names(slot: Slot, kind: Any, t: str, start: int, clause: str, nums: list[Any]) -> set[str]:
    """The instances of `kind` named by their own names in brackets the clause opens ("年會（胸腔外科、小兒外科）"),
    where the brackets hold no figure (each instance's own details make items of their own); empty otherwise."""
    opened = max(clause.rfind("("), clause.rfind("（"))
    if opened < 0 or max(clause.rfind(")"), clause.rfind("）")) > opened:
        return set()
    lo = start + opened
    ends = [i for i in (t.find(")", lo), t.find("）", lo)) if i >= 0]
    hi = min(ends) if ends else len(t)
    if any(lo < n.start < hi for n in nums):
        return set()
    return _own_names(slot, kind, t, lo, hi)


def _count_in_words(r: Reading, slot: Slot, kind: Any, start: int, clause: str, nums: list[Any]) -> int | None:
    """"兩個國際會議（ACS Clinical Congress、亞洲外科 ASA）", "三個國際會議：ACS、ASA、JSS": a count before the kind's noun, heading
    a list in brackets or after a colon (left in words by the numerals' reader, `COUNT_HEADING`), where the list gives no
    figure of its own and names one of them at least — a list of names: the count stands, the names are the items counted,
    neither more nor fewer."""
    t = r.q.text
    at = _from_word(r, slot, kind, start, clause)[0]
    for h in COUNT_HEADING.finditer(t, start, start + len(clause)):
        if not (h.end(1) <= at <= h.end(1) + 8):
            continue
        opened = re.compile(r"[^(（:：，,。；;？?\n]*([(（:：])").match(t, h.end(1))
        if opened is None:
            return None
        closing = ")）" if opened.group(1) in "(（" else "，,。；;？?\n"
        end = min((i for i in (t.find(ch, opened.end()) for ch in closing) if i >= 0), default=len(t))
        if any(opened.end() <= n.start < end for n in nums):
            return None  # "三個次專科年會：胸腔外科（兩天）、…": the items listed give the count
        if not _own_names(slot, kind, t, opened.end(), end):
            return None  # "三個國際會議：東京、巴黎、紐約": no meeting named — what the list is, asked
        return cn_to_int(h.group(1))
    return None


_LIST_JOINERS = re.compile(r"[\s、,，/&+＋]|\band\b|和|及|跟|與|与", re.IGNORECASE)


def _name_listed_after_count(slot: Slot, kind: Any, t: str, said: int, start: int, clause: str, count: int | None = None) -> bool:
    """The clause is a name alone ("JSS"), in the list after the colon of the counted item's clause said at `said`
    ("三個國際會議：ACS、ASA、JSS", "3 international meetings: ACS, ASA and JSS"), that sentence not ended before it —
    or after a comma, the names of the run as many as the item counts (`count`: "國際研討會有去兩個，ESMO 跟 ASCO", "2
    international meetings, ESMO and ASCO"; one name more or fewer stays its own item)."""
    pattern = _names_pattern(slot, kind)
    names = _own_names(slot, kind, clause)
    if not names or _LIST_JOINERS.sub("", compiled(pattern).sub("", clause)).strip():
        return False
    between = t[said:start]
    if re.search(r"[。；;？?！!\n]", between) is not None:
        return False
    if re.search(r"[:：]", between) is not None:
        return True
    comma = max(between.rfind(","), between.rfind("，"))
    if count is None or count < 2 or comma < 0:
        return False
    end = re.compile(r"[。；;？?！!\n]|\.(?=\s|$)").search(t, start)
    rest = t[said + comma + 1:end.start() if end else len(t)]
    # (the run after the comma: its pieces holding names and joiners only, up to the first piece with other words —
    # "…兩個，DDW 跟 ASCO，月會 6 次": DDW and ASCO; as many names as counted)
    run = ""
    for piece in re.split(r"(?<=[,，、])", rest):
        if _LIST_JOINERS.sub("", compiled(pattern).sub("", piece)).strip():
            break
        run += piece
    return start < said + comma + 1 + len(run) and len(_own_names(slot, kind, run)) == count


def _names_pattern(slot: Slot, kind: Any) -> str:
    """The slot's own-names pattern of a kind ("DDW|CIRSE|…"), empty when it has none."""
    return next((c.names for c in slot.choices if c.value == kind and c.names), "")


def _places_attended(slot: Slot, t: str, items: list[dict[str, Any]], places: list[Any]) -> bool:
    """Every place a presentation was given at is a meeting already counted as attended, named there by its own name and
    again as the place ("兩個國際會議（ACS Clinical Congress、亞洲外科 ASA），在 ACS 那場有一篇口頭報告"): its attendance is
    counted — no note asking whether it was attended too."""
    for kind in set(places):
        names = _names_pattern(slot, kind)
        # (by the name's first word: "ACS Clinical Congress" then "ACS" is one meeting named twice)
        said = [m.group(0).split()[0].lower() for m in compiled(names).finditer(t) if m.group(0).split()] if names else []
        if not any(it["kind"] == kind for it in items) or not any(said.count(n) > 1 for n in said):
            return False
    return bool(places)


def _names_the_counted(r: Reading, slot: Slot, model: type[BaseModel], kind: Any, start: int, clause: str,
                       items: list[dict[str, Any]], given: list[bool], named: set[str], count: Slot | None) -> bool:
    """"參加了 2 場專科醫學會年會，都只開 1 天（一個乳房外科、一個小兒外科）": a clause naming the kind only in brackets, by as
    many names of its own as the item before (of that kind, its count written) counts — those items named, no more of them.
    The clause's figures outside the brackets are details the item before lacks (its length), read onto it. True when so."""
    t = r.q.text
    if count is None or not items or items[-1]["kind"] != kind or not given[-1] or len(named) < 2 \
            or len(named) != items[-1].get(count.name, 1):
        return False
    outside = re.sub(r"[（(][^()（）]*[)）]", lambda b: " " * len(b.group(0)), clause)
    if named_kinds(r, slot, outside):
        return False  # the kind named outside the brackets too: an item of its own
    asked = asked_by(model, items[-1])
    loose = [n for n in numbers(r.q) if start <= n.start < start + len(clause) and n.start not in r.used and not _in_brackets(t, n.start)]
    for f in slot.fields:
        if f.kind == "number" and f is not count and f.name in asked and items[-1].get(f.name) is None \
                and (n := _pick(f, loose)) is not None:
            items[-1][f.name] = _scaled(r, f, n)
            r.used.add(n.start)
    return True


# the count said of each of the things joined before it ("RSNA 跟 SIR 各一次", "RSNA and CIRSE once each", "CIRSE, SIR
# 2 apiece"): after its number in English, before it in Chinese
_EACH_COUNT = compiled(r"各|\beach\b|\bapiece\b")


def _each_of_named(slot: Slot, kind: Any, start: int, clause: str, n: Any, named: set[str],
                   lists: tuple[list[dict[str, Any]], list[bool], list[bool]], origin: dict[int, int], t: str,
                   count: str) -> int:
    """"attended RSNA and CIRSE once each": a count said with an each-word of the instance its clause names by its own name,
    right after instances of the same kind named by other names of their own with no count, joined to it — that count is
    each one's, never the last one's alone. The items given the count (how many)."""
    items, given, _ = lists
    if n is None or len(named) != 1 or not _EACH_COUNT.search(clause) \
            or not _JOINER.fullmatch(t, start, start + clause.lower().find(next(iter(named)))):
        return 0
    run: list[int] = []
    end = start
    low = t.lower()
    for i in range(len(items) - 1, -1, -1):
        at = origin.get(id(items[i]))
        own = _own_names(slot, kind, t, at, end) if at is not None else set()
        if items[i]["kind"] != kind or given[i] or at is None or len(own) != 1 or own & named \
                or not _JOINER.fullmatch(t, low.rfind(next(iter(own)), at, end) + len(next(iter(own))), end):
            break
        run.append(i)
        named = named | own
        end = at
    for i in run:
        items[i][count] = _value(n)
        given[i] = True
    return len(run)


# the count said of each of the kinds listed before it ("年會、月會都去了兩次", "annual meeting and monthly meeting — 2 times
# each", "each of them twice", "both twice")
_EACH_KIND_WORD = compiled(r"各|每(?:種|样|樣|項|项|個|个)|都|皆|\beach\b|\bapiece\b|\bboth\b")
# nothing but a joiner (and an article) between one kind's words and the next's: "年會、月會", "the annual meeting and the
# monthly meeting", "annual mtg & monthly mtg"
_KINDS_JOINED = re.compile(r"\s*(?:[、,，/&+＋]|以及|還有|还有|和|及|跟|與|与|\band\b|\bas well as\b)?\s*(?:(?:the|my|our)\s+)?",
                           re.IGNORECASE)


_YEAR_DIGITS = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?![\d.])")  # a calendar year said among the kinds ("… in 2025, each …")


def _joined_uncounted(r: Reading, slot: Slot, items: list[dict[str, Any]], given: list[bool], origin: dict[int, int],
                      end: int, kinds: set[Any], last: int | None = None) -> list[int]:
    """The items (up to `last`, by default the last one) of other kinds each than `kinds`, listed right before `end` with
    no count and nothing but joiners between their words ("年會、", "the annual meeting and the "), last first."""
    t = r.q.text
    run: list[int] = []
    for i in range(len(items) - 1 if last is None else last, -1, -1):
        at = origin.get(id(items[i]))
        if at is None or given[i] or items[i]["kind"] in kinds or re.search(r"\d", _YEAR_DIGITS.sub("", t[at:end])):
            break
        said = [k for k in named_kinds(r, slot, t[at:end]) if k[2] == items[i]["kind"]]
        if not said or not _KINDS_JOINED.fullmatch(t, at + said[-1][1], end):
            break
        run.append(i)
        kinds = kinds | {items[i]["kind"]}
        end = at + said[0][0]
    return run


def _one_each_count(r: Reading, start: int, clause: str) -> bool:
    """The clause has an each-word, no total word and one number only (the count the each-word is said of)."""
    return bool(_EACH_KIND_WORD.search(clause)) and not compiled(QUALIFIERS["total"]).search(clause) \
        and len([x for x in numbers(r.q) if start <= x.start < start + len(clause)]) == 1


def _each_of_listed_kinds(r: Reading, slot: Slot, kind: Any, start: int, clause: str, c: Any,
                          lists: tuple[list[dict[str, Any]], list[bool], list[bool]], origin: dict[int, int], count: str) -> int:
    """"年會、月會今年都去了兩次", "the annual meeting and the monthly meeting, 2 times each": the one count of a clause with an
    each-word, right after kinds of other kinds listed with no count, joined to it by joiners only — every listed kind's
    count, never the last one's alone (the list keeps every item, SPEC §3). The items given the count (how many)."""
    items, given, _ = lists
    own = named_kinds(r, slot, clause)
    if c is None or not _one_each_count(r, start, clause) or not own or own[0][2] != kind:
        return 0
    run = _joined_uncounted(r, slot, items, given, origin, start + own[0][0], {kind})
    for i in run:
        items[i][count] = _value(c)
        given[i] = True
    return len(run)


# a clause of its own saying the count of each of the kinds just listed ("…, each of them twice", "，都各去了兩次")
_EACH_LEAD = compiled(r"^[\s,，、:：—–-]*(?:(?:and|but)\s+)?(?:(?:今年|去年|前年|\d{4}\s*年?)\s*)?(?:我)?"
                      r"(?:(?:each(?:\s+of\s+(?:them|those|these))?|both(?:\s+of\s+them)?|all\s+of\s+them)\b|都|各|每(?:種|样|樣|項|项|個|个)"
                      # (… or its count first: ", 2 times each", "twice apiece")
                      r"|\d+\s*(?:times?|次)?\s*(?:each|apiece)\b)")


def _each_after_list(r: Reading, slot: Slot, start: int, clause: str, c: Any,
                     lists: tuple[list[dict[str, Any]], list[bool], list[bool]], origin: dict[int, int], count: str) -> int:
    """"the annual meeting and the monthly meeting, each of them twice", "年會和月會，都各去了兩次": a clause naming no kind
    that opens with an each-word and says one count, right after two or more kinds listed with no count — every one's
    count. The items given it (how many)."""
    items, given, _ = lists
    if c is None or not items or not _EACH_LEAD.search(clause) or not _one_each_count(r, start, clause):
        return 0
    at = origin.get(id(items[-1]))
    said = named_kinds(r, slot, r.q.text[at:start]) if at is not None and not given[-1] else []
    if not said or not re.fullmatch(r"[^\d。；;？?！!\n]*", _YEAR_DIGITS.sub("", r.q.text[at:start])):
        return 0
    run = [len(items) - 1] + _joined_uncounted(r, slot, items, given, origin, at + said[0][0], {items[-1]["kind"]},
                                                        len(items) - 2)
    if len(run) < 2:
        return 0
    for i in run:
        items[i][count] = _value(c)
        given[i] = True
    r.used.add(c.start)
    return len(run)


def _placed(r: Reading, slot: Slot, kind: Any, clause: str) -> Any:
    """The kind the place its clause names decides (`Slot.places`): places of one side only make the item that side's
    ("a 2-week observership at a medical centre here in Taiwan" → at home; "去美國 MD Anderson 短期進修" → abroad); places of
    both sides, or none, leave the kind its words gave."""
    for home, abroad, home_words, abroad_words, note in slot.places:
        if kind not in (home, abroad):
            continue
        at_home = [m.group(0) for m in compiled(home_words).finditer(clause)]
        away = [m.group(0) for m in compiled(abroad_words).finditer(clause)]
        side = abroad if away and not at_home else home if at_home and not away else kind
        if side != kind:
            said = (away or at_home)[0].strip()
            r.notes.append(Note(note[0].format(place=said), note[1].format(place=said)))
        return side
    return kind


def _note_inferred(r: Reading, slot: Slot, kind: Any, clause: str) -> None:
    """An item whose kind its clause's words only infer (`Slot.inferred`: "學會年會" with no society named, read as the TSA's
    own annual meeting): the assumption is said in a note, once."""
    for of_kind, words, note in slot.inferred:
        if kind == of_kind and (m := compiled(words).search(clause)) is not None:
            said = Note(note[0].format(said=m.group(0).strip()), note[1].format(said=m.group(0).strip()))
            if said not in r.notes:
                r.notes.append(said)


def _in_brackets(t: str, start: int) -> bool:
    """Does the text at `start` lie inside brackets opened earlier in its sentence?"""
    sentence = t[max(t.rfind(ch, 0, start) for ch in "。；;？?！!\n") + 1:start]
    return max(sentence.rfind("("), sentence.rfind("（")) > max(sentence.rfind(")"), sentence.rfind("）"))


# the clause inside a bracket that says some of the count are of a flag ("壁報那篇是病例報告", "其中一篇是 case report",
# "the poster was a case report"): pointed back at the ones counted, not another count
_FLAG_POINTED = compiled(r"那|這|这|其中|當中|当中|\b(?:the|that|this|one of (?:them|those))\b")
# a bare count right before the flag's words in a bracket ("(1 case report)", "（1 篇病例報告）", "(2 were case reports)")
_COUNT_OF_FLAG = compiled(r"\s*\d+(?:\.\d+)?\s*(?:篇|張|张|個|个|件)?\s*(?:是|為|为|(?:is|was|are|were)\s+)?(?:an?\s+)?")


def _bracket_breakdown_flag(r: Reading, slot: Slot, items: list[dict[str, Any]], marks: tuple[list[bool], list[bool]],
                            origin: dict[int, int], nums: list[Any]) -> None:
    """"三篇我是第一作者（口頭兩篇、壁報一篇，壁報那篇是病例報告）", "年會發表三篇，我是第一作者（口頭一篇、壁報兩篇）", "3 papers
    as first author (2 orals, 1 poster; the poster was a case report)": a count whose bracket breaks it down (the figures in
    it add up to it) — the breakdown is part of the count (set aside, said so), never more items; the words between the count
    and the bracket are the count's (its role), and the ones a flag is said of in the bracket ("那篇是病例報告") are carved out
    of it (the same item with the flag). Only where no item read outside the bracket has that flag already."""
    given, subset = marks
    count = next((f.name for f in slot.fields if f.kind == "number"), "")
    if not count:
        return
    flags = [f for f in slot.fields if f.kind == "flag" and f.terms]
    enums = [f for f in slot.fields if f.kind == "enum"]
    t = r.q.text
    for head in list(items):
        at = origin.get(id(head))
        if head not in items or at is None or head.get(count, 1) < 2:
            continue
        n = next((x for x in nums if x.start >= at and float(x.value) == float(head.get(count, 1))), None)  # type: ignore[arg-type]
        gap = re.match(r"[^。；;:：()（）\d]{0,60}?[(（]", t[n.end:]) if n is not None else None
        if gap is None or len(re.findall(r"[，,、]", gap.group(0))) > 1:
            continue
        open_at = n.end + gap.end()
        close = re.search(r"[)）]", t[open_at:])
        if close is None:
            continue
        inner_end = open_at + close.start()
        inner = t[open_at:inner_end]
        # the part a flag is said of, pointed back at ("壁報那篇是病例報告", "其中一篇是 case report", "the poster was …")
        flag, sub, bare, flag_at = None, (0, 0), False, 0
        for f in flags:
            # (the count itself flagged only by the bracket's words, "2 SCI papers (1 case report)", is not flagged already)
            if f.of_kinds and head["kind"] not in f.of_kinds or any(it.get(f.name) for it in items
                                                                   if not n.end <= origin.get(id(it), -1) < inner_end
                                                                   and not (it is head and not compiled(r.pattern(f.terms)).search(t, at, open_at)
                                                                            and not compiled(r.pattern(f.terms)).search(t, inner_end, inner_end + 40))):
                continue
            hit = next((m for m in compiled(r.pattern(f.terms)).finditer(inner) if not negated(inner, m.start())), None)
            if hit is None:
                continue
            lo = max([0] + [inner.rfind(ch, 0, hit.start()) + 1 for ch in "，,、;；"])
            hi = min([len(inner)] + [x for ch in "，,、;；" if (x := inner.find(ch, hit.end())) >= 0])
            bare = _COUNT_OF_FLAG.fullmatch(inner[lo:hit.start()]) is not None
            if _FLAG_POINTED.search(inner[lo:hit.start()]) or bare:
                flag, sub, flag_at = f, (open_at + lo, open_at + hi), open_at + hit.start()
                break
        inside = [x for x in nums if open_at <= x.start and x.end <= inner_end]
        flagged = [x for x in inside if sub[0] <= x.start < sub[1]]
        parts = [x for x in inside if x not in flagged]
        k = (_value(flagged[0]) if len(flagged) == 1 else 1 if not flagged else 0) if flag is not None else 0
        # ("2 SCI papers (1 case report)", "一作 3 篇（1 篇病例報告）": the bracket's one figure is how many of them the flag is
        # said of — that many carved out with the flag, the rest without; never the flag said of them all)
        counted = flag is not None and bare and not parts and len(flagged) == 1 and 0 < k < head.get(count, 1) \
            and (flagged[0].unit in (None, n.unit) or flagged[0].end > flag_at)  # ("1 case report": "case" no unit of its own)
        if counted:
            head[flag.name] = False
        if not counted and (len(parts) < 2 or sum(_value(x) for x in parts) != head.get(count, 1) or not 0 <= k < head.get(count, 1)
                            or any(x.unit not in (None, n.unit) for x in parts)):
            continue
        # (a breakdown by a choice that matters — "e-poster 3 篇（國外 2 篇、國內 1 篇）" by scope — is read as its items)
        rest = inner[:sub[0] - open_at] + inner[sub[1] - open_at:] if flag is not None else inner
        if any(_enum(r, f, rest) is not None for f in enums):
            continue
        # (… and so is one of presentations by meeting — "口頭報告 4 篇（年會 3 篇、月會 1 篇）": 5.6's cap is per meeting)
        if flag is None and slot.venue and head["kind"] == slot.venue[0] and len({k for k in slot.venue[1] if _names(r, slot, k, rest)}) >= 2:
            continue
        # (the meetings a bracket of presentations goes through are where they were given, no attendance: "口頭報告 5 篇（年會
        # 3 篇、月會 2 篇，月會那兩篇是病例報告）")
        read_inside = [it for it in items if it is not head and n.end <= origin.get(id(it), -1) < inner_end
                       and (it["kind"] == head["kind"] or slot.venue and head["kind"] == slot.venue[0] and it["kind"] in slot.venue[1])]
        if not read_inside and flag is None:
            continue  # the bracket's parts read as no items: nothing to undo
        for it in read_inside:  # the parts again, read as items: the count before the bracket holds them
            j = next(j for j, x in enumerate(items) if x is it)
            for lst in (items, given, subset):
                del lst[j]
        between = t[n.end:open_at - 1]
        for f in enums:  # "年會發表三篇，我是第一作者（…）": the words between the count and its bracket are its own
            v = _enum(r, f, between)
            if v is not None and f.name in item_model(r.vocab.model, slot.name).model_fields:
                head[f.name] = v
        for x in inside:
            r.used.add(x.start)
        r.set_aside += [(x.start, x.end, "breakdown") for x in parts]
        shown = "、".join(x.text for x in parts)
        whole = head.get(count, 1)
        if flag is not None and k:
            head[count] = whole - k
            carved = {**head, count: k, flag.name: True}
            j = next(j for j, x in enumerate(items) if x is head)
            items.insert(j + 1, carved)
            given.insert(j + 1, True)
            subset.insert(j + 1, True)
            origin[id(carved)] = sub[0]
        if counted:
            r.notes.append(Note(f"括號裡的「{inner.strip()}」讀為前面 {whole} 篇之中的 {k} 篇，其餘 {whole - k} 篇不是。",
                                f"“{inner.strip()}” in brackets is read as {k} of the {whole} before it; the other {whole - k} are not."))
            continue
        r.notes.append(Note(f"括號裡的「{shown}」是前面 {whole} 篇的細分，不另計" + (f"；其中 {k} 篇讀為括號裡說的那一種（{flag.name}）。" if k else "。"),
                            f"The figures in brackets ({shown}) break down the {whole} before them and are not counted again"
                            + (f"; {k} of them is read as the bracket says ({flag.name})." if k else ".")))


def _every(r: Reading, slot: Slot, model: type[BaseModel], items: list[dict[str, Any]], origin: dict[int, int]) -> None:
    """"口頭 2 篇、壁報 1 篇，都是一作", "我都是掛其他作者": one value said for all the items that need it — the value the
    "all" words name themselves, for the items said before them; else the one value stated, for every item."""
    if not slot.every:
        return
    t = r.q.text
    found = list(compiled(r.pattern(slot.every)).finditer(t))
    if not found:
        return
    enums = [f for f in slot.fields if f.kind == "enum"]
    for m in found:
        for f in enums:
            value = _enum(r, f, m.group(0))
            if value is None:
                continue
            for it in items:
                # (a value held that the one said of all replaces, `Slot.restated_over`: "I presented 2 orals and a poster,
                # first author on all of them")
                if origin.get(id(it), len(t)) < m.start() and (f.name not in it and f.name in asked_by(model, it)
                                                                or f.name in it and (it[f.name], value) in f.restated_over):
                    it[f.name] = value
    for f in enums:
        stated = {it[f.name] for it in items if it.get(f.name) is not None}
        # (the "all" words said of something else only — "3 篇 SCI（都是 full article），其中 1 篇我是通訊作者": every paper is a
        # full article, not every paper the corresponding author's — spread no value of this field)
        if len(stated) == 1 and all(_all_of_other(r, slot, f, m) for m in found):
            continue
        if len(stated) == 1:
            value = stated.pop()
            for it in items:
                if f.name not in it and f.name in asked_by(model, it):
                    it[f.name] = value


_CLAUSE_ON = re.compile(r"[^，,。；;？?！!\n)）]*")


def _all_of_other(r: Reading, slot: Slot, f: Slot, m: re.Match[str]) -> bool:
    """Do the "all" words `m` say what kind every item is — the words after them in their clause (or bracket) name a kind
    ("都是 full article", "all case reports"), no value of field `f`?"""
    t = r.q.text
    on = _CLAUSE_ON.match(t, m.end()).group(0)[:24]
    if _enum(r, f, m.group(0) + on) is not None:
        return False
    if any(_enum(r, g, on) is not None for g in slot.fields if g.kind == "enum"):
        return False  # ("都是一作": a field's value said of all — `f`'s own or another's, never a kind alone)
    words = [c.terms for c in slot.choices if c.terms] + [w for _, w, _ in slot.follow]
    return any(compiled(r.pattern(w)).search(on) for w in words)


# what may stand between two items of one list: separators and joining words only
_LIST_GAP = re.compile(r"^[\s、,，+＋&/／]*(?:和|及|與|与|跟|以及|還有|还有|加上|\band\b|\bplus\b)?[\s、,，+＋&/／]*$", re.IGNORECASE)
# "as first author" ending the last item of a list ("2 orals and 1 poster as first author")
_AS_BEFORE = re.compile(r"\bas\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
# a part or a place of one item only ("其中", "one of them", "where I was", "那篇", "the poster"): no value of the whole list
_PART_SAID = re.compile(r"其中|當中|之中|[那這这哪]\s*[一1]?\s*[篇張张個个次]|\bone of\b|\bwhere\b|\bwhich\b|\bthat\b|\bthe (?:oral|poster|talk|paper)s?\b"
                        r"|剩下|剩餘|剩余|其餘|其余|其他|另外|另一|\bthe rest\b|\bremaining\b|\bthe other\b|\banother\b", re.IGNORECASE)


def _followed_kind(slot: Slot, items: list[dict[str, Any]], it: dict[str, Any]) -> bool:
    """The item's kind, another than the item before's, was given by it (`Slot.follow`: "case report 2 篇" after a non-SCI full
    article) — never a part of the same kind ("two SCI papers …, one as first author")."""
    i = next((j for j, x in enumerate(items) if x is it), 0)
    return i > 0 and items[i - 1].get("kind") != it.get("kind") \
        and any(items[i - 1].get("kind") in before and it.get("kind") == kind for before, _, kind in slot.follow)


def _over_list(r: Reading, slot: Slot, model: type[BaseModel], items: list[dict[str, Any]], origin: dict[int, int],
               pieces: list[tuple[int, str, Any]]) -> None:
    """`Slot.over_list`: one value said of a whole list ("presented as first author: 2 orals + 1 poster", "以第一作者發表口頭
    2 篇、壁報 1 篇", "口頭 2 篇、壁報 1 篇，我是第一作者") is every listed item's that says none of its own, said so."""
    if not slot.over_list:
        return
    t = r.q.text
    at = {start: (clause, kind) for start, clause, kind in pieces}
    starts = sorted(at)
    ends = [m.end() for m in _SENTENCE_END.finditer(t)]

    def sentence(pos: int) -> int:
        return sum(1 for e in ends if e <= pos)

    def numbered(clause: str) -> list[int]:
        return [m.start() for m in re.finditer(r"\d|[一二兩两三四五六七八九十]\s*[篇張张次場场個个]", clause)]

    for f in (f for f in slot.fields if f.kind == "enum" and f.name in slot.over_list):
        def takes(it: dict[str, Any]) -> bool:
            return f.name in it or f.name in asked_by(model, it)
        # runs of items taking the field, one piece each, in one sentence, joined by list marks only
        runs: list[list[dict[str, Any]]] = []
        for it in items:
            s0 = origin.get(id(it))
            # (a piece whose kind the item before gave it, "…full article 3 篇、case report 2 篇" of a non-SCI list, is listed too)
            if s0 is None or s0 not in at or not takes(it) or (at[s0][1] is None and not _followed_kind(slot, items, it)) \
                    or compiled(QUALIFIERS["subset"]).search(at[s0][0]) or _REST_SAID.search(at[s0][0]) \
                    or _N_OF_THE_N.search(at[s0][0]) or _POINTED_PART.search(at[s0][0]):
                runs.append([])
                continue
            prev = runs[-1][-1] if runs and runs[-1] else None
            p0 = origin[id(prev)] if prev is not None else None
            if prev is not None and p0 is not None and p0 < s0 and sentence(p0) == sentence(s0) \
                    and starts.index(s0) == starts.index(p0) + 1 and _LIST_GAP.match(t[p0 + len(at[p0][0]):s0]):
                runs[-1].append(it)
            else:
                runs.append([it])
        # (each item of a list counted in its own words: "2 orals + 1 poster" — never one noun read as two kinds with no count,
        # "non-SCI journal paper")
        for run in (x for x in runs if len(x) > 1 and all(numbered(at[origin[id(it)]][0]) for it in x)):
            first, last = origin[id(run[0])], origin[id(run[-1])]
            said: list[tuple[Any, str]] = []  # (value, its words) said of the whole list
            own = [it for it in run if _enum(r, f, at[origin[id(it)]][0]) is not None]
            head_clause = at[first][0]
            i0 = starts.index(first)
            # a clause of its own naming only the value right before the list, in its sentence ("以第一作者身分，發表口頭 2 篇、…")
            if i0 > 0 and (b := starts[i0 - 1]) is not None and at[b][1] is None and sentence(b) == sentence(first) \
                    and not numbered(at[b][0]) and _role_only(r, slot, at[b][0]) and not _PART_SAID.search(at[b][0]) \
                    and (v := _enum(r, f, at[b][0])) is not None and _LIST_GAP.match(t[b + len(at[b][0]):first]):
                said.append((v, at[b][0].strip(" ，,")))
            if own and own[0] is run[0] and (c := _enum_choice(r, f, head_clause)) is not None:
                m = next(_said(r, c, head_clause), None)
                nums = numbered(head_clause)
                # (a family heading the list before a colon, "non-SCI 的：我通訊作者的 full article 3 篇": no kind the role follows)
                colon = max((x.end() for x in re.finditer(r"[:：]", head_clause[:m.start()])), default=0) if m is not None else 0
                kinds = [k0 for k0, _, _ in named_kinds(r, slot, head_clause) if k0 >= colon]
                if m is not None and nums and m.end() <= nums[0] \
                        and (not kinds or m.end() <= kinds[0] or re.search(r"[:：]", head_clause[m.end():nums[0]])):
                    said.append((c.value, head_clause[m.start():m.end()]))
            tail_clause = at[last][0]
            if own and own[-1] is run[-1] and (c := _enum_choice(r, f, tail_clause)) is not None:
                m = next(_said(r, c, tail_clause), None)
                nums = numbered(tail_clause)
                if m is not None and nums and m.start() > nums[-1] and _AS_BEFORE.search(tail_clause[:m.start()]) \
                        and not _PART_SAID.search(tail_clause):
                    said.append((c.value, tail_clause[m.start():m.end()]))
            i1 = starts.index(last)
            # a clause of its own naming only the value right after the list, in its sentence ("…，我是第一作者")
            if i1 + 1 < len(starts) and at[(a := starts[i1 + 1])][1] is None and sentence(a) == sentence(last) \
                    and not numbered(at[a][0]) and _role_only(r, slot, at[a][0]) and not _PART_SAID.search(at[a][0]) \
                    and not compiled(QUALIFIERS["subset"]).search(at[a][0]) \
                    and (v := _enum(r, f, at[a][0])) is not None and _LIST_GAP.match(t[last + len(tail_clause):a]):
                said.append((v, at[a][0].strip(" ，,")))
            if len({v for v, _ in said}) != 1:
                continue
            value, words = said[0]
            # (a value an item holds from the words of its own clause that the one said of all replaces, `Slot.restated_over`:
            # "I presented 2 orals and 1 poster as first author")
            own = [it for it in own if (it.get(f.name), value) not in f.restated_over]
            if {it.get(f.name) for it in own} - {value}:
                continue  # (each item says its own: "一作口頭 2 篇、二作壁報 1 篇")
            changed = False
            for it in run:
                if any(it is o for o in own):
                    continue
                if it.get(f.name) is None or (it[f.name], value) in f.restated_over:
                    it[f.name] = value
                    changed = True
            if changed:
                r.notes.append(Note(f"「{words}」讀為所列各項（{len(run)} 項）的身分。",
                                    f"“{words}” is read as said of every item listed ({len(run)} items)."))


def _subset_whole(r: Reading, slot: Slot, items: list[dict[str, Any]], subset: list[bool], origin: dict[int, int],
                  i: int) -> dict[str, Any]:
    """The item a part (`subset[i]`) is carved out of: the one before it, unless the part names its kind in words that
    only an earlier item of the kind used ("口頭 2 篇、壁報 1 篇…其中一篇口頭是病例報告", "2 orals and a poster; one of the
    orals was a case report": the orals, not the poster), or a value of its own the item before has otherwise ("一作兩篇、通訊
    一篇，其中一篇一作是病例報告": the first-author papers)."""
    t, cur = r.q.text, items[i]
    if not subset[i] or id(cur) not in origin:
        return items[i - 1]
    starts = sorted(origin.values())

    def own_text(it: dict[str, Any]) -> str:
        at = origin[id(it)]
        return t[at:next((s for s in starts if s > at), len(t))].lower()
    # ("SCI：一作兩篇、通訊一篇，其中一篇一作是病例報告": the part says its own role, which the item before has not and one
    # earlier item of the kind has — that one)
    # ("年會 3 篇、月會 1 篇，其中年會有一篇是病例報告": the part names the meeting it was given at — the one item said at
    # that meeting)
    if slot.venue and cur["kind"] == slot.venue[0]:
        met = {k for k in slot.venue[1] if _names(r, slot, k, own_text(cur))}
        there = [it for it in items[:i] if it["kind"] == cur["kind"] and id(it) in origin and not subset[items.index(it)]
                 and {k for k in slot.venue[1] if _names(r, slot, k, own_text(it))} == met]
        if met and len(there) == 1:
            return there[0]
    said = {f.name: cur[f.name] for f in slot.fields if f.kind == "enum" and cur.get(f.name) is not None
            and _enum(r, f, own_text(cur)) == cur[f.name]}
    if said and any(items[i - 1].get(k) not in (None, v) for k, v in said.items()):
        alike = [it for it in items[:i - 1] if it["kind"] == cur["kind"] and not subset[items.index(it)]
                 and all(it.get(k) == v for k, v in said.items())]
        if len(alike) == 1:
            return alike[0]
    words = {m.group(0).lower() for c in slot.choices if c.value == cur["kind"] and c.terms
             for m in compiled(r.pattern(c.terms)).finditer(own_text(cur))}
    if not words or any(w in own_text(items[i - 1]) for w in words) or id(items[i - 1]) not in origin:
        return items[i - 1]
    named = [it for it in items[:i - 1] if it["kind"] == cur["kind"] and id(it) in origin and not subset[items.index(it)]
             and any(w in own_text(it) for w in words)]
    return named[-1] if len(named) == 1 else items[i - 1]


# "年會我投了 3 篇：", "年会发了4篇：": papers counted at a meeting, then listed after the colon
_PAPERS_HEAD = compiled(r"(?:發|发|投|報|报|貼|贴)(?:了|過|过)\s*\d+\s*(?:篇|張|张)\s*$")


def _papers_heading(r: Reading, slot: Slot, kind: Any, start: int, clause: str, in_clause: list[Any]) -> tuple[Any, int] | None:
    """A meeting's clause that only counts the papers given there before a colon ("今年年會我投了 3 篇：oral 2 篇…"):
    (the count, where the list after the colon starts) — the meeting is their place, never attended that many times."""
    t = r.q.text
    end = start + len(clause)
    if not slot.venue or kind not in slot.venue[1] or len(in_clause) != 1 or not _PAPERS_HEAD.search(clause.rstrip()):
        return None
    if not re.match(r"\s*[:：]", t[end:]) and not (re.match(r"\s*[，,]", t[end:]) and _breakdown_after(t, end, float(in_clause[0].value))):
        return None
    return in_clause[0], end


# a count of papers or posters right after the heading's comma ("口頭2篇跟1張 poster", "2篇 oral、1篇壁報", "poster 1張")
_PAPERS_COUNTED = re.compile(r"(?<![\d.])(\d+)\s*(?:篇|張|张)")
_PAPERS_SENTENCE_END = re.compile(r"[。；;？?！!\n]")


def _breakdown_after(t: str, end: int, whole: float) -> bool:
    """"今年年會我投了 3 篇，口頭 2 篇跟 1 張 poster": after the heading's comma, in the same sentence, two or more counts of
    papers that add up to it — the papers broken down, as after a colon (any other figure between ends the run)."""
    stop = _PAPERS_SENTENCE_END.search(t, end)
    rest = t[end:stop.start() if stop else len(t)]
    run: list[float] = []
    for m in re.finditer(r"(?<![\d.])\d+(?:\.\d+)?", rest):
        counted = _PAPERS_COUNTED.match(rest, m.start())
        if counted is None:
            break
        run.append(float(counted.group(1)))
        if sum(run) >= whole:
            break
    return len(run) >= 2 and sum(run) == whole


def _headed_lists(r: Reading, slot: Slot, items: list[dict[str, Any]], origin: dict[int, int],
                  heads: list[tuple[Any, int]]) -> None:
    """Each count of papers heading a colon ("投了 3 篇：") is the sum of the presentations listed after it: set aside
    (said so) where the list adds up to it; else it stays unread — asked, never guessed."""
    count = next((f.name for f in slot.fields if f.kind == "number"), "")
    for n, at in heads:
        listed = [it for it in items if origin.get(id(it), -1) >= at and it["kind"] == slot.venue[0]]
        if listed and sum(it.get(count, 1) for it in listed) == float(n.value):
            r.used.add(n.start)
            r.set_aside.append((n.start, n.end, "breakdown"))
            r.notes.append(Note(f"「{n.text}」是冒號後列出的發表篇數合計，不另計，也不算出席次數。",
                                f"“{n.text}” is the number of the presentations listed after it, not counted again "
                                "nor read as attendances."))


# a count heading a list after its colon, a few words between ("3 pubs:", "two papers this year:", "論文 3 篇：")
_HEADING_COLON = compiled(r"\s*(?:[A-Za-z][\w-]*(?:\s+|(?=\s*[:：]))){0,4}?\s*[:：]|\s*[^\d，,。；;:：]{0,8}[:：]")
# where the sentence the list is in ends ("…non-SCI paper. plus 4 monthly mtgs": the monthly meetings are no item of it)
_LIST_END = compiled(r"[。；;？?！!\n]|\.(?!\d)")


def _colon_heading_totals(r: Reading, slot: Slot, items: list[dict[str, Any]], origin: dict[int, int], nums: list[Any]) -> None:
    """"in 2025 I had 3 pubs: 1st author on an SCI article, …, and 2nd author on a non-SCI paper. plus 4 monthly mtgs": a
    count before a colon, in words naming no kind, that the items listed after it up to the end of that sentence add up
    to is how many they are — set aside, said so, where items are said after that sentence too (no part of it)."""
    t = r.q.text
    count = next((f.name for f in slot.fields if f.kind == "number"), "")
    for n in nums:
        m = _HEADING_COLON.match(t, n.end)
        if not count or m is None or n.start in r.used or any(x[0] == n.start for x in r.set_aside):
            continue
        head_from = max(t.rfind(ch, 0, n.start) for ch in "，,。；;？?！!\n") + 1
        if named_kinds(r, slot, t[head_from:m.end()]):
            continue  # "月會 3 次：…": the kind's own count, read as its item
        end = e.start() if (e := _LIST_END.search(t, m.end())) is not None else len(t)
        listed = [it for it in items if m.end() <= origin.get(id(it), -1) < end]
        # (every item listed after it: the check of the calculation sees how many they are, bot/ledger.py)
        if len(listed) > 1 and len(listed) < len(items) and sum(it.get(count, 1) for it in listed) == float(n.value):
            r.used.add(n.start)
            r.set_aside.append((n.start, n.end, "own_aggregate"))
            r.notes.append(Note(f"「{n.text}」是冒號後列出的 {len(listed)} 項合計，不另計。",
                                f"“{n.text}” is how many the {len(listed)} listed after it are; not counted again."))


def _pools_aside(r: Reading, items: list[dict[str, Any]], origin: dict[int, int], nums: list[Any]) -> None:
    """"10 of the 12 monthly meetings": the whole the count was taken out of, in an item's clause, is how many there were —
    set aside, said so (only the count attended is credited)."""
    t = r.q.text
    starts = sorted(origin.values())
    for n in nums:
        if not _POOL_BEFORE.search(t, max(0, n.start - 20), n.start) or any(x[0] == n.start for x in r.set_aside):
            continue
        if not any(a <= n.start < next((s for s in starts if s > a), len(t)) for a in starts):
            continue
        r.used.add(n.start)
        r.set_aside.append((n.start, n.end, "pool"))


# between two values of a detail listed one after another ("1小時、3小時、4小時", "1 h, 3 h and 4 h")
# (an article after the joiner, its value said as "a … one": "1 hr, 1.5 hr and a 4 hr one")
_RUN_JOINER = compiled(r"\s*(?:、|,|，|/|及|和|跟|與|与|&|\band\b|,\s*and\b)\s*(?:(?<=[\s,&])an?\s+)?")
# how many of each value the list says, right after it ("…各一場", "… one each", "each once")
_EACH_AFTER = compiled(r"\s*(?:的)?\s*(?:各|每(?:種|种|個|个)?(?:都)?|分別|分别)\s*(?:有|是|去了?)?\s*$|\s*(?:,\s*)?(?:each|apiece)\b")


# … or its count right after it with "each" after that ("…, one each", "… 1 each")
_RUN_GAP = compiled(r"\s*,?\s*")
_EACH_WORD = compiled(r"\s*(?:each|apiece)\b")


def _detail_runs(r: Reading, slot: Slot, marks: tuple[list[dict[str, Any]], list[bool], list[bool]],
                 origin: dict[int, int], nums: list[Any]) -> int:
    """An item whose detail is the first of several values of it listed one after another in its sentence ("三場研討會，
    1小時、3小時、4小時", "seminars (1 h, 3 h and 4 h)", "研討會 1小時、3小時、4小時各一場"): one item per value, where the
    item's count is how many values there are (one each), or the list is said to be one each ("各一場", "one each");
    else the detail is asked, never one of the values picked. Returns how many details were read."""
    t = r.q.text
    items, given, subset = marks
    first_number = next((f for f in slot.fields if f.kind == "number"), None)
    added = 0
    for it in list(items):
        if first_number is None or id(it) not in origin:
            continue
        for f in (f for f in slot.fields if f.kind == "number" and f is not first_number and f.name in it):
            run = _value_run(t, f, it[f.name], origin[id(it)], nums, r.used)
            if len(run) < 2:
                continue
            end = run[-1].end
            each = [n for n in nums if n.start >= end and n.start - end <= 4 and _fits(first_number, n)
                    and (_EACH_AFTER.match(t, end, n.start) or _RUN_GAP.fullmatch(t, end, n.start) and _EACH_WORD.match(t, n.end))]
            count = it.get(first_number.name, 1)
            # (a kind no count is said of — a course by the hours, "courses: 4 hours and 2 hours", "課程 4小時跟2小時" —
            # is one item per value listed: each course its own hours)
            uncounted = bool(first_number.of_kinds) and it.get("kind") not in first_number.of_kinds \
                and first_number.name not in it and not each
            if each:
                per = _value(each[0])
                r.used.add(each[0].start)
            elif uncounted:
                per = None
            elif count == len(run) and given[items.index(it)]:
                per = 1
            else:
                # (as many values as the count is not: which is whose is not said — the detail is asked, never one picked)
                r.used.difference_update(n.start for n in run if _value(n) != it[f.name])
                del it[f.name]
                continue
            at = items.index(it)
            rows = [{**it, **({} if per is None else {first_number.name: per}), f.name: _value(n)} for n in run]
            for lst, row in ((items, rows), (given, [given[at]] * len(rows)), (subset, [subset[at]] * len(rows))):
                lst[at:at + 1] = row
            for row in rows:
                origin[id(row)] = origin[id(it)]
            r.used.update(n.start for n in run)
            added += len(run) - 1
            break
    return added


def _in_range(f: Slot, n: Any) -> bool:
    """A number within the field's range, whatever its unit."""
    return (f.min_value is None or float(n.value) >= f.min_value) and (f.max_value is None or float(n.value) <= f.max_value)


def _bracket_names_kind(r: Reading, slot: Slot, t: str, start: int) -> bool:
    """Does the bracket around `start` name a kind of the slot anywhere in it?"""
    lo = max(t.rfind("(", 0, start), t.rfind("（", 0, start))
    hi = min([x for x in (t.find(")", start), t.find("）", start)) if x >= 0] or [len(t)])
    return lo >= 0 and bool(named_kinds(r, slot, t[lo + 1:hi]))


def _continues_run(r: Reading, slot: Slot, last: dict[str, Any], origin: dict[int, int], in_clause: list[Any], nums: list[Any],
                   count: Slot) -> bool:
    """Does the clause's figure go on a run of values of the last item's detail, as many as its count or fewer ("3 seminars,
    1 hr, 1.5 hr and a 4 hr one": the "4 hr one" is the third of the three, no fourth seminar)? `_detail_runs` reads it."""
    if id(last) not in origin or len(in_clause) != 1:
        return False
    for f in (f for f in slot.fields if f.kind == "number" and f is not count and last.get(f.name) is not None):
        run = _value_run(r.q.text, f, last[f.name], origin[id(last)], nums, r.used)
        if in_clause[0] in run and len(run) <= last.get(count.name, 1):
            return True
    return False


def _value_run(t: str, f: Slot, value: Any, start: int, nums: list[Any], used: set[int]) -> list[Any]:
    """The values of detail `f` listed one after another from the first one equal to `value` after `start`, in its
    sentence: each next one joined to the one before by a list joiner only, none read by another item — or the bare
    figures joined before that one, its unit said once for all of them ("1、3、4 小時")."""
    end = m.start() if (m := _SENTENCE_END.search(t, start)) is not None else len(t)
    fits = [n for n in nums if start <= n.start < end and _fits(f, n) and n.unit]
    first = next((i for i, n in enumerate(fits) if _value(n) == value), None)
    if first is None:
        return []
    run = [fits[first]]
    # (the unit said once, after the last value: "1、3、4 小時", "1, 3 and 4 hours")
    for n in sorted((n for n in nums if start <= n.start < run[0].start and not n.unit), key=lambda n: -n.start):
        # (… never a figure read already — "seminars 2, 3 hours each": the 2 is how many)
        if n.start in used or not _RUN_JOINER.fullmatch(t, n.end, run[0].start) or not _in_range(f, n):
            break
        run.insert(0, n)
    if run[0] is not fits[first]:
        return run
    # (the value a detail picks last, "課程4小時跟2小時" read as 2: the values joined before it, each with its unit, head the run)
    for n in reversed(fits[:first]):
        if n.start in used or n.unit != run[0].unit or not _RUN_JOINER.fullmatch(t, n.end, run[0].start):
            break
        run.insert(0, n)
    for n in fits[first + 1:]:
        if n.start in used or n.unit != run[-1].unit or not _RUN_JOINER.fullmatch(t, run[-1].end, n.start):
            break
        run.append(n)
    return run


# the thing just named taken or done again, by a verb with it pointing back ("took it twice", "did that one 3 times", "上了兩次",
# "又去上了 2 次", "修過 3 次"): its count of times
_TAKEN_AGAIN = compiled(r"\b(?:took|taken|take|did|done|do|attended|completed|repeated|sat|went to|joined)\s+(?:it|that|this|them|"
                        r"the (?:course|class|workshop|one|same one)|that (?:course|class|workshop|one)|this (?:course|class|one))\b|"
                        r"(?:上|修|參加|参加|去上|去|報名|报名)(?:了|過|过)")


# "every monthly meeting except three", "all of them but 2", "each one apart from 3": a count of those missed, said of all
_EXCEPT_BEFORE = re.compile(r"\b(?:except|but|apart from|other than|save|excluding|minus)(?:\s+for)?(?:\s+(?:only|just))?\s*$", re.IGNORECASE)
_EVERY_BEFORE_EXCEPT = re.compile(r"\b(?:every|all|each)\b(?!\s+(?:year|yr|month)s?\b)", re.IGNORECASE)
# how many there were, after it ("(there were 11)", "out of 11", "of the 11 held", "11 in total") or before it ("all 11
# monthly meetings except 3", "of the 11 monthly meetings, every one except 3")
_WHOLE_AFTER = re.compile(r"[\s,，(（—–-]*(?:(?:there\s+(?:were|was|are|have been)|(?:out\s+)?of(?:\s+the)?|from|in\s+total|total(?:\s+of)?|"
                          r"held|\w+\s+(?:had|held|ran))\s+)(\d+)(?!\s*[%/])", re.IGNORECASE)
_WHOLE_AFTER_TOTAL = re.compile(r"[\s,，(（—–-]*(\d+)\s+(?:in\s+total|total|held|altogether|that year|this year)\b", re.IGNORECASE)
_WHOLE_BEFORE = re.compile(r"\b(?:all|of(?:\s+the)?)\s+(\d+)\s+(?:[\w-]+\s+){0,3}?(?:meetings?|mtgs?)\b", re.IGNORECASE)


def _except_whole(t: str, n: Any, nums: list[Any]) -> Any:
    """The number of all of them, said beside "every … except N" in its sentence: after it ("(there were 11)", "out of
    11") or before it ("all 11 monthly meetings except 3"); None when not said."""
    end = min([m.start() for m in re.finditer(r"[.;!?。；！？\n]", t) if m.start() >= n.end] or [len(t)])
    after = t[n.end:end]
    m = _WHOLE_AFTER.match(after) or _WHOLE_AFTER_TOTAL.match(after)
    if m is None:
        m2 = re.search(r"[(（]\s*(?:there\s+(?:were|was)\s+|out\s+of\s+|of\s+)?(\d+)\s*(?:in\s+total|total|held|meetings?|mtgs?)?\s*[)）]", after[:40])
        at = n.end + m2.start(1) if m2 else None
    else:
        at = n.end + m.start(1)
    if at is None:
        start = max([x.end() for x in re.finditer(r"[.;!?。；！？\n]", t[:n.start])] or [0])
        m3 = None
        for m3 in _WHOLE_BEFORE.finditer(t, start, n.start):
            pass
        at = m3.start(1) if m3 is not None else None
    return next((x for x in nums if x.start == at), None)


# a year heading the facts after it: its colon or arrow ("2025: 年會 1", "2024 → 月會 3", "2025 => 2 orals")
_YEAR_HEADING = re.compile(r"\s*(?:[:：]|→|⇒|➜|➔|-->|->|=>)")


_THOSE_WITH = compiled(r"的\s*(?:有|就有|共有)\s*$")


def _choice_and_count(r: Reading, slot: Slot, t: str, start: int, clause: str, last: dict[str, Any],
                      values: dict[str, Any], in_clause: list[Any], count: Slot) -> tuple[Any, dict[str, Any]] | None:
    """"年會壁報，我第一作者的有 2 篇", "SCI 論文：一作兩篇": a clause naming no kind, with one count and a value of a
    choice the item before it has not (its role), right after that item was named with no count of its own — the
    count and the value are that item's. Never a part ("其中 2 篇一作"), another one ("另外 1 篇二作"), a count pointed
    back at ("那 2 篇") nor a clause with other figures; (the count, the values) or None."""
    named = {k: v for k, v in values.items() if v is not None and k not in last}
    left = [n for n in in_clause if n.start not in r.used]
    if not named or len(left) != 1 or not _fits(count, left[0]):
        return None
    c = left[0]
    # ("其中 2 篇", "有 2 篇是一作" name a part; "一作的有 2 篇" — those with the value number 2 — is the count)
    part_lead = _PART_LEAD.search(t, max(0, c.start - 3), c.start) and not _THOSE_WITH.search(t, max(0, c.start - 4), c.start)
    if compiled(QUALIFIERS["subset"]).search(clause) or part_lead \
            or _MORE_LEAD.match(clause) or _MORE_CUT.search(t, max(0, start - 12), start) or _ANOTHER_LEAD.match(clause) \
            or BACK_REFERENCE.search(t, max(0, c.start - 12), c.start) or _in_brackets(t, start):
        return None
    # (the item's own words named no count: "年會壁報" — never a clause after "壁報 3 篇")
    return c, named


# "又一次", "又去了 1 次", "再 1 次", "再去了一次", "又複訓了一次", "once more", "1 more time", "again, once": the count of the
# thing just counted, done again (right before the count, or "again" right after it)
_AGAIN_BEFORE = compiled(r"(?:又|再|還又|还又|又再)\s*(?:去|上|參加|参加|出席|複訓|复训|重訓|重训|考|修|跑)?\s*(?:了|過|过)?\s*$")
_AGAIN_AFTER = compiled(r"\s*(?:次|場|场)?\s*(?:more(?:\s+times?)?\b|again\b)|\s*(?:more\s+)?times?\s+(?:more|again)\b")


def _again_count(r: Reading, slot: Slot, t: str, start: int, clause: str, in_clause: list[Any], count: Slot) -> Any:
    """The one count of a clause naming no kind, said as the item just counted done again ("後來 refresher 又一次",
    "then once more for the refresher"), or None — never a part of it ("其中又有 1 次"), a pointer back ("那 1 次") nor a
    clause with other figures."""
    left = [n for n in in_clause if n.start not in r.used]
    if len(left) != 1 or not _fits(count, left[0]) or (left[0].unit or "") not in ("次", "場", "场", ""):
        return None
    c = left[0]
    if not (_AGAIN_BEFORE.search(t, max(start, c.start - 8), c.start) or _AGAIN_AFTER.match(t, c.end)):
        return None
    if compiled(QUALIFIERS["subset"]).search(clause) or BACK_REFERENCE.search(t, max(0, c.start - 12), c.start) \
            or _in_brackets(t, start) or re.search(r"其中|當中|当中|裡面|里面|\bof (?:them|those|which)\b", clause, re.I):
        return None
    return c


def _listed_item_named(r: Reading, slot: Slot, model: type[BaseModel], kind: Any, start: int, clause: str, in_clause: list[Any],
                       items: list[dict[str, Any]], origin: dict[int, int], values: dict[str, Any]) -> tuple[dict[str, Any], str, str] | None:
    """(the item, the field, its word) where a clause with no figure names one item listed before it again by the word of
    its kind only that item was said with ("…、壁報 1 篇，壁報我是第二作者", "2 orals and 1 poster; on the poster I was second
    author") and says a value that item lacks; None otherwise (a part, "其中 1 篇", or a word two items were said with)."""
    if in_clause or kind is None or compiled(QUALIFIERS["subset"]).search(clause) or _REST_SAID.search(clause):
        return None
    said = [(n, v) for n, v in values.items() if v is not None]
    choice = next((c for c in slot.choices if c.value == kind and c.terms), None)
    if len(said) != 1 or choice is None:
        return None
    name, _ = said[0]
    t = r.q.text

    def words(text: str) -> set[str]:
        return {re.sub(r"(?:e?s)$", "", m.group(0).lower().strip()) for m in compiled(r.pattern(choice.terms)).finditer(text)}
    here = words(clause)
    if not here:
        return None
    same = [it for it in items if it["kind"] == kind and id(it) in origin and origin[id(it)] < start]
    if len(same) < 2:
        return None
    ends = {id(it): min([origin[id(o)] for o in items if id(o) in origin and origin[id(o)] > origin[id(it)]] + [start])
            for it in same}
    hits = [it for it in same if words(t[origin[id(it)]:ends[id(it)]]) & here]
    if len(hits) != 1 or hits[0].get(name) is not None or name not in asked_by(model, hits[0]):
        return None
    return hits[0], name, "、".join(sorted(words(t[origin[id(hits[0])]:ends[id(hits[0])]]) & here))


# the running total so far ("累積 7 次", "今年總共 7 次", "到目前為止 7 次", "that makes 7", "7 so far", "brings me to 7")
_RUNNING_TOTAL = compiled(r"累積|累积|累計|累计|總共|总共|一共|合計|合计|總計|总计|加起來|加起来|到目前為止|到目前为止|目前為止|目前为止|至今|"
                          r"\bthat makes\b|\bmaking (?:it|that)\b|\bso far\b|\bbrings? (?:me|it|the (?:total|count)) (?:up )?to\b|"
                          r"\bin total\b|\bin all\b|\baltogether\b|\b(?:a )?total of\b")
# the latest one, said as one more or as the time it just happened ("又跑了一次", "這個月又去了", "another", "one more",
# "this month", "today")
_LATEST_ONE = compiled(r"又|再|\banother\b|\bone more\b|\bagain\b|這個月|这个月|本月|這週|这周|這禮拜|这礼拜|上週|上周|今天|剛剛|刚刚|剛|刚|"
                       r"\bthis (?:month|week)\b|\blast week\b|\btoday\b|\byesterday\b|\bjust\b")


def _running_total(r: Reading, slot: Slot, t: str, start: int, clause: str, in_clause: list[Any], values: dict[str, Any],
                   last: tuple[dict[str, Any], int | None], count: Slot, years: list[Any]) -> Any:
    """The one count of a clause saying the running total ("累積 7 次", "that makes 7") right after the latest one of the
    item just said, in its sentence ("這個月又跑了一次月會，…"): the count (larger than the latest), or None — never a total
    after several kinds or values, another year, a detail of its own, nor an item not said as the latest one
    ("SCI 一作 2 篇，總共 3 篇" stays a total of papers the role is said of only in part)."""
    item, at = last
    left = [n for n in in_clause if n.start not in r.used]
    if at is None or len(left) != 1 or not _fits(count, left[0]) or (left[0].unit or "") not in ("次", "場", "场", "") \
            or not _RUNNING_TOTAL.search(clause) or any(v is not None for v in values.values()):
        return None
    c = left[0]
    said = t[at:start]
    if _value(c) <= item.get(count.name, 1) or _SENTENCE_END.search(said) or not _LATEST_ONE.search(said) \
            or not _one_thing_said(r, slot, said) or any(k not in ("kind", count.name, slot.year) for k in item) \
            or compiled(QUALIFIERS["subset"]).search(clause) or _another_year(slot, years, start, clause, item):
        return None
    return c


def _role_breakdown(r: Reading, slot: Slot, pieces: list[tuple[int, str, Any]], nums: list[Any],
                    count: Slot | None) -> tuple[dict[int, float | None], dict[int, list[int]]]:
    """Where the clauses start that go through a count just said, each with its own count and a word of its own that a
    kind read only when said as more takes (`Slot.follow_more`): "3 posters: 2 where I'm first author and 1 where I'm
    third author", "壁報 3 張：2 張一作、1 張三作" — their counts add up to the whole, so each is an item of its own (the
    whole their heading), never one of the whole said again. The last one may be the rest, said with no count of its own
    ("其中 3 張一作，剩下那張共同作者", "first author on 3 of them, co-author on the other one"): its count (the value
    here) is what the others leave of the whole; a bracket naming a part of the part before it ("（裡面有 1 張是 case
    report）") is a part of that part, no step of the run. Returns (where each part starts → its count when unsaid,
    where each whole starts → where its parts start)."""
    if count is None or not slot.follow:
        return {}, {}
    out: dict[int, float | None] = {}
    runs: dict[int, list[int]] = {}
    for i, (_, clause, kind) in enumerate(pieces):
        if kind not in slot.follow_more and not _whole_without_detail(r, slot, clause, pieces[i + 1:i + 3]):
            continue
        whole = _pick(count, [n for n in nums if pieces[i][0] <= n.start < pieces[i][0] + len(clause)])
        if whole is None:
            continue
        run: list[int] = []
        rest: dict[int, float] = {}
        total = 0.0
        for start, part, k in pieces[i + 1:]:
            c = _pick(count, [n for n in nums if start <= n.start < start + len(part)])
            role = any(kind in prev and words and compiled(r.pattern(words)).search(part) for prev, words, _ in slot.follow)
            if run and k is None and not role and part.lstrip().startswith(("(", "（")) and _NESTED_PART.search(part):
                continue  # "其中 3 張一作（裡面有 1 張是 case report）": a part of the part before, carved out of it later
            if k is None and c is None and role and run and _REST_WORD.match(part) and total < float(_value(whole)):
                rest[start] = float(_value(whole)) - total  # "剩下那張我只是共同作者", "其餘都是二作": what is left
                run.append(start)
                total = float(_value(whole))
                break
            if k is not None or c is None or not role:
                break
            run.append(start)
            total += float(_value(c))
            if total >= float(_value(whole)):
                break
        if len(run) >= 2 and total == float(_value(whole)):
            out.update({s0: rest.get(s0) for s0 in run})
            runs[pieces[i][0]] = run
    return out, runs


# a bare "and" right before a piece ("… first author and corresponding author")
_AND_CUT = compiled(r"\b(?:and|&)\s*$|[和跟與与及]\s*$")


_SECOND_HEAD = compiled(r"^\s*(?:(?:the|an?|as|also|是|也是)\s*)*")


def _second_choice(r: Reading, slot: Slot, t: str, start: int, clause: str, in_clause: list[Any]) -> bool:
    """A piece cut at a bare "and" right after a choice of a field, opening with another choice of that field and
    naming no count ("1 SCI paper where I'm first author and corresponding author"): a second word said of the same
    item, never one more item (not "… and the rest as a middle author": the rest of a count)."""
    if in_clause or not _AND_CUT.search(t, max(0, start - 6), start):
        return False
    before = t[max(0, start - 30):start]
    before = before[:_AND_CUT.search(before).start()].rstrip()  # type: ignore[union-attr]
    for f in slot.fields:
        if f.kind != "enum" or not f.choices:
            continue
        ends = any(m.end() == len(before) for c in f.choices if c.terms and c.value is not None
                   for m in compiled(r.pattern(c.terms)).finditer(before))
        head = _SECOND_HEAD.sub("", clause, count=1)
        if ends and any(m.start() == 0 for c in f.choices if c.terms and c.value is not None
                        for m in compiled(r.pattern(c.terms)).finditer(head)):
            return True
    return False


def _whole_without_detail(r: Reading, slot: Slot, clause: str, after: list[tuple[int, str, Any]]) -> bool:
    """A count whose clause says none of the details that the clauses right after it say ("2 SCI full articles (first
    author on one, 3rd author on the other)", "SCI 2 篇，一篇一作、另一篇三作"): a whole those clauses may go through —
    never a count with a detail of its own ("SCI 第一作者 3 篇、其他作者 2 篇": two items, each with its role)."""
    fields = [f for f in slot.fields if f.kind == "enum" and f.choices]
    said_after = {f.name for f in fields for _, part, k in after if k is None and _enum(r, f, part) is not None}
    return bool(said_after) and not any(_enum(r, f, clause) is not None for f in fields if f.name in said_after)


# a count said of all the items just counted: "兩篇皆為…", "3篇都是…", "两篇均为…", "both (of them) …", "all three …",
# "all 3 of them …" (the count right before or after its all-word)
_ALL_OF_COUNT_AFTER = compiled(r"\s*(?:篇|次|場|场|個|个|項|项|份|張|张)?\s*(?:都|全都|全部|皆|均|也都|全)")
_I_WAS_LEAD = compiled(r"\s*(?:I['’]?m|I\s+am|I\s+was|I['’]ve\s+been|I\s+have\s+been|we\s+were|we['’]re)\s")
_ALL_OF_COUNT_BEFORE = compiled(r"\b(?:all|both|each of(?: the| these| those)?)\s*(?:of\s+(?:the|these|those|my|them)\s*)?$")


def _whole_said_again(count: Slot, t: str, start: int, clause: str, in_clause: list[Any],
                      items: list[dict[str, Any]]) -> tuple[Any, list[dict[str, Any]]] | None:
    """The clause's one count, said with an all-word ("兩篇皆為第一作者", "all 3 as first author"), equal to the counts of
    the last items of one sentence added up: (that count, those items) — the whole said again, its words a detail of
    each. None for any other clause (a count of its own, "另外 2 篇…", is more items)."""
    own = [n for n in in_clause if _fits(count, n)]
    # ("3 SCI papers and I'm first author on all 3": "and" joins what the person was on them, no more items)
    if len(own) != 1 or _MORE_LEAD.match(clause) or _MORE_CUT.search(t, max(0, start - 12), start) \
            and not _I_WAS_LEAD.match(clause):
        return None
    n = own[0]
    if not (_ALL_OF_COUNT_AFTER.match(t, n.end) or _ALL_OF_COUNT_BEFORE.search(t, max(0, n.start - 24), n.start)):
        return None
    sentence = max(t.rfind(ch, 0, start) for ch in "。；;？?！!\n") + 1
    total, targets = 0.0, []
    for it in reversed(items):
        if total >= float(_value(n)):
            break
        total += float(it.get(count.name, 1) or 1)
        targets.append(it)
    if total != float(_value(n)) or not targets or sentence > start:
        return None
    return n, targets


def _broken_down_wholes(items: list[dict[str, Any]], marks: tuple[list[bool], ...], origin: dict[int, int],
                        runs: dict[int, list[int]], count: str) -> None:
    """A whole gone through by its parts (`_role_breakdown`: "4 張 poster，其中 3 張一作（1 張 case report），剩下那張共同
    作者") is their heading: where the items read from its parts add up to it, it goes, and each part is an item of its
    own — never carved out of it again (in place; `marks` are the per-item lists)."""
    for whole_at, run in runs.items():
        whole = next((it for it in items if origin.get(id(it)) == whole_at), None)
        parts = [j for j, it in enumerate(items) if it is not whole and origin.get(id(it)) in run]
        if whole is None or not parts or any(items[j]["kind"] != whole["kind"] for j in parts) \
                or sum(float(items[j].get(count, 1)) for j in parts) != float(whole.get(count, 1)):
            continue
        for j in parts:
            marks[1][j] = False
        j = next(j for j, it in enumerate(items) if it is whole)
        for lst in (items, *marks):
            del lst[j]


_LENGTH_OR_COUNT = compiled(r"\d+(?:\.\d+)?\s*(?:個月|个月|月|週|周|天|日|年|次|篇|場|场|小時)|[一兩两二三四五六七八九十半]\s*(?:個月|个月|整年|年|週|周|天|次|篇|場)"
                            r"|整年|全年|\b(?:a|one|two|three|\d+)[- ](?:year|month|week|day)s?\b")
_ASKS = compiled(r"[嗎吗呢？?]|\b(?:is|are|does|do|can|must)\b[^.,;]*$")


def _named_then_told(text: str, slot: Slot, items: list[dict[str, Any]], marks: tuple[list[bool], ...], origin: dict[int, int]) -> None:
    """"明年出國進修，…去日本進修三個月", "國際會議也有去，…國際會議去了 2 次": a kind first named with nothing of its own — no
    figure, no detail — then told again with its figures in a later clause (same kind, same year or none said) is that
    activity announced before it is described: the later item is it, the first goes (in place; `marks`: given, subset). An
    item said with a figure or a detail of its own stays ("去年年會有去，今年年會也去了": another year, another item)."""
    given, subset = marks[0], marks[1]
    year = slot.year
    for i in range(len(items) - 2, -1, -1):
        head = items[i]
        if given[i] or subset[i] or id(head) not in origin or any(k not in ("kind", year) for k in head):
            continue
        # (never a clause that says a length or a count the reading left unbound — "fellowship 一年", "待了一整年" — nor one
        # that asks: "國內進修一定要在醫學中心嗎")
        said = clause_of(text, origin[id(head)], origin[id(head)])
        if _LENGTH_OR_COUNT.search(said) or _ASKS.search(said):
            continue
        told = next((j for j in range(i + 1, len(items)) if items[j]["kind"] == head["kind"] and id(items[j]) in origin
                     and (given[j] or any(k not in ("kind", year) for k in items[j]))
                     and not subset[j] and head.get(year) in (None, items[j].get(year))), None)
        if told is None:
            continue
        if head.get(year) is not None:
            items[told].setdefault(year, head[year])
        for lst in (items, *marks):
            del lst[i]


# a bracket saying a part of what was just counted has some flag: "（裡面有 1 張是 case report）", "(one of those a case report)"
_NESTED_PART = compiled(r"^\s*[(（]\s*(?:其中|當中|当中|裡面|里面|之中|\bone of (?:them|those|these)\b|\b\d+ of (?:them|those|these)\b)")


def bind_items(r: Reading, slot: Slot) -> tuple[list[Need], int]:
    """Read the items; return the needs for fields a kind requires but its clause does not give, and how many
    items had their number given (the facts)."""
    model = item_model(r.vocab.model, slot.name)
    t = r.q.text
    # (a breakdown in brackets of a count before it is no item's figure: set aside before the items are read)
    # (figures set aside before any binding: a count's breakdown, a bound its exact figure follows — bot/reader/read.py)
    # (… and a figure offered as the person's guess, "國際會議在國內辦也算 30 嗎": no count of the kind beside it)
    nums = [n for n in numbers(r.q) if not any(x[0] == n.start and tuple(x[2:]) in (("breakdown",), ("bound_exact",), ("someone_else",),
                                                                                    ("approx_exact_pending",), ("list_total",), ("list_size",), ("pointer",), ("items_pointed",), ("same_restated",),
                                                                                    ("not_attended",))
                                               for x in r.set_aside)
            and n.start not in r.guessed]
    items: list[dict[str, Any]] = []
    given: list[bool] = []
    subset: list[bool] = []
    missing: dict[str, Need] = {}
    subset_words = compiled(QUALIFIERS["subset"])
    role_said: set[tuple[str, int]] = set()  # (the part's kind, where its piece ends): a role read into the part before it
    years = find_years(t, r.q.today) if slot.year else []
    if slot.year:
        years = _with_months_alone(r, t, years)
    first_number = next((f for f in slot.fields if f.kind == "number"), None)
    # the person's own: personal words, or the year the items are in ("今年參加…年會，會期兩天")
    personal = r.holds(("@personal",)) or bool(years)
    extra = 0  # facts besides the counts written: details given, a role the person states, "去了年會"
    seen_names: set[str] = set()  # the instances named by their own names so far ("DDW", "胸腔外科")
    origin: dict[int, int] = {}  # id(item) → where its clause starts (a reply's items restate the question's)
    # id(item) → {field: (side, line)}: a detail read from a bound at a break ("都超過兩小時"), a value of its bracket
    # standing in — a figure inside the bracket said after it ("大概 3 小時") takes its place
    bounded: dict[int, dict[str, tuple[str, float]]] = {}

    def fact(name: str) -> int:
        return int(name in slot.fact_fields or (personal and name in slot.personal_fields))
    places: list[Any] = []
    every_time = [m.span() for m in compiled(r.pattern(slot.count_words)).finditer(t)] if slot.count_words else []
    restated: tuple[int, Any] = (-1, None)  # where a list naming the items before goes on, and its kind
    uncounted: set[int] = set()  # id(item): "每個月的月會都有到" with no count written anywhere: how many is asked
    open_counts: dict[int, str] = {}  # id(item) → its clause: "月會也有去", "went to monthly meetings" (`Slot.open_count`)
    counts_of = [n for n in nums if first_number is not None and _fits(first_number, n)]
    joined: set[int] = set()  # where a piece cut at a joiner between two counts' details starts (`_detail_pairs_cut`)
    pieces = [p for start00, clause00 in _bracketed(t, segments(t)) for start0, clause0 in _subset_cut(start00, clause00)
              for start1, clause1 in _full_stops(start0, clause0) for start1a, clause1a in _dictated_cut(r, slot, start1, clause1)
              for start1b, clause1b in _space_cut(r, slot, start1a, clause1a)
              for start2, clause2 in _period_cut(start1b, clause1b)
              for start, clause in _detail_pairs_cut(r, slot, start2, clause2, nums, joined)
              for at, part in _at_colon(start, clause, counts_of, nums, lambda c: bool(named_kinds(r, slot, c)), t)
              for p in _pieces(r, slot, at, part, nums, places)]
    heads: list[tuple[Any, int]] = []  # (the count, where its list starts) of papers counted before a colon at a meeting
    each_rows: set[int] = set()  # id(item): the meetings a count was said of, each ("RSNA and CIRSE twice each")
    pointed: dict[str, Any] | None = None  # the item a clause just pointed back at ("一作那兩篇，")
    lead: tuple[int, dict[str, Any]] | None = None  # (where it ends, the values) of a role said before any kind named
    just_refined: tuple[int, set[str]] | None = None  # (the item, its fields) the piece just before refined
    told = others_spans(t) if others_figures(r.q) else []  # "學長說他去年發了 4 篇 SCI": another person's case, no item of theirs
    broken_down, broken_wholes = _role_breakdown(r, slot, pieces, nums, first_number)
    for start, clause, kind in pieces:
        once_each = False  # (a kind held once a year said attended in each of several years named: no count asked)
        _drop_left_out(r, slot, start, clause, (items, given, subset), origin)
        last_pointed, pointed = pointed, None
        kind = _kind_outside_breakdown(r, slot, start, clause, kind)
        # (the piece's own words: one cut after a full stop starts with its space, "… meetings. Our ER guy said ATLS …")
        if any(a <= start + len(clause) - len(clause.lstrip()) < b for a, b in told):
            continue
        # "How many points for my presentations alone?", "what are my papers worth?": a clause asking what a kind comes to —
        # the result asked, its noun no item of the person's (the items are the ones said)
        # (only where the kind is said in another clause too: a question naming the kind alone is what the facts are of —
        # "I spent 3 weeks in Japan — how many credits is that kind of training abroad?")
        if _RESULT_ASKED_PIECE.match(clause) and not any(start <= n.start < start + len(clause) for n in nums) \
                and kind is not None and any(k == kind and s0 != start for s0, _, k in pieces):
            continue
        # an ordinal ("掛第 4 位作者", "排第 3") is a place, never a count or detail of the item; a number inside the words
        # saying every one was attended ("一次都沒缺") is no count either
        # (… nor the pool a count is taken from: "10 of the 12 monthly meetings" attended 10)
        in_clause = [n for n in nums if start <= n.start < start + len(clause) and not _ORDINAL_BEFORE.search(t, max(0, n.start - 3), n.start)
                     and not any(a <= n.start < b for a, b in every_time) and not _POOL_BEFORE.search(t, max(0, n.start - 20), n.start)]
        every_said = bool(slot.count_words and compiled(r.pattern(slot.count_words)).search(clause))
        open_said = bool(slot.open_count and compiled(r.pattern(slot.open_count)).search(clause))
        # (a bracket saying what it is not is read only where the rest of the clause names nothing: "（非一作）" alone is
        # the role said — another author)
        values = {f.name: v if (v := _enum(r, f, _not_said(clause))) is not None else _enum(r, f, clause)
                  for f in slot.fields if f.kind == "enum"}
        # "two meetings — one was a 1-day meeting": a count smaller than the last item's goes through it one by one
        one_of = first_number is not None and items and ((c := _pick(first_number, in_clause)) is not None
                                                         and _value(c) < items[-1].get(first_number.name, 1)
                                                         or (_ONE_LEAD.match(clause) is not None  # "(one 1.5 hours, one 3 hours)"
                                                             or _ONE_LEAD_ZH.match(clause) is not None)
                                                         and any(it.get(first_number.name, 1) > 1 for it in items))
        # (a total said after several kinds or values — "月會和年會都有去，共 5 次" — is no count of the last one)
        several_before = compiled(QUALIFIERS["total"]).search(clause) is not None and not _one_thing_said(
            r, slot, t[max(t.rfind(ch, 0, start) for ch in "。；;？?！!\n") + 1:start])
        if items and first_number is not None and kind in (None, items[-1]["kind"]) \
                and (c := _running_total(r, slot, t, start, clause, in_clause, values, (items[-1], origin.get(id(items[-1]))),
                                         first_number, years)) is not None:
            # "這個月又跑了一次月會，今年月會累積 7 次了", "went to another monthly meeting, that makes 7 this year": the
            # running total said right after the latest one is the item's count — the latest one among them, never more
            before = items[-1].get(first_number.name, 1)
            items[-1][first_number.name] = _value(c)
            given[-1] = True
            r.used.add(c.start)
            for n in nums:
                if origin[id(items[-1])] <= n.start < start and n.start in r.used and _value(n) == before:
                    r.set_aside.append((n.start, n.end, "breakdown"))
            r.notes.append(Note(f"「{clause.strip(' ，,')}」讀為到目前為止的總數 {_value(c)} 次，前面說的 {before:g} 次已算在其中。",
                                f"“{clause.strip(' ,')}” is read as the running total, {_value(c)}; the {before:g} said before "
                                "it is among them."))
            continue
        if kind is None and first_number is not None and (k := _each_after_list(
                r, slot, start, clause, _pick(first_number, in_clause), (items, given, subset), origin, first_number.name)):
            c = _pick(first_number, in_clause)
            r.notes.append(Note(f"「{clause.strip(' ，,')}」讀為前面列出的 {k} 項各 {_value(c)} 次。",
                                f"“{clause.strip(' ,')}” is read as {_value(c)} for each of the {k} kinds listed."))
            continue
        if kind is None and items and first_number is not None and any(v is not None for v in values.values()) \
                and not subset_words.search(clause) \
                and (said_again := _whole_said_again(first_number, t, start, clause, in_clause, items)) is not None:
            # "SCI full article 2 篇，兩篇皆為第一作者", "3篇都是我第一作者", "2 papers, both of them as first author": the
            # count of the items just said, said again of all of them — their detail, never more items
            c, targets = said_again
            over = {(f.name, held, v) for f in slot.fields if f.kind == "enum" for held, v in f.restated_over}
            for it in targets:
                it.update({k: v for k, v in values.items() if v is not None
                           and (k in asked_by(model, it) or k in it and (k, it[k], v) in over)})
            r.used.add(c.start)
            r.set_aside.append((c.start, c.end, "restated"))
            r.notes.append(Note(f"「{clause.strip(' ，,')}」說的是前面那 {_value(c)} 項全部，不另計。",
                                f"“{clause.strip(' ,')}” is said of all {_value(c)} items just counted; they are not counted again."))
            continue
        if kind is None and items and given[-1] and first_number is not None and not subset[-1] \
                and not any(v is not None and items[-1].get(k) != v for k, v in values.items()) \
                and not _another_year(slot, years, start, clause, items[-1]) \
                and (again := _again_count(r, slot, t, start, clause, in_clause, first_number)) is not None:
            # "ATLS 初訓一次、後來 refresher 又一次", "年會去了一次，下半年再去了一次", "took ATLS once, then the refresher
            # once more": the thing just counted done again, no other kind named — more of the same item, never a new kind
            items[-1][first_number.name] = items[-1].get(first_number.name, 1) + _value(again)
            r.used.add(again.start)
            r.notes.append(Note(f"「{clause.strip()}」讀為同一項活動又一次：共 {items[-1][first_number.name]:g} 次。",
                                f"“{clause.strip()}” is read as the same activity again: {items[-1][first_number.name]:g} in all."))
            continue
        if kind is None and items and _joined_year_again(r, slot, (items, given, subset), years, start, clause, in_clause):
            if every_said and not given[-1]:  # "月會我 2024、2025 都有去": attended, how many times each year not said — asked
                uncounted.update(id(it) for it in items if it["kind"] == items[-1]["kind"])
            continue  # "年會我 2025、2026 都有去": the kind said once for each of the years joined to its own
        if kind is None and items and first_number is not None and not given[-1] \
                and _each_year_count(r, slot, first_number, (items, given, subset), years, start, clause, in_clause):
            continue  # "年會我 2024、2025、2026 都有去，各一次": the count said once for each of the years joined before
        if kind is None and first_number is not None and len(in_clause) == 1 \
                and (open_whole := _open_whole(slot, items, given)) is not None \
                and _attended_in_all(_TIME_TAIL.sub("", _BRACKETS.sub("", clause)).strip()):
            # "spoke at 2 monthly meetings and attended 5 in total (…)", "月會講了2次，總共出席5次": the part said first,
            # then how many of the whole were attended, its noun left out — the count of the whole (`at_least`), which
            # its words gave none
            items[open_whole][first_number.name] = _value(in_clause[0])
            given[open_whole] = True
            r.used.add(in_clause[0].start)
            continue
        if kind is None and items and not given[-1] and first_number is not None and not several_before \
                and (c := _pick(first_number, in_clause)) is not None and (_ADDITION_CUT.search(t, max(0, start - 6), start) \
                and _names(r, slot, items[-1]["kind"], t[max(0, start - 16):start])
                     or every_said or id(items[-1]) in uncounted
                     # ("國際會議也有去，2 次", or "2 次" replying to how many: the count alone is the open item's)
                     or id(items[-1]) in open_counts and _BARE_COUNT.fullmatch(clause.strip()) is not None and len(in_clause) == 1
                     # ("4-hour course … . I took it twice", "4 小時的課程…，我今年上了兩次": the course just named taken again —
                     # its times, the one thing said before)
                     or items[-1]["kind"] in first_number.times_of and (c.unit or "") in first_number.times_units
                     and _TAKEN_AGAIN.search(clause) is not None and _one_thing_said(r, slot, t[origin.get(id(items[-1]), start):start])
                     or _attended_count(slot, t, clause, items[-1], c, first_number.name, in_clause)
                     # ("What do my monthly meetings come to? I went to 7", "我的月會算起來幾分？去了7次": a clause of
                     # going and a count alone, after the one thing asked about, which gave none — its count)
                     or len(items) == 1 and len(in_clause) == 1 and _WENT_COUNT.fullmatch(clause.strip()) is not None
                     and (c.unit or "次") in ("次", "場", "场") and _one_thing_said(r, slot, t[origin.get(id(items[-1]), start):start])
                     # (… or a bare count with its unit, "SCI full article 我不是一作，3 篇", "年會有去，1 次": the count of
                     # the one thing said before it, which gave none)
                     or (_COUNT_ONLY.fullmatch(clause.strip()) is not None
                         or _BARE_COUNT.fullmatch(clause.strip()) is not None and c.unit is not None) and len(in_clause) == 1
                     and not re.match(r"\s*[:：]", t[start + len(clause):])  # ("3 total: …" heads a list)
                     and _one_thing_said(r, slot, t[origin.get(id(items[-1]), start):start]) and all(given[:-1])):
            # "月會另外去了 2 次", "年會還有去 1 次": the clause was cut at an addition word right after the kind's word —
            # the count after it is that item's
            items[-1][first_number.name] = _value(c)
            given[-1] = True
            r.used.add(c.start)
            continue
        if kind is None and items and not given[-1] and first_number is not None \
                and (said := _choice_and_count(r, slot, t, start, clause, items[-1], values, in_clause, first_number)) is not None:
            # "年會壁報，我第一作者的有 2 篇", "SCI 論文，一作兩篇", "posters at the congress: 2 as first author": the kind
            # named with no count, then a clause with its count and a value of its own (the role) — that item's count and
            # role, no other item (a part said of it next, "其中 1 篇是病例報告", is then carved out of the 2)
            c, named = said
            items[-1][first_number.name] = _value(c)
            items[-1].update(named)
            given[-1] = True
            r.used.add(c.start)
            extra += sum(fact(k) for k in named)
            continue
        last_refined, just_refined = just_refined, None
        if kind is None and last_refined is not None and items and last_refined[0] == id(items[-1]) \
                and _role_said_after(r, slot, model, items[-1]["kind"], clause, (in_clause, items), first_number, last_refined[1],
                                     listed=after_list_mark(t, start)):
            continue  # "口頭報告 1 篇，不是一作，我上台講的": the place the clause before denied, said — the item's
        if kind is None and items and not one_of:
            # "non-SCI full article 1 篇，二作" / "每場 3 小時": a field of the item just named (a refinement, no new item)
            asked = asked_by(model, items[-1])
            refined = {k: v for k, v in values.items() if v is not None and k in asked and k not in items[-1]} \
                if not in_clause else {}
            # (… and its count, where the words naming it gave none: "院內研討會，1 小時的 2 場、4 小時的 1 場" — the first
            # clause after the kind's words gives its length and its count)
            count_open = first_number is not None and not given[-1] and any(
                f.kind == "number" and f.name in asked and items[-1].get(f.name) is None for f in slot.fields if f is not first_number)
            stand_ins = bounded.get(id(items[-1]), {})
            for f in sorted((f for f in slot.fields if f.kind == "number"
                             and (f.name in asked and items[-1].get(f.name) is None or f is first_number and count_open
                                  or f.name in stand_ins)),
                            key=lambda f: f is first_number):  # the detail first; the count only from a number left
                n = _pick(f, [x for x in in_clause if x.start not in r.used])
                if n is not None and f.name in stand_ins:
                    if not _inside_bracket(t, f, n, stand_ins[f.name]):
                        continue  # a figure outside the bracket said before it contradicts it: left unread (asked)
                    del stand_ins[f.name]
                    refined[f.name] = _scaled(r, f, n)
                    r.used.add(n.start)
                    r.notes.append(Note(f"以您說的 {_value(n)} 取代級距的代表值。", f"The {_value(n)} you give replaces the bracket's stand-in."))
                    continue
                if n is not None and f is first_number and f.name not in asked and n.unit is None:
                    continue  # a bare number ("4" in reply to "how many months?") is the detail asked, never a count
                if n is not None:
                    refined[f.name] = _bracketed_value(r, f, n, items[-1]["kind"])  # (a detail said in another unit: "only 3 weeks" of months)
                    if (side := _bracket_side(t, f, n, items[-1]["kind"])) is not None:
                        bounded.setdefault(id(items[-1]), {})[f.name] = (side, float(n.value))
                    r.used.add(n.start)
                    if f is first_number:
                        given[-1] = True
            if refined:
                items[-1].update(refined)
                extra += sum(fact(k) for k in refined)
                just_refined = (id(items[-1]), set(refined))
                continue
        # (a kind followed only when said as more — `Slot.follow_more`: "另外 1 篇我是第三作者", never "1 篇我是二作" of the
        # posters just counted, which may be one of them)
        if kind is None and items and _second_choice(r, slot, t, start, clause, in_clause):
            continue  # "… first author and corresponding author": one more word said of the same paper, no other paper
        more = bool(_MORE_LEAD.match(clause) or _MORE_CUT.search(t, max(0, start - 12), start) or _ANOTHER_LEAD.match(clause))
        follows = [(prev, words, k) for prev, words, k in slot.follow if k not in slot.follow_more or more or start in broken_down]
        followed = kind is None and items and first_number is not None \
            and (_pick(first_number, in_clause) is not None or broken_down.get(start) is not None) and any(
            items[-1]["kind"] in prev and words and compiled(r.pattern(words)).search(clause) for prev, words, _ in follows)
        added_one = False
        if kind is None and items and not in_clause and last_pointed is None \
                and (_ADDED_ONE.match(clause) or _A_ONE.match(clause) and _MORE_CUT.search(t, max(0, start - 12), start)) \
                and any(f.kind == "flag" and (not f.of_kinds or items[-1]["kind"] in f.of_kinds) and _flag_said(r, f, clause)
                        for f in slot.fields):
            # "1st author x1, other author x3, and a case report where I'm corresponding": one more of the kind just listed,
            # added with its article — an item of its own, never a detail of the three before it
            kind, added_one = items[-1]["kind"], True
        if kind is None and items and not followed and _flag_later(r, slot, clause, items, (given, subset), origin, last_pointed, start):
            continue  # "…，是病例報告": a flag of the last item that takes it (not "1 篇是二作（case report）": a paper of its own)
        if kind is None and items:
            kind = next((k for prev, words, k in follows
                         if items[-1]["kind"] in prev and (not words or compiled(r.pattern(words)).search(clause))), None)
            # "SCI 文章 5 篇，其中 2 篇一作、其他 3 篇中間作者，都是 full article", "all of them full articles", "全部都是原著":
            # the type said of every item before it, with no count of its own, is what those items are — no item of its own
            family = next((prev for prev, words, k in follows if k == kind and items[-1]["kind"] in prev and words), None)
            # (never a clause saying a detail of the rest, "其餘都是二作": the rest of a count, `_the_rest`)
            if kind is not None and family is not None and not in_clause and slot.every \
                    and compiled(r.pattern(slot.every)).search(clause) \
                    and not any(f.kind == "enum" and _enum(r, f, clause) is not None for f in slot.fields):
                for it in items:
                    if it["kind"] in family:
                        it["kind"] = kind
                continue
        if kind is None and items and first_number is not None \
                and (_pick(first_number, in_clause) is not None or _ONE_PRONOUN.search(clause) or one_of) \
                and (not compiled(QUALIFIERS["each"]).search(clause)
                     or given[-1] and not one_of and (_MORE_LEAD.match(clause) or _MORE_CUT.search(t, max(0, start - 12), start) is not None
                                                      or _count_before_each(first_number, start, clause, in_clause))
                     # ("4 次：2 次各 1.5 小時，2 次各 3 小時": a part of the count before it, with its own count before its
                     # "each" and a detail after it — one of a run going through that count, its "each" its own)
                     or one_of and given[-1] and _count_before_each(first_number, start, clause, in_clause)) \
                and (one_of or not t[max(0, start - 2):start].strip().endswith(("(", "（"))) \
                and not _continues_run(r, slot, items[-1], origin, in_clause, nums, first_number) \
                and (_another_year(slot, years, start, clause, items[-1]) or _another_detail(slot, in_clause, items[-1], first_number, t)
                     or _another_choice(r, slot, clause, items[-1], model) or _another_period(t, start, clause)
                     or one_of and _in_brackets(t, start) and _asked_choice(r, slot, clause, items[-1], model)):
            # "月會去年 6 次、今年 9 次", "1 天的 2 場、2 天的 1 場", "上半年 2 次、下半年 3 次": the same kind again
            kind = items[-1]["kind"]
        if kind is None and one_of and first_number is not None and _in_brackets(t, start) \
                and (c := _pick(first_number, in_clause)) is not None and c.start not in r.used and len(in_clause) == 1 \
                and _value(c) < items[-1].get(first_number.name, 1) and not _bracket_names_kind(r, slot, t, start):
            # "2 intl mtgs (one in Taipei, one in Seoul) + ATLS": one of the count gone through, where it was — part of the
            # count, set aside and said so (never the count of the next item, ATLS's); not where the bracket names one of
            # them by its kind ("(one in Tokyo, one ACS clinical congress, one in Seoul)": read as before)
            r.used.add(c.start)
            r.set_aside.append((c.start, c.end, "breakdown"))
        if kind is None:
            if not in_clause and any(v is not None for v in values.values()):
                # "我不是一作，是二作，SCI 一篇", "I was second author — one SCI paper": a role said before any kind, in a
                # clause of its own, is the role of the item named next in the same sentence
                lead = (start + len(clause), {k: v for k, v in values.items() if v is not None})
            continue
        kind, said = _owned_kind(r, slot, t, start, clause, kind)
        if kind == OWNED_OPEN and r.q.followup_start and start < r.q.followup_start:
            # "是專科醫學會，開兩天" in reply to which kind it was: the one kind the reply names is the item's (the reply's own
            # item of it, with no count of its own, is this one said in full: `_reply_restates`)
            told = {k for *_, k in named_kinds(r, slot, t[r.q.followup_start:]) if k not in slot.owned[0]}
            kind = told.pop() if len(told) == 1 else kind
        if kind == OWNED_OPEN:
            # "去了別的學會的年會一次": another body's activity of a kind not said — which kind it was is asked; its count is
            # its own (no other item's)
            if slot.owned_ask is not None:
                missing.setdefault("kind", Need("kind", slot.owned_ask[0].format(said=said), slot.owned_ask[1].format(said=said)))
            r.used.update(x.start for x in in_clause)
            continue
        if items and not in_clause and any(kind == to and items[-1]["kind"] in froms and _recast_said(r, words, clause)
                                           for to, words, froms, _ in slot.recast):
            # "參加一個 4 小時的工作坊，學會是按時數認定的", "a 3-hour seminar, credited by the hour": said of the item just
            # named, with no figure of its own — that item is the kind (its hours kept)
            to, *_, note = next(x for x in slot.recast if x[0] == kind)
            items[-1]["kind"] = to
            if Note(*note) not in r.notes:
                r.notes.append(Note(*note))
            continue
        if items and not in_clause and any(kind == to and items[-1]["kind"] in froms and not _recast_said(r, words, clause)
                                           and compiled(r.pattern(words)).search(clause) and not _names_other(r, slot, kind, words, clause)
                                           for to, words, froms, _ in slot.recast):
            continue  # "4 小時的研討會，不是按時數認定的": the credit denied of the item just named adds nothing
        noted = len(r.notes)  # (the notes said of this clause from here: dropped with it where it is no item)
        kind = _placed(r, slot, kind, clause)
        _note_inferred(r, slot, kind, clause)
        if not added_one and _restates_choices(r, slot, kind, start, clause, in_clause, items, first_number):
            continue  # "掛名了 4 篇，都是其他作者": the role said again of all of them, no other item
        if not added_one and _role_said_after(r, slot, model, kind, clause, (in_clause, items), first_number, listed=after_list_mark(t, start)):
            continue  # "口頭報告 1 篇，不是一作，但是我上台報告的": the last item's role, said after it — no other item
        if not added_one and (named := _listed_item_named(r, slot, model, kind, start, clause, in_clause, items, origin, values)) is not None:
            # "口頭 2 篇、壁報 1 篇，壁報我是第二作者", "2 orals and 1 poster; on the poster I was second author": one listed item
            # named again by the word only it was said with, and a value of its own — that item's, no other item
            it, name, words = named
            it[name] = values[name]
            r.notes.append(Note(f"「{clause.strip(' ，,;；')}」讀為前面「{words}」那一項的身分。",
                                f"“{clause.strip(' ,;')}” is read as said of the “{words}” listed before."))
            continue
        if (head := _papers_heading(r, slot, kind, start, clause, in_clause)) is not None:
            heads.append(head)
            continue  # "年會我投了 3 篇：oral 2 篇…": the meeting is where the papers listed after the colon were given
        if items and items[-1]["kind"] == kind and not in_clause and _ITEM_REF.search(clause) \
                and not _names(r, slot, kind, _ITEM_REF.sub(" ", clause)):
            continue  # "外科相關學會的年會，秘書說它是第十款": the item just read, its article-5 item named — no other one
        if items and items[-1]["kind"] == kind and _in_brackets(t, start) and not in_clause:
            continue  # "3 overseas congresses (ESSO, ACS Clinical Congress, JSS)": the items counted, named in brackets
            # (with no figure: "(one 1.5 hours, one 3 hours)" goes through the count, each with its detail)
        if items and subset_words.search(clause):
            # "月會 5 次，其中 2 次是我上台報告": a part of an item, in words another kind shares, is the kind
            # declared a part of it (`at_least`: the meetings spoken at are meetings attended)
            # (… the role said after the whole's noun, in the rest of the clause: "其中 2 次月會我是講者", "其中兩場月會是我
            #上台報告", "2 of those monthly meetings I was the speaker" — the count said before the noun, the part's)
            whole_clause = clause_of(t, start, start + len(clause))
            part_kind = next((part for whole, part, _ in slot.at_least if items[-1]["kind"] == whole and kind != part
                              and (_names(r, slot, part, clause) or kind == whole and _names(r, slot, part, whole_clause))), kind)
            if part_kind != kind and not _names(r, slot, part_kind, clause):
                role_said.add((part_kind, len(t[:start]) + len(clause)))
            kind = part_kind
        n = _pick(first_number, in_clause) if first_number is not None else None
        zero = next((x for x in in_clause if float(x.value) == 0 and (x.unit or "") in first_number.units and x.start not in r.used
                     and not _in_brackets(t, x.start)), None) if n is None and first_number is not None and slot.denied else None
        if zero is not None and len(in_clause) == 1:
            # "年會０次", "annual meeting 0", "SCI 0 篇": a kind done no times — no item (never a count the model refuses, nor
            # a figure left unread), set aside and said so
            r.used.add(zero.start)
            r.set_aside.append((zero.start, zero.end, "none_done"))
            continue
        if n is None and slot.denied and _denied(r, slot, kind, start, clause):
            if Note(*slot.denied[2]) not in r.notes:
                r.notes.append(Note(*slot.denied[2]))
            continue  # "年會沒去", "skipped the annual congress": an activity that did not happen is no item
        if n is None and slot.background and _background(r, slot, kind, start, clause):
            del r.notes[noted:]  # (where "來臺灣的 visiting fellow" would have trained is no place of any training)
            if Note(*slot.background[1]) not in r.notes:
                r.notes.append(Note(*slot.background[1]))
            continue  # "Trained overseas, still learning the system": who the person is, no activity of the period
        if n is None and any(it.get("kind") == kind for it in items) and _scope_only(r, slot, kind, start, clause):
            continue  # "Presentation credits only pls": the items of that kind already read, named as the answer's scope
        if n is None and slot.denied and _asked_only(r, slot, kind, start, clause):
            said = clause.strip(" ,，;；.。—–-")
            note = (f"「{said}」是在問這項活動怎麼計分，沒有說參加過，未列入計算。",
                    f"“{said}” asks how that activity counts; it does not say you attended it, so it is not counted.")
            # (one said attended before, asked about again, is that item: counted once, nothing to note)
            if Note(*note) not in r.notes and not any(it.get("kind") == kind for it in items):
                r.notes.append(Note(*note))
            continue  # "does the annual meeting count double?": an activity asked about is no item of one's own
        if first_number is not None and (n is None or BACK_REFERENCE.search(t, max(0, n.start - 12), n.start)) \
                and _flag_pointed(r, slot, start, clause, kind, items, origin, t, (given, subset),
                                  _value(n) if n is not None else None):
            if n is not None:
                r.used.add(n.start)
            continue  # "poster 那篇是病例報告", "the poster was a case report": a flag of an item already counted
        if n is not None and BACK_REFERENCE.search(t, max(0, n.start - 12), n.start) \
                and any(it["kind"] == kind and it.get(first_number.name) == _value(n) for it in items):
            r.used.add(n.start)
            # (the one pointed at, by its count and the values its words name: a flag said next is its own)
            pointed = next((it for it in reversed(items) if it["kind"] == kind and it.get(first_number.name) == _value(n)
                            and all(it.get(k) == v for k, v in values.items() if v is not None)), None)
            continue  # "國際那兩次是不是有上限": the items already counted, named again
        if one_of and kind == items[-1]["kind"] and not subset_words.search(clause) and not any(values.values()) \
                and (_in_brackets(t, start) or _colon_heads(t, start)) \
                and not (n is not None and slot.venue and kind == slot.venue[0]
                         and any(_names(r, slot, k, clause) for k in slot.venue[1])) \
                and not ((_ANOTHER_LEAD.match(clause) or _OTHER_CUT.search(t, max(0, start - 4), start))
                         and not _goes_through_head(t, start, items[-1], first_number.name)) \
                and not any(f.kind == "flag" and compiled(r.pattern(f.terms)).search(clause) for f in slot.fields) \
                and not (_another_year(slot, years, start, clause, items[-1]) or _another_detail(slot, in_clause, items[-1], first_number, t)):
            if n is not None:
                r.used.add(n.start)
            continue  # "國際會議 2 次（一次在東京、一次在台北辦的國際會議）": in brackets going through the count, one of them
            # (or after the colon the count heads: "國際會議去了兩場：一場在台北辦的國際研討會、一場在日本")
        named_here = _own_names(slot, kind, clause)
        if _names_the_counted(r, slot, model, kind, start, clause, items, given, named_here, first_number):
            seen_names |= named_here  # "2 場專科醫學會年會，都只開 1 天（一個乳房外科、一個小兒外科）": those 2, named
            continue
        if not in_clause and items and items[-1]["kind"] == kind and given[-1] and id(items[-1]) in origin \
                and _name_listed_after_count(slot, kind, t, origin[id(items[-1])], start, clause,
                                             items[-1].get(first_number.name, 1) if first_number is not None else None):
            continue  # "三個國際會議：ACS、ASA、JSS": the meetings counted, named one by one — no more of them
        if n is None and items and first_number is not None and (_RESTATED.match(clause) or restated[1] == kind and _JOINER.fullmatch(t, restated[0], start)) \
                and given[-1] and len(named_here) <= items[-1].get(first_number.name, 1) and items[-1]["kind"] != kind:
            # "invited speaker 兩次，是 APCIS 跟 CIRSE", "twice, namely at CIRSE and SIR": the meetings named are where the
            # items before were, no more of them
            restated = (start + len(clause), kind)  # … the list goes on in the next clause ("… and SIR")
            continue
        if n is None and any(it["kind"] == kind for it in items) and _names(r, slot, kind, clause) and _named_again(t, *_from_word(r, slot, kind, start, clause)) \
                and not named_here - seen_names and not _ANOTHER_LEAD.match(clause) \
                and not (first_number is not None and items[-1]["kind"] == kind and not _THIS_KIND.search(clause)
                         and _another_detail(slot, [x for x in in_clause if bound_of(t, x.start, x.end) is None], items[-1], first_number)):
            # ("DDW、ASCRS…？": a meeting by another name is another meeting; "麻醉醫學會年會(2天)跟放射線醫學會年會(1天)": so is
            # one with a length of its own)
            continue  # "（講者有加倍嗎？）", "the speaker at one of those monthly meetings": the kind asked about or pointed back at
        if n is None and items and _pointed_back(r, slot, kind, start, clause):
            continue  # "…其他學會的年會，那個年會算幾分？", "how much will that meeting count?": the event said before, no new one
        if n is not None and first_number is not None and not _in_brackets(t, n.start) and (b := next(
                (x for x in in_clause if x.start > n.start and _in_brackets(t, x.start) and _fits(first_number, x)), None)) is not None:
            # "ACS, ESSO and one in Japan (3 international mtgs)", "ACS、ESSO 跟日本的一場（共3場）": the last of a run named one
            # by one, counted, then the run's number in brackets — said again, where it adds up (else it stays a question)
            run = 0
            while run < len(items) and items[-1 - run]["kind"] == kind and not given[-1 - run]:
                run += 1
            if run and sum(it.get(first_number.name, 1) for it in items[len(items) - run:]) + _value(n) == _value(b):
                for lst in (items, given, subset):
                    del lst[len(lst) - run:]
                r.used.add(n.start)
                r.set_aside.append((n.start, n.end, "part_of_total"))
                r.notes.append(Note(f"括號裡的 {_value(b)} 是前面逐一列出的 {run + 1} 項合計，相符，讀為 {_value(b)} 次。",
                                    f"The {_value(b)} in brackets restates the {run + 1} named before it (they add up): "
                                    f"read as {_value(b)}."))
                in_clause = [x for x in in_clause if x is not n]
                n = b
        if n is not None and first_number is not None and _in_brackets(t, n.start):
            # "RSNA, CIRSE, SIR and APCCVIR (4 overseas IR meetings)": a count in brackets after items of its kind named
            # one by one without counts is their number, said again — the one item it counts, not more of them
            run = 0
            while run < len(items) and items[-1 - run]["kind"] == kind and not given[-1 - run]:
                run += 1
            own = len(_own_names(slot, kind, t, start, n.start))
            # (… with the last of them counted in a clause of no kind of its own, left unread: "DDW, SAGES and one in Korea
            # (3 overseas meetings)" — that count is one of the run too)
            since = origin.get(id(items[-1]), len(t)) if run else len(t)
            loose = [x for x in nums if since < x.start < start and x.start not in r.used and _fits(first_number, x)
                     and not any(y[0] == x.start for y in r.set_aside) and not _in_brackets(t, x.start)]
            said = sum(it.get(first_number.name, 1) for it in items[len(items) - run:]) + own
            if run and loose and run + own + len(loose) >= 2 and said + sum(_value(x) for x in loose) == _value(n):
                for x in loose:
                    r.used.add(x.start)
                    r.set_aside.append((x.start, x.end, "part_of_total"))
                r.notes.append(Note(f"括號裡的 {_value(n)} 是前面逐一列出的各項合計，相符，讀為 {_value(n)} 次。",
                                    f"The {_value(n)} in brackets restates the ones named before it (they add up): read as {_value(n)}."))
                said = _value(n)
            if run and run + own >= 2 and said == _value(n):
                for lst in (items, given, subset):
                    del lst[len(lst) - run:]
            elif run and run + own + len(loose) >= 2 and said + sum(_value(x) for x in loose) != _value(n):
                continue  # "ACS and ESSO (3 international meetings)": named one by one, a count that does not add up — asked
        if n is None and not in_clause and any(at <= start < at + 4 for _, at in role_said):
            continue  # "其中 2 次月會我是講者": the role the part before was read as, no item of its own
        if n is None and any(it["kind"] == kind for it in items) and any(
                whole == kind and _names(r, slot, part, clause_of(t, start, start + len(clause))) for whole, part, _ in slot.at_least):
            continue  # "月會去了 12 次…月會當講者 3 次": the meetings counted, named again as where the part happened
        item: dict[str, Any] = {"kind": kind}
        read_number = False
        for f in slot.fields:
            times = f is first_number and f.of_kinds and kind not in f.of_kinds and kind in f.times_of
            if f.kind != "number" or f.of_kinds and kind not in f.of_kinds and not times:
                continue
            # ("4 小時的課上了兩次": a kind counted by times only — the number said in times, never "2 門課")
            n = _pick(f, [m for m in in_clause if (m.unit or "") in f.times_units] if times else in_clause)
            if n is not None and f is first_number and not _counts_kind(slot, n, kind):
                n = None  # "外科年會 3 篇": papers or posters given there, never 3 meetings — left unread, asked
            if n is not None and f is first_number and items and _bracket_total(t, n) \
                    and not re.search(r"[.;。；!?！？\n]", t[origin.get(id(items[-1]), n.start):n.start]):
                # "a two-day one and a one-day one (2 in total)", "a full article … and a case report … (2 altogether)": the
                # total in brackets of the run said before it in the same sentence, a check — no count of the last one
                n = None
            if n is None and f is not first_number and f.kind == "number" and (back := _this_kind_detail(r, f, kind, start, clause, nums, items, origin)) is not None:
                n = back  # "去日本 short visit 三週，這種國外進修…": the detail said of the activity the clause points back at
            if n is not None and f is first_number and (x := next((x for x in in_clause if _EXCEPT_BEFORE.search(t, max(0, x.start - 24), x.start)
                                                                  and _EVERY_BEFORE_EXCEPT.search(t, max(0, x.start - 80), x.start)), None)) is not None:
                n = x  # ("of the 10 monthly meetings I attended all except 4": the count is the one after "all except")
            if n is not None and f is first_number and _EXCEPT_BEFORE.search(t, max(0, n.start - 24), n.start) \
                    and _EVERY_BEFORE_EXCEPT.search(t, max(0, n.start - 80), n.start):
                # "every monthly meeting except three (there were 11)": the ones missed, said of all of them — the count is
                # all of them less those, where how many there were is said; else it is asked (never the missed ones)
                whole = _except_whole(t, n, nums)
                if whole is not None and _value(whole) > _value(n):
                    left = _value(whole) - _value(n)
                    item[f.name] = int(left) if float(left).is_integer() else left
                    r.used.update((n.start, whole.start))
                    r.set_aside += [(n.start, n.end, "derived", f"{f.name} (missed)", _value(n)),
                                    (whole.start, whole.end, "derived", f"{f.name} (held)", _value(whole))]
                    r.notes.append(Note(f"「全部{_value(whole)} 次，除了 {_value(n)} 次」讀為 {_value(whole)} − {_value(n)} = {item[f.name]} 次。",
                                        f"“all except {_value(n)}” of {_value(whole)} is read as {_value(whole)} − {_value(n)} = "
                                        f"{item[f.name]}."))
                    read_number = True
                    continue
                r.used.add(n.start)
                r.set_aside.append((n.start, n.end, "except_count"))
                n = None
            default = model.model_fields[f.name].default if not times else None  # (times unsaid: a later clause may say them)
            if n is not None or default is not None:  # a detail no kind needs and the clause does not give: left out
                item[f.name] = _bracketed_value(r, f, n, kind) if n is not None else default
                if n is not None and (side := _bracket_side(t, f, n, kind)) is not None:
                    bounded.setdefault(id(item), {})[f.name] = (side, float(n.value))
            if n is not None and f is not first_number:
                extra += fact(f.name)  # a detail ("3 個月"); the count is counted as `given`
            read_number = read_number or (n is not None and f is first_number)
            if n is not None:
                r.used.add(n.start)
        led, lead = (lead[1] if lead is not None and not _SENTENCE_END.search(t, lead[0], start) else {}), None
        for name in asked_by(model, item):
            if values.get(name) is not None:
                item[name] = values[name]
                extra += fact(name)
            elif led.get(name) is not None:
                item[name] = led[name]
                extra += fact(name)
            elif items and _SAME_PLACE.search(t, max(0, start - 6), start + len(clause)) and items[-1].get(name) is not None:
                # "國外會議當座長 1 次、同場也有口頭報告 1 次", "an oral at the same meeting": the place of the item just before
                # (the words may open the clause cut at an addition: "同場還有口頭報告")
                item[name] = items[-1][name]
            elif items and id(items[-1]) in origin and (_SAME_PLACE.search(t, max(0, start - 6), start + len(clause)) or _THERE.search(clause)) \
                    and (said := _field_said(r, slot, name, t[origin[id(items[-1])]:start])) is not None:
                # "went to CIRSE twice, had one e-poster there": the place just before, its field said in its own words only
                # (an overseas meeting attended has no scope of its own: its clause names where it was)
                item[name] = said
            elif items and name in slot.frames and id(items[-1]) in origin and items[-1].get(name) is not None \
                    and (framed := _framing_field(r, slot, name, t, origin[id(items[-1])], start, items[-1]["kind"])) is not None \
                    and framed == items[-1][name]:
                # "在國外會議當講師2次、座長1次", "国外讲者 2 次和座长 1 次": the place said before the first role frames the
                # list joined to it — the next role with none of its own was there too, said so
                item[name] = framed
                words = framed_words(r, slot, name, t, origin[id(items[-1])], start, items[-1]["kind"])
                r.notes.append(Note(f"「{clause.strip()}」沿用前面所說的「{words}」。",
                                    f"“{clause.strip()}” is read as at the same place said before it (“{words}”)."))
        if not read_number and first_number is not None and (left := broken_down.get(start)) is not None:
            item[first_number.name] = int(left) if float(left).is_integer() else left  # "剩下那張": what the parts leave
            read_number = True
        elif not read_number and first_number is not None \
                and (heading := _count_in_words(r, slot, kind, start, clause, nums)) is not None:
            item[first_number.name] = heading  # "兩個國際會議（ACS Clinical Congress、亞洲外科 ASA）": the count, names listed
            read_number = True
        elif not read_number and first_number is not None and len(named_here) > 1:
            # "went to DDW and SAGES": each meeting named by its own name is one, their number the count
            item[first_number.name] = len(named_here)
        elif not read_number and first_number is not None and len(listed := _bracket_names(slot, kind, t, start, clause, nums)) > 1:
            # "兩個一天的年會（胸腔外科、小兒外科）": the instances listed in brackets, with no figure of their own, are its count
            item[first_number.name] = len(listed)
        if not read_number and any(it["kind"] == kind for it in items) and _PART_LEAD.search(clause):
            continue  # "今年月會有…": the kind named again to say what part of it the next words are, no new item
        if not read_number and slot.fact_words and compiled(r.pattern(slot.fact_words)).search(clause):
            extra += 1  # "今年去了年會": one, the person's own
        for f in slot.fields:
            if f.kind == "flag" and (not f.of_kinds or kind in f.of_kinds) and (said := _flag_said(r, f, clause, own=True)) is not None:
                item[f.name] = said
        if slot.year:  # one year named anywhere is every item's; else the last one named up to the item's clause
            # a year in the item's own sentence and clause ("2 months … in 2026"), but a year heading a colon only dates
            # what follows it ("3 monthly meetings. 2026: 2 monthly" — the 3 are not 2026's); else the last year named before
            at = n.start if n is not None else _from_word(r, slot, kind, start, clause)[0]  # "2025: annual mtg": after the heading
            ends = [m.end() for m in _SENTENCE_END.finditer(t, start, start + len(clause))]
            lo, hi = max([e for e in ends if e <= at] or [start]), min([e for e in ends if e > at] or [start + len(clause)])
            inside = [y for y in years if lo <= y.start < hi and not (y.start > at and _YEAR_HEADING.match(t, y.end))]
            before = [min(inside, key=lambda y: abs(y.start - at)).year] if inside else [y.year for y in years if y.start < lo]
            year = years[0].year if len({y.year for y in years}) == 1 else before[-1] if before else None
            if year is not None:
                item[slot.year] = year
            # "去年和今年的年會我都有去": a kind named once for several years, no count, is one item in each year
            own = sorted({y.year for y in years if start <= y.start < start + len(clause)})
            # "2024、2025 這兩年月會每年各 3 次", "去年跟今年，年會每年都去一次": a count said for each of the years named in
            # the sentence up to it is that count in each of them
            said_from = max((m.end() for m in re.finditer(r"[。；;？?！!\n]", t[:start])), default=0)
            each_year = sorted({y.year for y in years if said_from <= y.start < start + len(clause)}) \
                if read_number and _PER_YEAR.search(clause) else \
                _each_of_joined_years(t, years, said_from, start, clause) if read_number else []
            if len(each_year) > 1:
                for other in each_year[:-1]:
                    items.append({**item, slot.year: other})
                    given.append(True)
                    subset.append(False)
                item[slot.year] = each_year[-1]
                count = item.get(first_number.name) if first_number is not None else None
                r.notes.append(Note(f"「{clause.strip()}」讀為每年各 {count} 次（{'、'.join(map(str, each_year))}）。",
                                    f"“{clause.strip()}” is read as {count} in each year ({', '.join(map(str, each_year))})."))
            elif len(own) > 1 and not read_number:
                once_each = kind in slot.once_kinds  # ("前年跟去年的年會我都有去": a meeting held once a year, each year's one)
                for other in own[:-1]:
                    items.append({**item, slot.year: other})
                    given.append(False)
                    subset.append(False)
                item[slot.year] = own[-1]
                r.notes.append(Note(f"「{clause.strip()}」讀為每年各一次（{'、'.join(map(str, own))}）。",
                                    f"“{clause.strip()}” is read as once in each year ({', '.join(map(str, own))})."))
        if read_number and first_number is not None \
                and (k := _each_of_named(slot, kind, start, clause, n, named_here, (items, given, subset), origin, t, first_number.name)):
            each_rows.update(id(it) for it in items[-k:])
            each_rows.add(id(item))
            r.notes.append(Note(f"「{clause.strip()}」的次數讀為前面 {k + 1} 個會議各 {_value(n)} 次。",
                                f"The count in “{clause.strip()}” is read as {_value(n)} for each of the {k + 1} meetings named."))
        elif read_number and first_number is not None and (c := _pick(first_number, in_clause)) is not None \
                and (k := _each_of_listed_kinds(r, slot, kind, start, clause, c, (items, given, subset), origin, first_number.name)):
            r.notes.append(Note(f"「{clause.strip()}」的次數讀為前面列出的 {k + 1} 項各 {_value(c)} 次。",
                                f"The count in “{clause.strip()}” is read as {_value(c)} for each of the {k + 1} kinds listed."))
        items.append(item)
        if open_said and not every_said and not read_number and first_number is not None and kind not in slot.once_kinds \
                and item.get(first_number.name) == model_default(model, first_number.name):
            open_counts.setdefault(id(item), clause.strip())  # "國際會議也有去", "went to monthly meetings": how many, asked
        if every_said and not read_number and not once_each:
            uncounted.add(id(item))
            extra += 1  # the person's own attendance, said: a fact of their case (its count is asked)
        origin[id(item)] = start
        given.append(read_number)
        subset.append(bool(subset_words.search(clause) or _N_OF_THE_N.search(clause) or _POINTED_PART.search(clause))
                      and not _sort_pointed(r, slot, clause, kind, items[:-1]))
        seen_names |= named_here
    _named_then_told(t, slot, items, (given, subset), origin)
    if first_number is not None:
        _broken_down_wholes(items, (given, subset), origin, broken_wholes, first_number.name)
    extra += _detail_runs(r, slot, (items, given, subset), origin, nums)
    _reply_restates(r, slot, model, items, (given, subset), origin)
    _headed_lists(r, slot, items, origin, heads)
    _colon_heading_totals(r, slot, items, origin, nums)
    _pools_aside(r, items, origin, nums)
    _year_split_totals(r, slot, items, (given, subset))
    _shared_detail_totals(r, slot, items)
    # "其中 1 篇是 case report": an item introduced by a subset qualifier is carved out of the one before it.
    whole_again: list[int] = []  # parts that are the whole item they are of ("二作1篇，其中1篇二作是病例報告")
    carved_from: dict[int, int] = {}  # id(part) → id(the item it was carved out of)
    for i in range(1, len(items)):
        prev, cur = _subset_whole(r, slot, items, subset, origin, i), items[i]
        counts = [f.name for f in slot.fields if f.kind == "number"]
        if subset[i] and subset[i - 1] and given[i] and prev is items[i - 1] and id(prev) in carved_from and counts \
                and any(k != counts[0] and prev.get(k) is not None and v is not None and prev[k] != v for k, v in cur.items()):
            # "4 場，其中 2 場各 1.5 小時、其中 2 場各 3 小時", "2 of them 1.5 hours each, 2 of them 3 hours each": a part
            # with another value than the part before is no part of it — another part of the same whole
            prev = next((it for it in items if id(it) == carved_from[id(prev)]), prev)
        if subset[i] and counts and prev.get(counts[0], 0) > cur.get(counts[0], 0) > 0 and not subset[items.index(prev)] \
                and not _apart(slot, prev, cur):
            prev[counts[0]] -= cur[counts[0]]
            carved_from[id(cur)] = id(prev)
            for k, v in prev.items():
                if k not in ("kind", counts[0]) and k not in cur and k in asked_by(model, cur):
                    cur[k] = v
        elif subset[i] and counts and prev.get(counts[0], 0) == cur.get(counts[0], 0) > 0 and not subset[items.index(prev)] \
                and prev["kind"] == cur["kind"] and all(prev.get(k) in (None, v) for k, v in cur.items()):
            # "二作 1 篇，其中 1 篇二作是病例報告", "SCI 2 篇，其中 2 篇是 case report": as many as the whole — the whole itself,
            # its details said
            prev.update(cur)
            whole_again.append(i)
    for i in reversed(whole_again):
        for lst in (items, given, subset):
            del lst[i]
    # "國外會議去了 4 次，其中 2 次上台口頭報告", "4 meetings abroad, at 2 of them I gave an oral": a part on top of the whole
    # (`apart`) happened where the whole did — a detail the part lacks and the whole's own words name (國外) is the part's
    for i in range(1, len(items)):
        prev, cur = items[i - 1], items[i]
        if not (subset[i] and not subset[i - 1] and _apart(slot, prev, cur) and id(prev) in origin and id(cur) in origin):
            continue
        said = t[origin[id(prev)]:origin[id(cur)]]
        for f in (f for f in slot.fields if f.kind == "enum" and f.name in asked_by(model, cur)):
            if (v := _enum(r, f, said)) is not None:
                cur[f.name] = v
    # "SCI 3 篇，其中 1 篇一作，其他 2 篇是三作", "2 papers but only 1 as first author, the other as 3rd author": after a part
    # carved out, the rest said of the same kind ("其他", "另一篇", "the other", "the rest") is what is left of the whole —
    # its details go to the remainder, never one more item
    counts = [f.name for f in slot.fields if f.kind == "number"]
    for i in range(len(items) - 2, 0, -1):
        whole, part, rest = items[i - 1], items[i], items[i + 1]
        if not (counts and subset[i] and not subset[i - 1] and rest["kind"] == whole["kind"] == part["kind"]
                and whole.get(counts[0], 0) >= 1 and id(rest) in origin
                and _the_rest(t, origin[id(rest)], (rest.get(counts[0], 1), whole.get(counts[0], 0)),
                              (given[i + 1], subset[i + 1]), joined)):
            continue
        if any(k != counts[0] and whole.get(k) not in (None, v) for k, v in rest.items()):
            continue
        whole.update({k: v for k, v in rest.items() if k != counts[0]})
        for lst in (items, given, subset):
            del lst[i + 1]
    # "國內 oral 2 次，其中 1 次其實是 e-poster": a part said to be another word for the same kind, with nothing else of its
    # own, is still one of the whole — the two go back together
    for i in range(len(items) - 1, 0, -1):
        prev, cur = items[i - 1], items[i]
        counts = [f.name for f in slot.fields if f.kind == "number"]
        if subset[i] and counts and not subset[i - 1] and cur["kind"] == prev["kind"] and not _apart(slot, prev, cur) \
                and {k: v for k, v in cur.items() if k != counts[0]} == {k: v for k, v in prev.items() if k != counts[0]}:
            prev[counts[0]] = prev.get(counts[0], 1) + cur.get(counts[0], 1)
            if id(cur) in origin:  # the part's count is one of the whole, said again: set aside, said so
                part_n = next((n for n in numbers(r.q) if n.start >= origin[id(cur)]), None)
                if part_n is not None and float(part_n.value) == float(cur.get(counts[0], 1)):  # type: ignore[arg-type]
                    r.set_aside.append((part_n.start, part_n.end, "breakdown"))
                    words = clause_of(t, part_n.start, part_n.end).strip()
                    r.notes.append(Note(f"「{words}」是前面 {prev[counts[0]]} 次之中的，同一類活動，不另計。",
                                        f"“{words}” is among the {prev[counts[0]]} before it, the same kind of activity; "
                                        "it is not counted again."))
            for lst in (items, given, subset):
                del lst[i]
    _bracket_breakdown_flag(r, slot, items, (given, subset), origin, nums)
    _every(r, slot, model, items, origin)
    _over_list(r, slot, model, items, origin, pieces)
    # "two specialty meetings — one a 1-day meeting, the other 3 days": a count lacking a detail, gone through by the
    # items right after it (same kind, each with the detail, adding up to it), is their heading — no item of its own.
    counts = [f.name for f in slot.fields if f.kind == "number"]
    for i in range(len(items) - 1, -1, -1):
        head, n = items[i], items[i].get(counts[0], 1) if counts else 1
        # (… or a count with every detail, gone through place by place: "3 posters, all first author: 2 at the TSA
        # annual meeting and 1 at ASCRS" — each item of the run says the same of it)
        same = {k: v for k, v in head.items() if k != counts[0]} if counts else {}
        if not counts or not (asked_by(model, head) or head["kind"] in slot.own_rows):
            continue
        detailed = not asked_by(model, head)
        # (… or gone through meeting by meeting, each item lacking only what the count lacks too: "口頭報告 4 篇，年會 3 篇、
        # 月會 1 篇", "4 posters: 3 at the annual meeting, 1 at a monthly one" — the places say where, the role is unsaid
        # for all of them alike)
        head_lacks = set(asked_by(model, head))
        run, total = [], 0
        for j in range(i + 1, len(items)):
            lacking = set(asked_by(model, items[j]))
            if not detailed and lacking and lacking <= head_lacks and _said_at_a_meeting(r, slot, items[j], origin):
                lacking = set()
            if items[j]["kind"] != head["kind"] or total >= n or (lacking - set(same) if detailed else lacking) \
                    or detailed and any(items[j].get(k) not in (None, v) for k, v in same.items()):
                break
            run.append(j)
            total += items[j].get(counts[0], 1)
        # (items carved out of one by a subset or a flag — "其中一篇 poster 是 case report" — are not a run going through it)
        # (… but a part carved out of another item of the run is still one of it: "3 篇：一作 2 篇、二作 1 篇；一作那 2 篇裡
        # 有 1 篇是病例報告": the 2 became 1 + 1, the run still adds up to 3)
        # (… never one item split in two alone: "oral 2 篇、poster 2 篇，其中一篇 poster 是 case report" — the posters' 1 + 1
        # are no run going through the orals)
        in_run = {id(items[j]) for j in run}
        said_at = {origin.get(carved_from.get(id(items[j]), id(items[j]))) for j in run}
        if len(run) > 1 and total == n and len(said_at) > 1 \
                and all(id(items[j]) in origin and (not subset[j] or carved_from.get(id(items[j])) in in_run) for j in run):
            for j in run if detailed else ():
                items[j].update({k: v for k, v in same.items() if items[j].get(k) is None})  # the heading's details are theirs
            for lst in (items, given, subset):
                del lst[i]
        elif len(run) > 1 and total != n and not _said_at_a_meeting(r, slot, head, origin) \
                and all(_said_at_a_meeting(r, slot, items[j], origin) and not subset[j] for j in run):
            # "口頭報告 4 篇，年會 2 篇、月會 1 篇": gone through meeting by meeting, the counts do not add up — asked
            parts = [f"{items[j].get(counts[0], 1):g}" for j in run]
            r.mismatch.append(Need(slot.name, f"各會議的篇數 {'、'.join(parts)} 加起來是 {total:g}，但前面寫共 {n:g} 篇；請確認各會議的篇數。",
                                   f"The counts per meeting {', '.join(parts)} add up to {total:g}, but {n:g} were said "
                                   "before them; how many were given at each meeting?"))
    # A reply to a clarifying question ("3", "第一作者") gives the field asked of every item still lacking it.
    if slot.replies and r.q.followup_start:
        reply = t[r.q.followup_start:]
        bare = [n for n in nums if n.start >= r.q.followup_start and n.unit in (None, "分") and n.start not in r.used]
        for f in slot.fields:
            for it in items:
                if it.get(f.name) is not None or f.name not in asked_by(model, it):
                    continue
                if f.kind == "number" and f.name in r.q.expected and bare:
                    n = bare.pop(0)
                    it[f.name] = _value(n)
                    r.used.add(n.start)
                elif f.kind == "enum" and (v := _enum(r, f, reply)) is not None:
                    it[f.name] = v
    # "在國際會議發表壁報…會議本身也算": the place was attended too (once, in that item's year); else it is said
    # that only the presentation is counted.
    _also_unplaced(r, slot, items, places, missing)
    if places and slot.venue:
        host = next((it for it in items if it["kind"] == slot.venue[0]), None)
        also = compiled(r.pattern(slot.also)).search(t) if slot.also else None
        if also is not None and slot.denied and compiled(rf"(?:{slot.denied[1]})").search(t[also.end():also.end() + 16]):
            also = None  # ("年會本身的出席分另外算我知道": the meeting itself said to be counted apart — left out of this count)
        if also is not None:
            attended = next((k for k in places if not slot.also_kinds or k in slot.also_kinds), None)
            if host is not None and attended is not None and not any(it["kind"] == attended for it in items):
                place = {"kind": attended, **{f.name: model.model_fields[f.name].default for f in slot.fields[:1]
                                               if f.kind == "number"}}
                if slot.year and host.get(slot.year) is not None:
                    place[slot.year] = host[slot.year]
                items.append(place)
                given.append(True)
                subset.append(False)
        elif slot.venue_note is not None and not _places_attended(slot, t, items, places):
            r.notes.append(Note(*slot.venue_note))
    count = next((f.name for f in slot.fields if f.kind == "number"), "")
    # "2 international meetings … presented a poster at each", "國際會議 2 次，每次都發表一篇": one per item
    # of the kind before it, said so.
    for i in range(1, len(items)):
        prev, cur = items[i - 1], items[i]
        choice = next((c for c in slot.choices if c.value == cur["kind"] and c.terms), None)
        m = compiled(r.pattern(choice.terms)).search(t) if choice is not None else None
        if m is None or prev["kind"] == cur["kind"] or prev.get(count, 1) <= 1 or cur.get(count, 1) != 1:
            continue
        # (the "each" said after the items before it: "went to every monthly meeting … plus the annual congress" is none)
        left = max(t.rfind(ch, 0, m.start()) for ch in "，,。；;？?！!\n") + 1
        prev_choice = next((c for c in slot.choices if c.value == prev["kind"] and c.terms), None)
        prev_at = next((w.end() for w in compiled(r.pattern(prev_choice.terms)).finditer(t)), 0) if prev_choice else 0
        # (nor an "each" in brackets closed before the kind's word: "研討會 3 場（每場都 3 小時）、國際會議 1 場" — the
        # seminars' length, each of them)
        if any(left + e.start() >= prev_at and not _bracket_closed_before(t, left + e.start(), m.start())
               for e in EACH_BACK.finditer(clause_of(t, m.start(), m.end()))):
            cur[count] = prev[count]
            r.notes.append(Note(f"「每次／各」讀為前面 {prev[count]} 次每次一項：共 {prev[count]} 項。",
                                f"'each' is read as one at each of the {prev[count]} before it: {prev[count]} in all."))
    # "2 monthly meetings (gave a talk at both)", "月會 3 次，都有上台報告": the part declared of the whole (`at_least`),
    # its count not written, said of all of them — as many as the whole, said so.
    for whole_kind, part_kind, _ in slot.at_least:
        whole = next((it for it in items if it["kind"] == whole_kind), None)
        at = next((i for i, it in enumerate(items) if it["kind"] == part_kind and not given[i]), None)
        choice = next((c for c in slot.choices if c.value == part_kind and c.terms), None)
        if whole is None or at is None or choice is None or whole.get(count, 1) <= 1:
            continue
        if any(_ALL_BEFORE.search(t, max(0, m.start() - 8), m.start()) or _ALL_AFTER.match(t, m.end())
               for m in compiled(r.pattern(choice.terms)).finditer(t)):
            items[at][count] = whole[count]
            given[at] = True
            r.notes.append(Note(f"「都／每一場」讀為 {whole[count]} 場都是：{whole[count]} 次。",
                                f"'both' / 'all of them' is read as all {whole[count]}: {whole[count]} in all."))
    # "月會擔任講者 2 次": an item whose count was not written takes a larger count of another kind, said so.
    for kind, of_kind, note in slot.at_least:
        low = next((i for i, it in enumerate(items) if it["kind"] == kind and not given[i]), None)
        high = next((it for it in items if it["kind"] == of_kind), None)
        if low is not None and high is not None and high.get(count, 1) > items[low].get(count, 1):
            items[low][count] = high[count]
            r.notes.append(Note(*note))
    # "發表壁報 2 篇": a field an item of a kind needs and its clauses do not give, with its stated default and note —
    # never a default the question gives another person ("學弟上台報告的": the presenter is not the person; asked)
    others_did = _others_choices(r, slot, items)
    for kind, name, value, note in slot.defaults:
        if (name, value) in others_did:
            continue
        for it in items:
            if it["kind"] == kind and it.get(name) is None and name in asked_by(model, it):
                it[name] = value
                if Note(*note) not in r.notes:
                    r.notes.append(Note(*note))
    for it in items:
        for name in asked_by(model, it):
            f = next((f for f in slot.fields if f.name == name), None)
            if f is not None and f.ask and name not in missing:
                missing[name] = Need(name, *f.ask)
    if first_number is not None:
        others = {id(it) for it in items if id(it) in origin and _ANOTHER_LEAD.match(t, origin[id(it)])}
        _restated_counts(items, (given, subset), first_number.name, others)
    # "每個月的月會我都有到", "went to every monthly meeting": attended every time, how many times not written — asked
    for i, it in enumerate(items):
        if id(it) in uncounted and not given[i] and first_number is not None and first_number.ask and first_number.name not in missing:
            missing[first_number.name] = Need(first_number.name, *first_number.ask)
    open_clauses = [open_counts[id(it)] for i, it in enumerate(items) if id(it) in open_counts and not given[i]]
    if open_clauses and first_number is not None and first_number.name not in missing:
        missing[first_number.name] = _open_count_need(first_number.name, open_clauses)
    _choices_listed(r, slot, model, pieces, nums, (items, given, subset), origin, count)
    _inferred_choices(r, slot, items)
    r.args[slot.name] = _join_alike(items, given, count, slot.own_rows, each_rows)
    if items:
        r.read.append(slot.name)
    return list(missing.values()), sum(given) + extra


# "各一", "一作跟二作各一篇", "one each", "each one": one item for each choice listed
_ONE_EACH = compiled(r"各\s*(?:一|1)|\bone each\b|\beach (?:one|1)\b|\b(?:1|one) (?:of )?each\b")


# what may stand between two choices of one list: separators and joining words, after the head noun the first one may
# leave out of its word ("一作／二作", "一作跟二作", "corresponding author, second author", "1st and 2nd author")
_LIST_JOIN = compiled(r"^(?:\s*(?:authors?|作者))?[\s、,，/／;；]*(?:跟|和|與|与|及|以及|還有|还有|或|\band\b|\bor\b|&|\+)?[\s、,，/／;；]*$")
# a list denied as a whole ("not 1st, 2nd or corresponding", "非一作、二作"): read by `negated` at its first choice
_DENIAL_BEFORE = compiled(r"(?:不是|並非|并非|非|沒有|没有|除了|\bnot\b|\bexcept\b|\bbesides\b|\bapart from\b)[\s(（]*$")
_DENIAL_WORD = compiled(r"^(?:不是|並非|并非|非|沒有|没有|\bnot\b|\bnon\b)")


def _listed_run(r: Reading, f: Slot, text: str) -> tuple[list[Any], list[str]] | None:
    """The one list of two or more different choices of field `f` the text says one after another, joined by
    separators only ("一作／二作", "(first author, second author)"), none denied: (their values, their words in order).
    None where there is no such list or more than one."""
    said = sorted(((m.start(), m.end(), c.value, m.group()) for c in f.choices if c.terms and c.value is not None
                   and _holds(r, c, text) for m in compiled(r.pattern(c.terms)).finditer(text)), key=lambda x: x[0])
    kept: list[tuple[int, int, Any, str]] = []
    for m in said:  # the longest word at each place ("第一作者" over "一作")
        if kept and m[0] < kept[-1][1]:
            if m[1] - m[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = m
            continue
        kept.append(m)
    runs: list[list[tuple[int, int, Any, str]]] = []
    for m in kept:
        if runs and (join := text[runs[-1][-1][1]:m[0]]).strip() and _LIST_JOIN.match(join):
            runs[-1].append(m)
        else:
            runs.append([m])
    lists = [run for run in runs if len({v for *_, v, _ in run}) >= 2]
    if len(lists) != 1:
        return None
    run = lists[0]
    if any(negated(text, a) or _DENIAL_WORD.match(w) for a, _, _, w in run) \
            or _DENIAL_BEFORE.search(text[max(0, run[0][0] - 8):run[0][0]]):
        return None
    return list(dict.fromkeys(v for *_, v, _ in run)), list(dict.fromkeys(w for *_, w in run))


def _index_of(items: list[dict[str, Any]], item: dict[str, Any]) -> int:
    """Where this very item stands (never an equal one: two rows alike are two items)."""
    return next(i for i, x in enumerate(items) if x is item)


def _choices_listed(r: Reading, slot: Slot, model: type[BaseModel], pieces: list[tuple[int, str, Any]], nums: list[Any],
                    marks: tuple[list[Any], ...], origin: dict[int, int], count: str) -> None:
    """A count whose clause — with the clauses after it that name no kind and no count of their own — lists several
    choices of one field ("SCI 論文兩篇：一作／二作", "2 (first author, second author)", "兩篇，一作跟二作各一"):
    as many choices as the count are one item each; any other number of them is asked back, never read as one of
    them (in place; `marks` are the item lists: items first)."""
    items = marks[0]
    starts = sorted(origin.get(id(it), -1) for it in items)
    for it in list(items):
        at = origin.get(id(it))
        n = it.get(count, 1)
        if at is None or not isinstance(n, (int, float)) or n < 2:
            continue
        fs = r.q.followup_start
        reply = [x for x in items if fs and origin.get(id(x), -1) >= fs and x["kind"] == it["kind"]]
        if fs and at < fs and reply and sum(x.get(count, 1) for x in reply) == n:
            i = _index_of(items, it)  # the reply to the question back goes through this item: its parts stand for it
            for lst in marks:
                del lst[i]
            continue
        # the items right after it of its kind read from a choice alone, no count of their own ("3 SCI papers: first
        # author, second author, other author" — each word after the first made one more paper): the list going on
        i0 = _index_of(items, it)
        followers = []
        for j in range(i0 + 1, len(items)):
            o = origin.get(id(items[j]))
            if items[j]["kind"] != it["kind"] or marks[1][j] or o is None \
                    or any(o <= x.start < o + len(c) for s0, c, _ in pieces if s0 == o for x in nums):
                break
            followers.append(items[j])
        fol = {origin.get(id(x)) for x in followers}
        nxt = min((s0 for s0 in starts if s0 > at and s0 not in fol), default=len(r.q.text))
        own = [(s0, c) for s0, c, k in pieces if s0 == at]
        if not own:
            continue
        region = [own[0]]
        for s0, c, k in pieces:
            if at < s0 < nxt and (k is None or s0 in fol):
                region.append((s0, c))
        lo, hi = region[0][0], region[-1][0] + len(region[-1][1])
        # a number besides the item's own count is a count of a part (other passes read those), unless it is "各一"
        each = [m for s0, c in region for m in _ONE_EACH.finditer(c)]
        inside = [x for x in nums if lo <= x.start < hi]
        if len([x for x in inside if float(_value(x)) == float(n)]) != 1 or len(inside) - 1 > len(each):
            continue
        text = r.q.text[lo:hi]
        for f in slot.fields:
            if f.kind != "enum" or not f.choices or f.name not in asked_by(model, {k: v for k, v in it.items() if k != f.name}):
                continue
            run = _listed_run(r, f, text)
            if run is None or any(x.get(f.name) in run[0] for x in items
                                  if x is not it and x["kind"] == it["kind"] and not any(x is y for y in followers)):
                continue  # no list of this field's choices, or one of them is another item's already
            values, words = run
            if followers and not set(values) >= {x.get(f.name) for x in followers}:
                break
            for x in followers:  # read again below as parts of this item's list
                j = _index_of(items, x)
                for lst in marks:
                    del lst[j]
            if len(values) == n:
                i = _index_of(items, it)
                for lst in marks:
                    lst[i + 1:i + 1] = [lst[i]] * (len(values) - 1) if lst is not items else []
                parts = [{**it, count: 1, f.name: v} for v in values]
                items[i:i + 1] = parts
                for p in parts:
                    origin[id(p)] = at
                r.notes.append(Note(f"列出的 {len(values)} 種讀為各 1：共 {n:g} 項。",
                                    f"The {len(values)} listed are read as one each: {n:g} in all."))
            else:
                r.mismatch.append(Need(slot.name, f"您寫了共 {n:g} 項，後面列出「{'、'.join(words)}」{len(values)} 種；請說明每一種各幾項。",
                                       f"You gave {n:g} in all, then listed {len(values)}: “{', '.join(words)}”; "
                                       "how many of each?"))
            break


def _inferred_choices(r: Reading, slot: Slot, items: list[dict[str, Any]]) -> None:
    """A field's value read from words that only imply it ("共同作者", "co-author", "不是一作": another author, where the
    corresponding or second author would be credited otherwise): the choice's note, shown once, when an item holds it."""
    for f in slot.fields:
        if f.kind != "enum":
            continue
        for c in f.choices:
            if c.note is None or not c.terms or not any(it.get(f.name) == c.value for it in items):
                continue
            # (not where the value is also said outright — "非SCI兩篇其他作者": those items may be the ones said so)
            # (… in words of their own: the implying words blanked first, "co-author" is in both lists)
            rest = compiled(r.pattern(c.terms)).sub(" ", r.q.text)
            plain = any(o.value == c.value and o.note is None and o.terms and _holds(r, o, rest) and _affirmed(r, o, rest)
                        for o in f.choices)
            if not plain and _holds(r, c, r.q.text) and _affirmed(r, c, r.q.text) and Note(*c.note) not in r.notes:
                r.notes.append(Note(*c.note))


def _note_others(r: Reading, c: Choice, said: str) -> None:
    """The choice's note (`Choice.others`) for its words said of another person, quoting them, once (never again for
    words a note quotes already: "學弟上台報告" inside "壁報是由學弟上台報告")."""
    assert c.others is not None
    if not any(said in n.zh or said in n.en for n in r.notes):
        r.notes.append(Note(c.others.note[0].format(said=said), c.others.note[1].format(said=said)))


def _others_choices(r: Reading, slot: Slot, items: list[dict[str, Any]]) -> set[tuple[str, Any]]:
    """(field, value) of the choices the question says only as another person's doing ("年會口頭一篇，不是一作，學弟上台報告的",
    "my fellow gave the talk": the presenting was someone else's): each said so once in a note quoting the words, where an
    item was read — the item keeps the role the rest of the question gives it, or is asked."""
    out: set[tuple[str, Any]] = set()
    t = r.q.text
    for f in (f for f in slot.fields if f.kind == "enum"):
        for c in (c for c in f.choices if c.others is not None and c.terms and may_occur(r.pattern(c.terms), t)):
            said = [w for m in compiled(r.pattern(c.terms)).finditer(t) if not negated(t, m.start())
                    and (w := _of_another(c, t, m)) is not None]
            if not said:
                continue
            if not any(True for _ in _said(r, c, t)):  # (the person's own said too — "另一篇我上台講的": theirs stands)
                out.add((f.name, c.value))
            if items:
                _note_others(r, c, said[0])
    return out


def model_default(model: type[BaseModel], name: str) -> Any:
    """The default the item model gives field `name` when the words give none."""
    return model.model_fields[name].default


def _open_count_need(name: str, clauses: list[str]) -> Need:
    """The question back for kinds said with how many left open (`Slot.open_count`), quoting their words."""
    zh = "、".join(f"「{c}」" for c in dict.fromkeys(clauses))
    en = ", ".join(f"“{c}”" for c in dict.fromkeys(clauses))
    several = len(dict.fromkeys(clauses)) > 1
    return Need(name, f"您提到{zh}，但沒有說次數／篇數：{'各' if several else '一共'}是幾次（幾篇）？",
                f"You mention {en} without saying how many: how many{' of each' if several else ''}?")


# A clause asking what a kind comes to, in English ("How many points for my presentations alone?", "how much are my papers
# worth", "what do my monthly meetings come to", "so what's that for the courses"): the result asked, no item said.
_RESULT_ASKED_PIECE = compiled(r"\s*(?:(?:so|and|but|then|ok|okay)\s+)?(?:how\s+(?:many|much)\s+(?:(?:cme|surgical|surgery)\s+)?(?:points?|credits?|pts)\b|"
                               r"how\s+much\b[^.;?!\d]*\b(?:worth|get|give|earn)|what(?:'s|\s+is|\s+are|\s+do|\s+does|\s+would)?\b[^.;?!\d]*\b"
                               r"(?:worth|come\s+to|give|get|earn|add\s+up|total|score)|(?:total\s+)?(?:points?|credits?)\s+for\b)[^\d]*$")


# a clause opening on another one of the kind ("and one other overseas meeting", "another 2", "另一場", "另外一個"): more of it,
# never the thing before said again
_ANOTHER_LEAD = compiled(r"\s*(?:(?:and|plus|&)\s+)?(?:(?:one|1|two|2|three|3)\s+others?\b|another\b)|\s*(?:和|跟|還有|还有)?\s*(?:另一|另外一|另1|另外1)")


def _said_at_a_meeting(r: Reading, slot: Slot, item: dict[str, Any], origin: dict[int, int]) -> bool:
    """The item is the `venue` kind (a presentation) and its own clause names a meeting as where it was given
    ("年會 3 篇", "月會報 1 篇", "1 at a monthly meeting")."""
    if not slot.venue or item["kind"] != slot.venue[0] or id(item) not in origin:
        return False
    t, at = r.q.text, origin[id(item)]
    clause = clause_of(t, at, at + 1)
    return any(_names(r, slot, k, clause) for k in slot.venue[1])


def _restated_counts(items: list[dict[str, Any]], marks: tuple[list[bool], ...], count: str, others: set[int] = frozenset()) -> None:  # type: ignore[assignment]
    """An item said with no count, right before an alike one said with its count, is that one said first ("我不是一作也
    不是通訊，掛名 3 篇", "neither first nor corresponding, co-author on 3"): one item, the count said — never one more
    (in place: the first takes the count, the second goes; `marks` are the per-item lists, number given first). An item
    said to be another one (`others`: id(item), "CIRSE, SIR and one other IR meeting") is none said again."""
    given = marks[0]
    i = 1
    while i < len(items):
        before, it = items[i - 1], items[i]
        if given[i] and not given[i - 1] and id(it) not in others \
                and {k: v for k, v in before.items() if k != count} == {k: v for k, v in it.items() if k != count}:
            before[count] = it.get(count, 1)
            given[i - 1] = True
            del items[i]
            for m in marks:
                del m[i]
            continue
        i += 1


def _join_alike(items: list[dict[str, Any]], given: list[bool], count: str, own_rows: tuple[str, ...],
                apart: set[int] = frozenset()) -> list[dict[str, Any]]:  # type: ignore[assignment]
    """Items alike in every field but their count, as one item with the counts added ("國內 oral 4 次、國內 e-poster
    2 次" → 6; "plastics & urology were 2-day" → 2 two-day meetings): the same activity said in parts. Kinds in
    `own_rows` keep one item per occasion (a presentation's cap is per meeting); an item whose count was written as 1
    keeps its own row (that "1" stays bound to an argument of its own, for the reading shown), and so does each of the
    meetings a count was said of ("RSNA, CIRSE and SIR twice each": `apart`, id(item))."""
    out: list[dict[str, Any]] = []
    kept: set[int] = set()
    for i, it in enumerate(items):
        said = i < len(given) and given[i]
        alone = not count or it["kind"] in own_rows or not isinstance(it.get(count, 1), int) or (said and it.get(count, 1) == 1) \
            or id(it) in apart
        key = {k: v for k, v in it.items() if k != count}
        same = None if alone else next((o for o in out if id(o) not in kept and {k: v for k, v in o.items() if k != count} == key), None)
        if same is not None:
            same[count] = same.get(count, 1) + it.get(count, 1)
            continue
        if alone:
            kept.add(id(it))
        out.append(it)
    return out


def _bracket_closed_before(t: str, at: int, end: int) -> bool:
    """The position is inside a bracket that closes before `end` ("（每場都 3 小時）、國際會議": the each is the bracket's)."""
    opened = max(t.rfind("(", 0, at), t.rfind("（", 0, at))
    if opened < 0 or max(t.rfind(")", opened, at), t.rfind("）", opened, at)) >= 0:
        return False
    closes = [i for i in (t.find(")", at, end), t.find("）", at, end)) if i >= 0]
    return bool(closes)


def _also_unplaced(r: Reading, slot: Slot, items: list[dict[str, Any]], places: list[Any], missing: dict[str, Need]) -> None:
    """"3 posters this year … plus the meeting itself", "加上會議本身": the place said to be attended too, with no place of
    `also_kinds` named where the items happened and no such meeting among the items — which meeting it was is asked,
    never dropped."""
    if not (slot.also and slot.also_ask and slot.venue and compiled(r.pattern(slot.also)).search(r.q.text)):
        return
    if not any(it["kind"] == slot.venue[0] for it in items):
        return  # (no item happened at a place: nothing the words point back at)
    kinds = set(slot.also_kinds) if slot.also_kinds else set(slot.venue[1])
    if any(k in kinds for k in places) or any(it["kind"] in kinds for it in items):
        return
    missing.setdefault(slot.name, Need(slot.name, *slot.also_ask))


# "…2小時的那種，去了兩場", "seminars of 3 hours, I went to 2 of them": the count of the events, said with the verb of going
_EVENT_COUNT = re.compile(r"\s*(?:回|\bof them\b|\bof those\b|\btimes\b)", re.IGNORECASE)


# "SCI 全文我都是掛其他作者，一共 4 篇", "…as a middle author, 4 in total": a clause that is only a count (a total word, the
# number, its classifier) after an item whose count no words gave — that item's count
# (a total word is said: a bare number alone is no count — "credits are 80, 85, 90" goes on a list)
# a clause that is a count and nothing else ("2 次", "3", "3 times", "共 2 場"): the open item's, where one is open
# ("有 2 篇", "總共有 3 次", "我有兩篇": a count said with "there are" alone is still the bare count)
_BARE_COUNT = re.compile(r"(?:(?:總共|总共|一共|共)?\s*(?:我)?\s*(?:有|有了)\s*|總共|一共|共)?\s*\d+\s*(?:篇|次|場|件|個|張|\btimes?\b|\bof them\b)?\s*[。.!！]?", re.IGNORECASE)
_COUNT_ONLY = re.compile(r"(?:總共|总共|一共|共計|共计|合計|合计|總計|总计|加起來|加起来|共|\btotal of|\bin total|\baltogether)\s*(?:有|是)?\s*"
                         r"\d+\s*(?:篇|次|場|场|件|個|个)?|\d+\s*(?:篇|次|場|场|件|個|个)?\s*(?:\bin total|\btotal|\baltogether|\bin all)",
                         re.IGNORECASE)


def _one_thing_said(r: Reading, slot: Slot, said: str) -> bool:
    """The words name one kind and at most one value of each enum field ("SCI 全文我都是掛其他作者", not "SCI 論文有第一作者也
    有第二作者", not "月會和年會"): a total said after them counts that one thing."""
    if len(named_kinds(r, slot, said)) > 1:
        return False
    # (a value only denied is none said: "不是一作也不是通訊，共 3 篇" names one role, another author's)
    return all(len({c.value for c in f.choices if c.terms and _affirmed(r, c, said)}) <= 1
               for f in slot.fields if f.kind == "enum")


# a clause saying only that one went, and how many times ("I went to 7", "attended 2", "去了7次", "参加了 5 场", "有去 3 次")
# (… or that there were that many: "there were 4", "there were 3 of them", "共有 4 場" is `_BARE_COUNT`'s)
_WENT_COUNT = re.compile(r"(?:(?:(?:i|we)\s+)?(?:went(?:\s+to)?|attended|joined|(?:have|'ve)\s+(?:been\s+to|attended|gone\s+to))|"
                         r"there\s+(?:were|are|was|have\s+been)(?:\s+(?:a\s+total\s+of|about|around|like))?)\s+"
                         r"\d+(?:\s*(?:times?|of\s+them|meetings?|in\s+(?:total|all)|altogether))?\s*[.!。！]?|"
                         r"(?:我|我們|我们)?\s*(?:去了|去過|去过|參加了|参加了|參加過|参加过|出席了|出席過|出席过|有去|有參加|有参加)\s*"
                         r"\d+\s*(?:次|場|场)?\s*[。！!]?", re.IGNORECASE)


def _attended_count(slot: Slot, text: str, clause: str, last: dict[str, Any], c: Any, count: str, in_clause: list[Any]) -> bool:
    """A clause naming no kind that says, with the verb of attending, how many events the item before was — whose own
    clause gave a detail of it (its hours, days) and no count ("院外研討會剛好2小時的那種，去了兩場"): its count. Only the
    count in the clause (a clause with a length of its own, "三小時的去了2次", is an item of its own)."""
    return bool(slot.fact_words) and compiled(slot.fact_words).search(clause) is not None and len(in_clause) == 1 \
        and any(k not in ("kind", "year", count) for k in last) \
        and (c.unit in ("場", "场", "次") or c.unit is None and _EVENT_COUNT.match(text, c.end) is not None)


_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")
_WORDED = re.compile(r"[A-Za-z\u4e00-\u9fff]")
# the period a clause of attending ends on ("attended 6 altogether this year", "… in 2025"): no part of how many
_TIME_TAIL = re.compile(r"\s+(?:(?:this|last|that)\s+year|in\s+(?:19|20)\d\d)\s*$", re.IGNORECASE)
# "總共出席5次", "一共去了 6 場", "全部參加 5 次": how many were attended in all, said with the verb alone
_ATTENDED_IN_ALL_ZH = re.compile(r"(?:總共|总共|一共|共|合計|合计|全部|加起來|加起来)\s*(?:我|我們|我们)?\s*(?:都)?\s*(?:有)?"
                                 r"(?:去|參加|参加|出席|到)(?:了|過|过)?\s*\d+\s*(?:次|場|场)?\s*[。！!]?")


def _attended_in_all(clause: str) -> bool:
    """The clause says only how many were attended ("attended 5 in total", "went to 6 altogether", "總共出席5次")."""
    return _WENT_COUNT.fullmatch(clause) is not None or _ATTENDED_IN_ALL_ZH.fullmatch(clause) is not None


def _open_whole(slot: Slot, items: list[dict[str, Any]], given: list[bool]) -> int | None:
    """Where the item of a whole kind (`Slot.at_least`) with no count of its own is, beside an item of its part kind and
    no item of any other kind (a total after "年會1次" too may count both)."""
    for i, it in enumerate(items):
        if not given[i] and any(it["kind"] == whole and any(o["kind"] == part for o in items if o is not it)
                                and all(o["kind"] in (whole, part) for o in items) for whole, part, _ in slot.at_least):
            return i
    return None


def _kind_outside_breakdown(r: Reading, slot: Slot, start: int, clause: str, kind: Any) -> Any:
    """The piece's kind, leaving out the words of a bracket that only breaks down the count before it ("attended 5 in
    total (the 2 she spoke at included)": the bracket's talks are no kind of the 5) — a breakdown's figures are set aside."""
    if kind is None or not slot.several:
        return kind
    aside = {x[0] for x in r.set_aside if tuple(x[2:]) == ("breakdown",)}
    # (a bracket of words: never an article's item number, "art. 5(4)")
    spans = [m.span() for m in _BRACKETS.finditer(clause) if any(start + m.start() <= a < start + m.end() for a in aside)
             and _WORDED.search(m.group(0)) and not clause[:m.start()].rstrip().endswith(tuple("0123456789"))]
    if not spans:
        return kind
    rest = list(clause)
    for a, b in spans:
        rest[a:b] = " " * (b - a)
    named = named_kinds(r, slot, "".join(rest))
    return named[0][2] if named else None


# "one of those domestic seminars", "one of these 1-day specialty meetings": "those" heading a noun of its own
_THOSE_NOUN = compiled(r"\bof\s+(?:those|these)\s+(?=\S)(?!\d+\s)")


def _sort_pointed(r: Reading, slot: Slot, clause: str, kind: Any, before: list[dict[str, Any]]) -> bool:
    """"2 international congresses, also one of those domestic seminars": "those" + a noun of a kind no item before is
    points at a sort of activity ("one of those"), never at the items just counted — no part of any of them."""
    m = _THOSE_NOUN.search(clause)
    if m is None or kind is None or not before or compiled(r"\bof\s+(?:them|which)\b").search(clause):
        return False
    named = named_kinds(r, slot, clause[m.end():])
    if not named or named[0][2] != kind or clause[m.end():m.end() + named[0][0]].count(" ") > 3:
        return False
    return not any(_akin(slot, it.get("kind"), kind) or _apart(slot, it, {"kind": kind})
                   or any(w == it.get("kind") and p == kind for w, p, _ in slot.at_least) for it in before)


def _apart(slot: Slot, whole: dict, part: dict) -> bool:
    """A part of this kind said of that whole ("其中 1 次當講者" of meetings attended) is on top of it, never carved out
    of it: `slot.apart` names the part's kind ("kind"), or the pair ("whole kind>part kind") where only that whole holds."""
    return part["kind"] in slot.apart or f"{whole['kind']}>{part['kind']}" in slot.apart
