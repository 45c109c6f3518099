"""Routing and scope, twenty-first round (each class with phrasings of its own, not the eval questions').

Neighbours answered before, now refused with a pointer:
- the Ionizing Radiation Protection Act named, or a fine for a radiation-safety failure (our review deducts subsidy or
  cancels a qualification, it never fines);
- a neuro-intervention / stroke clot-retrieval 專長認證, or "which society certifies …" that field;
- a clinical choice between two breast biopsies (core needle, vacuum-assisted, stereotactic, 粗針, 真空輔助).
In scope, never refused: the meetings of the specialties in the surgical residency training standard (第五條第三款), the
meeting said short ("mtgs").

Rules questions sent to a calculator or a question back before:
- two courses signed in at in the same slot (article 9);
- the day the instructor's case count is counted back from, with the period asked ("最近幾年內");
- the threshold a consequence starts at ("at what number", "from what volume", "幾張以上就會抽片"), a figure of one's own beside;
- one word of another regulation's calculation ("seminar") in a question of the mammography review.

A person's own case with a missing fact, asked back before answered by the rule:
- a deduction asked outright ("扣幾成", "扣幾%") of one's own vague count;
- what the review will do to one's own vague amount ("is the HPA going to …");
- one's own past training (之前有出國進修), its length not given.
And a list of one's own items each counted once, its total asked, is computed.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation

TODAY = datetime.date(2026, 12, 2)


def _route(question: str) -> str | None:
    d = decide_calculation(Query(question, TODAY))
    return d.route if d else None


# ------------------------------------------------------------------ neighbours refused

@pytest.mark.parametrize("question", [
    "the AEC inspector says our mammo room leaks radiation — how big a fine are we looking at?",
    "依游離輻射防護法，乳攝室輻射安全不合格會罰多少？",
    "乳攝机房被核安会查到辐射超标，会罚款多少钱",
])
def test_a_radiation_safety_fine_is_the_acts_not_ours(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]
    assert not answer.citations


def test_the_aec_qa_failure_in_our_review_stays_ours(ask):
    answer = ask("原能會醫療曝露品保檢查沒通過，乳攝儀還能做篩檢嗎？")
    assert answer.route == "retrieval", answer.answer[:200]
    assert any(c.id.startswith("hpa-mammo/2.2.2") for c in answer.citations), [c.id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "腦中風取栓的專長認證要去哪個學會申請？",
    "神经介入的专长认证由哪个学会负责，要几例",
    "Who certifies neurointervention specialists in Taiwan, and what are the case requirements?",
])
def test_a_neuro_intervention_certificate_is_another_societys(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "1 cm BI-RADS 4B nodule — would you do a stereotactic biopsy or go straight to excision?",
    "這顆 BI-RADS 4A 的小腫塊，你們會先做粗針還是真空輔助切片？",
    "BI-RADS 4A 的 7mm 肿块，你会选细针还是粗针",
])
def test_a_choice_between_breast_biopsies_is_clinical(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "the specialties' annual mtgs named in the surgical residency training standard: what's a one-day one worth, and a 2-day one?",
    "Annual mtgs of the clinical specialties in the surgery residency curriculum — points for each?",
])
def test_the_residency_standard_meetings_said_short_are_ours(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert any(c.id == "tsa-cme/5.3" for c in answer.citations), [c.id for c in answer.citations]


# ------------------------------------------------------------------ rules questions, never a calculation

@pytest.mark.parametrize("question", [
    "what if I am registered for two workshops during the same hour — do both count?",
    "同時簽到兩場不同的課程，積分會怎麼處理？",
    "两个课程在同一个时段我都签到了，学分会怎样",
])
def test_two_courses_in_the_same_slot_are_article_nines(question):
    assert _route(question) is None


@pytest.mark.parametrize("question", [
    "指導老師的個案數從哪天起往前推算？算幾年內的",
    "指导老师的病例数从哪天开始往回算？最近几年内的才算吗",
])
def test_the_day_the_case_count_is_counted_back_from_is_the_rules(question):
    assert _route(question) is None


@pytest.mark.parametrize("question", [
    "we did 590 on the van last month. from what volume does the HPA's spot review kick in?",
    "one of our van radiographers did about 620 this month; at what count can they pull her films?",
])
def test_the_threshold_a_consequence_starts_at_is_the_rules(question):
    assert _route(question) is None


@pytest.mark.parametrize("question", [
    "the van's sampled films were rated C and our lead physician skipped the QC seminar — what happens to the hospital?",
    "Sampled images came back graded B, and the radiographer never went to the QC workshop. Consequence?",
])
def test_a_word_of_another_regulations_calculation_is_no_case(question):
    assert _route(question) is None


# ------------------------------------------------------------------ one's own case, a fact missing: asked back

@pytest.mark.parametrize("question", [
    "我們有一些疑陽個案到現在都還沒追完，補助會扣幾%？",
    "我们好几个疑似阳性没追到，会扣几成？",
])
def test_a_deduction_asked_of_ones_own_vague_count_is_asked_back(question):
    assert _route(question) == "clarify"


@pytest.mark.parametrize("question", [
    "our van tech did a crazy number of screenings last month — is the HPA going to pull her films for a spot review?",
    "my van radiographer screened loads of patients in October; are they gonna do a spot review of her films?",
])
def test_what_the_review_will_do_to_ones_own_vague_amount_is_asked_back(question):
    assert _route(question) == "clarify"


@pytest.mark.parametrize("question", [
    "以前有去美國進修過，外科積分能算幾分？",
    "去年有在医学中心进修，能给几分？",
])
def test_ones_own_past_training_its_length_missing_is_asked_back(question):
    assert _route(question) == "clarify"


def test_a_training_supposed_is_still_the_rules():
    assert _route("有出國進修的話，外科學會給幾分？") != "clarify"


@pytest.mark.parametrize("question", [
    "換證用：SCI 原著通訊作者 1 篇、國內 oral 1 次，總共幾分？",
    "换证：SCI病例报告一作1篇，国际oral 1次，加起来多少分",
])
def test_a_list_of_ones_own_single_items_its_total_asked_is_computed(question):
    assert _route(question) == "calculator"


# ------------------------------------------------------------------ the screening said as a verb: ours, another programme's stays out

@pytest.mark.parametrize("question", [
    "3 rads, all full-year, and we screened 19,900 — anything withheld?",
    "we screened about 6,100 on one radiographer this year, is any of that not paid?",
])
def test_our_screening_said_as_a_verb_is_never_refused(ask, question):
    assert ask(question).route != "out_of_scope"


@pytest.mark.parametrize("question", [
    "we screened 2,400 people last year for colorectal cancer — does the HPA cut our subsidy if follow-up is low?",
    "our clinic screened 900 smokers for lung cancer, what's the completion rate rule?",
])
def test_another_programmes_screening_said_as_a_verb_is_refused(ask, question):
    assert ask(question).route == "out_of_scope"


# ------------------------------------------------------------------ one's own figure named, not given: asked back

@pytest.mark.parametrize("question", [
    "I work on the van — does my monthly count trigger the HPA spot review?",
    "我在乳攝車上拍，我的月量會觸發抽片審查嗎？",
    "我在巡回车上，我这个月的数量会触发抽片吗",
])
def test_ones_own_figure_named_but_not_given_is_asked_back(question):
    assert _route(question) == "clarify"


def test_the_trigger_asked_with_no_own_figure_is_the_rules():
    assert _route("what's the monthly number that sets off a spot review for van radiographers?") is None
