"""Classes of phrasing the reader missed on the HPA mammography calculators (issue 9), each tested with new
wording (zh-TW, zh-CN, en), through the engine: the period a count is for, a person's fault as a human factor,
lists joined with "and", counts of other things, radiographers who have not passed the qualification review."""

from __future__ import annotations

import pytest

from tests.bot.conftest import TODAY


def _call(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    return a, a.tool_calls[0]


# ------------------------------------------------------------------ 1. a time frame says the count is monthly

@pytest.mark.parametrize(("question", "monthly"), [
    ("Our tech performed 515 screening mammograms in March — over the monthly limit?", 515),
    ("Last month one of our radiographers did 498 mammography exams. Is she under the cap?", 498),
    ("小陳上個月拍了 507 案，有超過上限嗎？", 507),
    ("一个月做了 502 例，这样超量吗？", 502),
    ("放射師阿美 7 月份做了 530 案，超過上限了嗎？", 530),
])
def test_a_named_month_or_last_month_makes_the_count_monthly(engine, question, monthly):
    a, call = _call(engine, question)
    assert call.name == "hpa_radiographer_volume"
    assert call.args == {"monthly_screenings": monthly}
    assert call.result["over_monthly_cap"] is (monthly > 500)


@pytest.mark.parametrize("question", [
    "Mobile van radiographer did 575 screenings last month. Over the cap? Spot review?",
    "乳攝車的放射師上個月做了 575 案，超過上限嗎？會被抽片嗎？",
])
def test_a_van_radiographers_month_is_no_head_count(engine, question):
    """"radiographer did 575 screenings": the noun after the number is what it counts, not the radiographers."""
    _, call = _call(engine, question)
    assert call.args == {"monthly_screenings": 575}
    assert call.result["van_spot_review"] is True


@pytest.mark.parametrize("question", [
    "The van carried 2 radiographers today and they examined 85 women. Over the daily limit?",
    "今天乳攝車上有 2 位放射師，總共拍了 85 位民眾，有超過每日上限嗎？",
])
def test_a_count_in_a_sentence_naming_one_period_only_is_that_periods(engine, question):
    _, call = _call(engine, question)
    assert call.args == {"daily_screenings_on_van": 85, "radiographers_on_van": 2}
    assert call.result["over_van_daily_cap"] is True


def test_a_count_with_no_period_is_still_asked(engine):
    a = engine.answer("乳攝車放射師做了 530 案，有超過嗎？", today=TODAY)
    assert a.route == "clarify" and not a.tool_calls


# ------------------------------------------------------------------ 2. a person's fault is a human factor

@pytest.mark.parametrize(("question", "human"), [
    ("QC field test: phantom 80, compression 92, dose 90. The phantom result was the radiographer's mistake "
     "(wrong positioning). What do we have to do?", True),
    ("QC: phantom 80, compression 92, dose 90. Not an operator error — the detector is worn out. What now?", False),
    ("QC: phantom 80, compression 92, dose 90. It was not the machine's fault, it was due to the technologist. "
     "Do we attend the QC meeting?", True),
    ("品管實測假體 80、壓迫 92、劑量 90，假體那項是操作失誤造成的，要做什麼？", True),
    ("品管实测假体 80、压迫 92、剂量 90，是设备老化造成的，要去讨论会吗？", False),
])
def test_a_persons_fault_or_the_machines_is_read_as_the_human_factor(engine, question, human):
    _, call = _call(engine, question)
    assert call.name == "hpa_qc_grade"
    assert call.args["human_factor"] is human


def test_the_qc_meeting_asked_about_with_no_cause_given_asks_for_it(engine):
    a = engine.answer("照野測試 80 分，負責醫師要去品管討論會嗎？", today=TODAY)
    assert a.route == "clarify" and not a.tool_calls
    assert any(m.startswith("human_factor") for m in a.missing)


def test_an_all_a_unit_is_not_asked_about_the_cause(engine):
    _, call = _call(engine, "品管測試劑量 90、假體 88、壓迫 91、照野 92、閱片 95，要去品管討論會嗎？")
    assert call.result["worst"] == "A"


# ------------------------------------------------------------------ 3. lists, other counts, unqualified radiographers

@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("Days worked by each of our radiographers in 2025: 300, 310 and 365. Screenings 15,200. Over?", [300, 310, 365], 15200),
    ("兩位放射師分別 300、250 天，全年篩了 9,000 案，有超量嗎？", [300, 250], 9000),
    ("三位放射师 365、200、180 天，全年筛检 12000 例，超量吗？", [365, 200, 180], 12000),
])
def test_a_list_sharing_one_unit_or_joined_with_and_is_read_whole(engine, question, days, screenings):
    _, call = _call(engine, question)
    assert call.name == "hpa_facility_volume"
    assert call.args == {"radiographer_work_days": days, "annual_screenings": screenings}


@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("我們醫院有 3 台乳攝儀、1 輛乳攝車、判讀醫師 8 位；放射師三位分別 365、300、250 天，全年篩檢 16,000 案，超量嗎？",
     [365, 300, 250], 16000),
    ("We run 4 units and 2 vans with 9 reading physicians. Radiographer work days: 365, 365 and 100. "
     "Annual screenings 14,000. Over the limit?", [365, 365, 100], 14000),
])
def test_counts_of_other_things_are_set_aside_not_sent_to_another_tool(engine, question, days, screenings):
    a, call = _call(engine, question)
    assert call.name == "hpa_facility_volume"
    assert call.args == {"radiographer_work_days": days, "annual_screenings": screenings}
    assert len(a.unused) >= 2  # shown as not used, with the reason


@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("放射師 3 位，其中 1 位尚未通過資格審查（做了 200 天）；另外兩位都 365 天。全年 13,000 案，超量嗎？", [365, 365], 13000),
    ("放射师 3 位：甲 365 天、乙 280 天；丙还没通过资格审查，做了 120 天。全年筛检 11000 例，超量多少？", [365, 280], 11000),
    ("Three radiographers: 365 and 330 days, plus one who has not passed the qualification review yet (200 days). "
     "12,500 screenings. Over?", [365, 330], 12500),
])
def test_a_radiographer_who_has_not_passed_the_review_is_left_out(engine, question, days, screenings):
    a, call = _call(engine, question)
    assert call.name == "hpa_facility_volume"
    assert call.args == {"radiographer_work_days": days, "annual_screenings": screenings}
    assert any("qualification review" in x or "資格審查" in x for x in a.assumptions)
    assert a.unused  # the left-out radiographer's days are shown as not used


def test_a_group_with_a_value_word_and_a_single_item_make_one_list(engine):
    _, call = _call(engine, "5 位放射師，4 位全年（365 天），1 位 9 月才到職，做了 100 天。全年 30000 案，超量多少？")
    assert call.args["radiographer_work_days"] == [365, 365, 365, 365, 100]


# ------------------------------------------------------------------ 4. a breakdown by category with its total

@pytest.mark.parametrize(("question", "positives", "completed"), [
    ("Suspected positives: category 0 40, category 3 25, category 4/5 15 — 80 altogether; 61 completed. Deduction?", 80, 61),
    ("疑似陽性 category 0 有 70、3 有 20、4 有 10，共 100 案；完成的 0 類 50、3 類 15、4 類 9，共 74 案。完成率多少？", 100, 74),
    ("疑似阳性 0 类 30、3 类 10、5 类 10，合计 50 例，完成 38 例，要扣款吗？", 50, 38),
])
def test_a_stated_total_after_a_category_breakdown_is_the_count(engine, question, positives, completed):
    a, call = _call(engine, question)
    assert call.name == "hpa_followup_deduction"
    assert call.args["suspected_positive_cases"] == positives and call.args["completed_cases"] == completed
    assert any("category" in x.lower() for x in a.assumptions)  # the category names are said to be names


# ------------------------------------------------------------------ 5. a bound is no value; a missing item is asked

@pytest.mark.parametrize("question", [
    "QC field test: phantom 79, compression 90, and dose, field alignment and reading system all over 85. Grades?",
    "品管實測假體 79、壓迫 90，劑量、照野、閱片都 86 分以上，幾等？",
])
def test_a_bound_in_the_top_grade_is_left_out_not_read_as_a_score(engine, question):
    a, call = _call(engine, question)
    assert call.args["scores"] == {"phantom_image": 79, "compression": 90}
    assert call.result["worst"] == "B"
    assert a.assumptions  # said so


@pytest.mark.parametrize("question", [
    "QC: dose 90, compression 88, field 91, reading 87, phantom under 80. Which grade?",
    "品管实测剂量 90、压迫 88、照野 91、阅片 87，假体低于 80 分，几等？",
    "追蹤完成率超過 70%，要扣多少？",
])
def test_a_bound_the_result_depends_on_is_never_read_as_a_figure(engine, question):
    """Asked, or (a bound with no fact of the person's own marked: routing) answered with the rule — never computed."""
    a = engine.answer(question, today=TODAY)
    assert a.route in ("clarify", "retrieval") and not a.tool_calls


@pytest.mark.parametrize(("question", "key"), [
    ("QC results: dose 90, phantom 84, compression 88, reading system 91; I don't have the field alignment score. Worst grade?",
     "field_alignment"),
    ("品管實測劑量 90、假體 84、壓迫 88、照野 91，閱片系統的分數還沒出來，最差幾等？", "reading_system"),
    ("品管实测剂量 90、压迫 88、照野 91、阅片 87，假体的分数我忘记了，几等？", "phantom_image"),
])
def test_an_item_the_person_lacks_is_asked_for_not_left_out(engine, question, key):
    a = engine.answer(question, today=TODAY)
    assert a.route == "clarify" and not a.tool_calls
    assert any(m.startswith(key) for m in a.missing)


def test_the_reply_with_the_missing_item_completes_the_grade(engine):
    from bot.answer import Conversation, Turn

    question = "品管實測劑量 90、假體 84、壓迫 88、照野 91，閱片系統的分數還沒出來，最差幾等？"
    first = engine.answer(question, today=TODAY)
    final = engine.answer("閱片系統 75 分", Conversation(turns=[Turn(question=question, answer=first)]), today=TODAY)
    assert final.route == "calculator"
    assert final.tool_calls[0].args["scores"] == {"dose_hvl_output_aec": 90, "phantom_image": 84, "compression": 88,
                                                  "field_alignment": 91, "reading_system": 75}
    assert final.tool_calls[0].result["worst"] == "C"


@pytest.mark.parametrize("question", [
    "我的品管實測假體低於 80 分，劑量 90、壓迫 88、照野 91、閱片 87，幾等？",
    "My unit: dose 90, compression 88, field 91, reading 87, phantom under 80. Which grade do we get?",
])
def test_a_bound_on_the_persons_own_item_is_asked_for_that_item(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "clarify" and not a.tool_calls
    assert any(m.startswith("phantom_image") for m in a.missing)


# ------------------------------------------------------------------ 6. several items, one calculation each

@pytest.mark.parametrize(("question", "calls"), [
    ("兩位判讀醫師：陳 陽性 45%／陰性 5%；林 陽性 52%／陰性 18%，各要怎麼處理？",
     [(45, 5), (52, 18)]),
    ("Re-read discrepancies for our readers — Dr X positive 35% / negative 22%, Dr Y positive 62% / negative 4%. "
     "What happens to each?", [(35, 22), (62, 4)]),
    ("三位医师复判差异：甲 阳性 41%/阴性 8%、乙 阳性 20%/阴性 4%、丙 阳性 58%/阴性 9%，各自要怎么处理？",
     [(41, 8), (20, 4), (58, 9)]),
    # the head count 三位 is set aside by the reader: it binds nothing (not the 3 of 陰性 3%)
    ("三位医师复判差异：甲 阳性 41%/阴性 8%、乙 阳性 20%/阴性 3%、丙 阳性 58%/阴性 9%，各自要怎么处理？",
     [(41, 8), (20, 3), (58, 9)]),
])
def test_several_readers_get_one_calculation_each(engine, question, calls):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    got = [(c.args["positive_discrepancy_pct"], c.args["negative_discrepancy_pct"]) for c in a.tool_calls]
    assert got == calls
    assert all(c.name == "hpa_reread_action" for c in a.tool_calls)


@pytest.mark.parametrize(("question", "counts"), [
    ("四位放射師九月分別拍了 470、501、499、530 案，誰超過上限？", [470, 501, 499, 530]),
    ("Our two radiographers did 480 and 515 screenings last month. Is either over the monthly cap?", [480, 515]),
])
def test_several_radiographers_months_are_each_checked_and_the_head_count_is_no_count(engine, question, counts):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert [c.args for c in a.tool_calls] == [{"monthly_screenings": n} for n in counts]
    assert [c.result["over_monthly_cap"] for c in a.tool_calls] == [n > 500 for n in counts]


@pytest.mark.parametrize(("question", "categories", "day"), [
    ("2026/3/2 同一天篩檢的兩位個案，一位 category 0，一位 category 4，各自最晚何時要完成？", [0, 4], "2026-03-02"),
    ("115/6/1 同一天篩了三位：一位 category 3、一位 0、一位 5，各自期限？", [3, 0, 5], "2026-06-01"),
])
def test_several_cases_screened_the_same_day_share_the_date(engine, question, categories, day):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert [(c.args["category"], c.args["screening_date"]) for c in a.tool_calls] == [(k, day) for k in categories]


def test_figures_that_do_not_pair_up_are_asked_never_one_taken(engine):
    a = engine.answer("兩位醫師複判差異：陽性 45%、52%，陰性 5%，各要怎麼處理？", today=TODAY)
    assert a.route == "clarify" and not a.tool_calls


# ------------------------------------------------------------------ neighbours of the classes above

def test_both_our_radiographers_is_two_items(engine):
    _, call = _call(engine, "Both of our radiographers worked all 300 days in 2025 and we did 11,000 screenings. Over the limit?")
    assert call.args == {"radiographer_work_days": [300, 300], "annual_screenings": 11000}


def test_a_deduction_asked_as_money_asks_for_the_subsidy(engine):
    a = engine.answer("追蹤完成率 62%，會被扣多少錢？", today=TODAY)
    assert a.route == "clarify" and not a.tool_calls
    assert any(m.startswith("annual_subsidy") for m in a.missing)


def test_a_count_of_suspected_positives_on_the_van_goes_to_the_deduction(engine):
    a = engine.answer("巡迴車今年疑似陽性 210 案，會被扣款嗎？", today=TODAY)
    assert a.route == "clarify"
    assert a.pending_call is not None and a.pending_call.name == "hpa_followup_deduction"


def test_a_month_named_right_before_one_month_is_the_monthly_count(engine):
    _, call = _call(engine, "阿玲 8 月一個月就拍了 515 案，有超過上限嗎？")
    assert call.args == {"monthly_screenings": 515}


def test_a_reply_labelled_with_the_missing_sets_completes_a_facility_grade(engine):
    from bot.answer import Conversation, Turn

    question = "兩位放射師自選片，非緻密型最高 361，緻密型分數還沒出來，機構自選片幾等？"
    first = engine.answer(question, today=TODAY)
    assert first.route == "clarify" and not first.tool_calls
    final = engine.answer("緻密型兩位分別 345、352", Conversation(turns=[Turn(question=question, answer=first)]), today=TODAY)
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].args["scores"] == {"non_dense": [361], "dense": [345, 352]}
    assert final.tool_calls[0].result["score_used"] == 352


@pytest.mark.parametrize("question", [
    "兩台乳攝儀：A 機 劑量 88、假體 80、壓迫 90、照野 86、閱片 92；B 機 劑量 90、假體 75、壓迫 91、照野 87、閱片 89。各幾等？",
    "Room 1: dose 88, phantom 80, compression 90, field 86, reading 92. Room 2: dose 90, phantom 75, compression 91, "
    "field 87, reading 89. Grades for each unit?",
])
def test_several_units_are_each_graded_on_their_own(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert [c.args["scores"]["phantom_image"] for c in a.tool_calls] == [80, 75]
    assert [c.result["worst"] for c in a.tool_calls] == ["B", "C"]


def test_one_item_said_twice_is_no_second_unit(engine):
    """Two scores of the same item (own station, the partner hospital's) are not two units: asked, never split."""
    a = engine.answer("自己的閱片螢幕實測 72 分，但影像送外院判讀，外院閱片螢幕 90 分；劑量 88、假體 86、壓迫 87、照野 85，幾等？",
                      today=TODAY)
    assert not any(c.args["scores"] == {"reading_system": 72} for c in a.tool_calls)
    assert a.route == "clarify" and not a.tool_calls
