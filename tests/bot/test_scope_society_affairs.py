"""Out of scope or ours (SPEC §3, issues 9 and 10), fourth blind round's classes: a society's own affairs (joining,
dues, the membership card, a congress's registration fee) and a patient's next examination are no subject of
our three texts; a training period abroad credited by our society, and the fees and member numbers our texts
do name, stay ours. Wordings are our own (zh-TW, zh-CN, en), not the eval questions or the cross-check.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.scope import POINTERS, neighbour_kind, out_of_scope_marker


@pytest.mark.parametrize(("kind", "question"), [
    ("society_admin", "外科醫學會的常年會費一年多少？"),
    ("society_admin", "怎么成为介入放射线学会的会员？入会要交什么？"),
    ("society_admin", "What are the annual dues for the interventional radiology society, and how do I get a membership card?"),
    ("society_admin", "今年外科年會的報名費是多少？"),
    ("clinical", "緻密型乳房的婦女篩檢陰性後，需要再加做乳房超音波嗎？"),
    ("clinical", "这位58岁的女性患者乳腺很致密，乳房X光正常，还要不要做核磁共振？"),
    ("clinical", "My patient is 47 with dense breasts and a clean mammogram; does she need an ultrasound too?"),
])
def test_a_societys_affairs_and_a_patients_care_are_not_ours(kind, question):
    assert out_of_scope_marker(Query(question)) == kind
    assert kind in POINTERS


@pytest.mark.parametrize("question", [
    "抽印本上要註明會員號碼嗎？",  # our texts' member number
    "I'm a member practising abroad; how are local meetings there counted?",  # 第七條
    "申請積分認定一次收費多少？",  # our fee
    "補發指導老師證書要多少錢？",
    "國外介入會議出席 3 次、國內 e-poster 3 次，換證差多少？",  # 介入會議 holds 入會
    "category 0 的婦女需要做超音波才算完成追蹤嗎",  # what completes our follow-up
    "我 61 歲了，申請切片引流指導老師需要幾例",  # an age and a biopsy, about our cases
    "Do biopsies on patients count toward the biopsy and drainage instructor cases?",
    "Should a patient who needs a biopsy under CT guidance be logged in the biopsy domain?",  # a clinical act, counted
    "病人需要切片的話，這種個案要算在哪個領域？",
    "患者做了射频消融，要不要算进消融领域的个案？",
    "我明年要出國去 Cleveland Clinic 當三個月 fellow，這段進修外科學會算幾分？",  # 進修 … 外科學會: ours
    "出国去梅奥诊所进修了两个月，外科学分有几分？",
])
def test_our_fees_members_follow_up_and_training_stay_ours(question):
    assert out_of_scope_marker(Query(question)) is None


@pytest.mark.parametrize("question", [
    "does a 3-month fellowship at a district hospital earn the monthly training credits?",
    "Can a clinical fellowship outside a medical centre earn surgical training points?",
])
def test_a_fellowship_that_earns_credits_is_not_a_residency_question(question, tmp_path):
    assert neighbour_kind(Query(question), tmp_path) is None


def test_residency_training_itself_is_still_theirs(tmp_path):
    assert neighbour_kind(Query("住院醫師訓練要幾年？"), tmp_path) == "training"


def test_the_refusal_names_the_societys_office_and_quotes_nothing(engine):
    answer = engine.answer("How do I renew my interventional radiology society membership card?")
    assert answer.route == "out_of_scope"
    assert not answer.citations and not answer.tool_calls
    assert "society's office" in answer.answer
    answer = engine.answer("外科醫學會的入會費多少？")
    assert answer.route == "out_of_scope" and "秘書處" in answer.answer


@pytest.mark.parametrize(("question", "cited"), [
    ("申請表要寄到哪裡？可以用 email 嗎？", "tsir-instructor/8.3"),  # 以掛號郵寄: its asks say 寄
    ("每送一次認定申請要付多少費用？", "tsa-cme/4.3"),  # 每申請一次收費 1,000 元
])
def test_a_rules_question_in_the_asks_words_is_not_refused(engine, question, cited):
    answer = engine.answer(question)
    assert answer.route == "retrieval"
    assert cited in [c.id for c in answer.citations]


@pytest.mark.parametrize("question", ["Where can I park at the hospital?", "員工餐廳幾點開？"])
def test_what_no_clause_or_ask_covers_stays_out(engine, question):
    assert engine.answer(question).route == "out_of_scope"
