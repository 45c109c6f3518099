"""Round 40 (cond40): an activity's condition, scope and which tool a question back is for.

1. A stated fact that fails a condition the rule puts on an activity is never computed as the kind that meets it: training
   at a regional / district hospital or a clinic against 5.9(2)'s 限在醫學中心進修, a place other than the five islands
   against 5.15's doubling. Asked yes / no, the rule's refusal leads (不可以 / 不算 / No) — also when the restriction is
   offered as the alternative with no question mark between ("…可以算嗎 還是一定要醫學中心"); asked for a figure, 不算 and
   the restriction lead. A medical centre (by name or by 醫學中心) or a listed island keeps its calculation.
2. A society's journal named as where a paper came out ("台灣醫學會雜誌那種非SCI的一作", "投上內科醫學會雜誌") is the place
   of publication, not another society's rules; that society's own CME, its certificate or its journal's 投稿格式 stay out
   of scope.
3. The six years' credits summed with no certificate named ("六年积分加起来 640 分，可以换证吗？") asks which certificate
   (round 41: one rule with "六年累積 700 學分夠不夠換證"); the six yearly credits in reply compute the surgical renewal; a certificate named keeps its own check. The instructor's renewal reads
   points added with the points word after the number ("加上 80 分积分", "再加 60 分學分") as its radiology CME points,
   so the reply to its question back computes.
4. The earliest moment of one's own renewal asked in Chinese with nothing said of the expiry ("外專證書要展延，請問最早什麼時候
   可以開始送件？", "我的…") asks the certificate's expiry date (renewal_window); the bare earliest moment, the period asked
   (到期前多久, 提前多久) or an expiry said roughly (快到期了, 明年三月到期) stays the rule's.
Phrasings written for this test; the four given questions of the brief are in evals/cases/ask_cond40.yaml.
"""

from __future__ import annotations

import pytest

from evals.first_line import first_line
from tests.bot.conftest import ask_and_reply


def _calls(answer, tool: str) -> list:
    return [c for c in answer.tool_calls if c.name == tool]


# ------------------------------------------------------------------------- 1. an activity's condition not met

NOT_MET_YES_NO = [
    ("在區域醫院進修可以算外科進修嗎 還是一定要醫學中心", "tsa-cme/5.9.2", "不可以"),
    ("我在區域教學醫院受訓半年，國內進修積分可以算嗎？", "tsa-cme/5.9.2", "不可以"),
    ("在区域医院进修三个月可以算外科进修吗 还是必须医学中心", "tsa-cme/5.9.2", "不可以"),
    ("去診所跟診兩個月能算國內進修嗎 還是只限醫學中心", "tsa-cme/5.9.2", "不可以"),
    ("在地區醫院進修了半年，這樣算國內進修嗎", "tsa-cme/5.9.2", "不算"),
    ("Can a 3-month stint at a regional hospital count as domestic training, or does it have to be a medical centre?",
     "tsa-cme/5.9.2", "No"),
    ("我在小琉球執業，參加年會積分可以加倍嗎？", "tsa-cme/5.15", "不可以"),
    ("在台東偏鄉執業，年會積分可以算兩倍嗎", "tsa-cme/5.15", "不可以"),
    ("在花蓮山區的衛生所服務，月會積分能加倍嗎？", "tsa-cme/5.15", "不可以"),
    ("I practise in rural Hualien — do my TSA monthly meeting credits count double?", "tsa-cme/5.15", "No"),
    # (someone else's case: the place is still the case's, never denied by whose it is)
    ("學弟在區域醫院進修三個月，這樣可以算國內進修嗎", "tsa-cme/5.9.2", "不可以"),
    ("我同事在台東偏鄉執業，他的年會積分可以加倍嗎？", "tsa-cme/5.15", "不可以"),
]


@pytest.mark.parametrize(("question", "gold", "lead"), NOT_MET_YES_NO)
def test_condition_not_met_is_refused(ask, question: str, gold: str, lead: str) -> None:
    a = ask(question)
    assert a.route == "retrieval" and not a.tool_calls, (a.route, a.answer[:200])
    assert first_line(a.answer).startswith(lead), first_line(a.answer)
    assert gold in [c.id for c in a.citations]


NOT_MET_FIGURE = [
    "在區域醫院進修三個月可以算外科進修嗎 還是一定要醫學中心",  # (three months stated: never 12 credits)
    "在地區醫院進修兩個月，可以拿幾分？",
    "在区域医院进修了4个月，能算几分？",
    "在非醫學中心的教學醫院進修半年，積分怎麼算？",
    "在小琉球這種離島執業，今年年會1次、月會2次，幾分？",
]


@pytest.mark.parametrize("question", NOT_MET_FIGURE)
def test_condition_not_met_is_never_computed(ask, question: str) -> None:
    a = ask(question)
    assert not any(it.get("kind") == "training_domestic" for c in _calls(a, "tsa_credit_tally")
                   for it in c.args.get("activities", [])), a.answer[:200]
    assert not any(c.args.get("offshore_island") for c in _calls(a, "tsa_credit_tally")), a.answer[:200]
    assert a.route == "retrieval", (a.route, a.answer[:200])
    line = first_line(a.answer)
    assert "限在醫學中心" in line or "澎湖" in line, line


@pytest.mark.parametrize("question", ["在地區醫院進修兩個月，可以拿幾分？", "在区域医院进修了4个月，能算几分？"])
def test_figure_asked_of_unmet_condition_leads_with_no(ask, question: str) -> None:
    assert first_line(ask(question).answer).startswith("不算：")


# the condition met (a medical centre by name or by word, a listed island), or something else denied: computed as before
MET = [
    ("我在地區醫院上班，去台大進修三個月，積分幾分？", "tsa_credit_tally", 12),
    ("在醫學中心進修了兩個月，不是國外，幾分？", "tsa_credit_tally", 8),
    ("在台大進修三個月可以算幾分", "tsa_credit_tally", 12),
    ("在醫學中心進修兩個月，積分多少？", "tsa_credit_tally", 8),
    ("在診所上班，去醫學中心進修了兩個月，幾分？", "tsa_credit_tally", 8),
    ("在金門執業，今年參加年會1次、月會2次，幾分？", "tsa_credit_tally", 200),
]


@pytest.mark.parametrize(("question", "tool", "total"), MET)
def test_condition_met_is_computed(ask, question: str, tool: str, total: int) -> None:
    a = ask(question)
    calls = _calls(a, tool)
    assert a.route == "calculator" and calls, (a.route, a.answer[:200])
    assert calls[0].result["total"] == total


@pytest.mark.parametrize(("question", "lead"), [("國內進修一定要在醫學中心嗎", "需要"),
                                                ("在台東的蘭嶼衛生所執業，年會積分可以加倍嗎？", "可以"),
                                                ("在澎湖執業，月會積分可以加倍嗎？", "可以"),
                                                ("學姐在馬祖的衛生所服務，她參加年會的積分可以加倍嗎？", "可以")])
def test_condition_asked_or_met_keeps_its_yes(ask, question: str, lead: str) -> None:
    a = ask(question)
    assert a.route == "retrieval" and first_line(a.answer).startswith(lead), first_line(a.answer)


# ------------------------------------------------------------------------- 2. a society's journal

JOURNAL = [
    ("今年SCI通訊作者一篇，另外台灣醫學會雜誌那種非SCI的一作一篇，這樣論文可以算80分嗎", 60),
    ("SCI一作一篇，還有一篇台灣醫學會雜誌的非SCI二作，今年論文積分多少？", 60),
    ("投上內科醫學會雜誌（非SCI）一作一篇，可以算多少積分", 30),
    ("一篇发表于台湾医学会杂志的非SCI论文，我是第一作者，能算几分", 30),
    ("one non-SCI paper as first author, published in the Journal of the Formosan Medical Association — points?", 30),
]


@pytest.mark.parametrize(("question", "total"), JOURNAL)
def test_journal_named_is_where_the_paper_came_out(ask, question: str, total: int) -> None:
    a = ask(question)
    calls = _calls(a, "tsa_credit_tally")
    assert a.route == "calculator" and calls, (a.route, a.answer[:200])
    assert calls[0].result["total"] == total


def test_journal_named_rule_asked_is_ours(ask) -> None:
    a = ask("論文刊登於台灣醫學會雜誌，非SCI，通訊作者，算幾分？")
    assert a.route == "retrieval" and "tsa-cme/5.8" in [c.id for c in a.citations]


@pytest.mark.parametrize("question", ["內科醫學會的繼續教育積分要怎麼申請？", "台灣醫學會雜誌的投稿格式是什麼？",
                                      "家醫科醫學會的專科證書展延要幾分"])
def test_other_society_own_rules_stay_out(ask, question: str) -> None:
    assert ask(question).route == "out_of_scope"


# ------------------------------------------------------------------------- 3. which renewal a question back is for

YEARLY_TOTAL = [
    ("六年积分加起来 640 分，可以换证吗？", "110、100、100、110、100、120", True, 640),
    ("6年學分總共610分，這樣可以換證了嗎？", "100、100、110、100、100、100", True, 610),
    ("My six years add up to 640 credits, can I renew?", "110, 100, 0, 110, 200, 120", False, 640),
]


@pytest.mark.parametrize(("question", "reply", "eligible", "total"), YEARLY_TOTAL)
def test_yearly_total_asks_each_year(engine, question: str, reply: str, eligible: bool, total: int) -> None:
    # (round 41, zhtsa41: with no certificate named, which certificate is asked first — one rule for every six-year total;
    # the six yearly credits in reply are the surgical certificate's and compute)
    first, then = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert any(m.startswith("regulation") for m in first.missing), first.missing
    calls = _calls(then, "tsa_renewal_check")
    assert calls and calls[0].result["eligible"] is eligible and calls[0].result["total"] == total


def test_instructor_named_keeps_its_renewal(ask) -> None:
    a = ask("指導老師六年積分加起來 240 分，可以換證嗎？")
    assert a.route == "clarify" and any(m.startswith("activities") for m in a.missing), a.missing


ADDED_POINTS = [
    ("国际会议上做了 2 次口头报告，国内也有几次演讲，加上 80 分积分，换证够吗？", "国内演讲 3 次", 80, 190),
    ("指導老師換證：SCI 一作 2 篇，國內演講幾次，再加 60 分學分，夠不夠？", "國內演講 2 次", 60, 180),
]


@pytest.mark.parametrize(("question", "reply", "cme", "points"), ADDED_POINTS)
def test_added_points_read_in_the_reply(engine, question: str, reply: str, cme: int, points: int) -> None:
    first, then = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    calls = _calls(then, "tsir_renewal_check")
    assert calls, (then.route, then.answer[:200])
    assert calls[0].args["cme_points"] == cme and calls[0].result["points"] == points


def test_added_points_said_after_the_number_in_one_message(ask) -> None:
    a = ask("國外會議口頭報告 1 次，另外還有 90 分的教育積分，換證夠嗎？")
    calls = _calls(a, "tsir_renewal_check")
    assert calls and calls[0].args["cme_points"] == 90 and calls[0].result["points"] == 115


# ------------------------------------------------------------------------- 4. the earliest day of a renewal

EARLIEST = [
    ("外專證書要展延，請問最早什麼時候可以開始送件？", "證書117年1月15日到期", "2027-07-15"),
    ("外科专科证书要展延，最早什么时候可以送件？", "2027年5月20日到期", "2026-11-20"),
    ("我的专科证书最早什么时候可以申请展延？", "證書116年6月30日到期", "2026-12-30"),
    ("指導老師證書要換了，最早什麼時候可以送換證申請？", "2029/3/31 到期", "2028-09-30"),
]


@pytest.mark.parametrize(("question", "reply", "opens"), EARLIEST)
def test_earliest_day_asks_the_expiry(engine, question: str, reply: str, opens: str) -> None:
    first, then = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, (first.route, first.answer[:200])
    assert any(m.startswith("expiry_date") for m in first.missing), first.missing
    calls = _calls(then, "renewal_window")
    assert calls and str(calls[0].result["opens"]) == opens


@pytest.mark.parametrize("question", ["專科證書快到期了，最早什麼時候可以開始送展延？",
                                      "外科專醫證書最早什麼時候可以送展延？",  # (the bare earliest moment: the rule's)
                                      "外專證書明年三月到期 最早什麼時候可以開始送展延?",
                                      "專科證書展延最早可以在到期前多久送？",
                                      "指導老師證書最早可以提前多久申請換證？"])
def test_period_asked_stays_the_rule(ask, question: str) -> None:
    a = ask(question)
    assert a.route == "retrieval" and not a.tool_calls, (a.route, a.answer[:200])
