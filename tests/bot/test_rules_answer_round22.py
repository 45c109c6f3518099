"""Round 22 first-line classes (new phrasings, not the eval questions' words): a yes / no asked with a talk particle
(喔 / 哦 before the question mark) or after an English opening phrase with no comma; 行不行 asking permission; a grade
stated by the question met by the grade table, which grades and rules nothing (no yes / no from it); an event's kind
(判片座談會) no act asked about; a documents list's items (under the negated sibling's heading, or met first by a step
naming no document, or by an item sharing no word); a wh-word naming what a record is of; a clause on the negated
qualifier (non-SCI) no answer to a question naming it plainly."""

from __future__ import annotations

import pytest

from bot.rules_answer import answer_kind
from knowledge.negations import prefer_asked_polarity
from tests.bot.first_line_support import CORPUS, line_for, supported


@pytest.mark.parametrize("question", ["影像儲存設備也是實地測試會查的喔？", "影像存储设备也在实地测试里面哦？",
                                      "at the on-site test do they check the image storage equipment too?",
                                      "for the on-site visit does the storage equipment get inspected as well?"])
def test_a_yes_no_after_a_particle_or_an_opening_phrase_is_answered_yes(question: str) -> None:
    lang = "en" if question.isascii() else "zh-TW"
    assert answer_kind(question) == "yes_no"
    line = line_for(question, "hpa-mammo/1.2.1.4", lang)
    assert line.startswith(("Yes:", "是：", "會：")), line
    assert supported(line, "hpa-mammo/1.2.1.4")


@pytest.mark.parametrize("question", ["in which review do they check the storage equipment?",
                                      "for the site visit what do they check?"])
def test_an_opening_phrase_before_a_wh_question_asks_no_yes_no(question: str) -> None:
    assert answer_kind(question) != "yes_no"


@pytest.mark.parametrize("question", ["報到的時候就先把出席證明發掉，行不行？", "签到的时候就先发出席证明行不行",
                                      "is it ok if we hand out the attendance certificates at registration?"])
def test_xing_bu_xing_asks_leave_and_the_texts_bar_answers_it(question: str) -> None:
    line = line_for(question, "tsa-cme/4.4", "en" if question.isascii() else "zh-TW")
    assert line.startswith(("不可以：", "No:")), line


@pytest.mark.parametrize("question", ["我們技術員自選片被評了B，還能照嗎？", "放射师抽选片评了个C，可以继续拍吗",
                                      "radiographer received a B on the sampled films - may she continue imaging?"])
def test_the_grade_table_gives_no_yes_or_no_on_what_a_grade_entails(question: str) -> None:
    # the table sets the score bands; what a B or C requires (and when imaging stops) is the measures row's to say
    line = line_for(question, "hpa-mammo/2.1.2.2.1", "en" if question.isascii() else "zh-TW")
    assert not line.startswith(("可以", "不可以", "是", "否", "Yes", "No")), line
    assert supported(line, "hpa-mammo/2.1.2.2.1")


def test_the_measures_row_still_answers_for_a_d() -> None:
    line = line_for("放射師抽選片評了個D，還可以繼續拍嗎", "hpa-mammo/2.1.2.2.2", "zh-TW")
    assert line.startswith("不可以："), line


@pytest.mark.parametrize("question", ["文章登在沒有被SCI收錄的期刊，申請積分要附什麼？", "非SCI期刊的论文，要交点什么材料",
                                      "article in a journal not indexed in SCI - which documents do I attach?"])
def test_the_items_of_the_negated_siblings_list_go_before_the_plain_sibling(question: str) -> None:
    # 5.8.1 is an item of 發表非 SCI 論文 (5.8); 5.7 (發表 SCI 論文) is its list's sibling: the question's 非 / not names 5.8
    assert prefer_asked_polarity(question, ["tsa-cme/5.7", "tsa-cme/5.8.1", "tsa-cme/5.7.1"], CORPUS)[0] == "tsa-cme/5.8.1"
    assert prefer_asked_polarity(question.replace("非", "").replace("沒有被", "").replace("not ", ""),
                                 ["tsa-cme/5.7", "tsa-cme/5.8.1"], CORPUS)[0] == "tsa-cme/5.7"


@pytest.mark.parametrize("question", ["非SCI期刊的論文申請積分，要交些什麼？", "非SCI期刊的论文，要交点啥",
                                      "non-SCI journal paper: what documents must I hand in?"])
def test_a_documents_list_met_first_by_its_step_that_names_none_gives_every_item(question: str) -> None:
    # 5.8.3 (圈選…並註明會員號碼) is the list's step; its sibling 5.8.1 names the document (抽印本影本)
    lang = "en" if question.isascii() else "zh-TW"
    line = line_for(question, ["tsa-cme/5.8.3", "tsa-cme/5.8.1"], lang)
    assert ("抽印本" in line or "offprint" in line) and ("會員號碼" in line or "member number" in line), line
    assert supported(line, ["tsa-cme/5.8.3", "tsa-cme/5.8.1"])


@pytest.mark.parametrize("question", ["陽性複判差異超過六成，是不是馬上就不能再判片？", "阳性复判差异超过六成，是不是立刻就不能再判片了",
                                      "陽性複判差異超過六成，還能繼續判片嗎？"])
def test_the_asked_act_inside_an_events_name_is_no_verdict_on_it(question: str) -> None:
    # 判片 in "判片座談會" names the seminar, not the reading the question asks about: "立即停止判讀" answers
    line = line_for(question, "hpa-mammo/2.1.1.2.3", "zh-TW")
    assert line.startswith(("是：", "不可以：")), line
    assert supported(line, "hpa-mammo/2.1.1.2.3")


@pytest.mark.parametrize("question", ["書面審查是不是要交機器用了幾年、什麼時候報廢的說明？", "是不是要附机器用了几年、何时报废的资料",
                                      "what does the paperwork review want on the unit? years in use, when it retires, any moves?"])
def test_a_wh_word_naming_what_a_record_is_of_asks_for_the_record(question: str) -> None:
    # the 幾年 / 何時 / when name the record's content; the list after a wh-question gives its examples (round 26: with
    # 是不是 around it, whether that record is needed is asked — 是, and the record)
    assert answer_kind(question) == ("documents" if question.isascii() else "yes_no")
    line = line_for(question, ["hpa-mammo/1.2.2.2", "hpa-mammo/1.2.2"], "en" if question.isascii() else "zh-TW")
    assert ("使用年限" in line or "years in service" in line), line
    assert question.isascii() or line.startswith("是："), line


@pytest.mark.parametrize("question", ["when we renew, how many points, and by what date?",
                                      "how long is the certificate valid, and when do I apply?"])
def test_a_second_wh_piece_is_no_list_of_examples(question: str) -> None:
    assert answer_kind(question) != "documents"


@pytest.mark.parametrize("question", ["書面審查要附機器本身哪些資料？好像跟使用年限有關", "书面审查要交机器本身哪些资料？听说跟报废年限有关",
                                      "for the paper review which documents on the machine itself? something about relocations"])
def test_a_list_item_sharing_no_word_gives_way_to_its_sibling_that_does(question: str) -> None:
    line = line_for(question, ["hpa-mammo/1.2.2.1", "hpa-mammo/1.2.2.2"], "en" if question.isascii() else "zh-TW")
    assert ("遷移" in line or "relocation" in line), line  # (the items' line holds the one asked about)
    assert supported(line, ["hpa-mammo/1.2.2.1", "hpa-mammo/1.2.2.2"])


@pytest.mark.parametrize("question", ["我有兩篇SCI都是通訊作者，申請指導老師是不是可以免附case數？",
                                      "两篇SCI都挂通讯作者，申请指导老师可以不附病例数吗",
                                      "two SCI papers as corresponding author - can I skip the case log when applying as instructor?"])
def test_a_clause_on_the_negated_qualifier_is_no_answer_to_the_plain_one(question: str) -> None:
    # 發表 non-SCI 文章 (5.2) ranked first shares "通訊作者"; the question names SCI only plainly: 1.2.2 answers
    line = line_for(question, ["tsir-instructor/5.2", "tsir-instructor/1.2.2"], "en" if question.isascii() else "zh-TW")
    assert "第一條第二款(2)" in line or "tsir-instructor/1.2.2" in line, line
    assert "non-SCI" not in line, line


def test_a_question_naming_both_keeps_both() -> None:
    line = line_for("SCI跟非SCI文章各幾分？", ["tsir-instructor/5.2", "tsir-instructor/5.1"], "zh-TW")
    assert "non-SCI" in line and "40" in line, line


def test_a_clause_on_the_negated_qualifier_ranked_lower_answers_no_yes_no_either() -> None:
    line = line_for("兩篇SCI都是我第一作者，申請指導老師可以不附病例數嗎",
                    ["tsir-instructor/1.2.2", "tsir-instructor/1.2", "tsir-instructor/5.2"], "zh-TW")
    assert "non-SCI" not in line and "第一條第二款(2)" in line, line
