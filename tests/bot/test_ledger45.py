"""Round 45 (ledger45): numbers in a calculator question that are context, not counts — read or set aside, never asked back.

1. A year standing alone as a field of its own — in a pasted row under a header ("姓名/年度/項目 陳醫師/2025/…", "王醫師 | 2024 |
   …"), in brackets or narrowed with "only" ("(2026 only, please)", "CME for 2025 only please") — names the year of the facts:
   every item is that year's. Two years in one bracket ("(2025, 2026)") name no one year (asked, as before).
2. The person's age said plainly ("I'm 64 and thinking about retiring", "I am 61,", "aged 58 —", "我今年62歲/岁") is set aside as
   their age; a figure with a noun after it ("I'm 30 credits short") is no age.
3. The rule's own period said right before a count ("切片/引流 六年 350 例", "RFA 6 yrs: 200 cases", "引流 6 年做了 310 例") is the
   window of the count (`cases_last_6_years`): read as such. Another period ("切片 5年 350 例") is still asked.
4. A run of absences standing apart after a figure ("7.5 年 沒演講沒論文", "320 例 無演講也無SCI") lists what the person has
   none of: it negates no figure before it.
5. Years as a specialist with the dates they run between: said ("board in June 2019, applying Dec 2026 (so 7.5 yrs)",
   "專科證書 107 年 6 月拿的，到 115 年 12 月申請，也就是 8.5 年") — the stated years are used, the dates set aside; or only the
   dates ("got my radiology board in June 2019, applying Dec 2026") — worked out to the month, where no line lies within a
   month of them; a month named with its year is a year, never a count ("applying Dec 2026. ablation 200 cases" is 200
   cases). Reckoned to another year than this one ("applying in 2028"), or within a month of the 8-year line: asked.
6. "one case-report poster" is a presentation (a case report is a paper), never "1 case".
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import calculator_call

# ------------------------------------------------------------------------------------------- 1. a year standing alone

# (question, the year of every item, the result's total)
YEAR_FIELDS = [
    ("CME for 2025 only please: 2 monthly meetings and the annual meeting. How many credits?", 2025, 100),
    ("王醫師 | 2024 | 月會 3 次、年會 1 次，這年幾分？", 2024, 120),
    ("姓名/年度/项目 李医师/2025/月会 3 次、年会 1 次，当年能认几分？", 2025, 120),
    ("(2025 only) two monthly meetings and one SCI paper as first author, credits?", 2025, 90),
    ("姓名\t年度\t項目\n林醫師\t2024\t月會 2 次、年會 1 次 這樣幾分", 2024, 100),
    ("Year: 2025 / Name: Dr. Lin / monthly meetings 4, annual meeting 1 — credits?", 2025, 140),
]


@pytest.mark.parametrize(("question", "year", "total"), YEAR_FIELDS)
def test_a_year_standing_alone_is_the_year_of_the_items(ask, question: str, year: int, total: float) -> None:
    a = ask(question)
    call = calculator_call(a, "tsa_credit_tally")
    assert {it.get("year") for it in call.args["activities"]} == {year}, call.args
    assert call.result["total"] == total


def test_two_years_in_one_bracket_name_no_one_year(ask) -> None:
    a = ask("(2025, 2026) 2 monthly meetings each year, credits?")
    assert a.route == "clarify", a.answer[:200]


# ------------------------------------------------------------------------------------------- 2. an age

# (question, the result's total, the age's words in `unused`)
AGES = [
    ("I'm 64 and thinking about retiring soon. This year I went to the annual meeting and 2 monthly meetings. Total?",
     100, "I'm 64"),
    ("I am 61, this year I went to 3 monthly meetings and the annual meeting. credits?", 120, "I am 61"),
    ("aged 58 — 2 monthly meetings and one international meeting this year, total?", 70, "aged 58"),
    ("我今年62歲，今年去了月會4次、年會1次，總共幾分？", 140, "62"),
    ("我今年62岁，今年去了月会2次，能拿几分？", 40, "62"),
    ("I'm a 55-year-old surgeon; this year 3 monthly meetings. credits?", 60, "55"),
    ("快退休了，今年 63 歲，今年月會 5 次，幾分？", 100, "63"),
]


@pytest.mark.parametrize(("question", "total", "words"), AGES)
def test_an_age_is_set_aside(ask, question: str, total: float, words: str) -> None:
    a = ask(question)
    call = calculator_call(a, "tsa_credit_tally")
    assert call.result["total"] == total
    said = [u for u in a.unused if words in u]
    assert said and ("age" in said[0] or "年齡" in said[0]), a.unused


def test_a_figure_with_a_noun_after_it_is_no_age(ask) -> None:
    a = ask("I'm 30 credits short, this year 1 annual meeting and 2 monthly meetings. total?")
    assert not any("age" in u or "年齡" in u for u in a.unused), a.unused


# ------------------------------------------------------------------------------------------- 3. the rule's period beside its count

# (question, domain, cases, years as specialist)
PERIODS = [
    ("切片/引流 六年 350 例 專科 9 年 可以申請指導老師嗎", "localization_biopsy_drainage_pain", 350, 9),
    ("RFA 6 yrs: 200 cases, specialist 9 years, can I be an ablation instructor?", "ablation", 200, 9),
    ("栓塞 六年 共 320 例，專科 10 年，可以申請腫瘤栓塞指導老師嗎", "tumor_embolization", 320, 10),
    ("专科 9 年，引流 6 年做了 310 例，能申请吗", "localization_biopsy_drainage_pain", 310, 9),
    ("RFA/MWA 6 years 190 cases, specialist 9 yrs, ablation instructor?", "ablation", 190, 9),
]


@pytest.mark.parametrize(("question", "domain", "cases", "years"), PERIODS)
def test_the_rules_period_before_a_count_is_its_window(ask, question: str, domain: str, cases: int, years: float) -> None:
    a = ask(question)
    call = calculator_call(a, "tsir_instructor_eligibility")
    assert (call.args["domain"], call.args["cases_last_6_years"], call.args["years_as_specialist"]) == (domain, cases, years)


def test_another_period_before_a_count_is_asked(ask) -> None:
    a = ask("切片 5年 350 例 專科 9 年 可以嗎")
    assert a.route == "clarify", a.answer[:200]


# ------------------------------------------------------------------------------------------- 4. absences after a figure

# (question, domain, cases, years, eligible)
ABSENCES = [
    ("切片/引流 六年 350 例 但專科證照才拿 7.5 年 沒演講沒論文 可以嗎", "localization_biopsy_drainage_pain", 350, 7.5, False),
    ("專科 9 年 TACE 320 例 無演講也無SCI 可以申請嗎", "tumor_embolization", 320, 9, True),
    ("消融 200 例 专科 7 年 没演讲也没论文 能申请吗", "ablation", 200, 7, False),
]


@pytest.mark.parametrize(("question", "domain", "cases", "years", "eligible"), ABSENCES)
def test_a_run_of_absences_negates_no_figure(ask, question: str, domain: str, cases: int, years: float, eligible: bool) -> None:
    a = ask(question)
    call = calculator_call(a, "tsir_instructor_eligibility")
    assert (call.args["domain"], call.args["cases_last_6_years"], call.args["years_as_specialist"]) == (domain, cases, years)
    assert call.result["eligible"] is eligible


# ------------------------------------------------------------------------------------------- 5. years between two dates

# (question, cases, years as specialist, eligible)
SPECIALIST_DATES = [
    ("ablation ~ 200 cases in the last 6 yrs. got my radiology board in June 2019, applying Dec 2026 (so 7.5 yrs). ok?",
     200, 7.5, False),
    ("TACE 320 例，專科證書 107 年 6 月拿的，到 115 年 12 月申請，也就是 8.5 年，可以嗎", 320, 8.5, True),
    ("board certified in 2015, applying in 2026 — so 11 years. RFA 200 cases in 6 yrs, instructor ok?", 200, 11, True),
    # only the dates: worked out to the month
    ("got my radiology board in June 2019, applying Dec 2026. ablation 200 cases. eligible?", 200, 7.5, False),
    ("got my boards in March 2016, RFA 200 cases in the last 6 years, can I apply as ablation instructor?", 200, 10.67, True),
]


@pytest.mark.parametrize(("question", "cases", "years", "eligible"), SPECIALIST_DATES)
def test_years_as_specialist_between_two_dates(ask, question: str, cases: int, years: float, eligible: bool) -> None:
    a = ask(question)
    call = calculator_call(a, "tsir_instructor_eligibility")
    assert call.args["cases_last_6_years"] == cases  # (never "Dec 2026" as 2026 more cases)
    assert call.args["years_as_specialist"] == pytest.approx(years, abs=0.01)
    assert call.result["eligible"] is eligible


# the years reckoned to another year than this one, or within a month of the 8-year line: asked
ASKED_YEARS = [
    "board certified in 2019, applying in 2028. RFA 200 cases in the last 6 years, eligible for ablation instructor?",
    "got my boards in Dec 2018; RFA 200 cases in the last 6 years, eligible for ablation instructor?",
]


@pytest.mark.parametrize("question", ASKED_YEARS)
def test_years_that_cannot_be_worked_out_are_asked(ask, question: str) -> None:
    a = ask(question)
    assert a.route == "clarify", a.answer[:200]
    assert not a.tool_calls


# ------------------------------------------------------------------------------------------- 6. a case-report poster

CASE_REPORT_POSTERS = [
    ("This year: one poster as first author, one oral where I was third author (not presenting), and one case-report "
     "poster that I presented myself. What do the presentations add up to?", 15),
    ("This year: one poster as first author and one case report poster I presented. Presentation credits?", 15),
]


@pytest.mark.parametrize(("question", "total"), CASE_REPORT_POSTERS)
def test_a_case_report_poster_is_a_presentation(ask, question: str, total: float) -> None:
    a = ask(question)
    call = calculator_call(a, "tsa_credit_tally")
    assert call.result["total"] == total
    assert any(it.get("case_report") for it in call.args["activities"]) and len(call.args["activities"]) >= 2
