"""A yes / no asked in the negative about what the text itself denies ("超過的會不給付嗎", "will the extra cases not be
paid?") is answered yes when the text denies it (不予給付): the question's 不給付 and the text's formal 不予給付 deny
the same verb. Before, the text's 不予 was read as a denial of the question and the first line said "不會" / "No" —
confidently wrong. Phrasings of our own, zh-TW / zh-CN / en; the real index (the session's `retriever` fixture); every
line is checked against its clause (evals.first_line.unsupported)."""

from __future__ import annotations

import pytest

from bot.rules_answer import direct_line
from evals.first_line import AFFIRMATIVE, NEGATIVE, unsupported
from knowledge.corpus import load_corpus

CORPUS = load_corpus()
VOLUME = "hpa-mammo/2.1.2.3.2"

DENIED_ASKED_IN_THE_NEGATIVE = [
    ("zh-TW", "篩檢量太多的話，超過的案會不給付嗎"),
    ("zh-TW", "超過合理量的案子是不是不給付？"),
    ("zh-TW", "超量的部分不給付嗎"),
    ("zh-CN", "超过合理量的筛检会不会不给付？"),
    ("en", "if we screen over the reasonable volume, will the extra cases not be paid?"),
    ("en", "are screenings above the reasonable volume unpaid?"),
]

PAID_ASKED_IN_THE_POSITIVE = [
    ("zh-TW", "超過合理量的部分還會給付嗎？"),
    ("en", "will HPA still pay for screenings above the reasonable volume?"),
]


@pytest.mark.parametrize(("lang", "question"), DENIED_ASKED_IN_THE_NEGATIVE)
def test_a_denial_asked_in_the_negative_is_confirmed(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == VOLUME, (question, line.cited)
    assert AFFIRMATIVE.match(line.text) and not NEGATIVE.match(line.text), line.text
    assert not unsupported(line.text, [CORPUS.full_text(VOLUME), CORPUS.get(VOLUME).label]), line.text


@pytest.mark.parametrize(("lang", "question"), PAID_ASKED_IN_THE_POSITIVE)
def test_the_same_denial_asked_in_the_positive_is_still_no(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == VOLUME, (question, line.cited)
    assert NEGATIVE.match(line.text), line.text
