"""First-line classes of the eleventh round (new wording, never the eval sentences):

- a segment with no modal, grant or bar of its own ("在國內") sets the scene: it is no verdict ("can I claim it twice?"
  against "在國內，同一篇文章在不同醫學會發表時，不得重複申請…" is a no);
- the verdict of a yes / no question is read in the sentence of the clause that holds what is asked be done (the fee's
  "…外科系醫學會者…免收費", not the sentence on what an application states); "any way to get out of paying?" asks
  yes / no, and its "get out of paying" is the text's 免 (asked about, not a denial);
- "what <words> rate / fee / score …?" asks a figure; a hit all but tied with the best answers in its place when only it
  states the figure;
- "all of it, or can they pick only some?" met by "全部或部分": yes, they may (the second course);
- "另外一套標準嗎 / a separate set of rules?" met by "同…之規定": no;
- someone else signing for me (幫我簽, 替他簽, 找人簽) is the text's 代為簽名;
- a grade written "拿了 D / 評了 C" is the grade's row.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import answer_kind
from evals.first_line import AFFIRMATIVE, NEGATIVE
from knowledge.lexical import grade_letters, intent_terms, tokenize
from tests.bot.first_line_support import line_for, supported


# ------------------------------------------------------------------ a setting is no verdict

@pytest.mark.parametrize(("question", "lang"), [
    ("Presented one paper at two Taiwanese societies — may I get credit for it at both?", "en"),
    ("If I give the same talk at two local societies, can I claim it twice?", "en"),
    ("one study shown at two domestic meetings: can I apply for credit more than once?", "en"),
    ("同一篇論文在兩個國內學會都報告了，兩邊都可以申請積分嗎", "zh-TW"),
    ("同一篇文章在两个学会发表，可以申请两次积分吗", "zh-TW"),
])
def test_a_setting_segment_is_no_verdict(question: str, lang: str) -> None:
    text = line_for(question, "tsa-cme/6", lang)
    assert NEGATIVE.match(text), text
    assert supported(text, "tsa-cme/6"), text


# ------------------------------------------------------------------ the sentence that rules on what is asked

@pytest.mark.parametrize(("question", "lang"), [
    ("We are the society for hand surgery. Do we have to pay the accreditation fee?", "en"),
    ("our chief of surgery signs and stamps the form — must we still pay the application fee?", "en"),
    ("我們是外科系的醫學會，申請積分認定還需要繳費嗎", "zh-TW"),
    ("申請資料有外科部主任簽名蓋章，還要付申請費嗎？", "zh-TW"),
    ("we're a surgical subspecialty society, do we need to pay the 1000 fee for each course?", "en"),
])
def test_the_fee_is_waived_for_the_condition_stated(question: str, lang: str) -> None:
    text = line_for(question, "tsa-cme/4.3", lang)
    assert NEGATIVE.match(text), text
    assert supported(text, "tsa-cme/4.3"), text


@pytest.mark.parametrize("question", [
    "any way to avoid paying the NT$1000 charge when we apply for course credit?",
    "Is there any exemption from the course accreditation fee?",
    "our surgery department is applying — any way to get out of paying the fee?",
    "any chance the application fee is waived for us?",
    "is there an exemption for surgical societies from the application fee?",
])
def test_a_way_out_of_the_fee_is_a_yes_with_its_condition(question: str) -> None:
    assert answer_kind(question) == "yes_no"
    text = line_for(question, "tsa-cme/4.3", "en")
    assert AFFIRMATIVE.match(text), text
    assert "free" in text, text


# ------------------------------------------------------------------ "what … rate / fee" asks a figure

@pytest.mark.parametrize("question", [
    "what minimum follow-up rate keeps us clear of a cut?",
    "What application fee does the surgical society charge?",
    "what passing score do the sampled images need for a B?",
    "What re-read discrepancy rate makes a reader stop at once?",
    "what yearly credit cap applies to outside events?",
])
def test_what_words_rate_asks_a_figure(question: str) -> None:
    assert answer_kind(question) == "number"


@pytest.mark.parametrize(("question", "lang"), [
    ("what completion rate must we reach so nothing is deducted?", "en"),
    ("which follow-up rate avoids any deduction at all?", "en"),
    ("追蹤完成率要到多少才完全不會被扣款？", "zh-TW"),
])
def test_a_tied_hit_stating_the_figure_answers(question: str, lang: str) -> None:
    text = line_for(question, ["hpa-mammo/2.5.2", "hpa-mammo/2.5"], lang)
    assert "75" in text, text
    assert supported(text, ["hpa-mammo/2.5"]), text


# ------------------------------------------------------------------ all, or only some?

@pytest.mark.parametrize(("question", "lang"), [
    ("後審是每一項都一定會查嗎？還是可以只抽幾項？", "zh-TW"),
    ("後續審查一定要全部項目都審嗎？還是可以挑部分", "zh-TW"),
    ("Must every review item be checked each time, or can HPA pick just a few?", "en"),
    ("do they always review all items, or only some of them?", "en"),
    ("后续审查一定每项都查吗？还是可以只查几项", "zh-TW"),
])
def test_all_or_only_some_is_answered_for_the_part(question: str, lang: str) -> None:
    text = line_for(question, "hpa-mammo/1", lang)
    assert AFFIRMATIVE.match(text), text
    assert "部分" in text or "some" in text, text


# ------------------------------------------------------------------ a separate set of rules?

@pytest.mark.parametrize(("question", "lang"), [
    ("巡迴車放射師的抽選片評等有另外一套規定嗎？", "zh-TW"),
    ("乳攝車放射師的輔導措施是另一套標準嗎", "zh-TW"),
    ("Do van radiographers have a separate set of grading rules?", "en"),
    ("Are mobile-unit techs graded under their own standards?", "en"),
    ("乳摄车放射师的评等是另外一套标准吗", "zh-TW"),
])
def test_a_separate_standard_is_denied_by_the_same_rule(question: str, lang: str) -> None:
    text = line_for(question, "hpa-mammo/2.4.3", lang)
    assert NEGATIVE.match(text), text
    assert supported(text, "hpa-mammo/2.4.3"), text


# ------------------------------------------------------------------ someone else signing

@pytest.mark.parametrize("question", ["簽到表可以叫同事幫我簽嗎", "可以請助理替我簽名嗎？", "找人簽可以嗎", "签到单能不能让学弟帮忙签",
                                      "開會那天讓住院醫師代我簽可以嗎"])
def test_signing_for_another_is_the_texts_proxy_signature(question: str) -> None:
    assert "代為簽名" in intent_terms(question)
    text = line_for(question, "tsa-cme/8", "zh-TW")
    assert text.startswith("不可以"), text


def test_the_sign_in_sheet_itself_is_no_proxy() -> None:
    assert "代為簽名" not in intent_terms("幫我拿簽到單")
    assert "代為簽名" not in intent_terms("簽到單要寄給誰")


# ------------------------------------------------------------------ 拿了 D

@pytest.mark.parametrize(("text", "grade"), [("拿了D", "d"), ("評了 C", "c"), ("得了B，要上課嗎", "b"), ("到了A", "a"),
                                             ("临床影像评估拿了D还能拍吗", "d")])
def test_a_grade_after_le_is_read(text: str, grade: str) -> None:
    assert grade in grade_letters(text.lower())
    assert "等" + grade in tokenize(text)


# ------------------------------------------------------------------ 哪幾部 / 哪幾本 asks which ones

@pytest.mark.parametrize("question", ["這辦法是依據哪幾部法規訂的？", "依据哪几部法规制定", "要交哪幾份文件", "要看哪幾本期刊才算",
                                      "是哪幾家醫院可以去進修"])
def test_which_ones_with_any_classifier_is_no_count(question: str) -> None:
    assert answer_kind(question) == "definition"


def test_the_laws_a_rule_rests_on_are_named() -> None:
    text = line_for("外科学会这个积分办法是依据哪几部法规订的？", ["tsa-cme/2", "tsa-cme/0"], "zh-TW")
    assert "專科醫師分科及甄審辦法" in text and "外科專科醫師甄審原則" in text, text


# ------------------------------------------------------------------ the alternative's own 免 is not what is asked

@pytest.mark.parametrize(("question", "lang"), [
    ("第一次申請指導老師要付審查費嗎？還是免費？", "zh-TW"),
    ("初次認證要繳證書費嗎？或是不用錢", "zh-TW"),
    ("首次申请要交审查费吗？还是免费", "zh-TW"),
    ("do I pay a review fee for my first instructor application, or is it waived?", "en"),
    ("Is there a certificate fee the first time, or is it free?", "en"),
])
def test_an_alternatives_waiver_is_no_asked_negation(question: str, lang: str) -> None:
    text = line_for(question, "tsir-instructor/8.2", lang)
    assert not AFFIRMATIVE.match(text), text
    assert supported(text, "tsir-instructor/8.2"), text
