"""First-line classes of the twenty-first round (new wording, never the eval sentences):

- a grade given in talk ("被打 D", "給了個 C", "判 D") is the grade's row: "may it keep going?" met by the row's 不得 is a no;
- a deadline missed in the asker's words ("blew past the deadline", "逾期", "錯過期限") meets the text's 未於規定時間內 /
  未於期限內: the consequence of that condition (…不得用於…) is the verdict;
- "is it guaranteed / 就一定能用嗎" met first by the grade table's row: the close clause listing the cases that bar even
  that grade answers, "not necessarily";
- "all of it, or might they only pick some?" (a possibility, not a leave) is answered for the first course: not
  necessarily ("可以" stays for "還是可以只…");
- "也是照 / 也按 … 給嗎" asks whether the same treatment still holds (the text's 不分…一律); its polarity word is the
  copula's 是, not a 有 of the case the question states;
- an English figure with an abbreviated unit ("~6 yrs", "18 mos") is the case's own figure against the text's threshold;
- "what are the tiers / 有哪幾個級距" asks the rows of a scale: the line gives them (their bands);
- "除了 X 之外還有哪幾種 / besides X, what else": the list whose items the question names answers with its items.
"""

from __future__ import annotations

import pytest

from evals.first_line import AFFIRMATIVE, NEGATIVE
from tests.bot.first_line_support import line_for, supported


# ------------------------------------------------------------------ a grade given in talk

@pytest.mark.parametrize(("question", "lang"), [
    ("抽測有一項被打了個D，這台還可以繼續拍國健署的案子嗎", "zh-TW"),
    ("实地测试被判D，那台机器还能继续做国健署的筛检吗", "zh-TW"),
    ("field test came back with a D on one item — can the unit keep doing HPA screening?", "en"),
])
def test_a_grade_given_in_talk_is_its_row(question: str, lang: str) -> None:
    text = line_for(question, ["hpa-mammo/2.2.1.2", "hpa-mammo/2.2.2"], lang)
    assert NEGATIVE.match(text), text
    assert supported(text, "hpa-mammo/2.2.1.2"), text


# ------------------------------------------------------------------ a deadline missed in the asker's words

@pytest.mark.parametrize(("question", "lang"), [
    ("原能會說品保檢查不合格，我們又逾期沒改善，那台還能用在國健署篩檢嗎", "zh-TW"),
    ("原能会品保没过，也错过了改善期限，那台机器还能继续用吗", "zh-TW"),
    ("we failed the AEC's QA check and missed their correction deadline. may the unit still be used for screening?", "en"),
])
def test_a_missed_deadline_meets_the_texts_untimely_condition(question: str, lang: str) -> None:
    text = line_for(question, ["hpa-mammo/2.2.2.1", "hpa-mammo/2.2.2"], lang)
    assert NEGATIVE.match(text), text
    assert supported(text, "hpa-mammo/2.2.2.1"), text


@pytest.mark.parametrize(("question", "lang"), [
    ("原能會品保檢查不合格，我們在規定時間內改善完了，還可以繼續用嗎", "zh-TW"),
    ("the AEC flagged our QA but we fixed it within their deadline — can we keep using the unit?", "en"),
])
def test_a_deadline_met_is_no_denial(question: str, lang: str) -> None:
    text = line_for(question, ["hpa-mammo/2.2.2.1", "hpa-mammo/2.2.2"], lang)
    assert not NEGATIVE.match(text), text


# ------------------------------------------------------------------ guaranteed? the exceptions answer

@pytest.mark.parametrize(("question", "lang"), [
    ("評等全部都是A的話，機器是不是保證能用在篩檢？", "zh-TW"),
    ("实测都评A，机器就一定能用吗", "zh-TW"),
    ("If every field-test item is rated A, is the unit guaranteed to be usable for HPA screening?", "en"),
])
def test_guaranteed_is_answered_by_the_exceptions(question: str, lang: str) -> None:
    text = line_for(question, ["hpa-mammo/2.2.1.2", "hpa-mammo/2.2.2"], lang)
    assert text.startswith(("不一定", "Not necessarily")), text
    assert supported(text, "hpa-mammo/2.2.2"), text


# ------------------------------------------------------------------ all, or possibly only some?

@pytest.mark.parametrize(("question", "lang"), [
    ("後續審查每次都會全部項目都查嗎？還是有可能只查其中幾項", "zh-TW"),
    ("后续审查一定每项都会审吗？还是可能只抽几项", "zh-TW"),
    ("do they always go through every review item, or might they only look at a few?", "en"),
])
def test_all_or_possibly_some_is_not_necessarily(question: str, lang: str) -> None:
    text = line_for(question, "hpa-mammo/1", lang)
    assert NEGATIVE.match(text), text
    assert "部分" in text or "some" in text, text


# ------------------------------------------------------------------ the same treatment still?

@pytest.mark.parametrize(("question", "lang"), [
    ("高雄辦的國際研討會（有先報學會），也是按國際性會議給分嗎", "zh-TW"),
    ("在台湾办的国际会议，也是照国际会议的分数给吗", "zh-TW"),
    ("an international congress held in Taipei — is it still credited like an international meeting?", "en"),
])
def test_the_same_treatment_asked_is_yes_by_the_regardless_clause(question: str, lang: str) -> None:
    text = line_for(question, ["tsa-cme/5.4.n2", "tsa-cme/5.4"], lang)
    assert AFFIRMATIVE.match(text), text
    assert "30" in text, text


# ------------------------------------------------------------------ an abbreviated unit is the case's figure

@pytest.mark.parametrize(("question", "lang"), [
    ("radiology specialist doing IR for about 5 yrs now. is that enough experience to become an instructor?", "en"),
    ("been an IR attending ~7yrs since board cert, do I qualify as an instructor?", "en"),
])
def test_an_abbreviated_unit_is_the_cases_figure(question: str, lang: str) -> None:
    text = line_for(question, "tsir-instructor/1.1", lang)
    assert NEGATIVE.match(text), text
    assert "8" in text, text


# ------------------------------------------------------------------ the tiers of a scale

@pytest.mark.parametrize(("question", "lang"), [
    ("what are the levels of the re-read discrepancy evaluation?", "en"),
    ("複判差異評估有哪幾個級距？", "zh-TW"),
    ("复判差异有哪几级", "zh-TW"),
])
def test_the_tiers_asked_are_the_rows(question: str, lang: str) -> None:
    text = line_for(question, ["hpa-mammo/2.1.1.2", "hpa-mammo/2.1.1.2.1"], lang)
    assert "50" in text and "60" in text or "座談會" in text, text
    assert supported(text, "hpa-mammo/2.1.1.2"), text


# ------------------------------------------------------------------ the rest of a list

@pytest.mark.parametrize(("question", "lang", "hits"), [
    ("除了年會跟月會以外，還有哪些活動可以拿積分", "zh-TW", ["tsa-cme/5", "tsa-cme/5.2"]),
    ("除了本会年会和月会，还有哪几种活动能认积分", "zh-TW", ["tsa-cme/5", "tsa-cme/5.1"]),
    ("除了發表論文以外還有什麼活動能拿積分", "zh-TW", ["tsa-cme/5.6", "tsa-cme/5.8", "tsa-cme/5"]),
])
def test_the_rest_of_a_list_is_its_items(question: str, lang: str, hits: list[str]) -> None:
    text = line_for(question, hits, lang)
    assert "國際" in text and "年會" in text, text


# ------------------------------------------------------------------ past one band is the next band, not a bar

@pytest.mark.parametrize(("question", "lang"), [
    ("our ad hoc domestic academic workshop ran 4 hrs. does it still earn credits?", "en"),
    ("國內講習會上了3個小時，可以拿積分嗎", "zh-TW"),
    ("国内学术讨论会开了3小时，能算积分吗", "zh-TW"),
])
def test_a_figure_past_a_band_is_no_denial(question: str, lang: str) -> None:
    text = line_for(question, "tsa-cme/5.5", lang)
    assert not NEGATIVE.match(text), text
    assert "10" in text, text


# ------------------------------------------------------------------ which of two figures

@pytest.mark.parametrize(("question", "lang"), [
    ("Taiwan workshop lasting 2.5 hours: is it 5 credits or 10?", "en"),
    ("國內研討會開了三個半小時，這樣是5分還是10分", "zh-TW"),
    ("国内讲习会三小时，给 5 分还是 10 分？", "zh-TW"),
])
def test_which_of_two_figures_is_no_yes(question: str, lang: str) -> None:
    text = line_for(question, "tsa-cme/5.5", lang)
    assert not AFFIRMATIVE.match(text) and not NEGATIVE.match(text), text
    assert "10" in text, text


# ------------------------------------------------------------------ a band row's threshold restated by the question

@pytest.mark.parametrize(("question", "lang"), [
    ("陰性個案被複判推翻超過兩成，還可以繼續讀片嗎", "zh-TW"),
    ("阳性复判差异超过60%，还可以继续判读吗", "zh-TW"),
    ("our reader's negative-case discrepancy came out above 20% — may she keep reading films?", "en"),
])
def test_a_restated_band_threshold_is_the_rows_case(question: str, lang: str) -> None:
    text = line_for(question, ["hpa-mammo/2.1.1.2.3", "hpa-mammo/2.1.1.2.2"], lang)
    assert NEGATIVE.match(text), text
    assert supported(text, "hpa-mammo/2.1.1.2.3"), text


@pytest.mark.parametrize(("question", "lang"), [
    ("陰性複判差異一成，是不是就不能再讀片了", "zh-TW"),  # a figure below the band
    ("陽性差異超過五成，還能繼續判讀嗎", "zh-TW"),  # another threshold than the row's
    ("複判差異很高，還能繼續判讀嗎", "zh-TW"),  # no figure at all
    ("positive discrepancy is 45%, can she keep reading?", "en"),
])
def test_a_figure_not_the_rows_band_gets_no_polarity(question: str, lang: str) -> None:
    text = line_for(question, ["hpa-mammo/2.1.1.2.3", "hpa-mammo/2.1.1.2.2"], lang)
    assert not NEGATIVE.match(text) and not AFFIRMATIVE.match(text), text


# ------------------------------------------------------------------ a same-treatment ask the rule does not grant

@pytest.mark.parametrize(("question", "lang", "hits"), [
    # the question denies the subject of the regardless-grant (非國際性 against "國際性會議不分國內、外")
    ("國外開的非國際性會議，還是依國際會議給30分嗎？", "zh-TW", ["tsa-cme/5.4.n2", "tsa-cme/7"]),
    ("国外办的非国际性会议，还是按国际会议给分吗", "zh-TW", ["tsa-cme/5.4.n2", "tsa-cme/7"]),
    ("a local non-international meeting abroad: is it still credited as an international one?", "en",
     ["tsa-cme/5.4.n2", "tsa-cme/7"]),
    # the text treats the case as something else than asked ("以參加國內會議來認定")
    ("在國外執業參加當地的小型研討會，也是照國際會議給分嗎？", "zh-TW", ["tsa-cme/7", "tsa-cme/5.4.n2"]),
    ("在国外执业，参加当地的小研讨会，也是按国际会议算吗", "zh-TW", ["tsa-cme/7", "tsa-cme/5.4.n2"]),
])
def test_a_same_treatment_the_rule_does_not_give_is_no_yes(question: str, lang: str, hits: list[str]) -> None:
    text = line_for(question, hits, lang)
    assert not AFFIRMATIVE.match(text), text


@pytest.mark.parametrize(("question", "lang"), [
    ("is an international congress's credit still under the 30/yr cap for non-society events, even if pre-approved?", "en"),
    ("國際會議就算主辦單位先送審，還是算在非本會活動一年 30 分的上限裡嗎", "zh-TW"),
])
def test_a_negation_elsewhere_in_the_question_is_not_the_subjects(question: str, lang: str) -> None:
    text = line_for(question, ["tsa-cme/5.4.n2", "tsa-cme/5.12"], lang)
    assert AFFIRMATIVE.match(text), text
