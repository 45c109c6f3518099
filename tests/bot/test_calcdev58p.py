"""Round 58 (calcdev58p): surgical CME classes found on the blind probes, tested with other wording.

1. A zero count is a fact ("年會0次", "annual meeting 0 times"): the activity not attended, its 0 set aside — never one.
2. A trainee named by the training year ("my R3", "PGY-2") is no count.
3. "(I'm first)" said of the paper just named is its first author.
4. " & " joins two items as "and" does.
5. The attendance said to be counted apart ("年會的出席分另外算") is no attendance; "加上年會本身" still is.
6. A kind already read, pointed back at after its words ("專科醫學會那部分", "月會那些"), is no new item.
7. Hospital / in-house CME sessions are seminars (5.5); a year heading them before a bracket and a colon is their year.
8. Figures read out as hundreds ("one-twenty", "one-oh-five") are figures; a clock time is not.
9. "my previous 5 cert years were …" counts the years, no yearly figure.
10. Routing: 外交部 is no document handed in; "what do I get for both" is a sum; "這兩篇各幾分" values one's own items; an
    own expiry said with a doubt asks the expiry date.
Phrasings written for this test; none is from a blind probe.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from tests.bot.conftest import TODAY, reader_call

TALLY = "tsa_credit_tally"
RENEWAL = "tsa_renewal_check"


def _items(question):
    return [{k: v for k, v in it.items() if k != "year"} for it in reader_call(question, TALLY).args["activities"]]


def _decision(question):
    return decide_calculation(Query(question, today=TODAY))


@pytest.mark.parametrize(("question", "expected"), [
    ("月會今年5次、年會0次，外科積分多少？", [{"kind": "tsa_monthly_meeting", "count": 5}]),
    ("今年年会0次、月会2次，外科学分几分？", [{"kind": "tsa_monthly_meeting", "count": 2}]),
    ("this year: monthly meetings 7, annual meeting 0 times. credits?", [{"kind": "tsa_monthly_meeting", "count": 7}]),
    # (near miss: one annual meeting stays one)
    ("月會3次、年會1次，積分幾分", [{"kind": "tsa_monthly_meeting", "count": 3}, {"kind": "tsa_annual_meeting", "count": 1}]),
])
def test_a_zero_count_is_no_activity(question, expected):
    assert _items(question) == expected


def test_a_zero_in_a_yearly_list_is_still_a_figure():
    assert reader_call("六年積分 100、0、120、130、110、100，可以展延嗎", RENEWAL).args["yearly_credits"] == [100, 0, 120, 130, 110, 100]


@pytest.mark.parametrize("question", [
    "I'm 3rd author on an oral my R3 presented at the annual meeting. presentation credits, not counting attendance?",
    "I'm 3rd author on an oral my PGY-2 presented at the annual meeting. presentation credits, not counting attendance?",
])
def test_a_trainee_year_is_no_count(question):
    assert _items(question) == [{"kind": "presentation", "count": 1, "role": "other"}]


@pytest.mark.parametrize("question", [
    "one SCI paper this year (I'm first). credits?",
    "SCI paper this year, I was 1st on it. credits?",
])
def test_im_first_is_the_first_author(question):
    assert _items(question) == [{"kind": "paper_sci", "count": 1, "role": "first"}]


def test_an_ampersand_joins_two_items():
    assert _items("went to 3 monthly meetings & the annual meeting this year. credits?") == [
        {"kind": "tsa_monthly_meeting", "count": 3}, {"kind": "tsa_annual_meeting", "count": 1}]


@pytest.mark.parametrize(("question", "meeting"), [
    ("年會上我投了2篇poster一作，這樣發表的部分算幾分？年會本身的出席分另外算", False),
    ("年會上我發表了2篇oral（一作），年會出席積分另計，發表幾分？", False),
    ("年會上我投了2篇poster一作，加上年會本身共幾分？", True),
])
def test_attendance_counted_apart_is_no_attendance(question, meeting):
    kinds = [it["kind"] for it in _items(question)]
    assert ("tsa_annual_meeting" in kinds) is meeting


@pytest.mark.parametrize(("question", "count"), [
    ("今年去了大腸直腸外科年會（兩天）1次，還有月會２次，總共幾分？專科醫學會年會那個應該會被上限卡到", 2),
    ("月會去了5次，年會1次，月會那些都有簽到，幾分？", 2),
])
def test_a_kind_pointed_back_at_after_its_words_is_no_new_item(question, count):
    assert len(_items(question)) == count


def test_pointed_back_at_and_attended_is_still_attendance():
    kinds = [it["kind"] for it in _items("年會上發表了2篇poster一作，年會那個我也有去，共幾分？")]
    assert "tsa_annual_meeting" in kinds


def test_hospital_cme_sessions_are_seminars_of_the_year_heading_them():
    got = reader_call("Hospital CME sessions 2025 (not TSA ones): 2 of them, 1.5 hrs each. pts?", TALLY).args["activities"]
    assert got == [{"kind": "domestic_seminar", "count": 2, "hours": 1.5, "year": 2025}]


def test_figures_read_out_as_hundreds():
    got = reader_call("my six years: one-fifty, one-twenty-five, ninety, one-oh-one, eighty, seventy. can I renew?", RENEWAL)
    assert got.args["yearly_credits"] == [150, 125, 90, 101, 80, 70]


def test_a_clock_time_is_no_figure():
    from bot.parsing.numbers import _SPOKEN_HUNDREDS
    assert _SPOKEN_HUNDREDS.search("the meeting starts at two-thirty") is None
    assert _SPOKEN_HUNDREDS.search("it ends one-fifteen pm") is None


def test_the_certificate_years_counted_are_no_figure():
    assert not reader_call("my previous 5 cert years were 100, 110, 95, 130, 105 and this yr is the 6th. can I renew?",
                           RENEWAL).args.get("yearly_credits")
    assert reader_call("my 6 cert years: 100, 110, 95, 130, 105, 90. can I renew?", RENEWAL).args["yearly_credits"] == \
        [100, 110, 95, 130, 105, 90]


@pytest.mark.parametrize(("question", "tool"), [
    ("駐外醫療團去了8個月，外交部有發證明，六年積分90、80、85、100、70、95，可以展延嗎", RENEWAL),
    ("went to the annual meeting and 2 monthly meetings this year - what do I get for both?", TALLY),
    ("我有一篇SCI二作、一篇非SCI一作，這兩篇各幾分？", TALLY),
])
def test_own_cases_are_computed(question, tool):
    d = _decision(question)
    assert d is not None and d.route == "calculator" and d.extraction.tool == tool


@pytest.mark.parametrize("question", [
    "駐外醫療團要附外交部的證明嗎？",
    "I presented the same poster at the annual meeting and a monthly meeting - can I get credit for both?",
    "SCI論文二作跟其他作者各算多少？",
    "外科專科證書到期前最早什麼時候可以申請展延？",
])
def test_rule_questions_stay_the_rules(question):
    assert _decision(question) is None


@pytest.mark.parametrize("question", [
    "外科專科證書應該是後年到期，最早什麼時候可以送展延？",
    "my TSA cert expires next year I think - what's the earliest date I can apply to renew?",
])
def test_an_expiry_said_with_a_doubt_is_asked(question):
    d = _decision(question)
    assert d is not None and d.route == "clarify" and d.extraction.tool == "renewal_window"
    assert any(n.key == "expiry_date" for n in d.extraction.needs)
