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


@pytest.mark.parametrize(("text", "expected"), [
    ("國外會議出席、國內 e-poster 各 3 次", "國外會議出席 3 次、國內 e-poster 3 次"),
    ("年會、月會各 2 次", "年會 2 次、月會 2 次"),
    ("國內研討會 3 場，各 2 小時", "國內研討會 3 場，各 2 小時"),  # one item: 各 is per session, left alone
])
def test_each_gives_every_listed_item_the_count(text, expected):
    from bot.parsing.text import distribute_each

    assert distribute_each(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("我不是一作，是二作", "我二作"),
    ("I'm not the first author, I'm second author", "I'm second author"),
    ("我既不是一作也不是通訊作者", "我既不是一作也不是通訊作者"),  # no correction given: nothing dropped
])
def test_a_negated_fact_is_dropped_only_when_corrected(text, expected):
    from bot.parsing.text import drop_negated

    assert drop_negated(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the first numeral of a list right after a colon is a number like the rest
    ("每年分別是：一百、一百二、九十", "每年分別是：100、120、90"),
    ("各年積分:九十、八十五、一百一", "各年積分:90、85、110"),
])
def test_a_list_of_bare_numerals_after_a_colon(text, expected):
    assert normalize_numerals(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("車上一天拍了一百個，有超過嗎", "車上1天拍了100個，有超過嗎"),
    ("這個月做了五百二十個", "這個月做了520個"),
    ("有五個問題", "有五個問題"),  # a one-character numeral before 個 stays a word
])
def test_a_counted_numeral_before_the_counter_ge_is_a_number(text, expected):
    assert normalize_numerals(text) == expected
