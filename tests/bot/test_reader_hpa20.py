"""HPA classes of the twentieth round (reader, ledger, HPA vocabulary) — each tested with wordings of its own (zh-TW, zh-CN,
en), never the bank's sentence. Confidently wrong first: a label ending in a colon before a list ("平均：338、342…") was
read as a stated average, and the first score was dropped; the stated count of the sets ("四組") then went unnoticed."""

from __future__ import annotations

import pytest
from tests.bot.conftest import calculator_calls as _calls


# --- 1. a label ending in a colon before a run of figures labels the run; a stated count must agree (was confidently wrong)

@pytest.mark.parametrize(("question", "scores"), [
    ("抽選片 每組平均：341、352、338 三組，這樣是幾等", [341, 352, 338]),
    ("抽选片 个人平均：355 和 362 两组，评等多少？", [355, 362]),
    ("Sampled films, per-set averages: 352, 347 and 341 (3 sets). What grade do I get?", [352, 347, 341]),
])
def test_a_label_with_a_colon_before_a_list_is_no_stated_average(ask, question, scores):
    calls = _calls(ask(question))
    assert calls == [("hpa_image_grade", {"subject": "radiographer", "kind": "sampled", "scores": scores})]


@pytest.mark.parametrize("question", [
    "抽選片平均：350、352、349 兩組，幾等？",  # three figures, "two sets"
    "抽选片 平均：330、341 三组，几等？",
    "sampled averages: 351, 346 and 340 - 2 sets, what grade?",
])
def test_a_stated_count_that_disagrees_with_the_list_is_asked(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:200])


def test_an_average_after_the_list_stays_the_persons_own_aggregate(ask):
    # the colon labels a run only: "平均：359.5" after the figures is still their stated average, no third score
    calls = _calls(ask("抽選片兩張 361、358，平均：359.5，是 A 嗎？"))
    assert calls == [("hpa_image_grade", {"subject": "radiographer", "kind": "sampled", "scores": [361, 358]})]


# --- 2. a later question supposing an input the first did not state ("另外如果補助是 360 萬") adds it: one calculation ----

@pytest.mark.parametrize(("question", "args", "amount"), [
    ("疑似陽性 200 例、完成 140 例，扣幾%？如果補助是 250 萬呢？",
     {"suspected_positive_cases": 200, "completed_cases": 140, "annual_subsidy": 2500000}, 125000),
    ("追踪完成率 71%，扣几个百分点？另外如果全年补助 １５０万，扣多少钱",
     {"completion_rate_pct": 71, "annual_subsidy": 1500000}, 75000),
    ("completion rate 66%, what's the deduction? and if our subsidy is 1.2 million, how much money is that?",
     {"completion_rate_pct": 66, "annual_subsidy": 1200000}, 120000),
])
def test_a_supposed_input_the_first_question_lacked_is_added(ask, question, args, amount):
    a = ask(question)
    calls = _calls(a)
    assert calls == [("hpa_followup_deduction", args)]
    assert a.tool_calls[0].result["deduction_amount"] == amount


def test_a_what_if_changing_a_stated_input_is_still_no_sum(ask):
    # "如果是 68% 呢" changes the rate read before: never one calculation holding both rates
    a = ask("追蹤完成率 72.5% 會被扣多少%？如果是 68% 呢")
    assert not (a.route == "calculator" and len(a.tool_calls) == 1 and not a.parts)


# --- 3. the part beyond the rule's line asked about ("超過110%的部分", "the part over 10%") is the rule's, no fact ----------

@pytest.mark.parametrize(("question", "days", "screenings", "excess"), [
    ("兩位放射師都做滿 365 天，今年篩了 14000 件，超過 110% 的那部分有多少件拿不到錢", [365, 365], 14000, 800),
    ("两位放射师都做满 365 天，今年筛了 14000 件，超过10%的部分有几件不给付", [365, 365], 14000, 800),
    ("Two RTs, both 365 days, 14000 screenings this year. How many screenings above 110% go unpaid?", [365, 365], 14000, 800),
])
def test_the_part_beyond_the_rules_line_is_what_is_asked(ask, question, days, screenings, excess):
    a = ask(question)
    calls = _calls(a)
    assert calls == [("hpa_facility_volume", {"radiographer_work_days": days, "annual_screenings": screenings})]
    assert a.tool_calls[0].result["excess_cases"] == excess


def test_a_share_no_rule_states_is_still_asked(ask):
    # 120% is neither the rule's margin (10%) nor its line (110%): what it is is asked
    a = ask("兩位放射師都做滿 365 天，今年篩了 14000 件，超過 120% 的部分有幾件不給付？")
    assert a.route == "clarify" and not a.tool_calls


# --- 4. the month a radiographer joined or left, said with 進來 / 走, beside their days is no figure ----------------------

@pytest.mark.parametrize(("question", "days"), [
    ("放射師甲乙丙：甲 365 天、乙 365 天、丙 10月才進來 92 天，今年篩 13500 件，超量嗎？", [365, 365, 92]),
    ("放射师三位，两位整年 365 天，另一位 5月就走了只做了 120 天，今年筛 13500 件，超量吗？", [365, 365, 120]),
])
def test_the_month_someone_came_or_went_is_no_figure(ask, question, days):
    calls = _calls(ask(question))
    assert calls == [("hpa_facility_volume", {"radiographer_work_days": days, "annual_screenings": 13500})]


# --- 5. "扣幾個百分點" asks the percentage: no vague count --------------------------------------------------------------

@pytest.mark.parametrize(("question", "args", "pct"), [
    ("疑似陽性 150 例，追蹤完成 100 例，會扣幾個百分點", {"suspected_positive_cases": 150, "completed_cases": 100}, 10),
    ("追踪完成率 73%，补助要被扣几个百分点", {"completion_rate_pct": 73}, 5),
])
def test_how_many_percentage_points_asks_the_percentage(ask, question, args, pct):
    a = ask(question)
    assert _calls(a) == [("hpa_followup_deduction", args)]
    assert a.tool_calls[0].result["deduction_pct"] == pct


# --- 6. a rate stated beside the counts it comes from: the counts compute, the rate is checked ------------------------------

@pytest.mark.parametrize("question", [
    "追蹤完成率大約 62.5%：疑似陽性 80 例、完成 50 例，扣多少？",
    "追踪完成率 62.5%，阳性可疑个案 80 例，完成 50 例，要扣款吗",
    "Our completion rate was 62.5% (80 suspected positives, 50 completed). What's the deduction?",
])
def test_a_stated_rate_beside_its_counts_is_checked(ask, question):
    a = ask(question)
    assert _calls(a) == [("hpa_followup_deduction", {"suspected_positive_cases": 80, "completed_cases": 50})]
    assert a.tool_calls[0].result["deduction_pct"] == 15


def test_a_stated_rate_that_disagrees_with_its_counts_is_asked(ask):
    a = ask("追蹤完成率 70%：疑似陽性 80 例、完成 50 例，扣多少？")  # 50/80 is 62.5%
    assert a.route == "clarify" and not a.tool_calls


# --- 7. a QC shortfall said to be the machine's, or not a human factor, answers the human-factor question --------------------

@pytest.mark.parametrize("question", [
    "實地測試 壓迫 82、劑量 90、假體 92、照野 95、閱片 91，跟人為無關，是設備太舊了，要參加品管討論會嗎？",
    "实地测试 压迫 82 剂量 90 假体 92 照野 95 阅片 91，非人为因素，机器老旧，要去品管讨论会吗",
    "QC field test: compression 82, dose 90, phantom 92, field 95, reading 91 - the unit is old, nobody's mistake. Seminar needed?",
])
def test_a_worn_machine_is_no_human_factor(ask, question):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_qc_grade" and calls[0][1]["human_factor"] is False


# --- 8. a full year said with its one ("都做滿一年", "做满一年 365 天") is 365 days, no count ------------------------------

@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("放射師 2 位都做滿一年，今年篩了 14000 件，超量幾件？", [365, 365], 14000),
    ("我们三个放射师都做满一年365天，今年筛了 19000 件，超量吗", [365, 365, 365], 19000),
])
def test_a_full_year_said_with_its_one_is_365_days(ask, question, days, screenings):
    calls = _calls(ask(question))
    assert calls == [("hpa_facility_volume", {"radiographer_work_days": days, "annual_screenings": screenings})]


# --- 9. several cases each with its own category and date: each deadline from its own date --------------------------------

@pytest.mark.parametrize(("question", "expected"), [
    ("甲 category 4 是 115/2/10 篩的、乙 category 0 是 115/3/31 篩的，各自期限？",
     [{"category": 4, "screening_date": "2026-02-10"}, {"category": 0, "screening_date": "2026-03-31"}]),
    ("115/1/5 筛的 category 5、115/2/20 筛的 category 3，期限各是哪天？",
     [{"category": 5, "screening_date": "2026-01-05"}, {"category": 3, "screening_date": "2026-02-20"}]),
    ("patient 1: BI-RADS 4 screened 2026-02-10; patient 2: BI-RADS 0 screened 2026-03-31. Deadlines?",
     [{"category": 4, "screening_date": "2026-02-10"}, {"category": 0, "screening_date": "2026-03-31"}]),
])
def test_each_case_takes_its_own_date(ask, question, expected):
    calls = _calls(ask(question))
    assert [args for _, args in calls] == expected


@pytest.mark.parametrize("question", [
    "Three BI-RADS findings from the 2026-05-04 session: one cat 4, one cat 3, one cat 0 - deadlines?",
    "2 個 BI-RADS 結果，2026/5/4 篩檢：一個 category 4、一個 category 0，各自期限？",
])
def test_how_many_results_before_the_category_word_is_no_category(ask, question):
    calls = _calls(ask(question))
    assert all(name == "hpa_followup_deadline" and args["screening_date"] == "2026-05-04" for name, args in calls)
    assert len(calls) == len({args["category"] for _, args in calls}) >= 2


# --- 10. "Three quick ones: (a) … (b) … (c) …" with no part asking in words: each part is a thing asked ------------------

def test_counted_parts_with_no_question_words_are_parts(ask):
    a = ask("Two quick ones: (a) self-selected 352 & 338; (b) re-read positive 45%, negative 5%, first time. cheers")
    assert [c.name for c in a.tool_calls] == ["hpa_image_grade", "hpa_reread_action"]
    assert a.tool_calls[0].args["scores"] == [352, 338] and len(a.parts) == 2


@pytest.mark.parametrize(("question", "month"), [
    ("my monthly count was 530 - over the cap?", 530),
    ("我這個月的量 480，會不會超過", 480),
])
def test_ones_own_monthly_count_is_the_radiographers_month(ask, question, month):
    assert _calls(ask(question)) == [("hpa_radiographer_volume", {"monthly_screenings": month})]


# --- 11. a day's year said after it ("11/30 篩的（今年）", "3/4 screened last year") ------------------------------------------

@pytest.mark.parametrize(("reply", "day", "deadline"), [
    ("11/28 篩的（今年）", "2026-11-28", "2027-01-28"),
    ("11/27 筛的（今年）", "2026-11-27", "2027-01-27"),
    ("11/20 screened this year", "2026-11-20", "2027-01-20"),
])
def test_the_year_said_after_the_screening_day(engine, reply, day, deadline):
    from tests.bot.conftest import ask_and_reply
    _, a = ask_and_reply(engine, "BI-RADS 5 的個案最晚哪天要確診？幫我算", reply)
    assert _calls(a) == [("hpa_followup_deadline", {"category": 5, "screening_date": day})]
    assert a.tool_calls[0].result["deadline"] == deadline


# --- 12. the people said with 是 before their scores ("兩位是 362、355") are no score ----------------------------------------

def test_the_people_before_their_scores_are_no_score(engine):
    from tests.bot.conftest import ask_and_reply
    _, a = ask_and_reply(engine, "機構自選片 非緻密型最好那組 351，機構評等是？", "緻密型兩位是 344、357")
    assert _calls(a) == [("hpa_image_grade", {"subject": "facility", "kind": "self_selected",
                                              "scores": {"non_dense": [351], "dense": [344, 357]}})]
    assert a.tool_calls[0].result["score_used"] == 351
