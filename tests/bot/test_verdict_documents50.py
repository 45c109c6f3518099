"""Round 50 (merge check): a yes / no asking whether a document must still be handed in ("還要交病例數嗎", "do I still need
to attach my SCI papers?") is not answered by the eligibility verdict's polarity. An eligible result by lectures needs no
case proof and one by cases needs no papers, so "需要。符合…資格" led a confidently wrong answer; the calculator answer now
leads with its headline (the path it took), no yes / no word. Near misses keep their lead: "可以申請嗎", a shortfall
asked ("還要補幾分", "do I need more papers?").
Phrasings written for this test; the blind banks' questions are not among them.
"""

from __future__ import annotations

import pytest

from bot.verdict import DOCUMENT_ASKED, yes_no_lead
from bot.parsing.text import fold

DOCUMENT_QUESTIONS = [
    "講過3次栓塞的題目，申請栓塞指導老師還要附個案數證明嗎？",
    "讲过三次消融，还需要交病例数吗",
    "案例夠了的話，需不需要附SCI論文？",
    "do I still need to submit my case numbers?",
    "Do I also need to attach the case log?",
    "would I still need the SCI papers for that?",
]
NOT_DOCUMENT = [
    "可以申請栓塞指導老師嗎？",
    "還要補幾分才夠？",
    "这样够不够申请？",
    "do I need more papers to qualify?",
    "Am I eligible for the ablation instructor cert?",
    "still need to be a specialist for 8 years?",
]


@pytest.mark.parametrize("question", DOCUMENT_QUESTIONS)
def test_a_document_asked_is_found(question):
    assert DOCUMENT_ASKED.search(fold(question))


@pytest.mark.parametrize("question", NOT_DOCUMENT)
def test_no_document_asked(question):
    assert not DOCUMENT_ASKED.search(fold(question))


def test_the_verdict_leads_no_document_question():
    assert yes_no_lead("講過4次，還要附個案數證明嗎？", [True], "符合資格", "zh-TW") == ""
    assert yes_no_lead("do I still need to submit my case numbers?", [True], "Eligible", "en") == ""


def test_the_verdict_still_leads_a_yes_no_of_eligibility():
    assert yes_no_lead("可以申請嗎？", [True], "符合資格", "zh-TW") == "可以"
    assert yes_no_lead("Can I apply?", [True], "Eligible", "en") == "Yes"


@pytest.mark.parametrize("question", [
    "消融做了200例，專科10年，申請消融指導老師還要交SCI論文嗎？",
    "讲过三次消融的课，申请消融指导老师还要交病例数吗",
    "I've done 200 ablations and been a specialist 10 years; do I still need to attach SCI papers for the ablation instructor cert?",
])
def test_engine_never_leads_need_when_the_path_needs_none(ask, question):
    """Eligible by cases (no papers needed) or by lectures (no case proof needed): "需要" / "Yes" would be wrong."""
    a = ask(question)
    first = a.answer.strip().splitlines()[0]
    assert not first.startswith(("需要", "Yes")), (a.route, first)


@pytest.mark.parametrize(("question", "word"), [
    ("消融做了200例，專科10年，可以申請消融指導老師嗎？", "可以"),
    ("I've done 200 ablations and been a specialist for 10 years. Can I apply as ablation instructor?", "Yes"),
])
def test_engine_keeps_the_lead_of_an_eligibility_question(ask, question, word):
    a = ask(question)
    assert a.route == "calculator"
    assert a.answer.strip().startswith(word), a.answer[:120]
