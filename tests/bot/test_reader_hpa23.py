"""HPA classes of the twenty-third round (reader, HPA vocabulary) — each tested with wordings of its own (zh-TW, zh-CN,
en), never the bank's sentence: a day said without its year beside the one year the question names (今年 / last year),
a screening said done today, a category 0 right before a comma and a figure (no thousands group starts with 0)."""

from __future__ import annotations

import pytest

from tests.bot.conftest import TODAY, calculator_calls as _calls


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


# --- 6. work-day lists: the people counted, then some of them said by how long they worked ---------------------------

@pytest.mark.parametrize(("question", "days", "screenings"), [
    # the verb between the people and the value word (English)
    ("both of our 2 techs worked the whole year; 12,500 screenings this year — over the reasonable volume?", [365, 365], 12500),
    ("our three RTs were here all year and we screened 19,000. over the limit?", [365, 365, 365], 19000),
    # a count of some of them said in Chinese numerals is theirs, never the whole group's
    ("我們有四個放射師，兩個整年都在，另外兩個各做了 200 天，今年篩了 21000 案，有超量嗎？", [365, 365, 200, 200], 21000),
    ("我们有3个乳摄放射师，两个全年都在，另一个 9 月才来算 120 天，全年筛了 15000 例，超量吗？", [365, 365, 120], 15000),
    # plus opens the next count as and does
    ("4 RTs: three full-time all year (365 each) plus one part-timer who worked 90 days; 20,000 screens. Over?", [365, 365, 365, 90], 20000),
    # one of them, then one more said the same way, is no head count of one
    ("放射師一位整年 365 天、一位 240 天，今年篩了 9500 案，有沒有超過合理量？", [365, 240], 9500),
])
def test_work_days_of_people_said_by_how_long_they_worked(ask, question, days, screenings):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_facility_volume", calls
    assert sorted(calls[0][1]["radiographer_work_days"]) == sorted(days), calls
    assert calls[0][1]["annual_screenings"] == screenings, calls


def test_two_full_year_is_no_length_of_two_years():
    from bot.parsing.numbers import find_quantities
    assert [(q.value, q.unit) for q in find_quantities("2 full year and 1 part-timer")] == [(2, None), (1, None)]
    assert [(q.value, q.unit) for q in find_quantities("2 full years of service")] == [(2, "年")]
    assert [(q.value, q.unit) for q in find_quantities("1 full year of service")] == [(1, "年")]


@pytest.mark.parametrize(("question", "reply", "days"), [
    ("We have 2 qualified techs, one full-year. 9,500 screens this year — did we exceed the reasonable volume?",
     "the other one worked 150 days", [365, 150]),
    ("3 RTs — two full-time all year plus one part-timer. We did 16,000 screens. Over the limit?",
     "the part-timer worked 100 days", [365, 365, 100]),
])
def test_the_one_left_is_completed_by_the_reply(engine, question, reply, days):
    from tests.bot.conftest import ask_and_reply
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify", (first.route, first.answer[:200])
    calls = _calls(second)
    assert sorted(calls[0][1]["radiographer_work_days"]) == sorted(days), calls


def test_a_people_count_with_none_of_their_days_is_still_asked(ask):
    a = ask("our two RTs did 13,000 screenings this year. did we go over the reasonable volume?")
    assert a.route == "clarify", (a.route, a.answer[:200])


# --- 7. suspension asked with both rates at or under 50% / 15%: the previous review cannot decide 丁, so it is not asked --

@pytest.mark.parametrize(("question", "tier"), [
    ("陽性複判差異 46%、陰性 11%，會不會被停止判讀？", "recommended"),
    ("Positive 49%, negative 13% on the re-read — will the reader be suspended?", "recommended"),
    ("阳性 38%、阴性 6%，会被停止判读吗？", "none"),
])
def test_suspension_asked_where_the_previous_review_cannot_decide(ask, question, tier):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][0] == "hpa_reread_action" and "previously_required" not in calls[0][1], calls
    assert a.tool_calls[0].result["tier"] == tier


@pytest.mark.parametrize("question", [
    # (停權 / suspended: 丁's own outcome. Whether reading stops — 停止判讀 — is 丙's as well and is answered from the
    # rates, the previous review's requirement shown as the stated default: test_reader_hpa25)
    "阳性 55%、阴性 10%，会被停权吗？",  # over 50%: 丁 turns on the previous review
    "Positive 30%, negative 17% — is the reader suspended?",  # over 15%
    "陰性個案差異 9%，我會不會被停權？",  # the positive rate not read
])
def test_suspension_asked_where_the_previous_review_may_decide_asks_it(ask, question):
    a = ask(question)
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert any(m.startswith("previously_required") for m in a.missing), a.missing


def test_the_other_rate_given_in_the_reply_completes_without_the_previous_review(engine):
    from tests.bot.conftest import ask_and_reply
    first, second = ask_and_reply(engine, "判讀醫師陰性個案複判差異 10%，我要不要停止判讀？", "陽性是 42%")
    assert first.route == "clarify"
    calls = _calls(second)
    assert calls[0][1] == {"positive_discrepancy_pct": 42, "negative_discrepancy_pct": 10}, calls


# --- 8. the follow-up deduction's counts: the part that finished named by its whole; the categories then their total ---

@pytest.mark.parametrize(("question", "reply", "suspected", "completed"), [
    ("What's our deduction? 120 of our recalls have completed; subsidy was 900,000", "160 recalls in all", 160, 120),
    ("work out the follow-up penalty please — 70 of the suspected positives have finished", "100 altogether", 100, 70),
])
def test_the_part_that_finished_named_by_its_whole(engine, question, reply, suspected, completed):
    from tests.bot.conftest import ask_and_reply
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify", (first.route, first.answer[:200])
    assert first.pending_call is not None and first.pending_call.args.get("completed_cases") == completed, first.pending_call
    calls = _calls(second)
    assert calls[0][1]["suspected_positive_cases"] == suspected and calls[0][1]["completed_cases"] == completed, calls


@pytest.mark.parametrize(("question", "suspected", "completed"), [
    ("category 0、3、4、5 合计 260 例，完成追踪 200 例，补助 150 万，扣多少钱？", 260, 200),
    ("BI-RADS 0/3/4/5 total 320, 250 completed follow-up, subsidy 2,000,000. How much is deducted?", 320, 250),
    ("去年 cat 0/3/4/5 一共 410 案，已追蹤完成 330 案，補助 200 萬，要扣多少？", 410, 330),
])
def test_the_categories_then_their_total_are_the_suspected_positives(ask, question, suspected, completed):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_followup_deduction", calls
    assert calls[0][1]["suspected_positive_cases"] == suspected and calls[0][1]["completed_cases"] == completed, calls


def test_a_share_in_tenths_asked_is_no_amount_of_money(ask):
    # "扣幾成補助" asks the percentage: the subsidy is not asked for
    a = ask("疑似陽性 180 案、完成 120 案，會扣幾成補助？")
    calls = _calls(a)
    assert calls[0][1] == {"suspected_positive_cases": 180, "completed_cases": 120}, calls


# --- 9. one more item of a score list said not at hand: asked, never averaged or graded without it ---------------------

@pytest.mark.parametrize("question", [
    "Sampled scores for our RT: 349, 361, and a third set is still missing. Grade?",
    "抽選片分數 355、362，還有一組找不到，平均幾等？",
    "抽选片 3 组：348、355，第三组的分数还没拿到，会是几等？",
])
def test_a_further_set_not_at_hand_is_asked(ask, question):
    a = ask(question)
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert not a.tool_calls
    assert any(m.startswith("scores") for m in a.missing), a.missing


def test_the_set_given_in_the_reply_completes_the_grade(engine):
    from tests.bot.conftest import ask_and_reply
    first, second = ask_and_reply(engine, "Sampled scores for our RT: 349, 361, and a third set is still missing. Grade?",
                                  "the third was 350")
    assert first.route == "clarify"
    calls = _calls(second)
    assert sorted(calls[0][1]["scores"]) == [349, 350, 361], calls


def test_every_set_given_is_graded(ask):
    calls = _calls(ask("Sampled scores for our RT: 349, 361 and 350, the last one came back late. Grade?"))
    assert sorted(calls[0][1]["scores"]) == [349, 350, 361], calls


# --- 10. the head count then a bare run of as many figures; 工作天 right before its figures ----------------------------

@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("放射師 2 位，工作天 365/210，今年篩檢 9,800 案，有超過合理量嗎？", [365, 210], 9800),
    ("我們有 3 位，365/300/150，全年篩了 14,000 案，超量沒？", [365, 300, 150], 14000),
    ("放射师 3 名：365、365、90，今年筛了 15000 例，有没有超过合理量？", [365, 365, 90], 15000),
])
def test_a_head_count_then_as_many_bare_figures(ask, question, days, screenings):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_facility_volume", calls
    assert calls[0][1] == {"radiographer_work_days": days, "annual_screenings": screenings}, calls


def test_a_head_count_then_fewer_bare_figures_is_asked(ask):
    a = ask("我們有 3 位，365/300，全年篩了 14,000 案，超量沒？")
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert not a.tool_calls
