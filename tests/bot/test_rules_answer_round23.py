"""Round 23 first-line classes (new phrasings, not the eval questions' words): an exemption of the act asked about
("免換證") under a condition the person's own figure meets (an age stated without its unit: "剛滿62", "turning 63") is a
no, one they fall short of is no verdict (never the no a shortfall otherwise gives); a copula question ("是…嗎") denied is 不是."""

from __future__ import annotations

import pytest

from bot.rules_answer import _question_age, polarity_word
from tests.bot.first_line_support import line_for, supported

LIFETIME = "tsir-instructor/6"


def _lang(question: str) -> str:
    return "en" if question.isascii() else "zh-TW"


@pytest.mark.parametrize("question", ["我上個月剛滿62，指導老師證書以後還要再換嗎？", "已经满63岁了，指导老师证书还需要定期换证吗",
                                      "年紀滿 64 歲，之後指導老師證還得換證嗎", "I turned 62 last month. do I still have to renew my instructor certificate?",
                                      "I'm 65 - do I still need to renew the IR instructor cert every few years?"])
def test_an_exemption_whose_age_condition_the_person_meets_is_a_no(question: str) -> None:
    line = line_for(question, LIFETIME, _lang(question))
    assert line.startswith(("不需要：", "No:")), line
    assert supported(line, LIFETIME)


@pytest.mark.parametrize("question", ["我今年52歲，指導老師證書還要每六年換一次嗎？", "I'm 57, do I still have to renew my instructor certificate?",
                                      "今年滿58，指导老师证书还要换吗", "I turned 59 in May, do I still need to renew the instructor cert?"])
def test_an_exemption_whose_age_condition_is_unmet_gives_no_polarity(question: str) -> None:
    # short of 60: the exemption does not reach the case (never 不需要), and the text states no duty of its own either
    line = line_for(question, LIFETIME, _lang(question))
    assert not line.startswith(("不需要", "需要", "不", "No", "Yes")), line
    assert supported(line, LIFETIME)


@pytest.mark.parametrize(("question", "age"), [("剛滿61了", 61.0), ("I'm turning 60 next year", 60.0), ("aged 66", 66.0),
                                                ("滿6年了", None), ("turned 15 percent", None), ("I'm 3 months late", None)])
def test_an_age_is_read_only_without_another_unit(question: str, age: float | None) -> None:
    assert _question_age(question) == age


@pytest.mark.parametrize("question", ["巡迴車的技術員是另外一套評分嗎？", "车上的放射师是另外的标准吗", "這是另一份表格嗎？"])
def test_a_denied_copula_question_is_answered_bu_shi(question: str) -> None:
    assert polarity_word(question, True, "zh-TW") == "不是"
    assert polarity_word(question, False, "zh-TW") == "是"


@pytest.mark.parametrize("question", ["還是要交嗎", "但是可以補嗎", "是否需要附證明"])
def test_a_shi_inside_a_word_is_no_copula(question: str) -> None:
    assert polarity_word(question, True, "zh-TW") != "不是"


def test_the_mobile_unit_rule_is_not_a_separate_standard() -> None:
    line = line_for("乳攝車的放射師，評等是另外一套規定嗎？", "hpa-mammo/2.4.3", "zh-TW")
    assert line.startswith("不是："), line
    assert supported(line, "hpa-mammo/2.4.3")


@pytest.mark.parametrize("question", ["出席簽名可以找同事代簽嗎？如果被發現會怎樣？", "签到表能让别人帮忙代签吗？被查到会怎么样",
                                      "Can a colleague sign the attendance sheet for me? What happens if we're caught?",
                                      "Is a stamp OK instead of signing the sign-in sheet? what are the consequences?"])
def test_a_yes_no_asked_before_the_consequence_is_answered_first(question: str) -> None:
    line = line_for(question, "tsa-cme/8", _lang(question))
    assert line.startswith(("不可以：", "No:")), line
    assert supported(line, "tsa-cme/8")


@pytest.mark.parametrize("question", ["簽名單被發現代簽會怎樣？", "what happens if someone else signs the attendance sheet for me?"])
def test_a_consequence_alone_gets_no_polarity(question: str) -> None:
    line = line_for(question, "tsa-cme/8", _lang(question))
    assert not line.startswith(("不可以", "可以", "No", "Yes")), line


@pytest.mark.parametrize("question", ["我在日本開業，參加日本地方的外科學會（非國際性），學會會當作國際會議給分嗎？",
                                      "在美国执业，参加当地州级的外科会议，能按国外会议算分吗？",
                                      "I practise in Australia; will a state-level surgical meeting there be credited as an international conference?",
                                      "Working in Germany - do local German surgical meetings count like foreign meetings for credits?"])
def test_a_case_the_text_treats_as_the_contrary_category_is_a_no(question: str) -> None:
    line = line_for(question, "tsa-cme/7", _lang(question))
    assert line.startswith(("不", "No:")), line
    assert supported(line, "tsa-cme/7")


@pytest.mark.parametrize("question", ["在國外執業，參加當地非國際性會議，是以國內會議認定嗎？",
                                      "I'm practising in Japan; are local meetings there counted as domestic meetings?"])
def test_a_case_asked_as_the_category_the_text_names_is_never_denied(question: str) -> None:
    line = line_for(question, "tsa-cme/7", _lang(question))
    assert not line.startswith(("不", "否", "No")), line


@pytest.mark.parametrize("question", ["do the work days in the volume formula include holidays?",
                                      "for the yearly volume cap, do the radiographers' working days count public holidays?",
                                      "in the facility's reasonable-volume calculation do the rad techs' days count holidays too?"])
def test_an_english_inclusion_asked_with_a_long_subject_or_count_is_answered_from_the_texts_inclusion(question: str) -> None:
    line = line_for(question, "hpa-mammo/2.1.2.3.2", "en")
    assert line.startswith("Yes:"), line  # "工作天數（含例假日）": never the No of the fee rule's 不予給付
    assert supported(line, "hpa-mammo/2.1.2.3.2")


@pytest.mark.parametrize("question", ["do the radiographers' working days in the formula count sick leave?",
                                      "in the facility's reasonable-volume calculation do the rad techs' days count weekends too?",
                                      "do both sessions count?"])
def test_an_item_the_text_does_not_name_gets_neither_yes_nor_the_fee_rules_no(question: str) -> None:
    line = line_for(question, "hpa-mammo/2.1.2.3.2", "en")
    assert not line.startswith(("Yes", "No")), line


@pytest.mark.parametrize("question", ["if I'm only third author on two SCI papers, does that count for the paper route?",
                                      "as a second author on SCI articles, do they count toward the publication route?"])
def test_count_for_asks_whether_it_qualifies_not_an_inclusion(question: str) -> None:
    line = line_for(question, "tsir-instructor/1.2.2", "en")
    assert line.startswith("No"), line  # 以第一作者或通訊作者發表…: the restriction is not met
    assert supported(line, "tsir-instructor/1.2.2")
