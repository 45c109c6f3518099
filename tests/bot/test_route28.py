"""Routing classes of the twenty-eighth round (TSA / TSIR), each tested with wordings of its own (zh-TW, zh-CN, en):
a life-support course's own card kept up (its expiry, refresher or recertification) is that course's rules, not ours,
unless our credits are asked; and a thing said to "qualify" for credits asks whether it counts — a rules answer whose
first line says yes or no — while "do I qualify" stays the person's own eligibility."""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 11, 25)


# --- 1. a life-support course's card renewed, lapsed or refreshed: out of scope (another certificate) ------------------

@pytest.mark.parametrize("question", [
    "My BLS card lapses in March — how do I renew it?",
    "PALS recertification: how long is the refresher class?",
    "ACLS 卡下個月到期，要去哪裡複訓？",
    "我的 NRP 證照過期了，要重新上課嗎",
    "ACLS 证书快过期了，续证要上几小时？",
])
def test_course_card_upkeep_is_out_of_scope(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "out_of_scope", (a.route, a.answer[:200])


@pytest.mark.parametrize("question", [
    "ATLS 今年上了兩次，外科積分多少？",
    "我的 ATLS 證書今年到期，重新上課可以算外科積分嗎？",
])
def test_course_card_with_our_credits_stays_in_scope(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route != "out_of_scope", a.answer[:200]


# --- 2. "does X qualify for the credits?": whether it counts, answered by the rule ------------------------------------

@pytest.mark.parametrize("question", [
    "Would two months of training at a district hospital qualify for the domestic training credits?",
    "Does a four-month stint at a regional teaching hospital qualify as domestic training for TSA credits?",
])
def test_thing_said_to_qualify_is_a_rules_question(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    assert a.answer.lower().startswith("no"), a.answer[:200]
    assert any(c.id.startswith("tsa-cme/5.9") for c in a.citations), [c.id for c in a.citations]


def test_person_who_qualifies_is_still_computed(engine):
    a = engine.answer("Do I qualify for the instructor certificate with 320 TACE cases and 9 years as a specialist?", None,
                      today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert a.tool_calls[0].name == "tsir_instructor_eligibility"


@pytest.mark.parametrize("question", [
    "ATLS 今年上過兩次（一次學員、一次複訓），是 60 分嗎",
    "ATLS 去年共兩次（學員跟複訓各一），有60分嗎",
])
def test_course_refresher_with_a_credit_figure_is_our_tally(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert a.tool_calls[0].name == "tsa_credit_tally"
