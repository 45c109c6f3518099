"""HPA classes of the thirty-first round — each tested with wordings of its own (zh-TW, zh-CN, en), never the bank's
sentence: several cases each dated by a day without its year ("A 10/1 拍的 4 類；B 9/30 拍的 3 類（今年）"), …"""

from __future__ import annotations

import pytest

from tests.bot.conftest import calculator_calls as _calls


# --- 1. several cases, each dated by a day written without its year: each case its own day, never one day for all -------

@pytest.mark.parametrize(("question", "expected"), [
    ("兩位的追蹤期限：甲 10/3 拍的 4 類；乙 8/20 拍的 3 類（都是今年）",
     [(4, "2026-10-03"), (3, "2026-08-20")]),
    ("追踪期限帮我算：一位 10月2日 拍的 BI-RADS 5，一位 9月15日 拍的 cat 0，都是今年",
     [(5, "2026-10-02"), (0, "2026-09-15")]),
    ("Deadlines for two women, both this year: one screened on 11/2 with cat 0, the other screened on 10/5 with BI-RADS 5.",
     [(0, "2026-11-02"), (5, "2026-10-05")]),
    ("Two deadlines please: patient A screened 10/1, BI-RADS 4; patient B screened 7/30, cat 3.",  # both plainly past
     [(4, "2026-10-01"), (3, "2026-07-30")]),
])
def test_each_case_takes_its_own_day_without_a_year(ask, question, expected):
    calls = _calls(ask(question))
    assert [c[0] for c in calls] == ["hpa_followup_deadline"] * len(expected)
    assert [(c[1]["category"], c[1]["screening_date"]) for c in calls] == expected


def test_a_case_whose_day_may_be_either_year_is_asked(ask):
    # (12/20 asked on 25 November: last year's is nearly a year back, this year's still to come — the year is asked)
    a = ask("兩位：甲 12/20 拍的 4 類；乙 9/30 拍的 3 類，追蹤期限？")
    assert a.route == "clarify" and not a.tool_calls
