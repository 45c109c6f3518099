"""去年會 right after a year word: 去 is the verb and 年會 the annual meeting — the year is the one already said
("我今年去年會 1 次" is this year's annual meeting, never last year's)."""

import pytest

from bot.parsing.dates import find_years
from tests.bot.conftest import TODAY


@pytest.mark.parametrize(("text", "years"), [
    ("我今年去年會 1 次，積分多少？", [2026]),
    ("今年度去年會兩次，其他沒有", [2026]),
    ("今年 去年會 1 次、月會 3 次", [2026]),
    ("今年去年会2次，学分多少", [2026]),
    ("明年去年會一次可以拿幾分", [2027]),
    ("我去年去年會 2 次", [2025]),  # the first 去年 is the year, the second the verb and its meeting
    ("去年年會1次", [2025]),
    ("去年會議去了一次", [2025]),  # 去年會議: last year's meeting
])
def test_year_words_around_an_annual_meeting(text, years):
    assert [y.year for y in find_years(text, TODAY)] == years


def test_the_credit_tally_puts_the_meeting_in_the_year_said(engine):
    answer = engine.answer("我今年去年會 1 次，積分多少？", today=TODAY)
    assert answer.route == "calculator"
    assert "2026 年 60 分" in answer.answer and "2025" not in answer.answer
