"""HPA classes of the twentieth round (reader, ledger, HPA vocabulary) — each tested with wordings of its own (zh-TW, zh-CN,
en), never the bank's sentence. Confidently wrong first: a label ending in a colon before a list ("平均：338、342…") was
read as a stated average, and the first score was dropped; the stated count of the sets ("四組") then went unnoticed."""

from __future__ import annotations

import pytest


def _calls(a):
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    return [(c.name, c.args) for c in a.tool_calls]


# --- 1. a label ending in a colon before a run of figures labels the run; a stated count must agree (was confidently wrong)

@pytest.mark.parametrize(("question", "scores"), [
    ("抽選片 每組平均：341、352、338 三組，這樣是幾等", [341, 352, 338]),
    ("抽选片 个人平均：355 和 362 两组，评等多少？", [355, 362]),
    ("Sampled films, per-set averages: 352, 347 and 341 (3 sets). What grade do I get?", [352, 347, 341]),
])
def test_a_label_with_a_colon_before_a_list_is_no_stated_average(ask, question, scores):
    calls = _calls(ask(question))
    assert calls == [("hpa_image_grade", {"subject": "radiographer", "kind": "sampled", "scores": scores})]


@pytest.mark.parametrize("question", [
    "抽選片平均：350、352、349 兩組，幾等？",  # three figures, "two sets"
    "抽选片 平均：330、341 三组，几等？",
    "sampled averages: 351, 346 and 340 - 2 sets, what grade?",
])
def test_a_stated_count_that_disagrees_with_the_list_is_asked(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:200])


def test_an_average_after_the_list_stays_the_persons_own_aggregate(ask):
    # the colon labels a run only: "平均：359.5" after the figures is still their stated average, no third score
    calls = _calls(ask("抽選片兩張 361、358，平均：359.5，是 A 嗎？"))
    assert calls == [("hpa_image_grade", {"subject": "radiographer", "kind": "sampled", "scores": [361, 358]})]


# --- 2. a later question supposing an input the first did not state ("另外如果補助是 360 萬") adds it: one calculation ----

@pytest.mark.parametrize(("question", "args", "amount"), [
    ("疑似陽性 200 例、完成 140 例，扣幾%？如果補助是 250 萬呢？",
     {"suspected_positive_cases": 200, "completed_cases": 140, "annual_subsidy": 2500000}, 125000),
    ("追踪完成率 71%，扣几个百分点？另外如果全年补助 １５０万，扣多少钱",
     {"completion_rate_pct": 71, "annual_subsidy": 1500000}, 75000),
    ("completion rate 66%, what's the deduction? and if our subsidy is 1.2 million, how much money is that?",
     {"completion_rate_pct": 66, "annual_subsidy": 1200000}, 120000),
])
def test_a_supposed_input_the_first_question_lacked_is_added(ask, question, args, amount):
    a = ask(question)
    calls = _calls(a)
    assert calls == [("hpa_followup_deduction", args)]
    assert a.tool_calls[0].result["deduction_amount"] == amount


def test_a_what_if_changing_a_stated_input_is_still_no_sum(ask):
    # "如果是 68% 呢" changes the rate read before: never one calculation holding both rates
    a = ask("追蹤完成率 72.5% 會被扣多少%？如果是 68% 呢")
    assert not any(c.args.get("completion_rate_pct") == 68 and len(a.tool_calls) == 1 and "annual_subsidy" in c.args
                   for c in a.tool_calls)
