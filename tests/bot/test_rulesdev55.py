"""Round 55 (rules questions): routing away from the calculators and scope, and the clause ranked first.

1. Routing (bot/routing.py), by what is asked: a thing described and its credit asked "for that"; the rate per unit with
   no verb ("一次積分多少"); the opening of the renewal period asked against the expiry with no date; the amount a deduction
   is taken from; applying straight away on papers or talks; the items cap with no period ("最多能算幾篇"); whether a unit
   may still be used after a lapse supposed. Near misses: one's own counts summed, a date of one's own, one's own rate,
   one's whole case, one's own items totalled, one's own scores given.
2. Reading (calculators/vocab_tsa.py): "the annual meeting of one of the specialty societies" is 5.3's meeting, not the
   TSA's own (a confidently wrong 60).
3. Scope (bot/scope.py): 把 / 將 / 時 before a society's name is no part of it.
4. Ranking (knowledge.lexical, knowledge.conditions): "X本身…，跟 Y 差在哪" searches X; being spared the case count puts the
   clause that spares it (or one of its conditions) first.

Phrasings written for this test, besides the development question of each class; near misses beside each.
"""

from __future__ import annotations

import datetime

import pytest

from bot.extract import candidates
from bot.parsing.text import Query
from bot.routing import decide_calculation
from bot.scope import foreign_target
from knowledge.conditions import SPARED_ASKED, prefer_sparing_clause
from knowledge.corpus import load_corpus
from knowledge.lexical import without_contrast
from knowledge.textnorm import fold

TODAY = datetime.date(2026, 12, 7)


# ── 1. routing ──

RULE_ASKED = [
    # a thing described, its credit asked "for that"
    "Annual meeting of one of the specialty societies listed in the surgical training curriculum, runs 3 days. how much credit for that?",
    "A one-day meeting of one of the specialty societies — how many points would you get for that?",
    # two lengths set against each other, the thing named after the first (its meeting now read as 5.3's)
    "Going to the yearly congress of one of the surgical subspecialty societies in the residency curriculum (peds surg for "
    "example) - how many pts if it's a 1-day event vs 2 days?",
    # the rate per unit, no verb
    "學長問一下 TSA年會去一次積分多少？今年想說只去年會就好",
    "月會去一次學分幾分？",
    # the opening of the renewal period, no date
    "When can I start applying to renew my IR instructor certificate before it expires?",
    "When can we start the renewal paperwork before our instructor certs run out?",
    "指導老師證書到期前什麼時候可以開始申請換證？",
    # the amount a deduction is taken from
    "追蹤完成率不達標的扣款 是從什麼金額去扣？當年度全部補助的篩檢費嗎",
    "追蹤完成率沒到標準，扣款的基數是什麼？",
    "If our follow-up completion rate is too low, the deduction is a percentage of what?",
    "Our completion rate came in under target. What amount is the deduction taken from?",
    # applying straight away on papers or talks
    "我发了两篇SCI，都是通讯作者，这样可以直接申请介入指导老师吗？",
    "我在國際會議演講過三次，可以直接申請消融的指導老師嗎？",
    "I have 2 SCI papers as corresponding author — can I apply directly for the IR instructor certificate?",
    # the items cap, no period
    "一次年会我们组投了五篇oral 我都是一作，最多能算几篇？",
    # a unit still used after a lapse supposed
    "one of our digital mammo units isn't US FDA approved. if its QA doesn't meet the standard and we don't fix it by the "
    "deadline they give us, can we still use it for the government screening program?",
    "我們有一台乳攝機沒有FDA認證，如果品管沒過又沒有在期限內改善，還能用在國健署的篩檢嗎？",
]


@pytest.mark.parametrize("question", RULE_ASKED)
def test_the_rule_asked_goes_to_retrieval(question: str) -> None:
    assert decide_calculation(Query(question, today=TODAY)) is None


OWN_CASE = [
    ("How much credit for that? I went to 2 specialty society meetings last year, each 3 days.", "calculator"),
    ("我今年去了年會一次、月會三次，積分多少？", "calculator"),
    ("My instructor certificate expires 2027-08-31. When can I start applying?", "calculator"),
    ("When's my renewal window?", "clarify"),
    ("指導老師證書什麼時候可以換證？", "clarify"),
    ("我們追蹤完成率52%，扣款是從什麼金額去扣？扣多少？", "calculator"),
    ("completion rate was 55% last year, how much is deducted?", "calculator"),
    ("我做了 RFA 200 例，專科 10 年，可以直接申請消融的指導老師嗎？", "calculator"),
    ("今年月會發表了兩篇壁報，都是第一作者，總共幾分？", "calculator"),
    ("Our unit's QC field test came back with phantom image 60 and compression 85. Can we still use it for screening?",
     "calculator"),
]


@pytest.mark.parametrize(("question", "route"), OWN_CASE)
def test_ones_own_case_is_still_computed_or_asked_back(question: str, route: str) -> None:
    decision = decide_calculation(Query(question, today=TODAY))
    assert decision is not None and decision.route == route


# ── 2. reading ──

@pytest.mark.parametrize(("question", "kinds"), [
    ("Annual meeting of one of the specialty societies listed in the surgical training curriculum, runs 3 days. how much credit?",
     ["specialty_annual_meeting"]),
    ("I attended the annual meeting of one of the surgical subspecialty societies, 2 days. How many credits in total?",
     ["specialty_annual_meeting"]),
    ("I went to the annual meetings of two of the specialty societies last year, each 2 days, plus one TSA annual meeting. Total?",
     ["specialty_annual_meeting", "tsa_annual_meeting"]),
    ("I attended the TSA annual meeting and 3 monthly meetings. Total credits?", ["tsa_annual_meeting", "tsa_monthly_meeting"]),
])
def test_one_of_the_specialty_societies_is_their_meeting(question: str, kinds: list[str]) -> None:
    best = candidates(Query(question, today=TODAY))[0]
    assert [a["kind"] for a in best.args["activities"]] == kinds


# ── 3. scope ──

@pytest.mark.parametrize(("question", "kind"), [
    ("搬家把介入學會的指導老師證書弄丟了= = 補發要多少錢？", None),
    ("搬家時介入學會的指導老師證書不見了，補發要多少錢？", None),
    ("我把家醫學會的專科證書弄丟了，補發要多少錢？", "other_certificate"),
    ("把內科醫學會的證書弄丟了，補發要多少錢？", "other_certificate"),
])
def test_a_disposal_marker_is_no_part_of_a_society_name(question: str, kind: str | None) -> None:
    assert foreign_target(question) == kind


# ── 4. ranking ──

@pytest.mark.parametrize(("question", "searched"), [
    ("醫院(機構)本身的評等是看哪幾個項目啊，跟放射師個人的評等差在哪", "醫院(機構)本身的評等是看哪幾個項目啊，"),
    ("機器本身的測試項目有哪些？和人員的有什麼不同", "機器本身的測試項目有哪些？"),
])
def test_the_thing_itself_is_searched(question: str, searched: str) -> None:
    assert without_contrast(question).strip() == searched


@pytest.mark.parametrize("question", [
    "醫院的評等跟放射師的評等差在哪",  # no 本身: both compared, both searched
    "放射師個人的評等，跟醫院的差別是什麼",
])
def test_a_plain_comparison_keeps_both_sides(question: str) -> None:
    assert without_contrast(question) == question


def test_the_clause_sparing_the_case_count_comes_first() -> None:
    corpus = load_corpus()
    question = "我們科主任想申請消融那項的指導老師，他這幾年國內外研討會一直被邀去講 ablation 或當座長，這樣是不是可以不用附病例數？要講幾次以上才行"
    ranked = ["tsir-instructor/2.6", "tsir-instructor/2", "tsir-instructor/1.1", "tsir-instructor/1.2.1", "tsir-instructor/5"]
    assert prefer_sparing_clause(question, ranked, corpus)[0] == "tsir-instructor/1.2.1"
    # (the count itself asked, nothing spared: unchanged)
    assert prefer_sparing_clause("消融那項的指導老師要做幾例？", ranked, corpus) == ranked


@pytest.mark.parametrize(("question", "asked"), [
    ("可以不用附病例數嗎", True),
    ("能免附個案數嗎", True),
    ("can I do it without submitting my case log?", True),
    ("do I still need the case counts? are case numbers still required", True),
    ("消融要幾例", False),
    ("病例數要附什麼證明", False),
])
def test_spared_asked(question: str, asked: bool) -> None:
    assert bool(SPARED_ASKED.search(fold(question))) is asked


def test_spared_asked_yes_or_no() -> None:
    corpus = load_corpus()
    ranked = ["tsir-instructor/2.3", "tsir-instructor/2", "tsir-instructor/1.2.1", "tsir-instructor/1.2", "tsir-instructor/5"]
    # no count of one's own: the ruling itself
    vague = "Applying for the embolization instructor cert — I've lectured abroad a few times. Can I do it without submitting my case log?"
    assert prefer_sparing_clause(vague, ranked, corpus)[0] == "tsir-instructor/1.2"
    # a count of one's own weighed against the condition: the condition first (merge check of round 55: left as ranked,
    # the domain's case count stayed first, and its line can only state the count — dl-tsir-005 lost its 可以)
    counted = "我這幾年在國內外介入研討會講 RFA 講了4次，還當過一次座長，這樣消融那項可以免附case數嗎"
    assert prefer_sparing_clause(counted, ranked, corpus)[0] == "tsir-instructor/1.2.1"
