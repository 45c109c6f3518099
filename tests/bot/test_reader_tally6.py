"""Classes of the blind development banks fixed by tally6 (issue 9), each tested with wording of our own
(zh-TW, zh-CN, en), never an eval question's."""

from __future__ import annotations

import pytest

from tests.bot.conftest import TODAY


# ---------------------------------------------------------------- a lifetime certificate with a birth date

@pytest.mark.parametrize(("question", "lifetime"), [
    ("Born 1964-03-02, applying today. Lifetime cert?", True),
    ("1964 年 3 月 2 日生，今天送件，可以拿終身證書嗎？", True),
    ("1964年3月2日出生，今天申请，能拿终身证书吗？", True),
    ("DOB 1970-05-01, I'll send the application today — lifetime certificate?", False),
])
def test_a_lifetime_certificate_with_a_birth_date_is_the_renewal_check(engine, question, lifetime):
    """Article 6's lifetime certificate is the TSIR renewal check even when 'instructor' is not said."""
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.text
    assert a.tool_calls[0].name == "tsir_renewal_check"
    assert a.tool_calls[0].result["lifetime_eligible"] is lifetime


def test_a_lifetime_certificate_without_an_application_date_is_asked(engine):
    a = engine.answer("Born 1966-01-10. Lifetime cert?", today=TODAY)
    assert a.route == "clarify" and not a.tool_calls


# ---------------------------------------------------------------- months spent at a medical centre

@pytest.mark.parametrize(("question", "months", "year"), [
    ("I spent 4 months at a medical centre in Tainan last year. Credits?", 4, 2025),
    ("去年在台中的醫學中心待了 3 個月，可以拿幾分？", 3, 2025),
    ("今年去医学中心呆了两个月，算几学分？", 2, 2026),
])
def test_months_spent_at_a_medical_centre_are_its_domestic_training(engine, question, months, year):
    """Months at a medical centre are 5.9's domestic training even without the word 'training' / 進修."""
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.text
    assert a.tool_calls[0].args["activities"] == [{"kind": "training_domestic", "months": months, "year": year}]


# ---------------------------------------------------------------- "gave the talk at one of them"

@pytest.mark.parametrize(("question", "meetings", "talks"), [
    ("This year I went to 4 monthly meetings and gave the talk at one of them. Credits?", 4, 1),
    ("Went to 6 monthly meetings this year and did the talk at 2 of those. How many credits?", 6, 2),
    ("Attended 3 monthly meetings in 2026; I delivered the talk at one. Credits?", 3, 1),
])
def test_the_talk_given_at_monthly_meetings_is_the_speakers_credit(engine, question, meetings, talks):
    """'gave / did / delivered the talk' is 5.2's speaker at a monthly meeting, never an unread number."""
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.text
    assert a.tool_calls[0].args["activities"] == [{"kind": "tsa_monthly_meeting", "count": meetings, "year": 2026},
                                                  {"kind": "tsa_monthly_speaker", "count": talks, "year": 2026}]


# ---------------------------------------------------------------- a set type's scores after a longer label

@pytest.mark.parametrize("question", [
    "Our hospital's self-selected sets: non-dense sets scored 355, 362 and 349, dense sets 371, 344 and 358. What's the facility grade?",
    "本院自選片：非緻密型各組的分數分別為 355、362、349，緻密型各組的分數分別為 371、344、358，機構評等？",
    "本院自选片：非致密型那几组的分数分别得了 355、362、349，致密型 371、344、358，机构评等几等？",
])
def test_set_scores_after_a_longer_label_are_that_breast_types(engine, question):
    """'non-dense sets scored 355, …' / '非緻密型各組的分數分別為 355、…': the set type's scores, however long the label."""
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.text
    assert a.tool_calls[0].args["scores"] == {"non_dense": [355, 362, 349], "dense": [371, 344, 358]}
    assert a.tool_calls[0].result["score_used"] == 362
