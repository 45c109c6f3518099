"""Round 53 (calcdev53r): TSIR / HPA questions the reader read wrongly, fixed for the class.

1. A date labelled before it in its own clause ("核發日期為 D，效期到哪天") is the label's (`words._LABELLED_BEFORE`).
2. TSIR techniques: drains by what they drain, stents said with angioplasty (`vocab_tsir.DOMAIN_WORDS`).
3. HPA: positives said as recalls / called-back cases; a day written day-first is the count's day, no month's count.
4. Ledger: "since 2016 so ten years … or not", a bar asked by English word order, "one answer" no count.
5. A dictated run-on list of kinds with no separators is cut before each later kind's count (`items._dictated_cut`).
6. "a few CME credits" is vague.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import datetime

import pytest

from bot.ledger import account
from bot.parsing.dates import find_years
from bot.parsing.numbers import normalize_numerals
from bot.parsing.text import Query
from bot.vague import find_vague
from tests.bot.conftest import reader_call


@pytest.mark.parametrize(("question", "slot", "day"), [
    ("介入學會指導老師證書核發日是111年2月10日，效期到什麼時候？", "issue_date", "2022-02-10"),
    ("指導老師證書核發日期為2022/2/10，請問效期到哪天？", "issue_date", "2022-02-10"),
    ("my instructor certificate issue date: 2022-02-10, when does it expire?", "issue_date", "2022-02-10"),
    # near misses: the label before names the other slot; words right after the date name it
    ("指導老師證書到期日是117年2月10日，核發是哪天？何時可以換證？", "expiry_date", "2028-02-10"),
    ("指導老師證書 2022/2/10 核發，效期 6 年，什麼時候可以換發？", "issue_date", "2022-02-10"),
])
def test_a_date_labelled_before_it_is_the_labels(question, slot, day):
    call = reader_call(question, "renewal_window")
    assert call.args.get(slot) == day and len({"issue_date", "expiry_date"} & set(call.args)) == 1


@pytest.mark.parametrize(("question", "domain", "cases"), [
    ("drainage instructor: biopsies 150, abscess drains 40, nephrostomy 30, 9 yrs specialist", "localization_biopsy_drainage_pain", 220),
    ("biopsy instructor: CT biopsies 100, pigtail drains 25, 9 yrs specialist", "localization_biopsy_drainage_pain", 125),
    ("vascular instructor: angioplasty and stents 45, TIPS 5, 9 years specialist", "vascular_intervention", 50),
    ("vascular instructor: PTA/stenting 30, thrombolysis 10, 9 years specialist", "vascular_intervention", 40),
    ("血管介入指導老師：血管成形及支架 40 例、溶栓 10 例，專科 9 年", "vascular_intervention", 50),
])
def test_technique_words(question, domain, cases):
    call = reader_call(question, "tsir_instructor_eligibility")
    assert (call.args.get("domain"), call.args.get("cases_last_6_years")) == (domain, cases)


@pytest.mark.parametrize(("question", "pos", "neg"), [
    ("re-read discrepancy 58% on the recalled cases and 4% on negatives, first time", 58, 4),
    ("discordance 44% among the called-back cases, 9% for negatives", 44, 9),
    ("re-read discrepancy came back at 52% on the recalled (suspicious) cases and 6% on the negatives", 52, 6),
])
def test_recalls_are_the_suspected_positives(question, pos, neg):
    call = reader_call(question, "hpa_reread_action")
    assert (call.args.get("positive_discrepancy_pct"), call.args.get("negative_discrepancy_pct")) == (pos, neg)


@pytest.mark.parametrize(("question", "slot", "value"), [
    ("our mammo van goes out on the 3rd of Dec with 2 radiographers and 85 women booked, over the daily cap?",
     "daily_screenings_on_van", 85),
    ("our mammo van on 5 December: 3 radiographers, 110 women expected, within the daily limit?", "daily_screenings_on_van", 110),
    # near miss: a count in a month named after it is that month's
    ("one of our techs did 540 screenings in Nov, over the monthly cap?", "monthly_screenings", 540),
])
def test_a_day_first_date_is_no_month(question, slot, value):
    call = reader_call(question, "hpa_radiographer_volume")
    assert call.args.get(slot) == value
    assert "monthly_screenings" not in call.args or slot == "monthly_screenings"


def test_since_is_a_year_whatever_follows_it():
    today = datetime.date(2026, 11, 25)
    assert [y.year for y in find_years("a specialist since 2015 so eleven years now", today)] == [2015]


@pytest.mark.parametrize("question", [
    "ablation instructor RFA 120 MWA 70 specialist since 2015 so 11 years now do i qualify or not",
    "ablation instructor RFA 120 MWA 70 specialist for 11 years, am i there or not",
])
def test_or_not_closing_a_question_denies_nothing(question):
    q = Query(question, today=datetime.date(2026, 11, 25))
    call = reader_call(question, "tsir_instructor_eligibility")
    ledger = account(q.text, q.today, [call.args], set_aside=call.set_aside)
    assert call.args.get("years_as_specialist") == 11 and ledger.complete, ledger.unaccounted


@pytest.mark.parametrize(("text", "kept"), [
    ("I would appreciate confirmation of one result.", "one result"),
    ("Just need one answer: what grade?", "one answer"),
])
def test_one_answer_asked_is_no_count(text, kept):
    assert kept in normalize_numerals(text)


def test_one_result_stated_is_a_count():
    assert "1 result was" in normalize_numerals("one result was 365 and the other 348")


@pytest.mark.parametrize(("question", "items"), [
    ("renewal over six years two SCI full articles first author one SCI case report as co-author lecturer once at CIRSE "
     "three oral presentations at domestic meetings and thirty radiology CME points",
     [("sci_full_article", 2), ("sci_case_report", 1), ("lecturer_or_moderator", 1), ("oral_or_eposter", 3)]),
    ("renewal points four non SCI full papers as first author two non SCI case reports as first author",
     [("non_sci_full_article", 4), ("non_sci_case_report", 2)]),
])
def test_a_dictated_run_on_list_is_cut_by_kind(question, items):
    call = reader_call(question, "tsir_renewal_check")
    assert [(a["kind"], a["count"]) for a in call.args["activities"]] == items


@pytest.mark.parametrize("text", [
    "I have 2 SCI papers plus some plain radiology CME points. enough?",
    "2 SCI full papers first author and a few radiology CME credits, do I reach 200?",
])
def test_some_points_are_vague(text):
    assert find_vague(text)


def test_points_given_are_not_vague():
    assert not find_vague("2 SCI full papers first author and 130 radiology CME points, do I reach 200?")
