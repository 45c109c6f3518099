"""Round 38 (lead): a guess at a which-ask's answer.

A short yes / no after a which-ask ("做TIPS的case 要歸到哪個領域？栓塞嗎", "which domain do TIPS cases go under?
embolization?") guesses the which-ask's answer: one ask, not two (answered alone, "栓塞嗎" met the embolization clause and
the line led with its case count). (Whether a thing the texts name nowhere falls under a category — "腹水抽吸算血管介入嗎"
— is still answered 算 with the category's items: a guard on the thing's bigrams took 46 own cases' right lines with it,
so it was not kept.)

Phrasings written for this test, not taken from eval questions.
"""

from __future__ import annotations

import pytest

from bot.rules_asks import separate_asks
from evals.first_line import first_line

# (question, the line starts with one of, the clause quoted first or None)
LINES = [
    # a thing the clause lists: yes
    ("TIPS 算血管介入嗎？", ("算",), "tsir-instructor/2.4.4"),
    ("PAE算非腫瘤栓塞嗎", ("算",), "tsir-instructor/2.3"),
    ("洗腎通路PTA算血管介入嗎", ("算",), "tsir-instructor/2.4.2"),
    ("月會算積分嗎？", ("算",), "tsa-cme/5.2"),
    # 2. the which-ask and its guess, as one ask
    ("PTCD算哪一類？引流嗎", ("算",), "tsir-instructor/2.1"),
    ("which domain do TIPS cases go under? embolization?", ("Vascular intervention",), "tsir-instructor/2.4.4"),
]


@pytest.mark.parametrize(("question", "starts", "first"), LINES)
def test_first_line(ask, question: str, starts: tuple[str, ...], first: str | None) -> None:
    a = ask(question)
    line = first_line(a.answer)
    assert a.route == "retrieval", line
    assert line.startswith(starts), line
    assert first is None or a.citations[0].id == first, (line, [c.id for c in a.citations])


@pytest.mark.parametrize(("question", "asks"), [
    ("做TIPS的case 要歸到哪個領域去算？栓塞嗎", 1),
    ("PAE要算哪一類？非血管嗎", 1),
    ("which domain do TIPS cases go under? embolization?", 1),
    ("Which category is PTCD? drainage?", 1),
    # a second ask with a subject or a question word of its own stays an ask of its own
    ("TIPS算哪一類？消融要做幾例？", 2),
    ("which domain is TIPS? and how many ablation cases do I need?", 2),
    ("年會幾分？月會呢？", 2),
])
def test_a_guess_after_a_which_ask_is_the_same_ask(question: str, asks: int) -> None:
    assert len(separate_asks(question)) == asks, separate_asks(question)
