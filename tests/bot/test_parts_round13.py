"""Multi-part questions, thirteenth round (SPEC §3 `parts`): classes of messages asking several things at once.

Every phrasing here is new (zh-TW, zh-CN, en), written for the class, not taken from an eval bank. Real engine
(conftest: real index on disk, real calculators, no model).
"""

from __future__ import annotations

import datetime

import pytest

from bot.parts import split_parts

TODAY = datetime.date(2026, 11, 25)


def _tools(answer):
    return [[c.name for c in p.tool_calls] for p in answer.parts]


# ------------------------------------------------------------------ a question asking "when" with no question mark

@pytest.mark.parametrize("text", [
    "完成率 66%，補助 300 萬，扣幾趴？另外一個 0 類 10/3 篩的，最晚哪天要複檢",
    "完成率 71%，补助 150 万，扣多少？还有一个 3 类的 9/9 筛的，什么时候要复检",
    "deduction at 62% with a 1,800,000 subsidy? also a cat 5 screened 2026-11-02, diagnosis due when",
    "追蹤完成 58%，要扣幾 %？順便問 4 類的個案 11/1 篩檢，何時前要確診",
    "疑陽 90 例完成 70 例扣多少？然後 category 0 在 10 月 5 日篩的，複檢截止是哪一天",
])
def test_a_trailing_when_question_without_its_mark_is_a_part_of_its_own(text):
    pieces, numbered = split_parts(text)
    assert not numbered and pieces is not None and len(pieces) == 2, pieces
    assert any(w in pieces[1] for w in ("哪", "什么时候", "when", "何時")), pieces


@pytest.mark.parametrize("question", [
    "完成率 64%，補助 2,500,000，扣多少？另外一個 4 類個案今年 10/28 篩的，最晚何時要確診",
    "follow-up completion 69%, subsidy NT$800,000 — how much is deducted? also a category 3 screened on 2026-09-15, recall by when",
])
def test_a_deduction_and_a_deadline_without_a_second_mark_are_both_answered(engine, question):
    answer = engine.answer(question, today=TODAY)
    assert _tools(answer) == [["hpa_followup_deduction"], ["hpa_followup_deadline"]], answer.answer
    assert [p.route for p in answer.parts] == ["calculator", "calculator"]
