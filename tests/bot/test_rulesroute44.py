"""Round 44 (rulesroute44): rules questions sent to a calculator or a question back, and scope (SPEC §3), with phrasings of our
own (none is from a blind bank):

1. the rule's rate per item asked ("一作一篇幾分？二作又是多少", "how many points is one SCI paper worth"), a count of one of one's
   own beside it ("今年好不容易擠出一篇"): the one item the rate is asked for, never a tally (the aside once read as a second
   paper, 50 + 25 capped to 60);
2. what was NOT done said beside the value asked ("沒有報告", "没有发表"): no activity said done, so no count to ask back;
3. which / how many the rule requires ("how many images do I submit", "要交幾張", "哪幾類的個案"): the rule's, even naming a
   calculator's subject or categories;
4. scope: the licence named among the staff documents our follow-up review checks is ours (一(一)1); another named body's own
   instructor certificate, and a place or booking near our meeting's venue, are not.
Near misses keep their route.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import calculator_call


def _cited(answer) -> list[str]:
    return [c.id for c in answer.citations]


# ---------------------------------------------------------------- 1. the rate per item asked

# (question, the clause, a figure the first line gives)
RATE_PER_ITEM = [
    ("SCI paper 一作一篇幾分? 二作又是多少 (今年終於擠出一篇)", "tsa-cme/5.7", "50"),
    ("非SCI論文一作一篇算幾分？通訊作者呢？我今年有一篇", "tsa-cme/5.8", "30"),
    ("SCI论文二作一篇多少分？一作又是多少（我今年就发了一篇）", "tsa-cme/5.7", "25"),
    ("How many points is one SCI paper worth as first author? And as second author? (I finally got one out this year)",
     "tsa-cme/5.7", "50"),
]


@pytest.mark.parametrize(("question", "clause", "figure"), RATE_PER_ITEM)
def test_the_rate_per_item_is_the_rule_beside_one_item_of_ones_own(ask, question, clause, figure):
    a = ask(question)
    assert a.route == "retrieval", a.answer
    assert not a.tool_calls
    assert clause in _cited(a)[:3]
    assert figure in a.answer.splitlines()[0]


# near misses: a sum of one's own, one's own item with 這樣幾分
OWN_TALLY = [
    ("SCI 一作一篇、二作一篇，總共幾分？", 60),
    ("SCI case report 一作一篇，這樣幾分", 25),
]


@pytest.mark.parametrize(("question", "total"), OWN_TALLY)
def test_ones_own_items_with_a_sum_or_this_asked_are_still_tallied(ask, question, total):
    call = calculator_call(ask(question), "tsa_credit_tally")
    assert call.result["total"] == total


# ---------------------------------------------------------------- 2. not done

NOT_DONE = [
    "單純出國參加介入相關的會議，沒有報告，拿出席證明可以抵多少積分？",
    "只是去國外開介入的會，沒有上台報告，這樣可以抵幾分？",
    "单纯出国参加介入会议，没有发表，凭出席证明能抵多少积分？",
    "出國參加介入的國際會議但沒有發表，光出席能換多少分？",
    "Just attending an overseas interventional meeting, no presentation — how many points does the attendance certificate give?",
]


@pytest.mark.parametrize("question", NOT_DONE)
def test_what_was_not_done_asks_no_count_back(ask, question):
    a = ask(question)
    assert a.route == "retrieval", a.answer
    assert "tsir-instructor/5.4" in _cited(a)[:2]
    assert "15" in a.answer.splitlines()[0]


def test_a_meeting_said_done_still_asks_how_many(ask):
    a = ask("去年有出國開介入的會，沒有報告，可以抵多少積分？")
    assert a.route == "clarify", a.answer


# ---------------------------------------------------------------- 3. which / how many the rule requires

# (question, the clause, figures its first line gives)
RULE_REQUIRES = [
    ("Radiographer here. How many images do I submit for the self-selected clinical image eval? one dense + one non-dense?",
     "hpa-mammo/1.3.1", ["8"]),
    ("自選片每位放射師要交幾張？是不是緻密跟非緻密各一組？", "hpa-mammo/1.3.1", ["8"]),
    ("自选片需要送几组影像？", "hpa-mammo/1.3.1", ["2"]),
    ("How many sets does each radiographer need to submit for the self-selected images?", "hpa-mammo/1.3.1", ["2"]),
    ("追蹤完成率是看哪幾類的個案？BI-RADS 0 跟 4 也算嗎", "hpa-mammo/1.6", ["0", "3", "4", "5"]),
    ("疑似陽性個案是指哪幾類？category 4 和 5 都算嗎", "hpa-mammo/1.6", ["0", "3", "4", "5"]),
    ("追踪完成率算哪几种个案？BI-RADS 3 和 4 也算吗", "hpa-mammo/1.6", ["0", "3", "4", "5"]),
]


@pytest.mark.parametrize(("question", "clause", "figures"), RULE_REQUIRES)
def test_which_or_how_many_the_rule_requires_is_the_rule(ask, question, clause, figures):
    a = ask(question)
    assert a.route == "retrieval", a.answer
    assert not a.tool_calls
    assert clause in _cited(a)[:3]
    first = a.answer.splitlines()[0]
    assert all(f in first for f in figures), first


def test_a_categorys_deadline_of_ones_own_is_still_computed(ask):
    call = calculator_call(ask("category 3 篩檢日 2026-03-01，最晚哪天要複檢完？"), "hpa_followup_deadline")
    assert call.args["category"] == 3


# ---------------------------------------------------------------- 4. scope

OUR_STAFF_CHECK = [
    "For the follow-up review, what do they look at for the staff: only licences, or CE hours and experience records too?",
    "後續審查查核工作人員的時候，只看執照嗎？還是繼續教育跟工作經驗的證明也要？",
    "后续审查会查放射师的执照吗，还是也要看继续教育证明？",
    "During the follow-up review, do they check staff licences only, or also their training hours?",
]


@pytest.mark.parametrize("question", OUR_STAFF_CHECK)
def test_the_licence_among_the_staff_documents_our_review_checks_is_ours(ask, question):
    a = ask(question)
    assert a.route == "retrieval", a.answer
    assert "hpa-mammo/1.1.1" in _cited(a)[:3]


NEIGHBOURS = [
    # the licence's own renewal asked beside the review
    "後續審查要看執照，那放射師的執照換照要幾點？",
    # another named body's own instructor certificate
    "does the cardiology intervention society (TSCI) have an instructor cert as well? how many PCI cases?",
    "心臟介入醫學會也有指導老師認證嗎？PCI 要做幾例？",
    "Does the neuro-interventional society have its own instructor certificate? How many thrombectomy cases?",
    "does the cardiac interventional association also issue an instructor cert? what PCI numbers do they want?",
    "中華民國心臟學會有沒有發指導醫師證書？要幾例",
    # a place or a booking near our meeting's venue
    "年會會場附近有什麼好吃的火鍋？要訂8個人",
    "Can you recommend a hotel near the venue of the TSA annual meeting?",
    "外科年會會場旁邊哪裡好停車？",
    "book a table for 6 near the congress venue after the surgical meeting",
]


@pytest.mark.parametrize("question", NEIGHBOURS)
def test_neighbours_are_out_of_scope(ask, question):
    a = ask(question)
    assert a.route == "out_of_scope", a.answer
    assert not a.citations


# near misses: ours
OURS = [
    ("介入放射線學會的指導老師認證，血管介入要幾例？", "tsir-instructor/2.4"),
    ("年會在台北開兩天，可以拿幾分？", "tsa-cme/5.3"),
]


@pytest.mark.parametrize(("question", "clause"), OURS)
def test_our_own_subjects_stay_ours(ask, question, clause):
    a = ask(question)
    assert a.route == "retrieval", a.answer
    assert clause in _cited(a)[:3]
