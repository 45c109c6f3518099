"""A part of a case count said with a subset word ("150 例，其中 30 例是當助手") is never added to the count: it was
summed into the domain (180, a confidently wrong "eligible"). The bot computes on the whole or asks what the part is."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply as _ask


@pytest.mark.parametrize(("question", "whole"), [
    ("RFA 做了 150 例，其中 30 例是當助手，指導老師案數夠嗎？專科 10 年", 150),
    ("消融 170 例，其中 20 例我是第二術者，專科 11 年，能申請指導老師嗎", 170),
    ("射频消融 160 例，其中 25 例是当助手，专科 9 年，够资格当指导老师吗", 160),
    ("I did 200 ablations, of which 25 as second operator; specialist 12 years. eligible as instructor?", 200),
    ("RFA 175 cases (among them 10 assisting), 8 years as a specialist — instructor eligible?", 175),
])
def test_a_part_of_a_case_count_is_never_added_to_it(engine, question, whole):
    a = _ask(engine, question)
    if a.route == "calculator":
        cases = a.tool_calls[0].args["cases_last_6_years"]
        assert cases == whole, (cases, a.answer[:200])
    else:
        assert a.route == "clarify", (a.route, a.answer[:200])
        assert not a.tool_calls
