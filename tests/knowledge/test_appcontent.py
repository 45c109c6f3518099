"""What an application to accredit an event must state, asked by its organiser: the clause listing it first
(knowledge.appcontent). Phrasings written for this test; near misses beside them."""

from __future__ import annotations

import pytest

from knowledge.appcontent import asks_application_contents, contents_clause_first
from knowledge.corpus import load_corpus

ASKED = [
    "what info do we need to put in the application when asking the surgery society to accredit an outside lecture? speaker, venue...?",
    "We're hosting a CME seminar and want it recognised by the TSA. What information has to be included in the request?",
    "申請外院演講的積分認定，申請資料要寫哪些？講者、地點之類的？",
    "我們科辦研討會要送外科學會積分認定，申請要填哪些資料？",
]
NOT_ASKED = [
    "I presented a paper at a meeting abroad, what do I need to put on the application?",  # a member's own claim
    "how many days before the lecture must we apply for accreditation?",  # the deadline, not the contents
    "申請外院演講的積分認定要多少錢？",  # the fee
]


@pytest.mark.parametrize("question", ASKED)
def test_contents_asked(question: str) -> None:
    assert asks_application_contents(question)


@pytest.mark.parametrize("question", NOT_ASKED)
def test_contents_not_asked(question: str) -> None:
    assert not asks_application_contents(question)


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def test_contents_clause_moved_first(corpus) -> None:
    ranked = ["tsa-cme/4.2", "tsa-cme/5.6.2", "tsa-cme/5.11", "tsa-cme/5.6.3", "tsa-cme/5.6.1", "tsa-cme/4.3", "tsa-cme/5.6"]
    assert contents_clause_first(ASKED[0], ranked, corpus)[0] == "tsa-cme/4.3"
    assert contents_clause_first(NOT_ASKED[1], ranked, corpus) == ranked
