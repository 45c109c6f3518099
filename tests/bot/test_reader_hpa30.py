"""HPA classes of the thirtieth round — each tested with wordings of its own (zh-TW, zh-CN, en), never the bank's
sentence: the radiographers counted after their title with 個 ("放射師三個"), …"""

from __future__ import annotations

import pytest

from bot.parsing.numbers import normalize_numerals
from tests.bot.conftest import calculator_calls as _calls


# --- 1. the people named first, then how many with 個: "放射師三個都全年" is three radiographers, never one ----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("放射師三個都全年", "放射師3個都全年"),
    ("技術員兩个都做满", "技術員2个都做满"),
    ("放射師一個 365 天", "放射師一個 365 天"),  # one of them going through the list: an article, no count
    ("放射師三個月沒上班", "放射師3個月沒上班"),  # a length of time stays one
])
def test_a_count_after_the_people_with_ge_is_a_count(text, expected):
    assert normalize_numerals(text) == expected


@pytest.mark.parametrize(("question", "days"), [
    ("放射師三個都全年在職（365天），今年篩檢 20000 件，超量多少？", [365, 365, 365]),
    ("我們放射師兩個，都是整年，去年篩了 12500 案，有沒有超過合理量", [365, 365]),
    ("放射师四个都全年上班，今年乳摄筛查 25000 例，超了多少", [365, 365, 365, 365]),
])
def test_facility_volume_counts_every_radiographer_counted_after_the_title(ask, question, days):
    (call,) = _calls(ask(question))
    assert call[0] == "hpa_facility_volume"
    assert call[1]["radiographer_work_days"] == days


# --- 2. the suspected positives said of the count before them with a verb and their categories ---------------------------

@pytest.mark.parametrize(("question", "suspected", "completed"), [
    ("Last year 420 women came back BI-RADS 0/3/4/5 and 300 of them completed the work-up; subsidy NT$3,000,000. Deduction?",
     420, 300),
    ("Last year 350 cases were cat 0/3/4/5 and 250 of them finished follow-up; subsidy NT$1,000,000. What do we lose?",
     350, 250),
    ("去年有 260 位判為 category 0/3/4/5，完成追蹤 190 位，補助 200 萬，扣多少", 260, 190),
    ("去年共 330 人被判为 cat 0、3、4、5，追踪完成 250 人，补助 150 万，扣多少钱", 330, 250),
])
def test_the_suspected_positives_said_by_their_categories_after_a_verb(ask, question, suspected, completed):
    (call,) = _calls(ask(question))
    assert call[0] == "hpa_followup_deduction"
    assert (call[1]["suspected_positive_cases"], call[1]["completed_cases"]) == (suspected, completed)


# --- 3. "the third" opens one person's clause; a joining day written m/d is never dropped unchecked ---------------------

def test_the_third_is_one_person_of_the_head_count(ask):
    (call,) = _calls(ask("3 radiographers: two full year, the third worked 92 days; 16,000 screenings. Over?"))
    assert call[1]["radiographer_work_days"] == [365, 365, 92]


@pytest.mark.parametrize("question", [
    "三位放射師，兩位全年365天，另一位7/1才報到，算200天。全年篩了17,900案，超量嗎",  # 7/1 to the year's end is 184 days
    "3 radiographers: two full year, the third joined on 10/1 and worked 150 days; 16,000 screenings. Over?",
])
def test_a_joining_day_written_with_a_slash_is_never_dropped_unchecked(ask, question):
    assert ask(question).route == "clarify"


# --- 4. a bare Gregorian year looked at ("looking back at 2024 (leap year)"): the year of the figures, no figure ----------

def test_a_count_one_is_at_is_no_year(ask):
    (call,) = _calls(ask("We're at 2050 screenings this year with one radiographer who worked 120 days. Over?"))
    assert call[1]["annual_screenings"] == 2050


@pytest.mark.parametrize("question", [
    "Looking back at 2024 (a leap year), two radiographers worked 366 days each and we did 13,000 screenings. Over the limit?",
    "The figures of 2024: two radiographers, 366 days each, 13,000 screenings. Were we over?",
])
def test_a_year_looked_back_at_is_the_year_of_the_figures(ask, question):
    a = ask(question)
    (call,) = _calls(a)
    assert call[1]["radiographer_work_days"] == [366, 366] and call[1]["annual_screenings"] == 13000
    assert any("2024" in u for u in a.unused)


# --- 5. a group's shared figure after a verb: "2 radiographers worked 300 days each" --------------------------------------

@pytest.mark.parametrize(("question", "days"), [
    ("Two radiographers worked 300 days each; 11,000 screenings this year. Over?", [300, 300]),
    ("3 RTs have worked 200 days each, and the facility did 9,000 screenings. Any excess?", [200, 200, 200]),
])
def test_a_groups_figure_after_its_verb_is_each_ones(ask, question, days):
    (call,) = _calls(ask(question))
    assert call[0] == "hpa_facility_volume" and call[1]["radiographer_work_days"] == days


# --- 6. self-selected sets said as their average: never graded as a set (the lower set / best set is the rule's) ----------

@pytest.mark.parametrize("question", [
    "放射師自選片兩組平均起來 352 分，評等是 B 嗎？",
    "自选片两组平均 362，是A吗",
    "My two self-selected sets averaged 352 — is that a B?",
])
def test_an_average_of_self_selected_sets_is_never_graded(ask, question):
    a = ask(question)
    assert a.route != "calculator", a.answer[:200]


def test_the_sets_asked_after_an_average_are_graded_by_the_lower(engine):
    from tests.bot.conftest import ask_and_reply

    first, second = ask_and_reply(engine, "我的自選片兩組平均起來 352 分，評等是 B 嗎？", "非緻密 366、緻密 338")
    assert first.route == "clarify"
    (call,) = _calls(second)
    assert call[0] == "hpa_image_grade" and call[1]["kind"] == "self_selected"
    assert "C 等" in second.answer  # 338, the lower set


@pytest.mark.parametrize("question", ["抽選片四組平均 352，幾等", "sampled films averaged 352 — what grade?"])
def test_a_sampled_average_is_still_graded(ask, question):
    (call,) = _calls(ask(question))
    assert call[0] == "hpa_image_grade" and call[1]["kind"] == "sampled" and call[1]["scores"] == [352]


# --- 7. a month named short or as what the figures are for ("numbers for Sept"): a month's count --------------------------

@pytest.mark.parametrize("question", [
    "Numbers for Oct: one radiographer did 530 screenings. Over the cap?",
    "Our RT's count over March was 540 mammograms — is that over the monthly limit?",
])
def test_a_month_named_short_makes_the_count_a_months(ask, question):
    (call,) = _calls(ask(question))
    assert call[0] == "hpa_radiographer_volume"
    assert "exceeded" in ask(question).answer.splitlines()[0]


# --- 8. how many results the grades are asked of ("兩項各幾等", "两项分别是什么等级"): framing, no score ---------------------

@pytest.mark.parametrize("text", ["兩項各幾等？", "两项分别是什么等级", "2 項都是幾級", "3 項各是幾等"])
def test_the_results_counted_for_their_grades_are_questions(text):
    from bot.parsing.text import Query
    from bot.reader.mentions import counts_questions

    t = Query(text).text
    assert counts_questions(t, next(i for i, c in enumerate(t) if c.isdigit())), t


@pytest.mark.parametrize("question", [
    "(1) 自選片 非緻密 351 緻密 333 (2) 抽選片 4 組 362、357、349、351。兩項各幾等？",
    "一、自选片 非致密 352 致密 341；二、抽选片 361、355、348、350，两项分别是什么等级",
])
def test_both_results_are_graded_when_their_count_is_asked(ask, question):
    calls = _calls(ask(question))
    assert sorted(c[1]["kind"] for c in calls) == ["sampled", "self_selected"]


# --- 9. 陽性追蹤 right before its count: the suspected positives ------------------------------------------------------------

@pytest.mark.parametrize(("question", "suspected", "completed"), [
    ("陽性追蹤 150 案，完成 110 案，扣幾%？", 150, 110),
    ("阳性追踪 95 人，完成 70 人，补助 100 万扣多少", 95, 70),
    ("今年陽性需追蹤共 210 件，已完成 160 件，會扣嗎", 210, 160),
    ("陽性 200 人，30 人失聯，其餘都完成追蹤，補助 150 萬，扣多少", 200, 170),
    ("阳性 95 例，完成 70 例，扣多少", 95, 70),
])
def test_positive_follow_up_before_its_count_is_the_suspected_positives(ask, question, suspected, completed):
    (call,) = _calls(ask(question))
    assert call[0] == "hpa_followup_deduction"
    assert (call[1]["suspected_positive_cases"], call[1]["completed_cases"]) == (suspected, completed)


# --- 10. the van's spot review asked of one's own count said only as large: the count is asked, never the rule quoted -----

@pytest.mark.parametrize("question", [
    "我们乳摄车上有个放射师上个月拍得特别多，国健署会不会随时来抽片审查？",
    "我們乳攝車的技術員這個月照超多，會不會隨時被抽片審查？",
])
def test_a_spot_review_asked_of_a_large_count_asks_the_count(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.missing)  # the month's count asked, never the rule quoted


@pytest.mark.parametrize("question", ["乳攝車放射師會不會被抽片審查的標準是什麼？",
                                      "Will HPA spot-check a van radiographer who goes over 550 a month?"])
def test_the_spot_reviews_rule_asked_stays_the_rules(ask, question):
    assert ask(question).route == "retrieval"


# --- 11. a breast work-up choice said short ("stereo bx or mag views first"): a clinical decision, refused ---------------

@pytest.mark.parametrize("question", [
    "55F, cat 4 calcs on screening — would you go straight to stereo bx or get mag views first?",
    "Pt with cat 4 calcs — should we do stereo bx or US-guided bx?",
])
def test_a_work_up_choice_said_short_is_out_of_scope(ask, question):
    assert ask(question).route == "out_of_scope"


def test_the_work_ups_deadline_stays_the_rules(ask):
    (call,) = _calls(ask("Our cat 4 case was screened 2026-10-01, when is the biopsy deadline?"))
    assert call[0] == "hpa_followup_deadline"


# --- 12. a subgroup of one opened by 一個 ("兩個整年，一個做了 200 天") -----------------------------------------------------

@pytest.mark.parametrize(("question", "days"), [
    ("我們有三個放射師，其中兩個整年都在，一個年中才來做了 183 天，今年篩了 17000 件，會超嗎", [365, 365, 183]),
    ("放射师三个，两个全年，一个做了 200 天，今年 16000 例，超了吗", [365, 365, 200]),
])
def test_a_subgroup_of_one_said_with_ge(ask, question, days):
    (call,) = _calls(ask(question))
    assert sorted(call[1]["radiographer_work_days"]) == sorted(days)


def test_a_positive_rate_stays_the_rereads(ask):
    (call,) = _calls(ask("複判陽性 57%，陰性 10%，要做什麼"))
    assert call[0] == "hpa_reread_action"
