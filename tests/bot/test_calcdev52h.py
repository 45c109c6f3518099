"""Round 52, mammography calculator readings (calcdev52h; zh-TW and English phrasings of our own):

1. The person's own guess beside the facts is no fact: a grade supposed of a count of sets ("since one of them is an A",
   "其中一組是A"), a month-and-day guessed with a hedge ("I guess it's May 3?", "我們以為是5月31日"), today's date said
   in passing when it is the answer's today ("today is Nov 25 2026") — set aside, never asked back.
2. A bound over the rest with the exact figures in brackets ("the rest all above 90 (dose 92, …)", "其他都 90 以上（…）"):
   the bracketed figures are read; the bound is their summary.
3. A figure said before, asked again in a yes/no ("is 4 allowed, and is 130 within the daily cap?"): that figure; the
   result answers it. Under / below a cap is the good outcome asked.
4. Dates written M/D/YY ("12/31/25", "8/15/26"); a Republic year first ("55/12/01") stays the Republic's; both parts 12 or
   under ("3/4/27") is asked.
5. Chinese figures read digit by digit after their label ("非緻密三一九 緻密三四零").
6. "reader system" is the reading system.
7. Re-read rates said before the cases they are of ("exactly 50% on positives and exactly 15% on negatives").
8. One's own patient pointed at ("the deadline for this lady") asks the screening date; a re-read rate said high beside the
   previous review's requirement ("上次審查沒被要求過") asks the rates — a case supposed ("…的話") stays the rule's.
9. "f/u completed for 160 suspicious cases": 160 is the completed count; the suspected total is asked and the reply read.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.dates import find_ambiguous_dates, find_dates
from bot.parsing.numbers import normalize_numerals
from bot.parsing.text import Query
from bot.reader import read_all
from bot.verdict import asks_adverse
from tests.bot.conftest import ask_and_reply

TODAY = datetime.date(2026, 11, 25)


def _call(answer, name):
    calls = [c for c in answer.tool_calls if c.name == name]
    assert calls, (answer.route, answer.missing, answer.unused, answer.answer[:300])
    return calls[0]


def _read(question, tool):
    found = [e for e in read_all(Query(question, today=TODAY)) if e.tool == tool]
    assert found, question
    return found[0]


@pytest.mark.parametrize("question, scores, grade", [
    ("tech's own picks: non-dense 365, dense 331. she's ok since one of them is an A, isn't she?", {"non_dense": 365, "dense": 331}, "C"),
    ("radiographer self-selected: dense 318, non-dense 364 — fine because one is an A right?", {"non_dense": 364, "dense": 318}, "D"),
    ("技師自選片 緻密 335、非緻密 361，其中一組是A應該沒事吧？", {"non_dense": 361, "dense": 335}, "C"),
])
def test_a_grade_supposed_of_a_set_is_set_aside(ask, question, scores, grade):
    answer = ask(question)
    call = _call(answer, "hpa_image_grade")
    assert call.args["scores"] == scores and call.result["grade"] == grade


@pytest.mark.parametrize("question, day", [
    ("cat 0 screened on Mar 3 2026 — when's the recall deadline? I guess it's May 3?", "2026-05-03"),
    ("a cat 0 screened 28 Feb 2026 - recall due by? we think Apr 30 but not sure", "2026-04-28"),
    ("category 4 篩檢日 2026/3/31，我們以為是5月31日，對嗎？", "2026-05-31"),
])
def test_a_guessed_day_is_set_aside_and_the_deadline_computed(ask, question, day):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert _call(answer, "hpa_followup_deadline").result["deadline"] == day


@pytest.mark.parametrize("question", [
    "cat 3 screened 2026-06-01, today is Nov 25 2026, when is her recall due?",
    "今天是2026/11/25，4類個案10月1日篩檢，確診期限是哪天？",
])
def test_todays_date_said_in_passing_is_no_input(ask, question):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert "2026-11-25" not in str(_call(answer, "hpa_followup_deadline").args)


def test_another_day_said_as_today_is_not_taken():
    ext = _read("cat 0 screened 2026-10-01; today is Dec 1 2026, deadline?", "hpa_followup_deadline")
    assert ext.args.get("screening_date") == "2026-10-01"


@pytest.mark.parametrize("question, scores", [
    ("mammo unit QC got phantom 84 and reading system 77, apart from those everything was 90+ (dose 93, compression 91, "
     "alignment 95). grades?", {"dose_hvl_output_aec": 93, "phantom_image": 84, "compression": 91, "field_alignment": 95, "reading_system": 77}),
    ("field test: phantom 72 and compression 79, the rest all above 90 (dose 92, alignment 94, reading system 96). grades?",
     {"dose_hvl_output_aec": 92, "phantom_image": 72, "compression": 79, "field_alignment": 94, "reading_system": 96}),
    ("實測：假體 83、閱片系統 78，其他都 90 以上（劑量 93、壓迫 95、照野 92），評等？",
     {"dose_hvl_output_aec": 93, "phantom_image": 83, "compression": 95, "field_alignment": 92, "reading_system": 78}),
])
def test_a_bound_over_the_rest_with_the_figures_in_brackets(question, scores):
    ext = _read(question, "hpa_qc_grade")
    assert ext.args["scores"] == scores and not ext.needs


def test_a_bound_over_the_rest_without_figures_is_not_read_as_them():
    ext = _read("phantom 84, reading system 77, everything else 90+. grades?", "hpa_qc_grade")
    assert ext.args.get("scores", {}).get("compression") != 90 or ext.needs


@pytest.mark.parametrize("question, radiographers, screened", [
    ("Our van went out with 4 registered radiographers and screened 130 women on Tuesday. Two things: is 4 allowed, and "
     "is 130 within the daily cap?", 4, 130),
    ("Our van on Friday: 3 radiographers, 118 women screened. is 3 ok and is 118 under the cap?", 3, 118),
])
def test_a_figure_asked_again_is_the_one_given(ask, question, radiographers, screened):
    call = _call(ask(question), "hpa_radiographer_volume")
    assert call.args == {"daily_screenings_on_van": screened, "radiographers_on_van": radiographers}


@pytest.mark.parametrize("question, adverse", [
    ("is 118 under the cap?", False), ("still below the daily limit?", False),
    ("am I below the threshold?", True), ("am I over the cap?", True),
])
def test_under_a_cap_is_the_good_outcome(question, adverse):
    assert asks_adverse(question) is adverse


@pytest.mark.parametrize("text, day", [
    ("cat 3 screened 12/31/25", datetime.date(2025, 12, 31)),
    ("screened 8/15/26", datetime.date(2026, 8, 15)),
    ("screened 31/12/25", datetime.date(2025, 12, 31)),
    ("born ROC 55/12/01", datetime.date(1966, 12, 1)),
])
def test_short_year_dates(text, day):
    assert [d.date for d in find_dates(text)] == [day]


def test_a_short_year_date_either_way_is_asked():
    assert find_ambiguous_dates("screened 3/4/27") == ["3/4/27"]


@pytest.mark.parametrize("text, read", [
    ("小陳自選片 非緻密三一九 緻密三四零 會不會是D", "小陳自選片 非緻密319 緻密340 會不會是D"),
    ("阿美自選片 緻密三五二 非緻密三六八", "阿美自選片 緻密352 非緻密368"),
    ("第三一二條", "第三一二條"),
    ("講五四三", "講五四三"),
])
def test_digit_by_digit_figures_after_their_label(text, read):
    assert normalize_numerals(text) == read


def test_reader_system_is_the_reading_system():
    ext = _read("QC:\n- dose 91\n- phantom 88\n- compression 93\n- alignment 90\n- reader system 68\nis it still usable?", "hpa_qc_grade")
    assert ext.args["scores"]["reading_system"] == 68


@pytest.mark.parametrize("question, pos, neg", [
    ("exactly 50% on positives and exactly 15% on negatives. recommended or mandatory seminar?", 50, 15),
    ("12% for the negatives and 45% for suspicious ones - what happens to our reader?", 45, 12),
])
def test_rates_said_before_their_cases(ask, question, pos, neg):
    call = _call(ask(question), "hpa_reread_action")
    assert call.args == {"positive_discrepancy_pct": pos, "negative_discrepancy_pct": neg}


@pytest.mark.parametrize("question, reply, day", [
    ("BI-RADS 0 recall, what's the deadline for this lady?", "screened 2026-09-30", "2026-11-30"),
    ("cat 4 - her diagnosis deadline?", "screened 2026-10-20", "2026-12-20"),
])
def test_a_patient_pointed_at_asks_the_screening_date(engine, question, reply, day):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert _call(second, "hpa_followup_deadline").result["deadline"] == day


def test_the_rules_deadline_stays_the_rules(ask):
    assert ask("what's the deadline for a category 3 recall?").route == "retrieval"


@pytest.mark.parametrize("question, reply, tier", [
    ("我们一位判读医师的复判差异有点高，上次审查没被要求过，这次会有什么处分？", "阳性 62%，阴性 10%", "stop"),
    ("我們有位醫師複判差異偏高，上次後續審查沒有被要求參加座談會，這次會怎樣？", "陽性 55%，陰性 8%", "required"),
])
def test_own_rates_said_high_beside_the_previous_requirement_are_asked(engine, question, reply, tier):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert _call(second, "hpa_reread_action").result["tier"] == tier


def test_a_supposed_case_with_the_previous_requirement_stays_the_rules(ask):
    assert ask("複判差異超過標準的話，上次沒被要求過，會有什麼處分？").route == "retrieval"


@pytest.mark.parametrize("question, reply, rate", [
    ("QA: f/u completed for 160 suspicious (cat 0/3/4/5) cases this year. subsidy NT$1.2M. deduction?", "200 in total", 80),
    ("follow-up done on 130 recalls this year, subsidy NT$900,000. how much is deducted?", "150 recalls in total", 86.67),
])
def test_completed_for_a_count_of_cases(engine, question, reply, rate):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    assert first.pending_call and first.pending_call.args.get("completed_cases") is not None
    assert abs(_call(second, "hpa_followup_deduction").result["completion_rate_pct"] - rate) < 0.01


def test_counts_said_the_usual_way_stay():
    ext = _read("200 suspected positives, 160 completed. deduction?", "hpa_followup_deduction")
    assert ext.args["suspected_positive_cases"] == 200 and ext.args["completed_cases"] == 160
