"""Round 36 (lead): parts of a presentation count said in ways the reader did not take as parts, a talk someone else gave
read as one of the person's own, a count of times taken as a check of the total. Each gave confidently wrong totals.

1. A bracket opening on how many of the count just said are something ("2 posters as first author (one was a case
   report)", "一作壁報 2 篇（1 篇是病例報告）"): that many carry the flag, the rest do not — and the whole's number is
   accounted for as split over the two, with more items after it.
2. A presentation given by another person ("which my fellow presented", "presented by the resident", "學弟上台報告的"):
   no presentation of the person's own; the item they were an author of keeps its own role.
3. A count of times or meetings ("今年共去了 5 場") that happens to equal the result is no check of the result: it stays
   unread (asked), never accounted as "compared with the result".

Phrasings written for this test (zh-TW, zh-CN, English), not taken from eval questions.
"""

from __future__ import annotations

import pytest


def _activities(answer) -> list[dict]:
    calls = [c for c in answer.tool_calls if c.name == "tsa_credit_tally"]
    assert answer.route == "calculator" and calls, (answer.route, answer.missing, answer.answer[:200])
    return calls[0].args["activities"]


def _presentations(answer) -> list[tuple]:
    return sorted((a["count"], a.get("role"), bool(a.get("case_report"))) for a in _activities(answer)
                  if a["kind"] == "presentation")


# (question, the presentations read as (count, role, case report), total)
PARTS = [
    ("Had 2 posters as first author (one was a case report) and an oral as 3rd author. credits?",
     [(1, "first", False), (1, "first", True), (1, "other", False)], 15),
    ("2 first-author posters (one was a case report), credits?", [(1, "first", False), (1, "first", True)], 15),
    ("一作壁報 2 篇（1 篇是病例報告）、三作口頭 1 篇，積分多少",
     [(1, "first", False), (1, "first", True), (1, "other", False)], 15),
    ("一作口头报告 3 篇（两篇是病例报告），还有一篇二作壁报，学分多少",
     [(1, "first", False), (1, "second", False), (2, "first", True)], 20),
]


@pytest.mark.parametrize(("question", "presentations", "total"), PARTS)
def test_a_bracket_naming_a_part_flags_that_many(ask, question: str, presentations: list[tuple], total: int) -> None:
    a = ask(question)
    assert _presentations(a) == presentations
    assert a.tool_calls[0].result["total"] == total
    assert not a.unused and not a.missing, (a.unused, a.missing)


# (question, the presentations read)
OTHERS_GAVE_IT = [
    ("At the annual meeting I was 3rd author on an oral, which my fellow presented. credits?", [(1, "other", False)]),
    ("an oral where I was 3rd author, presented by the resident. credits?", [(1, "other", False)]),
    ("I was 3rd author on an oral at the annual meeting; the resident presented it. credits?", [(1, "other", False)]),
    ("今年外科年會有一篇口頭我是第三作者，是學弟上台報告的，發表能算幾分", [(1, "other", False)]),
]


@pytest.mark.parametrize(("question", "presentations"), OTHERS_GAVE_IT)
def test_a_talk_another_person_gave_is_no_own_presentation(ask, question: str, presentations: list[tuple]) -> None:
    assert _presentations(ask(question)) == presentations


def test_a_talk_the_person_gave_stays_theirs(ask) -> None:
    assert _presentations(ask("I presented 2 posters at the annual meeting as first author. credits?")) == [(2, "first", False)]


@pytest.mark.parametrize("question", [
    "院外研討會 1 小時的 1 場，今年共去了 5 場，積分多少",
    "院外研讨会 2 小时的 1 场，今年一共去了 5 场，学分多少",
])
def test_a_count_of_times_equal_to_the_result_is_no_check_of_it(ask, question: str) -> None:
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:200])
    assert any("5" in m for m in a.missing), a.missing
