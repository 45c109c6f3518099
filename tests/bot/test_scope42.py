"""Round 42 scope classes (SPEC §3), phrasings of our own (none is from a blind bank; the development questions that found them
are in evals/blind and evals/cases/rules_blind41_spent.yaml):

1. Another breast modality's QC (breast ultrasound, "the US unit", breast MRI, tomosynthesis — none of which the HPA text names)
   asked in a clause of its own, the mammography review named only as the occasion ("the HPA auditors are coming for the
   mammography review", "乳攝後續審查快到了，順便問一下…"): out of scope with a pointer of its own (`other_breast_modality_qc`). A
   clause asking the mammography unit's QC keeps the question ours (its mammography part is answered), and a follow-up
   ultrasound counted in our completion rate is ours.
2. The radiology board's own specialist certificate renewed, said in English with the verb first ("renew my radiology specialist
   board certificate", "recertify my radiology boards"), or named while the instructor certificate is set aside ("not the IR
   instructor one"): that board's rules — never article 5 of the instructor certificate. Radiology specialist points asked for
   the instructor renewal, and the specialist certificate as an eligibility condition, stay ours.
3. In scope, refused before: a residency or fellowship named only as when the years began ("3.5 years out of radiology
   residency", "住院醫師畢業 4 年", "fellowship 結束後 5 年") in an instructor-eligibility question — read as the years as a specialist,
   said so; and how the review or application documents are sent ("審查資料要怎麼送？可以email嗎還是要寄紙本"): article 8(3).
   A residency programme's own terms (its length, rotations, a board exam after it) stay refused.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.scope import POINTERS, out_of_scope_marker


def _cited(a):
    return [c.id for c in a.citations]


# ---------------------------------------------------------------- 1. another breast modality's QC, mammography the occasion

OTHER_BREAST_MODALITY_QC = [
    "乳攝後續審查快到了，順便問一下乳房超音波的假體測試及格標準是多少？",
    "乳摄后续审查要来了，我们的乳腺超声质控要做哪些项目？",
    "For the mammography review next month, do we also need to run QC on our breast MRI? What are the MRI QC pass criteria?",
    "國健署來做乳攝審查時，斷層合成（tomosynthesis）的品管測試標準是什麼？",
    "The mammo follow-up review is coming; what QC does our DBT unit need, and what's the phantom pass mark for tomosynthesis?",
    "HPA is visiting for our mammography follow-up review. Separately, how often must the US unit get a phantom check?",
]


@pytest.mark.parametrize("question", OTHER_BREAST_MODALITY_QC)
def test_another_breast_modalitys_qc_is_refused_beside_the_mammography_review(ask, question):
    a = ask(question)
    assert a.route == "out_of_scope", (a.route, a.answer[:200])


@pytest.mark.parametrize("question", OTHER_BREAST_MODALITY_QC[:4])
def test_another_breast_modalitys_qc_points_to_its_own_standards(question):
    kind = out_of_scope_marker(Query(question))
    assert kind == "other_breast_modality_qc"
    zh, en = POINTERS[kind]
    assert "超音波" in zh and "ultrasound" in en


@pytest.mark.parametrize(("question", "clause"), [
    ("What are the phantom test pass criteria for our mammography unit? And for the ultrasound?", "hpa-mammo/2.2.1.1"),
    ("乳攝機的假體測試幾分及格？超音波的也一樣嗎", "hpa-mammo/2.2.1.1"),
    ("乳攝實地測試假體 80 分、劑量 90 分，是什麼等第", "hpa-mammo/2.2.1.1"),
])
def test_the_mammography_units_qc_asked_beside_it_stays_ours(ask, question, clause):
    a = ask(question)
    assert a.route in ("retrieval", "calculator"), (a.route, a.answer[:200])
    assert clause in _cited(a)[:3], _cited(a)


@pytest.mark.parametrize("question", [
    "疑似陽性個案做了乳房超音波，算追蹤完成嗎",
    "Does a follow-up ultrasound count toward our follow-up completion rate for the mammography review?",
])
def test_an_ultrasound_counted_in_our_follow_up_stays_ours(ask, question):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    assert any(c.startswith("hpa-mammo/") for c in _cited(a)[:3]), _cited(a)


# ---------------------------------------------------------------- 2. the radiology board's own certificate renewed

@pytest.mark.parametrize("question", [
    "What do I need to recertify my radiology boards?",
    "My radiology boards expire in 2027; what do I need?",
    "I need to renew my radiology board certificate next year — how many credits, and do interventional meetings count?",
    "My radiology specialist certificate (not the instructor one) expires soon, how many points?",
    "放射科專科醫師證書換證要多少積分？（不是指導老師那張）",
    "放射科专科医师证书换证要多少学分？不是指导老师证书",
    "我的放射線專科醫師證書要換證了，需要幾分？不是問介入指導老師的",
])
def test_the_radiology_boards_own_renewal_is_refused(ask, question):
    a = ask(question)
    assert a.route == "out_of_scope", (a.route, a.answer[:200])
    assert not a.citations


@pytest.mark.parametrize(("question", "clause"), [
    ("How many radiology specialist education points do I need to renew my IR instructor certificate?", "tsir-instructor/5"),
    ("指導老師證書換證需要多少放射線專科醫師教育積分？", "tsir-instructor/5"),
    ("Do I need a valid radiology specialist certificate to apply as instructor?", "tsir-instructor/1.1"),
    ("Is the instructor certificate renewal the same as renewing my radiology specialist certificate?", "tsir-instructor/5"),
])
def test_radiology_specialist_words_for_our_certificate_stay_ours(ask, question, clause):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    assert clause in _cited(a)[:3], _cited(a)


def test_not_yet_an_instructor_is_no_certificate_set_aside(ask):
    a = ask("放射線專科醫師證書拿了 10 年，目前還不是指導老師，想申請血管介入指導老師，要什麼條件")
    assert a.route != "out_of_scope", a.answer[:200]
    assert any(c.startswith("tsir-instructor/") for c in _cited(a)), _cited(a)


# ---------------------------------------------------------------- 3. a residency named only as when the years began

@pytest.mark.parametrize(("question", "domain", "years", "eligible"), [
    ("Five years post-residency, 100 ablations — eligible for the tumour ablation instructor certificate?", "ablation", 5, False),
    ("规培结束已经 4 年了，血管介入 90 例，能申请指导老师吗", "vascular_intervention", 4, False),
    ("住院医师毕业 9 年，消融 150 例，可以申请消融指导老师吗", "ablation", 9, False),
    ("10 years after my residency, 200 ablations in the last six years — can I apply as an ablation instructor?", "ablation", 10, True),
    ("住院醫師訓練完成後已經 9 年，近六年消融 200 例，可以申請消融指導老師嗎", "ablation", 9, True),
])
def test_years_since_residency_are_read_as_the_specialists_years(ask, question, domain, years, eligible):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.answer[:200])
    call = a.tool_calls[-1]
    assert call.name == "tsir_instructor_eligibility"
    assert call.args["domain"] == domain and call.args["years_as_specialist"] == years, call.args
    assert call.result["eligible"] is eligible
    assert any("residency" in s or "住院醫師" in s for s in a.assumptions), a.assumptions


@pytest.mark.parametrize("question", [
    "I finished my radiology residency 6 years ago and have 120 embolizations in the last six years — can I be an instructor?",
    "fellowship 結束後 5 年，栓塞做了 120 例，能當指導老師嗎？",
    "住院醫師畢業 4 年，近六年非血管介入 80 例，可以申請指導老師嗎",
])
def test_a_residency_as_the_start_of_the_years_is_no_residency_question(ask, question):
    a = ask(question)
    assert a.route in ("calculator", "clarify", "retrieval"), (a.route, a.answer[:200])
    assert any(c.startswith("tsir-instructor/") for c in _cited(a)), _cited(a)


@pytest.mark.parametrize("question", [
    "How many years after residency do I need before I can apply as an instructor?",
    "住院醫師畢業後幾年可以申請指導老師？",
    "住院医师毕业几年才能申请指导老师",
])
def test_the_years_after_residency_asked_for_our_certificate_are_article_1(ask, question):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    assert "tsir-instructor/1.1" in _cited(a)[:3], _cited(a)


def test_another_paper_by_its_author_position_is_one_more_paper(ask):
    a = ask("10 years as specialist, one SCI paper as first author and another as corresponding author. "
            "Eligible for vascular intervention instructor?")
    assert a.route == "calculator", (a.route, a.answer[:200])
    call = a.tool_calls[-1]
    assert call.args["sci_first_or_corresponding"] == 2 and call.result["eligible"] is True


@pytest.mark.parametrize("question", [
    "住院醫師訓練要幾年？",
    "How long is radiology residency in Taiwan?",
    "住院醫師畢業後幾年可以考專科？",
    "How many years after residency can I sit the board exam?",
    "3 years after residency, can I sit the IR board exam?",
    "放射科住院醫師要輪哪些科",
    "3 years out of residency — how long is the IR fellowship and which rotations does it include?",
])
def test_a_residency_programmes_own_terms_stay_refused(ask, question):
    assert ask(question).route == "out_of_scope"


# ---------------------------------------------------------------- 3. how the documents are sent

@pytest.mark.parametrize("question", [
    "送審的文件可以用 email 寄嗎，還是一定要紙本",
    "换证材料能发邮件吗？还是得寄纸质的",
    "申請資料要怎麼交？寄紙本嗎",
    "Can the review documents be emailed, or do they have to go by post?",
    "Do I send the application paperwork by email or on paper?",
])
def test_how_the_documents_are_sent_is_ours(ask, question):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    assert "tsir-instructor/8.3" in _cited(a)[:3], _cited(a)


@pytest.mark.parametrize("question", [
    "病歷資料可以用email寄給病人嗎",
    "病理報告的資料怎麼送到外院",
    "Can I email patient records to another hospital?",
])
def test_other_records_sent_stay_refused(ask, question):
    assert ask(question).route == "out_of_scope"
