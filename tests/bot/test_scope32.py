"""Scope classes of round 32 (SPEC §3), with wordings of our own.

Refused, naming whose rules answer: a residency's or specialist training programme's curriculum (length, rotations, its
completion assessment; the mainland's 規培 / 住培), and a unit's purchase and book-keeping (budget, tender, depreciation,
the asset register's write-off). Kept ours: the re-read's film-reading exam, who decides a credit with the society's
office-holders named only as guesses, 定期醫學會 (our 第五條第六款's meeting, no body's name), f/u for the follow-up."""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.scope import IN_SCOPE, POINTERS, out_of_scope_marker

TODAY = datetime.date(2026, 11, 25)


def _marker(question: str) -> str | None:
    return out_of_scope_marker(Query(question, TODAY))


@pytest.mark.parametrize("question", [
    "外科住院醫師要輪轉哪些科？總共訓練幾年？",
    "住院醫師第一年要輪哪些科",
    "放射科规培三年，轮转要去哪些科室？",
    "住培结业考核考哪些内容？",
    "介入科专培要多久，出科考核怎么考",
    "專科醫師訓練要幾年？要輪哪些科？",
    "How many months of rotations does a trainee radiologist do?",
    "what's covered in the radiology in-training exam?",
    "what rotations are in the residents' curriculum for IR?",
])
def test_a_training_programmes_curriculum_is_refused(question):
    assert _marker(question) == "training"


@pytest.mark.parametrize("question", [
    "住院醫師輪轉到醫學中心兩個月，算外科進修積分嗎？",
    "a resident rotation of 2 months at a medical centre — how many TSA points?",
    "當指導老師要帶住院醫師輪訓嗎？",
])
def test_credits_or_an_instructors_trainees_beside_a_rotation_stay_ours(question):
    assert _marker(question) is None


@pytest.mark.parametrize("question", [
    "新乳攝機的預算要抓多少？要走公開招標嗎？",
    "医院要买一台乳腺X光机，预算大概多少",
    "乳攝儀汰換要先請購嗎？財產管理那邊怎麼辦報廢",
    "我們那台乳攝十年了，會計說折舊提列完了，可以報廢嗎",
    "Our mammography unit is 11 years old — what's the depreciation period and can we write it off?",
    "How do we run the tender for a new DBT unit, and what budget should we ask for?",
    "what's the procurement process for replacing the mammo unit?",
])
def test_a_units_purchase_and_book_keeping_is_refused(question):
    assert _marker(question) == "procurement"


@pytest.mark.parametrize("question", [
    "乳攝儀的使用年限和報廢年限說明文件要附什麼？",
    "儀器報廢年限要寫在後續審查的文件裡嗎",
    "HPA subsidy NT$2,000,000 and f/u completion 64% — how much is deducted?",
])
def test_the_units_age_document_and_the_subsidy_stay_ours(question):
    assert _marker(question) is None


@pytest.mark.parametrize("question", [
    "複判差異陽性 55%，除了個案討論會，還要考試嗎？",
    "her double-read discordance was 58%; must she sit the reading exam?",
    "reader's re-read discrepancy 17% on negatives — does she have to sit an exam before reading again?",
])
def test_the_re_reads_reading_exam_is_ours(question):
    assert _marker(question) is None


@pytest.mark.parametrize("question", [
    "re-read discrepancy aside, when is the radiology board exam?",
    "複判沒問題，但放射科專科考試什麼時候報名？",
])
def test_a_board_exam_named_beside_the_re_read_stays_the_boards(question):
    assert _marker(question) is not None


@pytest.mark.parametrize("question", [
    "積分給不給最後誰說了算？理事長嗎？",
    "课程认定是理事长拍板还是委员会？",
    "院外課程能不能給分，是秘書處決定還是理事長？",
])
def test_who_decides_a_credit_is_ours_whatever_office_is_guessed(question):
    assert _marker(question) is None


@pytest.mark.parametrize("question", ["介入放射線學會理事長選舉什麼時候？", "理事長任期幾年？", "入會資格誰審核？要先有積分嗎"])
def test_the_societys_own_offices_stay_out(question):
    assert _marker(question) == "society_admin"


@pytest.mark.parametrize("question", [
    "在定期醫學會發表壁報，每篇幾分？",
    "國際性定期醫學會發表 oral 有分嗎",
    "國內外定期醫學會的壁報怎麼算",
])
def test_a_regular_meeting_is_no_bodys_name(question):
    assert _marker(question) is None


def test_another_surgical_societys_own_rules_still_theirs():
    assert _marker("心臟外科定期醫學會自己的積分規定？") == "other_society"


@pytest.mark.parametrize("question", ["f/u completion 61%, which tier?", "F/U rate under 60 — deduction?"])
def test_f_u_is_our_follow_up(question):
    assert IN_SCOPE.search(Query(question, TODAY).cues)


@pytest.mark.parametrize("kind", ["training", "procurement"])
def test_the_pointer_names_whose_rules_and_quotes_none_of_ours(kind):
    zh, en = POINTERS[kind]
    for text in (zh, en):
        assert not any(w in text for w in ("FDA", "品保", "QC", "第五條", "指導老師", "後續審查"))
    assert "衛生福利部" in POINTERS["training"][0] and "Ministry of Health" in POINTERS["training"][1]
    assert "會計" in POINTERS["procurement"][0] and "Government Procurement Act" in POINTERS["procurement"][1]


@pytest.mark.parametrize("question", [
    "介入科住院医师规培要轮转多久？",
    "医院要采购乳腺断层设备，招标流程怎么走？",
    "Our mammo unit is 12 years old; how do we write it off and depreciate it?",
])
def test_refusals_carry_no_citation(engine, question):
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "out_of_scope"
    assert not answer.citations
    assert "「" not in answer.answer  # no clause quoted


@pytest.mark.parametrize("question, clause", [
    ("積分給不給最後誰說了算？理事長嗎？", "tsa-cme/4.1"),
    ("在定期醫學會發表壁報，每篇幾分？", "tsa-cme/5.6"),
    ("her double-read discordance was 58%; must she sit the reading exam?", "hpa-mammo/2.1.1.2.2"),
])
def test_ours_is_answered(engine, question, clause):
    answer = engine.answer(question, today=TODAY)
    assert answer.route != "out_of_scope"
    assert clause in [c.id for c in answer.citations]
