"""Round 36: 年會 inside a time word's 年 and the modal 會 ("今年會去", "那年會給我幾分") or 會議 ("去年會議") is no annual
meeting. The reader used to add one TSA annual meeting (60 credits) to such a tally: a confidently wrong total.
The same for 月 ("每個月會去", "下個月會再去"). Phrasings written for this test (zh-TW, zh-CN); a real 年會 after a time word
("今年年會", "今年會 1 次") stays a meeting, as does "這個月會我是講者".
"""

from __future__ import annotations

import re

import pytest

from calculators.vocab_tsa import ACTIVITY_KINDS




@pytest.mark.parametrize(("text", "meeting"), [
    ("今年會去月會3次", "tsa_monthly_meeting"),  # the 月會 after it is one
    ("那年會給我幾分", None),
    ("每年會參加兩次", None),
    ("明年會換證", None),
    ("今年會議很多", None),                # 會議, no 年會
    ("今年年會一次", "tsa_annual_meeting"),  # 今年 + 年會: the meeting
    ("今年會 1 次", "tsa_annual_meeting"),    # a count right after: the meeting
    ("有去年會", "tsa_annual_meeting"),       # 去 the verb: went to the annual meeting
    ("我每個月會去研討會", None),
    ("下個月會再去", None),
    ("這個月會我是講者", "tsa_monthly_meeting"),  # this month's meeting
    ("月會 3 次", "tsa_monthly_meeting"),
])
def test_modal_after_a_time_word_is_no_meeting(text: str, meeting: str | None) -> None:
    found = [kind for kind, words in ACTIVITY_KINDS if kind in ("tsa_annual_meeting", "tsa_monthly_meeting")
             and re.search(words, text, re.IGNORECASE)]
    assert found == ([meeting] if meeting else [])


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
    ("每个月会去院外研讨会，今年一共 3 场，每场 3 小时，学分多少", ["domestic_seminar"], 30),
    ("我下個月會再去月會，目前月會3次、年會1次，積分多少", ["tsa_monthly_meeting", "tsa_annual_meeting"], 120),
    ("今年年會1次、月會3次，積分多少", ["tsa_annual_meeting", "tsa_monthly_meeting"], 120),
    ("今年會 1 次、月會 2 次，積分多少", ["tsa_annual_meeting", "tsa_monthly_meeting"], 100),
]


@pytest.mark.parametrize(("question", "kinds", "total"), TALLIES)
def test_no_annual_meeting_read_from_a_year_and_will(ask, question: str, kinds: list[str], total: int) -> None:
    a = ask(question)
    assert [item["kind"] for item in _activities(a)] == kinds
    assert a.tool_calls[0].result["total"] == total
