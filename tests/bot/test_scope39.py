"""Round 39 scope classes (SPEC §3), with phrasings of our own (none is from a blind bank).

In scope, refused before:
- the screening subsidy's deduction asked beside our follow-up's counts or the HPA that pays it ("疑似陽性 300 人，追完 214 人，
  國健署補助一共 2,300,000，會扣多少"), however far apart its words — our follow-up completion deduction (二(五)), not the NHI's
  billing, which stays refused when the insurer, its codes or points are named;
- a quantity asked right before a bare 學會 ("進修可以換多少學會積分", "拿幾個學會積分"): the society's credits, no society named
  "多少" (a fellowship abroad or a stint at a medical centre is our 5.9 進修);
- the mainland's everyday name of mammography, 钼靶 / 钼靶机 / 乳腺钼靶 (typed 钼钯 too): read as 乳攝, 乳攝機, 乳房攝影 — so
  a question about it is ours, and a neighbour asked in it (the NHI, a brand, a patient's exam) stays the neighbour's;
- another society's organiser applying to OUR society for credit recognition ("we send the recognition request to the surgical
  association", "向外科醫學會申請積分認定"): our procedure and fee (第四條); that society's own rules stay refused.
Refused, answered with our rules before:
- a treatment chosen for a staged disease in IR words ("TACE for a 6cm HCC with PVT — TARE instead?", "肝癌 6 公分合併門靜脈
  栓塞，要做 TACE 還是改 TARE"), and an examination's own merits for the woman examined (which is more accurate, radiation in
  pregnancy, pain): the care team's — our measures asked of the same words (cases, a domain) stay ours;
- another certificate said short ("neuro-IR thrombectomy cert", "EVT cert", "神經介入的取栓認證"), TSIR named only as the guess
  at its issuer: the issuer's rules — the TSIR instructor certificate's cases, and a procedure's domain, stay ours.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query

from tests.bot.conftest import calculator_call

TODAY = datetime.date(2026, 11, 25)


# ---------------------------------------------------------------- the HPA subsidy's deduction is ours

# (question, suspected positives, completed, subsidy, deduction)
DEDUCTION = [
    ("今年國健署補助一共 2,300,000 元，疑似陽性 300 人，追完 214 人，會扣多少？", 300, 214, 2300000, 115000),
    ("今年国健署补助总计 1,500,000，疑似阳性 200 例，追踪完成 141 例，会被扣多少钱？", 200, 141, 1500000, 75000),
    ("Our HPA subsidy this year came to 1,850,000; 240 suspected positives, 171 followed up. How much gets deducted?",
     240, 171, 1850000, 92500),
    ("今年補助總共 300 萬，疑似陽性 400 人追完 290 人，國健署會扣多少", 400, 290, 3000000, 150000),
]


@pytest.mark.parametrize(("question", "positives", "completed", "subsidy", "deduction"), DEDUCTION)
def test_the_subsidy_deduction_beside_our_follow_up_is_calculated(ask, question, positives, completed, subsidy, deduction):
    call = calculator_call(ask(question), "hpa_followup_deduction")
    assert call.args == {"suspected_positive_cases": positives, "completed_cases": completed, "annual_subsidy": subsidy}
    assert call.result["deduction_amount"] == deduction


@pytest.mark.parametrize("question", [
    "今年健康署補助總共 1,850,000，這樣會被扣多少錢？",
    "国健署今年补助一共 200 万，疑似阳性的追踪没做完，会扣多少？",
    "The HPA subsidy was 3.2 million this year, how much could they dock us?",
])
def test_the_subsidy_deduction_asked_short_of_facts_is_ours(ask, question):
    a = ask(question)
    assert a.route in ("clarify", "retrieval"), (a.route, a.answer[:200])
    assert "hpa-mammo/2.5" in {c.id for c in a.citations}


@pytest.mark.parametrize("question", [
    "疑似陽性個案回來做乳房超音波，健保代碼怎麼報？",
    "健保核刪了我們 20 萬的乳房超音波申報，這樣會被扣多少點",
    "疑似陽性的病人回診做切片，健保給付多少點？",
    "How much does NHI reimburse for a diagnostic mammogram after a positive screen?",
    "國健署乳攝篩檢每一案補助醫院多少錢？",
])
def test_the_insurers_billing_and_the_per_case_payment_stay_refused(ask, question):
    assert ask(question).route == "out_of_scope"


# ---------------------------------------------------------------- a quantity before a bare 學會

# (question, kind, months, total)
TRAINING = [
    ("我去年先去美國 fellowship 三個月，回來又在北榮(醫學中心)進修兩個月，進修可以換多少學會積分", None, None, 32),
    ("在台大進修三個月，可以換多少學會積分", "training_domestic", 3, 12),
    ("國外進修 3 個月可以拿幾個學會積分？", "training_abroad", 3, 24),
    ("去日本 fellowship 半年回來，可以拿多少學會積分？", "training_abroad", 6, 48),
    ("I did a 3-month fellowship in the US last year — how many credits does that count for?", "training_abroad", 3, 24),
]


@pytest.mark.parametrize(("question", "kind", "months", "total"), TRAINING)
def test_a_quantity_before_a_bare_society_names_no_society(ask, question, kind, months, total):
    call = calculator_call(ask(question), "tsa_credit_tally")
    if kind is not None:
        assert [(x["kind"], x["months"]) for x in call.args["activities"]] == [(kind, months)]
    assert call.result["total"] == total


def test_a_fellowship_abroad_in_simplified_chinese_is_ours(ask):
    a = ask("去年在美国做了三个月的 fellowship，能换多少学会积分？")
    assert a.route != "out_of_scope", a.answer[:200]
    assert {c.id for c in a.citations} & {"tsa-cme/5.9", "tsa-cme/5.9.1"}


@pytest.mark.parametrize("question", [
    "大腸直腸外科學會積分怎麼算",
    "美國的 fellowship 申請資格是什麼",
    "How long is an IR fellowship in the US?",
    "fellowship 訓練要幾年？住院醫師完才能申請嗎",
])
def test_another_societys_credits_and_a_training_programme_stay_refused(ask, question):
    assert ask(question).route == "out_of_scope"


# ---------------------------------------------------------------- 钼靶: the mainland's name of mammography

@pytest.mark.parametrize(("written", "read"), [
    ("钼靶机复测", "乳攝機複測"),
    ("乳腺钼靶检查", "乳房攝影檢查"),
    ("钼钯机品管", "乳攝機品管"),
])
def test_the_mainland_name_is_read_as_ours(written, read):
    assert Query(written, TODAY).folded == read


# (question, a clause the answer must cite)
MAINLAND = [
    ("如果医院所有的钼靶机复测都没通过，会有什么后果？", "hpa-mammo/2.2.1.2"),
    ("医院的钼靶机全部复测都不合格会怎样？", "hpa-mammo/2.2.1.2"),
    ("钼靶机的假体影像测试要几分才算合格？", "hpa-mammo/2.2.1.1"),
    ("我们医院的钼靶每个月每位技师最多能拍多少例？", "hpa-mammo/2.1.2.3.1"),
    ("钼靶检查 category 4 的人要多久内确诊？", "hpa-mammo/2.5.4"),
    ("乳腺钼靶的判读医师复判差异太大会怎样？", "hpa-mammo/2.1.1.2"),
]


@pytest.mark.parametrize(("question", "clause"), MAINLAND)
def test_a_question_about_the_mainland_named_unit_is_answered(ask, question, clause):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    assert clause in [c.id for c in a.citations][:3], [c.id for c in a.citations]


@pytest.mark.parametrize("question", [
    "乳腺钼靶检查医保报销多少？",
    "钼靶机买哪个牌子好？",
    "钼靶和B超哪个准？",
    "钼靶检查有辐射吗，怀孕能做吗",
    "钼靶检查前要注意什么，会痛吗？",
    "乳攝和超音波哪個準？",
    "哺乳期可以做乳攝嗎？",
    "Is mammography or ultrasound more accurate for dense breasts?",
    "Is a mammogram safe during pregnancy?",
    # another modality's credentials, mammography named only as what it is likened to
    "乳腺超声的判读医师要什么资格？跟钼靶的一样吗",
])
def test_a_neighbour_asked_of_mammography_stays_refused(ask, question):
    assert ask(question).route == "out_of_scope"


@pytest.mark.parametrize("question", [
    "曝露指標校正的準確度怎麼測？",
    "平均乳腺輻射劑量測試幾分算 A？",
    "钼靶机的平均乳腺辐射剂量测试不合格会怎样？",
    "CR 的曝露指標，實測時會檢查校正準不準嗎？",
])
def test_our_tests_named_in_the_same_words_stay_ours(ask, question):
    assert ask(question).route == "retrieval"


# ---------------------------------------------------------------- an organiser applying to our society

# (question, the clauses one of which the answer must cite)
ORGANISER = [
    ("I'm the coordinator for our colorectal surgery society's spring meeting, and we're sending the recognition request to "
     "the surgical association ourselves. Do we still have to pay the per-application fee?", {"tsa-cme/4.3"}),
    ("I run the hand surgery society's spring symposium; when must we submit the credit recognition request to the TSA, "
     "and is there a fee?", {"tsa-cme/4.2", "tsa-cme/4.3"}),
    ("We're the pediatric surgery association organising a workshop — how do we apply to the surgical society for CME "
     "recognition?", {"tsa-cme/4", "tsa-cme/4.1", "tsa-cme/4.2", "tsa-cme/4.3"}),
    ("我们胸腔外科学会办研讨会，要向外科医学会申请学分认定，需要多久前提出申请？", {"tsa-cme/4.2"}),
    ("整形外科醫學會要辦研討會，主辦單位向本會申請認定要附什麼資料？", {"tsa-cme/4", "tsa-cme/4.3"}),
]


@pytest.mark.parametrize(("question", "clauses"), ORGANISER)
def test_an_organiser_applying_to_our_society_is_answered(ask, question, clauses):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    assert clauses & {c.id for c in a.citations}, [c.id for c in a.citations]


@pytest.mark.parametrize("question", [
    "大腸直腸外科醫學會自己的積分怎麼申請認定？",
    "The colorectal surgery society's own CME requirement for its members — how many points?",
    "Does the colorectal surgery society charge a fee to recognise outside courses?",
    "泌尿科醫學會的積分認定要繳費嗎？",
])
def test_another_societys_own_procedure_stays_refused(ask, question):
    assert ask(question).route == "out_of_scope"


# ---------------------------------------------------------------- a treatment chosen for a staged disease

@pytest.mark.parametrize("question", [
    "TACE for a 6cm HCC with portal vein thrombus - should we do TARE instead? pt is Child B",
    "Should we switch this HCC to Y-90 after two failed TACEs?",
    "we have a 4cm HCC with PVTT, Child A — would Y-90 be better than TACE here?",
    "Child-Pugh B7 with a 5 cm HCC — is TACE still reasonable or should we go to systemic therapy?",
    "5cm renal angiomyolipoma - should we embolize prophylactically?",
    "肝癌 6 公分合併門靜脈栓塞，要做 TACE 還是改 TARE？",
    "肝癌 5 公分 TACE 做了三次都沒反應，要不要改 Y90？",
    "腎臟血管肌脂肪瘤 5 公分要不要先栓塞？",
    "肝癌7厘米伴门静脉癌栓，Child B，做TACE还是直接上靶向？",
])
def test_a_treatment_chosen_for_a_staged_disease_is_refused(ask, question):
    a = ask(question)
    assert a.route == "out_of_scope", (a.route, a.answer[:200])
    assert not a.citations


@pytest.mark.parametrize("question", [
    "TACE for HCC counts as tumour embolization? how many cases for the instructor cert?",
    "I did TARE for 40 HCC patients, do they count toward the 300 embolization cases?",
    "Does TARE for a 6 cm HCC count as tumour embolization or non-tumour embolization?",
    "病人 6 公分肝癌做了 Y90，算腫瘤栓塞的個案嗎？",
    "肝癌栓塞的個案要做幾例才能申請指導老師？",
])
def test_our_measures_asked_of_the_same_treatment_stay_ours(ask, question):
    assert ask(question).route != "out_of_scope"


# ---------------------------------------------------------------- another certificate said short

@pytest.mark.parametrize("question", [
    "neuro-IR thrombectomy cert - how many cases needed? is that stroke society or TSIR??",
    "Which society issues the neuro-IR cert — TSIR or the stroke society? How many thrombectomies?",
    "EVT cert for stroke - how many cases? does TSIR run that?",
    "Our hospital's EVT credential for acute stroke needs how many cases?",
    "是不是神經介入的取栓認證也歸 TSIR 管？要幾例？",
    "神經介入取栓的認證要幾例？是腦中風學會還是介入放射線學會發的？",
    "神经介入取栓资格认证要多少例，是卒中学会管还是TSIR？",
])
def test_another_certificate_said_short_is_refused(ask, question):
    a = ask(question)
    assert a.route == "out_of_scope", (a.route, a.answer[:200])
    assert not a.citations


@pytest.mark.parametrize("question", [
    "TSIR instructor cert - how many vascular intervention cases needed?",
    "TSIR instructor cert: how many cases in total, and within how many years?",
    "指導老師認證血管介入要幾例？",
    "Does mechanical thrombectomy count toward the TSIR instructor's vascular intervention cases?",
])
def test_the_tsir_instructor_certificate_stays_ours(ask, question):
    assert ask(question).route == "retrieval"
