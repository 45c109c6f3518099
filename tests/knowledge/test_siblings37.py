"""Round 37: a sibling that applies only after an earlier event (丁 "如前次後續審查已要求…": a second strike) never takes
the best hit's place for a question that speaks of no earlier one — the question's words it shares (停止判讀, 座談會) are
the first strike's too. A question that does speak of an earlier review still reaches it. Phrasings written for this test.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("question", "first"), [
    ("A reader's negative-case discrepancy came out at 26% - what happens to her now?", "hpa-mammo/2.1.1.2.3"),
    ("醫師陰性複判差異 22%，會怎樣？", "hpa-mammo/2.1.1.2.3"),
    ("阴性个案复判差异到了 25%，医师接下来要怎么办", "hpa-mammo/2.1.1.2.3"),
    # an earlier review named: the second strike's clause
    ("上次後續審查已經要求參加座談會，這次陰性複判差異 17%，會怎樣？", "hpa-mammo/2.1.1.2.4"),
    ("Last review she was already told to attend the seminar; this time her negative discrepancy is 18% — what now?",
     "hpa-mammo/2.1.1.2.4"),
])
def test_a_second_strike_only_for_a_question_about_one(retriever, question: str, first: str) -> None:
    assert retriever.search(question, 3)[0].clause.id == first, [h.clause.id for h in retriever.search(question, 3)]
