"""HPA classes of the twenty-third round (reader, HPA vocabulary) — each tested with wordings of its own (zh-TW, zh-CN,
en), never the bank's sentence: a day said without its year beside the one year the question names (今年 / last year),
a screening said done today, a category 0 right before a comma and a figure (no thousands group starts with 0)."""

from __future__ import annotations

import pytest

from tests.bot.conftest import TODAY


def _calls(a):
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    return [(c.name, c.args) for c in a.tool_calls]


# --- 1. a day without its year takes the one year the question names -------------------------------------------------

@pytest.mark.parametrize(("question", "category", "date"), [
    ("今年 12/20 篩的那位 category 0，複檢最晚哪天？", 0, f"{TODAY.year}-12-20"),
    ("2月3号筛查的，结果是 4 类，确诊最晚哪天？今年的", 4, f"{TODAY.year}-02-03"),
    ("Screened on 12/15 this year, came back cat 3 — what date is the recheck due by?", 3, f"{TODAY.year}-12-15"),
    ("去年 3/8 篩的 category 3，複檢期限是哪天？", 3, f"{TODAY.year - 1}-03-08"),
])
def test_a_day_without_its_year_takes_the_year_the_question_names(ask, question, category, date):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][0] == "hpa_followup_deadline", calls
    assert calls[0][1] == {"category": category, "screening_date": date}, calls


def test_a_day_without_its_year_and_two_years_named_is_not_bound_to_either(ask):
    # 去年 and 今年 both named: the day's year is not the question's one year (12/20 ahead of today: asked)
    a = ask("去年篩了很多，今年也是；12/20 篩的那位 category 0，複檢最晚哪天？")
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert any("12/20" in m for m in a.missing), a.missing


def test_a_day_without_its_year_and_no_year_named_is_still_asked_when_both_years_are_near(ask):
    a = ask("12/20 篩的那位 category 4，確診期限是哪天？")
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert not a.tool_calls


# --- 2. a screening said done today is dated today; today is never assumed otherwise ---------------------------------

@pytest.mark.parametrize(("question", "category"), [
    ("今天剛篩出一位 category 4，確診最晚哪天？", 4),
    ("今日筛的那位 3 类，复检期限是哪天？", 3),
    ("剛剛今天拍的那位判 0，複檢要在哪天前完成？", 0),
])
def test_a_screening_said_done_today_is_dated_today(ask, question, category):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][1] == {"category": category, "screening_date": TODAY.isoformat()}, calls
    assert any(TODAY.isoformat() in s for s in a.assumptions), a.assumptions


def test_today_named_of_something_else_is_no_screening_date(ask):
    a = ask("一位 category 0 的個案，複檢最晚哪天？我今天要打電話通知她")
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert not a.tool_calls


# --- 3. a category 0 before a comma and a figure is 0, never a thousands group ----------------------------------------

@pytest.mark.parametrize(("question", "category", "date"), [
    ("結果 BI-RADS 0，115年3月2日篩的，複檢最晚哪天？", 0, "2026-03-02"),
    ("category 0，2026/4/9 筛查，复检期限？", 0, "2026-04-09"),
])
def test_a_category_zero_before_a_comma_is_no_thousands_group(ask, question, category, date):
    calls = _calls(ask(question))
    assert calls[0][1] == {"category": category, "screening_date": date}, calls


def test_thousands_groups_still_read():
    from bot.parsing.numbers import find_quantities
    got = [q.value for q in find_quantities("補助 1,200,000 元，篩了 12,500 案")]
    assert got == [1200000, 12500], got
    assert [q.value for q in find_quantities("BI-RADS 0,115 年")] == [0, 115]


# --- 4. a count asked about, then stated again (or named again with "all"), is one fact -----------------------------

@pytest.mark.parametrize(("question", "people", "day"), [
    ("巡迴車可以報備 5 位放射師嗎？我們想報 5 位，一天篩 160 人", 5, 160),
    ("乳摄车能不能登记4个放射师？打算登记4个，一天拍140个", 4, 140),
    ("We'd like to register 5 radiographers on one van, 170 a day with all five on board. ok?", 5, 170),
])
def test_a_count_asked_then_stated_again_is_one_fact(ask, question, people, day):
    a = ask(question)
    calls = _calls(a)
    assert calls[0] == ("hpa_radiographer_volume", {"radiographers_on_van": people, "daily_screenings_on_van": day}), calls
    assert a.tool_calls[0].result["over_van_max_radiographers"] is True, a.tool_calls[0].result


def test_a_different_count_stated_after_a_question_is_still_unread(ask):
    # the second figure differs from the one asked about: no restatement, asked
    a = ask("乳攝車可以報備 4 位放射師嗎？我們打算報 3 位，另外 2 位支援，一天做 150 個")
    assert a.route == "clarify", (a.route, a.answer[:200])


# --- 5. a day the person guesses the deadline comes to is their guess, never an input ------------------------------

@pytest.mark.parametrize("question", [
    "2025/8/31 篩檢 category 3，複檢期限？我猜是 2/28 吧",
    "2026年1月30日筛查 0 类，复检最晚哪天？应该是3月30日？",
    "Category 4 screened 2024-12-31, diagnosis deadline? I think Feb 28, maybe",
])
def test_a_guessed_deadline_is_set_beside_the_result(ask, question):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][0] == "hpa_followup_deadline", calls
    assert a.unused and any("guess" in u or "猜測" in u for u in a.unused), a.unused


def test_a_second_day_not_guessed_is_still_asked(ask):
    a = ask("category 0 screened 2026-05-10 and again on 6/1 — recall deadline?")
    assert a.route == "clarify", (a.route, a.answer[:200])
