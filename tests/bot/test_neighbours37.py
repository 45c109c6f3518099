"""Round 37, whose subject a question asks when it names a neighbouring thing (zh-TW, zh-CN, English phrasings of our own):

1. A question whose subject is one of our clauses but that names a neighbour as everyday speech, an example or a document stays
   ours: 考 / 考核 for our written review or on-site test ("書面考核到底在考啥"), an exam named only as passed before our renewal
   or the instructor's eligibility ("考試過了之後，第一次換證要幾分"), the practising licence named as the service proof
   第五條第十五款 asks attached ("執業執照複印件就行嗎"), the unit's age, replacement and move said in everyday words ("用幾年了、
   預計何時汰換、搬過機房"). A question whose subject IS the neighbour (a board or licence exam sat, the licence renewed, another
   specialty's board, a replacement's budget) stays refused.
2. A patient's treatment choice in our technique words ("TACE 之後病人AFP一直升，要再做一次栓塞還是改標靶", "re-TACE or switch
   to sorafenib") is a clinical question, out of scope with the clinical pointer (SPEC §3); which of our domains a patient's
   procedure counts under, or whether it counts, stays ours.
"""

from __future__ import annotations

import pytest


def _cited(a):
    return [c.id for c in a.citations]


# ---------------------------------------------------------------- 1. a neighbour named inside our subject

@pytest.mark.parametrize(("question", "gold"), [
    ("書面考核到底在考啥，是交報告就好嗎？大概有哪兩類", "hpa-mammo/1.2.2"),
    ("书面考核主要考些什么？交报告就行了吗", "hpa-mammo/1.2.2"),
    ("what does the written review actually test us on? is handing in a report enough?", "hpa-mammo/1.2.2"),
    ("後續審查的書面審查會考我們什麼", "hpa-mammo/1.2.2"),
    ("實地測試那天都考哪些項目？", "hpa-mammo/1.2.1"),
])
def test_an_everyday_exam_word_for_our_review_stays_ours(ask, question, gold):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    assert gold in _cited(a)[:3], _cited(a)


@pytest.mark.parametrize(("question", "gold"), [
    ("外科專科醫師考試過了之後，第一次換證要幾分？", "tsa-cme/10"),
    ("外科专科考试通过以后，第一次换证要多少积分？", "tsa-cme/10"),
    ("I passed the board exam in 2019 — how many years before I can apply to be a TSIR instructor?", "tsir-instructor/1.1"),
    ("放射線專科考過之後幾年可以申請指導老師", "tsir-instructor/1.1"),
])
def test_an_exam_named_only_as_passed_stays_ours(ask, question, gold):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    assert gold in _cited(a)[:3], _cited(a)


@pytest.mark.parametrize("question", [
    "乳房攝影技術師證照要考哪些科目",
    "外科專科醫師甄審考試要考什麼",
    "放射師國考考什麼",
    "what's on the radiology board exam?",
    "I passed the family medicine board exam, how many credits do I need to renew?",
    "家醫科專科醫師考試考過了，換證要幾分",
])
def test_an_exam_sat_or_another_board_stays_refused(ask, question):
    assert ask(question).route == "out_of_scope"


@pytest.mark.parametrize("question", [
    "离岛执业加倍那个，需要交什么证明？执业执照复印件就行吗",
    "在金門執業，積分加倍要檢附執業執照嗎？",
    "偏远离岛服务加倍申请，执业执照扫描件可以吗",
    "for the outlying-island doubling, do I need to attach my practising licence, or is a scan of it fine?",
    "蘭嶼執業的年會積分加倍，執業執照拍照上傳可以嗎",
])
def test_the_licence_named_as_our_attachment_stays_ours(ask, question):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    assert "tsa-cme/5.15" in _cited(a)[:2], _cited(a)


@pytest.mark.parametrize("question", [
    "執業執照更新要附哪些文件",
    "执业执照到期了怎么换",
    "how do I renew my medical license, do I attach a copy of the old one?",
    "執業執照更新要幾點？外科醫學會的年會算幾點",
])
def test_the_licence_renewed_stays_refused(ask, question):
    a = ask(question)
    assert a.route == "out_of_scope", (a.route, a.answer[:200])
    assert "執業執照" in a.answer or "licen" in a.answer.lower()


@pytest.mark.parametrize("question", [
    "機器的資料要附哪些？用幾年了、預計何時汰換、之前搬過機房這種要寫嗎",
    "乳攝機用了幾年、什麼時候要換新、有沒有搬過位置，這些都要交資料嗎",
    "机器用了几年、打算什么时候淘汰、搬过机房，这些都要写进资料吗",
    "for the unit's paperwork, do we have to state how old it is, when we plan to replace it, and that it was moved to another room?",
])
def test_the_units_history_in_everyday_words_is_ours(ask, question):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    assert "hpa-mammo/1.2.2.2" in _cited(a)[:2], _cited(a)


@pytest.mark.parametrize("question", [
    "乳攝機汰換的預算要抓多少",
    "機器用了八年，折舊完了嗎",
    "which brand should we buy when we replace our mammography unit?",
])
def test_a_replacements_budget_or_brand_stays_procurement(ask, question):
    assert ask(question).route == "out_of_scope"


# ---------------------------------------------------------------- 2. a patient's treatment choice

@pytest.mark.parametrize("question", [
    "TACE 之後病人AFP一直升，要再做一次栓塞還是改標靶？",
    "病人RFA做完三個月又復發，要再燒一次還是改做TACE？",
    "患者TACE术后AFP持续升高，要再栓一次还是换靶向药？",
    "AFP keeps climbing after TACE - should we repeat the embolization or switch to sorafenib?",
    "pt with HCC, AFP rising post-RFA. re-ablate or go to TACE?",
    "病人腫瘤指數又上來了，要不要再做一次RFA？",
])
def test_a_patients_treatment_choice_in_our_technique_words_is_clinical(ask, question):
    a = ask(question)
    assert a.route == "out_of_scope", (a.route, a.answer[:200])
    assert "臨床" in a.answer or "clinical" in a.answer.lower(), a.answer[:300]


@pytest.mark.parametrize(("question", "golds"), [
    ("病人的栓塞要算腫瘤栓塞還是非腫瘤栓塞？", {"tsir-instructor/2.2", "tsir-instructor/2.3"}),
    ("a patient's TACE for HCC — does it count as tumour embolization or non-tumour?", {"tsir-instructor/2.2", "tsir-instructor/2.3"}),
    ("TACE 之後病人又做了一次栓塞，這兩次都能算進指導老師的例數嗎", {"tsir-instructor/2.2"}),
    ("病人做了RFA又做TACE，登記在哪一類？", {"tsir-instructor/2.6", "tsir-instructor/2.2"}),
    ("乳攝 BI-RADS 4 的病人做了切片，算追蹤完成嗎", {"hpa-mammo/2.5.4", "hpa-mammo/2.5.3", "hpa-mammo/2.5"}),
])
def test_how_our_rules_count_a_patients_procedure_stays_ours(ask, question, golds):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    assert golds & set(_cited(a)[:3]), _cited(a)
