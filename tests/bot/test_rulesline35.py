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

Phrasings written for this test, not taken from eval questions. One table row per phrasing: the clause quoted first,
what the first line starts with, what it must contain — and every line is checked against its quoted clauses.
"""

from __future__ import annotations

import pytest

from bot.rules_asks import separate_asks
from evals.first_line import first_line, unsupported
from evals.runner import answer_quote_source

NOT_NECESSARILY = ("不一定", "Not necessarily")

# (question, the clause quoted first — None: any, the line starts with one of, the line contains one of — () : no word)
FIRST_LINES = [
    # 1. polarity from the clause's own alternatives: all or some asked as what happens
    ("後續審查是不是每次所有項目都查？還是他們會自己挑？", "hpa-mammo/1", NOT_NECESSARILY, ()),
    ("后续审查每次都全部项目查一遍吗？还是会挑着查？", "hpa-mammo/1", NOT_NECESSARILY, ()),
    ("Will HPA's follow-up review check all the items every time, or will they choose?", "hpa-mammo/1", NOT_NECESSARILY, ()),
    # … asked as a leave, or naming the part: the course the rule allows
    ("後續審查一定每項都要查嗎？還是可以只挑幾項？", None, ("可以",), ()),
    ("後續審查一定每項都查嗎？還是會依上次結果只挑幾項？", None, ("可以",), ()),
    # … pooled across the units, met by "each separately"
    ("院內三台乳攝機，實地測試的分數是三台平均嗎？", "hpa-mammo/2.2.1.1.n1", ("不", "No"), ("分別", "each")),
    ("我们有两台乳摄机，品管实地测试是两台的分数合起来算吗？", "hpa-mammo/2.2.1.1.n1", ("不", "No"), ("分別", "each")),
    ("We have two mammography units. Is the QC field test score averaged over both?", "hpa-mammo/2.2.1.1.n1", ("不", "No"),
     ("分別", "each")),
    # 2. "什麼的" asks nothing (the count of asks: test_asks_counted)
    ("後續審查是不是每次都要全部項目重審？證書什麼的我們都備齊了", "hpa-mammo/1", ("不一定",), ()),
    ("后续审查每次都要把所有项目审一遍吗？文件什么的都准备好了，想知道范围", "hpa-mammo/1", ("不一定",), ()),
    ("醫院的積分證明什麼的都齊了，後續審查是每次所有項目都要審嗎？", "hpa-mammo/1", ("不一定",), ()),
    # … "is there an article that lists …" asks for the article
    ("Which activities earn surgical CME credits? Is there an article that lists all of them?", "tsa-cme/5", ("",),
     ("tsa-cme/5)",)),
    # 3. "must it be X? Y OK?": the clause allowing Y answers yes
    ("SCI論文一定要第一作者嗎？通訊作者可以嗎", "tsir-instructor/1.2.2", ("可以", "Yes"), ()),
    ("指导老师申请的SCI文章只能是第一作者吗？通讯作者也可以吗", "tsir-instructor/1.2.2", ("可以", "Yes"), ()),
    ("For the instructor application, does the SCI paper have to be first author? Is corresponding author ok?",
     "tsir-instructor/1.2.2", ("可以", "Yes"), ()),
    # 4. a claim, then a confirmation tag
    ("聽說在金門執業年會積分可以加倍？是真的嗎", "tsa-cme/5.15", ("可以", "會", "能", "是"), ()),
    ("听说在马祖执业月会积分能加倍？真的吗", "tsa-cme/5.15", ("可以", "會", "能", "是"), ()),
    ("聽說離島醫師的月會積分會加倍？對嗎", "tsa-cme/5.15", ("可以", "會", "能", "是"), ()),
    # 6. "who does it?": the clause stating the deed
    ("指導老師的專長認證是誰負責審核的？", "tsir-instructor/7", ("",), ("審查小組", "review panel")),
    ("介入放射学会的专长认证谁来审？", "tsir-instructor/7", ("",), ("審查小組", "review panel")),
    ("Who reviews the TSIR interventional instructor certification?", "tsir-instructor/7", ("",),
     ("審查小組", "review panel")),
]


@pytest.mark.parametrize(("question", "first", "starts", "contains"), FIRST_LINES)
def test_first_line(ask, question: str, first: str | None, starts: tuple[str, ...], contains: tuple[str, ...]) -> None:
    a = ask(question)
    line = first_line(a.answer)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    if first is not None:
        assert a.citations[0].id == first, [c.id for c in a.citations]
    assert line.startswith(starts), line
    assert not contains or any(w in line for w in contains), line
    assert not unsupported(line, [answer_quote_source(c.id) for c in a.citations]), line


@pytest.mark.parametrize(("question", "count"), [
    # 2. "什麼的" (and such) after a noun asks nothing
    ("後續審查是不是每次都要全部項目重審？證書什麼的我們都備齊了", 1),
    ("后续审查每次都要把所有项目审一遍吗？文件什么的都准备好了，想知道范围", 1),
    ("醫院的積分證明什麼的都齊了，後續審查是每次所有項目都要審嗎？", 1),
    # 3. the other course of a "must" is the same ask …
    ("SCI論文一定要第一作者嗎？通訊作者可以嗎", 1),
    ("指导老师申请的SCI文章只能是第一作者吗？通讯作者也可以吗", 1),
    ("For the instructor application, does the SCI paper have to be first author? Is corresponding author ok?", 1),
    ("SCI論文一定要第一作者嗎？一篇可以拿幾分", 2),  # … a figure asked is an ask of its own
])
def test_asks_counted(question: str, count: int) -> None:
    assert len(separate_asks(question)) == count


# ── 5. the second ask of a pair: a count asked after "does X count as the domain?" ──

@pytest.mark.parametrize("question", [
    "洗腎通路的氣球擴張算血管介入嗎？這項總共要做幾例",
    "透析通路做溶栓也算血管介入吗？这一项一共要多少例",
    "Does dialysis access balloon angioplasty count as vascular intervention? How many cases does that domain need?",
])
def test_count_asked_after_membership_is_the_domains_count(ask, question: str) -> None:
    a = ask(question)
    line = first_line(a.answer)
    assert a.route == "retrieval" and {"tsir-instructor/2.4.2", "tsir-instructor/2.4"} <= {c.id for c in a.citations}
    assert line.startswith(("算", "Yes")) and "100" in line, line
    assert line.index("2.4.2" if line.isascii() else "第二條第四款(2)") < line.index("100")
    assert not unsupported(line, [answer_quote_source(c.id) for c in a.citations]), line
