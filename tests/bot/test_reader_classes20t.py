"""Classes of the twentieth round in the TSA / TSIR reader — each tested with wordings of its own (zh-TW, zh-CN, en),
never the bank's sentence. Confidently wrong first: a part named "one of the N X" after a mixed list was carved out of the
wrong item (or not at all), and the meeting pointed back at as itself ("plus the meeting itself") was dropped."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


def _calls(a):
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    return [(c.name, c.args) for c in a.tool_calls]


def _total(a) -> float:
    _calls(a)
    return a.tool_calls[0].result["total"]


# --- 1. "one of the N X was Y" / "其中一篇口頭是 Y": the part is carved out of the item its words name (was confidently wrong) -

@pytest.mark.parametrize(("question", "total"), [
    # 2 orals (one a case report: 10 + 5) + 1 poster 10
    ("This year I gave 2 orals and 1 poster as first author; one of the orals was a case report. total?", 25),
    # 3 posters (two case reports: 10 + 5 + 5) + 1 oral 10
    ("I presented 3 posters and 1 oral at the annual meeting this year, all as first author; 2 of the 3 posters were case reports. total?", 30),
    # + the annual meeting 60
    ("今年年會我發表口頭 2 篇、壁報 1 篇，都是第一作者，其中一篇口頭是病例報告，加上出席，共幾分？", 85),
    ("今年发表了口头报告 3 篇、壁报 2 篇，都是第一作者；壁报里有 1 篇是病例报告，总共几分", 45),
])
def test_a_part_named_by_its_words_is_carved_out_of_that_item(ask, question, total):
    assert _total(ask(question)) == total


def test_a_role_said_for_all_replaces_the_presenter_read_from_the_verb(ask):
    calls = _calls(ask("I presented 1 oral and 2 posters at this year's annual meeting, all as first author. How many credits?"))
    roles = {a.get("role") for a in calls[0][1]["activities"] if a["kind"] == "presentation"}
    assert roles == {"first"}


# --- 2. the meeting pointed back at as itself is attended: read where the place is named, else asked -----------------------

@pytest.mark.parametrize("question", [
    "Had 4 posters at this year's annual meeting (first author on each). And the meeting itself, of course. Total credits?",
    "今年在年會貼了 2 張壁報，都是一作，再加上年會本身，總共幾分？",
    "今年年会上我做了 2 个口头报告（第一作者），会议本身也算的话总共几分",
])
def test_the_meeting_itself_is_attended(ask, question):
    calls = _calls(ask(question))
    assert any(a["kind"] == "tsa_annual_meeting" for a in calls[0][1]["activities"])


@pytest.mark.parametrize(("question", "reply", "total"), [
    ("I had 3 posters this year as first author. Plus the meeting itself. How many credits?", "the TSA annual meeting", 90),
    ("今年發表 2 篇壁報（一作），加上會議本身，幾分？", "本會年會", 80),
])
def test_the_meeting_itself_with_no_meeting_named_is_asked(engine, question, reply, total):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert _total(second) == total


def test_of_course_is_no_course(ask):
    calls = _calls(ask("this year I gave 2 orals at the TSA congress as first author, and the congress itself of course - total?"))
    assert {a["kind"] for a in calls[0][1]["activities"]} == {"presentation", "tsa_annual_meeting"}


# --- 3. an "each" in brackets of one activity is that activity's detail, never a count of the next --------------------------

@pytest.mark.parametrize(("question", "kind", "count"), [
    ("今年院外研討會 2 場（每場都 3 小時）、國外醫學會 1 次，共幾分？", "international_meeting", 1),
    ("今年去了月会 4 次（每次都有签到）、国际会议 1 场，一共几分", "international_meeting", 1),
    ("this year: 3 seminars (each time 3 hours), 1 international congress. how many credits?", "international_meeting", 1),
])
def test_an_each_in_brackets_stays_with_its_activity(ask, question, kind, count):
    calls = _calls(ask(question))
    assert [a["count"] for a in calls[0][1]["activities"] if a["kind"] == kind] == [count]


# --- 4. a reason in brackets naming the zero year ("yr 5") is a label, no figure ------------------------------------------

@pytest.mark.parametrize("question", [
    "my six years: 90, 110, 0, 120, 100, 130 - yr 3 I was abroad. can I renew?",
    "renewal: 120/0/130/140/150/160 (yr 2 was parental leave). ok?",
])
def test_a_year_named_short_is_a_label(ask, question):
    calls = _calls(ask(question))
    assert calls[0][0] == "tsa_renewal_check"
    assert 0 in calls[0][1]["yearly_credits"] and len(calls[0][1]["yearly_credits"]) == 6
