"""Round 41 (en41): English TSA / TSIR calculator questions of calc_bank41's development half and the spent banks — each
fixed for its class, tested here with phrasings written for this round (none is from a blind bank).

1. A part denied is no part: "(not one of those listed)", "which isn't one of those", "（不是其中之一）", "（不在其中）" after
   another activity said nothing of the count before it — the "monthly meeting x2" before it stays 2, never carved 1 + 1.
2. A role denied with "as" or of them all ("not as first author or presenter", "none of them first-author", "neither of
   them as first author") is no first author.
3. A role said per item of a count of presentations ("3 posters: 2 where I'm first author and 1 where I'm third author",
   "壁報 3 張：2 張一作、1 張三作"): counts adding up to the whole are items of their own, the whole their heading; the
   attendance named as a term of the sum asked ("Attendance + posters = ?", "出席＋壁報") is the meeting attended.
4. One's own paper said as had / was published ("I had an SCI paper published in March … what is it worth") is one's own:
   the author place is asked, never the rule table quoted as the answer; a reply completes it.
5. One figure in brackets fewer than the count just before it ("ATLS twice (one renewal)", "月會 x3 (1 online)") is which of
   them — part of the count, said so; with a flag ("2 SCI papers (1 case report)") that many carry the flag, not all.
6. A run of a detail's values going through a count, the last said "a … one" ("3 seminars, 1hr, 1.5 hr and a 4hr one").
7. One of a count gone through in brackets, then another item ("2 intl mtgs (one in Taipei, one in Seoul) + ATLS"): part
   of the count, never the next item's count; a life-support course's refresher listed beside meetings is the tally's.
8. A TSIR term written with a hyphen ("dialysis-access PTAs", "hemodialysis-access declots") names its domain.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


def _call(answer, tool: str):
    calls = [c for c in answer.tool_calls if c.name == tool]
    assert answer.route == "calculator" and calls, (answer.route, answer.missing, answer.unused, answer.answer[:300])
    return calls[0]


def _items(call) -> list[tuple]:
    return sorted((it["kind"], it.get("count", 1), it.get("role"), it.get("hours"), it.get("case_report"))
                  for it in call.args["activities"])


# ------------------------------------------------------------------------------------------------ 1. a part denied

DENIED_PART = [
    ("This year: TSA monthly meeting x2, plus another surgery-related society's annual meeting (not one of those listed). "
     "Tally?", [("other_surgical_society_meeting", 1), ("tsa_monthly_meeting", 2)]),
    ("monthly meetings ×3 this year and one other surgical society's annual meeting, which isn't one of those in the "
     "training curriculum list. credits?", [("other_surgical_society_meeting", 1), ("tsa_monthly_meeting", 3)]),
    ("今年月會 x2，另外去了一個外科相關學會的年會（不是其中之一）。積分多少？",
     [("other_surgical_society_meeting", 1), ("tsa_monthly_meeting", 2)]),
    ("今年月会×2，另外去了一个外科相关学会的年会（不在其中）。积分多少？",
     [("other_surgical_society_meeting", 1), ("tsa_monthly_meeting", 2)]),
    # near miss: a part said of the count is still carved out of it
    ("5 monthly meetings this year, 2 of them as speaker. credits?", [("tsa_monthly_meeting", 5), ("tsa_monthly_speaker", 2)]),
]


@pytest.mark.parametrize(("question", "items"), DENIED_PART)
def test_a_part_denied_carves_nothing_from_the_count_before(ask, question: str, items: list) -> None:
    call = _call(ask(question), "tsa_credit_tally")
    assert sorted((it["kind"], it.get("count", 1)) for it in call.args["activities"]) == items


# ------------------------------------------------------------------------------------------------ 2. a role denied

ROLE_DENIED = [
    ("3 posters at the TSA annual meeting, not as first author or presenter. credits?", "presentation", 3),
    ("3 posters at the TSA annual meeting, none as first author. credits?", "presentation", 3),
    ("3 posters, none of them first-author. credits?", "presentation", 3),
    ("2 SCI papers, neither of them as first author. credits?", "paper_sci", 2),
]


@pytest.mark.parametrize(("question", "kind", "count"), ROLE_DENIED)
def test_a_role_denied_with_as_or_of_them_all_is_no_first_author(ask, question: str, kind: str, count: int) -> None:
    call = _call(ask(question), "tsa_credit_tally")
    assert _items(call) == [(kind, count, "other", None, None)]


@pytest.mark.parametrize("question", ["2 SCI papers as first author. credits?", "2 SCI papers, both as first author. credits?"])
def test_a_role_said_plainly_stays_first(ask, question: str) -> None:
    call = _call(ask(question), "tsa_credit_tally")
    assert [it.get("role") for it in call.args["activities"]] == ["first"]


# ------------------------------------------------------------------------------------------------ 3. a role per item

PER_ITEM = [
    "3 posters: 2 where I'm first author and 1 where I'm third author. credits?",
    "3 posters: 2 as first author and 1 as third author. credits?",
    "3 posters, 2 where I was first author, 1 where I was 3rd author. credits?",
    "壁報 3 張：2 張我是第一作者、1 張我是第三作者。積分？",
]


@pytest.mark.parametrize("question", PER_ITEM)
def test_a_role_said_per_item_of_a_count_of_presentations(ask, question: str) -> None:
    a = ask(question)
    call = _call(a, "tsa_credit_tally")
    assert _items(call) == [("presentation", 1, "other", None, None), ("presentation", 2, "first", None, None)]
    assert call.result["total"] == 20


def test_papers_said_per_item_keep_their_roles(ask) -> None:  # near miss: as before
    call = _call(ask("3 SCI papers: 2 on which I'm first author and 1 on which I'm second author. credits?"), "tsa_credit_tally")
    assert _items(call) == [("paper_sci", 1, "second", None, None), ("paper_sci", 2, "first", None, None)]


ATTENDANCE_TERM = [
    ("At this year's TSA annual meeting I had 2 posters as first author. Attendance + posters = ?", 80),
    ("2 orals as first author at the TSA annual meeting this year. orals + attendance, how many credits?", 80),
    ("今年外科醫學會年會發表壁報 2 張，我是第一作者。出席＋壁報共幾分？", 80),
    # near miss: the attendance not asked — the presentations alone, the meeting their place
    ("2 posters as first author at the TSA annual meeting this year. credits?", 20),
]


@pytest.mark.parametrize(("question", "total"), ATTENDANCE_TERM)
def test_attendance_named_as_a_term_of_the_sum_is_the_meeting_attended(ask, question: str, total: int) -> None:
    call = _call(ask(question), "tsa_credit_tally")
    assert call.result["total"] == total
    assert any(it["kind"] == "tsa_annual_meeting" for it in call.args["activities"]) == (total == 80)


# ------------------------------------------------------------------------------------------------ 4. one's own paper

OWN_PAPER = [
    "my SCI article was published last month — what is it worth?",
    "we've had a case report accepted in an SCI journal, how many points is that worth?",
    "I've had an original article published in an SCI journal this year, what's it worth?",
]


@pytest.mark.parametrize("question", OWN_PAPER)
def test_ones_own_paper_said_published_asks_the_author_place(ask, question: str) -> None:
    a = ask(question)
    assert a.route == "clarify" and any("role" in m or "author" in m.lower() for m in a.missing), (a.route, a.missing)


def test_the_reply_completes_ones_own_paper(engine) -> None:
    _, second = ask_and_reply(engine, "I've had an SCI paper published this spring, how many CME points is that worth?",
                              "second author")
    call = _call(second, "tsa_credit_tally")
    assert call.result["total"] == 25


@pytest.mark.parametrize("question", ["how many credits is an SCI paper worth?",
                                      "if I had an SCI paper published, how many points would it be worth?"])
def test_a_paper_not_ones_own_gets_the_rule(ask, question: str) -> None:  # near misses
    assert ask(question).route == "retrieval"


# ------------------------------------------------------------------------------------------------ 5. one figure in brackets

ONE_IN_BRACKETS = [
    ("did ATLS twice (one renewal). credits?", [("atls", 2, None, None, None)]),
    ("ATLS 上了兩次（一次是複訓），積分？", [("atls", 2, None, None, None)]),
    ("monthly meetings x3 (1 online). credits?", [("tsa_monthly_meeting", 3, None, None, None)]),
    ("ATLS 2 次（1 次在高雄），積分多少？", [("atls", 2, None, None, None)]),
    ("2 SCI papers (1 case report) as first author. credits?",
     [("paper_sci", 1, "first", None, False), ("paper_sci", 1, "first", None, True)]),
    ("2 SCI papers as first author (1 case report). credits?",
     [("paper_sci", 1, "first", None, False), ("paper_sci", 1, "first", None, True)]),
    ("一作 SCI 3 篇（1 篇病例報告），積分？", [("paper_sci", 1, "first", None, True), ("paper_sci", 2, "first", None, False)]),
    ("2 non-SCI full articles as first author this year (1 case report). credits?",
     [("paper_non_sci", 1, "first", None, False), ("paper_non_sci", 1, "first", None, True)]),
]


@pytest.mark.parametrize(("question", "items"), ONE_IN_BRACKETS)
def test_one_figure_in_brackets_is_which_of_the_count(ask, question: str, items: list) -> None:
    call = _call(ask(question), "tsa_credit_tally")
    assert _items(call) == items


def test_a_total_in_brackets_is_no_part(ask) -> None:  # near miss (en39)
    a = ask("domestic seminars: one 2 hours, one 4 hours (3 altogether). credits?")
    assert a.route == "clarify" and not a.tool_calls


# ------------------------------------------------------------------------------------------------ 6. a run said "a … one"

RUN_ONE = [
    "went to 3 outside seminars this yr, 1hr, 1.5 hr and a 4hr one. credits?",
    "went to 3 outside seminars this year, 1 hr, 1.5 hr and a 4 hr one. credits?",
    "went to 3 outside seminars this year: 1 hr, 1.5 hr and a 4 hr one. credits?",
    "今年院外研討會 3 場，1 小時、1.5 小時、4 小時。積分？",
]


@pytest.mark.parametrize("question", RUN_ONE)
def test_a_run_of_hours_going_through_the_count(ask, question: str) -> None:
    call = _call(ask(question), "tsa_credit_tally")
    assert _items(call) == [("domestic_seminar", 1, None, 1, None), ("domestic_seminar", 1, None, 1.5, None),
                            ("domestic_seminar", 1, None, 4, None)]
    assert call.result["total"] == 20


# ------------------------------------------------------------------------------------------------ 7. gone through, then more

THROUGH_THEN_MORE = [
    ("2 international meetings in 2026 (one in Taipei, one in Seoul) + ATLS. credits?", 60),
    ("2 intl mtgs this year (one in Tokyo, one in Seoul), plus ATLS once. total?", 60),
    ("國際會議 2 場（一場在台北、一場在首爾），加上 ATLS，積分？", 60),
    ("ATLS refresher + 2 intl mtgs this year. how many?", 60),
]


@pytest.mark.parametrize(("question", "total"), THROUGH_THEN_MORE)
def test_one_of_a_count_gone_through_is_no_count_of_the_next(ask, question: str, total: int) -> None:
    call = _call(ask(question), "tsa_credit_tally")
    assert sorted((it["kind"], it.get("count", 1)) for it in call.args["activities"]) == [("atls", 1), ("international_meeting", 2)]
    assert call.result["total"] == total


def test_a_course_card_alone_stays_the_courses(ask) -> None:  # near miss
    assert ask("ATLS refresher due, how long is it?").route == "out_of_scope"


# ------------------------------------------------------------------------------------------------ 8. a hyphenated TSIR term

HYPHENATED = [
    ("radiology boards 9 yrs ago, 120 dialysis-access angioplasties in the last 6 yrs, 3 lectures. vascular instructor?", 120, 9),
    ("specialist for 10 yrs, 110 hemodialysis-access declots in 6 years, 3 talks. vascular intervention instructor?", 110, 10),
    ("radiology boards 9 yrs ago, 120 AV-fistula PTAs in the last 6 yrs, 3 lectures. vascular instructor?", 120, 9),
    # near miss: written apart, as before
    ("board certified 10 years ago, 120 dialysis access angioplasties in the last 6 years, 3 lectures. vascular "
     "intervention instructor?", 120, 10),
]


@pytest.mark.parametrize(("question", "cases", "years"), HYPHENATED)
def test_a_hyphenated_term_names_its_domain(ask, question: str, cases: int, years: float) -> None:
    call = _call(ask(question), "tsir_instructor_eligibility")
    assert call.args["domain"] == "vascular_intervention"
    assert call.args["cases_last_6_years"] == cases and call.args["years_as_specialist"] == years
