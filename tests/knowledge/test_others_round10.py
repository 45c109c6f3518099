"""The society's own annual meeting before another society's (knowledge.others), and "got a <noun>" read as an article, not
grade A (knowledge.ranges). New wording, never the eval sentences."""

from __future__ import annotations

import pytest

from knowledge.corpus import load_corpus
from knowledge.others import names_other, prefer_own
from knowledge.ranges import asked_grade_table

CORPUS = load_corpus()
OWN = "tsa-cme/5.1"  # 參加本會年會
OTHERS = "tsa-cme/5.10"  # 參加其他外科相關醫學會年會
SPECIALTY = "tsa-cme/5.3"  # 參加專科醫學會年會


@pytest.mark.parametrize("question", [
    "年會去一趟可以記幾分？",
    "外科醫學會年會的學分怎麼給",
    "参加外科学会的年会，一次给多少积分",
    "How many points do I get for the surgical society's yearly congress?",
    "annual congress attendance — what's it worth in CME?",
    "去學會年會報到一次，積分是多少",
])
def test_a_question_about_the_annual_meeting_gets_the_societys_own_first(question: str) -> None:
    assert not names_other(question), question
    assert prefer_own(question, [OTHERS, SPECIALTY, OWN, "tsa-cme/5.4"], CORPUS)[0] == OWN


@pytest.mark.parametrize("question", [
    "參加其他外科相關學會的年會怎麼算積分",
    "跟外科有關但不在訓練基準名單裡的學會年會，積分怎麼給",
    "胸腔外科醫學會年會可以拿幾分",
    "参加别的学会年会有积分吗",
    "What about annual meetings of other surgery-related societies?",
    "Do subspecialty society congresses earn credits?",
])
def test_a_question_naming_another_society_keeps_its_clause(question: str) -> None:
    assert names_other(question), question
    assert prefer_own(question, [OTHERS, OWN, SPECIALTY], CORPUS)[0] == OTHERS


def test_only_a_heading_limited_to_others_gives_way() -> None:
    # the best hit is the society's own monthly meeting: nothing moves
    assert prefer_own("月會幾分", ["tsa-cme/5.2", OWN], CORPUS) == ["tsa-cme/5.2", OWN]
    # another clause of the same heading family must share the topic (年會): 5.12's cap is no counterpart
    assert prefer_own("年會積分", [OTHERS, "tsa-cme/5.12"], CORPUS) == [OTHERS, "tsa-cme/5.12"]


@pytest.mark.parametrize("question", [
    "年會積分幾分",
    "what does attending the surgical association's yearly congress earn",
    "參加學會年會一次有多少學分",
    "surgical annual meeting, how many CME points?",
    "年会积分有多少",
])
def test_the_retriever_ranks_the_societys_own_annual_meeting_first(retriever, question: str) -> None:
    assert retriever.search(question, 3)[0].clause.id == OWN


@pytest.mark.parametrize("question", [
    "we got a fail notice from the regulator — can we keep the unit in use?",
    "received a letter about our QA inspection, what now?",
    "she got a warning about her reading, does she have to attend something?",
    "our site got a visit last week; what do they check?",
    "the tech got a bad score on the phantom — consequences?",
])
def test_got_a_noun_is_no_grade(question: str) -> None:
    assert asked_grade_table(question.lower()) is None


@pytest.mark.parametrize("question", [
    "our unit got a C on the phantom test, what now",
    "she got a D in the re-read, can she keep reading",
    "we got a B for the unit and a C for the tech",
    "got an A on every item — anything to do?",
    "rated B overall: consequences?",
])
def test_a_grade_letter_is_still_a_grade(question: str) -> None:
    assert asked_grade_table(question.lower()) == "measure"
