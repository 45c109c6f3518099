"""TSA / TSIR reader classes of the thirtieth round, each tested with wordings of its own (zh-TW, zh-CN, en): a radiology
meeting named by its name (RSNA, CIRSE, SIR …) makes the activities the TSIR renewal's; a count said of each of the
meetings joined before it ("RSNA and CIRSE once each"); one more meeting said as "one other" / "another" (never the one
before said again); a count heading a colon list with more items after that sentence; papers given at a meeting counted
after the giving verb ("年會我一口氣發表了 5 篇"); a vague count of an activity no rule credits beside a complete
calculation; "N short" after the person's own figures; a total stressed with 都 ("加起來都 650")."""

from __future__ import annotations

import datetime

import pytest

from bot.answer import Conversation, Turn

TODAY = datetime.date(2026, 11, 25)


def _only_call(a, name: str) -> dict:
    """The arguments of the answer's one call, which must be of tool `name`."""
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert [c.name for c in a.tool_calls] == [name], ([c.name for c in a.tool_calls], a.answer[:300])
    return a.tool_calls[0].args


def _attendances(args: dict) -> int:
    """How many overseas meetings attended the TSIR renewal's activities count."""
    return sum(x.get("count", 1) for x in args["activities"] if x["kind"] == "international_meeting_attendance")


# --- 1. a radiology meeting named: the TSIR renewal, never the surgical tally -------------------------------------------

@pytest.mark.parametrize(("question", "points"), [
    ("國外研討會口頭報告 1 篇、國內口頭報告 2 篇，另外去了 CIRSE 一次，一共幾分？", 25 + 30 + 15),
    ("国外研讨会 oral 1 篇，还去了 RSNA 一次，总共多少分？", 25 + 15),
    ("2 orals abroad and 1 domestic oral, and I went to SIR once. total points?", 50 + 15 + 15),
])
def test_radiology_meeting_named_is_the_tsir_renewal(engine, question, points):
    a = engine.answer(question, None, today=TODAY)
    _only_call(a, "tsir_renewal_check")
    assert a.tool_calls[0].result["points"] == points


# --- 2. a count said of each of the meetings joined before it ------------------------------------------------------------

@pytest.mark.parametrize(("question", "meetings"), [
    ("Over 6 years: attended RSNA and CIRSE once each, plus 120 radiology CME points. Enough for instructor renewal?", 2),
    ("went to RSNA, CIRSE and SIR twice each, plus 100 radiology CME points, renewal?", 6),
    ("國外會議：RSNA 跟 SIR 各一次，放射科積分 120，換證夠嗎", 2),
])
def test_count_of_each_meeting_joined(engine, question, meetings):
    args = _only_call(engine.answer(question, None, today=TODAY), "tsir_renewal_check")
    assert _attendances(args) == meetings


# --- 3. one more meeting said as "one other" / "another": never the one before said again --------------------------------

@pytest.mark.parametrize(("question", "meetings"), [
    ("Renewal math: attended CIRSE, SIR and one other overseas IR meeting (3 total), and 120 radiology CME points. Do I hit 200?", 3),
    ("went to RSNA and another overseas IR meeting, 150 radiology CME points, renewal?", 2),
    ("attended JSIR, and one other overseas interventional meeting; radiology CME points 140. renewal ok?", 2),
])
def test_another_meeting_is_one_more(engine, question, meetings):
    args = _only_call(engine.answer(question, None, today=TODAY), "tsir_renewal_check")
    assert _attendances(args) == meetings


# --- 4. a count heading a colon list, more items said after that sentence ----------------------------------------------

@pytest.mark.parametrize(("question", "total"), [
    ("in 2025 I had 3 pubs: 1st author on an SCI original article, corresponding author on an SCI case report, and 2nd "
     "author on a non-SCI paper. plus 4 monthly mtgs. what's my 2025 CME total for TSA?", 60 + 80),
    ("今年发了2篇论文：SCI一作一篇、非SCI通讯一篇。另外月会去了3次，今年一共多少分？", 60 + 60),
    ("2025年發了3篇論文：SCI一作一篇、SCI通訊一篇（病例報告）、非SCI二作一篇。另外月會去了4次，2025年總共幾分？", 60 + 80),
])
def test_colon_heading_with_items_after(engine, question, total):
    a = engine.answer(question, None, today=TODAY)
    _only_call(a, "tsa_credit_tally")
    assert a.tool_calls[0].result["total"] == total


# --- 5. papers given at the meeting, counted after the giving verb -------------------------------------------------------

@pytest.mark.parametrize(("question", "count", "total"), [
    ("今年外科年會我一口氣發表了5篇（全部都一作，沒有病例報告），加上年會出席，總共算幾分？", 5, 90),
    ("今年外科年会我总共报告了3篇（都是一作），再加上年会出席本身，一共几分？", 3, 90),
    ("今年外科年會我發表了2篇，都是一作，發表這部分幾分？", 2, 20),
])
def test_papers_given_at_the_meeting(engine, question, count, total):
    a = engine.answer(question, None, today=TODAY)
    args = _only_call(a, "tsa_credit_tally")
    assert [x["count"] for x in args["activities"] if x["kind"] == "presentation"] == [count]
    assert a.tool_calls[0].result["total"] == total


# --- 6. a vague count of an activity no rule credits, beside a complete calculation ----------------------------------------

@pytest.mark.parametrize(("question", "total"), [
    ("想確認今年幾分：外科月會去了八次，其中兩次是我上台講的，院內晨會倒是參加了十幾次（這個應該不算吧？）", 200),
    ("今年月会去了5次，科内读书会也参加了好几次，积分多少？", 100),
    ("this year 6 monthly meetings, and a bunch of hospital grand rounds (those don't count I guess). credits?", 120),
])
def test_vague_count_of_an_uncredited_activity(engine, question, total):
    a = engine.answer(question, None, today=TODAY)
    _only_call(a, "tsa_credit_tally")
    assert a.tool_calls[0].result["total"] == total


@pytest.mark.parametrize("question", ["今年月會去了幾次，年會有去，積分多少？", "went to a few monthly meetings and the annual congress this year, credits?"])
def test_vague_count_of_a_credited_activity_is_still_asked(engine, question):
    assert engine.answer(question, None, today=TODAY).route == "clarify"


# --- 7. "N short" after the person's own figures: a difference, never a figure ------------------------------------------

@pytest.mark.parametrize(("question", "reply"), [
    ("six-year credits: 100, 95, 90, 100, 95, 100 (=580), so I'm 20 short for the surgical cert renewal. I also did a stint "
     "with the government overseas medical mission — does that cover the gap?", "3 months"),
    ("yearly credits 100, 100, 90, 95, 100, 95 — 580, i.e. 20 points short of 600. I was on an overseas medical mission "
     "with the government too; does it help my surgical renewal?", "3 months"),
])
def test_short_by_after_own_figures(engine, question, reply):
    first = engine.answer(question, None, today=TODAY)
    assert first.route == "clarify", first.answer[:300]
    a = engine.answer(reply, Conversation(turns=[Turn(question=question, answer=first)]), today=TODAY)
    args = _only_call(a, "tsa_renewal_check")
    assert args["overseas_mission_months"] == 3
    assert a.tool_calls[0].result["eligible"] is True


# --- 8. a total stressed with 都: the person's own aggregate, checked --------------------------------------------------

@pytest.mark.parametrize(("question", "eligible"), [
    ("六年积分是：200、200、200、0、0、50，加起来都650了，为什么说我不能展延？", False),
    ("六年的積分 120、100、100、90、100、100，合計都有610了，可以展延嗎？", True),
    ("六年積分 100、100、100、100、100、110，加起來都 610 了，外科證書可以展延嗎？", True),
])
def test_total_stressed_with_dou(engine, question, eligible):
    a = engine.answer(question, None, today=TODAY)
    _only_call(a, "tsa_renewal_check")
    assert a.tool_calls[0].result["eligible"] is eligible


# --- 9. "N 小時半": N and a half hours ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "hours"), [
    ("國內研討會 一小時半的3場、下午四小時的1場，外科學會認幾分?", [1.5, 4]),
    ("国内研讨会两场，每场三小时半，外科积分多少？", [3.5]),
    ("今年院外研討會去了 2 場，每場 1 小時半，外科積分多少？", [1.5]),
])
def test_hours_and_a_half(engine, question, hours):
    args = _only_call(engine.answer(question, None, today=TODAY), "tsa_credit_tally")
    assert [x["hours"] for x in args["activities"] if x["kind"] == "domestic_seminar"] == hours


# --- 10. the line a shortfall is asked against ("還差多少例才 300") --------------------------------------------------------

@pytest.mark.parametrize(("question", "shortfall"), [
    ("疼痛控制+定位 total 180 例，專科 20 年，還差多少例才 300", 120),
    ("RFA 150 例，专科 9 年，还差几例才够 180？", 30),
    ("TACE 250 例，專科 10 年，腫瘤栓塞還差幾例才到 300？", 50),
])
def test_shortfall_asked_against_the_line(engine, question, shortfall):
    a = engine.answer(question, None, today=TODAY)
    _only_call(a, "tsir_instructor_eligibility")
    assert a.tool_calls[0].result["shortfall"] == shortfall


# --- 11. 講習 said short: a domestic seminar -----------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "count", "hours"), [
    ("大腸直腸外科醫學會年會（兩天）+ 國內講習兩場各3hr，今年院外的一共認多少", 2, 3),
    ("国内讲习 3 场，每场 1 小时，外科积分多少", 3, 1),
    ("今年參加國內講習 1 場（4 小時），外科積分幾分？", 1, 4),
])
def test_jiangxi_is_a_seminar(engine, question, count, hours):
    args = _only_call(engine.answer(question, None, today=TODAY), "tsa_credit_tally")
    assert [(x["count"], x["hours"]) for x in args["activities"] if x["kind"] == "domestic_seminar"] == [(count, hours)]


# --- 12. a year's recap of counted items, a bound describing one's own seminars, its total asked -----------------------

@pytest.mark.parametrize(("question", "total"), [
    ("2025 recap: three 1-day specialty society annual mtgs + one 2-day one, 2 short seminars (<2h each), and 3 TSA "
     "monthly meetings. total?", 90),
    ("2025 summary: 2 domestic seminars (<2h each) and 4 TSA monthly meetings — total credits?", 90),
    ("2024 總結：國內研討會 3 場（每場都不到 2 小時）、月會 5 次，合計幾分？", 115),
])
def test_recap_with_a_bound_is_computed(engine, question, total):
    a = engine.answer(question, None, today=TODAY)
    _only_call(a, "tsa_credit_tally")
    assert a.tool_calls[0].result["total"] == total


# --- 13. "年會兩天我都有去": both days of one meeting, never every one of several -------------------------------------------

@pytest.mark.parametrize(("question", "total"), [
    ("年會兩天我都有去，還有在會上做了一篇 oral（我發表），另外國外 meeting 一個也有口頭報告一篇。今年積分？", 110),
    ("今年年会三天我都有参加，外科积分多少？", 60),
    ("今年外科年會兩天我也都有去，月會 3 次，積分多少？", 120),
])
def test_days_of_one_meeting_all_attended(engine, question, total):
    a = engine.answer(question, None, today=TODAY)
    _only_call(a, "tsa_credit_tally")
    assert a.tool_calls[0].result["total"] == total


# --- 14. a year opening the sentence, before a heading of a few words or the verb of what it held -----------------------

@pytest.mark.parametrize(("question", "year", "total"), [
    ("2025 non-SCI pubs: 1 as first author, 2 as second author (one of those two was a case report), and 1 where I'm just "
     "a middle author. Points?", 2025, 57.5),
    ("2026 had 2 papers: first author on an SCI original, and second author on a non-SCI paper. Also 3 monthly meetings. "
     "Total TSA credits?", 2026, 120),
    ("2025 TSA monthly meetings: 5, and I spoke at 2 of them. credits?", 2025, 140),
])
def test_year_opening_the_sentence(engine, question, year, total):
    a = engine.answer(question, None, today=TODAY)
    args = _only_call(a, "tsa_credit_tally")
    assert {x.get("year") for x in args["activities"]} == {year}
    assert a.tool_calls[0].result["total"] == total


# --- 15. one meeting said by its classifier ("去了一個國際外科會議"): a count, never a meeting held "many times" uncounted -----

@pytest.mark.parametrize(("question", "total"), [
    ("今年去了一個國際外科會議，順便貼了一張poster（我是第一作者），出席跟poster可以都算嗎？合計幾分", 40),
    ("今年参加了一场国外研讨会，外科积分多少？", 30),
    ("今年出國參加了一個國際醫學會，外科積分可以拿幾分？", 30),
])
def test_one_meeting_by_its_classifier(engine, question, total):
    a = engine.answer(question, None, today=TODAY)
    _only_call(a, "tsa_credit_tally")
    assert a.tool_calls[0].result["total"] == total


# --- 16. "the annual meetings of … subspecialty societies": 5.3's meetings, never the TSA's own --------------------------

@pytest.mark.parametrize("question", [
    "Went to the annual meetings of two surgical subspecialty societies this year. How many TSA credits?",
    "attended the annual congress of a specialty society this year — how many surgical CME credits?",
    "This year: the annual meeting of my subspecialty association, plus 2 TSA monthly meetings. credits?",
])
def test_meeting_of_a_specialty_society_is_no_tsa_annual_meeting(engine, question):
    a = engine.answer(question, None, today=TODAY)
    calls = [c.args for c in a.tool_calls]
    assert not any(x["kind"] == "tsa_annual_meeting" for args in calls for x in args.get("activities", [])), calls
    assert a.route == "clarify" and any("day" in m for m in a.missing), (a.route, a.missing, a.answer[:200])


# --- 17. a part carved out of the item its own role names, or the whole item again ---------------------------------------

def _papers(args: dict) -> list[tuple]:
    """(kind, role, count, case report) of each paper item, sorted."""
    return sorted((x["kind"], x.get("role"), x["count"], bool(x.get("case_report"))) for x in args["activities"])


@pytest.mark.parametrize(("question", "papers"), [
    ("SCI 論文今年：一作兩篇、通訊一篇，其中一篇一作是病例報告，外科積分多少",
     [("paper_sci", "corresponding", 1, False), ("paper_sci", "first", 1, False), ("paper_sci", "first", 1, True)]),
    ("This year's SCI papers: 2 as first author and 1 as corresponding; one of the first-author ones was a case report. credits?",
     [("paper_sci", "corresponding", 1, False), ("paper_sci", "first", 1, False), ("paper_sci", "first", 1, True)]),
    ("今年SCI一作2篇、二作1篇，其中1篇二作是病例报告，积分多少",
     [("paper_sci", "first", 2, False), ("paper_sci", "second", 1, True)]),
    ("今年SCI 2 篇都一作，其中 2 篇是 case report，積分多少", [("paper_sci", "first", 2, True)]),
])
def test_part_of_the_item_its_role_names(engine, question, papers):
    args = _only_call(engine.answer(question, None, today=TODAY), "tsa_credit_tally")
    assert _papers(args) == papers


# --- 18. a count broken down in brackets by where ("3 e-posters (2 overseas, 1 local)"): the parts are the items ---------

@pytest.mark.parametrize(("question", "points"), [
    ("I lectured at 2 domestic IR meetings and 1 overseas; also 3 e-posters (2 overseas, 1 local). plus 80 radiology CME. "
     "renew?", 40 + 40 + 50 + 15 + 80),
    ("e-poster 3 篇（國外 2 篇、國內 1 篇），放射積分 80，換證夠嗎", 50 + 15 + 80),
    ("座长 4 次（国外 1 次、国内 3 次），放射积分 100，够换证吗", 40 + 60 + 100),
])
def test_count_broken_down_by_scope(engine, question, points):
    a = engine.answer(question, None, today=TODAY)
    _only_call(a, "tsir_renewal_check")
    assert a.tool_calls[0].result["points"] == points


# --- 19. "10 of the 12 monthly meetings": the pool is how many there were, never the count; "speaking at two" ------------

@pytest.mark.parametrize(("question", "monthly", "speaker"), [
    ("Attended the TSA congress and 10 of the 12 monthly meetings, speaking at two. Also one international congress in "
     "Tokyo. Credits for 2026?", 10, 2),
    ("went to 10 of the 12 monthly meetings this year. credits?", 10, 0),
    ("made it to 7 out of 12 TSA monthly meetings in 2025 — points?", 7, 0),
    ("6 TSA monthly meetings this year, speaking at 1 of them. credits?", 6, 1),
])
def test_pool_and_speaking_at(engine, question, monthly, speaker):
    args = _only_call(engine.answer(question, None, today=TODAY), "tsa_credit_tally")
    counts = {x["kind"]: x["count"] for x in args["activities"]}
    assert (counts.get("tsa_monthly_meeting"), counts.get("tsa_monthly_speaker", 0)) == (monthly, speaker)


# --- 20. "非血管介入" / "non-vascular intervention" names no vascular intervention ----------------------------------------

@pytest.mark.parametrize(("question", "cases"), [
    ("非血管介入：切片 150、引流 120、定位 40，專科 12 年，夠嗎", 310),
    ("non-vascular intervention instructor: biopsy 180, drainage 100, 12 yrs board certified — ok?", 280),
    ("非血管介入的指導老師：切片 200、引流 110，专科 9 年，可以申请吗", 310),
])
def test_non_vascular_is_no_vascular_domain(engine, question, cases):
    args = _only_call(engine.answer(question, None, today=TODAY), "tsir_instructor_eligibility")
    assert (args["domain"], args["cases_last_6_years"]) == ("localization_biopsy_drainage_pain", cases)
