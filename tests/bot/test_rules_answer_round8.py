"""First-line classes of the eighth round (new wording, never the eval sentences): a yes / no question whose answer is
no although the clause states no negation — a restriction the question's own value falls outside (another author
position, another hospital level, "not the presenter"), "mandatory?" met by advice alone, "any different?" met by a
rule that follows another's; the verdict on what is asked be done (the words after the asking verb) before the
subject's; an English question whose last sentence asks."""

from __future__ import annotations

import pytest

from bot.rules_answer import answer_kind, rule_not_met
from evals.first_line import line_answers
from tests.bot.first_line_support import supported_line_for


@pytest.mark.parametrize(("question", "clause", "lang"), [
    # another author position, and the presenter denied (限第一作者或發表者)
    ("年會那篇口頭論文我排第四作者，報告的是同事不是我，我能申請這篇的分數嗎？", "tsa-cme/5.6", "zh-TW"),
    ("壁报我挂第五作者，上台讲的也不是我，能拿积分吗", "tsa-cme/5.6", "zh-TW"),
    ("Our poster at the surgical congress: I'm second author and wasn't the one presenting. Can I claim it?",
     "tsa-cme/5.6", "en"),
    # (第一作者/通訊作者) in parentheses: a middle author is neither
    ("我在 SCI 期刊掛第三作者的兩篇文章，可以拿來免附個案數嗎？", "tsir-instructor/1.2.2", "zh-TW"),
    ("Two SCI papers where I was a middle author — can those count toward applying without case numbers?",
     "tsir-instructor/1.2.2", "en"),
    # another hospital level (限在醫學中心進修)
    ("我去地區教學醫院進修半年，這樣每個月的分數可以拿嗎？", "tsa-cme/5.9.2", "zh-TW"),
    ("在区域医院进修两个月也能算分吧？", "tsa-cme/5.9.2", "zh-TW"),
    ("Can a month of training at a community hospital count for the monthly training credits?", "tsa-cme/5.9.2", "en"),
])
def test_a_restriction_the_question_falls_outside_is_a_no(question: str, clause: str, lang: str) -> None:
    text = supported_line_for(question, clause, lang)
    assert line_answers(text, [], "no"), text


@pytest.mark.parametrize(("question", "clause", "lang"), [
    # the question states nothing that excludes the rule's alternatives: no verdict of its own
    ("年會論文演講我是第三作者，這篇可以申請積分嗎？", "tsa-cme/5.6", "zh-TW"),  # the third author may have presented
    ("我在醫學中心進修三個月，可以算分嗎？", "tsa-cme/5.9.2", "zh-TW"),  # the allowed value itself
    ("國內進修可以算分嗎？還是一定要醫學中心", "tsa-cme/5.9.2", "zh-TW"),  # no hospital of its own
])
def test_a_restriction_not_excluded_is_no_no(question: str, clause: str, lang: str) -> None:
    text = supported_line_for(question, clause, lang)
    assert not text.startswith(("不", "No")), text


def test_rule_not_met_reads_the_first_alternative_and_denials() -> None:
    said = "2、國內進修(限在醫學中心進修),每月 4 分。"
    assert rule_not_met(said, "在地區醫院進修可以算嗎？還是一定要醫學中心？")
    assert not rule_not_met(said, "一定要醫學中心嗎？還是地區醫院也可以？")
    assert rule_not_met(said, "不一定要在醫學中心吧？區域醫院也算吧")
    assert not rule_not_met("每篇給積分 10 分。", "我是第二作者可以申請嗎")  # the sentence names no family


@pytest.mark.parametrize(("question", "lang"), [
    ("陰性個案複判差異 12% 的醫師，參加示範醫院的判片座談會是強制的嗎？", "zh-TW"),
    ("阳性复判差异 45%，一定要去示范医院的个案讨论会吗", "zh-TW"),
    ("A reader at 42% positive-case discordance: is the model hospital's case conference compulsory?", "en"),
])
def test_mandatory_met_by_advice_is_a_no(question: str, lang: str) -> None:
    text = supported_line_for(question, "hpa-mammo/2.1.1.2.1", lang)
    assert line_answers(text, ["建議|advis"], "no"), text


@pytest.mark.parametrize(("question", "lang"), [
    ("乳攝車上的放射師，抽選片的評等方式跟院內的放射師不一樣嗎？", "zh-TW"),
    ("巡回车放射师的抽选片辅导措施和院内的有差吗", "zh-TW"),
    ("Do van-based techs get different counselling measures for their sampled films than hospital techs?", "en"),
])
def test_different_met_by_the_same_rules_is_a_no(question: str, lang: str) -> None:
    text = supported_line_for(question, "hpa-mammo/2.4.3", lang)
    assert line_answers(text, ["同|same"], "no"), text


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("我已經 63 歲，拿到終身證書以後還要定期換證嗎？", "zh-TW", "不需要"),
    ("滿六十歲的指導老師是不是也得每六年換一次證？", "zh-TW", "不"),
    ("After the lifetime certificate is granted, must the instructor still renew it every six years?", "en", "No"),
])
def test_the_verdict_on_what_is_asked_be_done_comes_first(question: str, lang: str, lead: str) -> None:
    # 可申請終身…證書 shares the subject (指導老師, 證書); 通過後免換證 holds what is asked be done (換證)
    text = supported_line_for(question, "tsir-instructor/6", lang)
    assert text.startswith(lead), text


@pytest.mark.parametrize(("question", "kind"), [
    ("Our reader scored 9% on the negatives. Is the case conference compulsory for him?", "yes_no"),
    ("We run a van service. Do its radiographers follow the hospital's grading?", "yes_no"),
    ("Lost the paper copy. Is there a fee for a reissue, and how much?", "number"),  # the second question asks
])
def test_an_english_question_after_a_statement_is_read_from_its_last_sentence(question: str, kind: str) -> None:
    assert answer_kind(question) == kind


@pytest.mark.parametrize("question", [
    "如果有在國內外會議演講三次以上，是不是就不用附個案數證明了？",
    "发表两篇SCI的话，申请时是否就不需要附个案数证明？",
    "符合那些演講或論文條件的人，申請單項指導老師應該就不必附個案數證明吧？",
])
def test_a_question_whether_a_denial_holds_is_answered_yes(question: str) -> None:
    # 不須附…證明: "isn't it that I need not attach it?" is a 是 (the text's own denial), never 不需要 / 需要
    text = supported_line_for(question, "tsir-instructor/1.2", "zh-TW")
    assert text.startswith("是："), text


def test_a_denied_wait_before_the_asking_clause_is_not_the_question() -> None:
    # "不用等…，…可以嗎": the 不用 belongs to the person's plan, the asking clause is 可以嗎
    text = supported_line_for("證書不用等課程結束，報到時先發可以嗎？", "tsa-cme/4.4", "zh-TW")
    assert not text.startswith("是"), text


@pytest.mark.parametrize(("question", "clause"), [
    ("Our radiographer is short on CE hours; if she does not catch up by the deadline, may she go on imaging?",
     "hpa-mammo/2.1.2.1"),
    ("reader missed the CME minimum and couldnt make them up on time. can he still read films?", "hpa-mammo/2.1.1.1"),
    ("tech hasnt topped up her training hours in time — ok for her to keep doing mammograms?", "hpa-mammo/2.1.2.1"),
])
def test_a_shortfall_not_made_up_in_time_is_a_no(question: str, clause: str) -> None:
    # 未能如期補齊者，應停止…: the question states the condition (negated, in English, apostrophe or not)
    text = supported_line_for(question, clause, "en")
    assert line_answers(text, ["stop"], "no"), text


@pytest.mark.parametrize("question", [
    "Negative discordance came out at 9%. Is the reading seminar compulsory?",
    "Reread result 45% (positive). is the case conference obligatory for her?",
])
def test_a_sentence_ending_in_a_figure_ends_a_piece(question: str) -> None:
    assert answer_kind(question) == "yes_no"


def test_leave_not_to_do_something_is_not_a_question_about_a_denial() -> None:
    # "是不是可以不用…" asks leave (可以) not to attach: a grant of it is a yes (是 / 可以), read as a permission
    for question in ("演講次數夠多的話，是不是可以不用附個案數證明？", "發表兩篇 SCI 的人可以不用附個案數證明嗎？"):
        text = supported_line_for(question, "tsir-instructor/1.2", "zh-TW")
        assert text.startswith(("可以", "是")), text
