"""Round 50 calculator misreadings (calcfix50): presenting said of another person is never the asker's presenter role (one
shared other-person vocabulary, checked where an item's choice is read); a day count beside a seminar's hours is its
length; yearly credits in brackets after a total of as many years are the list, the total a check."""

from __future__ import annotations

import re

import pytest

from calculators.vocab import OTHER_PERSON_AFTER, OTHER_PERSON_BEFORE
from tests.bot.conftest import ask_and_reply as _ask


@pytest.mark.parametrize(("before", "other"), [
    ("學弟", True), ("我不是第一作者，學弟", True), ("住院医师", True), ("學妹代為", True), ("學弟幫我", True), ("我的學弟", True),
    ("林醫師", True), ("是同事", True), ("my fellow ", True), ("the resident was the ", True), ("Dr. Chen ", True),
    ("she actually ", True),
    # the asker: never another person
    ("我", False), ("本人", False), ("我代表團隊", False), ("我代表學長", False), ("幫學長", False), ("我幫他", False),
    ("我是住院醫師", False), ("我跟學弟一起", False), ("I ", False), ("my fellow and I ", False), ("As a fellow, I ", False),
    ("not first author, ", False), ("a co-author and ", False),
])
def test_another_person_as_the_subject(before, other):
    assert bool(re.search(OTHER_PERSON_BEFORE, before, re.IGNORECASE)) is other


@pytest.mark.parametrize(("after", "other"), [
    ("的是學弟", True), ("的是我學弟", True), ("的人是林醫師", True), (" by my fellow", True), (" by Dr. Lin", True),
    ("的是我", False), (" by me", False), (" by myself", False),
])
def test_another_person_named_as_the_doer_after(after, other):
    assert bool(re.match(OTHER_PERSON_AFTER, after, re.IGNORECASE)) is other


def _roles(a) -> list[tuple[str, int, str | None]]:
    return [(it["kind"], it["count"], it.get("role")) for it in a.tool_calls[0].args["activities"]]


@pytest.mark.parametrize(("question", "role", "total", "note"), [
    ("I had an oral presentation at the TSA annual meeting, not first author, my fellow gave the talk. How many credits?",
     "other", 0, "someone else presented it"),
    ("年會口頭論文一篇，我不是第一作者，學弟上台報告的，可以拿幾分？", "other", 0, "別人上台發表"),
    ("年会口头论文一篇，我不是第一作者，住院医师上台讲的，能拿几分？", "other", 0, "別人上台發表"),
    ("Poster at the annual meeting, not first author, the poster was presented by my resident. Credits?", "other", 0,
     "someone else presented it"),
    ("Poster at the TSA annual meeting, I'm first author, the resident presented it. Credits?", "first", 10,
     "someone else presented it"),
    # near misses: the asker presented
    ("I had an oral presentation at the TSA annual meeting, not first author, I gave the talk. How many credits?",
     "presenter", 10, None),
    ("年會口頭論文一篇，我不是第一作者，我上台報告的，可以拿幾分？", "presenter", 10, None),
    ("年会口头论文一篇，我不是第一作者，是我上台讲的，能拿几分？", "presenter", 10, None),
    ("年會口頭論文一篇，我不是第一作者，我代表學長上台報告，可以拿幾分？", "presenter", 10, None),
    ("This year one oral at the TSA annual meeting, I gave the talk, I'm not first author. Credits?", "presenter", 10, None),
])
def test_presenting_is_the_askers_role_only_when_the_asker_presented(engine, question, role, total, note):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.missing)
    assert _roles(a) == [("presentation", 1, role)]
    assert a.tool_calls[0].result["total"] == total
    said = " ".join(a.assumptions)
    assert (note in said) if note else not re.search(r"someone else presented|別人上台發表", said)


def test_someone_elses_presenting_with_no_place_said_is_asked(engine):
    a = _ask(engine, "年會口頭論文一篇，學弟上台報告的，可以拿幾分？")
    assert a.route == "clarify"
    assert any(m.startswith("role") for m in a.missing)


@pytest.mark.parametrize(("question", "hours", "total"), [
    ("Forwarding a member's email (Dr. L, CRS):\n\n> This year I attended an international congress in Seoul (3 days), "
     "a one-day local trauma symposium (about 4 hrs), and two local hospital symposia of ~1.5 hrs each. Plus 2 TSA monthly "
     "meetings.\n\n> What's my 2026 total?\n\nCan you work it out? thx", 4, 70),
    ("This year I went to a one-day workshop (6 hrs) and 3 TSA monthly meetings. Total?", 6, 70),
    ("今年參加一場一天的外傷研討會（約4小時），還有月會2次，總共幾分？", 4, 50),
])
def test_a_day_count_beside_a_seminars_hours_is_its_length(engine, question, hours, total):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.missing)
    seminars = [it for it in a.tool_calls[0].args["activities"] if it["kind"] == "domestic_seminar"]
    assert seminars[0]["hours"] == hours and seminars[0]["count"] == 1
    assert a.tool_calls[0].result["total"] == total


def test_a_one_day_seminar_with_no_hours_asks_them(engine):
    a = _ask(engine, "This year I went to a one-day local symposium and 2 TSA monthly meetings. Total?")
    assert a.route == "clarify"
    assert any(m.startswith("hours") for m in a.missing)


@pytest.mark.parametrize("question", [
    "學會系統顯示我六年合計590（105/98/102/95/90/100），差幾分才能展延？",
    "My six-year total is 590 (105/98/102/95/90/100). How many short for renewal?",
    "六年合計590（105、98、102、95、90、100），夠展延嗎？",
])
def test_yearly_credits_in_brackets_after_a_stated_total_are_the_list(engine, question):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.missing)
    assert a.tool_calls[0].name == "tsa_renewal_check"
    assert a.tool_calls[0].args["yearly_credits"] == [105, 98, 102, 95, 90, 100]
    assert a.tool_calls[0].result["shortfall"] == 10


def test_a_stated_total_the_yearly_figures_disagree_with_is_asked(engine):
    assert _ask(engine, "六年合計590（105/98/102/95/90/110），差幾分才能展延？").route == "clarify"


def test_a_bracket_breaking_one_count_down_stays_its_parts(engine):
    a = _ask(engine, "今年月會5次（3次現場、2次線上），年會1次，幾分？")
    assert a.route == "calculator"
    assert a.tool_calls[0].result["total"] == 160
