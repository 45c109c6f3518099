"""A question with an English typing slip is answered as meant, and says how it read the slip (core.spelling)."""

from __future__ import annotations

import datetime


def test_a_mended_question_is_answered_and_says_what_it_read(engine) -> None:
    ans = engine.answer("Did a 6-month fellowhsip abroad and took the ATLS provider course once. Total surgical CME?",
                        today=datetime.date(2026, 11, 30))
    assert ans.route == "calculator"
    assert ans.tool_calls[0].result["total"] == 78
    assert ans.answer.splitlines()[0] == "Total: 78 credits."
    assert "“fellowhsip” as “fellowship”" in ans.answer.split("\n\n")[1]
    assert any("fellowhsip" in a for a in ans.assumptions)


def test_a_question_without_slips_says_nothing_of_spelling(engine) -> None:
    ans = engine.answer("Did a 6-month fellowship abroad. Total surgical CME?", today=datetime.date(2026, 11, 30))
    assert ans.route == "calculator" and "Spelling" not in ans.answer
    assert not any("Spelling" in a for a in ans.assumptions)
