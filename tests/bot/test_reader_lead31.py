"""Round 31 reader classes fixed by the lead, each with wordings of our own: the instructor renewal's points held now,
said with the time word before the word for points ("目前積分150", "現在學分有 180") — the person's radiology points,
never an unread number that stops the calculation; an on-site QC item named with the word for its test ("phantom image
analysis scored 69.5", "假體影像分析得分 69.5") — still the item, its figure after the verb; what one's own items come to
asked in English ("what do the papers count for?") — computed, not the rule on whether such items count; the whole year
said of one radiographer with its 365 in brackets after the staff word — one radiographer, not two."""

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


@pytest.mark.parametrize(("question", "scores"), [
    ("Phantom image analysis scored 69.5, what grade?", {"phantom_image": 69.5}),
    ("compression test analysis scored 80 and phantom analysis came back at 90, grades?",
     {"compression": 80, "phantom_image": 90}),
    ("假體影像分析得分 69.5，是幾等？", {"phantom_image": 69.5}),
    ("假体影像分析 72 分，评几等", {"phantom_image": 72}),
])
def test_a_qc_item_named_with_its_analysis_is_graded(engine, question, scores):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    (call,) = a.tool_calls
    assert call.name == "hpa_qc_grade"
    assert call.args["scores"] == scores


# What one's own items come to, asked in English ("what do the papers count for?", "what does all that add up to?"): their
# value computed — not the rule on whether such items count.
@pytest.mark.parametrize(("question", "total"), [
    ("Papers this year: a non-SCI full paper as first author and an SCI paper as second author. What do the papers count for?",
     30 + 25),
    ("I had 2 SCI papers as first author this year. What do they count for?", 60),
    ("3 monthly meetings and one annual meeting this year — what does all that add up to?", 120),
])
def test_what_ones_own_items_come_to_is_computed(engine, question, total):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    (call,) = a.tool_calls
    assert call.name == "tsa_credit_tally"
    assert call.result["total"] == total


def test_what_a_kind_counts_for_stays_the_rule(engine):
    assert engine.answer("What do SCI case reports count for?", None, today=TODAY).route == "retrieval"


# The whole year said of one radiographer with its 365 restated in brackets after the staff word ("1 full-time rad tech
# (365 days)"): one radiographer of 365 days — never the bracketed 365 read as another radiographer.
@pytest.mark.parametrize(("question", "days"), [
    ("small clinic: 1 full-time rad tech (365 days) + 1 part-timer at 150 days, 8,000 screening mammos this year. over?",
     [365, 150]),
    ("staff: one full-time radiographer (365 days), one part-timer 120 days; 9000 screenings — over the reasonable volume?",
     [365, 120]),
])
def test_the_whole_year_restated_after_the_staff_word_is_one_radiographer(engine, question, days):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    (call,) = a.tool_calls
    assert call.name == "hpa_facility_volume"
    assert call.args["radiographer_work_days"] == days
