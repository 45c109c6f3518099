"""Round 40 (zhhpa40): Chinese HPA mammography calculator questions the reader got wrong, each class with phrasings written
for this test (none is a blind bank's), zh-TW / zh-CN / English where the class exists, and near misses that must not change:

1. A head count that is the group sharing one value ("放射師兩位全年（365天含假日），另一位200天", "三位都做滿一年，另一位150天",
   "兩個人各 300 天，另一位 100 天", "Two of our radiographers worked all year …, another one 200 days"): the people named after
   it as "another" are more of them — never the group's count taken for everyone (that read [365, 200], confidently wrong).
   The count then its value after a comma ("放射師兩位，全年…，另一位200天": two in all, or two full-year and one more?) and
   another named with no figure ("另外一位做了半年") are asked.
2. The cases to follow up named by a bracket of categories with words after them ("(0/3/4/5那些)", "（category 0/3/4/5 等）")
   and by colloquial labels ("要追的…有 412 個", "有問題要再追的有 150 個"); a total said of the subsidy ("補助總共 1,850,000")
   after the completed count's words is the subsidy, not the completed count. A count before "要追的" (the ones not done) is
   no suspected count.
3. A completion rate said in tenths and digits ("大概六成八（68%）"), beside the rule's line ("聽說不到七成五要扣錢"): the rate.
   七成五 before words is 75%. A rough figure on a band's edge, a bracket that disagrees, a bound it contradicts: asked.
"""

from __future__ import annotations

import datetime

import pytest

from tests.bot.conftest import calculator_call

TODAY = datetime.date(2026, 12, 5)


def _ask(engine, question):
    return engine.answer(question, None, today=TODAY)


# ----------------------------------------------------- 1. a group sharing a value, then another one

@pytest.mark.parametrize(("question", "days", "excess"), [
    ("我們放射師兩位全年（365天，假日也算），另一位180天，今年篩了17000案，合理量多少？會不會超量？", [365, 365, 180], 546),
    ("放射師兩位整年，另一位 200 天，今年篩了 18,000 案，超過合理量的有幾案不給付？", [365, 365, 200], 1184),
    ("我们放射师三位都做满一年，另一位150天，今年筛了20000案，合理量是多少？", [365, 365, 365, 150], 0),
    ("放射師兩個人各 300 天，另一位 100 天，今年篩了 9000 案，合理量多少？", [300, 300, 100], 0),
    ("Two of our radiographers worked all year (365 days incl. holidays), another one 200 days; we did 18000 screenings. "
     "Reasonable volume?", [365, 365, 200], 1184),
])
def test_a_group_sharing_a_value_then_another_is_all_of_them(engine, question, days, excess):
    call = calculator_call(_ask(engine, question), "hpa_facility_volume")
    assert call.args["radiographer_work_days"] == days
    assert call.result["excess_cases"] == excess


@pytest.mark.parametrize("question", [
    "我們放射師兩位，全年（365天），另一位200天，今年篩了18000案，合理量是多少？",  # two in all, or two full-year and one more?
    "放射师两位全年（365天），另外一位做了半年，今年筛了18000案，合理量是多少？",  # the other one's days not said
    "我們放射師兩位，一個全年，另一個做了半年，今年篩了9000案，合理量是多少？",
    "我們合格的放射師兩位全年，另一位200天，今年篩了18000案，合理量是多少？",  # the count said of the qualified ones only
])
def test_an_unclear_head_count_or_a_person_without_days_is_asked(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify" and not a.tool_calls


@pytest.mark.parametrize(("question", "days"), [
    ("我們有兩位放射師，一位全年（365天），另一位200天，今年篩了18000案，合理量是多少？", [365, 200]),
    ("兩位放射師都全年（365天、365天），今年篩了18000案，合理量是多少？", [365, 365]),
    ("三位放射師：兩位全年 365 天，另一位 7/1 才報到，做到年底 184 天；全年篩了 16,800 案，會不會被核減？", [365, 365, 184]),
    ("2 radiographers: one all year (365 days), the other 200 days; 9,000 screenings. Over?", [365, 200]),
    ("放射師兩個人各 300 天，今年篩了 9000 案，合理量多少？", [300, 300]),
])
def test_a_head_count_of_everyone_is_unchanged(engine, question, days):
    call = calculator_call(_ask(engine, question), "hpa_facility_volume")
    assert sorted(call.args["radiographer_work_days"]) == sorted(days)


# ----------------------------------------------------- 2. the suspected positives and completed cases, colloquially

@pytest.mark.parametrize(("question", "args", "amount"), [
    ("我们医院今年要追的（0、3、4、5 那些）有 300 个，追完的 210 个，补助 120 万，会扣多少钱？",
     {"suspected_positive_cases": 300, "completed_cases": 210, "annual_subsidy": 1200000}, 60000),
    ("今年篩出來需要追的（category 0/3/4/5 等）共 200 位，已經追完 148 位，補助總共 90 萬，扣多少錢？",
     {"suspected_positive_cases": 200, "completed_cases": 148, "annual_subsidy": 900000}, 45000),
    ("篩出來有問題要再追的有 150 個，已經追到的 100 個，補助 80 萬，扣多少錢？",
     {"suspected_positive_cases": 150, "completed_cases": 100, "annual_subsidy": 800000}, 80000),
    ("疑似陽性的有 180 位，追完的 130 位，補助總共 2,000,000，會被扣多少錢？",
     {"suspected_positive_cases": 180, "completed_cases": 130, "annual_subsidy": 2000000}, 100000),
    ("我们今年筛出来疑似阳性的有 260 位，目前追完的 190 位，补助总共 1,200,000，会被扣多少钱？",
     {"suspected_positive_cases": 260, "completed_cases": 190, "annual_subsidy": 1200000}, 60000),
    ("Our recalls (BI-RADS 0/3/4/5 ones) were 412, 298 completed follow-up, subsidy NT$1,850,000 — how much do we lose?",
     {"suspected_positive_cases": 412, "completed_cases": 298, "annual_subsidy": 1850000}, 92500),
])
def test_the_cases_to_follow_up_and_the_subsidy_said_colloquially_are_read(engine, question, args, amount):
    call = calculator_call(_ask(engine, question), "hpa_followup_deduction")
    assert call.args == args
    assert call.result["deduction_amount"] == amount


@pytest.mark.parametrize("question", [
    "疑似陽性（0/3/4/5那些）有 200 個，category 0 有 120 個，追完的 150 個，扣幾%？",  # a part by category beside the total
    "追蹤完成率 70%，還有 30 個要追的，扣幾%？",  # the ones not done, no suspected count
])
def test_a_category_part_or_the_ones_not_done_are_still_asked(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify" and not a.tool_calls


# ----------------------------------------------------- 3. a rate said in tenths and digits, beside the rule's line

@pytest.mark.parametrize(("question", "rate", "pct"), [
    ("聽說完成率低於七成五就會被扣，我們大概百分之六十八（68%），扣幾%？", 68, 10),
    ("听说追踪完成率低于七成五就要扣钱，我们今年差不多六成八（68%），会扣几%？", 68, 10),
    ("我們今年完成率大約七成二（72%），會扣幾%？", 72, 5),
    ("聽說追蹤完成率不到七成五要扣錢，我們今年大概六成二而已，會被扣幾%？", 62, 15),
    ("Heard you get docked below 75% completion; ours is about sixty-eight percent (68%) this year — what % is deducted?", 68, 10),
])
def test_a_rate_in_words_and_digits_beside_the_rules_line_is_the_rate(engine, question, rate, pct):
    call = calculator_call(_ask(engine, question), "hpa_followup_deduction")
    assert call.args == {"completion_rate_pct": rate}
    assert call.result["deduction_pct"] == pct


@pytest.mark.parametrize("question", [
    "聽說追蹤完成率不到七成五要扣錢，我們今年大概六成八（68%），會被扣幾%？",
    "規定是低於75%就扣，我們今年68%，補助100萬，扣多少錢？",
    "Heard you get docked below 75% completion; ours is about 68% this year — what % is deducted?",
])
def test_the_rules_line_recalled_is_shown_as_the_rules(engine, question):
    a = _ask(engine, question)
    call = calculator_call(a, "hpa_followup_deduction")
    assert call.args["completion_rate_pct"] == 68
    assert any(r.fact == "the rule's line the question recalls" and r.value == 75 for r in a.reading), a.reading


@pytest.mark.parametrize("question", [
    "完成率不到七成五會扣款嗎？我們今年大概七成（70%），扣多少%？",  # rough, on a band's edge
    "聽說不到75%要扣，我們大概六成八（72%），扣幾%？",  # the bracket disagrees
    "我們完成率超過七成，大概六成八（68%），扣幾%？",  # the bound contradicts the figure
])
def test_a_rate_that_is_unclear_is_asked(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify" and not a.tool_calls


@pytest.mark.parametrize(("text", "read"), [
    ("不到七成五要扣錢", "不到75%要扣錢"),
    ("大概六成八而已", "大概68%而已"),
    ("七成五以下", "75%以下"),
    ("六成八（68%）", "68%（68%）"),
    ("只有五成八... 完了嗎", "只有58%... 完了嗎"),  # an ellipsis after the tenth's digit
    ("一成不變", "一成不變"),
    ("完成五個", "完成五個"),
])
def test_tenths_before_words(text, read):
    from bot.parsing.numbers import normalize_numerals

    assert normalize_numerals(text) == read
