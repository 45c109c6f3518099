"""Routing and scope, round 27 (phrasings of our own, not the eval questions').

Still ours (in-scope questions that were refused):
- a bare 指導醫師 certificate renewed or its window asked ("指導醫師證書…換證最早什麼時候", "送指導醫師換證") with no body
  or field named: the only 指導醫師 certificate these rules renew is the TSIR instructor's — and its window is that
  certificate's (換證, 第四條), never the surgical specialist certificate's 展延;
- a time word read before 專科證書 ("這段期間專科證書展延", "那段時間專科證書") names no certificate of another field.
Still refused: another body's or field's 指導醫師 certificate ("超音波醫學會的指導醫師證書要換證").
The person's own case, computed: items of one's own each said with their count ("SCI case report 一作一篇", "兩場"),
what they give asked ("這樣幾分", "多少分", "這樣學分是？"). A paper with no count ("SCI paper 我是二作，這樣算幾分") stays
the rule's.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from bot.scope import foreign_target

TODAY = datetime.date(2026, 12, 3)


def _decision(question: str):
    return decide_calculation(Query(question, TODAY))


@pytest.mark.parametrize("question", [
    "我的指導醫師證書是2022年3月1日核發的，最早什麼時候可以申請換證？",
    "指導醫師證書 2027/6/30 到期，哪天開始可以送展延？",
    "指导医师证书2027年3月1日到期，最早什么时候可以申请换证？",
    "My 指導醫師 certificate expires 2027-05-31, when can I file the renewal?",
])
def test_bare_instructor_title_renewal_window_is_ours(question: str) -> None:
    assert foreign_target(question) is None
    d = _decision(question)
    assert d is not None and d.route == "calculator"
    assert d.extraction.tool == "renewal_window"
    assert d.extraction.args["doc"] == "tsir-instructor"


@pytest.mark.parametrize("question", [
    "預計明年送指導醫師換證，需要積分嗎",
    "指導醫師證要換了，申請期間是什麼時候？",
])
def test_bare_instructor_title_renewed_is_not_refused(question: str) -> None:
    assert foreign_target(question) is None


@pytest.mark.parametrize("question", [
    "超音波醫學會的指導醫師證書要換證了，要幾分？",
    "心臟學會的PCI指導醫師證書展延要什麼條件",
    "超音波指導醫師證書多久要換證一次？",
])
def test_another_bodys_instructor_title_is_still_refused(question: str) -> None:
    assert foreign_target(question) is not None


@pytest.mark.parametrize("question", [
    "下個月開始出國兩年，這段期間專科證書展延的積分可以少一點嗎？",
    "那段時間專科證書的展延要怎麼辦？我人在駐外醫療團",
    "這段期間专科证书展延的学分可以扣抵吗？",
])
def test_a_time_word_before_the_certificate_names_no_field(question: str) -> None:
    assert foreign_target(question) is None


@pytest.mark.parametrize(("question", "total_kinds"), [
    ("SCI case report 一作一篇 這樣幾分?", 1),
    ("非SCI論文：第一作者原著一篇、通訊作者病例報告一篇，總共多少分？", 2),
    ("非SCI论文：一作病例报告一篇，通讯作者原著一篇，多少分？", 2),
    ("SCI 我是二作一篇，非SCI一作一篇，這樣學分是？", 2),
    ("國內研討會兩場，每場三小時，這樣可以拿幾分？", 1),
])
def test_counted_items_of_ones_own_valued_are_computed(question: str, total_kinds: int) -> None:
    d = _decision(question)
    assert d is not None and d.route == "calculator"
    assert d.extraction.tool == "tsa_credit_tally"
    assert len(d.extraction.args["activities"]) == total_kinds


@pytest.mark.parametrize("question", [
    "SCI paper 我是二作，這樣算幾分？如果那篇是 case report 呢",
    "SCI 的 case report 一作可以拿幾分？",
])
def test_a_paper_with_no_count_stays_the_rules(question: str) -> None:
    assert _decision(question) is None


# A grade asked tersely of scores given ("Average & grade?", "Grade + what …"), or a grade guessed and checked ("那是C對吧"):
# the scores' own grade, computed (its steps carry the measures), never the band table quoted.
@pytest.mark.parametrize(("question", "grade"), [
    ("Radiographer sampled average 333. Grade + what does the radiographer have to do?", "C"),
    ("Facility sampled scores 350, 341, 339. Average & grade? and what must the responsible physician do", "B"),
    ("抽選片平均 361 分，應該是A吧？A 等之後的規定是什麼", "A"),
    ("机构抽选片平均 318，是D吧？D等的辅导措施是什么", "D"),
])
def test_grade_checked_of_scores_given_is_computed(question: str, grade: str) -> None:
    from calculators.registry import run_tool

    d = _decision(question)
    assert d is not None and d.route == "calculator"
    assert d.extraction.tool == "hpa_image_grade"
    assert run_tool(d.extraction.tool, d.extraction.args).grade == grade


@pytest.mark.parametrize("question", [
    "抽選片平均要幾分以上才算A？",
    "What score does a radiographer need for grade A?",
])
def test_the_grades_band_asked_with_no_score_stays_the_rules(question: str) -> None:
    assert _decision(question) is None


# One's whole case of counted items, its sum asked beside the rule's cap ("共幾分，有上限嗎", "算起來多少？有上限嗎"): the sum is
# computed and the cap applied in its steps — never only the cap quoted.
@pytest.mark.parametrize("question", [
    "今年論文兩篇：SCI 一作、非SCI 二作，還有月會三次，共幾分？有上限嗎",
    "今年国内研讨会两场（各三小时）、国际会议一场、SCI 通讯作者一篇，积分算起来多少？有没有上限",
    "今年論文有三篇：SCI一作、SCI通訊、非SCI一作，總共可以拿幾分？一年最多認幾分",
])
def test_whole_case_summed_beside_the_cap_is_computed(question: str) -> None:
    d = _decision(question)
    assert d is not None and d.route == "calculator"
    assert d.extraction.tool == "tsa_credit_tally"


@pytest.mark.parametrize("question", [
    "論文積分一年最多幾分？",
    "外科學會論文積分一年上限多少？",
    "Is there a yearly cap on paper credits?",
])
def test_the_cap_asked_alone_stays_the_rules(question: str) -> None:
    assert _decision(question) is None
