"""Round 38 (lead): context said around a rules question does not drown the sentence that asks.

A message whose question ends in a question mark, with sentences of context before or after it that ask nothing ("is
there a monthly cap on how many screening mammos one tech can shoot? we're super short staffed and one of our rad techs
is basically doing everything rn"), got "no sentence answers" when the context's words weighed as much as the ask's:
when the whole message is unsure, the sentences that ask are answered alone (ranked among the message's own hits: no
second encode). A line still needs the ask alone to be answered with confidence; the whole message answers first.

Phrasings written for this test, not taken from eval questions.
"""

from __future__ import annotations

import pytest

from bot.parts import asked_sentences
from evals.first_line import first_line

# (question, the clause quoted first, words the line holds)
LEADS = [
    ("Is there a monthly limit on screening mammograms per radiographer? Our only tech has been covering two sites and "
     "she's exhausted.", "hpa-mammo/2.1.2.3.1", ("500",)),
    ("quick one. how many screenings can one radiographer do in a month max? the boss keeps adding slots and nobody "
     "says no.", "hpa-mammo/2.1.2.3.1", ("500",)),
    ("每位放射師一個月最多可以拍幾例篩檢？我們現在人手超缺，一個學妹快被排爆了。", "hpa-mammo/2.1.2.3.1", ("500",)),
    ("每名放射师每个月最多能做多少例筛检？最近科里人手不够，排班很乱。", "hpa-mammo/2.1.2.3.1", ("500",)),
]


@pytest.mark.parametrize(("question", "first", "holds"), LEADS)
def test_the_sentence_that_asks_is_answered_despite_the_context(ask, question: str, first: str,
                                                                 holds: tuple[str, ...]) -> None:
    a = ask(question)
    line = first_line(a.answer)
    assert a.route == "retrieval" and a.citations[0].id == first, (line, [c.id for c in a.citations])
    assert all(w in line for w in holds) and "no sentence" not in line and "查無" not in line, line


@pytest.mark.parametrize(("text", "asked"), [
    ("Is there a cap per tech? we're short staffed.", "Is there a cap per tech?"),
    ("我們人手不夠。每位放射師每月上限幾例？拜託了", "每位放射師每月上限幾例？"),
    ("Background first. Our van goes out twice a week. How many people can we register per van? Thanks!",
     "How many people can we register per van?"),
    # every sentence asks, or none ends in a question mark: nothing to set apart
    ("Is there a cap per tech? And per van?", None),
    ("每位放射師每月上限幾例", None),
    ("we're short staffed, is there a cap per tech", None),
    ("腹水抽吸算哪個領域？血管介入嗎", None),  # a sentence asking with no mark is no context
    ("每位放射師每月上限幾例？還有乳攝車一天幾例", None),
])
def test_asked_sentences(text: str, asked: str | None) -> None:
    assert asked_sentences(text) == asked

