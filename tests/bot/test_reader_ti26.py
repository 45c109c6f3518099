"""TSA / TSIR reader classes of the twenty-sixth round — each tested with wordings of its own (zh-TW, zh-CN, en),
never the bank's sentence."""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.dates import find_years
from bot.parsing.numbers import normalize_numerals

TODAY = datetime.date(2026, 11, 25)


def _call(a, tool):
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    calls = [c for c in a.tool_calls if c.name == tool]
    assert calls, a.tool_calls
    return calls[0]


def _kinds(call) -> dict[str, int]:
    """{kind: count summed} of a tally's activities."""
    out: dict[str, int] = {}
    for act in call.args["activities"]:
        out[act["kind"]] = out.get(act["kind"], 0) + int(act.get("count", 1))
    return out


# --- 1. the person reporting at a monthly meeting said with 做 / 作 ("其中 2 次是我做報告") ---------------------------

@pytest.mark.parametrize(("question", "meetings", "talks"), [
    ("今年月會去了9次，其中2次是我做報告，積分多少？", 9, 2),
    ("月会今年参加7次，有一次由我来做报告，一共几分", 7, 1),
    ("今年月會6次，其中3次是我作報告的，這樣幾分", 6, 3),
])
def test_reporting_with_zuo_is_the_monthly_speaker(ask, question, meetings, talks):
    kinds = _kinds(_call(ask(question), "tsa_credit_tally"))
    assert kinds == {"tsa_monthly_meeting": meetings, "tsa_monthly_speaker": talks}, kinds


# --- 2. the last figure of a list before the stated total ("九十五 共595") ------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("積分 一百、九十五 共595", "積分 100、95 共595"),
    ("分別 八十、一百一十合計一百九十", "分別 80、110合計190"),
    ("积分 九十、一百二 总共210", "积分 90、120 总共210"),
])
def test_a_numeral_before_a_stated_total_is_a_figure(text, expected):
    assert normalize_numerals(text) == expected


def test_a_total_word_with_no_figure_after_it_changes_nothing():
    assert normalize_numerals("九十共同") == "九十共同"


@pytest.mark.parametrize(("question", "credits"), [
    ("展延用 六年積分 九十、一百一十、一百、八十五、一百二、九十 合計五百九十五，夠嗎", [90, 110, 100, 85, 120, 90]),
    ("六年积分 一百、一百、九十、一百一、八十、九十五 共575 差多少", [100, 100, 90, 110, 80, 95]),
])
def test_a_list_of_numerals_ending_in_a_stated_total(ask, question, credits):
    c = _call(ask(question), "tsa_renewal_check")
    assert c.args["yearly_credits"] == credits, c.args


# --- 3. a year right after a course's Latin name, before the verb of taking it ("ATLS 2025上過一次") -------------------

@pytest.mark.parametrize(("text", "years"), [
    ("ATLS 2024上過一次，2026又複訓一次", [2024, 2026]),
    ("ATLS 2023上过1次", [2023]),
    ("ATLS 2025考過了", [2025]),
    ("ATLS 2025 受訓一次", [2025]),
])
def test_a_year_after_a_latin_name_before_the_verb(text, years):
    assert [y.year for y in find_years(text, TODAY)] == years


@pytest.mark.parametrize("text", ["RFA 2500 例", "SCI 2025 篇"])
def test_a_count_after_a_latin_name_is_no_year(text):
    assert find_years(text, TODAY) == []


@pytest.mark.parametrize(("question", "by_year"), [
    ("ATLS 2024上過一次，2026又去複訓一次，各算幾分", {"2024": 30, "2026": 30}),
    ("ATLS 2023上过1次，2025复训1次，一共多少分", {"2023": 30, "2025": 30}),
])
def test_each_course_keeps_its_own_year(ask, question, by_year):
    c = _call(ask(question), "tsa_credit_tally")
    assert sorted((a["kind"], a["year"]) for a in c.args["activities"]) == [("atls", int(y)) for y in by_year], c.args


# --- 4. a part in brackets after the whole said again ("二作兩篇（兩篇裡有一篇是 case report）") ----------------------

@pytest.mark.parametrize(("question", "kind", "full", "part_field"), [
    ("今年SCI二作兩篇(兩篇裡有一篇是case report)，幾分？", "paper_sci", 1, "case_report"),
    ("今年年會壁報三篇都一作（三篇當中一篇是病例報告），發表幾分", "presentation", 2, "case_report"),
    ("今年非SCI一作3篇（3篇里面有1篇是病例报告），能拿几分", "paper_non_sci", 2, "case_report"),
])
def test_a_bracketed_part_after_the_whole_said_again(ask, question, kind, full, part_field):
    acts = _call(ask(question), "tsa_credit_tally").args["activities"]
    parts = sorted((a["kind"], a.get("count", 1), bool(a.get(part_field))) for a in acts)
    assert parts == sorted([(kind, 1, True), (kind, full, False)]), acts


def test_a_bracketed_speaker_part_after_the_whole_said_again(ask):
    kinds = _kinds(_call(ask("今年月会去了6次（6次里有2次是我上台讲），几分"), "tsa_credit_tally"))
    assert kinds == {"tsa_monthly_meeting": 6, "tsa_monthly_speaker": 2}, kinds


# --- 5. the instructor's own points said as "我的積分 N 分" -----------------------------------------------------------

@pytest.mark.parametrize(("question", "points"), [
    ("指導老師換證：我的積分是185分，夠嗎？", 185),
    ("我目前的学分有230，指导老师换证够不够", 230),
    ("本人的積分 196 分，TSIR 指導老師換證差多少", 196),
])
def test_own_points_said_as_my_points(ask, question, points):
    c = _call(ask(question), "tsir_renewal_check")
    assert c.args.get("cme_points") == points, c.args


# --- 6. counts of one kind said part of the year by part ("上半年 2 次、下半年 3 次", "3 in the first half, 4 in the second") --

@pytest.mark.parametrize(("question", "expected"), [
    ("今年月會上半年2次、下半年4次，另外年會1次，幾分", {"tsa_monthly_meeting": 6, "tsa_annual_meeting": 1}),
    ("今年月会上半年去了3次下半年去了1次，能拿几分", {"tsa_monthly_meeting": 4}),
    ("monthly meetings this year: 3 in the first half, 4 in the second half. credits?", {"tsa_monthly_meeting": 7}),
    ("went to 2 monthly meetings in Q1 and 3 in Q3 this year, how many credits", {"tsa_monthly_meeting": 5}),
    ("今年月會上半年去2次、下半年去3次，共5次，幾分", {"tsa_monthly_meeting": 5}),
])
def test_counts_said_part_of_the_year_by_part(ask, question, expected):
    kinds = _kinds(_call(ask(question), "tsa_credit_tally"))
    assert kinds == expected, kinds


def test_a_part_of_the_year_after_the_only_figure_cuts_nothing():
    from bot.reader.items import _period_cut

    assert _period_cut(0, "4 in the second half") == [(0, "4 in the second half")]
    assert [c for _, c in _period_cut(0, "上半年去2次下半年去3次")] == ["上半年去2次", "下半年去3次"]


# --- 7. 論 / 座 typed as the homophones 輪 / 坐 inside the term ("討輪會", "輪文", "坐長") ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("今年去了院內學術討輪會3場", "今年去了院內學術討論會3場"),
    ("SCI 輪文兩篇都是一作", "SCI 論文兩篇都是一作"),
    ("國際會議當過坐長1次", "國際會議當過座長1次"),
])
def test_homophone_typos_of_terms(text, expected):
    from bot.parsing.text import standard_forms

    assert standard_forms(text) == expected


@pytest.mark.parametrize("text", ["輪到我報告", "坐長途車去開會", "輪文"])
def test_the_homophone_outside_the_term_stays(text):
    from bot.parsing.text import standard_forms

    assert standard_forms(text) == text


def test_a_mistyped_seminar_is_a_seminar(ask):
    kinds = _kinds(_call(ask("今年國內的學術討輪會去了3場，都是1小時，外科積分幾分"), "tsa_credit_tally"))
    assert kinds == {"domestic_seminar": 3}, kinds


def test_a_mistyped_moderator_is_a_moderator(ask):
    c = _call(ask("TSIR 指導老師換證：國內會議當過坐長2次，另外放射科教育積分150分，夠嗎"), "tsir_renewal_check")
    assert [a["kind"] for a in c.args["activities"]] == ["lecturer_or_moderator"], c.args


# --- 8. years joined with 、 after a kind, then "都有去" and / or "各 N 次" ("年會我 2024、2025、2026 都有去，各一次") ------

def _by_year(call) -> list[tuple[str, int, int]]:
    return sorted((a["kind"], a["year"], a.get("count", 1)) for a in call.args["activities"])


@pytest.mark.parametrize(("question", "expected"), [
    ("年會我2025、2026都有去，各一次，月會今年5次，幾分？",
     [("tsa_annual_meeting", 2025, 1), ("tsa_annual_meeting", 2026, 1), ("tsa_monthly_meeting", 2026, 5)]),
    ("月会我2024、2025都有参加，各6次，积分多少",
     [("tsa_monthly_meeting", 2024, 6), ("tsa_monthly_meeting", 2025, 6)]),
    ("外科年會我2023、2024、2025三年都有參加，各一次，每年幾分",
     [("tsa_annual_meeting", 2023, 1), ("tsa_annual_meeting", 2024, 1), ("tsa_annual_meeting", 2025, 1)]),
])
def test_joined_years_each_get_the_item(ask, question, expected):
    assert _by_year(_call(ask(question), "tsa_credit_tally")) == expected


def test_joined_years_of_an_uncounted_monthly_meeting_are_asked(ask):
    a = ask("月會我2024、2025都有去，積分多少")
    assert a.route == "clarify", (a.route, a.tool_calls)


def test_joined_years_said_attended_never_drop_a_year(ask):
    """Before: the 2026 annual meeting was dropped with no word (a figure for 2025 only)."""
    a = ask("年會我2025、2026都有去，月會今年5次，幾分？")
    if a.route == "calculator":
        assert ("tsa_annual_meeting", 2026, 1) in _by_year(_call(a, "tsa_credit_tally"))
    else:
        assert a.route == "clarify", a.route


# --- 9. the items said, counted again right before the question asked of them ("兩次各算幾分") -------------------------

@pytest.mark.parametrize(("question", "total"), [
    ("ATLS 去年上過一次，今年又複訓一次，兩次各算幾分？", 2),
    ("月會去年5次、今年3次，8次總共多少分", 8),
    ("今年SCI一作1篇、非SCI二作1篇，2篇分别能拿多少", 2),
])
def test_a_recount_before_the_question_is_no_new_fact(ask, question, total):
    c = _call(ask(question), "tsa_credit_tally")
    assert sum(a.get("count", 1) for a in c.args["activities"]) == total, c.args


def test_a_recount_that_does_not_add_up_is_asked(ask):
    a = ask("月會去年5次、今年3次，9次總共多少分")
    assert a.route == "clarify", (a.route, a.tool_calls)
