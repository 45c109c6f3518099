"""Round 49, layout and unread-word classes (layout49), through the mechanisms that read them.

1. Lines of a list, each an item with its length and its count (either order, hr / hrs / h / 小時 / 鐘頭, bullets -, •, *, 1.,
   ①), are every one an item (`bot.parsing.layout.inline_lists`); a line's leading dash is a bullet, no dash heading; the ask
   after a last line of "1 場" is the list's sum (`bot.routing._asks_rate`).
2. A pasted table of scores (pipes, tabs, CSV, space-aligned) is one labelled line per row (`table_rows`).
3. The people of a list counted again in words ("兩個人", "the two of them") are the list's size: read when they agree,
   asked when they differ.
4. A space after a count of months parts two trainings (a training at a medical centre after one abroad).
5. The radiology society's points given as a figure in our instructor's renewal are its cme_points; that society's own
   credits or certificate stay out of scope.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.layout import inline_lists, read_layout, table_rows
from bot.parsing.text import Query
from bot.routing import _asks_rate
from bot.scope import out_of_scope_marker
from tests.bot.conftest import reader_call

TODAY = datetime.date(2026, 12, 6)


# ------------------------------------------------------------------------ 1. lines of lengths and counts

@pytest.mark.parametrize(("text", "line"), [
    ("研討會:\n- 2hr 的 3 場\n- 4hr 的 2 場\n幾分", "研討會: 2hr 的 3 場、4hr 的 2 場"),
    ("研討會\n• 3 場 2 小時\n• 1 場 4 鐘頭", "研討會: 3 場 2 小時、1 場 4 鐘頭"),
    ("Seminars:\n* 2 hrs x 2\n* 4h x 1\nTotal?", "Seminars: 2 hrs x 2, 4 hrs x 1."),
    ("研討會\n① 2hr 的 2 場\n② 1 小時 1 場", "研討會: 2hr 的 2 場、1 小時 1 場"),
    ("研討會\n1. 2小時 1 場\n2. 3小時 2 場", "研討會: 2小時 1 場、3小時 2 場"),
])
def test_lines_of_lengths_and_counts_are_one_list(text, line):
    assert line in inline_lists(text)


@pytest.mark.parametrize("text", [
    "研討會：\n- 2hr 的 3 場\n幾分",  # one line: no list
    "兩個問題\n1. 國際會議一次幾分\n2. 我今年去了 3 次國際會議，總共算幾分",  # numbered questions hold no lengths
    "- 月會 3 次\n- 年會 1 次",  # counts with no length: read as they are
    "(1) 2 小時 3 場\n(2) 4 小時 1 場",  # "(1)" numbers the questions of a message
])
def test_other_lines_are_left_as_they_are(text):
    assert inline_lists(text) == text


def test_a_line_dash_is_a_bullet_not_a_dash_heading():
    assert "場: 4hr" not in Query("清單：\n- 2hr 的 3 場\n- 4hr 的 2 場", TODAY).text
    assert "月會: 3" in Query("月會 - 3 次", TODAY).text  # (a dash inside a line still heads the figure after it)


@pytest.mark.parametrize(("cues", "rate"), [
    ("研討會:\n2小時的 3 場\n4小時的 2 場\n3.5 小時的 1 場\n可以算多少", False),
    ("研討會 1 場可以算多少", True),  # a count of one asked alone: the rate
    ("研討會:\n- 4hr 1 場\n可以算多少", True),  # (one line: no list before it)
])
def test_a_last_line_of_one_asks_the_lists_sum(cues, rate):
    assert _asks_rate(cues) is rate


@pytest.mark.parametrize(("question", "items"), [
    ("陳醫師 2025 年院外研討會：\n- 1.5hr 的 2 場\n- 3hr 的 1 場\n- 2 小時 1 場\n共幾分", [(2, 1.5), (1, 3), (1, 2)]),
    ("今年国内研讨会：\n* 2 场 1 小时\n* 1 场 5 小时\n多少学分", [(2, 1), (1, 5)]),
    ("Local seminars in 2025:\n- 3 of 2 hrs\n- 1 of 4 hrs\nhow many credits?", [(3, 2), (1, 4)]),
    ("Seminars this year:\n• 2h seminars: 2\n• 4h seminars: 1\ntotal?", [(2, 2), (1, 4)]),
])
def test_every_line_is_an_item(question, items):
    acts = reader_call(question, "tsa_credit_tally").args["activities"]
    assert [(a["count"], a["hours"]) for a in acts] == items


# ------------------------------------------------------------------------ 2. pasted tables

@pytest.mark.parametrize(("text", "rows"), [
    ("| 技術師 | 非緻密 | 緻密 |\n|---|---|---|\n| 甲 | 350 | 362 |\n| 乙 | 368 | 341 |",
     ["- 甲: 非緻密 350、緻密 362", "- 乙: 非緻密 368、緻密 341"]),
    ("name,non-dense,dense\nWu,352,347\nLin,344,355", ["- Wu: non-dense 352, dense 347", "- Lin: non-dense 344, dense 355"]),
    ("技術師\t非緻密\t緻密\nA\t330\t345", ["- A: 非緻密 330、緻密 345"]),
    ("姓名    非緻密    緻密\n陳      355       349", ["- 陳: 非緻密 355、緻密 349"]),
])
def test_table_rows_are_labelled_lines(text, rows):
    assert table_rows(text).split("\n") == rows


@pytest.mark.parametrize("text", [
    "| 時數 | 場次 |\n| 2 | 3 |",  # two columns, no row label: no table of a person's figures
    "月會 3 次、年會 1 次",
    "放射師甲 365 天, 乙 200 天",  # a sentence with commas is no table
])
def test_other_text_is_no_table(text):
    assert table_rows(text) == text


@pytest.mark.parametrize(("question", "non_dense", "dense"), [
    ("機構自選片：\n| 技術師 | 非緻密 | 緻密 |\n| 甲 | 350 | 362 |\n| 乙 | 368 | 341 |", [350, 368], [362, 341]),
    ("Facility self-selected:\n| RT | non-dense | dense |\n|--|--|--|\n| Wu | 352 | 347 |\n| Lin | 344 | 355 |", [352, 344], [347, 355]),
    ("机构自选片：\n放射师,非致密,致密\n小王,361,358\n小李,349,366", [361, 349], [358, 366]),
])
def test_a_table_of_scores_is_the_facilitys_sets(question, non_dense, dense):
    args = reader_call(question, "hpa_image_grade").args
    assert args["scores"] == {"non_dense": non_dense, "dense": dense}


def test_read_layout_keeps_plain_text():
    text = "今年月會 3 次、年會 1 次，積分多少？"
    assert read_layout(text) == text


# ------------------------------------------------------------------------ 3. the people counted again in words

@pytest.mark.parametrize("question", [
    "放射師A全年工作320天、B請產假只做了200天，兩個人今年總共拍了九千案，超量嗎？",
    "Rad A worked 310 days and rad B 240 days; the two of them did 9,800 mammograms this year. over?",
    "放射师甲 300 天、乙 260 天，这两个人去年一共拍了 9000 例，超量吗",
])
def test_the_lists_people_said_again_agree(question):
    ext = reader_call(question, "hpa_facility_volume")
    assert not ext.needs and len(ext.args["radiographer_work_days"]) == 2


@pytest.mark.parametrize("question", [
    "放射師甲 365 天、乙 200 天，三個人今年共篩 12000 案，有超量嗎",
    "Our radiographers worked 300 and 250 days; all 3 of them screened 10000 this year. over?",
])
def test_a_different_count_of_people_is_asked(question):
    ext = reader_call(question, "hpa_facility_volume")
    assert [n.key for n in ext.needs] == ["radiographer_work_days"]


# ------------------------------------------------------------------------ 4. trainings parted by a space

@pytest.mark.parametrize(("question", "kinds"), [
    ("去年出國受訓2個月 回國後在醫學中心進修1個月 積分?", [("training_abroad", 2), ("training_domestic", 1)]),
    ("今年國外進修 1 個月 之後在醫學中心再進修 2 個月 幾分", [("training_abroad", 1), ("training_domestic", 2)]),
])
def test_a_space_parts_two_trainings(question, kinds):
    acts = reader_call(question, "tsa_credit_tally").args["activities"]
    assert [(a["kind"], a["months"]) for a in acts] == kinds


def test_a_training_not_at_a_medical_centre_is_set_aside():
    ext = reader_call("去年出國受訓2個月 回國後在區域醫院進修1個月 積分?", "tsa_credit_tally")
    assert [a["kind"] for a in ext.args["activities"]] == ["training_abroad"]
    assert any(why == "condition_unmet" for *_, why in ext.set_aside)


# ------------------------------------------------------------------------ 5. the radiology society's points in our renewal

@pytest.mark.parametrize("question", [
    "換證積分：SCI 原著一作 1 篇、國內 oral 2 次，再加放射科學會積分 50，有到 200 嗎",
    "换证：国外讲师 1 次、SCI case report 通讯 1 篇，放射科学会那边拿了 90 分，够吗",
    "指導老師換證：國內演講 2 次，放射線醫學會的學分有 120 分，夠嗎",
])
def test_radiology_society_points_in_our_renewal_are_ours(question):
    q = Query(question, TODAY)
    assert out_of_scope_marker(q) is None
    assert reader_call(question, "tsir_renewal_check").args["cme_points"] in (50, 90, 120)


@pytest.mark.parametrize("question", [
    "放射科學會的積分 40 分要怎麼申請？",
    "放射科學會那邊的換證規定，積分要幾分？",
    "放射線醫學會積分 60、國內演講 2 次，放射線專科醫師證書換證夠嗎",
])
def test_the_radiology_societys_own_rules_stay_out(question):
    assert out_of_scope_marker(Query(question, TODAY)) in ("other_society", "other_certificate")
