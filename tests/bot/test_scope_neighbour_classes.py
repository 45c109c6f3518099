"""Neighbour classes that share our vocabulary (SPEC §3, issue 9), third round: each class is refused
with a pointer to whose rules answer it, and the in-scope questions that share its words stay ours.

Wordings are written per class (zh-TW, zh-CN, en), not taken from the eval banks or the cross-check.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.scope import POINTERS, foreign_target, neighbour_kind, out_of_scope_marker
from bot.scope_model import has_hint

NEIGHBOURS = [
    # A specialty board's selection (甄審) or sitting its exam, even for our issuers' own specialty.
    ("exam", "台灣介入放射線學會辦的次專科醫師甄審需要哪些資格？"),
    ("exam", "介入放射专科医师甄审要考笔试吗？怎么考？"),
    ("exam", "How many cases do I need to be eligible to sit the interventional radiology board?"),
    # Another screening programme, even when the HPA (國健署) that runs it is named.
    ("other_screening", "國健署的大腸癌篩檢，陽性個案追蹤率不到七成會怎樣？"),
    ("other_screening", "国健署口腔癌筛检阳性的追踪完成率要多少？"),
    ("other_screening", "Does the HPA cut subsidies when lung cancer screening positives are not followed up?"),
    # Radiation-protection staff training and certificates (the Nuclear Safety Commission's).
    ("radiation_protection", "輻防人員的證書到期前要補多少訓練時數？"),
    ("radiation_protection", "辐射安全训练每年要上几小时？核安会规定的那个"),
    ("radiation_protection", "How many hours of radiation protection training does a radiographer need every six years?"),
    # Quality-certification schemes for a hospital or a cancer team.
    ("other_regulation", "醫院的癌症照護品質認證要準備哪些資料？"),
    ("other_regulation", "What are the criteria for a cancer care quality certification of our hospital?"),
    ("other_regulation", "乳癌診療品質認證要幾位放射科醫師？"),
    # Another country's or region's CME.
    ("other_jurisdiction", "香港醫生的 CME 學分一年要幾分？"),
    ("other_jurisdiction", "内地医生的二类学分怎么拿？"),
    ("other_jurisdiction", "What are the CME requirements in mainland China for surgeons?"),
    ("other_jurisdiction", "美國的外科醫師每年要多少 CME？"),
    ("other_jurisdiction", "How many CME credits per year do American surgeons need?"),
    # Another course's instructor qualification (ours is the TSIR instructor).
    ("other_certificate", "想當 ACLS 教官，要先上過幾次課？"),
    ("other_certificate", "BLS 导师资格要什么条件？"),
    ("other_certificate", "What does it take to become a PALS instructor?"),
    # Another specialty's certificate in short or mainland titles (專醫, 醫生).
    ("other_certificate", "骨科專醫證書換證要多少學分？"),
    ("other_certificate", "神经内科医生的专科证书怎么展延？"),
    # A surgical subspecialty's own society, named in English.
    ("other_society", "Does the Society of Thoracic Surgeons of Taiwan have its own CME rules?"),
    ("other_society", "How many points does the Taiwan Association of Hand Surgery want for renewal?"),
    ("other_certificate", "What do I need for Taiwan Society of Plastic Surgeons recertification?"),
]


@pytest.mark.parametrize(("kind", "question"), NEIGHBOURS)
def test_a_neighbour_class_is_named_with_a_pointer(kind: str, question: str) -> None:
    assert out_of_scope_marker(Query(question)) == kind
    assert kind in POINTERS


@pytest.mark.parametrize("question", [
    "國健署說我們乳攝篩檢陽性的追蹤完成率只有 65%，會扣多少？",  # our completion rate, HPA named
    "大腸癌肝轉移做 RFA，算消融領域的個案嗎？",  # a tumour named alone is a case of ours
    "Can colorectal liver metastasis ablations count toward my TSIR instructor cases?",
    "外科專科醫師甄審原則是本辦法的依據嗎？",  # the basis our rule cites
    "TSIR 指導老師的申請資格是什麼？",
    "What do I need to apply for the TSIR ablation instructor certificate?",  # our instructor
    "擔任 ATLS 講師可以拿外科積分嗎？",  # our credits for a course of 5.13
    "乳攝儀沒有 FDA 核可，品保要符合原能會哪個標準？",  # our rule's own condition
    "Our unit lacks FDA clearance; which QA standard applies to it?",
    "原能會通知品保檢查不合格，乳攝儀還能用嗎？",
    "去年去大陸參加外科年會三天，積分怎麼算？",  # a meeting abroad: our 第五條
    "我是日本回來的醫師，之前在日本的積分可以算嗎？",  # whether ours counts activity abroad
    "外科專醫證書快到期，展延要幾分？",
    "學會回信說我的展延申請被退件，是哪一年不合格？",  # a bare 學會 that says something is ours
    "学会通知我积分不够展延，可是我算过六年加起来有 610 分",
    "為什麼學會告訴我今年的積分不算？",
    "外科學會說我證書展延還差幾分？",
    "How many credits does the Taiwan Surgical Association give for its annual meeting?",
    "I attended the Society of Thoracic Surgeons meeting for two days; how many surgical credits?",
    "兩位放射師全年都上班，篩了 13500 案，超過多少案不予給付？",  # our facility volume rule
    "國健署乳房攝影的品質認證，實地測試要幾分才過？",  # a user's name for our review
    "我是 ATLS 講師，教一次課可以拿幾分外科積分？",
])
def test_our_questions_that_share_the_words_are_not_refused(engine, question: str) -> None:
    assert out_of_scope_marker(Query(question)) is None
    assert engine.answer(question).route != "out_of_scope"


@pytest.mark.parametrize(("question", "whose"), [
    ("輻防人員的證書到期前要補多少訓練時數？", "核能安全委員會"),
    ("内地医生的二类学分怎么拿？", "當地主管機關"),
    ("醫院的癌症照護品質認證要準備哪些資料？", "認證"),
    ("Does the HPA cut subsidies when lung cancer screening positives are not followed up?", "screening programme"),
])
def test_the_refusal_says_whose_rules_and_quotes_none_of_ours(engine, question: str, whose: str) -> None:
    answer = engine.answer(question)
    assert answer.route == "out_of_scope"
    assert not answer.citations and not answer.tool_calls
    assert whose in answer.answer


def test_our_rules_own_words_send_no_question_to_the_classifier() -> None:
    """不(予)給付 is the facility volume rule's word and 甄審原則 the basis our rule cites: no hint, so a
    calculation never pays for an embedding; 健保給付 and 專科甄審 still are hints."""
    assert not has_hint(Query("超過合理量的部分不予給付，有幾案？").folded)
    assert not has_hint(Query("本辦法依據外科專科醫師甄審原則嗎？").folded)
    assert has_hint(Query("健保給付點數是多少？").folded)
    assert has_hint(Query("次專科甄審要幾例？").folded)


def test_a_neighbour_is_refused_before_the_classifier_and_kept_ours_after_it() -> None:
    assert neighbour_kind(Query("ACLS 講師資格要怎麼取得？"), topic=False) == "other_certificate"
    assert foreign_target(Query("ACLS 課程算幾分積分？").text) is None


# ------------------------------------------------------------------ ours, said in passing

@pytest.mark.parametrize("question", [
    "外科學會那邊說我的展延資料不齊，要補什麼？",  # our society's 那邊 is not another society's
    "學會那邊說我少了一年的積分，怎麼補？",
])
def test_our_society_over_there_is_still_ours(engine, question: str) -> None:
    assert out_of_scope_marker(Query(question)) is None
    assert engine.answer(question).route != "out_of_scope"


@pytest.mark.parametrize(("question", "kind"), [
    ("在皮膚科醫學會那邊，演講可以算幾分？", "other_society"),
    ("心外學會內部的積分怎麼認定？", "other_society"),
])
def test_another_named_society_over_there_is_theirs(question: str, kind: str) -> None:
    assert foreign_target(Query(question).text) == kind


@pytest.mark.parametrize("question", [
    "出席證明是不是下課後才發？我們想報到時就發掉",
    "審查標準是固定的還是每年都會調整啊？",
])
def test_a_chatty_question_about_our_rules_is_not_refused(engine, question: str) -> None:
    """Filler (particles, pronouns, 還是, 可以 …) dilutes the share of the question found in the clauses."""
    assert engine.answer(question).route == "retrieval"


@pytest.mark.parametrize("question", [
    "住宿申請的資料可以線上傳嗎？",
    "研究所推甄的書面資料要用寄的還是線上上傳？",
    "醫院停車證怎麼申請？",
])
def test_an_office_question_sharing_only_clerical_words_stays_out(engine, question: str) -> None:
    """申請, 資料, 線上, 上傳 … are any form's words, not a topic of ours."""
    answer = engine.answer(question)
    assert answer.route == "out_of_scope" and not answer.citations


def test_content_coverage_leaves_out_filler_and_clerical_words() -> None:
    from bot.scope import coverage

    clause = ["出席證明於課程結束後發給"]
    plain = coverage("出席證明是不是下課後才發啊", clause)
    content = coverage("出席證明是不是下課後才發啊", clause, content_only=True)
    assert content[1] > plain[1]
    assert coverage("申請 資料 線上 上傳", ["申請資料可線上上傳"], content_only=True) == (0, 0.0)
