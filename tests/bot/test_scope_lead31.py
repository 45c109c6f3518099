"""Scope classes of round 31 fixed by the lead (SPEC §3), with wordings of our own: another screening programme asked
with ours only as the comparison ("same bands as mammo?", "跟乳攝一樣嗎") is that programme's; a patient's blood thinners
around a procedure are clinical; another society's meeting asked of "外科這邊" (our side) is our credit rule."""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.scope import out_of_scope_marker

TODAY = datetime.date(2026, 11, 25)


@pytest.mark.parametrize("question", [
    "Does the HPA's colorectal screening programme cut the subsidy for low follow-up too, same bands as mammo?",
    "國健署的子宮頸抹片追蹤率太低，也是跟乳攝一樣扣補助嗎？",
    "口腔癌筛检的追踪完成率低，扣款比照乳摄吗？",
])
def test_another_programme_compared_with_ours_is_refused(engine, question):
    assert out_of_scope_marker(Query(question, TODAY)) == "other_screening"
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "out_of_scope"
    assert not answer.citations


def test_our_programme_named_alone_stays_ours():
    assert out_of_scope_marker(Query("乳攝追蹤完成率 68%，跟去年一樣會扣嗎？", TODAY)) is None


@pytest.mark.parametrize("question", [
    "pt on rivaroxaban, CT-guided lung biopsy on Friday — how long do we hold it?",
    "病人在吃 warfarin，下週要做 PTCD，要停藥幾天？",
    "患者在用抗血小板药，做 TACE 前要不要停？",
    "our patient takes blood thinners, is it safe to do the RFA next week?",
])
def test_a_patients_blood_thinners_are_clinical(engine, question):
    assert out_of_scope_marker(Query(question, TODAY)) == "clinical"
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "out_of_scope"


@pytest.mark.parametrize("question", [
    "去參加燒傷學會的年會，外科這邊怎麼給分？",
    "参加手外科以外的相关学会年会，外科这边算几分？",
    "整形美容學會那種年會，本會這邊有沒有積分？",
])
def test_another_societys_meeting_asked_of_our_side_is_ours(engine, question):
    assert out_of_scope_marker(Query(question, TODAY)) is None
    assert engine.answer(question, today=TODAY).route != "out_of_scope"


def test_another_societys_own_credits_stay_theirs():
    assert out_of_scope_marker(Query("燒傷學會自己的積分怎麼算？", TODAY)) == "other_society"
