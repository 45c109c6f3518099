"""Round 48, calculator reading classes (calcread48), through the reader's mechanisms.

1. Who an image grade is for: one radiographer named in the singular is the subject, whatever facility word names where
   she works or who asks; several people, or the facility's own grade asked, stay the facility's.
2. A range restating that the figures are a whole calendar year's is set aside (never a figure) and shown in `unused`;
   a part of a year is no restatement.
3. A year heading the facts with "=", or the year whose total is asked, is the facts' year; a term of a sum is none.
4. A reply's bare date fills the date the question back asked; a reply naming which date it is keeps its own words.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.dates import find_years
from bot.parsing.periods import period_annotations
from tests.bot.conftest import ask_and_reply, calculator_call, reader_call

TODAY = datetime.date(2026, 11, 25)


# ------------------------------------------------------------------------ 1. who the grade is for

@pytest.mark.parametrize(("question", "subject"), [
    ("我是醫院品管的護理師，我們一位放射師抽選片 330、318、325，她是幾等？", "radiographer"),
    ("醫院放射科這邊，放射師小林自選片兩組 352、361，評等是？", "radiographer"),
    ("我們醫院有位技師被抽片，分數 341、352、347，他的評等呢？", "radiographer"),
    ("I'm the QA nurse at our hospital. HPA sampled films from one of our techs: 344, 351, 338. what's her grade?", "radiographer"),
    ("hospital QA here — our RT had 3 sampled sets: 355, 348, 362. grade?", "radiographer"),
    # near misses: several people, or the facility's own grade
    ("我們醫院 3 位放射師被抽片，分數 350、362、341、338，醫院的評等是幾等？", "facility"),
    ("我們醫院一位放射師被抽片 350、362，另外兩位放射師 341、338，機構評等是？", "facility"),
    ("We're a hospital; HPA sampled 4 films from our techs: 350, 362, 341, 338. What grade does the facility get?", "facility"),
])
def test_one_named_radiographer_is_the_subject(question, subject):
    assert reader_call(question, "hpa_image_grade").args["subject"] == subject


# ------------------------------------------------------------------------ 2. a whole year restated

@pytest.mark.parametrize(("text", "span"), [
    ("今年(1/1~12/31)篩檢疑似陽性 212 例", "1/1~12/31"),
    ("去年（1-12月）疑似陽性 300 案", "1-12月"),
    ("今年(1月~12月)疑似陽性", "1月~12月"),
    ("2025 (Jan 1 – Dec 31): 180 suspected", "Jan 1 – Dec 31"),
    ("2025 (January to December) 180 suspected", "January to December"),
    ("114年度(114/1/1~114/12/31)疑似陽性", "114/1/1~114/12/31"),
    ("2025年1月1日至12月31日疑似陽性", "2025年1月1日至12月31日"),
    ("Jan-Dec 2025: 5 monthly meetings", "Jan-Dec"),
])
def test_whole_year_ranges_are_period_annotations(text, span):
    assert [text[a:b] for a, b in period_annotations(text)] == [span]


@pytest.mark.parametrize("text", [
    "上半年（1/1-6/30）疑似陽性 100 案",  # a part of a year changes what the figures are
    "7月到12月去日本進修了6個月",
    "2024/1/1~2025/12/31 兩年",  # two years
    "證書效期 2021/9/1~2027/9/1",
])
def test_part_of_a_year_is_no_annotation(text):
    assert period_annotations(text) == []


@pytest.mark.parametrize("question", [
    "今年(1/1~12/31)篩檢疑似陽性個案 212 例，已追蹤完成 149 例，當年度補助金額 3,456,000 元，會扣多少？",
    "去年（1-12月）疑似陽性 300 案，完成追蹤 240 案，補助 2,000,000 元，扣多少錢？",
    "2025 (Jan 1 – Dec 31): 180 suspected positives, 150 followed up. subsidy NT$1,200,000. deduction?",
])
def test_period_annotation_is_set_aside_and_the_rest_computed(engine, question):
    a = ask_and_reply(engine, question)
    call = calculator_call(a, "hpa_followup_deduction")
    assert set(call.args) == {"suspected_positive_cases", "completed_cases", "annual_subsidy"}
    assert any("整年" in u or "year the figures are for, restated" in u for u in a.unused), a.unused


def test_year_written_in_the_range_is_the_activities_year():
    call = reader_call("2024/1/1~2024/12/31 年會 1 次、月會 3 次，幾分？", "tsa_credit_tally")
    assert {it["year"] for it in call.args["activities"]} == {2024}


# ------------------------------------------------------------------------ 3. a year heading or asked

@pytest.mark.parametrize(("text", "years"), [
    ("2025 = 1 annual congress, 4 monthly mtgs", [2025]),
    ("2024＝年會1、月會3", [2024]),
    ("what does 2025 come to? 1 annual meeting", [2025]),
    ("what is 2025's total? 2 annual", [2025]),
    ("checking member files for the 2025 audit.", [2025]),
    ("100 + 2025 = 2125 points", []),  # a term of a sum
    ("total = 2025 points", []),
    ("we screened 2025 women", []),
])
def test_year_headings(text, years):
    assert [y.year for y in find_years(text, TODAY)] == years


@pytest.mark.parametrize(("question", "years"), [
    ("hi, checking files for the 2024 audit. Dr Wu: 2024 = 1 annual congress, 3 monthly mtgs. what does 2024 come to?", {2024}),
    ("what does 2024 come to? 1 annual meeting, 3 monthly meetings", {2024}),
    ("2025 = 1 annual congress; 2026 = 2 monthly mtgs. total?", {2025, 2026}),
])
def test_year_heading_gives_the_items_year(question, years):
    call = reader_call(question, "tsa_credit_tally")
    assert {it["year"] for it in call.args["activities"]} == years


# ------------------------------------------------------------------------ 4. the reply fills the date asked

@pytest.mark.parametrize(("question", "reply", "expiry"), [
    ("我 2021 年拿到 TSIR 的指導老師證，什麼時候可以開始換證？", "證書上寫 2021年9月1日", "2027-09-01"),
    ("我的 TSIR 指导老师证是 2020 年拿的，哪时候可以开始换证？", "2020.3.15", "2026-03-15"),
    ("Got the TSIR instructor cert back in 2021 — when's my renewal window?", "March 3rd 2021", "2027-03-03"),
    # near misses: the reply says it is the expiry, or the question back asked the expiry
    ("我 2021 年拿到 TSIR 的指導老師證，什麼時候可以開始換證？", "到期日是 2027年9月1日", "2027-09-01"),
    ("I got my TSIR instructor certificate in 2021, when can I start renewing?", "it expires Sept 1, 2027", "2027-09-01"),
    ("我的指導老師證書快到期了，什麼時候可以換證？", "2027/9/1", "2027-09-01"),
])
def test_reply_date_fills_the_date_asked(engine, question, reply, expiry):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    call = calculator_call(second, "renewal_window")
    assert call.result["expiry_date"] == expiry


def test_issue_said_asks_the_issue_date(engine):
    first = ask_and_reply(engine, "我 2021 年拿到 TSIR 的指導老師證，什麼時候可以開始換證？")
    assert first.route == "clarify" and any(m.startswith("issue_date") for m in first.missing), first.missing
