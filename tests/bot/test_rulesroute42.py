"""Round 42 (rulesroute42): rules questions sent to a calculator, or answered from the wrong regulation. Each class with
phrasings written for this test (zh-TW, zh-CN, English) beside the development question, and near misses that must not
change:

1. The rule's threshold or amount asked, no figure of one's own to compute with: the bound asked with its unit unsaid
   ("差異超過多少就停權", "高於多少要停止判讀", "到多少會直接停權", "over what discrepancy") after one's review history
   ("上次已被要求參加座談會") is the rule's tier (丁: 50% / 15%), not a question back for one's own discrepancies; the
   reduction of the renewal requirement asked as "reduce what I need" / "cut down the amount I need" is 5.14's 100 a year.
   Near misses: one's own discrepancy stated stays the calculation; the six yearly credits stated stay the renewal check.
2. A message asking several things answers each from the regulation the message is about: "application fee the first time
   … replacement cert" is the instructor certificate's 第八條第二款 throughout, never joined with the surgical society's
   fee for an event's credits (4.3). Near misses: the event's credit application fee stays 4.3.
(Class 3 of the brief, one item's worth toward the instructor's renewal, was left to the calculator: see the round's
report — tests/bot/test_reader_classes.py pins the role read from such a question, which the rules line would not.)
"""

from __future__ import annotations

import pytest

from evals.first_line import first_line


def _ids(a) -> list[str]:
    return [c.id for c in a.citations]


# ── 1. the threshold asked ──

BOUND_ASKED = [
    "前一次審查已經被要求去參加判片座談會了，這次陰性複判差異超過多少會立刻停權？",
    "之前被要求参加过座谈会，这次阴性复判差异高于多少就要停止判读？",
    "上次审查已经要求去参加判片座谈会了，这次阳性复判差异到多少会直接停权？",
    "已經被要求參加座談會的醫師，這次複判差異超過幾%會被停權？",
    "We were already told at the last review to attend the case conference; this round, over what positive discrepancy "
    "does the reader get suspended right away?",
]


@pytest.mark.parametrize("question", BOUND_ASKED)
def test_bound_asked_after_ones_history_is_the_rules_tier(question, ask):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:160])
    assert "hpa-mammo/2.1.1.2.4" in _ids(a)[:2], _ids(a)
    assert "50" in first_line(a.answer) and "15" in first_line(a.answer), first_line(a.answer)


OWN_DISCREPANCY = [
    ("上次已被要求參加座談會，這次陽性複判差異55%，會被停權嗎？", "會"),
    ("上次已经被要求参加座谈会，这次阴性复判差异18%，会直接停权吗？", "會"),
]


@pytest.mark.parametrize(("question", "lead"), OWN_DISCREPANCY)
def test_own_discrepancy_stays_the_calculation(question, lead, ask):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.answer[:160])
    assert first_line(a.answer).startswith(lead), first_line(a.answer)


REDUCTION_ASKED = [
    "I'll be posted with a government medical mission overseas for 2 yrs. can that time reduce what I need for my "
    "surgical board cert renewal? how much",
    "Going abroad with a medical mission for one year - does that cut down the amount I need to renew my surgical "
    "specialist certificate, and by how much?",
    "my overseas medical mission lasts 3 years; will it lower what we have to earn for the surgery board renewal? how much",
    "参加驻外医疗团两年，外科专科证书展延的积分能扣抵多少？",
]


@pytest.mark.parametrize("question", REDUCTION_ASKED)
def test_reduction_of_what_one_needs_is_the_rules(question, ask):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:160])
    assert "tsa-cme/5.14" in _ids(a)[:2], _ids(a)


def test_reduction_beside_ones_yearly_credits_stays_the_renewal_check(ask):
    a = ask("posted overseas with the medical mission for 2 years, my six yearly credits were 100, 90, 80, 70, 60, 50 - "
            "can I renew?")
    assert a.route == "calculator", (a.route, a.answer[:160])
    assert a.tool_calls[0].name == "tsa_renewal_check"


# ── 2. the message's regulation ──

CERT_FEES = [
    "Is there an application fee the first time? and how much to get a replacement cert if I lose mine",
    "Do I pay an application fee the first time I apply? And what does it cost to reissue a lost certificate?",
    "Any application fee for the first round? And replacing a lost certificate, how much?",
    "每申請一次要收費嗎？證書遺失補發的費用呢？",
    "Is there a fee for each application? How much for a replacement cert?",
    "第一次申请要交申请费吗？证书丢了补发要多少钱？",
]


@pytest.mark.parametrize("question", CERT_FEES)
def test_certificate_fees_keep_to_the_instructor_rules(question, ask):
    a = ask(question)
    line = first_line(a.answer)
    assert a.route == "retrieval", (a.route, a.answer[:160])
    assert _ids(a)[0] == "tsir-instructor/8.2", _ids(a)
    assert "tsa-cme/4.3" not in line and "1,000" not in line and "第四條" not in line, line
    assert "200" in line, line


EVENT_FEES = [
    "申請積分認定要收費嗎？外科部主任簽名可以免費嗎？",
    "how much does it cost to apply for credit recognition for our symposium? is it free if the chief of surgery signs?",
]


@pytest.mark.parametrize("question", EVENT_FEES)
def test_event_credit_fee_stays_the_surgical_rule(question, ask):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:160])
    assert _ids(a)[0] == "tsa-cme/4.3", _ids(a)
    assert "1,000" in first_line(a.answer), first_line(a.answer)
