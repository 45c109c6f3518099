"""Round 55 merge check: two helpers' changes met on older cases.

1. A grade received ("評估拿C", "得到乙") is no benefit asked: "負責醫師也要去品管討論會嗎" met by "…違者取消資格" led
   "不需要" (the 拿 of 拿C read as asking to get something that the cancellation takes away) — confidently wrong.
2. A listed term named as the topic of one's own count ("講 RFA 講了4次…可以免附case數嗎") asks no category of it: its
   yes / no is the condition's (category_unsettled is for "RFA 算腫瘤栓塞嗎").
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.question_shapes import ASKS_BENEFIT
from knowledge.roles import _ASKS_WHERE_LISTED
from knowledge.textnorm import fold


@pytest.mark.parametrize("text, asks", [
    ("醫院臨床影像評估拿c，負責醫師要去品管討論會嗎", False),
    ("我們評估得到乙，還要去上課嗎", False),
    ("實地測試拿到 d 的話要停用嗎", False),
    ("兩堂的積分都拿得到嗎", True),
    ("這樣可以拿幾分", True),
    ("拿到證書要多久", True),
])
def test_a_grade_received_is_no_benefit_asked(text, asks):
    assert bool(ASKS_BENEFIT.search(fold(text))) is asks


@pytest.mark.parametrize("text, asks", [
    ("rfa 算腫瘤栓塞嗎", True),
    ("tips 屬於哪一項", True),
    ("pae 歸在非腫瘤栓塞嗎", True),
    ("我這幾年講 rfa 講了4次，還當過一次座長，這樣消融那項可以免附case數嗎", False),
])
def test_where_a_listed_item_belongs_asked(text, asks):
    assert bool(_ASKS_WHERE_LISTED.search(fold(text))) is asks


@pytest.mark.parametrize("question, lead", [
    ("醫院臨床影像評估拿C，負責醫師跟負責放射師都要去品管討論會嗎？", ("需要",)),
    ("臨床影像評估我們拿了D，負責醫師也得去品管討論會嗎", ("是", "需要")),
    ("我在國內外介入會議講過 5 次 RFA，申請消融那項可以不用附個案數嗎", ("可以",)),
])
def test_the_line_leads_as_the_rule_says(ask, question, lead):
    answer = ask(question)
    assert answer.route == "retrieval"
    assert answer.answer.splitlines()[0].startswith(lead), answer.answer.splitlines()[0]  # (never 否 / 不需要)
