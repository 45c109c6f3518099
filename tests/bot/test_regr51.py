"""Round 51 regressions fixed as classes (regr51): a domain's short name said for the certificate sought is the domain
asked; one's own total asked beside whether there is a cap is computed (a cap asked alone stays the rule's); items listed
with 、 are each their own; a bracket after a counted item is its subset, never the count's new owner."""

from __future__ import annotations

import datetime
import re

import pytest

from bot.reader.items import after_list_mark
from bot.routing import Query, _own_total_beside_cap, decide_calculation
from calculators.vocab_tsir import ELIGIBILITY
from tests.bot.conftest import ask_and_reply as _ask

_TODAY = datetime.date(2026, 11, 25)


def _domain_choice(text: str) -> str | None:
    """The domain the eligibility vocabulary's domain choices read first in `text` (the first choice that matches)."""
    slot = next(s for s in ELIGIBILITY.slots if s.name == "domain")
    for c in slot.choices:
        # (a choice read only with a condition — a shared word asked as the domain whose techniques are named, calctsir59 —
        # is the reader's to weigh with its condition: tests/bot/test_calctsir59.py)
        if not c.when and re.search(c.terms, text, re.IGNORECASE):
            return str(c.value)
    return None


# ------------------------------------------------------------------------ 1. the domain's short name

@pytest.mark.parametrize(("text", "domain"), [
    ("Eligible for the vascular instructor?", "vascular_intervention"),
    ("can I apply as a non-vascular instructor", "nonvascular_stenting"),
    ("the nonvascular IR instructor", "nonvascular_stenting"),
    ("eligible for the tumour instructor?", "tumor_embolization"),
    ("non-tumor instructor", "non_tumor_embolization"),
    ("可以申請血管類指導老師嗎", "vascular_intervention"),
    ("想申請非血管的指導醫師", "nonvascular_stenting"),
    ("非腫瘤指導老師", "non_tumor_embolization"),
    ("what about non-vascular?", "nonvascular_stenting"),
])
def test_a_domains_short_name_for_the_certificate_is_the_domain(text: str, domain: str) -> None:
    assert _domain_choice(text) == domain


@pytest.mark.parametrize("text", [
    "Eligible for the stenting instructor?",            # two domains' word
    "gave 3 talks on vascular intervention. Eligible for instructor?",  # the talks' topic, not the certificate's (a full name)
    "tumor and vascular instructor",                     # two domains joined: neither short name alone
    "120 vascular cases. Eligible?",                    # no certificate named
])
def test_no_short_name_domain_where_none_is_said_for_the_certificate(text: str) -> None:
    assert _domain_choice(text) is None


def test_a_technique_after_the_short_name_is_its_own_domain() -> None:
    assert _domain_choice("腫瘤消融指導老師") == "ablation"


def test_vascular_instructor_with_talks_on_the_domain_is_computed(engine) -> None:
    a = _ask(engine, "7 yrs as specialist, 60 cases, 2 lectures on vascular intervention, 1 SCI first author. vascular instructor ok?")
    assert a.route == "calculator", a.missing
    args = a.tool_calls[0].args
    assert args["domain"] == "vascular_intervention" and args["cases_last_6_years"] == 60


def test_talks_topic_alone_still_asks_the_domain(engine) -> None:
    a = _ask(engine, "8 yrs specialist, 120 cases, gave 3 talks on ablation. Can I be an instructor?")
    assert a.route == "clarify"
    assert any("domain" in m for m in a.missing)


# ------------------------------------------------------------------------ 2. one's own total beside the cap

@pytest.mark.parametrize("question", [
    "今年SCI一作一篇、二作兩篇，共幾分？有上限嗎",
    "今年非SCI一作3篇，總共幾分 有沒有上限",
    "this year 2 SCI first-author papers — how many points, and is there a cap?",
])
def test_own_total_beside_the_cap_is_asked(question: str) -> None:
    assert _own_total_beside_cap(Query(question, _TODAY))


@pytest.mark.parametrize("question", [
    "今年SCI一作2篇，有上限嗎？",                       # the cap alone
    "我今年發表了5篇poster，上限幾篇？",                  # the cap on items
    "今年SCI一作2篇，論文一年最多可以累積幾分？",         # the cap's value in points
    "年會投了3篇poster，每篇幾分？有上限嗎",              # a rate
])
def test_the_cap_alone_is_no_own_total(question: str) -> None:
    assert not _own_total_beside_cap(Query(question, _TODAY))


@pytest.mark.parametrize(("question", "total"), [
    ("今年SCI一作一篇、二作兩篇，共幾分？有上限嗎", 60),
    ("This year 1 non-SCI first-author paper and 1 SCI second-author paper. How many points? Is there a cap?", 55),
])
def test_own_total_beside_the_cap_is_computed(engine, question: str, total: int) -> None:
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.missing)
    assert a.tool_calls[0].result["total"] == total


@pytest.mark.parametrize("question", ["今年SCI一作2篇，有上限嗎？", "年會投了3篇poster，每篇幾分？有上限嗎"])
def test_the_cap_alone_beside_a_count_stays_the_rules(question: str) -> None:
    assert decide_calculation(Query(question, _TODAY)) is None


@pytest.mark.parametrize(("text", "at", "listed"), [
    ("SCI一作、SCI二作", 6, True), ("一作／二作", 3, True), ("不是一作，我上台報告的", 5, False), ("a, b", 2, False),
])
def test_a_list_mark_before_a_piece(text: str, at: int, listed: bool) -> None:
    assert after_list_mark(text, at) is listed


def test_listed_items_of_one_kind_are_each_their_own(engine) -> None:
    a = _ask(engine, "今年論文3篇：SCI二作、SCI其他作者、非SCI二作，共幾分")
    assert a.route == "calculator", a.missing
    roles = [(x["kind"], x["role"], x["count"]) for x in a.tool_calls[0].args["activities"]]
    assert roles == [("paper_sci", "second", 1), ("paper_sci", "other", 1), ("paper_non_sci", "second", 1)]
    assert a.tool_calls[0].result["total"] == 50  # 25 + 10 + 15


# ------------------------------------------------------------------------ 3. a bracket after a counted item is its subset

@pytest.mark.parametrize(("question", "monthly", "speaker", "total"), [
    ("this year annual mtg once, monthly meetings 9 times (I gave the talk at 4 of them). total?", 9, 4, 60 + 180 + 80),
    ("annual meeting 1 time, monthly mtgs 5 times (spoke at 2 of those), credits this year?", 5, 2, 60 + 100 + 40),
    ("今年年會1次、月會7次（其中1次我是講者），共幾分", 7, 1, 60 + 140 + 20),
])
def test_a_bracket_after_a_count_is_its_subset(engine, question: str, monthly: int, speaker: int, total: int) -> None:
    a = _ask(engine, question)
    assert a.route == "calculator", a.missing
    counts = {x["kind"]: x["count"] for x in a.tool_calls[0].args["activities"]}
    assert counts == {"tsa_annual_meeting": 1, "tsa_monthly_meeting": monthly, "tsa_monthly_speaker": speaker}
    assert a.tool_calls[0].result["total"] == total
