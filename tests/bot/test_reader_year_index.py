"""Which year of a run named by its number in English ("year 6 105", "years one to five were …", "yr 3: 90") is a label,
never a figure: it was read as one of the yearly credits ("years one to five were 100, 120, 90, 110, 130, and year six
105" answered "561 credits, not eligible" — the total is 655). A count after "this / last year" stays a count."""

from __future__ import annotations

import pytest

from tests.bot.conftest import TODAY


@pytest.mark.parametrize(("question", "yearly"), [
    ("Years one to five I had 100, 120, 90, 110, 130 credits and year six 105 - can I renew?",
     [100, 120, 90, 110, 130, 105]),
    ("Year one 95, year two 100, year three 110, year four 100, year five 105, year six 90. Renewal ok?",
     [95, 100, 110, 100, 105, 90]),
    ("yr 1: 80, yr 2: 150, yr 3: 100, yr 4: 120, yr 5: 90, yr 6: 0. can I extend my certificate?",
     [80, 150, 100, 120, 90, 0]),
    ("credits per year for my renewal: year 1 was 130, year 2 was 70, year 3 was 100, year 4 was 100, year 5 was 100, "
     "year 6 was 110", [130, 70, 100, 100, 100, 110]),
    ("Renewal: years 1 through 5 were 110, 100, 90, 100, 120; year 6 = 95. Enough?", [110, 100, 90, 100, 120, 95]),
])
def test_a_year_named_by_its_number_is_no_yearly_figure(engine, question, yearly):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    assert a.tool_calls[0].name == "tsa_renewal_check"
    assert a.tool_calls[0].args["yearly_credits"] == yearly
    assert a.tool_calls[0].result["total"] == sum(yearly)


@pytest.mark.parametrize(("question", "counts"), [
    ("this year 3 monthly meetings and 1 annual meeting, how many credits?", {"tsa_monthly_meeting": 3, "tsa_annual_meeting": 1}),
    ("last year 4 monthly meetings, credits?", {"tsa_monthly_meeting": 4}),
])
def test_a_count_after_this_or_last_year_stays_a_count(engine, question, counts):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    assert {x["kind"]: x["count"] for x in a.tool_calls[0].args["activities"]} == counts
