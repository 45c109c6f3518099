"""Routing and scope decisions that need no index: calculation vs rules question vs clarify; near misses."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from bot.scope import assess, has_content, out_of_scope_marker
from tests.bot.conftest import TODAY


def route(question: str) -> str:
    d = decide_calculation(Query(question, TODAY))
    return d.route if d else "retrieval-or-out"


@pytest.mark.parametrize(("question", "expected"), [
    ("追蹤完成率 68% 會被扣多少？", "calculator"),
    ("追蹤完成率多少會被扣款？", "retrieval-or-out"),  # a threshold question asks for the rule
    ("會被扣多少？", "clarify"),
    ("我們的追蹤完成率會被扣多少？", "clarify"),
    ("年會積分怎麼算？", "retrieval-or-out"),
    ("年會積分幾分？", "retrieval-or-out"),
    ("今年參加年會 1 次，積分多少？", "calculator"),
    ("我可以申請消融指導老師嗎？", "clarify"),
    ("消融治療需要幾例才能申請指導老師？", "retrieval-or-out"),
    ("指導老師的申請資格有哪些？", "retrieval-or-out"),
    ("我的指導老師證書什麼時候可以換證？", "clarify"),
    ("指導老師證書 2021年3月1日核發，何時可以換證？", "calculator"),
    ("在離島執業，積分有什麼優待？", "retrieval-or-out"),
    ("How many credits is the TSA annual meeting worth?", "retrieval-or-out"),
    ("Do international conferences count toward the 30-credit yearly limit?", "retrieval-or-out"),
    ("When does my renewal window open for the TSA surgical specialist certificate?", "clarify"),  # my date: asked
])
def test_calculation_or_not(question, expected):
    assert route(question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    # documents, who, where: no calculator answers them, whatever facts the question states
    ("發了兩篇SCI（第一作者），可以不交個案數證明嗎？", "retrieval-or-out"),
    ("我今年去了 3 場研討會，要附什麼證明？", "retrieval-or-out"),
    ("I went to 2 overseas meetings this year - what documents do I need?", "retrieval-or-out"),
    ("我今年去了 3 場研討會，要附什麼證明？我今年幾分？", "clarify"),  # and a figure of one's own (hours asked)
    # a duration the rule sets, with no date to count from
    ("我們外科部下個月要辦一場研討會，最晚要在開辦前幾天送申請？", "retrieval-or-out"),
    ("how far ahead of expiry can I apply to renew my instructor certificate?", "retrieval-or-out"),
    ("category 3 的個案要在多久內完成複檢？", "retrieval-or-out"),
    ("category 0 的個案 2026-10-31 篩檢，多久內要完成複檢？", "calculator"),  # a date of one's own: a deadline
])
def test_what_is_asked_decides_not_the_facts_stated(question, expected):
    assert route(question) == expected


@pytest.mark.parametrize(("question", "kind"), [
    ("台灣內科醫學會積分怎麼算？", "other_society"),
    ("放射線專科醫師甄審要考什麼？", "other_specialty"),
    ("家庭醫學科專科醫師證書展延需要多少積分？", "other_specialty"),
    ("子宮頸抹片多久要做一次？", "other_screening"),
    ("HPV 疫苗要打幾劑？", "other_screening"),
    ("今天天氣如何？", "chat"),
    ("What's the weather tomorrow?", "chat"),
    ("TACE 術後的副作用有哪些？", "clinical"),
    ("健保給付 TACE 的點數是多少？", "other_body"),
])
def test_out_of_scope_near_misses(question, kind):
    assert out_of_scope_marker(Query(question, TODAY)) == kind


@pytest.mark.parametrize("question", [
    "參加內科醫學會年會，外科積分算多少？",  # attending another society's meeting is a TSA question
    "放射線專科醫師證書 9 年，可以申請指導老師嗎？",  # TSIR requires the radiology certificate
    "乳房 X 光攝影篩檢的追蹤完成率怎麼算？",
    "Which categories count as suspected positive?",  # plural "categories" is still our vocabulary
])
def test_in_scope_despite_shared_words(question):
    q = Query(question, TODAY)
    assert out_of_scope_marker(q) is None
    assert assess(q).in_scope


def test_retrieval_signal_needs_the_question_in_the_clause():
    q = Query("出席簽名單可以請別人幫我寫嗎", TODAY)  # none of our vocabulary: the clauses must hold it
    clause = "參加繼續教育課程之「出席簽名單」,需由參加者親筆簽名,不得以蓋章替代,且不得由他人代為簽名"
    assert assess(q, [clause], ["dense", "lexical"]).in_scope
    assert not assess(q, ["參加本會年會,每次積分 60 分。"], ["dense"]).in_scope
    # A shared everyday word (申請, 醫院) does not make a question ours.
    assert not assess(Query("如何申請退休金", TODAY), ["申請繼續教育積分之認定,來函需註明舉辦之時間"], ["lexical"]).in_scope


def test_english_needs_regulation_terms_in_the_clause():
    q = Query("Can a colleague sign the attendance sheet for me?", TODAY)
    assert assess(q, ["「出席簽名單」,需由參加者親筆簽名"], ["lexical", "dense"], ["出席簽名單", "簽名"]).in_scope
    assert not assess(Query("What is the capital of France?", TODAY), ["第八條"], ["dense"], []).in_scope


@pytest.mark.parametrize(("text", "content"), [("", False), ("   \n", False), ("😀🙏", False), ("？！…", False),
                                              ("a", True), ("年", True), ("5", True)])
def test_has_content(text, content):
    assert has_content(text) is content


@pytest.mark.parametrize("question", [
    "在 SCI 期刊發表論文，第一作者跟第二作者各有幾分？",
    "If I miss the renewal deadline for my specialist certificate, is there a grace period?",
    "I am 62 years old. Can I get a lifetime interventional radiology instructor certificate?",
    "我今年 65 歲，可以申請終身指導老師嗎？",
    "How many credits is a second author on an SCI paper worth?",
])
def test_rules_questions_with_personal_words(question):
    assert route(question) == "retrieval-or-out"


@pytest.mark.parametrize("question", [
    "我上個月在國內研討會發表了 oral，第一作者，積分多少",
    "我發表一篇非 SCI 論文，是通訊作者，是病例報告，積分多少？",
])
def test_own_authorship_is_a_calculation(question):
    assert route(question) == "calculator"


@pytest.mark.parametrize("question", ["演講的要不要附摘要", "申請論文演講那種，議程要影印哪一頁？", "書審時儀器本身要附哪些說明文件？",
                                      "Who decides whether an event gets accredited?"])
def test_the_regulations_own_words_for_what_is_filed_keep_a_question_in_scope(question):
    assert assess(Query(question, TODAY)).in_scope


@pytest.mark.parametrize(("question", "expected"), [
    # the rule's rate for one unit, whatever the person did (issue 10)
    ("我去國外進修了兩個月，國外進修每個月可以拿幾分？", "retrieval-or-out"),
    ("I attended 3 congresses abroad this year. What is a single international congress worth?", "retrieval-or-out"),
    ("病例報告跟原著論文各算幾分？", "retrieval-or-out"),
    ("去年年會 2 次、今年月會 3 次，各算幾分？", "calculator"),  # each of the person's own counts
    # the rule's limit, not a check of one's own against it
    ("我今年寫了 5 篇非SCI論文，論文積分每年有上限嗎？", "retrieval-or-out"),
    ("Is there a maximum number of screenings per radiographer each month? We did 480 in March.", "retrieval-or-out"),
    ("這個月拍了 530 案，超過上限了嗎？", "calculator"),
    ("Our van radiographer did 560 this month - is she over the monthly cap?", "not-rules"),  # a check of her own
    # a threshold the rule sets (不到 / 不足 / less than N) is not the person's figure
    ("完成率不到 65% 會扣多少？", "retrieval-or-out"),
    ("追踪完成率不足70%要扣多少", "retrieval-or-out"),
    ("If the completion rate is less than 62%, how much is deducted?", "retrieval-or-out"),
    # the earliest / latest moment the rule sets, with no date of one's own
    ("How early before expiry can I send the renewal papers?", "retrieval-or-out"),
    ("證書後年到期，最早何時可以申請展延？", "retrieval-or-out"),
    ("How many months before the certificate lapses may I apply for the instructor renewal?", "retrieval-or-out"),
    # a category's number is a label unless a date is asked for
    ("category 5 的病人拒絕切片，還算追蹤完成嗎？", "retrieval-or-out"),
    ("category 0 的個案最晚哪一天要複檢？", "clarify"),
])
def test_rate_limit_threshold_and_labels_ask_the_rule(question, expected):
    if expected == "not-rules":
        assert route(question) in ("calculator", "clarify")
    else:
        assert route(question) == expected


@pytest.mark.parametrize("question", [
    "Our radiographer did too many mammograms in September — is she over the monthly cap?",
    "小林上個月拍太多了，她有超過每月上限嗎？",
])
def test_a_check_of_someones_own_case_without_figures_asks_for_them(engine, question):
    a = engine.answer(question, today=dt.date(2026, 11, 25))
    assert a.route == "clarify" and a.pending_call is not None and a.pending_call.name == "hpa_radiographer_volume"


def test_the_rules_limit_asked_with_no_one_in_it_stays_a_rules_question(engine):
    a = engine.answer("每名放射師每月上限是幾案？", today=dt.date(2026, 11, 25))
    assert a.route == "retrieval"
