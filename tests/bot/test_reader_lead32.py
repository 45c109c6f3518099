"""A class the lead fixed after merging round 32: a negative rate written right after its own label ("追蹤完成率 -5%") is the
person's (impossible) figure, refused by name — only a minus figure quoted away from the rate ("是算 -5% 還是 -10%",
"the -20% tier") is the deduction table's row offered as a guess."""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 11, 25)


@pytest.mark.parametrize("question", [
    "追蹤完成率 -5%，會扣多少？",
    "我們的追蹤完成率是 -3%，補助 200 萬要扣多少",
    "completion rate: -5%, how much is deducted?",
])
def test_a_negative_rate_after_its_label_is_refused_by_name(engine, question):
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "clarify"
    assert not answer.tool_calls
    assert "0%" in answer.answer and "100%" in answer.answer  # the range the figure must fall in, said back


def test_a_row_of_the_table_offered_as_a_guess_is_still_set_aside(engine):
    answer = engine.answer("追蹤完成率剛好 70% 整，是算 -5% 還是 -10%？", today=TODAY)
    assert answer.route == "calculator"
    assert answer.tool_calls[0].result["deduction_pct"] == 5
