"""A hand-written engine that answers from a script, and realistic answers for it to return."""

from __future__ import annotations

import threading

from bot.answer import Answer, Citation, Conversation, PendingCall, ToolCall
from bot.settings import get_settings
from knowledge.corpus import load_corpus


def _quote(clause_id: str) -> str:
    return load_corpus().quote(clause_id)


def cite(clause_id: str) -> Citation:
    """A citation as the engine makes it: the corpus's own label and verbatim quote."""
    corpus = load_corpus()
    return Citation(id=clause_id, label=corpus.full_label(clause_id), quote=corpus.quote(clause_id))


TALLY_CITATIONS = [
    cite("tsa-cme/5.1"),
    cite("tsa-cme/5.2"),
]


def calculator_answer(question: str = "我今年參加外科醫學會年會 1 次、月會 3 次，共有幾學分？") -> Answer:
    return Answer(
        question=question,
        lang="zh-TW",
        route="calculator",
        answer=(
            "您今年共可認定 120 學分。\n\n"
            "計算步驟：\n1. 年會 1 次 × 60 分 = 60 分\n2. 月會 3 次 × 20 分 = 60 分\n3. 合計 60 + 60 = 120 分\n\n"
            "假設：\n- 未註明年度的活動歸於同一年度\n\n"
            f"依據：\n[1] 台灣外科醫學會繼續教育積分認定辦法 第五條第一款（tsa-cme/5.1）：「{_quote('tsa-cme/5.1')}」\n"
            f"[2] 台灣外科醫學會繼續教育積分認定辦法 第五條第二款（tsa-cme/5.2）：「{_quote('tsa-cme/5.2')}」"
        ),
        citations=TALLY_CITATIONS,
        tool_calls=[
            ToolCall(
                name="tsa_credit_tally",
                args={"activities": [{"kind": "tsa_annual_meeting", "count": 1}, {"kind": "tsa_monthly_meeting", "count": 3}]},
                result={
                    "total": 120,
                    "by_year": {"": 120},
                    "breakdown": [
                        {"kind": "tsa_annual_meeting", "raw": 60, "counted": 60, "rule": "tsa-cme/5.1",
                         "text": "年會 1 次 × 60 分 = 60 分", "text_en": "Annual meeting 1 × 60 = 60"},
                        {"kind": "tsa_monthly_meeting", "raw": 60, "counted": 60, "rule": "tsa-cme/5.2",
                         "text": "月會 3 次 × 20 分 = 60 分", "text_en": "Monthly meeting 3 × 20 = 60"},
                    ],
                    "caps_applied": [],
                    "citations": ["tsa-cme/5.1", "tsa-cme/5.2"],
                    "assumptions": ["未註明年度的活動歸於同一年度"],
                },
            )
        ],
        assumptions=["未註明年度的活動歸於同一年度"],
        steps=["年會 1 次 × 60 分 = 60 分", "月會 3 次 × 20 分 = 60 分", "合計 60 + 60 = 120 分"],
    )


def retrieval_answer(question: str = "What is the monthly screening cap for a mammography radiographer?") -> Answer:
    return Answer(
        question=question,
        lang="en",
        route="retrieval",
        answer=(
            "The rules that answer this (most relevant first; quoted in the original Chinese):\n\n"
            "1. 預防保健服務之乳房 X 光攝影醫療機構資格後續審查作業 二(一)2(3)甲 (hpa-mammo/2.1.2.3.1):\n"
            f"“{_quote('hpa-mammo/2.1.2.3.1')}”\n"
            "2. 預防保健服務之乳房 X 光攝影醫療機構資格後續審查作業 二(一)2(3)乙 (hpa-mammo/2.1.2.3.2):\n"
            f"“{_quote('hpa-mammo/2.1.2.3.2')}”"
        ),
        citations=[
            cite("hpa-mammo/2.1.2.3.1"),
            cite("hpa-mammo/2.1.2.3.2"),
        ],
    )


def clarify_answer(question: str = "我可以換證嗎？") -> Answer:
    return Answer(
        question=question,
        lang="zh-TW",
        route="clarify",
        answer=(
            "要計算外科專科醫師證書能否展延，還需要以下資料：\n"
            "1. 證書六年效期內，每一年的積分各是多少（由最早到最近，共 6 個數字）？\n\n"
            "請直接回覆，我會接著算。\n\n"
            f"依據：\n[1] 台灣外科醫學會繼續教育積分認定辦法 第十條（tsa-cme/10）：「{_quote('tsa-cme/10')}」"
        ),
        citations=[
            cite("tsa-cme/10"),
        ],
        missing=["yearly_credits: 證書六年效期內，每一年的積分各是多少（由最早到最近，共 6 個數字）？"],
        pending_call=PendingCall(name="tsa_renewal_check", args={}),
    )


def renewal_answer(question: str) -> Answer:
    return Answer(
        question=question,
        lang="zh-TW",
        route="calculator",
        answer=(
            "可以申請展延：六年合計 615 分，已達 600 分，且沒有積分為零的年度。\n\n"
            "計算步驟：\n1. 100 + 120 + 90 + 110 + 95 + 100 = 615\n2. 615 ≥ 600，且無 0 分年度\n\n"
            f"依據：\n[1] 台灣外科醫學會繼續教育積分認定辦法 第十條（tsa-cme/10）：「{_quote('tsa-cme/10')}」"
        ),
        citations=[
            cite("tsa-cme/10"),
        ],
        tool_calls=[
            ToolCall(
                name="tsa_renewal_check",
                args={"yearly_credits": [100, 120, 90, 110, 95, 100]},
                result={"eligible": True, "required": 600, "total": 615, "shortfall": 0, "zero_years": []},
            )
        ],
        steps=["100 + 120 + 90 + 110 + 95 + 100 = 615", "615 ≥ 600，且無 0 分年度"],
    )


def out_of_scope_answer(question: str = "明天會下雨嗎？") -> Answer:
    return Answer(
        question=question,
        lang="zh-TW",
        route="out_of_scope",
        answer="這不在我能回答的範圍。我只回答外科醫學會繼續教育積分、介入放射指導老師認證與乳房攝影機構後續審查三項規定。",
    )


class FakeEngine:
    """Answers by keyword; `boom` in a question raises; remembers every call (thread-safe)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Conversation | None]] = []
        self._lock = threading.Lock()

    def answer(self, question: str, conversation: Conversation | None = None, *, today=None) -> Answer:
        with self._lock:
            self.calls.append((question, conversation))
        if "boom" in question:
            raise RuntimeError("index exploded at /secret/path xoxb-should-not-leak")
        if conversation is not None and conversation.pending_clarify is not None:
            return renewal_answer(question)
        if "換證" in question:
            return clarify_answer(question)
        if "cap" in question or "radiographer" in question:
            return retrieval_answer(question)
        if "下雨" in question or "weather" in question:
            return out_of_scope_answer(question)
        return calculator_answer(question)

    def compute(self, question: str, lang: str, tool: str, calls: list[dict]) -> Answer:
        """A form's arguments: the real engine composes the answer (no index needed for a calculation)."""
        from bot.engine import Engine

        with self._lock:
            self.calls.append((f"compute {tool} {calls}", None))
        return Engine(get_settings(), load_corpus()).compute(question, lang, tool, calls)
