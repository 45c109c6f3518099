"""Round 59 (calchpa59): HPA mammography questions and replies to questions back, fixed for the class.

1. A time of day is no figure ("before the 3pm mtg", "by 10 a.m.", "下午3點開會前", "早上9點半") — `parsing.numbers.clock_times`;
   points said with 點 ("100點", "還差 3 點") and counts after 今天 stay figures.
2. A radiographer's start date said beside her days ("joined Jul 1 (184 days)", "7/1 到職") only explains them (`vocab_hpa.JOINED`).
3. A part of the completed follow-ups said done at another hospital ("其中 35 位在他院確診", "of those, about 40 had the biopsy at
   other hospitals") changes nothing (二(五)3); a part said added ("另外 40 個去外院") stays asked.
4. Suspected positives with a deduction asked are the deduction's facts — never a year's screenings (facility volume).
5. Replies as a class: one clause per person, "365 each", all but one, a count not done, "all of them were completed", the
   cases a lone rate is of, a fraction, figures in the order asked, a numeral alone, a facility's other breast type, a day
   said by today, the category alone keeping the question's date.
Phrasings written for this test; none is from a blind bank (TODAY is 2026-11-25, a Wednesday).
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.dates import days_back
from bot.parsing.numbers import find_quantities, normalize_numerals
from tests.bot.conftest import ask_and_reply


def _calls(answer, tool):
    return [c for c in answer.tool_calls if c.name == tool]


# ------------------------------------------------------------------ 1. a time of day

@pytest.mark.parametrize("text", ["ping me before the 4pm huddle", "by 9 a.m. tomorrow", "meeting at 13:45 today",
                                  "下午3點開會前要給", "早上8點半交", "15:30 開會前", "5點前要回覆"])
def test_a_time_of_day_is_no_quantity(text):
    assert find_quantities(normalize_numerals(text)) == []


@pytest.mark.parametrize("text, value", [("TSIR 還差 3 點", 3), ("一共 120點", 120), ("今天 3 位放射師", 3), ("1:20 ratio", 1)])
def test_points_and_counts_beside_time_words_stay(text, value):
    assert value in [q.value for q in find_quantities(normalize_numerals(text))]


@pytest.mark.parametrize("question", [
    "boss needs it by the 2pm meeting: 360 suspected positives, 250 completed, subsidy NT$1,800,000. deduction?",
    "下午四點的會議前要報：疑似陽性 360 案，完成追蹤 250 案，補助 180 萬，扣多少？",
])
def test_a_question_with_a_time_of_day_is_computed(engine, question):
    a = ask_and_reply(engine, question)
    call = _calls(a, "hpa_followup_deduction")
    assert a.route == "calculator" and call, (a.route, a.missing, a.unused)
    assert call[0].result["deduction_pct"] == 10  # 250/360 = 69.44 %: 65-70 -> 10 %


# ------------------------------------------------------------------ 2. a start date beside the days

@pytest.mark.parametrize("question, days", [
    ("2 RTs in 2025: one all year (365 days), one started Oct 1 (92 days). 9,000 screens — over the reasonable volume?", [365, 92]),
    ("放射師兩位：一位全年 365 天、一位 10/1 到職（92 天），今年篩檢 9,000 案，超過合理量嗎？", [365, 92]),
])
def test_a_start_date_restated_beside_the_days_is_no_figure(engine, question, days):
    a = ask_and_reply(engine, question)
    call = _calls(a, "hpa_facility_volume")
    assert a.route == "calculator" and call, (a.route, a.unused)
    assert call[0].args["radiographer_work_days"] == days


# ------------------------------------------------------------------ 3. a part done elsewhere

@pytest.mark.parametrize("question", [
    "疑似陽性 300 人，完成追蹤 220 人，其中 30 幾位是轉到他院做切片的，補助 200 萬，會扣多少？",
    "300 suspected positives, 220 completed — of those, about 30 had their biopsy at another hospital. subsidy 2M, deduction?",
])
def test_a_part_done_elsewhere_changes_nothing(engine, question):
    a = ask_and_reply(engine, question)
    call = _calls(a, "hpa_followup_deduction")
    assert a.route == "calculator" and call, (a.route, a.unused)
    assert call[0].args["completed_cases"] == 220 and call[0].result["completion_rate_pct"] == pytest.approx(73.33)


@pytest.mark.parametrize("question", [
    "疑似陽性 300 人，本院完成 190 人，另外 30 位去外院做切片，補助 200 萬，扣多少？",
    "300 suspected positives, 190 completed here, plus 30 done at other hospitals. subsidy 2M, deduction?",
])
def test_a_part_said_added_is_still_asked(engine, question):
    a = ask_and_reply(engine, question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, [c.args for c in a.tool_calls])


# ------------------------------------------------------------------ 4. suspected positives and a deduction

@pytest.mark.parametrize("question", ["疑似陽性個案今年有 280 個，補助會不會被砍？", "280 suspected positives this year, are we getting fined?"])
def test_suspected_positives_with_a_deduction_ask_the_completed(engine, question):
    a = ask_and_reply(engine, question)
    assert a.route == "clarify" and a.pending_call is not None and a.pending_call.name == "hpa_followup_deduction", (a.route, a.missing)


# ------------------------------------------------------------------ 5. replies as a class

DEDUCT_EN = "we had 280 suspected positives this year. will the HPA take money off?"
DEDUCT_ZH = "今年疑似陽性 280 個，會不會被扣款？"


@pytest.mark.parametrize("question, reply, rate", [
    (DEDUCT_EN, "60 still pending", 78.57),
    (DEDUCT_EN, "80 haven't finished yet", 71.43),
    (DEDUCT_EN, "every one of them got followed up", 100),
    (DEDUCT_ZH, "還有 80 個還在追蹤中", 71.43),
    (DEDUCT_ZH, "全都追完了", 100),
    (DEDUCT_ZH, "兩百", 71.43),
])
def test_a_reply_on_the_completed_follow_ups(engine, question, reply, rate):
    _, b = ask_and_reply(engine, question, reply)
    call = _calls(b, "hpa_followup_deduction")
    assert b.route == "calculator" and call, (b.route, b.missing, b.unused)
    assert call[0].result["completion_rate_pct"] == pytest.approx(rate)


@pytest.mark.parametrize("reply", ["都追完了嗎？我也不確定", "not all of them were completed"])
def test_all_done_asked_or_denied_is_no_figure(engine, reply):
    _, b = ask_and_reply(engine, DEDUCT_ZH if "都" in reply else DEDUCT_EN, reply)
    assert not _calls(b, "hpa_followup_deduction") or b.route != "calculator"


def test_a_fraction_in_reply_to_a_rate_below_a_line(engine):
    _, b = ask_and_reply(engine, "our f/u completion rate came in under 70% this year — how much is deducted?", "0.62")
    call = _calls(b, "hpa_followup_deduction")
    assert b.route == "calculator" and call and call[0].result["completion_rate_pct"] == 62, (b.route, b.missing, b.unused)


def test_figures_in_the_order_asked_fill_the_completed_and_the_subsidy(engine):
    _, b = ask_and_reply(engine, "we had 400 suspected positives this year. how much money will we lose?", "290 and 2.5 million")
    call = _calls(b, "hpa_followup_deduction")
    assert b.route == "calculator" and call, (b.route, b.missing)
    assert call[0].args["completed_cases"] == 290 and call[0].args["annual_subsidy"] == 2500000


VOLUME_EN = "4 qualified radiographers, 21,000 screening mammograms this year — over the reasonable volume?"
VOLUME_ZH = "四位合格放射師，今年篩檢 21,000 案，有沒有超過合理量？"


@pytest.mark.parametrize("question, reply, days", [
    (VOLUME_EN, "300 apiece", [300, 300, 300, 300]),
    (VOLUME_EN, "each of them 330", [330, 330, 330, 330]),
    (VOLUME_EN, "all full year except one who joined in June (200 days)", [365, 365, 365, 200]),
    (VOLUME_ZH, "每人 330 天", [330, 330, 330, 330]),
    (VOLUME_ZH, "除了一位200天，其他都整年", [365, 365, 365, 200]),
    ("we had 2 RTs; one of them retired mid-year. 12,000 screenings, over the reasonable volume?",
     "the one who retired did 180 days, the other was here all year", [180, 365]),
])
def test_a_reply_on_each_radiographers_days(engine, question, reply, days):
    _, b = ask_and_reply(engine, question, reply)
    call = _calls(b, "hpa_facility_volume")
    assert b.route == "calculator" and call, (b.route, b.missing, b.unused)
    assert sorted(call[0].args["radiographer_work_days"]) == sorted(days)


@pytest.mark.parametrize("reply", ["the one who retired did 180 days", "除了一位200天"])
def test_a_reply_short_of_the_people_stays_asked(engine, reply):
    q = "we had 2 RTs; one of them retired mid-year. 12,000 screenings, over the reasonable volume?" if "retired" in reply else VOLUME_ZH
    _, b = ask_and_reply(engine, q, reply)
    assert b.route == "clarify" and not b.tool_calls, (b.route, [c.args for c in b.tool_calls])


@pytest.mark.parametrize("reply", ["一萬五千", "1.5萬", "15k"])
def test_a_reply_with_the_years_screenings_in_words_or_ten_thousands(engine, reply):
    _, b = ask_and_reply(engine, "三位放射師都全年在，這樣會不會超過合理量？", reply)
    call = _calls(b, "hpa_facility_volume")
    assert b.route == "calculator" and call and call[0].args["annual_screenings"] == 15000, (b.route, b.missing, b.unused)


@pytest.mark.parametrize("question, reply, tier", [
    ("a reader of ours came back at 16% re-read discrepancy, what now?", "that was on the negatives", "required"),
    ("a reader of ours came back at 16% re-read discrepancy, what now?", "suspicious cases; negatives were 4%", "none"),
    ("本院一位醫師複判差異 16%，會怎樣？", "陰性個案", "required"),
])
def test_a_reply_naming_the_cases_a_lone_rate_is_of(engine, question, reply, tier):
    _, b = ask_and_reply(engine, question, reply)
    call = _calls(b, "hpa_reread_action")
    assert b.route == "calculator" and call and call[0].result["tier"] == tier, (b.route, b.missing)


@pytest.mark.parametrize("question, reply, used", [
    ("hospital self-selected: our top non-dense set scored 371. grade for the facility?", "dense best was 346", 346),
    ("醫院自選片：緻密型最好的一組 368，機構會是幾等？", "341、352", 352),
])
def test_a_facility_with_one_breast_type_is_asked_the_other(engine, question, reply, used):
    a, b = ask_and_reply(engine, question, reply)
    assert a.route == "clarify" and any(m.startswith("scores.") for m in a.missing), a.missing
    call = _calls(b, "hpa_image_grade")
    assert b.route == "calculator" and call and call[0].result["score_used"] == used, (b.route, b.missing)


def test_days_said_by_today():
    today = datetime.date(2026, 11, 25)  # a Wednesday
    assert [d for _, _, d in days_back("昨天篩的", today)] == [datetime.date(2026, 11, 24)]
    assert [d for _, _, d in days_back("上週五拍的", today)] == [datetime.date(2026, 11, 20)]
    assert [d for _, _, d in days_back("4 days ago", today)] == [datetime.date(2026, 11, 21)]
    assert [d for _, _, d in days_back("last Friday", today)] == [datetime.date(2026, 11, 20)]
    assert days_back("last Monday", today) == []  # two days ago or last week's: never guessed


@pytest.mark.parametrize("question, reply, deadline", [
    ("cat 4 on screening - by what date does the biopsy have to be done?", "the day before yesterday", "2027-01-23"),
    ("category 0 的個案，確切哪一天前要完成複檢？", "前天篩的", "2027-01-23"),
    ("篩檢日是 115/10/20，最晚哪一天前要完成確診？", "5", "2026-12-20"),
])
def test_a_reply_with_a_day_or_the_category_alone(engine, question, reply, deadline):
    _, b = ask_and_reply(engine, question, reply)
    call = _calls(b, "hpa_followup_deadline")
    assert b.route == "calculator" and call and call[0].result["deadline"] == deadline, (b.route, b.missing, [c.args for c in b.tool_calls])
