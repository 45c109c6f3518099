"""Classes of the fifth blind round where a calculator question was answered with a question back (or a wrong
figure) because the reader or the coverage ledger could not place a number whose meaning is plain — each tested
with wording of its own (zh-TW, zh-CN, en): a rule's figure or the person's own total / average beside the figures,
context numbers no input takes (age, years in practice), numbers that name a person, kinds named again in a
question, a part said of all of the whole, a count whose items follow in brackets."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply as _ask


def _args(a):
    assert a.route == "calculator", (a.route, a.missing)
    return a.tool_calls[0].args


# --- 1. a figure of the rule, or the person's own total or average, beside the figures ------------------------------

@pytest.mark.parametrize("question", [
    "Credits for my six years: 110, 95, 0, 130, 150, 120. Surely that's well over 600 - can I renew?",
    "六年積分分別是 110、95、0、130、150、120，總分 605，可以展延嗎？",
    "六年学分 110、95、0、130、150、120，加起来 605，为什么不能换证？",
])
def test_a_rules_figure_or_own_total_beside_a_list_is_no_year_of_it(engine, question):
    a = _ask(engine, question)
    assert _args(a)["yearly_credits"] == [110, 95, 0, 130, 150, 120]
    assert a.tool_calls[0].result["eligible"] is False  # a zero year


@pytest.mark.parametrize(("question", "scores"), [
    ("她的抽選片兩組 346、351，平均 348.5，應該是 B 吧？", [346, 351]),
    ("抽选片三组 362、358、366，平均是 362，是 A 吗？", [362, 358, 366]),
    ("Sampled sets for our radiographer: 341 and 338, which averages 339.5. Is that a C?", [341, 338]),
])
def test_the_persons_own_average_is_checked_not_graded(engine, question, scores):
    a = _ask(engine, question)
    assert _args(a)["scores"] == scores
    assert any("平均" in u or "average" in u for u in a.unused)


@pytest.mark.parametrize("question", [
    "抽選片兩組 346、351，平均 352，是 B 嗎？",
    "Six years: 110, 95, 100, 130, 150, 120 - total 690, enough to renew?",
])
def test_an_own_total_or_average_that_disagrees_is_asked_about(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify" and not a.tool_calls
    assert any(m.startswith("unread:") for m in a.missing)


# --- 2. context numbers no input of the tool takes -----------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "我今年 52 歲，執業 20 年，今年去了年會，月會 4 次，幾分？",
    "本人 48 岁，开业 15 年，今年年会去了一次，月会 4 次，多少学分？",
    "I'm 61 years old and have been in practice for 30 years. This year: the annual meeting once and 4 monthly meetings. Credits?",
])
def test_age_and_years_in_practice_are_unused_with_their_reason(engine, question):
    a = _ask(engine, question)
    assert a.tool_calls[0].result["total"] == 140
    assert len(a.unused) == 2 and all(("年齡" in u or "執業" in u or "age" in u or "practice" in u) for u in a.unused)


def test_an_age_beside_a_date_argument_is_still_asked(engine):
    """An age bears on a date (the 60th birthday): beside one it is never set aside unread."""
    a = _ask(engine, "I'm 59 years old, my TSIR instructor certificate expires 2027-03-01 and I have 150 points. Can I renew?")
    assert a.route == "clarify" and not a.tool_calls


# --- 3. numbers that name a person ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "calls"), [
    ("Facility self-selected sets, two radiographers. Tech 1: non-dense 352, dense 347. Tech 2: non-dense 361, dense 339. "
     "Facility grade?", 1),
    ("Re-read results for our two readers. Dr. 1 positive 45%, negative 10%; Dr. 2 positive 30%, negative 5%. Neither was "
     "asked to attend anything at the last review. What must each do?", 2),
])
def test_a_number_naming_a_person_is_no_quantity(engine, question, calls):
    a = _ask(engine, question)
    assert a.route == "calculator" and len(a.tool_calls) == calls
    if calls == 2:
        assert [c.args["positive_discrepancy_pct"] for c in a.tool_calls] == [45, 30]


def test_one_of_our_techs_is_who_the_question_is_about(engine):
    a = _ask(engine, "Sampled sets for one of our radiographers: 355 and 361. Grade?")
    assert _args(a)["scores"] == [355, 361]


# --- 5. a kind named again in a question, a part said of all of the whole ------------------------------------------

@pytest.mark.parametrize(("question", "total"), [
    ("我在金門執業，今年月會去了 3 次，其中 1 次是我主講。主講的也會加倍嗎？", 140),
    ("今年年会去了，月会 2 次。年会算几分？", 100),
    ("This year I went to 5 monthly meetings and was the speaker at one of those monthly meetings. Credits?", 120),
])
def test_a_kind_named_again_in_a_question_or_pointed_back_at_is_no_new_item(engine, question, total):
    a = _ask(engine, question)
    assert a.tool_calls[0].result["total"] == total


@pytest.mark.parametrize("question", [
    "今年月會去了 3 次，都有上台演講，幾分？",
    "今年月会 3 次，每次都是我主讲，多少分？",
    "This year: 3 TSA monthly meetings, and I spoke at all of them. Credits?",
])
def test_a_part_said_of_all_of_the_whole_takes_its_count(engine, question):
    a = _ask(engine, question)
    speaker = [x for x in _args(a)["activities"] if x["kind"] == "tsa_monthly_speaker"]
    assert [x["count"] for x in speaker] == [3]
    assert a.tool_calls[0].result["total"] == 120


@pytest.mark.parametrize("question", [
    "今年國內研討會三場（一場一小時、一場兩小時、一場四小時），幾分？",
    "今年国内研讨会两场（一场 1.5 小时，一场 3 小时），几分？",
    "This year: 2 domestic seminars (one 1.5 hours, one 3 hours). Credits?",
])
def test_a_count_whose_items_follow_in_brackets_heads_them(engine, question):
    seminars = [x for x in _args(_ask(engine, question))["activities"] if x["kind"] == "domestic_seminar"]
    assert all(x["count"] == 1 for x in seminars) and len(seminars) in (2, 3)


# --- 4. lists the reader missed ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("Our radiographers logged 300, 250 and 120 working days last year; 9,800 screenings. Are we over?", [300, 250, 120], 9800),
    ("3 radiographers, 200 working days each, 12,500 screenings last year. Any excess?", [200, 200, 200], 12500),
    ("院內兩位放射師（阿德、小芬）去年各工作三百天，篩檢一萬一千案，有沒有超量？", [300, 300], 11000),
    ("我们三名放射师（老张、小王、小李）每人全年工作 250 天，筛检 13,000 例，超量多少？", [250, 250, 250], 13000),
    ("Two radiographers: one worked all year (366 days - it was a leap year), the other started in autumn with 61 days. "
     "6,500 screenings. Any cases not paid?", [366, 61], 6500),
])
def test_work_day_lists_in_other_shapes(engine, question, days, screenings):
    args = _args(_ask(engine, question))
    assert args["radiographer_work_days"] == days and args["annual_screenings"] == screenings


# --- a bar the person asks the result against; how many items or people the question names again; year headings ---

@pytest.mark.parametrize("question", [
    "今年月會去了 8 次、年會一次，有沒有破兩百？",
    "今年月会 8 次、年会一次，一共几分？有没有破 200？",
    "This year: 8 monthly meetings and the annual meeting. Did I reach 200?",
])
def test_a_bar_asked_about_is_unused_and_the_result_answers_it(engine, question):
    a = _ask(engine, question)
    assert a.tool_calls[0].result["total"] == 220
    assert len(a.unused) == 1


def test_a_bar_stated_as_a_fact_is_still_asked(engine):
    """Outside a question a bound is no bar asked about: "over 200 credits of …" is a fact the reader cannot place."""
    a = _ask(engine, "This year: 8 monthly meetings, the annual meeting and over 200 credits of hospital CME. Total?")
    assert a.route == "clarify" and not a.tool_calls


@pytest.mark.parametrize("question", [
    "今年年會去了，SCI 第一作者論文一篇，兩項加起來幾分？",
    "今年年会去了，SCI 第一作者论文一篇，两项合计多少分？",
])
def test_how_many_items_named_again_is_no_fact(engine, question):
    assert _ask(engine, question).tool_calls[0].result["total"] == 110


def test_how_many_people_with_one_calculation_each_is_no_fact(engine):
    a = _ask(engine, "兩位醫師的複判：張醫師 陽性 42%、陰性 9%；陳醫師 陽性 20%、陰性 5%。上次都沒被要求，各要怎麼做？")
    assert a.route == "calculator" and len(a.tool_calls) == 2


@pytest.mark.parametrize(("question", "years"), [
    ("2024: annual meeting once, 3 monthly meetings. 2025: 5 monthly meetings. Credits per year?", {"2024": 120, "2025": 100}),
    ("2025：年會一次、月會 2 次。2026：月會 6 次。各年幾分？", {"2025": 100, "2026": 120}),
])
def test_a_year_heading_is_the_year_of_the_items_after_it(engine, question, years):
    assert _ask(engine, question).tool_calls[0].result["by_year"] == years


def test_yearly_figures_after_year_headings_are_the_six_years(engine):
    a = _ask(engine, "credits by year - 2020: 90, 2021: 100, 2022: 110, 2023: 95, 2024: 105, 2025: 120. can I renew?")
    assert _args(a)["yearly_credits"] == [90, 100, 110, 95, 105, 120]


@pytest.mark.parametrize("question", [
    "今年國際會議兩次（一次在首爾，一次是在台北舉辦的國際會議），月會 2 次，幾分？",
    "算兩年：去年月會 2 次，今年國際會議 2 次（一次在首爾、一次在台北辦的國際會議），各幾分？",
])
def test_items_in_brackets_going_through_a_count_are_no_new_items(engine, question):
    meetings = [x for x in _args(_ask(engine, question))["activities"] if x["kind"] == "international_meeting"]
    assert [x["count"] for x in meetings] == [2]


def test_another_presentation_after_a_count_is_still_an_item(engine):
    """Outside brackets "and one oral" is one more presentation, never one of the two posters."""
    a = _ask(engine, "This year 2 posters as first author and one oral as first author at the TSA annual meeting. "
                     "Credits for the presentations?")
    assert sum(x["count"] for x in _args(a)["activities"] if x["kind"] == "presentation") == 3
