"""HPA classes of the twenty-second round (reader, HPA vocabulary) — each tested with wordings of its own (zh-TW, zh-CN,
en), never the bank's sentence. Confidently wrong first: a month named by its number ("10 月才來") was read as a
radiographer's work days, and a yes/no fact said both ways of two readers ("A first time … B already told last review")
went to the wrong reader."""

from __future__ import annotations

import pytest
from tests.bot.conftest import calculator_calls as _calls


# --- 1. a month of the year named by its number is when, never a count (of days or anything else) ----------------------

@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("兩位放射師：一位整年 365 天，另一位 7月份才到職，實際上班 150 天；年篩檢量 8000，有超量嗎？", [365, 150], 8000),
    ("技师甲全年 365 天，技师乙 11 月来的，做了 40 天，今年筛了 6800 例，超量没有？", [365, 40], 6800),
    ("放射師三位：365、365 天，還有一位 4 月底離職只做了 110 天，全年篩 14000 例，會被扣嗎？", [365, 365, 110], 14000),
])
def test_a_month_named_by_its_number_is_no_work_days(ask, question, days, screenings):
    calls = _calls(ask(question))
    assert calls and calls[0][0] == "hpa_facility_volume", calls
    assert sorted(calls[0][1]["radiographer_work_days"]) == sorted(days), calls
    assert calls[0][1]["annual_screenings"] == screenings, calls


def test_a_count_of_months_is_still_a_count():
    # 個月 is a count of months, 月 after a number 1-12 alone the month: the reader tells them apart
    from bot.parsing.text import Query
    from bot.reader.mentions import numbers
    got = {n.text: n.unit for n in numbers(Query("派駐 10 個月，另一位 3 月到職，月會 2 次"))}
    assert got.get("10 個月") == "個月", got
    assert got.get("3") == "calendar_month", got


# --- 2. a yes/no fact said both ways of two readers: each way is the reader it is written in ---------------------------

@pytest.mark.parametrize(("question", "first", "second"), [
    ("兩位判讀醫師：王醫師 陽性 45% 陰性 9%，第一次被抽到；陳醫師 陽性 55% 陰性 5%，但她前次審查已被要求參加座談會。各自結果？",
     (False, "recommended"), (True, "stop_and_suspend")),
    ("两位判读医师：李医师 阳性 52% 阴性 3%，上次审查已被要求参加座谈会；张医师 阳性 47% 阴性 10%，第一次。分别怎么处理？",
     (True, "stop_and_suspend"), (False, "recommended")),
    ("Re-read discrepancy for two readers — Dr X: pos 44% neg 8%, first time. Dr Y: pos 53% neg 2%, "
     "Y was already told last review to attend the seminar. Results?", (False, "recommended"), (True, "stop_and_suspend")),
    ("Dr Lin pos 57% neg 3% discrepancy, she was told at the last review to attend the seminar; "
     "Dr Wu pos 44% neg 16% discrepancy, never required before. What happens to each?",
     (True, "stop_and_suspend"), (False, "required")),
])
def test_a_fact_said_both_ways_goes_to_the_reader_it_is_written_in(ask, question, first, second):
    a = ask(question)
    calls = _calls(a)
    assert [n for n, _ in calls] == ["hpa_reread_action"] * 2, calls
    got = [(c.args.get("previously_required"), c.result["tier"]) for c in a.tool_calls]
    assert got == [first, second], got


def test_a_fact_said_both_ways_of_no_reader_in_particular_is_asked(ask):
    # both ways, neither said within one reader's words: asked, never one way picked for both
    a = ask("兩位判讀醫師：陽性 56% 陰性 4%、陽性 58% 陰性 3%。有人說上次已被要求參加座談會，也有人說是第一次。會停權嗎？")
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:300])


# --- 3. a bound said of the other items, their own figures listed in brackets right after it, is their summary --------

@pytest.mark.parametrize(("question", "scores"), [
    ("壓迫只有 72 分，其余都 85 分以上（剂量 88、假体 85、照野 90、阅片 86），评等？",
     {"dose_hvl_output_aec": 88, "phantom_image": 85, "compression": 72, "field_alignment": 90, "reading_system": 86}),
    ("Compression came in at 71; everything else 85 or above (dose 85, phantom 88, field 92, reading 90). Grade?",
     {"dose_hvl_output_aec": 85, "phantom_image": 88, "compression": 71, "field_alignment": 92, "reading_system": 90}),
    ("閱片系統 66 分，其他項目都八十以上（劑量 80、假體 84、壓迫 91、照野 88），這台還能用嗎",
     {"dose_hvl_output_aec": 80, "phantom_image": 84, "compression": 91, "field_alignment": 88, "reading_system": 66}),
])
def test_a_bound_over_the_bracketed_items_is_no_figure(ask, question, scores):
    calls = _calls(ask(question))
    assert calls == [("hpa_qc_grade", {"scores": scores})], calls


# --- 4. the hospital said as 院裡 / 院内 is the facility; a QC field test question is never a surgical CME tally ---------

@pytest.mark.parametrize(("question", "subject"), [
    ("院里抽选片三组 350、362、341，平均下来评几等？", "facility"),
    ("院內這次抽選片四組 352、347、361、344，機構評幾等？", "facility"),
    ("院內放射師小王的抽選片 3 組 355、349、360，她評幾等？", "radiographer"),
])
def test_the_hospital_said_as_in_the_hospital_is_the_facility(ask, question, subject):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_image_grade" and calls[0][1]["subject"] == subject, calls


@pytest.mark.parametrize(("question", "reply", "worst"), [
    ("實地測試我們有幾項都七十幾分，這樣算哪一等？要不要上品管討論會", "假體 76、壓迫 90", "C"),
    ("實地測試我們幾項都八十幾分，算幾等？需要去品管討論會嗎", "劑量 84、照野 91", "B"),
])
def test_a_vague_qc_score_is_asked_by_the_qc_tool(engine, question, reply, worst):
    import datetime
    from bot.answer import Conversation, Turn
    today = datetime.date(2026, 12, 2)
    a = engine.answer(question, today=today)
    assert a.route == "clarify" and a.pending_call is not None and a.pending_call.name == "hpa_qc_grade", (a.route, a.pending_call)
    b = engine.answer(reply, Conversation(turns=[Turn(question=question, answer=a)]), today=today)
    assert [c.name for c in b.tool_calls] == ["hpa_qc_grade"] and b.tool_calls[0].result["worst"] == worst, b.tool_calls


# --- 5. an aside pointing at a figure already read ("372 那組是小陳的") is no new figure -----------------------------------

@pytest.mark.parametrize(("question", "scores", "used"), [
    ("机构自选片：非致密 355、366、349，致密 352、360、347（366 那组是小李拍的），机构评几等？",
     {"non_dense": [355, 366, 349], "dense": [352, 360, 347]}, 360),
    ("Facility self-selected: non-dense 351, 368, 357; dense 344, 362, 355 (the 368 set was Amy's). Facility grade?",
     {"non_dense": [351, 368, 357], "dense": [344, 362, 355]}, 362),
    ("本院自選片，非緻密型 348、361，緻密型 355、339（其中 361 那一組是阿美的），機構評等？",
     {"non_dense": [348, 361], "dense": [355, 339]}, 355),
])
def test_an_aside_pointing_at_a_figure_read_is_no_new_figure(ask, question, scores, used):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][0] == "hpa_image_grade" and calls[0][1]["scores"] == scores, calls
    assert a.tool_calls[0].result["score_used"] == used


# --- 6. a year label right before each figure ("113年68%、114年71.3%") makes one part per year; the year is no figure -----

@pytest.mark.parametrize(("question", "rates"), [
    ("113年完成率72%，114年66%，兩年分別扣幾%", [72, 66]),
    ("112年追踪完成率61%、113年78%，两年各扣多少%？", [61, 78]),
])
def test_a_year_label_before_each_figure_makes_a_part_each(ask, question, rates):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.answer[:300])
    got = [c.args.get("completion_rate_pct") for c in a.tool_calls if c.name == "hpa_followup_deduction"]
    assert got == rates, a.tool_calls


# --- 7. the suspected positives named by their categories and another noun ("820 BI-RADS 0/3/4/5 recalls") -------------

@pytest.mark.parametrize(("question", "suspected", "completed"), [
    ("We had 430 cat 0/3/4/5 callbacks last year and 301 of them finished work-up (here or at other hospitals). Deduction %?", 430, 301),
    ("Our 2025 numbers: 615 BI-RADS 0/3/4/5 recalls, 470 completed the diagnostic follow-up. What's the deduction?", 615, 470),
])
def test_suspected_positives_named_by_category_and_recall(ask, question, suspected, completed):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_followup_deduction", calls
    assert calls[0][1]["suspected_positive_cases"] == suspected and calls[0][1]["completed_cases"] == completed, calls


# --- 8. one of the people said by who they are ("the new hire", "新來的那位") is one of the head count -----------------

@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("We have 3 qualified RTs: 2 were here all year (365 days each), the new hire only 200 days. 15,500 screenings — any unpaid excess?",
     [365, 365, 200], 15500),
    ("三位合格放射師：兩位全年各 365 天，新來的那位 120 天，全年篩 14500 例，有沒有超量？", [365, 365, 120], 14500),
    ("我们 3 个合格技师：两位全年 365 天，新来的那位 90 天，今年筛了 13000 例，超量吗？", [365, 365, 90], 13000),
])
def test_one_person_said_by_who_they_are_is_one_of_the_head_count(ask, question, days, screenings):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_facility_volume", calls
    assert calls[0][1]["radiographer_work_days"] == days and calls[0][1]["annual_screenings"] == screenings, calls


# --- 9. a month's count said "in a single month" and asked "is that over?" is the radiographer's monthly cap ------------

@pytest.mark.parametrize(("question", "count", "over"), [
    ("one of our techs did 512 in a single month, is that over?", 512, True),
    ("Our RT screened 498 in a single month — is she over?", 498, False),
    ("(1) 2 radiographers, 365 days each, 11,000 screenings — any excess? (2) one of them did 530 in a single month, did she go over?", 530, True),
])
def test_a_single_months_count_asked_is_it_over(ask, question, count, over):
    a = ask(question)
    calls = [c for c in a.tool_calls if c.name == "hpa_radiographer_volume"]
    assert calls and calls[0].args["monthly_screenings"] == count and calls[0].result["over_monthly_cap"] is over, a.tool_calls


@pytest.mark.parametrize(("question", "days", "screenings"), [
    # the next count opened by "and" or a plus, no comma: a sub-group of its own
    ("Our unit had 3 qualified techs: two full-time (365 days each) and one who only worked 150 days. 14,000 screenings — over?",
     [365, 365, 150], 14000),
    ("2 part-timers 100d each + 1 tech all year (365d). total screening 8000. any cases not reimbursed?", [100, 100, 365], 8000),
])
def test_a_sub_group_opened_by_and_or_plus(ask, question, days, screenings):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_facility_volume", calls
    assert sorted(calls[0][1]["radiographer_work_days"]) == sorted(days), calls
    assert calls[0][1]["annual_screenings"] == screenings, calls
