"""Round 54 English reader classes (calcdev54en): numbers with a plain meaning that were refused ("I could not tell what …
stands for") or miscounted — stays joined by "then", a year heading "2025: only …" or "2026 for me = …", "of which" starting
the part, a society's name between "at the" and the meeting, the meeting as a term of the sum, "which was one day",
"every … except N (there were M)", lectures counted after the meetings, a judged clause then its figure ("negatives fine,
6%"), "N of our … cases completed", "our senior tech", a reply pointing back at the question's figure, roles replied of the
papers when a meeting was named after them, and a part marker of another style."""

from __future__ import annotations

import pytest

from bot.parts import split_parts
from tests.bot.conftest import ask_and_reply, calculator_call, reader_call


def _items(question: str) -> list[tuple]:
    """The tally's items read from `question`: (kind, count, role, months, year)."""
    call = reader_call(question, "tsa_credit_tally")
    return [(it["kind"], it.get("count"), it.get("role"), it.get("months"), it.get("year")) for it in call.args["activities"]]


# ---------------------------------------------------------------- stays joined by "then"
@pytest.mark.parametrize(("question", "items"), [
    ("did a 3 month fellowship in Japan then 2 months at a med center in Taichung (VGH). points?",
     [("training_abroad", None, None, 3, None), ("training_domestic", None, None, 2, None)]),
    ("a 2-month observership in Boston and later 1 month at a medical center in Tainan (NCKUH). credits?",
     [("training_abroad", None, None, 2, None), ("training_domestic", None, None, 1, None)]),
    ("4 months of observership in Germany, after that 2 months at NTUH. credits?",
     [("training_abroad", None, None, 4, None), ("training_domestic", None, None, 2, None)]),
    # near miss: one stay only
    ("a 3 month rotation at a med center in Kaohsiung", [("training_domestic", None, None, 3, None)]),
])
def test_stays_joined_by_then(question, items):
    assert _items(question) == items


# ---------------------------------------------------------------- year headings
@pytest.mark.parametrize(("question", "items"), [
    ("2024 - annual congress and 3 monthly meetings; 2025 - just the annual congress; 2026 - 5 monthly meetings. total?",
     [("tsa_annual_meeting", 1, None, None, 2024), ("tsa_monthly_meeting", 3, None, None, 2024),
      ("tsa_annual_meeting", 1, None, None, 2025), ("tsa_monthly_meeting", 5, None, None, 2026)]),
    ("2025 for me = 4 monthly meetings and 1 international congress. total pls",
     [("tsa_monthly_meeting", 4, None, None, 2025), ("international_meeting", 1, None, None, 2025)]),
    # near miss: "only … credits" is the scope of the answer, no item more
    ("annual meeting and 4 monthly meetings this year. only the annual meeting credits pls",
     [("tsa_annual_meeting", 1, None, None, 2026), ("tsa_monthly_meeting", 4, None, None, 2026)]),
])
def test_year_headings(question, items):
    assert _items(question) == items


# ---------------------------------------------------------------- "of which" starts the part
@pytest.mark.parametrize(("question", "items"), [
    ("8 monthly meetings of which I was the speaker at 3, and the annual meeting",
     [("tsa_monthly_meeting", 8, None, None, None), ("tsa_monthly_speaker", 3, None, None, None),
      ("tsa_annual_meeting", 1, None, None, None)]),
    ("4 monthly meetings out of which I gave the talk at 1",
     [("tsa_monthly_meeting", 4, None, None, None), ("tsa_monthly_speaker", 1, None, None, None)]),
    # (before: all three read as case reports)
    ("3 posters of which one was a case report, first author on all",
     [("presentation", 2, "first", None, None), ("presentation", 1, "first", None, None)]),
    # near miss: "of those" after the count stays the part it was
    ("5 monthly meetings, 2 of those as speaker",
     [("tsa_monthly_meeting", 5, None, None, None), ("tsa_monthly_speaker", 2, None, None, None)]),
])
def test_of_which_starts_the_part(question, items):
    assert _items(question) == items


# ---------------------------------------------------------------- the meeting named, a place or attended
@pytest.mark.parametrize(("question", "kinds"), [
    ("2 oral talks as first author at the Taiwan Surgical Association's annual meeting, one of which was a case report",
     ["presentation", "presentation"]),
    ("2 orals as first author at the annual congress. what do the talks plus the congress come to?",
     ["presentation", "tsa_annual_meeting"]),
    ("At the TSA annual congress (attended the whole thing) I had 1 poster as first author",
     ["presentation", "tsa_annual_meeting"]),
    # near miss: the meeting named on its own is attended
    ("presented 2 posters as first author and also went to the annual meeting", ["presentation", "tsa_annual_meeting"]),
])
def test_meeting_place_or_attended(question, kinds):
    assert [it["kind"] for it in reader_call(question, "tsa_credit_tally").args["activities"]] == kinds


# ---------------------------------------------------------------- "which was one day"
@pytest.mark.parametrize("question", [
    "8 monthly meetings, plus the hernia society's annual meeting, which was one day.",
    "went to the colorectal society's annual meeting; it ran for one day only",
])
def test_length_said_after_was(question):
    items = reader_call(question, "tsa_credit_tally").args["activities"]
    assert [it.get("days") for it in items if it["kind"] == "specialty_annual_meeting"] == [1]


# ---------------------------------------------------------------- every … except N
@pytest.mark.parametrize(("question", "count"), [
    ("this year I made it to every monthly meeting except three (there were 11). credits?", 8),
    ("went to all the monthly meetings except 2 out of 12 this year. credits?", 10),
    ("of the 10 monthly meetings this year I attended all except 4. points?", 6),
    ("went to every monthly meeting but 1 (12 held). credits?", 11),
])
def test_every_except(question, count):
    items = reader_call(question, "tsa_credit_tally").args["activities"]
    assert [it["count"] for it in items if it["kind"] == "tsa_monthly_meeting"] == [count]


def test_every_except_without_the_whole_is_asked(engine):
    a = ask_and_reply(engine, "went to every monthly meeting except three this year. credits?")
    assert a.route == "clarify" and not a.tool_calls


# ---------------------------------------------------------------- TSIR lectures after the meetings
@pytest.mark.parametrize(("question", "lectures"), [
    ("60 bleeding embos in 6 yrs, specialist for 5 yrs, but I've been invited to lecture on non-tumor embolization at IR "
     "meetings 3 times. instructor cert?", 3),
    ("TACE 40 cases in 6 years, 8 yrs specialist, spoke on TACE at national congresses twice. instructor?", 2),
])
def test_lectures_counted_after_the_meetings(question, lectures):
    assert reader_call(question, "tsir_instructor_eligibility").args["lectures_in_domain"] == lectures


# ---------------------------------------------------------------- HPA
@pytest.mark.parametrize(("question", "neg"), [
    ("this time positive discrepancy is 52% (negatives fine, 6%). what now", 6),
    ("re-read: negatives were ok, 4%; positives 45%. first time. consequence?", 4),
])
def test_judged_clause_then_its_figure(question, neg):
    assert reader_call(question, "hpa_reread_action").args["negative_discrepancy_pct"] == neg


@pytest.mark.parametrize("question", [
    "160 of our suspicious-result cases completed their follow-up last year. how much deduction?",
    "of our suspicious-result cases, 160 completed their follow-up last year. how much deduction?",
])
def test_completed_part_of_the_suspected(question):
    args = reader_call(question, "hpa_followup_deduction").args
    assert args.get("completed_cases") == 160 and "suspected_positive_cases" not in args


def test_senior_tech_volume_ok_is_the_cap(engine):
    a = ask_and_reply(engine, "our new tech did 530 exams last month. is her volume ok?")
    assert calculator_call(a, "hpa_radiographer_volume").args == {"monthly_screenings": 530}


# ---------------------------------------------------------------- replies
def test_reply_points_back_at_the_figure(engine):
    first, a = ask_and_reply(engine, "re-read discrepancy for dr. L came back at 17%. what's the consequence? first time",
                             "it was the negative ones. positives 30%")
    assert first.route == "clarify"
    args = calculator_call(a, "hpa_reread_action").args
    assert args["negative_discrepancy_pct"] == 17 and args["positive_discrepancy_pct"] == 30


def test_roles_replied_of_the_papers_keep_the_meeting(engine):
    first, a = ask_and_reply(engine, "had 2 SCI papers come out this year and went to the TSA annual meeting. total?",
                             "first author on one, just a middle author on the other")
    items = calculator_call(a, "tsa_credit_tally").args["activities"]
    assert sorted((it["kind"], it.get("role")) for it in items) == [
        ("paper_sci", "first"), ("paper_sci", "other"), ("tsa_annual_meeting", None)]


# ---------------------------------------------------------------- part markers
def test_a_figure_before_a_stop_is_no_part_marker():
    parts, numbered = split_parts("two things: 1) annual meeting, plus 5 monthly mtgs of which I presented at 2. "
                                  "2) my TSA cert runs out June 30 2027, when's the renewal window?")
    assert numbered and parts[0].endswith("presented at 2.") and parts[1].startswith("my TSA cert")
