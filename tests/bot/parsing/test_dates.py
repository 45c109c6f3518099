from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing.dates import find_dates, find_years

D = dt.date


@pytest.mark.parametrize(("text", "date"), [
    ("民國114年3月1日", D(2025, 3, 1)),
    ("中華民國 115 年 8 月 31 日", D(2026, 8, 31)),
    ("114/3/1", D(2025, 3, 1)),
    ("116.12.31", D(2027, 12, 31)),
    ("2027/3/1", D(2027, 3, 1)),
    ("2027-03-01", D(2027, 3, 1)),
    ("2027年3月1日到期", D(2027, 3, 1)),
    ("114年3月1日", D(2025, 3, 1)),
    ("March 1, 2027", D(2027, 3, 1)),
    ("1 Mar 2027", D(2027, 3, 1)),
])
def test_dates(text, date):
    assert [f.date for f in find_dates(text)] == [date]


@pytest.mark.parametrize("text", ["2026/2/30", "115年13月1日", "no date here", "專科 9 年"])
def test_no_valid_date(text):
    assert find_dates(text) == []


def test_several_dates_in_order():
    found = find_dates("1965年3月1日出生，2026/5/1 申請")
    assert [f.date for f in found] == [D(1965, 3, 1), D(2026, 5, 1)]


@pytest.mark.parametrize(("text", "years"), [
    ("今年", [2026]), ("去年", [2025]), ("前年", [2024]), ("明年", [2027]), ("this year", [2026]),
    ("last year", [2025]), ("2024年", [2024]), ("民國114年", [2025]), ("114年", [2025]), ("in 2023", [2023]),
    ("專科 9 年", []), ("2027年3月1日", []),
])
def test_years_relative_to_today(text, years):
    assert [y.year for y in find_years(text, D(2026, 11, 25))] == years
