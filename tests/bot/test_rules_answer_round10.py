"""First-line classes of the tenth round (new wording, never the eval sentences):

- a question stating figures of the person's own case against a rule that turns on a threshold or band: no yes / no the
  line has not computed; the rule, and that the figures decide ("視您的數字而定 / It depends on your figures") — unless
  the figure is settled (a band of the sentence holds it, or it meets / falls short of the one threshold of its unit);
- a nominal 會 (會議 / 會員 / 研討會) is not the question's verb 會;
- "after making it up, is it restored?" met by "…未能如期補齊者，應停止…，於補齊…後，始恢復…": the condition the question
  states (met) decides, not the negated one; a question saying it was not made up still gets the stop;
- "is there a cap / any limit?" met by the cap: yes, with the figure (a heading's items give their figures);
- a list asked for, then "are X and Y on it?": yes when every item named is in the clause;
- "how many <unit>?" answered by the close hit stating a figure in that unit; "who …?" by the close hit naming who;
- "which year" asks a period.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import UNSURE, answer_kind, figures_decide, polarity_word
from evals.first_line import AFFIRMATIVE, NEGATIVE, first_line, line_answers
from tests.bot.first_line_support import line_for, supported


# ------------------------------------------------------------------ the person's own figures decide

@pytest.mark.parametrize(("question", "lang"), [
    ("陽性的有 80 位，目前追蹤完 58 位，今年會不會被扣錢？", "zh-TW"),
    ("疑似阳性 150 人，完成追踪 110 人，会扣补助吗", "zh-TW"),
    ("我們 category 4 跟 5 共 40 例，追蹤了 29 例，這樣要扣款嗎", "zh-TW"),
    ("We had 64 suspected-positive women and 47 were followed up. Will the subsidy be docked?", "en"),
    ("out of 200 positives we tracked 151 — are we getting a deduction?", "en"),
    ("positive cases 90, followed-up 62 people: will HPA cut our money?", "en"),
])
def test_own_figures_against_a_band_get_no_verdict(question: str, lang: str) -> None:
    text = line_for(question, "hpa-mammo/2.5", lang)
    assert text.startswith(("視您的數字而定", "It depends on your figures")) or text in UNSURE.values(), text
    assert not AFFIRMATIVE.match(text) and not NEGATIVE.match(text), text
    assert supported(text, "hpa-mammo/2.5"), text


@pytest.mark.parametrize(("question", "lang"), [
    ("陽性個案 70 位，追蹤了 50 位，這樣會扣嗎", "zh-TW"),
    ("疑似阳性 88 例、追踪 60 例，会被扣款吗", "zh-TW"),
    ("we had 120 positives and followed up 80, will we be docked?", "en"),
])
def test_own_figures_through_the_engine_get_no_verdict(ask, question: str, lang: str) -> None:
    answer = ask(question)
    line = first_line(answer.answer)
    if answer.route == "retrieval":  # (the calculator, if the route helper sends it there, computes the rate itself)
        assert not AFFIRMATIVE.match(line) and not NEGATIVE.match(line), line  # no verdict the line has not computed


@pytest.mark.parametrize(("question", "clause", "lang", "polarity"), [
    # a figure past the one threshold of its unit: the text's denial applies
    ("van tech went about 18% over the yearly reasonable volume — will we be paid for the extra ones?", "hpa-mammo/2.4.5", "en",
     "no"),
    ("the van radiographer ended up 12% above the reasonable yearly volume; is the part over it still paid?", "hpa-mammo/2.4.5",
     "en", "no"),
])
def test_a_figure_put_to_the_one_threshold_keeps_the_verdict(question: str, clause: str, lang: str, polarity: str) -> None:
    text = line_for(question, clause, lang)
    assert line_answers(text, [], polarity), text
    assert supported(text, clause), text


def test_a_figure_restated_from_the_rule_is_not_the_persons() -> None:
    # "超過 20%" is the rule's own figure: it settles nothing about a case of the person's
    said = "丙、疑似陽性個案複判差異超過 60%或陰性個案複判差異超過 20%，立即停止判讀"
    assert not figures_decide("陰性複判差異超過 20% 是不是要立刻停判？", said, said)
    assert figures_decide("我們陽性 90 位、追蹤 70 位，會扣嗎", "70% ≤ 追蹤完成率 < 75% | -5%", "70% ≤ 追蹤完成率 < 75% | -5%")


def test_a_figure_in_a_band_the_sentence_states_is_settled() -> None:
    said = "甲、疑似陽性個案複判差異介於 40% - 50% 或陰性個案複判差異介於 7% - 15%，建議…參加示範醫院判片座談會"
    assert not figures_decide("複判差異 45%，要去座談會嗎", said, said)


# ------------------------------------------------------------------ a nominal 會

@pytest.mark.parametrize("question", [
    "國際會議辦在台灣，還是給 30 分嗎？",
    "研討會的出席證明要附嗎？",
    "会员号码一定要写吗",
    "大會議程影本算證明嗎",
    "如果是國際會議在國內開，積分照算嗎",
])
def test_a_nominal_hui_is_not_the_asking_verb(question: str) -> None:
    assert polarity_word(question, False, "zh-TW") not in ("會",), question
    assert polarity_word(question, True, "zh-TW") != "不會", question


def test_an_international_meeting_held_here_is_not_denied() -> None:
    text = line_for("國際會議如果在台北開，還是照國際會議給 30 分嗎？", "tsa-cme/5.4.n2", "zh-TW")
    assert not NEGATIVE.match(text), text
    assert "30" in text
    assert supported(text, "tsa-cme/5.4.n2"), text


# ------------------------------------------------------------------ restored once the condition is met

@pytest.mark.parametrize(("question", "lang"), [
    ("放射師的時數補完之後，可以恢復操作嗎？", "zh-TW"),
    ("時數補齊以後，能不能恢復操作資格？", "zh-TW"),
    ("放射师继续教育补齐了，可以恢复操作资格吗", "zh-TW"),
    ("技術員被停了，後來學分補齊，可以再恢復嗎", "zh-TW"),
    ("學分不夠被停操作，把時數補齊後可以恢復資格嗎？", "zh-TW"),
])
def test_restored_once_made_up(question: str, lang: str) -> None:
    text = line_for(question, "hpa-mammo/2.1.2.1", lang)
    assert line_answers(text, [], "yes"), text
    assert supported(text, "hpa-mammo/2.1.2.1"), text


@pytest.mark.parametrize(("question", "lang"), [
    ("放射師時數沒在期限內補齊，還能繼續操作嗎", "zh-TW"),
    ("a mammo tech never made up her CE hours in time — can she keep taking images?", "en"),
    ("the radiographer did not catch up on her hours by the deadline; may she carry on imaging?", "en"),
])
def test_not_made_up_in_time_stops(question: str, lang: str) -> None:
    text = line_for(question, "hpa-mammo/2.1.2.1", lang)
    assert not AFFIRMATIVE.match(text), text


# ------------------------------------------------------------------ whether there is a limit

@pytest.mark.parametrize(("question", "lang"), [
    ("Are there limits on monthly screenings for one radiographer?", "en"),
    ("is there a monthly cap per radiographer on screening mammograms?", "en"),
    ("放射師每月篩檢有沒有上限？", "zh-TW"),
    ("放射师一个月拍片有上限吗？", "zh-TW"),
    ("are there maximums on how many screenings a tech does per month", "en"),
])
def test_whether_there_is_a_cap_is_yes_and_the_cap(question: str, lang: str) -> None:
    text = line_for(question, "hpa-mammo/2.1.2.3.1", lang)
    assert line_answers(text, ["500"], "yes"), text
    assert supported(text, "hpa-mammo/2.1.2.3.1"), text


@pytest.mark.parametrize("question", [
    "放射師的拍攝量有哪些上限？",
    "放射師攝影量的上限是多少",
    "放射师摄影量最多多少",
])
def test_a_heading_asked_for_a_figure_gives_its_items_figures(question: str) -> None:
    text = line_for(question, "hpa-mammo/2.1.2.3", "zh-TW")
    assert "500" in text and "6000" in text, text
    assert supported(text, "hpa-mammo/2.1.2.3"), text


# ------------------------------------------------------------------ are these on the list?

@pytest.mark.parametrize(("question", "lang"), [
    ("實測要測哪些項目？假體影像和壓迫裝置都有在裡面嗎", "zh-TW"),
    ("品保實測包括什麼？半值層也包含嗎", "zh-TW"),
    ("实测项目有哪些？平均乳腺辐射剂量有包括吗", "zh-TW"),
    ("What gets tested on site? Is the phantom image included?", "en"),
    ("list the on-site QA tests please - are HVL and compression part of it?", "en"),
])
def test_named_items_on_the_list_are_a_yes(question: str, lang: str) -> None:
    text = line_for(question, "hpa-mammo/1.2.1.1", lang)
    assert line_answers(text, [], "yes"), text
    assert supported(text, "hpa-mammo/1.2.1.1"), text


@pytest.mark.parametrize("question", [
    "實測要測哪些項目？乳房超音波有在裡面嗎",
    "What gets tested on site? Is the MRI coil included?",
])
def test_an_item_not_on_the_list_gets_no_yes(question: str) -> None:
    text = line_for(question, "hpa-mammo/1.2.1.1", "en" if question.isascii() else "zh-TW")
    assert not AFFIRMATIVE.match(text) and not NEGATIVE.match(text), text


# ------------------------------------------------------------------ the unit asked, who, which year

@pytest.mark.parametrize(("question", "lang"), [
    ("自選片一位放射師總共要送幾張", "zh-TW"),
    ("自选片每人要交多少张？", "zh-TW"),
    ("How many images does each radiographer submit for self-selection?", "en"),
    ("self-selected set: how many films per tech?", "en"),
    ("每個放射師自選影像要準備幾張", "zh-TW"),
])
def test_how_many_in_a_unit_is_answered_by_the_clause_stating_it(question: str, lang: str) -> None:
    text = line_for(question, ["hpa-mammo/2.3.1.n1", "hpa-mammo/1.3.1"], lang)
    assert "8" in text, text
    assert "(hpa-mammo/1.3.1)" in text or "（一(三)1）" in text, text


@pytest.mark.parametrize(("question", "lang"), [
    ("實地測試是由誰來執行？", "zh-TW"),
    ("实地测试是哪些单位派人来做", "zh-TW"),
    ("Who carries out the on-site testing of the unit?", "en"),
    ("who comes to run the field test on our mammo machine?", "en"),
    ("on-site test — which agencies send the testers?", "en"),
])
def test_who_is_answered_by_the_close_hit_that_names_who(question: str, lang: str) -> None:
    text = line_for(question, ["hpa-mammo/1.2.1", "hpa-mammo/1.2"], lang)
    assert "原子能" in text or "Atomic Energy" in text, text


@pytest.mark.parametrize("question", [
    "這辦法是依哪一年的甄審原則修正的？",
    "哪年備查的",
    "What year was it amended?",
    "which year did the health department approve it?",
    "这个办法是哪一年修的",
])
def test_which_year_asks_a_period(question: str) -> None:
    assert answer_kind(question) == "period"


@pytest.mark.parametrize(("question", "clause", "lang"), [
    ("Is an MRI coil check included in the on-site tests?", "hpa-mammo/1.2.1.1", "en"),
    ("實地品保測試有沒有包括乳房超音波？", "hpa-mammo/1.2.1.1", "zh-TW"),
    ("does the on-site test also include an ultrasound probe check?", "hpa-mammo/1.2.1.1", "en"),
    ("合理量的工作天數有包含加班費嗎", "hpa-mammo/2.1.2.3.2", "zh-TW"),
    ("实地测试包括心电图机吗", "hpa-mammo/1.2.1.1", "zh-TW"),
])
def test_a_yes_no_about_an_item_the_list_lacks_is_no_yes(question: str, clause: str, lang: str) -> None:
    text = line_for(question, clause, lang)
    assert not AFFIRMATIVE.match(text), text


@pytest.mark.parametrize(("question", "clause", "lang"), [
    ("合理量算的工作天數有包含例假日嗎", "hpa-mammo/2.1.2.3.2", "zh-TW"),
    ("實地測試有沒有包括閱片系統評估？還是只看機器", "hpa-mammo/1.2.1.3", "zh-TW"),
    ("does the on-site testing include the half-value layer?", "hpa-mammo/1.2.1.1", "en"),
    ("半值層測量有包含在實測項目裡嗎", "hpa-mammo/1.2.1.1", "zh-TW"),
    ("实地测试有没有包括压迫装置测试", "hpa-mammo/1.2.1.1", "zh-TW"),
])
def test_a_yes_no_about_an_item_on_the_list_is_yes(question: str, clause: str, lang: str) -> None:
    text = line_for(question, clause, lang)
    assert line_answers(text, [], "yes"), text
    assert supported(text, clause), text


# ------------------------------------------------------------------ a heading's items in English, by their labels

@pytest.mark.parametrize("question", [
    "what are the two parts of the clinical image evaluation?",
    "clinical image review: which kinds of images are assessed?",
    "What does the clinical image evaluation consist of?",
    "for clinical images in the audit, what sets get reviewed?",
    "which image categories make up the clinical image assessment",
])
def test_an_english_heading_lists_its_items_labels(question: str) -> None:
    text = line_for(question, "hpa-mammo/1.3", "en")
    assert "self-selected" in text.lower() and "sampled" in text.lower(), text
    assert supported(text, "hpa-mammo/1.3"), text


# ------------------------------------------------------------------ the verdict's own sentence when the gist leaves it out

@pytest.mark.parametrize("question", [
    "確診乳癌的個案沒有接受手術，還可以列為追蹤完成嗎？",
    "乳癌病人不願開刀，這樣能算追蹤完成數嗎",
    "确诊后病人没手术，还能算追踪完成吗？",
    "個案確診乳癌但不開刀，追蹤完成算不算",
    "乳癌確診沒做手術的，能不能列入追蹤完成？",
])
def test_a_yes_no_the_gist_leaves_out_gets_the_sentence(question: str) -> None:
    text = line_for(question, "hpa-mammo/2.5.4", "zh-TW")
    assert "理由" in text, text
    assert not NEGATIVE.match(text), text
    assert supported(text, "hpa-mammo/2.5.4"), text


# ------------------------------------------------------------------ "at once" in people's words

@pytest.mark.parametrize("question", [
    "陰性複判差異超過 20%，是不是馬上就要停判？",
    "疑似陽性複判差異超過六成，是不是立刻不能判讀？",
    "复判差异超过60%，是不是马上停止判读？",
    "阴性超过20%的话，是否当场就停判",
    "陽性複判差異超過 60%，判讀醫師是不是即刻停止判讀？",
])
def test_at_once_meets_the_rules_immediately(question: str) -> None:
    text = line_for(question, "hpa-mammo/2.1.1.2.3", "zh-TW")
    assert line_answers(text, [], "yes"), text
    assert supported(text, "hpa-mammo/2.1.1.2.3"), text


# ------------------------------------------------------------------ not put right in time (fix ~ 改善)

@pytest.mark.parametrize("question", [
    "the AEC's QA check failed and we didn't fix it by their deadline — may we still screen with that unit?",
    "our unit failed the council's annual QA and was never rectified in time; can HPA screening continue on it?",
    "QA fail notice from the Atomic Energy Council, not remedied within the window. Can we keep using the machine?",
    "we never resolved the AEC QA failure before their deadline - is the unit still ok for HPA exams?",
    "didn't fix the Atomic Energy Council QA failure in time: can the mammo unit stay in HPA service?",
])
def test_a_failure_not_fixed_in_time_bars_the_unit(question: str) -> None:
    text = line_for(question, "hpa-mammo/2.2.2.1", "en")
    assert line_answers(text, [], "no"), text
    assert supported(text, "hpa-mammo/2.2.2.1"), text
