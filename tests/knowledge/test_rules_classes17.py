"""Round 17 rules classes, phrasings of our own in zh-TW, zh-CN and English — never the eval sentences:

1. two sibling clauses told apart by a negated qualifier in their headings (發表 SCI 論文 / 發表非 SCI 論文, 腫瘤 / 非腫瘤血管栓塞):
   the question's own polarity ("不是SCI的期刊", "沒有被 SCI 收錄", "not indexed in SCI" / "SCI 期刊的病例報告") names which
   (knowledge.negations), and the other is no rival figure in the first line;
2. a thing named by what it failed to do ("未於期限內改善之儀器，不得用於…") is the condition the verdict rules on: a question
   stating that failure ("期限到了還沒改善") and asking whether it may go on is answered no;
3. a breakdown in brackets after one's own count ("5 talks (3 abroad, 2 here)") adds up to that count, which alone is put
   to the rule's threshold ("3 次以上"): the line answers yes, not "it depends on your figures".

Retrieval uses the real index (the session's `retriever` fixture); every first line is checked against its clause
(evals.first_line.unsupported)."""

from __future__ import annotations

import pytest

from bot.rules_answer import _without_breakdown, direct_line, figures_decide
from evals.first_line import AFFIRMATIVE, NEGATIVE
from knowledge.negations import asked_polarity, polarity_settles, prefer_asked_polarity
from knowledge.textnorm import fold
from tests.bot.first_line_support import CORPUS, supported


# ------------------------------------------------------------------ 1. a negated qualifier names the sibling

NON_SCI = [
    ("zh-TW", "論文投在不是SCI的期刊，第一作者可以拿幾分"),
    ("zh-TW", "我的文章登在院內刊物，沒有被SCI收錄，二作有幾分"),
    ("zh-TW", "论文发表在非SCI期刊上，通讯作者外科学会给几分"),
    ("en", "How many credits does a corresponding author get for a paper in a non-SCI journal?"),
]


@pytest.mark.parametrize(("lang", "question"), NON_SCI)
def test_a_negated_qualifier_gets_the_negated_sibling(retriever, lang: str, question: str) -> None:
    hits = retriever.search(question, 5)
    assert hits[0].clause.id == "tsa-cme/5.8", [h.clause.id for h in hits]
    line = direct_line(question, hits, CORPUS, lang)
    assert line.cited == ["tsa-cme/5.8"], line.text  # the SCI clause's 50 / 25 is no rival figure
    assert "30" in line.text and "50" not in line.text, line.text
    assert supported(line.text, "tsa-cme/5.8"), line.text


@pytest.mark.parametrize("question", ["我的論文是SCI期刊的病例報告，第一作者給幾分", "SCI paper, second author: how many credits?"])
def test_a_plain_qualifier_keeps_or_gets_the_plain_sibling(question: str) -> None:
    # met first by the non-SCI clause, the SCI one goes first; met first by the SCI one, it stays
    assert prefer_asked_polarity(question, ["tsa-cme/5.8", "tsa-cme/5.7", "tsir-instructor/5.1"], CORPUS)[0] == "tsa-cme/5.7"
    assert prefer_asked_polarity(question, ["tsa-cme/5.7", "tsa-cme/5.8"], CORPUS)[0] == "tsa-cme/5.7"


def test_the_other_regulations_pair_and_a_chinese_qualifier() -> None:
    assert prefer_asked_polarity("non-SCI 文章的 case report 換證算幾分", ["tsir-instructor/5.1", "tsir-instructor/5.2"],
                                 CORPUS)[0] == "tsir-instructor/5.2"
    assert prefer_asked_polarity("不是腫瘤的栓塞，像出血栓塞要幾例", ["tsir-instructor/2.2", "tsir-instructor/2.3"],
                                 CORPUS)[0] == "tsir-instructor/2.3"
    assert prefer_asked_polarity("腫瘤栓塞要做幾例", ["tsir-instructor/2.3", "tsir-instructor/2.2"], CORPUS)[0] == \
        "tsir-instructor/2.2"


@pytest.mark.parametrize("question", ["SCI 跟非 SCI 的論文都要附抽印本嗎", "do SCI and non-SCI papers both need a reprint?",
                                      "院刊的論文要附什麼"])
def test_both_or_neither_named_keeps_the_order(question: str) -> None:
    assert prefer_asked_polarity(question, ["tsa-cme/5.7", "tsa-cme/5.8"], CORPUS) == ["tsa-cme/5.7", "tsa-cme/5.8"]
    assert prefer_asked_polarity(question, ["tsa-cme/5.8", "tsa-cme/5.7"], CORPUS) == ["tsa-cme/5.8", "tsa-cme/5.7"]


@pytest.mark.parametrize(("question", "expected"), [
    ("a journal that is not SCI", False), ("not indexed in SCI", False), ("SCI 以外的期刊", False), ("未被SCI收錄", False),
    ("is it SCI or not", True), ("SCI 論文二作", True), ("SCI 和非 SCI", None), ("院刊", None)])
def test_asked_polarity(question: str, expected: bool | None) -> None:
    assert asked_polarity(fold(question), "sci") is expected


def test_only_siblings_settle_each_other() -> None:
    assert polarity_settles("非SCI論文幾分", "tsa-cme/5.8", "tsa-cme/5.7", CORPUS)
    assert not polarity_settles("非SCI論文幾分", "tsa-cme/5.8", "tsir-instructor/5.1", CORPUS)
    assert not polarity_settles("論文幾分", "tsa-cme/5.8", "tsa-cme/5.7", CORPUS)


# ------------------------------------------------------------------ 2. 未…之儀器: the case the verdict rules on

NOT_FIXED_IN_TIME = [
    ("zh-TW", "我們那台沒有FDA核可的數位乳攝儀被要求限期改善，期限到了還沒改善，還可以繼續拿來做國健署篩檢嗎？"),
    ("zh-TW", "非FDA核可的数位乳摄仪逾期未改善，还能继续用在预防保健筛检吗"),
]


@pytest.mark.parametrize(("lang", "question"), NOT_FIXED_IN_TIME)
def test_a_unit_not_fixed_in_time_may_not_go_on(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == "hpa-mammo/2.2.2.2", (question, line.cited)
    assert NEGATIVE.match(line.text), line.text
    assert supported(line.text, line.cited[0]), line.text


# ------------------------------------------------------------------ 3. a bracketed breakdown of one's own count

RULE = "(1) 在國內或國外相關介入會議演講 3次(含)以上，會中擔任該項專長講師或受邀擔任座長。"


@pytest.mark.parametrize("question", [
    "I gave 5 lectures at interventional meetings (3 abroad, 2 here). Do I still have to send my case numbers?",
    "I've done 6 invited talks (4 overseas and 2 in Taipei) — can I leave out the case count proof?",
])
def test_a_breakdown_adds_up_to_the_count_put_to_the_rule(question: str) -> None:
    assert not figures_decide(question, RULE, RULE)


def test_a_breakdown_that_does_not_add_up_stays() -> None:
    assert "(3 abroad" in _without_breakdown("I gave 4 talks (3 abroad, 2 here)")
    assert "(3 abroad" not in _without_breakdown("I gave 5 talks (3 abroad, 2 here)")


@pytest.mark.parametrize("question", [
    "I gave 5 lectures on embolization at IR meetings (3 abroad, 2 in Taiwan). Can I skip the case counts for the "
    "embolization instructor certificate?",
])
def test_enough_talks_answer_yes(retriever, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, "en")
    assert line.cited[0] == "tsir-instructor/1.2.1", line.cited
    assert AFFIRMATIVE.match(line.text), line.text


# ------------------------------------------------------------------ 4. a heading named whole: its items answer

@pytest.mark.parametrize(("lang", "question"), [
    ("zh-TW", "後續審查的書面考核要準備哪些資料？"),
    ("zh-TW", "书面考核需要交哪些东西"),
])
def test_a_heading_named_whole_is_answered_by_its_items(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.confident and line.cited == ["hpa-mammo/1.2.2"], line
    assert "醫療曝露品保作業紀錄" in line.text and "儀器使用年限" in line.text, line.text


# ------------------------------------------------------------------ 5. parts asked as a whole, two of them named

@pytest.mark.parametrize("question", [
    "實地測試分成哪幾項？閱片系統跟影像儲存設備也在裡面嗎",
    "机器实地测试分哪几块？CR 曝露指标、影像储存设备查核都算吗",
])
def test_parts_asked_naming_two_lift_their_heading(retriever, question: str) -> None:
    hits = retriever.search(question, 5)
    assert hits[0].clause.id == "hpa-mammo/1.2.1", [h.clause.id for h in hits]
    line = direct_line(question, hits, CORPUS, "zh-TW")
    assert "閱片系統評估" in line.text and "影像儲存設備查核" in line.text, line.text


# ------------------------------------------------------------------ 6. a failed case stated, whatever is asked of it

@pytest.mark.parametrize(("lang", "question"), [
    ("zh-TW", "篩檢醫學自我評量指標監測沒過，誰要去參加什麼？"),
    ("zh-TW", "篩檢醫學自我評量指標監測報告審查沒過要怎麼補救"),
])
def test_a_failed_case_is_answered_by_the_clause_ruling_on_it(retriever, lang: str, question: str) -> None:
    hits = retriever.search(question, 5)
    assert hits[0].clause.id == "hpa-mammo/1.5", [h.clause.id for h in hits]  # (the monitoring item ranks first)
    line = direct_line(question, hits, CORPUS, lang)
    assert line.cited == ["hpa-mammo/2.3.2.2"], line.text  # 自我評量指標未通過者…: the case the question states
    assert supported(line.text, "hpa-mammo/2.3.2.2"), line.text


# ------------------------------------------------------------------ 7. several at once: the clause ruling on several

@pytest.mark.parametrize("question", [
    "Could I get certified as an instructor in both biliary stenting and vascular intervention in the same application?",
    "指導老師可以同時申請兩個領域嗎？像栓塞跟消融",
    "可以一次申请多个专长领域的指导老师认证吗",
])
def test_several_at_once_is_answered_by_the_clause_ruling_on_several(retriever, question: str) -> None:
    assert retriever.search(question, 5)[0].clause.id == "tsir-instructor/2"  # 可申請單一或多重領域認證


# ------------------------------------------------------------------ 8. an oral presentation, in people's words

@pytest.mark.parametrize("question", ["口頭發表的積分要附什麼證明", "我有口報一篇，申請積分時要檢附什麼", "口头报告的积分申请要交什么材料"])
def test_an_oral_presentation_meets_the_presentation_clause(retriever, question: str) -> None:
    top = [h.clause.id for h in retriever.search(question, 3)]
    assert top[0].startswith("tsa-cme/5.6"), top  # 發表論文演講 and its documents, not a meeting's attendance proof


def test_an_oral_at_the_ir_society_stays_the_ir_clause(retriever) -> None:
    assert retriever.search("介入學會年會上台報告 oral 換證算幾分", 3)[0].clause.id == "tsir-instructor/5.3"


# ------------------------------------------------------------------ 9. a grade "came back" in English

@pytest.mark.parametrize(("question", "grade"), [
    ("the phantom test came back C on one item because the tech set it up wrong - what now for the responsible doctor?", "c"),
    ("our unit's field test came back as a B on one item", "b"),
    ("the QC test turned out D on two items", "d"),
])
def test_a_grade_that_came_back_is_named(question: str, grade: str) -> None:
    from knowledge.ranges import asked_grades

    assert asked_grades(question) == {grade}


def test_a_field_test_grade_from_human_error_meets_its_row(retriever) -> None:
    question = "the phantom test came back C on one item because the tech set it up wrong - what now for the responsible doctor?"
    assert retriever.search(question, 3)[0].clause.id == "hpa-mammo/2.2.1.2"


# ------------------------------------------------------------------ 10. "only X, or also Y?": the heading over both

@pytest.mark.parametrize(("lang", "question"), [
    ("en", "in the staff section of the follow-up review, do they only look at qualifications, or also at how many "
           "mammograms each radiographer does?"),
    ("en", "staff review at follow-up: is it only the credentials they check or also the exam count of our radiographers?"),
])
def test_only_or_also_is_answered_by_the_heading_with_no_yes(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited == ["hpa-mammo/1.1"], line.text
    assert not AFFIRMATIVE.match(line.text), line.text  # "only the qualifications?" is not answered yes by a list of two


# ------------------------------------------------------------------ 11. one regulation named by its own words

@pytest.mark.parametrize("question", [
    "我的SCI論文是case report，指導老師換證可以抵幾分",
    "我是通訊作者的SCI病例報告，指導老師的換證積分怎麼算",
])
def test_a_question_naming_one_regulation_gets_its_clause(retriever, question: str) -> None:
    top = [h.clause.id for h in retriever.search(question, 3)]
    assert top[0] == "tsir-instructor/5.1", top  # not the surgical society's SCI clause, nor the IR non-SCI one


def test_naming_none_or_both_keeps_the_order() -> None:
    from knowledge.lookup import doc_hints, prefer_named_doc

    ranked = [("tsa-cme/5.7", 0.08), ("tsir-instructor/5.1", 0.079)]
    assert prefer_named_doc("SCI 病例報告通訊作者幾分", ranked) == ranked
    # (換證 is the IR rules' own word — 展延 the surgical one's: between the two point rules it puts the IR one first
    # (round 50), and the answer still quotes the surgical one as a rule that may apply, since surgeons say 換證 too)
    assert prefer_named_doc("換證的 SCI 病例報告幾分", ranked)[0][0] == "tsir-instructor/5.1"
    assert prefer_named_doc("外專跟指導老師的 SCI 病例報告各幾分", ranked) == ranked  # both named
    assert prefer_named_doc("指導老師換證 SCI 病例報告幾分", ranked)[0][0] == "tsir-instructor/5.1"
    assert prefer_named_doc("指導老師換證 SCI 病例報告幾分", [("tsa-cme/5.7", 0.08), ("tsir-instructor/5.1", 0.05)]) == \
        [("tsa-cme/5.7", 0.08), ("tsir-instructor/5.1", 0.05)]  # (not as close: the order stands)
    assert doc_hints("How many points does an SCI case report earn toward renewing my instructor certificate?") == \
        ["tsir-instructor"]


def test_a_lower_hit_against_the_asked_polarity_gives_way_to_its_sibling() -> None:
    ranked = ["tsa-cme/5.7", "tsir-instructor/5.2", "tsa-cme/5.8", "tsir-instructor/5.1"]
    assert prefer_asked_polarity("SCI 病例報告幾分", ranked, CORPUS) == \
        ["tsa-cme/5.7", "tsir-instructor/5.1", "tsir-instructor/5.2", "tsa-cme/5.8"]


def test_a_failed_inspection_is_not_a_failed_indicator(retriever) -> None:
    # 沒過 is the text's 未通過 only where what failed is the question's too: the inspection's own clause says 未合格
    question = "原能會的品保檢查沒過，期限內也沒改善，那台還能用嗎"
    line = direct_line(question, retriever.search(question, 5), CORPUS, "zh-TW")
    assert line.cited == ["hpa-mammo/2.2.2.1"], line.text
    assert NEGATIVE.match(line.text), line.text


@pytest.mark.parametrize("question", ["can I get instructor status in more than one area at once?",
                                      "may I be certified in more than one domain at once as an IR instructor?"])
def test_several_at_once_is_answered_yes_by_the_rule_on_several(retriever, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, "en")
    assert line.cited == ["tsir-instructor/2"] and AFFIRMATIVE.match(line.text), line.text


# ------------------------------------------------------------------ 12. two regulations' alike clauses, neither named

def test_alike_clauses_of_two_regulations_are_both_given_when_neither_is_named(retriever) -> None:
    question = "SCI 的 case report，我是第一作者，可以算幾分"
    line = direct_line(question, retriever.search(question, 5), CORPUS, "zh-TW")
    assert set(line.cited) == {"tsa-cme/5.7", "tsir-instructor/5.1"}, line.text
    assert "20" in line.text and "50" in line.text, line.text
