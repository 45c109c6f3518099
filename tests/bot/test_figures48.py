"""Round 48 (figures48): figures a person states twice over, read once.

1. A vague or rounded count made exact right after it (精確是 / 正確來說 / 實際上是 / to be exact / actually), in brackets
   or after a comma: the exact figure is the count (`bot/vague.py`: `settle_vague`); the vague words with no exact figure
   after them are still asked.
2. A rate said with its own counts ("75%（200例中完成150）", "62.5% — 50 done out of 80", "150/200 = 75%"): the counts
   are the inputs and the rate is checked against them (`bot/ledger.py`: `_rate_of_counts`) — agreeing, set aside as the
   rate worked out; disagreeing, asked.
3. Labelled lines feeding numbered questions ("re-read: …\\nfollow-up: 300 suspicious cases, …"): a bare count of cases is
   never a re-read rate (`bot/reader/numbers.py`: `_no_rate`), so each line's figures go to the part they belong to.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.ledger import _rate_of_counts
from bot.vague import find_vague, settle_vague
from tests.bot.conftest import calculator_call, reader_call


# ------------------------------------------------------------------------------ 1. a vague count made exact

@pytest.mark.parametrize("question, exact", [
    ("洗腎通路PTA大概八十幾例(精確是84)、下肢PTA 20", "84 例"),
    ("洗腎通路PTA八十幾例，正確來說是84例，下肢PTA 20例", "84 例"),
    ("TACE做了一百多例（實際上是126例），專科10年", "126 例"),
    ("TACE 兩百多例（準確來說 212），專科10年", "212"),
    ("dialysis access PTA 80-odd cases (84 to be exact), leg PTA 20", "84"),
    ("about 80-odd PTA cases, to be precise 84, plus 20 lower-limb ones", "84"),
    ("several monthly meetings (actually 4) and 1 annual meeting", "4"),
])
def test_vague_made_exact_is_settled(question, exact):
    settled = settle_vague(question)
    assert exact in settled, settled
    assert not find_vague(settled), settled


@pytest.mark.parametrize("question", [
    "洗腎通路PTA八十幾例、下肢PTA 15例，專科12年，可以申請嗎",
    "洗腎通路PTA八十幾例，精確數字還要再查，下肢PTA 15例",
    "several monthly meetings and 1 annual meeting, how many credits",
    # (the figure after an exact word said to be a part of the vague count: a part, never the count)
    "TACE一百多例，實際上30例是RFA，專科10年",
    "several talks, actually 3 of them at the annual meeting",
])
def test_vague_without_exact_figure_is_still_asked(question):
    assert find_vague(settle_vague(question))


def test_the_counts_after_an_exact_figure_stay_facts_of_their_own(ask):
    a = ask("放射專科11年，洗腎通路PTA七十幾例（精確是78）、下肢PTA 25、TIPS 4，血管介入指導老師能申請嗎")
    call = calculator_call(a, "tsir_instructor_eligibility")
    assert call.args["cases_last_6_years"] == 107


# ------------------------------------------------------------------------------ 2. a rate with its own counts

@pytest.mark.parametrize("text, rate, agrees", [
    ("completion: exactly 75% this year (150 of 200)", 75, True),
    ("追蹤完成率75%（200例中完成150）", 75, True),
    ("150/200 = 75%", 75, True),
    ("is 62.5% — 50 done out of 80", 62.5, True),
    ("completion 70% (150 of 200)", 70, False),
    ("完成率 80%（200例中完成150）", 80, False),
    ("completion 75% this year", 75, False),  # no counts beside it
])
def test_rate_checked_against_its_counts(text, rate, agrees):
    at = text.index("%")
    start = at - len(f"{rate:g}")
    assert _rate_of_counts(text, start, at + 1, rate) is agrees


@pytest.mark.parametrize("question, suspected, completed", [
    ("follow-up completion: 68% (85 of 125) — any deduction for us?", 125, 85),
    ("今年追蹤完成 80%（可疑 250 例完成 200 例），會扣補助嗎？", 250, 200),
])
def test_rate_with_agreeing_counts_computes(ask, question, suspected, completed):
    call = calculator_call(ask(question), "hpa_followup_deduction")
    assert (call.args["suspected_positive_cases"], call.args["completed_cases"]) == (suspected, completed)


@pytest.mark.parametrize("question", [
    "follow-up completion: 72% (85 of 125) — any deduction for us?",
    "今年追蹤完成 85%（可疑 250 例完成 200 例），會扣補助嗎？",
])
def test_rate_disagreeing_with_its_counts_is_asked(ask, question):
    assert ask(question).route == "clarify"


# ------------------------------------------------------------------------------ 3. labelled lines, numbered questions

@pytest.mark.parametrize("question", [
    "re-read: positive 45%, negative 12%. follow-up: 80 suspicious cases, 50 completed",
    "複判：陽性 45%、陰性 12%\n追蹤：可疑個案 180、完成 150",
])
def test_a_count_of_cases_is_no_reread_rate(question):
    args = reader_call(question, "hpa_reread_action").args
    assert (args.get("positive_discrepancy_pct"), args.get("negative_discrepancy_pct")) == (45, 12)


def test_a_bare_rate_after_its_word_is_still_read():
    args = reader_call("re-read discrepancy: positive 45, negative 12", "hpa_reread_action").args
    assert (args.get("positive_discrepancy_pct"), args.get("negative_discrepancy_pct")) == (45, 12)


def test_labelled_lines_feed_their_own_parts(ask):
    a = ask("our figures:\nre-read: pos 55%, neg 9%\nfollow-up: 140 suspicious cases, 119 completed\n"
            "(1) what must the reader do? (2) are we docked?")
    assert a.route == "calculator" and len(a.parts) == 2, (a.route, a.missing)
    reread = calculator_call(a, "hpa_reread_action")
    followup = calculator_call(a, "hpa_followup_deduction")
    assert (reread.args["positive_discrepancy_pct"], reread.args["negative_discrepancy_pct"]) == (55, 9)
    assert (followup.args["suspected_positive_cases"], followup.args["completed_cases"]) == (140, 119)


@pytest.mark.parametrize("question, cases", [
    ("boarded 12 years; dialysis access PTA about 80 cases (exactly 84), leg PTA 20, TIPS 3 — vascular instructor ok?", 107),
    ("專科12年，洗腎通路PTA約80例（實際84例）、下肢PTA 10例，血管介入指導老師可以申請嗎", 94),
])
def test_rounded_figure_made_exact_inside_a_sum(ask, question, cases):
    a = ask(question)
    call = calculator_call(a, "tsir_instructor_eligibility")
    assert call.args["cases_last_6_years"] == cases
    assert any(why for why in a.unused), a.unused  # the rounded figure set aside, with its reason
