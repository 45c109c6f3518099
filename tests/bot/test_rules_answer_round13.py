"""Round 13 first-line classes (issue 10), new phrasings of our own (never the eval sentences):

1. a verb split by a count the engine writes in digits ("每6年換1次證": the question arrives with its numerals as digits)
   still states its verb-object term (換證), so the verdict reads the segment about it (通過後免換證), not the grant;
2. an English yes / no question whose auxiliary's subject is a noun, after a condition ("if a van goes 10% over, does
   HPA still pay …?") asks yes / no;
3. a restriction the question does not meet ("3rd author", "my fellow presented it", "一作是學弟") answers no to any
   yes / no that is not about a need ("does that waive …?", "能代替…嗎"), not only to "may I";
4. whether a limit applies ("會被 30 分上限卡住嗎", "count toward the cap?") met by a text putting it under the limit
   (受…之限定) is yes;
5. whether a grant holds in every case ("拿 A 就一定能用嗎", "guaranteed?") met by a clause barring it in listed cases
   (有下列任一情況者，不得…) is "not necessarily"; whether it may still be barred ("還是有可能不能用嗎") is "it may";
6. a figure of the person's case that meets the rule's one threshold in its unit ("screened 20% over" against "超過…10%
   以上者") keeps the verdict (it was dropped as a figure put to the rule).
Every line is checked against its clause (evals.first_line.unsupported).
"""

from __future__ import annotations

import pytest

from bot.rules_answer import answer_kind
from evals.first_line import AFFIRMATIVE, NEGATIVE
from tests.bot.first_line_support import line_for, supported


# ------------------------------------------------------------------ 1. a verb split by a count in digits

@pytest.mark.parametrize("question", [
    "我已經62歲了，指導老師證書還要每6年換1次證嗎",
    "60歲以上的指導老師，之後還得每6年換1次證嗎？",
    "超過60岁的指导老师还要每6年换1次证吗",
    "快退休了（63歲），指導老師證每6年要換1次證嗎？",
    "年纪60以上，指导老师证书还需要6年换1次证吗",
])
def test_a_split_verb_with_a_digit_count_is_the_verdicts_term(question: str) -> None:
    text = line_for(question, "tsir-instructor/6", "zh-TW")
    assert NEGATIVE.match(text), text  # 通過後免換證: no renewal, never the grant's 需要
    assert supported(text, "tsir-instructor/6"), text


# ------------------------------------------------------------------ 2. an English auxiliary with a noun subject

@pytest.mark.parametrize("question", [
    "if our van radiographer screens 15% over the annual reasonable volume, does HPA pay for the excess?",
    "when the van goes over its yearly reasonable volume by more than 10%, will the agency reimburse the extra exams?",
    "say a mobile unit tech exceeds the yearly volume by a fifth, does the health department still cover those screens?",
    "for the screenings above the van's reasonable yearly amount, does the bureau pay the fee?",
    "van techs over their annual reasonable number by 12% - does HPA reimburse the surplus?",
])
def test_a_condition_then_an_auxiliary_with_a_noun_subject_asks_yes_no(question: str) -> None:
    assert answer_kind(question) == "yes_no", question
    text = line_for(question, "hpa-mammo/2.4.5", "en")
    assert NEGATIVE.match(text), text  # 超量部分本署將不給付篩檢費用
    assert supported(text, "hpa-mammo/2.4.5"), text


@pytest.mark.parametrize("question", [
    "if the van goes over the yearly volume, what does HPA do about the extra exams?",
    "for a van over its reasonable volume, how much of the fee is paid?",
    "when a van exceeds the volume, which screenings are not paid?",
])
def test_a_wh_question_after_a_condition_is_no_yes_no(question: str) -> None:
    assert answer_kind(question) != "yes_no", question


# ------------------------------------------------------------------ 3. a restriction the question does not meet

@pytest.mark.parametrize(("question", "lang"), [
    ("I'm fourth author on three SCI papers - does that exempt me from the case numbers?", "en"),
    ("two SCI articles but I'm a middle author on both; does that replace the case log?", "en"),
    ("我有3篇SCI都是第三作者，這樣可以代替個案數證明嗎", "zh-TW"),
    ("两篇SCI我都是共同作者（一作是我学长），能抵掉病例数证明吗？", "zh-TW"),
    ("SCI 兩篇，我是二作，一作是同事，這樣算不算可以免附個案數？", "zh-TW"),
])
def test_an_author_the_rule_does_not_name_gets_no(question: str, lang: str) -> None:
    text = line_for(question, "tsir-instructor/1.2.2", lang)
    assert NEGATIVE.match(text), text  # 第一作者/通訊作者 only
    assert supported(text, "tsir-instructor/1.2.2"), text


@pytest.mark.parametrize(("question", "lang"), [
    ("I'm the corresponding author on two SCI papers, does that waive the case log?", "en"),
    ("兩篇SCI我都是通訊作者，可以不用附個案數嗎", "zh-TW"),
])
def test_an_author_the_rule_names_is_never_denied(question: str, lang: str) -> None:
    text = line_for(question, "tsir-instructor/1.2.2", lang)
    assert not NEGATIVE.match(text), text


@pytest.mark.parametrize("question", [
    "second author on a poster at the annual meeting and my resident presented it — do I get the 10 points?",
    "I'm a co-author on a podium talk that my colleague gave; can I claim the presentation credits?",
])
def test_someone_elses_presenting_is_not_the_persons(question: str) -> None:
    text = line_for(question, "tsa-cme/5.6", "en")
    assert NEGATIVE.match(text), text  # 限第一作者或發表者
    assert supported(text, "tsa-cme/5.6"), text


# ------------------------------------------------------------------ 4. whether a limit applies

@pytest.mark.parametrize(("question", "lang"), [
    ("在高雄辦的國際研討會，那30分也算在非本會活動每年30分的上限裡嗎？", "zh-TW"),
    ("國際會議拿的分數會不會受到院外活動一年30分的限制？", "zh-TW"),
    ("国际会议的30分，会被非学会活动每年30分的上限卡到吗", "zh-TW"),
    ("Are international congress credits subject to the yearly 30-credit cap on non-society events?", "en"),
    ("does an international meeting held abroad count toward the 30 per year limit for outside activities?", "en"),
])
def test_a_limit_the_text_puts_it_under_is_a_yes(question: str, lang: str) -> None:
    text = line_for(question, "tsa-cme/5.4.n2", lang)
    assert AFFIRMATIVE.match(text), text
    assert supported(text, "tsa-cme/5.4.n2"), text


# ------------------------------------------------------------------ 5. a grant with listed exceptions

@pytest.mark.parametrize(("question", "lang"), [
    ("實測評到B等，這台機器是不是就保證能做國健署的篩檢？", "zh-TW"),
    ("儀器實地測試拿A，就一定可以繼續做預防保健乳攝嗎", "zh-TW"),
    ("实地测试评C等的机器，就一定能用来做筛检吗？", "zh-TW"),
    ("If our unit scored A on the on-site test, is it guaranteed to stay in HPA screening?", "en"),
    ("the site test gave our machine a C; can it always keep doing HPA screenings?", "en"),
])
def test_a_grant_with_listed_bars_is_not_necessarily(question: str, lang: str) -> None:
    text = line_for(question, "hpa-mammo/2.2.2", lang)
    assert text.startswith(("不一定", "Not necessarily")), text
    assert supported(text, "hpa-mammo/2.2.2"), text


@pytest.mark.parametrize(("question", "lang"), [
    ("機器實測拿B，會不會還是被禁止用在公費乳攝篩檢？", "zh-TW"),
    ("实测A等的机器，还是有可能不能做筛检吗", "zh-TW"),
    ("實地測試過關了，這台還有可能被停用嗎", "zh-TW"),
    ("the unit passed the site test with a B — could it still be barred from HPA screening?", "en"),
    ("Are there exceptions where an A-rated machine can't be used for the screening program?", "en"),
])
def test_whether_a_bar_may_still_apply_is_it_may(question: str, lang: str) -> None:
    text = line_for(question, "hpa-mammo/2.2.2", lang)
    assert AFFIRMATIVE.match(text), text
    assert supported(text, "hpa-mammo/2.2.2"), text


# ------------------------------------------------------------------ 6. a figure meeting the rule's threshold

@pytest.mark.parametrize(("question", "lang"), [
    ("if our van radiographer screened 25% above the yearly reasonable volume, does HPA pay for the extra ones?", "en"),
    ("乳攝車放射師今年超過合理量15%，超出的部分國健署還會給付嗎？", "zh-TW"),
    ("巡回车放射师比年度合理量多做了18%，多出来的会给付吗", "zh-TW"),
])
def test_a_figure_meeting_the_threshold_keeps_the_verdict(question: str, lang: str) -> None:
    text = line_for(question, "hpa-mammo/2.4.5", lang)
    assert NEGATIVE.match(text), text
    assert supported(text, "hpa-mammo/2.4.5"), text


def test_a_figure_short_of_the_threshold_gets_no_denial() -> None:
    text = line_for("乳攝車放射師超過合理量5%，超出的部分國健署還會給付嗎？", "hpa-mammo/2.4.5", "zh-TW")
    assert not NEGATIVE.match(text), text  # 5% is under the 10% the rule starts at: no 不會


# ------------------------------------------------------------------ 7. not handing in is the text's need-not

@pytest.mark.parametrize(("question", "lang"), [
    ("我是兩篇SCI的通訊作者，申請時可以不附個案數證明嗎", "zh-TW"),
    ("发了2篇SCI都是一作，能不能不交病例数证明？", "zh-TW"),
    ("第一作者SCI有兩篇，個案數那份可以不用交嗎", "zh-TW"),
    ("SCI兩篇（通訊作者），個案數證明是不是可以不繳？", "zh-TW"),
    ("两篇SCI第一作者，申请指导老师可以不送个案数吗", "zh-TW"),
])
def test_not_handing_in_meets_the_texts_need_not(question: str, lang: str) -> None:
    text = line_for(question, "tsir-instructor/1.2.2", lang)
    assert not NEGATIVE.match(text), text  # 不須附上第二條之個案數證明: the leave asked for, never a 不可以
    assert supported(text, "tsir-instructor/1.2.2"), text


# ------------------------------------------------------------------ 8. a heading's measures, not its rows' names

@pytest.mark.parametrize(("question", "clause"), [
    ("醫院的臨床影像評等很差的話，有哪些輔導措施？", "hpa-mammo/2.3.2"),
    ("医疗机构自我评量指标没过，会有什么措施", "hpa-mammo/2.3.2"),
    ("機構層級的影像評估拿到D，要做什麼？", "hpa-mammo/2.3.2"),
    ("機器實地測試評等完，各等級的輔導措施是什麼", "hpa-mammo/2.2.1"),
    ("实地测试评等之后有哪些处置？", "hpa-mammo/2.2.1"),
])
def test_a_heading_asked_for_its_measures_gives_its_rows_measures(question: str, clause: str) -> None:
    text = line_for(question, clause, "zh-TW")
    assert "品管討論會" in text, text
    assert supported(text, clause), text


# ------------------------------------------------------------------ 10. of itself / averaged

@pytest.mark.parametrize(("question", "lang"), [
    ("積分滿600分以後，外科專醫證書會自動展延嗎？", "zh-TW"),
    ("学分够了证书就会自动延长吗", "zh-TW"),
    ("once I have 600 credits, is my surgical certificate extended automatically?", "en"),
    ("does the certificate renew on its own when the six-year credits are complete?", "en"),
    ("分數都夠了，證書是不是不用申請就直接展延？", "zh-TW"),
])
def test_what_follows_an_application_is_not_automatic(question: str, lang: str) -> None:
    text = line_for(question, "tsa-cme/10", lang)
    assert not AFFIRMATIVE.match(text), text  # 始得申請展延: never a yes
    assert supported(text, "tsa-cme/10"), text


@pytest.mark.parametrize(("question", "lang"), [
    ("機構的自選片成績，是把幾個放射師的分數平均嗎？", "zh-TW"),
    ("医院自选片是取所有放射师的平均分吗", "zh-TW"),
    ("for the facility's self-selected score, do they take the mean of all radiographers' sets?", "en"),
    ("is the hospital self-selected grade an average across our techs?", "en"),
    ("我們有4位放射師，機構自選片是平均算的嗎", "zh-TW"),
])
def test_an_average_asked_of_a_rule_picking_one_is_no(question: str, lang: str) -> None:
    text = line_for(question, "hpa-mammo/2.3.1.n1", lang)
    assert not AFFIRMATIVE.match(text), text  # 各選出分數最高之 1 組代表: the best, not the mean
    assert supported(text, "hpa-mammo/2.3.1.n1"), text
