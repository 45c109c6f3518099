"""Round 29 first-line classes (phrasings written for the tests, not the eval questions' words):

1. "X 算 Y 嗎" with X a listed item ("PAE", "RFA") of another clause than the category Y guessed: never a yes against
   Y's clause (it was "算：腫瘤血管栓塞…" for PAE, listed under 非腫瘤血管栓塞). The item's own clause is quoted, and no
   yes / no is given against a category it is not; a yes stands where the item is listed under the category asked.
2. A yes / no asked after a wh-piece ("…會怎樣？可以隨時抽片嗎", "算哪一類？腫瘤栓塞那類嗎", "what happens? can they …?"):
   the line answers the yes / no first, its body the rest.
3. "Are they the same as X, or a separate scheme?" met by a text stating the same rules: yes.
4. "our reading doc … - how long do they have to …?" asks a period (a doctor is no record; a dash ends a piece).
5. A figure the text changes for the case the question names ("病例報告還是 50 分嗎" against "…50 分…若為病例報告，積分
   減半"): no — it was 是, a confidently wrong line."""

from __future__ import annotations

import datetime

import pytest

from bot.rules_answer import answer_kind
from evals.first_line import first_line, unsupported

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


@pytest.mark.parametrize(("question", "gold", "no"), [
    ("SCI 論文如果是病例報告，一作還是拿 50 分嗎", "tsa-cme/5.7", "不是"),
    ("病例报告发在SCI期刊，通讯作者也是50分吗", "tsa-cme/5.7", "不是"),
    ("非SCI 雜誌的病例報告，第一作者也是 30 分嗎", "tsa-cme/5.8", "不是"),
    ("My SCI paper is a case report - is it still 50 credits as first author?", "tsa-cme/5.7", "No"),
])
def test_the_unchanged_figure_for_the_case_the_text_changes_it_for_is_a_no(engine, question: str, gold: str,
                                                                             no: str) -> None:
    """5. "病例報告還是 50 分嗎" met by "…50 分…刊出若為病例報告，積分減半": no (it was 是) — and the denial rests on the
    halving the line states (evals.first_line.unsupported: no "a denial" without a ground)."""
    line, cited = _line(engine, question)
    assert cited[0] == gold, cited
    assert line.startswith(no), line
    assert not unsupported(line, [engine.corpus.full_text(gold)]), line


@pytest.mark.parametrize("question", ["SCI 论文的病例报告是不是减半", "SCI 病例報告一作是 25 分嗎"])
def test_the_change_itself_or_the_changed_figure_is_a_yes(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsa-cme/5.7", cited
    assert line.startswith("是"), line


@pytest.mark.parametrize(("question", "lead"), [
    ("can I claim the ATLS course, and how many credits is it worth?", "Yes"),
    ("Do monthly meeting talks earn extra credits, and how many?", "Yes"),
    ("can a stamp replace my signature on the sign-in sheet, and what happens if I do it?", "No"),
    ("a domestic fellowship at a regional hospital (not a medical center) - does it count for CME, and how many points a "
     "month?", "No"),
])
def test_an_english_yes_no_joined_to_a_wh_question_is_answered_first(engine, question: str, lead: str) -> None:
    """6. "…, and how many …?" after a yes / no in one English sentence: the yes / no first (two pieces)."""
    line, _ = _line(engine, question)
    assert line.startswith(lead), line
