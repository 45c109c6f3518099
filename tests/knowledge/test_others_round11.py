"""Another body named by its proper name ("the Taiwan Urological Association", "乳癌醫學會") is never answered with the
society's own annual meeting (本會年會 60 分): knowledge.others.others_first, used by the rules answer's first line.
New wording, never the eval sentences."""

from __future__ import annotations

import pytest

from bot.rules_answer import direct_line
from knowledge.corpus import load_corpus
from knowledge.others import named_body, names_other, others_first
from knowledge.retrieve import Hit

CORPUS = load_corpus()
OWN = "tsa-cme/5.1"  # 參加本會年會
OTHERS = "tsa-cme/5.10"  # 參加其他外科相關醫學會年會
SPECIALTY = "tsa-cme/5.3"  # 參加專科醫學會年會
ABROAD = "tsa-cme/5.4"  # 國際性或國外醫學會

NAMED = [
    "What are the credits for going to the Taiwan Urological Association annual meeting?",
    "I went to the Taiwan Society of Pediatric Surgery yearly congress — how many points?",
    "credits for the Taiwan Hernia Society annual meeting",
    "參加台灣乳房醫學會年會，一次給幾分？",
    "去泌尿醫學會開年會可以拿多少積分",
    "参加乳腺学会年会给几分",
    "Does attending the Taiwan Academy of Trauma Surgery annual meeting give CME points?",
]
OWN_NAMED = [
    "How many credits for the Taiwan Surgical Association annual meeting?",
    "Surgical Association of Taiwan annual congress — points?",
    "參加台灣外科醫學會年會可以拿幾分",
    "本會年會一次幾分",
    "醫學會年會積分怎麼算",
    "What does the Society annual meeting give?",
]


@pytest.mark.parametrize("question", NAMED)
def test_a_body_named_by_its_name_is_another(question: str) -> None:
    assert named_body(question), question
    assert names_other(question), question


@pytest.mark.parametrize("question", OWN_NAMED)
def test_the_societys_own_name_or_no_name_is_not_another(question: str) -> None:
    assert not named_body(question), question


@pytest.mark.parametrize("question", NAMED)
def test_the_own_clause_gives_way_to_others_of_the_same_topic(question: str) -> None:
    order = others_first(question, [OWN, ABROAD, OTHERS, SPECIALTY, "tsa-cme/5.2"], CORPUS)  # (the own monthly meeting stays)
    assert OWN not in order
    assert order[:2] == [OTHERS, SPECIALTY]  # the annual meetings of others first, the overseas meeting after
    assert order[2:] == [ABROAD, "tsa-cme/5.2"]


@pytest.mark.parametrize("question", OWN_NAMED)
def test_nothing_moves_for_the_societys_own(question: str) -> None:
    ranked = [OWN, ABROAD, OTHERS, SPECIALTY]
    assert others_first(question, ranked, CORPUS) == ranked


def test_nothing_moves_without_a_clause_of_the_same_topic() -> None:
    # the own monthly meeting (月會) has no counterpart about others' monthly meetings
    ranked = ["tsa-cme/5.2", ABROAD]
    assert others_first("Taiwan Urological Association monthly meeting credits?", ranked, CORPUS) == ranked


@pytest.mark.parametrize("question", NAMED)
def test_the_first_line_never_quotes_the_societys_own_annual_meeting(question: str) -> None:
    hits = [Hit(clause=CORPUS.get(i), score=0.05 - n * 0.005, via=["lexical", "dense"])
            for n, i in enumerate([OWN, OTHERS, SPECIALTY, ABROAD])]
    line = direct_line(question, hits, CORPUS, "en" if question.isascii() else "zh-TW")
    assert OWN not in line.cited
    assert "60" not in line.text


@pytest.mark.parametrize("question", OWN_NAMED[:4])
def test_the_first_line_for_the_societys_own_meeting_keeps_it(question: str) -> None:
    hits = [Hit(clause=CORPUS.get(i), score=0.05 - n * 0.005, via=["lexical", "dense"])
            for n, i in enumerate([OWN, OTHERS, SPECIALTY, ABROAD])]
    line = direct_line(question, hits, CORPUS, "en" if question.isascii() else "zh-TW")
    assert OWN in line.cited


@pytest.mark.parametrize("question", [
    "去一次外科学会年会算多少学分",
    "外科醫學會年會講一次，又去消化外科學會講一次",  # (the second is another's: named)
    "不是外科学会办的课，一年上限多少分？",
    "想申請外科學會的學分認定",
    "去國外的外科醫學會年會",
])
def test_the_surgical_society_said_in_passing_is_its_own(question: str) -> None:
    assert named_body(question) == ("消化" in question), question


@pytest.mark.parametrize("best", ["tsa-cme/5.2", "tsa-cme/6", ABROAD, "tsa-cme/4.3", "tsa-cme/5.12"])
def test_nothing_moves_when_the_best_hit_is_not_the_societys_own_annual_meeting(best: str) -> None:
    ranked = [best, OTHERS, OWN, SPECIALTY]
    assert others_first("參加台灣乳房醫學會年會的學分要附什麼？", ranked, CORPUS) == ranked
