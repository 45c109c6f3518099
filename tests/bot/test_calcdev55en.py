"""Round 55 English TSA reader classes (calcdev55en): "monthly" / "annual" as a list's label with its count after it
("2025: annual 1, monthly 5"); another field's society annual meeting with the society word shortened or left out
("orthopedic annual congress", "urology assoc annual meeting"); a role said of all the presentations over the presenter read
from "I presented"; the overseas medical mission named as a team sent abroad ("a MOFA medical team")."""

from __future__ import annotations

import pytest

from tests.bot.conftest import reader_call


def _items(question: str) -> list[tuple]:
    """The tally's items read from `question`: (kind, count, role, days, year)."""
    call = reader_call(question, "tsa_credit_tally")
    return [(it["kind"], it.get("count"), it.get("role"), it.get("days"), it.get("year")) for it in call.args["activities"]]


# ---------------------------------------------------------------- "monthly 6" as a label and its count
@pytest.mark.parametrize(("question", "items"), [
    ("2024: annual meeting 1, monthly 6. 2025: monthly 4", [
        ("tsa_annual_meeting", 1, None, None, 2024), ("tsa_monthly_meeting", 6, None, None, 2024),
        ("tsa_monthly_meeting", 4, None, None, 2025)]),
    ("monthly: 3, annual: 1. points?", [("tsa_monthly_meeting", 3, None, None, None), ("tsa_annual_meeting", 1, None, None, None)]),
    ("annual 1, monthly = 7, total?", [("tsa_annual_meeting", 1, None, None, None), ("tsa_monthly_meeting", 7, None, None, None)]),
    # near misses: a rule's figure with its unit, a year, is no count
    ("monthly 20 credits each, right? I went to 3 monthly meetings", [("tsa_monthly_meeting", 3, None, None, None)]),
])
def test_monthly_and_annual_as_labels(question, items):
    assert _items(question) == items


def test_a_label_with_a_unit_or_a_decimal_is_no_meeting():
    from calculators.vocab_tsa import ANNUAL_ALONE, MONTHLY_ALONE
    import re
    for text in ("monthly 20 credits", "monthly 400 screenings", "monthly 1.5 hours", "annual 2025 meeting", "monthly 30%",
                 "Annual: 4 rads with 365, 365, 365, 100 days", "annual 3 sets of images"):
        assert not re.search(MONTHLY_ALONE, text, re.I) and not re.search(ANNUAL_ALONE, text, re.I), text


# ---------------------------------------------------------------- another field's meeting, the society word short or left out
@pytest.mark.parametrize(("question", "items"), [
    ("orthopaedic assoc annual meeting (2 days) and 2 monthly meetings", [
        ("specialty_annual_meeting", 1, None, 2, None), ("tsa_monthly_meeting", 2, None, None, None)]),
    ("went to the urology annual meeting (1 day) and the orthopedic annual congress (2 days)", [
        ("specialty_annual_meeting", 1, None, 1, None), ("specialty_annual_meeting", 1, None, 2, None)]),
    ("the colorectal surgery annual meeting, 1 day", [("specialty_annual_meeting", 1, None, 1, None)]),
    # near miss: the annual meeting with no field named is the TSA's own
    ("the annual meeting and 2 monthly meetings", [
        ("tsa_annual_meeting", 1, None, None, None), ("tsa_monthly_meeting", 2, None, None, None)]),
])
def test_another_fields_annual_meeting_in_short(question, items):
    assert _items(question) == items


# ---------------------------------------------------------------- a role said of all the presentations
@pytest.mark.parametrize(("question", "roles"), [
    ("I presented 2 orals + 1 poster, first author on all three", ["first", "first"]),
    ("I presented 2 orals and a poster, first author on all of them", ["first", "first"]),
    ("I presented 2 posters, first author on both", ["first"]),
    # near misses: a role that earns nothing said of all never replaces the presenter; a role said of some only
    ("I presented 2 posters, 3rd author on both", ["presenter"]),
    ("2 orals, I presented them, and 1 poster as 3rd author", ["presenter", "other"]),
])
def test_a_role_said_of_all_the_presentations(question, roles):
    assert [it[2] for it in _items(question)] == roles


# ---------------------------------------------------------------- the overseas medical mission as a team abroad
@pytest.mark.parametrize(("question", "months"), [
    ("7 months on an overseas medical team (MOFA one). my 6 years: 100,90,95,85,90,85. do I pass?", 7),
    ("spent 10 months with the medical team abroad in Eswatini; credits 100,100,90,90,80,80, enough?", 10),
    ("I was on a MOFA medical team for 5 months. yearly credits 100 90 95 85 90 85. renew ok?", 5),
    # near miss: a hospital's own team at home is no mission
    ("2 months with the trauma medical team at NTUH. 6 years: 100,90,95,85,90,85. renew?", None),
])
def test_the_mission_as_a_team_abroad(question, months):
    assert reader_call(question, "tsa_renewal_check").args.get("overseas_mission_months") == months


def test_a_team_abroad_named_without_its_length_is_asked():
    e = reader_call("I joined the overseas medical team. 6 years: 100,90,95,85,90,85. renew?", "tsa_renewal_check")
    assert [n.key for n in e.needs] == ["overseas_mission_months"]


# ---------------------------------------------------------------- routing: what is asked
def _decision(question: str):
    from bot.parsing.text import Query
    from bot.routing import decide_calculation
    from tests.bot.conftest import TODAY
    d = decide_calculation(Query(question, TODAY))
    return None if d is None else (d.route, d.extraction.tool if d.extraction is not None else None)


@pytest.mark.parametrize(("question", "decision"), [
    # a total asked with the period it is of is one's own sum, as "total?" is
    ("did the ATLS course (the one co-run w/ trauma society) in March and went to TSA annual mtg in Oct. total for the yr?",
     ("calculator", "tsa_credit_tally")),
    ("took the ATLS course and went to 3 monthly meetings. points this year?", ("calculator", "tsa_credit_tally")),
    ("went to the annual meeting in 2025. total for 2025?", ("calculator", "tsa_credit_tally")),
    # near miss: the rule's figure asked
    ("is the ATLS course 30 points? total for the year?", None),
])
def test_a_total_asked_with_its_period(question, decision):
    assert _decision(question) == decision


@pytest.mark.parametrize(("question", "decision"), [
    # the credits as CME / pts, a sum of one's own by its verb, the renewal asked: the six years asked back
    ("I've got 640 CME in total over my 6-year cert period. good to renew?", ("clarify", "tsa_renewal_check")),
    ("I've earned about 700 CME over the 6-yr period of my cert. ok to renew?", ("clarify", "tsa_renewal_check")),
    ("got 610 pts over the six years, enough to renew my surgical cert?", ("clarify", "tsa_renewal_check")),
    # near miss: a year's sum, no renewal
    ("I've got 640 CME this year, how many credits is that?", ("clarify", "tsa_credit_tally")),
])
def test_a_renewal_asked_with_a_total_only(question, decision):
    assert _decision(question) == decision


@pytest.mark.parametrize(("question", "decision"), [
    # the window's other end asked as a day of one's own, no date: the expiry is asked
    ("when's the earliest I can send in the renewal for my surgical specialist cert? and the late deadline?",
     ("clarify", "renewal_window")),
    ("what's the last day I can file the renewal for my surgery board cert?", ("clarify", "renewal_window")),
    # near misses kept as the rule's (evals/cases/rules_blind19.yaml, ask_en43.yaml en43-018): "when's the earliest" alone,
    # a deadline only named, the expiry said roughly
    ("when's the earliest I can apply to renew my IR instructor certificate?", None),
    ("When is the earliest we can file the extension for our surgical specialist certificate?", None),
    ("If I miss the renewal deadline for my specialist certificate, is there a grace period?", None),
    ("My surgery specialist cert expires next March. When is the earliest I can file for renewal, and what's the last date?", None),
])
def test_a_day_of_the_window_asked_without_a_date(question, decision):
    assert _decision(question) == decision


# ---------------------------------------------------------------- the line asked is no year's figure
@pytest.mark.parametrize(("question", "credits", "needs"), [
    ("my 6 years: 100, 100, 100, 100, 100, 90. am I at 600?", [100, 100, 100, 100, 100, 90], []),
    ("my credits for the 6 years: 100, 100, 100, 100, 100. am I at 600?", None, ["yearly_credits"]),
    ("if the 6 years of my cert end up 100, 100, 100, 100, 100 and then that number for this year, do I reach 600?",
     None, ["yearly_credits"]),
])
def test_the_line_asked_is_no_years_credits(question, credits, needs):
    e = reader_call(question, "tsa_renewal_check")
    assert e.args.get("yearly_credits") == credits and [n.key for n in e.needs] == needs


def test_a_later_part_takes_this_years_credits_from_the_tally_part(engine):
    from tests.bot.conftest import ask_and_reply
    a = ask_and_reply(engine, "2 things: (1) this year I have annual mtg + 2 monthly, how many pts? (2) if the 6 years of my "
                              "cert end up 100, 100, 100, 100, 100 and then that number for this year, am I at 600?")
    calls = [c for p in a.parts for c in p.tool_calls]
    renewal = next(c for c in calls if c.name == "tsa_renewal_check")
    assert renewal.args["yearly_credits"] == [100, 100, 100, 100, 100, 100]


def test_six_years_one_short_is_the_renewal_only_beside_its_certificate_or_credits():
    from bot.extract import candidates
    from bot.parsing.text import Query
    from tests.bot.conftest import TODAY
    tools = [c.tool for c in candidates(Query(
        "Ablation numbers for the last 6 yrs: cryo 30, IRE 20, laser 10, PEI 50, RFA 80. 9 yrs as a specialist. Do I qualify?", TODAY))]
    assert "tsa_renewal_check" not in tools
    tools = [c.tool for c in candidates(Query("the 6 years of my cert: 100, 100, 100, 100, 100 so far. am I at 600?", TODAY))]
    assert tools[0] == "tsa_renewal_check"
