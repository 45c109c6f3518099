"""Round 48 lists48: three reading classes, each with wordings of our own (none a case's):

1. nested subsets and the remainder: a whole gone through by role parts ("其中 3 張一作"), a bracket naming a part of a part
   ("（裡面有 1 張是 case report）", "(one of them a case report)") carved out of that part, and the rest said with no count
   of its own ("剩下那張", "其餘", "the rest", "the other one") bound to its own role with what the parts leave;
2. a meeting abroad said as a verb phrase, its count between the verb and 會 ("出國開了兩個會", "去國外開了 3 次會",
   "flew to Chicago for a congress") is an international meeting; "兩個會" counts meetings, "兩個會不會" stays words;
3. a paper question asking the yearly cap while the count is asked back cites the cap's clause (5.8) first.
Near misses: a remainder with its own count, a flag split without roles, a speaker part on top of meetings attended,
a trip abroad that is no meeting, a journal question with no cap asked (5.7).
"""

from __future__ import annotations

import datetime
import re

import pytest

from bot.parsing.numbers import normalize_numerals
from calculators.vocab import MEETING_ABROAD_VERB
from calculators.vocab_tsa import PAPER_CAP_ASKED

TODAY = datetime.date(2026, 12, 5)


def _items(answer):
    (call,) = [c for c in answer.tool_calls if c.name == "tsa_credit_tally"]
    return sorted((it["kind"], it.get("count", 1), it.get("role"), bool(it.get("case_report"))) for it in call.args["activities"])


# ----------------------------------------------------- 1. nested subsets and the remainder

@pytest.mark.parametrize(("question", "items", "total"), [
    ("今年年會口頭報告5篇，其中4篇是我一作（當中2篇是病例報告），剩下的我是共同作者。發表幾分？",
     [("presentation", 1, "other", False), ("presentation", 2, "first", False), ("presentation", 2, "first", True)], 30),
    ("今年年會壁報5篇，其中2篇一作，其餘都是共同作者。發表可以拿幾分?",
     [("presentation", 2, "first", False), ("presentation", 3, "other", False)], 20),
    ("今年年會壁報4篇，其中3篇一作，剩下那篇共同作者。發表可以拿幾分?",
     [("presentation", 1, "other", False), ("presentation", 3, "first", False)], 30),
    ("I presented 4 posters at the annual meeting this year: 3 as first author (one of them a case report) and the other "
     "one as co-author. How many points for the presentations?",
     [("presentation", 1, "first", True), ("presentation", 1, "other", False), ("presentation", 2, "first", False)], 25),
    # near miss: the remainder said with its own count
    ("今年年會壁報4篇，其中3篇一作、1篇共同作者。發表可以拿幾分?",
     [("presentation", 1, "other", False), ("presentation", 3, "first", False)], 30),
])
def test_nested_parts_and_the_rest_are_items_of_their_own(engine, question, items, total):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert _items(a) == items
    assert a.tool_calls[0].result["total"] == total


def test_the_totals_said_are_read_as_checks_not_dropped(engine):
    """The whole (4) sums the list and the first-author part (3) sums that role's two items: both bound, nothing unread."""
    a = engine.answer("今年年會我投了4張poster，其中3張我一作(其中1張是case report)，剩下那張我只是共同作者。發表幾分？",
                      None, today=TODAY)
    assert a.route == "calculator", a.answer[:300]
    assert a.tool_calls[0].result["total"] == 25
    assert not a.unused
    sums = {float(r.value): r.fact for r in a.reading if "all counts" in r.fact or "+" in r.fact}
    assert set(sums) == {4.0, 3.0}


def test_a_speaker_part_is_on_top_of_the_meetings_attended(engine):
    a = engine.answer("今年月會去了5次，其中2次是講者，剩下的只是聽。幾分？", None, today=TODAY)
    assert a.route == "calculator"
    assert sorted((it["kind"], it["count"]) for it in a.tool_calls[0].args["activities"]) == \
        [("tsa_monthly_meeting", 5), ("tsa_monthly_speaker", 2)]


# ----------------------------------------------------- 2. a meeting abroad said as a verb phrase

@pytest.mark.parametrize("text", ["出國開了兩個會", "去國外開了3次會", "飛去東京參加了一場會議", "去芝加哥開會", "出國開會",
                                  "flew to Chicago for a congress", "went to Tokyo for two conferences"])
def test_meeting_abroad_verb_phrases(text):
    assert re.search(MEETING_ABROAD_VERB, text, re.IGNORECASE)


@pytest.mark.parametrize("text", ["出國玩了兩次", "去日本玩了兩次", "went to Tokyo for a holiday", "去國外開刀"])
def test_trips_abroad_that_are_no_meeting(text):
    assert not re.search(MEETING_ABROAD_VERB, text, re.IGNORECASE)


def test_two_ge_hui_counts_meetings_but_not_will_or_wont():
    assert normalize_numerals("去年出國開了兩個會，回來又去了4場講習") == "去年出國開了2個會，回來又去了4場講習"
    assert normalize_numerals("兩個會(一個在東京 一個在芝加哥)").startswith("2個會")
    assert normalize_numerals("這兩個會不會被算進去") == "這兩個會不會被算進去"


@pytest.mark.parametrize(("question", "meetings", "total"), [
    ("去年出國開了三個會，回來還去了兩場四小時的研討會，去年這些可以算多少？", 3, 30),
    ("去年去國外開了3次會，另外月會去了6次，去年可以拿幾分？", 3, 150),
    ("Last year I flew to Chicago for a congress and went to 3 monthly meetings. How many credits?", 1, 90),
])
def test_meetings_abroad_counted(engine, question, meetings, total):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", a.answer[:300]
    intl = [it for it in a.tool_calls[0].args["activities"] if it["kind"] == "international_meeting"]
    assert [it["count"] for it in intl] == [meetings]
    assert a.tool_calls[0].result["total"] == total


def test_a_holiday_abroad_is_no_meeting(engine):
    a = engine.answer("去年去日本玩了兩次，月會去了3次，能算幾分？", None, today=TODAY)
    assert not any(it["kind"] == "international_meeting" for c in a.tool_calls for it in c.args["activities"])


# ----------------------------------------------------- 3. the cap asked cites the cap's clause

@pytest.mark.parametrize("text", ["論文那塊會不會卡上限", "SCI 會不會超過60分", "文章的分數最多可以拿到多少", "will my papers hit the cap",
                                  "is there a maximum for publications"])
def test_paper_cap_asked(text):
    assert re.search(PAPER_CAP_ASKED, text, re.IGNORECASE)


@pytest.mark.parametrize("text", ["今年在外科醫學會雜誌發了幾篇，都是一作", "年會上限是多少", "two SCI papers as first author"])
def test_no_paper_cap_asked(text):
    assert not re.search(PAPER_CAP_ASKED, text, re.IGNORECASE)


@pytest.mark.parametrize(("question", "first"), [
    ("我今年發了好幾篇非SCI論文，都是通訊作者，論文積分會不會碰到上限？總共可以拿多少", "tsa-cme/5.8"),
    ("今年好幾篇SCI是我一作，文章那塊會不會卡到上限？幾分", "tsa-cme/5.8"),
    ("今年在外科醫學會雜誌發了幾篇，都是一作，可以拿幾分？", "tsa-cme/5.7"),
])
def test_clarify_cites_the_cap_when_asked(engine, question, first):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "clarify", a.answer[:300]
    assert a.citations[0].id == first
