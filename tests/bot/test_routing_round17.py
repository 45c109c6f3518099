"""Routing and scope, seventeenth round (each class with phrasings of its own, not the eval questions'):

- "where do I stand" after one's own items is a check of one's own case, not a place to file (`ASKS_RULE_ONLY`);
- the practising certificate (醫師執業證書 / 执业证书) is the licence, a neighbour;
- screenings or cases said not to be reimbursed, beside a volume of one's own, are the payment our volume rule withholds, not NHI
  billing;
- a surgical subspecialty society named as the host of a meeting (X外科醫學會年會) is the meeting our credits count
  (第五條第三款), unless the society's own rules are asked ("他們自己");
- a machine "用幾年" is the unit's age our review asks for, not a drug taken for years;
- an item of our follow-up review named beside "accreditation" is ours (the topic classifier's other_regulation yields);
- looking a figure up online oneself ("上網查", "look it up online") asks where, not the figure;
- whether one's items open a route of the rule ("走文章那條路", "go the publication route") asks the route's condition;
- whether such a case may be applied for at all and how it is scored, no figure asked, is the rule's;
- other kinds named bare after a figure asked ("…給幾分？其他作者呢", "…? and for second author?") ask the rule's rate for each,
  never a sum of invented items (another figure of the same calculation, "最晚呢", "月上限呢", is still computed);
- doubled question marks after a fact ("21%??") are surprise, not a question that splits the message;
- a multi-part heading's subject ("Two questions on the mammo van:") is read with a part that reads as nothing alone, never
  with a part that reads without it;
- a part that only asks about the facts another part reads ("…發的，幾時到期？最早哪天可以換證？") is no calculation of its own.
"""

from __future__ import annotations

import pytest

from bot.parts import split_parts
from bot.parsing.text import Query
from bot.scope import neighbour_kind, out_of_scope_marker


# ------------------------------------------------------------------ where one's own case stands


@pytest.mark.parametrize("question", [
    "renewal: 2 SCI full articles as first author and 3 domestic oral presentations, no other points. where do I stand?",
    "Instructor renewal — 1 first-author SCI full article, moderated twice abroad, 60 radiology CME points. Where do we stand now?",
])
def test_where_one_stands_is_a_check_of_ones_own_items(ask, question):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert [c.name for c in answer.tool_calls] == ["tsir_renewal_check"]


def test_where_to_send_stays_the_rules(ask):
    answer = ask("where do I send the instructor renewal application?")
    assert answer.route == "retrieval", answer.answer[:200]


# ------------------------------------------------------------------ neighbours and ours


@pytest.mark.parametrize("question", ["醫師執業證書更新要多少學分？", "我的执业证书明年到期，继续教育学分要几分"])
def test_the_practising_certificate_is_the_licence(question):
    assert out_of_scope_marker(Query(question)) == "licence"


@pytest.mark.parametrize("question", [
    "Our unit did 14,000 mammograms last year with 2 full-time radiographers; how many of them won't get reimbursed?",
    "We screened 9,800 women this year with one radiographer who started in March; which cases will not be reimbursed?",
])
def test_screenings_not_reimbursed_beside_a_volume_are_ours(question):
    assert out_of_scope_marker(Query(question)) is None


def test_nhi_billing_codes_stay_a_neighbour():
    assert out_of_scope_marker(Query("What NHI billing code do we use to get reimbursed for a diagnostic mammogram?")) is not None


@pytest.mark.parametrize("question", ["心臟血管外科醫學會的年會只開一天，給幾分？", "整形外科醫學會年會兩天，積分多少",
                                      "像心臟外科醫學會、小兒外科這類次專科的年會，一天跟兩天給分一樣嗎"])
def test_a_surgical_subspecialty_societys_meeting_is_our_credit(ask, question):
    assert out_of_scope_marker(Query(question)) is None
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]
    assert "tsa-cme/5.3" in [c.id for c in answer.citations]


@pytest.mark.parametrize("question", ["小兒外科醫學會年會他們自己怎麼給分", "我是復健科的，復健醫學會的年會給幾個學分？"])
def test_a_societys_own_credits_for_its_meeting_stay_a_neighbour(question):
    assert out_of_scope_marker(Query(question)) == "other_society"


@pytest.mark.parametrize("question", ["乳攝儀已經用幾年了要寫在書審資料嗎", "机器用了几年、有没有搬过，书审要写吗"])
def test_a_units_age_is_no_drug_taken_for_years(question):
    assert out_of_scope_marker(Query(question)) is None


def test_a_drug_taken_for_years_stays_clinical():
    assert out_of_scope_marker(Query("這位病人荷爾蒙藥要用幾年？")) == "clinical"


@pytest.mark.parametrize("question", [
    "Is the phantom test part of the follow-up review or only done for the first accreditation?",
    "Do they re-check the self-selected images during follow-up, or was that just for our initial accreditation?",
])
def test_an_item_of_our_review_beside_accreditation_is_ours(ask, question):
    assert neighbour_kind(Query(question)) is None
    assert ask(question).route == "retrieval"


# ------------------------------------------------------------------ the rule's, though figures of one's own are named


@pytest.mark.parametrize("question", ["我們今年追蹤完成率多少，網路上可以自己查嗎", "Can I look up our screening numbers online?",
                                      "我们这个月乳摄做了几例，可以上网去查吗"])
def test_looking_a_figure_up_online_asks_where(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "兩篇 SCI 我都是共同作者，可以走論文途徑申請嗎",
    "I have 3 SCI papers as second author, can I go the publication route for the instructor certificate?",
])
def test_whether_ones_items_open_a_route_of_the_rule_is_the_rules(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert "tsir-instructor/1.2.2" in [c.id for c in answer.citations]


@pytest.mark.parametrize("question", ["國內醫學中心進修兩週，這樣可以申請嗎？積分如何計算",
                                      "Two weeks of training at a medical centre in Taiwan - can I still apply? how is it credited?"])
def test_whether_a_case_may_be_applied_for_and_how_it_is_scored_is_the_rules(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


def test_a_figure_of_ones_own_asked_how_it_is_counted_is_still_computed(ask):
    answer = ask("I went to 2 monthly meetings, how is that counted?")
    assert answer.route == "calculator", answer.answer[:200]


@pytest.mark.parametrize("question", ["SCI 論文我是通訊作者，外科學會給幾分？第二作者呢",
                                      "SCI case report as corresponding author, how many TSA points? and for second author?"])
def test_other_kinds_named_bare_after_a_figure_ask_each_rate(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls  # never one paper per role named, added up
    assert "tsa-cme/5.7" in [c.id for c in answer.citations]


# ------------------------------------------------------------------ parts


def test_doubled_question_marks_after_a_fact_do_not_split():
    assert split_parts("陽性複判差異 62%?? 陰性才 10%，這樣會怎樣")[0] is None
    assert split_parts("A 530?! is that over? and B 480, over?")[0] == ["A 530?! is that over?", "and B 480, over?"]


def test_doubled_question_marks_after_a_fact_are_one_calculation(ask):
    answer = ask("陽性複判差異 62%?? 陰性才 10%，這樣會怎樣")
    assert answer.route == "calculator" and not answer.parts
    assert answer.tool_calls[0].args == {"positive_discrepancy_pct": 62, "negative_discrepancy_pct": 10}


def test_a_heading_keeps_what_the_parts_are_about(ask):
    answer = ask("Two questions on the mammo van: (1) 2 RTs, 85 screens today – over? (2) one of them did 530 last month – "
                 "over the monthly cap?")
    assert [p.route for p in answer.parts] == ["calculator", "calculator"]
    assert answer.tool_calls[0].args == {"daily_screenings_on_van": 85, "radiographers_on_van": 2}
    assert answer.tool_calls[1].args == {"monthly_screenings": 530}


def test_a_part_asking_only_about_anothers_facts_is_that_calculation(ask):
    answer = ask("我的指導老師證書是2020/3/1發的，幾時到期？最早哪天可以送換證？")
    assert answer.route == "calculator" and not answer.parts, answer.answer[:200]
    assert [c.name for c in answer.tool_calls] == ["renewal_window"]
    assert answer.tool_calls[0].result["expiry_date"] == "2026-03-01"


# ------------------------------------------------------------------ one's own grade, its figures not all given


@pytest.mark.parametrize("question", ["自選片非緻密型那組 348 分，我的評等會是什麼？", "自选片有一组 362，我的等级是什么"])
def test_ones_own_grade_asked_as_what_it_is_beside_one_set_is_asked_back(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert answer.pending_call is not None and answer.pending_call.name == "hpa_image_grade"


def test_ones_own_grade_asked_as_what_it_is_with_both_sets_is_computed(ask):
    answer = ask("自選片兩組 352 跟 366，我的評等是什麼")
    assert answer.route == "calculator"
    assert answer.tool_calls[0].result["grade"] == "B"


@pytest.mark.parametrize("question", ["We've got all of our radiographers' sampled scores - what grade does the facility end up with?",
                                      "分數我都有了，機構自選片會是幾等？"])
def test_figures_said_held_but_not_given_are_asked_for(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert answer.pending_call is not None and answer.pending_call.name == "hpa_image_grade"


def test_a_grade_asked_of_a_supposed_score_is_not_computed_from_one_set(ask):
    # The rule's table (per set) or a question back for the other set (the grade takes the lower of two, since the
    # reader branch of round 17): never a grade computed from the one set as if it were the result.
    answer = ask("What is the grade for a self-selected set of 345?")
    assert answer.route in ("retrieval", "clarify"), answer.answer[:200]
    assert not answer.tool_calls


# ------------------------------------------------------------------ an age said approximately


@pytest.mark.parametrize("question", ["我快60岁了，能不能申请终身指导老师证书？", "I'm almost 60, can I apply for the lifetime instructor certificate?"])
def test_an_age_said_approximately_asks_the_dates(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert answer.pending_call is not None and answer.pending_call.name == "tsir_renewal_check"
    assert any("birth" in m for m in answer.missing), answer.missing


def test_an_age_said_exactly_is_answered_by_article_6(ask):
    answer = ask("我62歲了，可以申請終身指導老師證書嗎？")
    assert answer.route == "retrieval"
    assert "tsir-instructor/6" in [c.id for c in answer.citations]


def test_another_figure_of_the_same_calculation_named_bare_is_still_computed(ask):
    answer = ask("指導老師證書 2027/8/31 到期，最早什麼時候可以送換證？最晚呢？")
    assert answer.route == "calculator", answer.answer[:200]
    assert [c.name for c in answer.tool_calls] == ["renewal_window"]


def test_a_surgical_societys_meeting_beside_its_own_certificate_stays_a_neighbour():
    assert out_of_scope_marker(Query("胸腔外科醫學會年會的積分怎麼算？胸外專科證書展延要幾分？")) is not None


def test_a_heading_is_not_read_with_parts_that_read_alone(ask):
    answer = ask("Two things for our unit review: (a) my self-selected sets were 351 non-dense and 362 dense — grade? "
                 "(b) the unit's field test: dose 88, phantom 79, compression 90, field 86, reading 92 — worst grade?")
    assert [p.route for p in answer.parts] == ["calculator", "calculator"]
    assert answer.tool_calls[0].args["subject"] == "radiographer"


def test_a_route_of_the_rule_asked_beside_the_whole_case_is_computed(ask):
    answer = ask("射頻消融近六年只有70例，專科10年；SCI一作1篇、國內介入會議演講3次，能不能走免附個案那條路？")
    assert answer.route == "calculator", answer.answer[:200]
    assert [c.name for c in answer.tool_calls] == ["tsir_instructor_eligibility"]
