"""Scope classes of the eleventh round's development data (SPEC §3). Wordings are our own, never the eval sentences;
every test asserts in its own body with the real engine (real index, real topic classifier).

- our texts called by their short names (後審 / 續審 for 後續審查, 介放 for the IR society, 外專 for the surgical
  specialist certificate) are ours;
- a bare 專科證書 after a verb ("能不能延期專科證書") names no other body;
- the bot asked for its own clinical choice ("which would you do", "你會選哪個") between treatments is a clinical decision;
- a reward or incentive scheme (獎勵金, bonus, pay-for-performance): our texts grant none, so it is another programme's;
- another field's continuing-education credits (家醫科繼續教育積分) are that field's;
- breast ultrasound / MRI facilities and their credentials (Simplified text folded to Traditional: 超聲) are another
  modality's programme;
- the radiology society's own specialist renewal is its certificate, not our instructor's;
- an errand at the place where the screening happens (the van's roadworthiness test, a broken coffee machine, the weather)
  is refused by the topic classifier's errand class — while a rule asked about the van in bad weather stays ours.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "後審要看哪些項目？",
    "續審的時候人員的部分會看什麼？",
    "介放學會的指導老師證書效期幾年？",
    "外專證書展延要幾分？",
    "后审里面设备的部分要交什么文件？",
])
def test_our_texts_by_their_short_names_are_ours(ask, question):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "六年每年都有 100 分，专科证书能不能延期？",
    "每年学分都是 110，可以延长专科证书吗？",
])
def test_a_bare_specialist_certificate_after_a_verb_is_ours(ask, question):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]
    assert any(c.id.startswith("tsa-cme/") for c in answer.citations), [c.id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "3 cm HCC near the gallbladder, TACE or MWA — what would you pick?",
    "肝腫瘤 2 公分，你會選 RFA 還是手術？",
    "if it were your patient, which would you go with, surgery or RFA?",
    "膽管阻塞的病人，PTCD 跟手術你會選哪個？",
    "肝癌兩公分，微波跟射頻哪個比較好？",
])
def test_the_bots_own_clinical_choice_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]
    assert not answer.citations


def test_which_technique_counts_toward_our_case_numbers_stays_ours(ask):
    answer = ask("RFA 跟 MWA 哪個可以算進消融的例數？")
    assert answer.route != "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "品質提升計畫的獎金要怎麼申請？",
    "乳攝篩檢做得好有沒有績效獎勵？",
    "Is there an incentive payment for a high follow-up completion rate?",
    "癌篩獎勵金的門檻是多少",
    "pay-for-performance scheme for screening units — how is it calculated?",
])
def test_a_reward_scheme_is_another_programmes(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "內科繼續教育積分怎麼上傳？",
    "家醫科繼續教育學分一年要幾分？",
    "小兒科繼續教育積分去哪裡查？",
    "骨科的繼續教育積分可以跨年嗎",
    "眼科繼續醫學教育學分規定",
])
def test_another_fields_continuing_education_credits_are_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "乳房超音波篩檢的機構認證要怎麼申請？",
    "乳腺超声检查机构的资质怎么申请",
    "breast ultrasound screening facility accreditation — how do we apply?",
    "乳房 MRI 檢查的機構資格要怎麼審？",
    "乳房超音波判讀醫師要什麼資格？",
])
def test_another_breast_modalitys_facility_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "放射線醫學會的專科醫師證書展延要幾分？",
    "Radiological Society board recertification — how many points?",
    "how many points for the radiology society specialist renewal?",
    "放射學會專科證書更新要什麼條件",
])
def test_the_radiology_societys_own_specialist_renewal_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


def test_radiology_education_points_for_our_instructor_renewal_stay_ours(ask):
    answer = ask("指導老師換證，放射線專科醫師教育積分可以算多少？")
    assert answer.route != "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "乳攝車的行照到期要去哪裡換？",
    "放射科茶水間的飲水機壞了找誰？",
    "what's the weather going to be like for the screening van trip tomorrow?",
    "where do the mammo techs park their cars?",
    "篩檢巡迴車多久要定期驗車一次？",
])
def test_an_errand_where_the_screening_happens_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]
    assert not answer.citations


def test_a_rule_about_the_van_on_a_rainy_day_stays_ours(ask):
    answer = ask("乳攝車出勤遇到下雨天，當天每人的篩檢上限一樣嗎？")
    assert answer.route == "retrieval", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "乳攝儀的使用年限和報廢時間要寫說明嗎？",
    "機器搬遷過要不要附紀錄？",
    "片子的評估有哪幾種？",
    "are the review scores made public anywhere?",
    "我們的機器用了十年還沒報廢，書審要交什麼？",
])
def test_the_units_history_and_films_in_everyday_words_are_ours(ask, question):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]
