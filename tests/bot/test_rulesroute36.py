"""Round 36 (rules routing helper): rules questions — the rule's value for one unit or one item, or what follows from a
stated grade or bound — that the routing sent to a calculator or a question back. Phrasings of our own, not the eval
questions'.

1. The rule's rate per unit, the unit said before the ask or after the measure ("per month, how many credits", "how many
   credits a month", "credits per month?", "每個月算幾分"), one's own months beside it ("a 3-month fellowship"): the rate
   (tsa-cme/5.9), quoted — not a clarify for the months nor a total of them.
2. One item of a kind put as the case, its value asked ("how much does one overseas IR meeting count", "how much does an
   international meeting count", "how many credits does the society give for a 1-day …", "一場國際會議能抵幾分"): the
   rule's value for it, quoted. A second item added ("one monthly meeting plus a 2-hr seminar") is a sum of one's own.
3. Two lengths set against each other ("90 minutes vs 3 hours", "1 day vs 2 days"): the rule's bands, not a tally of both.
4. A grade said as a thing that happened ("after a D grade", "with a D grade"), what follows asked: the rule's measures
   (hpa-mammo/2.2.1.2), not the scores asked back.
5. An event awaited ("while waiting for the training course", "在等座談會") is no figure of one's own still pending.
6. A bound said passed ("blew past 20 percent", "went beyond 60%"): the rule's threshold, its measure quoted
   (hpa-mammo/2.1.1.2.3) — never computed as a discrepancy of exactly 20.
7. A medical-mission posting's bearing on the renewal requirement ("how does that affect what I need", "對換證要求有什麼
   影響") and renewing after one returns ("can I renew once I come back", "等回國再展延可以嗎"): tsa-cme/5.14, quoted.
8. "…how many points? and if it's a case report?": the second case is supposed, not a fact — the rule's table, quoted,
   never one paper computed as a case report.
9. One negation before two activities joined by or ("no talk or poster", "without a talk or an e-poster"): neither is one's
   own activity — never a talk or poster computed from the words that deny it.
"""

from __future__ import annotations

import datetime
import re

import pytest

from bot.parsing.text import Query
from bot.parsing.text import cue_view
from bot.reader.mentions import negated
from bot.routing import ABSENT, decide_calculation
from evals.first_line import first_line

TODAY = datetime.date(2026, 12, 4)


def _rules(engine, question: str):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "retrieval", (a.route, a.answer[:300])
    assert not a.tool_calls
    return a, first_line(a.answer), [c.id for c in a.citations]


# ----------------------------------------------------------------- rules answers: the clause, the line

# (question, the clause quoted within the first k, k, patterns the first line must match — each a regex)
RULE_ANSWERS = [
    # 1. the rate per unit
    ("Planning 4 months of training in the US — per month, how many credits does TSA give?", "tsa-cme/5.9.1", 1, ["8"]),
    ("Spending half a year at a Tokyo hospital; how many credits a month is overseas training worth?", "tsa-cme/5.9.1", 1,
     ["8"]),
    ("going abroad for a 2-month fellowship, credits per month?", "tsa-cme/5.9.1", 1, ["8"]),
    ("下個月要去日本進修三個月，國外進修每個月算幾分？", "tsa-cme/5.9.1", 1, ["8"]),
    ("我要去美国进修半年，国外进修每个月给几分？", "tsa-cme/5.9.1", 1, ["8"]),
    # 2. one item of a kind
    ("how many credits does the society give for a 1-day specialty annual meeting?", "tsa-cme/5.3", 2, ["15"]),
    ("went to ECR in Vienna. how much does an international meeting count for TSA credits?", "tsa-cme/5.4", 2, ["30"]),
    ("Back from RSNA, attendance only. how much does one overseas IR meeting count toward my instructor renewal?",
     "tsir-instructor/5.4", 2, ["15"]),
    ("剛去完泌尿科醫學會年會（兩天），外科醫學會對兩天的年會給幾分？", "tsa-cme/5.3", 2, ["30"]),
    ("剛從東京開會回來，一場國外的國際會議外科學會給幾分？", "tsa-cme/5.4", 2, ["30"]),
    ("去了一趟日本的國際研討會，一場國際會議可以算幾分？", "tsa-cme/5.4", 2, ["30"]),
    # 3. two lengths against each other: the rule's bands
    ("How many credits for a domestic seminar of 90 minutes vs 3 hours?", "tsa-cme/5.5", 1, ["5", "10"]),
    ("specialty society annual meeting, 1 day vs 2 days — how many points?", "tsa-cme/5.3", 1, ["15", "30"]),
    ("How much does a specialty society annual meeting count, one day long versus 2 days?", "tsa-cme/5.3", 1, ["15", "30"]),
    # 4. a grade said as a thing that happened
    ("After a D grade on the field test, can the unit still be used for screening?", "hpa-mammo/2.2.1.2", 1, ["retest"]),
    ("With a D grade on the QC field test, what happens to that machine?", "hpa-mammo/2.2.1.2", 1, ["retest"]),
    ("Following a D grade at the on-site QC test, what happens to our unit?", "hpa-mammo/2.2.1.2", 1, ["retest"]),
    ("實測拿了D等之後，機器還能繼續做篩檢嗎？", "hpa-mammo/2.2.1.2", 1, ["^不可以"]),
    # 5. an event awaited is no pending figure (the cue itself: test_figure_awaited_but_not_an_event)
    ("tech got a D on her sampled images; can she keep shooting while waiting for the training course?",
     "hpa-mammo/2.1.2.2.2", 2, []),
    ("放射師自選片拿到D，在等座談會期間還能繼續拍嗎？", "hpa-mammo/2.1.2.2.2", 2, []),
    ("技师自选片拿了D，还在等讨论会，这段时间还能继续拍吗？", "hpa-mammo/2.1.2.2.2", 2, []),
    # 6. a bound said passed
    ("positive discrepancy went beyond 60% and he was stopped from reading. what must he do to read again?",
     "hpa-mammo/2.1.1.2.3", 1, ["60", "20"]),
    ("our reader's negative discrepancy blew past 20 percent. what does she have to do before reading again?",
     "hpa-mammo/2.1.1.2.3", 1, ["60", "20"]),
    ("負面個案複判差異超過20%被停判了，之後要怎樣才能恢復判讀？", "hpa-mammo/2.1.1.2.3", 1, ["60", "20"]),
    # 7. a posting's bearing on the requirement …
    ("我在駐外醫療團服務一年，這對專科證書展延要求有什麼影響？", "tsa-cme/5.14", 1, ["100"]),
    ("参加驻外医疗团两年，会影响换证要的学分吗", "tsa-cme/5.14", 1, ["100"]),
    ("Spent 18 months on an overseas medical mission — does that change the credit requirement for renewing my surgical "
     "certificate?", "tsa-cme/5.14", 1, ["100"]),
    # … and renewing after one returns
    ("人在駐外醫療團，證書快到期了，等回國再展延可以嗎？", "tsa-cme/5.14", 1, ["有效期限|before expiry"]),
    ("派驻海外医疗团中，专科证书会在这期间到期，回国以后再换证行不行？", "tsa-cme/5.14", 1, ["有效期限|before expiry"]),
    ("I'm on a medical mission abroad and my surgical specialist certificate lapses before I'm home. Can I renew once I "
     "come back?", "tsa-cme/5.14", 1, ["有效期限|before expiry"]),
    # 8. a case report supposed after the ask
    ("SCI paper as second author, how many credits? and if it's a case report?", "tsa-cme/5.7", 1, ["25"]),
    ("Non-SCI paper, corresponding author: how many points? or if it were a case report?", "tsa-cme/5.8", 1, ["30"]),
    ("非SCI論文我是通訊作者，幾分？如果是病例報告呢？", "tsa-cme/5.8", 1, ["30"]),
]


@pytest.mark.parametrize(("question", "clause", "k", "patterns"), RULE_ANSWERS)
def test_rules_answer(engine, question: str, clause: str, k: int, patterns: list[str]) -> None:
    _, line, ids = _rules(engine, question)
    assert clause in ids[:k], ids
    for pattern in patterns:
        assert re.search(pattern, line), (pattern, line)


@pytest.mark.parametrize("question", [
    "Also separately how much is one TSA monthly meeting plus a 2-hr seminar worth?",
    "how much is a monthly meeting and a 3-hour seminar worth together?",
])
def test_a_second_item_added_is_a_sum(question: str) -> None:
    decision = decide_calculation(Query(question, TODAY))
    assert decision is not None and decision.route == "calculator"


@pytest.mark.parametrize("text, awaited", [
    ("still waiting for the dense set score", True),
    ("waiting on the other figure", True),
    ("緻密組還在等成績", True),
    ("另一組还在等", True),
    ("while waiting for the training course", False),
    ("waiting for the next QA conference", False),
    ("在等座談會", False),
    ("还在等讨论会", False),
])
def test_figure_awaited_but_not_an_event(text: str, awaited: bool) -> None:
    assert bool(ABSENT.search(cue_view(text))) is awaited


# ----------------------------------------------------------------- 9. one negation before two activities

@pytest.mark.parametrize("question", [
    "went to CIRSE twice without a talk or an e-poster; instructor renewal points?",
    "I went to 2 international IR meetings, no talks or posters, just attendance. renewal points total?",
    "出國參加兩次介入會議，沒有演講也沒有海報，換證積分幾分？",
])
def test_negated_pair_adds_no_activity(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = a.tool_calls[0]
    assert call.name == "tsir_renewal_check"
    assert call.args["activities"] == [{"kind": "international_meeting_attendance", "count": 2}]
    assert call.result["points"] == 30


@pytest.mark.parametrize("text, word, denied", [
    ("no talk or poster at either", "poster", True),
    ("without a talk or an e-poster", "e-poster", True),
    ("without a talk", "talk", True),
    ("not as first or corresponding", "corresponding", True),
    ("a talk and a poster", "poster", False),
])
def test_negation_reaches_the_second_of_a_pair(text, word, denied):
    assert negated(text, text.index(word)) is denied
