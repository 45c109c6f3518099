"""Classes of the fourth blind round's mammography (HPA) questions, each tested with wording of its own
(zh-TW, zh-CN, en): the rule's own line or measure asked about, numerals before a bracket, categories listed in
brackets, the cases to follow up however named, a lost count with the rest completed, a list after the year it is
for, a self-selected and a sampled evaluation in one message, a vague duration of one radiographer, and the
deduction's percentage given while its amount waits for the subsidy."""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from tests.bot.conftest import TODAY
from tests.bot.conftest import ask_and_reply as _ask


# --- the rule's own line or measure, asked about, is no fact of the person's case ---------------------------------

@pytest.mark.parametrize(("question", "grade"), [
    ("自選片非緻密 335、緻密 350，需不需要去上 40 小時的乳攝訓練？", "C"),
    ("放射师自选片非致密 330、致密 342，是否必须参加 40 小时训练？", "C"),
    ("My self-selected sets scored 338 (non-dense) and 352 (dense). Do I have to do the 40-hour training?", "C"),
])
def test_a_measure_of_the_rule_asked_about_is_the_rules_figure(engine, question, grade):
    a = _ask(engine, question)
    assert a.route == "calculator" and a.tool_calls[0].name == "hpa_image_grade"
    assert a.tool_calls[0].result["grade"] == grade
    assert any(r.fact == "the rule's line the question asks about" and r.value == 40 for r in a.reading)


@pytest.mark.parametrize("question", [
    "品管實地測試：劑量 88、假體 86、壓迫 90、照野 91、閱片 87，五項都在 85 分以上嗎？",
    "实地测试剂量 92、假体 87、压迫 89、照野 90、阅片 86，是不是都 85 分以上？",
    "QC field test: dose 92, phantom 88, compression 90, field 86, reading 89 - are all 5 items at least 85?",
])
def test_the_rules_band_floor_asked_about_is_no_score(engine, question):
    a = _ask(engine, question)
    assert a.route == "calculator" and a.tool_calls[0].name == "hpa_qc_grade"
    assert a.tool_calls[0].result["worst"] == "A"
    assert len(a.tool_calls[0].args["scores"]) == 5


@pytest.mark.parametrize(("question", "excess"), [
    ("兩位放射師工作天數 365、200 天，年篩 10000 案，有沒有超過合理量 10% 以上？", 0),
    ("Days worked 365 and 240 for our two radiographers, 11,000 screenings a year. Did we go above the 10% margin?", 61),
])
def test_the_rules_ten_percent_line_asked_about_is_the_rules(engine, question, excess):
    a = _ask(engine, question)
    assert a.route == "calculator" and a.tool_calls[0].name == "hpa_facility_volume"
    assert a.tool_calls[0].result["excess_cases"] == excess


def test_a_figure_in_a_question_that_no_cited_clause_states_is_still_asked(engine):
    """Only the cited rule's own figure is the rule's: "30 小時" is no figure of 2.1.2.2.2, so it is asked about."""
    a = _ask(engine, "自選片非緻密 335、緻密 350，要不要參加 30 小時培訓？")
    assert a.route == "clarify" and not a.tool_calls
    assert any(m.startswith("unread:") for m in a.missing)


# --- numerals before a bracket or a question mark ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "digits"), [
    ("閱片八十八（新螢幕）", "閱片88"),
    ("压迫九十二(上个月)", "壓迫92"),
    ("假體分數七十六？", "假體分數76"),
])
def test_a_bare_numeral_before_a_bracket_or_question_mark_is_a_number(text, digits):
    assert digits in Query(text, TODAY).text


# --- categories in brackets are names; the cases to follow up however named -------------------------------------

@pytest.mark.parametrize(("question", "args", "pct"), [
    ("今年疑似陽性（0、3、4、5 類）一共 240 案，追蹤完成 180 案，補助 120 萬，扣款多少？",
     {"suspected_positive_cases": 240, "completed_cases": 180, "annual_subsidy": 1200000}, 0),
    ("去年疑似阳性(0/3/4/5)共 300 例，完成追踪 200 例，补助 500 万，扣多少钱？",
     {"suspected_positive_cases": 300, "completed_cases": 200, "annual_subsidy": 5000000}, 10),
    ("Suspected positives (0, 3, 4, 5) were 120 this year and 84 completed follow-up; subsidy NT$900,000. Deduction?",
     {"suspected_positive_cases": 120, "completed_cases": 84, "annual_subsidy": 900000}, 5),
])
def test_categories_listed_in_brackets_are_names_not_counts(engine, question, args, pct):
    a = _ask(engine, question)
    assert a.route == "calculator" and a.tool_calls[0].args == args
    assert a.tool_calls[0].result["deduction_pct"] == pct


@pytest.mark.parametrize(("question", "args", "amount"), [
    ("陽性的個案有 160 案，完成追蹤 120 案，補助 80 萬，扣多少錢？",
     {"suspected_positive_cases": 160, "completed_cases": 120, "annual_subsidy": 800000}, 0),
    ("需追踪的个案 250 例，已完成追踪 160 例，补助 200 万，要扣多少？",
     {"suspected_positive_cases": 250, "completed_cases": 160, "annual_subsidy": 2000000}, 300000),
    ("We had 200 abnormal results last year and 118 completed follow-up. Subsidy NT$3,000,000 - deduction?",
     {"suspected_positive_cases": 200, "completed_cases": 118, "annual_subsidy": 3000000}, 600000),
])
def test_the_cases_to_follow_up_are_read_however_named(engine, question, args, amount):
    a = _ask(engine, question)
    assert a.route == "calculator" and a.tool_calls[0].args == args
    assert a.tool_calls[0].result["deduction_amount"] == amount


# --- a lost count with the rest completed ---------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "completed", "pct"), [
    ("待追蹤個案 120 位，其中 10 位拒絕回診，其餘都已完成追蹤，補助 100 萬，扣款？", 110, 0),
    ("阳性待追踪 80 例，有 25 例失联，其余都完成了，补助 60 万，扣多少？", 55, 10),
    ("150 suspected positives; 40 were lost to follow-up and the rest completed. Subsidy NT$1,000,000. How much is deducted?",
     110, 5),
])
def test_a_lost_count_with_the_rest_completed_gives_the_completed_count(engine, question, completed, pct):
    a = _ask(engine, question)
    assert a.route == "calculator"
    assert a.tool_calls[0].args["completed_cases"] == completed
    assert a.tool_calls[0].result["deduction_pct"] == pct
    assert any("−" in x for x in a.assumptions)  # the subtraction is said


@pytest.mark.parametrize("question", [
    "待追蹤個案 120 位，其中 10 位拒絕回診，補助 100 萬，扣款？",
    "150 suspected positives; 40 were lost to follow-up. Subsidy NT$1,000,000. How much is deducted?",
])
def test_a_lost_count_alone_never_makes_the_rest_completed(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify" and not a.tool_calls


# --- a list after the year it is for, a head count named as techs ------------------------------------------------

@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("Four techs; days worked last year 365, 365, 300 and 120. 20,000 screenings - are we over?", [365, 365, 300, 120], 20000),
    ("放射師工作天數今年 365、300、250，年篩 15000 案，超量嗎？", [365, 300, 250], 15000),
    ("3 位放射技师，工作天数去年分别 365、300、200，年筛 14000 案，超量吗？", [365, 300, 200], 14000),
])
def test_a_list_after_the_year_it_is_for_is_read_whole(engine, question, days, screenings):
    a = _ask(engine, question)
    assert a.route == "calculator" and a.tool_calls[0].name == "hpa_facility_volume"
    assert a.tool_calls[0].args == {"radiographer_work_days": days, "annual_screenings": screenings}


def test_techs_said_are_checked_against_the_days_read(engine):
    a = _ask(engine, "Three techs, days worked this year 365 and 200. 9,000 screenings - over?")
    assert a.route == "clarify" and not a.tool_calls
    assert any(m.startswith("radiographer_work_days") for m in a.missing)


# --- a self-selected and a sampled evaluation in one message: one call each -----------------------------------------

@pytest.mark.parametrize(("question", "grades"), [
    ("My self-selected sets: non-dense 345, dense 362. My sampled sets were 330 and 338. Grades?", ["B", "C"]),
    ("自選片：非緻密 352、緻密 365。抽選片三組是 340、350、371。各是幾等？", ["B", "B"]),
    ("自选片非致密 361、致密 370。抽选片 320、330。分别几等？", ["A", "C"]),
])
def test_a_self_selected_and_a_sampled_evaluation_are_one_call_each(engine, question, grades):
    a = _ask(engine, question)
    assert a.route == "calculator"
    assert [c.args["kind"] for c in a.tool_calls] == ["self_selected", "sampled"]
    assert [c.result["grade"] for c in a.tool_calls] == grades
    assert len(a.parts) == 2


def test_both_evaluations_named_in_one_sentence_are_asked_which(engine):
    a = _ask(engine, "自選片和抽選片分數 350、360，幾等？")
    assert a.route == "clarify" and not a.tool_calls


# --- a vague duration of one radiographer is asked by the list's own question -------------------------------------

@pytest.mark.parametrize(("question", "reply", "days"), [
    ("兩位放射師，一位全年，一位做了幾個月就走了，年篩 9000 案，超量嗎？", "走的那位 120 天", [365, 120]),
    ("Two radiographers: one worked all year, the other left after a few months. 9,000 screenings. Over the limit?",
     "the one who left worked 120 days", [365, 120]),
])
def test_a_vague_duration_of_one_radiographer_is_asked_as_their_days(engine, question, reply, days):
    first, final = _ask(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert not any(m.startswith("vague:") for m in first.missing)  # the list's question, never "幾個月 → N 個月"
    assert final.route == "calculator" and final.tool_calls[0].args["radiographer_work_days"] == days


# --- the deduction's percentage given while the subsidy for its amount is asked -----------------------------------
# (asked as money — 多少錢, "how many dollars"; a cut asked with the rate alone is answered as the band's share of the
# subsidy: tests/bot/test_routing_round26.py)

@pytest.mark.parametrize(("question", "pct", "reply", "amount"), [
    ("追蹤完成率 62%，補助會被扣掉多少錢？", "15%", "補助 200 萬", 300000),
    ("追踪完成率 71%，补助会被扣多少钱？", "5%", "补助 300 万元", 150000),
    ("Completion rate was 58%. How many dollars of the subsidy will we lose?", "20%", "NT$1,500,000", 300000),
])
def test_the_percentage_is_given_and_the_subsidy_asked_for_the_amount(engine, question, pct, reply, amount):
    first, final = _ask(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls  # no amount from a default subsidy
    assert any(m.startswith("annual_subsidy") for m in first.missing)
    assert pct in first.answer.split("\n")[0]
    assert final.route == "calculator" and final.tool_calls[0].result["deduction_amount"] == amount


def test_a_deduction_asked_as_a_percentage_needs_no_subsidy(engine):
    a = _ask(engine, "追蹤完成率 72%，補助扣幾%？")
    assert a.route == "calculator" and a.tool_calls[0].result["deduction_pct"] == 5


# --- "N 個人" on the van: a head count in Chinese numerals ---------------------------------------------------------

@pytest.mark.parametrize(("question", "people", "over"), [
    ("乳攝車今天兩個人拍了 75 案，有超過每日上限嗎？", 2, False),
    ("乳摄车三个人一天筛了 130 案，超了吗？", 3, True),
])
def test_people_counted_in_chinese_numerals_are_the_vans_radiographers(engine, question, people, over):
    a = _ask(engine, question)
    assert a.route == "calculator" and a.tool_calls[0].args["radiographers_on_van"] == people
    assert a.tool_calls[0].result["over_van_daily_cap"] is over


# --- English: the words a facility uses for its own figures --------------------------------------------------------

@pytest.mark.parametrize(("question", "tool", "args"), [
    ("Our hospital had 240 suspected positive cases and 170 of them completed the workup. What's the penalty?",
     "hpa_followup_deduction", {"suspected_positive_cases": 240, "completed_cases": 170}),
    ("We recalled 300 women last year; 210 finished their diagnostic follow-up. Annual subsidy 2.4 million NT dollars. "
     "How much is withheld?", "hpa_followup_deduction",
     {"suspected_positive_cases": 300, "completed_cases": 210, "annual_subsidy": 2400000}),
    ("Two technologists worked 365 and 300 days; we did 13,500 mammograms in 2025. Are we above the reasonable volume?",
     "hpa_facility_volume", {"radiographer_work_days": [365, 300], "annual_screenings": 13500}),
    ("The mobile unit screened 95 women today with two techs aboard. Over the daily limit?",
     "hpa_radiographer_volume", {"daily_screenings_on_van": 95, "radiographers_on_van": 2}),
])
def test_english_words_for_a_facilitys_own_figures(engine, question, tool, args):
    a = _ask(engine, question)
    assert a.route == "calculator" and a.tool_calls[0].name == tool and a.tool_calls[0].args == args


@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("We have 2 radiographers, both full-time all year, and did 14,000 screenings. Excess?", [365, 365], 14000),
    ("兩位放射師，都是整年全職，年篩 13000 案，超量嗎？", [365, 365], 13000),
    ("两位放射师，都是全年，年筛 12500 案，超量吗？", [365, 365], 12500),
    ("Radiographers' days in 2025: 365, 300 and 200. Annual screenings 15,000 - over?", [365, 300, 200], 15000),
])
def test_a_group_with_a_value_word_after_a_comma_and_a_days_heading(engine, question, days, screenings):
    a = _ask(engine, question)
    assert a.route == "calculator" and a.tool_calls[0].name == "hpa_facility_volume"
    assert a.tool_calls[0].args == {"radiographer_work_days": days, "annual_screenings": screenings}


@pytest.mark.parametrize("text", ["Cat 4 case screened Sept 2, 2026", "Category 4, screened on 2 Sept 2026"])
def test_sept_is_september(engine, text):
    a = _ask(engine, f"{text}. When must the diagnosis be confirmed?")
    assert a.route == "calculator" and a.tool_calls[0].args == {"category": 4, "screening_date": "2026-09-02"}


@pytest.mark.parametrize("question", [
    "壓迫 85 分以上、假體 80，其他都 90，幾等？",
    "压迫 85 分以上，假体 79，其余都是 92，几等？",
    "Compression was 85 or above, phantom 79, the rest 91. Grades?",
])
def test_an_item_said_only_as_a_top_band_bound_is_no_rest_item(engine, question):
    """The bound leaves the item out (it cannot change the result); "the rest" never gives it a score it was not said to have."""
    a = _ask(engine, question)
    assert a.route == "calculator"
    assert "compression" not in a.tool_calls[0].args["scores"]
    assert a.tool_calls[0].result["worst"] == "B"


@pytest.mark.parametrize(("text", "pct"), [("追蹤完成率七成", "70%"), ("完成率六成五", "65%"), ("completion 7 成", "70%")])
def test_tenths_are_a_percentage(text, pct):
    assert pct in Query(text, TODAY).text


@pytest.mark.parametrize("text", ["一成不變", "完成了", "成本", "三成員"])
def test_words_with_cheng_stay_words(text):
    assert "%" not in Query(text, TODAY).text


@pytest.mark.parametrize(("question", "score"), [
    ("抽選片 4 組平均 338，要上 40 小時課嗎？", 338),
    ("抽选片 3 组的平均是 352，几等？", 352),
    ("Her sampled sets averaged 341 over 3 sets. Grade?", 341),
])
def test_how_many_sets_an_average_is_of_is_no_score(engine, question, score):
    a = _ask(engine, question)
    assert a.route == "calculator" and a.tool_calls[0].args["scores"] == [score]
    assert a.tool_calls[0].args["kind"] == "sampled"


@pytest.mark.parametrize(("question", "days"), [
    ("去年是閏年，兩位放射師都是全年 366 天，篩了 12,000 案，超量嗎？", [366, 366]),
    ("只有一位放射技师，全年 366 天都上班，筛了 6,900 案，超量吗？", [366]),
    ("We have 2 radiographers, both full-time all year (366 days, leap year), and did 14,000 screenings. Excess?", [366, 366]),
])
def test_days_written_after_a_whole_year_word_are_the_days(engine, question, days):
    """A figure written beats the word's reading ("全年" is 365 unless the days are said)."""
    a = _ask(engine, question)
    assert a.route == "calculator" and a.tool_calls[0].args["radiographer_work_days"] == days


@pytest.mark.parametrize("question", [
    "抽選片 4 組平均幾等？前 3 組是 350、362、371",
    "Sampled: 5 sets, average grade? Scores so far 340, 352, 366 and 371.",
])
def test_more_sets_said_than_scores_given_is_asked(engine, question):
    """A count of sets is how many an average is of only beside the average itself; with fewer scores than sets the
    missing one is asked for, never the average of those given."""
    a = _ask(engine, question)
    assert a.route == "clarify" and not a.tool_calls
