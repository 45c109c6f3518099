"""Routing, round 23b: the user's own figures stated with a guessed verdict or a short check (phrasings of our own, not
the eval questions').

A person's own case answered by the rule before, now computed:
- one score said of both self-selected sets at once with the grade guessed ("兩組都 350，是B吧", "both sets 345, is that
  a B?"): the figure is both sets', the grade computed (`Slot.both_when`), not the band table quoted;
- two scores written as Chinese numerals joined by a conjunction ("三百四十 和 三百六十五", "三百五跟三百七"): the first
  numeral is a figure of the list too (`bot/parsing/numbers.py`: `_AND_NUMBER`).

Still the rule's: one set's score with its band checked ("一組 350，這樣是B等嗎"), a score supposed ("如果兩組都 350").
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.numbers import normalize_numerals
from bot.parsing.text import Query
from bot.routing import decide_calculation

TODAY = datetime.date(2026, 12, 3)


def _decision(question: str):
    return decide_calculation(Query(question, TODAY))


@pytest.mark.parametrize(("question", "score"), [
    ("放射師自選片兩組都是 350 分，應該是B吧？", 350),
    ("我自選片兩組都剛好 362，算A等嗎", 362),
    ("放射技师自选片两组都是三百四十五分，是B吗？", 345),
    ("自选片两组都 371，是A吧", 371),
    ("My self-selected sets both came back 345, is that a B?", 345),
    ("Self-selected evaluation, each set 358. That's a B, right?", 358),
])
def test_one_score_said_of_both_sets_with_a_guessed_grade_is_computed(question: str, score: int) -> None:
    d = _decision(question)
    assert d is not None and d.route == "calculator"
    assert d.extraction.tool == "hpa_image_grade"
    assert d.extraction.args["scores"] == [score, score]


@pytest.mark.parametrize(("question", "scores"), [
    ("放射師自選片兩組 三百五十二 和 三百六十一，我是B等嗎", [352, 361]),
    ("自选片两组分数 三百四十八跟三百七十，算B吗", [348, 370]),
    ("自選片兩組 三百六十 與 三百五十五，是不是B等", [360, 355]),
])
def test_chinese_numeral_scores_joined_by_a_conjunction_are_read(question: str, scores: list[int]) -> None:
    d = _decision(question)
    assert d is not None and d.route == "calculator"
    assert d.extraction.args["scores"] == scores


@pytest.mark.parametrize(("text", "expected"), [
    ("兩組 三百四十 和 三百六十五", "2組 340 和 365"),
    ("分數 二百八十跟三百一十", "分數 280跟310"),
    ("一百和平", "一百和平"),  # no figure after the conjunction: a word
])
def test_conjunction_between_numerals(text: str, expected: str) -> None:
    assert normalize_numerals(text) == expected


@pytest.mark.parametrize("question", [
    "自選片一組 350，這樣是B等嗎",
    "如果自選片兩組都 350，是B嗎？",
])
def test_one_set_checked_or_supposed_stays_the_rules(question: str) -> None:
    d = _decision(question)
    assert d is None or d.route != "calculator"


@pytest.mark.parametrize(("question", "args"), [
    ("複判差異 陽性四十五趴、陰性八趴，我們要怎樣？", {"positive_discrepancy_pct": 45, "negative_discrepancy_pct": 8}),
    ("阳性差异五十五趴，阴性十二趴，结果呢", {"positive_discrepancy_pct": 55, "negative_discrepancy_pct": 12}),
    ("陽性差異三十趴 陰性五趴，沒事吧", {"positive_discrepancy_pct": 30, "negative_discrepancy_pct": 5}),
])
def test_percent_said_as_pa_after_chinese_numerals_is_read(question: str, args: dict) -> None:
    d = _decision(question)
    assert d is not None and d.route == "calculator"
    assert d.extraction.tool == "hpa_reread_action"
    assert {k: d.extraction.args.get(k) for k in args} == args


def test_a_bound_said_in_pa_stays_the_rules() -> None:
    assert normalize_numerals("陽性超過六十趴會怎樣") == "陽性超過60趴會怎樣"
    d = _decision("陽性差異超過六十趴會怎樣")
    assert d is None or d.route != "calculator"


@pytest.mark.parametrize(("text", "expected"), [
    ("差異性 陽性35 陰性6 (%)", "差異性 陽性35% 陰性6%"),
    ("陽性 42 陰性 9（％）", "陽性 42% 陰性 9%"),
    ("positive 45 negative 5 (%)", "positive 45% negative 5%"),
    ("陽性35 (%)", "陽性35 (%)"),  # one figure: no column of figures to give the unit to
    ("陽性35分 陰性6 (%)", "陽性35分 陰性6 (%)"),  # a figure with its own unit: left as written
])
def test_bracketed_unit_after_figures(text: str, expected: str) -> None:
    from bot.parsing.text import bracketed_unit

    assert bracketed_unit(text) == expected


@pytest.mark.parametrize("question", [
    "複判差異性 陽性 38 陰性 5 (%)，這樣 OK 嗎",
    "阳性 44 阴性 8（%），我们要去座谈会吗",
    "reread discrepancy: positive 36 negative 4 (%) — are we fine?",
])
def test_figures_with_a_bracketed_percent_are_computed(question: str) -> None:
    d = _decision(question)
    assert d is not None and d.route == "calculator"
    assert d.extraction.tool == "hpa_reread_action"
