"""Words made of numeral characters stay words (百分比, 哪一天), numerals before a unit become digits."""

import pytest

from bot.parsing.numbers import normalize_numerals


@pytest.mark.parametrize(("text", "expected"), [
    ("補助要扣多少百分比？", "補助要扣多少百分比？"),
    ("最晚哪一天", "最晚哪一天"),
    ("年會六十分", "年會60分"),
    ("篩檢日一一五年六月三十日", "篩檢日115年6月30日"),
])
def test_numeral_words_and_counts(text, expected):
    assert normalize_numerals(text) == expected
