"""Round 36 surgical / TSIR credit reader classes, each with wordings of our own (none a case's):

1. a year heading its facts with an arrow ("2024 → 年會1、月會3；2025 → …") dates the facts after it, as a colon does;
2. a year said as the meeting's own ("at the 2024 TSA annual meeting") is that meeting's year;
3. a figure taken as a slot's value after a comma ("一般積分我沒在算，當0就好") is that slot's;
4. the years at a hospital ("在這家醫院待了15年") are background: unused, said why, never asked;
5. figures said of another person ("學姊說她去年寫了5篇也才拿60") are set aside: no item, unused with the reason;
6. a stated total with a hedge ("合計應該是560吧") is the person's own sum, checked — never a yearly figure;
7. another society's annual meeting listed among the person's counted activities is a tally item, not out of scope;
8. an article-5 item named as not the meeting's ("不在第三款名單裡，算第十款那種") names no kind;
9. "the other one" after a colon whose heading counts more than the item before it is an item of its own.
"""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 12, 4)


def _call(answer, name):
    (call,) = [c for c in answer.tool_calls if c.name == name]
    return call


def _items(call):
    return sorted((it["kind"], it.get("count", 1), it.get("year"), it.get("role"), it.get("hours"), it.get("days"))
                  for it in call.args["activities"])


# ----------------------------------------------------- 1. a year heading its facts with an arrow

@pytest.mark.parametrize(("question", "by_year"), [
    ("分年算一下：2025 → 年會1次、月會2次；2026 → 月會4次", {"2025": 100, "2026": 80}),
    ("分年算：2024 -> 月會3次；2025 -> 年會1次、月會1次。各年幾分？", {"2024": 60, "2025": 80}),
    ("按年份算：2024 → 月会2次；2025 → 年会1次、月会3次", {"2024": 40, "2025": 120}),
    ("By year please: 2024 → 2 TSA monthly meetings; 2025 → the annual meeting and 1 monthly meeting. Credits per year?",
     {"2024": 40, "2025": 80}),
])
def test_a_year_heading_with_an_arrow_dates_what_follows(engine, question, by_year):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsa_credit_tally")
    assert {str(k): v for k, v in call.result["by_year"].items()} == by_year
    assert not a.unused


# ----------------------------------------------------- 2. a year said as the meeting's own (English)

@pytest.mark.parametrize(("question", "year", "total"), [
    ("At the 2024 TSA annual meeting I presented 2 posters as first author and I attended it too. Credits?", 2024, 80),
    ("So at the 2025 TSA annual congress I had 2 posters as first author, and attended it. What do I get?", 2025, 80),
    ("For the 2025 annual meeting: attended, plus 1 oral as first author. credits?", 2025, 70),
])
def test_a_year_said_as_the_meetings_own(engine, question, year, total):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsa_credit_tally")
    assert {it.get("year") for it in call.args["activities"]} == {year}
    assert call.result["total"] == total


# ----------------------------------------------------- 3. a figure taken as a slot's value after a comma

@pytest.mark.parametrize("question", [
    "換證積分幫我加一下：SCI full 通訊作者 1 篇、國外演講 1 次。一般積分我沒在算，當0就好",
    "介入学会换证：国外演讲 1 次、SCI 原著通讯作者 1 篇，一般学分没统计，当0",
    "介入學會換證：國外演講 1 次、SCI 原著通訊作者 1 篇，其他學分沒記，就當 0",
    "TSIR renewal: 1 international lecture, 1 SCI full paper as corresponding author; for regular CME, just put 0",
])
def test_a_figure_taken_as_the_value_after_a_comma(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsir_renewal_check")
    assert call.args["cme_points"] == 0
    assert call.result["points"] == 80 and call.result["eligible"] is False


# ----------------------------------------------------- 4. the years at a hospital: background, unused

@pytest.mark.parametrize(("question", "total"), [
    ("我在本院服務20年了，今年月會去了4次、年會1次，幾分？", 140),
    ("我在这家医院工作了12年，今年月会去了5次，年会1次，多少分？", 160),
    ("I've been at this hospital 15 years; this year I went to 4 TSA monthly meetings and the annual meeting. Credits?", 140),
])
def test_years_at_a_hospital_are_background(engine, question, total):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert _call(a, "tsa_credit_tally").result["total"] == total
    assert len(a.unused) == 1 and ("執業年數" in a.unused[0] or "years in practice" in a.unused[0])


# ----------------------------------------------------- 5. figures said of another person

@pytest.mark.parametrize(("question", "items", "total"), [
    ("今年月會去了4次、年會1次，這樣幾分？同事說他月會去了10次才200分",
     [("tsa_annual_meeting", 1, 2026, None, None, None), ("tsa_monthly_meeting", 4, 2026, None, None, None)], 140),
    ("今年月会去了3次，年会1次，多少分？学长说他去年发了4篇SCI也才拿60",
     [("tsa_annual_meeting", 1, 2026, None, None, None), ("tsa_monthly_meeting", 3, 2026, None, None, None)], 120),
    ("This year: 3 TSA monthly meetings and the annual meeting. My senior said she got 120 for 6 monthly meetings — what's mine?",
     [("tsa_annual_meeting", 1, 2026, None, None, None), ("tsa_monthly_meeting", 3, 2026, None, None, None)], 120),
    ("My colleague said he got 60 for 3 SCI papers last year; this year I have 1 SCI paper as first author. Credits?",
     [("paper_sci", 1, 2026, "first", None, None)], 50),
])
def test_figures_of_another_person_are_set_aside(engine, question, items, total):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsa_credit_tally")
    assert _items(call) == items and call.result["total"] == total
    assert a.unused and all("別人" in u or "someone else" in u for u in a.unused)


# ----------------------------------------------------- 6. a stated total with a hedge: checked, never a yearly figure

@pytest.mark.parametrize("question", [
    "展延：第一年80、第二年95、第三年110、第四年100、第五年90、第六年85，合計應該是560吧？夠嗎？",
    "证书展延：第一年80、第二年95、第三年110、第四年100、第五年90、第六年85，总共大概是560吧？还差多少？",
    "surgical cert renewal: year 1 80, year 2 95, year 3 110, year 4 100, year 5 90, year 6 85 — the total should be 560. enough?",
])
def test_a_hedged_stated_total_is_checked(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsa_renewal_check")
    assert call.args["yearly_credits"] == [80, 95, 110, 100, 90, 85]
    assert call.result["total"] == 560 and call.result["shortfall"] == 40


@pytest.mark.parametrize("question", [
    "展延：第一年80、第二年95、第三年110、第四年100、第五年90、第六年85，合計應該是570吧？夠嗎？",
    "展延：80、95、110、100、90、85，合計570，夠嗎？",
])
def test_a_stated_total_the_figures_do_not_add_up_to_is_asked(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "clarify" and not a.tool_calls
    assert a.pending_call is not None and a.pending_call.args["yearly_credits"] == [80, 95, 110, 100, 90, 85]


# ----------------------------------------------------- 7. another society's meeting among the person's own activities

@pytest.mark.parametrize(("question", "total"), [
    ("去年：國內研討會2場各1小時，還有泌尿科醫學會年會（一天）。幾分？", 25),
    ("今年月会去了4次，还有麻醉医学会年会（开两天），一共多少分？", 110),
    ("今年國內研討會2場各3小時，另外還有整形外科醫學會年會（一天）。幾分？", 30),
])
def test_another_societys_meeting_listed_with_own_activities_is_a_tally_item(engine, question, total):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsa_credit_tally")
    assert any(it["kind"] == "specialty_annual_meeting" for it in call.args["activities"])
    assert call.result["total"] == total


@pytest.mark.parametrize("question", ["復健醫學會的年會給幾個學分？", "泌尿科醫學會的積分怎麼算？我今年月會去了3次"])
def test_another_societys_own_credits_stay_out_of_scope(engine, question):
    assert engine.answer(question, None, today=TODAY).route == "out_of_scope"


# ----------------------------------------------------- 8. an article-5 item named as not the meeting's

@pytest.mark.parametrize(("question", "other"), [
    ("今年去了一個外科相關的醫學會年會，不屬於第三款，是第十款的，另外月會2次，幾分？", ("tsa_monthly_meeting", 2)),
    ("今年去了一个外科相关医学会的年会（不在第三款里，算第十款），还有月会3次，多少分？", ("tsa_monthly_meeting", 3)),
    ("今年參加了外科相關學會的年會，秘書說它不算第三款、是第十款，另外國內研討會1場2小時。幾分？", ("domestic_seminar", 1)),
])
def test_an_item_denied_names_no_kind(engine, question, other):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    kinds = {it["kind"]: it.get("count", 1) for it in _call(a, "tsa_credit_tally").args["activities"]}
    assert kinds == {"other_surgical_society_meeting": 1, other[0]: other[1]}


# ----------------------------------------------------- 9. the other one after a colon heading a larger count

@pytest.mark.parametrize(("question", "items"), [
    ("今年年會有去，會中發表了3篇：2篇口頭報告我一作，另一篇是壁報，我是發表者。總共幾分？",
     [("presentation", 1, 2026, "presenter", None, None), ("presentation", 2, 2026, "first", None, None),
      ("tsa_annual_meeting", 1, 2026, None, None, None)]),
    ("今年年会去了，会上报告了3篇：两篇口头报告我是第一作者，另外一篇是海报（我发表的）。一共多少分？",
     [("presentation", 1, 2026, "presenter", None, None), ("presentation", 2, 2026, "first", None, None),
      ("tsa_annual_meeting", 1, 2026, None, None, None)]),
    ("今年論文發了3篇：2篇SCI我是一作，另一篇非SCI我是二作。論文幾分？",
     [("paper_non_sci", 1, 2026, "second", None, None), ("paper_sci", 2, 2026, "first", None, None)]),
])
def test_the_other_one_after_a_colon_is_its_own_item(engine, question, items):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert _items(_call(a, "tsa_credit_tally")) == items


@pytest.mark.parametrize(("question", "total"), [
    ("同事說他月會去了10次，年會1次，他能拿幾分？", 260),
    ("學長說他今年月會去了8次，真的有160分嗎", 160),
    ("My colleague said he went to 3 TSA monthly meetings this year — how many credits does he get?", 60),
])
def test_another_persons_case_asked_about_is_the_case(engine, question, total):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert _call(a, "tsa_credit_tally").result["total"] == total
    assert not any("別人" in u or "someone else" in u for u in a.unused)


@pytest.mark.parametrize(("question", "said", "sum_"), [
    ("展延：第一年80、第二年95、第三年110、第四年100、第五年90、第六年85，合計應該是570吧？夠嗎？", "570", "560"),
    ("外科證書展延：90、100、110、120、95、85，總共610，還差多少？", "610", "600"),
])
def test_a_stated_total_that_differs_is_asked_with_both_figures(engine, question, said, sum_):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "clarify" and not a.tool_calls
    assert said in a.answer.split("\n")[0] and sum_ in a.answer.split("\n")[0]
