"""Round 43 (assume43): a calculator default that changes the figure is shown as an assumption (SPEC §3).

1. The surgical CME (tsa_credit_tally): a paper (5.7 / 5.8) the question does not call a case report or an original one
   is counted as an original paper — and the answer says so, in the person's language, naming the halving rule
   ("published in the Formosan Journal of Surgery …, 3rd author": 10, "a case report would count half, tsa-cme/5.7").
   Was: "Total: 10 credits" with no word of the case-report reading. Said either way ("病例報告", "case report", "原著",
   "original article", "not a case report") → no such line.
2. The IR instructor's renewal (tsir_renewal_check): an SCI / non-SCI article the question does not call a full article
   or a case report is read as a full article (5.1 / 5.2's higher figure) — and the answer says so.
The line is the calculator's own text (calculators/tsa_cme.PAPER_NOT_CASE_REPORT, the TSIR vocabulary's `inferred`);
the reader only reads whether the question said it. Phrasings written for this test; the first is from a blind bank.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply, calculator_call

TSA_NOTE = ("以非病例報告計", "Counted as an original paper, not a case report")
TSIR_NOTE = ("以 full article（原著）計", "Counted as a full article, not a case report")


# ------------------------------------------------------------------- 1. TSA: a paper's case-report reading unsaid → shown
TSA_UNSAID = [
    ("published in the Formosan Journal of Surgery (the society's own journal), 3rd author. how many points do I get?",
     "en", 10, "tsa-cme/5.7"),
    ("I was second author on an SCI paper this year. how many TSA CME credits is that?", "en", 25, "tsa-cme/5.7"),
    ("SCI 論文第一作者 1 篇，外科積分可以拿幾分？", "zh-TW", 50, "第五條第七款"),
    ("發表了一篇非 SCI 的外科論文，我是通訊作者，能拿幾分？", "zh-TW", 30, "第五條第八款"),
    ("发表了一篇非SCI的外科论文，我是第二作者，积分多少？", "zh-TW", 15, "第五條第八款"),
]


@pytest.mark.parametrize(("question", "lang", "total", "rule"), TSA_UNSAID)
def test_a_paper_not_said_to_be_a_case_report_is_counted_whole_and_said_so(ask, question, lang, total, rule) -> None:
    a = ask(question)
    call = calculator_call(a, "tsa_credit_tally")
    assert call.result["total"] == total
    assert a.lang == lang
    note = TSA_NOTE[0] if lang == "zh-TW" else TSA_NOTE[1]
    lines = [s for s in a.assumptions if s.startswith(note)]
    assert len(lines) == 1 and rule in lines[0], a.assumptions
    assert lines[0] in a.answer


# near misses: the question says which it is — no such line, and the figure follows what was said
TSA_SAID = [
    ("SCI 論文第一作者 1 篇，是病例報告，幾分？", 25),
    ("SCI 原著論文第一作者 1 篇，幾分？", 50),
    ("发表了一篇非SCI的原著，我是通讯作者，能拿几分？", 30),
    ("今年发表 SCI 原著论文 1 篇，我是第二作者，积分多少？", 25),
    ("one SCI case report as first author this year, how many TSA credits?", 25),
    ("今年 SCI 論文一作 1 篇（不是病例報告），積分？", 50),
    ("SCI 論文一作 2 篇：1 篇原著、1 篇病例報告，幾分？", 60),
]


@pytest.mark.parametrize(("question", "total"), TSA_SAID)
def test_a_paper_said_to_be_a_case_report_or_not_has_no_such_line(ask, question, total) -> None:
    a = ask(question)
    call = calculator_call(a, "tsa_credit_tally")
    assert call.result["total"] == total
    assert not any(s.startswith(TSA_NOTE) for s in a.assumptions), a.assumptions


def test_english_original_article_is_counted_whole(ask) -> None:
    """English "original article" / "full article" is not read as the flag (a reply "second author, full article" would no
    longer complete the question about the role): the figure is the original paper's, the line stays (said twice, true)."""
    a = ask("I had one original article in an SCI journal as first author, credits?")
    assert calculator_call(a, "tsa_credit_tally").result["total"] == 50


def test_no_paper_no_line(ask) -> None:
    """A tally with no paper (meetings only) has no case-report line."""
    a = ask("今年參加外科醫學會年會 1 次、月會 3 次，積分多少？")
    calculator_call(a, "tsa_credit_tally")
    assert not any(s.startswith(TSA_NOTE) for s in a.assumptions), a.assumptions


def test_the_line_stays_when_the_role_comes_in_a_reply(engine) -> None:
    """Asked for the role, the reply completes the tally: the paper is still not said to be a case report."""
    first, second = ask_and_reply(engine, "我今年發表了一篇 SCI 論文，外科積分有幾分？", "第二作者")
    assert first.route == "clarify"
    call = calculator_call(second, "tsa_credit_tally")
    assert call.result["total"] == 25
    assert any(s.startswith(TSA_NOTE[0]) for s in second.assumptions), second.assumptions


# ------------------------------------------------------------ 2. TSIR: an article's full-article reading unsaid → shown
TSIR_UNSAID = [
    ("指導老師換證：SCI 文章第一作者 2 篇，放射線專科積分 100 分，夠嗎？", "zh-TW", 180, "第五條第一款"),
    ("IR instructor renewal: 3 SCI papers as first author and 120 radiology CME points, enough?", "en", 240,
     "tsir-instructor/5.1"),
    ("指导老师换证：非SCI文章通讯作者 2 篇，专科积分 150 分，够吗？", "zh-TW", 190, "第五條第二款"),
]


@pytest.mark.parametrize(("question", "lang", "points", "rule"), TSIR_UNSAID)
def test_an_article_not_said_full_or_case_report_is_a_full_article_and_said_so(ask, question, lang, points, rule) -> None:
    a = ask(question)
    call = calculator_call(a, "tsir_renewal_check")
    assert call.result["points"] == points
    note = TSIR_NOTE[0] if lang == "zh-TW" else TSIR_NOTE[1]
    lines = [s for s in a.assumptions if s.startswith(note)]
    assert len(lines) == 1 and rule in lines[0], a.assumptions


TSIR_SAID = [
    ("指導老師換證：SCI full article 一作 2 篇、case report 1 篇一作，專科積分 100，夠不夠？", 200),
    ("指导老师换证：SCI 原著一作 2 篇，专科积分 130，够吗？", 210),
    ("IR instructor renewal: 2 non-SCI original articles as corresponding author, 170 radiology points. enough?", 210),
]


@pytest.mark.parametrize(("question", "points"), TSIR_SAID)
def test_an_article_said_full_or_case_report_has_no_such_line(ask, question, points) -> None:
    a = ask(question)
    call = calculator_call(a, "tsir_renewal_check")
    assert call.result["points"] == points
    assert not any(s.startswith(TSIR_NOTE) for s in a.assumptions), a.assumptions
