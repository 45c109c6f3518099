"""Multi-part questions (SPEC §3 `parts`, issue 9): each part computed right, a fact read by one part
accounted for the others, and a part's result fed to the next only from the calculator, said so.

Unit checks of `bot.parts` and the ledger's `others`, then the real engine (conftest: real index, no model).
"""

from __future__ import annotations

import pytest

from bot.ledger import READ_BY_OTHERS, account
from bot.parsing.text import Query
from bot.parts import CHAINS, assign, sentences, split_parts
from tests.bot.conftest import TODAY


def _calls(answer):
    return [[(c.name, c.args) for c in p.tool_calls] for p in answer.parts]


# ------------------------------------------------------------------ units


def test_two_parts_computing_the_same_call_take_different_calculations():
    same = ("renewal_window", "expiry=2028-03-31", 3.0)
    # part 1 also reads the yearly list; part 2 reads only the date: part 1 takes the renewal check
    assert assign([[same, ("tsa_renewal_check", "years=[…]", 2.5)], [same]]) == [1, 0]
    # different arguments of one calculator are two calls: nothing changes
    assert assign([[("tsa_credit_tally", "a", 3.0)], [("tsa_credit_tally", "b", 3.0)]]) == [0, 0]
    # no other reading: both keep their own, no part is dropped
    assert assign([[same], [same]]) == [0, 0]
    assert assign([[], [same]]) == [-1, 0]


def test_the_part_that_loses_least_takes_its_other_reading():
    same = ("tsa_credit_tally", "x", 4.0)
    assert assign([[same, ("tsa_renewal_check", "{}", 1.0)], [same, ("tsa_renewal_check", "{}", 3.5)]]) == [0, 1]


def test_a_lead_in_counting_the_questions_is_no_part_of_the_first():
    for text in ("Two questions: 400 suspected, 268 done, how much is deducted? And 71.5% this year, which bracket?",
                 "兩個問題：月會 3 次幾分？證書 2027/3/1 到期，何時可以申請？"):
        pieces, numbered = split_parts(text)
        assert not numbered and len(pieces) == 2
        assert not pieces[0].lower().startswith(("two", "兩"))


def test_a_question_with_no_figure_takes_the_clauses_stated_before_the_first_question():
    pieces, _ = split_parts("证书 2028/3/31 到期，六年学分 100、110、105、95、120、90，能展延吗？最早什么时候可以送？")
    assert pieces[1].startswith("证书 2028/3/31 到期，六年学分") and pieces[1].endswith("最早什么时候可以送？")
    pieces, _ = split_parts("Expires 2028-03-31, can I renew? When can I send it?")
    assert pieces[1] == "Expires 2028-03-31 When can I send it?"


def test_sentences_are_split_at_their_ends_not_at_a_decimal_point():
    assert sentences("RFA 130, MWA 55. Issued 2026-12-20, when is the window?") == [
        "RFA 130, MWA 55.", "Issued 2026-12-20, when is the window?"]
    assert sentences("完成率 71.5%，扣多少？") is None
    assert sentences("腫瘤栓塞 320 例。什麼時候換證？") == ["腫瘤栓塞 320 例。", "什麼時候換證？"]


def test_a_chain_takes_only_a_result_of_this_year():
    chain = next(c for c in CHAINS if c.target == "tsa_renewal_check")
    assert chain.value({"total": 140, "by_year": {"2026": 140}}, TODAY) == 140
    assert chain.value({"total": 140, "by_year": {"2025": 140}}, TODAY) is None  # which year of six? ask
    assert chain.value({"total": 200, "by_year": {"2025": 60, "2026": 140}}, TODAY) is None
    assert "第 1 題" in chain.note("zh-TW", 1, 140) and "part 2: 140" in chain.note("en", 2, 140)


def test_words_another_part_read_are_accounted_for():
    text = Query("前五年 100、110、90、120、100，今年月會 4 次，六年加起來夠展延嗎？", TODAY).text
    tally = {"activities": [{"kind": "tsa_monthly_meeting", "count": 4, "year": 2026}]}
    alone = account(text, TODAY, [tally])
    assert not alone.complete
    renewal_read = [(r["text"], r["value"]) for r in
                    account(text, TODAY, [{"yearly_credits": [100, 110, 90, 120, 100, 80]}],
                            rule_text="六年 600 分").reading if r["text"]]
    both = account(text, TODAY, [tally], others=[{"yearly_credits": [100, 110, 90, 120, 100, 80]},
                                                 {READ_BY_OTHERS: renewal_read}])
    assert both.complete
    assert "read by another part" in {r["fact"] for r in both.reading}
    # a word list naming other words accounts for nothing
    other = account(text, TODAY, [tally], others=[{"yearly_credits": [100, 110, 90, 120, 100, 80]},
                                                  {READ_BY_OTHERS: [("七年", 6)]}])
    assert not other.complete


# ------------------------------------------------------------------ engine


@pytest.mark.parametrize("question", [
    "過去五年分別 110、95、130、100、85，今年參加本會年會一次、月會 4 次，六年合計夠不夠展延？",
    "我證書前五年的積分是 110、95、130、100、85，今年（第六年）月會 4 次、年會 1 次。1) 今年幾分？2) 六年夠不夠展延？",
])
def test_this_years_credits_come_from_the_tally_part_and_are_said_so(engine, question):
    a = engine.answer(question, today=TODAY)
    assert [p.route for p in a.parts] == ["calculator", "calculator"]
    (tally,), (renewal,) = a.parts[0].tool_calls, a.parts[1].tool_calls
    assert tally.name == "tsa_credit_tally" and tally.result["total"] == 140
    assert renewal.name == "tsa_renewal_check" and renewal.args["yearly_credits"] == [110, 95, 130, 100, 85, 140]
    assert renewal.result["total"] == 660 and renewal.result["eligible"] is True
    shown = "今年的積分取自第 1 題的計算結果：140 分"
    assert shown in a.parts[1].answer and shown in a.parts[1].steps[0]
    assert any(r.fact.startswith("yearly_credits (part 1") and r.value == 140 for r in a.parts[1].reading)


def test_a_chain_in_english_says_so_too(engine):
    a = engine.answer("Previous five years: 110, 95, 130, 100, 85 credits. This year: annual meeting once, monthly "
                      "meetings 4 times. Added up over six years, can I renew?", today=TODAY)
    assert [p.route for p in a.parts] == ["calculator", "calculator"]
    renewal = a.parts[1].tool_calls[0]
    assert renewal.args["yearly_credits"] == [110, 95, 130, 100, 85, 140]
    assert "This year's credits from part 1: 140" in a.parts[1].answer


@pytest.mark.parametrize("question", [
    "前五年 100、110、90、120、100，去年去了年會和 2 次月會，六年加起來能展延嗎？",  # last year's: which of the six?
    "The first five years were 100, 110, 90, 120, 100. In 2024 I went to 2 TSA monthly meetings. Six years enough to renew?",
])
def test_an_uncertain_chain_asks_and_computes_no_renewal(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "clarify"
    assert not any(c.name == "tsa_renewal_check" for c in a.tool_calls)


@pytest.mark.parametrize("question, expiry", [
    ("我的外科專科證書 117年3月31日到期，這六年積分是 100、110、105、95、120、90，夠展延嗎？什麼時候可以開始送？", "2028-03-31"),
    ("My surgical certificate expires 2028-03-31 and my six yearly credits are 100, 110, 105, 95, 120, 90. "
     "Is that enough to renew? When can I send it in?", "2028-03-31"),
])
def test_two_questions_reading_one_date_are_two_calculations(engine, question, expiry):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    calls = {c.name: c for p in a.parts for c in p.tool_calls}
    assert set(calls) == {"tsa_renewal_check", "renewal_window"}
    assert calls["tsa_renewal_check"].args["yearly_credits"] == [100, 110, 105, 95, 120, 90]
    assert calls["renewal_window"].args["expiry_date"] == expiry
    # the date the window part used is accounted in the renewal part, as another part's
    renewal = next(p for p in a.parts if p.tool_calls[0].name == "tsa_renewal_check")
    assert any(r.fact.startswith("another part") for r in renewal.reading)


def test_parts_come_in_the_order_asked_and_are_never_split_again(engine):
    a = engine.answer("外科专科证书 117年3月31日到期，六年学分 100、110、105、95、120、90，能展延吗？最早什么时候可以送？",
                      today=TODAY)
    assert [[c.name for c in p.tool_calls] for p in a.parts] == [["tsa_renewal_check"], ["renewal_window"]]
    assert not any(p.parts for p in a.parts)


@pytest.mark.parametrize("question", [
    "腫瘤栓塞 320 例，專科 12 年。如果這張指導老師證書 2027-03-01 核發，換證期間是什麼時候？",
    "Tumour embolization: 320 cases, 12 years as a specialist. If that instructor certificate is issued on "
    "2027-03-01, when is its renewal window?",
])
def test_a_statement_of_one_calculation_before_a_question_of_another(engine, question):
    a = engine.answer(question, today=TODAY)
    assert _calls(a) == [[("tsir_instructor_eligibility", {"years_as_specialist": 12, "domain": "tumor_embolization",
                                                          "cases_last_6_years": 320})],
                         [("renewal_window", {"doc": "tsir-instructor", "issue_date": "2027-03-01"})]]
    assert a.parts[1].tool_calls[0].result["opens"] == "2032-09-01"


@pytest.mark.parametrize("question, lang", [
    ("去年疑似陽性 300 例、完成 240 例，補助 2,000,000 元，扣多少？那今年到目前 68%，是哪一級？", "zh-TW"),
    ("Last year 300 suspected positives, 240 completed, subsidy NT$2,000,000: any deduction? "
     "And this year so far we're at 68%, which bracket?", "en"),
])
def test_a_part_naming_no_calculation_is_read_as_the_part_before_it(engine, question, lang):
    a = engine.answer(question, today=TODAY)
    assert _calls(a) == [[("hpa_followup_deduction", {"suspected_positive_cases": 300, "completed_cases": 240,
                                                      "annual_subsidy": 2000000})],
                         [("hpa_followup_deduction", {"completion_rate_pct": 68})]]
    assert a.parts[1].tool_calls[0].result["deduction_pct"] == 10
    assert ("依第 1 題的計算" if lang == "zh-TW" else "read as part 1's") in a.parts[1].answer


def test_figures_read_twice_as_two_calculations_are_asked_about(engine):
    # one renewal sum whose pieces a tally and a renewal list would both read: never two answers
    a = engine.answer("instructor renewal: cme 90 + 1 international oral (25) + 2 domestic lectures (40) = 155, enough?",
                      today=TODAY)
    assert not a.parts
    assert not any(c.name.startswith("tsa_") for c in a.tool_calls)


@pytest.mark.parametrize("question", [
    "Results are in. Tech Mei self-selected: 361 non-dense / 347 dense. Dr Ho re-read: pos 43%, neg 17% (never flagged before). Mei's grade and Ho's measure?",
    "Dr Wu re-read discrepancy positive 52%, negative 5%, not required last time; tech Amy self-selected non-dense 365 dense 371. Results?",
    "放射師阿芬自選片 非緻密 362、緻密 349；判讀醫師老高複判 陽性 44%、陰性 16%，之前沒被要求過。兩個各是什麼結果？",
])
def test_two_calculations_in_one_sentence_are_answered_in_the_order_stated(ask, question):
    answer = ask(question)
    assert answer.route == "calculator"
    names = [c.name for c in answer.tool_calls]
    stated = sorted(names, key=lambda n: question.find("self-selected" if n == "hpa_image_grade" and "self-selected" in question
                                                       else "自選片" if n == "hpa_image_grade" else "re-read" if "re-read" in question else "複判"))
    assert names == stated and len(names) == 2


# ------------------------------------------------------------------ shapes: circled, ordinals, lead-ins, one part each


@pytest.mark.parametrize("question", [
    "有兩件事想問：①今年年會1次、月會4次，共幾分？②專科10年，近六年RFA 120例，可以申請消融指導老師嗎？",
    "问两件事：第一，今年参加年会1次、月会4次，一共几分？第二，专科10年，近六年RFA 120例，能申请消融指导老师吗？",
    "順便請教三個問題~ (1) 今年年會1次、月會4次，共幾分？(2) 專科10年，近六年RFA 120例，能申請消融指導老師嗎？",
])
def test_circled_and_ordinal_parts_are_answered_each_with_its_own_facts(engine, question):
    answer = engine.answer(question, today=TODAY)
    assert [p.route for p in answer.parts] == ["calculator", "calculator"], answer.answer
    assert answer.parts[0].tool_calls[0].name == "tsa_credit_tally"
    eligibility = answer.parts[1].tool_calls[0]
    assert (eligibility.name, eligibility.args["cases_last_6_years"], eligibility.args["years_as_specialist"]) == (
        "tsir_instructor_eligibility", 120, 10)


def test_a_count_of_questions_and_an_ordinal_are_no_part_of_the_question():
    pieces, numbered = split_parts(Query("幫我看兩件事：第一，今年月會3次幾分？第二，第一作者論文算幾分？", TODAY).folded)
    assert numbered and pieces == ["今年月會3次幾分?", "第一作者論文算幾分?"]
    assert split_parts(Query("順便問兩件事~ 今年月會3次，幾分？另外上個月拍了505件，有超過上限嗎", TODAY).folded)[0] == [
        "今年月會3次,幾分?", "另外上個月拍了505件,有超過上限嗎"]


@pytest.mark.parametrize(("question", "calls"), [
    ("两年的阳追：114年疑似阳性 150 人完成 120 人；115年疑似阳性 160 人完成 100 人。各年扣款比例？",
     [{"suspected_positive_cases": 150, "completed_cases": 120}, {"suspected_positive_cases": 160, "completed_cases": 100}]),
    ("兩個院區分開算：A院區放射師兩位都是全年365天，篩了13,800案；B院區一位放射師做了200天，篩了3,900案。兩邊各有沒有超量？",
     [{"radiographer_work_days": [365, 365], "annual_screenings": 13800},
      {"radiographer_work_days": [200], "annual_screenings": 3900}]),
    ("Two recalls: Mrs Wang, category 4, screened 2026-10-05; Mrs Lee, category 0, screened 2026-11-02. Deadline for each?",
     [{"screening_date": "2026-10-05", "category": 4}, {"screening_date": "2026-11-02", "category": 0}]),
])
def test_one_calculation_per_year_site_or_person_asked_for_each(engine, question, calls):
    answer = engine.answer(question, today=TODAY)
    assert [p.route for p in answer.parts] == ["calculator"] * len(calls), answer.answer
    assert [p.tool_calls[0].args for p in answer.parts] == calls


def test_a_tally_reading_every_year_itself_is_one_calculation(engine):
    answer = engine.answer("幫我算：2024年：年會1次、月會2次；2025年：月會5次。兩年各幾分？", today=TODAY)
    assert answer.route == "calculator" and len(answer.tool_calls) == 1, answer.answer
    assert {a["year"] for a in answer.tool_calls[0].args["activities"]} == {2024, 2025}
