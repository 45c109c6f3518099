"""Calculation, question back or rules answer (SPEC §3, issues 9 and 10): classes of the fourth blind round.

A result the person reports ("came back at", "結果是", "测出来", "每年都正好 N 分"), the techniques of one
domain counted in 台, a facility's sets listed with how many there are, and a total asked for activities
without numbers are the person's own case; a deadline the calculator read does not give is the rule's.
Wordings are our own (zh-TW, zh-CN, en), not the eval questions.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from tests.bot.conftest import TODAY


def decide(question: str) -> tuple[str, str | None, dict]:
    d = decide_calculation(Query(question, TODAY))
    if d is None:
        return "retrieval-or-out", None, {}
    return d.route, d.extraction.tool, dict(d.extraction.args)


@pytest.mark.parametrize(("question", "route", "args"), [
    # a figure reported as the result of one's own review, asked "must … stop?" (a rule cue beside it)
    ("Suspected-positive re-read discrepancy came back at 64%. Must our reader stop reading?", "calculator",
     {"positive_discrepancy_pct": 64}),
    ("陽性個案複判差異結果是 63%，醫師要停止判讀嗎？", "calculator", {"positive_discrepancy_pct": 63}),
    ("阴性复判差异测出来 23%，医师是不是必须停止判读？", "calculator", {"negative_discrepancy_pct": 23}),
    # one rate given, and whether reading is suspended turns on the previous review: asked, not quoted
    ("Our reader's negative re-read discrepancy was 18%. Does she have to stop reading?", "clarify",
     {"negative_discrepancy_pct": 18}),
    ("quick q: reader's pos re-read 47%, neg 6% - what now?", "calculator",
     {"positive_discrepancy_pct": 47, "negative_discrepancy_pct": 6}),
])
def test_a_reported_result_is_the_persons_own_case(question, route, args):
    got_route, tool, got = decide(question)
    assert (got_route, tool) == (route, "hpa_reread_action")
    assert {k: got.get(k) for k in args} == args


@pytest.mark.parametrize("question", [
    "陽性複判差異超過 60% 要停止判讀嗎？",  # the rule's threshold
    "What grade does a self-selected score of 345 get?",  # a hypothetical score
    "Reader's positive discrepancy is 52%. By when must she attend the seminar?",  # a deadline no calculator gives
    "陽性複判差異是 55%，最晚什麼時候要去參加判片座談會？",
])
def test_the_rules_threshold_hypothesis_or_deadline_stays_a_rules_question(question):
    assert decide(question)[0] == "retrieval-or-out"


def test_a_deadline_that_a_calculator_computes_is_still_computed():
    assert decide("Category 3 case screened 2026-10-01 — by when is the diagnosis due?")[:2] == (
        "calculator", "hpa_followup_deadline")


@pytest.mark.parametrize(("question", "yearly"), [
    ("六年來每一年都正好 100 分，證書可以延期嗎", 100),
    ("外科专科证书每年都拿到九十分，六年下来能不能延期？", 90),
    ("My CME came out at exactly 100 every single year for the six years — can I extend my surgical certificate?", 100),
])
def test_the_same_figure_every_year_is_six_yearly_totals(question, yearly):
    route, tool, args = decide(question)
    assert (route, tool) == ("calculator", "tsa_renewal_check")
    assert args["yearly_credits"] == [yearly] * 6


@pytest.mark.parametrize(("question", "domain", "cases"), [
    ("消融這塊 RFA 120 台、微波 70 台，專科 9 年，可以申請嗎", "ablation", 190),
    ("肿瘤栓塞：TACE 做了 200 台，Y90 放射栓塞 60 台，放射专科 10 年，够不够申请指导老师？", "tumor_embolization", 260),
    ("Tumour embolization: 210 TACE and 45 TARE, board-certified 9 years. How many more cases do I need?",
     "tumor_embolization", 255),
])
def test_techniques_of_one_domain_counted_in_tai_add_up(question, domain, cases):
    route, tool, args = decide(question)
    assert (route, tool) == ("calculator", "tsir_instructor_eligibility")
    assert (args["domain"], args["cases_last_6_years"]) == (domain, cases)


@pytest.mark.parametrize(("question", "scores"), [
    ("機構自選片：非緻密型兩組 357、344，緻密型只有一組 369，機構幾等？", {"non_dense": [357, 344], "dense": [369]}),
    ("医院自选片：非致密型两组 355、348；致密型一组 362，机构几等？", {"non_dense": [355, 348], "dense": [362]}),
    ("Facility self-selected: non-dense two sets 350 and 366, dense one set 358. What grade?",
     {"non_dense": [350, 366], "dense": [358]}),
])
def test_how_many_sets_is_no_score(question, scores):
    route, tool, args = decide(question)
    assert (route, tool) == ("calculator", "hpa_image_grade")
    assert args["scores"] == scores


@pytest.mark.parametrize("question", [
    "TSA annual meeting: I attended, and I'm the third author on a poster there, not the presenter. Total credits?",
    "I gave no talk; I was 5th author on an oral paper at the TSA annual meeting, which I attended. Credits altogether?",
])
def test_a_total_of_activities_without_numbers_is_computed_with_the_role_read(question):
    route, tool, args = decide(question)
    assert (route, tool) == ("calculator", "tsa_credit_tally")
    kinds = sorted((a["kind"], a.get("role")) for a in args["activities"])
    assert kinds == [("presentation", "other"), ("tsa_annual_meeting", None)]


@pytest.mark.parametrize(("question", "months"), [
    ("我去年出國到日本的癌研有明醫院進修三個月，外科學會算幾分？", 3),
    ("出国去梅奥诊所进修了两个月，外科学分有几分？", 2),
    ("I went overseas to Memorial Sloan Kettering for a fellowship of 4 months; how many surgical credits?", 4),
])
def test_training_abroad_named_by_where_it_was(question, months):
    route, tool, args = decide(question)
    assert (route, tool) == ("calculator", "tsa_credit_tally")
    assert [(a["kind"], a["months"]) for a in args["activities"]] == [("training_abroad", months)]


def test_the_figures_reported_are_computed_end_to_end(engine):
    answer = engine.answer("陽性個案複判差異結果是 63%，醫師要停止判讀嗎？", today=TODAY)
    assert answer.route == "calculator"
    assert answer.tool_calls[0].result["tier"] == "stop"
    answer = engine.answer("TSA annual meeting: I attended, and I'm the third author on a poster there, not the presenter. "
                           "Total credits?", today=TODAY)
    assert answer.route == "calculator" and answer.tool_calls[0].result["total"] == 60


@pytest.mark.parametrize("question", [
    "My re-read discrepancy came out way too high this time; will I be suspended?",
    "陳醫師的複判差異結果出來很高，會被停權嗎？",
    "王医师的复判差异结果很高，是不是要停止判读？",
])
def test_a_result_reported_without_its_figure_asks_for_it(question):
    route, tool, args = decide(question)
    assert (route, tool, args) == ("clarify", "hpa_reread_action", {})


@pytest.mark.parametrize("question", [
    "复判差异太高会怎样？",
    "What happens if the re-read discrepancy is too high?",
])
def test_too_high_in_general_asks_the_rule(question):
    assert decide(question)[0] == "retrieval-or-out"


@pytest.mark.parametrize("question", [
    "我明年要跟駐外醫療團出去兩年，回來換證的積分要求可以少多少？",
    "跟医疗团驻外一年半，展延要求的学分能减少多少？",
    "If I spend 18 months on an overseas medical mission, by how much is my renewal requirement reduced?",
])
def test_how_much_a_mission_lowers_the_requirement_asks_the_rule(question):
    assert decide(question)[0] == "retrieval-or-out"


def test_a_renewal_check_with_a_mission_is_still_computed():
    route, tool, args = decide("駐外醫療團 12 個月，六年積分 100、90、80、100、95、85，夠不夠展延？")
    assert (route, tool, args["overseas_mission_months"]) == ("calculator", "tsa_renewal_check", 12)


@pytest.mark.parametrize(("question", "rate"), [
    ("How many dollars do we lose now that the completion rate is 66%?", 66),
    ("追蹤完成率 71%，會被扣掉多少錢？", 71),
    ("追踪完成率 64%，扣款金额是多少？", 64),
])
def test_an_amount_of_money_asked_with_only_the_rate_asks_for_the_subsidy(question, rate):
    d = decide_calculation(Query(question, TODAY))
    assert d is not None and d.route == "clarify" and d.extraction.tool == "hpa_followup_deduction"
    assert d.extraction.args["completion_rate_pct"] == rate
    assert [n.key for n in d.extraction.needs] == ["annual_subsidy"]
