"""Routing and scope, nineteenth round (each class with phrasings of its own, not the eval questions'):

Neighbours answered with our rules before:
- another field's own continuing education with its credits asked ("兒科的繼續教育…幾學分"), or a radiology society's own CME
  points, no word of our issuers (a course counted in our surgical credits, radiology points toward the instructor's renewal
  stay ours);
- the NHI's fee schedule, codes and points named with words between ("NHI fee schedule code", "健保的…代碼");
- another field's intervention named as the instructor's or certificate's field ("心臟介入的指導老師", "neurointerventional
  instructor") — its own society's credential, not the IR society's instructor certificate.

Rules questions sent to a question back or a calculator before:
- the requirement before one may act ("how many cases until I can apply", "幾年後才可以申請");
- the earliest moment the rule allows ("the soonest we could file for renewal");
- the rule's rate named as such ("the per-month figure for training abroad") or asked of a kind ("這類課程給幾分");
- the cap per person ("每一位最多可以報幾篇");
- documents named ("do I have to enclose a copy of the article", "要附抽印本嗎");
- a grade stated in the present tense, its consequence asked ("if a unit gets a D … what happens").

Questions back instead of the rule's yes:
- a lifetime certificate asked with a birth year only (the birth date and the application date are asked for);
- a QC score with whether a duty applies asked, the human factor unknown (asked for).
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.scope import out_of_scope_marker

# ------------------------------------------------------------------ neighbours


@pytest.mark.parametrize("question", [
    "兒科醫師的繼續教育，參加乳房超音波研習營可以拿幾學分？",
    "我是內科專科醫師，內科的繼續教育積分一年要多少",
    "How many Radiological Society CME points does our Friday film-reading session earn?",
    "is the radiology association's CME credit per hour or per session?",
])
def test_another_fields_own_continuing_education_is_a_neighbour(ask, question):
    assert out_of_scope_marker(Query(question)) == "other_society"
    assert ask(question).route == "out_of_scope"


@pytest.mark.parametrize("question", [
    "婦產科的繼續教育課程，外科醫學會可以認定幾分？",
    "放射線學會的積分可以拿來抵指導老師換證的教育積分嗎",
    "Do radiology society CME points count toward renewing my IR instructor certificate?",
])
def test_another_fields_course_counted_in_ours_stays_ours(question):
    assert out_of_scope_marker(Query(question)) is None


@pytest.mark.parametrize("question", [
    "What NHI fee schedule points apply to a screening mammogram with CAD?",
    "健保的乳房攝影檢查代碼跟點數是多少？",
])
def test_the_nhi_fee_schedule_is_a_neighbour(ask, question):
    assert out_of_scope_marker(Query(question)) == "billing"
    assert ask(question).route == "out_of_scope"


@pytest.mark.parametrize("question", [
    "心臟介入（冠狀動脈支架）的指導老師要幾例？",
    "How many cases for a neurointerventional instructor certificate?",
])
def test_another_fields_intervention_instructor_is_a_neighbour(ask, question):
    assert out_of_scope_marker(Query(question)) == "other_certificate"
    assert ask(question).route == "out_of_scope"


@pytest.mark.parametrize("question", [
    "我是兒科醫師，上完乳房超音波課程可以拿幾個學分？",
    "As an internist, how many CME points would a breast imaging course give me?",
    "腦血管取栓的指導老師資格要做幾例",
])
def test_another_fields_doctor_asking_credits_or_a_thrombectomy_instructor_is_a_neighbour(question):
    assert out_of_scope_marker(Query(question)) in ("other_society", "other_certificate")


@pytest.mark.parametrize("question", [
    "我是神經外科醫師，參加神經外科醫學會年會可以拿幾分？",
    "我是內科醫師，也是乳攝判讀醫師，繼續教育時數要多少",
    "我是家醫科醫師，ATLS 可以抵幾分",
])
def test_a_surgeon_a_reader_of_our_review_or_atls_stays_ours(question):
    assert out_of_scope_marker(Query(question)) is None


def test_another_fields_cases_counted_in_our_domain_stay_ours():
    assert out_of_scope_marker(Query("神經介入做的血管栓塞，可以算進血管介入的例數嗎")) is None


# ------------------------------------------------------------------ the rule's figure, asked


@pytest.mark.parametrize("question, gold", [
    ("How many years after getting my radiology board certificate until I can apply as an IR instructor?", "tsir-instructor/1.1"),
    ("拿到放射專科證書要幾年後才可以申請指導老師？", "tsir-instructor/1.1"),
    ("What's the soonest we could file for renewal of the instructor certificate?", "tsir-instructor/4"),
    ("planning a 2-month attachment in Korea — what's the per-month figure the surgical society gives for training abroad?",
     "tsa-cme/5.9.1"),
    ("在本會年會發表壁報，每一位最多可以報幾篇？", "tsa-cme/5.6"),
    ("For a paper in a non-SCI journal where I'm first author, must I attach a photocopy of the reprint, or is listing the "
     "reference enough?", "tsa-cme/5.8.1"),
])
def test_the_rules_figure_asked_is_retrieval(ask, question, gold):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls
    assert gold in [c.id for c in answer.citations], [c.id for c in answer.citations]


def test_a_grade_stated_then_its_consequence_is_the_rules(ask):
    answer = ask("Suppose one of our mammography units gets a D and the retest fails on every unit — what happens to us?")
    assert answer.route == "retrieval", answer.answer[:200]
    assert "hpa-mammo/2.2.1.2" in [c.id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "My yearly credits over the six years were 100, 90, 120, 80, 110, 100 — can I renew?",
    "放射專科十年，消融 RFA 80、MWA 20，共100例，還要幾例才能申請指導老師？",
    "我今年去了4場這種院外研討會，算幾分？",
])
def test_own_figures_beside_a_rate_or_requirement_word_stay_ones_own(question):
    import datetime

    from bot.routing import decide_calculation

    assert decide_calculation(Query(question, datetime.date(2026, 11, 25))) is not None


def test_ones_own_total_is_still_computed(ask):
    answer = ask("I did a 4 month surgical fellowship abroad this year, how many credits in total?")
    assert answer.route == "calculator", answer.answer[:200]


# ------------------------------------------------------------------ asked back, never the rule's yes


@pytest.mark.parametrize("question", [
    "民國55年次，明年想改申請終身的指導老師證書，可以嗎？",
    "I was born in 1966 and the rule says 60 or older can get the lifetime instructor certificate — am I eligible?",
])
def test_a_birth_year_alone_asks_for_the_dates(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert any(m.startswith("birth_date") for m in answer.missing), answer.missing
    assert any(m.startswith("application_date") for m in answer.missing), answer.missing


def test_a_qc_score_with_a_duty_asked_asks_whether_a_human_factor_caused_it(ask):
    answer = ask("壓迫測試 79 分，負責放射師是不是一定要參加品管討論會？")
    assert answer.route == "clarify", answer.answer[:200]
    assert any(m.startswith("human_factor") for m in answer.missing), answer.missing
