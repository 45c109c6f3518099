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


# Whether a duty binds asked ("recommended or required?", "是建議還是強制") of figures the reading holds whole: the verdict the
# figures decide answers it, computed; a case supposed or a bound stays the rule's.
@pytest.mark.parametrize("question", [
    "positive discrepancy 57%, negative 10%: optional or mandatory?",
    "陽性差異 45%、陰性差異 10%，是建議還是強制？",
    "阳性差异 45%、阴性差异 10%，是强制的还是只是建议？",
])
def test_obligation_of_whole_figures_is_computed(question: str) -> None:
    assert _route(question) == "calculator"


@pytest.mark.parametrize("question", [
    "if the positive discrepancy is 55%, is the seminar mandatory?",
    "差異超過 50% 是強制參加嗎？",
])
def test_obligation_supposed_or_bound_stays_the_rules(question: str) -> None:
    assert _route(question) is None


# Whether one qualifies asked of one's own amounts said only vaguely ("做了不少消融，專科也很久了"): the figures are asked for.
@pytest.mark.parametrize("question", [
    "我消融做了不少，專科也當很久了，可以申請指導老師嗎？",
    "I've done loads of ablations and been a specialist for ages — can I apply to be an instructor?",
    "我们科消融做了一大堆，我也当专科好几年了，能申请指导老师吗",
    "做了很多消融，當專科醫師好多年了，我夠資格申請指導老師了嗎",
])
def test_eligibility_of_vague_amounts_is_asked_back(question: str) -> None:
    assert _route(question) == "clarify"


@pytest.mark.parametrize("question", [
    "我們科TACE做很多，想申請腫瘤栓塞的指導老師，門檻要幾例？",
    "可以一次申請好幾個領域的指導老師嗎？",
    "指導老師的申請資格是什麼？",
])
def test_eligibility_threshold_asked_stays_the_rules(question: str) -> None:
    assert _route(question) is None
