"""A year counted by its ordinal ("專科第 8 年", "专科第十年"): the year one is in, so between one under the figure and the
figure itself in full years. Read as the figure, the range named: where every value in it gives the same verdict against
article 1(1)'s 8 years, said so; where it straddles the line ("第 8 年" may be 7 full years), the assumption says what
hangs on it. Wordings are
our own (zh-TW, zh-CN)."""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 11, 25)


@pytest.mark.parametrize("question", [
    "消融 190 例，專科第8年，可以申請指導老師嗎？",
    "腫瘤栓塞 TACE 320 例，我放射專科第八年了，夠申請指導老師嗎",
    "血管介入近六年 200 例，专科第 8 年，能不能申请指导老师？",
])
def test_the_ordinal_year_on_the_line_names_what_hangs_on_it(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert a.tool_calls[0].args["years_as_specialist"] == 8
    assert any("滿 7 至 8 年" in x and "若尚未滿 8 年" in x for x in a.assumptions), a.assumptions


@pytest.mark.parametrize(("question", "years", "eligible"), [
    ("消融 190 例，專科第10年，可以申請指導老師嗎？", 10, True),
    ("专科第十二年，消融 200 例，够申请指导老师吗", 12, True),
    ("消融 190 例，放射專科第6年，可以申請指導老師嗎？", 6, False),
])
def test_the_ordinal_year_off_the_line_is_read_with_its_range_said(engine, question, years, eligible):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    (call,) = a.tool_calls
    assert call.name == "tsir_instructor_eligibility"
    assert call.args["years_as_specialist"] == years
    assert call.result["eligible"] is eligible
    assert any(f"滿 {years - 1} 至 {years} 年" in x for x in a.assumptions), a.assumptions


def test_full_years_said_are_read_as_said(engine):
    a = engine.answer("消融 190 例，專科已經滿 8 年，可以申請指導老師嗎？", None, today=TODAY)
    assert a.route == "calculator"
    assert a.tool_calls[0].args["years_as_specialist"] == 8
    assert not any("第幾年" in x for x in a.assumptions)
