"""Round 34 surgical-CME classes (tsa_credit_tally, tsa_renewal_check), each with wordings of our own:
a count heading a list of the items' names in brackets or after a colon ("兩個國際會議（ESSO、JSS）", "3 international
meetings: ACS, ASA and JSS"): the count stands, the names are neither more items nor fewer; a year label joined to its
figure by a verb or filler ("2021 got 120", "2021年拿了120"), a zero said as a word ("2023年是零", "112年掛零", "2023
nothing"); papers counted by role with a subset of one role's papers pointed back at ("一作那兩篇有一篇是病例報告", "of
those 2 first-author papers, one was a case report"); a count split into sub-counts each with its own length ("4 次：兩次
各 1.5 小時，兩次各 3 小時", "2 of them 1.5 hours each, 2 of them 3 hours each")."""

from __future__ import annotations

import datetime
from collections import Counter

import pytest

TODAY = datetime.date(2026, 12, 4)


def _one_call(engine, question, name):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300], a.missing)
    (call,) = a.tool_calls
    assert call.name == name
    return a, call


def _counts(call, kind, *fields):
    """{(field values…): count} of the activities of one kind."""
    out: Counter = Counter()
    for it in call.args["activities"]:
        if it["kind"] == kind:
            out[tuple(it.get(f) or (False if f == "case_report" else None) for f in fields)] += it.get("count", 1)
    return dict(out)


# ----------------------------------------------------- 1. a count heading a list of names: the count stands

@pytest.mark.parametrize(("question", "meetings", "total"), [
    ("今年參加了三個國際會議（ACS、ESSO、DDW），積分多少", 3, 30),
    ("今年参加了三个国际会议：ASCRS、ESSO、JSS，总共几分", 3, 30),
    ("今年去了3個國際會議：ACS、ASA、JSS，幾分", 3, 30),  # (before: 4 — the last name read as one more meeting)
    ("I went to 3 international congresses this year: ACS, ESSO and JSS. How many credits?", 3, 30),
    ("今年去了三個國際會議（ACS、ESSO），幾分", 3, 30),  # fewer names than the count: the count stands
])
def test_a_count_heading_names_stands(engine, question, meetings, total):
    _, call = _one_call(engine, question, "tsa_credit_tally")
    assert _counts(call, "international_meeting") == {(): meetings}
    assert call.result["total"] == total


@pytest.mark.parametrize("question", [
    "去年出國開了兩個國際會議（ESSO、JSS），在 JSS 那場還貼了一張壁報，我是第一作者，去年總共幾分？",
    "今年参加了两个国际会议（ACS Clinical Congress、ESSO），在ACS那场有一篇口头报告，我是第一作者，总共几分",
    "This year I attended two international meetings (ESSO and JSS) and presented a poster at JSS as first author. Total credits?",
])
def test_a_presentation_at_one_of_the_meetings_named_adds_to_the_count(engine, question):
    a, call = _one_call(engine, question, "tsa_credit_tally")
    assert _counts(call, "international_meeting") == {(): 2}
    assert _counts(call, "presentation", "role") == {("first",): 1}
    assert call.result["total"] == 40  # 2 × 30 capped at 30, + 10
    assert not any("出席" in x or "attended that meeting" in x for x in a.assumptions), a.assumptions


def test_a_count_heading_a_list_of_no_meeting_names_is_still_asked(engine):
    a = engine.answer("今年去了兩個國際會議：東京、巴黎，幾分？", None, today=TODAY)
    assert a.route == "clarify" and not a.tool_calls


# ----------------------------------------------------- 2. a year label joined to its figure by a verb; zero as a word

@pytest.mark.parametrize(("question", "credits"), [
    ("外科專科證書明年到期：2021年拿了120、2022年有95、2023年掛零（出國進修）、2024年180、2025年150、2026年110，總共超過600應該可以吧？",
     [120, 95, 0, 180, 150, 110]),
    ("外科换证：2021年拿了100，2022年有105，2023年是零，2024年得了130，2025年140，2026年150，能换证吗", [100, 105, 0, 130, 140, 150]),
    ("renewal: 2021 earned 120, 2022 had 95, 2023 nothing (sick leave), 2024 got 180, 2025 150, 2026 110 — am I fine?",
     [120, 95, 0, 180, 150, 110]),
    ("換證：110年拿了120、111年拿了95、112年掛零、113年180、114年150、115年110，夠嗎", [120, 95, 0, 180, 150, 110]),
])
def test_a_zero_year_said_in_words_is_a_zero(engine, question, credits):
    _, call = _one_call(engine, question, "tsa_renewal_check")
    assert call.args["yearly_credits"] == credits
    assert call.result["eligible"] is False and call.result["zero_years"] == [3]


@pytest.mark.parametrize(("question", "credits", "eligible"), [
    ("surgery board renewal: 2021 I got 100, 2022 I got 100, 2023 I got 100, 2024 I got 100, 2025 I got 100, 2026 I got 90. renew?",
     [100, 100, 100, 100, 100, 90], False),
    ("Renewal check: 2021 got 110, 2022 got 100, 2023 earned 95, 2024 had 105, 2025 got 100, 2026 got 100. OK?",
     [110, 100, 95, 105, 100, 100], True),
    ("Renewal check: 2021 120, 2022 95, 2023 none, 2024 180, 2025 150, 2026 110", [120, 95, 0, 180, 150, 110], False),
])
def test_a_year_label_joined_by_a_verb_is_no_figure(engine, question, credits, eligible):
    _, call = _one_call(engine, question, "tsa_renewal_check")
    assert call.args["yearly_credits"] == credits  # (before: the year itself, 2022 or 2023, read as a figure)
    assert call.result["eligible"] is eligible


# ----------------------------------------------------- 3. papers by role, a subset of one role's papers

@pytest.mark.parametrize(("question", "papers"), [
    ("今年 SCI 3 篇，兩篇一作一篇二作，一作那兩篇有一篇是 case report，論文積分？",
     {("first", False): 1, ("first", True): 1, ("second", False): 1}),
    ("今年发了3篇SCI：2篇第一作者、1篇通讯作者，第一作者那两篇其中一篇是病例报告",
     {("first", False): 1, ("first", True): 1, ("corresponding", False): 1}),
    ("SCI 3篇：一作2篇、二作1篇。一作那兩篇，其中一篇是病例報告，今年幾分",
     {("first", False): 1, ("first", True): 1, ("second", False): 1}),
    ("3 SCI papers this year: 2 first author, 1 corresponding. Of those 2 first-author papers, one was a case report. Credits?",
     {("first", False): 1, ("first", True): 1, ("corresponding", False): 1}),
    ("SCI papers this year: 2 as first author, 1 as second author; of the 2 first-author ones 1 was a case report. Credits?",
     {("first", False): 1, ("first", True): 1, ("second", False): 1}),
    ("今年 SCI 2篇一作，那兩篇有一篇是case report，幾分", {("first", False): 1, ("first", True): 1}),
])
def test_a_subset_of_one_roles_papers_is_carved_from_that_role(engine, question, papers):
    _, call = _one_call(engine, question, "tsa_credit_tally")
    assert _counts(call, "paper_sci", "role", "case_report") == papers


# ----------------------------------------------------- 4. a count split into sub-counts, each with its own length

@pytest.mark.parametrize("question", [
    "今年參加國內研討會4次，其中兩次各1.5小時，另外兩次各3小時，積分多少",
    "今年参加国内研讨会4场，两场各1.5小时、两场各3小时，学分多少",
    "今年院外研討會去了4場（2場各1.5小時、2場各3小時），外科積分？",
    "I went to 4 domestic seminars this year, 2 at 1.5 hours each and 2 at 3 hours each. credits?",
    "I went to 4 local seminars this year: 2 of them 1.5 hours each, 2 of them 3 hours each. credits?",
    # (before: the bracket's first count ran into its length, "2 1.5 h", and the 4 took the 1.5 hours — 4 + 2 seminars)
    "4 local seminars this year (two 1.5 h each, two 3 h each), how many credits",
])
def test_sub_counts_each_with_their_length(engine, question):
    _, call = _one_call(engine, question, "tsa_credit_tally")
    assert _counts(call, "domestic_seminar", "hours") == {(1.5,): 2, (3,): 2}
    assert call.result["total"] == 30  # 2 × 5 + 2 × 10


def test_sub_counts_adding_to_another_count_than_the_heading(engine):
    _, call = _one_call(engine, "國內學術討論會今年去了五場：三場各兩小時、兩場各四小時", "tsa_credit_tally")
    assert _counts(call, "domestic_seminar", "hours") == {(2,): 3, (4,): 2}


@pytest.mark.parametrize("question", [
    "今年國內研討會去了4次：2次各3小時，積分多少",
    "I went to 5 domestic seminars this year: 2 of them 1.5 hours each, 2 of them 3 hours each. credits?",
])
def test_sub_counts_short_of_the_heading_leave_the_rest_asked(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "clarify", (a.route, [c.args for c in a.tool_calls])
    assert any("hours" in m or "小時" in m for m in a.missing), a.missing
