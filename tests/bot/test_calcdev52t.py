"""Round 52 calculator classes (calcdev52t): a year's ordinal label before a word for nothing is that year's 0; an activity
named again only as the answer's scope is no extra item; a vague count pointing at a kind by "ones" is asked; a range of
years named by ordinals labels the figures; "1 TSA monthly" and "the trauma society one" are items."""

from __future__ import annotations

import re

import pytest

from bot.parsing.numbers import normalize_numerals
from bot.scope import _meeting_of
from bot.vague import _EN
from calculators.vocab_tsa import MONTHLY_ALONE, SPECIALTY_SOCIETY_MEETING
from tests.bot.conftest import reader_call


def _yearly(question: str) -> list[float] | None:
    """The yearly figures the reader reads from `question` (None when it reads no full list)."""
    return reader_call(question, "tsa_renewal_check").args.get("yearly_credits")


def _items(question: str) -> list[tuple]:
    """The tally's items read from `question`: (kind, count, role)."""
    call = reader_call(question, "tsa_credit_tally")
    return [(it["kind"], it.get("count"), it.get("role")) for it in call.args["activities"]]


# ---------------------------------------------------------------- (A) a year's label before a word for nothing
@pytest.mark.parametrize(("text", "said"), [
    ("year 3 nothing (I was on leave), yr4 120", "第3年  0 (I was on leave), 第4年  120"),
    ("yr 4: none, yr5 0", "第4年 : 0, 第5年  0"),
    ("year 2 zero, year 3 100", "第2年  0, 第3年  100"),
    ("第1年100、第2年沒有、第3年120", "第1年100、第2年0、第3年120"),
])
def test_a_year_label_before_a_word_for_nothing_is_that_years_zero(text, said):
    assert normalize_numerals(text) == said


@pytest.mark.parametrize("text", ["year 3 I was on leave", "第3年沒有去開會，第4年100", "I did nothing in year 3"])
def test_near_misses_keep_their_words(text):
    assert normalize_numerals(text) == text


@pytest.mark.parametrize(("question", "figures"), [
    ("Year 1 150, yr2 200, year 3 nothing (I was on leave), yr4 120, yr5 80, yr6 100. renew?", [150, 200, 0, 120, 80, 100]),
    ("yr1 90, yr2 none, yr3 130, yr4 140, yr5 150, yr6 160 - can I renew?", [90, 0, 130, 140, 150, 160]),
    ("六年積分：第1年120、第2年沒有、第3年150、第4年100、第5年110、第6年130，可以展延嗎", [120, 0, 150, 100, 110, 130]),
])
def test_the_zero_year_is_read_in_its_place(question, figures):
    assert _yearly(question) == figures


# ---------------------------------------------------------------- (B) the answer's scope named again
@pytest.mark.parametrize(("question", "items"), [
    ("at the TSA annual mtg she presented 2 oral papers as first author. She's also a co-author (not presenting) on another "
     "poster. Presentation credits only pls, not the attendance.",
     [("presentation", 2, "first"), ("presentation", 1, "other")]),
    ("I presented 3 posters as first author at the TSA annual meeting. Poster credits only, please.",
     [("presentation", 3, "first")]),
    ("今年年會我發表了2篇壁報，都是第一作者，只算壁報的分數就好", [("presentation", 2, "first")]),
])
def test_a_kind_named_again_as_the_scope_is_no_extra_item(question, items):
    assert _items(question) == items


def test_near_miss_another_presentation_said_is_an_item():
    assert _items("I presented 1 poster as first author and 1 more poster as corresponding author. credits?") == [
        ("presentation", 1, "first"), ("presentation", 1, "corresponding")]


# ---------------------------------------------------------------- (C) a vague count pointing at a kind by "ones"
@pytest.mark.parametrize("text", ["a few of the monthly ones", "some of the monthly ones", "several of the local ones"])
def test_a_vague_count_of_ones_is_vague(text):
    assert _EN.search(text)


@pytest.mark.parametrize("text", ["2 of the monthly ones", "the annual one", "how many ones"])
def test_near_misses_of_ones_are_not_vague(text):
    assert not _EN.search(text)


# ---------------------------------------------------------------- (D) a range of years named by ordinals
@pytest.mark.parametrize("question", [
    "years 1 to 5 of my cert I've got 110, 95, 120, 100, 90 credits. Will I be able to renew?",
    "yrs 1-5: 100, 100, 100, 100, 100. will I make the 600 to renew?",
    "第1到5年分別是 110、95、120、100、90 分，可以展延嗎",
])
def test_a_range_of_years_labels_five_figures_and_the_sixth_is_asked(question):
    call = reader_call(question, "tsa_renewal_check")
    assert call.args.get("yearly_credits") is None
    assert call.needs or call.mismatch


# ---------------------------------------------------------------- (E) the TSA monthly by its owner; "the X society one"
@pytest.mark.parametrize(("text", "hit"), [
    ("and 1 TSA monthly.", True), ("the TSA annual and the monthly.", True),
    ("the TSA monthly limit", False), ("TSA monthly report", False),
])
def test_the_tsa_monthly_said_by_its_owner(text, hit):
    assert bool(re.search(MONTHLY_ALONE, text, re.IGNORECASE)) is hit


def test_another_society_pointed_at_by_one_is_its_meeting():
    assert re.search(SPECIALTY_SOCIETY_MEETING, "the plastic surgery society annual mtg + the trauma society one", re.I)
    text = "went to the plastic surgery society annual mtg + the trauma society one, and 1 TSA monthly. credits?"
    start = text.index("trauma society")
    assert _meeting_of(text, start, start + len("trauma society"))
    # near miss: a society's own rules asked, no meeting named before
    rules = "what does the trauma society one require for its own board renewal?"
    start = rules.index("trauma society")
    assert not _meeting_of(rules, start, start + len("trauma society"))


def test_the_monthly_meeting_and_the_other_meeting_are_items():
    kinds = [k for k, _, _ in _items("went to the urology society annual mtg (2 days) + the trauma society one, and 1 TSA "
                                     "monthly. credits?")]
    assert kinds.count("specialty_annual_meeting") == 2 and "tsa_monthly_meeting" in kinds


# ---------------------------------------------------------------- (F) a mission beside a full list of credits
@pytest.mark.parametrize(("question", "months"), [
    ("overseas mission 7 mo, credits 95 90 85 100 88 92 (oldest first) am i ok", 7),
    ("medical mission for 12 months; my credits were 80, 90, 100, 85, 95, 60 - can I renew?", 12),
])
def test_a_mission_beside_a_list_of_credits_is_the_renewal_check(question, months):
    call = reader_call(question, "tsa_renewal_check")
    assert call.args.get("overseas_mission_months") == months and len(call.args["yearly_credits"]) == 6
