"""Round 47 (lists47): lists and groups of facts, read whole.

1. 各 / each / 都 / both said once after a list of kinds with no count of their own gives every listed kind the count
   (text: `distribute_each` with the verbs of going and "N times each"; reader: `items._each_of_listed_kinds`,
   `items._each_after_list`); people, a total word or a kind with its own count keep their reading.
2. Rows pasted one per person for a calculation that pools them (a facility's self-selected sets) are one call; a score
   ending a row is no head count of the label opening the next.
3. A count gone through one by one ("兩堂課… 一堂4小時 一堂6小時", "5 場，3 場…，2 場…") is its items, the count their total.
4. A count of persons or things before numbered parts is how many parts (`parts.parts_counted`), one that differs is
   asked about; persons lettered (member A, 會員甲) are parts asked of each; "radiographer 2" is a label, no figure.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import distribute_each
from bot.parts import parts_count_differs, parts_count_said, parts_counted, split_parts
from tests.bot.conftest import calculator_calls, reader_call


def _items(call):
    return [(it["kind"], it.get("count", 1)) for it in call.args["activities"]]


# ------------------------------------------------------------------------ 1. each over a list of kinds

@pytest.mark.parametrize(("text", "read"), [
    ("年會、月會今年各跑了2次", "年會 2 次、月會今年 2 次"),
    ("去年年會、月會各參加過3次", "去年年會 3 次、月會 3 次"),
    ("年會跟月會今年各都有去2次", "年會 2 次、月會今年 2 次"),
    ("I went to the annual and monthly meetings 2 times each", "I went to the annual meetings 2 times and monthly meetings 2 times"),
    ("both the annual congress and the monthly meeting, 2 times each", "both the annual congress 2 times and the monthly meeting 2 times"),
])
def test_each_gives_every_listed_kind_the_count(text, read):
    assert distribute_each(text) == read


@pytest.mark.parametrize("text", [
    "我跟同事各去了1次",  # people, one count each
    "國外會議、國內研討會各講過1次",  # what was done there: the items reader's own
    "my colleague and I went 2 times each",
    "I attended 3 seminars, 2 hours each",  # a length each, the count its own
])
def test_each_of_people_or_of_a_length_is_left_as_it_is(text):
    assert distribute_each(text) == text


@pytest.mark.parametrize("question", [
    "今年年會、月會都去了兩次，幾分",
    "年會和月會，今年都各去了兩次，幾分",
    "went to both the annual meeting and monthly meeting this year — 2 times each. credits?",
    "I attended the annual meeting and the monthly meeting, each of them twice this year. credits?",
    "annual mtg & monthly mtg this year: twice each. how many credits",
])
def test_a_count_said_of_each_listed_kind_in_the_reader(question):
    assert _items(reader_call(question, "tsa_credit_tally")) == [("tsa_annual_meeting", 2), ("tsa_monthly_meeting", 2)]


def test_a_kind_with_its_own_count_keeps_it():
    call = reader_call("今年年會去了1次，月會、國際會議各2次，幾分？", "tsa_credit_tally")
    assert _items(call) == [("tsa_annual_meeting", 1), ("tsa_monthly_meeting", 2), ("international_meeting", 2)]


def test_a_total_with_the_list_is_no_count_each(ask):
    a = ask("年會、月會今年都有去，總共去了4次，幾分？")
    assert a.route == "clarify"


def test_each_of_people_is_my_count(ask):
    assert calculator_calls(ask("我跟同事今年各去了2次月會，我的積分多少？")) == [
        ("tsa_credit_tally", {"activities": [{"kind": "tsa_monthly_meeting", "count": 2, "year": 2026}]})]


# ------------------------------------------------------------------------ 2. rows per person, pooled

ROWS = [
    ("本院自選片：\n王放射師 非緻密 350、緻密 346\n李放射師 非緻密 371、緻密 352\n機構評等？",
     {"non_dense": [350, 371], "dense": [346, 352]}),
    ("our facility's self-selected image grade? sets by radiographer:\nRT Wu: non-dense 348, dense 341\nRT Tsai: non-dense 362, dense 355",
     {"non_dense": [348, 362], "dense": [341, 355]}),
    ("医院自选片评等多少？三位放射师：\n甲 非致密 355、致密 341\n乙 非致密 368、致密 338\n丙 非致密 362、致密 359",
     {"non_dense": [355, 368, 362], "dense": [341, 338, 359]}),
]


@pytest.mark.parametrize(("question", "scores"), ROWS)
def test_rows_of_a_pooled_calculation_are_one_call(ask, question, scores):
    calls = calculator_calls(ask(question))
    assert calls == [("hpa_image_grade", {"subject": "facility", "kind": "self_selected", "scores": scores})]


def test_a_score_ending_a_row_is_no_head_count():
    call = reader_call("facility self-selected grade:\nRT Wu: non-dense 348, dense 341\nRT Tsai non-dense 362, dense 355",
                       "hpa_image_grade")
    assert call.args["scores"] == {"non_dense": [348, 362], "dense": [341, 355]}


# ------------------------------------------------------------------------ 3. a count gone through one by one

@pytest.mark.parametrize(("question", "hours"), [
    ("院內兩堂課是用時數認定的 一堂4小時 一堂6小時，積分多少", [4, 6]),
    ("两门按时数认定的课程：一门3小时，另一门5小时，积分？", [3, 5]),
    ("院內三堂按時數認定的課 一堂2小時 一堂3小時 一堂1小時，積分多少", [2, 3, 1]),
])
def test_classes_gone_through_one_by_one(question, hours):
    call = reader_call(question, "tsa_credit_tally")
    assert [(it["kind"], it["hours"]) for it in call.args["activities"]] == [("hours", h) for h in hours]


@pytest.mark.parametrize("question", [
    "今年院外的CME聽了5場，3場都2小時內，2場是半天(大概4hr)，再加上月會2次，幾分？",
    "今年研讨会听了5场，3场都是2小时内，2场是半天（大概4小时），再加上月会2次，几分",
])
def test_a_total_split_into_parts_is_no_extra_item(question):
    call = reader_call(question, "tsa_credit_tally")
    seminars = [(it["count"], it["hours"]) for it in call.args["activities"] if it["kind"] == "domestic_seminar"]
    assert sorted(seminars) == [(2, 4), (3, 2)]


# ------------------------------------------------------------------------ 4. counts before parts, labels

@pytest.mark.parametrize(("preamble", "parts", "words"), [
    ("two ladies to chase:", 2, "two"),
    ("秘書處這邊幫忙核兩位會員 2025 的積分：", 2, "兩位"),
    ("3 patients:", 3, "3"),
])
def test_a_count_before_the_parts_counts_them(preamble, parts, words):
    m = parts_counted(preamble, parts)
    assert m is not None and m.group(0).strip() == words


@pytest.mark.parametrize(("preamble", "parts"), [
    ("two ladies to chase:", 3),  # another figure than the parts
    ("two patients and 2 nurses:", 2),  # two counts: which one is the parts' is not said
    ("幫忙核 2025 年的積分：", 2),  # a year
])
def test_no_count_of_the_parts(preamble, parts):
    assert parts_counted(preamble, parts) is None


def test_the_count_is_taken_out_of_each_part_and_read_as_the_parts():
    question = "two ladies to chase: (1) BI-RADS 0, screened Oct 31 2026; (2) cat 4, screened Sep 30 2026. deadline for each?"
    pieces, numbered = split_parts(question)
    assert numbered and len(pieces) == 2 and not any("two" in p for p in pieces)
    assert parts_count_said(question, 2) == "two"
    assert parts_count_differs(question, 2) is None


def test_a_count_that_differs_from_the_parts_is_asked(ask):
    question = "三位會員幫我看一下：(1) 王醫師 2025 年會1次 (2) 陳醫師 2025 月會3次，各幾分？"
    assert parts_count_differs(question, 2) == "三位"
    a = ask(question)
    assert a.route == "clarify" and any("三位" in m for m in a.missing)


def test_counted_parts_computed(ask):
    a = ask("幫兩位會員算 2025 的積分：(1) 林醫師：年會1、月會3 (2) 張醫師：月會5次。各幾分？")
    assert a.route == "calculator" and [c.result["total"] for c in a.tool_calls] == [120, 100]
    assert a.reading[0].fact == "how many parts" and a.reading[0].value == 2


@pytest.mark.parametrize("question", [
    "two members to check: member A 120/110/100/100/90/90; member B 100,100,100,100,100,100. who can renew?",
    "會員甲：100、100、100、100、100、90；會員乙：200、150、150、50、30、40。誰可以展延？",
])
def test_members_lettered_are_parts(question):
    pieces, numbered = split_parts(question)
    assert numbered and len(pieces) == 2


@pytest.mark.parametrize(("question", "days"), [
    ("Tech 1 worked 365 days, tech 2 worked 180, 9,800 screenings this year — over the reasonable volume?", [365, 180]),
    ("facility volume: radiographer 1 worked 365 days, radiographer 2 worked 200. 11,500 screens. over?", [365, 200]),
    ("放射師1 工作365天、放射師2 工作了200天，全年篩檢11500案，超過幾案？", [365, 200]),
])
def test_a_numbered_radiographer_is_a_label(question, days):
    assert reader_call(question, "hpa_facility_volume").args["radiographer_work_days"] == days


@pytest.mark.parametrize("question", [
    "國際會議1次、年會1次，幾分？",
    "陳醫師:國際會議1次、專科醫學會年會(只開一天)1次，各幾分?",
])
def test_items_listed_each_with_its_count_are_a_tally(ask, question):
    assert calculator_calls(ask(question))[0][0] == "tsa_credit_tally"


def test_one_item_counted_once_still_asks_the_rate(ask):
    assert ask("國際會議一次幾分？").route == "retrieval"
