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
    for text in ("monthly 20 credits", "monthly 400 screenings", "monthly 1.5 hours", "annual 2025 meeting", "monthly 30%"):
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
