"""Clarifying questions: what a calculation still needs, and merging the user's reply with it."""

from __future__ import annotations

import datetime

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
    "hpa_followup_deduction": ("追蹤完成率的扣款", "the follow-up completion deduction", ["hpa-mammo/2.5"]),
    "hpa_followup_deadline": ("疑似陽性個案的追蹤期限", "the follow-up deadline", ["hpa-mammo/2.5.4"]),
}


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
        if before is None or tool(f"{turns[i].question}\n{text}") != before or tool(text) == before:
            break
        text = f"{turns[i].question}\n{text}"
        i -= 1
    return text


def describe(extraction: Extraction) -> tuple[str, str, list[str]]:
    return TOOL_INFO.get(extraction.tool, ("這項計算", "this calculation", []))
