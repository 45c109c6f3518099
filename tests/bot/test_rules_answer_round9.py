"""First-line classes of the ninth round (new wording, never the eval sentences):

- "every item, every time?" met by a rule of discretion (全部或部分 / 視需要): "不一定 / Not necessarily", grounded in
  the text's own discretion;
- a spaced hyphen ends a piece as a dash does ("lol - does a … count?"): the yes / no after it is the question;
- a figure of the question's own case short of the text's minimum or past its maximum (第七年 against 8 年以上, nine
  months against 六個月內, 45 a day against 上限 40 案): a no, the threshold restated;
- "which article / section / clause …?" in English: the line names it (Article 4, Article 5, item 6, section 二(四)1);
- "how early before it expires?" asks for a window before a date (屆滿前六個月), not any period (效期六年);
- deadline / time window / how far back ask for a period.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import answer_kind, direct_line
from evals.first_line import line_answers
from knowledge.retrieve import Hit
from tests.bot.first_line_support import CORPUS, line_for, supported


@pytest.mark.parametrize(("question", "lang"), [
    ("後續審查是不是每個項目都一定會查？", "zh-TW"),
    ("后续审查每次都要全部项目一起查吗？", "zh-TW"),
    ("追蹤審查一定要所有項目都審一遍嗎？", "zh-TW"),
    ("Does the follow-up review always cover all of the review items?", "en"),
    ("Will HPA check every item each time they do the follow-up review?", "en"),
    ("for the follow-up review, do they go through all items every time?", "en"),
])
def test_all_or_always_met_by_discretion_is_not_necessarily(question: str, lang: str) -> None:
    text = line_for(question, "hpa-mammo/1", lang)
    assert text.startswith(("不一定", "Not necessarily")), text
    assert line_answers(text, [], "no"), text
    assert supported(text, "hpa-mammo/1"), text


def test_only_some_met_by_discretion_is_no_denial() -> None:
    text = line_for("後續審查可以只審部分項目嗎？", "hpa-mammo/1", "zh-TW")
    assert not text.startswith(("不", "No", "Not")), text


@pytest.mark.parametrize("question", [
    "sorry, newbie here - can a first author claim a poster at the annual meeting?",
    "ok so - does the van cap apply per radiographer?",
    "quick q - is the review fee waived for members?",
    "not about credits this time - do they test the compression device on site?",
    "hi all -- must the attendance sheet be signed by hand?",
    "asking for our QC lead - is a phantom image part of the unit's review?",
])
def test_a_spaced_hyphen_ends_a_piece(question: str) -> None:
    assert answer_kind(question) == "yes_no", question


def test_a_hyphen_inside_a_word_is_no_separator() -> None:
    assert answer_kind("how many follow-up cases count as completed?") == "number"
    text = line_for("not a rules nerd lol - does a recall exam done at a different hospital still count as completed?",
                    "hpa-mammo/2.5.3", "en")
    assert text.startswith("Yes"), text


@pytest.mark.parametrize(("question", "clause", "lang"), [
    ("我當專科醫師才六年，可以申請當指導老師嗎？", "tsir-instructor/1.1", "zh-TW"),
    ("I've been doing IR for 5 years since my board certification. Can I apply to be an instructor?",
     "tsir-instructor/1.1", "en"),
    ("I'm in my 7th year as a specialist doing IR. Do I have enough years to be an instructor?", "tsir-instructor/1.1", "en"),
    ("我们乳摄车一位放射师一天拍了 45 案，这样可以吗？", "hpa-mammo/2.4.1", "zh-TW"),
    ("放射師繼續教育不足，給我們九個月補齊可以嗎", "hpa-mammo/2.1.2.1", "zh-TW"),
    ("Our radiographer needs 8 months to make up the CE hours — is that allowed?", "hpa-mammo/2.1.2.1", "en"),
    ("我今年 58 歲，可以申請終身指導老師嗎？", "tsir-instructor/6", "zh-TW"),
    ("I'm 55 years old - can I get the lifetime instructor certificate?", "tsir-instructor/6", "en"),
    ("年會壁報我今年想報 4 篇，每篇都可以拿 10 分嗎？", "tsa-cme/5.6", "zh-TW"),
])
def test_a_figure_short_of_the_threshold_is_a_no(question: str, clause: str, lang: str) -> None:
    text = line_for(question, clause, lang)
    assert line_answers(text, [], "no"), text
    assert supported(text, clause), text


@pytest.mark.parametrize(("question", "clause", "lang"), [
    ("我當專科醫師十年了，一直做介入，可以申請指導老師嗎？", "tsir-instructor/1.1", "zh-TW"),  # meets it: no denial
    ("乳攝車一位放射師一天拍 30 案可以嗎？", "hpa-mammo/2.4.1", "zh-TW"),
    ("I'm 63 years old - can I get the lifetime instructor certificate?", "tsir-instructor/6", "en"),
])
def test_a_figure_within_the_threshold_is_no_denial(question: str, clause: str, lang: str) -> None:
    text = line_for(question, clause, lang)
    assert not text.startswith(("不", "No")), text


@pytest.mark.parametrize(("question", "clause", "lead"), [
    ("Which article of the surgical association's CME rules lays out how to get a course accredited?", "tsa-cme/4",
     "Article 4"),
    ("which section covers the number of credits for a poster?", "tsa-cme/5.6", "Article 5, item 6"),
    ("what clause says the certificate must be renewed before expiry?", "tsa-cme/11.n1", "Article 11, note 1"),
    ("Which part of the mammo document sets the van's daily cap?", "hpa-mammo/2.4.1", "Section 二(四)1"),
    ("In which article are the instructor's years of experience set?", "tsir-instructor/1.1", "Article 1, item 1"),
    ("what section of the TSIR rules has the lifetime certificate?", "tsir-instructor/6", "Article 6"),
])
def test_which_article_in_english_names_it(question: str, clause: str, lead: str) -> None:
    assert answer_kind(question) == "where", question
    text = line_for(question, clause, "en")
    assert text.startswith(lead + ":"), text
    assert supported(text, clause), text


@pytest.mark.parametrize(("question", "lang"), [
    ("證書後年三月到期，最早什麼時候可以申請展延？", "zh-TW"),
    ("证书快到期了，最早可以提前多久送展延？", "zh-TW"),
    ("How early can I file for renewal before my surgical certificate expires?", "en"),
    ("My cert runs out next June, what's the earliest I can submit the extension?", "en"),
    ("專科證書展延最早可以在到期前多久送件？", "zh-TW"),
])
def test_how_early_asks_for_the_window_before_the_date(question: str, lang: str) -> None:
    hits = [Hit(clause=CORPUS.get("tsa-cme/10"), score=0.05, via=["lexical", "dense"]),
            Hit(clause=CORPUS.get("tsa-cme/11.n1"), score=0.049, via=["lexical", "dense"])]
    line = direct_line(question, hits, CORPUS, lang)
    assert line.cited == ["tsa-cme/11.n1"], line.text
    assert "6" in line.text, line.text


def test_how_long_valid_keeps_the_validity_period() -> None:
    hits = [Hit(clause=CORPUS.get("tsa-cme/10"), score=0.05, via=["lexical", "dense"]),
            Hit(clause=CORPUS.get("tsa-cme/11.n1"), score=0.049, via=["lexical", "dense"])]
    line = direct_line("外科專科醫師證書有效期限是多久？", hits, CORPUS, "zh-TW")
    assert line.cited == ["tsa-cme/10"], line.text


@pytest.mark.parametrize("question", [
    "what's the deadline for making up the missing CE hours?",
    "by which date, roughly, and by when must the radiographer catch up?",
    "What time window do the case counts cover?",
    "how far back do they count the cases for instructor certification?",
    "Over what period are the 600 credits counted?",
    "How soon do we have to fix a unit that fails the field test?",
    "個案數往前算是從哪天開始？截止到什麼時候",
])
def test_deadline_and_window_ask_for_a_period(question: str) -> None:
    assert answer_kind(question) == "period", question


@pytest.mark.parametrize("question", [
    "证书到期前多久可以申请换发新证？",
    "指導老師證書最早什麼時候可以辦換證？",
    "How far ahead of expiry can I apply to renew my IR instructor certificate?",
])
def test_a_window_written_as_half_a_year_answers_and_another_rule_does_not_replace_it(question: str) -> None:
    hits = [Hit(clause=CORPUS.get("tsir-instructor/4"), score=0.05, via=["lexical", "dense"]),
            Hit(clause=CORPUS.get("tsa-cme/11.n1"), score=0.049, via=["lexical", "dense"])]
    line = direct_line(question, hits, CORPUS, "en" if question.isascii() else "zh-TW")
    assert line.cited == ["tsir-instructor/4"], line.text
