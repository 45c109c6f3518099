from __future__ import annotations

import pytest

from bot.parsing.numbers import cn_to_int, find_quantities, normalize_numerals


@pytest.mark.parametrize(("text", "value"), [
    ("一", 1), ("兩", 2), ("十", 10), ("十二", 12), ("二十", 20), ("二十五", 25), ("一百五十", 150),
    ("兩百", 200), ("一百零五", 105), ("三千", 3000), ("一千二", 1200), ("兩百五", 250), ("三萬", 30000),
    ("一一四", 114), ("六", 6),
])
def test_chinese_numerals(text, value):
    assert cn_to_int(text) == value


@pytest.mark.parametrize("text", ["", "年", "一律x", "abc"])
def test_not_a_numeral(text):
    assert cn_to_int(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("參加了三次年會", "參加了3次年會"),
    ("兩篇論文", "2篇論文"),
    ("專科九年", "專科9年"),
    ("一百五十例", "150例"),
    ("十二個月", "12個月"),
    ("兩百萬", "200萬"),
    ("百分之六十八", "68%"),
    ("百分之七十四點五", "74.5%"),
    ("第一作者", "第一作者"),  # 第N stays a designation
    ("第五條第十二款", "第五條第十二款"),
    ("一律依照", "一律依照"),  # a word, not a count
    ("I attended once and three monthly meetings", "I attended 1 times and 3 monthly meetings"),
])
def test_normalize_numerals(text, expected):
    assert normalize_numerals(text) == expected


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("68%", 68, "%"), ("68 ％", 68, "%"), ("200 萬", 2_000_000, "萬元"), ("1.5萬元", 15_000, "萬元"),
    ("1,500,000元", 1_500_000, "元"), ("3 小時", 3, "小時"), ("3.5 hours", 3.5, "小時"), ("6 個月", 6, "個月"),
    ("12 months", 12, "個月"), ("150 例", 150, "例"), ("150 cases", 150, "例"), ("4 場", 4, "場"),
    ("2 篇", 2, "篇"), ("9 年", 9, "年"), ("30-credit", 30, "分"), ("-5%", -5, "%"), ("3 times", 3, "次"),
])
def test_quantities(text, value, unit):
    (q,) = find_quantities(text)
    assert q.value == value
    assert q.unit == unit


def test_english_unit_needs_a_word_boundary():
    (q,) = find_quantities("3 monthly meetings")
    assert (q.value, q.unit) == (3, None)


def test_minus_inside_dates_and_ranges_is_not_a_sign():
    values = [q.value for q in find_quantities("2027-03-01 and 5-10")]
    assert values == [2027, 3, 1, 5, 10]


@pytest.mark.parametrize(("text", "expected"), [
    ("一個半小時", "1.5小時"), ("兩個半小時", "2.5小時"), ("半小時", "0.5小時"), ("進修半年", "進修6個月"),
    ("上半年", "上半年"),
])
def test_halves(text, expected):
    assert normalize_numerals(text) == expected


def test_comma_separated_list_is_not_a_thousands_number():
    assert [q.value for q in find_quantities("150,120,100,90,80,70")] == [150, 120, 100, 90, 80, 70]
    assert [q.value for q in find_quantities("120,130,110,100,140,150")] == [120, 130, 110, 100, 140, 150]
    assert [q.value for q in find_quantities("NT$1,234,567")] == [1_234_567]


def test_ten_thousands_of_a_count_are_a_count_not_money():
    from bot.parsing.numbers import find_quantities

    assert [(q.value, q.unit) for q in find_quantities("一年篩了 1.8 萬案，補助 300 萬")] == [(18000.0, "案"), (3_000_000.0, "萬元")]


def test_a_list_of_chinese_numerals_is_read_item_by_item():
    from bot.parsing.numbers import normalize_numerals

    assert normalize_numerals("分別三百五十九、三百六十二，") == "分別359、362，"
