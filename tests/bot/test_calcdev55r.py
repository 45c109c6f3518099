"""Round 55 (calcdev55r): TSIR instructor / HPA mammography questions read wrongly, fixed for the class.

1. A vessel named with the stent put in it ("周邊動脈放stent 20", "下肢動脈置放支架", "stenting of the iliac arteries") is rule
   2.4(1)'s 各部位動脈…金屬支架置放 — a vascular intervention (`vocab_tsir.DOMAIN_WORDS`); a biliary or ureteral stent stays 2.5's.
2. The specialist's years said as a round-off of a date ("since mid-2017, call it 9.5 yrs", "in early 2015, making it 11 years")
   or as "N yrs as DR" (the diagnostic radiologist, capitals only: "Dr." the title is no specialist) (`vocab_tsir._SPEC`).
3. The renewal's radiology points said "radiology pts"; an author place denied with "non-" ("2 SCI full papers as
   non-first/non-corresp author") is another author, no denied count (`ledger._ROLE_NEGATION`); the renewal's day said with the
   certificate between ("renewing the TSIR instructor cert on 2026-12-20").
4. "if not am I at 200?", "otherwise how many pts short?": asked on the no of the question before, with no pause — one question
   (`mentions.IF_NOT`); a what-if naming what it drops ("if not first author, …") is not joined.
5. The day the papers go in asked ("Earliest date I can send the renewal paperwork?") is the window (`routing.WHEN_TO_SEND`),
   not which papers ("what paperwork do I send" stays the rule's).
6. The previous review's requirement said of a person named by post ("told our breast radiologist to attend").
7. A fee said withheld beside one's radiographers and screenings ("any fee not paid?") is the volume rule's non-payment: no fee
   the rule sets (`routing`), no pay or leave (`scope._OURS_BESIDE_EMPLOYMENT`; "maternity leave" names why days are fewer).
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.parts import split_parts
from bot.routing import decide_calculation
from bot.scope import out_of_scope_marker
from tests.bot.conftest import TODAY, reader_call


def _decision(text: str):
    return decide_calculation(Query(text, today=TODAY))


@pytest.mark.parametrize(("question", "cases"), [
    ("血管介入：洗腎通路PTA 60、周邊動脈放stent 25，專科 10 年，夠嗎？", 85),
    ("血管介入：PTA 60、下肢動脈置放支架 30、腎動脈裝支架 10，專科 10 年，夠嗎？", 100),
    ("血管介入这块：PTA 50、髂动脉放支架 30，专科10年，够不够？", 80),
    ("vascular instructor: PTA 60, stents in the peripheral arteries 30, specialist 10 yrs. enough?", 90),
])
def test_a_vessel_with_its_stent_is_a_vascular_intervention(question, cases):
    call = reader_call(question, "tsir_instructor_eligibility")
    assert call.args.get("domain") == "vascular_intervention"
    assert call.args.get("cases_last_6_years") == cases


def test_a_biliary_stent_stays_nonvascular():
    call = reader_call("非血管介入：膽道支架 60、輸尿管支架 50，專科 10 年，夠嗎？", "tsir_instructor_eligibility")
    assert call.args.get("domain") == "nonvascular_stenting"
    assert call.args.get("cases_last_6_years") == 110


@pytest.mark.parametrize(("question", "years"), [
    ("non-tumour embo: PAE 60, UAE 50. radiology specialist since mid-2017, call it 9.5 yrs. eligible?", 9.5),
    ("ablation instructor: RFA 120 + MWA 70, board certified in early 2015, making it 11 years. eligible?", 11),
    ("ablation instructor: 190 cases (RFA+MWA), 15 yrs as DR. eligible?", 15),
    ("vascular instructor: PTA 110, been a DR for 9 years. enough?", 9),
])
def test_the_specialists_years_rounded_off_or_as_dr(question, years):
    assert reader_call(question, "tsir_instructor_eligibility").args.get("years_as_specialist") == years


@pytest.mark.parametrize("question", [
    "vascular instructor: PTA 110, 9 yrs as Dr. enough?",
    "vascular instructor: PTA 110, DR images read 9 years. enough?",
])
def test_dr_the_title_or_the_radiograph_is_no_specialist(question):
    assert "years_as_specialist" not in reader_call(question, "tsir_instructor_eligibility").args


@pytest.mark.parametrize(("question", "points"), [
    ("instructor renewal: I have 150 radiology pts. enough?", 150),
    ("Born May 3 1966. I only have about 120 radiology pts. If I send the instructor renewal on Dec 1 2026, lifetime?", 120),
])
def test_radiology_pts_are_the_cme_points(question, points):
    assert reader_call(question, "tsir_renewal_check").args.get("cme_points") == points


@pytest.mark.parametrize("question", [
    "instructor renewal: 2 SCI full articles as non-first/non-corresp author, 100 CME. do I make 200?",
    "instructor renewal: 2 SCI full papers as a non-first/non-corresponding author, 100 radiology CME. enough?",
])
def test_an_author_place_denied_with_non_is_another_author(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", (a.route, a.missing)
    assert a.tool_calls[0].args["activities"] == [{"kind": "sci_full_article", "count": 2, "role": "other"}]


def test_the_renewal_day_with_the_certificate_between():
    call = reader_call("born 1964-02-10, renewing the TSIR instructor cert on 2026-12-20 with 140 radiology pts. lifetime?",
                       "tsir_renewal_check")
    assert str(call.args.get("application_date")) == "2026-12-20"


@pytest.mark.parametrize("question", [
    "Born Dec 1 1966, applying 2026-11-25 for the instructor renewal with 150 radiology CME. lifetime cert possible? if not am I at 200?",
    "instructor renewal, born 1960-03-02, applying 2026-12-01, 150 radiology CME. lifetime? otherwise how many pts short?",
])
def test_a_question_on_the_no_is_one_question(question):
    assert split_parts(question)[0] is None


def test_a_what_if_naming_what_it_drops_is_not_joined():
    assert split_parts("instructor renewal: 150 radiology CME. lifetime ok? if not first author, does the SCI paper count?")[0]


@pytest.mark.parametrize("question", [
    "TSIR instructor certificate runs out 2027-08-31. Earliest date I can send the renewal paperwork?",
    "my instructor cert expires 2027-03-15. how soon can we submit the documents for the new one?",
])
def test_the_day_the_papers_go_in_is_the_window(question):
    d = _decision(question)
    assert d is not None and d.extraction is not None and d.extraction.tool == "renewal_window"


@pytest.mark.parametrize("question", [
    "my instructor cert expires 2027-03-15. what paperwork do I send for the renewal?",
    "my instructor cert expires 2027-03-15, do I need to attach a copy of the old certificate when I submit the paperwork?",
])
def test_which_papers_stay_the_rules(question):
    assert _decision(question) is None


@pytest.mark.parametrize(("question", "flag"), [
    ("Last review already told our breast radiologist to attend the demo hospital reading seminar. positive 52%, negative 12%.",
     True),
    ("The previous review asked both of our reading radiologists to attend the seminar. positive 45%, negative 8%.", True),
    ("Last review never told our breast radiologist to attend anything. positive 52%, negative 12%.", False),
    ("Last time our breast radiologist wanted to attend the seminar. positive 52%, negative 12%.", None),
])
def test_the_previous_requirement_said_of_a_person_by_post(question, flag):
    assert reader_call(question, "hpa_reread_action").args.get("previously_required") is flag


@pytest.mark.parametrize("question", [
    "small regional hosp, 2 RTs: one 365 days, other 180 days (maternity leave). 9,500 mammo screenings in 2025. any fee not paid?",
    "2 RTs: one 365 days, other 180 days. 9,500 mammo screenings in 2025. any fees withheld?",
    "2 RTs: one 365 days, other 180 days. 9,500 mammo screenings in 2025. are there fees we won't get paid?",
])
def test_a_fee_withheld_beside_ones_volume_is_the_volume_rule(question):
    assert out_of_scope_marker(Query(question, today=TODAY)) is None
    d = _decision(question)
    assert d is not None and d.extraction is not None and d.extraction.tool == "hpa_facility_volume"


def test_leave_pay_stays_out_of_scope():
    assert out_of_scope_marker(Query("one of our RTs goes on maternity leave next month - is it paid at full salary?",
                                     today=TODAY)) == "employment"


@pytest.mark.parametrize("question", ["is there a fee for the TSIR instructor renewal application?",
                                      "any fee for the instructor renewal?"])
def test_a_fee_the_rule_sets_stays_the_rules(question):
    assert _decision(question) is None
