"""Round 53 classes (mine), phrasings of our own (the development questions that found them are in
evals/blind/calc_probe53_en.yaml and evals/blind/calc_bank52_spent.yaml):

1. A decimal said in words ("three point five cm", "one point five hour", "2 point five") is one figure. Before, "3 point 5"
   kept the word "point", which our measures read as credit points, so a clinical choice stayed ours.
2. "one" after an article and before a unit of length ("a one hour one") is the length; before, it was a pronoun and the item
   was dropped from the total.
3. An endoscopist's instructor or certificate is the digestive endoscopy society's: out of scope, whatever instructor word it
   shares with ours. An endoscopic case asked of our instructor counts stays ours.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.numbers import normalize_numerals
from bot.parsing.text import Query
from bot.scope import out_of_scope_marker


@pytest.mark.parametrize(("text", "expected"), [
    ("three point five cm", "3.5 cm"),
    ("a one point five hour seminar", "a 1.5 hour seminar"),
    ("2 point five hours", "2.5 hours"),
    ("twenty point 5", "20.5"),
])
def test_decimal_in_words_is_one_figure(text: str, expected: str) -> None:
    assert normalize_numerals(text) == expected


@pytest.mark.parametrize("text", ["3 points for the talk", "the point is 5 meetings", "one point of order"])
def test_point_without_a_decimal_is_left_alone(text: str) -> None:
    assert "." not in normalize_numerals(text)


def test_one_after_an_article_before_a_unit_is_a_length() -> None:
    assert "a 1 hour one" in normalize_numerals("a two hour seminar and a one hour one")
    # a pronoun elsewhere stays a pronoun
    assert "the one I went to" in normalize_numerals("the one I went to")


def _marker(text: str) -> str | None:
    return out_of_scope_marker(Query(original=text, today=datetime.date(2026, 11, 25)))


@pytest.mark.parametrize("text", [
    "two point five centimetre HCC near the dome, RFA or microwave, which would you do?",
    "my GI friend asks how to get the digestive endoscopy instructor certificate, how many scopes does she need?",
    "消化內視鏡學會的指導醫師證書要怎麼申請？病例數要多少？",
    "胃镜指导医师认证需要多少例？",
    "colonoscopy instructor accreditation: what's the case requirement?",
    "Also asking for a GI colleague: how do you become a 消化系內視鏡 instructor (指導醫師)? case numbers?",
])
def test_neighbours_are_out_of_scope(text: str) -> None:
    assert _marker(text) is not None


@pytest.mark.parametrize("text", [
    "內視鏡的個案可以算指導老師的例數嗎？",
    "內視鏡外科醫學會年會去了兩天，積分怎麼算？",
    "went to a one point five hour local seminar and a three hour one this year, how many credits is that?",
])
def test_ours_stay_in_scope(text: str) -> None:
    assert _marker(text) is None


@pytest.mark.parametrize(("question", "total"), [
    ("went to a one point five hour local seminar and a three hour one this year, how many credits is that?", 15),
    ("I attended a two point five hour workshop in Taipei and a one hour one, total credits?", 15),
])
def test_credits_with_lengths_in_words(engine, question: str, total: int) -> None:
    a = engine.answer(question, today=datetime.date(2026, 11, 25))
    assert a.route == "calculator", a.answer[:300]
    assert [c.result["total"] for c in a.tool_calls if c.name == "tsa_credit_tally"] == [total]
