"""Routing classes of the sixteenth round's development data (SPEC §3). Wordings are our own, never the eval sentences;
every test asserts in its own body with the real engine (real index, real calculators).

- scope: a stray verb or particle left before 學會 / 專科證書 ("要送學會", "函釋在講專科證書") names no other body; the best
  clause's own asks count as its words when the three retrievers agree on it ("國外開會回來要附什麼");
- the rule's value or consequence asked of a case supposed ("if every unit fails the retest", "假如我是講者"), with nothing of
  one's own case stated: the rule, quoted;
- the rule's procedure or reference asked: how a lost standing is regained, from which day a period counts, whether all
  of one's items count: the rule, quoted, even beside a count of one's own;
- one's own case with the fact that decides it missing: a figure the reading cannot place ("差異 18%" — which side?), a
  result said only to be low, a relative screening date, the reduction asked beside one's own years: asked back;
- a part naming a figure only as "the same" as another part's takes that part's figure.
"""

from __future__ import annotations

import pytest

# --- scope: a stray verb before 學會 / 專科證書 is no body's name -------------------------------------------------------


@pytest.mark.parametrize("question", [
    "有人跟我說衛生署有公文在講專科證書到期前要自己提展延，是真的嗎",
    "海報發表要寄學會審，要附議程哪一頁？",
    "聽說有個函在談專科證書展延要自己申請，是哪一個函？",
    "演講摘要是要交學會還是主辦單位？",
    "發表的積分要送學會認定的話，要附什麼？",
])
def test_a_verb_before_the_society_word_names_no_other_body(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert answer.citations


@pytest.mark.parametrize("question", [
    "急性胆囊炎发病超过72小时，还要不要马上开刀？",
    "家醫學會的積分規定是什麼",
    "眼學會的換證要幾分",
    "我想問皮膚科醫學會的專科證書怎麼展延",
])
def test_another_specialty_named_by_one_or_more_characters_stays_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "國外開會回來要自己申請 要附什麼？名牌照片可以嗎",
    "出國開會回來要自己申請，要附哪些？",
    "去國外開會回來，自己申請要附什麼東西",
])
def test_the_best_clauses_asks_count_as_its_words_when_the_retrievers_agree(ask, question):
    # (the clause's own text has 國外; its asks add 開會 and 附什 — three words of the question in all)
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert "tsa-cme/5.4.n1" in [c.id for c in answer.citations]


# --- neighbours: another specialty's board asked; a screening not paid is ours ------------------------------------------


@pytest.mark.parametrize("question", [
    "How many CME hours does the urology board require for recert? Would my mammo reading course count?",
    "does the internal medicine board accept a mammography QC seminar toward its hours?",
    "What does the pediatrics specialty board want for renewal, and does an interventional course count?",
])
def test_another_specialtys_board_as_the_one_that_asks_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "which of our screenings will not be paid if we go over the volume?",
    "篩檢量太多的話，超過的案會不給付嗎",
    "If we screen too many, how many mammograms won't be paid?",
])
def test_screenings_not_paid_are_the_volume_rules(ask, question):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]


# --- the rule's value or consequence of a case supposed ---------------------------------------------


@pytest.mark.parametrize("question", [
    "假如我是月會的講者，除了出席還可以多拿幾分？",
    "如果我是SCI論文的第二作者，能拿多少分",
    "if I were moderating at the annual meeting, what would I get for it?",
    "要是我當座長，一次給幾分？",
    "suppose I give a talk at one of the monthly meetings — how much is that on top of attending?",
])
def test_a_role_supposed_with_nothing_of_ones_own_asks_the_rule(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "if none of our units pass the AEC re-check in time, what happens to the facility?",
    "what if all of our readers skip the case conference?",
    "if each of our radiographers gets a D, what happens next?",
])
def test_a_supposed_case_of_every_unit_or_person_asks_the_rules_consequence(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]


def test_a_role_with_ones_own_act_and_count_is_still_computed(ask):
    answer = ask("今年我以通訊作者發表了 2 篇 SCI，總共幾分？")
    assert answer.route == "calculator", answer.answer[:200]
    assert [c.name for c in answer.tool_calls] == ["tsa_credit_tally"]


# --- the rule's procedure, reference day and limit -----------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "被停止判讀之後要怎麼做才能恢復？",
    "停判以后如何才能重新判读？",
    "how does a reader who was suspended get reinstated?",
    "what does it take for a stopped reader to resume reading?",
    "複判差異太高被停判了，要怎樣才可以再判讀",
])
def test_how_a_lost_standing_is_regained_asks_the_rule(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert "hpa-mammo/2.1.1.2.3" in [c.id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "指導老師換證的積分是從哪一天開始算？",
    "指导老师证书效期从什么时候开始算",
    "換證條件的起算日是哪天",
    "What date is the instructor renewal period counted from?",
])
def test_the_day_a_rules_period_counts_from_asks_the_rule(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert "tsir-instructor/4" in [c.id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "同一場年會投了4篇壁報，全部都能算積分嗎？",
    "我这次年会发表了4篇，是不是4篇都能拿分？",
    "I presented 4 posters at one congress as first author — do all of them count?",
    "年會我發表了五篇，每篇都能給分嗎？",
])
def test_whether_all_of_ones_items_count_asks_the_rules_limit(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert "tsa-cme/5.6" in [c.id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "My six years add up to 700 but one year I had basically nothing. Can I renew?",
    "over 600 in total, though one year was literally zero — renewal ok?",
])
def test_a_zero_year_said_without_its_unit_asks_the_rule(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]


# --- one's own case with the deciding fact missing: asked back -----------------------------------------------------------


@pytest.mark.parametrize("question", [
    "複判差異 22%，會被停判嗎？",
    "我們醫師複判差異17%，要停止判讀嗎",
    "复判差异 19%，会不会被停判？",
])
def test_a_discrepancy_figure_without_its_side_asks_the_side(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "品管實測有一項分數太低，這台還能用嗎？",
    "我们品管实测分数偏低，机器会不会被停用？",
    "the QC field test scores came in too low on one item, can the unit still screen?",
    "QC實地測試做完了，分數偏低，還可以做篩檢嗎",
])
def test_a_qc_result_said_low_without_its_scores_asks_the_scores(ask, question):
    # (owned — we, one item of ours — or said done; "差異太高會怎樣" with neither stays the rule's: test_routing_own_results)
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert "hpa_qc_grade" == answer.pending_call.name


@pytest.mark.parametrize("question", [
    "個案上週做了乳攝，要追蹤的話最晚哪天？",
    "阿姨兩週前來照的，複檢期限是幾號",
    "we screened a lady last week, what's her follow-up deadline?",
    "病患前天篩檢，追蹤截止日是哪一天？",
])
def test_a_screening_dated_relatively_asks_category_and_day(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls
    assert "category" in answer.answer.lower()


@pytest.mark.parametrize("question", [
    "I'm 58. Could I apply for the lifetime instructor certificate instead?",
    "I'm 59 — will I be able to get the lifetime instructor certificate rather than renew?",
    "turning 60 soon, would I be eligible for the lifetime instructor cert?",
])
def test_an_age_without_dates_asks_the_birth_and_application_dates(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert answer.pending_call.name == "tsir_renewal_check"


@pytest.mark.parametrize("question", [
    "之前參加過駐外醫療團，門檻可以少多少？我六年積分是 90、100、80、70、60、95",
    "I served on an overseas medical mission for a while; my six years are 90, 100, 110, 80, 95, 70. How much lower is my requirement?",
    "驻外医疗团去过一段时间，展延要求能减多少？六年积分 100、90、80、70、60、90",
])
def test_the_reduction_asked_beside_ones_own_years_asks_the_missing_period(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert answer.pending_call.name == "tsa_renewal_check"


# --- multi-part: "the same" figure as another part's --------------------------------------------------------------------


@pytest.mark.parametrize("question, second", [
    ("1) 完成率 62%，補助 4,000,000 扣多少？ 2) 完成率 71%，一樣的補助呢？", 200000),
    ("(a) completion rate 62%, subsidy NT$4,000,000: deduction? (b) completion rate 71% with the same subsidy: deduction?", 200000),
    ("① 补助 4,000,000，完成率 62% 扣多少 ② 同样补助金额，完成率 71% 扣多少", 200000),
])
def test_a_part_naming_the_same_figure_takes_it_from_the_part_before(ask, question, second):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    amounts = [c.result.get("deduction_amount") for c in answer.tool_calls]
    assert len(amounts) == 2
    assert amounts[1] == second


# --- multi-part: numbered facts with one question after them are one question ------------------------------------------


@pytest.mark.parametrize("question, pct", [
    ("(1) suspected positives 420, completed 300 (2) subsidy NT$3,000,000. deduction rate and amount?", 5),
    ("1. 疑似陽性 280 案 2. 完成追蹤 190 案 3. 補助 200 萬，扣多少？", 10),
    ("资料如下 ①阳性个案 500，追完 300 ②补助 4,000,000，扣多少？", 15),
])
def test_numbered_facts_before_one_question_are_one_calculation(ask, question, pct):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert [c.name for c in answer.tool_calls] == ["hpa_followup_deduction"]
    assert answer.tool_calls[0].result["deduction_pct"] == pct


def test_numbered_questions_stay_parts(ask):
    answer = ask("1) 完成率 62%，補助 4,000,000 扣多少？ 2) 今年月會去了 3 次，幾分？")
    assert len(answer.parts) == 2
