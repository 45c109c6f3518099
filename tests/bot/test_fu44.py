"""Round 44 second pass (fu44): calculator reading and follow-up replies. Each class with phrasings of its own (zh-TW, zh-CN,
English) and the near misses that must not change:

1. A count given roughly in the question ("200出頭例", "約150例", "200例左右", "about 150 cases", "快 180 例") while another fact
   is asked: the reply's figure of the same unit ("104 例，放專12年") is the exact figure and REPLACES the rough one — never
   added to it (bot/clarify.py `_same_unit_figure`). A reply clause adding ("另外 8 例") still adds; a question with another
   figure of that unit beside the rough one is not guessed at.
2. What one's own items come to, asked before their count ("What do my monthly meetings come to? I went to 7",
   "我的月會算起來多少分？去了7次"): the calculation, the going clause's count the one item's (bot/routing.py `COME_TO`,
   bot/reader/items.py `_WENT_COUNT`); two items named, the count is not guessed. Hours listed for a kind counted by the hour
   ("courses: 4 hours and 2 hours", "課程4小時跟2小時"): one course each (bot/reader/items.py `_detail_runs`).
3. A total of counts said ("總共5次") that the counts listed do not add up to: the question back compares counts with counts,
   never with the credits they come to (bot/engine.py `_stated_count_ask`).
Phrasings written for this test.
"""

from __future__ import annotations

import datetime

import pytest

from tests.bot.conftest import calculator_call, ask_and_reply

TODAY = datetime.date(2026, 12, 5)


def _ask(engine, question):
    return engine.answer(question, None, today=TODAY)




# ----------------------------------------------------------- 1. the reply's exact figure replaces the rough one


@pytest.mark.parametrize(("question", "reply", "cases"), [
    ("血管介入做了200出頭例，可以申請血管介入的指導老師嗎", "208 例，放專12年", 208),
    ("消融做了100出頭例，想申請消融的指導老師", "104 例，放專12年", 104),
    ("血管介入做了約200例，可以申請血管介入的指導老師嗎", "196 例，放專12年", 196),
    ("血管介入做了200例左右，可以申請血管介入的指導老師嗎", "196 例，放專12年", 196),
    ("消融大概做了200例，想申請消融的指導老師", "205例，放專九年", 205),
    ("消融差不多做了 150 例，能申请消融的指导老师吗", "146 例，放专10年", 146),
    ("血管介入做了快200例，可以申請血管介入的指導老師嗎", "196 例，放專12年", 196),
    ("I did about 200 vascular intervention cases, can I apply as instructor for vascular intervention?",
     "208 cases, 12 years as specialist", 208),
    ("I've done roughly 150 ablation cases, can I apply as an ablation instructor?", "148 cases, 11 years as a specialist", 148),
])
def test_a_replys_figure_of_the_rough_ones_unit_replaces_it(engine, question, reply, cases):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer[:300]
    assert calculator_call(final, "tsir_instructor_eligibility").args["cases_last_6_years"] == cases


@pytest.mark.parametrize(("question", "reply"), [
    ("血管介入做了約200例，可以申請血管介入的指導老師嗎", "其中 20 例是洗腎通路，放專12年"),  # a part of it
    ("I did about 200 vascular intervention cases, can I apply as instructor for vascular intervention?", "20 of them were PTA"),
    ("血管介入做了约200例，TACE 50例，可以申请指导老师吗", "208 例，放专12年"),  # another figure of the unit: not guessed
])
def test_a_part_or_an_unplaced_figure_is_no_exact_figure(question, reply):
    from bot.clarify import exact_for_rough

    assert exact_for_rough(question, reply) is None


@pytest.mark.parametrize(("question", "reply", "cases"), [
    # a reply adding to the rough figure adds
    ("血管介入做了約200例，可以申請血管介入的指導老師嗎", "另外 8 例，放專12年", 208),
    # the rough figure was asked as a vague count: the reply's figure fills it, as before
    ("血管介入做了200多例，可以申請血管介入的指導老師嗎", "208 例，放專12年", 208),
])
def test_near_misses_of_the_exact_figure_keep_their_reading(engine, question, reply, cases):
    _, final = ask_and_reply(engine, question, reply)
    assert calculator_call(final, "tsir_instructor_eligibility").args["cases_last_6_years"] == cases


# ----------------------------------------------------------- 2. what one's items come to, the count after; hours listed


@pytest.mark.parametrize(("question", "kind", "count"), [
    ("What do my monthly meetings come to? I went to 7", "tsa_monthly_meeting", 7),
    ("What do my annual meetings come to? I attended 2", "tsa_annual_meeting", 2),
    ("What would my monthly meetings amount to? I went to 5", "tsa_monthly_meeting", 5),
    ("我的月會算起來多少分？去了7次", "tsa_monthly_meeting", 7),
    ("我的月会能折多少学分？参加了7次", "tsa_monthly_meeting", 7),
    ("年會折合幾分？有去 2 次", "tsa_annual_meeting", 2),
])
def test_what_the_items_come_to_with_the_count_after(engine, question, kind, count):
    call = calculator_call(_ask(engine, question), "tsa_credit_tally")
    assert call.args["activities"] == [{"kind": kind, "count": count}], call.args


@pytest.mark.parametrize("question", [
    "月會跟年會算起來多少分？去了7次",  # two items named: whose count is not guessed
    "What do monthly meetings and annual meetings come to? I went to 7",
])
def test_a_going_count_after_two_items_is_not_guessed(engine, question):
    a = _ask(engine, question)
    assert a.route != "calculator", a.tool_calls


@pytest.mark.parametrize("question", [
    "How many credits from the courses alone: 4 hours and 2 hours",
    "Two courses, 4 hours and 2 hours, how many credits?",
    "Courses: 4 hours, 2 hours. How many credits?",
    "光是課程的部分幾分：4小時跟2小時",
    "光是课程能拿几分：4小时和2小时",
    "上了兩堂課，4小時和2小時，幾分？",
])
def test_hours_listed_for_courses_by_the_hour_are_one_course_each(engine, question):
    call = calculator_call(_ask(engine, question), "tsa_credit_tally")
    assert call.args["activities"] == [{"kind": "hours", "hours": 4}, {"kind": "hours", "hours": 2}], call.args
    assert call.result["total"] == 18


@pytest.mark.parametrize(("question", "route"), [
    ("講習會兩場，4小時跟2小時，幾分？", "calculator"),  # as many seminars as hours: one each
    ("講習會三場，4小時跟2小時，幾分？", "clarify"),  # three seminars, two lengths: asked, never one picked
])
def test_hours_listed_for_seminars_keep_their_count_rule(engine, question, route):
    assert _ask(engine, question).route == route


# ----------------------------------------------------------- 3. a wrong total of counts compared with the counts


@pytest.mark.parametrize(("question", "said", "listed"), [
    ("月會3次、年會1次，總共5次，幾分？", "5次", "4次"),
    ("月会3场、年会1场，一共5场，多少学分？", "5場", "4場"),
    ("I went to 3 monthly meetings and 1 annual meeting, 5 in total. How many credits?", "5", "add up to 4"),
    ("I went to 3 monthly meetings and 1 annual meeting, 5 meetings in total. How many credits?", "5", "add up to 4"),
])
def test_a_wrong_total_of_counts_is_compared_with_the_counts(engine, question, said, listed):
    a = _ask(engine, question)
    assert a.route == "clarify" and not a.tool_calls, a.answer[:300]
    assert listed in a.answer and said in a.answer and "120" not in a.answer.split("\n")[0], a.answer[:300]


@pytest.mark.parametrize(("question", "total"), [
    ("月會3次、年會1次，總共4次，幾分？", 120),  # the total of counts agrees: computed
    ("月會3次、年會1次，總共150分，幾分？", 120),  # a total of credits: the credits compared, as before
])
def test_near_misses_of_a_total_said(engine, question, total):
    assert calculator_call(_ask(engine, question), "tsa_credit_tally").result["total"] == total
