"""Round 35 (rules routing helper): in-scope rules questions that the scope cues or the routing sent elsewhere — phrasings
of our own, not the eval questions'.

1. A bare specialist certificate renewed after a verb ("回來換專科證書") or beside a medical mission abroad (駐外醫療團) is our
   surgical certificate (tsa-cme/5.14), not another body's.
2. The membership named as the asker's standing ("kept my membership", "會員資格還在") while how a meeting is counted is asked:
   our 第七條 (local meetings abroad count as domestic), not the society's own affairs.
3. A short training stint or a fellowship abroad ("a 2-week fellowship", "不滿一個月的進修") asked with who reviews it: our
   第五條第九款 (the Education Committee), not a residency question; the reviewer asked in other verbs is a rules ask.
4. The value of one item asked, the measure said between the unit and the verb ("年會去一次積分算多少", "一場學分給幾分"), or a
   kind named after its description ("三個小時左右的那種，能拿幾個學分"): the rule's rate, quoted — not a one-item sum.
5. "What's that worth (CME-wise)?" of a thing described, no one's own: a figure asked (answer kind "number"), the rule's rate
   quoted; "what's it worth for me" and a list of one's own stay computed.
6. Two sessions at once said by their rooms and the sign-in ("two CME sessions in different rooms, I signed in at both",
   "兩個會場的課我都有簽到"): the rule on simultaneous attendance (tsa-cme/9: the credits are cancelled), not a tally to ask for.
7. A bare number asked in turn after a category ("BI-RADS 3 幾個月？那 0 呢", "… and for 0?", "还有 0 呢"): another category's
   name, not an unread figure; two categories and no figure of one's own are the rule's table (hpa-mammo/2.5.4), quoted.
8. The day a figure is reckoned on asked ("年齡用哪天算", "以哪一天為準", "as of what date is age counted"): the rule's base day
   (tsir-instructor/6: the application date), not a window to compute from a date asked for.
9. Whether one listed condition suffices ("是不是符合其中一條就行", "只要滿足一項就可以嗎", "is meeting just one of the criteria
   enough"), one's own papers said beside it: the list's rule (tsir-instructor/1: 符合其中之一即可; 1.2.2: two SCI papers), not
   an eligibility check asking for a domain; "是不是只要…" asks sufficiency ("as long as"), not "only".
10. One self-selected set named by its kind ("the non-dense set got 365", "緻密組 350 分") and its grade asked: the pair's other
   set is asked for (the grade takes the lower of the two) — an unnamed single set's band stays the rule's table.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.rules_answer import answer_kind
from bot.routing import decide_calculation
from bot.scope import out_of_scope_marker
from evals.first_line import first_line

TODAY = datetime.date(2026, 12, 4)


def _rules(engine, question: str):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "retrieval", (a.route, a.answer[:300])
    return a, first_line(a.answer), [c.id for c in a.citations]


# ----------------------------------------------------------------- 1. the surgical certificate renewed after a mission

@pytest.mark.parametrize("question", [
    "要去外交部的國際醫療團服務一年半，回来换专科证书要求的积分有减免吗",
    "Going on a two-year overseas medical mission; when I come back, is the specialist certificate renewal threshold lower?",
    "派駐外醫療團期間，專科證書換證的總分要求是多少",
    "人在離島服務，之後再來換專科證書，積分怎麼算",
])
def test_mission_certificate_is_ours(question):
    assert out_of_scope_marker(Query(question, TODAY)) is None


@pytest.mark.parametrize("question", [
    "家醫科專科證書換證要幾分",
    "回來換家醫科專科證書要幾分",
    "駐外醫療團期間家醫科專科醫師證書展延怎麼算",
])
def test_another_fields_certificate_stays_out(question):
    assert out_of_scope_marker(Query(question, TODAY)) is not None


@pytest.mark.parametrize("question", [
    "要去外交部的國際醫療團服務一年半，回来换专科证书要求的积分有减免吗",
    "Going on a two-year overseas medical mission; when I come back, is the specialist certificate renewal threshold lower?",
])
def test_mission_reduction_answered(engine, question):
    _, line, ids = _rules(engine, question)
    assert "tsa-cme/5.14" in ids[:3]
    assert "100" in line


# ----------------------------------------------------------------- 2. membership held, meetings counted

@pytest.mark.parametrize("question", [
    "I'm living in Japan now but still hold my membership — how are meetings I attend over here counted for credits?",
    "人在美國，會員資格還保留著，當地的研討會怎麼算積分？",
    "我搬到新加坡了但会员资格还在，当地的学术会议怎么算学分",
])
def test_membership_held_meetings_counted(engine, question):
    assert out_of_scope_marker(Query(question, TODAY)) is None
    _, line, ids = _rules(engine, question)
    assert "tsa-cme/7" in ids[:3]
    assert "國內" in line or "domestic" in line


@pytest.mark.parametrize("question", [
    "How much are the membership dues?",
    "My membership lapsed, how do I rejoin?",
    "會員資格怎麼申請",
])
def test_membership_affairs_stay_out(question):
    assert out_of_scope_marker(Query(question, TODAY)) == "society_admin"


# ----------------------------------------------------------------- 3. a short stint: who reviews it

@pytest.mark.parametrize("question", [
    "去國外進修兩週，這種不滿一個月的要找誰審",
    "参加了10天的国外短期进修，不到一个月的由谁审核",
    "在醫學中心進修三個禮拜，不到一個月的進修誰負責審核給分？",
    "Who handles a fellowship abroad that lasted only 10 days?",
])
def test_short_stint_reviewer(engine, question):
    _, line, ids = _rules(engine, question)
    assert "tsa-cme/5.9" in ids[:3]
    assert "教育委員會" in line or "Education Committee" in line


@pytest.mark.parametrize("question", [
    "住院醫師輪轉兩週的外院訓練怎麼安排",
    "How long is general surgery residency training?",
])
def test_residency_stays_out(engine, question):
    assert engine.answer(question, None, today=TODAY).route == "out_of_scope"


# ----------------------------------------------------------------- 4. one item's value: the rule's rate

@pytest.mark.parametrize(("question", "clause", "figure"), [
    ("月會參加一次積分算多少？", "tsa-cme/5.2", "20"),
    ("本會年會出席一次学分给几分", "tsa-cme/5.1", "60"),
    ("外院辦的研討會，一個半小時的那種，可以拿幾分", "tsa-cme/5.5", "5"),
    ("講習會開四小時左右的那種，算幾個學分？", "tsa-cme/5.5", "10"),
])
def test_one_items_value_is_the_rate(engine, question, clause, figure):
    assert decide_calculation(Query(question, TODAY)) is None
    _, line, ids = _rules(engine, question)
    assert ids[0] == clause
    assert figure in line


@pytest.mark.parametrize("question", [
    "月會去了三次積分算多少",
    "我今年去了3場這種研討會算幾分",
])
def test_ones_own_count_stays_computed(question):
    decision = decide_calculation(Query(question, TODAY))
    assert decision is not None and decision.route in ("calculator", "clarify")


# ----------------------------------------------------------------- 5. "what's that worth"

@pytest.mark.parametrize("question", [
    "outside-hospital workshop, roughly 90 mins in the evening - what's it worth credit-wise?",
    "a regional surgical seminar, went about 4 hrs on a weekend; what would that be worth?",
    "What's a 3-hour domestic seminar worth?",
])
def test_whats_it_worth_is_the_rate(engine, question):
    assert answer_kind(question) == "number"
    assert decide_calculation(Query(question, TODAY)) is None
    _, line, ids = _rules(engine, question)
    assert ids[0] == "tsa-cme/5.5"
    assert "10" in line and "5" in line


@pytest.mark.parametrize("question", [
    "I went to a 3-hour domestic seminar, what's that worth?",
    "went to 2 domestic seminars of 3 hours each, what's that worth?",
    "Did a course this year that's credited by hours. What's it worth for me?",
    "took a workshop credited by the hour, what's it worth?",
    "SCI papers this year: 2 as first author and 1 as second. what's that worth?",
])
def test_ones_own_worth_stays_computed(question):
    decision = decide_calculation(Query(question, TODAY))
    assert decision is not None and decision.route in ("calculator", "clarify")


# ----------------------------------------------------------------- 6. signed in at two rooms at once

@pytest.mark.parametrize("question", [
    "there were two credit courses in separate halls on Sunday and I checked in at both, is that a problem?",
    "Two lectures ran in different rooms that morning; a colleague signed in at both. Does he keep the credits?",
    "上週六兩個會場的繼續教育課程我都有簽到，積分會怎樣",
    "两个会场的继续教育课程我都签到了，积分会被怎么处理",
])
def test_two_rooms_signed_is_the_simultaneous_rule(engine, question):
    assert decide_calculation(Query(question, TODAY)) is None
    _, line, ids = _rules(engine, question)
    assert ids[0] == "tsa-cme/9"
    assert "註銷" in line or "cancel" in line


# ----------------------------------------------------------------- 7. another category asked in turn

@pytest.mark.parametrize("question", [
    "category 3 follow-up: how many months is the deadline? and for 4?",
    "BI-RADS 3 要幾個月內完成複檢？那 0 呢",
    "BI-RADS 3 要几个月内完成复检？还有 0 呢？",
])
def test_category_in_turn_is_the_table(engine, question):
    assert decide_calculation(Query(question, TODAY)) is None
    _, line, ids = _rules(engine, question)
    assert ids[0] == "hpa-mammo/2.5.4"
    assert "6" in line and "2" in line


def test_category_with_counts_stays_computed():
    decision = decide_calculation(Query("cat 0 有 120 個、cat 3 有 45 個，追蹤完成率多少？", TODAY))
    assert decision is not None


# ----------------------------------------------------------------- 8. the day an age is reckoned on

@pytest.mark.parametrize("question", [
    "快60歲了，終身指導老師證書的年齡是以哪一天為準？",
    "我后年满六十，终身证书的年龄从哪天起算？",
    "I turn 60 next year. For the lifetime instructor certificate, as of what date is age counted?",
    "turning 60 soon - lifetime instructor cert: which date is the age calculated on?",
])
def test_reckoning_day_is_the_rule(engine, question):
    assert decide_calculation(Query(question, TODAY)) is None
    _, line, ids = _rules(engine, question)
    assert ids[0] == "tsir-instructor/6"
    assert "申請日" in line or "application date" in line


def test_own_birth_date_stays_computed():
    decision = decide_calculation(Query("民國55年3月1日生、115年3月1日申請，算不算可以申請終身的", TODAY))
    assert decision is not None and decision.route in ("calculator", "clarify")


# ----------------------------------------------------------------- 9. one condition of a list suffices

@pytest.mark.parametrize("question", [
    "我有兩篇SCI第一作者論文，申請指導老師是不是只要符合其中一項就可以？",
    "I've got 2 first-author SCI papers. For the instructor application, is meeting just one of the criteria enough?",
    "手上有兩篇通訊作者的SCI，指導老師資格是符合任一條就行嗎",
    "我有两篇SCI一作，指导老师资格是不是满足其中一项就可以",
])
def test_one_condition_suffices_is_the_rule(engine, question):
    assert decide_calculation(Query(question, TODAY)) is None
    _, line, ids = _rules(engine, question)
    assert {"tsir-instructor/1.2.2", "tsir-instructor/1"} & set(ids[:2])
    assert line.startswith(("是", "可以", "Yes")), line


def test_only_as_long_as_is_no_only():
    from bot.question_shapes import ASKS_ONLY_THESE
    assert not ASKS_ONLY_THESE.search("是不是只要符合其中一項就可以")
    assert ASKS_ONLY_THESE.search("是不是只有學會辦的才算")


# ----------------------------------------------------------------- 10. one named set of the pair: the other is asked for

@pytest.mark.parametrize("question", [
    "the dense self-selected set scored 352, which grade is that?",
    "放射師自選片的緻密組 350 分，這是什麼等級？",
    "放射师自选片非致密组 362 分，算什么等级？",
])
def test_named_set_asks_the_other(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "clarify", a.answer[:200]
    assert a.pending_call is not None and a.pending_call.name == "hpa_image_grade"
    assert not a.tool_calls


def test_unnamed_set_band_stays_the_table(engine):
    a = engine.answer("our radiographer's self-selected set scored 362 — what grade is that?", None, today=TODAY)
    assert a.route == "retrieval"
