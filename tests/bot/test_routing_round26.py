"""Routing and scope, round 26 (phrasings of our own, not the eval questions').

Out of scope, never answered with our rules (SPEC §3):
- another health profession's own continuing education, hours or licence, the profession said by its short name
  (專師 / 專護 for the nurse practitioner, NP, RN, PA) — the MOHW's rules on practice registration, not ours.
Still ours: the review's readers' and radiographers' continuing-education hours, a surgeon's credits.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from bot.scope import foreign_target

TODAY = datetime.date(2026, 12, 3)


def _route(question: str) -> str | None:
    d = decide_calculation(Query(question, TODAY))
    return d.route if d else None


@pytest.mark.parametrize("question", [
    "專師一年的繼續教育時數要修滿幾小時？",
    "我們病房的專護(NP)繼續教育點數怎麼算？",
    "专师(NP)继续教育学时每年要多少？",
    "我是外科專師，積分要怎麼累積才能換證？",
    "How many CE hours a year does an NP need?",
    "our NP's continuing education hours — how many per year?",
    "what CE credits must an RN collect to renew?",
])
def test_another_professions_own_ce_is_out_of_scope(question: str) -> None:
    assert foreign_target(question) == "licence"


@pytest.mark.parametrize("question", [
    "判讀醫師的繼續教育時數一年要幾小時？",
    "放射師的繼續教育時數沒補齊會怎樣？",
    "How many CME hours does a reading physician need for the HPA review?",
    "外科專科醫師一年要幾個積分？",
    "外科专科医师证书展延要多少学分？",
])
def test_our_readers_and_surgeons_stay_in_scope(question: str) -> None:
    assert foreign_target(question) is None
