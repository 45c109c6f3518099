"""Round 56 (calcdev56h): HPA mammography questions read wrongly, fixed for the class.

1. A machine named by its number and its kind ("2號乳攝機", "3號乳房攝影儀", "1號X光機") is a label, no score
   (`mentions._UNIT_NOUN_ZH`); a count of machines ("2 台乳攝機") stays a count set aside as before.
2. A what-if part with no figure that asks what follows under the rule ("如果是乳癌後面還要追什麼？", "if it's cancer, what
   else do we have to track?") is a rules part beside the calculation (`parts.asks_beyond_supposing`, `engine._RULE_EFFECT`),
   never a figure to replace; "如果上次已經被要求過了呢" stays a what-if of the case.
3. The previous review's requirement asked A-not-A ("上次審查有沒有被要求…") is no denial, and said to be unknown for now
   ("…我要再查一下", "I'd have to check what the last review said") is asked where 丁 turns on it (`vocab_hpa.PREVIOUS_UNKNOWN`).
4. (A set named by its breast type read as self-selected was reverted: it broke questions naming both evaluations.)
5. The rule's bands named as the tiers asked between ("the 40-50 one or the 50-60 one", "算 40-50% 那級還是 50-60% 那級")
   are set aside, and a rate said on its own equal to a band's end is the person's (`routing._bound_restated`).
6. A year heading the figures with a colon or a bracketed remark ("2024 (leap yr): …", "2025: …") is the year they are for.
7. "160 of our suspicious screens finished follow-up", "160 suspicious cases completed follow-up": the completed count
   (`vocab_hpa._COMPLETED`, `numbers.bind_numbers`: a slot's longer words take the noun in).
8. "the annual reasonable mammo volume": the facility's volume named with words between.
9. A rate said not to reach a line ("完成率今年沒有到75%", "didn't reach 75%") is a bound: the rate is asked, never 75
   (`mentions.BOUND_BEFORE`).
10. "what's the deadline" of one's own case ("Got a category 0 from our van — what's the deadline for the recall exam?") asks
    the screening date, as "when's the deadline" does; without a case of one's own it stays the rule's period.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from tests.bot.conftest import TODAY, ask_and_reply, reader_call


def _decision(text: str):
    return decide_calculation(Query(text, today=TODAY))


# 1. a machine's number
@pytest.mark.parametrize("question", [
    "3號乳攝機實地測試：劑量 88、假體 80、壓迫 92、照野 86、閱片系統 90，各項幾等？",
    "1號乳房攝影儀的品管：假體 76、壓迫 90，幾等？",
    "2號X光機實地測試結果 劑量 70、假體影像 85，等級？",
])
def test_a_machine_named_by_number_and_kind_is_a_label(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", (a.route, a.missing, a.unused)
    assert [c.name for c in a.tool_calls] == ["hpa_qc_grade"]
    assert not any(v in (1, 2, 3) for v in a.tool_calls[0].args["scores"].values())


def test_a_count_of_machines_stays_a_count(engine):
    a = engine.answer("我們有 2 台乳攝機，假體 80、壓迫 92，幾等？", today=TODAY)
    assert a.route == "calculator"
    assert a.tool_calls[0].args["scores"] == {"phantom_image": 80, "compression": 92}


# 2. a what-if asking what follows
@pytest.mark.parametrize("question", [
    "2026/10/05 篩檢判 category 4，最晚哪天確診？如果是乳癌後面還要追什麼？",
    "category 5 screened 2026-09-14, deadline? and if it's cancer, what else do we have to track?",
])
def test_a_what_if_asking_what_follows_is_a_rules_part(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", (a.route, a.missing)
    assert [c.name for c in a.tool_calls] == ["hpa_followup_deadline"]
    assert not any(m.startswith("what_if:") for m in a.missing)
    assert len(a.parts) == 2 and a.parts[1].route == "retrieval"


def test_a_what_if_supposing_a_fact_stays_the_cases():
    from bot.parts import asks_beyond_supposing

    assert not asks_beyond_supposing("如果上次已經被要求過了呢")
    assert not asks_beyond_supposing("如果是 190 例呢")
    assert asks_beyond_supposing("如果確診乳癌，接下來要做什麼")


# 3. the previous review's requirement asked or unknown
@pytest.mark.parametrize("question", [
    "陰性複判差異 17%、陽性 35%，這樣哪一級？前次審查有沒有被要求參加座談會我得再查查",
    "陽性 56%、陰性 6%，上次審查有没有被要求我不確定，算哪一款？",
    "pos re-read discrepancy 55%, neg 3%. which tier? I'd have to check what the last review said",
    "negative discrepancy 18%, positive 20% — don't remember whether the previous review flagged us. tier?",
])
def test_the_previous_requirement_asked_or_unknown_is_asked(question):
    d = _decision(question)
    assert d is not None and d.route == "clarify"
    assert [n.key for n in d.extraction.needs] == ["previously_required"]


def test_the_previous_requirement_denied_stays_read():
    call = reader_call("陰性複判差異 18%，陽性 30%，上次審查都沒有要求參加座談會，哪一級？", "hpa_reread_action")
    assert call.args.get("previously_required") is False


def test_an_unknown_requirement_that_cannot_matter_is_not_asked():
    d = _decision("陽性 45%、陰性 5%，上次有沒有被要求我忘了，哪一級？")
    assert d is not None and d.route == "calculator"


def test_the_requirement_asked_then_given(engine):
    first, final = ask_and_reply(engine, "陰性複判差異 16%，陽性 20%，哪一級？上次審查有沒有要我們去座談會我要再確認一下",
                                 "確認了，上次有被要求")
    assert first.route == "clarify" and not first.tool_calls
    assert final.route == "calculator" and final.tool_calls[0].result["tier"] == "stop_and_suspend"


# 5. the rule's bands named as the tiers asked between
@pytest.mark.parametrize(("question", "tier"), [
    ("positive re-read discrepancy exactly 50%, negative 4%, never required before. the 40-50 tier or the 50-60 tier?", "recommended"),
    ("陰性差異剛好 15%，陽性 10%，第一次。是 7-15% 那一款還是 15-20% 那一款？", "recommended"),
    ("neg discrepancy 15% flat, pos 12%, first time. is that the 7-15% band or 15-20%?", "recommended"),
])
def test_the_rules_bands_asked_between_are_no_rates(engine, question, tier):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", (a.route, a.missing, a.unused)
    assert a.tool_calls[0].result["tier"] == tier


def test_a_bound_read_as_the_rate_stays_the_rules():
    # ("低於 60% 扣多少" of no figure of one's own: the rule's bands)
    assert _decision("完成率 60%，低於 60% 扣多少？") is None


# 6. a year heading the figures
@pytest.mark.parametrize("question", [
    "2024 (leap year): RT A 366 days, RT B 180 days; 9,500 screening mammos. over the reasonable volume?",
    "2025：放射師兩位，365 天、300 天，全年篩檢 12000 案，有超量嗎？",
])
def test_a_year_heading_the_figures_is_no_figure(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", (a.route, a.missing, a.unused)
    assert 2024 not in a.tool_calls[0].args["radiographer_work_days"]
    assert 2025 not in a.tool_calls[0].args["radiographer_work_days"]


# 7. the completed count said of the suspicious screens
@pytest.mark.parametrize("question", [
    "145 of our suspicious screens finished their follow-up this year — any deduction?",
    "180 suspicious cases completed follow-up this year, will we be docked?",
    "210 of the abnormal results completed work-up. deduction?",
])
def test_the_completed_count_named_by_the_screens(question):
    call = reader_call(question, "hpa_followup_deduction")
    assert set(call.args) == {"completed_cases"}
    assert [n.key for n in call.needs] == ["suspected_positive_cases"]


def test_the_completed_count_then_the_whole(engine):
    _, final = ask_and_reply(engine, "145 of our suspicious screens finished their follow-up this year — any deduction?",
                             "out of 200 suspected positives")
    assert final.route == "calculator"
    assert final.tool_calls[0].result["completion_rate_pct"] == 72.5


# 8. the reasonable volume with words between
def test_the_annual_reasonable_mammo_volume(engine):
    a = engine.answer("2 RTs both worked the full year (365 days each). are we over the annual reasonable mammo volume?", today=TODAY)
    assert a.route == "clarify" and [m.split(":")[0] for m in a.missing] == ["annual_screenings"]


# 9. a rate said not to reach a line
@pytest.mark.parametrize("question", [
    "我們追蹤完成率今年沒達到 75%，會扣多少？",
    "our f/u completion rate didn't reach 75% this year — how much will be deducted?",
])
def test_a_rate_not_reaching_a_line_is_asked(engine, question):
    first, final = ask_and_reply(engine, question, "71%")
    assert first.route == "clarify" and [m.split(":")[0] for m in first.missing] == ["completion_rate_pct"]
    assert final.route == "calculator" and final.tool_calls[0].result["deduction_pct"] == 5


# 10. "what's the deadline" of one's own case
def test_whats_the_deadline_of_ones_own_case_asks_the_date(engine):
    first, final = ask_and_reply(engine, "One of our ladies got a category 3 at the outreach van, what's the deadline for her recall?",
                                 "screened 2026-08-31")
    assert first.route == "clarify" and [m.split(":")[0] for m in first.missing] == ["screening_date"]
    assert final.route == "calculator" and final.tool_calls[0].result["deadline"] == "2027-02-28"


def test_whats_the_deadline_of_no_case_stays_the_rules():
    assert _decision("what's the deadline for a category 3 recall?") is None
