"""Round 25's caches: the remembered routing decision and the remembered pattern occurrence give what the uncached
computation gives, are keyed by everything their result depends on, and never share a mutable result between callers."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import bot.routing as routing
from bot.parsing.text import Query
from bot.reader.mentions import compiled, occurs
from bot.routing import decide_calculation
from tests.bot.conftest import TODAY

# A calculation of one's own (zh-TW, zh-CN, en), a clarify, and a rules question (no calculation).
QUESTIONS = [
    "我今年參加年會 3 次、院外研討會 4 場各 2 小時，總共幾學分？",
    "我今年参加年会 3 次、院外研讨会 4 场各 2 小时，总共几学分？",
    "This year I went to the annual meeting twice and gave one talk; how many credits is that?",
    "我的積分夠不夠展延？",
    "展延需要哪些文件？",
]


def _shape(decision: routing.Decision | None) -> tuple | None:
    if decision is None:
        return None
    ext = decision.extraction
    return (decision.route, ext.tool, repr(ext.args), [n.key for n in ext.needs], ext.facts, ext.score) if ext else \
        (decision.route,)


@pytest.fixture(autouse=True)
def _fresh() -> None:
    routing._recent_decisions.clear()


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_remembered_decision_equals_the_uncached_one(question: str) -> None:
    uncached = routing._decided(Query(question, TODAY))
    first = decide_calculation(Query(question, TODAY))
    second = decide_calculation(Query(question, TODAY))
    assert _shape(first) == _shape(uncached) == _shape(second)


def test_the_same_text_is_decided_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    original = routing._decided
    monkeypatch.setattr(routing, "_decided", lambda q: calls.append(q.original) or original(q))
    for _ in range(3):
        decide_calculation(Query(QUESTIONS[0], TODAY))
    assert calls == [QUESTIONS[0]]


def test_the_day_the_pending_reply_and_the_keys_asked_are_part_of_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple] = []
    original = routing._decided
    monkeypatch.setattr(routing, "_decided", lambda q: seen.append((q.today, q.followup, q.expected)) or original(q))
    text = QUESTIONS[3]
    decide_calculation(Query(text, TODAY))
    decide_calculation(Query(text, TODAY + dt.timedelta(days=1)))
    decide_calculation(Query(text, TODAY, followup="六年共 150 分"))
    decide_calculation(Query(text, TODAY, followup="六年共 150 分", expected=("total",)))
    assert len(seen) == 4


def test_a_caller_changing_its_decision_does_not_change_the_next_callers() -> None:
    first = decide_calculation(Query(QUESTIONS[0], TODAY))
    assert first is not None and first.extraction is not None
    before = _shape(first)
    first.extraction.args.clear()
    first.extraction.needs.clear()
    assert _shape(decide_calculation(Query(QUESTIONS[0], TODAY))) == before


def test_only_the_last_few_decisions_are_kept() -> None:
    for i in range(routing.RECENT_DECISIONS + 5):
        decide_calculation(Query(f"我今年參加年會 {i + 1} 次，幾學分？", TODAY))
    assert len(routing._recent_decisions) == routing.RECENT_DECISIONS


@pytest.mark.parametrize(("pattern", "text"), [
    (r"年會|年会|annual meeting", "我今年參加年會 3 次"),
    (r"年會|年会|annual meeting", "我今年参加年会 3 次"),
    (r"年會|年会|annual meeting", "I went to the Annual Meeting twice"),
    (r"年會|年会|annual meeting", "院外研討會 4 場"),
    (r"\bcredits?\b", "How many CREDITS?"),
    (r"\bcredits?\b", "accredited course"),
])
def test_occurs_is_the_case_insensitive_search(pattern: str, text: str) -> None:
    expected = re.search(pattern, text, re.IGNORECASE) is not None
    assert occurs(pattern, text) is expected
    assert occurs(pattern, text) is (compiled(pattern).search(text) is not None)


def test_occurs_is_keyed_by_pattern_and_text() -> None:
    assert occurs(r"年會", "年會 2 次") is True
    assert occurs(r"年會", "研討會 2 次") is False
    assert occurs(r"研討會", "年會 2 次") is False


# Calculations of one's own, complete (zh-TW, zh-CN, en): the co-calculation check computes them before the main path does.
CALCULATIONS = [
    "我今年參加年會 3 次、院外研討會 4 場各 2 小時，總共幾學分？",
    "我今年参加年会 3 次、院外研讨会 4 场各 2 小时，总共几学分？",
    "I attended the annual meeting 3 times and 4 outside seminars of 2 hours each this year; how many credits?",
]


def _dump(answer) -> dict:
    out = answer.model_dump(mode="json")
    out.pop("latency_ms", None)
    return out


@pytest.mark.parametrize("question", CALCULATIONS)
def test_a_remembered_calculation_answers_as_the_uncached_one(engine, monkeypatch: pytest.MonkeyPatch,
                                                              question: str) -> None:
    computed: list[str] = []
    once = type(engine)._calculation
    monkeypatch.setattr(type(engine), "_calculation", lambda self, *a, **k: computed.append(a[0]) or once(self, *a, **k))
    cached = engine.answer(question, today=TODAY)
    asked = len(computed)
    monkeypatch.setattr(type(engine), "_calculate",
                        lambda self, question, lang, ext, route, source=None, *, siblings=():
                        self._calculation(question, lang, ext, route, source, siblings=siblings))
    uncached = engine.answer(question, today=TODAY)
    assert _dump(cached) == _dump(uncached)
    assert asked < len(computed) - asked  # the same calculation of one answer was computed once, not once per step


def test_a_caller_changing_a_remembered_calculation_does_not_change_the_next_callers(engine) -> None:
    q = Query(CALCULATIONS[0], TODAY)
    d = decide_calculation(q)
    assert d is not None and d.route == "calculator"
    first = engine._calculate(q.original, "zh-TW", d.extraction, d.route, q)
    before = _dump(first)
    first.tool_calls[0].args.clear()
    first.answer = ""
    assert _dump(engine._calculate(q.original, "zh-TW", decide_calculation(q).extraction, d.route, q)) == before
    assert "_calculated" in q.__dict__  # remembered on that Query only
    assert "_calculated" not in Query(CALCULATIONS[0], TODAY).__dict__
