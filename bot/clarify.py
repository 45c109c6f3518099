"""Clarifying questions: what a calculation still needs, and merging the user's reply with it."""

from __future__ import annotations

import datetime
import re

from bot.answer import Answer, Conversation
from bot.extract import Extraction
from bot.parsing.text import Query

# Per tool: what it works out (zh, en) and the clauses that set the facts it needs (cited while asking).
TOOL_INFO: dict[str, tuple[str, str, list[str]]] = {
    "tsa_credit_tally": ("外科繼續教育積分", "your surgical CME credits", ["tsa-cme/5"]),
    "tsa_renewal_check": ("外科專科醫師證書能否展延", "whether the surgical certificate can be renewed", ["tsa-cme/10"]),
    "tsir_instructor_eligibility": ("指導老師的申請資格", "instructor eligibility", ["tsir-instructor/1", "tsir-instructor/2"]),
    "tsir_renewal_check": ("指導老師換證積分", "your instructor renewal points", ["tsir-instructor/5", "tsir-instructor/6"]),
    "renewal_window": ("證書換證／展延的申請期間", "the renewal window", ["tsir-instructor/4", "tsa-cme/11.n1"]),
    "hpa_image_grade": ("臨床影像評估評等", "the image evaluation grade", ["hpa-mammo/2.1.2.2.1", "hpa-mammo/2.3.1"]),
    "hpa_qc_grade": ("乳房 X 光攝影儀實地測試評等", "the QC field test grades", ["hpa-mammo/2.2.1.1"]),
    "hpa_reread_action": ("複判差異的輔導措施", "the re-read discrepancy action", ["hpa-mammo/2.1.1.2"]),
    "hpa_facility_volume": ("機構年篩檢量是否超量", "whether the facility's annual volume is over the limit", ["hpa-mammo/2.1.2.3.2"]),
    "hpa_radiographer_volume": ("放射師操作量是否超過上限", "whether the radiographer's volume is over the cap", ["hpa-mammo/2.1.2.3.1", "hpa-mammo/2.4.1"]),
    "hpa_followup_deduction": ("追蹤完成率的扣款", "the follow-up completion deduction", ["hpa-mammo/2.5", "hpa-mammo/2.5.2"]),  # (2.5.2 defines the rate whose counts are asked)
    "hpa_followup_deadline": ("疑似陽性個案的追蹤期限", "the follow-up deadline", ["hpa-mammo/2.5.4"]),
}


def _asked_consequences() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(tool, words asking a consequence, the clause that sets it): the consequence a question back's fact decides."""
    from calculators.hpa_mammo import VAN_SPOT_RULE  # noqa: PLC0415 - the calculators load after the bot's modules
    from calculators.vocab_hpa import SPOT_REVIEW  # noqa: PLC0415

    from calculators.hpa_mammo import QC_MEASURES  # noqa: PLC0415

    # (the unit's use or its measures asked while its QC scores are asked for, "哪一項 D 機器就不能用", "can we keep using it",
    # "要去上品管討論會嗎": the QC measures' clause, 二(二)1(2))
    qc_use = re.compile(r"不能用|不能再用|不得(?:再)?(?:用|使用)|停用|停止使用|還能用|还能用|繼續用|继续用|能不能用|可不可以用|"
                        r"品管討論會|品管讨论会|取消(?:資格|资格)|\b(?:keep|still)\s+(?:using|use)\b|\bbarred\b|\bsuspend\w*|"
                        r"\b(?:taken|pulled)\s+out\s+of\s+(?:service|use)\b|\bQC\s+meeting\b|"
                        # (taken off the HPA screening programme, in any words: "pulled from HPA screening", "kicked out of
                        # the programme", "被踢出國健署篩檢", "不能再做國健署篩檢", "lose our qualification")
                        r"\b(?:taken|pulled|removed|kicked|dropped|excluded|banned|barred|struck)\s+(?:out\s+of|off|from)\b|"
                        r"\b(?:can(?:not|'t|’t)|not)\s+(?:be\s+)?used?\s+(?:for|in)\s+(?:the\s+)?(?:hpa\s+)?screening\b|"
                        r"\blos(?:e|ing)\s+(?:our\s+|the\s+|its\s+)?(?:accreditation|qualification|eligibility)\b|"
                        r"踢出|剔除|除名|退出(?:篩檢|筛检)|失去(?:資格|资格)|"
                        r"不能(?:再)?(?:做|接|參加|参加|用於|用于)?(?:國健署|国健署)?(?:的)?(?:篩檢|筛检)", re.IGNORECASE)
    from calculators.vocab_tsa import ASKED_CITES as TSA_ASKED  # noqa: PLC0415
    from calculators.vocab_tsir import ASKED_CITES  # noqa: PLC0415

    # (a technique two instructor domains hold, said bare — "支架 120 例": the domain asked decides between their clauses;
    # a talk said without its kind — both kinds are 5.3's)
    shared = tuple((tool, re.compile(words, re.IGNORECASE), rule) for tool, words, rule in (*ASKED_CITES, *TSA_ASKED))
    return (("hpa_radiographer_volume", re.compile(SPOT_REVIEW, re.IGNORECASE), VAN_SPOT_RULE),
            ("hpa_qc_grade", qc_use, QC_MEASURES), *shared)


def consequence_rules(tool: str, question: str) -> list[str]:
    """The clauses of the consequences `question` asks about that the calculation's missing fact decides ("會不會被抽片
    審查" asks the van's spot review, 二(四)2, which the month's count decides): cited first while asking for the fact."""
    return [rule for t, words, rule in _asked_consequences() if t == tool and words.search(question)]


def open_outcome_rules(tool: str, args: dict, asked: list[str] | tuple[str, ...]) -> list[str]:
    """The clauses of the outcomes a question back's missing facts still decide between (the re-read tiers 甲–丙 a rate
    not yet given could reach): the reply picks one of them, so the question cites them. From the calculators, where the
    thresholds live; [] for a tool with no such table."""
    from calculators.hpa_mammo import reread_open_rules  # noqa: PLC0415 - the calculators load after the bot's modules

    deciders = {"hpa_reread_action": reread_open_rules}
    return deciders[tool](args, asked) if tool in deciders else []


def missing_keys(answer: Answer) -> tuple[str, ...]:
    """The short keys of a clarify answer's `missing` entries ("key: question")."""
    return tuple(m.split(":", 1)[0].strip() for m in answer.missing)


def pending(conversation: Conversation | None) -> Answer | None:
    """The clarify answer a new message may complete, if the last turn was one."""
    return conversation.pending_clarify if conversation is not None else None


def pending_text(conversation: Conversation | None, today: datetime.date) -> str | None:
    """The text of the calculation still pending: the last clarify turn, joined with the earlier
    clarify turns it was itself a reply to (a question completed over several replies)."""
    from bot.routing import decide_calculation

    def tool(text: str) -> str | None:
        d = decide_calculation(Query(text, today))
        return d.extraction.tool if d else None

    turns = conversation.turns if conversation is not None else []
    if not turns or turns[-1].answer.route != "clarify":
        return None
    text = turns[-1].question
    i = len(turns) - 2
    while i >= 0 and turns[i].answer.route == "clarify":
        before = tool(turns[i].question)
        # (a reply naming the certificate or the rules asked for — "外科的" to which certificate — switches the calculation:
        # the question it answered is still the one pending)
        switched = any(m.startswith("regulation:") for m in turns[i].answer.missing)
        if before is None or tool(f"{turns[i].question}\n{text}") != before and not switched or tool(text) == before:
            break
        text = f"{turns[i].question}\n{text}"
        i -= 1
    return text


# What a calculation works out when every fact it still asks is one of a part of it (the lifetime certificate's dates):
# that part, not the whole tool, is named while asking.
PART_INFO: dict[tuple[str, frozenset[str]], tuple[str, str, list[str]]] = {
    ("tsir_renewal_check", frozenset({"birth_date", "application_date"})):
        ("能否申請終身指導老師證書", "whether you can apply for the lifetime instructor certificate", ["tsir-instructor/6"]),
}


def describe(extraction: Extraction) -> tuple[str, str, list[str]]:
    """(what it works out in zh, in en, the clauses that set its facts) for a question back."""
    asked = {n.key for n in extraction.needs}
    for (tool, keys), info in PART_INFO.items():
        if tool == extraction.tool and asked and asked <= keys:
            return info
    return TOOL_INFO.get(extraction.tool, ("這項計算", "this calculation", []))


# A vague duration ("做了幾個月就離職", "a few months"): one item's figure of a list the calculation asks for item by item.
_DURATION = re.compile(r"(?:個月|天|年|週|周|days?|months?|weeks?|years?)\s*$", re.IGNORECASE)


def vague_left(extraction: Extraction, phrases: list[str]) -> list[str]:
    """The vague phrases still to ask about: where the calculation already asks for a list item by item ("請逐位列出
    各工作幾天"), a vague duration of one of its items is asked by that question, and its reply (days, not the vague
    phrase's months) must go to the list — never replace the vague words."""
    from bot.reader import vocabularies  # noqa: PLC0415 - the reader imports this module's neighbours

    lists = {s.name for v in vocabularies() if v.tool == extraction.tool for s in v.slots if s.kind == "list"}
    if not any(n.key in lists for n in extraction.needs):
        return phrases
    return [p for p in phrases if not _DURATION.search(p)]


def vague_keys(extraction: Extraction, text: str, phrases: list[str], today: datetime.date) -> list[str]:
    """The facts the vague counts of `text` stand for ("另外有當過幾次座長" → the lectures in the domain): the keys the
    calculation reads once each phrase is written as a count, that it did not read before — a question back about
    them cites the clauses that make them matter (`asked_rules`), not only the tool's own."""
    filled = vague_filled(extraction, text, phrases, today)
    if filled is None:
        return []
    before, after = extraction.args, filled.args
    return [k for k, v in after.items() if before.get(k) != v]


def vague_filled(extraction: Extraction, text: str, phrases: list[str], today: datetime.date) -> Extraction | None:
    """The same calculation read with each vague phrase of `text` written as a count (3, 4, …): what the vague counts
    stand for ("發了幾篇SCI" → SCI papers) — for the keys and clauses a question back about them names, never for a
    figure; None when the text so written is no longer that calculation."""
    from bot.routing import decide_calculation  # noqa: PLC0415 - routing imports this module's neighbours
    from bot.vague import fill_vague  # noqa: PLC0415

    filled = fill_vague(text, phrases, " ".join(str(i + 3) for i in range(len(phrases))))
    decision = decide_calculation(Query(filled, today)) if filled is not None else None
    if decision is None or decision.extraction.tool != extraction.tool:
        return None
    return decision.extraction


def known_part(extraction: Extraction, lang: str) -> tuple[str, list[str], list[str]] | None:
    """(headline, steps, citations) of what the facts read already decide, when every fact still asked is one the result stands
    without (`Slot.partial`: the deduction's % while the subsidy for its amount is asked) — computed by the calculator
    from the facts read, no default in them; None otherwise."""
    from bot.reader import vocabularies  # noqa: PLC0415
    from calculators.registry import calculate  # noqa: PLC0415 - see bot.engine.calculate

    partial = {s.name: s.partial for v in vocabularies() if v.tool == extraction.tool for s in v.slots if s.partial}
    if not extraction.needs or extraction.invalid or any(n.key not in partial for n in extraction.needs):
        return None
    try:
        calc = calculate(extraction.tool, extraction.args)
    except Exception:  # noqa: BLE001 - the facts read do not decide it: only the question
        return None
    headline = calc.headline(lang)
    notes = [note[0 if lang == "zh-TW" else 1] for n in extraction.needs if isinstance(note := partial[n.key], tuple)]
    if notes:  # the missing fact may still change it: said so, beside what the facts given decide
        headline = ("依目前提供的數字：" if lang == "zh-TW" else "From the figures given so far: ") + headline
        headline += "\n" + " ".join(dict.fromkeys(notes))
    return headline, list(calc.steps(lang)), list(calc.citations())


# A figure the question gave roughly ("兩百出頭例", "200 多例", "about 14k", "約 320 例", "快 180 例", "300-ish"): the phrase standing for it
ROUGH_FIGURE = re.compile(
    r"(?:~|～|≈|約|约|大約|大约|大概|差不多|將近|将近|(?<![很較较趕赶儘尽最])快(?:要)?|\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|circa|some)\s+)"
    # (… the words after it making it rough too, one figure: "大概一百多例", "約 200 出頭" — the rough words end after them)
    r"\s*(?P<verb>做了|有|是|共)?\s*(?:\d[\d,]*(?:\.\d+)?\s*[kK]?(?![\d,])|[一二兩两三四五六七八九十百千]{1,5})(?:\s*(?:多|餘|余|出頭|出头|左右|上下))?|"
    r"(?<![\d.])(?:\d[\d,]*(?:\.\d+)?|[一二兩两三四五六七八九十百千]{1,5})\s*(?:年|個月|个月)?\s*"
    r"(?:多|餘|余|出頭|出头|左右|上下|-?ish\b|\s+or\s+so\b|-odd\b)|"
    # ("200例左右", "80 篇上下": the count noun between the figure and the words making it rough)
    r"(?<![\d.])(?:\d[\d,]*(?:\.\d+)?|[一二兩两三四五六七八九十百千]{1,5})\s*(?:例|案|次|篇|場|场|件|位|名)\s*(?:左右|上下)|"
    # a range ("170 到 180 分", "70~76 例", "between 250 and 280"): the figure said as its two ends
    r"(?<![\d./])\d+(?:\.\d+)?\s*(?:分|例|案|次|篇|%)?\s*(?:到|至|~|～)\s*\d+(?:\.\d+)?(?![\d./])|"
    r"\bbetween\s+\d+(?:\.\d+)?\s+and\s+\d+(?:\.\d+)?",
    re.IGNORECASE)
# words in a reply giving a figure as it is ("精確是215例", "exact count 14,100", "actually 212")
_EXACT = re.compile(r"確切|确切|精確|精确|準確|准确|正確|正确|實際(?:上|是)|实际(?:上|是)|"
                    r"\b(?:exact(?:ly)?|precise(?:ly)?|actual(?:ly)?|to be exact|in fact)\b", re.IGNORECASE)
# a reply's clauses: a comma between digit groups ("14,100") splits nothing
_CLAUSE = re.compile(r"(?:[^，、；;。\n,]|,(?=\d{3}(?!\d)))+")
_UNIT_AFTER = re.compile(r"\s*(例|案|次|篇|天|分|位|名|場|场|件|%|cases?|screenings?|mammos?|days?|times?|points?)", re.IGNORECASE)


# the rough figure's unit said a few words after it ("about 200 vascular cases", "200 多台血管介入的例"): its count noun
_UNIT_NEAR = re.compile(r"\s*(?:[A-Za-z-]+\s+){0,3}?(cases?|screenings?|mammos?|mammograms?|procedures?)\b|"
                        r"\s*(例|案|次|篇|場|场|件|位|名)", re.IGNORECASE)
# a reply clause adding to what was said ("另外 8 例", "還有 8 例", "8 more cases", "plus another 8"): no exact figure
# (… nor a part of it: "其中 20 例是 TACE", "20 of them")
_ADDS = re.compile(r"另外|另有|還有|还有|再|又|多了|加上|其中|\b(?:more|another|plus|additional|also|extra|besides|of\s+(?:them|those|which))\b",
                   re.IGNORECASE)


def _same_unit_figure(pending_question: str, rough: re.Match[str], clauses: list[re.Match[str]]) -> list[re.Match[str]]:
    """The reply's clauses giving one figure of the rough figure's unit ("208 例" for "200出頭例", "196 cases" for "about 200
    vascular cases"), when nothing else of the question is counted in that unit (its figure can stand for nothing but the
    rough one) and the clause adds nothing ("另外 8 例" is more, not the exact figure): the exact figure said without "exactly"
    — never added to the rough one. Empty when the unit is not said on both sides."""
    from bot.parsing.numbers import find_quantities  # noqa: PLC0415

    near = _UNIT_NEAR.match(pending_question, rough.end())
    inside = re.search(r"(例|案|次|篇|場|场|件|位|名)\s*(?:左右|上下)$", rough.group(0))  # ("200例左右")
    if near is None and inside is None:
        return []
    said = inside.group(1) if inside is not None else near.group(1) or near.group(2)
    unit = [q.unit for q in find_quantities(Query(f"1 {said}").text)]
    if len(unit) != 1 or unit[0] is None:
        return []
    rest = pending_question[:rough.start()] + "，" + pending_question[near.end() if inside is None else rough.end():]
    if any(q.unit == unit[0] for q in find_quantities(Query(rest).text)):
        return []  # another figure of the unit in the question: which one the reply's is, is not guessed
    found = []
    for clause in clauses:
        figures = find_quantities(Query(clause.group(0)).text)
        if len(figures) == 1 and figures[0].unit == unit[0] and not _ADDS.search(clause.group(0)):
            found.append(clause)
    return found


def exact_for_rough(pending_question: str, reply: str, asked: bool = False, vague_asked: bool = False) -> tuple[str, str, tuple[str, str]] | None:
    """A reply giving the exact figure for one the question gave roughly ("兩百出頭例" + "精確是215例", "about 14k mammos" +
    "exact count 14,100"): (the question with the exact figure in the rough one's place, the reply's other clauses, (the
    rough words, the exact figure)). Only when the question has exactly one rough figure and the reply exactly one clause
    saying a figure is exact, with one figure in it (its unit, if said, the rough one's) — else None: the rough figure is
    never guessed at, and a reply with two exact figures is not matched to one. `asked`: the exact figure was what the question
    back asked for ("「約 72 例」是約略的數字…請告訴我確切的數字"): a reply of one clause alone ("73 例") says it."""
    from bot.parsing.numbers import find_quantities  # noqa: PLC0415

    clauses = [m for m in _CLAUSE.finditer(reply) if m.group(0).strip()]
    exact = [m for m in clauses if _EXACT.search(m.group(0)) or (asked and len(clauses) == 1)]
    rough = list(ROUGH_FIGURE.finditer(pending_question))
    if len(rough) != 1:
        return None
    if not exact and not vague_asked:  # ("208 例，放專12年" for "200出頭例" while the years were asked: the figure of the rough one's unit)
        exact = _same_unit_figure(pending_question, rough[0], clauses)
    if len(exact) != 1:
        return None
    figures = find_quantities(Query(exact[0].group(0)).text)
    if len(figures) != 1:
        return None
    x, r = figures[0], rough[0]
    unit = _UNIT_AFTER.match(pending_question, r.end())
    if x.unit and unit and x.unit.lower().rstrip("s") != unit.group(1).lower().rstrip("s") \
            and [q.unit for q in find_quantities(Query(f"1 {unit.group(1)}").text)] != [x.unit]:
        return None  # ("cases" and "例" are one unit, as the figures read them)
    value = f"{x.as_number}"
    noun = re.search(r"(例|案|次|篇|場|场|件|位|名)\s*(?:左右|上下)$", r.group(0))  # ("200例左右": its count noun stays)
    rewritten = pending_question[:r.start()] + (r.group("verb") or "") + value + (noun.group(1) if noun else "") \
        + pending_question[r.end():]
    rest = (reply[:exact[0].start()] + reply[exact[0].end():]).strip(" ，、；;。,\n")
    rest = re.sub(r"\s*([，、；;,])\s*(?:[，、；;,]\s*)+", r"\1 ", rest)  # (the clause's own separator goes with it)
    return rewritten, rest, (r.group(0).strip(), value)
