"""HPA classes of the twenty-ninth round (number parsing, HPA vocabulary, approximate figures) — each tested with wordings
of its own (zh-TW, zh-CN, en), never the bank's sentence: ten thousands with the thousands said short (萬二, 1萬2), the
volume words before 萬 kept in the HPA vocabulary, a CR-only test item scored on a DR unit, a rough figure on a grade's
or a tier's threshold."""

from __future__ import annotations

import re

import pytest

from bot.parsing.numbers import find_quantities, normalize_numerals
from tests.bot.conftest import calculator_calls as _calls


# --- 1. ten thousands with the thousands said short: 萬二 = 12000, 1萬2 = 12000 -------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("今年篩了萬二，超量嗎", "今年篩了12000，超量嗎"),
    ("年筛量万五左右", "年筛量15000左右"),
    ("年篩檢量 1萬2，放射師", "年篩檢量 12000，放射師"),
    ("去年做了2萬3", "去年做了23000"),
    ("一萬二案", "12000案"),
])
def test_ten_thousands_with_short_thousands_are_one_figure(text, expected):
    assert normalize_numerals(text) == expected


@pytest.mark.parametrize(("text", "value"), [("補助 3百萬，扣多少", 3000000), ("补助1.5千万", 15000000), ("subsidy 2 百萬元", 2000000)])
def test_digits_of_hundreds_of_ten_thousands_are_an_amount(text, value):
    (q,) = find_quantities(normalize_numerals(text))
    assert (q.value, q.unit) == (value, "萬元")


def test_the_deduction_reads_an_amount_in_digits_of_hundreds_of_ten_thousands(ask):
    (call,) = _calls(ask("今年疑似陽性 210 人，完成追蹤 150 人，補助 3百萬，扣多少"))
    assert call[1]["annual_subsidy"] == 3000000 and call[1]["completed_cases"] == 150


@pytest.mark.parametrize("text", ["萬一超量怎麼辦", "千萬不要超量", "年篩量2萬2位放射師"])
def test_in_case_and_a_count_after_ten_thousands_stay(text):
    out = normalize_numerals(text)
    assert "12000" not in out and "22000" not in out, out


@pytest.mark.parametrize(("question", "days", "screens"), [
    ("今年篩了萬二，三位放射師都整年，有超嗎", [365, 365, 365], 12000),
    ("年筛量 1万3，两个放射师都上满一年，超了没", [365, 365], 13000),
    ("放射師兩位 365、200 天，全年篩檢萬五，超量多少？", [200, 365], 15000),
])
def test_facility_volume_reads_short_ten_thousands(ask, question, days, screens):
    (call,) = _calls(ask(question))
    assert call[0] == "hpa_facility_volume"
    assert sorted(call[1]["radiographer_work_days"]) == days
    assert call[1]["annual_screenings"] == screens


# --- 2. the volume words before 萬 are the HPA vocabulary's ---------------------------------------------------------------

def test_the_volume_words_before_ten_thousands_live_in_the_hpa_vocabulary():
    from calculators.vocab_hpa import VOLUME_BEFORE_WAN

    from bot.parsing import numbers

    assert re.search(VOLUME_BEFORE_WAN, "年篩檢量") and re.search(VOLUME_BEFORE_WAN, "篩了")
    assert not hasattr(numbers, "_COUNT_BEFORE_WAN")  # the parser holds no regulation's words of its own


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("操作量 1.2萬，超量嗎", 12000, None), ("年篩查量約 2万", 20000, None), ("補助 120萬，扣多少", 1200000, "萬元"),
])
def test_ten_thousands_of_a_volume_are_a_count_and_of_nothing_money(text, value, unit):
    (q,) = [q for q in find_quantities(text) if q.value >= 1000]
    assert (q.value, q.unit) == (value, unit)


# --- 3. the CR-only test item scored on a DR unit: set aside, never graded -------------------------------------------------

@pytest.mark.parametrize("question", [
    "我們是 DR 機，實地測試劑量 88、假體 90、壓迫 86、曝露指標 64，評幾等？",
    "我们是DR系统，剂量 90、假体 87、压迫 91、曝露指标 61，评几等",
    "Our DR unit: dose 89, phantom 86, compression 90, exposure index 63 — grades?",
    "FFDM unit, no CR: phantom 88, compression 92, exposure index 59. What grade?",
])
def test_an_exposure_index_on_a_dr_unit_is_not_graded(ask, question):
    a = ask(question)
    (call,) = _calls(a)
    assert call[0] == "hpa_qc_grade"
    assert "exposure_index_cr" not in call[1]["scores"], call
    assert a.tool_calls[0].result["worst"] == "A", a.tool_calls[0].result
    assert any("CR" in x for x in a.assumptions), a.assumptions


@pytest.mark.parametrize("question", [
    "CR 系統：曝露指標 64，假體 90，評幾等？",
    "我們有一台 CR 一台 DR，CR 那台曝露指標 64、假體 90，評幾等",
    "Dr Lin asked: phantom 90, exposure index 64, compression 88 — grades?",
])
def test_an_exposure_index_on_a_cr_unit_or_unnamed_is_graded(ask, question):
    (call,) = _calls(ask(question))
    assert call[1]["scores"].get("exposure_index_cr") == 64, call


@pytest.mark.parametrize("question", ["DR 機，曝露指標 60，評幾等？", "Our DR unit only had the exposure index at 66 — what grade?"])
def test_only_an_exposure_index_on_a_dr_unit_asks_for_the_scores(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.tool_calls)
    assert any("scores" in m for m in a.missing), a.missing


# --- 4. a rough figure right on a boundary of the result (a grade, a tier, a cap): asked for, whatever is asked -----------

@pytest.mark.parametrize("question", [
    "追蹤完成率大概 75% 左右，補助 100 萬，扣多少？",
    "随访完成率约 65%，补助 150 万，扣款比例是多少",
    "follow-up completion rate is around 70%, subsidy NT$2M. deduction?",
    "壓迫測試約 85 分，其他 90，評等？",
    "自選片兩組都大約 340 分，評幾等？",
    "陰性複判差異大概 15%，陽性 30%，要做什麼？",
    "two RTs full year, about 13,200 screens — over?",
])
def test_a_rough_figure_on_a_boundary_is_asked_for(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.tool_calls)
    assert any(m.startswith("rough") for m in a.missing), a.missing


@pytest.mark.parametrize(("question", "tool"), [
    ("追蹤完成率約 72%，補助 200 萬，要扣多少", "hpa_followup_deduction"),
    ("自选片两组都大约 350 分，评几等？", "hpa_image_grade"),
    ("phantom about 80, compression 90 — grades?", "hpa_qc_grade"),
    ("放射師這個月大約 450 例左右，有超過上限嗎？", "hpa_radiographer_volume"),
])
def test_a_rough_figure_inside_a_class_is_computed_with_its_assumption(ask, question, tool):
    a = ask(question)
    (call,) = _calls(a)
    assert call[0] == tool
    assert a.assumptions, a.assumptions


def test_the_exact_figure_replied_completes_the_rough_one(ask):
    from bot.answer import Conversation, Turn

    question = "追蹤完成率大概 75% 左右，補助 100 萬，扣多少？"
    first = ask(question)
    final = ask("74.6%", Conversation(turns=[Turn(question=question, answer=first)]))
    (call,) = _calls(final)
    assert call[1]["completion_rate_pct"] == 74.6 and final.tool_calls[0].result["deduction_pct"] == 5


@pytest.mark.parametrize(("value", "step"), [(75, 1), (74.5, 0.1), (13200, 1), (64.25, 0.01)])
def test_a_step_is_the_last_written_digit(value, step):
    from bot.verdict import step_of

    assert step_of(value) == pytest.approx(step)


@pytest.mark.parametrize("question", [
    "follow-up completion about 64%, subsidy 1.5 million — how much is deducted?",
    "追蹤完成率約 66%，補助 100 萬，扣多少",
])
def test_a_rough_figure_next_to_a_boundary_but_not_on_it_is_computed(ask, question):
    (call,) = _calls(ask(question))
    assert call[0] == "hpa_followup_deduction"


# --- 5. days said without the weekends or holidays: not the rule's work days (含例假日), asked --------------------------------

@pytest.mark.parametrize("question", [
    "兩位放射師，扣掉週末假日各上班 250 天，年篩量 9000，超量嗎",
    "两个放射师不含周末各上班 245 天，年筛 9500，超了吗",
    "放射師 A 250 天（不含例假日），B 全年，今年篩 10000，有超量嗎",
    "2 RTs, 250 working days each excluding weekends, 9000 screenings — over?",
    "our two techs: 248 and 250 days, weekdays only. 9,500 screenings this year, over the cap?",
])
def test_days_said_without_the_weekends_are_asked_for(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.tool_calls)
    assert any(m.startswith("radiographer_work_days") for m in a.missing), a.missing


@pytest.mark.parametrize(("question", "reply", "days"), [
    ("兩位放射師，扣掉週末假日各上班 250 天，年篩量 9000，超量嗎", "兩位都是 365 天", [365, 365]),
    ("2 RTs, 250 working days each excluding weekends, 9000 screenings, over?", "365 and 300", [300, 365]),
])
def test_the_reply_gives_the_days_holidays_included(ask, question, reply, days):
    from bot.answer import Conversation, Turn

    first = ask(question)
    (call,) = _calls(ask(reply, Conversation(turns=[Turn(question=question, answer=first)])))
    assert sorted(call[1]["radiographer_work_days"]) == days


@pytest.mark.parametrize("question", [
    "兩位放射師全年上班（週末休），今年篩了 12500，超量嗎",
    "Two techs worked the full year, weekends off, 12500 screenings. Over?",
    "放射師兩位 365、300 天（含例假日），年篩 11000，超量嗎",
])
def test_the_whole_year_or_days_with_holidays_are_read(ask, question):
    (call,) = _calls(ask(question))
    assert call[0] == "hpa_facility_volume"


# --- 6. a figure with the line it falls short of after it ("69.99% 差一點點到 70"): the figure is the person's ----------------

@pytest.mark.parametrize(("question", "tool", "arg", "value"), [
    ("完成率 69.99% 差一點點到 70，補助 250 萬，扣多少", "hpa_followup_deduction", "completion_rate_pct", 69.99),
    ("随访完成率 74.5% 差一点到 75，补助 100 万，扣多少", "hpa_followup_deduction", "completion_rate_pct", 74.5),
])
def test_the_figure_before_the_line_it_falls_short_of_is_read(ask, question, tool, arg, value):
    (call,) = _calls(ask(question))
    assert call[0] == tool and call[1][arg] == value, call


def test_the_line_after_the_figure_is_no_figure(ask):
    (call,) = _calls(ask("抽選片平均 357 差一点到 360，是 A 吗"))
    assert call[1]["scores"] == [357], call


# --- 7. the facility word before a staff word names the staff ("hospital RTs", "醫院的放射師") ---------------------------------

@pytest.mark.parametrize("question", [
    "mobile unit RT: sampled films 318 and 331, which grade? (same rule as hospital RTs?)",
    "hospital techs' sampled films averaged 345, grade?",
    "醫院的技術員自選片 350、362，幾等",
])
def test_a_staff_word_after_the_facility_word_is_a_radiographer(ask, question):
    (call,) = _calls(ask(question))
    assert call[1]["subject"] == "radiographer", call


def test_the_facility_itself_stays_the_facility(ask):
    (call,) = _calls(ask("our hospital's sampled films averaged 345, grade?"))
    assert call[1]["subject"] == "facility", call


# --- 8. the other items said all A with their scores in brackets, no item named: left out, the named item graded -----------

@pytest.mark.parametrize(("question", "scores", "worst"), [
    # as many figures as the other items (the CR item unnamed): placed in the table's order, said so
    ("假體影像分析 69 分，其他項目都 A（90、88、91、87），這台機器還能用嗎",
     {"phantom_image": 69, "dose_hvl_output_aec": 90, "compression": 88, "field_alignment": 91, "reading_system": 87}, "D"),
    ("phantom 72, the rest all A (88, 90, 91, 86) — grade?",
     {"phantom_image": 72, "dose_hvl_output_aec": 88, "compression": 90, "field_alignment": 91, "reading_system": 86}, "C"),
    # fewer figures than the other items: left out
    ("压迫 75，其余都是 A (92, 86, 90)，评等？", {"compression": 75}, "C"),
])
def test_the_rest_all_top_with_unnamed_scores_changes_no_grade(ask, question, scores, worst):
    a = ask(question)
    (call,) = _calls(a)
    assert call[1]["scores"] == scores, call
    assert a.tool_calls[0].result["worst"] == worst
    assert a.assumptions, a.assumptions


def test_unnamed_scores_of_the_rest_outside_the_top_band_are_not_left_out(ask):
    a = ask("壓迫 75，其餘都是 (92, 80, 90)，評等？")
    assert a.route == "clarify", (a.route, a.tool_calls)


# --- 9. a further radiographer named ("another", "the other one", "另一位") with no days read: asked, never left out --------

@pytest.mark.parametrize("question", [
    "一位放射師全年，另一位請了三個月產假，年篩 9000，超量嗎",
    "一个技术员整年，另外一个下半年才来，今年筛 8000，有超吗",
    "one RT full-year, the other one took 3 months off, 9,000 screens; over?",
    "one tech worked all year and another joined mid-year; 9000 screenings, over?",
])
def test_another_radiographer_without_days_is_asked(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.tool_calls)
    assert any(m.startswith("radiographer_work_days") for m in a.missing), a.missing


@pytest.mark.parametrize(("question", "days"), [
    ("one RT 365 days, the other 200; 9000 screens, over?", [200, 365]),
    ("一位做滿整年 365 天、另一位做了 300 天，年篩 9000，超量嗎", [300, 365]),
    ("放射師一位，全年，年篩 9000，超量嗎", [365]),
])
def test_every_radiographer_with_days_is_read(ask, question, days):
    (call,) = _calls(ask(question))
    assert sorted(call[1]["radiographer_work_days"]) == days


def test_the_reply_lists_both(ask):
    from bot.answer import Conversation, Turn

    question = "一位放射師全年，另一位請了三個月產假，年篩 9000，超量嗎"
    first = ask(question)
    (call,) = _calls(ask("365、273", Conversation(turns=[Turn(question=question, answer=first)])))
    assert sorted(call[1]["radiographer_work_days"]) == [273, 365]
