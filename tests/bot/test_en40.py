"""Round 40 (en40): English calculator questions the reader got wrong or asked back needlessly (calc_bank40's development
half), each class covered by phrasings written for this test (English, and zh-TW / zh-CN where the class exists there).

1. The HPA follow-up deduction asked with an everyday verb ("how much gets docked", "what do they take off", "knocked off",
   "what's the cut") beside the categories named in brackets ("(BI-RADS 0/3/4/5)") — the categories' block no longer holds;
   the completed count said with an adverb before its verb ("121 actually got their workup done", "110 finally had …").
2. Radiographers' days with what they are said between the label and the list ("days worked incl. holidays were 300 / 300 /
   150", "working days with holidays 365 and 120", "(including weekends and holidays)", 含例假日): no subset, no full stop;
   a run of days stops before a figure another slot's noun names ("…100, 19,000 screenings"); the allowed volume named
   ("allowed volume", "volume cap", "maximum volume") with no days is asked back, never the rule quoted; the days of some of
   the radiographers said ("2 techs, one the whole year") keep the question a calculation whose rest is asked.
3. A correction with how it was checked said in a clause of its own ("6... wait no, checked the sign-in sheets, it's 4",
   "— no, I recounted my certificates, it was 3", "不對，我翻了簽到單，是 4 次") is sure: the figure after it is used.
4. The ones of a count headed by a dash or a bracket, "one" before a length ("three local seminars — one 1 hr and two about 3
   hrs each", "(one 1 hr, two 3 hrs each)"): each one with its own hours, as after a colon.
5. Another surgical society named in lower case ("the surgical infection society's annual meeting", "the hand surgery
   association annual meeting"): 5.10's meeting (committee decides, 0 reported) — never the TSA's own annual meeting.
6. "original article(s)" is 5.1's full article ("five SCI original articles as corresponding author … enough?" is the TSIR
   renewal); a specialist certificate named keeps the question the surgical society's.
7. An activity only asked about ("does the annual meeting count double?", "年會也算兩倍嗎") is no activity done.
8. A day written as an English ordinal without a year ("September 3rd", "the 3rd of September") is the person's date.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest


def _call(answer, tool: str):
    calls = [c for c in answer.tool_calls if c.name == tool]
    assert answer.route == "calculator" and calls, (answer.route, answer.missing, answer.unused, answer.answer[:200])
    return calls[0]


def _items(call) -> list[tuple]:
    return sorted((it["kind"], it.get("count", 1), it.get("role"), it.get("hours"), it.get("days"), it.get("months"))
                  for it in call.args["activities"])


# ------------------------------------------------------------------------------------ 1. the deduction, said "docked"

# (question, suspected, completed, subsidy, deduction amount)
DOCKED = [
    ("240 suspected positives (cat 0/3/4/5) this year, 168 completed follow-up, subsidy NT$1,500,000. how much do they take off?",
     240, 168, 1500000, 75000),
    ("BI-RADS 0/3/4/5 cases: 200; 110 finally had their follow-up done; subsidy 3,000,000. how much gets knocked off?",
     200, 110, 3000000, 600000),
    ("300 recalls (category 0, 3, 4 or 5), 231 were actually worked up. subsidy NT$900,000 — what's the cut?", 300, 231, 900000, 0),
    ("suspected positives 180 (BI-RADS 0/3/4/5), 121 actually got their work-up done, subsidy NT$2,400,000. how much gets docked?",
     180, 121, 2400000, 240000),
    # near miss: said as before, in Chinese
    ("疑似陽性（category 0/3/4/5）200 案，完成 130 案，補助 200 萬，會被扣多少？", 200, 130, 2000000, 200000),
]


@pytest.mark.parametrize(("question", "suspected", "completed", "subsidy", "amount"), DOCKED)
def test_a_deduction_said_docked_is_computed(ask, question, suspected, completed, subsidy, amount) -> None:
    call = _call(ask(question), "hpa_followup_deduction")
    assert call.args == {"suspected_positive_cases": suspected, "completed_cases": completed, "annual_subsidy": subsidy}
    assert call.result["deduction_amount"] == amount


def test_docked_asked_of_no_figures_is_the_rule(ask) -> None:
    """A near miss: the deduction asked with the everyday verb and no figures of one's own is the rule's table."""
    a = ask("what happens to the subsidy if the follow-up completion rate is low — how much gets docked?")
    assert a.route == "retrieval" and not a.tool_calls


# ------------------------------------------------------------------------------- 2. radiographers' days, the volume

# (question, the work days, the screenings)
DAYS = [
    ("3 qualified RTs last year, days worked incl. holidays: 300 / 300 / 150. We did 12,800 screens. any cases not paid?",
     [300, 300, 150], 12800),
    ("two RTs, working days with holidays 365 and 120; 9,000 screens this year, over the allowed volume?", [365, 120], 9000),
    ("work days (including weekends and holidays): 365, 200. 14,000 screenings this year. over?", [365, 200], 14000),
    ("3 techs, days on the job incl. public holidays 365/365/100, 19,000 screenings in 2025 — excess?", [365, 365, 100], 19000),
    ("3 位放射师工作天数（含例假日）分别 300、300、150，全年筛检 12800 件，有没有超量？", [300, 300, 150], 12800),
    # near miss: the list written bare, as before
    ("3 qualified techs, days worked were 300/300/150. Facility did 12,800 screens total. excess?", [300, 300, 150], 12800),
]


@pytest.mark.parametrize(("question", "days", "screenings"), DAYS)
def test_days_said_with_their_holidays_are_read(ask, question, days, screenings) -> None:
    call = _call(ask(question), "hpa_facility_volume")
    assert call.args == {"radiographer_work_days": days, "annual_screenings": screenings}


# (question, words of the question asked back)
VOLUME_ASKED = [
    ("we did 16,500 screening mammograms this year — over the volume cap?", "How many days"),
    ("hospital shot 12,000 mammo screens last year, is that above the maximum volume?", "How many days"),
    ("our unit did 15,500 mammo screens this year, are we over the allowed volume?", "How many days"),
    # the days of some of them said: the rest asked, never the rule quoted
    ("2 techs, one the whole year; 15000 screenings. over the volume?", "2 radiographers"),
    ("3 radiographers: one the entire year, one 200 days; 16000 screens. over the limit?", "3 radiographers"),
    # near miss: days said without the holidays are no such days — asked
    ("3 techs, days worked not including holidays 250 / 250 / 120, 12,800 screens last year. over?", "holidays included"),
]


@pytest.mark.parametrize(("question", "asked"), VOLUME_ASKED)
def test_a_facility_volume_without_its_days_asks_them(ask, question, asked) -> None:
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:200])
    assert any(m.startswith("radiographer_work_days") and asked in m for m in a.missing), a.missing


# ------------------------------------------------------------------------------ 3. a correction with how it was checked

# (question, the items read)
CHECKED = [
    ("monthly mtgs this year: 6... wait no, checked the sign-in sheets, it's 4. credits?", [("tsa_monthly_meeting", 4, None, None, None, None)]),
    ("I went to 5 monthly meetings — no, I recounted my certificates, it was 3. credits?",
     [("tsa_monthly_meeting", 3, None, None, None, None)]),
    ("went to 7 monthly meetings, wait, just checked my attendance record: 6. plus the annual meeting. credits?",
     [("tsa_annual_meeting", 1, None, None, None, None), ("tsa_monthly_meeting", 6, None, None, None, None)]),
    ("月會去了 5 次，不對，我翻了簽到單，是 4 次，積分多少？", [("tsa_monthly_meeting", 4, None, None, None, None)]),
    ("月会去了 5 次，不对，查了一下签到表，4 次，积分多少？", [("tsa_monthly_meeting", 4, None, None, None, None)]),
    # near misses: a part of it said after the check, a "no" with nothing checked — nothing taken back
    ("I went to 5 monthly meetings, no wait, checked the sheets, 2 of them as speaker. credits?",
     [("tsa_monthly_meeting", 5, None, None, None, None), ("tsa_monthly_speaker", 2, None, None, None, None)]),
    ("I went to 5 monthly meetings, no, I did not go to the annual meeting. credits?", [("tsa_monthly_meeting", 5, None, None, None, None)]),
]


@pytest.mark.parametrize(("question", "items"), CHECKED)
def test_a_checked_correction_is_sure(ask, question, items) -> None:
    assert _items(_call(ask(question), "tsa_credit_tally")) == items


def test_a_checked_correction_that_is_unsure_is_asked(ask) -> None:
    a = ask("I went to 5 monthly meetings, wait no, checked the sign-in sheets, maybe 4 or 3. credits?")
    assert a.route == "clarify" and not a.tool_calls


# --------------------------------------------------------------------------- 4. the ones of a count, headed by a dash

# (question, the items read, the total)
ONES = [
    ("In 2025 three local seminars — one 1 hr and two about 3 hrs each. credits?",
     [("domestic_seminar", 1, None, 1, None, None), ("domestic_seminar", 2, None, 3, None, None)], 25),
    ("In 2025 three local seminars: one 1 hr, two about 3 hrs each. credits?",
     [("domestic_seminar", 1, None, 1, None, None), ("domestic_seminar", 2, None, 3, None, None)], 25),
    ("three seminars in 2025 (one 1 hr, two 3 hrs each). credits?",
     [("domestic_seminar", 1, None, 1, None, None), ("domestic_seminar", 2, None, 3, None, None)], 25),
    ("In 2025 4 local seminars - two 1.5 hrs each and two roughly 3 hrs. credits?",
     [("domestic_seminar", 2, None, 1.5, None, None), ("domestic_seminar", 2, None, 3, None, None)], 30),
    ("two specialty society annual meetings in 2025 – one 1 day, one 2 days. credits?",
     [("specialty_annual_meeting", 1, None, None, 1, None), ("specialty_annual_meeting", 1, None, None, 2, None)], 30),
    # near miss: the ones written with "of", as before
    ("In 2025 three local seminars, one of 1 hr and two of about 3 hrs. credits?",
     [("domestic_seminar", 1, None, 1, None, None), ("domestic_seminar", 2, None, 3, None, None)], 25),
]


@pytest.mark.parametrize(("question", "items", "total"), ONES)
def test_the_ones_of_a_count_keep_their_lengths(ask, question, items, total) -> None:
    call = _call(ask(question), "tsa_credit_tally")
    assert [i[:5] for i in _items(call)] == [i[:5] for i in items]
    assert call.result["total"] == total


def test_a_radiographer_of_a_list_is_no_one_of_length(ask) -> None:
    """A near miss: "one 200 days" in a list of radiographers is a person's days, never "1 of 200 days"."""
    a = ask("3 techs - one for the whole year, one 200 days, one 180 days. 18,500 screenings in 2025. are we over?")
    assert _call(a, "hpa_facility_volume").args["radiographer_work_days"] == [365, 200, 180]


# ------------------------------------------------------------------------------- 5. another surgical society, lower case

# (question, the items read; None where the kind is asked)
SOCIETIES = [
    ("This year I went to the surgical infection society's annual meeting and two local seminars, 1.5 hrs each. credits?",
     [("domestic_seminar", 2, None, 1.5, None, None), ("other_surgical_society_meeting", 1, None, None, None, None)]),
    ("went to the hand surgery association annual meeting twice and 3 monthly meetings this year. credits?",
     [("other_surgical_society_meeting", 2, None, None, None, None), ("tsa_monthly_meeting", 3, None, None, None, None)]),
    ("今年去了外科感染醫學會年會跟兩場研討會，各 1.5 小時，積分多少？",
     [("domestic_seminar", 2, None, 1.5, None, None), ("other_surgical_society_meeting", 1, None, None, None, None)]),
    ("I went to the diabetes association's annual meeting this year. credits?", None),
    # near misses: the society's own words, a field listed for 5.3, a society not named
    ("I went to the surgical society's annual meeting and 2 monthly meetings this year. credits?",
     [("tsa_annual_meeting", 1, None, None, None, None), ("tsa_monthly_meeting", 2, None, None, None, None)]),
    ("went to the general surgery society annual meeting this year plus 4 monthly meetings. credits?",
     [("tsa_annual_meeting", 1, None, None, None, None), ("tsa_monthly_meeting", 4, None, None, None, None)]),
    ("went to the colorectal society annual meeting (2 days) this year. credits?",
     [("specialty_annual_meeting", 1, None, None, 2, None)]),
    ("went to a society annual meeting and 4 monthly meetings. credits?",
     [("tsa_annual_meeting", 1, None, None, None, None), ("tsa_monthly_meeting", 4, None, None, None, None)]),
]


@pytest.mark.parametrize(("question", "items"), SOCIETIES)
def test_another_surgical_society_in_lower_case(ask, question, items) -> None:
    a = ask(question)
    if items is None:
        assert a.route == "clarify" and any(m.startswith("kind") for m in a.missing), (a.route, a.missing)
        return
    assert _items(_call(a, "tsa_credit_tally")) == items


# --------------------------------------------------------------------------------------- 6. "original article"

# (question, tool, the items read)
ORIGINAL = [
    ("renewal points: five SCI original articles as corresponding author over the 6 yrs, nothing else. enough?",
     "tsir_renewal_check", [("sci_full_article", 5, "corresponding", None, None, None)]),
    ("for the instructor renewal I have 3 original research papers in SCI journals as first author plus 2 IR lectures abroad. "
     "enough points?", "tsir_renewal_check", None),
    ("TSIR renewal: two non-SCI original articles as first author and one SCI original paper as corresponding author — points?",
     "tsir_renewal_check", [("non_sci_full_article", 2, "first", None, None, None), ("sci_full_article", 1, "corresponding", None, None, None)]),
    # near misses: the specialist certificate or the surgical credits named — the surgical society's papers
    ("specialist certificate renewal: 3 SCI original articles as first author this year, how many credits?", "tsa_credit_tally",
     [("paper_sci", 3, "first", None, None, None)]),
    ("專科醫師證書展延：今年 SCI 原著一作 3 篇，幾分？", "tsa_credit_tally", [("paper_sci", 3, "first", None, None, None)]),
    ("2 SCI original articles as first author this year — how many surgical CME credits?", "tsa_credit_tally",
     [("paper_sci", 2, "first", None, None, None)]),
]


@pytest.mark.parametrize(("question", "tool", "items"), ORIGINAL)
def test_an_original_article_is_a_full_article(ask, question, tool, items) -> None:
    call = _call(ask(question), tool)
    if items is not None:
        got = [(it["kind"], it.get("count", 1), it.get("role"), None, None, None) for it in call.args["activities"]]
        assert sorted(got) == items


def test_five_original_articles_are_enough(ask) -> None:
    call = _call(ask("renewal: 5 SCI original articles as corresponding author. enough?"), "tsir_renewal_check")
    assert call.result["points"] == 200 and call.result["eligible"] is True


# ----------------------------------------------------------------------------------- 7. an activity only asked about

# (question, the items read)
ASKED_ABOUT = [
    ("I went to 4 monthly meetings and, wait, does the annual meeting count double?", [("tsa_monthly_meeting", 4, None, None, None, None)]),
    ("I went to 4 monthly meetings. does the annual meeting count double?", [("tsa_monthly_meeting", 4, None, None, None, None)]),
    ("I went to 2 monthly meetings this year, is the annual meeting worth more?", [("tsa_monthly_meeting", 2, None, None, None, None)]),
    ("月會去了 4 次，年會也算兩倍嗎？", [("tsa_monthly_meeting", 4, None, None, None, None)]),
    # near misses: the annual meeting said attended, asked about or not
    ("went to 4 monthly meetings and the annual meeting — how many credits?",
     [("tsa_annual_meeting", 1, None, None, None, None), ("tsa_monthly_meeting", 4, None, None, None, None)]),
    ("月會去了 4 次，年會也有去，算幾分？",
     [("tsa_annual_meeting", 1, None, None, None, None), ("tsa_monthly_meeting", 4, None, None, None, None)]),
    ("I went to 4 monthly meetings and the annual meeting. does the annual meeting count double?",
     [("tsa_annual_meeting", 1, None, None, None, None), ("tsa_monthly_meeting", 4, None, None, None, None)]),
]


@pytest.mark.parametrize(("question", "items"), ASKED_ABOUT)
def test_an_activity_only_asked_about_is_not_counted(ask, question, items) -> None:
    a = ask(question)
    assert [(i[0], i[1]) for i in _items(_call(a, "tsa_credit_tally"))] == [(i[0], i[1]) for i in items]


# --------------------------------------------------------------------------------------------- 8. ordinal days

# (question, category, the screening date)
ORDINAL = [
    ("BI-RADS 3 screened on September 3rd, deadline?", 3, "2026-09-03"),
    ("BI-RADS 3 screened on the 3rd of September, deadline?", 3, "2026-09-03"),
    ("cat 4 on Oct 21st — by when is the diagnosis due?", 4, "2026-10-21"),
    # near miss: the day in digits, as before
    ("BI-RADS 3 screened on September 3, deadline?", 3, "2026-09-03"),
]


@pytest.mark.parametrize(("question", "category", "day"), ORDINAL)
def test_an_ordinal_day_is_the_persons_date(ask, question, category, day) -> None:
    call = _call(ask(question), "hpa_followup_deadline")
    assert call.args == {"category": category, "screening_date": day}


def test_a_category_alone_is_the_rule(ask) -> None:
    a = ask("category 0 within how many months?")
    assert a.route == "retrieval" and not a.tool_calls
