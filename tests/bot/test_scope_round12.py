"""Scope classes of the twelfth round's development data (SPEC §3). Wordings are our own, never the eval sentences;
every test asserts in its own body with the real engine (real index, real topic classifier).

- another body's accreditation of a mammography unit (the ACR's, EUREF's, BreastScreen's) has its own criteria: refused,
  even though 乳攝 / 臨床影像 / phantom are our words — unless the HPA review is named beside it;
- a patient's drug or systemic therapy (tamoxifen, an aromatase inhibitor, 荷爾蒙 / 內分泌治療) and how long to keep it up is
  a clinical decision, whatever screening category led to it;
- the instructor rule's own fees (the first review free, a reissued certificate's fee) are ours, not NHI billing;
- what our instructor owes the trainees (義務, 責任, obligations, "supposed to sign") is the instructor rule's article 3,
  not a residency programme's rules.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "ACR 乳房攝影認證要送幾張臨床影像？及格標準是什麼",
    "美国放射学院的乳腺摄影认证，体模影像要几分才过？",
    "Does the ACR require a medical physicist survey every year for our mammo unit?",
    "我們想申請 ACR 的乳攝認證，臨床影像評分怎麼算",
    "What phantom score does EUREF certification of a breast unit ask for?",
    "American College of Radiology accreditation for our mammography van - how often do we renew it?",
])
def test_another_bodys_mammography_accreditation_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "We're ACR accredited already; does the HPA follow-up review still need our phantom test?",
    "ACR BI-RADS category 4 要幾個月內確診？",
])
def test_the_acr_beside_our_review_or_its_categories_stays_ours(ask, question):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "DCIS 的病人術後泰莫西芬要吃幾年？",
    "病人是 category 5 切片確診乳癌，荷爾蒙治療要做多久",
    "She was cat 4 and the biopsy showed DCIS; should she be on hormone therapy for 5 years?",
    "乳癌術後的病人內分泌治療要吃幾年",
    "cat 5 确诊的阿姨，芳香环转化酶抑制剂要用多久？",
    "How long should a woman with ER-positive DCIS take an aromatase inhibitor?",
])
def test_a_patients_drug_therapy_is_clinical(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]
    assert "clinical" in answer.answer.lower() or "臨床" in answer.answer, answer.answer[:200]


def test_a_follow_up_counted_in_our_measure_stays_ours(ask):
    answer = ask("cat 4 的個案在外院切片確診，算我們追蹤完成嗎")
    assert answer.route != "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "初审收费吗？证书遗失补发多少钱？",
    "第一次審查要錢嗎？補發證書呢",
    "Do I pay anything for the initial review, and what's the charge for a reissued certificate?",
    "证书丢了，补发要付多少？",
    "Is there a certificate fee the first time round?",
])
def test_the_instructor_rules_own_fees_are_ours(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert any(c.id.startswith("tsir-instructor/8") for c in answer.citations), [c.id for c in answer.citations]


def test_nhi_billing_stays_refused(ask):
    answer = ask("NHI billing code for a screening mammogram?")
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "當了指導老師以後，住院醫師來跟刀我要負責什麼？",
    "Once I'm an instructor, what are my obligations to the residents who rotate with me?",
    "指導老師對來觀摩的住院醫師有什麼責任",
    "If I become an instructor, am I supposed to sign the residents' case reports?",
    "成为指导老师之后，住院医师来学我有什么义务？",
])
def test_what_our_instructor_owes_trainees_is_ours(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls and answer.pending_call is None


def test_a_residency_programmes_own_rule_stays_refused(ask):
    answer = ask("住院醫師訓練計畫的主持人要幾年資歷？")
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "介入性心臟科的PCI認證要幾例？",
    "心導管室的PCI資格要做幾例",
    "ACR認證的標準裡，臨床影像要幾分才及格？",
    "醫院有JCI認證的話，乳攝品管還要另外送嗎？JCI的規定是什麼",
    "MQSA規定判讀醫師每年要讀幾張？",
])
def test_a_latin_acronym_glued_to_han_text_is_read_as_a_word(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "肝癌 TACE 後多久要追蹤 CT？",
    "乳癌病人術後多久要回來照乳房攝影？",
    "How soon after the RFA should the patient get a CT?",
    "after a lumpectomy, how often should she have a mammogram?",
    "栓塞之後多久要回診做 MRI？",
])
def test_a_patients_imaging_after_treatment_is_clinical(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


def test_our_follow_up_deadline_of_a_category_stays_ours(ask):
    answer = ask("category 3 要多久內複檢？")
    assert answer.route == "retrieval", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "專科護理師的繼續教育積分怎麼算？",
    "藥師的繼續教育學分要幾點？",
    "How many CE credits does a nurse practitioner need each year?",
    "物理治疗师的继续教育积分多少才能换照？",
    "醫檢師執照更新要多少積分",
])
def test_another_health_professions_own_credits_are_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "Our radiologist wants to read for the Singapore breast screening programme — what accreditation does she need?",
    "香港的乳癌篩檢計劃對放射師有什麼要求？",
    "The Korean Society of Interventional Radiology certificate - how many TACE cases?",
    "日本介入放射學會的專門醫資格要幾例？",
    "What does the UK breast screening programme require of its film readers?",
])
def test_another_countrys_programme_or_society_certificate_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


def test_attending_a_foreign_societys_meeting_stays_ours(ask):
    answer = ask("参加日本介入放射学会年会，换证可以抵多少分？")
    assert answer.route != "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "Can the TSA annual meeting credits count toward my Japanese Surgical Society board renewal?",
    "我們的放射師去考乳房攝影技術師證照，要考哪些科目？",
    "乳攝技術師證照考試什麼時候報名？",
    "Will the Korean Society of Radiology accept my TSIR instructor certificate for their board renewal?",
    "放射师考执照要考什么科目？",
])
def test_a_foreign_boards_renewal_or_a_licence_exam_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "attended the Japanese Surgical Society meeting - does it count toward my renewal?",
    "陽性複判差異 55% 要考跑片考試嗎？",
])
def test_our_own_renewal_or_reading_test_stays_ours(ask, question):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "去 CIRSE 開會三次、SIR 一次，換證可以抵幾分？",
    "I gave two talks at CIRSE and chaired one session at JSIR, can I skip the case count for the instructor application?",
    "参加过两次CIRSE，再加教育积分120分，换证够吗？",
])
def test_attending_or_presenting_at_a_foreign_ir_congress_stays_ours(ask, question):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "我们那台数字乳腺机不是美国FDA批准的，品保要照什么标准？",
    "未具FDA核可的數位乳攝儀要符合什麼標準？",
    "乳攝儀沒有FDA許可的話，品保作業怎麼做？",
])
def test_a_unit_without_fda_approval_glued_to_han_text_stays_ours(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
