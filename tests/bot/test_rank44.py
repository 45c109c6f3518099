"""Round 44 second pass (rules ranking): the clause the question singles out ranks first.

1. A range the question states in tenths with 成 left understood on its first end ("五到六成", "四至五成之間") or in English
   ("between 50 and 60 percent", "from 40 to 50 percent"): read as 50%–60% / 40%–50%, and the one band holding it (乙 / 甲 of
   二(一)1(2)) first, whatever words a sibling (丙 "停止判讀") shares with the question. Near misses: "超過六成" keeps 丙;
   "三五成群" / "八成是忘了" are words, not figures.
2. A time limit asked ("追蹤期限是多久", "要在多久內完成"): the sibling stating one (二(五)4 "2 個月內") before the one stating
   a counting period (二(五)1). Near miss: the counting period asked ("計算期間") keeps 二(五)1.
3. The renewal window asked back for a date: the clause of the certificate asked about is cited (surgical → 第十一條備註一;
   IR instructor → 第四條); no certificate named: both.
"""

from __future__ import annotations

import pytest

from evals.first_line import first_line
from knowledge.ranges import percent_words, stated_ranges

TENTHS_RANGES = [
    ("阳性复判差异在五到六成之间", "50%到60%"),
    ("差異四到五成", "40%到50%"),
    ("差異四至五成之間", "40%到50%"),
    ("差異五六成", "50%到60%"),
    ("差異五成到六成之間", "50%到60%"),
]


@pytest.mark.parametrize("text, reads", TENTHS_RANGES)
def test_tenths_range_reads_as_percent(text: str, reads: str) -> None:
    assert reads in percent_words(text)


@pytest.mark.parametrize("text", ["三五成群", "八成是忘了", "一成不變"])
def test_words_with_cheng_stay_words(text: str) -> None:
    assert percent_words(text) == text


@pytest.mark.parametrize("text, low, high", [
    ("between 50 and 60 percent", 50, 60), ("from 40% to 50%", 40, 50), ("40-50 per cent", 40, 50), ("50 to 60 %", 50, 60),
])
def test_english_range_is_stated(text: str, low: float, high: float) -> None:
    assert [(r.low, r.high, r.unit) for r in stated_ranges(text)] == [(low, high, "%")]


BAND_RANGE_FIRST = [
    ("If the positive re-read discrepancy is between 50 and 60 percent, is the reader stopped?", "hpa-mammo/2.1.1.2.2", "No"),
    ("Suspected-positive discrepancy between 50 and 60 percent: does the reader have to stop reading?", "hpa-mammo/2.1.1.2.2", None),
    ("差異四到五成，要停止判讀嗎？", "hpa-mammo/2.1.1.2.1", "不會"),
    ("陽性差異四至五成的醫師會不會被停止判讀？", "hpa-mammo/2.1.1.2.1", None),
]


@pytest.mark.parametrize("question, gold, lead", BAND_RANGE_FIRST)
def test_stated_range_ranks_its_band_first(ask, question: str, gold: str, lead) -> None:
    a = ask(question)
    assert a.route == "retrieval"
    assert a.citations[0].id == gold
    if lead:
        assert first_line(a.answer).startswith(lead)


def test_open_bound_keeps_its_clause(ask) -> None:
    a = ask("陽性複判差異超過六成，會被停判嗎？")
    assert a.citations[0].id == "hpa-mammo/2.1.1.2.3"


TIME_LIMIT_FIRST = [
    ("篩檢個案的追蹤期限是多久？", "hpa-mammo/2.5.4"),
    ("筛检阳性个案要在多久内完成追踪？", "hpa-mammo/2.5.4"),
    ("疑似陽性個案追蹤的時限是幾個月？", "hpa-mammo/2.5.4"),
    ("疑似陽性個案數的計算期間是哪段時間？", "hpa-mammo/2.5.1"),  # near miss: the counting period asked
]


@pytest.mark.parametrize("question, gold", TIME_LIMIT_FIRST)
def test_time_limit_asked_ranks_the_clause_stating_one(ask, question: str, gold: str) -> None:
    a = ask(question)
    assert a.citations[0].id == gold


RENEWAL_CITES = [
    ("外科專醫證書什麼時候可以申請展延？", ["tsa-cme/11.n1"]),
    ("外科专科医师证书什么时候能申请展延？", ["tsa-cme/11.n1"]),
    ("When can I apply to renew my IR instructor certificate?", ["tsir-instructor/4"]),
    ("介入放射指導老師證書什麼時候可以換證？", ["tsir-instructor/4"]),
]


@pytest.mark.parametrize("question, cites", RENEWAL_CITES)
def test_renewal_window_cites_the_certificate_asked(ask, question: str, cites: list[str]) -> None:
    a = ask(question)
    assert a.route == "clarify"
    assert [c.id for c in a.citations] == cites


# 4. "which things are accepted" ("積分有哪些來源可以算"): the heading whose items list them leads the ranking, as it leads the
# line (bot.rules_answer.listing_first). Near miss: a question naming one kind ("哪些課程可以算") keeps its own clause.
LISTING_FIRST = [
    ("外科专医积分有哪些来源可以算？", "tsa-cme/5"),
    ("外科專醫的積分到底有哪些來源可以認？", "tsa-cme/5"),
    ("外科專科醫師繼續教育積分，哪些活動可以算？", "tsa-cme/5"),
    ("外科积分哪些活动可以认？", "tsa-cme/5"),
]


@pytest.mark.parametrize("question, gold", LISTING_FIRST)
def test_which_accepted_ranks_the_listing_first(ask, question: str, gold: str) -> None:
    a = ask(question)
    assert a.retrieved[0] == gold, a.retrieved
    assert a.citations[0].id == gold
