"""Classes of the twenty-first round in the TSA reader — each tested with wordings of its own (zh-TW, zh-CN, en), never
the bank's sentence. Confidently wrong first: a case-report qualifier written inside the second activity's own phrase
("a case-report poster", "一篇病例報告 poster") was lost to it (the hyphenated spelling unread, or the words left in the
piece of the kind before), so the presentation was counted whole."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply, calculator_calls as _calls


def _total(a) -> float:
    _calls(a)
    return a.tool_calls[0].result["total"]


# --- 1. a qualifier inside an activity's own phrase is that activity's (was confidently wrong) ----------------------------

@pytest.mark.parametrize(("question", "total"), [
    # full SCI paper first author 50 + case-report oral as presenter 5
    ("This year: one SCI original article as first author, plus a case-report oral I presented at the TSA meeting. Credits?", 55),
    # SCI case report corresponding 25 + case-report oral presenter 5
    ("Published a case-report in an SCI journal this year (corresponding), and gave a case-report oral as presenter at the annual meeting. total?", 30),
    ("今年在外科年會報了一篇 case report 的壁報（我上台），另外 SCI 原著一篇一作，共幾分", 55),
    ("今年 SCI 個案報告一篇（通訊作者），年會還發表了一篇病例報告口頭報告（我是報告人），幾分？", 30),
    ("今年发表一篇 SCI 原著（通讯作者），另外在年会上报了一篇病例报告的 poster，我是报告人，几分？", 55),
])
def test_a_flag_inside_the_second_activitys_phrase_is_its_own(ask, question, total):
    assert _total(ask(question)) == total


def test_a_meeting_where_something_was_also_presented_is_a_place_not_an_attendance(ask):
    # "年會也發表了…": the meeting named as where the poster was given — no 60 for attending it
    calls = _calls(ask("今年年會也發表了一篇壁報，我是第一作者，幾分？"))
    assert [a["kind"] for a in calls[0][1]["activities"]] == ["presentation"]


# --- 2. "intl" / "int'l" with words before the meeting noun; a bracket naming the counted items is no new number -----------

@pytest.mark.parametrize(("question", "count"), [
    ("this yr I went to 2 int'l surgical oncology meetings (one in Tokyo, one in Paris). credits?", 2),
    ("Attended 3 intl laparoscopic surgery symposia this year (Seoul, Osaka and one in Berlin) — how many CME points?", 3),
    ("今年出國開了 3 個外科國際會議（日本、韓國、一個在維也納），幾分？", 3),
    ("今年去了3个国际外科大会（美国两个、一个在新加坡），多少分", 3),
])
def test_an_abbreviated_international_meeting_with_its_places_listed(ask, question, count):
    acts = _calls(ask(question))[0][1]["activities"]
    assert [(a["kind"], a["count"]) for a in acts] == [("international_meeting", count)]


# --- 3. a document's silence on something else ("沒寫分數") is no denial of the hours it states (article 10: 1 h = 3) ------

@pytest.mark.parametrize(("question", "total"), [
    ("研习证明上只写了继续教育时数 4 小时，没写积分，外科学会能换成几分", 12),
    ("上課證明寫 3 小時，沒有註明外科積分，可以算幾分", 9),
    ("I took a course this year; the certificate only says 6 hours and doesn't list any credits. how many surgical CME credits do I get?", 18),
])
def test_hours_on_a_certificate_that_states_no_credits(ask, question, total):
    assert _total(ask(question)) == total


def test_a_count_that_did_not_happen_is_still_a_denial(ask):
    # ("…2 篇沒發表": the negation is the figure's own — never read as two papers)
    a = ask("今年寫了 2 篇 SCI 論文都是一作但沒發表，外科積分幾分？")
    assert not (a.route == "calculator" and a.tool_calls and a.tool_calls[0].result["total"] == 100)


# --- 4. years joined and given a count each ("前年和去年各一次") are one item per year (was confidently wrong: one year lost) -

@pytest.mark.parametrize(("question", "by_year"), [
    ("In 2024 and 2025 I went to the TSA annual meeting once each, and this year 5 monthly meetings. credits per year and total?",
     {"2024": 60, "2025": 60, "2026": 100}),
    ("the year before last and last year I attended the TSA annual meeting once each; this year 5 monthly mtgs. surgical credits by year?",
     {"2024": 60, "2025": 60, "2026": 100}),
    ("去年月會 3 次，前年跟今年年會各一次，外科積分三年各多少", {"2024": 60, "2025": 60, "2026": 60}),
    ("去年和今年月会各去了 4 次，外科学分两年分别几分", {"2025": 80, "2026": 80}),
])
def test_joined_years_with_a_count_each(ask, question, by_year):
    a = ask(question)
    _calls(a)
    assert a.tool_calls[0].result["by_year"] == by_year


# --- 5. one negation before two places joined by "or" denies both ("not as first or corresponding") ----------------------

@pytest.mark.parametrize("question", [
    "2 SCI papers this year, not as first or corresponding author. surgical CME credits?",
    "This year I co-wrote 2 SCI articles — neither as first nor as corresponding author. How many surgery credits?",
])
def test_a_negation_before_an_or_pair_denies_the_second_place_too(ask, question):
    a = ask(question)
    roles = [x.get("role") for c in a.tool_calls for x in c.args["activities"]] or \
        [x.get("role") for x in (a.pending_call.args["activities"] if a.pending_call else [])]
    assert "corresponding" not in roles and "first" not in roles, (a.route, roles)


# --- 6. a mission's length said past a bracketed aside ("醫療團（外交部派的）共 8 個月") is read, never asked again -----------

@pytest.mark.parametrize(("question", "months"), [
    ("我參加駐外醫療團（外交部派的）共 8 個月，六年積分 100、100、100、90、90、80，可以換證嗎", 8),
    ("I was on the overseas medical mission (a MOFA posting) for 9 months. Six years: 100, 100, 95, 90, 90, 80. renewal ok?", 9),
])
def test_mission_months_after_a_bracketed_aside(ask, question, months):
    calls = _calls(ask(question))
    assert calls[0][0] == "tsa_renewal_check" and calls[0][1]["overseas_mission_months"] == months


# --- 7. "first five years were 110 each" / "前五年各 110 分": five years given; the sixth asked, then read from a reply -------

@pytest.mark.parametrize(("question", "credits"), [
    ("外科專科要換證了，前五年各 105 分，今年 70，夠嗎", [105, 105, 105, 105, 105, 70]),
    ("surgical cert renewal: the first 5 years were 95 apiece and this year 130. am I ok?", [95, 95, 95, 95, 95, 130]),
])
def test_a_value_each_for_the_years_named(ask, question, credits):
    calls = _calls(ask(question))
    assert calls[0][1]["yearly_credits"] == credits


@pytest.mark.parametrize(("question", "reply", "total"), [
    ("外科换证，前五年各 120 分，够不够？", "第六年 30 分", 630),
    ("TSA renewal coming up. My first five years were 100 each — enough?", "the 6th year was 90", 590),
])
def test_the_sixth_year_asked_then_given(engine, question, reply, total):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    assert second.route == "calculator" and second.tool_calls[0].result["total"] == total


def test_a_figure_after_the_years_word_is_that_years_not_an_index(ask):
    # ("the 6th year 130": 130 is the sixth year's credits; "year six isn't tallied" still names which year)
    calls = _calls(ask("surgical cert renewal: the first 5 years were 95 each, the 6th year 130. am I ok?"))
    assert calls[0][1]["yearly_credits"] == [95, 95, 95, 95, 95, 130]


# --- 8. papers counted at a meeting before a colon, then listed ("年會投了 3 篇：oral 2 篇…") — no attendances, no more papers -

@pytest.mark.parametrize(("question", "total"), [
    ("今年年会发了4篇：口头 3 篇（一作），壁报 1 篇（一作），几分？", 40),
    ("去年外科年會我投了2篇：oral 1篇一作、poster 1篇一作，幾分", 20),
])
def test_a_count_of_papers_heading_its_list_at_a_meeting(ask, question, total):
    a = ask(question)
    assert _total(a) == total
    assert all(x["kind"] == "presentation" for x in a.tool_calls[0].args["activities"])


def test_a_heading_count_the_list_does_not_add_up_to_is_asked(ask):
    a = ask("今年年會投了3篇：oral 1篇一作，poster 1篇一作，幾分？")
    assert a.route == "clarify"


# --- 9. months of a stay ("a 6 month stint at a medical centre", "1 month abroad in Seoul") are training, never a meeting ----

@pytest.mark.parametrize(("question", "kinds"), [
    ("spent 2 months abroad in Boston on a surgical fellowship and a 3-month stint at a medical center in Taipei this year — TSA credits?",
     [("training_abroad", 2), ("training_domestic", 3)]),
    ("This year: a 4-month stint at a medical centre in Kaohsiung. How many surgical CME credits is that?",
     [("training_domestic", 4)]),
])
def test_months_of_a_stay_are_training(ask, question, kinds):
    acts = _calls(ask(question))[0][1]["activities"]
    assert [(a["kind"], a["months"]) for a in acts] == kinds
