"""Out of scope or ours (SPEC §3, issue 9), round 30: a breast finding's work-up asked of the bot (stereotactic biopsy,
magnification or spot views, a choice between two examinations for a patient) refused as clinical; the radiographer named
by its other titles (放射技師, 放射技術員, technologist, rad tech) beside a grade answered from the review's rules, not refused;
one's own volume said without its figure, checked against the spot review, asked back.
Wordings are our own (zh-TW, zh-CN, en), not the eval questions.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.scope import out_of_scope_marker

TODAY = datetime.date(2026, 11, 25)


# A breast finding's work-up asked of the bot: a clinical choice, whoever's rules it sounds near.
@pytest.mark.parametrize("question", [
    "58 y/o, BI-RADS 4B spiculated mass on screening — core biopsy right away or MRI first?",
    "61F with a new focal asymmetry on screening, would you do spot compression views or go to ultrasound?",
    "47F, screening found grouped microcalcs, would you send her for stereotactic bx?",
    "50歲婦女乳攝發現鈣化，你會建議先做放大攝影還是直接粗針切片？",
    "病人乳攝有結構扭曲，要先做局部加壓攝影還是直接切片？",
    "55岁女性钼靶发现钙化，你会先做放大摄影还是直接立体定位活检？",
])
def test_a_findings_work_up_is_refused_as_clinical(engine, question):
    assert out_of_scope_marker(Query(question, TODAY)) == "clinical"
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "out_of_scope"
    assert not answer.tool_calls


# The same words about our measures stay ours: a patient's biopsy counted in the follow-up completion.
@pytest.mark.parametrize("question", [
    "病人乳攝 4A 後做了立體定位切片，這樣算追蹤完成嗎？",
    "If a 52F had a stereotactic biopsy after a category 4 result, does that count as completed follow-up?",
])
def test_a_work_up_counted_in_our_follow_up_is_ours(question):
    assert out_of_scope_marker(Query(question, TODAY)) is None


# The radiographer by its other titles, beside a grade of the review: the review's rule, not a refusal.
@pytest.mark.parametrize("question", [
    "放射技师有一项D等，还能继续拍吗？",
    "放射技術員有一項評等拿到D，還能繼續照乳攝嗎？",
    "放射技師的臨床影像有一項是D，要停止攝影嗎？",
    "our mammography technologist got a D on one item, can she keep shooting?",
    "the rad tech got a D in one category — still allowed to do screening films?",
])
def test_the_radiographer_by_another_title_is_answered_from_the_review(engine, question):
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "retrieval"
    assert any(c.id.startswith("hpa-mammo/2.1.2.2") for c in answer.citations)


# Our measure in our field, or the regulation itself, named: kept ours (whose society it is, the cue lists read from the names).
@pytest.mark.parametrize("question", [
    "How many credits does the Taiwan Surgical Association give for its annual meeting?",
    "台灣外科醫學會的年會一天給多少積分？",
    "外科医学会的月会讲者可以拿几个学分？",
    "外科專科醫師甄審原則是本辦法的依據嗎？",
    "这个办法是依据哪些规定订的？",
    "What is this regulation based on?",
])
def test_our_measure_or_our_text_named_is_never_refused(engine, question):
    assert engine.answer(question, today=TODAY).route != "out_of_scope"


# One's own volume said without its figure, the review's spot check asked of it: the figure is asked for (a question back),
# never the rule's threshold quoted as if it answered.
@pytest.mark.parametrize("question", [
    "乳攝車上的放射師這個月照得很多，國健署會不會隨時來抽查？",
    "我们巡回车的放射师最近拍得非常多，国健署会不会来抽片审查？",
])
def test_a_vague_volume_checked_against_the_spot_review_is_asked_back(engine, question):
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "clarify"
    assert answer.pending_call is not None and answer.pending_call.name == "hpa_radiographer_volume"


def test_the_spot_reviews_rule_asked_with_no_volume_of_ones_own_is_quoted(engine):
    answer = engine.answer("乳攝車放射師每月超過多少會被抽片審查？", today=TODAY)
    assert answer.route == "retrieval"


# The national licensing examination of a profession of ours (the radiographer's): the examining body's, never the review's
# rules on the radiographer; the radiographer's retakes of films stay ours.
@pytest.mark.parametrize("question", [
    "our mammo technologist failed the licensing exam, when can she sit it again and what's the pass mark?",
    "放射技師國考沒過，下次什麼時候可以再考？",
    "我们的放射技师国考没考过，多少分及格？",
])
def test_the_radiographers_licensing_exam_is_refused(engine, question):
    assert out_of_scope_marker(Query(question, TODAY)) == "exam"
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "out_of_scope"
    assert not answer.citations


def test_a_radiographers_retakes_stay_ours():
    assert out_of_scope_marker(Query("the radiographer retake rate on our van is 3%, is that ok?", TODAY)) is None
