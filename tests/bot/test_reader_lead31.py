"""Round 31 reader classes fixed by the lead, each with wordings of our own: the instructor renewal's points held now,
said with the time word before the word for points ("目前積分150", "現在學分有 180") — the person's radiology points,
never an unread number that stops the calculation."""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 11, 25)


@pytest.mark.parametrize(("question", "points"), [
    ("指導老師換證，目前積分150，還差多少？", 150),
    ("指導老師證書要換了，現在學分有 180，夠不夠？", 180),
    ("介入指導老師換證：手上的積分 120，差幾分", 120),
])
def test_points_held_now_are_the_renewal_points(engine, question, points):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    (call,) = a.tool_calls
    assert call.name == "tsir_renewal_check"
    assert call.args["cme_points"] == points
    assert call.result["shortfall"] == max(0, 200 - points)
