"""Round 34 (rules routing): rules questions that mention credits or a figure get a rules answer — phrasings of our own,
not the eval questions'.

- A question word or the rule's own period is no fact of the person's: "證書效期是幾年、換證要累積幾分" (幾年 after the verb
  asks it), "how many points can seminars give" ("how many" is no vague count), "一年裡最多", "1年論文最多", "in a year, at
  most" (the period's cap, words between).
- The requirement's reduction asked of the rule, the person's posting length said beside it ("派駐醫療團兩年，換外專證書積分
  可以少算多少", "展延要的學分能不能扣減"): the rule's rate, quoted (5.14: 100 a year, 200 for two).
- The value of one item asked beside the documents that claim it ("went to the ACS congress — how many credits, what do I
  send in?"), or each item's value asked in turn ("SCI case report 通訊作者幾分？另一篇 non-SCI 中間作者呢"): the rule's rates.
- A figure asked first, then more ("月會一次幾分？離島可以加倍嗎"): the first line states the figure's clause, then the rest.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from bot.vague import find_vague
from evals.first_line import first_line

TODAY = datetime.date(2026, 12, 4)


def _route(question: str) -> str | None:
    decision = decide_calculation(Query(question, TODAY))
    return None if decision is None else decision.route


def _rules(engine, question: str):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "retrieval", (a.route, a.answer[:300])
    return a, first_line(a.answer), [c.id for c in a.citations]


# ----------------------------------------------------------------- question words and the rule's periods: no facts

@pytest.mark.parametrize("question", [
    "外科專科醫師證書效期是幾年、展延要累積多少學分",
    "指導老師證書有效期是幾年？換證要累積幾分？",
    "指导老师证书有效期是几年、换证要累积几分",  # zh-CN
    "How many years is the instructor certificate valid, and how many points do I need to accumulate to renew?",
    "How many credits do the society's monthly meetings give, and how many do I need over six years",
])
def test_question_words_are_no_facts(question):
    assert find_vague(Query(question, TODAY).text) == []
    assert _route(question) is None


@pytest.mark.parametrize("question", [
    "我是幾年前拿到專科的，現在可以申請指導老師嗎",  # a when, kept vague
    "今年去了幾次月會，總共幾分？",
    "I went to many monthly meetings this year, how many credits in total?",
])
def test_counts_said_vaguely_stay_asked(question):
    assert find_vague(Query(question, TODAY).text)


# (question, the route it gets: None = a rules answer, "calculator", "clarify")
ROUTES = [
    # the period's cap asked is the rule's
    ("外院的研討會、演講這種，一年當中最多能算幾分？", None),
    ("非外科醫學會辦的課程，一年之內頂多認幾分？", None),
    ("今年論文發很多，一年的論文積分最多算到多少？", None),
    ("外院的研讨会、演讲这种，一年里最多能算几分？", None),  # zh-CN
    ("How many points can seminars run by other hospitals give me in a year, at most?", None),
    ("I published a lot of papers this year — what's the most paper credit I can get in one year?", None),
    ("seminars not run by the surgical society: how many credits max per year?", None),
    ("我今年論文寫了5篇SCI一作，一年最多算幾分？", "calculator"),  # one's own papers against the cap
    # the reduction for a posting asked is the rule's
    ("去年參加駐外醫療團一年半，換專科證書的積分能不能減免？", None),
    ("我派駐海外醫療團 18 個月，展延所需的學分可以折抵多少？", None),
    ("我们医院派我去驻外医疗团一年，换外科证书的学分可以少算吗？", None),  # zh-CN
    ("I spent two years on an overseas medical mission. How much does that take off the credits I need to renew my "
     "surgical certificate?", None),
    ("Two years on the government medical mission abroad — how many points per year does that knock off the renewal "
     "requirement?", None),
    # … beside the person's own yearly figures, the posting's length not given: asked for, never only the rate quoted
    ("駐外醫療團去過一段時間，換外科證書的積分可以少算多少？六年積分 80、90、60、70、100、85", "clarify"),
    ("驻外医疗团去过一阵子，展延要的学分能不能扣减？六年积分 80、90、60、70、100、85", "clarify"),
    # one item's value with its documents is the rule's; one's own list with its total is computed
    ("去年去了一趟美國外科醫學會年會，這樣算幾分？要交什麼證明？", None),
    ("去年参加了一次欧洲的国际外科会议，能算几分？要交什么资料", None),  # zh-CN
    ("I presented at the annual meeting last month — how many credits is that and what proof do I need to submit?", None),
    ("月會去了 3 次、年會 1 次，總共幾分？要附什麼？", "calculator"),
    ("I went to 3 monthly meetings and the annual meeting, how many credits total, and what documents do I attach?",
     "calculator"),
    # items' values asked in turn are the rule's; an item of one's own added in turn is computed
    ("指導老師換證：我有一篇 SCI full article 是第一作者，可以抵多少分？另一篇 non-SCI case report 我是其他作者呢", None),
    ("指导老师换证积分：SCI 原著我是通讯作者能抵几分？那 non-SCI 的病例报告我是中间作者呢", None),  # zh-CN
    ("For instructor renewal: I'm corresponding author on an SCI case report, how many points does that give? and a "
     "non-SCI original where I'm a middle author?", None),
    ("SCI 一作一篇，這樣幾分？那加上年會一次呢", "calculator"),
    ("SCI 一作一篇，這樣幾分？那月會兩次呢", "calculator"),
]


@pytest.mark.parametrize(("question", "route"), ROUTES)
def test_route(question, route):
    assert _route(question) == route


# (question, the words the first line holds — in this order where `ordered` —, the clauses cited)
FIRST_LINES = [
    # the yearly cap
    ("非外科醫學會辦的課程，一年之內頂多認幾分？", ["30"], {"tsa-cme/5.12"}, False),
    ("How many points can seminars run by other hospitals give me in a year, at most?", ["30"], {"tsa-cme/5.12"}, False),
    # the reduction for a posting: the rule's rate
    ("在史瓦濟蘭醫療團待了兩年，換外科專科證書的積分可以少算多少？", ["100"], {"tsa-cme/5.14"}, False),
    ("我被派到驻外医疗团两年，外科证书展延要的学分能不能扣减？每年扣多少", ["100"], {"tsa-cme/5.14"}, False),
    ("Two years on the government medical mission abroad — how many points per year does that knock off the renewal "
     "requirement?", ["100"], {"tsa-cme/5.14"}, False),
    # one meeting abroad with its documents
    ("上個月去參加了日本的國際研討會，可以拿幾分？需要附哪些文件", ["30"], {"tsa-cme/5.4"}, False),
    # items' values in turn: both items' rows
    ("指導老師換證：我有一篇 SCI full article 是第一作者，可以抵多少分？另一篇 non-SCI case report 我是其他作者呢", ["40", "20", "10"],
     {"tsir-instructor/5.1", "tsir-instructor/5.2"}, False),
    ("指导老师换证积分：SCI 原著我是通讯作者能抵几分？那 non-SCI 的病例报告我是中间作者呢", ["40", "20", "10"],
     {"tsir-instructor/5.1", "tsir-instructor/5.2"}, False),
    ("For instructor renewal: I'm corresponding author on an SCI case report, how many points does that give? and a "
     "non-SCI original where I'm a middle author?", ["40", "20", "10"], {"tsir-instructor/5.1", "tsir-instructor/5.2"}, False),
    # a figure asked first, then more: the figure's clause first
    ("我在澎湖执业，月会一次几分？离岛能不能加倍", ["20", "加倍|double"], {"tsa-cme/5.2", "tsa-cme/5.15"}, True),  # zh-CN
    ("我在馬祖執業，本會月會一次幾分？離島有加倍嗎？要附什麼？", ["20", "加倍|double"], {"tsa-cme/5.2", "tsa-cme/5.15"}, True),
    ("How many points is a monthly meeting? Do island docs get double?", ["20", "加倍|double"], {"tsa-cme/5.2", "tsa-cme/5.15"},
     True),
]


@pytest.mark.parametrize(("question", "words", "cited", "ordered"), FIRST_LINES)
def test_first_line(engine, question, words, cited, ordered):
    _, line, ids = _rules(engine, question)
    at = []
    for word in words:
        found = [line.find(w) for w in word.split("|") if w in line]
        assert found, (word, line)
        at.append(max(found))
    assert not ordered or at == sorted(at), line
    assert cited <= set(ids), ids
