"""HPA classes of the twenty-sixth round (reader, ledger, HPA vocabulary) — each tested with wordings of its own (zh-TW,
zh-CN, en), never the bank's sentence: a negation is its own list item's, the suspected positives said short, a head
count of one said as "a single / lone tech", "all" said of one of a group, a part said in brackets to be in the figure
before it, an A-not-A question, and two categories said as one part of a breakdown."""

from __future__ import annotations

import pytest

from bot.parsing.numbers import normalize_numerals

from .conftest import reader_call
from tests.bot.conftest import calculator_calls as _calls


# --- 1. a negation is its own list item's: "已完成 309 例、未完成 103 例" — 309 done, 103 the rest (a check) -------------

@pytest.mark.parametrize("question", [
    "疑似陽性 250 例、追蹤完成 190 例、尚未完成 60 例，完成率是多少？",
    "阳性个案 250 例、已追踪完成 190 例、未完成 60 例，扣不扣款？",
    "250 suspected positives: 190 completed and 60 not completed yet. What's our completion rate?",
])
def test_a_negation_in_a_later_list_item_is_that_items_own(ask, question):
    a = ask(question)
    assert _calls(a) == [("hpa_followup_deduction", {"suspected_positive_cases": 250, "completed_cases": 190})]
    assert any(r.value == 60 for r in a.reading)  # the rest, read as the whole less the done ones (a check)


@pytest.mark.parametrize("question", [
    "疑似陽性 250 例、追蹤完成 190 例、未完成 50 例，完成率是多少？",
    "250 suspected positives, 190 completed and 50 not completed. Completion rate?",
])
def test_a_not_done_count_that_does_not_agree_is_asked(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls


def test_a_not_done_count_in_its_own_item_is_still_the_rest():
    assert reader_call("疑似陽性 300 例、還沒追完的 45 例，完成率多少", "hpa_followup_deduction").args == {"suspected_positive_cases": 300, "completed_cases": 255}


# --- 2. the suspected positives said short: 陽性待追 / 陽性要追的 ------------------------------------------------------

@pytest.mark.parametrize(("question", "args"), [
    ("陽性待追的今年有 220 件，目前追完 160 件，完成率多少？", {"suspected_positive_cases": 220, "completed_cases": 160}),
    ("阳性要追的一共 180 个，已经追完 150 个，会不会被扣？", {"suspected_positive_cases": 180, "completed_cases": 150}),
    ("陽性需追的 二百 人，追完 一百五十 人，完成率幾 %？", {"suspected_positive_cases": 200, "completed_cases": 150}),
])
def test_the_positives_to_follow_said_short_are_the_suspected(ask, question, args):
    assert _calls(ask(question)) == [("hpa_followup_deduction", args)]


# --- 3. a head count of one said as "a single / lone / sole tech"; "1 tech on board" is the van's crew ------------------

@pytest.mark.parametrize(("question", "rts", "day"), [
    ("Screening bus out today with a single radiographer, 44 ladies scheduled. Are we over the cap?", 1, 44),
    ("Our van had a lone RT aboard on Friday and 39 women came. Within the daily cap?", 1, 39),
    ("Van today, one tech on board, 42 screenings booked - over the daily limit?", 1, 42),
])
def test_a_single_tech_on_the_van_is_a_head_count_of_one(ask, question, rts, day):
    assert _calls(ask(question)) == [("hpa_radiographer_volume", {"daily_screenings_on_van": day, "radiographers_on_van": rts})]


@pytest.mark.parametrize(("text", "said"), [
    ("a single tech on board", "1 tech on board"),
    ("the sole radiographer", "1 radiographer"),
    ("every single tech", "every single tech"),
    ("a single-author paper", "a single-author paper"),
])
def test_single_before_a_person_is_one(text, said):
    assert normalize_numerals(text) == said


# --- 4. "all" said of one of a group is that one's figure, never each one's ---------------------------------------------

@pytest.mark.parametrize(("question", "days"), [
    ("Two RTs: one worked all 365 days and the other 210 days (weekends included). 10,500 screenings this year - over the reasonable volume?", [365, 210]),
    ("2 techs - one was there all 365 days and the other only part of the year (150 days). We screened 9,000. Over?", [365, 150]),
    ("Three radiographers, one worked 365 days and another 240 days and the other 100 days; 11,000 screened. Reasonable volume?", [365, 240, 100]),
])
def test_all_said_of_one_of_a_group_is_that_ones(ask, question, days):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_facility_volume" and calls[0][1]["radiographer_work_days"] == days


def test_all_said_of_the_group_is_still_each_ones():
    call = reader_call("3 techs, all 300 days each, 12,000 screenings - over the reasonable volume?", "hpa_facility_volume")
    assert call.args["radiographer_work_days"] == [300, 300, 300]


# --- 5. a part said in brackets to be in the figure before it is read as part of it (where the rule counts it) ----------

@pytest.mark.parametrize("question", [
    "疑似陽性 150 例，完成追蹤 110 例（包括在外院複檢的 20 例），完成率多少？",
    "可疑阳性 150 例，追踪完成 110 例（含外院确诊的 20 例），要扣款吗？",
])
def test_a_part_said_in_brackets_to_be_in_the_count_is_part_of_it(ask, question):
    a = ask(question)
    assert _calls(a) == [("hpa_followup_deduction", {"suspected_positive_cases": 150, "completed_cases": 110})]
    assert any(r.fact.startswith("part of completed_cases") and r.value == 20 for r in a.reading)


def test_a_part_the_rule_does_not_count_is_still_asked(ask):
    a = ask("疑似陽性 150 例，完成追蹤 110 例（包括拒檢的 20 例），完成率多少？")
    assert a.route == "clarify" and not a.tool_calls


# --- 6. an A-not-A question (超沒超, 扣不扣, 過沒過) negates no number ------------------------------------------------

@pytest.mark.parametrize(("question", "tool"), [
    ("三位放射師各上班 320 天 今年篩了 16000 案 超沒超", "hpa_facility_volume"),
    ("疑似阳性 300 例 追踪完成 200 例 扣不扣", "hpa_followup_deduction"),
    ("兩位放射師各上班 300 天，一年篩了 11000 例 過沒過", "hpa_facility_volume"),
])
def test_an_a_not_a_question_negates_no_number(ask, question, tool):
    assert _calls(ask(question))[0][0] == tool


# --- 7. two categories said as one part of a breakdown: one part, their label a category name --------------------------

@pytest.mark.parametrize(("question", "suspected"), [
    ("今年疑似陽性：cat 0 有 70 個、cat 3 有 40 個、4 跟 5 加起來 30 個，追完 105 個，完成率多少？", 140),
    ("疑似阳性 category 0 有 60 个、category 3 有 25 个、4 和 5 一共 15 个，合计 100 个，完成 72 个，扣多少？", 100),
    ("Suspected positives by category: cat 0 80, cat 3 30, cat 4 and 5 together 10, 120 in total; 90 completed. Rate?", 120),
])
def test_two_categories_said_as_one_part_are_one_part(ask, question, suspected):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_followup_deduction" and calls[0][1]["suspected_positive_cases"] == suspected


def test_a_breakdown_that_disagrees_with_its_total_is_asked(ask):
    a = ask("疑似陽性 cat 0 有 70 個、cat 3 有 40 個、4 跟 5 加起來 30 個，總共 150 個，追完 105 個，完成率多少？")
    assert a.route == "clarify" and not a.tool_calls


# --- 8. images read at a partner facility: its reading workstation score is the facility's (一(二)1(5)) ------------------

@pytest.mark.parametrize(("question", "used", "own"), [
    ("品管實測：劑量 88、假體 90、壓迫 86、照野 87，閱片工作站我們自己的 72 分，但影像都送合作醫院判讀，合作醫院的閱片站 90 分，幾等？", 90, 72),
    ("实地测试剂量 89、假体 87、压迫 91、照野 86；本院阅片站 75 分，数字影像送合作医院判读，合作医院阅片工作站 86 分，整台几等？", 86, 75),
    ("QC field test: dose 91, phantom 88, compression 90, field 86. Our own reading workstation scored 70, but all our images are read at the partner hospital, whose workstation scored 89. Overall grade?", 89, 70),
])
def test_the_partners_workstation_score_counts_when_it_reads_the_images(ask, question, used, own):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][0] == "hpa_qc_grade" and calls[0][1]["scores"]["reading_system"] == used
    assert any(str(own) in u for u in a.unused)


@pytest.mark.parametrize("question", [
    # the partner not said to read the images: which score counts is asked, never picked
    "品管實測：劑量 88、假體 90、壓迫 86、照野 87，閱片工作站我們自己的 72 分，合作醫院的閱片站 90 分，幾等？",
    # both scores said after the partner is named: neither is told apart — asked
    "品管實測劑量 88、假體 90、壓迫 86、照野 87；影像送合作醫院判讀，我們自己的閱片站 72 分，合作醫院的閱片站 90 分，幾等？",
])
def test_two_workstation_scores_not_told_apart_are_asked(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls


# --- 9. a whole year said of a group, then the year the screenings are counted in: no run of figures -------------------

@pytest.mark.parametrize("question", [
    "三位放射師各做滿一年，一年篩了 19000 例，有超過合理量嗎",
    "两位放射技师都干满一年，一年筛了 12000 例，超没超？",
    "Both our RTs worked the whole year, 1 year of screening came to 12,000. Over the reasonable volume?",
])
def test_the_year_after_a_whole_year_word_is_no_item(ask, question):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_facility_volume" and set(calls[0][1]["radiographer_work_days"]) == {365}
