"""Round 55 (calcdev55t): surgical CME classes found on the blind development banks, tested with other wording.

1. A joining word ending in 後 / 前 right before 年會 ("然後年會去一次", "之後年會", "之前年會去過") is no year (後年 / 前年):
   the annual meeting after it is read with its count; 前年 said as a year stays one.
2. 梯 / 梯次 after a count is a course's runs, a count like 次 ("ATLS 上了兩梯"); 第一梯 names a run.
3. A bracket opening with a word of contrast before its part ("（不過其中一篇是 case report）", "(but one of them …)") is a part
   of the count before it.
4. The person's total said as a noun with 有過 ("總數有過600", "總積分已經過600") is their claim about the sum: checked.
5. A kind first named with nothing of its own ("明年出國進修，…去日本進修三個月") then told with its figures is one activity;
   named with a length of its own, or in a question, it stays.
6. The ATLS refresher beside a training, or its value asked as 可以拿多少, is our 5.13's; another course's card stays out.
7. A society meeting next in a list after the attending verb ("去了麻醉醫學會年會（兩天）、放射線醫學會年會") and an English
   society "annual" said alone ("plastic surg society annual (2 days)") are meetings attended; their own rules stay out.
8. A meeting followed by 有 + a count of posters / orals ("年會有一張 poster 我掛名") is where they were given, no attendance.
9. An English "one day / 1 month" is a limit's unit only beside a limit word, never a meeting's length.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import datetime

import pytest

from bot import scope
from bot.parsing.text import Query
from bot.routing import LIMIT_UNIT
from tests.bot.conftest import ask_and_reply as _ask
from tests.bot.conftest import reader_call

TALLY = "tsa_credit_tally"


def _items(question):
    return [{k: v for k, v in it.items() if k != "year"} for it in reader_call(question, TALLY).args["activities"]]


def _years(question):
    return [(it["kind"], it.get("year")) for it in reader_call(question, TALLY).args["activities"]]


# 1. 然後 / 之後 / 之前 before 年會
@pytest.mark.parametrize("question", [
    "月會6次，然後年會去一次，共幾分",
    "月會6次，之後年會也有去一次，共幾分",
    "月會6次，最後年會去了一次，共幾分",
    "月会6次，然后年会去了一次，一共几分",
])
def test_a_joining_word_before_the_annual_meeting(question):
    assert _items(question) == [{"kind": "tsa_monthly_meeting", "count": 6}, {"kind": "tsa_annual_meeting", "count": 1}]


def test_a_joining_word_before_the_annual_meeting_is_no_year():
    assert _years("之前年會去過一次，月會兩次，共幾分") == [("tsa_annual_meeting", None), ("tsa_monthly_meeting", None)]
    # near misses: the years said as years stay
    assert _years("前年年會去過一次，共幾分") == [("tsa_annual_meeting", 2024)]
    assert _years("去年年會去過一次，共幾分") == [("tsa_annual_meeting", 2025)]


# 2. 梯 / 梯次
@pytest.mark.parametrize(("text", "want"), [
    ("ATLS 今年上了兩梯", "2次"), ("課程參加了 2 梯次", "2次"), ("ATLS 3梯", "3次"),
])
def test_runs_of_a_course_are_times(text, want):
    assert want in Query(text).text


def test_the_first_run_named_is_no_count():
    assert "第一梯" in Query("我是第一梯的學員").text


def test_two_runs_of_atls_with_their_breakdown():
    assert _items("ATLS 今年上了兩梯(一次當學員一次複訓)，年會也去了一次，請問共幾分") == [
        {"kind": "atls", "count": 2}, {"kind": "tsa_annual_meeting", "count": 1}]


# 3. a part in a bracket after a word of contrast
@pytest.mark.parametrize(("question", "want"), [
    ("SCI一作兩篇（不過其中一篇是case report），共幾分",
     [{"kind": "paper_sci", "count": 1, "role": "first", "case_report": False},
      {"kind": "paper_sci", "count": 1, "role": "first", "case_report": True}]),
    ("2 SCI papers as first author (but one of them was a case report), total?",
     [{"kind": "paper_sci", "count": 1, "role": "first", "case_report": False},
      {"kind": "paper_sci", "count": 1, "role": "first", "case_report": True}]),
    ("月會10次（但其中2次我是講者），共幾分",
     [{"kind": "tsa_monthly_meeting", "count": 10}, {"kind": "tsa_monthly_speaker", "count": 2}]),
])
def test_a_part_after_a_word_of_contrast(question, want):
    assert _items(question) == want


# 4. the person's total said as a noun with 有過
def test_a_total_said_over_the_line_is_checked(engine):
    a = _ask(engine, "六年積分 100、110、90、120、100、100，總積分有過600，能展延嗎？")
    assert a.route == "calculator" and a.tool_calls[0].result["total"] == 620
    assert any("總積分有過600" in r.text for r in a.reading)


def test_a_total_said_over_the_line_with_a_zero_year(engine):
    a = _ask(engine, "六年的積分分別是 150、90、0、160、120、100，總數有過600，可以展延嗎？")
    assert a.route == "calculator" and a.tool_calls[0].result["eligible"] is False


# 5. a kind named, then told
@pytest.mark.parametrize(("question", "want"), [
    ("明年要出國進修，預計去德國進修四個月，可以拿幾分？", [{"kind": "training_abroad", "months": 4}]),
    ("國際會議也有去，國際會議去了2次，共幾分", [{"kind": "international_meeting", "count": 2}]),
])
def test_a_kind_named_then_told_is_one_activity(question, want):
    assert _items(question) == want


@pytest.mark.parametrize(("question", "kinds"), [
    # near misses: a length of its own, a question, another year, never told
    ("明年要去美國fellowship一年，外科學會的國外進修是一個月給多少？", ["training_abroad", "training_abroad"]),
    ("國內進修一定要在醫學中心嗎？在醫學中心進修三個月算不算", ["training_domestic", "training_domestic"]),
    ("去年年會有去，今年年會也去了一次，共幾分", ["tsa_annual_meeting", "tsa_annual_meeting"]),
    ("今年有出國進修，月會3次，共幾分", ["training_abroad", "tsa_monthly_meeting"]),
])
def test_a_kind_said_with_something_of_its_own_stays(question, kinds):
    assert [it["kind"] for it in _items(question)] == kinds


# 6. the ATLS refresher
@pytest.mark.parametrize(("question", "marker"), [
    ("今年去長庚(醫學中心)短期進修兩個禮拜，然後ATLS上了2次（一次學員一次複訓），最多可以拿多少", None),
    ("ATLS複訓上了一次，能拿多少？", None),
    ("ACLS要複訓了，可以拿多少？", "other_certificate"),
    ("BLS 到期了要去哪裡複訓？", "other_certificate"),
])
def test_the_atls_refresher_is_ours(question, marker):
    assert scope.out_of_scope_marker(Query(question)) == marker


# 7. a society meeting attended in a list, and "annual" said alone
@pytest.mark.parametrize(("question", "marker"), [
    ("今年去了骨科醫學會年會（兩天）、放射線醫學會年會（一天），這兩個加起來幾分？", None),
    ("今年參加了麻醉醫學會年會（兩天）和病理醫學會年會（一天），外科積分幾分？", None),
    ("went to the urology society annual (1 day) and the thoracic surgery society annual (2 days), plus 1 TSA monthly. total?", None),
    # near misses: the society's own rules
    ("麻醉醫學會年會他們自己的學分怎麼算？", "other_society"),
    ("what does the plastic surg society annual fee cost?", "other_society"),
])
def test_a_society_meeting_attended_is_ours(question, marker):
    assert scope.out_of_scope_marker(Query(question)) == marker


def test_an_english_society_annual_said_alone_is_its_meeting():
    assert _items("this year: urology society annual (1 day) and the pediatric surg society annual (2 days), 1 TSA monthly. total?") == [
        {"kind": "specialty_annual_meeting", "count": 1, "days": 1},
        {"kind": "specialty_annual_meeting", "count": 1, "days": 2},
        {"kind": "tsa_monthly_meeting", "count": 1}]


# 8. a meeting that had posters
@pytest.mark.parametrize(("question", "kinds"), [
    ("年會有兩張壁報，我都是一作，共幾分？", ["presentation"]),
    ("月會有一篇口頭報告我是一作，共幾分", ["presentation"]),
    ("今年SCI有一篇，我是二作；另外年會有一張poster，我掛名但不是一作。共幾分", ["paper_sci", "presentation"]),
    # near misses: attending said
    ("年會有去，也有一篇口頭報告我是一作，共幾分", ["tsa_annual_meeting", "presentation"]),
    ("年會有去2次，共幾分", ["tsa_annual_meeting"]),
])
def test_a_meeting_that_had_posters_is_their_place(question, kinds):
    assert [it["kind"] for it in _items(question)] == kinds


def test_a_place_of_posters_is_noted_not_attended(engine):
    a = _ask(engine, "年會有一張poster，我是一作，共幾分")
    assert a.route == "calculator" and a.tool_calls[0].result["total"] == 10
    assert any("出席" in s for s in a.assumptions)


# 9. the limit's unit in English
@pytest.mark.parametrize(("text", "unit"), [
    ("what's the one day max for the van", True),
    ("the cap per 1 radiographer is what", True),
    ("pediatric surg society annual (1 day)", False),
    ("a 1 day meeting and one month of training", False),
    ("1 year of screening came to 12,000", True),
])
def test_a_limits_unit_in_english(text, unit):
    assert bool(LIMIT_UNIT.search(text)) is unit


def test_today_is_fixed():
    assert reader_call("今年年會1次", TALLY).args["activities"][0]["year"] == datetime.date(2026, 11, 25).year
