"""Routing and scope classes of the tenth round's development data (SPEC §3, issue 9 / 10).
Wordings are our own, never the eval sentences.

What is asked decides the route, not the words that happen to be there:
- a rule's word in a clause that only states a fact of one's own ("每場都有拿參加證明", "之前沒被要求過", "I kept every
  certificate") names no rule asked about: the clause that asks decides;
- a value of one's own judged with a hedge, its figure not given ("複判差異好像偏高", "完成率感覺有點低", "kinda high",
  "on the high side"), and results said to be back ("got my results back") are the person's own case: the figure is asked;
- a grade asked as a yes / no ("算A嗎", "能到A吗", "do we get an A") asks the grade of one's own figures, as "幾等" does;
- whether one's own value crosses the rule's bound, asked of the bound ("會不會低於75%", "will we fall below 75%"), asks the
  value; the rule's bound restated beside figures of one's own ("超過合理量10%以上的有幾案", "完成率 55%，低於 60% 扣多少")
  is computed with those figures, never with the bound;
- the IR society called by its short names (介入學會, 介入性治療學會) is ours;
- a medical device's market licence (查驗登記, TFDA) and a hospital's own teacher title (臨床教師) are neighbours, refused;
- a multi-part message's heading ("Two things for our annual review:") is no fact of each part;
- a reply giving a count asked for and more facts besides ("講師5次，放射線專科教育積分60分") fills the count and adds the rest;
- a vague English count of congresses, symposia or workshops ("a few international congresses") is asked, never taken as 1.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.routing import asked_clauses, decide_calculation
from bot.scope import out_of_scope_marker
from tests.bot.conftest import TODAY, ask_and_reply


# ------------------------------------------------------------------ a rule word in a stated fact


@pytest.mark.parametrize("question, tool", [
    ("我去年參加了一些國外研討會，每一場都有拿出席證明，可以算幾分？", "tsa_credit_tally"),
    ("今年上了幾次院外課程，都有拿到上課證明，這樣總共多少分？", "tsa_credit_tally"),
    ("我今年發表了幾篇SCI論文，文件都準備好了，可以拿多少？", "tsa_credit_tally"),
    ("I went to a few international congresses this year and kept every attendance certificate. How many credits is that?",
     "tsa_credit_tally"),
    ("我今年去了好幾次月會，簽到資料都有留，總共幾分？", "tsa_credit_tally"),
])
def test_a_rule_word_in_a_stated_clause_does_not_make_a_rules_question(ask, question, tool):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert answer.pending_call is not None and answer.pending_call.name == tool
    assert not answer.tool_calls
    assert any(m.startswith("vague:") for m in answer.missing)


@pytest.mark.parametrize("question", [
    "國外會議的積分要附什麼證明？",
    "參加院外研討會，需要交哪些證明文件？",
    "What documents do I need to attach for an overseas congress?",
    "論文積分申請要附什麼資料？",
    "每場研討會都要拿出席證明嗎？",
])
def test_a_rule_word_in_the_asking_clause_is_still_a_rules_question(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


def test_only_statement_clauses_are_blanked():
    text = Query("依照規定，我今年月會3次、年會1次，幾分？", TODAY).text
    kept = asked_clauses(text)
    assert "規定" not in kept
    assert "幾分" in kept
    assert asked_clauses("國外會議的積分,要附什麼證明?").endswith("要附什麼證明?")


def test_a_rule_word_in_a_stated_clause_leaves_a_full_calculation_computed(ask):
    answer = ask("依照規定，我今年月會3次、年會1次，幾分？")
    assert answer.route == "calculator", answer.answer[:200]
    assert answer.tool_calls[0].result["total"] == 120


# ------------------------------------------------------------------ a hedged own value, no figure


@pytest.mark.parametrize("question, tool", [
    ("我們科裡有位放射師的複判差異看起來有點高，會不會被要求去上課？", "hpa_reread_action"),
    ("我们医院的追踪完成率感觉有点低，会被扣款吗？", "hpa_followup_deduction"),
    ("Our positive re-read discrepancy seems a bit high this year. Will he be suspended?", "hpa_reread_action"),
    ("The follow-up completion rate looks kinda low for us, any deduction?", "hpa_followup_deduction"),
    ("我們的陰性複判差異似乎偏高，要停止判讀嗎？", "hpa_reread_action"),
    ("We just got our re-read results back and the negative one is on the high side — what happens?", "hpa_reread_action"),
])
def test_a_hedged_value_of_ones_own_asks_for_the_figure(ask, question, tool):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert answer.pending_call is not None and answer.pending_call.name == tool
    assert not answer.tool_calls


def test_a_hedged_reread_value_completes_with_the_figures_in_reply(engine):
    first, reply = ask_and_reply(engine, "我們科有位醫師的複判差異感覺偏高，結果會怎樣？", "陽性 45%、陰性 16%")
    assert first.route == "clarify"
    assert reply.route == "calculator", reply.answer[:200]
    assert reply.tool_calls[0].result["tier"] == "required"


def test_too_high_with_no_one_of_ones_own_is_still_the_rule(ask):
    answer = ask("複判差異太高會怎樣？")
    assert answer.route == "retrieval", answer.answer[:200]


# ------------------------------------------------------------------ a grade asked as yes / no


@pytest.mark.parametrize("question", [
    "我的自選片平均可以拿到A嗎？",
    "我們抽選片的分數能到 B 嗎？",
    "Do we get an A on the sampled films?",
    "我们技师的自选片能评到A吗？",
    "Will my self-selected sets still be an A?",
])
def test_a_grade_asked_as_yes_no_without_scores_asks_for_them(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert answer.pending_call is not None and answer.pending_call.name == "hpa_image_grade"
    assert not answer.tool_calls


@pytest.mark.parametrize("question, grade", [
    ("我自选片两组是365和352，算A吗？", "B"),
    ("Is it still an A if my self-selected sets scored 361 and 358?", "B"),
    ("我的抽選片三組 350、362、371，能到A嗎？", "A"),
])
def test_a_grade_asked_as_yes_no_with_scores_is_computed(ask, question, grade):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert answer.tool_calls[0].name == "hpa_image_grade"
    assert answer.tool_calls[0].result["grade"] == grade


def test_a_grade_yes_no_reply_completes(engine):
    first, reply = ask_and_reply(engine, "我的抽選片平均能到A嗎？", "348、366、372")
    assert first.route == "clarify"
    assert reply.route == "calculator", reply.answer[:200]
    assert reply.tool_calls[0].result["grade"] == "A"


# ------------------------------------------------------------------ a bound: checked, or restated


@pytest.mark.parametrize("question", [
    "我們的追蹤完成率會不會低於70%？",
    "我们医院疑似阳性个案追踪完成率会不会低于 65%？",
    "Will our completion rate fall below 75% this year?",
    "我們完成率是否已經低於 60%？",
    "Are we going to drop under 70% on follow-up completion?",
])
def test_whether_ones_own_value_crosses_a_bound_asks_the_value(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert answer.pending_call is not None and answer.pending_call.name == "hpa_followup_deduction"
    assert not answer.tool_calls


@pytest.mark.parametrize("question, field, value", [
    ("三位放射師工作天數 365、300、200，一年篩檢一萬二千案，超過合理量10%以上的有幾案？", "excess_cases", 0),
    ("兩位放射師各工作 365 天，全年篩檢 14000 案，超過合理量 10% 以上的部分有幾案？", "excess_cases", 800),
    ("完成率 55%，低於 60% 扣多少？", "deduction_pct", 20),
    ("我們追蹤完成率 72%，低於 75% 的話扣多少？", "deduction_pct", 5),
    ("Completion rate 67%; below 70% what's the deduction?", "deduction_pct", 10),
])
def test_a_bound_restated_beside_ones_own_figures_is_computed_with_them(ask, question, field, value):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert answer.tool_calls[0].result[field] == value


@pytest.mark.parametrize("question", [
    "追蹤完成率低於 60% 會怎樣？",
    "複判差異超過 60% 會被停權嗎？",
    "今年疑似陽性追蹤完成率有沒有可能跌破 60%？",
])
def test_a_bound_alone_is_never_computed_as_a_value(ask, question):
    answer = ask(question)
    assert answer.route != "calculator", answer.answer[:200]
    assert not answer.tool_calls


# ------------------------------------------------------------------ the IR society's short names


@pytest.mark.parametrize("question, issued", [
    ("介入學會指導老師證書 2021 年 5 月 3 日核發，什麼時候到期？", "2021-05-03"),
    ("我的介入性治療學會指導老師證書是2019/8/1發的，換證從哪天開始？", "2019-08-01"),
    ("介入学会的指导老师证书2022年1月10日发的，几号到期？", "2022-01-10"),
    ("台灣介入學會的指導老師證，2020/12/1 發證，最早哪天可以申請換證？", "2020-12-01"),
    ("介入治療學會指導老師證書2018年3月15日核發的，幾號到期？", "2018-03-15"),
])
def test_the_ir_society_by_its_short_names_is_ours(ask, question, issued):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert answer.tool_calls[0].name == "renewal_window"
    assert answer.tool_calls[0].args["issue_date"] == issued


def test_another_society_named_before_its_certificate_stays_foreign():
    assert out_of_scope_marker(Query("心臟學會的指導醫師證書怎麼換證？", TODAY)) is not None


# ------------------------------------------------------------------ neighbours: device licences, hospital teachers


@pytest.mark.parametrize("question", [
    "新買的乳房攝影儀要辦醫療器材查驗登記，需要準備什麼？",
    "乳攝儀器的許可證要向食藥署申請嗎？",
    "How long does TFDA medical device registration take for a new mammography unit?",
    "我們醫院的臨床教師認證需要幾小時教學時數？",
    "What are the requirements for the clinical teacher certification at my hospital?",
    "部定教師升等要幾篇論文？",
])
def test_device_licences_and_hospital_teacher_titles_are_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]
    assert not answer.citations


def test_our_rule_naming_the_fda_stays_in_scope(ask):
    answer = ask("未具 FDA 核可的乳攝儀，品保要符合什麼？")
    assert answer.route == "retrieval", answer.answer[:200]


# ------------------------------------------------------------------ a heading before numbered parts


@pytest.mark.parametrize("question, tools", [
    ("Two questions about our site review: (1) 3 radiographers, 365, 365 and 180 days, 16,000 screenings – over the limit? "
     "(2) one of them did 520 last month – over the monthly cap?", ["hpa_facility_volume", "hpa_radiographer_volume"]),
    ("兩個問題關於機構審查：(1) 複判差異陽性 55%、陰性 10%，處置？ (2) 追蹤完成率 68%，扣多少？",
     ["hpa_reread_action", "hpa_followup_deduction"]),
    ("Quick questions regarding the QC visit: 1) positive reread discrepancy 62%, negative 5% – outcome? "
     "2) follow-up completion 72% – deduction?", ["hpa_reread_action", "hpa_followup_deduction"]),
    ("幾個問題，關於乳攝審查：1. 疑似陽性 200 案完成 150 案，扣款多少？ 2. 某位放射師上個月拍了 510 案，有沒有超過上限？",
     ["hpa_followup_deduction", "hpa_radiographer_volume"]),
    ("A couple of things re the audit: (a) follow-up completion rate 66% — deduction? (b) reread discrepancy positive 45%, "
     "negative 4% — action?", ["hpa_followup_deduction", "hpa_reread_action"]),
])
def test_a_heading_before_numbered_parts_is_no_fact_of_each(ask, question, tools):
    answer = ask(question)
    assert [p.route for p in answer.parts] == ["calculator", "calculator"], [p.answer[:80] for p in answer.parts]
    assert [c.name for c in answer.tool_calls] == tools


def test_a_heading_naming_a_year_is_kept_for_each_part(ask):
    answer = ask("Two things about my 2025 credits: (1) 3 monthly meetings (2) 1 annual meeting. Total?")
    assert answer.tool_calls
    assert all(a.get("year") == 2025 for c in answer.tool_calls for a in c.args["activities"])


# ------------------------------------------------------------------ a reply: the count asked, and more


@pytest.mark.parametrize("question, reply, field, value", [
    ("國內介入研討會當講師好幾次了，國外會議去了2次，換證積分夠了嗎", "講師5次，放射線專科教育積分60分", "points", 190),
    ("今年去了好幾次月會，年會1次，幾分？", "6次，另外國外會議2次", "total", 210),
    ("我去了幾次院外研討會（每場2小時以內），總共幾分？", "4次，另外月會3次", "total", 80),
])
def test_a_reply_giving_the_count_and_more_facts_completes(engine, question, reply, field, value):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    assert second.route == "calculator", second.answer[:200]
    assert second.tool_calls[0].result[field] == value


def test_a_reply_with_an_unreadable_extra_figure_is_asked_not_computed(engine):
    first, second = ask_and_reply(engine, "國內介入研討會當講師好幾次了，國外會議去了2次，換證積分夠了嗎", "講師5次，另外那個60")
    assert first.route == "clarify"
    assert second.route == "clarify", second.answer[:200]
    assert not second.tool_calls


# ------------------------------------------------------------------ a vague English count


@pytest.mark.parametrize("question", [
    "I attended a few international congresses this year. Credits?",
    "went to several symposia abroad in 2025, how many points?",
    "I did a couple of workshops (each under 2 hours) this year — how many credits?",
    "Attended some overseas conferences this year; total credits?",
    "I presented at a few international congresses this year; what's my total?",
])
def test_a_vague_english_count_is_asked_never_taken_as_one(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls


def test_decide_reads_a_hedged_value_as_ones_own():
    decision = decide_calculation(Query("我們有位技師的複判差異好像偏高，會被要求上課嗎？", TODAY))
    assert decision is not None and decision.route == "clarify"
    assert decision.extraction.tool == "hpa_reread_action"


# ------------------------------------------------------------------ unable to act in time: the rule's exception


@pytest.mark.parametrize("question", [
    "證書到期那幾個月我剛好出國進修，來不及在期限內申請展延，該怎麼辦？",
    "我人在國外，沒辦法在效期內送件換證，要怎麼處理？",
    "明年證書到期時我會在美國受訓，無法提前申請展延，要先如何處理？",
    "I'll be overseas when my certificate expires and can't apply within the window — what should I do?",
    "我可能趕不上展延的申請期限，要怎麼做？",
])
def test_unable_to_apply_in_time_asks_the_rules_exception(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


def test_what_should_i_do_is_no_clinical_choice():
    q = Query("I will be abroad when my surgical certificate expires and cannot apply in time. What should I do?", TODAY)
    assert out_of_scope_marker(q) is None
    assert out_of_scope_marker(Query("58F with dense breasts, should I do an MRI first?", TODAY)) == "clinical"


# ------------------------------------------------------------------ the requirement asked, not one's own total


@pytest.mark.parametrize("question", [
    "我的指導老師證書明年到期，換證要累積多少積分？",
    "外科專科證書展延，六年需要累積多少學分？",
    "想先準備換證，指導老師效期內得達到多少積分？",
    "How many credits do I need to accumulate to renew my instructor certificate?",
    "我的證書後年到期，展延要修滿多少分？",
])
def test_the_requirement_to_accumulate_is_the_rules(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


def test_a_grade_asked_beside_an_unread_figure_is_not_asked_back_for_it():
    decision = decide_calculation(Query("我們技術員自選片其中一組評到350，這樣是B等嗎？", TODAY))
    assert decision is None or decision.route != "clarify"


# ------------------------------------------------------------------ whether a kind counts at all


@pytest.mark.parametrize("question", [
    "我在地區醫院進修了兩個月，這樣也算嗎？",
    "去外院的教學醫院 visiting 一個月，算不算外科學進修？",
    "My colleague did 3 months of surgical training at a regional hospital in Kaohsiung — would that count for CME?",
    "我們醫院的追蹤個案是在別家確診的，這樣算完成嗎？",
    "区域医院进修三个月，可以算吗？",
    "Does a 2-month observership at a non-medical-centre hospital in Taiwan count at all?",
])
def test_whether_a_kind_counts_is_the_rules_yes_no(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


def test_a_count_asked_beside_whether_it_counts_is_still_computed(ask):
    answer = ask("今年月會 3 次、年會 1 次，算得出來幾分嗎？")
    assert answer.route == "calculator", answer.answer[:200]
    assert answer.tool_calls[0].result["total"] == 120


# ------------------------------------------------------------------ another case put beside the one stated


@pytest.mark.parametrize("question", [
    "SCI 論文我是第二作者，算幾分？如果那篇是病例報告呢",
    "非 SCI 期刊一作幾分？要是我是通訊作者呢",
    "Second author on an SCI paper — how many points? What if it were a case report instead?",
    "月會聽講一次幾分？假如我是上台的講者呢？",
    "國外進修一個月幾分？若是在國內醫學中心的話呢",
])
def test_an_alternative_case_without_figures_asks_the_rule(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


def test_a_hypothetical_with_its_own_figures_is_still_computed(ask):
    answer = ask("月會去了 4 次，年會 1 次，如果我有一次是講者呢，總共幾分？")
    assert answer.route == "calculator", answer.answer[:200]
    assert answer.tool_calls


# ------------------------------------------------------------------ how *this* own activity is computed, its count vague


@pytest.mark.parametrize("question", [
    "我去年去國外進修了幾個月，這樣積分怎麼算？",
    "我今年上了幾次院外課程，這些學分要怎麼算？",
    "I did a few months of training at a medical centre last year — how would that be counted?",
    "我在醫學中心進修過一段時間，大概幾個月，我的積分怎麼計算？",
    "我之前去了好幾次月會，這個積分如何計算？",
])
def test_how_ones_own_vague_activity_is_computed_asks_the_count(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert answer.pending_call is not None and answer.pending_call.name == "tsa_credit_tally"
    assert not answer.tool_calls


def test_how_ones_own_vague_training_is_computed_completes_with_the_months(engine):
    first, reply = ask_and_reply(engine, "我前年在醫學中心進修了幾個月，這個積分怎麼算？", "3個月")
    assert first.route == "clarify"
    assert reply.route == "calculator", reply.answer[:200]
    assert reply.tool_calls[0].result["total"] == 12


@pytest.mark.parametrize("question", [
    "國內進修積分怎麼算？",
    "我們院內有3位合格放射師，每人都各交了一組，那機構的自選片成績是怎麼算出來的？",
])
def test_how_the_rule_computes_stays_the_rules(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
