"""Scope class of round 32 fixed by the lead (SPEC §3), with wordings of our own: another specialty named by the short
form people type in English ("family med", "FM", "peds", "ortho", "ENT", "int med") is that specialty's board, so its
renewal or credits are refused with a pointer; a body-part word ("GI stent") is no specialty."""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.scope import out_of_scope_marker

TODAY = datetime.date(2026, 11, 25)


@pytest.mark.parametrize("question", [
    "Do TSA CME credits count toward my peds board recert?",
    "ortho board renewal — can I use the TSA annual meeting for it?",
    "ENT recert: does a TSA monthly meeting count?",
    "int med board wants 180 pts, do my surgical society credits carry over?",
    "FM board renewal: are TSA credits accepted?",
])
def test_another_specialty_said_short_is_that_boards_renewal(engine, question):
    assert out_of_scope_marker(Query(question, TODAY)) is not None
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "out_of_scope"
    assert not answer.citations


@pytest.mark.parametrize("question", [
    "biliary + ureteral + GI stent placement instructor cert, how many cases total?",
    "how many credits is one TSA monthly meeting plus a 2-hr seminar worth?",
])
def test_our_own_questions_with_look_alike_words_stay_ours(question):
    assert out_of_scope_marker(Query(question, TODAY)) is None
