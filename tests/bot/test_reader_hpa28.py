"""HPA classes of the twenty-eighth round (reader, number parsing, HPA vocabulary) — each tested with wordings of its own
(zh-TW, zh-CN, en), never the bank's sentence: Chinese numbers written whole with 萬 and more digits after it, a
numeral typed with a space after it, ten thousands of a named volume, a weekday's numeral before a count of days."""

from __future__ import annotations

import pytest

from bot.parsing.numbers import find_quantities, normalize_numerals

from .conftest import reader_call
from tests.bot.conftest import calculator_calls as _calls


# --- 1. numbers as written: 兩萬一千 whole, 三百六十八 before a space, 2萬 of a volume a count, 週一 before 一天 -----------

@pytest.mark.parametrize(("text", "expected"), [
    ("全年篩了兩萬一千，超量嗎", "全年篩了21000，超量嗎"),
    ("年筛量一万八千五百，超了没", "年筛量18500，超了没"),
    ("A 組 三百四十、B 組 三百六十八 評幾等", "A 組 340、B 組 368 評幾等"),
    ("非緻密 三百二十五 緻密 三百六十 幾等", "非緻密 325 緻密 360 幾等"),
    ("每週一一天去巡迴車", "每週一1天去巡迴車"),
    ("礼拜三两天在院内", "礼拜三2天在院内"),
])
def test_chinese_numbers_are_read_whole(text, expected):
    assert normalize_numerals(text) == expected


@pytest.mark.parametrize("text", ["萬一 我們沒過怎麼辦", "千萬 不要超量", "兩百萬 補助"])
def test_numeral_words_and_amounts_stay(text):
    out = normalize_numerals(text)
    assert out.startswith(("萬一", "千萬", "200萬")), out


@pytest.mark.parametrize(("text", "value"), [
    ("年篩檢量 2萬，超量嗎", 20000), ("去年筛查量约 1.5万，有没有超", 15000), ("那年做了 1.8萬", 18000),
])
def test_ten_thousands_of_a_named_volume_are_a_count(text, value):
    (q,) = [q for q in find_quantities(text) if q.value >= 1000]
    assert (q.value, q.unit) == (value, None)


def test_ten_thousands_alone_stay_money():
    (q,) = find_quantities("補助 180萬，扣多少")
    assert (q.value, q.unit) == (1800000, "萬元")


@pytest.mark.parametrize(("question", "days", "screens"), [
    ("三位合格放射師各做 365 天，年篩檢量 2萬，超量多少？", [365, 365, 365], 20000),
    ("两位技师 365、300 天，年筛量一万五千，合理量跟超量？", [365, 300], 15000),
    ("放射師工作天數 365、365、200，全年篩了兩萬一千，會被砍多少？", [365, 365, 200], 21000),
])
def test_facility_volume_reads_chinese_ten_thousands(ask, question, days, screens):
    (call,) = _calls(ask(question))
    assert call[0] == "hpa_facility_volume"
    assert sorted(call[1]["radiographer_work_days"]) == sorted(days)
    assert call[1]["annual_screenings"] == screens


@pytest.mark.parametrize(("question", "low"), [
    ("自選片 非緻密 三百五十、緻密 三百七十 放射師幾等", 350),
    ("自选片一组 三百三十 一组 三百六十五 技师评几等", 330),
])
def test_image_scores_in_chinese_before_a_space(ask, question, low):
    (call,) = _calls(ask(question))
    assert call[0] == "hpa_image_grade" and min(call[1]["scores"]) == low


@pytest.mark.parametrize("question", [
    "今年放射師 A 上班 365 天、B 是 9 月才到職，篩了一萬二",
    "放射师 A 全年在岗、B 是 7 月才入职，年筛 9000 例有超吗",
    "放射師A 365天，B 10月才來，全年篩 8000 案會不會超量",
])
def test_a_radiographer_named_by_a_latin_letter_without_days_is_asked(ask, question):
    """A Latin letter names a radiographer in a Chinese sentence (放射師 A …、B …): one named with only a joining month has
    no work days read, so her days are asked — never a volume worked out from the others alone."""
    a = ask(question)
    assert a.route == "clarify"
    assert any(m.startswith("radiographer_work_days") for m in a.missing)



def test_latin_letter_labels_with_their_days_are_read(ask):
    """The same labels, each with her days, are read one figure per person."""
    (call,) = _calls(ask("兩位放射師：A 365 天、B 200 天，全年篩了 9000 例，會超過合理量嗎"))
    assert call[0] == "hpa_facility_volume"
    assert sorted(call[1]["radiographer_work_days"]) == [200, 365] and call[1]["annual_screenings"] == 9000


@pytest.mark.parametrize("question", [
    "小醫院問一下～放射師A整年365天、B是7月才來算182天，今年乳攝一萬案整，超過合理量10%以上的部分有幾案不給付？",
    "小診所：放射師甲整年365天、乙 200 天，年篩 8000 案有超量嗎",
    "小医院请教：放射师甲全年、乙 7 月才来算 184 天，年筛 9500 例，超了吗",
])
def test_a_small_hospital_is_no_person_named(ask, question):
    """小醫院 / 小診所 / 小医院 name the facility, not a person called 小X: the people named are the two radiographers, whose
    days are read (a third, phantom person would leave the list short and the question unanswered)."""
    (call,) = _calls(ask(question))
    assert call[0] == "hpa_facility_volume" and len(call[1]["radiographer_work_days"]) == 2
