"""Scope classes of the twentieth round's development data (SPEC §3). Wordings are our own, never the eval sentences;
every test asserts in its own body with the real engine (real index, real topic classifier).

In scope, never refused:
- a form sent back to the society ("寄回學會", "送交學會", "繳回學會"): the verb before 學會 names no other body;
- the member number our rules ask to be written on a submitted paper ("membership no.", "member number"): not the society's
  membership affairs;
- 換照 said bare of the surgical certificate beside a subject only it has (a medical mission abroad, an outlying island, the
  surgical society): not the MOHW practising licence.
Out of scope, refused with a pointer:
- a stroke's clot retrieval training or certification (腦中風 / 卒中取栓, "stroke thrombectomy training certificate");
- a specialist's own certification or its exam requirements ("the certification for becoming an IR specialist", "exam
  requirements") — not the re-read's film-reading exam, which our review sets;
- another field's society named with "for" ("the Society for Vascular Surgery").
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "課程結束以後，出席簽名單最晚要幾天內送交學會？",
    "签到表要在几天内寄回学会？我们周末才办完",
    "研討會辦完了，簽名單繳回學會有期限嗎",
])
def test_a_form_sent_back_to_the_society_is_ours(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert any(c.id == "tsa-cme/4.5" for c in answer.citations), [c.id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "applying for credit for my SCI paper — do I have to circle the journal name and authors and add my membership number?",
    "for a paper submitted for points, where do I write my membership no.?",
])
def test_the_member_number_on_a_submitted_paper_is_ours(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert any(c.id == "tsa-cme/5.7.3" for c in answer.citations), [c.id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "我下個月要隨駐外醫療團出國一年，換照需要的積分可以少多少？",
    "参加驻外医疗团两年，换照积分会不会打折？",
])
def test_a_bare_renewal_beside_a_medical_mission_is_the_surgical_certificate(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert any(c.id == "tsa-cme/5.14" for c in answer.citations), [c.id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "醫事放射師換照要多少積分？",
    "護理師換照的繼續教育積分要幾點",
])
def test_a_licence_holder_renewing_is_still_the_licence(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "腦中風取栓的訓練證書要怎麼拿？要做幾例",
    "卒中取栓的培训认证归哪个学会管？",
    "a stroke thrombectomy training certificate — how many cases do I need and who issues it?",
])
def test_stroke_thrombectomy_training_certification_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "Which body runs the certification for becoming a radiology specialist, and what are the exam requirements?",
    "Is there a certificate for being an interventional specialist (not the TSIR instructor)? what's the exam format",
])
def test_a_specialists_own_certification_or_exam_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


def test_the_film_reading_exam_of_the_reread_stays_ours(ask):
    answer = ask("a reader who failed the film reading exam after the re-read — what are the exam requirements to resume reading?")
    assert answer.route != "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "What does the Society for Vascular Surgery require for its aortic stent-graft certification?",
    "Does the Society for Cardiovascular Angiography ask for a case log for its certificate?",
])
def test_another_fields_society_named_with_for_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "追蹤率才 68%，補助款會被扣幾趴？",
    "追踪率 71% 的话补助要扣多少",
])
def test_the_subsidy_deducted_for_the_follow_up_rate_is_ours(ask, question):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]


def test_the_review_standards_named_are_ours(ask):
    answer = ask("後續的審查標準分成哪幾塊？人員、儀器還是別的")
    assert answer.route == "retrieval", answer.answer[:200]


def test_another_programmes_subsidy_per_case_stays_refused(ask):
    # (多少 holds 少: a subsidy's amount asked is no subsidy deducted)
    answer = ask("大陆农村两癌筛查的乳腺钼靶每人补助多少钱？")
    assert answer.route == "out_of_scope", answer.answer[:200]
