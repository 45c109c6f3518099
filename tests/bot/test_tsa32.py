"""Round 32 surgical-CME classes (tsa_credit_tally, tsa_renewal_check), each with wordings of our own:
the overseas medical mission's length said by a posting verb in the next clause ("駐外醫療團，外派了 18 個月"), in the
year it happened ("第三年…半年": the ordinal is no length) or not at all ("一段時間", the certificate's "這六年" beside
it: asked, never the six years); a specialty meeting of a part day ("兩天半")."""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 11, 25)
SIX = "六年積分 80、90、60、70、100、85"


def _one_call(engine, question, name):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    (call,) = a.tool_calls
    assert call.name == name
    return call


# ----------------------------------------------------------------- the mission's length: read where said, asked if not

@pytest.mark.parametrize(("question", "months"), [
    (f"我有參加駐外醫療團，外派了18個月。{SIX}，這樣能展延嗎？", 18),
    (f"我参加驻外医疗团，外派了一年半。{SIX}，能展延吗？", 18),
    (f"參加過駐外醫療團，在史瓦帝尼待了兩年，{SIX}，能展延嗎", 24),
    (f"派外期間 24 個月，{SIX}，可以展延嗎", 24),
    ("I joined the overseas medical mission, posted abroad for 18 months. My six years: 80, 90, 60, 70, 100, 85. Can I renew?", 18),
    ("In these 6 years I did a medical mission (deployed 9 months). yearly: 80, 90, 60, 70, 100, 85. renew ok?", 9),
])
def test_the_mission_length_said_by_a_posting_verb_is_read(engine, question, months):
    call = _one_call(engine, question, "tsa_renewal_check")
    assert call.args["overseas_mission_months"] == months
    assert call.args["yearly_credits"] == [80, 90, 60, 70, 100, 85]


@pytest.mark.parametrize(("question", "months", "zero_years"), [
    ("六年的積分：150、120、0、130、110、80（第三年我去駐外醫療團半年）。這樣可以展延嗎？", 6, [3]),
    ("六年积分 150、120、0、130、110、80，第三年去了驻外医疗团 6 个月，能展延吗", 6, [3]),
    ("第二年到第三年我在駐外醫療團派外12個月，六年積分 100、40、40、100、100、100 能展延嗎", 12, []),
])
def test_the_year_a_mission_was_in_is_no_length(engine, question, months, zero_years):
    call = _one_call(engine, question, "tsa_renewal_check")
    assert call.args["overseas_mission_months"] == months
    assert call.result["zero_years"] == zero_years


@pytest.mark.parametrize("question", [
    "這六年有參加駐外醫療團一段時間，積分 80、70、60、90、50、100，這樣可以展延嗎",
    "这六年中我去过驻外医疗团，六年积分 80、70、60、90、50、100，可以展延吗？",
    "Six-year credits 80, 70, 60, 90, 50, 100; I was on a medical mission for a while. can I renew?",
    "Over the past 6 years I went on a medical mission. Credits 80, 70, 60, 90, 50, 100 — can I renew?",
])
def test_a_mission_without_its_length_is_asked_never_the_six_years(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "clarify", (a.route, a.answer[:300], [c.args for c in a.tool_calls])
    assert any("overseas_mission_months" in m for m in a.missing), a.missing


# ----------------------------------------------------------------- a specialty meeting of a part day

@pytest.mark.parametrize(("question", "days", "total"), [
    ("今年去了一個專科醫學會年會，開了兩天半，可以拿幾分？", 2.5, 30),
    ("参加了一个开两天半的专科医学会年会，有几分", 2.5, 30),
    ("I went to a specialty society annual meeting that ran two and a half days. credits?", 2.5, 30),
    ("去年參加了消化外科醫學會年會，會期2.5天，積分多少？", 2.5, 30),
])
def test_a_part_day_meeting_is_credited_by_the_day_thresholds(engine, question, days, total):
    call = _one_call(engine, question, "tsa_credit_tally")
    (act,) = call.args["activities"]
    assert (act["kind"], act["days"]) == ("specialty_annual_meeting", days)
    assert call.result["total"] == total


# ----------------------------------------------------------------- a stated total after the six years: a check

@pytest.mark.parametrize(("question", "years"), [
    ("Renewal check pls: yr1 120, yr2 100, yr3 100, yr4 100, yr5 100, yr6 80 — 600 total if I added right. am I ok?",
     [120, 100, 100, 100, 100, 80]),
    ("my six years: 100, 100, 100, 100, 100, 100 — 600 in total. can I renew?", [100] * 6),
    ("yearly credits 150, 120, 90, 100, 80, 70, 610 altogether I think. renew ok?", [150, 120, 90, 100, 80, 70]),
])
def test_a_total_said_after_the_years_is_a_check_not_a_year(engine, question, years):
    call = _one_call(engine, question, "tsa_renewal_check")
    assert call.args["yearly_credits"] == years


def test_a_total_after_the_years_that_disagrees_is_not_used_silently(engine):
    a = engine.answer("renewal: year 1 120, year 2 100, year 3 100, year 4 100, year 5 100, year 6 80 — 610 total. ok?",
                      None, today=TODAY)
    assert a.route == "clarify" or all(610 not in c.args.get("yearly_credits", []) for c in a.tool_calls)


# ----------------------------------------------------------------- one year's tally, then six years alike

@pytest.mark.parametrize(("question", "per_year"), [
    ("兩個問題：(1) 我一年固定去年會1次+月會6次，這樣一年幾分？(2) 如果六年每年都這樣，展延夠不夠？", 180),
    ("两个问题：1) 我每年固定去年会1次、月会4次，一年几分？2) 六年都这样的话，够展延吗？", 140),
    ("1. 一年去3次月會加1篇SCI第一作者，一年幾分？ 2. 如果每年都一樣，六年夠展延嗎？", 110),
    ("Two questions: (1) every year I go to 1 annual meeting and 6 monthly meetings, how many credits is that a year? "
     "(2) if all six years are like that, can I renew?", 180),
])
def test_one_years_tally_said_to_hold_for_every_year_fills_the_six_years(engine, question, per_year):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:400])
    assert [p.route for p in a.parts] == ["calculator", "calculator"]
    tally, renewal = (p.tool_calls[0] for p in a.parts)
    assert (tally.name, tally.result["total"]) == ("tsa_credit_tally", per_year)
    assert renewal.name == "tsa_renewal_check" and renewal.args["yearly_credits"] == [per_year] * 6


@pytest.mark.parametrize("question", [
    "我一年固定去年會1次+月會6次，這樣一年幾分？",
    "我每年固定去年會1次、月會6次，一年幾分？",
])
def test_the_year_a_figure_is_asked_per_is_no_fact_and_go_to_the_annual_meeting_is_no_last_year(engine, question):
    call = _one_call(engine, question, "tsa_credit_tally")
    assert call.result["total"] == 180
    assert all("year" not in act for act in call.args["activities"])  # 去年會: went to the annual meeting, not last year


def test_a_month_rate_asked_for_a_year_is_not_one_month(engine):
    a = engine.answer("我一個月固定去月會1次，這樣一年幾分？", None, today=TODAY)
    assert a.route != "calculator" or all(c.result.get("total") != 20 for c in a.tool_calls)


# ----------------------------------------------------------------- a value of the rule quoted as the person's guess

@pytest.mark.parametrize(("question", "kinds", "total"), [
    ("有個國際會議今年剛好辦在台北，我有報名參加，另外外科年會也去了。國際會議在國內辦也算30嗎？加起來幾分",
     {"international_meeting": 1, "tsa_annual_meeting": 1}, 90),
    ("我參加了一個國際會議，另外外科年會也去了。國際會議也算30嗎？", {"international_meeting": 1, "tsa_annual_meeting": 1}, 90),
    ("今年去了一場在高雄辦的國際會議，還有月會2次，國際會議照樣給30分嗎？總共幾分",
     {"international_meeting": 1, "tsa_monthly_meeting": 2}, 70),
    ("This year I attended an international congress held in Taipei plus the TSA annual meeting. Is the congress still worth 30? total?",
     {"international_meeting": 1, "tsa_annual_meeting": 1}, 90),
])
def test_a_figure_quoted_as_a_guess_of_the_rule_is_no_count(engine, question, kinds, total):
    call = _one_call(engine, question, "tsa_credit_tally")
    assert {a["kind"]: a["count"] for a in call.args["activities"]} == kinds
    assert call.result["total"] == total


# ----------------------------------------------------------------- a count before a modifier clause and its noun

@pytest.mark.parametrize(("question", "count", "days"), [
    ("今年参加了三个只开一天的专科医学会年会（都是外科训练课程基准里列的科别），能拿多少分？", 3, 1),
    ("今年參加了兩個為期一天的專科醫學會年會，幾分？", 2, 1),
    ("今年去了兩個開兩天半的專科醫學會年會，積分多少", 2, 2.5),
])
def test_a_count_before_a_length_clause_is_the_count_of_the_meetings(engine, question, count, days):
    call = _one_call(engine, question, "tsa_credit_tally")
    (act,) = call.args["activities"]
    assert (act["kind"], act["count"], act["days"]) == ("specialty_annual_meeting", count, days)


# ----------------------------------------------------------------- a bracket of doubt names no second kind

@pytest.mark.parametrize(("question", "role"), [
    ("今年有一篇登在台灣外科醫學會雜誌(非SCI那種我不確定)，我是通訊作者，這樣算幾分？", "corresponding"),
    ("今年在外科醫學會期刊發了一篇（不知道算不算SCI），我是一作，幾分", "first"),
    ("This year I published in the Formosan Journal of Surgery (not sure if it's SCI), corresponding author. credits?",
     "corresponding"),
])
def test_a_bracket_of_doubt_after_the_journal_adds_no_paper(engine, question, role):
    call = _one_call(engine, question, "tsa_credit_tally")
    assert call.args["activities"] == [{"kind": "paper_sci", "count": 1, "year": 2026, "role": role}]
    assert call.result["total"] == 50


def test_a_bracket_of_doubt_about_an_unnamed_journal_is_never_read_as_sci(engine):
    a = engine.answer("今年有一篇論文(不確定是不是SCI)，我是第一作者，幾分？", None, today=TODAY)
    assert a.route == "clarify" or all(act["kind"] != "paper_sci" for c in a.tool_calls for act in c.args["activities"])


@pytest.mark.parametrize(("question", "months"), [
    ("I was on a medical mission, deployed 7 months. Yearly credits: 80, 90, 60, 70, 100, 85. Can I renew?", 7),
    ("我有去海外醫療服務12個月，六年積分 80/90/60/70/100/85 夠換證嗎", 12),
    ("之前參加海外醫療團，待了一年，六年積分 80、90、60、70、100、85，可以展延嗎", 12),
])
def test_the_mission_in_other_words_and_its_posting_verb(engine, question, months):
    call = _one_call(engine, question, "tsa_renewal_check")
    assert call.args["overseas_mission_months"] == months


@pytest.mark.parametrize(("question", "kind", "total"), [
    ("今年有一篇刊在台灣外科醫學會雜誌，我是通訊作者，這不是SCI期刊耶 是算非SCI的30分嗎?", "paper_sci", 50),
    ("今年去了一場在台北辦的國際會議，這算國際會議的30分嗎？", "international_meeting", 30),
])
def test_a_kind_named_inside_a_guess_of_the_rule_is_no_item(engine, question, kind, total):
    call = _one_call(engine, question, "tsa_credit_tally")
    assert [a["kind"] for a in call.args["activities"]] == [kind]
    assert call.result["total"] == total
