"""Round 57 (calcdev57h): HPA mammography questions read inconsistently, fixed for the class.

1. A line said not reached is one bound whatever its words: 不到 / 未達 / 沒有到 / 沒到 / 沒滿 / 低於 / 達不到 / less than / under /
   short of / didn't reach (`routing.THRESHOLD`, `mentions.BOUND_BEFORE`). Of one's own rate, stated (this year's, in a clause
   of its own, or reported in English: "is / was / fell short of"), the rate is asked (`routing._own_bound_stated`) — the band
   below 75 % spans four deductions; the rule's bound asked, or a case supposed (如果 / 的話 / if / when), is the rule's table,
   and no figure is ever computed at the bound.
2. A lone figure of the slot's unit said as a bound is no figure of it ("The completion rate of our screens was less than 75%"
   was read as 75 → no deduction): `numbers.bind_numbers`' fallback by unit.
3. A figure's tens said roughly ("70幾%", "80 幾分", "70-something", "the low 70s", "in the 50s") is above it, never the figure
   (`mentions.BOUND_AFTER`): asked where the band it leaves open decides the result.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.routing import THRESHOLD, _own_bound_stated
from tests.bot.conftest import TODAY, ask_and_reply, reader_call


# 1. one bound, however the line is said not reached
@pytest.mark.parametrize("question", [
    "我們醫院今年追蹤完成率不到75%，補助會被扣幾%？",
    "我們今年追蹤完成率沒有到75%，會被扣多少？",
    "我們今年追蹤完成率未達75%，會被扣多少？",
    "我們今年追蹤完成率沒滿75%，會被扣多少？",
    "我們今年追蹤完成率低於75%，會被扣多少？",
    "我们医院今年追踪完成率低于七成五，补助要扣多少？",
    "本院疑似陽性追蹤完成率達不到75%，這樣扣幾趴？",
    "Our follow-up completion rate is under 75% this year. How much of the subsidy gets deducted?",
    "our suspected-positive follow-up rate fell short of 75% this year - what's the deduction?",
    "Our completion rate didn't reach 75% this year, how much is deducted?",
    "Our completion rate was less than 75% this year; are we docked and by how much?",
])
def test_an_own_rate_stated_below_a_line_is_asked(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "clarify", (a.route, a.missing, a.answer[:200])
    assert any(m.startswith("completion_rate_pct") for m in a.missing), a.missing
    assert not a.tool_calls


@pytest.mark.parametrize("question", [
    "追蹤完成率不到75%會扣多少？",
    "追蹤完成率沒有到75%會扣多少？",
    "追蹤完成率沒到75%會扣多少？",
    "完成率沒滿六成的話補助扣多少？",
    "完成率達不到75%扣幾%？",
    "如果我們完成率沒有到75%，扣多少？",
    "How much is deducted when the follow-up completion rate falls short of 75%?",
    "What's the deduction if the completion rate doesn't reach 75%?",
    "If our completion rate doesn't reach 75%, how much do we lose?",
])
def test_the_rules_bound_asked_or_supposed_is_the_rules(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "retrieval", (a.route, a.missing, a.answer[:200])
    assert not a.tool_calls


def test_the_words_of_a_line_not_reached_are_one_bound():
    for text in ("沒有到75%", "沒到 75%", "沒滿75%", "達不到75%", "未達到75%", "short of 75%", "did not reach 75%",
                 "didn't reach 75%"):
        assert THRESHOLD.search(Query(text, today=TODAY).cues), text
    # (A-not-A and a line still ahead are no bound: "有沒有到 200", "還沒到 75%")
    for text in ("這樣有沒有到 200 分", "還沒到 75%"):
        assert not THRESHOLD.search(Query(text, today=TODAY).cues), text


def test_a_bound_stated_or_supposed():
    stated = ["我們今年完成率不到75%，扣多少", "我們完成率只有不到六成，扣多少", "our rate was below 75% this year",
              "we fell short of 75%, deduction?"]
    supposed = ["如果我們完成率不到75%，扣多少", "我們完成率不到75%的話扣多少", "what's the deduction when our rate is below 75%?",
                "if our rate is below 75%, how much?", "完成率不到75%扣多少"]
    for text in stated:
        assert _own_bound_stated(Query(text, today=TODAY)), text
    for text in supposed:
        assert not _own_bound_stated(Query(text, today=TODAY)), text


def test_a_rate_given_beside_the_bound_is_computed(engine):
    a = engine.answer("我們今年追蹤完成率只有68%，不到75%，會被扣多少？", today=TODAY)
    assert a.route == "calculator", (a.route, a.missing)
    assert a.tool_calls[0].args == {"completion_rate_pct": 68}


def test_the_rate_asked_is_then_computed(engine):
    first, second = ask_and_reply(engine, "我們醫院今年追蹤完成率不到75%，補助會被扣幾%？", "66%")
    assert first.route == "clarify"
    assert second.route == "calculator"
    assert second.tool_calls[0].result["deduction_pct"] == 10


# 2. a lone figure of the unit said as a bound
@pytest.mark.parametrize("question", [
    "The completion rate of our screens was less than 75%",
    "The completion rate for our abnormal screens was less than 75% this year, are we docked?",
])
def test_a_lone_bound_of_the_unit_is_no_figure(question):
    e = reader_call(question, "hpa_followup_deduction")
    assert "completion_rate_pct" not in e.args
    assert any(n.key == "completion_rate_pct" for n in e.needs)


def test_a_lone_figure_of_the_unit_is_still_read():
    e = reader_call("The completion rate of our screens was 72% this year", "hpa_followup_deduction")
    assert e.args.get("completion_rate_pct") == 72


# 3. a figure's tens said roughly
@pytest.mark.parametrize("question, tool, key", [
    ("我們追蹤完成率70幾%，會扣多少？", "hpa_followup_deduction", "completion_rate_pct"),
    ("Our follow-up completion rate is in the low 70s. How much is deducted?", "hpa_followup_deduction", "completion_rate_pct"),
    ("Our completion rate is 70-something percent, deduction?", "hpa_followup_deduction", "completion_rate_pct"),
    ("Dr. Lin's positive re-read discrepancy came back in the 50s and negative was 8%. Which tier?", "hpa_reread_action",
     "positive_discrepancy_pct"),
])
def test_a_rough_tens_is_no_figure(engine, question, tool, key):
    a = engine.answer(question, today=TODAY)
    assert a.route == "clarify", (a.route, a.missing)
    assert any(m.startswith(key) for m in a.missing), a.missing


def test_a_rough_qc_score_is_asked(engine):
    a = engine.answer("我們這台假體影像80幾分，壓迫92，幾等？", today=TODAY)
    assert a.route == "clarify", (a.route, a.missing)
    assert any(m.startswith("phantom_image") for m in a.missing), a.missing


def test_a_grade_asked_after_a_comma_is_no_rough_figure(engine):
    a = engine.answer("放射師小美自選片非緻密型那組350，緻密型那組362，幾等？", today=TODAY)
    assert a.route == "calculator", (a.route, a.missing)
    assert a.tool_calls[0].args["scores"] == {"non_dense": 350, "dense": 362}


# 4. a set named by its breast type, no evaluation named: the self-selected one
@pytest.mark.parametrize("question, scores", [
    ("weird: new RT got 391 on her non-dense set but only 322 on dense. grade?", {"non_dense": 391, "dense": 322}),
    ("RT Amy - the set for dense breasts scored 338 and the fatty one 361. her grade?", {"non_dense": 361, "dense": 338}),
    ("阿芳緻密型乳房那組 335 分，非緻密型 348 分，這樣幾等？", {"non_dense": 348, "dense": 335}),
    ("小美緻密型320、非緻密型390，評等？", {"non_dense": 390, "dense": 320}),
])
def test_sets_by_breast_type_are_the_self_selected_evaluation(engine, question, scores):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", (a.route, a.missing)
    assert a.tool_calls[0].args["kind"] == "self_selected"
    assert a.tool_calls[0].args["scores"] == scores


@pytest.mark.parametrize("question", ["她緻密型那組 350 分，等級會是？", "her non-dense set got 365. is that an A?"])
def test_one_set_by_breast_type_asks_the_other(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "clarify", (a.route, a.missing)
    assert any(m.startswith("scores") for m in a.missing), a.missing


@pytest.mark.parametrize("question", [
    "我們緻密型乳房的個案佔 40%，要加做超音波嗎？",
    "緻密型乳房的婦女 40 歲可以做國健署的乳攝篩檢嗎？",
])
def test_dense_breasts_without_a_set_score_are_no_image_grade(engine, question):
    a = engine.answer(question, today=TODAY)
    assert not a.tool_calls and a.route != "clarify", (a.route, a.missing)


def test_the_sampled_evaluation_named_stays_sampled(engine):
    a = engine.answer("Sampled films averaged 355; the dense one was lowest at 340. facility grade?", today=TODAY)
    assert a.tool_calls and a.tool_calls[0].args["kind"] == "sampled"


# 5. hearsay of one's own result, a figure of one's own told after it and another asked: no figure heard for confirmation
def test_a_figure_told_after_hearsay_is_no_heard_figure():
    from bot.routing import HEARD_FIGURE

    assert not HEARD_FIGURE.search(Query("聽說今年疑似陽性追蹤完成率沒達標，補助 300 萬，會被扣多少？", today=TODAY).cues)
    assert HEARD_FIGURE.search(Query("聽說每月上限是 500 案，對嗎？", today=TODAY).cues)
    assert HEARD_FIGURE.search(Query("heard it's around 550?", today=TODAY).cues)


@pytest.mark.parametrize("question", [
    "聽說今年疑似陽性追蹤完成率沒達標，補助 300 萬，會被扣多少？",
    "heard our completion rate missed the target this year; subsidy was 2 million, how much will they take?",
])
def test_hearsay_of_ones_own_result_asks_the_rate(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "clarify", (a.route, a.missing)
    assert any(m.startswith("completion_rate_pct") for m in a.missing), a.missing


# 6. a hedge between a count asked and what befalls it
@pytest.mark.parametrize("question", [
    "本院去年合格放射師三位，工作天數 365、365、180 天（含假日），去年篩了 17000 案，會不會超量？有幾案可能不給付",
    "我們兩位合格放射師今年都全年在職（365天含假日），今年篩了14000案，超過的話有幾件也許拿不到錢",
])
def test_a_hedged_count_asked_is_asked_not_a_vague_fact(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", (a.route, a.missing)
    assert a.tool_calls[0].name == "hpa_facility_volume"


# 7. the method asked, then one's own figures and their grade asked openly
@pytest.mark.parametrize("question", [
    "醫院自選片的評等怎麼算出來的？我們三個放射師非緻密型分數是350/341/366，這樣醫院幾等？",
    "How is the hospital's self-selected grade worked out? Our three RTs' non-dense sets were 350, 341 and 366 - what grade is the hospital?",
])
def test_the_method_then_ones_own_grade_asks_the_missing_sets(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "clarify", (a.route, a.missing)
    assert any(m.startswith("scores") for m in a.missing), a.missing


def test_the_method_alone_stays_the_rules(engine):
    a = engine.answer("醫院自選片的評等怎麼算出來的？", today=TODAY)
    assert a.route == "retrieval"


# 8. one radiographer named by the month her count is for
@pytest.mark.parametrize("question, args", [
    ("兩件事：我們一位放射師這個月拍了530案；另外乳攝車上登記2位放射師，某天一共拍了95案。有沒有超過規定？",
     {"monthly_screenings": 530, "daily_screenings_on_van": 95, "radiographers_on_van": 2}),
    ("兩個問題：本院一名放射技師上個月做了 520 案；乳攝車那天 3 位放射師拍了 130 案。各有沒有超過？",
     {"monthly_screenings": 520, "daily_screenings_on_van": 130, "radiographers_on_van": 3}),
    ("乳攝車上 1 位放射師，今天拍了 45 案，有超過嗎？", {"daily_screenings_on_van": 45, "radiographers_on_van": 1}),
])
def test_one_radiographer_of_a_month_is_who_not_the_vans_head_count(engine, question, args):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", (a.route, a.missing)
    assert a.tool_calls[0].args == args


def test_a_count_then_its_value_asked_is_no_rough_figure(engine):
    # ("5 次幾分": five meetings, their credits asked — never "5-something")
    a = engine.answer("2025 年外科月會 5 次幾分？2026 年 3 次呢？", today=TODAY)
    assert a.route == "calculator", (a.route, a.missing)
    assert [x["count"] for x in a.tool_calls[0].args["activities"]] == [5, 3]
