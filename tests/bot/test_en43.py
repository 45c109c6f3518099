"""Round 43 (en43): English calculator questions written blind — brackets that say again what was said, a season as the
year, the rule's age recalled in English, and the earliest day of one's own renewal.

1. An approximate figure, then the exact one in a bracket later in its clause ("~350 TACE cases … (exact: 352)", "roughly
   180 RFA cases (exactly 176)", "RFA 約 180 例（實際 176 例）"): the exact one is the fact, the approximate one is set aside
   (was: asked about the exact one, or — worse — read the exact one as a breakdown and computed with the approximate one).
2. A total in brackets after the counts it adds up ("attended CIRSE twice and SIR once (3 overseas IR meetings)",
   "月會 2 次、年會 1 次（3 場學會活動）"): a check, never one more item (was: 3 more meetings counted — confidently wrong).
3. How many figures a list holds, in brackets right after it ("dense 340, 358 (only two submitted dense)", "（兩位放射師）"):
   the list's size, no figure of it (was: asked about).
4. "this spring", "this past fall", "this autumn": the latest such season up to today gives the activity's year (was: no year).
5. The rule's age as the person recalls it, in English ("Heard at 60 it becomes lifetime", "once you're 60 it's permanent",
   "after age 60"): the rule's figure, no age of theirs — the reply with the dates completes the check (was: asked about).
6. The earliest DATE of one's own renewal asked with no date ("what is the earliest date I can apply to renew my …"): a
   calendar day of one's own — the expiry is asked. "When's the earliest I can send in the renewal for my … certificate?"
   stays the rule's six months (two blind writers disagree on it; rules_blind19 dp-tsir-025 and test_hparead37 pin the
   rule), as do the period asked ("how early") and the expiry said roughly ("expires next March").
Phrasings written for this test; only the first of each class is from a blind bank.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply, calculator_call

# ------------------------------------------------------------------------------- 1. approximate, then exact in brackets
APPROX_EXACT = [
    ("IR fellow here, asking for my attending: 7 yrs since radiology boards, ~350 TACE cases in the last 6 years (exact: 352). "
     "No lectures, no SCI papers. Can he get the tumor embolization instructor cert?", 352, False),
    ("Specialist for 10 years, roughly 180 RFA cases (exactly 176). Ablation instructor?", 176, False),
    ("about 300 biopsies and drains in 6 yrs (precisely 296), 12 years as specialist — can I get the localization/biopsy "
     "instructor?", 296, False),
    ("Specialist 11 years, nearly 100 PAE and UAE cases (actual count 97). non-tumor embolization instructor?", 97, False),
    ("消融指導老師：專科 9 年，RFA 約 180 例（實際 176 例），可以申請嗎？", 176, False),
    ("专科 9 年，出血栓塞大约 100 例（准确是 98 例），非肿瘤栓塞指导老师可以申请吗？", 98, False),
    # near misses: a bracket that adds to the count, or counts something else, is no exact figure of it
    ("Specialist 10 years, around 200 RFA (plus 20 MWA). ablation instructor?", 220, True),
]


@pytest.mark.parametrize(("question", "cases", "eligible"), APPROX_EXACT)
def test_the_exact_figure_in_brackets_replaces_the_approximate_one(ask, question: str, cases: int, eligible: bool) -> None:
    a = ask(question)
    call = calculator_call(a, "tsir_instructor_eligibility")
    assert call.args["cases_last_6_years"] == cases
    assert call.result["eligible"] is eligible


def test_a_bracket_counting_something_else_is_asked_never_read_as_the_exact_figure(ask) -> None:
    a = ask("Specialist 10 years, ~190 RFA cases in the last 6 years (at 2 hospitals). ablation instructor?")
    assert not any(c.args.get("cases_last_6_years") == 2 for c in a.tool_calls)


# --------------------------------------------------------------------------- 2. a total in brackets restating the list
LIST_TOTAL = [
    ("TSIR instructor renewal: attended CIRSE twice and SIR once (3 overseas IR meetings), 1 e-poster at CIRSE, 1 non-SCI "
     "full paper as corresponding author, plus 100 regular radiology CME points. total?", "tsir_renewal_check", "points", 190),
    ("TSIR renewal: went to RSNA once and CIRSE twice (3 international meetings), plus 120 radiology CME points. enough?",
     "tsir_renewal_check", "points", 165),
    ("monthly meetings 4 and annual meeting 1 (5 society events). credits?", "tsa_credit_tally", "total", 140),
    ("月會 2 次、年會 1 次（3 場學會活動），積分多少？", "tsa_credit_tally", "total", 100),
]


@pytest.mark.parametrize(("question", "tool", "field", "value"), LIST_TOTAL)
def test_a_bracketed_total_of_the_list_is_not_counted_again(ask, question: str, tool: str, field: str, value: int) -> None:
    a = ask(question)
    call = calculator_call(a, tool)
    assert call.result[field] == value
    assert any("counted together" in u or "加起來的總數" in u for u in a.unused), a.unused


def test_a_bracket_adding_to_the_list_is_no_total(ask) -> None:
    """Near miss: "(plus 2 seminars)" adds items; it is never set aside as the list's total."""
    a = ask("monthly meetings 4 and the annual meeting once (plus 2 seminars). credits?")
    assert not any("counted together" in u for u in a.unused)


# ---------------------------------------------------------------------------------- 3. how many figures a list holds
LIST_SIZE = [
    ("Radiographer team lead. Our facility self-selected sets: non-dense 350, 372, 361 (three techs) and dense 340, 358 "
     "(only two submitted dense). What's the facility grade?", {"non_dense": [350, 372, 361], "dense": [340, 358]}, "B"),
    ("Facility self-selected: non-dense 365, 352 (two radiographers) and dense 348, 359, 341 (three radiographers). Grade?",
     {"non_dense": [365, 352], "dense": [348, 359, 341]}, "B"),
    ("本院自選片：非緻密 362、371（兩位放射師），緻密 355、366（兩位），評等？", {"non_dense": [362, 371], "dense": [355, 366]}, "A"),
    ("Facility self-selected sets: non-dense 350, 372 and dense 340, 358 (only 2 sets submitted). facility grade?",
     {"non_dense": [350, 372], "dense": [340, 358]}, "B"),
]


@pytest.mark.parametrize(("question", "scores", "grade"), LIST_SIZE)
def test_a_bracketed_count_of_the_list_is_no_score(ask, question: str, scores: dict, grade: str) -> None:
    call = calculator_call(ask(question), "hpa_image_grade")
    assert call.args["scores"] == scores
    assert call.result["grade"] == grade


# ------------------------------------------------------------------------------------------------ 4. a season's year
SEASON = [
    ("took the ATLS provider course this spring + a 4 hr course that's credited by hours. total TSA pts?", 42, 2026),
    ("did ATLS this past fall and a 3 hr course credited by hours. TSA credits?", 39, 2026),
    ("this autumn I went to the TSA annual meeting and 2 monthly meetings. credits?", 100, 2026),
    ("今年春天上了 ATLS，還有一個 4 小時以時數計的課程，總共幾分？", 42, 2026),
]


@pytest.mark.parametrize(("question", "total", "year"), SEASON)
def test_this_season_is_this_years(ask, question: str, total: int, year: int) -> None:
    call = calculator_call(ask(question), "tsa_credit_tally")
    assert call.result["total"] == total
    assert {it.get("year") for it in call.args["activities"]} == {year}


def test_last_spring_gives_no_year(ask) -> None:
    """Near miss: "last spring" may be this year's or last year's (asked in November) — no year is read from it."""
    call = calculator_call(ask("took ATLS last spring and a 4 hr hours-credited course. total TSA pts?"), "tsa_credit_tally")
    assert all(it.get("year") is None for it in call.args["activities"])


# ---------------------------------------------------------------------------- 5. the rule's age recalled, then the dates
HEARSAY_AGE = [
    ("I was born in 1967 and will submit my TSIR instructor renewal sometime next year. Heard at 60 it becomes lifetime, so "
     "do I even need the points?", "born 1967-08-20, submitting 2027-06-01", False),
    ("My IR instructor cert is due for renewal next year and I was born in 1967. A colleague said after age 60 you get the "
     "lifetime one. Do I need points?", "born 1967-12-01, applying on 2027-02-01", False),
    ("I was born in 1966 and will renew my TSIR instructor certificate next year. I heard once you're 60 it's permanent, "
     "do I still need points?", "born 1966-03-02, I apply on 2027-04-01", True),
]


@pytest.mark.parametrize(("question", "reply", "lifetime"), HEARSAY_AGE)
def test_the_rules_age_recalled_is_no_figure_and_the_reply_completes_the_check(engine, question: str, reply: str,
                                                                              lifetime: bool) -> None:
    first, then = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, (first.route, first.answer[:200])
    call = calculator_call(then, "tsir_renewal_check")
    assert call.result["lifetime_eligible"] is lifetime


@pytest.mark.parametrize("question", [
    "I was born on 1967-08-20 and will submit my TSIR instructor renewal on 2027-06-01. Heard at 60 it becomes lifetime, so do I even need the points?",
    "I was born on 1967-08-20 and will submit my TSIR instructor renewal on 2027-06-01. Someone said at 60 it becomes lifetime. do I even need the points?",
    "我 1967-08-20 生，2027-06-01 送 TSIR 指導醫師換證。聽說滿 60 歲就終身有效，那我還需要積分嗎？",
])
def test_the_rules_age_recalled_beside_the_dates_is_computed(ask, question: str) -> None:
    call = calculator_call(ask(question), "tsir_renewal_check")
    assert call.result["lifetime_eligible"] is False


# ------------------------------------------------------------------------- 6. the earliest day of one's own renewal
OWN_EARLIEST = [
    ("What is the earliest date I can apply to renew my TSIR instructor certificate?", "it expires 2028-06-30", "2027-12-30"),
    ("what's the earliest possible day I could send in the renewal for my surgical specialist certificate?",
     "it expires 2027-05-20", "2026-11-20"),
    ("earliest date I can file the extension for my surgery board cert?", "expiry is 2027-03-31", "2026-09-30"),
]


@pytest.mark.parametrize(("question", "reply", "opens"), OWN_EARLIEST)
def test_the_earliest_day_of_ones_own_renewal_asks_the_expiry(engine, question: str, reply: str, opens: str) -> None:
    first, then = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, (first.route, first.answer[:200])
    call = calculator_call(then, "renewal_window")
    assert str(call.result["opens"]) == opens


@pytest.mark.parametrize("question", [
    # (the blind question of calc_bank43 go-clr-005, whose writer expected the expiry asked: the same words as
    # rules_blind19 dp-tsir-025, whose writer expected the rule — the rule's six months answer it, see the report)
    "When's the earliest I can send in the renewal for my surgery specialist certificate?",
    "when's the earliest I can apply to renew my IR instructor certificate?",
    "When's the earliest one can apply for renewal of the surgical specialist certificate?",
    "How early can I apply to renew my surgical specialist certificate?",
    "My surgical specialist certificate expires next March. When's the earliest I can renew?",
    "My surgical specialist certificate expires next March. What's the earliest date I can renew?",
])
def test_the_rules_period_stays_the_rules(ask, question: str) -> None:
    """Near misses: no one's own certificate, the period itself asked, or the expiry said roughly — the rule answers."""
    assert ask(question).route == "retrieval"
