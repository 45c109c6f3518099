"""Classes of the twenty-first round in the TSA reader — each tested with wordings of its own (zh-TW, zh-CN, en), never
the bank's sentence. Confidently wrong first: a case-report qualifier written inside the second activity's own phrase
("a case-report poster", "一篇病例報告 poster") was lost to it (the hyphenated spelling unread, or the words left in the
piece of the kind before), so the presentation was counted whole."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


def _calls(a):
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    return [(c.name, c.args) for c in a.tool_calls]


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
