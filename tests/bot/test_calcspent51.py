"""Round 51, calculator reading classes found by round 51's blind development bank (calcspent51), through their mechanisms.

1. The person's own reckoning of the result, said flat, hedged or "basically" after the figures it is made of ("Average is
   basically 360 so that's an A", "平均應該 360 吧") is no input (`restated_result`); an average with its own label
   ("自選片平均 361") is a figure of the case.
2. A group's shared figure after a clause holding their contract length ("都是半年約聘，各 180 天") and "both our
   radiographers logged N days" read as one figure each; the contract's length is set aside (`not_inputs`).
3. A length said again in brackets in another unit ("一年半（18個月）") is read once (`unit_restated`); a bracket giving
   another length is not; the mission's posting verbs (派出去, 被派) name the mission's length.
4. "專師 N 年" in an instructor question is the specialist's years, said as an assumption.
5. The follow-up deduction's question back cites 2.5.2 (the rate's definition).
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.reader.brackets import unit_restated
from bot.reader.guesses import restated_result
from bot.reader.mentions import numbers
from tests.bot.conftest import ask_and_reply, calculator_call

# ------------------------------------------------------------------------ 1. the person's reckoning of the result


def _restated(text: str) -> list[float]:
    q = Query(text)
    said = numbers(q)
    return [float(n.value) for n in said if restated_result(q.text, n, said)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "restated"), [
    ("Scores 355, 362, 361, 360. Average is basically 360 so that's an A, right?", [360.0]),
    ("抽選片 352、365、357、364，平均基本上 360，算 A 嗎", [360.0]),
    ("RFA 120, MWA 50, so the total is pretty much 170, enough?", [170.0]),
    # (near misses: a labelled average of another set, and an average given alone)
    ("抽選片 355、362，自選片平均 361，等級？", []),
    ("抽選片平均 361，等級？", []),
])
def test_reckoning_of_the_result(text: str, restated: list[float]) -> None:
    assert _restated(text) == restated


@pytest.mark.parametrize(("question", "scores", "used"), [
    ("Sampled films for one tech: 355, 362, 361, 360. Average is basically 360 so that's an A, right?", [355, 362, 361, 360], 359.5),
    ("抽選片 352、365、357、364，平均差不多 360 吧，算 A 嗎", [352, 365, 357, 364], 359.5),
])
def test_reckoning_is_no_score(engine, question: str, scores: list[int], used: float) -> None:
    call = calculator_call(ask_and_reply(engine, question), "hpa_image_grade")
    assert call.args["scores"] == scores
    assert call.result["score_used"] == used and call.result["grade"] == "B"


# ------------------------------------------------------------------------ 2. each of a group, a contract's length


@pytest.mark.parametrize(("question", "days", "screenings", "excess"), [
    ("三位放射師都是半年約聘，各 180 天，今年篩了 9000 案，會超量嗎", [180, 180, 180], 9000, 0),
    ("兩位放射師都是一年約聘，各 300 天，今年篩了 11000 案，超過多少", [300, 300], 11000, 151),
    ("Both our radiographers logged 300 days and we did 11000 screenings. How many over?", [300, 300], 11000, 151),
    ("2 techs on one-year contracts, 250 days each, 8000 screenings — over the limit?", [250, 250], 8000, 0),
])
def test_each_of_a_group(engine, question: str, days: list[int], screenings: int, excess: int) -> None:
    a = ask_and_reply(engine, question)
    call = calculator_call(a, "hpa_facility_volume")
    assert call.args == {"radiographer_work_days": days, "annual_screenings": screenings}
    assert call.result["excess_cases"] == excess


def test_contract_length_is_shown_unused(engine) -> None:
    a = ask_and_reply(engine, "三位放射師都是半年約聘，各 180 天，今年篩了 9000 案，會超量嗎")
    assert any("約聘" in u or "6個月" in u for u in a.unused), a.unused


# ------------------------------------------------------------------------ 3. a length said again in another unit


@pytest.mark.parametrize(("text", "again"), [
    ("派出去一年半（18個月）", [18.0]),
    ("posted for 2 years (24 months)", [24.0]),
    ("派了 12 個月（一年）", [1.0]),
    ("駐外一年（其中 8 個月在外）", []),  # another length, not the same one
    ("駐外一年（18個月）", []),  # disagrees: no restatement
    # (merge check) the clause carries on after the bracket: the bracketed length is the one it goes on from, read; the
    # one before it is the restatement ("其中有一年(12個月)派駐友邦醫療團": probe28-031 lost its mission months)
    ("其中有一年(12個月)派駐友邦醫療團", [1.0]),
    ("一年半（18 months）posted on the mission", [1.5]),
    ("on a mission for 2 years (24 months). Yearly credits 60", [24.0]),  # (a full stop after it: the clause ends)
])
def test_unit_restated(text: str, again: list[float]) -> None:
    assert [float(n.value) for n in unit_restated(Query(text))] == again  # type: ignore[arg-type]


@pytest.mark.parametrize(("question", "months", "required"), [
    ("我之前參加過駐外醫療團，派出去兩年（24個月），外科專科六年學分 60、50、40、70、55、45，可以展延嗎", 24, 400),
    ("參加過駐外醫療團，被派了 10 個月，外科專科六年學分 80、80、70、60、90、50，夠展延嗎", 10, 516.67),
])
def test_mission_length_read_once(engine, question: str, months: int, required: float) -> None:
    call = calculator_call(ask_and_reply(engine, question), "tsa_renewal_check")
    assert call.args["overseas_mission_months"] == months
    assert call.result["required"] == required


# ------------------------------------------------------------------------ 4. 專師 as the specialist's years


def test_short_specialist_years(engine) -> None:
    a = ask_and_reply(engine, "想申請消融指導老師，我專師 10 年，最近六年 RFA 100、MWA 60，夠嗎")
    call = calculator_call(a, "tsir_instructor_eligibility")
    assert call.args["years_as_specialist"] == 10 and call.args["cases_last_6_years"] == 160
    assert any("專師" in x for x in a.assumptions), a.assumptions


# ------------------------------------------------------------------------ 5. the deduction's question back cites 2.5.2


def test_deduction_question_back_cites_the_rate(engine) -> None:
    a = ask_and_reply(engine, "今年陽性個案追蹤完成 300 例，補助 200 萬，會扣多少？")
    assert a.route == "clarify"
    assert "hpa-mammo/2.5.2" in [c.id for c in a.citations]
