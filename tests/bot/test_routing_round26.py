"""Routing and scope, round 26 (phrasings of our own, not the eval questions').

Out of scope, never answered with our rules (SPEC §3):
- another health profession's own continuing education, hours or licence, the profession said by its short name
  (專師 / 專護 for the nurse practitioner, NP, RN, PA) — the MOHW's rules on practice registration, not ours.
Still ours: the review's readers' and radiographers' continuing-education hours, a surgeon's credits; a procedure's drug
word beside our measure (drug-eluting beads and the case count); the radiology certificate's years counted for our
instructor; 指導醫師 renewed with the instructor's items; the instructor rule's own fees (first review, a lost certificate).
The rule's, not a calculation: the share of the subsidy cut asked with the rate is computed from the rate alone (only
money asks the subsidy's total); a posting's reduction of the renewal credits; the bar one must reach, a hedge beside it;
the cap asked after a vague count and a period in another unit ("好幾篇…加起來一年最多").
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from bot.scope import foreign_target, out_of_scope_marker
from bot.vague import settle_vague

TODAY = datetime.date(2026, 12, 3)


def _route(question: str) -> str | None:
    d = decide_calculation(Query(question, TODAY))
    return d.route if d else None


@pytest.mark.parametrize("question", [
    "專師一年的繼續教育時數要修滿幾小時？",
    "我們病房的專護(NP)繼續教育點數怎麼算？",
    "专师(NP)继续教育学时每年要多少？",
    "我是外科專師，積分要怎麼累積才能換證？",
    "How many CE hours a year does an NP need?",
    "our NP's continuing education hours — how many per year?",
    "what CE credits must an RN collect to renew?",
])
def test_another_professions_own_ce_is_out_of_scope(question: str) -> None:
    assert foreign_target(question) == "licence"


@pytest.mark.parametrize("question", [
    "判讀醫師的繼續教育時數一年要幾小時？",
    "放射師的繼續教育時數沒補齊會怎樣？",
    "How many CME hours does a reading physician need for the HPA review?",
    "外科專科醫師一年要幾個積分？",
    "外科专科医师证书展延要多少学分？",
])
def test_our_readers_and_surgeons_stay_in_scope(question: str) -> None:
    assert foreign_target(question) is None


# The share of the subsidy cut, asked with the rate ("扣多少補助", "how much of the subsidy gets docked"): the band's % of the
# year's subsidy, computed — no subsidy total asked; money itself ("多少錢", "how many dollars") still asks the total.
@pytest.mark.parametrize(("question", "rate"), [
    ("完成率 71%，補助款會被扣多少？", 71),
    ("今年陽追完成率 66%，要扣掉多少補助？", 66),
    ("追踪完成率 62%，补助会被砍多少？", 62),
    ("with 73% follow-up completion, how much of our yearly subsidy is withheld?", 73),
])
def test_the_share_of_the_subsidy_cut_is_computed_from_the_rate(question: str, rate: int) -> None:
    d = decide_calculation(Query(question, TODAY))
    assert d is not None and d.route == "calculator" and d.extraction.tool == "hpa_followup_deduction"
    assert d.extraction.args["completion_rate_pct"] == rate


@pytest.mark.parametrize("question", [
    "完成率 71%，會被扣幾塊錢？",
    "追踪完成率 66%，实际扣款金额多少？",
    "follow-up completion 69% — how much money will the HPA take back?",
])
def test_money_itself_asks_the_subsidy_total(question: str) -> None:
    d = decide_calculation(Query(question, TODAY))
    assert d is not None and d.route == "clarify"
    assert [n.key for n in d.extraction.needs] == ["annual_subsidy"]


# How much a posting (a medical mission, an outlying island) takes off the renewal's credits, asked with no yearly credits
# of one's own ("換證積分可以抵多少", "展延要的積分…可以少一點嗎"): the rule's proportional reduction (第五條第十四款), no
# calculation asking for six years of credits.
@pytest.mark.parametrize("question", [
    "駐外醫療團去了 18 個月，換證的學分能折抵幾分？",
    "我要去醫療團一年半，專科展延積分可以少多少？",
    "明年跟医疗团出去两年，换证积分可以抵多少？",
    "去離島服務兩年，展延要的積分會怎麼算？可以少一點嗎",
])
def test_a_postings_reduction_of_the_renewal_credits_is_the_rules(question: str) -> None:
    assert _route(question) is None


def test_a_postings_reduction_with_ones_own_years_is_still_computed() -> None:
    assert _route("駐外醫療團 12 個月，六年積分 100、90、80、100、95、85，換證積分可以抵多少？夠不夠展延？") == "calculator"


# The bar one must reach asked, a hedge about one's own value beside it ("今年好像偏低", "looks a bit low"): the rule's
# threshold, no figure of one's own asked back; the deduction of one's own vague rate is still asked back.
@pytest.mark.parametrize("question", [
    "今年完成率好像偏低，要到多少才不會被扣？",
    "我們陽追完成率感覺有點低，要達到幾趴以上才不會扣補助？",
    "复判差异好像偏高，要低于多少才不用去座谈会？",
    "抽選片分數好像偏低，平均要幾分以上才算A？",
    "our rate looks a bit low this year - what rate do we need to avoid a deduction?",
])
def test_the_threshold_asked_beside_a_hedge_is_the_rules(question: str) -> None:
    assert _route(question) is None


@pytest.mark.parametrize("question", [
    "完成率好像偏低，會被扣多少？",
    "Our follow-up completion was kinda low this year, how much will HPA deduct?",
])
def test_ones_own_vague_rate_deduction_is_still_asked_back(question: str) -> None:
    assert _route(question) == "clarify"


# A clinical word that only names the procedure beside one of our measures asked ("drug-eluting beads … case count", "藥物
# 塗層…算不算個案數"): the measure is ours; a patient's drug asked alone stays clinical.
@pytest.mark.parametrize("question", [
    "DEB-TACE with drug-eluting beads — does it count toward the tumor embolization case count?",
    "drug-coated balloon angioplasty: how many cases for the vascular instructor?",
    "用藥物釋放微球做的栓塞，算不算指導老師的個案數？",
    "TACE (drug eluting beads) 的病例數要求是多少？",
])
def test_a_procedures_drug_word_beside_our_measure_is_in_scope(question: str) -> None:
    assert out_of_scope_marker(Query(question, TODAY)) is None


@pytest.mark.parametrize("question", [
    "what drugs should she take after TACE?",
    "TACE 之後病人要吃什麼藥？",
])
def test_a_patients_drug_stays_clinical(question: str) -> None:
    assert out_of_scope_marker(Query(question, TODAY)) == "clinical"


# The radiology specialist certificate's years counted for an interventional domain: our instructor rule's seniority; the
# radiology board's own certificate renewal stays another body's.
@pytest.mark.parametrize("question", [
    "拿到放射科專科證書 9 年，近六年栓塞 320 例，可以申請嗎？",
    "放射線專科證書滿八年了，消融做了 200 例，夠申請消融那類嗎",
    "放射线专科证书拿了十年，引流跟切片加起来 300 例，能申请吗？",
])
def test_the_radiology_certificates_years_for_our_instructor_are_ours(question: str) -> None:
    assert foreign_target(question) is None


@pytest.mark.parametrize("question", [
    "放射線專科證書展延要幾分？",
    "放射科專科證書拿了 8 年，換證要多少積分？",
])
def test_the_radiology_boards_own_certificate_stays_foreign(question: str) -> None:
    assert foreign_target(question) is not None


# 指導醫師 (what users may call our instructor) renewed with the instructor's renewal items (lectures, moderating, oral
# presentations, papers): our instructor's renewal, computed; another society's 指導醫師 stays foreign.
@pytest.mark.parametrize("question", [
    "指導醫師證要換了：國際會議座長 2 次、國內口頭報告 3 次，夠嗎？",
    "換指導醫師證書，國外演講 4 次加國外壁報 1 次，總共幾分？",
])
def test_a_bare_instructor_title_renewed_with_our_items_is_ours(question: str) -> None:
    assert foreign_target(question) is None
    d = decide_calculation(Query(question, TODAY))
    assert d is not None and d.extraction.tool == "tsir_renewal_check"


def test_another_societys_instructor_stays_foreign() -> None:
    assert foreign_target("超音波醫學會的指導醫師換證，演講算幾分？") is not None


# The instructor rule's own fees (第八條: the first review free, a lost certificate reissued for a fee), said with words
# between ("the first instructor review", "lost my cert … a replacement", "證書遺失"): ours, not the NHI's billing.
@pytest.mark.parametrize("question", [
    "is there a fee for the first instructor review? and if I lose my certificate, what's a new one cost?",
    "I misplaced my instructor cert — how much for a replacement?",
    "指導老師證書弄丟了，補一張要多少錢？",
    "指导老师证书遗失了要怎么补？要钱吗",
])
def test_the_instructor_rules_own_fees_are_ours(engine, question: str) -> None:
    a = engine.answer(question, today=TODAY)
    assert a.route == "retrieval", a.answer
    assert "tsir-instructor/8.2" in [c.id for c in a.citations]


# A vague count followed by a period in another unit ("好幾篇…加起來一年最多"): the period is the cap's, never the count
# restated — the vague words stay, and the cap asked is the rule's; a restatement in the count's own unit still settles.
@pytest.mark.parametrize("text", [
    "今年論文投了好幾篇，合起來一年最多可以認幾分？",
    "演講講了好幾次，加起來一年上限多少分？",
    "发了好几篇论文，加起来一年最多能算几分？",
])
def test_a_period_after_a_vague_count_does_not_settle_it(text: str) -> None:
    assert settle_vague(text) == text


@pytest.mark.parametrize(("text", "settled"), [
    ("座長當了好幾次，一共 4 次", "4 次"),
    ("出國研習好幾個月，總共 5 個月", "5 個月"),
])
def test_a_restatement_in_the_counts_own_unit_still_settles(text: str, settled: str) -> None:
    assert settled in settle_vague(text) and "好幾" not in settle_vague(text)


def test_the_cap_asked_beside_a_vague_count_of_two_kinds_is_the_rules(engine) -> None:
    a = engine.answer("今年發了好幾篇論文，SCI 跟非 SCI 都有，加起來一年最多能認幾分？", today=TODAY)
    assert a.route == "retrieval", a.answer
