"""Round 43 (cond43): a yes / no asked of the person's OWN figure, where the rules' clause makes the consequence turn on a fact
the question does not state — asked back (a question for the missing fact), never the clause's conditional consequence led
with as the person's yes.

1. A sanction (停判 / 停止判讀 / 停權 / stop reading / suspended) asked as a yes / no beside one re-read rate of one's own that
   does not decide it ("陽性差異55%，要停判嗎"): reading stops now only if the other rate is over its bound (丙) or the previous
   review already required the seminar (丁); 乙's "未參加者應停止判讀" is no yes. The re-read calculator asks the other rate.
   Near misses: the rule's bound asked with no figure of one's own ("複判差異超過60%會怎樣"), a rate that decides by itself
   (陰性 22%: 丙), a case supposed ("如果…"), the sanction's length ("停權多久") and its lifting ("怎麼恢復") stay as they were.
2. The instructor certificate's lifetime at 60 said in other words ("permanent", "永久有效", "終生") beside a birth year with no
   day ("Born 1966 … once you're 60 it's permanent — do I still have to collect points?"): whether one is 60 on the application
   day turns on the birth date and that day — both asked (tsir_renewal_check), never the surgical society's article 10 quoted
   with a "Yes". Near miss: the rule asked with no birth of one's own ("is it lifetime after 60?") stays the rules' answer.
Phrasings written for this test; the blind banks' questions are not among them.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


def _first(a) -> str:
    return a.answer.split("\n")[0]


_YES_NO = ("是：", "否：", "需要：", "不需要", "會：", "不會", "要：", "Yes", "No", "yes", "no:")

# ------------------------------------------------------------------------- 1. a sanction asked of one rate that does not decide it

SANCTION_OPEN = [
    ("陽性差異55%，要停判嗎", "negative_discrepancy_pct"),
    ("疑似陽性複判差異 52%，這樣需要停止判讀嗎？", "negative_discrepancy_pct"),
    ("阳性差异55%，是不是一定要停止判读", "negative_discrepancy_pct"),
    ("阴性复判差异 17%，会不会被停权？", "positive_discrepancy_pct"),
    ("陰性差異16%，醫師要停讀嗎？", "positive_discrepancy_pct"),
    ("Positive re-read discrepancy 55% — must the reader stop reading?", "negative_discrepancy_pct"),
    ("negative discrepancy 18%, will he be suspended?", "positive_discrepancy_pct"),
    ("Suspected-positive discrepancy 57%: does the radiologist have to stop reading now?", "negative_discrepancy_pct"),
]


@pytest.mark.parametrize(("question", "missing"), SANCTION_OPEN)
def test_sanction_of_one_rate_asks_the_other(ask, question: str, missing: str) -> None:
    a = ask(question)
    assert a.route == "clarify", (a.route, _first(a))
    assert any(m.startswith(missing) for m in a.missing), a.missing
    assert not _first(a).startswith(_YES_NO), _first(a)


# near misses: no figure of one's own, a rate deciding by itself, a case supposed, the length or the lifting asked
@pytest.mark.parametrize(("question", "route"), [
    ("複判差異超過60%會怎樣", "retrieval"),
    ("陽性個案複判差異超過60%，是馬上停判嗎？", "retrieval"),
    ("what happens when the positive discrepancy is over 60%?", "retrieval"),
    ("陰性差異22%，要停判嗎", "calculator"),
    ("上次後續審查已經被要求去參加座談會了，這次陽性差異又52%，會被停權多久？", "retrieval"),
    ("負面個案複判差異超過20%被停判了，之後要怎樣才能恢復判讀？", "retrieval"),
])
def test_sanction_near_misses_keep_their_route(ask, question: str, route: str) -> None:
    a = ask(question)
    assert a.route == route, (a.route, a.missing, _first(a))


def test_both_rates_still_computed(ask) -> None:
    a = ask("陽性差異55%，陰性10%，要停判嗎")
    assert a.route == "calculator"
    assert [t.name for t in a.tool_calls] == ["hpa_reread_action"]


# ------------------------------------------------------------------ 2. the lifetime certificate said in other words, birth year only

LIFETIME_OTHER_WORDS = [
    "Born 1966, renewing in 2026 … once you're 60 it's permanent — do I still have to collect points?",
    "Born in 1966, cert renews in 2026. Does it become permanent at 60, or do I still need the points?",
    "我1966年生，明年要換證，聽說滿60就永久有效，那我還需要集積分嗎？",
    "我是1966年出生的，2026年续证，听说满60岁就终生有效了，还要攒积分吗？",
    "民國55年次，指導老師證快到期了，60歲以後是不是就永久的？",
]


@pytest.mark.parametrize("question", LIFETIME_OTHER_WORDS)
def test_lifetime_in_other_words_asks_the_dates(ask, question: str) -> None:
    a = ask(question)
    assert a.route == "clarify", (a.route, _first(a))
    keys = [m.split(":")[0] for m in a.missing]
    assert "birth_date" in keys and "application_date" in keys, a.missing
    assert "tsa-cme/10" not in [c.id for c in a.citations]


# the rule's age recalled in Chinese with no 歲 ("聽說滿60就永久有效") is the rule's, not an unread figure: the reply completes it
@pytest.mark.parametrize(("question", "reply", "lifetime"), [
    ("我1966年生，明年要換證，聽說滿60就永久有效，那我還需要集積分嗎？", "1966年12月20日生，2026年11月1日申請", False),
    ("我1966年生，指導老師證要換了，聽說滿60就可以終身？", "1966年3月2日生，2026年4月1日申請", True),
    ("我1966年出生，指导老师证明年换证，听说满60以后就终身了？", "1966年3月2日生，2026年4月1日申请", True),
])
def test_rule_age_recalled_then_dates_computed(engine, question: str, reply: str, lifetime: bool) -> None:
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify", (first.route, _first(first))
    assert second.route == "calculator", second.answer[:200]
    call = next(t for t in second.tool_calls if t.name == "tsir_renewal_check")
    assert call.result["lifetime_eligible"] is lifetime


@pytest.mark.parametrize("question", [
    "IR instructor certificate: is it lifetime after 60?",
    "指導老師證書滿60歲是不是就永久有效？",
    "Does the instructor certificate become permanent once you're 60?",
])
def test_lifetime_rule_without_own_birth_stays_rules(ask, question: str) -> None:
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.missing)
    assert "tsir-instructor/6" in [c.id for c in a.citations][:2]
