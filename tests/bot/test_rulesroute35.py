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
import re

import pytest

from bot.parsing.text import Query
from bot.rules_answer import answer_kind
from bot.routing import decide_calculation
from bot.scope import out_of_scope_marker
from evals.first_line import first_line

TODAY = datetime.date(2026, 12, 4)
ANY = "any"  # some out-of-scope marker, whichever


def _rules(engine, question: str):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "retrieval", (a.route, a.answer[:300])
    return a, first_line(a.answer), [c.id for c in a.citations]


# ----------------------------------------------------------------- scope: ours, another body's, the society's own affairs

# (question, the out-of-scope marker: None — in scope, ANY — some marker, else that marker)
SCOPE = [
    # 1. a bare specialist certificate renewed after a mission / an island stint is ours; another field's stays out
    ("要去外交部的國際醫療團服務一年半，回来换专科证书要求的积分有减免吗", None),
    ("Going on a two-year overseas medical mission; when I come back, is the specialist certificate renewal threshold lower?",
     None),
    ("派駐外醫療團期間，專科證書換證的總分要求是多少", None),
    ("人在離島服務，之後再來換專科證書，積分怎麼算", None),
    ("家醫科專科證書換證要幾分", ANY),
    ("回來換家醫科專科證書要幾分", ANY),
    ("駐外醫療團期間家醫科專科醫師證書展延怎麼算", ANY),
    # 2. membership named as one's standing is in scope; the membership itself is the society's own affairs
    ("I'm living in Japan now but still hold my membership — how are meetings I attend over here counted for credits?", None),
    ("人在美國，會員資格還保留著，當地的研討會怎麼算積分？", None),
    ("我搬到新加坡了但会员资格还在，当地的学术会议怎么算学分", None),
    ("How much are the membership dues?", "society_admin"),
    ("My membership lapsed, how do I rejoin?", "society_admin"),
    ("會員資格怎麼申請", "society_admin"),
]


@pytest.mark.parametrize(("question", "marker"), SCOPE)
def test_scope(question: str, marker: str | None) -> None:
    got = out_of_scope_marker(Query(question, TODAY))
    if marker == ANY:
        assert got is not None
    else:
        assert got == marker


# ----------------------------------------------------------------- rules answers: the clause, the line

# (question, the clauses one of which is quoted within the first k, k, patterns the first line must match — each a regex)
RULE_ANSWERS = [
    # 1. the surgical certificate renewed after a mission: the reduction
    ("要去外交部的國際醫療團服務一年半，回来换专科证书要求的积分有减免吗", {"tsa-cme/5.14"}, 3, ["100"]),
    ("Going on a two-year overseas medical mission; when I come back, is the specialist certificate renewal threshold lower?",
     {"tsa-cme/5.14"}, 3, ["100"]),
    # 2. membership held, meetings abroad counted as domestic
    ("I'm living in Japan now but still hold my membership — how are meetings I attend over here counted for credits?",
     {"tsa-cme/7"}, 3, ["國內|domestic"]),
    ("人在美國，會員資格還保留著，當地的研討會怎麼算積分？", {"tsa-cme/7"}, 3, ["國內|domestic"]),
    ("我搬到新加坡了但会员资格还在，当地的学术会议怎么算学分", {"tsa-cme/7"}, 3, ["國內|domestic"]),
    # 3. a short stint: who reviews it
    ("去國外進修兩週，這種不滿一個月的要找誰審", {"tsa-cme/5.9"}, 3, ["教育委員會|Education Committee"]),
    ("参加了10天的国外短期进修，不到一个月的由谁审核", {"tsa-cme/5.9"}, 3, ["教育委員會|Education Committee"]),
    ("在醫學中心進修三個禮拜，不到一個月的進修誰負責審核給分？", {"tsa-cme/5.9"}, 3, ["教育委員會|Education Committee"]),
    ("Who handles a fellowship abroad that lasted only 10 days?", {"tsa-cme/5.9"}, 3, ["教育委員會|Education Committee"]),
    # 4. one item's value: the rule's rate
    ("月會參加一次積分算多少？", {"tsa-cme/5.2"}, 1, ["20"]),
    ("本會年會出席一次学分给几分", {"tsa-cme/5.1"}, 1, ["60"]),
    ("外院辦的研討會，一個半小時的那種，可以拿幾分", {"tsa-cme/5.5"}, 1, ["5"]),
    ("講習會開四小時左右的那種，算幾個學分？", {"tsa-cme/5.5"}, 1, ["10"]),
    # 5. "what's that worth" of a thing described, no one's own (answer kind: test_whats_it_worth_asks_a_number)
    ("outside-hospital workshop, roughly 90 mins in the evening - what's it worth credit-wise?", {"tsa-cme/5.5"}, 1,
     ["10", "5"]),
    ("a regional surgical seminar, went about 4 hrs on a weekend; what would that be worth?", {"tsa-cme/5.5"}, 1,
     ["10", "5"]),
    ("What's a 3-hour domestic seminar worth?", {"tsa-cme/5.5"}, 1, ["10", "5"]),
    # 6. signed in at two rooms at once: the rule on simultaneous attendance
    ("there were two credit courses in separate halls on Sunday and I checked in at both, is that a problem?",
     {"tsa-cme/9"}, 1, ["註銷|cancel"]),
    ("Two lectures ran in different rooms that morning; a colleague signed in at both. Does he keep the credits?",
     {"tsa-cme/9"}, 1, ["註銷|cancel"]),
    ("上週六兩個會場的繼續教育課程我都有簽到，積分會怎樣", {"tsa-cme/9"}, 1, ["註銷|cancel"]),
    ("两个会场的继续教育课程我都签到了，积分会被怎么处理", {"tsa-cme/9"}, 1, ["註銷|cancel"]),
    # 7. another category asked in turn: the rule's table
    ("category 3 follow-up: how many months is the deadline? and for 4?", {"hpa-mammo/2.5.4"}, 1, ["6", "2"]),
    ("BI-RADS 3 要幾個月內完成複檢？那 0 呢", {"hpa-mammo/2.5.4"}, 1, ["6", "2"]),
    ("BI-RADS 3 要几个月内完成复检？还有 0 呢？", {"hpa-mammo/2.5.4"}, 1, ["6", "2"]),
    # 8. the day an age is reckoned on
    ("快60歲了，終身指導老師證書的年齡是以哪一天為準？", {"tsir-instructor/6"}, 1, ["申請日|application date"]),
    ("我后年满六十，终身证书的年龄从哪天起算？", {"tsir-instructor/6"}, 1, ["申請日|application date"]),
    ("I turn 60 next year. For the lifetime instructor certificate, as of what date is age counted?",
     {"tsir-instructor/6"}, 1, ["申請日|application date"]),
    ("turning 60 soon - lifetime instructor cert: which date is the age calculated on?", {"tsir-instructor/6"}, 1,
     ["申請日|application date"]),
    # 9. one condition of a list suffices
    ("我有兩篇SCI第一作者論文，申請指導老師是不是只要符合其中一項就可以？", {"tsir-instructor/1.2.2", "tsir-instructor/1"}, 2,
     ["^(是|可以|Yes)"]),
    ("I've got 2 first-author SCI papers. For the instructor application, is meeting just one of the criteria enough?",
     {"tsir-instructor/1.2.2", "tsir-instructor/1"}, 2, ["^(是|可以|Yes)"]),
    ("手上有兩篇通訊作者的SCI，指導老師資格是符合任一條就行嗎", {"tsir-instructor/1.2.2", "tsir-instructor/1"}, 2,
     ["^(是|可以|Yes)"]),
    ("我有两篇SCI一作，指导老师资格是不是满足其中一项就可以", {"tsir-instructor/1.2.2", "tsir-instructor/1"}, 2,
     ["^(是|可以|Yes)"]),
]


@pytest.mark.parametrize(("question", "clauses", "k", "patterns"), RULE_ANSWERS)
def test_rules_answer(engine, question: str, clauses: set[str], k: int, patterns: list[str]) -> None:
    assert decide_calculation(Query(question, TODAY)) is None
    _, line, ids = _rules(engine, question)
    assert clauses & set(ids[:k]), ids
    for pattern in patterns:
        assert re.search(pattern, line), (pattern, line)


@pytest.mark.parametrize("question", [row[0] for row in RULE_ANSWERS if "worth" in row[0]])
def test_whats_it_worth_asks_a_number(question: str) -> None:
    assert answer_kind(question) == "number"


# ----------------------------------------------------------------- one's own facts stay computed

@pytest.mark.parametrize("question", [
    # 4. one's own count
    "月會去了三次積分算多少",
    "我今年去了3場這種研討會算幾分",
    # 5. one's own worth
    "I went to a 3-hour domestic seminar, what's that worth?",
    "went to 2 domestic seminars of 3 hours each, what's that worth?",
    "Did a course this year that's credited by hours. What's it worth for me?",
    "took a workshop credited by the hour, what's it worth?",
    "SCI papers this year: 2 as first author and 1 as second. what's that worth?",
    # 7. categories with one's own counts
    "cat 0 有 120 個、cat 3 有 45 個，追蹤完成率多少？",
    # 8. one's own birth date
    "民國55年3月1日生、115年3月1日申請，算不算可以申請終身的",
])
def test_ones_own_facts_stay_computed(question: str) -> None:
    decision = decide_calculation(Query(question, TODAY))
    assert decision is not None and decision.route in ("calculator", "clarify")


@pytest.mark.parametrize("question", [
    "住院醫師輪轉兩週的外院訓練怎麼安排",
    "How long is general surgery residency training?",
])
def test_residency_stays_out(engine, question: str) -> None:
    assert engine.answer(question, None, today=TODAY).route == "out_of_scope"


def test_only_as_long_as_is_no_only() -> None:
    from bot.question_shapes import ASKS_ONLY_THESE
    assert not ASKS_ONLY_THESE.search("是不是只要符合其中一項就可以")
    assert ASKS_ONLY_THESE.search("是不是只有學會辦的才算")


# ----------------------------------------------------------------- 10. one named set of the pair: the other is asked for

@pytest.mark.parametrize("question", [
    "the dense self-selected set scored 352, which grade is that?",
    "放射師自選片的緻密組 350 分，這是什麼等級？",
    "放射师自选片非致密组 362 分，算什么等级？",
])
def test_named_set_asks_the_other(engine, question: str) -> None:
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "clarify", a.answer[:200]
    assert a.pending_call is not None and a.pending_call.name == "hpa_image_grade"
    assert not a.tool_calls


def test_unnamed_set_band_stays_the_table(engine) -> None:
    a = engine.answer("our radiographer's self-selected set scored 362 — what grade is that?", None, today=TODAY)
    assert a.route == "retrieval"
