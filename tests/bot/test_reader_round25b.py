"""Reader classes of round 25b — each tested with wordings of its own (zh-TW, zh-CN, en), never the bank's sentence:

1. a span of calendar years ("2021–2026", "(2020-2023)", "2019 to 2024", "2021 至 2026 年") names when the figures fall:
   both ends are years, never figures of a list (a credit total of 2024 is no figure), shown as not used; a year said
   as a label ("with that as 2025,") is no figure either — the list is read without it and a year left out is asked for.
"""

from __future__ import annotations

import datetime

import pytest

from bot.ledger import account
from bot.parsing.text import Query
from bot.reader.mentions import in_year_range

TODAY = datetime.date(2026, 11, 25)


def _calls(a):
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    return [(c.name, c.args) for c in a.tool_calls]


# --- 1. a span of calendar years is no figure -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "year", "expected"), [
    ("證書期間 2020-2025，積分 120", "2020", True),
    ("证书期间 2020–2025 年", "2025", True),
    ("cert cycle 2019 to 2024", "2024", True),
    ("(2021~2024)", "2021", True),
    ("我 2026-10-05 篩檢", "2026", False),     # a date, no span
    ("credits 2025, 130", "2025", False),      # a bare figure alone
    ("2026–2021", "2026", False),              # a later year first: no span
])
def test_each_end_of_a_span_of_years_is_a_year(text, year, expected):
    start = text.index(year)
    assert in_year_range(text, start, start + 4, float(year)) is expected


@pytest.mark.parametrize("question", [
    "證書年度 2020-2025，每年積分 120、100、95、110、130、80，可以換證嗎？",
    "证书周期 2020–2025，六年学分分别是 120、100、95、110、130、80，能换证吗？",
    "Credits for 2020 to 2025 were 120, 100, 95, 110, 130 and 80 — can I renew?",
    "My yearly credits were 120, 100, 95, 110 (2020–2023), then 130 and 80. Enough to renew?",
])
def test_a_year_span_beside_a_list_of_credits_is_never_a_credit_figure(ask, question):
    calls = _calls(ask(question))
    renew = [args for name, args in calls if name == "tsa_renewal_check"]
    assert renew and renew[0]["yearly_credits"] == [120, 100, 95, 110, 130, 80], calls
    a = ask(question)
    assert not any(str(y) in (a.missing or []) for y in (2020, 2023, 2025))


def test_a_year_span_is_shown_as_not_used_in_the_ledger():
    text = Query("證書期間 2020-2025，積分 120、100", TODAY).text
    led = account(text, TODAY, [{"yearly_credits": [120, 100]}])
    assert led.complete
    assert {why for _, why in led.unused} == {"year_span"}


@pytest.mark.parametrize("question", [
    "Yearly credits 120, 100, 95, 110 (2020–2023) and 80 in 2025; with part (a) as 2024, can I renew?",
    "Credits 120, 100, 95, 110 (2020–2023), 80 for 2025. Counting my missing year as 2024, do I pass?",
])
def test_a_year_said_as_a_label_never_fills_a_credit_list(ask, question):
    a = ask(question)
    for c in a.tool_calls:
        assert all(v < 1900 for v in c.args.get("yearly_credits", [])), c.args
