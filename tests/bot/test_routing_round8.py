"""Routing, parts and follow-up classes of the eighth round's development data (SPEC §3 `parts`).
Wordings are our own, never the eval sentences.

- one message giving the facts of two kinds of one calculation (the self-selected and the sampled image evaluation)
  is one part per kind, each with its own facts and the shared question — never "please ask about each on its own";
- a part marker that names a part already numbered ("(b) … with (a) added") is a reference, not a new part;
- two questions on one set of facts take the calculations their own words name, in the order asked;
- a limit said broken / gone over is a check of one's own figures, not the rule's limit asked;
- one's own activity with its amount missing, asked what it is worth, is asked for its amount;
- in a follow-up, a number of the first message that describes the figures the reply gives (their count, their sum) is
  no fact of its own;
- a year named from this one (去年/今年, last/this year) labels a part each when asked for each; labels are of one kind;
- two questions on one calculator are two calculations when they give one input two values (facts that fit one call
  are answered in it);
- one's own day asked beside the rule's period asks for the date the renewal window counts from; a due date asked for a
  category asks for the screening date.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.parts import assign, choice_parts, own_words, split_parts
from bot.reader import vocabularies
from bot.reader.mentions import compiled
from bot.routing import decide_calculation
from tests.bot.conftest import TODAY, ask_and_reply


def _kinds() -> list:
    vocab = next(v for v in vocabularies() if v.tool == "hpa_image_grade")
    slot = next(s for s in vocab.slots if s.name == "kind")
    return [compiled(vocab.terms.get(c.terms, c.terms)) for c in slot.choices if c.terms]


# ------------------------------------------------------------------ two kinds of one calculation: a part each


@pytest.mark.parametrize("question, first, second", [
    ("小芳的自選片兩組 352、366，抽選片三組 371、368、365，這兩項分別是什麼等級？",
     ("self_selected", [352, 366]), ("sampled", [371, 368, 365])),
    ("我们技师抽选片 345、350、338；自选片两组是 361 和 347。两个各几等？",
     ("sampled", [345, 350, 338]), ("self_selected", [361, 347])),
    ("Our tech's self-selected sets came in at 362 and 355. The sampled films were 349, 352 and 340. "
     "What grade is each?", ("self_selected", [362, 355]), ("sampled", [349, 352, 340])),
])
def test_two_kinds_of_one_evaluation_are_a_part_each(ask, question, first, second):
    answer = ask(question)
    assert answer.route == "calculator"
    assert len(answer.parts) == 2
    for part, (kind, scores) in zip(answer.parts, (first, second)):
        assert part.route == "calculator"
        (call,) = part.tool_calls
        assert call.name == "hpa_image_grade"
        assert call.args["kind"] == kind
        assert sorted(call.args["scores"]) == sorted(scores)
        assert part.reading  # each part shows how its own figures were read
    assert "分開問" not in answer.answer and "each on its own" not in answer.answer


def test_a_kind_whose_figures_are_missing_is_asked_beside_the_one_computed(ask):
    answer = ask("抽選片 371、368、365；自選片的分數還沒出來，也一起看。兩個各幾等？")
    # one kind has no figure of its own: no part of its own, and the one that has figures is not guessed as both
    assert answer.route in ("calculator", "clarify")
    assert all(c.args.get("kind") != "self_selected" for c in answer.tool_calls)


def test_choice_parts_keep_each_kinds_clauses_and_share_the_question():
    text = Query("阿芬自選片 352、366，抽選片 371、368。自選跟抽選各幾等？", TODAY).text
    parts = choice_parts(text, _kinds())
    assert parts is not None and len(parts) == 2
    assert "352" in parts[0] and "371" not in parts[0] and "抽選" not in parts[0]
    assert "371" in parts[1] and "352" not in parts[1] and "阿芬" in parts[1]  # whose evaluation: every part's
    # figures before any kind is named, or a clause with figures of both: whose they are is asked
    assert choice_parts(Query("352、366，自選片跟抽選片各幾等？", TODAY).text, _kinds()) is None
    assert choice_parts(Query("自選 352 抽選 371，幾等？", TODAY).text, _kinds()) is None


# ------------------------------------------------------------------ a marker naming a part already numbered


@pytest.mark.parametrize("question", [
    "Two things. (a) annual meeting once and 3 monthly meetings this year — credits? "
    "(b) earlier years 100, 110, 120, 90, 95; with (a) added, can I renew?",
    "(1) 今年年會一次、月會 4 次，幾分？ (2) 前五年 100、120、110、90、95，加上 (1) 的分數夠展延嗎？",
    "1) 今年去了年会一次、月会 2 次，积分多少？ 2) 之前五年 120、110、100、95、90，算上 1) 的够不够展延？",
])
def test_a_marker_naming_a_part_already_numbered_starts_no_part(question):
    pieces, numbered = split_parts(Query(question, TODAY).folded)
    assert numbered and pieces is not None and len(pieces) == 2
    assert "95" in pieces[1]


# ------------------------------------------------------------------ two questions on one set of facts


@pytest.mark.parametrize("question, order", [
    ("年度整理：放射師 2 位（365、365 天），篩檢 11,000 案；陽追疑似陽性 200 案、完成 140 案，補助 200 萬。會被扣款嗎？有沒有超量？",
     ["hpa_followup_deduction", "hpa_facility_volume"]),
    ("年度资料：放射师 2 位（365、365 天），筛检 11,000 案；阳追疑似阳性 200 案、完成 140 案，补助 200 万。有没有超量？会被扣款吗？",
     ["hpa_facility_volume", "hpa_followup_deduction"]),
    ("Year summary: 2 radiographers (365 and 365 days), 11,000 screenings. Follow-up: 140 of 200 suspected positives "
     "completed, subsidy NT$2M. Any deduction? Over the reasonable volume?",
     ["hpa_followup_deduction", "hpa_facility_volume"]),
])
def test_questions_on_shared_facts_take_the_calculation_they_name_in_order(ask, question, order):
    answer = ask(question)
    assert [c.name for p in answer.parts for c in p.tool_calls] == order


def test_a_tie_goes_to_the_part_whose_own_words_name_the_calculation():
    pieces = ["facts. Over volume?", "facts. Any deduction?"]
    assert own_words(pieces) == ["Over volume?", "Any deduction?"]
    both = [("deduction", "x", 5.0), ("volume", "y", 4.0)]
    # neither names anything: the later part moves (as before)
    assert assign([both, both]) == [0, 1]
    # the first part's own words name the volume, the second's the deduction
    assert assign([both, both], [{"volume"}, {"deduction"}]) == [1, 0]


# ------------------------------------------------------------------ routing: one's own figures vs the rule


@pytest.mark.parametrize("question", [
    "van day: 2 RTs aboard, 85 exams today. did we break the daily limit?",
    "The limit for our van — was it breached? 3 techs, 140 screenings on Monday.",
    "巡迴車上 2 位放射師，今天拍了 95 案，有沒有破上限？",
])
def test_a_limit_said_broken_is_a_check_of_ones_own_figures(question):
    decision = decide_calculation(Query(question, TODAY))
    assert decision is not None and decision.extraction.tool == "hpa_radiographer_volume"


@pytest.mark.parametrize("question", ["I took a course credited by the hour this year — what does it get me?",
                                      "attended a workshop counted by hours last month, how many credits is that?",
                                      "Did a course this year that's credited by hours. What's it worth for me?"])
def test_ones_own_activity_asked_its_worth_is_asked_its_amount(question):
    decision = decide_calculation(Query(question, TODAY))
    assert decision is not None and decision.route == "clarify"


# ------------------------------------------------------------------ follow-ups: what the first message said of the reply


@pytest.mark.parametrize("question, reply, total", [
    ("我這六年目前拿了 560 分，可以展延嗎？", "95、90、100、85、90、100", 560),
    ("证书六年里前四年的积分是 110、100、90、120，后面两年还没算，能展延吗？", "后两年 95、105", 620),
    ("Got 575 credits so far over my six years. Am I able to renew?", "100, 95, 90, 100, 90, 100", 575),
])
def test_a_count_or_total_of_the_replys_figures_is_no_fact_of_its_own(engine, question, reply, total):
    first, answer = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    assert answer.route == "calculator"
    (call,) = answer.tool_calls
    assert call.name == "tsa_renewal_check" and call.result["total"] == total


def test_the_other_one_still_to_come_is_no_figure(engine):
    first, answer = ask_and_reply(engine, "我自選片一組 362 分，另一組還沒出來，會是幾等？", "另一組出來了，緻密型 348")
    assert first.route == "clarify"
    assert answer.route == "calculator"
    assert answer.tool_calls[0].result["grade"] == "B"


@pytest.mark.parametrize("question, reply", [
    ("我這六年目前拿了 600 分，可以展延嗎？", "95、90、100、85、90、100"),  # adds up to 560, not 600
    ("Got 640 credits so far over my six years. Can I renew?", "100, 95, 90, 100, 90, 100"),
])
def test_a_total_the_reply_does_not_add_up_to_is_still_asked(engine, question, reply):
    _, answer = ask_and_reply(engine, question, reply)
    assert answer.route != "calculator"


# ------------------------------------------------------------------ one part per year named from this one


@pytest.mark.parametrize("question, rates", [
    ("去年疑似陽性 300 人、完成 250 人；今年疑似陽性 200 人、完成 140 人。兩年各扣幾 %？", [0, 5]),
    ("去年阳性个案 120 例、完成 100 例；今年阳性个案 90 例、完成 60 例，两年各扣多少比例？", [0, 10]),
    ("Last year: 320 suspected positives, 250 followed up. This year: 150 suspected positives, 100 followed up. "
     "Deduction % for each year?", [0, 10]),
])
def test_last_year_and_this_year_asked_for_each_are_a_part_each(ask, question, rates):
    answer = ask(question)
    assert answer.route == "calculator" and len(answer.parts) == 2
    got = [c.result["deduction_pct"] for p in answer.parts for c in p.tool_calls]
    assert got == rates


# ------------------------------------------------------------------ two questions on one calculator, facts of each


@pytest.mark.parametrize("question, key, values", [
    ("放射師小王這個月做了 480 案，有沒有超過？小李這個月做了 620 案，會不會超過每月上限？", "monthly_screenings", [480, 620]),
    ("巡回车上周一 2 位放射师做了八十五案，有没有超？周二 3 位放射师做了一百四十案，有没有超？", "daily_screenings_on_van", [85, 140]),
    ("On the van one day, 2 radiographers did 95 screenings - over the daily cap? On another day on the van, "
     "3 radiographers did 150 screenings - over the daily cap?", "daily_screenings_on_van", [95, 150]),
])
def test_two_questions_giving_one_input_two_values_are_two_calculations(ask, question, key, values):
    answer = ask(question)
    assert len(answer.parts) == 2
    assert [c.args.get(key) for p in answer.parts for c in p.tool_calls] == values


def test_facts_that_fit_one_call_answer_both_questions_in_it(ask):
    answer = ask("放射師上個月做了 520 案，會不會被抽片？另外巡迴車上當天 2 位放射師做了 70 案，可以嗎？")
    (call,) = answer.tool_calls
    assert call.args.get("monthly_screenings") == 520 and call.args.get("daily_screenings_on_van") == 70


def test_a_second_question_with_no_figure_of_its_own_stays_one_question(ask):
    answer = ask("巡迴車上 3 位放射師，某天拍了 120 案。有沒有超過上限？要不要抽審？")
    assert len(answer.parts) <= 1 or len({c.name for p in answer.parts for c in p.tool_calls}) > 1


# ------------------------------------------------------------------ the rule's period and one's own day, asked together


@pytest.mark.parametrize("question", [
    "我的指導老師證書是前年某月核發的，期滿前多久可以申請換證？哪天開始？",
    "外科专科证书快到期了，能提前多久申请展延？从哪天开始？",
    "About my surgical certificate's renewal window: how far ahead can I apply, and on which day can I start?",
])
def test_ones_own_day_asked_beside_the_rules_period_asks_for_the_date(question):
    decision = decide_calculation(Query(question, TODAY))
    assert decision is not None and decision.route == "clarify" and decision.extraction.tool == "renewal_window"


@pytest.mark.parametrize("question", ["外科專科證書期滿前多久可以申請展延？", "How far ahead of expiry can the instructor cert be renewed?"])
def test_the_rules_period_alone_stays_the_rules(question):
    assert decide_calculation(Query(question, TODAY)) is None


@pytest.mark.parametrize("question", ["cat 4 lady screened a few weeks ago, what's the due date for her biopsy?",
                                      "category 0 patient, due date for the recall workup?",
                                      "A BI-RADS 5 result from earlier this month - due date for the confirmed diagnosis?"])
def test_a_due_date_asked_for_a_category_asks_for_the_screening_date(question):
    decision = decide_calculation(Query(question, TODAY))
    assert decision is not None and decision.route == "clarify"
    assert [n.key for n in decision.extraction.needs] == ["screening_date"]
