"""TSA / TSIR reader classes of the twenty-second round — each tested with wordings of its own (zh-TW, zh-CN, en),
never the bank's sentence: a meeting named by "one(s)" after its adjective ("the monthly ones"), the offshore islands
by their English names, an invited talk said with the bare verb ("受邀講 1 次"), and a case count whose word comes
before the figure ("案例大概 40", "cases: ~60")."""

from __future__ import annotations

import pytest


def _call(a, tool):
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    calls = [c for c in a.tool_calls if c.name == tool]
    assert calls, a.tool_calls
    return calls[0]


# --- 1. "the monthly ones", "the annual one": the meeting named by its adjective and "one(s)" -----------------------

@pytest.mark.parametrize(("question", "annual", "monthly"), [
    ("went to the annual one and 4 of the monthly ones in 2026, how many TSA credits?", 1, 4),
    ("TSA credits this year: 2 of the monthly ones, plus the annual one", 1, 2),
])
def test_a_meeting_named_by_its_adjective_and_ones(ask, question, annual, monthly):
    acts = {x["kind"]: x["count"] for x in _call(ask(question), "tsa_credit_tally").args["activities"]}
    assert acts == {"tsa_annual_meeting": annual, "tsa_monthly_meeting": monthly}, acts


# --- 2. the offshore islands (5.15) by their English names: the doubling -------------------------------------------

@pytest.mark.parametrize("question", [
    "I practise on Orchid Island; attended the TSA annual meeting once in 2026. surgical credits?",
    "based in Magong (Penghu county hospital), went to 2 TSA monthly meetings this year — credits?",
    "I work at the clinic on Green Island, annual meeting x1 this year, how many TSA points?",
])
def test_an_island_named_in_english_doubles_the_meetings(ask, question):
    c = _call(ask(question), "tsa_credit_tally")
    assert c.args.get("offshore_island") is True, c.args


def test_a_place_on_the_main_island_is_no_offshore_practice(ask):
    c = _call(ask("I work in Hualien; went to the TSA annual meeting once in 2026. credits?"), "tsa_credit_tally")
    assert not c.args.get("offshore_island"), c.args


# --- 3. an invited talk said with the bare verb ("受邀講 1 次", "被邀請講兩次"): a lecture (5.3) ---------------------------

@pytest.mark.parametrize(("question", "expected"), [
    ("國內講者 2 次；國外受邀講 2 次，換證積分算多少？", {"domestic": 2, "international": 2}),
    ("在国外被邀请讲 1 次，国内讲师 3 次，换证积分多少", {"domestic": 3, "international": 1}),
])
def test_an_invited_talk_said_with_the_bare_verb_is_a_lecture(ask, question, expected):
    acts = _call(ask(question), "tsir_renewal_check").args["activities"]
    got = {x["scope"]: x["count"] for x in acts if x["kind"] == "lecturer_or_moderator"}
    assert got == expected, acts


def test_a_subset_of_lectures_that_were_moderations_stays_in_the_count(ask):
    # a lecture and a moderation are the same 5.3 item: "其中 1 次是座長" moves nothing
    acts = _call(ask("國內當講者 5 次，其中 2 次其實是座長，換證積分多少"), "tsir_renewal_check").args["activities"]
    assert acts == [{"kind": "lecturer_or_moderator", "count": 5, "scope": "domestic"}], acts


# --- 4. a case count with its word before the figure, filler between ("案例大概 40", "cases: ~60") ----------------------

@pytest.mark.parametrize(("question", "domain", "cases"), [
    ("專科兩年，消融的題目在學會講過 3 次，案例大約 35，可以申請消融指導老師嗎", "ablation", 35),
    ("专科 9 年，想申请血管介入指导老师，个案数约 110，够吗", "vascular_intervention", 110),
    ("boarded 10 years, want to be an ablation instructor; cases: about 150. eligible?", "ablation", 150),
])
def test_a_case_count_with_its_word_before_the_figure(ask, question, domain, cases):
    c = _call(ask(question), "tsir_instructor_eligibility")
    assert c.args["domain"] == domain and c.args["cases_last_6_years"] == cases, c.args


# --- 5. a month named with no year ("in March", "last October", "九月"): the activity's year is that month's latest
# passing up to today (2026-12-02 in the tests) — never the unnamed year, never a count ----------------------------------

@pytest.mark.parametrize(("question", "kinds"), [
    ("did the ATLS course in February; TSA credits?", {"atls": 1}),
    ("went to the TSA annual meeting back in October plus 2 monthly mtgs. credits?", {"tsa_annual_meeting": 1, "tsa_monthly_meeting": 2}),
    ("八月去了年會，外科積分幾分", {"tsa_annual_meeting": 1}),
    ("三月参加了 ATLS，外科积分多少", {"atls": 1}),
])
def test_a_month_without_its_year_is_this_years(ask, question, kinds):
    acts = _call(ask(question), "tsa_credit_tally").args["activities"]
    assert {x["kind"]: x["count"] for x in acts} == kinds and all(x.get("year") == 2026 for x in acts), acts


def test_no_month_and_no_year_stays_unnamed(ask):
    acts = _call(ask("ATLS 1 次、月會 2 次，外科積分多少"), "tsa_credit_tally").args["activities"]
    assert all("year" not in x for x in acts), acts


# --- 6. a list of durations, the later entries with their own count before "each" ("1 場 3 小時、2 場各 1.5 小時"): more
# of the kind before, each entry with its own hours — never the first entry's "each" (5.5: ≤ 2 h 5 credits, > 2 h 10) ----

@pytest.mark.parametrize(("question", "expected"), [
    ("今年去了研討會，一場4小時，三場各2小時，外科積分多少", [(1, 4), (3, 2)]),
    ("2026 年参加讲习会：1 场 2.5 小时、2 场各 1 小时，外科积分？", [(1, 2.5), (2, 1)]),
    ("2026 seminars: 1 lasting 3 hours, 2 at 1.5 hours each. TSA credits?", [(1, 3), (2, 1.5)]),
])
def test_a_list_of_durations_with_each_after_its_own_count(ask, question, expected):
    acts = _call(ask(question), "tsa_credit_tally").args["activities"]
    assert [(x["count"], x["hours"]) for x in acts] == expected and all(x["kind"] == "domestic_seminar" for x in acts), acts


def test_each_with_no_count_of_its_own_is_the_item_before(ask):
    acts = _call(ask("2026 年研討會 3 場，各 1 小時，外科積分？"), "tsa_credit_tally").args["activities"]
    assert [(x["count"], x["hours"]) for x in acts] == [(3, 1)], acts


# --- 7. TSA papers "not first or corresponding": 5.7 credits the second author (25) apart from the others (10), so the
# place is asked, never defaulted to "other" (TSIR's 5.1 has first/corresponding vs the rest: there it is "other") ------

@pytest.mark.parametrize("question", [
    "今年 SCI 兩篇，我不是一作也不是通訊作者，外科積分多少？",
    "今年 SCI 论文 3 篇，非一作/通讯，外科学会积分？",
    "Two SCI articles in 2026, neither as first nor as corresponding author — TSA CME credits?",
])
def test_tsa_papers_neither_first_nor_corresponding_ask_the_place(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:300])
    assert any(m.startswith("role") for m in a.missing), a.missing
    acts = a.pending_call.args["activities"] if a.pending_call else []
    assert len(acts) == 1 and "role" not in acts[0], acts


def test_tsir_papers_neither_first_nor_corresponding_stay_other(ask):
    c = _call(ask("介入指導老師換證：SCI full article 2 篇，我不是一作也不是通訊，加上教育積分 150，夠嗎"), "tsir_renewal_check")
    assert [x.get("role") for x in c.args["activities"] if "article" in x["kind"]] == ["other"], c.args


@pytest.mark.parametrize(("question", "reply", "total"), [
    ("I've got some SCI papers this year, not as first or corresponding author. surgery CME worth?", "2 of them, second author on both", 50),
    ("今年有幾篇 SCI，不是一作也不是通訊，外科積分多少？", "兩篇，都是其他作者", 20),
])
def test_a_reply_giving_the_count_and_the_place_keeps_the_papers(engine, question, reply, total):
    from tests.bot.conftest import ask_and_reply
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify", (first.route, first.answer[:300])
    assert final.route == "calculator" and final.tool_calls[0].result["total"] == total, (final.route, final.answer[:300])


# --- 8. a presentation "there" / "at the same meeting" / "在那裡" after an overseas meeting attended: its scope is that
# meeting's, said in the meeting's own words (CIRSE, JSIR, 國外) — a meeting with no place said leaves it asked ----------

@pytest.mark.parametrize("question", [
    "TSIR renewal: attended RSNA once, presented an oral there, plus 170 radiology CME points. enough?",
    "介入指導老師換證：去了 CIRSE 兩次，在那裡發表 e-poster 一篇，放射教育積分 150，夠嗎",
    "指导老师换证：出国开会 2 次，同一场会议有口头报告 1 篇，教育积分 160，够吗",
])
def test_a_presentation_there_takes_the_overseas_meetings_scope(ask, question):
    acts = _call(ask(question), "tsir_renewal_check").args["activities"]
    assert [x.get("scope") for x in acts if x["kind"] == "oral_or_eposter"] == ["international"], acts


def test_a_presentation_there_with_no_place_said_is_asked(ask):
    a = ask("TSIR renewal: 1 e-poster there, 180 radiology CME points, enough?")
    assert a.route == "clarify" and any(m.startswith("scope") for m in a.missing), (a.route, a.missing)


# --- 9. "5 of the 6 years … 120 each", "六年裡有五年各 110 分": five yearly totals read, the sixth asked (never the
# value spread over all six); a reply giving it completes the check ----------------------------------------------------

@pytest.mark.parametrize(("question", "shown"), [
    ("for five of the six years I earned 100 credits each; can I renew my surgical certificate?", "100, 100, 100, 100, 100"),
    ("外科專科證書六年裡有五年各 110 分，可以展延嗎", "110、110、110、110、110"),
    ("外科证书 6 年中有 5 年各拿 130 分，能不能换证？", "130、130、130、130、130"),
])
def test_five_of_the_six_years_each_asks_the_sixth(ask, question, shown):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:300])
    assert any(shown in m for m in a.missing), a.missing


def test_the_sixth_year_given_in_the_reply_completes_the_check(engine):
    from tests.bot.conftest import ask_and_reply
    first, final = ask_and_reply(engine, "5 of the 6 years on my surgical certificate I had 110 credits each, ok to renew?",
                                 "the sixth year was 90")
    assert first.route == "clarify", first.answer[:300]
    assert final.route == "calculator" and final.tool_calls[0].args["yearly_credits"] == [110] * 5 + [90], final.answer[:300]


# --- 10. a reply to a vague count that says what was counted ("2 international e-posters" for "presented … a few
# times"): read in full in the vague words' place — its kind and scope kept, never "N times" left unread ----------------

@pytest.mark.parametrize(("question", "reply", "points"), [
    ("gave talks at IR meetings several times, plus 100 radiology CME points — instructor renewal ok?", "4 domestic lectures", 180),
    ("介入會議上發表過好幾次，另外放射教育積分 90，指導老師換證夠嗎", "國外 e-poster 2 篇", 140),
])
def test_a_reply_saying_what_the_vague_count_was(engine, question, reply, points):
    from tests.bot.conftest import ask_and_reply
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify", first.answer[:300]
    assert final.route == "calculator" and final.tool_calls[0].result["points"] == points, (final.route, final.answer[:300])


# --- 11. a technique two instructor domains hold, said bare ("支架 120 例", "stents", "栓塞"): the domain is asked, both
# domains' clauses cited while asking (2.4 / 2.5 for a stent, 2.2 / 2.3 for an embolization) ------------------------------

@pytest.mark.parametrize(("question", "rules"), [
    ("放了 110 個支架，專科 11 年，能不能當指導老師", {"tsir-instructor/2.4", "tsir-instructor/2.5"}),
    ("did 130 stenting cases in six years, boarded 9 yrs — can I apply as an instructor?", {"tsir-instructor/2.4", "tsir-instructor/2.5"}),
    ("栓塞做了 350 例，专科 12 年，可以申请指导老师吗", {"tsir-instructor/2.2", "tsir-instructor/2.3"}),
])
def test_a_bare_shared_technique_asks_the_domain_citing_both(ask, question, rules):
    a = ask(question)
    assert a.route == "clarify" and any(m.startswith("domain") for m in a.missing), (a.route, a.missing)
    assert rules <= {c.id for c in a.citations}, [c.id for c in a.citations]


@pytest.mark.parametrize("question", [
    "gave talks at IR meetings a few times and have 120 radiology CME — instructor renewal enough?",
    "在介入研討會發表過幾次，放射教育積分 100，指導老師換證夠嗎",
])
def test_a_vague_count_of_talks_cites_the_talks_clause(ask, question):
    a = ask(question)
    assert a.route == "clarify" and "tsir-instructor/5.3" in {c.id for c in a.citations}, (a.route, [c.id for c in a.citations])
