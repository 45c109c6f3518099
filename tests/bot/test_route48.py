"""Routing classes between a calculation, a rules answer and a question back (round 48, route48).

A. One's own complete facts given while naming a rule ("does the 60+ rule cover him"): computed — a birth date written
   "b." / "DOB", the points held said "with N pts" / "she has N points", the rule named by its age read as no figure.
B. Training periods (進修 / 研修 / fellowship) are the surgical credits' items (tsa-cme 5.9), even asked as what they
   "offset" (能抵多少, otherwise the instructor's word).
C. One self-selected set's score with one's own grade checked by its letter ("評等是A嗎", "我是B嗎", "is her grade an A"):
   the grade takes both sets, so the other set is asked — never one set's band quoted as the grade.
D. The proof of attendance said as a condition ("有出席證明的話"), no count of one's own: the rule's per-attendance value.
Near misses keep their route (the rule asked alone, the instructor's own activities, a band asked, both sets said, an
attendance said done)."""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.routing import SAID_DONE, decide_calculation
from tests.bot.conftest import ask_and_reply, calculator_call, reader_call

TODAY = datetime.date(2026, 11, 25)


def _route(question: str) -> tuple[str | None, str | None]:
    d = decide_calculation(Query(question, TODAY))
    return (None, None) if d is None else (d.route, d.extraction.tool if d.extraction else None)


# ---------------------------------------------------------------- A. own complete facts beside a named rule


@pytest.mark.parametrize(("question", "birth", "application", "points"), [
    ("Dr. Lin, b. 1964-03-03, will file the instructor renewal on 2026-04-01 with basically 0 pts. is the 60+ rule his?",
     "1964-03-03", "2026-04-01", 0),
    ("Dr. Wu (b. 1963-07-15) files her instructor renewal 2026-09-01, she has 0 points — does the over-60 exemption apply?",
     "1963-07-15", "2026-09-01", 0),
    ("My DOB is 1966-02-20 and I'll apply for the instructor renewal on 2026-03-01 with only 120 pts; is the 60 and over "
     "rule mine?", "1966-02-20", "2026-03-01", 120),
])
def test_own_dates_and_points_beside_the_named_rule_are_read(question, birth, application, points):
    call = reader_call(question, "tsir_renewal_check")
    assert call.args.get("birth_date") == birth
    assert call.args.get("application_date") == application
    assert call.args.get("cme_points") == points
    assert _route(question) == ("calculator", "tsir_renewal_check")


def test_own_case_beside_the_60_plus_rule_is_computed_not_asked_about_the_60(ask):
    a = ask("Dr. Lin, b. 1964-03-03, will file the instructor renewal on 2026-04-01 with basically 0 pts. "
            "is that a problem or does the 60+ rule cover him?")
    call = calculator_call(a, "tsir_renewal_check")
    assert call.result["lifetime_eligible"] is True


@pytest.mark.parametrize("question", [
    "with 40 points from the SCI paper, is the instructor renewal close?",  # one item's points, never the points held
])
def test_points_of_one_item_are_not_the_points_held(question):
    call = reader_call(question, "tsir_renewal_check")
    assert call.args.get("cme_points") != 40


def test_the_60_plus_rule_asked_alone_stays_the_rules():
    assert _route("does the 60+ rule mean instructors over 60 never need to renew?") == (None, None)


# ---------------------------------------------------------------- B. training periods what they offset


@pytest.mark.parametrize(("question", "kinds"), [
    ("去年出國進修三個月(日本)，回來又在台大進修兩個月，進修這部分能抵多少學分？", ["training_abroad", "training_domestic"]),
    ("前年去美國做了半年 fellowship，這段可以抵幾分？", ["training_abroad"]),
    ("今年在北榮研修四個月，能抵多少學分？", ["training_domestic"]),
    ("I did a 3-month fellowship in Japan last year, how many points can that offset?", ["training_abroad"]),
])
def test_training_months_offset_are_the_surgical_tally(question, kinds):
    d = decide_calculation(Query(question, TODAY))
    assert d is not None and d.route == "calculator" and d.extraction.tool == "tsa_credit_tally"
    assert [a["kind"] for a in d.extraction.args["activities"]] == kinds


def test_training_asked_without_months_stays_the_rules():
    assert _route("出國進修可以抵多少學分？") == (None, None)


def test_instructor_activities_offset_stay_the_instructor_calculation():
    assert _route("出國參加介入治療會議三次，換證可以抵多少？") == ("calculator", "tsir_renewal_check")


# ---------------------------------------------------------------- C. one set, one's own grade checked by letter


@pytest.mark.parametrize("question", [
    "放射師自選片其中一組拿365分，這樣評等是A嗎？",
    "自選片其中一組 352 分，這樣我是 B 嗎？",
    "她自選片一組拿了 348，她算B等嗎？",
    "technologist's one self-selected set scored 371 — so her grade will be an A, right?",
])
def test_one_set_with_ones_own_grade_checked_asks_the_other_set(question):
    d = decide_calculation(Query(question, TODAY))
    assert d is not None and d.route == "clarify" and d.extraction.tool == "hpa_image_grade"
    assert any("另一組" in n.zh or "other set" in n.en for n in d.extraction.needs)


@pytest.mark.parametrize("question", [
    "技術師自選片拿350分算什麼等級",  # the band of one score: the table
    "one self-selected set scored 362 — is that an A?",  # the band of that score checked
    "幫忙確認一下，我們技術員自選片其中一組評到350，這樣是B等嗎？還是C？",
])
def test_a_band_checked_of_one_score_stays_the_rules(question):
    assert _route(question) == (None, None)


def test_both_sets_said_stay_computed():
    assert _route("兩組自選片都 360，是A嗎") == ("calculator", "hpa_image_grade")


def test_the_other_set_given_in_reply_gives_the_lower_sets_grade(engine):
    first, final = ask_and_reply(engine, "放射師自選片其中一組拿365分，這樣評等是A嗎？", "另一組是 342")
    assert first.route == "clarify" and not first.tool_calls
    call = calculator_call(final, "hpa_image_grade")
    assert call.result["score_used"] == 342 and call.result["grade"] == "B"


def test_one_set_counted_before_its_score_is_no_figure(ask):
    a = ask("technologist's one self-selected set scored 371, the other set 355 — her grade?")
    assert calculator_call(a, "hpa_image_grade").result["grade"] == "B"


# ---------------------------------------------------------------- D. proof of attendance as a condition


@pytest.mark.parametrize("text", ["有出席證明的話", "有參加證明", "有出席的證明", "有參加證書就能抵嗎"])
def test_proof_held_is_no_activity_said_done(text):
    assert SAID_DONE.search(text) is None


@pytest.mark.parametrize("text", ["有出席", "有參加國外會議", "有去月會"])
def test_an_activity_said_done_still_is(text):
    assert SAID_DONE.search(text) is not None


@pytest.mark.parametrize("question", [
    "只是去國外參加介入治療的會議，沒有上台，有出席證明的話可以抵多少積分？",
    "單純出國參加介入性治療的會議，有參加證明，換證能抵幾分？",
])
def test_per_attendance_value_with_proof_is_the_rules(question):
    assert _route(question) == (None, None)


def test_attended_with_no_count_still_asks_the_count():
    assert _route("去年有出國參加介入治療的會議，沒有上台，可以抵多少積分？") == ("clarify", "tsir_renewal_check")


def test_attended_with_a_count_and_proof_is_computed():
    assert _route("去年去了兩次國外介入會議，都沒上台，有出席證明，可以抵多少積分？") == ("calculator", "tsir_renewal_check")
