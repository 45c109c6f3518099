"""Out of scope or ours (SPEC §3, issue 9), round 29's classes. Neighbours refused, each with whose rules answer: the
asker's own pay, tax, travel claims, leave and promotion (the employer's or the tax law's); the screening programme's
invitation of the women and their own visit; a unit's radiation registration, the radiation workers' card and another
modality's radiation QA; the mainland's hospital grading and health insurance; research ethics, labour insurance and
medical records; NHI billing said at a distance, by its fee or diagnosis code, or as who pays; a society's elections and its
journal's author instructions; a unit's warranty; a facility's first qualification (not the follow-up review). Ours, not refused: the practising
licence named as a copy our 第五條第十五款 asks, a leave named as the reason beside our credits or review, the ATLS course's
credits asked as 多少分, who reviews an application, an application's 材料 sent, a case count held against a cap.
Wordings are our own (zh-TW, zh-CN, en), not the eval questions.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.scope import POINTERS, out_of_scope_marker

TODAY = datetime.date(2026, 11, 25)


def _marker(question: str) -> str | None:
    return out_of_scope_marker(Query(question, TODAY))


@pytest.mark.parametrize(("kind", "question"), [
    # the asker's own money, leave and rank
    ("employment", "年會演講拿到的講師費，年底報稅要怎麼申報？"),
    ("employment", "主治醫師的底薪一般是多少？"),
    ("employment", "去高雄開研討會的高鐵票，醫院能報帳嗎？"),
    ("employment", "开会的住宿费可以实报实销吗？"),
    ("employment", "出國參加學會可以請幾天公假？"),
    ("employment", "升等副教授要幾篇論文？"),
    ("employment", "Does the hospital cover my hotel for the Chicago meeting?"),
    ("employment", "How is a speaker's honorarium taxed in Taiwan?"),
    ("employment", "Can I take study leave to attend a congress overseas?"),
    # the screening programme's invitation and the women's own visit
    ("screening_eligibility", "乳癌篩檢的邀請函是誰寄的？"),
    ("screening_eligibility", "婦女沒收到通知，可以自己去醫院照嗎？"),
    ("screening_eligibility", "Do women need an invitation letter before their screening mammogram?"),
    ("screening_eligibility", "乳攝篩檢一件國健署給付多少錢？"),
    ("screening_eligibility", "What's the per-screen payment rate the programme pays hospitals?"),
    # radiation registration, workers' cards, another modality's radiation QA
    ("radiation_protection", "新買的 X 光機要向核安會辦登記嗎？"),
    ("radiation_protection", "放射工作人员证过期了怎么办？"),
    ("radiation_protection", "C-arm 的輻射安全檢測多久做一次？"),
    ("radiation_protection", "Our general x-ray room is due for its radiation inspection; what does it cover?"),
    ("radiation_protection", "Do we have to register the new mammography unit with the Nuclear Safety Commission ourselves?"),
    # the mainland's grading and insurance, other health laws
    ("other_regulation", "二甲升三級甲等醫院評審要看哪些指標？"),
    ("other_regulation", "病歷要保存多少年才能銷毀？"),
    ("other_regulation", "放射師在工作中受傷，可以申請勞保職災給付嗎？"),
    ("other_regulation", "發表病例報告之前要先送 IRB 嗎？"),
    ("other_regulation", "Does a retrospective chart review need ethics committee approval?"),
    ("billing", "乳腺钼靶可以走医保吗？"),
    ("billing", "健保的乳房超音波可以申報幾點？"),
    ("billing", "TACE 的 33072B 要怎麼申報？"),
    ("billing", "Can we bill the NHI for a repeat mammogram?"),
    # a society's elections, a foreign registration, a practice registration
    ("society_admin", "介入放射線學會明年改選理監事嗎？"),
    ("other_jurisdiction", "How many CME hours does the GMC expect for revalidation?"),
    ("licence", "醫師去別家醫院支援報備要怎麼辦？"),
    ("licence", "醫事人員繼續教育的學分在哪裡登錄？"),
    # where a patient should go
    ("clinical", "疑似陽性的個案，去哪家醫院做切片比較快？"),
    # a unit's warranty, a diagnosis or fee code, who pays for her examination, a journal's author instructions
    ("procurement", "新的乳攝儀保固幾年比較合理？"),
    ("procurement", "Should we sign a five-year service contract for the mammography unit?"),
    ("billing", "乳房攝影篩檢的診斷碼要填哪一個？"),
    ("billing", "Which ICD-10 code goes on a diagnostic mammogram claim?"),
    ("billing", "複檢的超音波費用是誰付錢？"),
    ("society_admin", "外科醫學會雜誌的投稿須知在哪裡？"),
    ("exam", "介入放射科医生要考什么证才能做TACE？"),
    # a facility's first qualification, not the follow-up review of one already qualified
    ("screening_facility_application", "診所想申請成為乳房攝影篩檢的醫療機構，要怎麼申請？"),
    ("screening_facility_application", "How does a clinic first get accredited as a screening mammography site?"),
])
def test_a_neighbours_subject_is_refused_with_whose_rules(kind, question):
    assert _marker(question) == kind
    assert kind in POINTERS


@pytest.mark.parametrize("question", [
    "在馬祖執業，報備時執業執照正反面影本要一起寄嗎？",  # 第五條第十五款's copy
    "Is a copy of my practising licence enough proof for the outlying-island doubling?",
    "國外進修兩個月請公假，外科積分怎麼算？",  # leave beside our credits
    "判讀醫師請產假，繼續教育時數在六個月內補不齊怎麼辦？",  # leave beside our review
    "year 4 was zero because of sick leave — can I still renew my surgical certificate?",
    "乳攝車的放射師出差到山區，一天最多照幾案？",
    "小陳請了三個月產假，今年只有 240 天，全院篩檢 9800 人會超量嗎？",  # leave beside our volume's figures
    "Tech B was on maternity leave and worked 180 days; 7,900 screens this year — over the volume?",
    "Are annual-leave days part of the radiographers' working days in the volume formula?",
    "What does the Health Promotion Administration look at in a follow-up review?",  # not a promotion in rank
    "國健署通知我們後續審查結果不合格，要怎麼辦？",  # the review's own notice, not an invitation
    "原能會的品保檢查沒過，乳攝儀還能用嗎？",  # our 二(二)2(1)
    "超過合理量的篩檢費，國健署還會給付嗎？",  # our payment withheld
    "超量的那些案子，篩檢費誰付錢？",  # the volume rule's payment withheld (`_OUR_PAYMENT`)
    "下次後續審查或重新申請資格審查前要參加什麼討論會？",  # our 二(三)2 names a re-application
    "乳攝儀的使用年限跟報廢年限要附什麼文件？",  # our 一(二)2(2), not a warranty
    "追蹤完成率 64%，當年度補助會扣多少？",  # our deduction of the year's total, not a per-case payment
])
def test_our_rules_asked_in_a_neighbours_words_stay_ours(question):
    assert _marker(question) is None


def test_the_refusal_names_the_employer_and_the_tax_office_and_quotes_nothing(engine):
    answer = engine.answer("學會給的座長費要繳所得稅嗎？", today=TODAY)
    assert answer.route == "out_of_scope"
    assert not answer.citations and not answer.tool_calls
    assert "國稅局" in answer.answer and "人事" in answer.answer
    answer = engine.answer("Will the hospital pay my airfare to the RSNA meeting?", today=TODAY)
    assert answer.route == "out_of_scope" and "HR" in answer.answer


@pytest.mark.parametrize(("question", "cited"), [
    ("在澎湖執業，年會積分加倍要附執業執照影本嗎？", "tsa-cme/5.15"),
    ("指導老師的申請是誰在審？通過了怎麼知道？", "tsir-instructor/7"),
    ("Who reviews the instructor applications, and how will I know whether I passed?", "tsir-instructor/7"),
    ("指导老师的申请材料要寄到哪里？", "tsir-instructor/8.3"),
])
def test_a_rules_question_in_a_neighbours_words_is_answered(engine, question, cited):
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "retrieval"
    assert cited in [c.id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "ATLS 今年上了一次，月會 2 次，總共多少分？",
    "這個月阿華 470 案，有沒有超過上限？",
])
def test_a_count_of_ours_asked_is_not_refused(engine, question):
    assert engine.answer(question, today=TODAY).route != "out_of_scope"
