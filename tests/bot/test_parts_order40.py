"""Round 40 (lead): a message stating the facts of two calculations, answered as parts, keeps the order the person wrote
them in, and each part's reading shows only its own figures.

The order used to be taken from where each call's argument values are written; a part whose figure is written nowhere as
a number ("兩個禮拜" → 0.5 month, "three weeks" → 0.75) then went last, after the part stated second, and each part's
"我的理解" listed the other part's figures as if it had read them. Now the order is where each part's own readings are
written, and the other part's figures are left to that part's reading (one short note says so).
"""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 12, 5)


def _ask(engine, question):
    return engine.answer(question, None, today=TODAY)


@pytest.mark.parametrize(("question", "credits"), [
    ("今年去日本短期進修兩個禮拜而已，這樣可以算積分嗎？最多幾分\n另外如果我六年是 150/120/0/140/130/110 是不是因為有一年掛零就不能展延了", 8),
    ("去年去美國進修三週，可以拿幾分？還有我六年積分 120/100/0/150/130/140，能展延嗎", 8),
    ("Did a 3-week fellowship abroad this year, how many points? Also my six years were 110, 100, 0, 120, 130, 150 — can I renew?", 8),
    ("今年去韩国进修两个礼拜能算几分？另外我六年学分 130/120/110/0/140/150 够不够展延", 8),
    ("我今年在國內醫學中心進修兩週，算幾分？另外六年是 100/100/100/100/100/100 可以換證嗎", 4),
])
def test_parts_come_in_the_order_they_are_written(engine, question, credits):
    a = _ask(engine, question)
    assert [p.tool_calls[0].name for p in a.parts] == ["tsa_credit_tally", "tsa_renewal_check"], a.answer[:300]
    assert a.parts[0].tool_calls[0].result["total"] == credits
    first, second = a.answer.splitlines()[:2]
    assert first.startswith("1)") and str(credits) in first
    assert second.startswith("2)")


@pytest.mark.parametrize("question", [
    "今年去日本短期進修兩個禮拜而已，這樣可以算積分嗎？最多幾分\n另外如果我六年是 150/120/0/140/130/110 是不是因為有一年掛零就不能展延了",
    "Did a 3-week fellowship abroad this year, how many points? Also my six years were 110, 100, 0, 120, 130, 150 — can I renew?",
])
def test_a_parts_reading_shows_only_its_own_figures(engine, question):
    a = _ask(engine, question)
    tally = a.parts[0]
    line = next(x for x in tally.answer.splitlines() if x.startswith(("我的理解", "How I read it")))
    for figure in ("150", "120", "130", "110"):
        assert f"→ {figure}" not in line, line
    assert "其他題" in line or "other part" in line or "→ 0.75" in line  # (split apart first: nothing of the other to note)


def test_the_order_of_parts_written_as_numbers_is_unchanged(engine):
    # near miss: both parts' figures are numbers of the message — the renewal said first stays first
    a = _ask(engine, "六年積分 150/120/0/140/130/110 可以展延嗎？另外今年去日本進修 2 個月算幾分？")
    assert [p.tool_calls[0].name for p in a.parts] == ["tsa_renewal_check", "tsa_credit_tally"], a.answer[:300]
