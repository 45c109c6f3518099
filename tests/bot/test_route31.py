"""Scope and routing, round 31 (SPEC §3, issue 9): the ATLS course's co-organisers' own certificate or renewal asked (the
emergency, trauma or critical-care board's rules) refused, while the course our rule credits stays ours; a society named after
the meeting it hosts ("the annual meeting of the X association") is the meeting our credits count; a leave beside one of our
review's measures said in English (the reasonable volume, a re-read discrepancy) is our review's question, not the employer's.
Wordings are our own (zh-TW, zh-CN, en), not the eval questions.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.scope import out_of_scope_marker

TODAY = datetime.date(2026, 11, 25)


# The ATLS hosts' (or an emergency physician's) own certificate, renewal or rules: that board's, never our 第五條第十三款.
@pytest.mark.parametrize("question", [
    "Under the emergency medicine society's renewal rules, how many points is teaching ATLS worth?",
    "Does the trauma society's recertification give credit for ATLS instructor teaching?",
    "I teach ATLS as an instructor. Does the emergency medicine association's board renewal accept it?",
    "Double-boarded in emergency medicine here — does ATLS count for my EM board recertification?",
    "急救加護醫學會的專科換證，ATLS 當講師可以算幾分？",
    "外傷醫學會的專科醫師展延，上ATLS算幾分？",
    "急诊专科医师证书换证，ATLS 教官算几分？",
])
def test_the_atls_hosts_own_renewal_is_refused(engine, question):
    assert out_of_scope_marker(Query(question, TODAY)) in ("other_society", "other_certificate")
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "out_of_scope"
    assert not answer.citations and not answer.tool_calls


# The course itself, run with those societies, credited by our rule: ours.
@pytest.mark.parametrize("question", [
    "ATLS run by the trauma society and the emergency medicine society — how many TSA credits?",
    "參加外傷醫學會跟急救加護醫學會合辦的 ATLS，外科積分幾分？",
    "I taught ATLS as an instructor this year, how many points?",
])
def test_the_atls_course_itself_stays_ours(engine, question):
    answer = engine.answer(question, today=TODAY)
    assert answer.route in ("retrieval", "calculator")
    assert any(c.id == "tsa-cme/5.13" for c in answer.citations)


# The society named after the meeting it hosts: the specialty annual meeting our credits count (第五條第三款).
@pytest.mark.parametrize("question", [
    "one-day annual meeting of the orthopaedic association, how many points?",
    "How many credits for the yearly congress of the plastic surgery society if it runs one day?",
    "single-day annual meeting hosted by the urology association — points?",
])
def test_a_society_named_after_its_meeting_is_our_meeting_credit(engine, question):
    assert out_of_scope_marker(Query(question, TODAY)) is None
    answer = engine.answer(question, today=TODAY)
    assert answer.route != "out_of_scope"
    assert any(c.id.startswith("tsa-cme/5.3") for c in answer.citations)


# That society's own rules asked: still refused.
@pytest.mark.parametrize("question", [
    "What are the urology association's own CME rules for renewal?",
    "How many points does the orthopaedic association require for its board renewal?",
])
def test_the_societys_own_rules_stay_refused(question):
    assert out_of_scope_marker(Query(question, TODAY)) is not None


# A leave (maternity, study, sick) beside our review's measure said in English: our volume or re-read rule, not the employer's.
@pytest.mark.parametrize("question", [
    "one radiographer took 3 months of maternity leave; 2 others worked the full year, 14,000 screenings. over the reasonable volume?",
    "Our second rad tech was on sick leave half the year — does that lower our reasonable volume?",
    "the reader was on study leave for months; her negative re-read discrepancy is 16%, what happens?",
])
def test_a_leave_beside_our_review_measure_is_ours(engine, question):
    assert out_of_scope_marker(Query(question, TODAY)) is None
    assert engine.answer(question, today=TODAY).route != "out_of_scope"


# The leave or the pay asked alone: the employer's.
@pytest.mark.parametrize("question", [
    "Is my maternity leave paid?",
    "Does the hospital pay my salary while on study leave abroad?",
    "产假期间薪水怎么算？",
])
def test_a_leave_asked_alone_is_refused(question):
    assert out_of_scope_marker(Query(question, TODAY)) == "employment"


# The rule's maximum or minimum asked (a max said short, the minimum years or cases, 要多少年才夠), figures of one's own beside it:
# the rule quoted, never a clarify for facts the ask does not need.
@pytest.mark.parametrize(("question", "cited"), [
    ("3 SCI papers as first author this year, any max per year on paper credits?", "tsa-cme/5"),
    ("Wrote 5 papers this year (2 SCI, 3 local). Is there a max on the publication points per year?", "tsa-cme/5"),
    ("Board certified in radiology 6 years, all IR. What's the minimum years of experience to be an instructor?", "tsir-instructor/1"),
    ("放射專科拿了5年，要多少年才夠申請指導老師？", "tsir-instructor/1"),
    ("我拿放射专科证书快6年了，一直在做介入，指导老师要多少年才够？", "tsir-instructor/1"),
])
def test_the_rules_max_or_minimum_asked_beside_own_figures_is_the_rule(engine, question, cited):
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "retrieval"
    assert any(c.id.startswith(cited) for c in answer.citations)


# One's own total asked (with the cap applied): still the calculation.
@pytest.mark.parametrize("question", [
    "I have 3 SCI first-author papers; what's my total credits this year, with the cap?",
    "3 SCI papers as first author this year. how many points total?",
])
def test_ones_own_total_stays_a_calculation(engine, question):
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "calculator"
    assert [c.name for c in answer.tool_calls] == ["tsa_credit_tally"]


# Numbered parts whose shared fact and question come after the last, in a sentence of their own ("(b) … 85 例。專科第 11 年。
# 兩項各自過不過？"), the parts counted before 各自 ("兩項各自"): every part takes the fact and the question; the count is no figure.
@pytest.mark.parametrize(("question", "verdicts"), [
    ("想一次申請兩項：(a)腫瘤栓塞 TACE 280、TARE 30；(b)膽道+泌尿道支架總共85例。專科第11年。兩項各自過不過？", [True, False]),
    ("(1) 腫瘤栓塞 320 例 (2) 消融 200 例。專科 10 年。這兩項都可以申請嗎？", [True, True]),
    ("(1) 肿瘤消融 190 例 (2) 非肿瘤栓塞 90 例。专科 8 年。两项各自能申请吗？", [True, False]),
    ("(a) tumour embolization 310 cases (b) ablation 150 cases. 9 yrs as a specialist. Can I apply for each?", [True, False]),
])
def test_a_shared_tail_after_the_last_part_is_every_parts(engine, question, verdicts):
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "calculator"
    assert len(answer.parts) == 2
    for part, eligible in zip(answer.parts, verdicts):
        assert [c.name for c in part.tool_calls] == ["tsir_instructor_eligibility"]
        assert part.tool_calls[0].result["eligible"] is eligible
