"""Round 37: counts said as times after the activity, and role counts said before the role's word — each class with
wordings of our own (none a case's):

1. a count of times said after the activity ("上了兩次", "去了兩趟", "上了三回", "twice", "took it twice" pointing back
   at the course just named) binds to that activity: a course credited by the hours taken N times is N × its hours;
   趟 / 回 after a verb of going or taking are 次 (月會去了兩趟 was read as one meeting); "兩回事", "回國", "上一回" stay words;
2. another person's claim of what a rule gives ("our ER guy said ATLS is only worth 10", "同事說 ATLS 只算 10 分") is set
   aside as theirs: never added to the person's own count, listed in `unused`;
3. a count said between the verb of a role served and the role's word ("當過 3 次 TACE session 的座長", "擔任過三次…主持人")
   is the count of that role: TSIR lectures in the domain (article 1(2)); in the surgical tally a monthly meeting's
   speaker turns ("月會當過 2 次講者") stay a role of the meetings, never more meetings — also after a question back.
Near misses: "2 門課共 8 小時" and "two 4-hour courses" are not read as N × hours; a total of hours after N times is asked.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import standard_forms

TODAY = datetime.date(2026, 12, 4)


def _call(answer, name):
    (call,) = [c for c in answer.tool_calls if c.name == name]
    return call


def _items(call):
    return sorted((it["kind"], it.get("count", 1), it.get("year"), it.get("hours")) for it in call.args["activities"])


def _reply(engine, question, reply):
    from bot.answer import Conversation, Turn

    first = engine.answer(question, None, today=TODAY)
    return first, engine.answer(reply, Conversation(turns=[Turn(question=question, answer=first)]), today=TODAY)


# ----------------------------------------------------- 1. times said after the activity

@pytest.mark.parametrize(("question", "items", "total"), [
    ("I took a 4-hour course twice in 2026. How many credits?", [("hours", 2, 2026, 4)], 24),
    ("The 3-hour cadaver course at our hospital is credited by hours. I did it twice in 2025 and went to 2 monthly "
     "meetings that year. Credits?", [("hours", 2, 2025, 3), ("tsa_monthly_meeting", 2, 2025, None)], 58),
    ("2026年4小時的課程上了兩次，幾分？", [("hours", 2, 2026, 4)], 24),
    ("2026年上了2次4小時的課程，幾分？", [("hours", 2, 2026, 4)], 24),
    ("醫院的4小時實作課程是按時數認定的，我今年(2026)上了兩次，另外月會去了1次，總共幾分？",
     [("hours", 2, 2026, 4), ("tsa_monthly_meeting", 1, 2026, None)], 44),
    ("医院的3小时实作课程按时数认定，我2025年上了三回，另外月会去了2次，一共几分？",
     [("hours", 3, 2025, 3), ("tsa_monthly_meeting", 2, 2025, None)], 67),
    ("2026年月會去了兩趟，年會去了一回，幾分？", [("tsa_annual_meeting", 1, 2026, None), ("tsa_monthly_meeting", 2, 2026, None)], 100),
    ("2025年月会跑了三趟，一共几分？", [("tsa_monthly_meeting", 3, 2025, None)], 60),
    ("2026年4小時的課程上了1次，月會去了兩趟，幾分？", [("hours", 1, 2026, 4), ("tsa_monthly_meeting", 2, 2026, None)], 52),
])
def test_times_said_after_the_activity_bind_to_it(engine, question, items, total):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsa_credit_tally")
    assert _items(call) == sorted(items)
    assert call.result["total"] == total


@pytest.mark.parametrize(("text", "written"), [
    ("月會去了兩趟", "月會去了兩次"),
    ("年會參加過兩回", "年會參加過兩次"),
    ("跑了2趟", "跑了2次"),
    ("這是兩回事", "這是兩回事"),
    ("上一回審查", "上一回審查"),
    ("回國後", "回國後"),
    ("來回兩趟", "來回兩趟"),
])
def test_tang_and_hui_after_a_verb_of_going_are_times(text, written):
    assert standard_forms(text) == written


@pytest.mark.parametrize("question", [
    "2026年上了2門課共8小時，幾分？",
    "I took two 4-hour courses in 2026. How many credits?",
    "2026年時數課程上了2次，共8小時，幾分？",
    "In 2026 I took an hours-credited course 2 times, 8 hours in total. Credits?",
])
def test_courses_counted_otherwise_are_not_read_as_times_of_their_hours(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "clarify", (a.route, a.answer[:300])
    assert not a.tool_calls


# ----------------------------------------------------- 2. another person's claim of a rule's value

@pytest.mark.parametrize(("question", "items", "total", "claimed"), [
    ("I did ATLS 3 times in 2025 and attended 4 monthly meetings. Our ER guy said ATLS is only worth 10. What is my 2025 "
     "total?", [("atls", 3, 2025, None), ("tsa_monthly_meeting", 4, 2025, None)], 170, "10"),
    ("I did the ATLS course 3 times in 2025 and attended 4 monthly meetings; a colleague told me ATLS counts 10 points. "
     "What's my 2025 total?", [("atls", 3, 2025, None), ("tsa_monthly_meeting", 4, 2025, None)], 170, "10"),
    ("2024年ATLS上了兩次，月會去了12次。同事說ATLS只算10分？到底幾分？",
     [("atls", 2, 2024, None), ("tsa_monthly_meeting", 12, 2024, None)], 300, "10"),
    ("2024年ATLS上了兩回，月會去了12次，學長說ATLS才給10分，真的嗎？總共幾分",
     [("atls", 2, 2024, None), ("tsa_monthly_meeting", 12, 2024, None)], 300, "10"),
    ("2025年ATLS去了三趟，月会去了4次，听说ATLS只有10分？总共几分",
     [("atls", 3, 2025, None), ("tsa_monthly_meeting", 4, 2025, None)], 170, "10"),
    ("My colleague said monthly meetings are worth 10 points each. I went to 5 monthly meetings in 2025. Total?",
     [("tsa_monthly_meeting", 5, 2025, None)], 100, "10"),
])
def test_another_persons_claim_of_a_rules_value_is_set_aside(engine, question, items, total, claimed):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsa_credit_tally")
    assert _items(call) == sorted(items)
    assert call.result["total"] == total
    assert any(claimed in u for u in a.unused), a.unused


def test_another_persons_own_count_is_still_asked(engine):
    # (near miss: "my friend went to 3" is no claim of a rule's value — the figure stays a question)
    a = engine.answer("I went to 5 monthly meetings in 2025 and my friend went to 3. Total?", None, today=TODAY)
    assert a.route == "clarify"


# ----------------------------------------------------- 3. the count of a role served, said before the role's word

@pytest.mark.parametrize(("question", "domain", "lectures", "eligible"), [
    ("专科4年，消融做了50例，我在介入年会担任过3次消融专场的主持人，可以申请消融指导老师吗？", "ablation", 3, True),
    ("血管介入80例，專科7年，擔任過三場血管介入研討會的座長，能申請血管介入指導老師嗎？", "vascular_intervention", 3, True),
    ("消融病例60例，專科5年，當過2次消融session的座長，能申請消融指導老師嗎？", "ablation", 2, False),
    ("TACE 才 100 例，專科 6 年，不過在國外會議當過 4 次 TACE 場次的座長，可以申請腫瘤栓塞指導老師嗎？", "tumor_embolization", 4, True),
    ("I've been a specialist for 5 years with 70 ablation cases, and I served as moderator of ablation sessions 3 times "
     "at TSIR meetings. Can I apply to be an ablation instructor?", "ablation", 3, True),
    ("Ablation 60 cases, specialist 4 years, I chaired 3 ablation sessions at the TSIR annual meeting. Eligible for "
     "ablation instructor?", "ablation", 3, True),
])
def test_a_role_served_counted_before_its_word_is_the_lectures(engine, question, domain, lectures, eligible):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsir_instructor_eligibility")
    assert call.args["domain"] == domain and call.args["lectures_in_domain"] == lectures
    assert call.result["eligible"] is eligible
    assert not a.unused


@pytest.mark.parametrize("question", [
    "今年月會去了6次，年會有去，月會當過2次講者。今年總共幾分？",
    "今年月會去了6次，年會有去，月會當了2次講者。今年總共幾分？",
    "今年月会去了6次，年会有去，月会担任过两次讲者。今年一共几分？",
])
def test_speaker_turns_said_after_the_verb_stay_a_role_of_the_meetings(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsa_credit_tally")
    assert _items(call) == sorted([("tsa_monthly_meeting", 6, 2026, None), ("tsa_annual_meeting", 1, 2026, None),
                                   ("tsa_monthly_speaker", 2, 2026, None)])
    assert call.result["total"] == 220


@pytest.mark.parametrize(("question", "reply"), [
    ("月會今年去幾次真的記不得了，年會有參加，月會當過3次講者，今年幾分？", "月會去了 7 次"),
    ("月会今年去了几次记不清，年会有去，月会担任过三次讲者，今年几分？", "7次"),
    ("This year I went to some monthly meetings, not sure how many, plus the annual meeting, and I spoke at 3 of the "
     "monthly meetings. Total for this year?", "I went to 7 monthly meetings"),
])
def test_after_a_question_back_the_speaker_turns_stay_a_role(engine, question, reply):
    first, a = _reply(engine, question, reply)
    assert first.route == "clarify"
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsa_credit_tally")
    assert _items(call) == sorted([("tsa_monthly_meeting", 7, 2026, None), ("tsa_annual_meeting", 1, 2026, None),
                                   ("tsa_monthly_speaker", 3, 2026, None)])
    assert call.result["total"] == 7 * 20 + 60 + 3 * 20


@pytest.mark.parametrize(("text", "told"), [
    ("Our ER guy said ATLS is only worth 10??", "Our ER guy said ATLS is only worth 10"),
    ("a friend in the ED told me ATLS counts 15 points", "a friend in the ED told me ATLS counts 15 points"),
    ("同事說ATLS只算10分", "同事說ATLS只算10分"),
    ("聽說月會只給10分", "聽說月會只給10分"),
    # (near misses: a figure told of the person is theirs, never set aside)
    ("The secretary says I have 150 points for 2025.", None),
    ("秘書說我今年有150分", None),
])
def test_a_claim_spans_the_words_of_telling_to_the_value(text, told):
    from bot.reader.others import others_spans

    spans = others_spans(text)
    assert [text[a:b] for a, b in spans] == ([told] if told else [])


@pytest.mark.parametrize(("question", "route"), [
    # ("once" opening a clause before its subject is "when": no count — the times of a course are never read from it)
    ("Once our course wraps up, how many days do we (the organizers) have to get the sign in sheets back to the surgical "
     "society?", "retrieval"),
    ("Once the workshop ends, how many days do organisers have to return the sign-in sheets?", "retrieval"),
    ("I went to the annual meeting once and monthly meetings 3 times in 2025. Credits?", "calculator"),
])
def test_once_as_when_is_no_count(engine, question, route):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == route, (a.route, a.answer[:300])
