"""Round 27, known classes left from the last rounds (issue 9): each class covered by several phrasings (zh-TW, zh-CN,
en) written for these tests, through the real engine and the real index."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply as _ask


# Class 1: one's birth said without its day — a year, a year and a month, the ROC year, 年次, English — and the lifetime
# certificate (or whether renewing is still needed) asked. The verdict turns on the age on the application day, so the
# birth date and that day are asked back: never the rule's "可以" / "不需要" quoted as the person's answer.
@pytest.mark.parametrize("question", [
    "我1966年3月出生，可以申請終身指導老師證書嗎？",
    "我是民國55年3月生，還需要換證嗎？",
    "我66年次，可以申請終身嗎？",
    "我55年次的，指導老師證還要繼續換證嗎？",
    "我1966年生，明年可以申請終身證書嗎？",
    "出生年月 1966/03，想申請終身指導老師證書，可以嗎？",
    "我1966年出生，终身指导老师证书现在能申请吗？",
    "I was born March 1966, can I get the lifetime instructor certificate?",
    "I was born in 03/1966, am I eligible for the lifetime instructor certificate?",
    "Born 1966 — lifetime instructor certificate possible?",
])
def test_a_birth_without_its_day_asks_for_the_dates(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert any(m.startswith("birth_date") for m in a.missing), a.missing
    first = a.answer.splitlines()[0]
    assert not first.startswith(("可以", "不需要", "需要", "Yes", "No")), first


def test_a_full_birth_date_is_still_calculated(engine):
    """A birth date with its day and the application day said: the check itself, no question back."""
    a = _ask(engine, "我是1966年3月15日生，今天申請終身指導老師證書可以嗎？")
    assert a.route == "calculator", a.answer[:200]
    assert a.tool_calls[0].result["lifetime_eligible"] is True


def test_a_birth_year_beside_another_certificate_is_not_the_instructors(engine):
    """Renewing asked of the surgical certificate with a birth year: no instructor lifetime question back."""
    a = _ask(engine, "我1970年生，外科專科醫師證書還需要換證嗎？")
    assert not any(m.startswith("birth_date") for m in a.missing), a.missing
    assert not any(c.name == "tsir_renewal_check" for c in a.tool_calls)


def test_the_dates_in_a_reply_complete_the_lifetime_check(engine):
    first, final = _ask(engine, "我66年次，可以申請終身指導老師嗎？", "1977年5月2日出生，申請日 2026-12-01")
    assert first.route == "clarify"
    assert final.route == "calculator", final.answer[:200]
    assert final.tool_calls[0].result["lifetime_eligible"] is False
