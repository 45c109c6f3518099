"""Every calculator's result renders itself in zh-TW and in English: headline, steps, measures, citations.

The headlines are pinned word for word (the evals pin answers built from them); rows cover each branch a
headline has (eligible or not, a late window or none, a limit given or not …).
"""

from __future__ import annotations

import re

import pytest

from calculators.registry import TOOLS, calculate
from calculators.render import Renderer
from calculators.tsir_instructor import LIFETIME_RULE, RENEWAL_RULE

CJK = re.compile(r"[\u4e00-\u9fff]")

# (tool, args, zh-TW headline, English headline)
HEADLINES = [
    ("tsa_credit_tally", {"activities": [{"kind": "tsa_monthly_meeting", "count": 5, "year": 2024}, {"kind": "tsa_annual_meeting", "count": 1, "year": 2025}]},
     "積分合計 160 分。（各年度：2024 年 100 分；2025 年 60 分）",
     "Total: 160 credits. By year: 2024: 100; 2025: 60."),
    ("tsa_credit_tally", {"activities": [{"kind": "tsa_monthly_meeting", "count": 3}]},
     "積分合計 60 分。",
     "Total: 60 credits."),
    ("tsa_renewal_check", {"yearly_credits": [120, 100, 110, 150, 130, 140]},
     "可以申請展延：六年合計 750 分，已達 600 分，且沒有積分為零的年度。",
     "Yes, the certificate can be renewed: 750 credits in six years (required 600), no year with zero credits."),
    ("tsa_renewal_check", {"yearly_credits": [120, 100, 0, 150, 130, 40]},
     "尚不符合展延條件：六年合計 540 分，未達 600 分，還差 60 分；第 3 年積分為零（每年之積分不得有零分）。",
     "Not yet eligible for renewal: 540 credits in six years, below the required 600 (short by 60); year(s) 3 had zero credits (no year may have zero)."),
    ("tsir_instructor_eligibility", {"domain": "ablation", "cases_last_6_years": 200, "years_as_specialist": 9},
     "符合「腫瘤局部消融治療」領域指導老師的申請資格（依據：年資與個案數（第一條第一款、第二條））。",
     "Eligible to apply as instructor in tumour ablation (path: years as specialist and case count (art. 1(1), art. 2))."),
    ("tsir_instructor_eligibility", {"domain": "tumor_embolization", "cases_last_6_years": 250, "years_as_specialist": 5},
     "目前尚不符合「腫瘤血管栓塞治療」領域指導老師的申請資格：最近 6 年個案數需 300 例，還差 50 例；專科醫師年資需 8 年以上，還差 3 年。",
     "Not yet eligible as instructor in tumour transcatheter arterial embolization: the domain requires 300 cases in the last 6 years; 50 more needed; at least 8 years as specialist are required; 3 more needed."),
    ("tsir_instructor_eligibility", {"domain": "vascular_intervention", "cases_last_6_years": 10, "years_as_specialist": 2, "lectures_in_domain": 3},
     "符合「血管介入治療」領域指導老師的申請資格（依據：演講／講師／座長 3 次以上（第一條第二款(1)））。",
     "Eligible to apply as instructor in vascular intervention (path: 3+ lectures or moderator roles (art. 1(2)(1)))."),
    ("tsir_renewal_check", {"activities": [{"kind": "sci_full_article", "count": 2, "role": "first"}], "cme_points": 50},
     "換證積分 130 分（需 200 分），還差 70 分。",
     "Renewal points: 130 (required 200), 70 short."),
    ("tsir_renewal_check", {"activities": [{"kind": "sci_full_article", "count": 5, "role": "first"}], "birth_date": "1960-05-01", "application_date": "2026-01-10"},
     "換證積分 200 分（需 200 分），已達換證條件。申請日已年滿 60 歲，可申請終身指導老師證書，通過後免換證。",
     "Renewal points: 200 (required 200), enough to renew. You are 60 or older on the application date: you may apply for a lifetime certificate (no renewal needed)."),
    ("tsir_renewal_check", {"birth_date": "1970-05-01", "application_date": "2026-01-10"},
     "還不行：申請日 2026-01-10 時您 55 歲，未滿 60 歲，尚不能申請終身指導老師證書；在此之前換證仍須於證書效期六年內累積 200 分。",
     "Not yet: on the application date 2026-01-10 you are 55, under 60, so no lifetime certificate yet; until then, renewal needs 200 points within the six-year validity."),
    ("tsir_renewal_check", {"birth_date": "1960-05-01", "application_date": "2026-01-10"},
     "可以：申請日 2026-01-10 時您 65 歲，已年滿 60 歲，可申請終身指導老師證書，通過後免換證。",
     "Yes: on the application date 2026-01-10 you are 65, so 60 or older: you may apply for a lifetime instructor certificate, and once it is granted no renewal is needed."),
    ("renewal_window", {"doc": "tsa-cme", "expiry_date": "2027-03-31"},
     "外科專科醫師證書展延：證書 2027-03-31 到期，可自 2026-09-30 起申請，至 2027-03-31 止。情形特殊經中央衛生主管機關核准者，得於 2028-03-31 前補行申請。",
     "Surgical specialist certificate renewal: the certificate expires on 2027-03-31; you can apply from 2026-09-30 until 2027-03-31. In special circumstances, with the health authority's approval, a late application is possible until 2028-03-31."),
    ("renewal_window", {"doc": "tsir-instructor", "issue_date": "2021-08-31"},
     "介入放射線學會指導老師證書換證：證書 2027-08-31 到期，可自 2027-02-28 起申請，至 2027-08-31 止。",
     "TSIR instructor certificate renewal: the certificate expires on 2027-08-31; you can apply from 2027-02-28 until 2027-08-31."),
    ("hpa_image_grade", {"subject": "radiographer", "kind": "sampled", "scores": [350, 362]},
     "臨床影像評估評等為 B 等（340-359 分；採計分數 356 分）。",
     "Clinical image evaluation grade: B (340-359; score used: 356)."),
    ("hpa_qc_grade", {"scores": {"dose_hvl_output_aec": 90, "phantom_image": 80, "compression": 72, "exposure_index_cr": 88}},
     "實地測試評等：平均乳腺輻射劑量與半值層、輻射輸出與自動曝露控制系統再現性 A 等、假體影像分析 B 等、壓迫裝置測試 C 等、曝露指標之確認(CR) A 等；最差為 C 等。",
     "Field test grades: mean glandular dose and HVL, output and AEC reproducibility: A, phantom image analysis: B, compression device test: C, exposure index check (CR): A; worst: C."),
    ("hpa_reread_action", {"positive_discrepancy_pct": 50.5, "previously_required": True},
     "複判差異評估結果：立即停止判讀並停權三個月（丁）。",
     "Re-read discrepancy result: must stop reading now and is suspended for 3 months (丁)."),
    ("hpa_reread_action", {"positive_discrepancy_pct": 30, "negative_discrepancy_pct": 5},
     "複判差異評估結果：未達輔導標準，無須處置。",
     "Re-read discrepancy result: below every threshold: no action."),
    ("hpa_facility_volume", {"radiographer_work_days": [365, 365], "annual_screenings": 15000},
     "合理量為 12000 案，可給付上限 13200 案；超出 1800 案，這部分篩檢費用健康署得不予給付。",
     "Reasonable volume 12000, payable up to 13200; 1800 screenings over that may not be paid."),
    ("hpa_facility_volume", {"radiographer_work_days": [365], "annual_screenings": 6600},
     "合理量為 6000 案，可給付上限 6600 案；未超出上限。",
     "Reasonable volume 6000, payable up to 6600; not exceeded."),
    ("hpa_radiographer_volume", {"monthly_screenings": 551},
     "每月上限 500 案：已超過；已達乳攝車隨時抽片審查的條件。",
     "monthly cap 500: exceeded; the van may be spot-reviewed at any time."),
    ("hpa_radiographer_volume", {"daily_screenings_on_van": 121, "radiographers_on_van": 4},
     "乳攝車每人每天上限 40 案：未超過；每輛乳攝車報備人數上限 3 人：已超過。",
     "van daily cap 40 per radiographer: not exceeded; at most 3 radiographers per van: exceeded."),
    ("hpa_followup_deduction", {"completion_rate_pct": 63, "annual_subsidy": 2000000},
     "追蹤完成率 63%，扣款比例為當年度總補助篩檢金額的 15%，即 300000 元。",
     "Follow-up completion rate 63%: deduction of 15% of the year's total screening subsidy, i.e. NT$300000."),
    ("hpa_followup_deduction", {"suspected_positive_cases": 200, "completed_cases": 150},
     "追蹤完成率 75%，扣款比例為當年度總補助篩檢金額的 0%。",
     "Follow-up completion rate 75%: deduction of 0% of the year's total screening subsidy."),
    ("hpa_followup_deadline", {"category": 4, "screening_date": "2026-08-31"},
     "category 4 的個案須於 2 個月內完成確診（篩檢日 2026-08-31 → 最晚 2026-10-31）；確診為乳癌者，須追蹤其是否接受手術。",
     "Category 4: confirmed diagnosis within 2 months (screened 2026-08-31 → by 2026-10-31); if breast cancer is confirmed, whether surgery follows must be tracked."),
    ("hpa_followup_deadline", {"category": 0},
     "category 0 的個案須於 2 個月內完成複檢。",
     "Category 0: recall examination within 2 months."),
]


def test_every_calculator_has_its_own_renderer_and_a_pinned_headline():
    assert {tool for tool, *_ in HEADLINES} == {spec.name for spec in TOOLS}
    assert all(type(spec.render) is not Renderer for spec in TOOLS)


@pytest.mark.parametrize(("tool", "args", "zh", "en"), HEADLINES, ids=[f"{t}-{i}" for i, (t, *_) in enumerate(HEADLINES)])
def test_the_headline_in_both_languages(tool, args, zh, en):
    calc = calculate(tool, args)
    assert calc.headline("zh-TW") == zh
    assert calc.headline("en") == en


@pytest.mark.parametrize(("tool", "args"), [(t, a) for t, a, *_ in HEADLINES], ids=[f"{t}-{i}" for i, (t, *_) in enumerate(HEADLINES)])
def test_steps_and_assumptions_in_both_languages(tool, args):
    calc = calculate(tool, args)
    zh, en = calc.steps("zh-TW"), calc.steps("en")
    assert zh and len(zh) == len(en) and zh != en
    assert all(CJK.search(line) for line in zh)
    assert calc.assumptions("zh-TW") == calc.result.assumptions
    assert calc.assumptions("en") == calc.result.assumptions_en


def test_measures_in_both_languages():
    calc = calculate("hpa_image_grade", {"subject": "facility", "kind": "sampled", "scores": [330, 340]})
    assert calc.measures("zh-TW") == calc.result.measures and calc.measures("en") == calc.result.measures_en
    assert calc.measures("en") and not CJK.search(calc.measures("en")[0])


def test_the_tally_steps_add_the_cap_and_the_committee_notes_once():
    calc = calculate("tsa_credit_tally", {"activities": [
        {"kind": "international_meeting", "count": 10, "year": 2024},
        {"kind": "other_surgical_society_meeting", "count": 1, "year": 2024},
        {"kind": "other_surgical_society_meeting", "count": 2, "year": 2025}]})
    [cap] = calc.result.caps_applied
    [note_zh], [note_en] = calc.result.notes, calc.result.notes_en  # two rows, one note
    zh, en = calc.steps("zh-TW"), calc.steps("en")
    assert zh[-2:] == [cap.text, note_zh] and en[-2:] == [cap.text_en, note_en]
    assert len(zh) == len(calc.result.breakdown) + 2


def test_a_lifetime_only_question_drops_the_points_rows_and_cites_article_6_first():
    calc = calculate("tsir_renewal_check", {"birth_date": "1960-05-01", "application_date": "2026-01-10"})
    assert any(step.rule == RENEWAL_RULE for step in calc.result.breakdown)  # the calculator computed them
    assert len(calc.steps("en")) == sum(step.rule != RENEWAL_RULE for step in calc.result.breakdown)
    assert calc.citations()[0] == LIFETIME_RULE and calc.result.citations[0] != LIFETIME_RULE
    with_points = calculate("tsir_renewal_check", {"cme_points": 10, "birth_date": "1960-05-01", "application_date": "2026-01-10"})
    assert with_points.citations() == with_points.result.citations
    assert len(with_points.steps("zh-TW")) == len(with_points.result.breakdown)


def test_the_domain_tags_a_tsir_eligibility_call_and_nothing_else():
    calc = calculate("tsir_instructor_eligibility", {"domain": "ablation", "cases_last_6_years": 1, "years_as_specialist": 9})
    assert (calc.tag("zh-TW"), calc.tag("en")) == ("腫瘤局部消融治療", "tumour ablation")
    assert calculate("hpa_facility_volume", {"radiographer_work_days": [365], "annual_screenings": 1}).tag("zh-TW") == ""


def test_several_hpa_items_in_one_answer_are_tagged_by_what_tells_them_apart():
    """Several cases, readers or radiographers in one question are one call each (Vocabulary.repeat)."""
    assert calculate("hpa_followup_deadline", {"category": 3}).tag("zh-TW") == "category 3"
    reread = calculate("hpa_reread_action", {"positive_discrepancy_pct": 55, "negative_discrepancy_pct": 12})
    assert (reread.tag("zh-TW"), reread.tag("en")) == ("陽性 55%、陰性 12%", "positive 55%, negative 12%")
    assert calculate("hpa_radiographer_volume", {"monthly_screenings": 505}).tag("en") == "505 screenings"
