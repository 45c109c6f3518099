"""Scope classes of the sixth round's development data (SPEC §3, issue 9). Wordings are our own.

- a society named as the host of a meeting ("a two-day X society congress") is the meeting someone went to,
  which our credits count (第五條第三款), not that society's own rules;
- a count of examinations ("80 exams today") is a screening volume of ours, not a board exam;
- neighbours that borrowed our words: a worker's occupational exposure limit however the exposure is named,
  when and how to sign up for a specialist board's exam, a hospital's own credentialing of clinical privileges.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.scope import neighbour_kind
from tests.bot.conftest import TODAY


@pytest.mark.parametrize("question", [
    "2025: 6 monthly meetings plus the colorectal surgery society's annual congress (2 days). my total?",
    "Went to 3 monthlies and one 1-day hand surgery association meeting this year, how many points?",
    "this year: TSA annual x1 and a 2-day pediatric surgical society conference, credits pls",
])
def test_a_society_hosting_a_meeting_someone_went_to_stays_ours(question):
    assert neighbour_kind(Query(question, TODAY)) is None


@pytest.mark.parametrize("question", [
    "screening van today: 2 RTs on board and 92 exams done, are we over the daily limit?",
    "Our radiographer logged 515 mammography exams in October — over the monthly cap?",
    "we did 6,300 exams last year with one tech working 365 days, over the reasonable volume?",
])
def test_a_count_of_examinations_is_our_volume_not_a_board_exam(question):
    assert neighbour_kind(Query(question, TODAY)) is None


@pytest.mark.parametrize(("question", "kind"), [
    ("乳攝技術員一年的職業曝露劑量上限是幾毫西弗？", "radiation_protection"),
    ("放射科人员职业照射的剂量限值一年多少？", "radiation_protection"),
    ("What is the occupational exposure limit for our mammography radiographers?", "radiation_protection"),
    ("外科專科醫師考試何時報名，要附幾例手術紀錄？", "exam"),
    ("介入放射专科医师考试什么时候报名？", "exam"),
    ("The hospital credentialing committee asks for 30 RFA cases before it grants privileges; whose rule is that?",
     "other_regulation"),
    ("院內授權委員會要幾例 TACE 才給臨床權限？", "other_regulation"),
])
def test_neighbours_that_borrow_our_words_are_refused(question, kind):
    assert neighbour_kind(Query(question, TODAY)) == kind


def test_a_board_exam_with_a_count_beside_it_is_still_the_board_exam():
    assert neighbour_kind(Query("what is the passing score of the surgery board exam? I sat it after 300 exams", TODAY))
