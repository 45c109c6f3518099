"""Round 38 (authors38): author positions, a seminar credited by the hour, the one part asked — each class with wordings
of our own (none a case's):

1. a kind named with no count, then its count said with the author's position ("年會壁報，我第一作者的有兩篇", "SCI 論文，
   一作兩篇", "first author on two") is that item's count and role, so a part said next ("其中一篇是病例報告", "one of them
   a case report") splits the N; another author said as more ("另外還有一篇我是第三作者", "one more where I'm third
   author") is a presentation of its own (earning 0 under 5.6); the meeting named as the presentations' ("年會的壁報",
   "年會我以第一作者身份發表了…") is their place, no attendance. Near misses: "壁報 2 篇，1 篇我是二作" (the 1 may be one of
   the 2) is asked, never a third poster; a count said with its role in the kind's own clause reads as before.
2. a seminar said to be credited by the hour (按時數認定, 以時數計, "credited by the hour", "hour-based") is article 10's
   course by hours (3 an hour); with no such statement, or with it denied, it stays 5.5's 5 / 10.
3. the points of ONE part of the activities asked ("論文可以拿幾分", "發表的部分", "what do the posters give me?") lead the
   answer from the tally's `by_part`, the whole after; the whole asked (一共, "in total") has no part first.
"""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 12, 4)


def _call(answer):
    (call,) = [c for c in answer.tool_calls if c.name == "tsa_credit_tally"]
    return call


def _items(call):
    return sorted((it["kind"], it.get("count", 1), it.get("role"), bool(it.get("case_report")), it.get("hours"))
                  for it in call.args["activities"])


P, N, S = "presentation", "paper_non_sci", "paper_sci"


# ----------------------------------------------------- 1. the count said with the author's position

@pytest.mark.parametrize(("question", "items", "total"), [
    ("今年外科年會的口頭報告，一作的有三篇，其中一篇是病例報告，另外還有一篇我是第二作者，發表積分幾分？",
     [(P, 2, "first", False, None), (P, 1, "first", True, None), (P, 1, "second", False, None)], 25),
    ("今年年会的壁报，两篇是我一作的，其中一篇是病例报告，另外还有一篇我是第三作者，能拿几分？",
     [(P, 1, "first", False, None), (P, 1, "first", True, None), (P, 1, "other", False, None)], 15),
    ("Posters at this year's TSA annual meeting: first author on two, one of them a case report, and one more where I'm "
     "third author. How many credits?",
     [(P, 1, "first", False, None), (P, 1, "first", True, None), (P, 1, "other", False, None)], 15),
    ("年會壁報，第一作者兩篇，其中一篇是病例報告，幾分？", [(P, 1, "first", False, None), (P, 1, "first", True, None)], 15),
    ("年會的壁報，一作2篇，幾分？", [(P, 2, "first", False, None)], 20),
    ("2025年非SCI期刊的論文，二作的有兩篇，其中一篇是病例報告，論文幾分？",
     [(N, 1, "second", False, None), (N, 1, "second", True, None)], 22.5),
    ("non-SCI papers in 2025: corresponding author on two, one of them a case report. credits?",
     [(N, 1, "corresponding", False, None), (N, 1, "corresponding", True, None)], 45),
    ("今年SCI论文，通讯作者的有两篇，其中一篇是病例报告，几分？",
     [(S, 1, "corresponding", False, None), (S, 1, "corresponding", True, None)], 75),
    ("SCI論文，第一作者兩篇，其中一篇是病例報告，幾分？", [(S, 1, "first", False, None), (S, 1, "first", True, None)], 75),
    ("這次年會我以第一作者的身份報告了4篇壁報，發表能拿幾分？", [(P, 4, "first", False, None)], 30),
    # near misses: the count said with its role in the kind's own clause, as before
    ("年會壁報我第一作者的有兩篇，幾分？", [(P, 2, "first", False, None)], 20),
    ("SCI論文我第一作者的有兩篇，另外一篇我是第二作者，幾分", [(S, 2, "first", False, None), (S, 1, "second", False, None)], 125),
])
def test_a_count_said_with_its_author_position_is_the_items(engine, question, items, total):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a)
    assert _items(call) == sorted(items)
    assert sum(r["raw"] for r in call.result["breakdown"]) == total  # (before the yearly caps)


@pytest.mark.parametrize("question", [
    "年會壁報2篇，1篇我是第二作者，幾分？",
    "SCI論文2篇，1篇我是第二作者，幾分？",
    "年會壁報，有一篇是一作，幾分？",
])
def test_a_part_that_may_be_one_of_the_counted_is_never_another_item(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route != "calculator" or all(sum(it.get("count", 1) for it in c.args["activities"]) <= 2 for c in a.tool_calls), \
        (a.route, [c.args for c in a.tool_calls])


# ----------------------------------------------------- 2. a seminar credited by the hour

@pytest.mark.parametrize(("question", "items", "total"), [
    ("去年參加一個4小時的工作坊，學會是按時數認定的，另外ATLS一次，幾分？", [("atls", 1), ("hours", 4)], 42),
    ("参加了一个5小时的研习会，学会按时数认定，一共几分？", [("hours", 5)], 15),
    ("Went to a 3-hour seminar, credited by the hour, plus 2 monthly meetings. Total?", [("hours", 3), ("tsa_monthly_meeting", 2)], 49),
    ("a 6 hr workshop (hour-based credit) and ATLS. how many credits", [("atls", 1), ("hours", 6)], 48),
    ("參加了一場3小時的研討會，以時數計，幾分？", [("hours", 3)], 9),
    # near misses: no statement, or the statement denied — 5.5
    ("參加了一場3小時的研討會，幾分？", [("domestic_seminar", 1)], 10),
    ("參加了一場4小時的研討會，不是按時數認定的，幾分？", [("domestic_seminar", 1)], 10),
    ("Went to a 3-hour seminar plus 2 monthly meetings. Total?", [("domestic_seminar", 1), ("tsa_monthly_meeting", 2)], 50),
])
def test_a_seminar_said_credited_by_the_hour_is_a_course_by_hours(engine, question, items, total):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a)
    assert sorted((it["kind"], it["hours"] if it["kind"] == "hours" else it.get("count", 1))
                  for it in call.args["activities"]) == sorted(items)
    assert call.result["total"] == total


# ----------------------------------------------------- 3. the one part asked

@pytest.mark.parametrize(("question", "part", "value", "total", "words"), [
    ("今年月會去了3次，SCI一作1篇，論文可以拿幾分？", "papers", 50, 110, "論文 50 分"),
    ("今年月会去了4次，另外SCI一作1篇、壁报一作2篇，发表的部分能算几分？", "presentations", 20, 150, "20 分"),
    ("This year: 3 monthly meetings, 1 SCI paper as first author and 2 posters as first author. What do the posters give me?",
     "presentations", 20, 130, "20 credits"),
    ("今年去了年會，也在年會發表了2篇壁報（一作），出席積分幾分？", "attendance", 60, 80, "60 分"),
    ("This year I attended the annual meeting and presented 2 posters as first author there, plus 1 SCI paper as first "
     "author. How much for the papers?", "papers", 50, 130, "50 credits"),
])
def test_the_one_part_asked_leads_the_answer(engine, question, part, value, total, words):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a)
    assert call.result["by_part"][part] == value and call.result["total"] == total
    first = a.answer.splitlines()[0]
    assert words in first and str(total) in first
    assert first.index(words) < first.index(str(total))


@pytest.mark.parametrize("question", [
    "今年月會去了4次，另外SCI一作1篇、壁報一作2篇，一共幾分？",
    "今年月會去了4次，SCI一作1篇，幾分？",
    "Went to 2 monthly meetings and presented 1 poster as first author. How many credits in total?",
    "今年SCI一作1篇、非SCI通訊1篇，論文這塊幾分？",  # every activity is the part asked: the total is it
])
def test_the_whole_asked_has_no_part_first(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert "您問的部分" not in a.answer and "part you ask" not in a.answer


@pytest.mark.parametrize(("question", "parts"), [
    ("發表能拿幾分", {"presentations"}),
    ("論文這塊可以拿幾分", {"papers"}),
    ("发表论文的部分几分", {"papers"}),
    ("How much for the papers?", {"papers"}),
    ("what do the posters give me?", {"presentations"}),
    ("出席積分幾分", {"attendance"}),
    ("病例報告那篇幾分", set()),
    ("一共幾分", set()),
    ("出席加發表總共幾分", set()),
    ("How many credits in total?", set()),
    ("壁報2篇幾分", set()),
])
def test_parts_named_in_the_asking_clause(question, parts):
    from calculators.render_tsa import parts_asked

    assert parts_asked(question) == parts


def test_the_tally_gives_its_credits_by_part_after_the_caps():
    from calculators.tsa_cme import TsaCreditTallyInput, tsa_credit_tally

    r = tsa_credit_tally(TsaCreditTallyInput.model_validate({"activities": [
        {"kind": "paper_sci", "role": "first", "count": 2, "year": 2026},
        {"kind": "presentation", "role": "first", "count": 1, "year": 2026},
        {"kind": "tsa_monthly_meeting", "count": 1, "year": 2026}]}))
    assert r.by_part == {"papers": 60, "presentations": 10, "attendance": 20}
    assert sum(r.by_part.values()) == r.total
