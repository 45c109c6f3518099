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


# ----------------------------------------------------------------- 1. the rate per unit

@pytest.mark.parametrize("question, rule, figure", [
    ("Planning 4 months of training in the US — per month, how many credits does TSA give?", "tsa-cme/5.9.1", "8"),
    ("Spending half a year at a Tokyo hospital; how many credits a month is overseas training worth?", "tsa-cme/5.9.1", "8"),
    ("going abroad for a 2-month fellowship, credits per month?", "tsa-cme/5.9.1", "8"),
    ("下個月要去日本進修三個月，國外進修每個月算幾分？", "tsa-cme/5.9.1", "8"),
    ("我要去美国进修半年，国外进修每个月给几分？", "tsa-cme/5.9.1", "8"),
])
def test_rate_per_unit_is_the_rules(engine, question, rule, figure):
    _, line, ids = _rules(engine, question)
    assert ids[0] == rule
    assert figure in line


# ----------------------------------------------------------------- 2. one item of a kind

@pytest.mark.parametrize("question, rule, figure", [
    ("how many credits does the society give for a 1-day specialty annual meeting?", "tsa-cme/5.3", "15"),
    ("went to ECR in Vienna. how much does an international meeting count for TSA credits?", "tsa-cme/5.4", "30"),
    ("Back from RSNA, attendance only. how much does one overseas IR meeting count toward my instructor renewal?",
     "tsir-instructor/5.4", "15"),
    ("剛去完泌尿科醫學會年會（兩天），外科醫學會對兩天的年會給幾分？", "tsa-cme/5.3", "30"),
    ("剛從東京開會回來，一場國外的國際會議外科學會給幾分？", "tsa-cme/5.4", "30"),
    ("去了一趟日本的國際研討會，一場國際會議可以算幾分？", "tsa-cme/5.4", "30"),
])
def test_one_item_value_is_the_rules(engine, question, rule, figure):
    _, line, ids = _rules(engine, question)
    assert rule in ids[:2]
    assert figure in line


@pytest.mark.parametrize("question", [
    "Also separately how much is one TSA monthly meeting plus a 2-hr seminar worth?",
    "how much is a monthly meeting and a 3-hour seminar worth together?",
])
def test_a_second_item_added_is_a_sum(question):
    decision = decide_calculation(Query(question, TODAY))
    assert decision is not None and decision.route == "calculator"


# ----------------------------------------------------------------- 3. two lengths against each other

@pytest.mark.parametrize("question, rule, figures", [
    ("How many credits for a domestic seminar of 90 minutes vs 3 hours?", "tsa-cme/5.5", ("5", "10")),
    ("specialty society annual meeting, 1 day vs 2 days — how many points?", "tsa-cme/5.3", ("15", "30")),
    ("How much does a specialty society annual meeting count, one day long versus 2 days?", "tsa-cme/5.3", ("15", "30")),
])
def test_two_lengths_are_the_rules_bands(engine, question, rule, figures):
    _, line, ids = _rules(engine, question)
    assert ids[0] == rule
    assert all(f in line for f in figures)


# ----------------------------------------------------------------- 4. a grade said as a thing that happened

@pytest.mark.parametrize("question", [
    "After a D grade on the field test, can the unit still be used for screening?",
    "With a D grade on the QC field test, what happens to that machine?",
    "Following a D grade at the on-site QC test, what happens to our unit?",
])
def test_grade_as_a_noun_is_the_rules(engine, question):
    _, line, ids = _rules(engine, question)
    assert ids[0] == "hpa-mammo/2.2.1.2"
    assert "retest" in line


def test_grade_as_a_noun_in_chinese_stays_the_rules(engine):
    _, line, ids = _rules(engine, "實測拿了D等之後，機器還能繼續做篩檢嗎？")
    assert ids[0] == "hpa-mammo/2.2.1.2"
    assert line.startswith("不可以")


# ----------------------------------------------------------------- 5. an event awaited

@pytest.mark.parametrize("question", [
    "tech got a D on her sampled images; can she keep shooting while waiting for the training course?",
    "放射師自選片拿到D，在等座談會期間還能繼續拍嗎？",
    "技师自选片拿了D，还在等讨论会，这段时间还能继续拍吗？",
])
def test_event_awaited_is_no_pending_figure(engine, question):
    _, _, ids = _rules(engine, question)
    assert "hpa-mammo/2.1.2.2.2" in ids[:2]


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
def test_figure_awaited_but_not_an_event(text, awaited):
    assert bool(ABSENT.search(cue_view(text))) is awaited


# ----------------------------------------------------------------- 6. a bound said passed

@pytest.mark.parametrize("question", [
    "positive discrepancy went beyond 60% and he was stopped from reading. what must he do to read again?",
    "our reader's negative discrepancy blew past 20 percent. what does she have to do before reading again?",
    "負面個案複判差異超過20%被停判了，之後要怎樣才能恢復判讀？",
])
def test_bound_passed_is_the_rules(engine, question):
    _, line, ids = _rules(engine, question)
    assert ids[0] == "hpa-mammo/2.1.1.2.3"
    assert "60" in line and "20" in line


# ----------------------------------------------------------------- 7. a posting and the renewal

@pytest.mark.parametrize("question", [
    "我在駐外醫療團服務一年，這對專科證書展延要求有什麼影響？",
    "参加驻外医疗团两年，会影响换证要的学分吗",
    "Spent 18 months on an overseas medical mission — does that change the credit requirement for renewing my surgical "
    "certificate?",
])
def test_posting_effect_on_requirement_is_the_rules(engine, question):
    _, line, ids = _rules(engine, question)
    assert ids[0] == "tsa-cme/5.14"
    assert "100" in line


@pytest.mark.parametrize("question", [
    "人在駐外醫療團，證書快到期了，等回國再展延可以嗎？",
    "派驻海外医疗团中，专科证书会在这期间到期，回国以后再换证行不行？",
    "I'm on a medical mission abroad and my surgical specialist certificate lapses before I'm home. Can I renew once I "
    "come back?",
])
def test_renewing_after_return_is_the_rules(engine, question):
    _, line, ids = _rules(engine, question)
    assert ids[0] == "tsa-cme/5.14"
    assert "有效期限" in line or "before expiry" in line


# ----------------------------------------------------------------- 8. a case report supposed after the ask

@pytest.mark.parametrize("question, rule, figure", [
    ("SCI paper as second author, how many credits? and if it's a case report?", "tsa-cme/5.7", "25"),
    ("Non-SCI paper, corresponding author: how many points? or if it were a case report?", "tsa-cme/5.8", "30"),
    ("非SCI論文我是通訊作者，幾分？如果是病例報告呢？", "tsa-cme/5.8", "30"),
])
def test_case_report_supposed_is_not_a_fact(engine, question, rule, figure):
    _, line, ids = _rules(engine, question)
    assert ids[0] == rule
    assert figure in line


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
