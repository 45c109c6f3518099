"""Round 28 probe: wrong readings found with fresh questions written blind from the rules (issue 9).

Each class is covered by several phrasings (zh-TW, zh-CN, en) written for these tests, not by an eval sentence."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply as _ask


def _call(answer, tool: str):
    """The one call of `tool` in a calculator answer."""
    assert answer.route == "calculator", (answer.route, answer.missing, answer.answer[:300])
    calls = [c for c in answer.tool_calls if c.name == tool]
    assert len(calls) == 1, [(c.name, c.args) for c in answer.tool_calls]
    return calls[0]


# Class 1: the whole-year word naming the period of a listed run of work days ("全年工作天數 365、300、200",
# "整年的上班日數分別是 …", "full-year work days 365, 300 and 200") was read as a fourth radiographer's 365 days, and the
# answer asked about "4 radiographers' days" when 3 were said. The word is the run's year; the figures are the items.
@pytest.mark.parametrize("question", [
    "三位放射師全年工作天數 365、300、200 天，今年篩檢 16000 例，有超過嗎？",
    "三位放射師全年工作 365、300、200 天，今年篩檢 16000 例，超量嗎？",
    "3 位放射師整年的上班日數分別是 365、300、200，今年篩檢 16000 例，超量幾例？",
    "三位放射师全年工作天数 365、300、200 天，年筛检 16000 例，超量吗？",
    "Three radiographers, full-year work days 365, 300 and 200; 16,000 screenings this year. Over?",
])
def test_whole_year_word_before_a_run_of_days_is_the_runs_year(engine, question):
    call = _call(_ask(engine, question), "hpa_facility_volume")
    assert call.args["radiographer_work_days"] == [365, 300, 200]
    assert call.result["excess_cases"] == 359


@pytest.mark.parametrize(("question", "days"), [
    ("三位放射師都是全年，今年篩檢 16000 例，超量嗎？", [365, 365, 365]),
    ("3 位整年（365 天），1 位 92 天，今年篩檢 20000 例，超量嗎？", [365, 365, 365, 92]),
])
def test_whole_year_word_said_of_the_people_is_still_their_365(engine, question, days):
    call = _call(_ask(engine, question), "hpa_facility_volume")
    assert call.args["radiographer_work_days"] == days
