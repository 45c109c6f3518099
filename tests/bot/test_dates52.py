"""Round 52 merge check: "M/D/YY" dates ("12/31/25") beside slashed figure lists ("積分 10/20/30", "points 15/20/25").

A run of three figures after a word naming figures (積分, points, scores, credits …) or before a unit (分, %, cases) is
a list of figures, never a date in 2030; a slashed date said with no such word stays a date.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.dates import find_dates


@pytest.mark.parametrize("text", ["三年積分 10/20/30，夠嗎", "QC scores 10/20/30 any grade", "TSIR points 15/20/25 ok?",
                                  "10/20/30 分 夠嗎"])
def test_figures_listed_are_no_date(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(("text", "day"), [("cat 3 screened 12/31/25", datetime.date(2025, 12, 31)),
                                           ("got my board cert on 3/13/21. expiry?", datetime.date(2021, 3, 13))])
def test_a_slashed_date_stays_a_date(text: str, day: datetime.date) -> None:
    assert [d.date for d in find_dates(text)] == [day]
