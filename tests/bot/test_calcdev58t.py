"""Round 58 (calcdev58t): surgical CME classes found on the blind development banks, tested with other wording.

1. The last of a whole after a part was carved out ("3 posters, two of them first author, the third one 3rd author",
   "第三篇", "最後一篇") is the rest of the count, as "the other" is — author places only; an ordinal that is not the
   whole's last, or a meeting's "the third one I only attended", stays as it was.
2. A year heading with a colon typed after a space inside a line ("113年：… 114年：…", "… 2 monthly 2025: …") opens a
   section of its own; a year after a preposition ("seminars in 2025:") or 民國 does not.
3. A duration restated as its whole in brackets ("(full 3 months, …)", "（足足3個月）") is no new figure.
4. A calendar year named as one of the six years ("with 2026 as the 6th year", "2026年當第六年", "2026 being year 6") is no
   yearly figure (nor "year 6"'s 6), and the chain from a tally part fills that year.
5. A paper said published in its journal ("論文發表在SCI期刊", "SCI論文發表了") is no 5.6 presentation.
6. Smaller ones: a count of 0 is no item; "(I'm first)" is the first author; " & " joins as "and"; the meeting's attendance
   counted apart (另外算 / 分開算) is left out; a resident's training year (R1, PGY2) is no count; a question's markers
   glued to 請問 ("請問(1)… (2)…") are no counts.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.parsing.layout import year_sections
from bot.parsing.numbers import find_quantities
from bot.parsing.text import the_other
from tests.bot.conftest import reader_call

TALLY = "tsa_credit_tally"


def _items(question):
    return [{k: v for k, v in it.items() if k != "year"} for it in reader_call(question, TALLY).args["activities"]]


# 1. the last of a whole
@pytest.mark.parametrize(("text", "expected"), [
    ("3 posters: two of them as first author, the third one as 3rd author", "the other one as 3rd author"),
    ("4 papers. 3 of them I'm first author, the last one I'm co-author", "the other one I'm co-author"),
    ("壁報3篇，其中2篇我是第一作者，第三篇我是第二作者", "另一篇我是第二作者"),
    ("論文3篇，其中兩篇一作，最後一篇是通訊作者", "另一篇是通訊作者"),
])
def test_the_last_of_a_whole_is_the_other(text, expected):
    assert expected in the_other(text)


@pytest.mark.parametrize("text", [
    "3 posters, 1 of them as first author, the second one as 3rd author",  # not the whole's last
    "2 posters, one of them first author, the 3rd author on the other",  # an author's place
    "月會去了3次，其中2次當講者，第三次只有聽",  # no author place
    "3 posters as first author, the third one was a case report",  # no part carved out before it
])
def test_other_ordinals_are_left_as_they_are(text):
    assert the_other(text) == text


def test_nested_parts_and_the_third_one_read_three_items():
    got = _items("had 3 posters at the congress. two of them I'm first author (one of those two is a case report), "
                 "the third one I'm just the 3rd author on. credits?")
    assert [(it["role"], it.get("case_report", False), it["count"]) for it in got] == \
        [("first", False, 1), ("first", True, 1), ("other", False, 1)]


# 2. year sections
@pytest.mark.parametrize(("text", "expected"), [
    ("113年：年會1次、月會2次 114年：月會3次", "113年：年會1次、月會2次；114年：月會3次"),
    ("annual 1, monthly 2 2025: monthly 3", "annual 1, monthly 2; 2025: monthly 3"),
])
def test_a_year_heading_inside_a_line_opens_a_section(text, expected):
    assert year_sections(text) == expected


@pytest.mark.parametrize("text", ["Local seminars in 2025: 3 of 2 hrs", "民國 113年：月會4次", "專科 10年：RFA 100", "2024年： a\n2025年：b"])
def test_no_section_where_the_year_is_the_headings_own(text):
    assert year_sections(text) == text


def test_year_sections_keep_each_years_items():
    got = reader_call("幫我分年算 113年：年會1次、月會2次 114年：國際會議2次、月會3次 每年各幾分？", TALLY).args["activities"]
    assert [(it["kind"], it["count"], it["year"]) for it in got] == [
        ("tsa_annual_meeting", 1, 2024), ("tsa_monthly_meeting", 2, 2024),
        ("international_meeting", 2, 2025), ("tsa_monthly_meeting", 3, 2025)]


# 4. a year named as one of the six
@pytest.mark.parametrize(("question", "credits"), [
    ("previous five years: 110, 100, 95, 120, 105 — with 2026 as the 6th year at 90, can I renew?", [110, 100, 95, 120, 105, 90]),
    ("前五年 100、110、120、90、100，2026年當第六年是85分，可以換證嗎？", [100, 110, 120, 90, 100, 85]),
    ("yr 1 100, yr 2 100, yr 3 100, yr 4 100, yr 5 100, yr 6 80, can I renew", [100, 100, 100, 100, 100, 80]),
])
def test_a_year_named_as_one_of_the_six_is_no_figure(question, credits):
    assert reader_call(question, "tsa_renewal_check").args["yearly_credits"] == credits


# 5. a paper published in its journal
@pytest.mark.parametrize(("question", "kind"), [
    ("今年有一篇論文發表在SCI期刊，我是第一作者，幾分？", "paper_sci"),
    ("今年有一篇SCI论文发表了，我是第一作者，能给几分？", "paper_sci"),
    ("去年有兩篇論文刊登在外科醫學會雜誌，都是第一作者，幾分？", "paper_sci"),
    ("今年有一篇非SCI的論文發表了，我是通訊作者，幾分？", "paper_non_sci"),
])
def test_a_paper_published_in_its_journal_is_no_presentation(question, kind):
    assert [it["kind"] for it in _items(question)] == [kind]


# 6. smaller ones
def test_a_count_of_zero_is_no_item():
    assert _items("月會今年參加了8次、年會0次，今年外科積分共幾分") == [{"kind": "tsa_monthly_meeting", "count": 8}]


def test_the_byline_place_said_short_in_brackets():
    got = _items("non-SCI journals this yr: one original article (I'm first) and one case report (first author). credits?")
    assert [it["role"] for it in got] == ["first", "first"]


def test_an_ampersand_joins_as_and():
    got = _items("2026: urology assoc annual meeting (2 days) & paediatric surgery annual meeting (1 day). credits?")
    assert [it.get("days") for it in got] == [2, 1]


@pytest.mark.parametrize("question", [
    "外科醫學會年會我投了2篇poster都是第一作者，這樣發表的部分幾分？年會本身的出席分另外算",
    "今年年會去了，發表了2篇壁報都是一作，年會出席的分數分開算，壁報幾分？",
])
def test_the_attendance_counted_apart_is_left_out(question):
    assert [it["kind"] for it in _items(question)] == ["presentation"]


@pytest.mark.parametrize("text", ["an oral that my R2 presented", "PGY1 住院醫師"])
def test_a_residents_training_year_is_no_quantity(text):
    assert find_quantities(text) == []


def test_markers_glued_to_the_question_are_no_counts():
    got = _items("月會今年去了4次，SCI一篇我是一作。請問(1)月會幾分 (2)論文幾分 (3)合計?")
    assert [(it["kind"], it["count"]) for it in got] == [("tsa_monthly_meeting", 4), ("paper_sci", 1)]


@pytest.mark.parametrize("question", ["今年有去外科年會也有去5次月會，積分多少？", "今年去了年會也去了5次月會，積分？"])
def test_also_attended_joins_the_next_kind(question):
    assert [(it["kind"], it["count"]) for it in _items(question)] == [("tsa_annual_meeting", 1), ("tsa_monthly_meeting", 5)]


def test_the_rules_requirement_asked_to_be_lowered_is_no_fact():
    got = reader_call("18 months on a govt medical mission in my cert period. My 6 yrs: 90, 80, 100, 70, 85, 95. "
                      "Does the mission time reduce the 600 and can I renew?", "tsa_renewal_check")
    assert got.args["overseas_mission_months"] == 18


def test_how_long_ago_is_no_figure(engine):
    a = engine.answer("Background: moved here from Manila 3 yrs ago. This year 2 monthly meetings, credits?")
    assert a.route == "calculator" and a.tool_calls[0].result["total"] == 40
