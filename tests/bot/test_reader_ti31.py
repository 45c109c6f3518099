"""TSA / TSIR reader classes of the thirty-first round, each tested with wordings of its own (zh-TW, zh-CN, en): a bracket
that says what a figure includes and closes before the next figure ("90 drainages (incl PCN/PTCD) and 40 pain blocks")
is that figure's own — the figures after it are no part of it and are added."""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 11, 25)


def _only_call(a, name: str) -> dict:
    """The arguments of the answer's one call, which must be of tool `name`."""
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert [c.name for c in a.tool_calls] == [name], ([c.name for c in a.tool_calls], a.answer[:300])
    return a.tool_calls[0].args


# --- 1. an inclusion bracket closed before the next figure: the figures after it are added, never its parts ---------------

@pytest.mark.parametrize(("question", "cases"), [
    ("Specialist 10 yrs. Last 6 yrs: 150 biopsies, 100 drainages (including PCN and PTCD) and 60 pain control procedures. "
     "Can I apply as localization/biopsy/drainage/pain instructor?", 310),
    ("專科10年，近六年切片150例、引流100例（含PCN、PTCD）、疼痛控制60例，可以申請定位切片引流疼痛控制的指導老師嗎？", 310),
    ("专科9年，最近6年活检120例、引流90例（包括PCN和PTCD）以及疼痛治疗50例，能申请定位/切片/引流/疼痛控制的指导老师吗？", 260),
])
def test_inclusion_bracket_closed_before_next_figure(engine, question, cases):
    args = _only_call(engine.answer(question, None, today=TODAY), "tsir_instructor_eligibility")
    assert args["domain"] == "localization_biopsy_drainage_pain"
    assert args["cases_last_6_years"] == cases


@pytest.mark.parametrize(("question", "cases"), [
    ("專科10年，近六年消融190例（含MWA 60例），可以申請消融指導老師嗎？", 190),
    ("专科10年，近六年消融190例（包括微波60例），能申请消融指导老师吗？", 190),
])
def test_figure_inside_the_bracket_still_a_part(engine, question, cases):
    args = _only_call(engine.answer(question, None, today=TODAY), "tsir_instructor_eligibility")
    assert args["cases_last_6_years"] == cases
