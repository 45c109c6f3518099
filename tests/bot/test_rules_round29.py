"""Round 29 first-line classes (phrasings written for the tests, not the eval questions' words):

1. "X 算 Y 嗎" with X a listed item ("PAE", "RFA") of another clause than the category Y guessed: never a yes against
   Y's clause (it was "算：腫瘤血管栓塞…" for PAE, listed under 非腫瘤血管栓塞). The item's own clause is quoted, and no
   yes / no is given against a category it is not; a yes stands where the item is listed under the category asked.
2. A yes / no asked after a wh-piece ("…會怎樣？可以隨時抽片嗎", "算哪一類？腫瘤栓塞那類嗎", "what happens? can they …?"):
   the line answers the yes / no first, its body the rest.
3. "Are they the same as X, or a separate scheme?" met by a text stating the same rules: yes.
4. "our reading doc … - how long do they have to …?" asks a period (a doctor is no record; a dash ends a piece)."""

from __future__ import annotations

import datetime

import pytest

from bot.rules_answer import answer_kind
from evals.first_line import first_line

TODAY = datetime.date(2026, 11, 25)


def _line(engine, question: str) -> tuple[str, list[str]]:
    answer = engine.answer(question, None, today=TODAY)
    assert answer.route == "retrieval", answer.answer
    return first_line(answer.answer), [c.id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "PAE 算腫瘤栓塞嗎",
    "UAE 可以算在肿瘤栓塞里吗",
    "RFA 算腫瘤栓塞的例數嗎",
    "Does PAE count as tumour embolization?",
])
def test_a_listed_item_gets_no_yes_for_a_category_it_is_not(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert not line.startswith(("算", "可以", "是", "Yes")), line
    assert cited[0] in ("tsir-instructor/2.3", "tsir-instructor/2.6"), cited


@pytest.mark.parametrize(("question", "gold"), [
    ("TIPS 算血管介入嗎", "tsir-instructor/2.4.4"),
    ("TARE 算在肿瘤栓塞里吗", "tsir-instructor/2.2"),
    ("MWA 算消融的例數嗎", "tsir-instructor/2.6"),
])
def test_a_listed_item_under_the_asked_category_is_a_yes(engine, question: str, gold: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == gold, cited
    assert line.startswith(("算", "可以", "是")), line


@pytest.mark.parametrize(("question", "lead"), [
    ("乳攝車放射師的篩檢數如果超過每月合理量一成，國健署會怎麼處理？可以隨時抽片嗎", "可以"),
    ("巡回车放射师超过每月合理量会怎样？可以随时抽片吗", "可以"),
    ("If a van radiographer goes over the monthly reasonable volume, what happens? Can HPA pull her images at any time?", "Yes"),
])
def test_a_yes_no_after_a_wh_piece_is_answered_first(engine, question: str, lead: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "hpa-mammo/2.4.2", cited
    assert line.startswith(lead), line


@pytest.mark.parametrize("question", [
    "Are van techs graded the same way as the hospital's own radiographers, or is there a separate scheme?",
    "Is the grading for mobile-unit radiographers the same as for in-house ones, or different rules?",
])
def test_the_same_or_separate_met_by_the_same_rules_is_a_yes(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "hpa-mammo/2.4.3", cited
    assert line.startswith("Yes"), line


@pytest.mark.parametrize("question", [
    "Our reading doc is behind on CME hours - how long does she get to make them up?",
    "the reading doc fell short on education hours — how long until they must stop?",
])
def test_a_doctor_called_doc_asks_a_period(question: str) -> None:
    assert answer_kind(question) == "period"


def test_a_record_of_how_old_is_still_a_record() -> None:
    assert answer_kind("do we need a doc on how old the unit is?") == "yes_no"
