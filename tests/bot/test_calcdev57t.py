"""Round 57 (calcdev57t): surgical CME classes found on the blind development banks, tested with other wording.

1. An author role said once of a list of presentations or papers (`Slot.over_list`) is every listed item's that says none
   of its own: said as the list's heading ("presented as corresponding author: 1 oral + 1 poster", "以第一作者發表口頭 2 篇、
   壁報 1 篇", "以通訊作者身分，…") or after it ("…，我是第二作者", "1 oral and 2 posters as first author"); a role said after
   the first item only, a part ("其中 1 篇", "one of them"), or each item's own role keeps its reading.
2. A running total said right after the latest one ("又去了一次月會，今年總共 9 次", "another monthly meeting, that makes 6")
   is the item's count, the latest one among them; counts said one after the other still add; a total after several kinds
   or of another year is none. Said vaguely ("累積好幾次", "that makes quite a few"), it is asked and the reply fills it.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply as _ask
from tests.bot.conftest import reader_call

TALLY = "tsa_credit_tally"


def _items(question):
    return [{k: v for k, v in it.items() if k != "year"} for it in reader_call(question, TALLY).args["activities"]]


# 1. a role said of the whole list
@pytest.mark.parametrize(("question", "role"), [
    ("Presented as first author at the annual meeting: 3 orals + 2 posters. credits?", "first"),
    ("As corresponding author I presented 2 orals and 1 poster in 2025, points?", "corresponding"),
    ("I was second author on 1 oral and 2 posters this year. credits?", "second"),
    ("I gave 1 oral and 2 posters this year as first author. credits?", "first"),
    ("今年以第一作者發表：口頭 3 篇、壁報 1 篇，積分？", "first"),
    ("去年我以第二作者发表口头报告 2 篇和壁报 2 篇，积分多少？", "second"),
    ("今年以通訊作者身分，發表口頭 1 篇、壁報 1 篇，幾分？", "corresponding"),
    ("今年口頭 2 篇、壁報 2 篇，我是第一作者，積分？", "first"),
])
def test_a_role_said_of_a_list_is_every_items(question, role):
    got = [it for it in _items(question) if it["kind"] == "presentation"]
    assert len(got) == 2 and all(it.get("role") == role for it in got)


def test_a_role_said_of_a_list_is_said_so():
    got = reader_call("以第一作者發表口頭 2 篇、壁報 1 篇，今年積分？", TALLY)
    assert any("第一作者" in n.zh and "各項" in n.zh for n in got.notes)


@pytest.mark.parametrize(("question", "roles"), [
    # a role said after the first item only: the posters' stays the default (the person's own presentation)
    ("I presented 2 orals as first author and 1 poster this year. credits?", ["first", "presenter"]),
    # each item its own role
    ("今年一作口頭 2 篇、二作壁報 1 篇，積分？", ["first", "second"]),
    # a role said of a part
    ("今年口頭 2 篇、壁報 1 篇，其中 1 篇我是第一作者，積分？", ["presenter", "presenter"]),
    ("2 orals and 1 poster this year, one of them as second author. credits?", ["presenter", "presenter"]),
    # a relative clause of the last item only
    ("I presented 2 orals this year and 1 poster that I was second author on. credits?", ["presenter", "second"]),
])
def test_a_role_of_one_item_or_a_part_is_not_the_lists(question, roles):
    assert [it.get("role") for it in _items(question) if it["kind"] == "presentation"] == roles


# 2. a running total after the latest one
@pytest.mark.parametrize(("question", "count"), [
    ("上禮拜又去了一次月會，今年月會總共 9 次了，積分多少？", 9),
    ("這個月又跑了一次月會，今年月會累積 5 次了，積分？", 5),
    ("这个月又去了一次月会，今年累计 6 次，积分多少？", 6),
    ("Went to another monthly meeting yesterday, that makes 6 this year. credits?", 6),
    ("Just back from another monthly meeting, 4 so far this year. credits?", 4),
    ("Went to one more monthly meeting today, which brings me to 8 this year. points?", 8),
])
def test_a_running_total_after_the_latest_one_is_the_count(question, count):
    assert [it for it in _items(question) if it["kind"] == "tsa_monthly_meeting"] == [{"kind": "tsa_monthly_meeting", "count": count}]


@pytest.mark.parametrize(("question", "counts"), [
    ("今年月會去了 5 次，這個月又去了 1 次，積分？", [6]),  # said one after the other: added
    ("月會 3 次、年會 1 次，總共 4 次，今年積分？", [3]),  # a total after several kinds
    ("這個月又去了一次月會，去年總共 7 次，積分多少？", [1, 7]),  # another year's total
])
def test_counts_that_are_no_running_total_keep_their_reading(question, counts):
    assert [it["count"] for it in _items(question) if it["kind"] == "tsa_monthly_meeting"] == counts


@pytest.mark.parametrize(("question", "reply", "total"), [
    ("這週又參加了一次月會，今年月會已經累積好幾次，年會也有去，今年積分多少？", "總共 6 次", 180),
    ("这个月又跑了一次月会，今年月会加起来好几次了，积分多少？", "7", 140),
    ("Went to another monthly meeting this week, that makes quite a few this year, plus the annual meeting. credits?", "8", 220),
])
def test_a_vague_running_total_is_asked_and_the_reply_fills_it(engine, question, reply, total):
    first, second = _ask(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert second.route == "calculator" and second.tool_calls[0].result["total"] == total


# 3. a role said of one listed item named again by the word only it was said with
@pytest.mark.parametrize(("question", "roles"), [
    ("今年口頭 2 篇、壁報 1 篇，壁報我是第二作者，積分？", ["presenter", "second"]),
    ("今年口头 1 篇、壁报 2 篇，口头那篇我是通讯作者，积分？", ["corresponding", "presenter"]),
    ("This year 2 orals and 1 poster; on the poster I was second author. credits?", ["presenter", "second"]),
    ("3 posters and 1 oral in 2026 - for the oral I was corresponding author. points?", ["presenter", "corresponding"]),
])
def test_a_role_of_one_listed_item_named_again_is_that_items(question, roles):
    assert [it.get("role") for it in _items(question) if it["kind"] == "presentation"] == roles


def test_a_word_two_items_were_said_with_names_neither():
    # near miss: "壁報" was said of both items — which one is not said; the default stays, no new item
    got = _items("今年壁報 2 篇、壁報 1 篇，壁報我是第二作者，積分？")
    assert [it.get("role") for it in got] == ["presenter", "presenter"]


# 4. a digit before 百 is one figure with what follows it (jf-tsa-015's class)
@pytest.mark.parametrize(("text", "said"), [
    ("六年分數 2百、1百五、90、80、70、60", "200、150、90"),
    ("1百5十分", "150分"),
    ("1百零5例", "105例"),
    ("2千3百例", "2300例"),
])
def test_a_digit_before_hundred_is_one_figure(text, said):
    from bot.parsing.text import Query
    from tests.bot.conftest import TODAY
    assert said in Query(text, TODAY).text


def test_a_rough_hundred_stays_rough():
    from bot.parsing.text import Query
    from tests.bot.conftest import TODAY
    assert "3百多" in Query("做了3百多例", TODAY).text


# 5. a speaker role denied is no speaker (jf-tsa-002's class)
@pytest.mark.parametrize("question", [
    "去年月會4次（只是去聽，沒當講者），積分？",
    "去年月会2次，没有担任讲者，积分多少",
    "Last year 3 monthly meetings (just listened, wasn't a speaker). credits?",
    "This year 2 monthly meetings and I didn't give a talk at either. points?",
])
def test_a_speaker_role_denied_is_no_speaker(question):
    assert all(it["kind"] != "tsa_monthly_speaker" for it in _items(question))


def test_a_speaker_role_said_stays():
    # near miss: the talk given at one of them
    assert any(it["kind"] == "tsa_monthly_speaker" for it in _items("去年月會3次，其中1次當講者，幾分"))


# 6. a year opening a sentence before a small count and its words dates what follows (je-tsa-011's class)
def test_a_year_opening_a_sentence_before_a_count_dates_the_item():
    got = reader_call("2024 was a good year, 2 SCI papers as first author. 2025 one non-SCI, second author. points per year?",
                      TALLY).args["activities"]
    assert [(it["kind"], it["year"]) for it in got] == [("paper_sci", 2024), ("paper_non_sci", 2025)]


# 7. a kind named again under another year's heading with "only" is that year's item (jb-tsa-008's class)
@pytest.mark.parametrize("question", [
    "2025: annual meeting + 3 monthly. 2026: annual meeting only. totals per year?",
    "2025 -> annual congress and 2 monthly meetings. 2026 -> annual congress only. each year?",
])
def test_a_kind_under_another_years_heading_with_only_is_that_years(question):
    got = reader_call(question, TALLY).args["activities"]
    assert [(it["kind"], it["year"]) for it in got if it["kind"] == "tsa_annual_meeting"] == [
        ("tsa_annual_meeting", 2025), ("tsa_annual_meeting", 2026)]


def test_a_kind_named_again_as_the_answers_scope_is_no_item():
    # near miss: "Poster credits only" names what is asked, no year heads it
    got = _items("2025 annual meeting and 2 posters. Poster credits only, please.")
    assert [it["kind"] for it in got] == ["tsa_annual_meeting", "presentation"]


# 8. a meeting held once a year said attended in each of several years: once each, no count asked (ja-tsa-027's class)
def test_an_annual_meeting_attended_in_each_year_named_asks_no_count():
    got = reader_call("去年和今年的年會我都有參加，然後今年還去了2次月會，各年幾分？", TALLY)
    assert not got.needs
    assert [(it["kind"], it["year"], it["count"]) for it in got.args["activities"]] == [
        ("tsa_annual_meeting", 2025, 1), ("tsa_annual_meeting", 2026, 1), ("tsa_monthly_meeting", 2026, 2)]


def test_monthly_meetings_attended_every_time_still_ask_how_many():
    # near miss: monthly meetings are held many times a year — how many is asked
    assert [n.key for n in reader_call("前年跟去年的月會我都有去，幾分？", TALLY).needs] == ["count"]
