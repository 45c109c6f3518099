"""Scoring a rules answer's first line (evals.first_line) and the case keys that carry it."""

from __future__ import annotations

from evals.first_line import first_line, line_answers
from evals.schema import Case


def test_first_line_is_the_first_non_empty_line() -> None:
    assert first_line("\n  40 案（二(四)1）。\n\n條文原文：") == "40 案（二(四)1）。"


def test_terms_are_alternatives_and_folded() -> None:
    line = "須於證書屆滿前 6 個月內申請展延（第十一條備註一）。"
    assert line_answers(line, ["6", "月|month"], None)
    assert line_answers(line, ["个月"], None)  # Simplified expected term, Traditional answer
    assert not line_answers(line, ["1 年|one year"], None)
    assert line_answers("每申請一次收費 1,000 元。", ["1000"], None)


def test_spaces_beside_chinese_characters_do_not_matter() -> None:
    assert line_answers("後續審查表如附表 2（二(六)）。", ["附表2"], None)
    assert line_answers("每天最多40案", ["40 案"], None)
    assert not line_answers("附表 3", ["附表2"], None)


def test_polarity_is_the_lead_word() -> None:
    assert line_answers("不可以：逾期不受理。", [], "no")
    assert not line_answers("可以：逾期不受理。", [], "no")
    assert line_answers("Yes: speaking earns 20 credits.", ["20"], "yes")
    assert line_answers("需要：附出席證明。", [], "conditional")
    assert not line_answers("No single sentence answers this.", [], "yes")


def test_rules_case_keys_validate() -> None:
    case = Case.model_validate({"id": "r1", "category": "rules", "question": "q", "tags": ["credits", "kind:who"],
                                "expect": {"route": "retrieval", "gold_ids": ["tsa-cme/4.1"],
                                           "first_line": ["教育委員會"], "polarity": None}})
    assert case.tags == ["credits", "kind:who"] and case.expect.first_line == ["教育委員會"]
