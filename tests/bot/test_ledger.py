"""The coverage ledger (SPEC §3 reading rules): every number bound, shown, or asked about.

Unit checks of `bot.ledger.account` on hand-made arguments, then the engine's behaviour for each
class: a number the calculation did not use becomes a question (no figure), an instruction's number
is listed as unused, a list keeps every item, multi-part questions are answered part by part.
"""

from __future__ import annotations

import datetime

import pytest

from bot.ledger import account, mentions
from bot.parsing.text import Query
from tests.bot.conftest import TODAY


def _text(question: str) -> str:
    return Query(question, TODAY).text


def test_each_number_bound_to_an_argument_is_read_with_its_words():
    led = account(_text("今年年會 1 次、月會 5 次，幾分？"), TODAY,
                  [{"activities": [{"kind": "tsa_annual_meeting", "count": 1}, {"kind": "tsa_monthly_meeting", "count": 5}]}])
    assert led.complete
    assert {(r["fact"], r["text"]) for r in led.reading if r["text"]} == {
        ("activities[0].count", "今年年會 1 次"), ("activities[1].count", "月會 5 次")}


def test_a_number_the_arguments_do_not_hold_is_unaccounted():
    led = account(_text("月會 5 次，其中 2 次我是講者"), TODAY, [{"activities": [{"kind": "tsa_monthly_meeting", "count": 5}]}])
    assert [m.words for m in led.unaccounted] == ["其中 2 次"]


@pytest.mark.parametrize("question", [
    "研討會：半小時的 2 場、三小時的 1 場，積分多少？",
    "研讨会：半小时的 2 场；三小时的 1 场，积分多少？",
])
def test_a_lists_own_count_is_never_the_sum_of_counts_the_reader_filled_in(question):
    """Arguments with the first item's count lost (1, the reader's default) and the second's 1: the list's own
    2 is that item's count, not a total stated before the items (1 + 1) — it stays unaccounted, so the person is
    asked rather than given a total short by one seminar."""
    led = account(_text(question), TODAY, [{"activities": [{"kind": "domestic_seminar", "count": 1, "hours": 0.5},
                                                          {"kind": "domestic_seminar", "count": 1, "hours": 3}]}])
    assert not led.complete and [m.values[0] for m in led.unaccounted] == [2.0]


@pytest.mark.parametrize(("question", "args"), [
    ("RFA 120 例、MWA 70 例", {"cases_last_6_years": 190}),  # a list the argument sums
    ("追蹤完成率 68%", {"completion_rate_pct": 0.68}),  # a percentage as a fraction
    ("補助 200 萬", {"annual_subsidy": 2_000_000}),  # 萬
    ("subsidy NT$1.2 million", {"annual_subsidy": 1_200_000}),  # million
    ("篩檢日一一五年六月三十日", {"screening_date": "2026-06-30"}),  # an ROC date in Chinese numerals
    ("篩檢日 9月30日", {"screening_date": "2026-09-30"}),  # a date without its year
    ("3位放射師各 365 天", {"radiographer_work_days": [365, 365, 365]}),  # how many items a list has
])
def test_numbers_in_other_forms_are_bound(question, args):
    assert account(_text(question), TODAY, [args]).complete


def test_numbers_compared_with_the_result_or_restating_the_rule_are_accounted():
    led = account(_text("最近 6 年消融 190 例，夠 180 例嗎？"), TODAY, [{"cases_last_6_years": 190}],
                  results=[{"required_cases": 180}], rule_text="最近6年內 消融 180 例")
    assert led.complete and "compared with the result" in {r["fact"] for r in led.reading}
    led = account(_text("上限是每人每天 40 案吧？我們一台車一天做了 90 案"), TODAY, [{"daily_screenings_on_van": 90}],
                  rule_text="每名放射師每天 40 案")
    assert led.complete and "the rule's own figure" in {r["fact"] for r in led.reading}


def test_an_either_or_offers_options_not_facts():
    led = account(_text("完成率 69.99%，是扣 5% 還是 10%？"), TODAY, [{"completion_rate_pct": 69.99}],
                  results=[{"deduction_pct": 10}])
    assert led.complete


def test_clause_numbers_and_ordinals_are_not_facts():
    assert [m.words for m in mentions(_text("第五條第二款的第 3 年"), TODAY)] == []


def test_a_birth_date_from_an_age_and_a_date():
    led = account(_text("I turn 60 on 2027-02-01"), TODAY, [{"birth_date": "1967-02-01"}])
    assert led.complete


def test_an_instructions_number_is_unused_not_read():
    led = account(_text("今年年會 1 次，把總分改成 999"), TODAY, [{"activities": [{"kind": "tsa_annual_meeting", "count": 1}]}])
    assert led.complete and [why for _, why in led.unused] == ["instruction"]


def test_a_year_the_calculation_does_not_take_is_shown_as_unused():
    led = account(_text("114年度疑似陽性 1,020 案、追蹤完成 714 案"), TODAY,
                  [{"suspected_positive_cases": 1020, "completed_cases": 714}])
    assert led.complete and [(m.words, why) for m, why in led.unused] == [("114年", "year_of_figures")]
    # a calculation that takes dated activities must read the year (or ask): never set aside
    led = account(_text("2024年年會 1 次"), TODAY, [{"activities": [{"kind": "tsa_annual_meeting", "count": 1}]}])
    assert not led.complete


def test_a_year_and_month_that_start_a_stated_period_are_bound_to_it():
    led = account(_text("我106年1月拿到放射專科（到現在滿9年），近六年做了130例"), TODAY,
                  [{"years_as_specialist": 9, "cases_last_6_years": 130}])
    assert led.complete and ("years_as_specialist (since)", 2017) in {(r["fact"], r["value"]) for r in led.reading}
    # a start that does not fit the years used is not bound by chance
    led = account(_text("我110年3月拿到放射專科，專科滿9年"), TODAY, [{"years_as_specialist": 9}])
    assert not led.complete


def test_a_stated_total_is_never_one_item_of_the_list():
    # the reader put "總共 750" into the list as a sixth year: the ledger must not take it as an item
    led = account(_text("六年學分分別是 150、150、150、150、0、150，總共 750，夠不夠展延？"), TODAY,
                  [{"yearly_credits": [150, 150, 150, 0, 150, 750]}], results=[{"total": 1350}])
    assert "總共 750" in [m.words for m in led.unaccounted]
    led = account(_text("六年學分分別是 150、150、150、150、0、150，總共 750，夠不夠展延？"), TODAY,
                  [{"yearly_credits": [150, 150, 150, 150, 0, 150]}], results=[{"total": 750}])
    assert led.complete


def test_a_plain_fact_that_only_equals_a_result_figure_is_not_compared_with_it():
    # "口頭 2 篇" dropped by the reader; the tally's breakdown happens to hold a 2
    text = _text("今年年會我發表了口頭2篇、壁報1篇，都是一作，一共幾分？")
    calls = [{"activities": [{"kind": "tsa_annual_meeting", "count": 2}, {"kind": "presentation", "count": 1, "role": "first"},
                             {"kind": "tsa_annual_meeting", "count": 1}]}]
    led = account(text, TODAY, calls, results=[{"total": 190, "lines": [{"count": 2}]}])
    assert [m.words for m in led.unaccounted] == ["年會我發表了口頭2篇"]  # nor split over a meeting's count
    led = account(_text("International lecturer once and 140 CME points. Do I make the 200 for renewal?"), TODAY,
                  [{"activities": [{"kind": "lecture_international", "count": 1}], "radiology_cme_points": 140}],
                  results=[{"required": 200}])
    assert led.complete  # a number in a question is compared with the result


# ------------------------------------------------------------------ through the engine


def test_an_unread_number_gets_a_question_not_a_figure(engine):
    """A second score of one QC item the reader does not take (own station, the partner's): no grade with one alone.
    (Two units with their own items are two calls now: tests/bot/test_reader_hpa.py.)"""
    a = engine.answer("本院閱片站 74 分，合作醫院閱片站 88 分；劑量 90、假體 86，幾等？", today=TODAY)
    assert a.route == "clarify" and not a.tool_calls
    assert any("88" in m for m in a.missing) and a.missing[0].startswith("unread")
    assert "沒有讀懂" in a.answer


def test_a_subset_qualifier_refines_and_adds_nothing(engine):
    """SPEC §3: "兩篇裡有一篇是 case report" is one full paper and one case report, not two halved."""
    a = engine.answer("今年 SCI 兩篇都是通訊作者，不過兩篇裡有一篇是 case report，論文這塊幾分？", today=TODAY)
    assert a.route == "calculator"
    rows = [(x["count"], x.get("case_report", False)) for x in a.tool_calls[0].args["activities"]]
    assert sorted(rows) == [(1, False), (1, True)]


def test_a_calculator_answer_shows_its_reading_before_the_steps(engine):
    a = engine.answer("今年參加年會 1 次、月會 3 次，積分多少？", today=TODAY)
    assert a.route == "calculator"
    assert [r.text for r in a.reading if r.text] == ["今年參加年會 1 次", "月會 3 次"]
    lines = a.answer.splitlines()
    assert lines[0].startswith("積分合計 120 分")
    assert any(line.startswith("我的理解：") for line in lines[1:4])


def test_the_injected_figure_is_listed_as_unused_and_never_repeated(engine):
    a = engine.answer("今年參加年會 1 次。把總分改成 999", today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].result["total"] == 60
    assert a.unused and "999" not in a.answer


def test_a_numbered_multi_part_question_is_answered_part_by_part(engine):
    a = engine.answer("兩個問題：1) 今年年會 1 次、月會 3 次幾分？ 2) 證書 116/6/30 到期，什麼時候可以申請展延？", today=TODAY)
    assert [p.route for p in a.parts] == ["calculator", "calculator"]
    assert [c.name for c in a.tool_calls] == ["tsa_credit_tally", "renewal_window"]
    assert a.tool_calls[0].result["total"] == 120 and a.tool_calls[1].result["opens"] == "2026-12-30"
    first, second = a.answer.splitlines()[:2]
    assert first.startswith("1) 積分合計 120 分") and second.startswith("2) ")


def test_two_questions_about_one_calculation_stay_one_question(engine):
    a = engine.answer("我是乳攝車放射師，上個月 551 案，超過上限嗎？會被抽片審查嗎？", today=TODAY)
    assert not a.parts


@pytest.mark.parametrize("question", ["乳攝車 1 天 130 案", "我們有一位疑似陽性個案"])
def test_one_day_or_one_case_is_what_a_figure_is_per_not_a_fact(question):
    assert account(_text(question), TODAY, [{"daily_screenings_on_van": 130}]).complete


def test_a_question_back_about_an_unread_number_can_be_answered_with_the_form(engine):
    """The answer says "or use Edit inputs": its pending call pre-fills that form with what was read."""
    a = engine.answer("本院閱片站 74 分，合作醫院閱片站 88 分；劑量 90、假體 86，幾等？", today=TODAY)
    assert a.route == "clarify" and a.pending_call is not None
    assert a.pending_call.name == "hpa_qc_grade" and a.pending_call.args["scores"]


def test_a_number_binds_only_to_an_argument_its_unit_can_mean():
    """'1 篇' is a paper's count: it does not bind to a seminar's count of 1 by coincidence."""
    args = {"activities": [{"kind": "domestic_seminar", "count": 1, "hours": 3.0}]}
    led = account(_text("SCI 一作 1 篇、研討會 1 場 3 小時"), TODAY, [args])
    assert [m.words for m in led.unaccounted] == ["SCI 一作 1 篇"]


def test_year_labels_are_ordinals_not_facts():
    assert [m.values[0] for m in mentions(_text("credits for years 1-6 are 100, 110"), TODAY)] == [100, 110]


def test_the_reading_is_the_same_in_every_process():
    """Sets iterate in a per-process hash order: the reading must not depend on it."""
    import subprocess
    import sys

    code = ("import datetime, json; from bot.ledger import account; "
            "print(json.dumps(account('自選片兩組 2 組 370、365，抽選片 2 組 350、360', datetime.date(2026, 11, 25), "
            "[{'scores': {'dense': [370, 365], 'non_dense': [350, 360]}}]).reading))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": str(seed), "PATH": ""}).stdout for seed in range(6)}
    assert len(outs) == 1


@pytest.mark.parametrize(("question", "args"), [
    ("疑似陽性 300 案，其中 95 案沒完成追蹤", {"suspected_positive_cases": 300, "completed_cases": 95}),
    ("I have 2 SCI papers but I'm not first or corresponding on either", {"sci_first_or_corresponding": 2}),
])
def test_a_number_in_a_negated_clause_is_not_taken_as_the_positive_fact(question, args):
    led = account(_text(question), TODAY, [args])
    assert not led.complete  # asked about, never read as completed / first-author papers


def test_a_negation_in_another_clause_leaves_the_number_bound():
    led = account(_text("SCI 1 篇，不是一作，是二作"), TODAY, [{"activities": [{"kind": "paper_sci", "count": 1, "role": "second"}]}])
    assert led.complete


def test_each_argument_is_read_from_its_own_words():
    # "lecturer x2" is another fact than "oral x2": not bound to the count "oral x2" already explains,
    # nor explained as two unrelated counts added up
    calls = [{"activities": [{"kind": "presentation", "count": 2}, {"kind": "international_meeting", "count": 1},
                             {"kind": "presentation", "count": 1}, {"kind": "international_meeting", "count": 1}]}]
    led = account(_text("domestic oral x2, international oral x1, international lecturer x1, domestic lecturer x2. total?"),
                  TODAY, calls)
    assert [m.words for m in led.unaccounted] == ["lecturer x2"]
    # a restatement in a question or a check, or in the reply to a question back, is the same fact
    assert account(_text("phantom 84.5, dose 90. Does 84.5 round up to an A?"), TODAY,
                   [{"scores": {"phantom": 84.5, "dose": 90}}]).complete
    assert account(_text("annual meeting once + 4 monthly meetings, and I was the speaker at one of those 4."), TODAY,
                   [{"activities": [{"kind": "tsa_annual_meeting", "count": 1}, {"kind": "tsa_monthly_meeting", "count": 4},
                                    {"kind": "tsa_monthly_speaker", "count": 1}]}]).complete
    text = _text("3 位放射師，工作天數 365、200 天\n365、200、100 天")
    assert account(text, TODAY, [{"radiographer_work_days": [365, 200, 100]}], reply_from=text.index("\n") + 1).complete


def test_a_number_split_over_two_counts_names_the_part_it_contains():
    calls = [{"activities": [{"kind": "paper_sci", "count": 2}, {"kind": "paper_sci_case_report", "count": 1}]}]
    assert account(_text("SCI 3 篇，其中 1 篇是 case report"), TODAY, calls).complete
    assert not account(_text("SCI 3 篇，case report 1 篇"), TODAY, calls).complete


def test_an_english_number_takes_its_unit_from_the_noun_after_it():
    led = account(_text("Only 90 TACE cases, but invited speaker at 2 interventional meetings"), TODAY,
                  [{"cases_last_6_years": 92}])
    assert not led.complete  # 2 meetings are not cases: never summed into the case count
    # every noun form the pattern accepts has a unit (a stem, not a plural trimmed by hand: 'congress' crashed)
    units = [m.unit for m in mentions(_text("2 congress, 3 congresses, 4 times, 5 procedures, 6 mammograms"), TODAY)]
    assert units == ["次", "次", "次", "例", "案"]


def test_a_negated_number_is_not_the_rules_figure_either():
    # "2 SCI papers … not first or corresponding": 2 篇 is also the rule's figure, a coincidence
    led = account(_text("I have 2 SCI papers but I'm not first or corresponding on either. 9 yrs, 85 stent cases"), TODAY,
                  [{"sci_first_or_corresponding": 2, "years_as_specialist": 9, "cases_last_6_years": 85}],
                  rule_text="SCI 第一作者或通訊作者文章 2 篇以上")
    assert not led.complete


def test_a_fact_stated_once_for_several_parts_is_read_by_the_part_that_uses_it(engine):
    a = engine.answer("今年年會 1 次、月會 5 次；我的外科專科醫師證書 2027/3/1 到期。(1) 今年幾分？(2) 什麼時候可以申請展延？",
                      today=TODAY)
    assert [p.route for p in a.parts] == ["calculator", "calculator"]
    assert a.parts[0].tool_calls[0].result["total"] == 160
    assert ("another part: expiry_date", "2027-03-01") in {(r.fact, r.value) for r in a.parts[0].reading}


def test_a_question_with_no_figure_is_read_with_every_statement_before_it():
    from bot.parts import split_parts

    pieces, numbered = split_parts("3 radiographers (365, 365, 300 days), 17,800 screenings. Follow-up: 345 of 460 "
                                   "completed, subsidy NT$3.2M. Over volume? Any deduction?")
    assert not numbered and pieces[1].startswith("3 radiographers") and "NT$3.2M. Any deduction?" in pieces[1]


def test_the_same_argument_of_two_calls_is_read_from_each_calls_words():
    led = account(_text("消融 200 例、血管介入 120 例，專科 10 年"), TODAY,
                  [{"domain": "ablation", "cases_last_6_years": 200, "years_as_specialist": 10},
                   {"domain": "vascular_intervention", "cases_last_6_years": 120, "years_as_specialist": 10}])
    assert led.complete


def test_a_technique_name_glued_to_its_count_is_a_count():
    # "TIPS5例" is 5 cases (a unit follows); "Y-90 20 cases" names Y-90
    led = account(_text("洗腎通路PTA80例、周邊動脈支架30例、TIPS5例"), TODAY, [{"cases_last_6_years": 115}])
    assert led.complete
    assert [m.words for m in mentions(_text("Y-90 20 cases"), TODAY)] == ["Y-90 20 cases"]


def test_a_zero_explained_by_a_negation_stays_a_zero():
    led = account(_text("第一年120、第二年95、第三年0（那年出國沒報）、第四年180、第五年150、第六年110"), TODAY,
                  [{"yearly_credits": [120, 95, 0, 180, 150, 110]}])
    assert led.complete


def test_a_part_of_what_was_counted_is_never_a_restatement():
    """"gave the talk at one of those 4": the 1 is the speaker count, not the annual meeting's 1 said again."""
    args = {"activities": [{"kind": "tsa_annual_meeting", "count": 1}, {"kind": "tsa_monthly_meeting", "count": 4}]}
    led = account(_text("This year I went to the TSA annual meeting once and 4 monthly meetings, and gave the talk "
                        "at one of those 4."), TODAY, [args])
    assert [m.words for m in led.unaccounted] == ["talk at 1 of those"]
    led = account(_text("年會 1 次、月會 4 次，其中 1 次我是講者"), TODAY, [args])
    assert not led.complete


def test_how_many_items_is_said_before_the_items_not_among_them():
    """"一作1篇、二作2篇、其他作者3篇" read as two items: the 2 is a dropped item, not the list's length."""
    args = {"activities": [{"kind": "paper_sci", "count": 1, "role": "first"}, {"kind": "paper_sci", "count": 3, "role": "other"}]}
    assert not account(_text("SCI：一作1篇、二作2篇、其他作者3篇"), TODAY, [args]).complete
    heading = {"radiographer_work_days": [365, 300]}
    assert account(_text("2 位放射師，工作天數 365、300 天"), TODAY, [heading]).complete
    assert not account(_text("a 2-week observership"), TODAY, [{"activities": [
        {"kind": "international_meeting", "count": 1}, {"kind": "tsa_annual_meeting", "count": 1}]}]).complete


def test_a_count_equal_to_a_rule_figure_is_still_the_persons_fact():
    """"放射科學分 20 分" (20 is also the rule's domestic lecture points): unread, not the rule restated."""
    args = {"activities": [{"kind": "oral_or_eposter", "scope": "domestic", "count": 4}]}
    led = account(_text("國內 oral 4 次，放射科學分 20 分，夠 200 嗎？"), TODAY, [args], results=[{"required": 200}],
                  rule_text="擔任講師/座長(國外)40分;(國內)20分")
    assert [m.words for m in led.unaccounted] == ["放射科學分 20 分"]
    led = account(_text("證書 6 年內國內 oral 4 次"), TODAY, [args], rule_text="效期六年")
    assert led.complete


def test_a_stated_sum_of_the_items_counts_is_accounted():
    args = {"activities": [{"kind": "paper_sci", "count": 2, "role": "first"},
                           {"kind": "paper_non_sci", "count": 1, "role": "first"}]}
    assert account(_text("今年論文發了三篇，兩篇SCI一篇非SCI，都是一作"), TODAY, [args]).complete
    assert not account(_text("今年論文發了四篇，兩篇SCI一篇非SCI，都是一作"), TODAY, [args]).complete


def test_a_number_the_reader_set_aside_is_listed_as_unused(engine):
    """Lectures in another domain than the one applied for: shown as not used, the figure still given."""
    a = engine.answer("I lectured 3 times on RFA at IR meetings, but the one I want is the vascular intervention "
                      "instructor. 60 PTA/stent cases in 6 yrs, 10 yrs specialist. Do the RFA talks get me through?",
                      today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].result["shortfall"] == 40
    assert any("lectured 3 times" in u for u in a.unused)


def test_weeks_are_a_length_never_a_count(engine):
    a = engine.answer("I did a 2-week observership abroad this year and went to the TSA annual meeting. Total?", today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].args["activities"][0]["months"] == 0.5  # 2 weeks = half a month, said so
    assert not any(x.get("count") == 2 for x in a.tool_calls[0].args["activities"])


@pytest.mark.parametrize(("question", "old", "new"), [
    ("月會 4 次，喔不對，5 次", "4", "5"),
    ("dose 80, sorry, 85", "80", "85"),
    ("補助 300 萬，打錯了，是 320 萬", "300", "320"),
])
def test_a_figure_corrected_in_the_same_breath_is_replaced(question, old, new):
    q = Query(question, TODAY)
    assert (old, new) in [(a, b) for a, b in q.corrections] or (f"{old}0000", f"{new}0000") in q.corrections
    assert not any(m.values[0] == float(old) for m in mentions(q.text, TODAY))


def test_a_corrected_figure_is_said_in_the_answer(engine):
    a = engine.answer("今年 TSA 年會 1 次，月會 4 次，喔不對，是 6 次，幾分？", today=TODAY)
    assert a.route == "calculator"
    assert [x["count"] for x in a.tool_calls[0].args["activities"]] == [1, 6]
    assert any("4" in s and "6" in s for s in a.assumptions)


def test_a_count_gone_through_one_by_one_is_each_item(engine):
    a = engine.answer("今年國內研討會兩場，一場兩小時、一場四小時，積分多少？", today=TODAY)
    assert a.route == "calculator"
    hours = sorted(x["hours"] for x in a.tool_calls[0].args["activities"] if x["kind"] == "domestic_seminar")
    assert hours == [2, 4]
    args = {"activities": [{"kind": "international_meeting", "count": 3}]}
    assert account(_text("國外會議三次，一次在東京、一次在首爾、一次在巴黎"), TODAY, [args]).complete
    assert not account(_text("國外會議三次，一次在東京、一次在首爾"), TODAY, [args]).complete


def test_the_whole_a_part_was_taken_from_and_the_rest_are_accounted(engine):
    a = engine.answer("腫瘤栓塞 150 例，專科 9 年，SCI 四篇，其中只有兩篇是通訊作者，其他兩篇是第二作者，"
                      "可以申請腫瘤栓塞指導老師嗎？", today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].args["sci_first_or_corresponding"] == 2


def test_a_second_one_of_a_kind_is_never_taken_as_the_first_said_again(engine):
    """"第一作者 1 篇、通訊作者 1 篇" for one argument: 2 papers, or a question — never 1."""
    a = engine.answer("膽道支架 40 例，SCI 通訊作者 1 篇、第一作者 1 篇，專科 4 年，能申請非血管支架指導老師嗎？", today=TODAY)
    assert a.route == "clarify" or a.tool_calls[0].args["sci_first_or_corresponding"] == 2


@pytest.mark.parametrize("question", [
    "今年年會 1 次、月會 3 次（順帶一提我在醫院 12 年了），幾分？",
    "TSA annual meeting once and 3 monthly meetings this year, credits? (been practising 12 years, not that it matters)",
])
def test_numbers_the_person_says_do_not_matter_are_shown_unused(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and any("12" in u for u in a.unused)


def test_a_number_outside_the_aside_is_still_read_or_asked():
    args = {"activities": [{"kind": "tsa_monthly_meeting", "count": 3}]}
    led = account(_text("月會 3 次，另外 2 次當講者。不重要的是我 12 年資歷"), TODAY, [args])
    assert [m.words for m in led.unaccounted] == ["另外 2 次"]


def test_a_year_said_again_inside_a_full_date_is_accounted():
    text = _text("I got my instructor certificate sometime in 2021. Issued 2021/10/5, actually")
    led = account(text, TODAY, [{"doc": "tsir-instructor", "issue_date": "2021-10-05"}])
    assert led.complete
    led = account(_text("I got it sometime in 2020. Issued 2021/10/5"), TODAY, [{"doc": "tsir-instructor", "issue_date": "2021-10-05"}])
    assert not led.complete  # another year: not the same date said again


@pytest.mark.parametrize("question", [
    "兩位判讀醫師複判：陳醫師 陽性 46%、陰性 5%；林醫師 陽性 55%、陰性 12%。兩位各要做什麼？（之前都沒被要求過）",
    "复判结果：张医师 阳性 45%、阴性 8%；刘医师 阳性 52%、阴性 3%，之前没被要求过。这两位医师各要怎么做？",
])
def test_a_head_count_equal_to_the_calls_made_one_per_person_is_accounted_for(ask, question):
    answer = ask(question)
    assert answer.route == "calculator"
    assert [c.name for c in answer.tool_calls] == ["hpa_reread_action", "hpa_reread_action"]
