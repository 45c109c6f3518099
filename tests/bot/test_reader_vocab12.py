"""Words that bind a person's facts to calculator slots (the twelfth round's classes). Each class is declared once
beside the calculators (calculators/vocab*.py) and tested with wording of its own (zh-TW, zh-CN, en), never the
bank's sentence:

- a facility's year of screenings said with the verb of screening right before the count ("篩了 3500 個", "一年筛了
  8500人", "總共篩 17000", "拍了 9800 張", "we screened 5200", "shot 14,000"), its count in 個 / 張 / 人次 too;
- the screening van said as a car by its classifier ("一台車", "這台車上", "每台车", "那輛車"), and the van's
  radiographers said as reported ("報了 3 位", "申报 3 人", "上報 2 個人");
- a patient count before a category word ("one cat 0, one cat 3.") stays who the question is about when the category
  ends a sentence (a full stop right after it is no decimal point);
- the TSIR renewal's radiology points said by what they are for or where they come from (教育學分, 繼教學分, 換證積分,
  續證學分, "education credits");
- the one course named before its hours ("有一門課上了 8 小時", "one class, 3 hours") is no figure: a course is
  credited by its hours.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import reader_call as _read


# --- a facility's year of screenings said with the verb of screening -------------------------------------------------

@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("本院兩位放射師都全年上班，去年共篩了 13500 人，有超過合理量嗎", [365, 365], 13500),
    ("我们有3个放射技师，工作天数 365、365、200，今年一共筛了 16000 个，会不会超量", [365, 365, 200], 16000),
    ("One radiographer, worked 300 days; we screened 5200 this year. Over the reasonable volume?", [300], 5200),
    ("放射師 2 位，工作天數 365、180，今年拍了 9800 張，會被扣嗎", [365, 180], 9800),
    ("2 techs, 365 days each, shot 14,000 last year — over the annual limit?", [365, 365], 14000),
    ("技術員一位全年，一年照了 7000 人，超量了嗎", [365], 7000),
])
def test_annual_screenings_said_with_the_verb_of_screening(question, days, screenings):
    ext = _read(question, "hpa_facility_volume")
    assert ext.args.get("radiographer_work_days") == days
    assert ext.args.get("annual_screenings") == screenings
    assert not ext.needs


@pytest.mark.parametrize("question", [
    "放射師一位，這個月拍了 480 案，超過上限嗎",
    "我们放射师这个月筛了 520 例，超了吗",
])
def test_a_months_count_with_the_verb_is_still_the_radiographers(question):
    ext = _read(question, "hpa_radiographer_volume")
    assert ext.args.get("monthly_screenings") in (480, 520)


# --- the van said as a car; its radiographers said as reported ---------------------------------------------------------

@pytest.mark.parametrize(("question", "daily", "staff"), [
    ("這台車上兩位放射師，今天拍了 95 案，有超過嗎", 95, 2),
    ("每台车配 2 个放射技师，一天做 90 个，超标吗", 90, 2),
    ("那輛車昨天 3 位技術員拍了 130 案，超量嗎", 130, 3),
    ("乳攝車我們報了 3 位，當天拍 110 案，有超過嗎", 110, 3),
    ("巡迴車上報 2 個人，一天篩 100 案 OK 嗎", 100, 2),
    ("筛查车申报 3 人，一天做 125 例，超了吗", 125, 3),
])
def test_the_van_said_as_a_car_and_its_reported_radiographers(ask, question, daily, staff):
    answer = ask(question)
    assert answer.route == "calculator"
    [call] = answer.tool_calls
    assert call.name == "hpa_radiographer_volume"
    assert call.args["daily_screenings_on_van"] == daily
    assert call.args["radiographers_on_van"] == staff


def test_a_count_of_cars_is_no_van_word():
    ext = _read("我們有 2 台車，放射師 3 位，這個月每人拍了 450 案，超過嗎", "hpa_radiographer_volume")
    assert ext.args.get("daily_screenings_on_van") is None


# --- a patient count before a category that ends a sentence ------------------------------------------------------------

@pytest.mark.parametrize(("question", "categories"), [
    ("screened 2026-10-20: one cat 0, one cat 3. deadlines?", [0, 3]),
    ("screened 2026-10-20: one cat 4, one cat 0. deadlines?", [4, 0]),
    ("we had 1 cat 5. screened 2026-09-09. confirm by when?", [5]),
    ("2026-10-01 篩檢，一位 cat 3。期限？", [3]),
    ("screened on 2026-11-03: two BI-RADS 4. deadline?", [4]),
])
def test_a_patient_count_before_a_category_at_a_sentence_end(ask, question, categories):
    answer = ask(question)
    assert answer.route == "calculator"
    assert [c.args["category"] for c in answer.tool_calls] == categories
    assert all(c.name == "hpa_followup_deadline" for c in answer.tool_calls)


def test_a_decimal_after_a_category_word_is_still_no_category():
    ext = _read("screened 2026-10-20: one cat 3.5 cm lesion — deadline?", "hpa_followup_deadline")
    assert ext.args.get("category") != 3


# --- the TSIR renewal's radiology points said by what they are for ------------------------------------------------------

@pytest.mark.parametrize(("question", "points"), [
    ("指導老師換證，教育學分 150，另外壁報國內 2 次，夠嗎", 150),
    ("换证积分目前 180 分，还差多少", 180),
    ("instructor renewal: 160 education credits plus one SCI full article as first author. enough?", 160),
    ("續證學分 120 分，加上國外會議 2 次，可以換證嗎", 120),
    ("繼教學分有 205 分，指導老師可以換證了嗎", 205),
    ("换证：教育学分目前 190，其他没有，够吗", 190),
])
def test_tsir_radiology_points_said_by_what_they_are_for(question, points):
    ext = _read(question, "tsir_renewal_check")
    assert ext.args.get("cme_points") == points


def test_surgical_continuing_education_credits_are_no_tsir_points(ask):
    answer = ask("外科繼續教育學分今年 120 分，去年 100 分，展延夠嗎")
    assert all(c.name != "tsir_renewal_check" for c in answer.tool_calls)


# --- the one course named before its hours -----------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "total"), [
    ("I took one course credited by the hour, 6 hours total. credits?", 18),
    ("one class, 3 hours, how many credits?", 9),
    ("有一個課程上了 2.5 小時，可以換幾分", 7.5),
    ("上過一門按時數計的課 7 小時，另外月會 1 次，共幾分", 41),
    ("今年上了一堂課 3 小時、年會 1 次，總共幾分", 69),
    ("有个课程按时数算，上了 4 小时，折算多少分", 12),
])
def test_one_course_named_before_its_hours_is_no_figure(ask, question, total):
    answer = ask(question)
    assert answer.route == "calculator"
    [call] = answer.tool_calls
    assert call.name == "tsa_credit_tally"
    assert call.result["total"] == total


# --- each year's own total heading a list ("yearly totals 150, 130, …", "每年總分 …") ------------------------------------

@pytest.mark.parametrize(("question", "years"), [
    ("yearly totals 150, 130, 90, 110, 40, 60. Can I renew?", [150, 130, 90, 110, 40, 60]),
    ("my annual totals 100 120 90 95 105 110 — renewal ok?", [100, 120, 90, 95, 105, 110]),
    ("六年每年總分 150、130、90、110、40、60，可以展延嗎", [150, 130, 90, 110, 40, 60]),
    ("各年合計 100、120、90、95、105、110，能展延吗", [100, 120, 90, 95, 105, 110]),
    ("歷年的總積分分別是 100、120、90、95、105、110，夠展延嗎", [100, 120, 90, 95, 105, 110]),
    ("six-year totals 120, 100, 110, 90, 95, 100 — am I short?", [120, 100, 110, 90, 95, 100]),
])
def test_each_years_own_total_heads_the_list(question, years):
    ext = _read(question, "tsa_renewal_check")
    assert ext.args.get("yearly_credits") == years
    assert not ext.needs


def test_a_grand_total_is_still_no_year():
    ext = _read("六年合計 600，可以展延嗎", "tsa_renewal_check")
    assert ext.args.get("yearly_credits") is None


# --- a part of a whole with a determiner before the whole ("45 of our 100", "150 out of the 200") ----------------------

@pytest.mark.parametrize(("question", "suspected", "completed"), [
    ("only 45 of our 120 suspicious cases finished follow-up. subsidy 1 million. how bad?", 120, 45),
    ("we closed 150 out of the 200 recalls this year — deduction?", 200, 150),
    ("only 60 of all 90 abnormal screens completed follow-up. penalty?", 90, 60),
    ("132 of our 180 suspected positives got worked up; subsidy 2 million. how much do we lose?", 180, 132),
    ("70 of the 95 flagged cases were followed up, deduction?", 95, 70),
])
def test_a_part_of_a_whole_with_a_determiner(question, suspected, completed):
    ext = _read(question, "hpa_followup_deduction")
    assert ext.args.get("suspected_positive_cases") == suspected
    assert ext.args.get("completed_cases") == completed


def test_those_lost_of_a_whole_are_never_read_as_completed():
    ext = _read("20 of those 50 suspected positives were lost to follow-up. deduction?", "hpa_followup_deduction")
    assert ext.args.get("completed_cases") != 20


# --- the certificate's six years said as an adjective beside a mission of six months -----------------------------------

@pytest.mark.parametrize(("question", "total", "required"), [
    ("six-year totals 120, 100, 90, 110, 70, 80 and 6 months with a medical mission abroad. can I renew?", 570, 550),
    ("6-yr window: 100, 90, 95, 80, 110, 100; plus 6 months with an overseas medical mission. renew?", 575, 550),
    ("my 6-year credits 120 110 100 90 80 70, also 6 months on a government medical mission — ok?", 570, 550),
    ("the 6 year totals: 100, 100, 100, 100, 100, 60; medical mission overseas 6 months. enough?", 560, 550),
    ("six-year sum by year 90, 90, 90, 90, 90, 90 and I did a 6-month medical mission. renew?", 540, 550),
])
def test_the_six_year_period_is_no_mission_length(ask, question, total, required):
    answer = ask(question)
    assert answer.route == "calculator"
    [call] = answer.tool_calls
    assert call.name == "tsa_renewal_check"
    assert call.args["overseas_mission_months"] == 6
    assert call.result["total"] == total
    assert call.result["required"] == required


@pytest.mark.parametrize(("question", "points"), [
    ("換證積分要 200 分，我教育積分 150，還差多少", 150),
    ("换证积分需要200分，我继教学分 120，外加国外会议 2 次，够吗", 120),
    ("指導老師換證積分門檻 200 分，目前累積 170 分，夠嗎", 170),
    ("換證積分至少 200 分嗎？我繼教學分 190", 190),
    ("instructor renewal credits needed are 200; my education credits are 175. short?", 175),
])
def test_the_renewal_bar_named_by_its_points_word_is_no_points(question, points):
    ext = _read(question, "tsir_renewal_check")
    assert ext.args.get("cme_points") == points
