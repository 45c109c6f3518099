"""Round 45, second pass (context45b): the first pass's context-number fixes made general.

1. A part of a count said count-before-noun with the role after it ("其中 2 次月會我是講者", "2 of those monthly meetings I was
   the speaker") is the role's count (it read speaker 1 — confidently wrong). Near miss: a part with no role ("其中 2 次月會
   是線上") stays a breakdown, set aside.
2. An age without 歲 ("我今年 58，…", "I'm 55 and …") beside a calculation of dates is context where it stays below the one
   age a rule turns on (the TSIR lifetime certificate, `LIFETIME_AGE`) up to the latest date; an age that may reach it by then
   ("我今年 59", "64") is asked as before.
3. Years as a specialist from a full date in any form the date parser reads (2016/7/15, 民國105年7月15日, 2016年7月15日,
   July 15, 2016, 2016-07-15), reckoned to a later date in its sentence or the application's, else today; the 8-year line by
   the anniversary (a day short is short).
4. A meeting written as a hyphenated compound before a generic noun ("3 TSA monthly-meeting sessions", "annual-meeting
   attendance") is the meeting.
5. A later part pointing back at an earlier part's result ("with that 2025 total as year 6", "上面那個分數當第六年", "把上面的
   结果算作第六年", "using that total as the sixth year") takes it whatever its year; the years an each-value covers named
   by a range ("2020 到 2024 每年都 100 分" is five years, was read as six) or as "my other five years".
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import calculator_call

# ------------------------------------------------------------------------------ 1. a subset with the role after the noun

# (question, the speaker's count, the total)
SUBSET_ROLE = [
    ("去年月會 4 次，其中 2 次月會我是講者。去年總共幾分？", 2, 120),
    ("今年月會去了 5 次，其中 3 場月會是我上台報告，幾分？", 3, 160),
    ("今年月会 6 次，其中 2 次月会我是讲者，总共几分？", 2, 160),
    ("今年月会去了 4 次，其中两次月会由我报告，几分？", 2, 120),
    ("This year 5 monthly meetings; 2 of those monthly meetings I was the speaker. Total?", 2, 140),
    ("Went to 6 monthly meetings this year, and at 2 of those monthly meetings I gave a talk. Credits?", 2, 160),
    # (as before: the role said with no noun between)
    ("今年月會 4 次，其中 2 次我是講者，幾分？", 2, 120),
]


@pytest.mark.parametrize(("question", "speaker", "total"), SUBSET_ROLE)
def test_a_part_with_its_role_after_the_noun_is_the_roles_count(ask, question: str, speaker: int, total: float) -> None:
    call = calculator_call(ask(question), "tsa_credit_tally")
    got = [it for it in call.args["activities"] if it["kind"] == "tsa_monthly_speaker"]
    assert [it["count"] for it in got] == [speaker], call.args
    assert call.result["total"] == total


@pytest.mark.parametrize("question", ["今年月會 4 次，其中 2 次月會是線上，幾分？", "今年月會 5 次，其中 2 次月會沒去，幾分？"])
def test_a_part_with_no_role_is_no_speaker(ask, question: str) -> None:
    call = calculator_call(ask(question), "tsa_credit_tally")
    assert not any(it["kind"] == "tsa_monthly_speaker" for it in call.args["activities"]), call.args


# ------------------------------------------------------------------------------ 2. an age beside dates

AGES = [
    "我今年 58，民國110年3月1日拿到 TSIR 指導老師證書，最早什麼時候可以送換證？",
    "我今年52，2021/3/1 拿到 TSIR 指导老师证书，最早什么时候可以送换证？",
    "I'm 55 and my TSIR instructor certificate was issued on 2021-03-01. When can I apply to renew?",
]


@pytest.mark.parametrize("question", AGES)
def test_an_age_short_of_the_line_by_the_dates_is_set_aside(ask, question: str) -> None:
    a = ask(question)
    call = calculator_call(a, "renewal_window")
    assert call.args["issue_date"] == "2021-03-01"
    assert any("58" in u or "52" in u or "55" in u for u in a.unused), a.unused


@pytest.mark.parametrize("age", [59, 64])
def test_an_age_that_may_reach_the_line_is_asked(ask, age: int) -> None:
    a = ask(f"我今年 {age}，民國110年3月1日拿到 TSIR 指導老師證書，最早什麼時候可以送換證？")
    assert a.route == "clarify", a.answer[:200]


# ------------------------------------------------------------------------------ 3. years as a specialist from full dates

# (question, years as a specialist)
DAYS = [
    ("放射專科 2016/7/15 拿到的，申請日抓 2026/11/25。血管介入 PTA/溶栓 合計 90 例（PTA 60、溶栓 30），申請指導老師夠嗎？", 10.36),
    ("專科證書民國105年7月15日拿到，預計115年11月25日申請。RFA 120 例，夠當指導老師嗎？", 10.36),
    ("I was board certified on July 15, 2016 and will apply on 25 Nov 2026. 120 RFA cases, enough for instructor?", 10.36),
    ("放射专科 2019年12月1日取得，消融 120 例，申请指导老师够吗？", 6.98),
    # (the line by the anniversary: a day short is short, the day itself reaches it)
    ("放射專科 2018/11/26 拿到，RFA 120 例，夠當指導老師嗎？", 7.99),
    ("放射專科 2018/11/25 拿到，RFA 120 例，夠當指導老師嗎？", 8),
]


@pytest.mark.parametrize(("question", "years"), DAYS)
def test_years_as_specialist_between_full_dates(ask, question: str, years: float) -> None:
    call = calculator_call(ask(question), "tsir_instructor_eligibility")
    assert call.args["years_as_specialist"] == years, call.args


# ------------------------------------------------------------------------------ 4. a hyphenated meeting before its noun

# (question, {kind: count}, total)
HYPHENS = [
    ("This year: 2 ATLS courses and 3 TSA monthly-meeting sessions. Total credits?", {"atls": 2, "tsa_monthly_meeting": 3}, 120),
    ("2025: one annual-meeting attendance and 4 monthly-meeting sessions — credits?", {"tsa_annual_meeting": 1, "tsa_monthly_meeting": 4}, 140),
    ("This year I did 2 ATLS provider courses plus 2 monthly meeting sessions, total?", {"atls": 2, "tsa_monthly_meeting": 2}, 100),
    ("今年 ATLS 課程 2 次、月會場次 4 場，總共幾分？", {"atls": 2, "tsa_monthly_meeting": 4}, 140),
    ("今年 ATLS 课程 1 次、月会 2 场次，共几分？", {"atls": 1, "tsa_monthly_meeting": 2}, 70),
]


@pytest.mark.parametrize(("question", "kinds", "total"), HYPHENS)
def test_a_meeting_before_a_generic_noun_is_the_meeting(ask, question: str, kinds: dict, total: float) -> None:
    call = calculator_call(ask(question), "tsa_credit_tally")
    assert {it["kind"]: it["count"] for it in call.args["activities"]} == kinds, call.args
    assert call.result["total"] == total


# ------------------------------------------------------------------------------ 5. a later part pointing back at a result

# (question, the six yearly credits)
POINTED = [
    ("Two things. (1) My 2025 credits: 1 TSA annual meeting, 3 monthly meetings, 1 SCI paper as second author — total? "
     "(2) My other five years of the cycle (2020–2024) were 100 each; with that 2025 total as year 6, can I renew?",
     [100, 100, 100, 100, 100, 145]),
    ("兩個問題：(1) 2025 年我去了年會 1 次、月會 3 次，總共幾分？(2) 2020 到 2024 每年都 100 分，上面那個分數當第六年，可以展延嗎？",
     [100, 100, 100, 100, 100, 120]),
    ("(1) Last year: the annual meeting and 4 monthly meetings — how many credits? (2) The first five years were 90 each; "
     "using that total as the sixth year, can I renew?", [90, 90, 90, 90, 90, 140]),
    ("(1) 去年月会 5 次、年会 1 次，几分？(2) 前五年每年 110 分，把上面的结果算作第六年，能展延吗？", [110, 110, 110, 110, 110, 160]),
    ("(1) 2025 年年會 1 次、月會 2 次，幾分？(2) 前五年每年 100 分，那個 2025 年的總分當第六年，能展延嗎？", [100, 100, 100, 100, 100, 100]),
    # (as before: this year's result, no pointer needed)
    ("(1) 今年年會 1 次、月會 2 次，幾分？(2) 前五年每年 100 分，加上今年，能展延嗎？", [100, 100, 100, 100, 100, 100]),
]


@pytest.mark.parametrize(("question", "yearly"), POINTED)
def test_a_part_pointing_back_at_a_result_takes_it(ask, question: str, yearly: list) -> None:
    call = calculator_call(ask(question), "tsa_renewal_check")
    assert call.args["yearly_credits"] == yearly, call.args


@pytest.mark.parametrize("question", [
    "2020 到 2024 每年都 100 分，可以展延嗎？",  # five years named by their range: the sixth asked (was read as six)
    "My other five years of the cycle (2020–2024) were 100 each; with that 2025 total as year 6, can I renew?",  # no part 1
])
def test_five_years_named_leave_the_sixth_asked(ask, question: str) -> None:
    a = ask(question)
    assert a.route == "clarify", a.answer[:200]


def test_a_range_with_the_sixth_said_is_read(ask) -> None:
    call = calculator_call(ask("2020 到 2024 每年都 100 分，今年 80 分，可以展延嗎？"), "tsa_renewal_check")
    assert call.args["yearly_credits"] == [100, 100, 100, 100, 100, 80]
