"""Round 35 reader classes, each with wordings of our own: a van's count for one day said as its busiest / peak day
("busiest day was 75", "peak day 130", "最忙那天拍了 90") is the day's count, not a month's."""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 12, 4)


def _calls(answer, name):
    """Every call of the tool `name`, the answer's own or its parts'."""
    out = [c for c in answer.tool_calls if c.name == name]
    for p in answer.parts or []:
        out += [c for c in p.tool_calls if c.name == name and c not in out]
    return out


# ----------------------------------------------------- 1. a van's one day said as its busiest / peak day

@pytest.mark.parametrize(("question", "day", "staff", "over"), [
    ("mammo van, 3 RTs aboard, peak day was 130 screenings — over the daily cap?", 130, 3, True),
    ("Van had 2 radiographers; heaviest day hit 85 mammograms. any cap issue?", 85, 2, True),
    ("乳攝車上2位放射師，最忙那天拍了90案，有超過嗎", 90, 2, True),
    ("乳攝车上2位放射师，最忙的一天拍了75例，有没有超", 75, 2, False),
    ("Our van runs 2 techs and the biggest day this year was 78 exams. Over the limit?", 78, 2, False),
])
def test_a_van_busiest_day_is_the_day_count(engine, question, day, staff, over):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300], a.missing)
    (call,) = _calls(a, "hpa_radiographer_volume")
    assert call.args["daily_screenings_on_van"] == day and call.args["radiographers_on_van"] == staff
    assert call.result["over_van_daily_cap"] is over
