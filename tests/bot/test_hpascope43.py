"""Round 43, mammography calculator readings and whose rules a question asks (zh-TW, zh-CN, English phrasings of our own;
none is from a blind bank):

1. The reading system named by the verb alone in a list of the QC items' scores ("判讀 79", "判读 92", "interpretation 80"):
   the reading system's score — never a count of cases read ("判讀 86 例"). A Chinese numeral before an arrow to what is
   asked ("照野九十 → 幾等") is a figure like any other.
2. The B/C grades put on the person who operates, said by who they are ("是操作人員的問題", "技師的錯", "操作员的问题",
   "blamed it on the operator"): a human factor; said not to be theirs ("不是操作人員的問題，是機器老舊"): none.
3. A screening result's category by its Chinese ordinal ("第四類的個案", "第三类", "第零類"), alone or in a numbered part of a
   multi-part message: that category, each part its own — never refused, never the other part's category.
4. The office a question comes from named as who asks ("會計室問：", "会计室的同事想知道", "會計那邊要知道"): no topic — the
   follow-up deduction is computed; the office's own subject (depreciation) stays out of scope.
5. Out of scope: a US board's continuous certification (ABS, "American board", "美國外科專科的持續認證"), never our CME; a
   document to draft ("draft me a cover letter", "幫我寫…推薦信"), never answered with our rules — whether an application needs
   a letter stays ours.
"""

from __future__ import annotations

import pytest

ORDER = ["dose_hvl_output_aec", "phantom_image", "compression", "field_alignment", "reading_system"]


def _call(answer, name):
    calls = [c for c in answer.tool_calls if c.name == name]
    assert calls, (answer.route, answer.missing, answer.answer[:300])
    return calls[0]


# ---------------------------------------------------------------- 1. the reading system by the verb

@pytest.mark.parametrize(("question", "scores", "worst"), [
    ("實地測試：劑量 90、假體 88、壓迫 86、照野 91、判讀 79，各幾等？", [90, 88, 86, 91, 79], "B"),
    ("质控成绩：剂量 86，假体 90，压迫 88，照野 87，判读 92，都是A吗？", [86, 90, 88, 87, 92], "A"),
    ("Field test: dose 88, phantom 90, compression 86, field 92, interpretation 80 — grades?", [88, 90, 86, 92, 80], "B"),
    ("實測各項：劑量九十、假體八十八、壓迫八十六、照野九十一、判讀七十九，幾等？", [90, 88, 86, 91, 79], "B"),
    ("劑量八十五、假體九十二、壓迫八十七、判讀八十六、照野九十 → 是不是全A", [85, 92, 87, 90, 86], "A"),
])
def test_the_reading_system_by_the_verb(ask, question, scores, worst):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    call = _call(a, "hpa_qc_grade")
    assert call.args["scores"] == dict(zip(ORDER, scores))
    assert call.result["worst"] == worst


def test_a_count_of_cases_read_is_no_qc_score(ask):
    a = ask("判讀醫師去年判讀 86 例，複判不一致 10 例，比率多少？")
    assert not any(c.name == "hpa_qc_grade" for c in a.tool_calls), a.tool_calls


# ---------------------------------------------------------------- 2. the human factor put on the operator

@pytest.mark.parametrize(("question", "human"), [
    ("實測：劑量 88、假體 79、壓迫 92、照野 70、閱片 84，委員說是技師的錯，要上品管課嗎？", True),
    ("实地测试：剂量 88、假体 79、压迫 92、照野 70、阅片 84，评审说是操作员的问题，要去上课吗？", True),
    ("Field test: dose 88, phantom 79, compression 92, field 70, reading 84. The surveyors blamed it on the operator. "
     "Do we need the QC meeting?", True),
    ("實測：劑量 88、假體 79、壓迫 92、照野 70、閱片 84，評審說是操作上的問題，要上課嗎？", True),
    ("實測：劑量 88、假體 79、壓迫 92、照野 70、閱片 84，不是操作人員的問題，是機器老舊，要上品管課嗎？", False),
])
def test_the_human_factor_put_on_the_operator(ask, question, human):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    call = _call(a, "hpa_qc_grade")
    assert call.args.get("human_factor") is human
    assert call.result["worst"] == "C"


# ---------------------------------------------------------------- 3. the category by its Chinese ordinal

@pytest.mark.parametrize(("question", "category", "deadline"), [
    ("第三類的個案 2026/5/1 篩檢，最晚哪天複檢？", 3, "2026-11-01"),
    ("第五類 2026/6/10 篩檢，確診期限？", 5, "2026-08-10"),
    ("第四類的個案 115/3/2 篩的，最晚哪天要確診？", 4, "2026-05-02"),
    ("第零类的个案 2026年9月1日筛查的，最晚哪天要复检？", 0, "2026-11-01"),
])
def test_the_category_by_its_chinese_ordinal(ask, question, category, deadline):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    call = _call(a, "hpa_followup_deadline")
    assert call.args["category"] == category
    assert str(call.result["deadline"]) == deadline


@pytest.mark.parametrize(("question", "expected"), [
    ("兩個問題：1) 第四類的個案 115/3/2 篩的，最晚哪天要確診？ 2) 另一位 115/11/3 篩的是第0類，最晚哪天要召回複查完？",
     [(4, "2026-05-02"), (0, "2027-01-03")]),
    ("1) 第三類的個案 2026/5/1 篩檢，最晚哪天複檢？ 2) 第五類 2026/6/10 篩檢，確診期限？", [(3, "2026-11-01"), (5, "2026-08-10")]),
    ("两个问题：1）第四类的个案 2026/3/2 筛的，最晚哪天确诊？2）另一位第三类 2026/4/1 筛的，最晚哪天复检？",
     [(4, "2026-05-02"), (3, "2026-10-01")]),
    ("Two questions: (1) a category 4 screened 2026-03-02 — diagnosis deadline? (2) another one, category 0 screened "
     "2026-11-03, recall deadline?", [(4, "2026-05-02"), (0, "2027-01-03")]),
])
def test_each_part_keeps_its_own_category(ask, question, expected):
    a = ask(question)
    assert a.route == "calculator" and len(a.parts) == 2, (a.route, a.answer[:300])
    got = [(p.tool_calls[0].args["category"], str(p.tool_calls[0].result["deadline"])) for p in a.parts]
    assert got == expected


def test_the_period_of_a_category_by_its_ordinal_stays_the_rules(ask):
    a = ask("第四類的個案要在幾個月內完成確診？")
    assert a.route == "retrieval" and any(c.id == "hpa-mammo/2.5.4" for c in a.citations), (a.route, a.answer[:200])


# ---------------------------------------------------------------- 4. the office that asks is no topic

@pytest.mark.parametrize(("question", "args", "amount"), [
    ("会计室的同事想知道：疑似阳性 250 例，追踪完成 190 例，补助 180 万，会被扣多少？", (250, 190, 1800000), 0),
    ("疑似陽性 400 例、完成追蹤 330 例，補助款 300 萬，會計那邊要知道會被扣多少", (400, 330, 3000000), 0),
    ("人事室來問：去年疑似陽性 200 例，追蹤完成 138 例，補助 150 萬，要扣多少？", (200, 138, 1500000), 150000),
    ("Our accounting office asks: 320 suspected positives, 250 followed up, HPA subsidy NT$2,000,000 — how much gets deducted?",
     (320, 250, 2000000), 0),
])
def test_the_office_that_asks_is_no_topic(ask, question, args, amount):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "hpa_followup_deduction")
    assert (call.args["suspected_positive_cases"], call.args["completed_cases"], call.args["annual_subsidy"]) == args
    assert call.result["deduction_amount"] == amount


@pytest.mark.parametrize("question", [
    "會計室問：這台乳攝機折舊要提列幾年？",
    "Our accounting office asks: how many years do we depreciate the mammography unit over?",
])
def test_the_offices_own_subject_stays_out(ask, question):
    assert ask(question).route == "out_of_scope"


# ---------------------------------------------------------------- 5. neighbours out of scope

@pytest.mark.parametrize("question", [
    "How many CME credits per year does the American Board of Surgery's Continuous Certification program require?",
    "I also hold a US board in surgery; do they want 150 CME hours every 5 years?",
    "我在美國受訓過，美國外科專科的持續認證每個週期要多少 CME 時數？",
    "美国外科board的continuous certification要多少学分？两边都想维持",
])
def test_a_us_boards_certification_is_not_ours(ask, question):
    a = ask(question)
    assert a.route == "out_of_scope" and not a.tool_calls, (a.route, a.answer[:200])


@pytest.mark.parametrize("question", [
    "幫我寫一封申請介入放射 fellowship 的自傳和推薦信",
    "帮我写一份申请外科进修的求职信",
    "Please write a personal statement for my IR fellowship application.",
    "可以幫我擬一封給外科醫學會的 email，說明積分申請延誤的原因嗎？",
])
def test_a_document_to_draft_is_not_ours(ask, question):
    a = ask(question)
    assert a.route == "out_of_scope", (a.route, a.answer[:200])
    assert "draft" in a.answer or "代寫" in a.answer


@pytest.mark.parametrize("question", [
    "申請指導老師要附推薦信嗎？",
    "Do I need to write a cover letter for the instructor application?",
    "我去美國進修三個月，外科積分怎麼算？",
])
def test_our_own_documents_and_credits_stay_ours(ask, question):
    assert ask(question).route != "out_of_scope"
