"""Twenty-sixth round (second half): no default for a missing fact (SPEC §3: "a fact the user did not state is never
filled in").

Classes (each tested with phrasings invented here):
1. An activity named with how many left open — an English plural with no count ("went to monthly meetings", "presented
   posters", "attended international meetings"), or the doing said in Chinese with no count ("國際會議也有去", "也有發表
   海報", "有去研討會") — was read as one. The count is asked, naming the words; the same question with the count
   given computes; a bare count in reply ("2 次", "3") completes it. The TSA annual meeting, held once a year, said
   attended ("年會有去") is that one meeting.
2. A van's count for one day ("乳攝車一天篩了 100 案") was read as the facility's year with one radiographer working one
   day (the "一天" taken for a list of work days): a confidently wrong excess. It is the van's daily count; the number of
   radiographers on the van, not stated, is asked — and with it given, the daily cap is computed.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply, reader_call


def _call(answer, tool: str):
    return next(c for c in answer.tool_calls if c.name == tool)


def _count_asked(answer) -> list[str]:
    return [m for m in answer.missing if m.startswith("count:")]


# ---------------------------------------------------------------- 1. how many left open: asked, never one


@pytest.mark.parametrize(("question", "words"), [
    ("今年月會去了 5 次，國際會議也有去，積分合計多少？", "國際會議也有去"),
    ("今年年會有去，也有參加國內研討會，每場 3 小時，幾分？", "也有參加國內研討會"),
    ("今年月会 2 次，也有发表海报，学分多少？", "也有發表海報"),
    ("Went to the annual meeting and monthly meetings this year. Total credits?", "monthly meetings"),
    ("I attended international meetings and 4 monthly meetings this year. How many TSA credits?", "international meetings"),
    ("Went to the TSA annual meeting and presented posters there this year, credits?", "posters"),
])
def test_an_activity_with_how_many_left_open_is_asked(ask, question, words):
    a = ask(question)
    assert a.route == "clarify", (a.route, a.tool_calls)
    asked = _count_asked(a)
    # (asked by these words, or by the question back for every kind's count where no kind has one)
    assert asked and words in asked[0] or any(m.startswith("activities:") and "how many" in m.lower() for m in a.missing), a.missing
    assert not a.tool_calls


@pytest.mark.parametrize("question", [
    "TSIR 指導老師換證：SCI full article 一作 2 篇，國外會議也有參加，夠 200 分嗎？",
    "Instructor renewal: 2 SCI full articles as first author, and I attended international meetings. Enough points?",
])
def test_the_instructor_renewal_asks_an_open_count_too(ask, question):
    a = ask(question)
    assert a.route == "clarify", (a.route, a.tool_calls)
    assert _count_asked(a), a.missing


@pytest.mark.parametrize(("question", "kinds"), [
    ("今年月會去了 5 次，國際會議也去了 2 次，積分合計多少？", {"tsa_monthly_meeting": 5, "international_meeting": 2}),
    ("今年月会 2 次，也发表了 3 张海报，学分多少？", {"tsa_monthly_meeting": 2, "presentation": 3}),
    ("I attended 2 international meetings and 4 monthly meetings this year. How many TSA credits?",
     {"international_meeting": 2, "tsa_monthly_meeting": 4}),
    ("Monthly meetings: 6. International meetings: 1. Credits this year?", {"tsa_monthly_meeting": 6, "international_meeting": 1}),
])
def test_the_same_with_the_count_given_computes(ask, question, kinds):
    a = ask(question)
    assert a.route == "calculator", a.missing
    got = {it["kind"]: it["count"] for it in _call(a, "tsa_credit_tally").args["activities"]}
    assert got == kinds


@pytest.mark.parametrize("question", [
    "今年年會有去，月會去了 3 次，幾分？",
    "今年去了年會，積分多少？",
    "I went to the annual meeting this year and 2 monthly meetings. Credits?",
])
def test_the_annual_meeting_said_attended_is_the_one(ask, question):
    a = ask(question)
    assert a.route == "calculator", a.missing
    rows = _call(a, "tsa_credit_tally").args["activities"]
    assert next(it for it in rows if it["kind"] == "tsa_annual_meeting")["count"] == 1


@pytest.mark.parametrize(("question", "reply", "kind", "count"), [
    ("今年月會 3 次，國際會議也有去，總共幾分？", "2 次", "international_meeting", 2),
    ("今年月會 3 次，國際會議也有去，總共幾分？", "國際會議 1 次", "international_meeting", 1),
    ("I attended the annual meeting and international meetings this year. Credits?", "3", "international_meeting", 3),
])
def test_a_reply_gives_the_open_count(engine, question, reply, kind, count):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and _count_asked(first)
    assert second.route == "calculator", second.missing
    rows = _call(second, "tsa_credit_tally").args["activities"]
    assert next(it for it in rows if it["kind"] == kind)["count"] == count


def test_the_reader_asks_rather_than_reading_one():
    """The reader itself leaves the count open (a need), whichever route picks it up."""
    read = reader_call("今年月會 4 次，國外研討會也有參加，幾分？", "tsa_credit_tally")
    assert any(n.key == "count" for n in read.needs)


# ---------------------------------------------------------------- 2. a van's day count is no year of work days


@pytest.mark.parametrize("question", [
    "巡迴車一天篩了 110 案，會不會超過？",
    "乳摄车每天拍 95 人，超标了吗？",
    "乳攝車單日照了 88 位，這樣 OK 嗎？",
    "Our mammography van screens 105 a day, is that over?",
])
def test_a_vans_day_count_asks_how_many_radiographers(ask, question):
    a = ask(question)
    assert a.route == "clarify", (a.route, [(c.name, c.args) for c in a.tool_calls])
    assert any(m.startswith("radiographers_on_van:") for m in a.missing), a.missing
    assert not any(c.name == "hpa_facility_volume" for c in a.tool_calls)


@pytest.mark.parametrize(("question", "daily", "people"), [
    ("巡迴車上 3 位放射師，一天篩了 110 案，會不會超過？", 110, 3),
    ("乳摄车两位放射师，每天拍 95 人，超标了吗？", 95, 2),
    ("Our mammography van has 2 radiographers and screens 105 a day, is that over?", 105, 2),
])
def test_the_same_with_the_radiographers_given_computes(ask, question, daily, people):
    a = ask(question)
    assert a.route == "calculator", a.missing
    call = _call(a, "hpa_radiographer_volume")
    assert (call.args["daily_screenings_on_van"], call.args["radiographers_on_van"]) == (daily, people)


@pytest.mark.parametrize("question", [
    "do overseas congresses get me more credits than domestic ones?",
    "Are posters worth as many credits as oral presentations?",
    "Can seminars abroad count toward the renewal?",
])
def test_a_kind_asked_of_in_general_leaves_no_count_open(ask, question):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.missing)
