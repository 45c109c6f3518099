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


@pytest.mark.parametrize("question", [
    "外院的研討會、演講這種，一年當中最多能算幾分？",
    "非外科醫學會辦的課程，一年之內頂多認幾分？",
    "今年論文發很多，一年的論文積分最多算到多少？",
    "外院的研讨会、演讲这种，一年里最多能算几分？",  # zh-CN
    "How many points can seminars run by other hospitals give me in a year, at most?",
    "I published a lot of papers this year — what's the most paper credit I can get in one year?",
    "seminars not run by the surgical society: how many credits max per year?",
])
def test_the_periods_cap_asked_is_the_rules(question):
    assert _route(question) is None


def test_own_papers_against_the_cap_are_computed():
    assert _route("我今年論文寫了5篇SCI一作，一年最多算幾分？") == "calculator"


@pytest.mark.parametrize("question", [
    "非外科醫學會辦的課程，一年之內頂多認幾分？",
    "How many points can seminars run by other hospitals give me in a year, at most?",
])
def test_the_yearly_cap_is_the_first_line(engine, question):
    _, line, cited = _rules(engine, question)
    assert "30" in line and "tsa-cme/5.12" in cited


# ----------------------------------------------------------------- the reduction for a posting: the rule's rate

@pytest.mark.parametrize("question", [
    "去年參加駐外醫療團一年半，換專科證書的積分能不能減免？",
    "我派駐海外醫療團 18 個月，展延所需的學分可以折抵多少？",
    "我们医院派我去驻外医疗团一年，换外科证书的学分可以少算吗？",  # zh-CN
    "I spent two years on an overseas medical mission. How much does that take off the credits I need to renew my "
    "surgical certificate?",
    "Two years on the government medical mission abroad — how many points per year does that knock off the renewal "
    "requirement?",
])
def test_the_reduction_asked_is_the_rules(question):
    assert _route(question) is None


@pytest.mark.parametrize("question", [
    "在史瓦濟蘭醫療團待了兩年，換外科專科證書的積分可以少算多少？",
    "我被派到驻外医疗团两年，外科证书展延要的学分能不能扣减？每年扣多少",
    "Two years on the government medical mission abroad — how many points per year does that knock off the renewal "
    "requirement?",
])
def test_the_reduction_is_the_first_line(engine, question):
    _, line, cited = _rules(engine, question)
    assert "100" in line and "tsa-cme/5.14" in cited


@pytest.mark.parametrize("question", [
    "駐外醫療團去過一段時間，換外科證書的積分可以少算多少？六年積分 80、90、60、70、100、85",
    "驻外医疗团去过一阵子，展延要的学分能不能扣减？六年积分 80、90、60、70、100、85",
])
def test_the_reduction_beside_ones_own_years_asks_the_missing_length(question):
    # the person's own yearly figures given, the posting's length not: asked for, never only the rate quoted
    assert _route(question) == "clarify"


# ----------------------------------------------------------------- one item's value with its documents, items in turn

@pytest.mark.parametrize("question", [
    "去年去了一趟美國外科醫學會年會，這樣算幾分？要交什麼證明？",
    "去年参加了一次欧洲的国际外科会议，能算几分？要交什么资料",  # zh-CN
    "I presented at the annual meeting last month — how many credits is that and what proof do I need to submit?",
])
def test_one_items_value_with_its_documents_is_the_rules(question):
    assert _route(question) is None


@pytest.mark.parametrize("question", [
    "月會去了 3 次、年會 1 次，總共幾分？要附什麼？",
    "I went to 3 monthly meetings and the annual meeting, how many credits total, and what documents do I attach?",
])
def test_own_list_with_its_total_stays_computed(question):
    assert _route(question) == "calculator"


def test_one_meeting_abroad_with_its_documents_first_line(engine):
    _, line, cited = _rules(engine, "上個月去參加了日本的國際研討會，可以拿幾分？需要附哪些文件")
    assert "30" in line and "tsa-cme/5.4" in cited


@pytest.mark.parametrize("question", [
    "指導老師換證：我有一篇 SCI full article 是第一作者，可以抵多少分？另一篇 non-SCI case report 我是其他作者呢",
    "指导老师换证积分：SCI 原著我是通讯作者能抵几分？那 non-SCI 的病例报告我是中间作者呢",  # zh-CN
    "For instructor renewal: I'm corresponding author on an SCI case report, how many points does that give? and a "
    "non-SCI original where I'm a middle author?",
])
def test_values_asked_in_turn_are_the_rules(engine, question):
    assert _route(question) is None
    _, line, cited = _rules(engine, question)
    assert "tsir-instructor/5.1" in cited and "tsir-instructor/5.2" in cited
    assert "40" in line and "20" in line and "10" in line  # both items' rows


@pytest.mark.parametrize("question", [
    "SCI 一作一篇，這樣幾分？那加上年會一次呢",
    "SCI 一作一篇，這樣幾分？那月會兩次呢",
])
def test_an_item_added_in_turn_stays_computed(question):
    assert _route(question) == "calculator"


# ----------------------------------------------------------------- a figure asked first, then more

@pytest.mark.parametrize("question", [
    "我在澎湖执业，月会一次几分？离岛能不能加倍",  # zh-CN
    "我在馬祖執業，本會月會一次幾分？離島有加倍嗎？要附什麼？",
    "How many points is a monthly meeting? Do island docs get double?",
])
def test_the_figure_asked_first_leads_the_line(engine, question):
    _, line, cited = _rules(engine, question)
    assert "20" in line and "tsa-cme/5.2" in cited and "tsa-cme/5.15" in cited
    assert line.index("20") < max(line.find("加倍"), line.find("double"))
