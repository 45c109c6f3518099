from datetime import date
from fractions import Fraction

import pytest

from calculators.common import add_months, fmt, num, round_half_up


@pytest.mark.parametrize(
    ("start", "months", "expected", "clamped"),
    [
        (date(2023, 8, 31), -6, date(2023, 2, 28), True),  # Aug 31 − 6 months, common year
        (date(2024, 8, 31), -6, date(2024, 2, 29), True),  # … leap year
        (date(2023, 12, 31), 2, date(2024, 2, 29), True),  # Dec 31 + 2 months, into a leap year
        (date(2022, 12, 31), 2, date(2023, 2, 28), True),
        (date(2023, 3, 31), -1, date(2023, 2, 28), True),
        (date(2023, 1, 31), 3, date(2023, 4, 30), True),
        (date(2023, 1, 15), 12, date(2024, 1, 15), False),
        (date(2023, 11, 30), 2, date(2024, 1, 30), False),
        (date(2020, 2, 29), 72, date(2026, 2, 28), True),  # + 6 years from a leap day
        (date(2023, 6, 15), 0, date(2023, 6, 15), False),
    ],
)
def test_add_months_clamps_to_month_end(start, months, expected, clamped):
    assert add_months(start, months) == (expected, clamped)


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (41.665, 2, 41.67),  # half up, not banker's (round(41.665, 2) gives 41.66 or 41.67 by float luck)
        (2.675, 2, 2.68),
        (Fraction(500, 12), 2, 41.67),
        (Fraction(100, 3), 2, 33.33),
        (0.5, 0, 1),
        (1.5, 0, 2),
        (2.5, 0, 3),
        (50000.05, 0, 50000),
        (-2.675, 2, -2.68),
        (Fraction(10**80 + 1, 3), 0, (10**80 + 2) // 3),  # …333.67 → …334, beyond Decimal precision
    ],
)
def test_round_half_up(value, places, expected):
    assert round_half_up(value, places) == expected


def test_num_keeps_integers_integral():
    assert num(60.0) == 60 and isinstance(num(60.0), int)
    assert num(Fraction(25, 2)) == 12.5


def test_fmt_shows_at_most_four_decimals():
    assert fmt(Fraction(200 * 6000, 365)) == "3287.6712"
    assert fmt(Fraction(200 * 6000, 365), 2) == "3287.67"
    assert fmt(Fraction(2999975, 40000)) == "74.9994"
    assert fmt(-2.5) == "-2.5" and fmt(Fraction(1, 3)) == "0.3333" and fmt(1e-9) == "0"
    assert fmt(30) == "30"
    assert fmt(12.5) == "12.5"
