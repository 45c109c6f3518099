"""One name per QC item, TSIR domain and re-read tier: what the calculator's steps say is what the
answer's headline and the clarifying questions say (the tables live beside the calculators)."""

from __future__ import annotations

import pytest

from bot import compose
from bot.parsing.text import Query
from bot.routing import decide_calculation
from calculators.hpa_mammo import QC_ITEMS, TIER_NAMES
from calculators.registry import run_tool
from calculators.tsir_instructor import DOMAINS


@pytest.mark.parametrize("item", sorted(QC_ITEMS))
def test_a_qc_item_has_one_name_in_steps_and_headline(item):
    args = {"scores": {item: 90}}
    result = run_tool("hpa_qc_grade", args)
    zh, en = QC_ITEMS[item]
    assert zh in result["breakdown"][0]["text"] and en in result["breakdown"][0]["text_en"]
    assert zh in compose.headline("hpa_qc_grade", result, args, "zh-TW")
    assert en in compose.headline("hpa_qc_grade", result, args, "en")


@pytest.mark.parametrize(("args", "tier"), [
    ({"positive_discrepancy_pct": 10, "negative_discrepancy_pct": 1}, "none"),
    ({"positive_discrepancy_pct": 45}, "recommended"),
    ({"positive_discrepancy_pct": 55}, "required"),
    ({"positive_discrepancy_pct": 65}, "stop"),
    ({"positive_discrepancy_pct": 55, "previously_required": True}, "stop_and_suspend"),
])
def test_a_reread_tier_has_one_name_in_steps_and_headline(args, tier):
    result = run_tool("hpa_reread_action", args)
    assert result["tier"] == tier
    zh, en = TIER_NAMES[tier]
    [verdict] = [row["text"] for row in result["breakdown"] if row["text"].startswith("較嚴格者為準")]
    assert zh in verdict
    assert zh in compose.headline("hpa_reread_action", result, args, "zh-TW")
    assert en in compose.headline("hpa_reread_action", result, args, "en")


@pytest.mark.parametrize("domain", sorted(DOMAINS))
def test_a_tsir_domain_has_one_name_in_steps_headline_and_questions(domain):
    args = {"domain": domain, "cases_last_6_years": 1, "years_as_specialist": 9}
    result = run_tool("tsir_instructor_eligibility", args)
    rule = DOMAINS[domain]
    assert any(rule.zh in row["text"] for row in result["breakdown"])
    assert any(rule.en in row["text_en"] for row in result["breakdown"])
    assert rule.zh in compose.headline("tsir_instructor_eligibility", result, args, "zh-TW")
    assert rule.en in compose.headline("tsir_instructor_eligibility", result, args, "en")
    assert rule.zh in compose.DOMAIN_ZH[domain] and rule.en == compose.DOMAIN_EN[domain]


@pytest.mark.parametrize(("question", "domain"), [
    ("我是放射科專科醫師 10 年，想申請腫瘤血管栓塞指導老師", "tumor_embolization"),
    ("I have been a radiology specialist for 10 years; can I become an ablation instructor?", "ablation"),
])
def test_the_clarifying_question_names_the_domain_as_the_calculator_does(question, domain):
    decision = decide_calculation(Query(question))
    assert decision is not None and decision.extraction.tool == "tsir_instructor_eligibility"
    [need] = [n for n in decision.extraction.needs if n.key == "cases_last_6_years"]
    assert DOMAINS[domain].zh in need.zh and DOMAINS[domain].en in need.en
