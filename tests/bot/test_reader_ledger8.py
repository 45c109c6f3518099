"""Classes of the eighth round where the ledger met a number it could not bind, or bound one to the wrong fact — each
tested with wording of its own (zh-TW, zh-CN, en): days written 7/31 with or without a year word, a name that ends in a
number (Y-90), pairs of keyed figures that go on person by person, options and differences a question states, a total
said after its items, one of a count named in brackets, a count said again as the whole of a part, "+" between
label-number pairs, the person's own subtotals and totals, and a stated total that is no single item's count."""

from __future__ import annotations

import datetime
import re

import pytest

from bot.ledger import account, mentions
from bot.parsing.text import Query
from bot.reader.mentions import dates, numbers, slash_days
from tests.bot.conftest import TODAY, ask_and_reply as _ask


def _args(a):
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    return a.tool_calls[0].args


def _clarifies(a):
    assert a.route == "clarify", (a.route, a.answer[:300])


# --- 1. a month and day written with a slash, no year --------------------------------------------------------------

@pytest.mark.parametrize(("question", "category", "day"), [
    ("去年 8/15 篩檢的 category 3，複檢期限？", 3, "2025-08-15"),  # the year word gives the year
    ("一位 0 类个案 10/20 筛检，复检最晚哪天？", 0, "2026-10-20"),  # no year word: the latest such day
    ("a BI-RADS 4 screened on 9/5 — by when must it be confirmed?", 4, "2026-09-05"),
    ("a cat 0 screened on 3/4 last year - recall deadline?", 0, "2025-03-04"),  # the year word after it
])
def test_a_day_written_with_a_slash_is_the_screening_date(engine, question, category, day):
    assert _args(_ask(engine, question)) == {"category": category, "screening_date": day}


def test_two_categories_joined_by_a_slash_are_no_day(engine):
    a = _ask(engine, "category 3/4 screened 2026-02-10, deadlines?")
    assert sorted(c.args["category"] for c in a.tool_calls) == [3, 4]
    assert all(c.args["screening_date"] == "2026-02-10" for c in a.tool_calls)


@pytest.mark.parametrize("text", ["完成 3/4 了", "score 350/366", "cat 0/3/4/5", "2/3 of them", "1/2"])
def test_a_share_a_pair_of_scores_or_a_list_of_categories_is_no_day(text):
    assert slash_days(text) == []


def test_a_year_word_before_a_day_without_its_year_makes_a_full_date():
    got = dates(Query("去年 12/31 篩的個案", TODAY))
    assert [(m.kind, m.value) for m in got] == [("date", datetime.date(2025, 12, 31))]
    got = dates(Query("今年的 7月31日 篩的", TODAY))
    assert [(m.kind, m.value) for m in got] == [("date", datetime.date(2026, 7, 31))]


def test_the_ledger_reads_a_slash_day_as_one_date_not_two_numbers():
    said = mentions("7/31 同一天篩了兩個：0 類、3 類", TODAY)
    assert [(m.unit, m.values) for m in said][0] == ("month-day", (731.0,))
    assert not any(m.values == (31.0,) for m in said)


# --- 2. a name that ends in a number is no count ------------------------------------------------------------------

@pytest.mark.parametrize(("question", "cases"), [
    ("TACE 240 例、Y-90 70 例，專科 10 年，腫瘤栓塞指導老師可以申請嗎？", 310),
    ("TACE 230 and Y-90 radioembolization 75 in six years, 9 years specialist, tumour embolisation instructor?", 305),
    ("肿瘤栓塞：TACE 250 例，Y-90 40 例，专科 11 年，能申请指导老师吗", 290),
])
def test_y90_names_a_treatment_and_its_90_is_no_case_count(engine, question, cases):
    assert _args(_ask(engine, question))["cases_last_6_years"] == cases


def test_a_reader_number_after_a_letter_and_hyphen_is_a_name():
    assert [n.value for n in numbers(Query("TARE/Y-90 60, COVID-19 2", TODAY))] == [60, 2]


# --- 3. keyed pairs that go on person by person -------------------------------------------------------------------

@pytest.mark.parametrize(("question", "non_dense", "dense", "grade"), [
    ("機構自選片：佩君 非緻密 361/緻密 352、嘉玲 347/366、宗翰 355/358，機構幾等？", [361, 347, 355], [352, 366, 358], "A"),
    ("机构自选片 两位放射师：小王 非致密 345/致密 362；小李 368/349，机构几等？", [345, 368], [362, 349], "A"),
    ("facility self-selected, 2 techs — Amy: non-dense 358 / dense 347, Ben 361 / 369. grade?", [358, 361], [347, 369], "A"),
    ("機構自選片評等？本院三個放射師：\n- 阿德 非緻密341/緻密352\n- 小蔡 349/338\n- 美華 344/355", [341, 349, 344],
     [352, 338, 355], "B"),
])
def test_pairs_after_the_first_keyed_pair_go_on_in_its_order(engine, question, non_dense, dense, grade):
    a = _ask(engine, question)
    assert _args(a)["scores"] == {"non_dense": non_dense, "dense": dense}
    assert a.tool_calls[0].result["grade"] == grade


def test_the_sets_each_person_sends_are_the_rules_own_figure(engine):
    a = _ask(engine, "兩位合格放射師，各送一組非緻密＋一組緻密自選片：阿明 非緻密 362/緻密 371，阿華 365/360。機構幾等？")
    assert _args(a)["scores"] == {"non_dense": [362, 365], "dense": [371, 360]}


# --- 4. options and differences a question states are no facts ----------------------------------------------------

@pytest.mark.parametrize(("question", "pct"), [
    ("追蹤完成率 72%，扣 5% 還 10%？", 5),
    ("完成率 66%，是扣 10% 还是 15%？", 10),
    ("follow-up completion 58% - is the deduction 15% or 20%?", 20),
])
def test_options_the_question_offers_are_answered_not_read(engine, question, pct):
    a = _ask(engine, question)
    assert a.tool_calls[0].result["deduction_pct"] == pct
    assert len(_args(a)) == 1  # the completion rate only


@pytest.mark.parametrize("question", [
    "放射師自選片：緻密 352、非緻密 371，只差 8 分就 A 了？幾等",
    "放射师自选片 致密 355、非致密 368，差5分就A了吧，评几等",
    "self-selected sets: dense 357, non-dense 364 for our radiographer. only 3 points short of an A? grade?",
])
def test_a_difference_the_person_worked_out_is_set_aside_and_said(engine, question):
    a = _ask(engine, question)
    assert a.tool_calls[0].result["grade"] == "B"
    assert any("差" in u or "difference" in u for u in a.unused)


def test_options_one_of_which_is_a_read_fact_are_not_set_aside():
    # "月會 2 次還是 3 次": the reader read 2 as the count; the other option must stay unaccounted (asked)
    calls = [{"activities": [{"kind": "tsa_monthly_meeting", "count": 2}]}]
    led = account(Query("月會 2 次還是 3 次？我忘了，幾分", TODAY).text, TODAY, calls, results=[{"total": 40}])
    assert [m.values[0] for m in led.unaccounted] == [3.0]


# --- 5. a total said after its items, one of a count named in brackets --------------------------------------------

@pytest.mark.parametrize(("question", "points"), [
    ("換證：國外會議去了 RSNA、ECR、CIRSE，共三次，專科積分 140，夠嗎？", 185),
    ("renewal: overseas IR meetings CIRSE, SIR and APSCVIR (3 in all), radiology CME 130 points — enough for 200?", 175),
])
def test_a_total_said_after_the_items_it_counts_is_their_total(engine, question, points):
    assert _ask(engine, question).tool_calls[0].result["points"] == points


def test_a_stated_total_is_no_single_items_count():
    # read as CIRSE 1, SIR 1, JSIR 3 (five meetings): the "總共 3 次" must not bind JSIR's 3 — asked, never 225
    calls = [{"activities": [{"kind": "international_meeting_attendance", "count": 1},
                             {"kind": "international_meeting_attendance", "count": 1},
                             {"kind": "international_meeting_attendance", "count": 3}], "cme_points": 150}]
    led = account(Query("换证：出国开会 CIRSE、SIR、JSIR 总共 3 次，专科积分 150，够吗", TODAY).text, TODAY, calls,
                  results=[{"points": 225}])
    assert [m.values[0] for m in led.unaccounted] == [3.0]


@pytest.mark.parametrize(("question", "lectures"), [
    ("invited lecturer on TIPS at 3 meetings (TSIR, CIRSE, one in Korea), 5 yrs specialist, 30 cases — vascular intervention instructor?", 3),
    ("血管介入：專科 6 年、近六年 60 例，但在 3 個會議演講過（TSIR、APSCVIR、一場在日本），可以申請指導老師嗎？", 3),
    ("非腫瘤栓塞：专科 5 年，40 例，在 3 场会议讲过 BRTO（台湾、韩国、另外一场在日本），能申请吗", 3),
])
def test_one_of_the_ones_named_in_brackets_is_no_more_lectures(engine, question, lectures):
    assert _args(_ask(engine, question))["lectures_in_domain"] == lectures


# --- 6. a count said again as the whole a part is taken from ------------------------------------------------------

@pytest.mark.parametrize(("question", "monthly", "speaker"), [
    ("今年月會四次，四次中有一次我當講者，多少分？", 4, 1),
    ("月会去了6次，6次当中有2次是我讲的，积分多少", 6, 2),
    ("月會五次，五次裡面有兩次是我講的，幾分", 5, 2),
])
def test_the_whole_said_again_before_its_part_is_no_speaker_count(engine, question, monthly, speaker):
    acts = {x["kind"]: x["count"] for x in _args(_ask(engine, question))["activities"]}
    assert acts == {"tsa_monthly_meeting": monthly, "tsa_monthly_speaker": speaker}


# --- 7. "+" between label-number pairs adds them ------------------------------------------------------------------

@pytest.mark.parametrize(("question", "cases"), [
    ("腫瘤栓塞 TACE 210 + TARE 95，專科九年，能申請指導老師嗎？", 305),
    ("Tumor embolization instructor: TACE 180 + TARE 20 + cTACE 90 in the past six years, 12 yrs specialist", 290),
    ("消融：RFA 100例＋MWA 85例，专科 9 年，够不够？", 185),
])
def test_a_plus_between_label_number_pairs_adds_them(engine, question, cases):
    assert _args(_ask(engine, question))["cases_last_6_years"] == cases


def test_a_trailing_plus_is_still_a_bound(engine):
    from bot.reader.mentions import bound_of
    t = "everything else was 86+ : dose 86"
    assert bound_of(t, t.index("86"), t.index("86") + 2) == ">="
    t = "TACE 210 + TARE 95"
    assert bound_of(t, t.index("210"), t.index("210") + 3) is None


# --- 8. the person's own subtotals and totals, checked ------------------------------------------------------------

@pytest.mark.parametrize(("question", "total"), [
    ("今年年會 1 次 60 分、月會 2 次 40 分，總共 100 分對嗎？", 100),
    ("年会一次=60，月会五次=100，合计160吗", 160),
])
def test_subtotals_that_agree_with_the_steps_are_checked_not_asked(engine, question, total):
    assert _ask(engine, question).tool_calls[0].result["total"] == total


def test_a_subtotal_and_total_after_an_arrow_in_english(engine):
    a = _ask(engine, "TSIR renewal: 4 overseas meetings = 60, radiology CME 120 → 180, enough?")
    assert a.tool_calls[0].result["points"] == 180


@pytest.mark.parametrize("question", [
    "今年年會 1 次 60 分、月會 3 次 80 分，總共 140 分對嗎？",  # 3 monthly meetings are 60, not 80
    "TSIR renewal: 4 overseas meetings (60), radiology CME 120 → total 190, enough?",  # 180, not 190
])
def test_a_subtotal_or_total_that_disagrees_is_asked_about(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:300])


# --- 9. a figure corrected in the same breath, a few words on -----------------------------------------------------

@pytest.mark.parametrize(("question", "key", "value"), [
    ("QC: phantom 72 - oops, it was 82 - dose 88, compression 90, field 86, reading 87. grade?", "phantom_image", 82),
])
def test_a_correction_after_a_dash_replaces_the_figure(engine, question, key, value):
    assert _args(_ask(engine, question))["scores"][key] == value


def test_a_correction_in_chinese_after_an_apology_replaces_the_figure(engine):
    a = _ask(engine, "自選片 緻密 338 — 抱歉打錯，是 348 — 非緻密 365，幾等")
    assert _args(a)["scores"] == {"non_dense": 365, "dense": 348}


@pytest.mark.parametrize(("question", "days"), [
    ("two techs: 300 days and 150 days - no wait, the other one was 250 days; 9000 screenings this year. over the limit?", [300, 250]),
    ("兩位放射師 365 天和 180 天，不對，第二位是 200 天，年篩 12000 案，有超量嗎", [365, 200]),
    ("两位放射师 365 天、100 天，说错了，应该是 120 天，年筛 9000 案，超量吗", [365, 120]),
])
def test_a_corrected_work_day_count_replaces_the_one_before(engine, question, days):
    assert _args(_ask(engine, question))["radiographer_work_days"] == days


def test_an_apology_that_corrects_nothing_is_no_correction():
    from bot.parsing.text import corrections
    assert corrections("I have 3, sorry about the delay, 4 papers") == []
    assert corrections("dense 339 — sorry, typo, dense was 341 — and") == [("339", "341")]


# --- 10. a count heading a list after its colon is no single item's count -----------------------------------------

_TWO_PAPERS = [{"activities": [{"kind": "paper_sci", "count": 2, "role": "first", "case_report": True},
                               {"kind": "paper_non_sci", "count": 1, "role": "corresponding"}]}]


@pytest.mark.parametrize("text", [
    "Two papers this year: an SCI case report where I'm first author, and a non-SCI full paper as corresponding author.",
    "今年兩篇論文：SCI 病例報告我一作，另外非 SCI 原著我是通訊作者。",
    "论文两篇：SCI 病例报告（一作），非 SCI 原著（通讯作者）。",
])
def test_a_heading_count_read_as_one_items_count_is_asked_about(text):
    led = account(Query(text, TODAY).text, TODAY, _TWO_PAPERS, results=[{"total": 60}])
    assert [m.values[0] for m in led.unaccounted] == [2.0]


def test_a_heading_count_of_one_item_with_a_part_read_from_words_stays_read(engine):
    acts = _args(_ask(engine, "3 monthly meetings: I spoke at 1 of them. credits?"))["activities"]
    assert {x["kind"]: x["count"] for x in acts} == {"tsa_monthly_meeting": 3, "tsa_monthly_speaker": 1}


# --- 11. a one-character numeral after a Latin label in a list is the label's count ---------------------------------

@pytest.mark.parametrize(("question", "cases"), [
    ("消融：RFA 一百五、cryo 二十、IRE 三，專科十年，可以嗎", 173),
    ("ablation cases: RFA 150, MWA 25, IRE 两，专科 9 年，够吗", 177),
    ("肝腫瘤消融近六年 RFA 一百、MWA 七十、PEI 九，專科 12 年，夠嗎", 179),
])
def test_a_one_character_numeral_after_a_label_is_counted_never_dropped(engine, question, cases):
    assert _args(_ask(engine, question))["cases_last_6_years"] == cases


def test_a_one_character_numeral_elsewhere_stays_a_word():
    from bot.parsing.numbers import normalize_numerals
    assert normalize_numerals("IRE 五，PEI 三。") == "IRE 5，PEI 3。"
    assert normalize_numerals("我們一起去") == "我們一起去"
    assert normalize_numerals("RFA 五官科") == "RFA 五官科"


# --- 12. a figure with its unit wins its argument; a figure repeated "×N"; the one vehicle ---------------------------

def test_a_figure_with_its_unit_wins_the_argument_over_a_bare_one_of_the_same_value(engine):
    a = _ask(engine, "定位 150、切片 100、引流 40、PTCD 12（總共302），專科12年，定位切片引流指導老師可以嗎？")
    assert _args(a) == {"domain": "localization_biopsy_drainage_pain", "cases_last_6_years": 302, "years_as_specialist": 12}


def test_the_bare_figure_freed_by_the_unit_one_may_sum_a_list():
    calls = [{"years_as_specialist": 15, "domain": "localization_biopsy_drainage_pain", "cases_last_6_years": 305}]
    text = Query("biopsy 180, drainage 90, PCN 20, PTCD 15 (305 in all); 15 years as a specialist", TODAY).text
    led = account(text, TODAY, calls, results=[{"eligible": True}])
    assert led.complete, [m.words for m in led.unaccounted]


@pytest.mark.parametrize(("text", "days"), [
    ("兩位放射師全年 365 天 ×2，年篩 14000 案，超量嗎", [365, 365]),
    ("4 radiographers, all full year (365d x4), 26k screenings", [365, 365, 365, 365]),
    ("三位放射师 300 天 x3，年筛 15000 案", [300, 300, 300]),
])
def test_a_figure_repeated_times_n_is_read_n_times_and_the_n_is_no_fact(text, days):
    calls = [{"radiographer_work_days": days, "annual_screenings": 14000}]
    led = account(Query(text, TODAY).text, TODAY, calls, results=[{"over": True}])
    assert not [m.words for m in led.unaccounted if re.search(r"[xX×]\s*\d", m.words)]


def test_the_one_van_a_question_is_about_is_no_count(engine):
    a = _ask(engine, "Can we register 4 RTs on one screening van? They did 130 today.")
    assert a.route == "calculator", a.answer[:200]
