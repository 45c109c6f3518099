"""One name per QC item, TSIR domain and re-read tier: what the calculator's steps say is what the
answer's headline and the clarifying questions say (the tables live beside the calculators)."""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from calculators.hpa_mammo import QC_ITEMS, TIER_NAMES
from calculators.registry import calculate
from calculators.tsir_instructor import DOMAINS


@pytest.mark.parametrize("item", sorted(QC_ITEMS))
def test_a_qc_item_has_one_name_in_steps_and_headline(item):
    calc = calculate("hpa_qc_grade", {"scores": {item: 90}})
    zh, en = QC_ITEMS[item]
    assert zh in calc.result.breakdown[0].text and en in calc.result.breakdown[0].text_en
    assert zh in calc.headline("zh-TW")
    assert en in calc.headline("en")


@pytest.mark.parametrize(("args", "tier"), [
    ({"positive_discrepancy_pct": 10, "negative_discrepancy_pct": 1}, "none"),
    ({"positive_discrepancy_pct": 45}, "recommended"),
    ({"positive_discrepancy_pct": 55}, "required"),
    ({"positive_discrepancy_pct": 65}, "stop"),
    ({"positive_discrepancy_pct": 55, "previously_required": True}, "stop_and_suspend"),
])
def test_a_reread_tier_has_one_name_in_steps_and_headline(args, tier):
    calc = calculate("hpa_reread_action", args)
    assert calc.result.tier == tier
    zh, en = TIER_NAMES[tier]
    [verdict] = [row.text for row in calc.result.breakdown if row.text.startswith("較嚴格者為準")]
    assert zh in verdict
    assert zh in calc.headline("zh-TW")
    assert en in calc.headline("en")


@pytest.mark.parametrize("domain", sorted(DOMAINS))
def test_a_tsir_domain_has_one_name_in_steps_headline_and_questions(domain):
    calc = calculate("tsir_instructor_eligibility", {"domain": domain, "cases_last_6_years": 1, "years_as_specialist": 9})
    rule = DOMAINS[domain]
    assert any(rule.zh in row.text for row in calc.result.breakdown)
    assert any(rule.en in row.text_en for row in calc.result.breakdown)
    assert rule.zh in calc.headline("zh-TW")
    assert rule.en in calc.headline("en")
    assert (calc.tag("zh-TW"), calc.tag("en")) == (rule.zh, rule.en)  # the steps' prefix when several domains


@pytest.mark.parametrize(("question", "domain"), [
    ("我是放射科專科醫師 10 年，想申請腫瘤血管栓塞指導老師", "tumor_embolization"),
    ("I have been a radiology specialist for 10 years; can I become an ablation instructor?", "ablation"),
])
def test_the_clarifying_question_names_the_domain_as_the_calculator_does(question, domain):
    decision = decide_calculation(Query(question))
    assert decision is not None and decision.extraction.tool == "tsir_instructor_eligibility"
    [need] = [n for n in decision.extraction.needs if n.key == "cases_last_6_years"]
    assert DOMAINS[domain].zh in need.zh and DOMAINS[domain].en in need.en
