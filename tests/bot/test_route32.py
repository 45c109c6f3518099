"""Routing, round 32 (phrasings of our own, not the eval questions').

- One's own figure said still inside the limit and asked to be confirmed ("小芳這個月 470 案，還在上限內吧", "都在限額以內嗎"):
  a check of one's own, computed against the rule's cap — never the cap alone quoted. A rule question that only names the
  limit ("每月上限多少？還在上限內的話要報備嗎") stays the rule's.
- An activity said finished right after it is named ("去日本進修了三個月", "到國外進修過半年"), asked how it is counted: the
  person's own training, computed — a supposed one ("進修了 6 個月的話") and the rate asked bare stay the rule's.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation

TODAY = datetime.date(2026, 12, 3)


def _route(question: str) -> str | None:
    decision = decide_calculation(Query(question, TODAY))
    return None if decision is None else decision.route


@pytest.mark.parametrize("question", [
    "小芳這個月 470 案，還在上限內吧？",
    "阿玲這個月拍了 495 支，都在上限以內嗎",
    "小芬这个月做了 460 案，还在上限内吗？",
    "我們放射師這個月 450 件，應該還在上限內吧",
])
def test_own_figure_still_inside_the_limit_is_computed(question: str) -> None:
    assert _route(question) == "calculator"


@pytest.mark.parametrize("question", [
    "每月上限多少？還在上限內的話要報備嗎",
    "放射師一個月的上限是幾案？",
    "is there a monthly cap on screenings per radiographer?",
])
def test_the_limit_asked_stays_the_rules(question: str) -> None:
    assert _route(question) is None


@pytest.mark.parametrize("question", [
    "去日本進修了三個月，外科積分怎麼算？",
    "去美国进修了一整年（12个月），外科学会那边学分怎么算",
    "到國外進修過半年（6個月），這個學分怎麼算",
])
def test_training_said_finished_is_ones_own(question: str) -> None:
    assert _route(question) == "calculator"


@pytest.mark.parametrize("question", [
    "去國外進修了 6 個月的話，積分怎麼算？",
    "去國外進修每月怎麼算分？",
    "明年打算去日本進修了解新術式，學分怎麼算？",
])
def test_training_supposed_or_bare_stays_the_rules(question: str) -> None:
    assert _route(question) is None
