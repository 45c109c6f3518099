"""Round 53 (routedev53): routing by what is asked, not by whether 積分 / credits appear (issue 9).

1. The surgical tally read no figure (at most a kind) and no credit figure is asked — a late filing, a renewal after a zero
   year, which course to attend: the rule answers; the activities are never asked back (`_credits_unasked`).
2. One paper's points toward a renewal no certificate names: both certificates' rates quoted, the instructor's renewal check
   never run on it (as the surgical tally already was not).
3. A case supposed of someone ("if one of our fellows …") or set beside another setting ("vs. giving it at a domestic
   meeting"): the rule's rates (`SUPPOSED`, `ASKS_COMPARE`).
4. One's own whole eligibility case and "does it count?": computed.
5. A rough count of one's own ("三百多台") and whether it is enough to apply: asked back (`_eligibility_rough`).
6. A counted activity done in a year of one's own ("今年跑了三場研討會，積分怎麼算"): asked back (`COUNTED_DONE_IN_YEAR`).
Phrasings written for this test; the blind banks' questions are not among them.
"""

from __future__ import annotations

import datetime

import pytest

from bot import routing
from bot.parsing.text import Query

TODAY = datetime.date(2026, 12, 7)


def _route(question: str) -> str:
    d = routing.decide_calculation(Query(question, TODAY))
    return d.route if d is not None else "retrieval"


@pytest.mark.parametrize("question", [
    "we missed the filing date for our course's credit accreditation, the course is next week — can we still apply?",
    "研討會辦完才想到沒申請積分認定，還可以補申請嗎？",
    "放射師品質評等拿到C，要去上什麼課？那個課應該也有積分吧",
    "our course organiser forgot to apply for credit recognition before the event, is it too late now?",
    "我發表了一篇非SCI的原著，通訊作者，換證可以抵幾分？",
    "一篇SCI case report 第一作者，换证能算多少学分？",
    "If one of our fellows gives a lecture abroad, how many renewal points is that versus giving it at a domestic meeting?",
    "研討會的積分怎麼算？",
])
def test_the_rule_is_asked(question: str) -> None:
    assert _route(question) == "retrieval"


@pytest.mark.parametrize("question", [
    "今年上了一些課，積分多少？",                       # near miss: a credit figure asked, the count vague
    "went to some courses this year, how many credits?",
    "RFA做了一百多例，够申请消融的指导老师吗？",
    "消融做了兩百多例，夠申請指導老師嗎？",
    "去年去了兩場別的醫院辦的研討會，積分怎麼算？",
    "this year I attended 2 seminars held by another hospital — how are the credits counted?",
])
def test_own_facts_asked_back(question: str) -> None:
    assert _route(question) == "clarify"


@pytest.mark.parametrize("question", [
    "SCI原著一作兩篇，換證總共可以抵多少？",              # near miss: two papers and a total
    "Tumor embolization instructor: specialist for 8 years, 120 TACE cases in the last 6 years, and I lectured twice "
    "at IR meetings. does it count?",
    "TACE做了320台，專科10年，夠申請腫瘤栓塞指導老師嗎？",  # near miss: exact figures
])
def test_own_case_computed(question: str) -> None:
    assert _route(question) == "calculator"
