"""Round 36: 年會 inside a time word's 年 and the modal 會 ("今年會去", "那年會給我幾分") or 會議 ("去年會議") is no annual
meeting. The reader used to add one TSA annual meeting (60 credits) to such a tally: a confidently wrong total.
Phrasings written for this test (zh-TW, zh-CN); a real 年會 after a time word ("今年年會", "今年會 1 次") stays a meeting.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import standard_forms


@pytest.mark.parametrize(("text", "written"), [
    ("今年會去月會3次", "今年將去月會3次"),
    ("那年會給我幾分", "那年將給我幾分"),
    ("每年會參加兩次", "每年將參加兩次"),
    ("明年會換證", "明年將換證"),
    ("今年會議很多", "今年會議很多"),      # 會議 stays the word it is
    ("今年會員費", "今年會員費"),          # so does 會員
    ("今年年會一次", "今年年會一次"),      # 今年 + 年會: the meeting
    ("今年會 1 次", "今年會 1 次"),        # a count right after: the meeting
    ("有去年會", "有去年會"),              # 去 the verb: went to the annual meeting
])
def test_modal_after_a_years_time_word(text: str, written: str) -> None:
    assert standard_forms(text) == written


def _activities(answer) -> list[dict]:
    calls = [c for c in answer.tool_calls if c.name == "tsa_credit_tally"]
    assert answer.route == "calculator" and calls, (answer.route, answer.missing, answer.answer[:200])
    return calls[0].args["activities"]


# (question, the activity kinds read, total)
TALLIES = [
    ("今年會去月會3次，積分多少", ["tsa_monthly_meeting"], 60),
    ("我今年会去月会4次，学分多少", ["tsa_monthly_meeting"], 80),
    ("2025 年：出國開會兩次(國際會議)、院外研討會一場三小時。外科學會那年會給我幾分？",
     ["international_meeting", "domestic_seminar"], 30),
    ("去年會議：月會3次，積分多少", ["tsa_monthly_meeting"], 60),
    ("去年会议：月会2次、院外研讨会一场两小时，学分多少", ["tsa_monthly_meeting", "domestic_seminar"], 45),
    ("今年年會1次、月會3次，積分多少", ["tsa_annual_meeting", "tsa_monthly_meeting"], 120),
    ("今年會 1 次、月會 2 次，積分多少", ["tsa_annual_meeting", "tsa_monthly_meeting"], 100),
]


@pytest.mark.parametrize(("question", "kinds", "total"), TALLIES)
def test_no_annual_meeting_read_from_a_year_and_will(ask, question: str, kinds: list[str], total: int) -> None:
    a = ask(question)
    assert [item["kind"] for item in _activities(a)] == kinds
    assert a.tool_calls[0].result["total"] == total
