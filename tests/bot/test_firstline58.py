"""Round 58 (firstline58): the first line of a rules answer answers what is asked, and is never confidently wrong.

1. The person's stated age is put to the age rule ("年滿 60 歲以上…可申請終身指導老師證書") whatever other figures the
   message tells: years in practice ("做介入快三十年了", "25 years") are in a unit the rule states nothing in. A numeral
   before 幾 ("二十幾年", "十幾個") is a rough figure, no question word.
2. Waiting until after the certificate expires ("等證書過期…以後再辦", "let it lapse and renew after I return") against a
   rule requiring it within the validity ("仍應於證書有效期限內辦理…展延"): no — but not against a text that opens a late
   way ("…屆滿之日起一年內，補行申請"), nor a wait for something else ("等回國再辦").
3. Both, or only one of them ("or is it one or the other?", "是擇一還是都給？"), asked of two credited activities whose
   rule grants them together ("第四款與第六款可重複得分"): yes, both; one activity at two meetings may be one paper twice.
4. A counting period asked with a short form (疑陽 = 疑似陽性) or as "what dates": the dates; which codes a rate counts
   ("哪幾類 category"): the clause's sentence listing them, not a gist of the deduction table.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.question_shapes import ZH_WH, some_for_which
from bot.rules_answer import answer_kind, both_or_only_one_asked, deferral_barred, figures_decide, gist_misses, \
    question_terms
from knowledge.corpus import load_corpus
from knowledge.textnorm import fold
from tests.bot.first_line_support import supported_line_for

CORPUS = load_corpus()
AGE = ["tsir-instructor/6", "tsir-instructor/4", "tsir-instructor/1.1"]
MISSION = ["tsa-cme/5.14", "tsa-cme/11.n1", "tsa-cme/11.n2.1"]
ABROAD = ["tsa-cme/5.6", "tsa-cme/5.4", "tsa-cme/5.6.1"]
FOLLOW = ["hpa-mammo/2.5", "hpa-mammo/2.5.2", "hpa-mammo/1.6", "hpa-mammo/2.5.1"]


# 1. the stated age
@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("我是放射科的，做介入快三十年了，證書明年到期。我今年剛滿61，是不是可以改申請終身的？", "zh-TW", "是"),
    ("做介入二十幾年，今年63歲，可以申請終身指導老師嗎", "zh-TW", "可以"),
    ("做了25年介入，我今年62歲，可以申請終身的嗎", "zh-TW", "可以"),
    ("I've done IR for 25 years and I'm 62 now, can I apply for the lifetime certificate?", "en", "Yes"),
    ("I've done IR for 25 years and I'm 57 now, can I apply for the lifetime certificate?", "en", "No"),
    ("做介入快三十年了，我今年才58，是不是可以改申請終身的？", "zh-TW", "不是"),  # (the age this year, said with no 歲)
    ("我今年已經62，可以申請終身指導老師嗎", "zh-TW", "可以"),
])
def test_the_stated_age_is_put_to_the_age_rule(question, lang, lead):
    assert supported_line_for(question, AGE, lang).startswith(lead)


def test_years_in_practice_alone_leave_the_age_open():
    # (no age stated: the figure told is no figure of the rule's — no yes)
    text = supported_line_for("做介入快三十年了，是不是可以改申請終身的？", AGE, "zh-TW")
    assert not text.startswith(("是", "可以", "不"))


def test_figures_in_the_rules_unit_still_decide():
    said = CORPUS.get("tsir-instructor/6").gist_zh
    assert not figures_decide("我今年剛滿61，做介入快三十年了，可以申請終身嗎", said, CORPUS.get("tsir-instructor/6").text)


@pytest.mark.parametrize("question", ["做介入二十幾年，今年63歲，可以申請終身嗎", "十幾個學分可以抵嗎", "三十幾歲可以申請嗎"])
def test_a_numeral_before_ji_asks_nothing(question):
    assert not ZH_WH.search(some_for_which(fold(question)))
    assert answer_kind(question) == "yes_no"


@pytest.mark.parametrize(("question", "kind"), [("證書要幾年換一次", "period"), ("要幾歲才能申請終身", "number"),
                                                ("要幾十分才夠", "number")])
def test_ji_still_asks(question, kind):
    assert answer_kind(question) == kind


# 2. past the end of a period the text requires it within
@pytest.mark.parametrize("question", [
    "能不能等證書過期、人回國以後再辦展延？",
    "證書到期後再回來申請展延可以嗎",
    "can i wait until my certificate expires and renew when i'm back?",
    "is it ok to let my surgical certificate lapse and renew it after i return?",
])
def test_waiting_past_the_validity_is_barred(question):
    assert deferral_barred(fold(question), fold(CORPUS.get("tsa-cme/5.14").text))


@pytest.mark.parametrize(("question", "clause"), [
    ("證書明年到期，可以等回國再辦展延嗎", "tsa-cme/5.14"),  # (waits for the return, not past the end)
    ("駐外醫療團回國後再辦展延行不行", "tsa-cme/5.14"),
    ("能不能等證書過期以後再補辦展延？", "tsa-cme/11.n2.2"),  # (a late way the text opens)
])
def test_other_waits_are_not_barred(question, clause):
    assert not deferral_barred(fold(question), fold(CORPUS.get(clause).text))


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("参加驻外医疗团可以抵学分，那我能不能等证书过期、人回国以后再办展延？", "zh-TW", "不可以"),
    ("I'm on an overseas medical mission - can I wait until my certificate expires and renew when I'm back?", "en", "No"),
    ("駐外醫療團的積分扣抵，要在證書有效期限內辦嗎", "zh-TW", "需要"),
])
def test_the_mission_line(question, lang, lead):
    assert supported_line_for(question, MISSION, lang).startswith(lead)


# 3. both, or only one
@pytest.mark.parametrize("question", [
    "can i claim the overseas-meeting attendance points and the presentation points, or is it 1 or the other?",
    "do I get the attendance credits and the poster credits, or is it either/or?",
    "attendance points plus presentation points, or just one?",
    "國外會議的積分跟壁報的積分，是擇一還是都給？",
    "參加國外會議的積分和發表的積分是兩個都算還是二選一？",
])
def test_both_or_only_one_is_asked(question):
    assert both_or_only_one_asked(question)


@pytest.mark.parametrize("question", ["is it one of the items on the list?", "只有一個人可以申請嗎", "which one counts more?"])
def test_no_both_or_one(question):
    assert not both_or_only_one_asked(question)


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("gave an oral talk at an overseas surgical congress. can i claim the overseas-meeting attendance points AND the "
     "presentation points, or is it one or the other?", "en", "Yes"),
    ("presented a poster at an international meeting in Japan - do I get the attendance credits and the poster credits, "
     "or is it either/or?", "en", "Yes"),
    ("在國外醫學會發表壁報，參加國外會議的積分和發表的積分是兩個都算還是二選一？", "zh-TW", "可以"),
    ("在月會演講和年會發表論文，兩個都算還是二選一？", "zh-TW", "可以"),
])
def test_both_is_the_answer(question, lang, lead):
    assert supported_line_for(question, ABROAD, lang).startswith(lead)


def test_one_poster_at_two_meetings_is_no_both():
    text = supported_line_for("presented a poster at the TSA annual congress and at a monthly meeting - both count, or is "
                              "it one or the other?", ABROAD, "en")
    assert not text.startswith("Yes")


# 4. the period and the codes
@pytest.mark.parametrize(("question", "lang"), [
    ("疑陽個案數是從幾月幾號算到幾月幾號？年底統計前想先對一下數字", "zh-TW"),
    ("疑陽個案是抓哪一段時間的？", "zh-TW"),
    ("what dates does the suspected-positive case count run from and to?", "en"),
])
def test_the_counting_period(question, lang):
    text = supported_line_for(question, ["hpa-mammo/2.5.1", "tsir-instructor/2", "hpa-mammo/1.6"], lang)
    assert ("1 月 1 日" in text and "12 月 31 日" in text) or ("1 January" in text and "31 December" in text)


def test_the_short_form_is_the_regulations_word():
    assert "疑似陽性" in question_terms("疑陽個案數怎麼算") or {"疑似", "似陽", "陽性"} <= question_terms("疑陽個案數怎麼算")
    assert answer_kind("what dates does the suspected-positive case count run from and to?") == "period"


@pytest.mark.parametrize(("question", "lang"), [("追蹤完成率是算哪幾類 category 的個案啊？", "zh-TW"),
                                                ("which BI-RADS categories count toward the follow-up completion rate?", "en")])
def test_the_codes_counted(question, lang):
    text = supported_line_for(question, FOLLOW, lang)
    assert all(code in text for code in ("0", "3", "4", "5")) and "category" in text


def test_a_deduction_asked_keeps_the_table():
    text = supported_line_for("疑陽追蹤完成率72%會扣多少？", FOLLOW, "zh-TW")
    assert "5%" in text
    c = CORPUS.get("hpa-mammo/2.5")
    assert not gist_misses("追蹤完成率沒到75%會扣多少？", question_terms("追蹤完成率沒到75%會扣多少？"), c.text, c.gist_zh)


@pytest.mark.parametrize("question", ["我今年58案，夠嗎", "今年才58例，還要換證嗎", "今年12張片"])
def test_a_count_this_year_is_no_age(question):
    from bot.rules_answer import _question_age
    assert _question_age(question) is None


# 5. (round 58's blind half) whether trouble follows, asked after the leave asked first; asked alone of a sanctioned bar
SIGN = ["tsa-cme/8", "tsa-cme/4.5"]


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("那天值班走不開，簽到單可以請學弟幫我簽嗎？會有事嗎", "zh-TW", "不可以"),
    ("簽名單可以蓋章代替嗎？會不會有問題？", "zh-TW", "不可以"),
    ("can a colleague sign the attendance sheet for me? will I get in trouble?", "en", "No"),
    ("簽到單請別人代簽會有事嗎", "zh-TW", "會"),
    ("請學弟代簽會被註銷嗎", "zh-TW", "會"),
    ("if a colleague signs the attendance sheet for me, will I lose the credits?", "en", "Yes"),
    ("will I get in trouble if I stamp the sign-in sheet instead of signing?", "en", "Yes"),
])
def test_trouble_asked_of_a_sanctioned_bar(question, lang, lead):
    assert supported_line_for(question, SIGN, lang).startswith(lead)


def test_the_own_signature_is_no_trouble():
    assert not supported_line_for("我都自己親筆簽名，會有事嗎", SIGN, "zh-TW").startswith("會")


@pytest.mark.parametrize(("question", "expected"), [
    ("簽到單可以請學弟幫我簽嗎？會有事嗎", "簽到單可以請學弟幫我簽嗎?"),
    ("can a colleague sign for me? will i get in trouble?", "can a colleague sign for me?"),
])
def test_the_leave_is_the_piece_that_asks(question, expected):
    from bot.rules_answer import yes_no_piece
    assert yes_no_piece(fold(question)).strip() == fold(expected).strip()


# 6. a listed condition is met by its own doing only (talks given, not meetings attended)
TALKS = ["tsir-instructor/1.2", "tsir-instructor/1.2.1", "tsir-instructor/2"]


@pytest.mark.parametrize(("question", "lang"), [
    ("I've given talks at IR conferences like 4 times as faculty for embolization. do I still have to submit my case "
     "numbers for the instructor cert?", "en"),
    ("在介入研討會演講過4次，還要附個案數嗎", "zh-TW"),
])
def test_talks_given_meet_the_listed_condition(question, lang):
    assert supported_line_for(question, TALKS, lang).startswith(("No", "不需要"))


@pytest.mark.parametrize(("question", "lang"), [("我參加介入研討會4次了，申請指導老師還要附個案數證明嗎？", "zh-TW"),
                                                ("參加介入研討會4次，還要附個案數嗎", "zh-TW"),
                                                ("I've attended IR conferences 4 times. do I still need to submit my case numbers?", "en")])
def test_meetings_attended_do_not(question, lang):
    assert not supported_line_for(question, TALKS, lang).startswith(("No", "不需要", "不用"))


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("two first-author SCI papers on embolization - can I apply w/o case numbers?", "en", "Yes"),
    ("我是3篇SCI论文的其他作者，申请指导老师能免附个案数证明吗？", "zh-TW", "不"),
])
def test_the_papers_item_keeps_its_own_reading(question, lang, lead):
    # (papers are a doing the list names: no "short" of the talks' item; "without" asks the leave the text's 不須 grants)
    assert supported_line_for(question, ["tsir-instructor/1.2.2", "tsir-instructor/1.2", "tsir-instructor/1.2.1"],
                              lang).startswith(lead)
