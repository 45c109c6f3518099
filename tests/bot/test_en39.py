"""Round 39 (en39): English calculator questions as physicians and society staff type them — classes found by a probe of
45 questions written by hand before any was run (evals/cases/ask_en39_probe.yaml).

1. A figure taken back in the same breath with the English words of a correction: "wait, it was 4", "— no sorry, 160",
   "sorry no, 6", "uh, make that 71", "— no, sorry, 52%" (and 等等 / 等一下 before 是 N in Chinese): the correction is
   read; words after "wait" that add to what was said ("wait, I also did …") or pick a part of it ("no wait, 2 of them as
   speaker") take nothing back, nor does an apology ("sorry for the late question").
2. English numbers in words past twelve ("forty-five", "forty five", "fifteen", "a hundred and twenty", "five hundred and
   twenty", "one hundred forty-six") are figures, as the ones in digits are.
3. Dates written day and month before a four-digit year ("15/08/2021", "12/20/1966", "25.12.1965", "7-31-2021"): read in the
   order the figure over 12 shows; both 12 or under ("03/04/2021") is asked — never guessed — and the reply ("3 April",
   "June 5", "2021-03-04") completes it. English days written day first ("3 September", "the 3rd of September 2026") are
   dates (the latter was read as 2026 screenings).
4. A radiographer of a list said to have worked "the full year" / "for the whole year" / "the entire year" ("3 RTs: one
   the full year, one 200 days, …") is 365 days; "one full year" (a length of one year as well) stays asked.
5. A total in brackets after a run of items said in one sentence ("a two-day one and a one-day one (2 in total)", "(2
   altogether)") is a check, never the last item's count; a total in brackets after one item with no count is its count.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


def _call(answer, tool: str):
    calls = [c for c in answer.tool_calls if c.name == tool]
    assert answer.route == "calculator" and calls, (answer.route, answer.missing, answer.unused, answer.answer[:200])
    return calls[0]


def _items(call) -> list[tuple]:
    return sorted((it["kind"], it.get("count", 1), it.get("role"), it.get("hours"), it.get("days"), it.get("months"))
                  for it in call.args["activities"])


# ----------------------------------------------------------------------------------------- 1. corrections in English

# (question, tool, the argument, its value)
CORRECTED = [
    ("3 monthly meetings, wait, it was 4, and the annual meeting. I work in Penghu. credits?", "tsa_credit_tally",
     "activities", [("tsa_annual_meeting", 1, None, None, None, None), ("tsa_monthly_meeting", 4, None, None, None, None)]),
    ("went to 5 monthly meetings, sorry no, 6, plus the annual meeting. credits?", "tsa_credit_tally",
     "activities", [("tsa_annual_meeting", 1, None, None, None, None), ("tsa_monthly_meeting", 6, None, None, None, None)]),
    ("6 months training in Japan — wait, make that 4 months. credits?", "tsa_credit_tally",
     "activities", [("training_abroad", 1, None, None, None, 4)]),
    ("Ablation instructor: about 200 RFA — no sorry, 160 RFA plus 25 MWA. specialist for 11 years. eligible?",
     "tsir_instructor_eligibility", "cases_last_6_years", 185),
    ("QC: phantom 74 uh, make that 71; compression 90, dose 88, field alignment 86, reading system 91. grades?",
     "hpa_qc_grade", "scores.phantom_image", 71),
    ("positive discrepancy 48% — no, sorry, 52%; negative 10%. action?", "hpa_reread_action", "positive_discrepancy_pct", 52),
    ("月會去了 3 次，等等，是 4 次，還有年會，積分多少？", "tsa_credit_tally",
     "activities", [("tsa_annual_meeting", 1, None, None, None, None), ("tsa_monthly_meeting", 4, None, None, None, None)]),
    ("月会去了 3 次，等一下，应该是 4 次，还有年会，积分多少？", "tsa_credit_tally",
     "activities", [("tsa_annual_meeting", 1, None, None, None, None), ("tsa_monthly_meeting", 4, None, None, None, None)]),
    # a correction after "wait" naming its item replaces that item's figure only (the item before it stays)
    ("PEI 15, RFA 100, MWA 50 — wait, MWA was actually 60. specialist 10 years. ablation instructor?",
     "tsir_instructor_eligibility", "cases_last_6_years", 175),
    # near misses: more said after "wait", a part of it picked, an apology — nothing taken back
    ("I went to 5 monthly meetings, no wait, 2 of them as speaker. credits?", "tsa_credit_tally",
     "activities", [("tsa_monthly_meeting", 5, None, None, None, None), ("tsa_monthly_speaker", 2, None, None, None, None)]),
    ("monthly meetings 5 times, wait, 2 of them as speaker. credits?", "tsa_credit_tally",
     "activities", [("tsa_monthly_meeting", 5, None, None, None, None), ("tsa_monthly_speaker", 2, None, None, None, None)]),
    ("I went to 5 monthly meetings, wait, I also did 2 ATLS courses. credits?", "tsa_credit_tally",
     "activities", [("atls", 2, None, None, None, None), ("tsa_monthly_meeting", 5, None, None, None, None)]),
    ("I went to 3 monthly meetings, sorry for the late question. credits?", "tsa_credit_tally",
     "activities", [("tsa_monthly_meeting", 3, None, None, None, None)]),
]


@pytest.mark.parametrize(("question", "tool", "arg", "value"), CORRECTED)
def test_an_english_correction_replaces_what_it_takes_back(ask, question: str, tool: str, arg: str, value) -> None:
    call = _call(ask(question), tool)
    if arg == "activities":
        assert _items(call) == value
        return
    got = call.args
    for part in arg.split("."):
        got = got[part]
    assert got == value


# -------------------------------------------------------------------------------------- 2. numbers in words past twelve

# (question, tool, the argument, its value)
WORDS = [
    ("Biliary stents 60 and ureteral stents forty-five, radiology specialist for 10 years. non-vascular stenting instructor ok?",
     "tsir_instructor_eligibility", "cases_last_6_years", 105),
    ("forty five RFA and thirty MWA, specialist 9 yrs. ablation instructor?", "tsir_instructor_eligibility",
     "cases_last_6_years", 75),
    ("our RT did five hundred and twenty screenings in March. over the cap?", "hpa_radiographer_volume",
     "monthly_screenings", 520),
    ("Suspected positives two hundred, completed one hundred forty-six, subsidy 900,000. deduction?",
     "hpa_followup_deduction", "completed_cases", 146),
    ("I got a hundred and twenty credits every year for all six years. can I renew?", "tsa_renewal_check",
     "yearly_credits", [120] * 6),
    ("fifteen monthly meetings and the annual meeting this year, credits?", "tsa_credit_tally", "activities",
     [("tsa_annual_meeting", 1, None, None, None, None), ("tsa_monthly_meeting", 15, None, None, None, None)]),
]


@pytest.mark.parametrize(("question", "tool", "arg", "value"), WORDS)
def test_english_numbers_in_words_are_figures(ask, question: str, tool: str, arg: str, value) -> None:
    call = _call(ask(question), tool)
    assert (_items(call) if arg == "activities" else call.args[arg]) == value


def test_hundreds_in_words_is_no_figure(ask) -> None:
    """A near miss: "hundreds of" is no count — the cases are asked."""
    a = ask("hundreds of RFA cases over the years, specialist 10 years, ablation instructor?")
    assert a.route == "clarify" and any("cases_last_6_years" in m for m in a.missing)


# ------------------------------------------------------------------------------------------------ 3. dates

# (question, tool, the date argument, its value; None where which day is asked)
DATES = [
    ("surgery specialist certificate issued 15/08/2021 — when's the renewal window?", "renewal_window", "issue_date", "2021-08-15"),
    ("my surgical specialist certificate expires 30/06/2027. renewal window?", "renewal_window", "expiry_date", "2027-06-30"),
    ("DOB 12/20/1966, applying Nov 30 2026 for the TSIR instructor renewal. lifetime cert or do I need points?",
     "tsir_renewal_check", "birth_date", "1966-12-20"),
    ("born 25.12.1965, applying for the TSIR instructor renewal on 2026-01-10. do I still need the 200 points?",
     "tsir_renewal_check", "birth_date", "1965-12-25"),
    ("BI-RADS 0 on the mammo done 09/15/2026, recall deadline?", "hpa_followup_deadline", "screening_date", "2026-09-15"),
    ("TSIR instructor cert issued 7-31-2021, when can I apply to renew?", "renewal_window", "issue_date", "2021-07-31"),
    ("BI-RADS 3 screened on the 3rd of September 2026, deadline?", "hpa_followup_deadline", "screening_date", "2026-09-03"),
    ("TSIR instructor cert expires on the 31st of January, 2027 — when does the window open?", "renewal_window",
     "expiry_date", "2027-01-31"),
    ("BI-RADS 3 screened on 3 September, deadline?", "hpa_followup_deadline", "screening_date", "2026-09-03"),
    # near misses: the forms read before stay as they were
    ("TSIR instructor cert expires on 2027/1/31 — when does the renewal window open?", "renewal_window", "expiry_date", "2027-01-31"),
    ("專科醫師證書 116/3/31 到期，什麼時候可以申請展延？", "renewal_window", "expiry_date", "2027-03-31"),
    # day and month both 12 or under: which is which is asked
    ("cat 4 screened 05/06/2026 — workup deadline?", "hpa_followup_deadline", "screening_date", None),
    ("surgery specialist certificate issued 03/04/2021 — when's the renewal window?", "renewal_window", "issue_date", None),
    ("born 05/06/1966, applying 2026-07-01 for the TSIR instructor renewal. lifetime cert?", "tsir_renewal_check",
     "birth_date", None),
]


@pytest.mark.parametrize(("question", "tool", "arg", "value"), DATES)
def test_english_date_forms(ask, question: str, tool: str, arg: str, value: str | None) -> None:
    a = ask(question)
    if value is None:
        assert a.route == "clarify" and not a.tool_calls, (a.route, a.tool_calls)
        assert any(arg in m and "which one" in m for m in a.missing), a.missing
        return
    assert _call(a, tool).args[arg] == value


# (question, reply, tool, the date argument, the day the reply names)
REPLIES = [
    ("cat 4 screened 05/06/2026 — workup deadline?", "6 May 2026", "hpa_followup_deadline", "screening_date", "2026-05-06"),
    ("cat 4 screened 05/06/2026 — workup deadline?", "June 5", "hpa_followup_deadline", "screening_date", "2026-06-05"),
    ("surgery specialist certificate issued 03/04/2021 — when's the renewal window?", "it's 3 April", "renewal_window",
     "issue_date", "2021-04-03"),
    ("surgery specialist certificate issued 03/04/2021 — when's the renewal window?", "2021-03-04", "renewal_window",
     "issue_date", "2021-03-04"),
    ("born 05/06/1966, applying 2026-07-01 for the TSIR instructor renewal. lifetime cert?", "5 June", "tsir_renewal_check",
     "birth_date", "1966-06-05"),
]


@pytest.mark.parametrize(("question", "reply", "tool", "arg", "value"), REPLIES)
def test_the_reply_says_which_day(engine, question: str, reply: str, tool: str, arg: str, value: str) -> None:
    _, second = ask_and_reply(engine, question, reply)
    assert _call(second, tool).args[arg] == value
    assert not second.unused, second.unused


# --------------------------------------------------------------------------- 4. one of the radiographers the whole year

# (question, the work days read, or None where asked)
WHOLE_YEAR = [
    ("3 radiographers: one the full year (365 days), one 200 days, one 180 days. 18,500 screenings in 2025. are we over?",
     [365, 200, 180]),
    ("3 radiographers: one the full year, one 200 days, one 180 days. 18,500 screenings in 2025. are we over?", [365, 200, 180]),
    ("3 techs - one for the whole year, one 200 days, one 180 days. 18,500 screenings in 2025. are we over?", [365, 200, 180]),
    ("2 techs: one the whole year, the other 150 days; 15000 screenings. excess?", [365, 150]),
    ("2 RTs: one the entire year, one 120 days. 11000 screenings. over?", [365, 120]),
    # near miss: "one full year" is also a length of one year — asked
    ("3 radiographers: one full year, one 200 days, one 180 days. 18,500 screenings in 2025. are we over?", None),
]


@pytest.mark.parametrize(("question", "days"), WHOLE_YEAR)
def test_one_of_them_the_whole_year(ask, question: str, days: list | None) -> None:
    a = ask(question)
    if days is None:
        assert a.route == "clarify" and not a.tool_calls
        return
    assert _call(a, "hpa_facility_volume").args["radiographer_work_days"] == days


# ------------------------------------------------------------------------------ 5. a total in brackets after a run

# (question, tool, the items read; None where the total that does not add up is asked about)
BRACKET_TOTAL = [
    ("Specialty society annual mtgs: a two-day one and a one-day one (2 in total). Credits?", "tsa_credit_tally",
     [("specialty_annual_meeting", 1, None, None, 1, None), ("specialty_annual_meeting", 1, None, None, 2, None)]),
    ("domestic seminars: one 2 hours, one 4 hours (2 altogether). credits?", "tsa_credit_tally",
     [("domestic_seminar", 1, None, 2, None, None), ("domestic_seminar", 1, None, 4, None, None)]),
    ("non-SCI: a full article as first author and a case report as first author (2 altogether). TSIR renewal points?",
     "tsir_renewal_check", [("non_sci_case_report", 1, "first", None, None, None), ("non_sci_full_article", 1, "first", None, None, None)]),
    ("I went to the annual meeting and the spring meeting overseas (2 in total). credits?", "tsa_credit_tally",
     [("international_meeting", 1, None, None, None, None), ("tsa_annual_meeting", 1, None, None, None, None)]),
    # near misses: a total that does not add up is asked; after one item with no count, the total is its count
    ("domestic seminars: one 2 hours, one 4 hours (3 altogether). credits?", "tsa_credit_tally", None),
    ("SCI papers as other author (3 in total). credits?", "tsa_credit_tally", [("paper_sci", 3, "other", None, None, None)]),
    ("I went to the annual meeting. Also SCI papers as other author (3 in total). credits?", "tsa_credit_tally",
     [("paper_sci", 3, "other", None, None, None), ("tsa_annual_meeting", 1, None, None, None, None)]),
]


@pytest.mark.parametrize(("question", "tool", "items"), BRACKET_TOTAL)
def test_a_bracketed_total_after_a_run_is_a_check(ask, question: str, tool: str, items: list | None) -> None:
    a = ask(question)
    if items is None:
        assert a.route == "clarify" and not a.tool_calls
        return
    assert _items(_call(a, tool)) == items
