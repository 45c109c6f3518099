"""Round 52 rulesdev52: blind development rules questions and their out-of-scope neighbours (evals/cases/ask_rulesdev52.yaml).

Classes: what the HPA pays per screening asked with the payer or payee between (out of scope); another TSIR certificate or
the membership asked with the instructor certificate set apart by name (out of scope); an English verbless piece putting a
reading up for confirmation (yes / no); the score a grade takes asked alone (the rule, not a calculation); "what's the X
cover?" (a heading's items)."""
from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.question_shapes import ASKS_LIST, confirms_reading_en
from bot.routing import GRADE_THRESHOLD_ASKED, asks_the_rule
from bot.rules_answer import answer_kind
from bot.scope import neighbour_kind
from tests.bot.conftest import TODAY


def _kind(question: str) -> str | None:
    return neighbour_kind(Query(question, today=TODAY), topic=False)


@pytest.mark.parametrize("question", [
    "How much does the HPA pay us per screening mammogram for women 45-69?",
    "what does the health promotion administration pay our hospital for each screening mammogram?",
    "how much do we get paid per mammogram screen by HPA?",
    "國健署每做一位乳攝篩檢付我們多少錢？",
    "健康署每一張乳攝補助醫院幾元？",
])
def test_the_programmes_fee_per_screening_is_not_the_review(question):
    assert _kind(question) == "screening_eligibility"


@pytest.mark.parametrize("question", [
    "if our van goes over the reasonable volume, does HPA still pay for the extra screens?",
    "乳攝車超過合理量的部分，每一案還會給付嗎？",
    "每位放射師每年合理量是多少案？",
    "how much of our screening subsidy will HPA deduct if follow-up completion is 80%?",
    "離島醫師想回本島醫學中心進修，國內進修每個月給幾分？區域醫院可以嗎",
    "每次月會給幾分？",
])
def test_the_reviews_own_payment_rules_stay_ours(question):
    assert _kind(question) is None


@pytest.mark.parametrize("question", [
    "member asks: how do I renew the TSIR regular membership / specialist certificate of interventional radiology "
    "(not the instructor one)? points needed?",
    "介入放射學會的專科醫師證書（不是指導醫師那張）要怎麼換證？",
    "TSIR specialist certificate renewal — not the instructor certificate — how many points?",
    "TSIR membership renewal, not the instructor one — any points needed?",
])
def test_another_certificate_with_the_instructor_one_set_apart(question):
    assert _kind(question) == "other_certificate"


@pytest.mark.parametrize("question", [
    "how do I renew the TSIR instructor certificate? points needed?",
    "renewing the instructor certificate, not my radiology specialist one — how many points?",
    "指導老師證書換證要幾點？",
])
def test_the_instructor_certificate_itself_stays_ours(question):
    assert _kind(question) is None


@pytest.mark.parametrize("question", [
    "hospital-level random pull score — average of all pulled films across the whole hospital?",
    "facility sampled score — the average of every sampled image?",
    "at the hospital level, which image eval grades are rated? self-selected and random pulled both?",
])
def test_a_verbless_reading_put_up_for_confirmation_asks_yes_no(question):
    assert answer_kind(question) == "yes_no"


@pytest.mark.parametrize("piece", [
    "facility sampled score — what is it based on?",
    "continuing education hours for radiographers — annual?",
    "renewal — does it count?",
    "實地測試 — 幾項?",
])
def test_no_confirmation_read_where_a_question_word_a_verb_or_a_bare_word_asks(piece):
    assert not confirms_reading_en(piece)


@pytest.mark.parametrize("question", [
    "for the facility-level clinical image grade, what self-selected score gets us a B?",
    "what sampled average gets a radiographer an A?",
    "what self-selected score earns the facility a C?",
    "what score do we need to get an A on the phantom test?",
])
def test_the_score_a_grade_takes_asked_alone_is_the_rule(question):
    q = Query(question, today=TODAY)
    assert GRADE_THRESHOLD_ASKED.search(q.cues)
    assert asks_the_rule(q)


@pytest.mark.parametrize("question", [
    "what's the section on the radiographers cover? the techs, not the doctors",
    "what's the part about the reading physicians cover?",
])
def test_whats_the_part_cover_asks_its_items(question):
    assert ASKS_LIST.search(question)


def test_whats_without_cover_asks_no_list():
    assert not ASKS_LIST.search("what's the cap for the van radiographers?")
