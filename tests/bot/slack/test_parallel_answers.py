"""Answers run in parallel, each within a time budget (issue 12, fault 5): one slow question never
holds up another person's, and a question with a 4,000-digit run is answered at once."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.answer import Answer
from bot.slack.services import AnswerTimeout, Services


class _SlowOnRequest:
    """Answers "slow" only when released; anything else at once."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.started = threading.Event()

    def answer(self, question, conversation=None, *, today=None) -> Answer:
        if question == "slow":
            self.started.set()
            self.release.wait(10)
        return Answer(question=question, lang="zh-TW", route="retrieval", answer=question)


def test_a_slow_answer_does_not_hold_up_another(inquiry_log):
    engine = _SlowOnRequest()
    svc = Services(engine=engine, log=inquiry_log)
    try:
        slow = threading.Thread(target=svc.answer, args=("slow", None))
        slow.start()
        assert engine.started.wait(5)
        answer, _ = svc.answer("fast", None)  # no global lock: this does not wait for "slow"
        assert answer.answer == "fast" and slow.is_alive()
    finally:
        engine.release.set()
        svc.close(wait=True)


def test_an_answer_over_its_budget_is_abandoned(inquiry_log):
    engine = _SlowOnRequest()
    svc = Services(engine=engine, log=inquiry_log, answer_budget_s=0.2)
    try:
        with pytest.raises(AnswerTimeout):
            svc.answer("slow", None)
    finally:
        engine.release.set()
        svc.close(wait=True)


QUESTIONS = [
    "今年參加年會 1 次、月會 3 次，積分多少？",
    "乳攝車每名放射師一天最多可以拍幾案？",
    "追蹤完成率 68%，補助 200 萬，扣多少？",
    "我六年積分是 90、100、110、95、120、200，能展延嗎？",
    "How many credits is the TSA annual meeting worth?",
    "category 3 的個案 2026/6/30 篩檢，追蹤期限？",
]


def test_the_real_engine_gives_the_same_answers_in_parallel(engine):
    """Nothing in the engine is shared-mutable: 48 concurrent answers equal the one-at-a-time ones."""
    sequential = {q: engine.answer(q).model_dump(exclude={"latency_ms"}) for q in QUESTIONS}
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda q: (q, engine.answer(q).model_dump(exclude={"latency_ms"})), QUESTIONS * 8))
    assert all(got == sequential[q] for q, got in results)


@pytest.mark.parametrize("question", ["年會 " + "9" * 4000 + " 次幾分？", "年度補助 1e308 萬元，扣多少？"])
def test_an_unreadable_number_is_refused_at_once(engine, question):
    a = engine.answer(question)  # before: 10 s of regex backtracking, then a figure read from "308 萬元"
    assert a.route == "clarify" and not a.tool_calls and a.missing[0].startswith("number:")
