"""Round 56 (calcdev56t): surgical CME classes found on the blind development banks, tested with other wording.

1. A role said of all the items just counted, joined by "and I'm / I was" ("3 SCI papers and I'm first author on all 3"),
   is the whole said again — never more papers; a part of them ("on one of them") stays a part.
2. One more item of the kind just listed, added with its article ("…, and a case report where I'm corresponding") is an
   item of its own, never a detail of the item before it.
3. Attending the meeting where the presentations were given, said as a gerund ("plus attending the meeting ofc") or as
   "I also attended the meeting", is counted; asked about, or denied, it is not.
4. The yearly cap on papers asked aside ("另外問一下論文一年是不是有上限？") is no figure: 一年 is the cap's period.
5. Facts of two calculations stated once before two questions: each part computes its own (the six years named as the
   period are no figure of the window either).
6. A reduction asked beside one's whole renewal case and its verdict is the check computed; asked alone it is the rule's.
7. A surgery-related society's meeting said not to be the training curriculum's is 5.10's.
8. The deadline supposed missed beside one's dated window is answered by the window (its late end), computed.
9. The renewal said as 延期 with "when can I apply" is the window's: the expiry date is asked.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.parts import supposes_lateness
from tests.bot.conftest import ask_and_reply as _ask
from tests.bot.conftest import calculator_call, reader_call

TALLY = "tsa_credit_tally"


def _items(question):
    return [{k: v for k, v in it.items() if k != "year"} for it in reader_call(question, TALLY).args["activities"]]


def _decision(question: str):
    from bot.parsing.text import Query
    from bot.routing import decide_calculation
    from tests.bot.conftest import TODAY
    d = decide_calculation(Query(question, TODAY))
    return None if d is None else (d.route, d.extraction.tool if d.extraction is not None else None)


# 1. the role said of all of them, joined by "and I'm"
@pytest.mark.parametrize(("question", "item"), [
    ("Three SCI papers this year and I'm first author on all three. points?", {"kind": "paper_sci", "count": 3, "role": "first"}),
    ("I had 2 non-SCI papers last year and I was first author on both", {"kind": "paper_non_sci", "count": 2, "role": "first"}),
    ("Four SCI papers in 2025 and I'm corresponding author on all four. points?",
     {"kind": "paper_sci", "count": 4, "role": "corresponding"}),
])
def test_a_role_said_of_all_after_and_is_no_more_items(question, item):
    assert _items(question) == [item]


def test_a_role_said_of_a_part_after_and_stays_a_part():
    # near miss: "on one of them" is a part, its role given, the rest's asked
    got = reader_call("2 SCI papers this year and I'm first author on one of them", TALLY)
    assert sum(it["count"] for it in got.args["activities"]) == 2
    assert [n.key for n in got.needs] == ["role"]


# 2. one more item added with its article
@pytest.mark.parametrize(("question", "last"), [
    ("non-SCI papers this year: first author x1, other author x3, and a case report where I'm corresponding. pts?",
     {"kind": "paper_non_sci", "count": 1, "role": "corresponding", "case_report": True}),
    ("non-SCI papers this year: first author 1, other author 3, plus a case report where I was the corresponding author",
     {"kind": "paper_non_sci", "count": 1, "role": "corresponding", "case_report": True}),
    ("SCI papers: first author x2, and a case report where I'm second author",
     {"kind": "paper_sci", "count": 1, "role": "second", "case_report": True}),
])
def test_a_case_report_added_with_its_article_is_an_item_of_its_own(question, last):
    items = _items(question)
    assert items[-1] == last
    assert not any(it.get("case_report") for it in items[:-1])


def test_a_case_report_said_of_the_ones_counted_stays_their_detail():
    # near miss: "one of them" carves a part; "(one was a case report)" in brackets too — no item added
    items = _items("2 SCI papers as first author, and one of them a case report")
    assert sum(it["count"] for it in items) == 2


# 3. the meeting attended, said after the presentations given there
@pytest.mark.parametrize("question", [
    "At the TSA annual meeting I gave 2 orals as first author, plus attending the meeting ofc. total?",
    "At the TSA annual meeting I gave 2 orals as first author. I also attended the meeting, of course.",
    "At the TSA annual meeting I gave 2 orals as first author. I attended the meeting too.",
    "At the TSA annual meeting I gave 2 orals as first author, and of course attending it",
])
def test_the_meeting_attended_said_after_its_presentations_is_counted(question):
    assert {"kind": "tsa_annual_meeting", "count": 1} in _items(question)


@pytest.mark.parametrize("question", [
    "At the TSA annual meeting I gave 2 orals as first author. Is attending the meeting counted too?",
    "At the TSA annual meeting I gave 2 orals as first author but I wasn't attending the meeting",
])
def test_the_meeting_asked_about_or_denied_is_not_counted(question):
    assert all(it["kind"] == "presentation" for it in _items(question))


# 4. the yearly cap on papers asked aside
@pytest.mark.parametrize("question", [
    "SCI 兩篇：一篇我是二作而且是 case report，另一篇我是通訊作者。另外問一下論文一年是不是有上限？總共能算多少",
    "今年非SCI論文兩篇都是第一作者，順便問論文一年有沒有上限？共幾分",
])
def test_the_cap_period_asked_aside_is_no_figure(engine, question):
    a = _ask(engine, question)
    calculator_call(a, TALLY)
    assert "tsa-cme/5.8" in [c.id for c in a.citations]
    assert not any(m.startswith("unread:") for m in a.missing)


def test_a_length_before_a_cap_word_is_no_cap_period():
    # near miss: a training's length said before 最多 is a length (read or asked as before), never the cap's period
    assert reader_call("去美國進修1年最多可以拿幾分？", TALLY).set_aside == []


# 5. shared facts of two calculations, one question each
@pytest.mark.parametrize("question", [
    "My surgery specialist certificate runs out 2027-03-31. Yearly credits over the 6 years were 80, 110, 95, 100, 90, 105. "
    "Can I renew? And when does the application window open?",
    "My surgical certificate expires 2027-03-31. Credits over the 6 years were 80, 110, 95, 100, 90, 105. "
    "When does the application window open?",
])
def test_shared_facts_before_two_questions_compute_both(engine, question):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.missing, a.answer[:300])
    assert calculator_call(a, "tsa_renewal_check").result["total"] == 580
    assert calculator_call(a, "renewal_window").result["opens"] == "2026-09-30"


# 6. the reduction asked beside one's whole renewal case and its verdict
@pytest.mark.parametrize("question", [
    "I was posted with the overseas medical mission for 18 months. credits per yr: 80, 60, 20, 40, 100, 160. "
    "does that reduce what I need, and am I ok to renew?",
    "I served 12 months on the overseas medical mission; credits each year 90, 80, 100, 85, 95, 70. "
    "Does that lower what I need, and can I renew?",
])
def test_a_reduction_asked_with_the_verdict_of_a_whole_case_is_computed(question):
    assert _decision(question) == ("calculator", "tsa_renewal_check")


def test_a_reduction_asked_alone_stays_the_rules():
    # near miss: no credits of one's own — the rule's pro-rata reduction is quoted
    assert _decision("I was posted with the overseas medical mission for 18 months. Does that reduce what I need for renewal?") is None


# 7. the training curriculum's fields denied
@pytest.mark.parametrize("question", [
    "我今年去了一個外科相關但不在訓練基準裡的學會年會，然後本會月會一次，幾分？",
    "今年參加了不在訓練課程基準裡的外科相關學會年會一次，月會一次，幾分？",
    "今年去了一個外科相關但不屬於訓練課程基準的學會年會，月會一次",
])
def test_a_surgery_related_meeting_said_not_to_be_the_curriculums_is_5_10(question):
    assert _items(question) == [{"kind": "other_surgical_society_meeting", "count": 1},
                                {"kind": "tsa_monthly_meeting", "count": 1}]


# 8. the deadline supposed missed
@pytest.mark.parametrize("question", [
    "我的外科專科醫師證書到 116年6月30日，最早哪天可以送展延？最晚又是哪天？如果真的來不及呢",
    "My surgical cert expires 2027-06-30. Earliest day to file? And what if I miss it?",
    "外科專科醫師證書 2027/6/30 到期，最晚哪天要送？要是錯過了呢",
])
def test_the_deadline_supposed_missed_is_answered_by_the_window(engine, question):
    a = _ask(engine, question)
    assert calculator_call(a, "renewal_window").result["late_until"] == "2028-06-30"
    assert not any(m.startswith("what_if:") for m in a.missing)


@pytest.mark.parametrize(("words", "late"), [
    ("如果真的來不及呢", True), ("what if I miss it?", True), ("要是錯過了怎麼辦", True),
    ("如果是 117年到期呢", False), ("what if it expires in 2028?", False), ("如果核准呢", False),
])
def test_supposes_lateness(words, late):
    assert supposes_lateness(words) is late


# 9. 延期 with "when can I apply"
@pytest.mark.parametrize("question", ["我的外科專科醫師證書什麼時候可以申請延期？", "我的外科专科医师证书什么时候可以开始申请延期啊？"])
def test_a_renewal_said_as_yanqi_asks_the_expiry(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify" and a.pending_call is not None and a.pending_call.name == "renewal_window"
    assert any(m.startswith("expiry_date") for m in a.missing)


def test_a_renewal_said_as_yanqi_with_the_six_years_is_the_check(engine):
    # near miss: the six years' credits given, whether it can be renewed asked — the check
    a = _ask(engine, "我的外科專科醫師證書六年積分100、100、100、100、100、100，可以申請延期嗎？")
    assert calculator_call(a, "tsa_renewal_check").result["eligible"] is True
