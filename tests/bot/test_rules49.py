"""Round 49 (rules49): rules answers' first lines and ranking, five classes.

1. A review's outcome made known and the certificate handed out, asked in English with no text named ("who passed", "results
   announced", "who hands out / grants the certificate"): `knowledge.lexical.PHRASES` bridge to 通過名單 / 公告 / 核發 /
   認證證明, so the rule announcing passes and issuing the certificate ranks; "怎麼知道有沒有通過" asks how
   (`question_shapes.HOW_TO_KNOW_WHETHER`), no 有 / 沒有 lead.
2. A band the user states in English words ("between 7 and 15 percent"): `knowledge.ranges.english_percents` reads it as the
   band a row states, and a band row restating it answers a consequence (`_band_row_stated`).
3. "What's in / what goes into / what's covered in / consists of" (`question_shapes.CONTENTS_ASKED_EN`) asks a whole's items:
   the line names them.
4. The yes / no lead word comes from the verb that asks ("在…範圍內嗎" → 是), never from the 有 of the story before it
   ("有會員來電問", `rules_answer.STORY_TELLER`).
5. English paper counts with a kind between figure and unit ("only 1 SCI paper", "a single first-author SCI article") are
   read against the clause's minimum, and "skip / without / leave out" asks the text's 不須: No for one paper, Yes for two.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import _asked_negations, _question_figures, _short_of, answer_kind, direct_line, polarity_word
from knowledge.lexical import expand_query
from knowledge.ranges import english_percents, value_in_band
from tests.bot.test_rules_answer import CORPUS, hits

SCI_RULE = "(2) 或發表 SCI文章 2篇(含)以上者(第一作者/通訊作者)亦可提出申請，不須附上第二條之個案數證明。"
BAND_ROW = ("甲、疑似陽性個案複判差異介於 40% - 50% 或陰性個案複判差異介於 7% - 15%，建議於下次後續審查前參加示範醫院判片座談會及"
            "個案討論會。")


# ------------------------------------------------------------------------ 1. results announced, certificate issued

@pytest.mark.parametrize("question", [
    "After the review, how are the results announced and who hands out the certificate?",
    "When the panel is done, how do applicants find out if we passed?",
    "who gives out the certs to the people who passed?",
])
def test_an_outcome_made_known_in_english_reaches_the_announcing_rule(question: str) -> None:
    terms = expand_query(question)
    assert "通過名單" in terms or "核發" in terms


@pytest.mark.parametrize("question", [
    "who actually reviews the applications and how do I find out if I passed?",
    "how will I be told if I passed the instructor review?",
])
def test_a_pass_asked_brings_the_instructor_list_not_the_hpa_publishing(question: str) -> None:
    # 公告 alone pulled the HPA's grade publishing (二(七)) above the instructor rules' pass list (第七條)
    terms = expand_query(question)
    assert "通過名單" in terms and "專長認證" in terms and "公告" not in terms


@pytest.mark.parametrize("question", [
    "Where are the follow-up review grades published?",  # HPA's grades, not a pass list
    "Who issues the certificate of attendance for a CME course?",  # an attendance certificate: no 通過名單
])
def test_other_publications_get_no_pass_list(question: str) -> None:
    assert "通過名單" not in expand_query(question)


@pytest.mark.parametrize("question", ["怎麼知道自己有沒有通過認證？", "审查后怎么查是否通过？", "如何得知是否通過？"])
def test_how_to_know_whether_asks_how(question: str) -> None:
    assert answer_kind(question) != "yes_no"


@pytest.mark.parametrize("question", ["通過後證書會寄給我嗎？", "有沒有通過會另外通知嗎？"])
def test_a_plain_whether_stays_yes_no(question: str) -> None:
    assert answer_kind(question) == "yes_no"


def test_the_announcing_rule_answers_with_the_society() -> None:
    question = "Who grants the certificate, and how do we learn the outcome?"
    line = direct_line(question, hits("tsir-instructor/7", "hpa-mammo/2.7"), CORPUS, "en")
    assert line.confident and line.cited[0] == "tsir-instructor/7"
    assert "announce" in line.text


# ------------------------------------------------------------------------ 2. a band stated in English words

@pytest.mark.parametrize(("text", "folded"), [
    ("between 7 and 15 percent", "between 7% and 15%"),
    ("from 40 to 50 per cent", "from 40% to 50%"),
    ("7 to 15%", "7% to 15%"),
    ("about 12 pct", "about 12%"),
    ("between 7% and 15%", "between 7% and 15%"),  # already written out: unchanged
])
def test_english_percentages_are_written_with_the_sign(text: str, folded: str) -> None:
    assert english_percents(text) == folded


def test_a_band_in_english_words_is_in_the_row() -> None:
    assert value_in_band("negative re-read discordance somewhere between 7 and 15 percent", BAND_ROW)
    assert not value_in_band("negative re-read discordance between 16 and 19 percent", BAND_ROW)  # the next row's


@pytest.mark.parametrize("question", [
    "What becomes of a reader whose re-read discordance on negatives sits between 7 and 15 percent?",
    "What happens to a reader whose negative re-read discordance is between 7 and 15 percent?",
])
def test_the_band_row_answers_its_consequence(question: str) -> None:
    line = direct_line(question, hits("hpa-mammo/2.1.1.2.1", "hpa-mammo/2.1.1.2", "hpa-mammo/2.1.1.2.2"), CORPUS, "en")
    assert line.confident and line.cited[0] == "hpa-mammo/2.1.1.2.1"
    assert "recommend" in line.text


def test_a_band_of_an_untold_measure_decides_nothing() -> None:
    # (rules59: a stated rate is put to a row's band only of the same measure — 7-15 % is 甲's band for negatives, but a
    # positive rate of 7-15 % is below every row; with the measure untold no row is stated as the answer, 甲 still quoted first)
    line = direct_line("What happens to a reader whose re-read discordance is between 7 and 15 percent?",
                       hits("hpa-mammo/2.1.1.2.1", "hpa-mammo/2.1.1.2", "hpa-mammo/2.1.1.2.2"), CORPUS, "en")
    assert not line.confident and line.cited[0] == "hpa-mammo/2.1.1.2.1"


# ------------------------------------------------------------------------ 3. what a whole holds

@pytest.mark.parametrize("question", [
    "What goes into the on-site testing of the mammo unit?",
    "What is covered in the on-site test of the mammography machine, all of it?",
    "What's in the written review of the unit?",
    "so what does the on-site part consist of?",
])
def test_whats_in_asks_the_items(question: str) -> None:
    assert answer_kind(question) == "definition"


@pytest.mark.parametrize(("question", "kind"), [
    ("Is the phantom image part of the on-site testing?", "yes_no"),  # one item asked: whether
    ("What is the score needed for the phantom image on site?", "number"),
])
def test_one_item_asked_keeps_its_kind(question: str, kind: str) -> None:
    assert answer_kind(question) == kind


def test_the_line_names_the_items() -> None:
    question = "What goes into the on-site testing of the mammo unit?"
    line = direct_line(question, hits("hpa-mammo/1.2.1", "hpa-mammo/1.2", "hpa-mammo/2.2.1"), CORPUS, "en")
    assert line.confident and line.cited[0] == "hpa-mammo/1.2.1"
    assert "phantom" in line.text and "compression" in line.text


# ------------------------------------------------------------------------ 4. the lead word of the verb that asks

@pytest.mark.parametrize(("question", "yes"), [
    ("有會員來電問：醫院自己辦的外科課程，也在你們認列的範圍內嗎？", "是"),
    ("有同事問我：醫院自辦的外科課程也包含在內嗎？", "是"),
    ("有学员问：医院办的课程也在认可范围内吗？", "是"),
    ("聽說有會員問過，醫院辦的課程可以認列嗎？", "可以"),
])
def test_the_story_s_you_is_no_asking_verb(question: str, yes: str) -> None:
    assert polarity_word(question, False, "zh-TW") == yes
    assert polarity_word(question, True, "zh-TW") != "沒有"


@pytest.mark.parametrize(("question", "yes"), [
    ("醫院辦的課程有沒有在認列範圍內？", "有"),  # the A-not-A asks
    ("有會員問：醫院辦的課程有積分嗎？", "有"),  # 有積分 asks (the story's 有 aside)
    ("教學醫院辦的課也算嗎？", "算"),
    ("那有上限嗎", "有"),
])
def test_a_real_you_still_leads(question: str, yes: str) -> None:
    assert polarity_word(question, False, "zh-TW") == yes


# ------------------------------------------------------------------------ 5. one paper against 2篇以上, skip / without

@pytest.mark.parametrize(("question", "value"), [
    ("I have only 1 SCI paper", 1.0),
    ("I only have one SCI paper as first author", 1.0),
    ("just a single first-author SCI article", 1.0),
    ("3 SCI publications", 3.0),
])
def test_an_english_paper_count_with_its_kind(question: str, value: float) -> None:
    assert _question_figures(question).get("篇") == {value}


@pytest.mark.parametrize(("question", "short"), [
    ("I have only 1 SCI paper, can I leave out the case count proof?", True),
    ("I've got one SCI article, can I apply without the case numbers?", True),
    ("I have 2 SCI papers, can I leave out the case count proof?", False),
    ("我只有一篇SCI，可以不用附個案數證明嗎？", True),
])
def test_one_paper_is_short_of_two(question: str, short: bool) -> None:
    assert _short_of(question, SCI_RULE) is short


@pytest.mark.parametrize("question", [
    "can I skip the case count proof?",
    "can I apply without the case numbers?",
    "can I leave out the case log?",
    "so I don't need to attach the case count?",
])
def test_an_english_skip_asks_the_texts_need_not(question: str) -> None:
    assert "不須" in _asked_negations(question)


def test_an_english_need_asks_no_need_not() -> None:
    assert "不須" not in _asked_negations("do I still need the case count proof?")


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("I have only 1 SCI paper, can I leave out the case count proof?", "en", "No"),
    ("With just one SCI article as corresponding author, can I apply without the case numbers?", "en", "No"),
    ("I have 2 SCI papers as first author; can I skip the case count proof?", "en", "Yes"),
    ("我僅一篇SCI第一作者，可以免附個案數證明嗎？", "zh-TW", "不可以"),
    ("我只有一篇SCI文章，可以不交病例数证明吗？", "zh-TW", "不可以"),
    ("我有三篇SCI通訊作者，可以免附個案數嗎？", "zh-TW", "可以"),
])
def test_the_paper_rule_s_yes_or_no(question: str, lang: str, lead: str) -> None:
    line = direct_line(question, hits("tsir-instructor/1.2.2", "tsir-instructor/5.1", "tsir-instructor/5.2"), CORPUS, lang)
    assert line.cited[0] == "tsir-instructor/1.2.2"
    assert line.text.startswith(lead + (":" if lang == "en" else "："))
