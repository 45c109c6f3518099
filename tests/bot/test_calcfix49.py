"""Round 49 calculator misreadings (calcfix49): presenting on stage is the presenter role even where first authorship is
denied; courses attended outside are seminars counted by the session; counts written before each kind's word go with
their own kind; an exclusion said after an activity removes it; a domain word qualifying papers is not the TSIR domain."""

from __future__ import annotations

import re

import pytest

from calculators.vocab_tsa import PRESENTED_IT
from tests.bot.conftest import ask_and_reply as _ask


def _activities(a) -> list[tuple[str, int, str | None]]:
    return [(it["kind"], it["count"], it.get("role")) for it in a.tool_calls[0].args["activities"]]


@pytest.mark.parametrize(("question", "role", "total"), [
    ("今年外科年會我投了三篇：兩張poster我是一作；另外一篇口頭報告是我代表團隊上台講（不是一作）。這樣加起來幾分？", "presenter", 30),
    ("今年有一篇口頭報告，我不是一作，但是是我上台報告的，這樣幾分？", "presenter", 10),
    ("今年1篇壁报，不是一作，我上台讲的，算几分？", "presenter", 10),
    ("今年1篇oral，不是一作，是我去报的，算几分？", "presenter", 10),
    # near misses: the stage denied, or someone else's
    ("今年有一篇口頭報告，我不是一作，上台報告的是學弟，幾分？", "other", 0),
    ("今年一篇oral，不是一作也沒有上台，幾分？", "other", 0),
])
def test_presenting_on_stage_is_the_presenter_role(engine, question, role, total):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.missing)
    talks = [x for x in _activities(a) if x[0] == "presentation"]
    assert talks[-1][2] == role and len([x for x in talks if x[2] == role]) == 1, talks
    assert a.tool_calls[0].result["total"] == total


@pytest.mark.parametrize(("text", "said"), [
    ("我代表團隊上台講", True), ("上台報告的是我", True), ("I presented it", True), ("I gave the talk", True),
    ("沒上台報告", False), ("不是我上台講", False), ("上台報告的是學弟", False), ("my fellow presented it", False),
])
def test_presented_it_words(text, said):
    assert bool(re.search(PRESENTED_IT, text, re.IGNORECASE)) is said


@pytest.mark.parametrize(("question", "total"), [
    ("今年院外的課上蠻多的：兩小時的３場、半天（大概4hr）的2場，還有消化外科醫學會年會去了兩天。這樣這些外面的活動總共可以拿幾分？", 30),
    ("今年外面的課：1小時的2場、一個上午（約3.5小時）的1場，幾分？", 20),
    ("今年外面的课：两小时的3场、半天（大约4小时）的1场，几分？", 25),
    ("This year, outside seminars: three of 2 hours, and two half-days (about 4 hr each). Credits?", 30),
])
def test_outside_courses_with_approximate_hours_are_seminars(engine, question, total):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.missing)
    assert a.tool_calls[0].result["total"] == total


def test_a_half_day_with_no_hours_is_asked(engine):
    assert _ask(engine, "今年院外的課：兩小時的３場、半天的2場，幾分？").route == "clarify"


def test_counts_before_their_kinds_with_spaces_go_with_their_own_kind(engine):
    a = _ask(engine, "今年 2場 研討會 3次月會，總共幾分？")
    assert a.route == "clarify"  # the seminars' hours are asked
    pending = a.pending_call["args"]["activities"] if isinstance(a.pending_call, dict) else a.pending_call.args["activities"]
    assert {(it["kind"], it["count"]) for it in pending} == {("domestic_seminar", 2), ("tsa_monthly_meeting", 3)}


@pytest.mark.parametrize(("question", "total"), [
    ("月會3次、年會1次，不算年會，幾分？", 60),
    ("去年月会5次、年会1次，年会除外，一共几分？", 100),
    ("去年5次月會，還有年會（年會先不算），幾分？", 100),
    ("5 monthly meetings and the annual meeting, but don't count the annual meeting. How many credits?", 100),
    ("I went to the annual meeting and 4 monthly meetings last year — exclude the annual meeting, what's my total?", 80),
    ("月會3次、年會1次，年會也要算，幾分？", 120),  # near miss: counted too
])
def test_an_exclusion_said_after_the_item_removes_it(engine, question, total):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.missing)
    assert a.tool_calls[0].result["total"] == total


@pytest.mark.parametrize(("question", "domain"), [
    ("TSIR指导医师：专科医师10年，肿瘤栓塞 150 例，论文是射频消融方面的，SCI 3 篇通讯作者，可以申请吗？", "tumor_embolization"),
    ("TSIR指導醫師：專科醫師10年，消融 200 例，論文 SCI 2 篇一作，可以嗎？", "ablation"),
])
def test_the_papers_topic_is_not_the_domain(engine, question, domain):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.missing)
    assert [c.args["domain"] for c in a.tool_calls] == [domain]


@pytest.mark.parametrize("question", [
    "我想申請TSIR指導醫師：(2) 栓塞 120 例，論文都是消融的，SCI 2 篇一作，專科醫師 8 年，可以嗎？",
    "TSIR instructor: 8 years as specialist, embolization 120 cases, 2 SCI papers on ablation as first author. Eligible?",
])
def test_plain_embolization_with_papers_on_ablation_is_asked(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify"
    assert not any(c.args.get("domain") == "ablation" for c in a.tool_calls)
