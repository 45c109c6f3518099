"""The answering engine: one question (and its conversation) → one Answer (SPEC §3). No Slack here.

Deterministic by default: extractors read the facts, routing picks calculator / clarify /
retrieval / out of scope, calculators compute, compose writes the text with citations. An
optional language model (bot/llm.py) may answer first; its answer is checked and, when it fails
a check, times out or errors, the deterministic answer is given instead.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime
import functools
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from bot import compose, route_model
from core.memo import forget_answer
from core.spelling import slips
from bot.answer import Answer, Citation, Conversation, PendingCall, Reading, ToolCall, Turn
from bot.clarify import (TOOL_INFO, exact_for_rough, consequence_rules, describe, known_part, missing_keys, open_outcome_rules, pending, pending_text, vague_filled, vague_keys,
                          vague_left)
from bot.errors import BadQuery
from bot.extract import Extraction, Note
from bot.reader import asked_rules, names_any, vocabularies
from bot.reader.counted import NO_INPUT_REASONS
from bot.reader.lists import names_which
from bot.reader.items import adds_more
from bot.reader.mentions import compiled, occurs
from bot.reader import read as read_with
from bot.parsing.abbreviations import ambiguous as ambiguous_short_forms
from bot.parsing.abbreviations import readings as abbreviation_readings
from bot.parsing.numbers import cn_to_int, find_quantities, normalize_numerals
from bot.parsing.text import Query, detect_lang, fold, join_prefixes
from knowledge.shapes import ASKS_ARTICLE_ITSELF
from bot.parsing.dates import find_dates, find_years
from bot.parsing.months import FoundSpan, find_spans
from bot.routing import DATE_TOOLS, JOINT_COUNT, WHICH_CERTIFICATE_NEED, WHICH_RULES_NEED, Decision, decide_calculation, figure_alternative, set_aside, states_figures
from bot.ledger import READ_BY_OTHERS, Ledger, account, mentions, summed_unit
from bot.extract import candidates
from bot.parts import (CHAINS, asked_sentences, copied_facts, Chain, adds_to_before, another_like, assign, carry_same_day, carry_same_figure, unnumber_facts, chain_for, changes_one_fact, choice_parts, continued_note, first_said, has_figure, join_parts, lead_in_subject, mark_circled, opens_on_another, own_words, same_one, says_same_one, supposes_a_figure, supposes_lateness, WHAT_IF, asks_beyond_supposing,
                       asks_a_variant, variant_text, parallel_text, segmented, segmented_by_person, sentences, separate_checks, split_parts)
from bot.unknowns import stated_unknowns, unknown_problem, without_unknowns
from bot.reader.mentions import clause_of, compiled
from bot.reader.read import approximate_figures
from bot.verdict import (asks_yes_no, consequence_lead, boundary_problem, led, on_boundary, range_note, range_problem, ranges, rough_note, rough_problem,
                          verdict_turns, with_value, yes_no_lead)
from bot.verdict import some_more_note, some_more_range
from bot.vague import fill_vague, find_vague, settle_vague, shares_of_held
from bot.scope import INJECTION, assess, has_content, neighbour_kind
from bot.settings import Settings, get_settings
from calculators.hpa_mammo import image_grade_rules
from calculators.renewal_window import CERTIFICATES
from calculators.tsa_cme import KINDS, OFFSHORE_RULE
from calculators.tsir_instructor import DOMAINS, POINTS

if TYPE_CHECKING:
    from calculators.registry import Calculation

# A number no regulation can mean: a run of more than MAX_DIGITS digits (reading it would also cost
# every pattern quadratic time), or scientific notation such as 1e308.
MAX_DIGITS = 15
UNREADABLE_NUMBER = re.compile(rf"\d{{{MAX_DIGITS + 1},}}|(?<![A-Za-z])\d+(?:\.\d+)?[eE][+-]?\d+(?![A-Za-z])")

log = logging.getLogger("regbot.engine")

# A message that asks something (rather than just listing facts).
QUESTION_CUE = re.compile(r"[？?]|嗎|多少|幾|如何|怎麼|什麼|是否|能否|可否|^\s*(?:what|how|when|can|could|is|are|do|does|may|should)\b",
                          re.IGNORECASE)
MAX_READ_CHARS = 4000  # facts are read from the head of a pasted wall of text; retrieval cuts further
RETRIEVE_K = 5
# An ask of a rules message (`_retrieve`: the several-asks first line) is answered from the message's hits, ranked by the
# ask's words alone among this many clauses: no encode of its own. (Each ask searched in full made a rules answer 1.58
# encodes on average, retrieval p95 62 → 114 ms; the message's vector for an ask's search ranked every ask as the message's
# first subject; fusing the ask's words with the message's order lost 6 own cases; this lost 3 and mended 3.)
ASK_RERANK_K = 30
# A question for the article that says something (not what it says): 哪一條, which article.
WHICH_ARTICLE = re.compile(r"哪一?條|第幾條|哪個條文|哪一個條文|有沒有一?條(?:是|在|有)?(?:列|寫|規定|講)|"
                           r"\bis there (?:an? )?(?:article|section|rule) (?:that|which) (?:lists|says|covers)\b|\bwhich (?:article|section|rule)\b|\bwhat article\b", re.IGNORECASE)
_ARTICLE_LABEL = re.compile(r"條$|\(")  # 第五條, 二(二): an article, not a chapter (二) or an item (第五條第四款)
CITE_MAX = 3
_LABEL_BEFORE = r"[^，,、；;。？?！!\n：:+＋(（)）]*$"  # the words a count of a list is said after, back to the list's last joiner


def _label_before(text: str, start: int) -> str:
    """The words a count of a list is said after: back to the list's last joiner, or the count before and a joining word
    ("PTA 85 and IVC filters 20": "IVC filters ")."""
    label = re.search(_LABEL_BEFORE, text[:start]).group(0)  # type: ignore[union-attr]
    return _UNPLACED_JOIN.split(label)[-1] if _UNPLACED_JOIN.search(label) else label


def _in_the_list(text: str, m: Any, placed: list[tuple[int, int]]) -> bool:
    """A count of cases (its unit a case's or none) after words naming something, joined by a list joiner to a count of the
    list (`placed`: the spans of those read or handled so far)."""
    label = _label_before(text, m.start)
    return not m.is_date and summed_unit(m.unit) in (None, "例") and re.search(r"[^\W\d_]", label) is not None \
        and any(_UNPLACED_JOIN.fullmatch(text, b, m.start - len(label)) or _UNPLACED_JOIN.fullmatch(text, m.end, a) for a, b in placed)


UNPLACED_KEY = "unplaced"  # a question back's missing key: which domain a count of a technique no clause names is (`Engine._unplaced_counts`)
# between two counts of one list ("PTA 60、IVC filter 15")
_UNPLACED_JOIN = re.compile(r"\s*(?:例|台|件|案|cases?|procedures?)?\s*(?:[、,，;；/+＋]|和|及|跟|與|与|\band\b)\s*", re.IGNORECASE)
ROUGH_KEY = "rough"  # a question back's missing key: the exact figure for an approximate one (`Engine._rough_figures`)


# A time said only to the month or year is worked out for each day it names when the combinations are at most this many
# (a month: 31; a birth month and an application month: 961; a year and a month: asked, never guessed)
MAX_SPAN_CALLS = 1000
# words saying a time is one's birth ("民國55年3月生", "出生於1966年3月", "born in March 1966", "1966年次")
_BIRTH_BEFORE = re.compile(r"(?:出生|生於|生于|born|birth|DOB)[^，,。；;？?]{0,6}$", re.IGNORECASE)
_BIRTH_AFTER = re.compile(r"\s*(?:出生|生的|生(?!效)|次)")


def calculate(name: str, args: dict[str, Any]) -> Calculation:
    """The calculator registry's validated call (imported here so `regbot --help` stays light)."""
    from calculators.registry import calculate as registry_calculate

    return registry_calculate(name, args)


def _verdict_of(tool: str, calls: list[dict[str, Any]]) -> bool | None:
    """The one verdict of the calls (`Renderer.favourable`: enough, eligible, nothing deducted); None when the calls disagree
    or the calculator rejects the figures (an end of a range it could not be: more completed than screened)."""
    try:
        verdicts = {calculate(tool, args).favourable() for args in calls}
    except Exception:  # noqa: BLE001 - the calculator's rejection: no verdict
        return None
    return verdicts.pop() if len(verdicts) == 1 else None


def _outcome_of(tool: str, calls: list[dict[str, Any]]) -> tuple[Any, ...] | None:
    """The classes of result of the calls, in order (`Renderer.outcome`: a grade, a tier, over a cap); None where the tool
    has none or the calculator rejects the figures."""
    try:
        outcomes = tuple(calculate(tool, args).outcome() for args in calls)
    except Exception:  # noqa: BLE001 - the calculator's rejection: no class of result
        return None
    return None if any(o is None for o in outcomes) else outcomes


def _english_terms(text: str) -> list[str]:
    """The regulation terms an English question maps to (the retriever's own synonym table)."""
    try:
        from knowledge.lexical import expand_query

        return list(expand_query(text))
    except Exception:  # noqa: BLE001 - the table is a help, not a requirement
        return []


# What a rule does to a case, asked with no figure ("ATLS 也會加倍嗎", "is the speaker credit doubled too?", "D 級的還能繼續篩檢嗎",
# "積分是以哪一年度認定的", "how long is it valid"): the rule's effect, quoted — never a figure of one's own.
_RULE_EFFECT = re.compile(r"加倍|翻倍|\bdoubled?\b|認定|认定|(?:還|还)(?:能|可以)(?:繼續|继续)?(?:使用|用|篩檢|筛检|拍)|有效期|\bvalid\b"
                          # (what the rule requires next: "後面還要追什麼", "接下來要做什麼", "還得追哪些")
                          r"|(?:還|还|接下來|接下来|後面|后面|後續|后续|之後|之后)\s*(?:要|得|需要|須|须|必須|必须)\s*(?:再)?[^，,。？?]{0,4}?(?:什麼|什么|甚麼|哪些)",
                          re.IGNORECASE)
# One's own result asked ("幾分", "夠嗎", "how many", "over?", "what grade"): the calculation's, whatever rule words come with it.
_RESULT_WORDS = re.compile(r"幾|几|多少|\bhow\s+(?:many|much)\b|\btotal\b|夠|够|\benough\b|\bshort\b", re.IGNORECASE)


def _asks_a_result(words: str) -> bool:
    """Do these (folded) words ask a result of facts ("幾分", "夠嗎", "how many", "over?", "what grade") rather than what a rule
    says?"""
    from bot.routing import ENOUGH_ASKED, GRADE_ASKED, GRADE_OF, OUTCOME_ASKED, VERDICT_ASKED  # noqa: PLC0415

    return any(p.search(words) for p in (_RESULT_WORDS, ENOUGH_ASKED, GRADE_ASKED, GRADE_OF, OUTCOME_ASKED, VERDICT_ASKED))


def _asks_a_rule_alone(q: Query) -> bool:
    """Do a part's own words, with no figure, ask what the rules say or do ("進修不滿一個月又怎麼算？", "what does grade C require
    us to do?", "那 ATLS 也會加倍嗎") rather than a result of the facts stated before them ("幾分？", "over the cap?", "grade?")?"""
    from bot.routing import RULE_CUES  # noqa: PLC0415

    words = q.folded
    if has_figure(words) or _asks_a_result(words):
        return False
    return bool(RULE_CUES.search(q.cues) or _RULE_EFFECT.search(words))


def _one_rules_question(q: Query, pieces: list[str]) -> bool:
    """Do questions in a row (`pieces`) make one rules question written as several sentences — the whole message, read as one
    question, asks what the rules say with nothing to compute (a limit, whether it is capped, whether such a case may be
    claimed and how it is credited: "外院的課一年最多算幾分？是不是有封頂？", "Training abroad for two weeks: does it count at
    all? how would it be scored?"), and no part gives figures of its own to compute on — a calculation read from them or
    their result asked ("進修 2 個月，幾分？", "陰性 18%，會怎麼樣？", "TACE 320 例，能申請嗎？")? Then no part of it is a rules
    part beside a calculation (`Engine._rules_parts`)."""
    from bot.routing import asks_the_rule  # noqa: PLC0415 - as `Engine._rules_parts`

    if _decide(q) is not None or not asks_the_rule(q):
        return False
    return not any(has_figure(p) and (_asks_a_result(p) or decide_calculation(Query(p, q.today)) is not None)
                   for p in pieces)


def _idle_what_ifs(q: Query, pieces: list[str], plans: list[list[Any]], today: datetime.date) -> bool:
    """Is every part that reads a calculation a what-if ("如果醫院下次後審隔超過一年呢") whose calculation is the very one the
    part before it already reads without asking for it — the what-if's own words bind no input (what it supposes, the
    review interval, no calculator takes) — while the whole message reads no calculation and the part before asks a rule
    ("…17%，除了座談會還要考跑片嗎？")? Then the message is one rules question with a case supposed after it."""
    if len(pieces) < 2 or _decide(q) is not None:
        return False
    mine = own_words(pieces)
    idle = False
    for i, plan in enumerate(plans):
        if not plan:
            continue
        if i == 0 or not WHAT_IF.search(mine[i]):
            return False
        before = Query(pieces[i - 1], today)
        if decide_calculation(before) is not None or \
                not any(c.tool == plan[0].tool and c.args == plan[0].args for c in candidates(before)):
            return False
        idle = True
    return idle


def _grade_asked(text: str) -> bool:
    """Does `text` name a grade (A–D) the retriever ranks the grade tables for (knowledge.ranges)?"""
    from knowledge.ranges import asked_grade_table  # noqa: PLC0415 - the retriever's own reading

    return bool(asked_grade_table(fold(text)))


def _line_clauses_first(ranked: list[str], cited: list[str]) -> list[str]:
    """The ranking with the clauses a confident first line is read from (`cited`, in their ranked order, as the answer
    quotes them) first: the answer ranks first what its first line states ("講了4場…還要附case數嗎" answered from
    第一條第二款(1), found fifth by the search)."""
    lead = [c for c in ranked if c in cited]
    return [*lead, *(c for c in ranked if c not in lead)]


def _only_doc(text: str) -> str | None:
    """The one regulation a question names (外科…, 指導老師…, 乳攝…), to search within it; else None."""
    try:
        from knowledge.lookup import doc_hints

        hints = doc_hints(text)
    except Exception:  # noqa: BLE001 - a hint, not a requirement
        return None
    return hints[0] if len(hints) == 1 else None


def _decide(q: Query) -> Any:
    """`decide_calculation(q)`, remembered on `q` when it reads no calculation: a rules question's one Query is asked up to
    four times in one answer (`_fills_a_calculation`, `Engine._whole_calculation`, `Engine._co_calculations`, then
    `Engine._deterministic`), ~5 ms each. A calculation found is read afresh each time (its extraction is the caller's).
    The first time it reads none, the step waiting for that runs (`_when_no_calculation`)."""
    if getattr(q, "_reads_no_calculation", False):
        return None
    decision = decide_calculation(q) or _decide_some_more(q)
    if decision is None:
        q._reads_no_calculation = True  # type: ignore[attr-defined] - this Query's own memo, never shared
        step = getattr(q, "_when_no_calculation", None)
        if step is not None:
            del q._when_no_calculation
            step()
    return decision


def _model_overrules(q: Query, decision: Any, model: route_model.Reading | str | None) -> tuple[Any, str | None]:
    """The route model's confident reading against the cue router's `decision` (bot.route_model): ("oos" or "own", with
    the decision to go on with) where it overrules, else (decision, None).

    - a rules answer (no calculation) the model reads as another subject: refused, saying so;
    - a rules answer the model reads as one's own figures: calculated (or the missing facts asked) only from a reading
      of two facts or more whose conditions the question does not exclude (`condition_unmet`) — a single fact is as
      often the rule's own per-item value.
    A calculation or question back is never overruled: the cue router reads one's own stated figures ("陰性複判差異
    23%，還能判讀嗎") and possessives ("我們的完成率會被扣多少？") that the model, reading characters, takes for the rule
    asked (docs/route_model.md). `model` as a bare route ("oos") is read as certain."""
    if isinstance(model, str):
        model = route_model.Reading(model, 1.0)
    if model is None or q.followup is not None or decision is not None:
        return decision, None
    if model.overrules("refuse"):
        return None, "oos"
    if model.overrules("own"):
        from bot.routing import condition_unmet  # noqa: PLC0415

        found = next((c for c in candidates(q) if c.facts >= 2 and not c.invalid), None)
        if found is not None and not condition_unmet(q, found):
            return Decision("calculator" if found.complete else "clarify", found), "own"
    return decision, None


def _decide_some_more(q: Query) -> Any:
    """"UAE 兩百多例、專科 9 年，非腫瘤栓塞能申請嗎": counts said as a figure and some (`some_more_range`) that the reader
    reads no count from — the calculation they stand for, read with each written as its lowest; the vague counts are then
    settled or asked for (`_some_more_settled`, `Engine._ask_vague`), never taken as said. None when there is none."""
    vague = find_vague(q.text)
    spans = [some_more_range(v) for v in vague]
    if not vague or any(s is None for s in spans):
        return None
    text = fill_vague(q.text, vague, " ".join(str(s[0]) for s in spans if s is not None))
    return decide_calculation(Query(text, q.today)) if text is not None else None


def _when_no_calculation(q: Query, step: Callable[[], None]) -> None:
    """Run `step` as soon as `_decide(q)` reads no calculation from `q` (now, if it has already)."""
    if getattr(q, "_reads_no_calculation", False):
        step()
    else:
        q._when_no_calculation = step  # type: ignore[attr-defined] - this Query's own, like its memo


def _fills_a_calculation(q: Query) -> bool:
    """Do the question's own facts fill one of our calculations (two facts or more read)? Then it is
    about our rules whatever word it shares with a neighbouring subject ("幾案不給付")."""
    decision = _decide(q)
    return decision is not None and decision.extraction is not None and decision.extraction.facts >= 2


def _named_tools(words: str) -> set[str]:
    """The calculations whose vocabulary words a part's own words use ("Any deduction?": the deduction's)."""
    return {v.tool for v in vocabularies() for term in v.terms.values()
            if isinstance(term, str) and words.strip() and occurs(term, words)}


def _states(words: str, value: Any) -> bool:
    """Do the words write the value ("是 361 和 347" writes 347)?"""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return True
    return re.search(rf"(?<![\d.]){re.escape(f'{float(value):g}')}(?![\d])", words.replace(",", "")) is not None


_THE_OTHER = re.compile(r"另|其餘|其余|剩下|剩餘|剩余|\b(?:other|another|remaining|rest|last)\b", re.IGNORECASE)


# A bound said of figures: "超過 100 分", "over 100", "at least 120", "120 分以上", "不到 60", "under 60"
_OVER_BEFORE = re.compile(r"(?:超過|超过|高於|高于|多於|多于|大於|大于|不止|\bover|\babove|\bmore than)\s*$", re.IGNORECASE)
_AT_LEAST_BEFORE = re.compile(r"(?:至少|最少|\bat least)\s*$", re.IGNORECASE)
_UNDER_BEFORE = re.compile(r"(?:不到|低於|低于|少於|少于|未滿|未满|未達|未达|\bunder|\bbelow|\bless than|\bfewer than)\s*$",
                           re.IGNORECASE)
_AT_LEAST_AFTER = re.compile(r"^\s*(?:以上|\bor more\b|\bor above\b|\+)", re.IGNORECASE)
_AT_MOST_AFTER = re.compile(r"^\s*(?:以下|\bor less\b|\bor below\b)", re.IGNORECASE)


def _meeting(text: str, value: float, begin: int, end: int, figures: list[float]) -> int:
    """How many of `figures` meet the bound the number `value` at text[begin:end] is ("超過 100 分": those over 100); 0
    when it is no bound."""
    before, after = text[max(0, begin - 6):begin], text[end:end + 8]
    if _OVER_BEFORE.search(before):
        return sum(f > value for f in figures)
    if _AT_LEAST_BEFORE.search(before) or _AT_LEAST_AFTER.search(after):
        return sum(f >= value for f in figures)
    if _UNDER_BEFORE.search(before):
        return sum(f < value for f in figures)
    if _AT_MOST_AFTER.search(after):
        return sum(f <= value for f in figures)
    return 0


def _described(source: Query, calls: list[dict[str, Any]], unaccounted: list[Any]) -> list[tuple[int, int]]:
    """In a reply completing a question back: the numbers of the first message left unread that say how many figures, or
    how much in all, the calculation was then given ("540 credits so far" before six yearly figures adding up to 540,
    "前三年 … 後面幾年還沒統計" then "後三年 90、110、95", "另一組還沒出來" then its one score). Each must be the count or the
    sum of the reply's figures, or of a list (a map) the calculation reads; the spans of those numbers, [] when any
    number left unread is not one (then the question stays)."""
    start = source.followup_start
    said = source.text[start:] if source.followup is not None else ""
    # (the reply's "另一組" is which one, no figure of the reply's)
    found = [x for x in find_quantities(said) if not (x.value == 1 and _THE_OTHER.search(said[max(0, x.start - 3):x.start]))]
    # a heading of the reply counting the figures after it ("後三年 90、110、95") is no figure of the reply's either
    headings = [x for x in found if x.value >= 1 and x.value == len([y for y in found if y.start > x.start])]
    found = [x for x in found if x not in headings[:1]]
    reply = [x.value for x in found]
    shapes: set[float] = set()
    if reply:
        shapes |= {float(len(reply)), float(sum(reply))}

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            nums = [v for v in value.values() if isinstance(v, (int, float)) and not isinstance(v, bool)]
            if len(nums) >= 2:
                shapes.update({float(len(nums)), float(sum(nums))})
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            nums = [v for v in value if isinstance(v, (int, float)) and not isinstance(v, bool)]
            if nums:
                shapes.update({float(len(nums)), float(sum(nums))})
                if 0 < len(reply) < len(nums):  # the entries the first message gave ("六年裡有五年的積分是 …")
                    shapes.add(float(len(nums) - len(reply)))
            for v in value:
                walk(v)

    for args in calls:
        walk(args)

    # A bound the first message said some of the figures meet ("六年裡有五年每年都超過 100 分，剩下一年不記得" then six
    # yearly figures): it describes them when as many of the reply's figures meet it as a count left unread says (or all
    # do); that count and the count of the rest describe them too. A claim the figures do not bear out stays (asked).
    bounds: set[tuple[int, float]] = set()  # (where, value) of each bound the figures bear out
    for x in find_quantities(source.text[:start]) if reply and source.followup is not None else []:
        met = _meeting(source.text, x.value, x.start, x.end, reply)
        others = {v for o in unaccounted if o.start < start and not (o.start <= x.start < o.end) for v in o.values}
        if met and (met == len(reply) or float(met) in others):
            bounds.add((x.start, x.value))
            shapes.update({float(met), float(len(reply) - met)})

    def describes(m: Any) -> bool:
        if any(m.start <= b < m.end and m.values and m.values[0] == v for b, v in bounds):
            return True  # the bound itself
        if m.is_date or not m.values:
            return False
        if m.start >= start:  # in the reply: a heading counting the figures after it ("後三年 90、110、95")
            after = [x.value for x in found if x.start >= m.end - start]
            ok = [v for v in m.values if v == len(after)]
        else:
            ok = [v for v in m.values if any(abs(v - x) < 1e-6 for x in shapes)]
        # a lone one is "the other one" ("另一組還沒出來"), said so — never any 1 left unread (a fact the reader missed)
        # (a number with a second reading, "5 年" = 60 months, describes them in one of them)
        return any(v != 1 or _THE_OTHER.search(m.words) for v in ok)

    spans = [(m.start, m.end) for m in unaccounted if describes(m)]
    return spans if len(spans) == len(unaccounted) else []


_REPLY_CLAUSE = re.compile(r"[^，,、；;。\n]+")
# A day of the year without its year: "7/1", "7月1日", "10 月 15 號"
_MONTH_DAY = re.compile(r"(?<![\d/.])(\d{1,2})\s*(?:/|月)\s*(\d{1,2})\s*(?:日|號|号)?(?![\d/.])")


def _dated(source: Query, unaccounted: list[Any]) -> list[tuple[int, int]]:
    """In a reply (or in the question itself, when it is no reply): the days of the year ("7/1 到職") that a count of days
    said there runs from to the year's end, or from the year's start to ("算 184 天": 7/1 to 12/31 is 184 days), when every
    number of the day is left unread; their spans, [] otherwise (the day then stays a question)."""
    start = source.followup_start if source.followup is not None else 0
    said = source.text[start:]
    days = {x.value for x in find_quantities(said) if x.unit == "天"}
    out = []
    for md in _MONTH_DAY.finditer(said):
        a, b = start + md.start(), start + md.end()
        mine = [m for m in unaccounted if m.start >= a and m.end <= b + 1]
        if not mine:
            continue
        counts = set()
        for year in (source.today.year, source.today.year - 1):
            try:
                day = datetime.date(year, int(md.group(1)), int(md.group(2)))
            except ValueError:
                continue
            counts |= {float((datetime.date(year, 12, 31) - day).days + 1), float((day - datetime.date(year, 1, 1)).days + 1)}
        if days & counts:
            out.append((a, b))
    return out


def _as_read_before(conversation: Conversation | None, pending_question: str, prior: Answer, today: datetime.date) -> str:
    """The pending question as the last reply was read into it: a reply giving some of the facts asked was read beside
    the thing it is about (`_as_aside`, partial: "複判差異 55%（是疑似陽性個案的）"), which the turns joined line by line
    do not say — that text, found again as the one reading the arguments the question back kept; else as joined."""
    turns = conversation.turns if conversation is not None else []
    if len(turns) < 2 or prior.pending_call is None or not prior.pending_call.args or turns[-2].answer.route != "clarify":
        return pending_question
    kept = _args_key(prior.pending_call.args)
    joined = decide_calculation(Query(pending_question[:MAX_READ_CHARS], today))
    if joined is not None and _args_key(joined.extraction.args) == kept:
        return pending_question
    earlier = _settled(pending_text(Conversation(turns=turns[:-1]), today) or turns[-2].question)
    for text in _aside_texts(earlier[:MAX_READ_CHARS], turns[-1].question):
        source = Query(text, today)
        d = decide_calculation(source) or _pending_reading(source, prior.pending_call.name)
        if d is not None and _args_key(d.extraction.args) == kept:
            return text
    return pending_question


def _exact_note(said: str, exact: str) -> Note:
    """The assumption line of a reply's exact figure taking a rough one's place."""
    return Note(f"您回覆的確切數字 {exact} 取代問題裡約略的「{said}」。",
                f"The exact figure of your reply, {exact}, replaces the rough \u201c{said}\u201d of the question.")


# A figure said roughly ("somewhere in the 50s", "around 40-ish", "五十多", "大概六十左右")
_SAID_ROUGHLY = re.compile(r"\b\d+0'?s\b|\bsomewhere\b|\baround\b|\babout\b|\broughly\b|\bapprox\w*|-?ish\b|\bor\s+so\b|"
                           r"左右|上下|出頭|出头|多(?!少)|將近|将近|大概|大約|大约", re.IGNORECASE)


def _unread_replaced(prior: Answer, pending_question: str, reply: str, today: datetime.date
                     ) -> tuple[str, str, tuple[str, str]] | None:
    """A reply of one figure, and nothing else to read, to a question back about one figure the question said in words no
    calculation could read ("the positives were 'somewhere in the 50s'" + "positives 57%"): (the question with the reply's
    figure in those words' place, no rest, (the words, the figure)) — as `exact_for_rough`; None otherwise."""
    unread = [m.split(":", 1)[1].strip() for m in prior.missing if m.startswith("unread:")]
    if len(unread) != 1 or not unread[0] or prior.pending_call is None:
        return None
    found = list(re.finditer(re.escape(unread[0]) + r"[A-Za-z%％]*", pending_question, re.IGNORECASE))
    figures = find_quantities(Query(reply, today).text)
    if len(found) != 1 or len(figures) != 1 or len(find_quantities(Query(found[0].group(0), today).text)) > 1 \
            or not _SAID_ROUGHLY.search(found[0].group(0)):
        return None  # (a figure said plainly, "機構抽選片 4 組", is no rough one the reply's figure replaces)
    x = figures[0]
    value = f"{x.as_number:g}" + ("%" if x.unit in ("%", "％") else "")
    m = found[0]
    return pending_question[:m.start()] + value + pending_question[m.end():], "", (m.group(0), value)


# A reply naming what the question's one unplaced figure was, by pointing back at it ("that's on the positive cases;
# negatives were 9%", "it was the negative ones", "that 58% is for the positives"): the words it names, then the rest
_POINTED_REPLY = re.compile(r"^\s*(?:(?:oh|ah|sorry|yes|yeah|right|ok|okay)[,!.]?\s+)*(?:that(?:['’]s|\s+is|\s+was|\s+one\s+(?:is|was))|"
                            r"it(?:['’]s|\s+is|\s+was)|this\s+(?:is|was)|the\s+(?:\d+(?:\.\d+)?\s*%?|figure|number|rate)\s+(?:is|was))\s+"
                            r"(?:(?:on|for|of|from|about|in)\s+)?(?:the\s+)?(?P<words>[A-Za-z][A-Za-z\s-]{2,40}?)\s*(?:[;,.]\s*(?P<rest>.*))?$",
                            re.IGNORECASE | re.DOTALL)


def _figure_pointed(prior: Answer, pending_question: str, reply: str, today: datetime.date) -> tuple[str, str, Note] | None:
    """A reply pointing back at the question's one figure no calculation read ("58%" + "that's on the positive cases;
    negatives were 9%"): (the question with the words named right before that figure, the reply's rest, the note); None
    when the reply points at nothing or the question has not exactly one figure left unread."""
    m = _POINTED_REPLY.match(reply)
    if m is None or prior.pending_call is None or prior.route != "clarify":
        return None
    words = m.group("words").strip()
    if re.search(r"\d", words) or len(words.split()) > 5:
        return None
    used = _figures(prior.pending_call.args, with_years=True)
    text = Query(pending_question[:MAX_READ_CHARS], today).text
    left = [x for x in find_quantities(text) if float(x.value) not in used]
    if len(left) != 1 or text != pending_question[:MAX_READ_CHARS]:
        return None
    x = left[0]
    said = text[x.start:x.end]
    named = text[:x.start] + f"{words} " + text[x.start:]
    note = Note(f"依您的回覆，「{said}」是{words}的數字。", f"From your reply, “{said}” is the figure for the {words}.")
    return named, (m.group("rest") or "").strip(), note


def _items_changed(tool: str, before: dict[str, Any], after: dict[str, Any], corrected: frozenset[float]) -> bool:
    """Has a reading changed how many things there are of a kind the question back asked nothing about (one meeting more
    when the papers' roles were asked), other than by a figure the reply corrects? (A kind asked about may change: "2篇"
    for "幾篇" is its count.)"""
    from bot.reader.items import asked_by, item_model

    model = next((v.model for v in vocabularies() if v.tool == tool), None)
    if model is None:
        return False
    for key, items in before.items():
        now = after.get(key)
        if not isinstance(items, list) or not items or not isinstance(now, list) \
                or not all(isinstance(x, dict) and "kind" in x for x in items):
            continue
        try:
            of_item = item_model(model, key)
        except Exception:  # noqa: BLE001  (no list of things in this field)
            continue
        asked = {x["kind"] for x in items if asked_by(of_item, x)}
        totals, later = _item_total(items), _item_total([x for x in now if isinstance(x, dict)])
        changed = {k for k in set(totals) | set(later) if totals.get(k) != later.get(k) and later.get(k) not in corrected}
        # (the things asked about only named again as another kind are no thing more: "都是 case report" for three SCI
        # papers whose role was asked moves them from the full articles to the case reports)
        added = sum(max(0.0, later.get(k, 0.0) - totals.get(k, 0.0)) for k in changed - asked)
        renamed = sum(max(0.0, totals.get(k, 0.0) - later.get(k, 0.0)) for k in changed & asked)
        if changed - asked and added > renamed:
            return True
    return False


def _rest_of_reply(reply: str, used: int) -> str | None:
    """A reply's clauses after those giving its first `used` numbers (the counts asked for), when each of those clauses
    gives exactly one number and some clause is left; else None."""
    found = [m for m in _REPLY_CLAUSE.finditer(reply) if m.group(0).strip()]
    clauses = [m.group(0).strip() for m in found]
    counts = [len(find_quantities(c)) for c in clauses]
    if len(clauses) <= used or any(n != 1 for n in counts[:used]) or not any(counts[used:]):
        return None
    if used and reply[found[used - 1].end():found[used].start()].strip() == "、":
        return None  # ("345、352、360" for "抽了幾組"): a list of like figures, the scores themselves — no count then the rest
    return "，".join(clauses[used:])


def _item_total(items: list[dict[str, Any]]) -> dict[Any, float]:
    """Per kind of a list of things (activities), how many of them in all (an item's count, else 1)."""
    out: dict[Any, float] = {}
    for it in items:
        n = it.get("count", 1)
        out[it.get("kind")] = out.get(it.get("kind"), 0.0) + (float(n) if isinstance(n, (int, float)) else 1.0)
    return out


def _extends(before: Any, after: Any, corrected: frozenset[float] = frozenset()) -> bool:
    """Does `after` keep every fact of `before` and only add to it? Every value kept; a list of numbers kept or grown
    from its first entries; a list of things (activities) keeps, per kind, its total count and every field it had (the
    reply may split one item by a field it gives: "一篇一作、一篇其他作者" for "SCI 2 篇") — never a thing more or less.
    `corrected`: figures the reply says are the right ones ("教育積分其實是 100"): a figure (a count) may become one of them."""
    if isinstance(before, dict) and isinstance(after, dict):
        return all(k in after and _extends(v, after[k], corrected) for k, v in before.items() if v not in (None, [], {}, ""))
    if isinstance(before, list) and isinstance(after, list):
        if all(isinstance(x, dict) and "kind" in x for x in [*before, *after]) and (before or after):
            totals, now = _item_total(before), _item_total(after)
            if set(totals) != set(now) or any(now[k] != n and now[k] not in corrected for k, n in totals.items()):
                return False
            for it in before:
                same = [a for a in after if a.get("kind") == it.get("kind")]
                for k, v in it.items():
                    if k != "count" and v not in (None, "") and any(a.get(k) not in (None, v) for a in same):
                        return False
            return True
        return after[:len(before)] == before
    if isinstance(before, (int, float)) and isinstance(after, (int, float)) and not isinstance(before, bool):
        return before == after or float(after) in corrected
    return before == after


# A figure said to be the right one in a reply: "其實是 100", "更正為 25000", "應該是 3 次", "actually 160", "I meant 3"
_CORRECTING = re.compile(r"其實|其实|更正|改成|改為|改为|應該是|应该是|不對|不对|才對|才对|\bactually\b|\bcorrection\b|\bI meant\b|"
                         r"\bshould (?:have )?be(?:en)?\b|\bmake that\b|\bnot\s+\d+(?:\.\d+)?\s*(?:but|,)", re.IGNORECASE)


def _corrected_figures(reply: str) -> frozenset[float]:
    """The figures of a reply's clauses that correct one ("另外教育積分其實是 100" → {100})."""
    text = Query(reply).text
    return frozenset(float(x.value) for m in _REPLY_CLAUSE.finditer(text) if _CORRECTING.search(m.group(0))
                     for x in find_quantities(m.group(0)))


def _reply_figures(reply: str) -> frozenset[float]:
    """Every figure a reply gives ("4次" → {4})."""
    return frozenset(float(x.value) for x in find_quantities(Query(reply).text))


def _counts_asked(prior: Answer, before: dict[str, Any]) -> bool:
    """Did the question back ask for the counts of a list of things the question named (its key among those asked)?"""
    asked = set(missing_keys(prior))
    return any(k in asked and isinstance(v, list) and any(isinstance(it, dict) and "kind" in it for it in v)
               for k, v in before.items())


def _corrections_of(before: Any, after: Any, corrected: frozenset[float]) -> list[tuple[float, float]]:
    """(as the question said, as the reply corrected it) for each scalar figure the reply changed."""
    if isinstance(before, dict) and isinstance(after, dict):
        return [c for k, v in before.items() if k in after for c in _corrections_of(v, after[k], corrected)]
    if isinstance(before, list) and isinstance(after, list) and all(isinstance(x, dict) for x in [*before, *after]):
        totals, now = _item_total(before), _item_total(after)
        return [(totals[k], now[k]) for k in totals if k in now and now[k] != totals[k]]
    if isinstance(before, (int, float)) and isinstance(after, (int, float)) and not isinstance(before, bool) and before != after:
        return [(before, after)]
    return []


# Where a reply may stand as an aside in the question it answers: before a clause's end (not a decimal point).
_CLAUSE_END = re.compile(r"[，,、；;。！!？?\n]|\.(?!\d)")
_ASIDE_MAX = 12  # clause ends tried at most (a long question: the first ones)
# … or before an English joiner inside a clause ("2 SCI full articles and 3 domestic lectures": "both first author" is of
# the papers, said before the "and")
_JOINER = re.compile(r"\s+(?:and|plus|as well as|&)\s+", re.IGNORECASE)


def _aside_texts(pending_question: str, reply: str) -> list[str]:
    """The pending question with the reply written in as an aside before each clause's end and at its end ("SCI 發了 2 篇
    full paper（一篇一作、一篇其他作者），國內講者 3 次…"): what the reply says of a thing asked about is said beside it."""
    reply = reply.strip().strip("。.!！")
    if not reply:
        return []
    cjk = re.search(r"[\u4e00-\u9fff]", reply) is not None
    aside = f"（{reply}）" if cjk else f" ({reply})"
    cuts = [m.start() for m in _CLAUSE_END.finditer(pending_question)][:_ASIDE_MAX] + [len(pending_question.rstrip())]
    cuts += [m.start() for m in _JOINER.finditer(pending_question)][:_ASIDE_MAX]
    # (… and right after a figure with its unit, "複判差異 55%（是疑似陽性個案的）": what the reply says that figure is)
    cuts += [x.end for x in find_quantities(pending_question) if x.unit][:_ASIDE_MAX]
    return list(dict.fromkeys([*(pending_question[:i] + aside + pending_question[i:] for i in cuts),
                               *_split_count_texts(pending_question, reply)]))


def _split_count_texts(pending_question: str, reply: str) -> list[str]:
    """The pending question with a count it gave written as the reply splits it ("oral報告3篇" + "2篇在國外、1篇國內" →
    "oral報告2篇在國外、1篇國內"): a reply whose figures add up to one count of the question, each with what the question back
    asked (where, whose role), says that count item by item — in its place, not beside it."""
    said = Query(reply).text
    figures = find_quantities(said)
    if len(figures) < 2:
        return []
    total = sum(float(x.value) for x in figures)
    out = []
    # (the question as written and as read: "三次座長" is a count once its numeral is read, "3次座長")
    for text in dict.fromkeys([pending_question, Query(pending_question).text]):
        for x in find_quantities(text):
            if not x.unit or float(x.value) != total:
                continue
            out.append(text[:x.start] + reply + text[x.end:])
            # ("三次座長" + "兩次國內、一次國外" → "2次國內座長、1次國外座長": the thing counted said with each piece)
            noun = _COUNTED_NOUN.match(text, x.end)
            if noun is not None and noun.group(1).strip():
                pieces = [p.strip() for p in _PIECE_SEP.split(said) if p.strip()]
                if len(pieces) == len(figures):
                    each = "、".join(f"{p}{noun.group(1).strip()}" for p in pieces)
                    out.append(text[:x.start] + each + text[noun.end():])
    return out


# The thing a count counts, right after it ("3次座長，…"): a few words, no figure, up to the clause's end
_COUNTED_NOUN = re.compile(r"([^\d，,、；;。！!？?\s]{1,8})(?=[，,、；;。！!？?\s]|$)")
# The pieces of a reply splitting a count ("2次國內、1次國外", "2 domestic, 1 abroad")
_PIECE_SEP = re.compile(r"[、，,；;]|\band\b|和|跟|及")


# a count said of every one of the things it counts ("2篇都是第一作者", "兩篇皆為通訊", "both 2 first author", "all 3 abroad"):
# the count restated, the words after it what the question back asked of them
_EVERY_AFTER = re.compile(r"\s*(?:篇|次|場|场|個|个|件|papers?|articles?|talks?|lectures?|times|of them)?\s*(?:都|全都|全部|全|皆|均|一律|"
                          r"\b(?:were\s+|are\s+)?(?:both|all|each)\b)", re.IGNORECASE)


def _without_restated_counts(reply: str, before: dict[str, Any]) -> str | None:
    """The reply with the counts it restates taken out ("兩篇都是我一作" for "SCI 2 篇" → "都是我一作"): numbers equal to the
    count of a thing the question listed, when the reply has no other number — or, beside other numbers ("兩篇都是第一作者，
    另外一般教育積分60"), those said of every one of them (`_EVERY_AFTER`); None when it has none to take out."""
    counts = {float(it.get("count", 1)) for v in before.values() if isinstance(v, list) for it in v
              if isinstance(it, dict) and isinstance(it.get("count", 1), (int, float))}
    text = Query(reply).text
    found = find_quantities(text)
    if not found or not counts:
        return None
    if any(x.value not in counts for x in found):
        found = [x for x in found if x.value in counts and _EVERY_AFTER.match(text, x.end)]
        if not found:
            return None
    for x in sorted(found, key=lambda x: -x.start):
        text = text[:x.start] + text[x.end:]
    text = text.strip(" ，,、")
    return text if re.search(r"\w", text) else None


def _vague_credits_nothing(extraction: Extraction, text: str, vague: list[str], today: datetime.date) -> bool:
    """Written as counts, the vague words leave the complete calculation as it is — the same inputs, nothing asked ("院內晨會
    參加了十幾次" beside the monthly meetings): what they count is no activity of the rule. A count the reader would read
    only with more said ("介入會議上發表過好幾次": where?) is one of its activities, asked."""
    if set(vague) & set(shares_of_held(text)):
        return False  # "辦了十二場，我出席了一半": how many of the held ones were attended — the count the calculation reads, asked
    if any(names_any(extraction.tool, _sentence_clause(text, v)) for v in vague):
        return False  # "介入研討會發表過幾次": the words name what the calculation counts — how many is asked
    filled = vague_filled(extraction, text, vague, today)
    return filled is not None and filled.args == extraction.args and not filled.needs and not filled.invalid


# set-aside reasons of figures that are no input of the calculation (their exact value changes nothing)
_NO_INPUT = ("other_key", *NO_INPUT_REASONS)


def _set_aside_as_no_input(extraction: Extraction, text: str, words: str) -> bool:
    """Does a figure the reader set aside as no input of this calculation (`_NO_INPUT`) lie inside the vague words?"""
    at = text.find(words)
    return at >= 0 and any(len(x) > 2 and x[2] in _NO_INPUT and at <= x[0] < at + len(words) for x in extraction.set_aside)


def _some_more_settled(question: str, q: Query, ext: Extraction, vague: list[str],
                       today: datetime.date) -> tuple[Query, Extraction] | None:
    """"講過 TARE 三次…案例只有一百多，腫瘤栓塞可以申請嗎": a count said as a figure and some (`some_more_range`: 一百多 is 100
    to 199) in a yes / no question, where the verdict is the same whatever the count up to its highest, none at all too (the
    lectures decide it, or even its highest falls short) — (the question with it written as its lowest, its reading with a
    note saying so); None where it is another vague count, is no input, or the verdict rests on it (its figure asked for,
    `_ask_vague`: "RFA 兩百多例" decides the ablation count's verdict — asked, never taken as 200)."""
    spans = [some_more_range(v) for v in vague]
    if q.followup is not None or not asks_yes_no(question) or len(spans) != 1 or spans[0] is None:
        return None
    ends: list[tuple[Query, Extraction]] = []
    for end in (0, 1):
        text = fill_vague(q.text, vague, " ".join(str(s[end]) for s in spans if s is not None))
        decision = decide_calculation(Query(text, today)) if text is not None else None
        if decision is None or decision.route != "calculator" or decision.extraction.tool != ext.tool \
                or not decision.extraction.complete:
            return None
        ends.append((Query(text, today), decision.extraction))
    (low_q, low), (_, high) = ends
    said = [k for k, v in low.args.items() if high.args.get(k) != v and isinstance(v, (int, float)) and not isinstance(v, bool)]
    none = {**low.args, **{k: low.args[k] - spans[0][0] for k in said}}  # (the count as if none: what else decides)
    verdicts = {_verdict_of(ext.tool, [args]) for args in (low.args, high.args, none)}
    if not said or low.extra_calls or len(verdicts) != 1 or None in verdicts:
        return None
    low.notes += [Note(some_more_note(v, s[0], s[1], "zh-TW"), some_more_note(v, s[0], s[1], "en"))
                  for v, s in zip(vague, spans) if s is not None]
    return low_q, low


# A vague count said as a time gone by ("幾年前", "前幾年", "a few years ago", "some years back")
_AGO_AFTER = re.compile(r"\s*(?:前|以前|之前|\bago\b|\bback\b)", re.IGNORECASE)


def _said_as_ago(text: str, words: str) -> bool:
    """Are the vague words said as a time gone by (`_AGO_AFTER` after them, or 前 just before them)?"""
    at = text.find(words)
    return at >= 0 and (_AGO_AFTER.match(text, at + len(words)) is not None or text[:at].endswith("前"))


def _sentence_clause(text: str, words: str) -> str:
    """The clause the words are in, cut at an English full stop too ("… grand rounds (those don't count). credits?")."""
    at = text.find(words)
    if at < 0:
        return words
    clause = clause_of(text, at, at + len(words))
    lead = text.rfind(clause, 0, at + 1) if clause else at
    return next((m.group(0) for m in re.finditer(r"(?:[^.]|\.(?!\s))+\.?", clause) if lead + m.start() <= at < lead + m.end()), clause)


def _vague_restated(text: str, vague: list[str], reply: str, today: datetime.date) -> Any:
    """A reply to one vague count that says the thing counted in full ("3 domestic oral presentations" for "presented at
    IR meetings a few times"): the question read with the vague words replaced by the whole reply — (decision, source)
    when that reading is a complete calculation, else None (the count alone was read first)."""
    said = reply.strip().rstrip("。.!！")
    if len(vague) != 1 or len(find_quantities(said)) != 1 or vague[0] not in text or not re.search(r"[^\W\d_]", re.sub(r"\d", "", said)):
        return None
    source = Query(text.replace(vague[0], f" {said} ", 1), today)
    decision = decide_calculation(source)
    if decision is None or decision.route != "calculator" or not decision.extraction.complete:
        return None
    # (a reply naming again the thing the question named before its vague words, "查到了，月會 6 次" for "月會去了好幾次",
    # written in reads that thing twice — a reading that leaves the reply's own figure unread is no reading of it)
    return (decision, source) if account(source.text, today, [decision.extraction.args]).complete else None


def _args_key(args: Any) -> str:
    """Args compared as values: an item's fields in any order ({"count", "role", "year"} or {"count", "year", "role"}) are
    the same reading."""
    if isinstance(args, dict):
        return "{" + ",".join(f"{k!r}:{_args_key(v)}" for k, v in sorted(args.items(), key=lambda kv: str(kv[0]))) + "}"
    if isinstance(args, (list, tuple)):
        return "[" + ",".join(_args_key(v) for v in args) + "]"
    return repr(args)


def _as_aside(tool: str, before: dict[str, Any], pending_question: str, reply: str, today: datetime.date,
              prior: Answer | None = None, partial: bool = False) -> Any:
    """A reply the reading of question and reply together could not use ("兩篇都是我一作", "both domestic", "一篇一作、一篇
    其他作者" in reply to "first or corresponding author?"), read as an aside beside the thing it answers (`_aside_texts`).
    Taken only when exactly one reading comes out complete, for the same calculation, keeping every fact the question gave
    and adding to them (`_extends`); (decision, source) then, else None. `partial`: a reply giving some of the facts asked
    ("是疑似陽性個案的" when the previous review was asked too) — where no reading is complete, the one reading that keeps
    every fact, adds a value and asks fewer facts than the question back did is taken (the rest asked again)."""
    replies = [reply]
    if (bare := _without_restated_counts(reply, before)) is not None:
        replies.append(bare)
    corrected = _corrected_figures(reply)
    # (a list whose counts the question back asked, "各參加幾次？" for "有出國參加會議": an item's count is no fact yet —
    # the reply's figures may set it, without being a correction)
    settable = corrected | (_reply_figures(reply) if prior is not None and _counts_asked(prior, before) else frozenset())
    fewer: dict[str, Any] = {}  # (`partial`) readings asking fewer facts than the question back, none complete
    for said in replies:
        found: dict[str, Any] = {}
        for text in _aside_texts(pending_question[:MAX_READ_CHARS], said):
            source = Query(text, today)
            d = decide_calculation(source) or _pending_reading(source, tool)
            # (complete, or missing only what the person passed over: `_passed_over`)
            done = d is not None and (d.extraction.complete if prior is None or d.route == "calculator"
                                      else _passed_over(prior, d.extraction) is not None)
            if d is None or d.extraction.tool != tool \
                    or d.extraction.extra_calls or not _extends(before, d.extraction.args, settable):
                continue
            if not done:
                if partial and prior is not None and not d.extraction.invalid and d.extraction.needs \
                        and len(d.extraction.needs) < len(prior.missing) and _adds_values(before, d.extraction.args):
                    fewer.setdefault(_args_key(d.extraction.args), (d, source))
                continue
            if (changed := [(old, new) for old, new in _corrections_of(before, d.extraction.args, corrected)
                            if new in corrected]):
                # a figure the reply corrected: said so among the assumptions, the figure as first said set aside
                d.extraction.notes.extend(Note(f"您把 {old:g} 更正為 {new:g}：採用 {new:g}。",
                                               f"You corrected {old:g} to {new:g}: {new:g} is used.") for old, new in changed)
                olds = {old for old, _ in changed}
                left = account(source.text, today, [d.extraction.args]).unaccounted
                d.extraction.set_aside.extend((m.start, m.end, "set_aside") for m in left
                                              if m.start < len(source.text) and any(v in olds for v in m.values))
            # (the same reading from several places: the same args whatever order an item's fields were filled in)
            found.setdefault(_args_key(d.extraction.args), (d, source))
        if len(found) > 1:
            # (readings leaving a figure of the text unread are no readings of it all: "教育積分其實是 100" read
            # beside the papers corrects the points; beside the question's end it is left over)
            whole = {k: v for k, v in found.items()
                     if account(v[1].text, today, [v[0].extraction.args], set_aside=v[0].extraction.set_aside).complete}
            found = whole or found
        if len(found) > 1 and (fullest := _agreeing_fullest(list(found.values()))) is not None:
            return fullest
        if len(found) == 1:
            return next(iter(found.values()))
        if found:
            return None  # two readings: which thing the reply is about is not clear — asked again
    return next(iter(fewer.values())) if len(fewer) == 1 else None


def _leaves(value: Any) -> int:
    """How many values a call's arguments state (None and empty left out)."""
    if isinstance(value, dict):
        return sum(_leaves(v) for v in value.values())
    if isinstance(value, list):
        return sum(_leaves(v) for v in value)
    return 0 if value in (None, "") else 1


def _agreeing_fullest(readings: list[Any]) -> Any:
    """Of readings of one reply placed beside different words of the question (`_aside_texts`) that agree — each keeps every
    value of every other (`_extends`) — the one stating the most ("all first author, none are case reports" read with the
    case-report flag in one place and without it in another: the same reading, one says more); None where they disagree or
    two state as much."""
    args = [d.extraction.args for d, _ in readings]
    if not all(_extends(a, b) for a in args for b in args):
        return None
    sizes = [_leaves(a) for a in args]
    top = max(sizes)
    return readings[sizes.index(top)] if sizes.count(top) == 1 else None


def _another_year(piece: str, before: Answer, today: datetime.date) -> bool:
    """"1) 今年月會七次幾分？ 2) 明年(2027)如果年會一次再加月會三次，又是幾分": a what-if naming a year of its own that none of the part
    before's items is in — that year's facts, never added to the part before's (its 再加 joins its own items)."""
    named = {y.year for y in find_years(Query(piece, today).text, today)}
    dated = {it.get("year") for c in before.tool_calls for v in c.args.values() if isinstance(v, list)
             for it in v if isinstance(it, dict)}
    return bool(named) and None not in dated and bool(dated) and not named & dated


def _adds_items(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Does `after` keep every value of `before` and every item of its lists, with at least one item more (or, for a
    list of things, no kind fewer and more of them in all: "3 次月會" and "再加 2 次月會" read as 5)?"""
    grown = False
    for k, v in before.items():
        w = after.get(k)
        if isinstance(v, list) and isinstance(w, list) and all(isinstance(x, dict) and "kind" in x for x in [*v, *w]):
            then, now = _item_total(v), _item_total(w)
            if any(now.get(kind, 0) < n for kind, n in then.items()):
                return False
            grown = grown or sum(now.values()) > sum(then.values())
        elif isinstance(v, list) and isinstance(w, list):
            rest = list(w)
            for it in v:
                if it not in rest:
                    return False
                rest.remove(it)
            grown = grown or bool(rest)
        elif w != v:
            return False
    return grown


_MONTHS_EN = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_EN_MONTH = r"(?P<mo>" + "|".join(sorted(_MONTHS_EN, key=len, reverse=True)) + r")\.?"
# A reply that gives only the day a date said to the month lacks: "8號", "8日", "11月8日", "11/8" , "the 8th", "Nov 8", "8 November"
_DAY_REPLY = re.compile(
    r"(?:(?:我|是)?\s*(?:(?P<zy>\d{4})\s*[年/-]\s*)?(?:(?P<zm>\d{1,2})\s*月\s*)?(?P<zd>\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*(?:日|號|号)(?:出生|生(?:的)?)?|"
    r"(?:(?P<iy>\d{4})\s*[-/]\s*)?(?P<sm>\d{1,2})\s*[/-]\s*(?P<sd>\d{1,2})|"
    r"(?:(?:born\s+)?on\s+)?(?:the\s+)?(?P<ed>\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+" + _EN_MONTH.replace("mo>", "m2>") + r")?|"
    r"(?:(?:born\s+)?on\s+)?" + _EN_MONTH + r"\s+(?P<ed2>\d{1,2})(?:st|nd|rd|th)?|"
    r"(?:(?:born\s+)?on\s+)?(?P<ed3>\d{1,2})\s+" + _EN_MONTH.replace("mo>", "m3>") + r")"
    r"\s*[。.!！]?", re.IGNORECASE)


def _day_filled(prior: Answer, pending_question: str, reply: str, today: datetime.date) -> Any:
    """A reply giving one day ("8號", "11月8日", "the 8th", "Nov 8") to a question back that asked the day of a date said only
    to the month ("1966年11月生" where the verdict turns inside November): the day fills that date, in its place in the
    question, which is then read whole — never another date, never a count. None when the reply is no such day, names
    another month, or no month-only date was asked."""
    m = _DAY_REPLY.fullmatch(normalize_numerals(reply).strip())
    if m is None:
        return None
    text = Query(pending_question[:MAX_READ_CHARS], today).text
    asked = [(s, x.split(":", 1)[0].strip()) for s in find_spans(text, today) if s.unit == "month"
             for x in prior.missing if s.text.lower() in x.lower()]
    if len(asked) != 1:
        return None
    span, key = asked[0]
    said = next(v for v in (m.group("zd"), m.group("sd"), m.group("ed"), m.group("ed2"), m.group("ed3")) if v)
    day = int(said) if said.isdigit() else cn_to_int(said)
    month = next((int(v) for v in (m.group("zm"), m.group("sm")) if v), None)
    name = next((v for v in (m.group("mo"), m.group("m2"), m.group("m3")) if v), None)
    if name is not None:
        month = _MONTHS_EN.get(name.lower().rstrip("."))
    year = next((int(v) for v in (m.group("zy"), m.group("iy")) if v), None)
    if year is not None and year != span.first.year or month is not None and month != span.first.month:
        return None  # (another month: not the day of the date asked)
    try:
        date = span.first.replace(day=day)
    except ValueError:
        return None
    filled = text[:span.start] + f" {date.isoformat()} " + text[span.end:]
    source = Query(filled, today)
    decision = decide_calculation(source)
    if decision is None:
        return None
    ext = decision.extraction
    if ext.args.get(key) != date.isoformat():  # (the slot asked is filled, wherever the words around the date point)
        ext = dataclasses.replace(ext, args={**ext.args, key: date.isoformat()}, needs=[n for n in ext.needs if n.key != key])
        decision = Decision("calculator" if ext.complete else "clarify", ext)
    return decision, source


def _pending_reading(source: Query, tool: str) -> Decision | None:
    """The pending calculation's own reading of a question with a reply written in, where routing reads the text as a
    question of the rule's ("陰性 18%，要停判嗎？"): the question was already taken as the person's own case when it was
    asked back, so a reply completing it is that calculation (or still a question back), never a rules answer."""
    found = next((c for c in candidates(source) if c.tool == tool), None)
    if found is None or not found.args:
        return None
    return Decision("calculator" if found.complete and not found.invalid else "clarify", found)


def _words_after_counts(reply: str, used: int) -> str | None:
    """A reply's clauses after those giving its first `used` numbers (the counts asked for), when each of those clauses
    gives exactly one number and the clauses left give words and no number ("4 times, all domestic" → "all domestic");
    else None."""
    clauses = [m.group(0).strip() for m in _REPLY_CLAUSE.finditer(reply) if m.group(0).strip()]
    counts = [len(find_quantities(c)) for c in clauses]
    if len(clauses) <= used or any(n != 1 for n in counts[:used]) or any(counts[used:]):
        return None
    rest = "，".join(clauses[used:])
    return rest if re.search(r"\w", rest) else None


# A reply giving one value for every one of them: "三個人都是全年 365 天", "all 3 worked 365 days", "both 365 days",
# "每個人都做滿 365 天", "3 of them did 200 days each"
_EVERY_ONE = re.compile(r"都|全都|全部|皆|一律|各|每(?:一)?(?:個|个|位|名|組|组)?人?|\b(?:all|each|every|both)\b", re.IGNORECASE)
_HOW_MANY = re.compile(r"(?<![\d.])(\d+)\s*(?:(?:個|个|位|名|組|组)?\s*(?:人|(?:people|persons|of (?:them|us)|radiographers?|techs?|RTs?)\b)|"
                       r"(?:位|名)|(?:個|个|組|组)?\s*(?=都|全|皆|一律|各|\ball\b|\beach\b|\bdid\b|\bworked\b))|"
                       r"\b(?:all|each of the|every one of the)\s+(\d+)\b", re.IGNORECASE)


# one of them singled out in the reply ("two worked all year and one 240 days", "the other 200", "第三位 240 天", "另一位"):
# "all" there is of how long, never every one of them — the reply is read person by person (`reader.lists`)
_SINGLED_OUT = re.compile(r"(?<!\beach )(?<!\bevery )\bone\b(?!\s+of\s+(?:us|them)\s+(?:all|each)\b)|\b(?:another|the other|others|the rest)\b"
                          r"|\bthe\s+(?:second|third|fourth|fifth|last)\b|另|其他|其餘|其余|剩下|第\s*[\d一二三四五六七八九十]+\s*(?:位|名|個|个|人)"
                          r"|(?<!每)(?<!每\s)(?<![\d.])(?:一|1)\s*(?:位|名|個|个|人)(?!\s*都)", re.IGNORECASE)


def _spread_reply(prior: Answer, pending_question: str, reply: str, today: datetime.date) -> str | None:
    """A reply to a question asking a list item by item ("each radiographer's work days") that gives one value for every
    one of them ("三個人都是全年 365 天", "both 365 days"): the list written out, one value per item ("365 天、365 天、365 天"),
    as many as the reply says (3, both) or else as the question said ("三位放射師"). Only the clause saying it is written
    out (the reply's other clauses, "篩檢量更正為 25000 案", stay as said); None when no clause is such a one (one value
    and a count of the items, nothing else) — never the count read as a value."""
    slot = _asked_list(prior)
    text = Query(reply, today).text
    if slot is None or not _EVERY_ONE.search(text) or _SINGLED_OUT.search(text):
        return None
    clauses = [m.group(0) for m in _REPLY_CLAUSE.finditer(text) if m.group(0).strip()]
    out, spread = [], 0
    for clause in clauses:
        written = _every_one(slot, clause, pending_question, today) if _EVERY_ONE.search(clause) else None
        spread += written is not None
        out.append(written if written is not None else clause.strip())
    return "，".join(out) if spread == 1 else None


# A whole reply that is a count in Chinese numerals with a classifier ("兩個", "三个吧"): the text keeps such words as words
# (in a sentence "兩個都…" is "both"), but said alone in reply to a question back it is the count asked
_BARE_CN_COUNT = re.compile(r"\s*([一二兩两三四五六七八九十])\s*(個|个)\s*(?:吧|啦|喔|哦|而已)?\s*[。.!！]?\s*")


def _bare_count(reply: str) -> str | None:
    """"兩個" → "2 個": a reply that is nothing but a count in Chinese numerals, written in figures; None for anything else."""
    m = _BARE_CN_COUNT.fullmatch(reply)
    if m is None:
        return None
    return f"{cn_to_int(m.group(1))} {m.group(2)}"


def _asked_list(prior: Answer) -> Any:
    """The one list slot (item by item: "each radiographer's work days") the question back asked for, or None."""
    asked = set(missing_keys(prior))
    slots = [sl for v in vocabularies() if prior.pending_call is not None and v.tool == prior.pending_call.name
             for sl in v.slots if sl.kind == "list" and sl.name in asked]
    return slots[0] if len(slots) == 1 else None


def _every_one(slot: Any, clause: str, pending_question: str, today: datetime.date) -> str | None:
    """One clause of a reply giving one value for every item of `slot` ("3人都300天"), written out item by item."""
    count = _HOW_MANY.search(clause)
    found = find_quantities(clause)
    if count is not None:
        n = int(next(g for g in count.groups() if g))
        at = count.start(1) if count.group(1) else count.start(2)
        values = [x for x in found if x.start != at]
    elif re.search(r"\bboth\b|兩(?:個|位|人)都|两(?:个|位|人)都", clause, re.IGNORECASE):
        n, values = 2, found
    else:
        head = next((int(g) for m in compiled(slot.head).finditer(Query(pending_question, today).text) for g in m.groups() if g),
                    None) if slot.head else None
        if head is None:
            return None
        n, values = head, found
    if len(values) != 1 or not 2 <= n <= 20 or (values[0].unit not in (None, *slot.units)):
        return None
    unit = slot.units[0] if slot.units else ""
    return "、".join(f"{values[0].as_number} {unit}".strip() for _ in range(n))


def _passed_over(prior: Answer, ext: Extraction) -> Extraction | None:
    """A reply that gives other facts than the one asked for, which the result stands without (`Slot.partial`: "上次沒有被
    要求" when the other re-read rate was asked): the person passed over it, and the calculation is made with the facts
    given — no value put in its place, the note saying what it could still change among the assumptions. None unless every
    fact still missing is such a one, asked before and not answered, and the reply added a fact."""
    if not ext.needs or ext.invalid or prior.pending_call is None or ext.tool != prior.pending_call.name:
        return None
    partial = {s.name: s.partial for v in vocabularies() if v.tool == ext.tool for s in v.slots if s.partial}
    asked = set(missing_keys(prior))
    if any(n.key not in partial or n.key not in asked for n in ext.needs):
        return None
    if not _adds_values(prior.pending_call.args, ext.args):
        return None
    notes = [Note(*note) for n in ext.needs if isinstance(note := partial[n.key], tuple)]
    return dataclasses.replace(ext, needs=[], notes=[*ext.notes, *notes])


def _conflicting(calls: list[dict[str, Any]]) -> bool:
    """Do two readings give different values for one input (empty values given by neither)?"""
    def given(v: Any) -> bool:
        return v not in (None, [], {}, "")
    return any(k in b and given(a[k]) and given(b[k]) and a[k] != b[k]
               for i, a in enumerate(calls) for b in calls[i + 1:] for k in a)


def _sources_first(found: list[Extraction]) -> list[Extraction]:
    """The calls in their order, except that a call another call's result completes (`parts.CHAINS`) comes after it.
    (The tools are taken before sorting: during `list.sort` the list being sorted reads as empty.)"""
    tools = {f.tool for f in found}
    return sorted(found, key=lambda e: any(c.target == e.tool and c.source in tools for c in CHAINS))


def _said_order(answers: list[Answer], text: str) -> list[int]:
    """The parts' indices in the order the message states them: where each part's own readings are written ("兩個禮拜"
    before "150/120/0/…"), whatever figure the calculation made of them (2 weeks → 0.5 month is written nowhere)."""
    def said_at(k: int) -> int:
        at = [text.find(r.text) for r in answers[k].reading
              if r.text and not r.fact.startswith(compose.OTHER_PART_FACTS) and r.text in text]
        return min(at, default=len(text))
    return sorted(range(len(answers)), key=said_at)


def _has_year(args: Any) -> bool:
    """Do a call's arguments say the year of a figure ("activities": [{…, "year": 2025}])? Then one calculation reads
    every year of a message itself; a calculation with no year in it reads one year's figures only."""
    if isinstance(args, dict):
        return any(k == "year" or _has_year(v) for k, v in args.items())
    return isinstance(args, list) and any(_has_year(v) for v in args)


def _pooled(calls: list[Any]) -> bool:
    """Is the whole message one call that pools the figures of several people itself (`Vocabulary.pools`: a facility's
    self-selected sets, one per radiographer)? Then the people listed one by one are that call's items, no part each."""
    if len(calls) != 1:
        return False
    vocab = next((v for v in vocabularies() if v.tool == calls[0].name), None)
    args = calls[0].args
    return vocab is not None and any(k in args and (v == "*" or args[k] == v) for k, v in vocab.pools)


def _read_query(question: str, today: datetime.date, part: bool) -> tuple[str, Query]:
    """What `Engine._deterministic` reads of a message: the text (an aside set apart, a vague count stated exactly
    settled; numbered facts with one question after them read without their markers' digits, `unnumber_facts`, unless
    the text is one part of a message) and its Query."""
    question_read = _settled(set_aside(question if part else unnumber_facts(question)))  # "好幾次講師，一共 3 次" is read as "3 次講師"; an aside is no ask
    return question_read, Query(question_read[:MAX_READ_CHARS], today)


def _may_calculate(part: str, today: datetime.date) -> bool:
    """Could `Engine._deterministic(part, part=True)` answer with a calculation or a question back? Only an unreadable
    number or a calculation read from the part does; otherwise it answers from the clauses or refuses, and a message
    whose parts all do is answered whole (`Engine._multi_part` then need not search the clauses for each part)."""
    if not has_content(part):
        return False
    return bool(UNREADABLE_NUMBER.search(part)) or decide_calculation(_read_query(part, today, True)[1]) is not None


def _settled(text: str) -> str:
    """The message as read when it states a vague count exactly right after (`vague.settle_vague`); else as written."""
    folded = fold(text, collapse=False)
    settled = settle_vague(folded)
    return settled if settled != folded else text


_PHRASE_UNIT = re.compile(r"(次|場|场|篇|例|案|件|位|名|台|天)$")


def _items_counted(vague: list[str], reply: str, question: str = "") -> str | None:
    """A reply to one vague count ("發了幾篇") that lists the items one by one in its unit, no total said ("1篇一作，1篇二作"):
    the reply led by their count ("2篇，1篇一作，1篇二作"), so the count takes the vague words' place and the items describe
    them. None for anything else (a total said, another unit, one figure, the count's own thing named in one clause only:
    `_names_the_counted`)."""
    unit = _PHRASE_UNIT.search(vague[0]) if len(vague) == 1 else None
    figures = find_quantities(reply)
    if unit is None or len(figures) < 2 or any(f.unit != unit.group(1) for f in figures):
        return None
    if _names_the_counted(question, vague[0], reply) or any(_BARE_FIGURE.fullmatch(p) for p in _REPLY_PIECE.findall(reply)):
        return None  # ("5 次，講 1 次": a bare figure is the count itself, the clause after it a fact of another kind)
    if re.search(r"共|合計|合计|加起來|加起来|總計|总计", reply):
        return None
    if re.search(r"另外|此外|還有|还有|以及|\b(?:plus|also|besides)\b", reply, re.I):
        return None  # "4次，另外月會3次": the count, then another fact of another kind — no items of the count
    total = sum(f.as_number for f in figures)
    if len(figures) > 2 and any(2 * f.as_number == total for f in figures):
        return None  # "3次：2次國內1次國外": a total said first, then its breakdown (two figures: one is bare, above)
    return f"{total:g}{unit.group(1)}，{reply}"


_REPLY_PIECE = re.compile(r"[^，,;；、。\n]+")
_BARE_FIGURE = re.compile(r"\s*(?:就|是|共|總共|总共)?\s*\d+(?:\.\d+)?\s*(?:次|場|场|篇|例|案|件|位|名|台|天)?\s*(?:吧|啦|喔|哦)?\s*")


def _names_the_counted(question: str, phrase: str, reply: str) -> bool:
    """Does one clause of the reply, and only one, name what the vague count counts — the words right before it in the
    question ("月會" of "月會有去幾次")? "月會 5 次，講 1 次": the count itself, then a fact of another kind (the talks), no
    items of the count; "一篇一作，一篇二作" names none, "SCI 一作 1 篇、SCI 二作 1 篇" names it in each: items."""
    at = question.find(phrase)
    if at < 0:
        return False
    before = _REPLY_PIECE.findall(question[:at])
    lead = before[-1] if before and not question[:at].endswith(tuple("，,;；、。\n")) else ""
    words = {lead[i:i + 2] for i in range(len(lead) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", lead[i:i + 2])}
    words |= {w.lower() for w in re.findall(r"[A-Za-z]{3,}", lead)}
    pieces = [p for p in _REPLY_PIECE.findall(reply) if p.strip()]
    named = [p for p in pieces if any(w in p.lower() for w in words)]
    return len(pieces) > 1 and len(named) == 1


def _only_repeats(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Does `after` differ from `before` only by items of a list that repeat items `before` has, as they are (the same
    kind, count and year)?"""
    if before.keys() != after.keys():
        return False
    grew = False
    for k, v in before.items():
        w = after[k]
        if isinstance(v, list) and isinstance(w, list) and len(w) > len(v):
            rest = list(w)
            for it in v:
                if it not in rest:
                    return False
                rest.remove(it)
            if any(it not in v for it in rest):
                return False
            grew = True
        elif v != w:
            return False
    return grew


def _joint_count_asked(prior: Answer, pending_question: str, today: datetime.date) -> bool:
    """Did the question back ask each kind's count for one count the question said of several kinds together
    (`routing.JOINT_COUNT`, "年會跟月會加起來 8 次")?"""
    return "activities" in missing_keys(prior) and JOINT_COUNT.search(Query(pending_question, today).cues) is not None


def _named_things(args: Any) -> set[str]:
    """What a reading names: every word value (an activity's kind, a role, a domain) and every argument given a value."""
    out: set[str] = set()
    if isinstance(args, dict):
        for k, v in args.items():
            if v not in (None, [], {}, "", False) and not isinstance(v, (dict, list)):
                out.add(k if not isinstance(v, str) else f"{k}={v}")
            out |= _named_things(v)
    elif isinstance(args, list):
        for x in args:
            out |= _named_things(x)
    out.discard("year")
    return {x for x in out if not x.startswith("year=")}


def _figures(args: Any, key: str = "", *, with_years: bool = False) -> set[float]:
    """Every number of a reading but its years (a restatement repeats the figures the question gave); `with_years`: its
    years too (every figure the reading used)."""
    if isinstance(args, bool) or (key == "year" and not with_years):
        return set()
    if isinstance(args, (int, float)):
        return {float(args)}
    if isinstance(args, dict):
        return {x for k, v in args.items() for x in _figures(v, k, with_years=with_years)}
    if isinstance(args, list):
        return {x for v in args for x in _figures(v, with_years=with_years)}
    return set()


def _with_subject(pieces: list[str], subject: str | None, today: datetime.date) -> list[str]:
    """Each part, read with what the heading says the questions are about ("Two q's on the van: (a) 3 RTs on board, 126
    today – over?") only where it reads as no calculation alone and as one with it — the heading is no fact of a part that
    reads without it ("Two things for our unit review: (a) my sets were 344 and 367 — grade?")."""
    if not subject:
        return pieces
    out = []
    for p in pieces:
        alone = decide_calculation(Query(p, today))
        withit = f"{subject}: {p}"
        with_subject = decide_calculation(Query(withit, today))
        # (… or where alone it reads as a calculation still asking for facts, and with it as a complete one: "quick q's re our
        # mammo bus: 3 radiographers on it, did 130 in one day — over?" is the van's daily cap, not the facility's year)
        completed = alone is not None and alone.route == "clarify" and with_subject is not None and with_subject.route == "calculator"
        out.append(withit if with_subject is not None and (alone is None or completed) else p)
    return out


def _asked_tools(pieces: list[str], chosen: list[Extraction | None]) -> set[str]:
    """The calculations the parts ask for: each part's reading, but not that of a part which only asks about the facts stated
    before it ("證書 2021/5/14 核發，什麼時候到期？哪天開始可以換證？": its own words state no figure and its reading reads none,
    while another part reads those facts) — a question about that other part's calculation, not one of its own."""
    mine = own_words(pieces)
    read = [e is not None and e.facts >= 1 for e in chosen]

    def about_shared(i: int, e: Extraction) -> bool:
        return (e.facts == 0 and mine[i].strip() != pieces[i].strip() and not has_figure(mine[i])
                and any(read[j] for j in range(len(chosen)) if j != i))

    return {e.tool for i, e in enumerate(chosen) if e is not None and not about_shared(i, e)}


# A reply too short to say which language the thread is in: a term and its figure ("category 4", "TACE 250", "3 類")
_TERSE_REPLY = re.compile(r"^\W*(?:[A-Za-z][\w/-]*|[\u4e00-\u9fff]{1,3})?(?:\W+(?:[A-Za-z][\w/-]*|[\u4e00-\u9fff]{1,3}))?\W*$|"
                          r"^[^A-Za-z\u4e00-\u9fff]*$")


def _reply_lang(question: str, prior: Answer | None) -> str:
    """The language to answer in: the question's own, except that a terse reply to a question back ("category 4",
    "BI-RADS 3", "8 篇") stays in the thread's language — its one word says nothing of the language the person writes."""
    if prior is not None and _TERSE_REPLY.match(re.sub(r"\d+(?:[.,/]\d+)*", " ", question)):
        return prior.lang
    return detect_lang(question) if any(ch.isalpha() for ch in question) else "zh-TW"


def _adds_inputs(plans: list[list[Extraction]]) -> list[int]:
    """The parts read as the calculation of the part before them whose figures are only inputs that part did not state
    ("追蹤完成率 72.5% 扣幾%？另外如果補助總額是 360 萬，扣多少錢"): a supposition adding a fact, no what-if changing one —
    the message is one calculation with both."""
    def alternatives(tool: str) -> set[str]:
        return {name for v in vocabularies() if v.tool == tool for group in v.one_of for name in group}

    # (never another way of giving the same fact: "300 例、完成 240 例…；那今年 68%" gives this year's rate, not a new input)
    return [i for i in range(1, len(plans)) if plans[i] and plans[i - 1] and plans[i][0].tool == plans[i - 1][0].tool
            and plans[i][0].args and not set(plans[i][0].args) & set(plans[i - 1][0].args)
            and not (set(plans[i][0].args) & alternatives(plans[i][0].tool)
                     and set(plans[i - 1][0].args) & alternatives(plans[i][0].tool))]


def _dates_carried(ext: Extraction | None, before: Extraction | None, piece: str, today: datetime.date) -> dict[str, Any]:
    """The dates of the part before's call that a what-if part of the same calculation leaves unsaid ("what if it had been
    a cat 3 instead?" after "screened 2026-03-15, BI-RADS 4"): {} unless the part supposes ("what if", "如果", "instead"),
    writes no date of its own, and the part before read one on the same tool."""
    if ext is None or before is None or ext.tool != before.tool or not WHAT_IF.search(piece) or find_dates(piece):
        return {}
    return {k: v for k, v in before.args.items() if k not in ext.args and isinstance(v, str) and _ISO_DAY.fullmatch(v)}


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _copied_note(facts: str, lang: str) -> str:
    """The assumption said where facts after the people's parts were read as every part's (`parts.copied_facts`)."""
    if lang == "zh-TW":
        return f"「{facts}」沒有說是哪一位的，這裡當作每一位都有；若只屬於其中一位，請說明。"
    return f"“{facts}” does not say whose it is, so it is counted for each of them; say so if it is only one person's."


def _noted(answer: Answer, note: str, lang: str, **update: Any) -> Answer:
    """`answer` with `note` said in brackets under its headline and first among its assumptions (`update`: other fields)."""
    head, _, rest = answer.answer.partition("\n")
    said = f"（{note}）" if lang == "zh-TW" else f"({note})"
    return answer.model_copy(update={"assumptions": [note, *answer.assumptions], "answer": f"{head}\n{said}\n{rest}", **update})


def _own_figures(answer: Answer) -> set[float]:
    """The numbers a part read from words as facts of its own (not as another part's)."""
    return {float(r.value) for r in answer.reading if r.text and isinstance(r.value, (int, float))
            and not isinstance(r.value, bool) and not r.fact.startswith(("another part", "read by another part"))}


def _computed_figures(answer: Answer) -> set[float]:
    """The numbers a part read from words as facts of its own that its calculation takes (the arguments of its calls, or of
    the call it asks to complete): not the words read around them ("其中一位" as the one a figure is of, "全年 11500 案" as the
    whole a month's figure is part of), which say what a figure is, never a fact computed with."""
    calls = [c.args for c in answer.tool_calls] + ([answer.pending_call.args] if answer.pending_call else [])
    return _own_figures(answer) & _figures(calls)


# Words naming whose a part is ("my own", "我自己的", "她的"): a subject of its own, never the part before's.
_OWN_PERSON = re.compile(r"\b(?:my|mine|our|her|his|their)\b|我的|我自己|我們的|我们的|她的|他的|本人", re.IGNORECASE)


def _defaulted_enums(ext: Extraction) -> set[str]:
    """The enum inputs of a reading whose value no words gave: the vocabulary's fallback choice (one with no words), shown
    as an assumption (`Choice.note`) — "The evaluation is read as a radiographer's own." when no subject was named."""
    shown = {n.en for n in ext.notes} | {n.zh for n in ext.notes}
    out: set[str] = set()
    for v in (v for v in vocabularies() if v.tool == ext.tool):
        for slot in v.slots:
            if slot.kind != "enum":
                continue
            for choice in slot.choices:
                if not choice.terms and choice.note is not None and ext.args.get(slot.name) == choice.value \
                        and (choice.note[1] in shown or choice.note[0] in shown):
                    out.add(slot.name)
    return out


def _reads_anything(answer: Answer) -> bool:
    """Does a part's call (or the call it asks to complete) have any argument read?"""
    calls = [c.args for c in answer.tool_calls] + ([answer.pending_call.args] if answer.pending_call else [])
    return any(calls)


def _list_not_grown(answer: Answer, before: Answer) -> bool:
    """Does a part's call give a list input ("radiographer_work_days": [180]) no longer than the part before's — an addition
    ("如果多請一位上班 180 天") read as the whole list rather than added to it?"""
    calls = [c.args for c in answer.tool_calls] + ([answer.pending_call.args] if answer.pending_call else [])
    then = before.tool_calls[0].args if before.tool_calls else {}
    return any(isinstance(v, list) and isinstance(then.get(k), list) and v and len(v) <= len(then[k])
               for args in calls for k, v in args.items())


def _same_calls(a: Answer, b: Answer) -> bool:
    """Do two answers make the very same calculator calls (names and arguments)?"""
    return bool(a.tool_calls) and [(c.name, c.args) for c in a.tool_calls] == [(c.name, c.args) for c in b.tool_calls]


def _awaiting(found: list[Extraction], before: list[list[Extraction]], words: str) -> Extraction | None:
    """A part stating no figure of its own whose one missing input an `every` chain gives from a calculation of a part
    before it ("(1) 一年幾分？(2) 如果六年每年都這樣，展延夠不夠？"): its reading, still asking (`_accounted` chains it)."""
    for chain in (c for c in CHAINS if c.every is not None and c.fits(words)):
        ext = next((e for e in found if e.tool == chain.target), None)
        if ext is not None and [n.key for n in ext.needs] == [chain.slot] and not ext.facts \
                and any(plan and plan[0].tool == chain.source for plan in before):
            return ext
    return None


def _tools_of(answer: Answer) -> list[str]:
    """The calculators a part's answer calls, or the one it asks to complete."""
    return [c.name for c in answer.tool_calls] or ([answer.pending_call.name] if answer.pending_call else [])


def _another_key_same_person(tool: str, own: dict[str, Any], before: dict[str, Any], asked: set[str]) -> bool:
    """Is a part the same calculation for another key of the items it splits by (another domain: "(1) stenting … specialist
    5 yrs … (2) biopsy/drainage domain: 280 cases, eligible for that one?"), asking back only for facts that are no key's
    (the person's years, `Slot.split` / `Slot.same_key` unset) — the person's own facts, which the part before stated?"""
    vocab = next((v for v in vocabularies() if v.tool == tool), None)
    if vocab is None:
        return False
    keys = {s.split for s in vocab.slots if s.split}
    slots = {s.name: s for s in vocab.slots}
    return (any(own.get(k) is not None and before.get(k) is not None and own.get(k) != before.get(k) for k in keys)
            and all(name in slots and not slots[name].split and not slots[name].same_key and name not in keys for name in asked))


def _fewer_items(before: Any, own: Any) -> bool:
    """Is `own` a list with fewer items than the list `before` (a what-if restating one item of a list, not all of it)?"""
    return isinstance(before, list) and isinstance(own, list) and len(own) < len(before)


def _adds_values(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Does `after` keep every argument of `before` and give more: a new argument, or a list grown from the
    same first entries ([365] → [365, 180])?"""
    grown = False
    for key, value in before.items():
        if key not in after:
            return False
        new = after[key]
        if isinstance(value, list) and isinstance(new, list) and len(new) > len(value) and new[:len(value)] == value:
            grown = True
        elif new != value:
            return False
    return grown or any(key not in before for key in after)


# "…，第六年 85，合計應該是 570 吧", "— 570 total": the person's own total, said beside the figures it is of
_STATED_TOTAL = re.compile(r"(?:合計|合计|總共|总共|一共|總計|总计|共計|共计|加起來|加起来|總和|总和|\btotal\b|\bsum\b|\baltogether\b)",
                           re.IGNORECASE)


# a count's unit ("總共5次", "一共5場", "5 meetings in total"): a total of counts, not of credits
_COUNT_UNITS = frozenset("次場场篇例案件位名")
_CREDIT_WORDS = re.compile(r"\b(?:credits?|points?|cme)\b|分|學分|学分|積分|积分", re.IGNORECASE)


def _stated_count_ask(ledger: Ledger, said: list[Any], zh: bool) -> str | None:
    """The question back for a total of counts ("月會3次、年會1次，總共5次") that the counts listed do not add up to: the counts
    compared with the counts — never with the credits they come to. None when the total said is no count, or the counts
    listed are not all of its unit."""
    if len(said) != 1 or not (said[0].unit in _COUNT_UNITS or (said[0].unit is None and not _CREDIT_WORDS.search(said[0].words))):
        return None
    listed = []
    for r in (r for r in ledger.reading if r["text"]):
        found = [m for m in mentions(r["text"], datetime.date.today()) if not m.is_date]
        if len(found) != 1 or found[0].unit not in _COUNT_UNITS or (said[0].unit and found[0].unit != said[0].unit):
            return None
        listed.append((found[0].words, float(found[0].values[0])))
    units = {m.unit for m in said}
    total, own = sum(v for _, v in listed), float(said[0].values[0])
    if len(listed) < 2 or abs(total - own) < 0.051:
        return None
    unit = (next(iter(units)) or "") if zh else ""
    parts = ("、" if zh else ", ").join(f"{v:g}" for _, v in listed)
    return (f"您寫的合計是 {own:g}{unit}，但您列出的各項次數（{parts}）加起來是 {total:g}{unit}；請確認是合計寫錯，還是哪一項數字"
            "有誤，我再幫您計算。" if zh else
            f"You give a total of {own:g}, but the counts you list ({parts}) add up to {total:g}; please check whether the total "
            "or one of the counts is wrong, and I will work it out.")


def _stated_total_ask(ledger: Ledger, calls: list[ToolCall], zh: bool) -> str | None:
    """The question back when the only figures left unread are the person's own totals and the calculation's total differs
    from each: both shown, which is right asked — never one picked (None otherwise: the general question)."""
    totals = [float(v) for c in calls for k, v in c.result.items() if k == "total" and isinstance(v, (int, float))
              and not isinstance(v, bool)]
    said = [m for m in ledger.unaccounted if not m.is_date and m.values and _STATED_TOTAL.search(m.words)]
    if len(totals) != 1 or not said or len(said) != len(ledger.unaccounted) \
            or any(abs(float(m.values[0]) - totals[0]) < 0.051 and m.start not in ledger.total_bounds for m in said):
        return None
    if (counted := _stated_count_ask(ledger, said, zh)) is not None:  # ("總共5次" of 3 + 1 meetings: counts with counts)
        return counted
    # ("加起來有過600" of items adding up to 520: a total said as a bound, shown as the person said it)
    signs = {">": ("超過 ", "over "), ">=": ("至少 ", "at least "), "<": ("不到 ", "under "), "<=": ("最多 ", "at most ")}
    own = "、".join(signs.get(ledger.total_bounds.get(m.start, ""), ("", ""))[0 if zh else 1] + f"{float(m.values[0]):g}" for m in said)
    verb = "" if any(m.start in ledger.total_bounds for m in said) else "是 "
    return (f"您寫的合計{verb}{own}，但您列出的各項加起來是 {totals[0]:g}；請確認是合計寫錯，還是哪一項數字有誤，我再幫您計算。" if zh else
            f"You give a total of {own}, but the figures you list add up to {totals[0]:g}; please check whether the total or one "
            "of the figures is wrong, and I will work it out.")



def _claim_line(said: float, total: float, zh: str) -> str:
    """The line saying a claimed total does not match the calculation's (`Ledger.claims`)."""
    if zh == "zh-TW":
        return f"您提到的合計 {said:g} 與計算結果不符：依規定計算是 {total:g}（見下方步驟）。"
    return f"The {said:g} stated does not match: worked out by the rule, the total is {total:g} (see the steps below)."


def short_form_readings(question: str) -> list[tuple[str, str]]:
    """The short forms of vocabulary terms the question writes and the terms they were read as (as the reader reads them:
    bot/parsing/text.py `_read_corrected`), each once."""
    pairs = abbreviation_readings(normalize_numerals(join_prefixes(Query(question).folded)))
    return list(dict.fromkeys(pairs))


def _shared_short_forms(question: str, words: list[str], zh: bool) -> str:
    """A line naming the vocabulary words a short form left unread may stand for ("congr": congress or congruence), so the
    person can say which — never guessed (bot/parsing/abbreviations.py); "" when no unread words hold one."""
    found = [(short, full) for short, full in ambiguous_short_forms(fold(question, collapse=False))
             if any(short.lower() in w.lower() for w in words)]
    if not found:
        return ""
    if zh:
        return "".join(f"「{short}」可能是" + "或".join(f"「{f}」" for f in full) + "，請說明是哪一個。" for short, full in found)
    return " ".join(f"\u201c{short}\u201d may stand for " + " or ".join(f"\u201c{f}\u201d" for f in full) + ": which one?"
                    for short, full in found)


def _show_slips(result: Answer, mended: list[tuple[str, str]], kind: tuple[str, str] = ("拼字", "Spelling read")) -> None:
    """Say which typed words were read as which (`core.spelling`; short forms, `bot.parsing.abbreviations`): an
    assumption, and a line after the first paragraph (the figure or the rule's answer stays the first line)."""
    zh = result.lang == "zh-TW"
    said = ("、".join(f"「{a}」讀作「{b}」" for a, b in mended) if zh else
            "; ".join(f"\u201c{a}\u201d as \u201c{b}\u201d" for a, b in mended))
    note = f"{kind[0]}：{said}。" if zh else f"{kind[1]}: {said}."
    result.assumptions.append(note)
    head, sep, rest = result.answer.partition("\n\n")
    result.answer = head + "\n\n" + note + (sep + rest if sep else "")

class Engine:
    """Holds what every answer needs, opened once: corpus, retriever, optional chat model."""

    def __init__(self, settings: Settings, corpus: Any, retriever: Any = None, chat_model: Any = None) -> None:
        self.settings = settings
        self.corpus = corpus
        self._retriever = retriever
        self._retriever_lock = threading.Lock()
        self.chat_model = chat_model

    @classmethod
    def create(cls, settings: Settings | None = None, *, chat_model: Any = None, retriever: Any = None,
               lazy_retriever: bool = False) -> Engine:
        """Open the corpus, the retriever (building the index on first use) and, if configured, the LLM.

        `lazy_retriever`: open the index on the first question that needs it (a one-shot CLI call
        whose question is a calculation then never pays for it); long-lived callers open it now.
        """
        from knowledge.corpus import load_corpus

        settings = settings or get_settings()
        corpus = load_corpus()
        if chat_model is None and settings.llm:
            from bot.llm import load_chat_model

            chat_model = load_chat_model(settings.llm)
        import calculators.registry  # noqa: F401 - load the tools now, not on the first question

        engine = cls(settings, corpus, retriever, chat_model)
        if not lazy_retriever:
            engine.retriever  # noqa: B018 - open (or build) the index now
        return engine

    @property
    def retriever(self) -> Any:
        """The hybrid retriever, opened once (thread-safe: Slack answers on several threads)."""
        if self._retriever is None:
            with self._retriever_lock:
                if self._retriever is None:
                    from knowledge.retrieve import HybridRetriever

                    self._retriever = HybridRetriever.open(self.settings, corpus=self.corpus)
        return self._retriever

    # ------------------------------------------------------------------ public

    def answer(self, question: str, conversation: Conversation | None = None, *,
               today: datetime.date | None = None) -> Answer:
        """Answer one message; a reply to a clarifying question completes the pending calculation."""
        start = time.perf_counter()
        forget_answer()  # (what the last answer's reading remembered: `core.memo`)
        today = today or datetime.date.today()
        question = question if isinstance(question, str) else str(question)
        # Undecodable bytes (a CLI argument cut mid-character arrives as lone surrogates)
        # become "?", so the answer can always be serialised and logged.
        question = question.encode("utf-8", "replace").decode("utf-8")
        result: Answer | None = None
        if self.chat_model is not None and has_content(question):
            from bot.llm import llm_answer

            result = llm_answer(self, question, conversation, today)
        if result is None:
            result = self._deterministic(question, conversation, today)
        if result.route != "out_of_scope" and (mended := slips(question)):
            _show_slips(result, mended)
        if result.route == "calculator" and (short := short_form_readings(question)):
            _show_slips(result, short, kind=("縮寫", "Short forms read"))
        result.latency_ms = round((time.perf_counter() - start) * 1000, 2)
        return result

    def compute(self, question: str, lang: str, tool: str, calls: list[dict[str, Any]]) -> Answer:
        """The answer for calculator arguments given outright (a form), composed as for a question:
        one call per entry of `calls` (several for TSIR domains)."""
        ext = Extraction(tool=tool, args=dict(calls[0]), extra_calls=[dict(c) for c in calls[1:]], facts=len(calls[0]))
        start = time.perf_counter()
        result = self._calculate(question, lang, ext, "calculator")
        result.latency_ms = round((time.perf_counter() - start) * 1000, 2)
        return result

    # ------------------------------------------------------------------ routing

    def _deterministic(self, question: str, conversation: Conversation | None, today: datetime.date,
                       siblings: tuple[dict[str, Any], ...] = (), part: bool = False) -> Answer:
        """`siblings`: the arguments other parts of the same message computed with (their numbers are accounted for);
        `part`: the text is one part of a message (never split again)."""
        prior = pending(conversation)
        lang = _reply_lang(question, prior)
        if not has_content(question):
            return self._out_of_scope(question, lang, "empty")
        unreadable = UNREADABLE_NUMBER.search(question)
        if unreadable:
            return self._unreadable_number(question, lang, unreadable.group(0))
        question_read, q = _read_query(question, today, part)
        if prior is not None and (done := self._completes_a_part(question, prior, today)) is not None:
            return done
        if prior is not None:
            pending_question = _settled(pending_text(conversation, today) or prior.question)
            pending_question = _as_read_before(conversation, pending_question, prior, today)
            rough = exact_for_rough(pending_question, question, asked=any(m.startswith(f"{ROUGH_KEY}:") for m in prior.missing),
                                    vague_asked=any(m.startswith("vague:") for m in prior.missing))
            if rough is None:
                rough = _unread_replaced(prior, pending_question, question, today)
            reply = question
            pointed = _figure_pointed(prior, pending_question, question, today) if rough is None else None
            if pointed is not None:  # "that's on the positive cases; negatives were 9%": the question's figure, named
                pending_question, rest, _ = pointed
                reply, q = (rest, Query(rest, today)) if rest else (reply, q)
            if (count := _bare_count(question)) is not None:  # "兩個" for "車上有幾位放射師": the count, in figures
                reply, q = count, Query(count, today)
            if rough is not None:  # "精確是215例" for the question's "兩百出頭例": the exact figure in the rough one's place
                pending_question, rest, (said, exact) = rough
                if not rest:
                    return self._exact_only(question, lang, prior, pending_question, said, exact, today)
                reply, q = rest, Query(rest, today)
            # ("另一位 180 天", "其他的都 150 天": a reply saying which of the items asked its figures are for is read with the
            # question only — never spread over every item, never written beside a clause where "另一位" is one more)
            which = _asked_list(prior) is not None and names_which(Query(reply, today).text)
            spread = None if which else _spread_reply(prior, pending_question, reply, today)
            if spread is not None:  # "三個人都是 365 天": one value for each, written out
                q = Query(spread, today)
            completed = self._complete(prior, pending_question, q, spread or reply, today)
            aside_ok = prior.pending_call is not None and not any(m.startswith("vague:") for m in prior.missing) and not which

            def aside() -> Any:  # a reply said of one thing asked about ("兩篇都是我一作"), read beside that thing
                return _as_aside(prior.pending_call.name, prior.pending_call.args, pending_question, spread or reply,
                                 today, prior) if aside_ok else None

            if completed is not None and completed[0].extraction.complete and prior.pending_call is not None \
                    and prior.pending_call.args and completed[0].extraction.tool == prior.pending_call.name \
                    and not adds_more(spread or reply) \
                    and _items_changed(prior.pending_call.name, prior.pending_call.args, completed[0].extraction.args,
                                       _corrected_figures(reply)) \
                    and (other := aside()) is not None and other[0].extraction.complete \
                    and _extends(prior.pending_call.args, other[0].extraction.args, _corrected_figures(reply)):
                # "first author on one, a middle author on the other" for the papers' roles, the meeting named after them:
                # read after the question, the roles went to the meeting (one meeting more); beside the papers asked
                # about, they keep every item the question had — unless the reply says it adds ("另外還有兩篇病例報告",
                # "plus 2 case reports": the thing more is the reply's)
                completed = other
            if completed is None or not completed[0].extraction.complete:
                # (a reply that adds a thing, "…, plus 2 case reports", is never read as an aside: beside the item asked
                # about, the thing more is lost — its missing details are asked instead)
                completed = (None if completed is not None and adds_more(spread or reply) else aside()) or completed
                if completed is None and aside_ok:  # some of the facts asked, beside the thing they are about
                    completed = _as_aside(prior.pending_call.name, prior.pending_call.args, pending_question, spread or reply,
                                          today, prior, partial=True)
                tried = True
            else:
                tried = False
            if completed is not None:
                completed = self._settled_unknowns(prior, pending_question, spread or reply, today, completed)
                if completed is None:  # a fact the question said not known, read only from the words saying so: unsaid
                    return self._ask_again(prior, question, lang, q, self._deterministic(question, None, today))
                if rough is not None:
                    completed[0].extraction.notes.append(_exact_note(*rough[2]))
                if pointed is not None:
                    completed[0].extraction.notes.append(pointed[2])
                result = self._finish(question, lang, prior, completed)
                if result.route != "calculator" and not tried and any(m.startswith("unread:") for m in result.missing) \
                        and (other := aside()) is not None:
                    # read together, a figure of the reply stayed unread ("另外教育積分其實是 100"): beside the thing
                    # it is about, the reply may say it all
                    again = self._finish(question, lang, prior, other)
                    if again.route == "calculator":
                        return again
                return result
            fresh = self._deterministic(question, None, today)
            return self._ask_again(prior, question, lang, q, fresh)
        if not part and (added := self._adds_to_last_turn(question, conversation, q, today)) is not None:
            return added
        marker = neighbour_kind(q, self.settings.data_dir / "scope", reads_as_ours=lambda: _fills_a_calculation(q),
                                past_cues=lambda: self._prefetch(q, part))
        model = route_model.read(q.folded) if not part else None
        if marker and not (model is not None and model.overrules("keep")):
            return self._out_of_scope(question, lang, marker)
        injection = bool(INJECTION.search(q.text))
        if prior is None and not injection and not part:
            multi = self._multi_part(question_read, lang, q, today)
            if multi is not None:
                return multi
        decision = _decide(q)
        if not injection:
            decision, overruled = _model_overrules(q, decision, model)
            if overruled == "oos":
                return self._out_of_scope(question, lang, "unlike_ours")
        if decision is not None and decision.route == "clarify" and not injection and \
                (each := self._each_choice(question, lang, q, decision.extraction, today)) is not None:
            return each
        if decision is not None and not (injection and decision.route != "calculator"):
            vague = vague_left(decision.extraction, find_vague(q.text))
            # (a vague count the reader read and set aside as no input of this calculation — another domain's cases, "另外
            # TACE 兩百多例" beside an ablation instructor — changes nothing however many it is: shown in `unused`, never asked)
            vague = [v for v in vague if not _set_aside_as_no_input(decision.extraction, q.text, v)]
            # ("兩百出頭例" while another fact is still missing: the missing facts are asked the usual way — the reply may give the
            # exact figure in the rough one's place, `exact_for_rough`; asked as a vague count only when nothing else is open)
            if decision.route == "clarify" and (rough := [v for v in vague if re.search(r"出頭|出头", v)]):
                stand = set(vague_keys(decision.extraction, q.text, vague, today))
                if any(n.key not in stand for n in decision.extraction.needs):
                    vague = [v for v in vague if v not in rough]
            # (a vague count that stands for no fact of the calculation, "有幾個還在追" beside the suspected positives, while a fact
            # is still missing: the missing fact is what is asked — its reply could never fill the vague words)
            ext = decision.extraction
            # (… nor beside a calculation that needs nothing more, "院內晨會倒是參加了十幾次（這個應該不算吧？）": written as a
            # count, the words would still change no input of it — what they count is no activity of the rule)
            if vague and (decision.route == "clarify" and ext.needs and not vague_keys(ext, q.text, vague, today)
                          or decision.route == "calculator" and not ext.needs and _vague_credits_nothing(ext, q.text, vague, today)) \
                    and ext.facts >= 1 and not ext.invalid:
                if decision.route == "calculator":
                    said = "、".join(f"「{v}」" for v in vague)
                    ext.notes.append(Note(f"{said}說的活動不是這項計算計入的項目，未列入計算。",
                                          f"{', '.join(f'“{v}”' for v in vague)}: no activity this calculation credits; left out."))
                vague = []
            # (a time said vaguely beside a calculation of dates, "證書幾年前發的" for the renewal window, is when, not how many:
            # no count of it is asked — the date the window counts from is, `routing._window_date_unsaid`)
            if vague and ext.tool in DATE_TOOLS:
                vague = [v for v in vague if not _said_as_ago(q.text, v)]
            if vague and (settled := _some_more_settled(question, q, decision.extraction, vague, today)) is not None:
                return self._calculate(question, lang, settled[1], "calculator", settled[0], siblings=siblings)
            if vague:
                return self._ask_vague(question, lang, decision.extraction, vague, today)
            if decision.route == "clarify" and not injection and (spanned := self._month_only(question, lang, q, ext)) is not None:
                return spanned
            return self._calculate(question, lang, decision.extraction, decision.route, q, siblings=siblings)
        keep = model is not None and model.route == "rules" and model.overrules("keep")
        return self._retrieve(question, lang, q, injection, "rules" if keep else None)

    def _month_only(self, question: str, lang: str, q: Query, ext: Extraction) -> Answer | None:
        """A calculation asked back only for dates that the question says to the month or the year ("明年2月要送",
        "applying in March 2027", "民國55年3月生"): worked out for every day each names. Where the verdict (`favourable`,
        `outcome`, `consequences`; for a tool with none, the whole result) is the same on every day, the answer is given with
        the first day, and the assumption says so; where it turns, the day is asked for, with what each end gives. None when
        the question is no such question (a fact other than such a date is missing, or a span cannot be placed)."""
        if not ext.needs or ext.invalid or q.followup is not None:
            return None
        ext = dataclasses.replace(ext, needs=[n for n in ext.needs if n.key not in ext.args])
        vocab = next((v for v in vocabularies() if v.tool == ext.tool), None)
        date_slots = {s.name for s in vocab.slots if s.kind == "date"} if vocab is not None else set()
        # (a date the reading holds already is given, whatever the question back would ask again)
        keys = [n.key for n in ext.needs if n.key not in ext.args]
        if not keys or any(k not in date_slots for k in keys) or len(set(keys)) != len(keys):
            return None
        spans = find_spans(q.text, q.today)
        # what the reading gives once the dates are whole: a date it fills from another only when that one is read (the
        # application date taken to be today, "今天送件", once a birth date is read) is filled on each day too, not asked
        whole = q.text
        for s in sorted(spans, key=lambda s: s.start, reverse=True):
            whole = whole[:s.start] + f" {s.first.isoformat()} " + whole[s.end:]
        if spans and (full := _pending_reading(Query(whole, q.today), ext.tool)) is not None:
            if any(n.key not in keys and n.key not in ext.args for n in full.extraction.needs):
                # ("民國55年5月生…明年送件…滿60可以終身嗎": once the birth month is whole, the application date — 明年 is no
                # day — is still missing: asked, never left out of a calculation run on the month's days)
                return None
            firsts = {s.first.isoformat() for s in spans}
            filled = {k: v for k, v in full.extraction.args.items()
                      if k in keys and k in date_slots and isinstance(v, str) and v not in firsts}
            if filled and len(filled) < len(keys):
                notes = [n for n in full.extraction.notes if n not in ext.notes and not any(f in n.zh for f in firsts)]
                ext = dataclasses.replace(ext, args={**ext.args, **filled}, notes=[*ext.notes, *notes],
                                          needs=[n for n in ext.needs if n.key not in filled])
                keys = [k for k in keys if k not in filled]
            # (a date the reading takes only once the spans are whole — "明年送件" read as 2027-01-01 — is a span too: worked
            # out for each of its days like the others, or asked where they are too many — never left out of the calculation)
            keys += [k for k, v in full.extraction.args.items()
                     if k in date_slots and k not in ext.args and k not in keys and v in firsts]
        births = [s for s in spans if _BIRTH_BEFORE.search(q.text[max(0, s.start - 10):s.start]) or _BIRTH_AFTER.match(q.text, s.end)]
        others = [s for s in spans if s not in births]
        slots = {s.name: s for s in vocab.slots} if vocab is not None else {}

        def named(span: FoundSpan, slot: Any) -> bool:
            """Do the slot's own words stand within its reach of the span ("2027年3月到期": the expiry's)?"""
            if not slot.terms:
                return False
            pattern = compiled(vocab.terms.get(slot.terms, slot.terms))  # type: ignore[union-attr]
            after = slot.near_after if slot.near_after is not None else slot.near
            return bool(pattern.search(q.text[max(0, span.start - slot.near):span.start])
                        or pattern.search(q.text[span.end:span.end + after]) or pattern.search(span.text))

        placed: dict[str, FoundSpan] = {}
        for key in keys:
            # (a span that another date's words name, and not this one's, is that date's — "2021年拿到證書" for a missing expiry
            # is the issue year)
            pool = births if key == "birth_date" else [
                s for s in others if named(s, slots[key]) or not any(
                    named(s, o) for n, o in slots.items() if o.kind == "date" and n not in (key, "birth_date"))]
            if len(pool) != 1 or (key != "birth_date" and len([k for k in keys if k != "birth_date"]) != 1):
                return None
            placed[key] = pool[0]
        combos: list[dict[str, str]] = [{}]
        for key, span in placed.items():
            combos = [{**c, key: d.isoformat()} for c in combos for d in span.days()]
        if len(combos) > MAX_SPAN_CALLS:
            return None
        zh = lang == "zh-TW"
        try:
            calcs = [calculate(ext.tool, {**ext.args, **c}) for c in combos]
        except Exception:  # noqa: BLE001 - the calculator's rejection (a day out of its range): asked as before
            return None

        def verdict(calc: Calculation) -> Any:
            if calc.favourable() is not None or calc.outcome() is not None:
                return calc.favourable(), calc.outcome(), tuple(sorted(calc.consequences().items()))
            return _args_key({k: v for k, v in calc.result.model_dump(mode="json").items()
                              if k not in ("citations", "assumptions", "steps", "trace")})

        said = "、".join(f"「{s.text}」" for s in placed.values()) if zh else ", ".join(f"\u201c{s.text}\u201d" for s in placed.values())
        ends = "；".join(f"{s.first.isoformat()} 到 {s.last.isoformat()}" for s in placed.values()) if zh else \
            "; ".join(f"{s.first.isoformat()} to {s.last.isoformat()}" for s in placed.values())
        if len({verdict(c) for c in calcs}) == 1:
            note = Note(f"{said}只說到{'月份' if all(s.unit == 'month' for s in placed.values()) else '年份'}，沒有說哪一天："
                        f"以其中每一天（{ends}）各算一次，結果都相同，以下以第一天計算；實際日期不會改變結論。",
                        f"{said} gives no day: worked out for every day it covers ({ends}), the result is the same on each; "
                        "the first day is used below, and the actual day does not change the verdict.")
            args = {**ext.args, **combos[0]}
            spans = [(s.start, s.end, "date_span", key, f"{s.first.isoformat()} ~ {s.last.isoformat()}") for key, s in placed.items()]
            done = dataclasses.replace(ext, args=args, needs=[], notes=[*ext.notes, note], set_aside=[*ext.set_aside, *spans])
            answer = self._calculate(question, lang, done, "calculator", q)
            if answer.route != "calculator":
                return None
            # (each span read as its days, in `reading`, where no figure of it was a number the ledger met: "明年三月份")
            said_already = {r.text for r in answer.reading}
            extra = [Reading(fact=key, value=f"{s.first.isoformat()} ~ {s.last.isoformat()}", text=s.text)
                     for key, s in placed.items() if s.text not in said_already]
            return answer.model_copy(update={"reading": [*answer.reading, *extra]}) if extra else answer
        # (where it turns: the runs of days with one verdict, each with what it gives — "2026-12-01 ~ 2026-12-14：還不行…")
        runs: list[tuple[int, int]] = []
        for i, calc in enumerate(calcs):
            if runs and verdict(calcs[runs[-1][0]]) == verdict(calc):
                runs[-1] = (runs[-1][0], i)
            else:
                runs.append((i, i))

        def days(a: int, b: int) -> str:
            one = "、".join(combos[a].values()) if zh else ", ".join(combos[a].values())
            two = "、".join(combos[b].values()) if zh else ", ".join(combos[b].values())
            return one if a == b else f"{one} ~ {two}"

        shown = runs if len(runs) <= 4 else [runs[0], runs[-1]]
        turns = "；".join(f"{days(a, b)}：{calcs[a].headline(lang)}" for a, b in shown) if zh else \
            "; ".join(f"{days(a, b)}: {calcs[a].headline(lang)}" for a, b in shown)
        unit = "月份" if all(s.unit == "month" for s in placed.values()) else "年份"
        asked = [dataclasses.replace(n, zh=f"{said}只說到{unit}，沒有說哪一天，而結果會因日期不同（{turns}）。{n.zh}",
                                     en=f"{said} gives no day, and the result turns on it ({turns}). {n.en}")
                 if n.key in placed and n.key != "birth_date" or len(placed) == 1 else n for n in ext.needs]
        answer = self._clarify(question, lang, dataclasses.replace(ext, needs=asked))
        partial = account(q.text, q.today, [ext.args])
        return answer.model_copy(update={"reading": [Reading(**r) for r in partial.reading if r["text"]]})

    def _completes_a_part(self, reply: str, prior: Answer, today: datetime.date) -> Answer | None:
        """A reply to a message in parts of which one part asked back ("壓迫 74、假體 88；另外複判陽性 57%…" → the negative
        rate asked; "陰性 10%"): that part completed as a reply to its own question back, the other parts' answers kept as
        they were, in their place; None unless exactly one part asked back for a calculation and the reply completes it."""
        asking = [i for i, a in enumerate(prior.parts) if a.route == "clarify" and a.pending_call is not None]
        if len(asking) != 1 or any(a.route not in ("calculator", "clarify") for a in prior.parts):
            return None
        i = asking[0]
        part = prior.parts[i]
        tool = part.pending_call.name
        got = self._deterministic(reply, Conversation(turns=[Turn(question=part.question, answer=part)]), today)
        if got.route != "calculator" or [c.name for c in got.tool_calls] != [tool]:
            # (a part whose words alone name no calculation — read as the part before's, or one of two calculations
            # stated together: the reply read with its words as the calculation it asked for, keeping what it had read)
            source = Query(part.question[:MAX_READ_CHARS], today, followup=reply[:MAX_READ_CHARS])
            d = _pending_reading(source, tool)
            if d is None or d.route != "calculator" or not _extends(part.pending_call.args, d.extraction.args):
                return None
            siblings = tuple(c.args for j, a in enumerate(prior.parts) if j != i for c in a.tool_calls)
            got = self._calculate(reply, prior.lang, d.extraction, "calculator", source, siblings=siblings)
            if got.route != "calculator":
                return None
        answers = [*prior.parts[:i], got.model_copy(update={"question": part.question}), *prior.parts[i + 1:]]
        return join_parts(prior.question, prior.lang, answers)

    def _prefetch(self, q: Query, part: bool) -> None:
        """Start the question's query embedding, to run while it is read — with the scope check's text first when a hint
        word will send the question to that check. Called once the scope check's cue lists have left the question ours
        (`neighbour_kind`): one they send out of scope is answered without an encode. A question with figures of the
        person's own (`states_figures`) may be a calculation, which never searches: its encode starts once it is read as
        none (`_when_no_calculation`) — for a hinted question before the scope check, whose encode then runs beside the
        retriever's instead of before it; for a message in parts while they are read. (Prefetching every question was
        tried: a calculation's unused encode took a core from the next question: calculator p50 8.5 -> 15 ms, p95 18 -> 40
        ms back to back; and again only while no other encode ran, still calculator p50 25 -> 39-49 ms on a loaded
        machine.)"""
        if part or self._retriever is None:
            return
        from bot.scope_model import scope_text  # noqa: PLC0415 - numpy only once the retriever is open

        def start() -> None:
            self._retriever.prefetch(q.folded[:1000], *scope_text(q.folded))

        if states_figures(q):
            _when_no_calculation(q, start)
        else:
            start()

    def _adds_to_last_turn(self, question: str, conversation: Conversation | None, q: Query,
                           today: datetime.date) -> Answer | None:
        """Bare facts sent after an answer that asked nothing ("all three 365 days", "Nov 12, 2026", "車上 2 位"): no question
        and no calculation of their own, they are the facts of the question just answered — a rules answer to one's own
        case ("視您的數字而定"), or a calculation still short of a fact (a deadline with no screening date) — read with it,
        when together they read as that calculation with more facts; else None (answered as a message of its own)."""
        turns = conversation.turns if conversation is not None else []
        if not turns or turns[-1].answer.route not in ("retrieval", "calculator") or QUESTION_CUE.search(q.text):
            return None
        if not (q.quantities or find_dates(q.text)) or INJECTION.search(q.text) or decide_calculation(q) is not None:
            return None
        last = turns[-1]
        earlier = _settled(last.question)[:MAX_READ_CHARS]
        source = Query(earlier, today, followup=question[:MAX_READ_CHARS])
        merged = decide_calculation(source)
        if merged is None or merged.route not in ("calculator", "clarify"):
            return None
        before = decide_calculation(Query(earlier, today))
        tools = {c.name for c in last.answer.tool_calls}
        if tools and merged.extraction.tool not in tools:
            return None  # facts of another calculation than the one answered
        if before is not None and before.extraction.tool == merged.extraction.tool and not (
                merged.extraction.facts > before.extraction.facts
                or _adds_values(before.extraction.args, merged.extraction.args)):
            return None  # the message adds nothing the question had not said
        answer = self._calculate(question, _reply_lang(question, last.answer), merged.extraction, merged.route, source)
        # (read together, a figure that stays unread — "一天上限多少？" + "2 位": its 一天 — is no reply: the message alone)
        return None if any(m.startswith("unread:") for m in answer.missing) else answer

    def _exact_only(self, question: str, lang: str, prior: Answer, pending_question: str, said: str, exact: str,
                    today: datetime.date) -> Answer:
        """A reply giving only the exact figure for the question's rough one (`exact_for_rough`): the question read with
        it in the rough one's place; asked again when that is still not the pending calculation."""
        source = Query(pending_question[:MAX_READ_CHARS], today)
        decision = decide_calculation(source)
        if decision is None or prior.pending_call is None or decision.extraction.tool != prior.pending_call.name:
            return self._ask_again(prior, question, lang, Query(question, today), self._deterministic(question, None, today))
        decision.extraction.notes.append(_exact_note(said, exact))
        return self._finish(question, lang, prior, (decision, source))

    def _finish(self, question: str, lang: str, prior: Answer, completed: Any) -> Answer:
        """The pending calculation made with a reply's facts (a fact passed over made without: `_passed_over`)."""
        merged, source = completed
        passed = _passed_over(prior, merged.extraction)
        if passed is not None:
            return self._calculate(question, lang, passed, "calculator", source)
        return self._calculate(question, lang, merged.extraction, merged.route, source)

    @staticmethod
    def _ask_again(prior: Answer, question: str, lang: str, q: Query, fresh: Answer) -> Answer:
        """A reply to a question back that does not complete the calculation: answered as a new question when it
        is one; a statement ("都是國內的", "No, first time") that the scope check or the clauses would answer instead
        is a reply not understood, and the question back is asked again (never a refusal, never a guess)."""
        if prior.pending_call is None or QUESTION_CUE.search(q.text):
            return fresh
        # A statement about the pending calculation's facts ("the 2 talks were both international") that reads as
        # another calculator's on its own (two international meetings) is a reply not understood, not a new question.
        other_tool = fresh.route == "calculator" and prior.pending_call.name not in {c.name for c in fresh.tool_calls}
        if fresh.route in ("calculator", "clarify") and not other_tool:
            return fresh
        if (fresh.route == "out_of_scope" and not has_content(question)) or INJECTION.search(q.text):
            return fresh
        if fresh.route == "retrieval" and not q.quantities and len(q.text) > 40:
            return fresh
        zh = prior.lang == "zh-TW"
        lead = ("我沒能從這則回覆讀出計算還需要的資料，請再依下面的問題回覆（例如直接寫數字或日期）。" if zh else
                "I could not read the facts the calculation still needs from that reply; please answer the question "
                "below (e.g. just the number or the date).")
        return prior.model_copy(update={"question": question, "answer": f"{lead}\n\n{prior.answer}"})

    def _multi_part(self, question: str, lang: str, q: Query, today: datetime.date) -> Answer | None:
        """A message that asks several things, answered part by part (SPEC §3 `parts`), or None.

        Numbered parts are always answered apart; questions in a row only when at least two of
        them are calculations with different calculators (two questions about one calculation,
        "Over the cap? Spot review?", are one question). Two parts never compute the very same call:
        a part that also reads another calculation takes it (`parts.assign`). A message that is not split
        but states the facts of two calculations, each reading the numbers the other leaves, is answered
        as two parts too (`_co_calculations`). A part missing what another part computes takes it from
        that part's result (`parts.CHAINS`), said so."""
        if figure_alternative(q) and _decide(q) is None:
            return None  # "360 分是幾等？340 呢": the rule's band looked up twice, one rules answer
        marked = Query(mark_circled(question[:MAX_READ_CHARS]), today).folded
        pieces, numbered = split_parts(marked)
        if pieces and segmented(marked) and (whole := self._whole_calculation(question, lang, q)) is not None \
                and (not segmented_by_person(marked) and any(_has_year(c.args) for c in whole.tool_calls) or _pooled(whole.tool_calls)):
            # one calculation reads every year itself (a credit tally by year), or pools every person's figures itself (a
            # facility's self-selected sets, one line per radiographer): no part each, and the answer computed here is the
            # answer (with vague words the main path asks about them first)
            return None if find_vague(q.text) else whole
        if not pieces or len(pieces) > 5 or any(not has_content(p) for p in pieces):
            return self._co_calculations(question, lang, q, today)
        pieces = _with_subject(pieces, lead_in_subject(marked), today)
        pieces = carry_same_day(pieces, today)  # "(b) another lady screened the same day": the day part (a) wrote
        # "2) …同樣補助金額的話扣多少": the subsidy part 1) wrote — kept only where the part then reads as a calculation (a
        # what-if, "same subsidy but 71%?", that reads as none with it stays the part before's what-if)
        pieces = [c if c == p or decide_calculation(Query(c, today)) is not None else p
                  for p, c in zip(pieces, carry_same_figure(pieces))]
        plans: list[list[Extraction]] = []
        continued: list[int] = []  # parts read as the calculation of the part before them
        awaits: list[int] = []  # parts stating no figure whose input a part before computes ("六年每年都這樣，展延夠嗎")
        for i, p in enumerate(pieces):
            pq = Query(p, today)
            d = decide_calculation(pq)
            own = [d.extraction] if d is not None else []
            found = candidates(pq)
            plans.append(own + [c for c in found if c.facts and d is not None and c.tool != d.extraction.tool])
            if d is None and (ext := _awaiting(found, plans[:i], p)) is not None:
                plans[i] = [ext]
                awaits.append(i)
                continue
            before = plans[i - 1][0] if i and plans[i - 1] else None
            if d is None and (not found or changes_one_fact(p)) and before is not None \
                    and (ext := self._continuing(pq, before.tool)) is not None:
                # (a what-if naming no calculation, "如果是 190 例呢？", is the part before's too, whatever else it reads)
                plans[i] = [ext]
                continued.append(i)
        if _idle_what_ifs(q, pieces, plans, today):
            return None  # "陰性差異17%，還要考跑片嗎？如果下次後審隔超過一年呢": the what-if supposes what no calculation reads (the
            # interval) of a rules question — one rules answer, never the carried figure's calculation asked back
        pieces = self._own_question(pieces, plans, today)
        # (questions in a row that read as one rules question whole are no rules part beside a calculation: no part of it is
        # sent to a calculator)
        whole_rule = not numbered and any(plans) and _one_rules_question(q, pieces)
        rules = [] if whole_rule else self._rules_parts(pieces, plans, today)
        continued = [i for i in continued if i not in rules]  # (a rules part is read as no calculation, its own or the one before's)
        picked = assign([[(e.tool, repr(sorted(e.args.items())), e.score) for e in plan] for plan in plans],
                        [_named_tools(Query(words, today).folded) for words in own_words(pieces)])
        chosen = [plan[k] if k >= 0 else None for plan, k in zip(plans, picked)]
        # Two questions in a row on one calculator are two calculations when each states figures of its own ("某天做了九十案，
        # 有超嗎？其中一位那個月做了五百六十案，會被抽片嗎？"); one with none of its own asks about the same facts ("Over the
        # cap? Spot review?": one question).
        # Only when their facts differ on an input both give (two days on the van, two people's months): facts that fit one
        # call together ("上月 530 案…另外當天兩位做了 78 案") are one calculation answering both.
        own_facts = all(e is not None for e in chosen) and all(has_figure(w) for w in own_words(pieces)) \
            and _conflicting([e.args for e in chosen if e is not None])
        # A what-if ("…能申請嗎？如果是 190 例呢？") changes a fact of the part before: never one calculation adding both —
        # unless it only supposes an input the part before did not state ("扣幾%？另外如果補助是 360 萬，扣多少錢")
        adds = _adds_inputs(plans)
        # (… never one only supposing the deadline missed, "最晚哪天？如果真的來不及呢": the window's late end answers it)
        what_if = any(changes_one_fact(p) and has_figure(p) and not supposes_lateness(w)
                      for i, (p, w) in enumerate(zip(pieces, own_words(pieces))) if i and i not in adds)
        # "…拍了551案，會被抽片嗎？另外一個是550案呢": another one's figures, asked like the part before — a part of its own
        another = any(i and opens_on_another(p) and has_figure(p) for i, p in enumerate(pieces))
        # "…how many points? and what if it's just a case report", "…算幾分？那一個半小時的呢": the question before asked again
        # of another value or kind — a part of its own, never one calculation of both
        # (a kind or role supposed with no figure, "what if it's a case report", stays one rules answer quoting both —
        # test_routing_round10; an input the first part lacked, "如果補助是 250 萬呢", is added to it: `adds`)
        variant = any(i and i not in adds and asks_a_variant(w) and has_figure(w) for i, w in enumerate(own_words(pieces)))
        # (a part only supposing the deadline missed, read as the part before's, asks nothing of its own: `supposes_lateness`)
        late_only = {i for i, w in enumerate(own_words(pieces)) if i and supposes_lateness(w)}
        if not numbered and len(_asked_tools(pieces, chosen)) < 2 and not set(continued) - set(adds) - late_only and not own_facts \
                and not what_if and not rules and not another and not variant:
            return self._co_calculations(question, lang, q, today)

        def run(i: int, siblings: tuple[dict[str, Any], ...] = ()) -> Answer:
            if picked[i] <= 0 and i not in continued and i not in awaits:  # the part's own reading, as a question of its own
                return self._deterministic(pieces[i], None, today, siblings=siblings, part=True)
            ext = chosen[i]
            carried = _dates_carried(ext, chosen[i - 1] if i else None, pieces[i], today) if i in continued else {}
            if carried:
                # "…screened 2026-03-15, BI-RADS 4, by when? what if it had been a cat 3 instead?": a what-if changes one
                # fact of the part before; the date that part counts from, unsaid here, is still that case's (said so)
                ext = dataclasses.replace(ext, args={**ext.args, **carried})
            answer = self._calculate(pieces[i], lang, ext, "calculator" if ext.complete else "clarify",
                                     Query(pieces[i], today), siblings=siblings)
            if i not in continued:
                return answer
            note = continued_note(lang, i, TOOL_INFO.get(ext.tool, ('這項計算', 'this calculation', []))[0 if lang == 'zh-TW' else 1])
            if carried:
                days = "、".join(str(v) for v in carried.values())
                note += (f"日期沿用第 {i} 題的 {days}。" if lang == "zh-TW" else f" The date is part {i}'s, {days}.")
            return _noted(answer, note, lang)

        if not any(picked[i] > 0 or i in continued or _may_calculate(p, today) for i, p in enumerate(pieces)):
            return None  # every part would be answered from the clauses or refused: the message is answered whole (below)
        answers = [run(i) for i in range(len(pieces))]
        for i in [i for i in range(len(pieces)) if picked[i] > 0 or i in continued]:
            # A part read as another calculation than its own computes with numbers of its own, or not at all.
            own = _computed_figures(answers[i])
            # (or reads nothing at all: "超沒超？" read as the monthly cap with no figure, after the facility's year)
            # (a part another part's result completes, `parts.CHAINS`, reads nothing yet and stays)
            empty = not _reads_anything(answers[i]) and not any(c.target in _tools_of(answers[i]) for c in CHAINS)
            if empty or any(own & _computed_figures(b) for j, b in enumerate(answers) if j != i):
                picked[i], chosen[i] = (0, plans[i][0]) if i not in continued else (-1, None)
                continued = [k for k in continued if k != i]
                answers[i] = run(i)
        mine = own_words(pieces)
        for i, p in enumerate(pieces):
            # a what-if this reading cannot place ("如果是 190 例呢？" read as nothing): the part before is answered, this
            # one asked about — never dropped, and never added into the part before's figures
            before = next((b for b in answers[:i][::-1] if b.route == "calculator"), None)
            # (a what-if adding a thing, "如果再加 2 次月會呢", is the part before's facts and its own: never its own alone)
            if i and before is not None and adds_to_before(p) and not _another_year(p, before, today):
                # (its own words only: a piece carrying the preamble's facts, "今年月會 5 次 如果再加一次年會呢", would count them twice)
                added = self._what_adds(mine[i].strip() or p, pieces[answers.index(before)], lang, before, answers.index(before) + 1, today)
                if added is not None:
                    answers[i] = added
                    continue
                if _tools_of(answers[i]) == _tools_of(before) and _list_not_grown(answers[i], before):
                    # (the addition not read with the part before's facts: never computed alone, as if it replaced them)
                    answers[i] = self._ask_what_changes(p, lang, before, answers.index(before) + 1)
                    continue
            if i and before is not None and changes_one_fact(p) and has_figure(p) and supposes_a_figure(p) \
                    and answers[i].route in ("out_of_scope", "retrieval"):
                # (a variant with no supposing word, "那 1.5 小時的呢", "what about 2.5-hour ones?", is read in the part
                # before's words with its figure in place; a supposition, "如果是 190 例呢", stays asked — test_parts_round13)
                answers[i] = (None if WHAT_IF.search(mine[i]) else self._variant(answers, pieces, i, lang, today)) or \
                    self._ask_what_changes(p, lang, before, answers.index(before) + 1)
            elif i and before is not None and WHAT_IF.search(mine[i]) and not asks_beyond_supposing(mine[i]) \
                    and answers[i].route == "calculator" and _same_calls(answers[i], before):
                # ("…What tier? What if the same happens again at the next review?"): the what-if read as the very call of
                # the part before changes nothing that was read — its answer would be the part before's, passed off as the
                # what-if's; what it changes is asked
                answers[i] = self._ask_what_changes(p, lang, before, answers.index(before) + 1)
        answers = self._another_like(answers, pieces, lang, today)
        # (a variant read as no question at all, "那一個半小時的呢": in the part before's words before it is refused)
        answers = self._variants(answers, pieces, lang, today, routes=("out_of_scope", "retrieval"))
        answers = self._rules_in_context(answers, pieces, rules, lang, today)
        answers = self._subject_carried(answers, pieces, lang, today)
        if any(a.route == "out_of_scope" for a in answers) or not any(a.route in ("calculator", "clarify") for a in answers):
            return None
        answers = self._accounted(answers, pieces, chosen, run, lang, today)
        if numbered and segmented(marked):
            answers = self._parallel(answers, pieces, lang, today)
        answers = self._what_if(answers, pieces, lang, today, continued)
        answers = self._variants(answers, pieces, lang, today)
        from calculators.registry import get_tool  # noqa: PLC0415 - see calculate

        tools = [c.name for a in answers for c in a.tool_calls] + [a.pending_call.name for a in answers if a.pending_call]
        docs = {doc for t in tools if (doc := get_tool(t).doc) in CERTIFICATES}
        if len(docs) == 1:
            # "(a) credits for … (b) my cert expires …": the certificate is the one the other parts are about.
            doc = docs.pop()
            for i, a in enumerate(answers):
                # (a part naming no certificate is asked which one, or computed for each — "(2) cert issued 2021-04-15,
                # when can I renew?": either way it is the certificate the other parts are about, never both side by side)
                each = a.route == "calculator" and len({c.args.get("doc") for c in a.tool_calls if "doc" in c.args}) > 1
                if (a.route == "clarify" and any(m.startswith("doc:") for m in a.missing)) or each:
                    answers[i] = self._with_doc(pieces[i], doc, lang, today)
        answers = self._as_siblings_certificate(answers, pieces, lang, today)
        if numbered and (copied := copied_facts(marked)) is not None:
            # "(1) 王醫師…(2) 張醫師…。另外SCI論文1篇。各幾分？": facts said once after the people's parts, whose the message
            # does not say — read as everyone's, and said so (never copied silently)
            answers = [_noted(a, _copied_note(copied, lang), lang) if a.route in ("calculator", "clarify") else a for a in answers]
        return join_parts(question, lang, answers)

    def _as_siblings_certificate(self, answers: list[Answer], pieces: list[str], lang: str,
                                 today: datetime.date) -> list[Answer]:
        """A part naming no certificate whose reading leaves figures unread, its calculation another certificate's than
        the one every other part is about ("(a) … vascular instructor ok? (b) renewal: 2 international lectures, 100 CME
        points — enough?"), or answered from the clauses although it states figures: read again as the other parts' certificate (`_with_doc`, said so), kept only when that
        reading computes with nothing left unused; else the question back stays."""
        from calculators.registry import get_tool  # noqa: PLC0415 - see calculate

        def docs_of(a: Answer) -> set[str]:
            tools = [c.name for c in a.tool_calls] + ([a.pending_call.name] if a.pending_call else [])
            return {doc for t in tools if (doc := get_tool(t).doc) in CERTIFICATES}

        out = list(answers)
        for i, a in enumerate(answers):
            unread = a.route == "clarify" and any(m.startswith("unread:") for m in a.missing)
            # (or one answered from the clauses although it states figures of its own: "(b) renewal: 1 SCI case report first
            # author + 190 CME points, do I make 200?" beside a TSIR instructor part)
            stated = a.route == "retrieval" and has_figure(pieces[i])
            if not (unread or stated) or _only_doc(pieces[i]):
                continue
            others = set().union(*(docs_of(b) for j, b in enumerate(answers) if j != i))
            if len(others) != 1 or others <= docs_of(a):
                continue
            got = self._with_doc(pieces[i], next(iter(others)), lang, today)
            # (a part answered from the clauses is kept computed with what it leaves unused named, as every answer names it)
            if got.route == "calculator" and (stated or not got.unused):
                out[i] = got
        return out

    @staticmethod
    def _rules_parts(pieces: list[str], plans: list[list[Extraction]], today: datetime.date) -> list[int]:
        """The parts after the first that ask what a rule says ("…幾分？另外國外會議的積分要附什麼證明？", "…扣多少？另外
        category 3 要幾個月內複檢？"): read alone, their own words are no calculation and ask the rule (routing's
        `asks_the_rule`), and with the facts stated before them they make no calculation of their own (only another part's).
        Each becomes its own words alone — the facts before it are the calculation's, never an activity of its words
        ("國外會議" is what is asked about, not a meeting attended). `pieces` and `plans` are updated in place."""
        from bot.routing import asks_the_rule  # noqa: PLC0415 - one question's check, kept beside its use

        mine = own_words(pieces)
        found = []
        for i in range(1, len(pieces)):
            words = mine[i].strip(" ,，;；。")
            if not words or not has_content(words):
                continue
            # the words shared with another part must end a clause there ("月會 3 次、年會 1 次｜，幾分"), never cut one
            # ("…over the｜monthly cap? / …over the｜daily cap?": a check of the same facts, not a rules question)
            cut = len(pieces[i]) - len(mine[i])
            ends = "，,。.;；:：?？!！、"
            if cut and not any(p[:cut] == pieces[i][:cut] and (len(p) == cut or p[cut] in ends or pieces[i][:cut].rstrip()[-1:] in ends)
                               for j, p in enumerate(pieces) if j != i):
                continue
            alone = Query(words, today)
            if WHAT_IF.search(alone.folded) and (has_figure(alone.folded) or not asks_beyond_supposing(alone.folded)):
                continue  # a what-if of the same case ("如果上次已經被要求過了呢"): the what-if's, never the rule's
                # (one with no figure asking what follows, "如果是乳癌後面還要追什麼？", may ask the rule: weighed below)
            if decide_calculation(alone) is not None:
                continue
            by_cue = not asks_the_rule(alone)
            if by_cue and not _asks_a_rule_alone(alone):
                continue
            others = {other[0].tool for j, other in enumerate(plans) if j != i and other}
            # (a part asking the rule only by its words, "what does grade C require?", is weighed by its own reading alone)
            if any(e.tool not in others for e in (plans[i][:1] if by_cue else plans[i])):
                continue  # with the facts before it, a calculation of its own ("最早什麼時候可以送？" after a date)
            pieces[i], plans[i] = words, []
            found.append(i)
        return found

    def _subject_carried(self, answers: list[Answer], pieces: list[str], lang: str, today: datetime.date) -> list[Answer]:
        """A what-if (or a part saying it is the same one) computed with an enum input no words of its own gave ("…Our
        grade? And what if HPA had instead sampled 4 films: …?" read as a radiographer's by default) after a part of the same
        calculation whose words named it (the facility): computed again with the part before's value, said so — a what-if
        keeps its subject; a part naming whose it is ("my own sampled images") keeps its own. Kept only where that
        computes."""
        out = list(answers)
        for i, a in enumerate(answers):
            words = own_words(pieces)[i]
            # (only a what-if or a part saying it is the same one: "also my own sampled images…" names its own subject)
            if not i or a.route != "calculator" or len(a.tool_calls) != 1 or not same_one(words) \
                    or not (WHAT_IF.search(words) or says_same_one(words)) or _OWN_PERSON.search(words):
                continue
            call = a.tool_calls[0]
            mine = next((e for e in candidates(Query(pieces[i], today)) if e.tool == call.name and e.args == call.args), None)
            if mine is None:
                continue
            for k in _defaulted_enums(mine):
                j = next((j for j in range(i - 1, -1, -1) if len(out[j].tool_calls) == 1 and out[j].tool_calls[0].name == call.name
                          and out[j].route == "calculator"), None)
                if j is None:
                    continue
                before = next((e for e in candidates(Query(pieces[j], today)) if e.tool == call.name
                               and e.args == out[j].tool_calls[0].args), None)
                value = out[j].tool_calls[0].args.get(k)
                if before is None or k in _defaulted_enums(before) or value is None or value == call.args.get(k):
                    continue
                ext = dataclasses.replace(mine, args={**call.args, k: value},
                                          notes=[n for n in mine.notes if not _defaulted_enums(dataclasses.replace(mine, notes=[n]))])
                got = self._calculate(pieces[i], lang, ext, "calculator", Query(pieces[i], today))
                if got.route != "calculator":
                    continue
                note = (f"這一題沒有另說對象，與第 {j + 1} 題相同（{k} = {value}）。" if lang == "zh-TW" else
                        f"This part names no {k} of its own; it is part {j + 1}'s ({value}).")
                out[i] = _noted(got, note, lang)
        return out

    def _rules_in_context(self, answers: list[Answer], pieces: list[str], rules: list[int], lang: str,
                          today: datetime.date) -> list[Answer]:
        """A rules part that names no subject of its own ("…What grade? Also, what does grade C require us to do?"), refused
        alone: searched in the clauses with the words of the part before it, its figures left out (what it is about, never a
        fact) — kept only where that finds our rules; else it stays as it was."""
        out = list(answers)
        for i in rules:
            if not i or out[i].route != "out_of_scope":
                continue
            context = " ".join(re.sub(r"\d[\d,.]*\s*%?", " ", pieces[i - 1]).split())
            text = f"{context} {pieces[i]}"
            found = self._retrieve(text, lang, Query(text, today), False)
            if found.route == "retrieval":
                out[i] = found.model_copy(update={"question": pieces[i]})
        return out

    @staticmethod
    def _own_question(pieces: list[str], plans: list[list[Extraction]], today: datetime.date) -> list[str]:
        """Parts sharing a preamble of facts ("今年：年會 x1、月會 x3。1) 總分多少 2) 前五年 100、110…，加上今年能展延嗎"): a
        part whose text reads as the very calculation of another part (the preamble's) while its own words are another
        calculation is read from its own words alone — the preamble's facts are the other part's, and what it needs of
        them comes from that part's result (`parts.CHAINS`) or is asked. `plans` is updated in place."""
        pieces = list(pieces)
        mine = own_words(pieces)
        for i, plan in enumerate(plans):
            words = mine[i].strip(" ,，;；。")
            if not plan or not words or words == pieces[i].strip(" ,，;；。"):
                continue
            same = any(j != i and other and other[0].tool == plan[0].tool and other[0].args == plan[0].args
                       for j, other in enumerate(plans))
            if not same:
                continue
            alone = decide_calculation(Query(words, today))
            if alone is not None and alone.extraction.tool != plan[0].tool:
                # ("My cert runs out 2027-03-31. Yearly credits over the 6 years were 80, 110, …. Can I renew? And when does
                # the window open?": the shared facts read that calculation in full too — the list is the renewal check's,
                # the date the other part's — so the part keeps its text and its readings; `parts.assign` gives it the one
                # its own words name)
                full = next((e for e in plan[1:] if e.tool == alone.extraction.tool and e.facts and not e.needs), None)
                # (only where its own words state no fact: "前五年 100、110…，加上今年能展延嗎" takes this year from the
                # other part's result, `parts.CHAINS`)
                if full is not None and alone.extraction.needs and not alone.extraction.facts and not set(full.args) & set(plan[0].args):
                    continue
                pieces[i], plans[i] = words, [alone.extraction]
        return pieces

    def _what_adds(self, piece: str, before_piece: str, lang: str, before: Answer, part: int,
                   today: datetime.date) -> Answer | None:
        """A what-if adding a thing to part `part`'s facts ("…2 SCI first-author papers? if I also count a 3rd one where I'm
        corresponding author?"): both parts' words read as one calculation of the part before's tool, computed when that
        keeps every item of the part before and adds to them, said so; None otherwise (asked as a what-if)."""
        if len(before.tool_calls) != 1:
            return None
        call = before.tool_calls[0]
        source = Query(f"{before_piece} {piece}"[:MAX_READ_CHARS], today)
        d = decide_calculation(source)
        if d is None or d.route != "calculator" or d.extraction.tool != call.name or not _adds_items(call.args, d.extraction.args):
            return None
        got = self._calculate(piece, lang, d.extraction, "calculator", source)
        if got.route != "calculator":
            return None
        note = (f"這一題是在第 {part} 題的事實上再加上這一題說的項目，一起計算。" if lang == "zh-TW" else
                f"This part adds what it names to part {part}'s facts, computed together.")
        return _noted(got, note, lang)

    def _variants(self, answers: list[Answer], pieces: list[str], lang: str, today: datetime.date,
                  routes: tuple[str, ...] = ("out_of_scope", "retrieval", "clarify")) -> list[Answer]:
        """Each part of `routes` asking the question before it again of another value of the same one (`_variant`), read
        that way where it computes; a question back already asking what a what-if changes stays."""
        answers = list(answers)
        for i, a in enumerate(answers):
            if i and a.route in routes and not any(m.startswith("what_if:") for m in a.missing):
                answers[i] = self._variant(answers, pieces, i, lang, today) or a
        return answers

    def _variant(self, answers: list[Answer], pieces: list[str], i: int, lang: str, today: datetime.date) -> Answer | None:
        """Part `i` asking the question before it again of another value of the same one ("…大概兩個半小時，這樣算幾分？那
        一個半小時的呢"): read again in the nearest computed part's words with its figures in their place
        (`parts.variant_text`), said so; None unless that computes that part's very calculation. An addition ("如果多請一位
        上班 180 天的呢") is no other value of a figure."""
        j = next((j for j in range(i - 1, -1, -1) if answers[j].route == "calculator"), None)
        if j is None or len(answers[j].tool_calls) != 1 or not asks_a_variant(pieces[i]) or not has_figure(pieces[i]) \
                or adds_to_before(pieces[i]):
            return None
        # ("what about a 1.5 hr one?": its closing "one" stands for the thing, no figure)
        target = re.sub(r"\s+ones?(?=\s*(?:[?？.!,]|$|\binstead\b|\bthen\b))", "", pieces[i])
        text = variant_text(Query(pieces[j], today).text, Query(target, today).text)
        if text is None:
            return None
        got = self._deterministic(text, None, today, part=True)
        if got.route != "calculator" or [c.name for c in got.tool_calls] != [answers[j].tool_calls[0].name]:
            return None
        note = (f"這一題是第 {j + 1} 題換一個數字再問，依第 {j + 1} 題的說法讀：「{pieces[i]}」讀作「{text}」。" if lang == "zh-TW" else
                f"This part asks part {j + 1} again with another figure, read in its words: \u201c{pieces[i]}\u201d as "
                f"\u201c{text}\u201d.")
        return _noted(got, note, lang, question=pieces[i])

    @staticmethod
    def _ask_what_changes(piece: str, lang: str, before: Answer, part: int) -> Answer:
        """A what-if part whose figure could not be placed: which fact of part `part` it changes is asked."""
        zh = lang == "zh-TW"
        text = (f"這一題的數字要取代第 {part} 題的哪一項？請說明它是什麼（例如個案數、篩檢量或完成數），我再幫您算。" if zh else
                f"Which figure of part {part} does this one replace? Please say what it is (e.g. the cases, the screenings "
                "or the completed follow-ups) and I will work it out.")
        return Answer(question=piece, lang=lang, route="clarify", answer=text, citations=before.citations[:1],
                      missing=["what_if: " + ("要取代哪一項數字" if zh else "which figure it replaces")])

    def _what_if(self, answers: list[Answer], pieces: list[str], lang: str, today: datetime.date,
                 continued: Iterable[int] = ()) -> list[Answer]:
        """A part changing one fact of the calculation before it ("…有超量嗎？如果篩了 13000 案呢？") and asking back for
        the others: computed with the part before's facts for what it does not restate (`parts.changes_one_fact`), said
        so. Only the facts asked for are taken, only from the nearest part before with that very calculation computed;
        it stands only if that computes. Else the question back stays. So too a part `continued` (naming no calculation of
        its own, read as the part before's: "(1) …70 例、專科 10 年，非腫瘤栓塞夠嗎 (2) 同一段時間 RFA 200 例，消融呢") about
        the same one — never one about another person, site or year (`parts.same_one`) — and a part of the same calculation
        saying it is of the same one ("(2) 同時申請消融，RFA 100 + MWA 50 呢", "Q2: same years, 160 MWA": `parts.says_same_one`)
        that asks back only for what the part before stated ("專科14年")."""
        answers = list(answers)
        continued = set(continued)
        for i, a in enumerate(answers):
            if not i or a.route != "clarify" or a.pending_call is None or not same_one(pieces[i]) and not changes_one_fact(pieces[i]):
                continue
            said = changes_one_fact(pieces[i]) or (i in continued or says_same_one(pieces[i])) and same_one(pieces[i])
            tool = a.pending_call.name
            j = next((j for j in range(i - 1, -1, -1) if answers[j].route == "calculator"
                      and [c.name for c in answers[j].tool_calls] == [tool]), None)
            if j is None:
                continue
            before = answers[j].tool_calls[0].args
            asked = {m.split(":", 1)[0] for m in a.missing}
            own = dict(a.pending_call.args)
            if not own or not asked or not asked <= set(before) or set(own) & asked:
                continue
            # (… or, said of no "same" or "what if", a part for another domain of the same person asking back only the
            # person's own facts: the part before's, never its papers or talks, which are that domain's)
            if not said and not _another_key_same_person(tool, own, before, asked):
                continue
            if any(_fewer_items(before.get(k), v) for k, v in own.items()):
                continue  # "其中一位改成 300 天": one item of a list restated, whether it replaces the list or one item is asked
            args = {**{k: before[k] for k in asked}, **own}
            got = self._calculate(pieces[i], lang, Extraction(tool=tool, args=args, facts=len(own)), "calculator",
                                  Query(pieces[i], today), siblings=(before,))
            if got.route != "calculator":
                continue
            kept = "、".join(f"{k} = {before[k]}" for k in asked) if lang == "zh-TW" else ", ".join(
                f"{k} = {before[k]}" for k in asked)
            note = (f"這一題只改了第 {j + 1} 題的部分數字；沒有重說的（{kept}）沿用第 {j + 1} 題。" if lang == "zh-TW" else
                    f"This part changes only some figures of part {j + 1}; the ones it does not restate ({kept}) are "
                    f"part {j + 1}'s.")
            if not said:
                note = (f"這一題是同一位的另一個領域：您本人的資料沒有重說的（{kept}）沿用第 {j + 1} 題；第 {j + 1} 題的個案、"
                        "論文與演講屬於該題的領域，不帶入這一題。" if lang == "zh-TW" else
                        f"This part is another domain of the same person: your own facts it does not restate ({kept}) are "
                        f"part {j + 1}'s; part {j + 1}'s cases, papers and talks are that domain's and are not carried over.")
            answers[i] = _noted(got, note, lang)
        return answers

    def _another_like(self, answers: list[Answer], pieces: list[str], lang: str, today: datetime.date) -> list[Answer]:
        """A part about another one, stated like the part before but shorter ("…這個月拍了551案，會被抽片審查嗎？另外一個
        是550案呢"), that asks back or reads nothing: read again in the part before's words with its own figures
        (`parts.another_like`), said so; it stands only if that computes the part before's very calculation."""
        answers = list(answers)
        for i, a in enumerate(answers):
            before = answers[i - 1] if i else None
            if before is None or a.route == "calculator" or before.route != "calculator" or len(before.tool_calls) != 1:
                continue
            text = another_like(pieces[i - 1], pieces[i])
            if text is None:
                continue
            got = self._deterministic(text, None, today, part=True)
            tool = before.tool_calls[0].name
            # (computed, or asking back only for what the other one did not restate)
            if not ([c.name for c in got.tool_calls] == [tool] and got.route == "calculator"
                    or got.route == "clarify" and got.pending_call is not None and got.pending_call.name == tool
                    and not any(m.startswith(("unread:", "vague:")) for m in got.missing)):
                continue
            note = (f"這一題說的是另一位（另一個），依第 {i} 題的說法讀：「{pieces[i]}」讀作「{text}」。" if lang == "zh-TW" else
                    f"This part is about another one, read in part {i}'s words: \u201c{pieces[i]}\u201d as \u201c{text}\u201d.")
            answers[i] = _noted(got, note, lang, question=pieces[i])
        return answers

    def _parallel(self, answers: list[Answer], pieces: list[str], lang: str, today: datetime.date) -> list[Answer]:
        """One part per year (site, person) whose later facts are stated like the first's but shorter ("113年疑似陽性
        180人完成140人；114年一樣180人但只完成121人"): a part asking back is read again in the words of the first
        computed part of its calculation (`parts.parallel_text`), said so; it stands only if that computes."""
        answers = list(answers)
        model = next((j for j, a in enumerate(answers) if a.route == "calculator" and len(a.tool_calls) == 1), None)
        if model is None:
            return answers
        tool = answers[model].tool_calls[0].name
        vocab = next((v for v in vocabularies() if v.tool == tool), None)
        if vocab is None:
            return answers
        terms = [compiled(s.terms) for s in vocab.slots if s.kind == "number" and s.terms]
        for i, a in enumerate(answers):
            if a.route != "clarify" or a.pending_call is None or a.pending_call.name != tool:
                continue
            text = parallel_text(pieces[model], pieces[i], terms)
            if text is None:
                continue
            got = self._deterministic(text, None, today, part=True)
            if got.route != "calculator" or [c.name for c in got.tool_calls] != [tool]:
                continue
            note = (f"這一題的數字依第 {model + 1} 題的說法依序讀：「{pieces[i]}」讀作「{text}」。" if lang == "zh-TW" else
                    f"This part's figures are read in the order of part {model + 1}'s: \u201c{pieces[i]}\u201d as "
                    f"\u201c{text}\u201d.")
            answers[i] = _noted(got, note, lang, question=pieces[i])
        return answers

    def _each_choice(self, question: str, lang: str, q: Query, ext: Extraction, today: datetime.date) -> Answer | None:
        """A calculation asked which of two kinds it is (an `exclusive` choice: 自選 or 抽選) when the message gives the
        facts of both kinds: one part per kind, each with its own facts and the shared question (`parts.choice_parts`).
        Every part must be this calculation and at least one computed; else None (which kind is asked)."""
        vocab = next((v for v in vocabularies() if v.tool == ext.tool), None)
        slot = next((s for s in vocab.slots if s.kind == "enum" and s.exclusive), None) if vocab is not None else None
        if slot is None or slot.name not in {n.key for n in ext.needs}:
            return None
        patterns = [compiled(vocab.terms.get(c.terms, c.terms)) for c in slot.choices if c.terms]
        texts = choice_parts(q.text, patterns)
        if texts is None or len(texts) > 5:
            return None
        answers = [self._deterministic(t, None, today, part=True) for t in texts]
        tools = [{c.name for c in a.tool_calls} | ({a.pending_call.name} if a.pending_call else set()) for a in answers]
        if any(a.route not in ("calculator", "clarify") for a in answers) or not any(a.route == "calculator" for a in answers) \
                or any(t != {ext.tool} for t in tools):
            return None
        return join_parts(question, lang, answers)  # (each figure is in one part's clauses only: read once)

    def _whole_calculation(self, question: str, lang: str, q: Query) -> Answer | None:
        """The whole message computed as one calculation, every number of it read; None when it is not one."""
        decision = _decide(q)
        if decision is None or decision.route != "calculator":
            return None
        answer = self._calculate(question, lang, decision.extraction, "calculator", q)
        return answer if answer.route == "calculator" else None

    @staticmethod
    def _continuing(pq: Query, tool: str) -> Extraction | None:
        """A part naming no calculation but stating figures ("And this year we're at 71.5%, what bracket?"),
        read as the calculation of the part before it: its vocabulary, its words not required — a fact of the
        tool's own read from the part's own words is."""
        vocab = next((v for v in vocabularies() if v.tool == tool), None)
        if vocab is None or not pq.quantities:
            return None
        ext = read_with(pq, dataclasses.replace(vocab, trigger=(("@fact",),)))
        return ext if ext is not None and ext.facts and not ext.invalid else None

    def _accounted(self, answers: list[Answer], pieces: list[str], plans: list[Extraction | None], run: Any,
                   lang: str, today: datetime.date) -> list[Answer]:
        """The parts again where another part explains them: a number one part leaves unread that another
        computed with (facts stated once for several parts), and an input one part misses that another
        part's result is (`parts.CHAINS`). A chained part stands only if the part it took its input from
        is then computed, with that very result; else its question back stays."""
        answers = list(answers)

        def recount() -> None:
            used = [[c.args for c in a.tool_calls] + ([a.pending_call.args] if a.pending_call else [])
                    + [{READ_BY_OTHERS: [(r.text, r.value) for r in a.reading if r.text]}] for a in answers]
            for i, a in enumerate(answers):
                others = tuple(args for j, calls in enumerate(used) if j != i for args in calls)
                if a.route == "clarify" and any(m.startswith("unread:") for m in a.missing) and others:
                    answers[i] = run(i, others)

        recount()
        chained: list[tuple[int, int, Chain, Any, Answer]] = []
        for i, a in enumerate(answers):
            ext = plans[i]
            if a.route != "clarify" or ext is None or a.pending_call is None or a.pending_call.name != ext.tool:
                continue
            for chain in chain_for(ext.tool, {n.key for n in ext.needs}):
                if not chain.fits(pieces[i]):
                    continue
                j = next((j for j in range(len(answers)) if j != i and self._result_of(answers[j], plans[j], chain.source)), None)
                value = chain.value(self._result_of(answers[j], plans[j], chain.source), today, pieces[i]) if j is not None else None
                if value is None:
                    continue
                others = tuple(c.args for k, b in enumerate(answers) if k != i for c in b.tool_calls) + tuple(
                    plans[k].args for k in range(len(answers)) if k != i and plans[k] is not None and not answers[k].tool_calls
                ) + tuple({READ_BY_OTHERS: [(r.text, r.value) for r in b.reading if r.text]} for k, b in enumerate(answers) if k != i)
                got = self._chained(pieces[i], lang, today, ext, chain, value, j + 1, others)
                if got is not None:
                    chained.append((i, j, chain, value, a))
                    answers[i] = got
                    break
        if chained:
            recount()
            for i, j, chain, value, before in chained:
                call = next((c for c in answers[j].tool_calls if c.name == chain.source), None)
                if answers[j].route != "calculator" or call is None or call.result.get(chain.field) != value:
                    answers[i] = before
        return answers

    @staticmethod
    def _result_of(answer: Answer, plan: Extraction | None, tool: str) -> dict[str, Any] | None:
        """The result of `tool` in a part: computed, or (a part held back only for numbers another part may
        explain) what its complete reading computes."""
        call = next((c for c in answer.tool_calls if c.name == tool), None)
        if call is not None:
            return call.result
        if (plan is None or plan.tool != tool or not plan.complete or answer.route != "clarify"
                or not any(m.startswith("unread:") for m in answer.missing)):
            return None
        try:
            return calculate(plan.tool, plan.args).result.model_dump(mode="json")
        except Exception:  # noqa: BLE001 - a reading the calculator rejects gives nothing to chain
            return None

    def _chained(self, piece: str, lang: str, today: datetime.date, ext: Extraction, chain: Chain, value: Any,
                 part: int, siblings: tuple[dict[str, Any], ...]) -> Answer | None:
        """The part computed with the input another part's result gives it (`chain`), the reading and steps
        saying which part it came from; None when the chained reading is not certain."""
        src = Query(piece[:MAX_READ_CHARS], today, followup=chain.reply_text(value), expected=(chain.slot,))
        read = next((e for v in vocabularies() if v.tool == ext.tool and (e := read_with(src, v)) is not None), None)
        got = read.args.get(chain.slot) if read is not None else None
        if read is None or not read.complete or not isinstance(got, list) or not got or float(got[-1]) != float(value):
            return None
        if chain.every is not None and any(float(x) != float(value) for x in got):
            return None  # every entry the result, or no chaining
        answer = self._calculate(piece, lang, read, "calculator", src, siblings=siblings)
        if answer.route != "calculator":
            return None
        note = chain.note(lang, part, value)
        # (the entry the carried value fills is read from the reply the chain gave the reader, no words of the person's:
        # its reading is the part's result, never a figure of theirs that happens to be equal — "前五年 100、…" + 100)
        carried = f"{chain.slot}[{len(got) - 1}]"
        said = [r for r in answer.reading
                if not (chain.every is None and r.fact == carried and r.text.strip() == chain.reply_text(value).strip())]
        if len(said) < len(answer.reading):
            from bot.compose import reading_line  # noqa: PLC0415
            before = reading_line([r.model_dump() for r in answer.reading], lang, answer.unused)
            after = reading_line([r.model_dump() for r in said], lang, answer.unused)
            if before and before in answer.answer:
                answer = answer.model_copy(update={"answer": answer.answer.replace(before, after, 1)})
        return _noted(answer, note, lang, steps=[note, *answer.steps],
                      reading=[Reading(fact=f"{chain.slot} (part {part}: {chain.source}.{chain.field})", value=value), *said])

    def _co_calculations(self, question: str, lang: str, q: Query, today: datetime.date) -> Answer | None:
        """A message stating the facts of two calculations that no question split separates, answered as
        parts only where the one calculation it would otherwise get leaves numbers unread (it would ask):
        the other readings of the whole message compute with them ("前五年 …，今年去了年會…，六年加起來能
        展延嗎？"), or its sentences are calculations of their own ("RFA 130, MWA 55, 11 yrs. If it is issued
        on …, when is the window?"). Every part must then be computed, each from numbers of its own. Else None."""
        decision = _decide(q)
        if decision is None or decision.route != "calculator":
            return None
        single = self._calculate(question, lang, decision.extraction, "calculator", q)
        if single.route != "clarify" or not any(m.startswith("unread:") for m in single.missing):
            return None
        found: list[Extraction] = []
        for c in candidates(q):
            if c.facts and not c.invalid and c.tool not in {f.tool for f in found}:
                found.append(c)
        found = found[:3]
        found.sort(key=lambda e: first_said(e.args, q.text))  # in the order the message states them
        # A part that another part's result completes comes after it.
        found = _sources_first(found)

        def whole(i: int, siblings: tuple[dict[str, Any], ...] = ()) -> Answer:
            ext = found[i]
            return self._calculate(question, lang, ext, "calculator" if ext.complete else "clarify", q, siblings=siblings)

        if len(found) >= 2:
            answers = self._accounted([whole(i) for i in range(len(found))], [question] * len(found), list(found),
                                      whole, lang, today)
            order = _said_order(answers, q.text)
            if order != sorted(order):  # a part whose figures are no numbers of the message ("兩個禮拜" → 0.5 month)
                found = [found[k] for k in order]
                found = _sources_first(found)
                answers = self._accounted([whole(i) for i in range(len(found))], [question] * len(found), list(found),
                                          whole, lang, today)
            if self._apart(answers) or self._apart_asking(answers, single):
                return join_parts(question, lang, answers)
        groups: list[str] = []
        plans: list[Extraction | None] = []
        waiting = ""
        for sentence in sentences(q.folded) or ():
            text = f"{waiting} {sentence}".strip()
            d = decide_calculation(Query(text, today))
            if d is None:
                waiting = text  # no calculation of its own: context for the next sentence
                continue
            groups.append(text)
            plans.append(d.extraction)
            waiting = ""
        if waiting and groups:
            groups[-1] = f"{groups[-1]} {waiting}"
        if len(groups) < 2 or len({p.tool for p in plans}) < 2 or len(groups) > 5:
            return None

        def own(i: int, siblings: tuple[dict[str, Any], ...] = ()) -> Answer:
            return self._deterministic(groups[i], None, today, siblings=siblings, part=True)

        answers = self._accounted([own(i) for i in range(len(groups))], groups, plans, own, lang, today)
        return join_parts(question, lang, answers) if self._apart(answers) else None

    @staticmethod
    def _apart_asking(answers: list[Answer], single: Answer) -> bool:
        """Parts of which some compute and the others ask only for a fact the message did not state ("壓迫 74、假體 88；另外
        判讀醫師複判陽性 57%，分別…": the QC grade, and the negative discrepancy asked), each from figures of its own, and
        together reading every figure the one calculation left unread — never a part left unread or vague."""
        if not any(a.route == "calculator" for a in answers) or any(
                a.route not in ("calculator", "clarify") or a.route == "clarify" and (
                    a.pending_call is None or not a.missing or any(m.startswith(("unread:", "vague:")) for m in a.missing))
                for a in answers):
            return False
        own = [_own_figures(a) for a in answers]
        if any(not o for o in own) or any(own[i] & own[j] for i in range(len(own)) for j in range(i + 1, len(own))):
            return False
        unread = {float(x.replace(",", "")) for m in single.missing if m.startswith("unread:")
                  for x in re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", m)}
        return unread <= set().union(*own)

    @staticmethod
    def _apart(answers: list[Answer]) -> bool:
        """Every part computed, each from numbers of its own (two readings of the same figures are one
        calculation misread twice)."""
        if any(a.route != "calculator" for a in answers):
            return False
        own = [_own_figures(a) for a in answers]
        return not any(own[i] & own[j] for i in range(len(own)) for j in range(i + 1, len(own)))

    def _with_doc(self, piece: str, doc: str, lang: str, today: datetime.date) -> Answer:
        """A part asking which certificate, answered for the one its sibling parts are about, said so."""
        name_zh, name_en = CERTIFICATES[doc].zh, CERTIFICATES[doc].en
        answer = self._deterministic(f"{piece}（{name_zh}）" if lang == "zh-TW" else f"{piece} ({name_en})", None, today,
                                     part=True)
        note = (f"同一則訊息的其他問題是關於{name_zh}，這一題也視為{name_zh}。" if lang == "zh-TW" else
                f"The other parts of the message are about the {name_en}, so this one is read as the {name_en} too.")
        return _noted(answer, note, lang, question=piece)

    @staticmethod
    def _settled_unknowns(prior: Answer, pending_question: str, question: str, today: datetime.date, completed: Any) -> Any:
        """A reply to a question back about facts said not known ("好像有要求過，又好像沒有"): the calculation completed without
        those words (`without_unknowns`) when every fact of the completed reading is read the same so — the reply gave it;
        None when a fact is read only from the words saying it is not known (never said). Other replies: `completed`."""
        if not any(m.startswith("input:") for m in prior.missing):
            return completed
        bare = without_unknowns(Query(pending_question, today).text)
        source = Query(bare[:MAX_READ_CHARS], today, followup=question[:MAX_READ_CHARS], expected=missing_keys(prior))
        stripped = decide_calculation(source)
        if stripped is None or stripped.extraction.tool != completed[0].extraction.tool:
            return None
        other = stripped.extraction.args
        return (stripped, source) if all(k in other and other[k] == v for k, v in completed[0].extraction.args.items()) else None

    @staticmethod
    def _complete(prior: Answer, pending_question: str, q: Query, question: str, today: datetime.date) -> Any:
        """The pending calculation completed by this reply, or None when the reply is a new question.

        The reply is read together with the pending question; it is a reply only if it adds facts to
        the same tool (or corrects one that was out of range). A full question of its own wins.
        """
        if (day := _day_filled(prior, pending_question, q.text, today)) is not None:
            return day
        vague = [m.split(":", 1)[1].strip() for m in prior.missing if m.startswith("vague:")]
        if vague and (listed := _items_counted(vague, q.text, Query(pending_question[:MAX_READ_CHARS], today).text)) is not None:
            # "一篇一作，一篇二作" for "發了幾篇": the items one by one — their count leads, the items follow as said
            q, question = Query(listed, today), listed
        if vague:
            filled = fill_vague(Query(pending_question[:MAX_READ_CHARS], today).text, vague, q.text)
            if filled is None:
                return None
            # A reply giving more figures than the vague words ("PTA 60、洗腎通路 55" for "一些血管介入") says more than the
            # counts: it is read as a reply to the question as asked (every figure of it accounted for), not cut to the
            # first number in the vague words' place.
            extra = len(find_quantities(q.text)) > len(vague)
            if extra and (rest := _rest_of_reply(q.text, len(vague))) is not None:
                # "講師5次，教育積分另外60" for "當講師好幾次": the clause giving the count takes the vague words' place, and the
                # reply's other clauses are read as a reply adding facts ("教育積分另外60")
                both = Query(filled, today, followup=rest)
                decision = decide_calculation(both)
                # (… when that reads every figure: a reply restating the facts whole, "疑似陽性 200 個，完成 150 個" for "有幾個
                #沒追到", does not give the vague count first — it is read as a reply to the question as asked, below)
                alone = decide_calculation(Query(filled, today))
                if decision is not None and alone is not None and alone.route == "calculator" \
                        and _only_repeats(alone.extraction.args, decision.extraction.args):
                    # ("月會 4 次，講 1 次" for "月會去了幾次，還上台講過一次": the clause after the count says again what the
                    # question said — read once, never one talk more)
                    return alone, Query(filled, today)
                if decision is not None and decision.route == "calculator" \
                        and account(both.text, today, [decision.extraction.args]).complete:
                    return decision, both
            source = (Query(pending_question[:MAX_READ_CHARS], today, followup=question[:MAX_READ_CHARS]) if extra
                      else Query(filled, today))
            decision = decide_calculation(source)
            if decision is not None and not extra and not decision.extraction.complete \
                    and (rest := _words_after_counts(q.text, len(vague))) is not None:
                # "2篇，都是一作的 full article" for "幾篇SCI" (the role asked too): the count takes the vague words' place, and
                # the words after it answer what else the calculation needs, as an aside beside the thing they are about
                aside = _as_aside(decision.extraction.tool, decision.extraction.args, filled, rest, today)
                if aside is not None:
                    return aside
            # ("3 domestic oral presentations" for "presented … a few times": the reply says what was counted — read in full
            # where that reads more facts than the count alone)
            if not extra and (whole := _vague_restated(Query(pending_question[:MAX_READ_CHARS], today).text, vague, q.text, today)) is not None \
                    and (decision is None or not decision.extraction.complete or whole[0].extraction.facts > decision.extraction.facts):
                return whole
            return (decision, source) if decision is not None else None
        own = decide_calculation(q)
        asks = bool(QUESTION_CUE.search(q.text))
        if own is not None and own.route == "calculator" and own.extraction.facts >= 2 and asks:
            return None  # a complete question of its own ("…積分多少？"), not a list of facts
        before = decide_calculation(Query(pending_question[:MAX_READ_CHARS], today))
        # A reply that restates the whole case with what was asked ("国际会议1次，讲习会2次，每次3小时" for "参加了国际会议，也去了
        # 讲习会" asked the hours): complete on its own, for the same calculation, naming everything the question named — read
        # on its own, not merged with the question (which would count each activity twice).
        # (… or that gives each kind's count for one count the question said of them together, "年會 1 次、月會 7 次" for "年會跟
        # 月會加起來 8 次": the joint count is no item of its own — its place is taken by the reply's, never added to them)
        if (own is not None and own.route == "calculator" and before is not None
                and own.extraction.tool == before.extraction.tool and own.extraction.facts >= before.extraction.facts
                and _named_things(before.extraction.args) <= _named_things(own.extraction.args)
                and (_figures(before.extraction.args) <= _figures(own.extraction.args)
                     or _joint_count_asked(prior, pending_question, today))):
            return own, q
        source = Query(pending_question[:MAX_READ_CHARS], today, followup=question[:MAX_READ_CHARS],
                       expected=missing_keys(prior))
        merged = decide_calculation(source)
        # (whose rules the papers are counted under, asked and answered: "介入學會換證的" turns the surgical tally asked about
        # into the instructor's renewal points — the same papers, the other calculator)
        switched = WHICH_RULES_NEED.key in missing_keys(prior) and merged is not None and before is not None \
            and merged.extraction.tool != before.extraction.tool
        if switched:
            return merged, source
        if merged is None or before is None or merged.extraction.tool != before.extraction.tool:
            return None
        # A reply may also add a value to a fact already read ("第六組 347" after five scores, "第二位做了 180 天"
        # after one radiographer's days): the same count of facts, more of them given.
        gained = (merged.extraction.facts > before.extraction.facts
                  or len(merged.extraction.needs) < len(before.extraction.needs)
                  or len(merged.extraction.invalid) != len(before.extraction.invalid)
                  or _adds_values(before.extraction.args, merged.extraction.args)
                  # (which certificate, asked and answered — "指導老師的" — even where that one still needs its own facts)
                  or WHICH_CERTIFICATE_NEED in before.extraction.needs and WHICH_CERTIFICATE_NEED not in merged.extraction.needs)
        return (merged, source) if gained else None

    # ------------------------------------------------------------------ routes

    def _calculate(self, question: str, lang: str, ext: Extraction, route: str, source: Query | None = None, *,
                   siblings: tuple[dict[str, Any], ...] = ()) -> Answer:
        """The calculation's answer; `source` is the text the facts were read from (None: a form's inputs,
        which need no ledger); `siblings`: the arguments other parts of the message used.

        Remembered on `source` (that Query's own memo, like `_decide`'s): one answer computes the message's calculation up
        to three times (`_whole_calculation`, `_co_calculations`, the main path), each time from its own copy of the same
        reading. The key is everything else the answer depends on (the question, the language, the route, the extraction
        and the siblings, by value); every caller gets its own copy."""
        if source is None:
            return self._calculation(question, lang, ext, route, None, siblings=siblings)
        memo: dict[tuple[str, ...], Answer] = source.__dict__.setdefault("_calculated", {})
        key = (question, lang, route, repr(ext), repr(siblings))
        if key not in memo:
            memo[key] = self._calculation(question, lang, ext, route, source, siblings=siblings)
        return memo[key].model_copy(deep=True)

    def _calculation(self, question: str, lang: str, ext: Extraction, route: str, source: Query | None, *,
                     siblings: tuple[dict[str, Any], ...] = ()) -> Answer:
        """`_calculate`, not remembered."""
        if route == "clarify" or not ext.complete:
            answer = self._clarify(question, lang, ext)
            partial = account(source.text, source.today, [ext.args]) if source is not None else Ledger()
            return answer.model_copy(update={"reading": [Reading(**r) for r in partial.reading if r["text"]]})
        if source is not None and not source.followup_start and (unknown := stated_unknowns(source.text)):
            return self._clarify(question, lang, ext, problems=[unknown_problem(unknown, lang)], keys=["input"])
        if source is not None and not source.followup_start and source.unsure_corrections:
            # "月會 5 次，不對，好像是 6 次還是 7 次": a correction itself unsure — which figure is meant is asked, never picked
            return self._clarify(question, lang, ext, problems=[compose.unsure_correction(source.unsure_corrections, lang,
                                                                                          source.unplaced_corrections)],
                                 keys=["input"])
        calls: list[ToolCall] = []
        done: list[Calculation] = []
        for args in [ext.args, *ext.extra_calls]:
            try:
                calc = calculate(ext.tool, args)
            except Exception as exc:  # CalculatorInputError: the facts read do not fit the tool
                field = getattr(exc, "field", None) or "input"
                message = getattr(exc, "message", None) or str(exc)
                log.info("calculator %s rejected %s: %s", ext.tool, args, message)
                return self._clarify(question, lang, ext, problems=[f"{field}: {message}"], keys=[field])
            done.append(calc)
            calls.append(ToolCall(name=ext.tool, args=args, result=calc.result.model_dump(mode="json")))
        rough_problems, rough_notes = self._rough_figures(question, ext, done, source, lang)
        if rough_problems:
            return self._clarify(question, lang, ext, problems=rough_problems, keys=[ROUGH_KEY] * len(rough_problems))
        heads, steps, measures, assumptions, cited = [], [], [], [], []
        for old, new in source.corrections if source is not None else ():
            assumptions.append(f"您把 {old} 更正為 {new}：採用 {new}。" if lang == "zh-TW" else
                               f"You corrected {old} to {new}: {new} is used.")
        for taken, new in source.retracted if source is not None else ():
            # ("去ASCO...不是，是去ASCRS": the words taken back are no fact; "2 次…打錯，是 1 次": the figure said again)
            if new is not None:
                assumptions.append(f"您把 {taken} 更正為 {new}：採用 {new}。" if lang == "zh-TW" else
                                   f"You corrected {taken} to {new}: {new} is used.")
            else:
                assumptions.append(f"您更正了「{taken}」：以更正後的說法計算，「{taken}」不計入。" if lang == "zh-TW" else
                                   f"You corrected \u201c{taken}\u201d: what you said instead is used, not that.")
        for note in ext.notes:
            # (an approximate figure whose range leaves the verdict as it is: said so in its own words, `_rough_figures`)
            if not any(note.render(lang).startswith(settled) for settled, _ in rough_notes):
                assumptions.append(note.render(lang))
        assumptions += [text for _, text in rough_notes]
        for calc in done:
            heads.append(calc.headline(lang))
            tag = calc.tag(lang) if len(done) > 1 else ""
            prefix = (f"［{tag}］" if lang == "zh-TW" else f"[{tag}] ") if tag else ""
            steps += [prefix + s for s in calc.steps(lang)]
            # The calculators' steps usually state the measures already; show the rest on their own.
            measures += [m for m in calc.measures(lang) if m not in measures and not any(m in step for step in steps)]
            for a in calc.assumptions(lang):
                if a not in assumptions:
                    assumptions.append(a)
            for cid in calc.citations():
                if cid not in cited:
                    cited.append(cid)
        if heads:  # a yes / no question is answered by its first word, before the figure ("不夠。換證積分 190 分…")
            # (a reply completing a question back answers the question it completes: the source's own words)
            asked = source.original if source is not None else question
            word = consequence_lead(asked, [calc.consequences() for calc in done], heads[0], lang) \
                or yes_no_lead(asked, [calc.favourable() for calc in done], heads[0], lang)
            # "發表能拿幾分" of a meeting attended and papers presented: the part asked first, then the whole
            if len(done) == 1 and (part := done[0].part_asked(asked, lang)):
                heads[0] = part + ("" if lang == "zh-TW" else " ") + heads[0]
            heads[0] = led(word, heads[0], lang)
        citations = [c for cid in cited if (c := compose.cite(self.corpus, cid, 240)) is not None]
        if not citations:
            citations = self._tool_citations(ext.tool)
        rule_text = self._rule_text([c.id for c in citations])

        def reaccount(*extra: tuple[int, int]) -> Ledger:
            """The message's ledger with these spans set aside too (a reply's dates, described counts, ranges …)."""
            return account(source.text, source.today, [c.args for c in calls], results=[c.result for c in calls],
                           rule_text=rule_text, reply_from=source.followup_start, others=siblings,
                           set_aside=[*ext.set_aside, *extra])

        ledger = Ledger() if source is None else reaccount()
        dated: list[tuple[int, int]] = []
        if not ledger.complete and source is not None:
            dated = _dated(source, ledger.unaccounted)
            if dated:
                # "他是 7/1 到職，算 184 天": the day the reply's count of days runs from, agreeing with it
                again = reaccount(*dated)
                if len(again.unaccounted) < len(ledger.unaccounted):
                    ledger = again
                    words = "、".join(f"「{source.text[a:b]}」" for a, b in dated) if lang == "zh-TW" else \
                        ", ".join(f"\u201c{source.text[a:b]}\u201d" for a, b in dated)
                    assumptions.append(f"{words}是您所說的天數起算（或算到）的日期，與天數相符；計算用天數。" if lang == "zh-TW" else
                                       f"{words}: the date your count of days runs from (or to), which agrees with it; "
                                       "the days are used.")
                else:
                    dated = []
        if not ledger.complete and source is not None and source.followup is not None:
            described = _described(source, [c.args for c in calls], ledger.unaccounted)
            if described:
                ledger = reaccount(*dated, *described)
                if ledger.complete:
                    words = "、".join(f"「{source.text[a:b]}」" for a, b in described) if lang == "zh-TW" else \
                        ", ".join(f"\u201c{source.text[a:b]}\u201d" for a, b in described)
                    assumptions.append(f"{words}是您回覆的數字的筆數或合計，與回覆相符；計算用回覆的各個數字。" if lang == "zh-TW" else
                                       f"{words}: the count or total of the figures in your reply, which agree with it; "
                                       "the figures themselves are used.")
        # figures read as a range, then counts placed on no input: set aside when the rest then accounts for every figure
        # (each reader sees the ledger as the one before it left it)
        rereads = ((ROUGH_KEY, lambda: self._range_read(question, ext, done, source, ledger, lang)),
                   (UNPLACED_KEY, lambda: self._unplaced_counts(ext, source, ledger, lang)))
        for key, reread in rereads:
            if ledger.complete or source is None:
                break
            spans, notes, problems = reread()
            if problems:
                return self._clarify(question, lang, ext, problems=problems, keys=[key] * len(problems))
            if spans and (again := reaccount(*spans)).complete:
                ledger = again
                assumptions += notes
        if not ledger.complete:
            return self._unread(question, lang, ext, ledger, calls)
        unused = [compose.unused_item(m.words, why, lang) for m, why in ledger.unused]
        if source is not None:  # the figures and facts the person corrected: shown as not used, "corrected"
            unused += [compose.unused_item(old, "corrected", lang) for old, _ in source.corrections]
            unused += [compose.unused_item(taken, "corrected", lang) for taken, _ in source.retracted]
        # a total the person (or someone they quote) claims that the calculation disagrees with: said right after the result
        # ("that's 760", "give him 90 points … is that right?") — never adopted, never left for the reader to spot
        claimed = list(dict.fromkeys(_claim_line(said, total, lang) for said, total in ledger.claims))
        assumptions += claimed
        text = compose.render_calculation(heads, steps, measures, assumptions, citations, lang,
                                          reading=compose.reading_line(ledger.reading, lang, unused))
        if claimed:
            head, sep, rest = text.partition("\n\n")
            text = head + "\n\n" + "\n".join(claimed) + (sep + rest if sep else "")
        # The clauses a calculation draws on are the ones its tools looked up: they are this answer's
        # retrieval ranking (so cited ⊆ retrieved holds on every route).
        # One calculation per item of the message (three readers, two units, two domains): each is a part of its own.
        parts = [self._call_part(question, lang, calc, call, source) for calc, call in zip(done, calls)] if len(done) > 1 else []
        if not parts and len(calls) == 1:
            parts = self._check_parts(question, lang, calls[0], source)
        return Answer(question=question, lang=lang, route="calculator", answer=text, citations=citations,
                      tool_calls=calls, assumptions=assumptions, steps=steps, retrieved=[c.id for c in citations],
                      reading=[Reading(**r) for r in ledger.reading], unused=unused, parts=parts)

    def _rough_figures(self, question: str, ext: Extraction, done: list[Calculation], source: Query | None,
                       lang: str) -> tuple[list[str], list[tuple[str, str]]]:
        """(questions back, assumptions) for the approximate figures ("約 180 分", "about 72 cases") of a yes / no question whose
        answer is a verdict (enough, eligible, deducted): each is read as a range (`bot.verdict.approximate_range`); where the
        verdict turns inside it, the exact figure is asked for, else the range is said to leave the verdict as it is (each
        assumption with the start of the reader's own note on that figure, which it replaces). Nothing for a result that is no verdict (a total:
        the figure is as exact as what was said, the reader's note says so) — except, whatever is asked, a figure said right on
        a boundary of the tool's classes of result (`bot.verdict.on_boundary`: "約 75%" for the deduction tier): asked for."""
        if source is None or source.followup is not None or not done:
            return [], []  # (in a reply to a question back the person has been asked once: the figures stand as said)
        yes_no = asks_yes_no(question) and all(c.favourable() is not None for c in done)
        calls = [ext.args, *ext.extra_calls]
        verdict_of = functools.partial(_verdict_of, ext.tool)
        outcome_of = functools.partial(_outcome_of, ext.tool)
        problems: list[str] = []
        notes: list[tuple[str, str]] = []
        start = source.followup_start or len(source.text)
        for m in approximate_figures(source):
            if m.start >= start or not isinstance(m.value, (int, float)):
                continue  # (a figure of the reply is the exact one)
            said = clause_of(source.text, m.start, m.end).strip()
            if yes_no and verdict_turns(calls, float(m.value), verdict_of):
                problems.append(rough_problem(said, float(m.value), lang))
            elif on_boundary(calls, float(m.value), outcome_of):
                # ("約 75%" asked how much is deducted, "大約 340 分" asked the grade): whatever is asked, a class of result
                # that turns one step either side of the figure said is never given as the person's
                problems.append(boundary_problem(said, lang))
            elif yes_no and any(with_value(args, float(m.value), float(m.value))[1] for args in calls):  # an input, its verdict firm
                notes.append((f"「{said}」是約略的數字" if lang == "zh-TW" else f"\u201c{said}\u201d is approximate",
                              rough_note(said, float(m.value), lang)))
        return problems, notes

    def _range_read(self, question: str, ext: Extraction, done: list[Calculation], source: Query,
                    ledger: Ledger, lang: str) -> tuple[list[tuple[int, int, str]], list[str], list[str]]:
        """(spans set aside, assumptions, questions back) for figures said as ranges ("170 到 180 分", "70~76 例") in a yes / no
        question whose answer is a verdict: the reader takes one end, the other is left unread. Where the verdict is the same at
        the other end, that end is set aside and the range said; where it turns, the exact figure is asked for."""
        if source.followup is not None or not done or any(c.favourable() is None for c in done) or not asks_yes_no(question):
            return [], [], []
        calls = [ext.args, *ext.extra_calls]
        verdict_of = functools.partial(_verdict_of, ext.tool)
        now = verdict_of(calls)
        spans: list[tuple[int, int, str]] = []
        notes: list[str] = []
        problems: list[str] = []
        for r in ranges(source.text):
            for (used, at), (other, (start, end)) in (((r.low, r.low_at), (r.high, r.high_at)), ((r.high, r.high_at), (r.low, r.low_at))):
                unread = next((m for m in ledger.unaccounted if start <= m.start < end), None)
                changed = [with_value(args, used, other) for args in calls]
                if unread is None or any(at[0] <= m.start < at[1] for m in ledger.unaccounted) or not any(hit for _, hit in changed):
                    continue  # (an end read, the other one unread: not this range's reading)
                there = verdict_of([args for args, _ in changed])
                if there is None or there != now:
                    problems.append(range_problem(r, lang))
                else:
                    spans.append((unread.start, unread.end, "range_end"))
                    notes.append(range_note(r, used, lang))
        return spans, notes, problems

    def _unplaced_counts(self, ext: Extraction, source: Query, ledger: Ledger,
                         lang: str) -> tuple[list[tuple[int, int, str]], list[str], list[str]]:
        """(spans set aside, assumptions, questions back) for counts left unread in the list of counts a summed count
        ("PTA 60、IVC filter 15、栓塞出血的 30", the domain asked 血管介入) took its own from: one whose words name another
        key's technique (栓塞出血: a non-tumour embolization) is set aside, said so; one whose words name no key's technique
        (an IVC filter: no clause names it) is asked about — never added, never dropped."""
        summed = [s for v in vocabularies() if v.tool == ext.tool for s in v.slots if s.kind == "map" and s.sum and s.split]
        calls = [ext.args, *ext.extra_calls]
        if source.followup is not None or not summed:
            return [], [], []
        text = source.text
        names = {s.name for s in summed}
        # (each read count's words up to its figure: "PTA 85 and IVC" read for the PTAs is "PTA 85")
        placed = [(at, at + d.end()) for r in ledger.reading if str(r["fact"]) in names and r["text"]
                  and (at := text.find(r["text"])) >= 0 and (d := re.search(r"\d(?!.*\d)", r["text"])) is not None]
        spans: list[tuple[int, int, str]] = []
        notes: list[str] = []
        problems: list[str] = []
        left = list(ledger.unaccounted)
        while left:  # (each one handled joins the list the next one may be joined to: "PTA 60、IVC filter 15、栓塞出血的 30")
            m = next((m for m in left if _in_the_list(text, m, placed)), None)
            if m is None:
                break
            left.remove(m)
            label = _label_before(text, m.start)
            placed.append((m.start - len(label), m.end))
            said = f"{label.strip()} {m.values[0]:g}"
            keys = {str(c.value) for s in summed for c in s.choices if c.terms and compiled(c.terms).search(label)}
            asked = {str(args.get(s.split)) for args in calls for s in summed}
            if keys and not keys & asked:  # (a technique of another key: no count of the one asked)
                spans.append((m.start, m.end, "other_key"))
                notes.append(f"「{said}」是另一個領域的項目，不計入這次問的領域。" if lang == "zh-TW" else
                             f"\u201c{said}\u201d belongs to another domain: not counted for the one asked about.")
                continue
            if keys:
                continue
            problems.append(f"「{said}」不是條文列出的項目，我無法確定它是否屬於申請的領域。請確認它是否計入（或以「修改輸入」填寫）。"
                            if lang == "zh-TW" else
                            f"\u201c{said}\u201d is no technique the clause names, so I cannot tell whether it belongs to the domain "
                            "applied for. Please say whether it counts (or use Edit inputs).")
        return spans, notes, problems

    def _call_part(self, question: str, lang: str, calc: Any, call: ToolCall, source: Query | None = None) -> Answer:
        """One calculation of a message that makes several, as a part: its headline, steps, clauses and the words its
        own figures were read from (`source`: the message's text)."""
        tag = calc.tag(lang)
        head = calc.headline(lang)
        steps = list(calc.steps(lang))
        cited = [c for cid in calc.citations() if (c := compose.cite(self.corpus, cid, 240)) is not None]
        title = (f"［{tag}］" if lang == "zh-TW" else f"[{tag}] ") if tag else ""
        text = "\n".join([title + head, *(f"{i}. {s}" for i, s in enumerate(steps, 1))])
        # (read with this call alone, words that state none of its figures bind loosely: only words stating the value)
        reading = [Reading(**r) for r in account(source.text, source.today, [call.args]).reading
                   if r["text"] and _states(r["text"], r["value"])] if source is not None else []
        return Answer(question=question, lang=lang, route="calculator", answer=text, citations=cited, tool_calls=[call],
                      steps=steps, assumptions=list(calc.assumptions(lang)), retrieved=[c.id for c in cited], reading=reading)

    def _check_parts(self, question: str, lang: str, call: ToolCall, source: Query | None) -> list[Answer]:
        """One call making separate checks of separate facts (a month's count and a day on the van), each a question of
        its own: one part per check, each computed with its own facts only (`parts.separate_checks`); [] otherwise."""
        parts = []
        for args in separate_checks(call.name, call.args, source.text if source is not None else ""):
            try:
                calc = calculate(call.name, args)
            except Exception:  # noqa: BLE001 - a check the calculator rejects alone: the call stays one answer
                return []
            parts.append(self._call_part(question, lang, calc, ToolCall(name=call.name, args=args,
                                                                         result=calc.result.model_dump(mode="json")), source))
        return parts

    def _unreadable_number(self, question: str, lang: str, number: str) -> Answer:
        """A 40-digit run or 1e308 is not a figure any rule can mean: say so and read nothing of it."""
        shown = number if len(number) <= 12 else f"{number[:6]}…（{len(number)} 位）" if lang == "zh-TW" else f"{number[:6]}… ({len(number)} digits)"
        text = (f"「{shown}」不是我能讀取的數字（超過 {MAX_DIGITS} 位數或以科學記號書寫）。請用一般寫法寫出確切的數字，我再幫您計算。"
                if lang == "zh-TW" else
                f"\u201c{shown}\u201d is not a number I can read (over {MAX_DIGITS} digits, or in scientific notation). "
                "Please write the exact figure out in full and I will work it out.")
        return Answer(question=question, lang=lang, route="clarify", answer=text,
                      missing=[f"number: {shown}"], unused=[f"{shown}: unreadable number"])

    def _ask_vague(self, question: str, lang: str, ext: Extraction, phrases: list[str], today: datetime.date) -> Answer:
        """"去了幾次月會": a count the person did not give is asked for, never taken as 1."""
        zh = lang == "zh-TW"
        text_q = Query(question[:MAX_READ_CHARS], today).text
        # (the words after the count up to the clause's end name what was counted: "幾次國外的介入會議", not "幾次國外的介")
        shown = [m.group(0) if (m := re.search(re.escape(p) + r"(?:[\u4e00-\u9fff]{0,4}(?![\u4e00-\u9fff])|"
                                               r"[^，,。；;？?！!、\s]{0,10}(?=[，,。；;？?！!、\s]))", text_q)) else p for p in phrases]
        said = "、".join(f"「{p}」" for p in shown) if zh else ", ".join(f"\u201c{p}\u201d" for p in shown)
        ask = (f"您提到{said}，請告訴我確切的數字（依序回覆即可，例如「6 次」），我再幫您計算。" if zh else
               f"You mentioned {said}: please tell me the exact number (just reply, e.g. \u201c6\u201d) and I will work it out.")
        # a vague count is one of the counts read by key ("RFA 很多例"): the clause of that key is what it matters for
        keyed = [s.name for v in vocabularies() if v.tool == ext.tool for s in v.slots if s.kind == "map"]
        # (… and the clause of the fact the vague count stands for leads: "幾次座長" → the lecture path, 第一條第二款(1))
        asked = list(dict.fromkeys([*vague_keys(ext, text_q, phrases, today), *keyed]))
        # (a vague count of an activity, "好幾次講師", cites that activity's clause first: `_tool_citations`)
        # (… and the clauses of what the counts stand for, read with the counts written in: "發了幾篇SCI" → 5.7)
        stands_for = vague_filled(ext, text_q, phrases, today)
        citations = self._tool_citations(ext.tool, stands_for.args if stands_for is not None else ext.args, asked=asked,
                                         question=question)
        text = ask + ("\n\n" + compose.render_citations(citations, lang) if citations else "")
        return Answer(question=question, lang=lang, route="clarify", answer=text, citations=citations,
                      missing=[f"vague: {p}" for p in phrases], retrieved=[c.id for c in citations],
                      pending_call=PendingCall(name=ext.tool, args=dict(ext.args)))

    def _rule_text(self, ids: list[str]) -> str:
        """The full text of the cited clauses and the articles above them (where a period like 六年 is stated)."""
        wanted: list[str] = []
        for cid in ids:
            doc, _, path = cid.partition("/")
            parts = path.split(".")
            for n in range(len(parts), 0, -1):
                anc = f"{doc}/{'.'.join(parts[:n])}"
                if anc not in wanted and self.corpus.get(anc) is not None:
                    wanted.append(anc)
        return "\n".join(self.corpus.quote(cid, 100_000) for cid in wanted)

    def _unread(self, question: str, lang: str, ext: Extraction, ledger: Ledger, calls: list[ToolCall]) -> Answer:
        """A calculation that left numbers of the question unread: show the reading and ask, no figure."""
        zh = lang == "zh-TW"
        words = [m.words for m in ledger.unaccounted]
        missing = [f"unread: {w}" for w in words]
        ask = ("問題裡的「" + "」、「".join(words) + "」我沒有讀懂它在計算中指的是什麼，所以先不給數字，以免算錯。"
               "請換個說法說明這個數字是什麼（例如「其中 2 次是講者」「RFA 70 例」），或用「修改輸入」直接填寫。" if zh else
               "I could not tell what " + ", ".join(f"\u201c{w}\u201d" for w in words) + " stands for in the calculation, "
               "so I give no figure rather than a wrong one. Please say what that number is (e.g. \u201c2 of them as "
               "speaker\u201d, \u201cRFA 70 cases\u201d), or use Edit inputs.")
        ask = _stated_total_ask(ledger, calls, zh) or ask
        if (shared := _shared_short_forms(question, words, zh)):
            ask += "\n" + shared
        citations = self._tool_citations(ext.tool, ext.args)
        reading = [r for r in ledger.reading if r["text"]]
        readings = [Reading(**r) for r in reading]
        text = "\n\n".join(p for p in (ask, compose.reading_line(reading, lang), compose.render_citations(citations, lang)) if p)
        return Answer(question=question, lang=lang, route="clarify", answer=text, citations=citations,
                      missing=missing, reading=readings, unused=[f"{w}: {'未讀取' if zh else 'not read'}" for w in words],
                      assumptions=[n.render(lang) for n in ext.notes], retrieved=[c.id for c in citations],
                      pending_call=PendingCall(name=ext.tool, args=dict(ext.args)))

    def _clarify(self, question: str, lang: str, ext: Extraction, *, problems: list[str] | None = None,
                 keys: list[str] | None = None) -> Answer:
        what_zh, what_en, _ = describe(ext)
        zh = lang == "zh-TW"
        problem_lines = list(problems or []) + [(n.zh if zh else n.en) for n in ext.invalid]
        questions = [(n.zh if zh else n.en) for n in ext.needs]
        missing = [n.render(lang) for n in ext.invalid] + [n.render(lang) for n in ext.needs]
        if problems:
            missing += [f"{k}: {p.split(': ', 1)[-1]}" for k, p in zip(keys or [], problems)]
        if not missing:
            missing = ["input: " + ("請確認提供的數字。" if zh else "Please check the figures given.")]
        citations = self._tool_citations(ext.tool, ext.args, asked=[n.key for n in ext.needs], question=question)
        if any(n == WHICH_CERTIFICATE_NEED for n in ext.needs):
            # (which certificate a six-year total renews, asked: both certificates' renewal clauses are cited, neither computed)
            what_zh, what_en = "換證是否符合條件", "whether the certificate can be renewed"
            have = {c.id for c in citations}
            citations = [c for cid in ("tsa-cme/10", "tsir-instructor/5")
                         if (c := next((x for x in citations if x.id == cid), None) or compose.cite(self.corpus, cid)) is not None]
        if any(n == WHICH_RULES_NEED for n in ext.needs):
            # (whose rules the papers are counted under, asked: both regulations' paper clauses are cited, neither computed)
            what_zh, what_en = "這些文章的分數", "what these papers count for"
            papers = {"paper_sci": "tsir-instructor/5.1", "paper_non_sci": "tsir-instructor/5.2"}
            have = {c.id for c in citations}
            citations += [c for cid in dict.fromkeys(papers[str(a.get("kind"))] for a in ext.args.get("activities") or ()
                                                   if str(a.get("kind")) in papers)
                          if cid not in have and (c := compose.cite(self.corpus, cid)) is not None]
        text = compose.render_clarify(what_zh, what_en, questions, problem_lines, lang)
        known = known_part(ext, lang) if not problems else None  # what the facts read already decide, no default
        if known is not None:  # the clauses of what is already decided lead
            have = {c.id for c in citations}
            citations = [c for cid in known[2] if cid not in have and (c := compose.cite(self.corpus, cid)) is not None] + citations
        if known is not None:
            text = known[0] + "\n\n" + text
        text += "\n\n" + compose.render_citations(citations, lang)
        assumptions = [n.render(lang) for n in ext.notes]
        return Answer(question=question, lang=lang, route="clarify", answer=text, citations=citations,
                      assumptions=assumptions, missing=missing, retrieved=[c.id for c in citations],
                      steps=known[1] if known is not None else [],
                      pending_call=PendingCall(name=ext.tool, args=dict(ext.args)))

    def _tool_citations(self, tool: str, args: dict | None = None, asked: list[str] = (), question: str = "") -> list[Citation]:
        ids = TOOL_INFO.get(tool, ("", "", []))[2]
        if tool == "tsa_credit_tally":
            # Cite the rule of each activity already read (5.7 for a paper), not all of 第五條.
            kinds = [a.get("kind") for a in (args or {}).get("activities", []) if isinstance(a, dict)]
            ids = list(dict.fromkeys(KINDS[k].rule for k in kinds if k in KINDS)) or ids
            if (args or {}).get("offshore_island"):
                ids = [*ids, OFFSHORE_RULE]
        elif tool == "tsir_renewal_check":
            # the clause of each activity already read (講師 → 第五條第三款) before the article's head
            kinds = [a.get("kind") for a in (args or {}).get("activities", []) if isinstance(a, dict)]
            ids = [*dict.fromkeys(POINTS[k].rule for k in kinds if k in POINTS), *ids]
        elif tool == "tsir_instructor_eligibility" and (args or {}).get("domain") in DOMAINS:
            # the domain read already: its case count clause (第二條第二款 for tumour embolization) after the article's
            ids = [*ids, DOMAINS[(args or {})["domain"]].rule]
        elif tool == "renewal_window" and (args or {}).get("doc") in CERTIFICATES:
            # the window of the certificate asked about (外科 → 第十一條備註一; 指導老師 → 第四條), not the other body's
            ids = [cid for cid in ids if cid.startswith(f"{(args or {})['doc']}/")] or ids
        elif tool == "hpa_image_grade":  # the note that forms the score graded for the subject and kind read, then its table
            ids = image_grade_rules((args or {}).get("subject"), (args or {}).get("kind"))
        # a question back cites first the clause that makes each asked fact matter (the domain's case count, 1.1's years)
        # (… and before those, the clause of the consequence the question asks that the missing fact decides)
        # (… and the clauses of the outcomes the missing facts still decide between: the re-read tiers a rate could reach)
        ids = list(dict.fromkeys([*consequence_rules(tool, question), *asked_rules(tool, args or {}, asked),
                                  *open_outcome_rules(tool, args or {}, asked), *ids]))
        return [c for cid in ids if (c := compose.cite(self.corpus, cid)) is not None]

    def _asked_part_in_scope(self, q: Query) -> tuple[list[Any], Any] | None:
        """The hits and the scope verdict of the question without its preamble (`bot.scope.asked_part`), when that part alone
        is in scope and names no neighbour; None otherwise."""
        from bot.scope import asked_part  # noqa: PLC0415

        asked = asked_part(q.original)
        if asked is None:
            return None
        aq = Query(asked, today=q.today)
        if neighbour_kind(aq, topic=False) or INJECTION.search(aq.text):
            return None
        try:
            hits = self.retriever.search(aq.folded[:1000], k=RETRIEVE_K, doc=_only_doc(aq.folded))
        except BadQuery:
            return None
        if not hits:
            return None
        verdict = assess(aq, [self._scope_text(h.clause) for h in hits[:3]], hits[0].via,
                         _english_terms(aq.text) if aq.lang == "en" else None,
                         [a for h in hits[:3] for a in (h.clause.asks or ())], top_asks=list(hits[0].clause.asks or ()))
        return (hits, verdict) if verdict.in_scope else None

    def _retrieve(self, question: str, lang: str, q: Query, injection: bool, model_route: str | None = None) -> Answer:
        """The rules answer; `model_route`: the route model's confident reading, which keeps in scope a question that the
        scope check would refuse when the model reads it as a rule of ours asked (`bot.route_model`)."""
        try:
            hits = self.retriever.search(q.folded[:1000], k=RETRIEVE_K, doc=_only_doc(q.folded))
        except BadQuery:
            return self._out_of_scope(question, lang, "empty")
        from bot.rules_answer import direct_line, listing_first, missing_article_line
        from bot.rules_asks import separate_asks, several_asks_line
        from knowledge.lookup import missing_articles

        top = hits[0] if hits else None
        absent = missing_articles(self.corpus, q.folded)  # naming an article of ours is in scope
        verdict = assess(q, [self._scope_text(h.clause) for h in hits[:3]], top.via if top else None,
                         _english_terms(q.text) if q.lang == "en" else None,
                         [a for h in hits[:3] for a in (h.clause.asks or ())],
                         top_asks=list(hits[0].clause.asks or ()) if hits else None)
        if not verdict.in_scope and not absent and not injection and model_route != "rules" and hits and \
                (rescued := self._asked_part_in_scope(q)) is not None:
            hits, verdict = rescued  # "各位好～我是…窗口，剛接手業務…想問一下：我們的自我評量指標沒過，要做什麼補救？": the
            # preamble diluted the words the clauses share; the question proper, alone, is ours — answered from its own hits
            top = hits[0]
        if (not verdict.in_scope and not absent and (injection or model_route != "rules")) or not hits:
            return self._out_of_scope(question, lang, "injection" if injection else verdict.reason)
        if injection and verdict.reason != "vocabulary":
            return self._out_of_scope(question, lang, "injection")
        hits = self._article_first(q, hits)
        direct = direct_line(q.text, hits, self.corpus, lang)
        doc = _only_doc(q.folded)

        def search_ask(text: str) -> list[Any]:
            """One ask's clauses: the message's hits in the order the ask's words alone rank them (no second encode)."""
            ranked = {h.clause.id: i for i, h in enumerate(
                self.retriever.search(fold(text)[:1000], k=ASK_RERANK_K, doc=doc, lexical_only=True))}
            return sorted(hits, key=lambda h: ranked.get(h.clause.id, len(ranked)))

        several = several_asks_line(q.text, hits, search_ask, self.corpus, lang, direct)
        if several is not None:  # "要交哪一年的報告？沒過會怎樣": each ask answered from its own clause, in order
            direct = several  # (its clauses are among the message's hits: each ask is ranked among them)
            # a grade named only by a later ask ("…跟院內放射師一樣規定嗎？車上的B等要做啥") lifted the grade tables above the
            # clause the first ask names: the clauses the line states rank first, in its order
            if hits and "grade" in hits[0].via and hits[0].clause.id not in several.cited[:1] and \
                    not _grade_asked(separate_asks(q.text)[0]):
                hits = [*(h for cid in several.cited for h in hits if h.clause.id == cid),
                        *(h for h in hits if h.clause.id not in several.cited)]
        if not direct.confident and (asked := asked_sentences(q.text)) is not None and \
                (alone := direct_line(asked, search_ask(asked), self.corpus, lang)).confident:
            direct = alone  # "is there a monthly cap per tech? we're short staffed and one tech does everything": the
            # context around the question weighed as much as it; the sentence that asks, alone, is answered
        hits = self._cited_lists(hits, direct.cited)
        chosen = self._choose(hits, first=[h for h in hits if h.clause.id in direct.cited])
        citations = [c for i, h in enumerate(chosen)
                     if (c := compose.cite(self.corpus, h.clause.id, 240 if i == 0 else compose.QUOTE_CHARS)) is not None]
        lead = direct.text
        if absent:
            lead = missing_article_line(absent, self.corpus, lang) + "\n" + (
                "以下是最相關的條文：" if lang == "zh-TW" else "These are the most relevant clauses:")
        text = compose.render_retrieval(citations, lang, lead)
        if injection:
            text = compose.render_out_of_scope("injection", lang).split("\n\n")[0] + "\n\n" + text
        # "積分有哪些來源可以算？": the heading whose items are the things accepted leads the ranking, as it leads the line
        # (bot.rules_answer.listing_first; the line itself is read from the retriever's order, where the renewal article first
        # is what tells it to answer from the list)
        ranked = [h.clause.id for h in listing_first(q.text, hits, self.corpus)]
        return Answer(question=question, lang=lang, route="retrieval", answer=text, citations=citations,
                      retrieved=_line_clauses_first(ranked, direct.cited if direct.confident and not absent else []))

    def _cited_lists(self, hits: list[Any], cited: list[str]) -> list[Any]:
        """The hits with each clause the line cites that the search did not return (the list two found items share:
        `bot.rules_answer._kinds_parent`) put in before the rest, so that the answer quotes what its first line states."""
        missing = [c for cid in cited if cid not in {h.clause.id for h in hits} and (c := self.corpus.get(cid)) is not None]
        if not missing or not hits:
            return hits
        from knowledge.retrieve import Hit  # noqa: PLC0415 - the retriever's own type, imported where used

        return [*(Hit(clause=c, score=hits[0].score, via=["list"]) for c in missing), *hits]

    def _article_first(self, q: Query, hits: list[Any]) -> list[Any]:
        """"…寫在哪一條？" asks for an article, not an item of it: the best hit's article (第五條, 二(二)) first."""
        if not hits or not WHICH_ARTICLE.search(q.folded) or "lookup" in hits[0].via:
            return hits
        # ("which section / rule covers …" is lifted to an article only, 第四條; the mammography rules' own parts are named
        # at the level the question's topic is: knowledge.shapes.ASKS_ARTICLE_ITSELF)
        itself = ASKS_ARTICLE_ITSELF.search(q.folded)
        article = next((a for a in self.corpus.ancestors(hits[0].clause.id)
                        if _ARTICLE_LABEL.search(a.label) and (itself or a.kind == "article")), None)
        if article is None:
            return hits
        from knowledge.retrieve import Hit  # noqa: PLC0415 - the retriever's own type, imported where used

        return [Hit(clause=article, score=hits[0].score, via=["article"]), *[h for h in hits if h.clause.id != article.id]]

    def _scope_text(self, clause: Any) -> str:
        """What a question is compared with for scope: the clause's text and its gists."""
        return "\n".join(x for x in (self.corpus.full_text(clause.id), clause.gist_zh, clause.gist_en) if x)

    @staticmethod
    def _choose(hits: list[Any], first: list[Any] | None = None) -> list[Any]:
        """`first` (default: the best hit), plus the next hits that score close to the best (named clauses always)."""
        top = hits[0].score
        chosen = list(first or hits[:1])
        for h in hits:  # (the best hit too, when the first line cites another)
            if len(chosen) >= CITE_MAX:
                break
            if h in chosen:
                continue
            # A note or item of a clause already cited is inside that clause's quote: cite something new.
            if any(h.clause.id.startswith(c.clause.id + ".n") for c in chosen):
                continue
            if "lookup" in h.via or h.score >= top * 0.85:
                chosen.append(h)
        return chosen

    def _out_of_scope(self, question: str, lang: str, reason: str) -> Answer:
        return Answer(question=question, lang=lang, route="out_of_scope", answer=compose.render_out_of_scope(reason, lang))
