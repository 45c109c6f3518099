"""TSA / TSIR reader classes of the twenty-fifth round — each tested with wordings of its own (zh-TW, zh-CN, en),
never the bank's sentence: a range of ROC years whose 年 is said once after the last year ("109到114年"), and a zero
written as a Chinese numeral inside a list of figures ("一百、零、一百五十")."""

from __future__ import annotations

import pytest

from bot.parsing.dates import find_years
from bot.parsing.numbers import normalize_numerals
from tests.bot.conftest import TODAY


def _call(a, tool):
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    calls = [c for c in a.tool_calls if c.name == tool]
    assert calls, a.tool_calls
    return calls[0]


# --- 1. a range of years, 年 said once after the last ("109到114年", "民國108至113年") ------------------------------

@pytest.mark.parametrize(("text", "years"), [
    ("109到114年的積分", [2020, 2025]),
    ("108~113 年度积分", [2019, 2024]),
    ("民國110至115年每年", [2021, 2026]),
    ("2019至2024年的學分", [2019, 2024]),
])
def test_the_first_year_of_a_range_is_a_year(text, years):
    assert [y.year for y in find_years(text, TODAY)] == years


@pytest.mark.parametrize(("text", "years"), [
    ("專科3到5年", []),          # a span of years of service, no calendar year
    ("做了 10到114年", [2025]),   # not the same era: no range
    ("90到114年", [2025]),       # more than 20 years apart
])
def test_no_range_year_where_the_ends_do_not_make_one(text, years):
    assert [y.year for y in find_years(text, TODAY)] == years


@pytest.mark.parametrize(("question", "credits"), [
    ("108到113年的積分依序是 110、100、95、120、100、90，可以展延嗎？", [110, 100, 95, 120, 100, 90]),
    ("108至113年积分分别 100、100、100、80、120、90，能换证吗", [100, 100, 100, 80, 120, 90]),
])
def test_a_roc_year_range_is_no_yearly_figure(ask, question, credits):
    c = _call(ask(question), "tsa_renewal_check")
    assert c.args["yearly_credits"] == credits, c.args


# --- 2. a zero written as 零 in a list of figures -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("積分 一百、零、九十", "、0、"),
    ("九十五，零，八十", "，0，"),
    ("分別是一百二、八十、零", "、0"),
])
def test_a_zero_item_of_a_list_is_a_figure(text, expected):
    out = normalize_numerals(text)
    assert expected in out and "零" not in out, out


def test_zero_inside_a_word_stays_a_word():
    assert normalize_numerals("零星幾次") == "零星幾次"


@pytest.mark.parametrize(("question", "zero_years"), [
    ("六年的積分：一百一、一百、零、九十、一百二、一百，可以展延嗎", [3]),
    ("六年学分分别一百、九十、八十、一百、一百二十、零，能换证吗？", [6]),
])
def test_a_year_with_zero_written_out_is_a_zero_year(ask, question, zero_years):
    c = _call(ask(question), "tsa_renewal_check")
    assert c.result["zero_years"] == zero_years, c.args


def _seminars(a) -> list[tuple[int, float]]:
    acts = _call(a, "tsa_credit_tally").args["activities"]
    return sorted((x.get("count", 1), x["hours"]) for x in acts if x["kind"] == "domestic_seminar")


# --- 3. a list of seminars by bracket: "兩小時以內的 N 場，超過兩小時的 M 場" (the same line, two sides of it) --------------

@pytest.mark.parametrize(("question", "expected"), [
    ("今年院外學術研討會：兩小時以內的4場、超過兩小時的1場，積分多少", [(1, 2.5), (4, 2)]),
    ("今年国内学术讨论会，两小时以内的2场，超过两小时的3场，能拿几分", [(2, 2), (3, 2.5)]),
    ("今年國內研討會：超過兩小時的2場，剛好兩小時的1場，幾分", [(1, 2), (2, 2.5)]),
])
def test_two_brackets_of_one_line_are_two_items(ask, question, expected):
    assert _seminars(ask(question)) == expected


# --- 4. a bound, then a figure inside it ("都超過兩小時，大概 3 小時"): the figure replaces the bracket's stand-in -----

@pytest.mark.parametrize(("question", "expected"), [
    ("今年院外研討會去了3場(都超過兩小時，大概4hr)，積分多少", [(3, 4)]),
    ("今年院外研讨会2场，都不到两小时，大概1小时，几分", [(2, 1)]),
    ("went to 2 domestic seminars this year, each over two hours (roughly 3 h). credits?", [(2, 3)]),
])
def test_a_figure_inside_the_bound_replaces_its_stand_in(ask, question, expected):
    assert _seminars(ask(question)) == expected


def test_a_figure_outside_the_bound_is_not_taken(ask):
    # "都超過兩小時，大約 1.5 小時" contradicts itself: never a number read past it
    a = ask("今年院外研討會2場，都超過兩小時，大約1.5小時，幾分")
    assert a.route == "clarify", (a.route, a.tool_calls)


@pytest.mark.parametrize("question", [
    "2 domestic seminars in 2026, 3 h each, TSA credits?",
    "this year 1 domestic seminar of 4 h, surgical credits?",
])
def test_a_bare_h_after_a_figure_is_hours(ask, question):
    assert all(h > 2 for _, h in _seminars(ask(question)))


# --- 5. a figure at the end of a sentence equal to the next sentence's ("… cryo 10. Board-certified for 10 years"):
# the next sentence's words name its own figure, not the one before the full stop ------------------------------------

@pytest.mark.parametrize(("question", "cases", "years"), [
    ("Ablations in the last 6 yrs: RFA 120, MWA 50, cryo 10. Board-certified for 10 years. Can I be an ablation instructor?", 180, 10),
    ("近六年消融：RFA 120、MWA 40、冷凍 12。專科 12 年，可以申請消融指導老師嗎？", 172, 12),
    ("支架：膽道 60、輸尿管 30、十二指腸 9。放射專科 9 年了，能申請非血管支架指導老師嗎", 99, 9),
])
def test_a_figure_before_a_full_stop_is_not_named_by_the_next_sentence(ask, question, cases, years):
    c = _call(ask(question), "tsir_instructor_eligibility")
    assert (c.args["cases_last_6_years"], c.args["years_as_specialist"]) == (cases, years), c.args


# --- 6. the role said again of all the papers ("掛名了 4 篇，都是其他作者"): a restatement, no fifth paper -------------

@pytest.mark.parametrize(("question", "expected"), [
    ("今年非SCI期刊掛名了3篇，都是其他作者，積分多少？", [("paper_non_sci", 3, "other")]),
    ("今年非SCI期刊挂名了2篇，都不是一二作，就是其他作者，积分多少", [("paper_non_sci", 2, "other")]),
    ("今年非SCI期刊掛名3篇，都是其他作者，另外SCI二作1篇，幾分", [("paper_non_sci", 3, "other"), ("paper_sci", 1, "second")]),
])
def test_a_role_said_again_of_all_the_papers_adds_none(ask, question, expected):
    acts = _call(ask(question), "tsa_credit_tally").args["activities"]
    assert sorted((x["kind"], x.get("count", 1), x.get("role")) for x in acts) == sorted(expected), acts


# --- 7. a rough figure with its exact value in brackets right after it ("20幾例（精確是20）", "~150 RFAs (exactly 152)") --

@pytest.mark.parametrize(("question", "cases"), [
    ("消融個案30幾例（精確是34），專科9年，可以申請消融指導老師嗎", 34),
    ("消融病例大概190多例（准确是193例），专科10年，能申请消融指导老师吗", 193),
    ("about 150 RFAs (exactly 150), specialist 10 yrs, can I apply as ablation instructor?", 150),
    ("roughly 60 ablations (say 60), board-certified 3 years, 3 ablation lectures — ablation instructor?", 60),
    ("TACE 200多例（精確是 214 例），專科 9 年，能申請腫瘤栓塞指導老師嗎", 214),
])
def test_the_exact_figure_in_brackets_replaces_the_rough_one(ask, question, cases):
    c = _call(ask(question), "tsir_instructor_eligibility")
    assert c.args["cases_last_6_years"] == cases, c.args


def test_a_bracketed_figure_far_from_the_rough_one_is_no_exact_value():
    from bot.parsing.text import drop_corrected
    assert drop_corrected("RFA 100多例（精確是 9 例）") == "RFA 100多例（精確是 9 例）"
    assert drop_corrected("RFA 100多例（精確是 104 例）") == "RFA 104例"
    # a figure outside the rough one's range is no restatement: left for the ledger to ask about
    assert "203" in drop_corrected("RFA about 200 (actually 203)") and "200" in drop_corrected("RFA about 200 (actually 203)")
    assert drop_corrected("RFA 20幾例（精確是 31）") == "RFA 20幾例（精確是 31）"


# --- 8. the topic between a count and "lectures" / "talks" ("3 ablation lectures", "one invited TACE talk") --------

@pytest.mark.parametrize(("question", "lectures"), [
    ("boarded 10 yrs, 50 ablations, gave 3 ablation lectures at IR meetings. ablation instructor?", 3),
    ("specialist 9 years, 60 TACE cases, 2 invited TACE talks plus 1 more TACE lecture at TSIR. tumour embolization instructor?", 3),
    ("PAE 30 cases, boarded 12 yrs, gave 4 PAE lectures at interventional meetings — non-tumour embolization instructor?", 4),
])
def test_a_topic_between_the_count_and_the_lecture_word(ask, question, lectures):
    c = _call(ask(question), "tsir_instructor_eligibility")
    assert c.args.get("lectures_in_domain") == lectures, c.args


# --- 9. the application day pointed at, then its date ("submit on that very day, 2026-11-25"); the age reached on a
# day read already ("I turn 60 on 25 Nov 2026 (born 1966-11-25)") restates the birth date -----------------------------

@pytest.mark.parametrize(("question", "born", "applied"), [
    ("born 1966-05-10 and I'll submit on that very day, 2026-05-10. lifetime instructor certificate?", "1966-05-10", "2026-05-10"),
    ("born 1967-03-02; I'll apply on the same day, 2027-03-02 — lifetime instructor cert?", "1967-03-02", "2027-03-02"),
    ("I turn 60 on 2 March 2027 (born 1967-03-02) and will apply on 2027-03-10. lifetime instructor certificate?", "1967-03-02", "2027-03-10"),
])
def test_the_application_day_and_the_age_reached_on_a_day(ask, question, born, applied):
    c = _call(ask(question), "tsir_renewal_check")
    assert (c.args.get("birth_date"), c.args.get("application_date")) == (born, applied), c.args
