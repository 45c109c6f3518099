"""The engine end to end on the real corpus, index and calculators (no language model)."""

from __future__ import annotations

import datetime

import pytest

from bot.answer import Conversation, Turn


def test_calculator_answer_has_figure_steps_assumptions_and_citations(ask, engine):
    a = ask("今年參加了年會1次、月會3次，其中1次擔任講者，另外4場國內學術講習會每場3小時，積分多少？")
    assert a.route == "calculator" and a.lang == "zh-TW"
    (call,) = a.tool_calls
    assert call.name == "tsa_credit_tally" and call.result["total"] == 170
    assert "170" in a.answer and "計算步驟" in a.answer
    assert a.steps and all(s in a.answer for s in a.steps)
    ids = [c.id for c in a.citations]
    assert "tsa-cme/5.12" in ids and set(ids) <= set(call.result["citations"])
    for c in a.citations:  # every quote is verbatim corpus text (shortened with … only)
        assert c.quote.rstrip("…") in engine.corpus.full_text(c.id)
        assert c.label == engine.corpus.full_label(c.id)


def test_assumptions_are_shown(ask):
    a = ask("陰性個案複判差異 15%，陽性 30%，需要參加座談會嗎？")
    assert a.route == "calculator" and a.tool_calls[0].result["tier"] == "recommended"
    assert a.assumptions and all(x in a.answer for x in a.assumptions)


def test_english_question_english_answer(ask):
    a = ask("Our follow-up completion rate is 63%, what is the deduction?")
    assert (a.route, a.lang) == ("calculator", "en")
    assert "15%" in a.answer and "Sources:" in a.answer


def test_simplified_question_answered_in_traditional(ask):
    a = ask("追踪完成率 59%，总补助 150 万，会被扣多少？")
    assert a.lang == "zh-TW" and a.tool_calls[0].result["deduction_amount"] == 300000
    assert "扣款比例" in a.answer and "扣款比例"[::-1] not in a.answer


def test_two_domains_make_two_calls(ask):
    a = ask("我做了 TACE 320 例和 PTCD 100 例，專科10年，可以申請指導老師嗎")
    assert [c.args["domain"] for c in a.tool_calls] == ["tumor_embolization", "localization_biopsy_drainage_pain"]
    assert [c.result["eligible"] for c in a.tool_calls] == [True, False]


def test_retrieval_quotes_the_clause_best_first(ask, engine):
    a = ask("出席簽名單可以蓋章代替簽名嗎？")
    assert a.route == "retrieval"
    assert a.citations[0].id == "tsa-cme/8"
    assert a.retrieved[0] == "tsa-cme/8" and {c.id for c in a.citations} <= set(a.retrieved)
    assert a.citations[0].quote in a.answer and a.tool_calls == []


def test_clause_reference_is_looked_up(ask):
    a = ask("第五條第十二款的內容是什麼？")
    assert a.route == "retrieval" and a.citations[0].id == "tsa-cme/5.12"


@pytest.mark.parametrize("question", ["台灣內科醫學會積分怎麼算？", "子宮頸抹片多久要做一次？", "今天天氣如何？",
                                      "Tell me a joke.", "放射線專科醫師甄審要考什麼？"])
def test_out_of_scope_names_what_is_covered(ask, question):
    a = ask(question)
    assert a.route == "out_of_scope"
    assert a.citations == [] and a.tool_calls == []
    assert "台灣外科醫學會" in a.answer or "Taiwan Surgical Association" in a.answer


def test_clarify_then_complete_with_the_reply(ask):
    first = ask("我們的追蹤完成率會被扣多少？")
    assert first.route == "clarify" and first.missing[0].startswith("completion_rate_pct")
    assert first.citations and first.tool_calls == []
    conv = Conversation(turns=[Turn(question=first.question, answer=first)])
    second = ask("68%", conv)
    assert second.route == "calculator" and second.lang == "zh-TW"
    assert second.tool_calls[0].args == {"completion_rate_pct": 68}
    assert second.tool_calls[0].result["deduction_pct"] == 10


def test_clarify_cites_the_rule_of_the_activity_already_named(ask):
    a = ask("我發表了一篇SCI論文，積分多少？")
    assert a.route == "clarify" and a.missing[0].startswith("role")
    assert [c.id for c in a.citations] == ["tsa-cme/5.7"]


def test_clarify_reply_in_english(ask):
    first = ask("Can I become a TSIR ablation instructor?")
    conv = Conversation(turns=[Turn(question=first.question, answer=first)])
    second = ask("150 cases, 10 years as a specialist", conv)
    assert second.route == "calculator" and second.lang == "en"
    assert second.tool_calls[0].result["shortfall"] == 30


def test_a_new_question_after_clarify_is_answered_on_its_own(ask):
    first = ask("我們的追蹤完成率會被扣多少？")
    conv = Conversation(turns=[Turn(question=first.question, answer=first)])
    second = ask("出席簽名單可以蓋章代替簽名嗎？", conv)
    assert second.route == "retrieval" and second.citations[0].id == "tsa-cme/8"
    third = ask("今年參加年會1次、月會2次，積分多少？", conv)
    assert third.route == "calculator" and third.tool_calls[0].name == "tsa_credit_tally"


def test_answer_is_json_ready(ask):
    a = ask("category 4 的個案 2026/3/1 篩檢，何時要完成確診？")
    data = a.model_dump(mode="json")
    assert set(data) >= {"question", "lang", "route", "answer", "citations", "tool_calls", "assumptions", "missing"}
    assert data["tool_calls"][0]["result"]["deadline"] == "2026-05-01"


def test_a_reply_listing_facts_completes_the_pending_question(ask):
    first = ask("我的指導老師換證積分夠嗎？")
    assert first.route == "clarify"
    conv = Conversation(turns=[Turn(question=first.question, answer=first)])
    second = ask("SCI full article 第一作者 3 篇，國外演講 2 次", conv)  # would be surgical credits on its own
    assert second.route == "calculator" and second.tool_calls[0].name == "tsir_renewal_check"
    assert second.tool_calls[0].result["points"] == 200


def test_scope_from_the_clause_text(ask):
    assert ask("主辦單位什麼時候要把簽到單寄回？").citations[0].id == "tsa-cme/4.5"
    for question in ("如何申請退休金", "醫院停車場在哪裡", "今天晚餐吃什麼好", "What is the capital of France?"):
        assert ask(question).route == "out_of_scope", question


def test_lazy_engine_opens_no_index_for_a_calculation(engine):
    from bot.engine import Engine

    lazy = Engine(engine.settings, engine.corpus)
    a = lazy.answer("追蹤完成率 68%，會被扣多少？")
    assert a.route == "calculator" and lazy._retriever is None


def test_a_calculation_completed_over_two_replies(ask):
    conv = Conversation()
    for message in ("我可以申請消融指導老師嗎？", "RFA 200 例"):
        answer = ask(message, conv)
        assert answer.route == "clarify"
        conv.turns.append(Turn(question=message, answer=answer))
    assert conv.turns[-1].answer.missing[0].startswith("years_as_specialist")
    final = ask("專科 10 年", conv)
    assert final.route == "calculator"
    assert final.tool_calls[0].args == {"domain": "ablation", "cases_last_6_years": 200, "years_as_specialist": 10}


@pytest.mark.parametrize(("question", "cited"), [
    ("最近六年做了 RFA 很多例，專科 10 年，能申請消融指導老師嗎？", "tsir-instructor/2.6"),
    ("TACE 350 例，可以申請腫瘤栓塞指導老師嗎？", "tsir-instructor/1.1"),
    ("I work on Penghu; went to the TSA annual meeting plus a few monthly meetings this year. Credits?", "tsa-cme/5.15"),
])
def test_a_question_back_cites_the_clause_that_makes_the_asked_fact_matter(engine, question, cited):
    a = engine.answer(question, today=datetime.date(2026, 11, 25))
    assert a.route == "clarify" and cited in [c.id for c in a.citations]


def test_one_calculation_per_item_of_a_message_is_a_part_of_its_own(engine):
    a = engine.answer("兩台乳攝儀：一號機劑量 90、假體 88、壓迫 92、照野 91、閱片 90；二號機劑量 80、假體 75、壓迫 90、"
                      "照野 85、閱片 88，兩台各幾等？", today=datetime.date(2026, 11, 25))
    assert a.route == "calculator" and len(a.tool_calls) == 2
    assert [p.tool_calls[0].args for p in a.parts] == [c.args for c in a.tool_calls]
    assert all(p.citations and p.answer for p in a.parts)
