"""Round 56 (firstline56): the first line of a rules answer answers the question asked.

1. How many kinds of measure a scale's rows set ("分成幾種處置", "how many different outcomes") asks the scale's count.
2. An age said as the year it is reached ("明年就61了", "I turn 63 next year") is the person's age; a rule for a person of
   at least an age the question states is the case's own, and one for an age the person falls short of is not.
3. "只有 X 嗎，Y 算不算" met by a text holding Y: Y's own A-not-A answers (算); one shared word names no thing.
4. The alternative offered after the yes / no piece ("還是一定要學會辦的才算數") lends the lead no verb.
5. Who is kept out, named before the negation ("outsiders not allowed in", "closed to outsiders", "院外人士不能參加"), is
   denied — the condition "須對外公開" is then not met.
6. A cycle ("every 6 years", as 每6年) is no figure of the person's case.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import (_denied_terms, _figure_pairs, _other_named_asked, _question_age, asks_scale,
                              polarity_word)
from knowledge.textnorm import fold

TSA3 = fold("第三條 本辦法所稱繼續教育積分,包括本會及各教學醫院或醫事團體所舉辦有關外科醫學之繼續教育課程。")


@pytest.mark.parametrize("question", [
    "判讀醫師的複判差異評估結果分成幾種處置？",
    "複判差異超標有幾類處理措施",
    "复判差异评估结果分几种处理？",
    "How many different outcomes can the re-read discrepancy check lead to?",
    "how many kinds of consequences are there for discordant readers",
    "複判差異分成幾級",  # (the levels asked as before)
])
def test_outcomes_counted_ask_the_scale(question):
    assert asks_scale(question)


@pytest.mark.parametrize("question", [
    "複判差異超過20%會有什麼處置？",
    "what happens to a reader over 20%?",
    "要參加幾次座談會",
])
def test_a_measure_asked_is_no_count_of_the_scale(question):
    assert not asks_scale(question)


@pytest.mark.parametrize(("question", "age"), [
    ("主任明年就61了，他的指導老師證還需要每六年換一次嗎？", 61),
    ("今年快65了還要換證嗎", 65),
    ("年底就滿62了，可以申請終身證書嗎", 62),
    ("I turn 63 next year, do I still need to renew?", 63),
    ("he turns 61 in March — lifetime cert?", 61),
])
def test_an_age_said_as_the_year_it_is_reached(question, age):
    assert _question_age(question) == age


@pytest.mark.parametrize("question", [
    "他明年就6篇了，可以申請嗎",  # (a count, not an age)
    "明年就要換證了，要幾分",
    "we need 61 cases next year",
])
def test_no_age_where_none_is_said(question):
    assert _question_age(question) is None


def test_the_other_thing_asked_after_only_is_answered_with_its_own_verb():
    assert _other_named_asked(fold("只有外科醫學會自己辦的嗎,教學醫院辦的算不算"), TSA3) == "算"
    assert _other_named_asked(fold("只有學會辦的才可以嗎,醫事團體辦的可不可以"), TSA3) == "可以"


@pytest.mark.parametrize("piece", [
    "只有學會辦的嗎,國外的線上課程算不算",  # (one shared word, 課程, names nothing the text holds)
    "只有學會辦的嗎?",  # (no other thing asked)
    "教學醫院辦的是不是只有一半算",  # (no "only?" before it)
])
def test_no_other_thing_answered(piece):
    assert _other_named_asked(fold(piece), TSA3) is None


def test_the_alternative_after_the_piece_lends_no_verb():
    q = "我們是區域教學醫院，外科部自己開的教學課程，這種也在外科繼續教育的範圍裡面嗎？還是一定要醫學會主辦的才算數"
    assert polarity_word(q, False, "zh-TW") == "是"
    # (the piece's own verb still leads)
    assert polarity_word("醫院辦的課可以算嗎？還是一定要學會辦的", False, "zh-TW") == "可以"


@pytest.mark.parametrize(("question", "term"), [
    ("we run a closed journal club, outsiders not allowed in. can we get it accredited?", "outsiders"),
    ("our grand rounds are closed to outsiders, can we apply for credits?", "outsiders"),
    ("我們的晨會院外人士不能參加，可以申請外科積分嗎？", "院外"),
])
def test_who_is_kept_out_is_denied(question, term):
    assert term in _denied_terms(question)


def test_an_open_meeting_denies_nothing():
    assert "outsiders" not in _denied_terms("our grand rounds are open to outsiders, can we apply for credits?")


def test_a_cycle_is_no_figure_of_the_case():
    pairs = _figure_pairs(fold("I turn 61 next month. Do I still have to renew every 6 years?"), values_only=True)
    assert (6.0, "年") not in pairs and (61.0, "") in pairs
