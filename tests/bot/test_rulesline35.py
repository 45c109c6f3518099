"""Round 35 (rules line helper): the first line of a rules answer answers what was asked.

1. A yes / no met by the clause's own alternatives: "every item each time, or will they pick?" met by 全部或部分 is
   "not necessarily" (a 可以 answers only a leave asked: "還是可以只挑幾項"); "averaged / pooled across the units?" met by
   "按每台…分別計算" is no, each separately.
2. An ask of a several-asks message is answered from its own words only when their best clause is one of the message's
   best (else the message's order stands): "哪些活動可以拿積分？有沒有一條是列全部項目的" is 第五條, not 第二條 that
   外科專科醫師 alone ranks first; "有沒有一條是列…的" asks for an article.
3. "一定要 X 嗎？Y 行不行" offers Y as the other course of the same ask: one ask, the clause that allows Y answers yes.
4. A claim asked with a question mark and a confirmation tag after it ("聽說…可以加倍？真的嗎"): the claim is the ask.

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
    "乳攝後續審查每次都會把全部項目審一遍嗎？還是會挑幾項？",
    "后续审查每次都会把所有项目查一遍吗？还是会抽几项审？",
    "Does the follow-up review check every item each time, or will they only pick some?",
])
def test_all_or_some_asked_as_what_happens_is_not_necessarily(ask, question: str) -> None:
    a = ask(question)
    line = _line(a)
    assert a.route == "retrieval" and a.citations[0].id == "hpa-mammo/1"
    assert line.startswith(("不一定", "Not necessarily")), line
    _supported(a)


def test_all_or_some_asked_as_a_leave_stays_yes(ask) -> None:
    assert _line(ask("後續審查一定每項都要查嗎？還是可以只挑幾項？")).startswith("可以")


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


# ── 2. an ask's own words rank only when they agree with the message's best ──

@pytest.mark.parametrize("question", [
    "外科專科醫師哪些活動可以拿積分？有沒有一條是列全部項目的",
    "外科专科医师哪些活动能拿积分？有没有一条是列全部项目的",
    "Which activities earn surgical CME credits? Is there an article that lists all of them?",
])
def test_activities_and_the_article_listing_them(ask, question: str) -> None:
    a = ask(question)
    line = _line(a)
    assert a.route == "retrieval" and "tsa-cme/5" in {c.id for c in a.citations}
    assert "第五條" in line or "tsa-cme/5" in line, line
    assert "第二條" not in line and "tsa-cme/2)" not in line
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
