"""Round 48 merge check: two readings that gave a confidently wrong answer, each a class.

1. A negated "over" is an upper bound: 不超過 / 沒有超過 / 未逾 / "no more than" / "not over" / "up to" bound a figure
   from above, never from below — and a rules answer never leads with the band the question rules out ("陰性差異不超過
   20%" is not 丙's "超過 20%"). English verbs of passing ("exceeds", "tops", "in excess of") bound from below.
2. A bare "abroad" / "international" beside a leisure word (a vacation, holiday or trip abroad) names no meeting: its
   count is asked, never counted as international meetings. Near misses: meetings abroad stay meetings.
3. An English bound ("drops below 60%", "goes over 20%") is no value a band holds (knowledge.ranges): the rules answer
   keeps its table's line, not "no sentence answers".
4. The facility's grade asked beside its only radiographer ("機構算幾等", "醫院(機構)的自選片評等") is the facility's.
"""

from __future__ import annotations

import datetime
import re

import pytest

from bot.reader.mentions import bound_of
from bot.rules_answer import denies_stated_bound
from calculators.vocab_tsa import _BARE_ABROAD
from knowledge.ranges import open_bounds

TODAY = datetime.date(2026, 12, 5)


def _bound(text: str, figure: str = "20") -> str | None:
    i = text.index(figure)
    return bound_of(text, i, i + len(figure))


@pytest.mark.parametrize(("text", "side"), [
    ("陰性差異不超過 20%", "<="), ("陰性差异没有超过 20%", "<="), ("未逾 20%", "<="), ("不高於 20%", "<="),
    ("no more than 20%", "<="), ("not over 20%", "<="), ("not exceeding 20%", "<="),
    ("added up to 20", None), ("came up to 20 cases", None),  # (a sum, no bound)
    ("最多 20%", "<="),
    # the plain forms keep their side
    ("超過 20%", ">"), ("more than 20%", ">"), ("exceeds 20%", ">"), ("it tops 20%", ">"), ("in excess of 20%", ">"),
    ("逾 20%", ">"), ("至少 20%", ">="), ("未滿 20%", "<"), ("將近 20%", "<"), ("就是 20%", None),
])
def test_bound_sides(text, side):
    assert _bound(text) == side


def test_open_bounds_read_a_negated_over_as_under():
    assert open_bounds("陰性不超過 20%") == {("under", 20.0, "%")}
    assert open_bounds("陰性沒有超過20%") == {("under", 20.0, "%")}
    assert open_bounds("陰性超過 20%") == {("over", 20.0, "%")}


@pytest.mark.parametrize(("question", "denied"), [
    ("陰性差異不超過20%，要做什麼？", True),
    ("negative discrepancy no more than 20%, any action?", True),
    ("陰性差異超過20%，要做什麼？", False),
    ("陰性差異不超過15%，要做什麼？", False),  # (a figure the clause does not state passed)
])
def test_denies_stated_bound(question, denied):
    assert denies_stated_bound(question, "丙、疑似陽性個案複判差異超過 60%或陰性個案複判差異超過 20%。") is denied


@pytest.mark.parametrize("question", [
    "判讀醫師陰性複判差異不超過20%，陽性也不超過40%，需要做什麼嗎？",
    "our reader's negative discrepancy is no more than 20% and positive not over 40%, any action needed?",
])
def test_a_band_ruled_out_never_leads(engine, question):
    a = engine.answer(question, None, today=TODAY)
    first = a.answer.splitlines()[0]
    assert a.route != "calculator"
    assert "停止判讀" not in first and "stop reading" not in first.lower()


@pytest.mark.parametrize("question", [
    "What happens if a reader's negative-case discrepancy tops 20%?",
    "What happens when a reader's negative discrepancy exceeds 20%?",
])
def test_passing_verbs_lead_with_the_band_passed(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "retrieval"
    assert "stop reading" in a.answer.splitlines()[0].lower()


@pytest.mark.parametrize(("text", "meeting"), [
    ("went abroad for a vacation twice", False), ("a holiday abroad", False), ("an international trip with family", False),
    ("travel abroad for fun", False),
    ("went abroad twice for conferences", True), ("2 international meetings", True), ("a meeting abroad", True),
])
def test_bare_abroad_beside_leisure(text, meeting):
    assert bool(re.search(_BARE_ABROAD, text, re.IGNORECASE)) is meeting


def test_a_vacation_abroad_is_asked_not_counted(engine):
    a = engine.answer("I went abroad for a vacation twice last year and attended 3 monthly meetings. How many TSA credits "
                      "do I have for last year?", None, today=TODAY)
    assert a.route == "clarify"
    assert not a.tool_calls


def test_meetings_abroad_still_count(engine):
    a = engine.answer("Last year: an international trip with family, plus 2 international congresses and 3 monthly "
                      "meetings. credits?", None, today=TODAY)
    (call,) = [c for c in a.tool_calls if c.name == "tsa_credit_tally"]
    kinds = sorted((it["kind"], it.get("count", 1)) for it in call.args["activities"])
    assert kinds == [("international_meeting", 2), ("tsa_monthly_meeting", 3)]


# ----------------------------------------------------- merge check, second pass

@pytest.mark.parametrize("question", [
    "whats the penalty if our follow-up completion rate drops below 60%?",
    "what happens if the completion rate is under 65%?",
])
def test_an_english_bound_is_no_value_a_band_holds(question):
    from knowledge.ranges import stated_values, value_in_band
    assert stated_values(question) == []
    assert not value_in_band(question, "60%≤追蹤完成率<65%：扣減 15%")


def test_an_english_value_still_falls_in_its_band():
    from knowledge.ranges import value_in_band
    assert value_in_band("our completion rate was 62% this year", "60%≤追蹤完成率<65%：扣減 15%")


@pytest.mark.parametrize("question", [
    "機構自選片，只有一位放射師：非緻密 318 緻密 371，機構算幾等？",
    "本院只有一名放射師，她的自選片非緻密 344、緻密 359，那醫院(機構)的自選片評等呢？",
])
def test_the_facility_grade_asked_beside_its_one_radiographer_is_the_facility(engine, question):
    a = engine.answer(question, None, today=TODAY)
    (call,) = [c for c in a.tool_calls if c.name == "hpa_image_grade"]
    assert call.args["subject"] == "facility"


def test_one_named_radiographers_grade_stays_hers(engine):
    a = engine.answer("我們一位放射師自選片非緻密 318 緻密 371，她算幾等？", None, today=TODAY)
    (call,) = [c for c in a.tool_calls if c.name == "hpa_image_grade"]
    assert call.args["subject"] == "radiographer"
