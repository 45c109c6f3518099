"""Round 51 (age51): a rough age or a month of birth in the question, made exact by the reply's dates.

1. An age the person states ("我快60了", "I'm almost 60", "我今年59") beside the birth date then read is the same fact said
   roughly when it is the age that date gives today or on a later date of the calculation (the filing day): read as such,
   never left unaccounted. An age that disagrees with the birth date is not read as it (below the line: shown not used).
2. A year with its month in words ("民國五十五年十一月出生") is that year's month, like "55年11月": the same fact as the reply's
   full birth date, no figure of its own.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import datetime

import pytest

from bot.ledger import _birth_age_agrees
from tests.bot.conftest import ask_and_reply, calculator_call

TODAY = datetime.date(2026, 11, 25)
LEAVES = [("birth_date", "1967-02-03"), ("application_date", "2027-03-01")]


def test_an_age_agreeing_with_the_birth_date() -> None:
    assert _birth_age_agrees(59, TODAY, LEAVES, []) == "birth_date"  # today
    assert _birth_age_agrees(60, TODAY, LEAVES, []) == "birth_date"  # on the filing day
    assert _birth_age_agrees(50, TODAY, LEAVES, []) is None
    assert _birth_age_agrees(60, TODAY, [("application_date", "2027-03-01")], []) is None  # no birth date read


# (question, reply with the dates, lifetime eligible)
ROUGH = [
    ("我快60了，指導老師證能不能直接申請終身的？", "1967/4/2 生，預計 2027/4/10 送件", True),
    ("I'm almost 60 — can I go for the lifetime instructor certificate instead of renewing?",
     "born 1966-12-20, applying 2027-01-10", True),
    ("我今年59，介入學會指導老師可以改成終身的嗎", "生日 1967/1/15，2027/1/20 申請", True),
    ("我民國五十六年三月出生，可以申請終身指導老師嗎", "生日56年3月15日，117年4月1日申請", True),
    ("我民國五十七年十二月出生，指導老師可以直接申請終身的嗎？", "57年12月8日生，預計116年2月1日送件", False),
]


@pytest.mark.parametrize(("question", "reply", "eligible"), ROUGH)
def test_a_rough_age_or_birth_month_is_made_exact_by_the_reply(engine, question: str, reply: str, eligible: bool) -> None:
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify", first.answer[:200]
    call = calculator_call(second, "tsir_renewal_check")
    assert call.result["lifetime_eligible"] is eligible, second.answer[:300]


def test_an_age_the_birth_date_contradicts_is_shown_not_used(engine) -> None:
    """(Below the line it stays the context it was before: shown as not used, never read as the birth date's age.)"""
    _, second = ask_and_reply(engine, "我今年50，指導老師證可以直接申請終身的嗎？", "生日 1960/1/1，2027/1/5 申請")
    assert any("50" in u for u in second.unused), second.unused
    assert not any(r.value == 50 for r in second.reading), second.reading

