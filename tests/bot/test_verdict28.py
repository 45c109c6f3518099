"""Round 28: a calculator answer's yes / no lead answers the clause that asks, in its verb, and a bare 超 asks the bad
outcome ("超了吗", "有超嗎"): never a verb of a clause stating the facts ("乙 7 月才来算 184 天" is no 算 asked)."""

from __future__ import annotations

import pytest

from bot.verdict import asking_clause, asks_adverse


@pytest.mark.parametrize(("question", "clause"), [
    ("放射师甲全年、乙 7 月才来算 184 天，年筛 9500 例，超了吗", "超了吗"),
    ("年會 2 次，月會 5 次，這樣夠不夠", "這樣夠不夠"),
    ("甲整年365天", "甲整年365天"),
])
def test_the_asking_clause_is_the_last_that_asks(question, clause):
    assert asking_clause(question) == clause


@pytest.mark.parametrize("question", ["年筛 9500 例，超了吗", "年篩 9000 案，有超嗎", "有沒有超？", "超了嗎？"])
def test_a_bare_exceed_asks_the_bad_outcome(question):
    assert asks_adverse(question)


def test_ultrasound_is_no_exceeding():
    assert not asks_adverse("超音波導引有算嗎")


@pytest.mark.parametrize(("question", "lead"), [
    ("小医院请教：放射师甲全年、乙 7 月才来算 184 天，年筛 9500 例，超了吗", "否。"),
    ("放射師甲整年、乙 10 月才來算 92 天，年篩 9000 案，有超嗎", "有。"),
    ("放射師甲整年、乙 10 月才來算 92 天，年篩 7000 案，超了嗎？", "否。"),
    ("放射師甲整年、乙 10 月才來算 92 天，年篩 9000 案，會不會超量？", "會。"),
])
def test_the_lead_answers_the_asking_clause(ask, question, lead):
    a = ask(question)
    assert a.route == "calculator" and a.answer.startswith(lead), a.answer[:80]
