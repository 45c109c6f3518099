"""HPA classes of the thirtieth round — each tested with wordings of its own (zh-TW, zh-CN, en), never the bank's
sentence: the radiographers counted after their title with 個 ("放射師三個"), …"""

from __future__ import annotations

import pytest

from bot.parsing.numbers import normalize_numerals
from tests.bot.conftest import calculator_calls as _calls


# --- 1. the people named first, then how many with 個: "放射師三個都全年" is three radiographers, never one ----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("放射師三個都全年", "放射師3個都全年"),
    ("技術員兩个都做满", "技術員2个都做满"),
    ("放射師一個 365 天", "放射師一個 365 天"),  # one of them going through the list: an article, no count
    ("放射師三個月沒上班", "放射師3個月沒上班"),  # a length of time stays one
])
def test_a_count_after_the_people_with_ge_is_a_count(text, expected):
    assert normalize_numerals(text) == expected


@pytest.mark.parametrize(("question", "days"), [
    ("放射師三個都全年在職（365天），今年篩檢 20000 件，超量多少？", [365, 365, 365]),
    ("我們放射師兩個，都是整年，去年篩了 12500 案，有沒有超過合理量", [365, 365]),
    ("放射师四个都全年上班，今年乳摄筛查 25000 例，超了多少", [365, 365, 365, 365]),
])
def test_facility_volume_counts_every_radiographer_counted_after_the_title(ask, question, days):
    (call,) = _calls(ask(question))
    assert call[0] == "hpa_facility_volume"
    assert call[1]["radiographer_work_days"] == days
