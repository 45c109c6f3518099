"""Scope classes of the thirteenth round's development data (SPEC §3). Wordings are our own, never the eval sentences;
every test asserts in its own body with the real engine (real index, real topic classifier).

- another health profession's licence or its continuing education (a medical physicist, a midwife, an optometrist …), and a
  licence (證照) renewed, are the MOHW's practice rules, not our certificate's;
- another specialty's board certificate renewed, its terms asked a few words away ("家醫科專科醫師六年要幾分才能換證"), and
  another field's 專科醫師認證 ("神經介入（取栓）專科醫師認證") are that board's — never the IR instructor certificate;
- a driving licence (the van's driver) and which make or model of unit to buy are errands / purchases, none of our rules;
- who may have a free screening mammogram, asked with determiners and adjectives between ("eligible for the free
  government mammogram"), is the screening programme's eligibility;
- "我們學會" (our society) names no other body.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "醫學物理師的執照多久要更新一次？要修幾個繼續教育學分",
    "医学物理师证照换证需要多少学分？",
    "我們醫院的醫學物理師證照要換發了，要準備什麼",
    "How many CE credits does a medical physicist need to keep the licence?",
    "驗光師證照展延要多少點數",
    "助產師執照換照要上哪些課",
])
def test_another_professions_licence_or_ce_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "內科專科醫師六年內要拿多少分才可以展延？",
    "骨科专科医师证书到期，要几分才能换证",
    "我是家醫科專醫，證書快到期了，換證要幾分",
    "眼科專科醫師每六年更新證書要多少分",
    "皮膚科專科醫師證書六年要累積幾分才能展延？",
])
def test_another_specialtys_board_renewal_asked_at_a_distance_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "心臟（心導管）專科醫師認證的申請條件是什麼？",
    "血管外科專科醫師的認證要做滿幾例？",
    "神经介入专科医师认证怎么申请",
    "小兒外科次專科醫師甄審要交什麼？",
    "重症醫學專科醫師資格認定要幾年經驗",
])
def test_another_fields_board_certification_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "巡迴車的司機需要哪一種駕照？",
    "乳摄车的驾驶要考职业驾照吗",
    "Does the driver of our mammo van need a commercial driver's licence?",
    "What licence class for driving the screening bus?",
    "開乳攝車要考大客車駕照嗎",
])
def test_a_driving_licence_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "乳攝儀要汰換了，推薦哪一家廠商？",
    "乳房摄影机哪个品牌比较好用",
    "Which vendor would you recommend for a new mammography unit?",
    "What's the best brand of mammo machine for a screening van?",
    "買一台新的乳攝機大概多少錢？",
    "How much does a new digital mammography system cost?",
])
def test_which_unit_to_buy_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "Can a 45 year old lady get the free government breast screening?",
    "Is my 42-year-old patient eligible for the free national mammogram?",
    "Are women aged 38 eligible for a subsidised screening mammogram?",
    "我媽 43 歲，可以做免費的乳房攝影嗎？",
    "女性几岁可以做免费乳房X光？",
])
def test_who_may_have_a_free_screening_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "乳攝機的 FDA 核可證明在後續審查要附嗎？",
    "我們學會的積分申請要附什麼？",
    "我们学会月会的积分怎么算？",
    "指導老師證書換證要多少積分？",
    "What does the HPA review check about the mammography unit itself?",
    "品管實測哪一項不及格就不能用這台機器？",
])
def test_our_own_units_societies_and_certificates_stay_ours(ask, question):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "Dense set 358, the other set isn't back yet. Grade?",
    "non-dense set 350 and dense 362, what grade?",
    "Fatty one got 341, dense one 366, grade for the tech?",
    "Our self-selected images scored 355 and 349. Grade?",
    "what happens if the self-picked sets both get a C?",
])
def test_the_image_evaluations_sets_named_in_english_are_ours(ask, question):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]
