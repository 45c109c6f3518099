"""Round 35 (rules line helper): the first line of a rules answer answers what was asked.

1. A yes / no met by the clause's own alternatives: "every item each time, or will they pick?" met by 全部或部分 is
   "not necessarily" (a 可以 answers a leave asked, or the part named: "還是可以只挑幾項"); "averaged / pooled across the units?" met by
   "按每台…分別計算" is no, each separately.
2. "什麼的" (and such) after a noun asks nothing ("證書什麼的都備齊了"); "有沒有一條是列…的" asks for an article.
3. "一定要 X 嗎？Y 行不行" offers Y as the other course of the same ask: one ask, the clause that allows Y answers yes.
4. A claim asked with a question mark and a confirmation tag after it ("聽說…可以加倍？真的嗎"): the claim is the ask.
5. The second ask of a pair: a count asked after "does X count as the domain?" comes from the message's clause holding
   the count when the clause already given holds none.
6. "Who does it?" (誰在審) is answered by the clause stating the deed, not one only naming the body.

Phrasings written for this test, not taken from eval questions.
"""

from __future__ import annotations

import pytest

from bot.rules_asks import separate_asks
from evals.first_line import first_line, unsupported
from evals.runner import answer_quote_source


def _line(answer) -> str:
    return first_line(answer.answer)


def _supported(answer) -> None:
    assert not unsupported(_line(answer), [answer_quote_source(c.id) for c in answer.citations])


# ── 1. polarity from the clause's own alternatives ──

@pytest.mark.parametrize("question", [
    "後續審查是不是每次所有項目都查？還是他們會自己挑？",
    "后续审查每次都全部项目查一遍吗？还是会挑着查？",
    "Will HPA's follow-up review check all the items every time, or will they choose?",
])
def test_all_or_some_asked_as_what_happens_is_not_necessarily(ask, question: str) -> None:
    a = ask(question)
    line = _line(a)
    assert a.route == "retrieval" and a.citations[0].id == "hpa-mammo/1"
    assert line.startswith(("不一定", "Not necessarily")), line
    _supported(a)


@pytest.mark.parametrize("question", [
    "後續審查一定每項都要查嗎？還是可以只挑幾項？",  # the leave asked
    "後續審查一定每項都查嗎？還是會依上次結果只挑幾項？",  # the part named: the course the rule allows
])
def test_all_or_some_asked_as_a_leave_or_the_part_stays_yes(ask, question: str) -> None:
    assert _line(ask(question)).startswith("可以")


@pytest.mark.parametrize("question", [
    "院內三台乳攝機，實地測試的分數是三台平均嗎？",
    "我们有两台乳摄机，品管实地测试是两台的分数合起来算吗？",
    "We have two mammography units. Is the QC field test score averaged over both?",
])
def test_pooled_across_units_met_by_each_separately_is_no(ask, question: str) -> None:
    a = ask(question)
    line = _line(a)
    assert a.route == "retrieval" and a.citations[0].id == "hpa-mammo/2.2.1.1.n1"
    assert line.startswith(("不", "No")), line
    assert "分別" in line or "each" in line
    _supported(a)


# ── 2. "什麼的" (and such) asks nothing: the message asks one thing ──

@pytest.mark.parametrize("question", [
    "後續審查是不是每次都要全部項目重審？證書什麼的我們都備齊了",
    "后续审查每次都要把所有项目审一遍吗？文件什么的都准备好了，想知道范围",
    "醫院的積分證明什麼的都齊了，後續審查是每次所有項目都要審嗎？",
])
def test_et_cetera_is_no_ask(ask, question: str) -> None:
    assert len(separate_asks(question)) == 1
    a = ask(question)
    assert a.citations[0].id == "hpa-mammo/1" and _line(a).startswith("不一定"), _line(a)
    _supported(a)


def test_is_there_an_article_listing_asks_for_the_article(ask) -> None:
    a = ask("Which activities earn surgical CME credits? Is there an article that lists all of them?")
    assert a.citations[0].id == "tsa-cme/5" and "tsa-cme/5)" in _line(a)
    _supported(a)


# ── 3. "must it be X? Y ok?" is one ask ──

@pytest.mark.parametrize(("question", "count"), [
    ("SCI論文一定要第一作者嗎？通訊作者可以嗎", 1),
    ("指导老师申请的SCI文章只能是第一作者吗？通讯作者也可以吗", 1),
    ("For the instructor application, does the SCI paper have to be first author? Is corresponding author ok?", 1),
    ("SCI論文一定要第一作者嗎？一篇可以拿幾分", 2),  # a figure asked is an ask of its own
])
def test_other_course_joins_the_must(question: str, count: int) -> None:
    assert len(separate_asks(question)) == count


@pytest.mark.parametrize("question", [
    "SCI論文一定要第一作者嗎？通訊作者可以嗎",
    "指导老师申请的SCI文章只能是第一作者吗？通讯作者也可以吗",
    "For the instructor application, does the SCI paper have to be first author? Is corresponding author ok?",
])
def test_other_course_allowed_is_yes(ask, question: str) -> None:
    a = ask(question)
    line = _line(a)
    assert a.route == "retrieval" and a.citations[0].id == "tsir-instructor/1.2.2"
    assert line.startswith(("可以", "Yes")), line
    _supported(a)


# ── 4. a claim, then a confirmation tag ──

@pytest.mark.parametrize("question", [
    "聽說在金門執業年會積分可以加倍？是真的嗎",
    "听说在马祖执业月会积分能加倍？真的吗",
    "聽說離島醫師的月會積分會加倍？對嗎",
])
def test_claim_then_tag_is_answered_yes(ask, question: str) -> None:
    a = ask(question)
    line = _line(a)
    assert a.route == "retrieval" and a.citations[0].id == "tsa-cme/5.15"
    assert line.startswith(("可以", "會", "能", "是")), line
    _supported(a)


# ── 5. the second ask of a pair: a count asked after "does X count as the domain?" ──

@pytest.mark.parametrize("question", [
    "洗腎通路的氣球擴張算血管介入嗎？這項總共要做幾例",
    "透析通路做溶栓也算血管介入吗？这一项一共要多少例",
    "Does dialysis access balloon angioplasty count as vascular intervention? How many cases does that domain need?",
])
def test_count_asked_after_membership_is_the_domains_count(ask, question: str) -> None:
    a = ask(question)
    line = _line(a)
    assert a.route == "retrieval" and {"tsir-instructor/2.4.2", "tsir-instructor/2.4"} <= {c.id for c in a.citations}
    assert line.startswith(("算", "Yes")) and "100" in line, line
    assert line.index("2.4.2" if line.isascii() else "第二條第四款(2)") < line.index("100")
    _supported(a)


# ── 6. "who does it?" is answered by the clause stating the deed ──

@pytest.mark.parametrize("question", [
    "指導老師的專長認證是誰負責審核的？",
    "介入放射学会的专长认证谁来审？",
    "Who reviews the TSIR interventional instructor certification?",
])
def test_who_reviews_is_the_clause_stating_the_review(ask, question: str) -> None:
    a = ask(question)
    line = _line(a)
    assert a.route == "retrieval" and a.citations[0].id == "tsir-instructor/7"
    assert "審查小組" in line or "review panel" in line, line
    _supported(a)
