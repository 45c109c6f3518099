"""HPA classes of the twenty-seventh round (reader, number parsing, HPA vocabulary) — each tested with wordings of its own
(zh-TW, zh-CN, en), never the bank's sentence: circled part markers after a colon or a question mark, and a run of work days whose unit is written on its first figure only (the people named by a
surname)."""

from __future__ import annotations

import pytest

from bot.parsing.numbers import normalize_numerals

from .conftest import reader_call
from tests.bot.conftest import calculator_calls as _calls


# --- 1. circled markers (①②) right after a colon or a question mark number the points, never a figure ---------------

@pytest.mark.parametrize("question", [
    "組長要我問：①疑似陽性 320 追完 256 扣幾%？②補助 150 萬的話扣多少？",
    "领导问：①阳性个案 320 追踪完成 256 扣几%？②补助是 150 万的话扣多少？",
])
def test_circled_markers_after_a_stop_are_no_figures(ask, question):
    a = ask(question)
    assert _calls(a) == [("hpa_followup_deduction",
                          {"suspected_positive_cases": 320, "completed_cases": 256, "annual_subsidy": 1500000})]
    assert not any(r.value in (1, 2) for r in a.reading)


# --- 3. the unit on the first figure of a run only ("王 365天、李 300、張 120"): the bare ones after share it --------

@pytest.mark.parametrize(("question", "days", "screens"), [
    ("科裡三個合格放射師：林 365天、黃 250、吳 100，去年篩了 14000，合理量多少？", [365, 250, 100], 14000),
    ("三个合格技师：刘 365天、杨 200、周 150，年筛量 12000，超量吗？", [365, 200, 150], 12000),
    ("我們有三位放射師：365天、240、180，去年篩檢 13500 案，超量嗎？", [365, 240, 180], 13500),
    ("3 radiographers: 365 days, 280, 150. 14,200 screenings last year — over the limit?", [365, 280, 150], 14200),
])
def test_bare_figures_after_the_first_with_the_unit_share_it(ask, question, days, screens):
    assert _calls(ask(question)) == [("hpa_facility_volume",
                                      {"radiographer_work_days": days, "annual_screenings": screens})]


def test_a_run_that_does_not_match_the_head_count_is_asked(ask):
    a = ask("四個合格放射師：林 365天、黃 250、吳 100，去年篩了 14000，合理量多少？")
    assert a.route == "clarify" and not a.tool_calls


# --- 4. one figure asked whether it counts as the next ("74.99 算 75 嗎"): the next is a line guessed, no input -------

@pytest.mark.parametrize(("question", "rate"), [
    ("我們追蹤完成率 69.98 算 70 嗎？會被扣幾%？", 69.98),
    ("完成率 64.95% 算 65% 吗？要扣多少", 64.95),
])
def test_a_figure_asked_to_count_as_a_line_is_no_input(ask, question, rate):
    a = ask(question)
    assert _calls(a) == [("hpa_followup_deduction", {"completion_rate_pct": rate})]
    assert any("猜測" in u for u in a.unused)


# --- 5. the completion said with its percentage and no word "rate"; the money lost said as a clawback or a penalty ----

@pytest.mark.parametrize(("question", "rate"), [
    ("Our follow-up completion for the BI-RADS 0/3/4/5 recalls landed at 72.5%. How big is the clawback?", 72.5),
    ("f/u completion on category 0/3/4/5 cases: 66% this year. Any penalty?", 66),
    ("category 0、3、4、5 的追蹤完成比例是 61%，補助會被砍多少？", 61),
])
def test_the_completion_said_with_a_percentage_is_the_rate(ask, question, rate):
    assert _calls(ask(question)) == [("hpa_followup_deduction", {"completion_rate_pct": rate})]


def test_a_completion_count_is_still_no_rate():
    assert reader_call("Completion: 190 of 250 suspected positives finished the workup. Deduction?",
                       "hpa_followup_deduction").args == {"suspected_positive_cases": 250, "completed_cases": 190}


# --- 6. a percentage in an annual-volume question is the rule's margin or a guess — never an input --------------------

@pytest.mark.parametrize(("question", "days", "screens"), [
    ("2 qualified radiographers, both full-time all year, 13,800 screenings last year. Past the 10% margin?", [365, 365], 13800),
    ("兩位合格放射師都整年，去年篩了 14000 案，有沒有超過合理量 10%？", [365, 365], 14000),
    ("两个合格技师都做满一年，年筛量 13500，超了 10% 吗", [365, 365], 13500),
])
def test_a_percentage_in_the_annual_volume_is_no_input(ask, question, days, screens):
    a = ask(question)
    assert _calls(a) == [("hpa_facility_volume", {"radiographer_work_days": days, "annual_screenings": screens})]
    assert a.unused


# --- 7. "one day" said of the van is the period of its count (the daily cap); "that month" names a month's count -------

@pytest.mark.parametrize(("question", "args"), [
    ("乳攝車一天，兩位放射師，篩了 95 人，有沒有超？", {"daily_screenings_on_van": 95, "radiographers_on_van": 2}),
    ("乳腺筛检车一天 3 个技师，拍了 118 人，超了吗？", {"daily_screenings_on_van": 118, "radiographers_on_van": 3}),
])
def test_one_day_of_the_van_is_its_period(ask, question, args):
    assert _calls(ask(question)) == [("hpa_radiographer_volume", args)]


@pytest.mark.parametrize("question", [
    "Our RT did 530 that month. Is she over the monthly cap?",
    "One radiographer shot 560 screenings that same month — does the spot review kick in?",
])
def test_that_month_names_a_months_count(ask, question):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_radiographer_volume" and "monthly_screenings" in calls[0][1]


# --- 8. a map's figures and keys as two lists paired in order (依序 / 分別 / respectively) ------------------------------

_QC = {"dose_hvl_output_aec": 90, "phantom_image": 84, "compression": 72, "reading_system": 95}


@pytest.mark.parametrize("question", [
    "品管實測：90、84、72、95 依序是劑量、假體、壓迫、閱片，要不要停機？",
    "QC 实测：剂量、假体、压迫、阅片分别是 90、84、72、95，有没有问题？",
    "Field test: dose, phantom, compression and reading system came back 90, 84, 72 and 95 respectively. Any action?",
])
def test_two_lists_paired_in_order_go_item_by_item(ask, question):
    assert _calls(ask(question)) == [("hpa_qc_grade", {"scores": _QC})]


def test_lists_of_different_lengths_are_not_paired(ask):
    a = ask("品管實測：90、84、72 依序是劑量、假體、壓迫、閱片，要不要停機？")
    assert not any(c.args.get("scores") == {"dose_hvl_output_aec": 90, "phantom_image": 84, "compression": 72}
                   for c in a.tool_calls)


# --- 9. the sets' types shortened right before a score ("nd 366 / d 341"); the days gone through one by one ------------

@pytest.mark.parametrize(("question", "scores"), [
    ("My self-selected sets: nd 352, d 347. What grade?", {"non_dense": 352, "dense": 347}),
    ("Facility self-selected — tech 1 nd 361 / d 344, tech 2 nd 355 / d 349. Our grade?",
     {"non_dense": [361, 355], "dense": [344, 349]}),
])
def test_the_set_types_shortened_before_a_score(ask, question, scores):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_image_grade" and calls[0][1]["scores"] == scores


def test_the_days_gone_through_one_by_one_are_no_figure(ask):
    a = ask("乳攝車報備 2 位放射師，前天一天篩了 78 人，昨天 83 人，兩天分別有沒有超過上限？")
    assert sorted(c.args["daily_screenings_on_van"] for c in a.tool_calls) == [78, 83]
    assert all(c.args["radiographers_on_van"] == 2 for c in a.tool_calls)


# --- 10. another way of taking the scores offered with its figure ("還是取平均 350？") is a guess, no score ------------

@pytest.mark.parametrize(("question", "scores"), [
    ("我自选片非致密 366、致密 338，算 C 吗？还是取平均 352？", {"non_dense": 366, "dense": 338}),
    ("自選片非緻密型 371、緻密型 345，這樣是 B 嗎？還是用平均 358？", {"non_dense": 371, "dense": 345}),
    ("My self-selected sets were non-dense 371 and dense 345. Is that a B, or do they take the average, 358?",
     {"non_dense": 371, "dense": 345}),
])
def test_an_average_offered_as_an_alternative_is_no_score(ask, question, scores):
    a = ask(question)
    assert _calls(a) == [("hpa_image_grade", {"subject": "radiographer", "kind": "self_selected", "scores": scores})]
    assert a.unused
