"""Routing and scope, twentieth round (each class with phrasings of its own, not the eval questions'):

One spelling for the cue lists (`Query.cues`): English contractions written out, apostrophes of every shape one apostrophe,
runs of spaces one space — so a cue written for "before I can" / "I am allowed" also sees "before I'm allowed to".

In-scope questions refused before:
- the follow-up's terms said short (疑陽, 追完, 陽追): our vocabulary, never "no match";
- an item of our review (實測, 品保, the on-site test) named beside a word the topic classifier reads as a clinical ask
  ("要不要派人"): the regulation's own word decides.

Rules questions sent to a calculator or a question back before:
- whether a case counts, with how to apply asked ("…能算分嗎？要怎麼申請");
- the same work shown twice, credit asked for both (article 6's repeats);
- two courses that overlap in time (article 9's simultaneous attendance);
- who starts the renewal (oneself, or the issuer automatically / with a reminder).

A question back instead of retrieval: a case named by its screening date, its follow-up deadline asked, no category.

Neighbours answered with our rules before: a health profession's own association asking for CE hours; the bot asked which
treatment it would give first (the treatments as verbs).
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query, cue_view
from bot.routing import decide_calculation
from bot.scope import out_of_scope_marker

TODAY = datetime.date(2026, 12, 2)


# ------------------------------------------------------------------ one spelling for the cue lists

@pytest.mark.parametrize(("text", "seen"), [
    ("before I’m allowed to apply", "before I am allowed to apply"),
    ("it doesn't  count, we've got 5 and they won't pay", "it does not count, we have got 5 and they will not pay"),
    ("What's the rate? Can't say; isnt it 8?", "What is the rate? cannot say; is not it 8?"),
    ("the society's rule", "the society's rule"),
])
def test_the_cue_view_writes_contractions_out(text, seen):
    assert cue_view(text) == seen


@pytest.mark.parametrize("question", [
    "how many years as a specialist before we're allowed to apply for the instructor certificate?",
    "how many cases do I need before I’m able to... sorry, before I'm allowed to apply as an IR instructor",
    "How long after my boards before I’m eligible for the instructor title?",
])
def test_the_requirement_before_one_may_act_in_any_spelling_is_the_rules(question):
    assert decide_calculation(Query(question, TODAY)) is None


# ------------------------------------------------------------------ our own subjects, never refused

@pytest.mark.parametrize("question", [
    "今年疑陽 640 件，追完 500 件，會被扣嗎",
    "疑陽个案 900 件，追完 700 件，会扣吗",
])
def test_the_follow_up_said_short_is_the_deduction(ask, question):
    answer = ask(question)
    assert answer.route == "calculator"
    assert answer.tool_calls[0].name == "hpa_followup_deduction"


def test_counts_and_the_rate_they_make_keep_the_counts(ask):
    answer = ask("疑陽 800 件，追完 600 件，這樣是 75% 對吧？會扣款嗎")
    assert answer.route == "calculator"
    assert answer.tool_calls[0].args == {"suspected_positive_cases": 800, "completed_cases": 600}


@pytest.mark.parametrize("question", [
    "實測的時候要不要請廠商的工程師在場？影像工作站也會查嗎",
    "实测那天要不要准备影像储存设备的资料",
    "for the on-site test, should our IT people be there? do they check the image storage too",
])
def test_our_review_item_beside_a_clinical_sounding_ask_stays_ours(ask, question):
    assert out_of_scope_marker(Query(question)) is None
    assert ask(question).route != "out_of_scope"


# ------------------------------------------------------------------ the rule asked, facts beside it

@pytest.mark.parametrize("question", [
    "去美國醫院觀摩三週，沒滿一個月，可以算分嗎？要怎麼申請？",
    "去韩国进修十天能给分吗？申请流程是什么",
    "I'm doing a 3-week observership in Korea — does that get any credit at all, and how do I go about applying?",
])
def test_whether_it_counts_with_how_to_apply_is_the_rule(question):
    assert decide_calculation(Query(question, TODAY)) is None


@pytest.mark.parametrize("question", [
    "Gave the same talk at two regional meetings this year, can I get points for both?",
    "同一篇研究在兩個不同的研討會都報告了，可以兩邊都申請積分嗎？",
    "同一个摘要在两个学会发表，能重复申请吗",
])
def test_the_same_work_shown_twice_is_the_rule_on_repeats(question):
    assert decide_calculation(Query(question, TODAY)) is None


@pytest.mark.parametrize("question", [
    "Two workshops that clash on the Saturday morning — if I go back and forth between the rooms, do I get credits for both?",
    "兩堂課時間撞在一起，我兩邊跑，積分怎麼算？",
    "两个课程时间重叠，我跑来跑去，学分会怎样",
])
def test_sessions_that_overlap_are_the_rule_on_simultaneous_attendance(question):
    assert decide_calculation(Query(question, TODAY)) is None


@pytest.mark.parametrize("question", [
    "Does the surgical society renew my specialist certificate automatically, or is it up to me to file?",
    "外科專科醫師證書展延是學會會自動處理，還是要我自己去申請？",
    "专科证书展延学会会通知我吗？还是要自己申请",
])
def test_who_starts_the_renewal_is_the_rule(question):
    assert decide_calculation(Query(question, TODAY)) is None


# ------------------------------------------------------------------ a question back

@pytest.mark.parametrize("question", [
    "2026/9/14 篩檢的疑陽個案，追蹤最晚到哪天？",
    "2026年8月3日照的那位疑似陽性個案，最遲什麼時候前要完成追蹤",
])
def test_a_case_named_by_its_screening_date_asks_the_category(question):
    decision = decide_calculation(Query(question, TODAY))
    assert decision is not None and decision.route == "clarify"
    assert [n.key for n in decision.extraction.needs] == ["category"]


# ------------------------------------------------------------------ neighbours

@pytest.mark.parametrize("question", [
    "How many CE hours a year does the technologists' association require, and do mammography workshops count?",
    "醫事放射師全聯會要求的繼續教育時數一年是多少？",
    "放射师协会的学分一年要几分",
])
def test_a_professions_own_association_and_its_hours_are_a_neighbour(ask, question):
    assert out_of_scope_marker(Query(question)) == "other_body"
    assert ask(question).route == "out_of_scope"


@pytest.mark.parametrize("question", [
    "2.5 cm lesion in segment 7, would you TACE it or go for resection first?",
    "這個 3 公分的肝腫瘤，你會先電燒還是栓塞？",
    "你们会先做 RFA 还是 TACE",
])
def test_the_bot_asked_which_treatment_it_would_give_is_clinical(ask, question):
    assert out_of_scope_marker(Query(question)) == "clinical"
    assert ask(question).route == "out_of_scope"


@pytest.mark.parametrize("question", [
    "What CE hours does the follow-up review require of the radiographers who operate the unit?",
    "放射師的繼續教育時數要幾小時才符合後續審查",
    "TACE 跟 RFA 的例數算哪一個領域？",
])
def test_our_own_hours_and_domains_stay_ours(question):
    assert out_of_scope_marker(Query(question)) is None


@pytest.mark.parametrize("question", [
    "Did a 3-week observership in Seoul in May. How's a visit under a month credited?",
    "what's the rule for an observership that's shorter than a month?",
])
def test_an_observership_named_in_english_is_ours(ask, question):
    assert decide_calculation(Query(question, TODAY)) is None
    assert ask(question).route == "retrieval"
