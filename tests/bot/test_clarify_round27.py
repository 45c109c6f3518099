"""Twenty-seventh round, questions back (SPEC §3 clarify): a needed fact missing is asked for, never filled in.

Classes (each tested with phrasings invented here, not the bank's):
1. One's own month's count said only as large with no "了" ("這個月拍超多", "做了一堆乳攝" without a figure, "shot a ton of
   mammos"), checked against the cap: the count is asked for — never the cap quoted with a yes / no; the reply completes it.
2. One count said for several credit kinds together ("月會跟年會加起來去了 5 次", "7 meetings, annual and monthly combined"):
   how many of each is asked — never the count given to one kind and the other taken as once; a reply giving each kind's
   count takes the joint count's place (never added to it). A total said after each kind's own count stays a check.
3. A count of one's own said vaguely ("好幾次", "幾十例", "a bunch of", "dozens of") where the reading still needs that count,
   with a figure or a yes / no of one's own asked ("夠了嗎", "how many more do I need"): the count is asked for — never the
   rule's threshold quoted with a yes; the reply completes the calculation.
4. The facility's year named by its limit in English ("the annual limit", "yearly cap") beside the radiographers' work days,
   its screenings not given: the year's screenings are asked for — never an unrelated clause quoted with a "Yes".
5. A reply to a vague count ("發了幾篇") that lists the items one by one in its unit, no total said ("一篇一作，一篇二作"):
   their count takes the vague words' place and the items describe them — read, never asked again. A total said first
   and then its breakdown ("3次，2次國內1次國外") is one count, never added up again.
6. One radiographer of several said to work the whole year with 個 ("一個做整年", "一个做全年"), the other's days not given:
   the whole year is read for that one, the other's days asked; the reply naming the other completes the list.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


def _call(answer, tool: str):
    return next(c for c in answer.tool_calls if c.name == tool)


# ---------------------------------------------------------------- 1. one's own month's count said only as large


@pytest.mark.parametrize("question", [
    "我這個月照超多，會不會超過每月上限？",
    "这个月筛得很多，会不会超过上限啊",
    "本月拍了一大堆，有沒有超過上限",
    "I've screened a ton this month - am I over the monthly cap?",
    "did way too many mammos this month, will I go over the limit?",
])
def test_a_count_said_only_as_large_is_asked_for(ask, question):
    a = ask(question)
    assert a.route == "clarify", a.answer[:200]
    assert not a.tool_calls
    assert any(m.startswith(("monthly_screenings", "vague:")) for m in a.missing), a.missing


@pytest.mark.parametrize(("question", "reply", "over"), [
    ("我這個月照超多，會不會超過每月上限？", "520 案", True),
    ("I've screened a ton this month - am I over the monthly cap?", "480", False),
])
def test_the_reply_completes_the_cap_check(engine, question, reply, over):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    assert second.route == "calculator", second.answer[:200]
    assert _call(second, "hpa_radiographer_volume").result["over_monthly_cap"] is over


# ---------------------------------------------------------------- 2. one count said for several kinds together


@pytest.mark.parametrize("question", [
    "月會跟年會加起來去了5次，幾分？",
    "年會和月會一共參加 6 次，積分多少",
    "今年年会加月会总共去了7次，能拿几分",
    "Went to 7 TSA meetings this year, annual and monthly combined. Credits?",
    "annual and monthly meetings combined: 9 this year, how many credits?",
])
def test_a_joint_count_of_several_kinds_is_asked_apart(ask, question):
    a = ask(question)
    assert a.route == "clarify", a.answer[:200]
    assert not a.tool_calls
    assert any(m.startswith("activities") for m in a.missing), a.missing


def test_a_total_after_each_kinds_count_is_a_check(ask):
    a = ask("年會 1 次、月會 3 次，加起來 4 次，幾分？")
    assert a.route == "calculator", a.missing
    assert _call(a, "tsa_credit_tally").result["total"] == 120


@pytest.mark.parametrize(("question", "reply", "total"), [
    ("月会和年会一共参加 6 次，积分多少", "年会2次，月会4次", 200),
    ("年會跟月會加起來總共去了8次，這樣幾分？", "年會 1 次、月會 7 次", 200),
    ("Went to 7 TSA meetings this year, annual and monthly combined. Credits?", "1 annual meeting and 6 monthly meetings", 180),
])
def test_the_reply_takes_the_joint_counts_place(engine, question, reply, total):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    assert second.route == "calculator", second.answer[:200]
    assert _call(second, "tsa_credit_tally").result["total"] == total


# ---------------------------------------------------------------- 3. a vague count standing for a fact still needed


@pytest.mark.parametrize("question", [
    "國際會議有去好幾次，加上放射科教育積分110，換證夠了嗎",
    "国际会议去了好几次，再加上放射科教育积分100，换证够了吗",
    "近六年RFA做了幾十例，專科12年，可以申請消融的指導老師嗎？",
    "I've done dozens of RFAs in the last 6 years, how many more do I need for the ablation instructor cert?",
    "Did a bunch of TACEs over the past few years - how many more until I can be a tumour embolization instructor?",
])
def test_a_vague_count_still_needed_is_asked_for(ask, question):
    a = ask(question)
    assert a.route == "clarify", a.answer[:200]
    assert not a.tool_calls
    assert any(m.startswith("vague:") for m in a.missing), a.missing


@pytest.mark.parametrize(("question", "reply", "tool", "field", "value"), [
    ("国际会议去了好几次，再加上放射科教育积分100，换证够了吗", "6次", "tsir_renewal_check", "points", 190),
    ("I've done dozens of RFAs in the last 6 years, how many more do I need for the ablation instructor cert?",
     "150, and I've been a specialist for 11 years", "tsir_instructor_eligibility", "eligible", False),
])
def test_the_reply_gives_the_vague_count(engine, question, reply, tool, field, value):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    assert second.route == "calculator", second.answer[:200]
    assert _call(second, tool).result[field] == value


# ---------------------------------------------------------------- 4. the facility's annual limit named in English


@pytest.mark.parametrize("question", [
    "Two RTs, both on staff the full year (365 days). Are we over the annual limit?",
    "3 techs: 365, 365 and 200 days. Are we over the yearly cap?",
    "Both our RTs were here all 365 days - did we exceed the annual cap?",
])
def test_the_annual_limit_asks_the_years_screenings(ask, question):
    a = ask(question)
    assert a.route == "clarify", a.answer[:200]
    assert any(m.startswith("annual_screenings") for m in a.missing), a.missing


def test_the_reply_completes_the_annual_limit(engine):
    first, second = ask_and_reply(engine, "Both our RTs were here all 365 days - did we exceed the annual cap?", "13,250")
    assert first.route == "clarify"
    assert second.route == "calculator", second.answer[:200]
    assert _call(second, "hpa_facility_volume").result["excess_cases"] == 50


# ---------------------------------------------------------------- 5. a reply listing the vague count's items one by one


@pytest.mark.parametrize(("question", "reply", "tool", "field", "value"), [
    ("今年發了幾篇SCI，外科積分多少？", "一篇一作，兩篇其他作者", "tsa_credit_tally", "total", 60),
    ("今年发了几篇SCI论文，外科学分能拿多少？", "一篇一作，一篇二作", "tsa_credit_tally", "total", 60),
    ("近六年發了幾篇SCI，换证积分够吗？", "一作2篇，其他作者1篇", "tsir_renewal_check", "points", 95),
])
def test_a_reply_listing_the_items_completes_the_vague_count(engine, question, reply, tool, field, value):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    assert second.route == "calculator", second.answer[:200]
    assert _call(second, tool).result[field] == value


def test_a_total_then_its_breakdown_is_not_added_up(engine):
    first, second = ask_and_reply(engine, "去年在月會講了幾次，積分多少？", "3次，2次國內1次國外")
    assert first.route == "clarify"
    assert all(a["count"] == 3 for a in _call(second, "tsa_credit_tally").args["activities"])


# ---------------------------------------------------------------- 6. one of them said to work the whole year with 個


@pytest.mark.parametrize(("question", "reply", "days"), [
    ("兩個放射師，一個整年都在，另一個年中才來，全年篩 7000 案，超量了嗎", "另一位 180 天", [365, 180]),
    ("两个放射师，一个做全年，另一个下半年才到职，今年共筛9000例，有没有超量", "另一个 150 天", [365, 150]),
])
def test_the_whole_year_of_one_is_read_and_the_others_days_asked(engine, question, reply, days):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    assert any(m.startswith("radiographer_work_days") for m in first.missing), first.missing
    assert second.route == "calculator", second.answer[:200]
    assert sorted(_call(second, "hpa_facility_volume").args["radiographer_work_days"]) == sorted(days)
