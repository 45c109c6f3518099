"""Routing and scope, twenty-second round (each class with phrasings of its own, not the eval questions').

Neighbours answered before, now refused:
- another profession's certificate renewed (專科護理師 / nurse practitioner certificate);
- a relative's or one's own examination report and how serious it is / where to be seen (a patient's question).
In scope, never refused: the class of societies article 5.3 itself names (臨床科別醫學會), "外面學會", and a society's CME talk
named only as the occasion of a question on our review's measure.

Rules questions sent to a calculator or a question back before:
- a per-year cap with its sum said between ("一年加起來最多", "the most … per year");
- two domains applied for at once (the rule's procedure);
- a review question whose seminar / credits words were read as a surgical tally;
- one self-selected score given and its band asked (the rule's table; the other set can only lower the grade).

A person's own case computed or asked back before answered by the rule:
- a review calculation given whole, the limit named among the figures asked of it;
- re-read numbers said to be in but not given (asked for);
- "work out our …" one's own figure, a fact of it missing (asked for).
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from bot.scope import foreign_target

TODAY = datetime.date(2026, 12, 2)


def _decision(question: str):
    return decide_calculation(Query(question, TODAY))


# ------------------------------------------------------------------ neighbours refused

@pytest.mark.parametrize("question", [
    "我是一般外科的專科護理師，證書明年到期要展延，需要多少積分？",
    "专科护理师证书换证要几个学分？外科学会的课算不算",
    "How many CE points does a surgical nurse practitioner need to renew the NP certificate — do TSA courses count?",
    "Do surgical physician assistants need CME credits to keep their certificate?",
])
def test_another_professions_certificate_renewal_is_refused(ask, question):
    a = ask(question)
    assert a.route == "out_of_scope", a.answer[:200]


@pytest.mark.parametrize("question", [
    "我阿姨的乳攝報告說有鈣化，要再追蹤，這樣嚴重嗎？",
    "我姐姐的检查结果写 BI-RADS 4，会不会是癌？要不要转院",
    "my mother's mammogram report mentions clustered calcifications and a 6-month recheck. is that serious, should she get a second opinion?",
    "My grandma got a category 4 on her screening, should she be worried?",
])
def test_a_relatives_report_and_its_seriousness_is_refused(ask, question):
    a = ask(question)
    assert a.route == "out_of_scope", a.answer[:200]
    assert foreign_target(question) == "clinical"


@pytest.mark.parametrize("question", [
    "我們的複判結果差異 60%，嚴重嗎？",
    "our follow-up completion rate report came back at 62%, how serious is the deduction?",
])
def test_our_own_review_results_are_no_patients_report(question):
    assert foreign_target(question) is None


# ------------------------------------------------------------------ in scope, never refused

@pytest.mark.parametrize("question", [
    "去年參加了外科專科醫師訓練課程基準裡臨床學科的醫學會年會兩次，都開兩天，可以認幾分？",
    "训练项目科别的医学会年会开一天，外科学会给几分？",
    "外面學會辦的研討會，一年最多可以認幾分？",
])
def test_article_5_3s_own_class_of_societies_is_ours(ask, question):
    a = ask(question)
    assert a.route != "out_of_scope", a.answer[:200]


@pytest.mark.parametrize(("question", "gold"), [
    ("I'm giving a CME lecture to the breast cancer society next month; below what follow-up completion rate does the deduction start?",
     "hpa-mammo/2.5"),
    ("要幫乳癌醫學會的學分課程備課，想確認追蹤完成率最低要多少才不會被扣款", "hpa-mammo/2.5"),
    ("I'm writing a CME module for the radiology society; what's the monthly cap per radiographer for screenings?",
     "hpa-mammo/2.1.2.3"),
    ("给乳腺医学会讲学分课，想确认追踪完成率低于多少会扣款", "hpa-mammo/2.5"),
])
def test_a_societys_cme_talk_beside_our_reviews_measure_is_ours(ask, question, gold):
    a = ask(question)
    assert a.route == "retrieval", a.answer[:200]
    assert any(c.id.startswith(gold) for c in a.citations)


@pytest.mark.parametrize("question", [
    "the breast cancer society's CME — how many credits does the re-read conference give?",
    "乳癌醫學會的學分，複判座談會能抵幾分？",
])
def test_a_societys_own_credits_asked_stay_refused(question):
    assert foreign_target(question) == "other_society"


@pytest.mark.parametrize("question", [
    "Would the TSA award credits for the oncology association's lecture night?",
    "Can I claim TSA points for the breast society's CME day?",
])
def test_whether_our_issuer_credits_another_societys_event_is_ours(question):
    assert foreign_target(question) is None


@pytest.mark.parametrize("question", [
    "how does the urology association calculate its own CME credits?",
])
def test_another_societys_own_credit_method_stays_refused(question):
    assert foreign_target(question) == "other_society"


# ------------------------------------------------------------------ rules questions, quoted

@pytest.mark.parametrize("question", [
    "非本會主辦的演講跟課程，每年合計最多可以認幾分？",
    "外院办的讲座，一年累积最多能算多少学分",
    "What's the most I can get per year from courses the TSA didn't organise?",
])
def test_a_yearly_cap_asked_with_its_sum_said_between_is_the_rules(ask, question):
    a = ask(question)
    assert a.route == "retrieval" and not a.tool_calls, a.answer[:200]
    assert any(c.id == "tsa-cme/5.12" for c in a.citations), [c.id for c in a.citations]


@pytest.mark.parametrize("question", [
    "Could I submit for tumour embolization plus RFA together in a single application?",
    "血管介入跟支架置放能不能一起送件？還是一次只能申請一個領域",
    "栓塞和消融可以同时申请吗",
])
def test_two_domains_applied_for_at_once_is_the_rules_procedure(ask, question):
    a = ask(question)
    assert a.route == "retrieval" and not a.tool_calls, a.answer[:200]
    assert any(c.id.startswith("tsir-instructor/2") for c in a.citations)


@pytest.mark.parametrize("question", [
    "Our image evaluation came back B, and the lead radiographer skipped the QC seminar (thought it only gave CME credits). What follows?",
    "機構臨床影像評估被評為C，負責醫師沒去品管研討會，以為只是拿學分的，會有什麼後果？",
    "我们临床影像评估拿到 C，负责放射师没参加品管讨论会（以为只是凑学分），后果是什么",
])
def test_a_review_question_is_never_a_surgical_tally(ask, question):
    a = ask(question)
    assert not any(c.name.startswith("tsa_") for c in a.tool_calls)
    assert a.pending_call is None or not a.pending_call.name.startswith("tsa_"), a.answer[:200]
    assert a.route == "retrieval", a.answer[:200]
    assert any(c.id.startswith("hpa-mammo/2.3") or c.id.startswith("hpa-mammo/2.2") for c in a.citations)


@pytest.mark.parametrize("question", [
    "放射師自選片有一組 347 分，這是什麼等級？",
    "our radiographer's self-selected set scored 362 — what grade is that?",
])
def test_one_self_selected_score_and_its_band_is_the_rules_table(ask, question):
    a = ask(question)
    assert a.route == "retrieval" and not a.tool_calls, a.answer[:200]
    assert any(c.id.startswith("hpa-mammo/2.1.2.2.1") for c in a.citations)


# ------------------------------------------------------------------ one's own case

@pytest.mark.parametrize(("question", "allowed"), [
    ("四位放射師都做滿 365 天，今年篩了 26,000 件，合理量、給付上限、超出幾件？", 26400),
    ("两位放射师全年在职，今年筛了一万三千件，上限多少？超过的有几件？", 13200),
])
def test_a_review_calculation_given_whole_computes_the_limit_asked(ask, question, allowed):
    a = ask(question)
    assert a.route == "calculator", a.answer[:200]
    assert a.tool_calls[0].name == "hpa_facility_volume"
    assert a.tool_calls[0].result["allowed_volume"] == allowed


@pytest.mark.parametrize("question", [
    "Dr Lee was sent to the reading seminar after the last review; her re-read numbers for this round are in. What happens now?",
    "上次審查判讀醫師已被要求參加座談會，這次的複判數據出來了，她會怎樣？",
    "上次后续审查已经要求她参加判片座谈会，这次复判数字出来了，会怎么样",
])
def test_reread_numbers_said_in_but_not_given_are_asked_for(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, a.answer[:200]
    assert a.pending_call.name == "hpa_reread_action"


def test_work_out_our_own_figure_with_a_fact_missing_asks_it():
    d = _decision("Could you calculate our completion rate and what we lose? 88 of the recalls finished their workup.")
    assert d is not None and d.route == "clarify" and d.extraction.tool == "hpa_followup_deduction"


@pytest.mark.parametrize("question", [
    "screening mammogram performed on 2026-08-20 — by when does the follow-up have to be finished?",
    "10/8 做篩檢的那位太太，要在多久以內完成追蹤？",
    "篩檢日 2026/9/30 的个案，多久内要完成追踪？",
    "pt screened 2026-07-14, BI-RADS ??? (chart not open yet), when is her recall due?",
])
def test_a_dated_screening_with_its_category_missing_asks_the_category(question):
    d = _decision(question)
    assert d is not None and d.route == "clarify", d
    assert d.extraction.tool == "hpa_followup_deadline"
    assert [n.key for n in d.extraction.needs][0] == "category"


@pytest.mark.parametrize("question", [
    "category 3 的個案要在多久內完成複檢？",
    "how long after screening does a category 0 recall have to be done?",
])
def test_the_period_of_a_category_with_no_date_stays_the_rules(question):
    assert _decision(question) is None


def test_a_colleague_away_earning_credits_is_no_other_professions_question(ask):
    # (a remark on someone's credits before a question on our review: the question is ours)
    a = ask("Our medical physicist is off earning CE points, so I'm asking instead: the QC field test gave one item a C from "
            "operator error — what must the responsible doctor do?")
    assert a.route != "out_of_scope", a.answer[:200]
