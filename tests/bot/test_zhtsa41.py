"""Round 41 (zhtsa41): Chinese surgical-CME calculator questions — each class with phrasings written for this test (none a
blind bank's), zh-TW / zh-CN / English where the class exists, and near misses that must not change:

1. A count of a noun followed by a bracket that only tells its items apart or says what they share ("兩個國際會議（一個在新加坡，
   一個在東京）", "兩個專科醫學會年會（各一天）", "兩個次專科年會（都是兩天的）", "两个国际会议（新加坡和台北各一）"): the count
   before the bracket stands; the bracket's 一個 / 一天 are no counts. A bracket listing the items by kind or name
   ("（胸腔外科兩天、泌尿外科一天）", "（ACS Clinical Congress、亞洲外科 ASA）") still gives the items.
2. One year among the certificate's years said before a mission's length ("中間有一年派駐…整整12個月", "其中一年去了驻外医疗团待了
   八个月", "in one of those years I served 12 months on a medical mission"): which year, not the length — the length after
   it is the mission's.
3. The role said before the kind it is of ("我不是一作，是二作，SCI 一篇", "我是通讯作者，SCI 两篇", "Second author, one SCI
   paper"): the role of the item named next in the same sentence; another role said with a later item stays that item's.
4. A role that only implies another author ("共同作者", "co-authored", "不是一作" alone): read as another author, shown as an
   assumption; said outright ("其他作者", "中間作者", "掛名") no assumption.
5. A six-year sum with no certificate named ("六年积分加起来 640 分，可以换证吗？", "這六年累積700分，可以換證嗎？", "My six years
   add up to 640 credits, can I renew?"): which certificate is asked (one rule); the surgical certificate named (外科專科, 展延)
   asks its six yearly credits. The reply naming a certificate, or the six yearly credits, goes on from there.
6. Training at a hospital that is not a medical centre said beside other activities ("月會3次，另外在區域醫院進修2個月"): the
   other activities are computed, the training is in `unused` as not credited, with why (5.9(2)); a medical centre named keeps
   its training; the training asked alone stays the rule's answer (cond40).
"""

from __future__ import annotations

import datetime

import pytest

from tests.bot.conftest import calculator_call, thread

TODAY = datetime.date(2026, 12, 5)


def _ask(engine, question):
    return engine.answer(question, None, today=TODAY)


def _items(call):
    return sorted((it["kind"], it.get("count", 1), it.get("days"), it.get("role")) for it in call.args["activities"])


# ----------------------------------------------------- 1. a bracket telling the counted items apart

@pytest.mark.parametrize(("question", "items"), [
    ("今年去了兩個國際會議（一個在新加坡，一個在東京），外科學會年會1次，總共幾分？",
     [("international_meeting", 2, None, None), ("tsa_annual_meeting", 1, None, None)]),
    ("今年去了兩個專科醫學會年會（各一天），月會兩次，幾分？",
     [("specialty_annual_meeting", 2, 1, None), ("tsa_monthly_meeting", 2, None, None)]),
    ("今年參加兩個次專科學會年會（都是兩天的），幾分？", [("specialty_annual_meeting", 2, 2, None)]),
    ("两个国际会议（新加坡和台北各一），月会三次，几分？",
     [("international_meeting", 2, None, None), ("tsa_monthly_meeting", 3, None, None)]),
    ("今年參加三場國內研討會（每場兩小時），幾分？", [("domestic_seminar", 3, None, None)]),
    ("This year I went to two international meetings (one in Singapore, one in Taipei) and one TSA annual meeting. Total credits?",
     [("international_meeting", 2, None, None), ("tsa_annual_meeting", 1, None, None)]),
    # near misses: the bracket lists the items by kind or by name — they give the count
    ("今年參加兩個次專科年會（胸腔外科兩天、泌尿外科一天），幾分？",
     [("specialty_annual_meeting", 1, 1, None), ("specialty_annual_meeting", 1, 2, None)]),
    ("今年去了兩個國際會議（ACS Clinical Congress、亞洲外科 ASA），幾分？", [("international_meeting", 2, None, None)]),
])
def test_a_bracket_telling_items_apart_keeps_the_count(engine, question, items):
    assert _items(calculator_call(_ask(engine, question), "tsa_credit_tally")) == items


# ----------------------------------------------------- 2. one of the years, then the mission's length

@pytest.mark.parametrize(("question", "months"), [
    ("證書六年的積分依序是 80、90、100、85、95、70，中間有一年參加醫療團12個月，這樣夠展延嗎？", 12),
    ("六年积分依次是 90、100、80、95、85、60，其中一年去了驻外医疗团待了八个月，能换证吗？", 8),
    ("六年積分 100、90、80、70、60、90，有一年在國外醫療團半年，夠不夠展延？", 6),
    ("My six yearly credits were 80, 90, 100, 85, 95 and 70; in one of those years I served 12 months on a medical mission "
     "abroad. Can I renew?", 12),
    ("Six yearly totals: 120, 100, 90, 110, 95, 85. During one of the six years I was away 8 months with the government "
     "medical mission. Renewal OK?", 8),
    # near miss: an ordinal year ("第三年") was already the year, never a length
    ("六年積分 80、90、100、85、95、70，第三年我去駐外醫療團半年，可以展延嗎？", 6),
])
def test_one_of_the_years_is_no_mission_length(engine, question, months):
    a = _ask(engine, question)
    call = calculator_call(a, "tsa_renewal_check")
    assert call.args["overseas_mission_months"] == months
    assert [c.name for c in a.tool_calls] == ["tsa_renewal_check"]  # (no meeting read from "abroad" beside "one of")


# ----------------------------------------------------- 3. the role said before the kind

@pytest.mark.parametrize(("question", "items"), [
    ("我不是一作，是二作，SCI 一篇。總共多少分", [("paper_sci", 1, None, "second")]),
    ("我是二作，SCI 一篇；非SCI兩篇我是其他作者。幾分",
     [("paper_non_sci", 2, None, "other"), ("paper_sci", 1, None, "second")]),
    ("我是通讯作者，SCI 两篇，几分？", [("paper_sci", 2, None, "corresponding")]),
    ("我當時是第二作者，非SCI論文一篇，幾分？", [("paper_non_sci", 1, None, "second")]),
    ("Second author, one SCI paper; two non-SCI papers as other author. Total?",
     [("paper_non_sci", 2, None, "other"), ("paper_sci", 1, None, "second")]),
    # near misses: the role said after the kind, and a role said with a later item of its own
    ("SCI 一篇我是二作；然後非SCI的有兩篇我掛其他作者。總共多少分",
     [("paper_non_sci", 2, None, "other"), ("paper_sci", 1, None, "second")]),
    ("月會3次，我是一作，SCI 一篇，總共幾分？", [("paper_sci", 1, None, "first"), ("tsa_monthly_meeting", 3, None, None)]),
])
def test_a_role_said_first_is_the_next_items(engine, question, items):
    assert _items(calculator_call(_ask(engine, question), "tsa_credit_tally")) == items


def test_a_role_said_in_another_sentence_is_still_asked(engine):
    a = _ask(engine, "我是二作。SCI 一篇，幾分？")
    assert a.route == "clarify" and any(m.startswith("role") for m in a.missing), (a.route, a.missing)


# ----------------------------------------------------- 4. a role that only implies another author

@pytest.mark.parametrize(("question", "noted"), [
    ("我是共同作者，SCI 論文 2 篇，幾分？", "共同作者"),
    ("SCI 論文 2 篇，我是共同作者，幾分？", "共同作者"),
    ("I co-authored two SCI papers this year. Credits?", "Co-author"),
    ("我不是一作，SCI 一篇，幾分？", "不是第一作者"),
    # near misses: said outright — no assumption
    ("SCI 一篇，我掛其他作者，幾分？", None),
    ("非SCI兩篇我是中間作者，幾分？", None),
    ("我不是一作，是二作，SCI 一篇；然後非SCI的有兩篇我掛其他作者。總共多少分", None),
])
def test_an_implied_other_author_is_shown(engine, question, noted):
    a = _ask(engine, question)
    call = calculator_call(a, "tsa_credit_tally")
    assert any(it.get("role") == "other" for it in call.args["activities"])
    said = [x for x in a.assumptions if "other author" in x or "其他作者」；" in x]
    assert (noted is None and not said) or (noted is not None and any(noted in x for x in said)), a.assumptions


# ----------------------------------------------------- 5. a six-year sum: which certificate

@pytest.mark.parametrize("question", [
    "六年积分加起来 640 分，可以换证吗？",
    "這六年累積700分，可以換證嗎？",
    "6年學分總共610分，這樣可以換證了嗎？",
    "My six years add up to 640 credits, can I renew?",
])
def test_a_six_year_sum_unnamed_asks_which_certificate(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify" and not a.tool_calls
    assert [m.split(":")[0] for m in a.missing] == ["regulation"], a.missing
    assert {"tsa-cme/10", "tsir-instructor/5"} <= {c.id for c in a.citations}


@pytest.mark.parametrize("question", [
    "六年积分加起来 640，可以展延吗？",
    "外科專科醫師六年積分加起來 640 分，可以換證嗎？",
])
def test_a_six_year_sum_of_the_surgical_certificate_asks_each_year(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify" and any(m.startswith("yearly_credits") for m in a.missing), a.missing


@pytest.mark.parametrize(("messages", "tool", "result"), [
    (("六年积分加起来 640 分，可以换证吗？", "外科專科醫師證書", "110、100、100、110、100、120"),
     "tsa_renewal_check", {"eligible": True, "total": 640}),
    (("這六年累積700分，可以換證嗎？", "外科的", "120、100、110、130、120、120"),
     "tsa_renewal_check", {"eligible": True, "total": 700}),
    (("My six years add up to 640 credits, can I renew?", "110, 100, 0, 110, 200, 120"),
     "tsa_renewal_check", {"eligible": False, "total": 640}),
    (("這六年累積700分，可以換證嗎？", "指導老師證書"), "tsir_renewal_check", {"eligible": True}),
])
def test_the_certificate_named_in_reply_goes_on(engine, messages, tool, result):
    last = thread(engine, *messages)[-1]
    call = calculator_call(last, tool)
    assert {k: call.result[k] for k in result} == result


@pytest.mark.parametrize("messages", [
    ("6年學分總共610分，這樣可以換證了嗎？", "指導老師的"),
    ("My six years add up to 640 credits, can I renew?", "the TSIR instructor one"),
])
def test_the_instructor_named_in_reply_asks_its_activities(engine, messages):
    last = thread(engine, *messages)[-1]
    assert last.route == "clarify" and any(m.startswith("activities") for m in last.missing), (last.missing, last.answer[:200])


# ----------------------------------------------------- 6. training outside a medical centre beside other activities

@pytest.mark.parametrize(("question", "items"), [
    ("月會3次，另外在區域醫院進修2個月，總共幾分？", [("tsa_monthly_meeting", 3, None, None)]),
    ("今年年會1次、月會4次，還有在地區醫院受訓三個月，這樣幾分？",
     [("tsa_annual_meeting", 1, None, None), ("tsa_monthly_meeting", 4, None, None)]),
    ("月会5次，另外去诊所进修了1个月，一共几分？", [("tsa_monthly_meeting", 5, None, None)]),
    ("3 monthly meetings this year, plus a 2-month stint at a regional hospital. Total credits?",
     [("tsa_monthly_meeting", 3, None, None)]),
])
def test_training_outside_a_medical_centre_is_set_aside(engine, question, items):
    a = _ask(engine, question)
    assert _items(calculator_call(a, "tsa_credit_tally")) == items
    assert any("不計分" in u or "not credited" in u for u in a.unused), a.unused
    assert any("5(9)(2)" in x or "第五條第九款第二目" in x for x in a.assumptions), a.assumptions


def test_training_at_a_medical_centre_is_computed(engine):
    call = calculator_call(_ask(engine, "月會3次，另外在台大醫院進修2個月，總共幾分？"), "tsa_credit_tally")
    assert ("training_domestic", 1, None, None) in _items(call)


def test_training_outside_a_medical_centre_alone_is_the_rule(engine):
    a = _ask(engine, "在地區醫院進修兩個月，可以拿幾分？")
    assert a.route == "retrieval" and not a.tool_calls
