"""A figure about the person's own case with a needed fact missing is a question back, never the clauses
(SPEC §3: routing by what is asked): a result that has come in without its figure, a sum where the rule
needs each year, a vague large count. A rule asked about with a count of the things it names stays the rule's."""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from tests.bot.conftest import TODAY


@pytest.mark.parametrize(("question", "tool"), [
    ("影像評估的成績出來了，我們機構抽選片平均會是幾等？", "hpa_image_grade"),
    ("外科證書這六年總共累積了 655 分，應該能展延吧？", "tsa_renewal_check"),
    ("外科证书六年积分合计 620 分，能不能展延？", "tsa_renewal_check"),
    ("上個月我拍了好幾百張，會不會超過每月上限？", "hpa_radiographer_volume"),
    ("the re-read results are back for our reader, will he have to stop reading?", "hpa_reread_action"),
])
def test_an_own_figure_with_a_fact_missing_is_asked_for(question, tool):
    decision = decide_calculation(Query(question, TODAY))
    assert decision is not None and decision.route == "clarify"
    assert decision.extraction.tool == tool


def test_an_english_sum_of_credits_is_asked_about_too():
    decision = decide_calculation(Query("My surgical CME over the six years adds up to 630 in total. Can I renew?", TODAY))
    assert decision is not None and decision.route == "clarify"


@pytest.mark.parametrize("question", [
    "放射師兩組自選片，評等看哪一組？",
    "六年總分有超過600，可是中間有一年掛零，這樣還能展延嗎？",
    "放射师继续教育学分不够，六个月内没补齐会怎样？",
])
def test_a_rule_asked_with_counts_of_what_it_names_is_the_rules(question):
    assert decide_calculation(Query(question, TODAY)) is None


def test_the_question_back_then_computes_with_the_reply(engine):
    from tests.bot.conftest import ask_and_reply

    first, final = ask_and_reply(engine, "外科證書這六年總共累積了 655 分，應該能展延吧？",
                                 "每年分別是 100、110、120、105、110、110")
    assert first.route == "clarify" and not first.tool_calls
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].name == "tsa_renewal_check"


@pytest.mark.parametrize("question", [
    "I did 510 screening mammograms in October by myself. Is that over the per-radiographer monthly limit?",
    "She shot 530 exams last month; is she above our per-tech monthly screening cap?",
])
def test_a_check_of_ones_own_figure_against_a_named_limit_is_a_calculation(question):
    decision = decide_calculation(Query(question, TODAY))
    assert decision is not None and decision.extraction.tool == "hpa_radiographer_volume"


@pytest.mark.parametrize("question", ["What is the per-radiographer monthly limit?",
                                      "Is there a daily per-van screening limit?"])
def test_the_limit_itself_is_the_rules(question):
    assert decide_calculation(Query(question, TODAY)) is None


@pytest.mark.parametrize(("question", "tool"), [
    ("抽選片 342、361 是幾等？", "hpa_image_grade"),
    ("抽选片 350、371 是几等？", "hpa_image_grade"),
    ("陽追：疑似陽性 201 例、完成 151 是扣多少？", "hpa_followup_deduction"),
])
def test_a_figure_ending_in_1_is_no_rate_for_one_unit(question, tool):
    """"361 是幾等" once read as "1 是幾" (the rule's rate for one unit) and went to the rules."""
    d = decide_calculation(Query(question, TODAY))
    assert d is not None and d.extraction.tool == tool
