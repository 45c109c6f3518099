"""Round 39 (tsir39): whose rules a paper / points question is — the TSIR instructor's or the surgical society's — from the
question's own words; each class with wordings of our own (none a case's):

1. The instructor application's case counts named (免附個案數, 個案數證明, 不交個案數, "case numbers", "case log", "case number
   requirement") make a papers question article 1(2)'s (tsir-instructor/1.2.2), never the surgical CME tally; points said 點
   ("幾點", "一共多少點", "點數") are the instructor's renewal points, unless the surgical society is named. Papers named in the
   instructor's words (SCI 全文, "full article") with nothing deciding — no calendar year, no 論文 / second author / credits,
   no surgery, no instructor word — ask whose rules (a clarify citing both regulations' paper clauses), never pick one; the
   reply ("外科醫學會的", "介入學會換證") completes the one it names. Near misses: a year, 論文, credits or the surgeons named
   keep the surgical tally.
2. A type said of every paper after the papers ("都是 full article", "全部都是原著", "all of them full articles") is what those
   papers are — no paper of its own; the parts' roles ("其中 2 篇一作，其他 3 篇中間作者") stay as read.
3. A count with its items in brackets, some said with how many times ("3 meetings (APSCVIR, TSIR annual x2)", "(JSIR, TSIR
   annual meeting twice)"), restates the count when they add up to it; when they do not, the figure is asked about.
4. The instructor certificate's fee, replacement or reissue asked ("lost my instructor certificate, how much to replace it",
   "證書不見了補發要多少錢") is a rules question (tsir-instructor/8.2), not an eligibility question back.
"""

from __future__ import annotations

import datetime

import pytest

from evals.first_line import first_line
from tests.bot.conftest import ask_and_reply

TODAY = datetime.date(2026, 12, 5)


def _call(answer, name):
    return next(c for c in answer.tool_calls if c.name == name)


def _items(call):
    return sorted((it["kind"], it.get("count", 1), it.get("role"), it.get("scope")) for it in call.args["activities"])


# ----------------------------------------------------------- 1. case counts and 點 decide the instructor's rules

@pytest.mark.parametrize(("question", "yes"), [
    ("two SCI papers where I'm just a co-author: do they waive the case number requirement?", False),
    ("SCI 論文兩篇都是二作，可以免附個案數證明嗎？", False),
    ("我的 SCI 有三篇但都掛中間作者，這樣申請指導老師能不附個案數嗎", False),
    ("我有 3 篇 SCI 都是第一作者，申请带教老师可以不交个案数吗？", True),
    ("I'm first author on 2 SCI papers - can I skip the case log for the instructor application?", True),
])
def test_papers_asked_of_the_case_counts_are_the_instructors_waiver(engine, question, yes):
    a = engine.answer(question, today=TODAY)
    assert a.route == "retrieval", (a.route, a.answer[:300])
    assert not a.tool_calls
    assert [c.id for c in a.citations][:3].count("tsir-instructor/1.2.2") == 1, [c.id for c in a.citations]
    line = first_line(a.answer)
    assert line.startswith(("Yes", "可以") if yes else ("No", "不可以", "不行", "不能")), line


@pytest.mark.parametrize(("question", "items", "points"), [
    ("SCI 一作 2 篇，幾點？", [("sci_full_article", 2, "first", None)], 80),
    ("非SCI全文通讯作者2篇、国内会议壁报1个，一共多少点？",
     [("non_sci_full_article", 2, "corresponding", None), ("oral_or_eposter", 1, None, "domestic")], 55),
    ("SCI case report 其他作者 3 篇、國外 oral 1 次，共幾點？",
     [("oral_or_eposter", 1, None, "international"), ("sci_case_report", 3, "other", None)], 49),
    ("SCI 一作 2 篇，可以換多少點數？", [("sci_full_article", 2, "first", None)], 80),
])
def test_points_said_dian_are_the_instructors_renewal_points(engine, question, items, points):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert [c.name for c in a.tool_calls] == ["tsir_renewal_check"]
    call = _call(a, "tsir_renewal_check")
    assert _items(call) == sorted(items)
    assert call.result["points"] == points


@pytest.mark.parametrize("question", [
    "我有兩篇 SCI 全文，都是通訊作者，可以算幾分？",
    "两篇SCI全文我都是一作，能算多少分？",
    "I have 2 SCI full articles as first author. How many points?",
    "Two non-SCI full papers, I'm first author on both — what are they worth?",
])
def test_papers_in_the_instructors_words_with_nothing_deciding_ask_whose_rules(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "clarify", (a.route, a.answer[:300])
    assert not a.tool_calls
    assert any(m.startswith("regulation") for m in a.missing), a.missing
    ids = [c.id for c in a.citations]
    assert any(i.startswith("tsa-cme/5.") for i in ids) and any(i.startswith("tsir-instructor/5.") for i in ids), ids


@pytest.mark.parametrize(("question", "reply", "tool", "figure"), [
    ("SCI 全文一作 2 篇，可以算幾分？", "外科醫學會的", "tsa_credit_tally", 60),
    ("SCI 全文一作 2 篇，可以算幾分？", "介入學會指導老師換證", "tsir_renewal_check", 80),
    ("I have 2 SCI full articles as first author. How many points?", "for the surgical society CME", "tsa_credit_tally", 60),
])
def test_the_reply_naming_whose_rules_completes_that_calculation(engine, question, reply, tool, figure):
    _, a = ask_and_reply(engine, question, reply)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert [c.name for c in a.tool_calls] == [tool]
    result = a.tool_calls[0].result
    assert result.get("total", result.get("points")) == figure


@pytest.mark.parametrize(("question", "total"), [
    ("今年 SCI 全文一作 2 篇，幾分？", 60),  # a calendar year: the surgical tally's
    ("SCI 論文一作 2 篇，幾分？", 60),  # 論文: the surgical rules' word
    ("Two SCI papers this year as first author, credits?", 60),
    ("SCI case report 一作一篇 這樣幾分?", 25),  # no instructor word at all: as before
    ("外科醫學會：SCI 論文一作 2 篇，算幾點？", 60),  # 點, but the surgeons named
])
def test_a_surgical_paper_tally_stays_the_surgical_tally(engine, question, total):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert [c.name for c in a.tool_calls] == ["tsa_credit_tally"]
    assert a.tool_calls[0].result["total"] == total


# ----------------------------------------------------------- 2. a type said of every paper

@pytest.mark.parametrize(("question", "items", "points"), [
    ("SCI 文章5篇，其中2篇一作，其他3篇掛中間作者，都是 full article，換證算幾分",
     [("sci_full_article", 2, "first", None), ("sci_full_article", 3, "other", None)], 125),
    ("換證：SCI 文章 4 篇，其中 3 篇我是通訊作者，另 1 篇我是第二作者，全部都是原著，幾分？",
     [("sci_full_article", 1, "other", None), ("sci_full_article", 3, "corresponding", None)], 135),
    ("TSIR renewal: 3 SCI papers, 1 as corresponding author and the other 2 as co-author, all of them full articles. Points?",
     [("sci_full_article", 1, "corresponding", None), ("sci_full_article", 2, "other", None)], 70),
    ("换证积分：SCI 文章 3 篇，其中 1 篇一作，另外 2 篇是中间作者，都是病例报告，一共多少分？",
     [("sci_case_report", 1, "first", None), ("sci_case_report", 2, "other", None)], 36),
    # near miss: no type said after them, as before
    ("换证：SCI 全文 6 篇，其中 4 篇我是第一作者，剩下 2 篇挂名其他作者，能抵多少分？",
     [("sci_full_article", 2, "other", None), ("sci_full_article", 4, "first", None)], 190),
])
def test_a_type_said_of_every_paper_is_no_paper_of_its_own(engine, question, items, points):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsir_renewal_check")
    assert _items(call) == sorted(items)
    assert call.result["points"] == points


# ----------------------------------------------------------- 3. a bracketed list with multipliers restates its count

@pytest.mark.parametrize(("question", "lectures"), [
    ("Ablation: 90 cases, specialist 6 years, lectured on RFA at 4 meetings (CIRSE, TSIR annual ×3). Can I apply?", 4),
    ("Vascular intervention 60 cases, 9 yrs board certified, moderated PTA sessions 3 times (JSIR, TSIR annual meeting "
     "twice). Eligible?", 3),
    ("消融：RFA 90 例，專科 6 年，在 4 場會議講過消融（CIRSE 1 次、TSIR 年會 3 次），可以申請嗎？", 4),
])
def test_a_bracketed_list_adding_up_to_its_count_restates_it(engine, question, lectures):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsir_instructor_eligibility")
    assert call.args["lectures_in_domain"] == lectures
    assert call.result["eligible"] is True and call.result["path"] == "lectures"


def test_a_bracketed_list_not_adding_up_is_asked_about(engine):
    a = engine.answer("Ablation: 90 cases, specialist 6 years, lectured on RFA at 3 meetings (CIRSE, TSIR annual x3). "
                      "Can I apply?", today=TODAY)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:300])


# ----------------------------------------------------------- 4. the certificate's fee or replacement is a rules question

@pytest.mark.parametrize("question", [
    "指導老師證書不見了，補發要多少錢？",
    "指导老师证书弄丢了，补发要多少钱？",
    "the replacement fee for a lost TSIR instructor certificate?",
    "My instructor cert got damaged, can I get a reissued one and what does it cost?",
])
def test_a_certificates_fee_or_replacement_is_the_rules(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "retrieval", (a.route, a.answer[:300])
    assert a.citations[0].id == "tsir-instructor/8.2", [c.id for c in a.citations]
    assert "200" in first_line(a.answer)


def test_an_eligibility_question_with_its_case_stays_computed(engine):
    a = engine.answer("消融 200 例，專科 10 年，可以申請指導老師嗎？", today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].name == "tsir_instructor_eligibility"
