"""Question → tool and arguments, table-driven, from how users write (no index needed)."""

from __future__ import annotations

import pytest

from bot.extract import candidates
from bot.parsing.text import Query
from tests.bot.conftest import TODAY


def best(question: str, **kw):
    found = candidates(Query(question, TODAY, **kw))
    assert found, f"no tool for {question!r}"
    return found[0]


# ------------------------------------------------------------------ the issue's own examples
def test_issue_example_tsa_tally():
    e = best("今年參加了年會1次、月會3次，其中1次擔任講者，另外4場國內學術講習會每場3小時，積分多少？")
    assert e.tool == "tsa_credit_tally" and e.complete
    assert e.args["activities"] == [
        {"kind": "tsa_annual_meeting", "year": 2026, "count": 1},
        {"kind": "tsa_monthly_meeting", "year": 2026, "count": 3},
        {"kind": "tsa_monthly_speaker", "year": 2026, "count": 1},
        {"kind": "domestic_seminar", "year": 2026, "count": 4, "hours": 3.0},
    ]


@pytest.mark.parametrize("question", ["我今年在月会担任讲者2次，积分多少？",
                                      "I was a speaker at 2 TSA monthly meetings this year, how many credits?"])
def test_speaking_at_monthly_meetings_counts_the_attendance_too(question):
    e = best(question)
    counts = {a["kind"]: a["count"] for a in e.args["activities"]}
    assert counts == {"tsa_monthly_meeting": 2, "tsa_monthly_speaker": 2}
    assert any("5.2" in n.en for n in e.notes)  # shown to the user as an assumption


@pytest.mark.parametrize(("question", "activity"), [
    ("I trained abroad for 3 months last year; credits?", {"kind": "training_abroad", "year": 2025, "months": 3.0}),
    ("I trained at a domestic medical center for 2 months this year, how many credits?",
     {"kind": "training_domestic", "year": 2026, "months": 2.0}),
])
def test_english_past_tense_training(question, activity):
    e = best(question)
    assert e.tool == "tsa_credit_tally" and e.args["activities"] == [activity]


@pytest.mark.parametrize(("question", "tool", "args"), [
    ("追蹤完成率 68%，總補助 200 萬，會被扣多少？", "hpa_followup_deduction", {"completion_rate_pct": 68, "annual_subsidy": 2_000_000}),
    ("最近 6 年 RFA 150 例、微波 40 例，專科 9 年，可以申請消融治療指導老師嗎？", "tsir_instructor_eligibility",
     {"domain": "ablation", "cases_last_6_years": 190, "years_as_specialist": 9}),
    ("六年積分 120、100、0、150、130、140 可以展延嗎？", "tsa_renewal_check", {"yearly_credits": [120, 100, 0, 150, 130, 140]}),
    # (a bare 換證 names no certificate since round 29: both windows are given — tests/bot/test_reader_ti29.py)
    ("指導老師證書 2027年3月1日到期，什麼時候可以申請換證？", "renewal_window", {"doc": "tsir-instructor", "expiry_date": "2027-03-01"}),
    ("Our follow-up completion rate is 63%, what is the deduction?", "hpa_followup_deduction", {"completion_rate_pct": 63}),
])
def test_issue_examples(question, tool, args):
    e = best(question)
    assert (e.tool, e.args) == (tool, args)
    assert e.complete


# ------------------------------------------------------------------ TSA vocabulary
@pytest.mark.parametrize(("question", "activity"), [
    ("參加本會年會一次", {"kind": "tsa_annual_meeting", "count": 1}),
    ("月會兩次", {"kind": "tsa_monthly_meeting", "count": 2}),
    ("參加消化外科醫學會年會，會期兩天", {"kind": "specialty_annual_meeting", "count": 1, "days": 2}),
    ("參加國際醫學會 2 次", {"kind": "international_meeting", "count": 2}),
    ("國內研討會 3 場各 1 小時", {"kind": "domestic_seminar", "count": 3, "hours": 1}),
    ("SCI 論文第一作者 1 篇", {"kind": "paper_sci", "count": 1, "role": "first"}),
    ("SCI 論文通訊作者 1 篇，病例報告", {"kind": "paper_sci", "count": 1, "role": "corresponding", "case_report": True}),
    ("發表一篇非 SCI 論文，是第二作者", {"kind": "paper_non_sci", "count": 1, "role": "second"}),
    ("non-SCI paper as other author", {"kind": "paper_non_sci", "count": 1, "role": "other"}),
    ("國外進修 3 個月", {"kind": "training_abroad", "months": 3}),
    ("在醫學中心進修兩個月", {"kind": "training_domestic", "months": 2}),
    ("參加 ATLS 課程一次", {"kind": "atls", "count": 1}),
    ("參加其他外科相關醫學會年會 1 次", {"kind": "other_surgical_society_meeting", "count": 1}),
    ("上了 4 小時的繼續教育課程", {"kind": "hours", "hours": 4}),
])
def test_tsa_activity_vocabulary(question, activity):
    e = best(question + "，積分多少？")
    assert e.tool == "tsa_credit_tally"
    assert e.args["activities"] == [activity]


def test_presentation_at_a_meeting_is_not_an_attendance():
    e = best("今年在外科醫學會年會發表壁報 2 篇，我是第一作者，積分多少？")
    assert e.args["activities"] == [{"kind": "presentation", "year": 2026, "count": 2, "role": "first"}]


def test_offshore_island_and_years_per_activity():
    e = best("我在澎湖執業，去年參加年會1次，今年參加月會4次")
    assert e.args["offshore_island"] is True
    assert e.args["activities"] == [{"kind": "tsa_annual_meeting", "year": 2025, "count": 1},
                                    {"kind": "tsa_monthly_meeting", "year": 2026, "count": 4}]


@pytest.mark.parametrize(("question", "missing"), [
    ("今年參加了 3 場國內學術講習會，積分多少？", "hours"),
    ("參加專科醫學會年會，積分多少？", "days"),
    ("發表了一篇 SCI 論文，積分多少？", "role"),
    ("國外進修，積分多少？", "months"),
    ("我今年的外科積分有多少？", "activities"),
])
def test_tsa_missing_facts(question, missing):
    e = best(question)
    assert missing in [n.key for n in e.needs]


def test_renewal_with_overseas_mission():
    e = best("我參加駐外醫療團 12 個月，六年積分 90、90、90、90、90、60，可以展延嗎？")
    assert e.args == {"yearly_credits": [90, 90, 90, 90, 90, 60], "overseas_mission_months": 12}


# ------------------------------------------------------------------ TSIR vocabulary
@pytest.mark.parametrize(("technique", "domain"), [
    ("PTCD", "localization_biopsy_drainage_pain"), ("PCN", "localization_biopsy_drainage_pain"),
    ("切片", "localization_biopsy_drainage_pain"), ("TACE", "tumor_embolization"), ("TARE", "tumor_embolization"),
    ("PAE", "non_tumor_embolization"), ("UAE", "non_tumor_embolization"), ("BRTO", "non_tumor_embolization"),
    ("PTA", "vascular_intervention"), ("TIPS", "vascular_intervention"), ("洗腎通路", "vascular_intervention"),
    ("膽道支架", "nonvascular_stenting"), ("RFA", "ablation"), ("MWA", "ablation"), ("cryoablation", "ablation"),
    ("微波", "ablation"), ("冷凍治療", "ablation"), ("IRE", "ablation"),
])
def test_tsir_domain_from_technique(technique, domain):
    e = best(f"我做了 {technique} 150 例，專科 10 年，可以申請指導老師嗎？")
    assert e.tool == "tsir_instructor_eligibility"
    assert e.args["domain"] == domain
    assert e.args["cases_last_6_years"] == 150


def test_tsir_domain_named_beats_substring():
    e = best("PAE 60 例、UAE 50 例，專科 7 年，可以申請非腫瘤栓塞指導老師嗎？")
    assert e.args["domain"] == "non_tumor_embolization"


@pytest.mark.parametrize("question", [
    "腫瘤栓塞 TACE 180、TARE 120，共300例，專科8年，可以申請指導老師嗎",
    "腫瘤栓塞 TACE 一百八、TARE 一百二，共三百例，專科八年，可以申請嗎",  # the bank's form, in Chinese numerals
])
def test_tsir_a_stated_total_is_not_added_to_its_parts(question):
    e = best(question)
    assert e.tool == "tsir_instructor_eligibility"
    assert e.args["cases_last_6_years"] == 300


def test_tsir_two_domains_two_calls():
    e = best("我做了 TACE 320 例和 PTCD 100 例，專科10年，可以申請指導老師嗎")
    calls = [e.args, *e.extra_calls]
    assert [(c["domain"], c["cases_last_6_years"]) for c in calls] == [
        ("tumor_embolization", 320), ("localization_biopsy_drainage_pain", 100)]


@pytest.mark.parametrize(("question", "activities"), [
    ("指導老師換證：SCI full article 第一作者 2 篇", [{"kind": "sci_full_article", "count": 2, "role": "first"}]),
    ("指導老師換證：SCI case report 其他作者 1 篇", [{"kind": "sci_case_report", "count": 1, "role": "other"}]),
    ("指導老師換證：non-SCI full article 通訊作者 1 篇", [{"kind": "non_sci_full_article", "count": 1, "role": "corresponding"}]),
    ("指導老師換證：國外座長 2 次", [{"kind": "lecturer_or_moderator", "count": 2, "scope": "international"}]),
    ("指導老師換證：國內 e-poster 3 次", [{"kind": "oral_or_eposter", "count": 3, "scope": "domestic"}]),
    ("指導老師換證：參加國外介入會議 4 次", [{"kind": "international_meeting_attendance", "count": 4}]),
])
def test_tsir_renewal_activities(question, activities):
    e = best(question + "，夠嗎？")
    assert e.tool == "tsir_renewal_check"
    assert e.args["activities"] == activities


# ------------------------------------------------------------------ HPA vocabulary
@pytest.mark.parametrize(("name", "item"), [
    ("平均乳腺輻射劑量", "dose_hvl_output_aec"), ("半值層", "dose_hvl_output_aec"), ("假體影像", "phantom_image"),
    ("壓迫裝置", "compression"), ("曝露指標", "exposure_index_cr"), ("胸壁側輻射照野", "field_alignment"),
    ("閱片系統", "reading_system"),
])
def test_qc_items_by_chinese_name(name, item):
    e = best(f"實地測試 {name} 80 分，評等？")
    assert e.tool == "hpa_qc_grade"
    assert e.args["scores"] == {item: 80}


@pytest.mark.parametrize(("question", "args"), [
    ("陽性複判差異 55%，陰性 10%", {"positive_discrepancy_pct": 55, "negative_discrepancy_pct": 10}),
    ("前次已要求參加，本次陽性複判差異 52%", {"positive_discrepancy_pct": 52, "previously_required": True}),
    ("positive re-read discrepancy is 65%", {"positive_discrepancy_pct": 65}),
])
def test_reread(question, args):
    e = best(question)
    assert (e.tool, e.args) == ("hpa_reread_action", args)


@pytest.mark.parametrize(("category", "question"), [
    (0, "category 0 的個案要多久內複檢？"), (3, "BI-RADS 3 的追蹤期限？"), (4, "第4類個案何時要確診？"),
    (5, "category「5」的個案期限？"),
])
def test_followup_category(category, question):
    e = best(question)
    assert e.tool == "hpa_followup_deadline"
    assert e.args["category"] == category


@pytest.mark.parametrize(("question", "key"), [
    ("追蹤完成率 130%", "completion_rate_pct"), ("追蹤完成率 -5%", "completion_rate_pct"),
    ("陽性複判差異 120%", "positive_discrepancy_pct"), ("放射師工作天數 400 天，年篩檢 5000 案", "radiographer_work_days"),
    ("疑似陽性 100 案，完成 120 案", "completed_cases"),
])
def test_out_of_range_facts_are_refused(question, key):
    e = best(question)
    assert key in [n.key for n in e.invalid]
    assert key not in e.args


def test_facility_volume_and_van():
    assert best("3位放射師各工作365天，今年篩檢20000案").args == {
        "radiographer_work_days": [365, 365, 365], "annual_screenings": 20000}
    assert best("乳攝車一天 130 案，3 位放射師").args == {"daily_screenings_on_van": 130, "radiographers_on_van": 3}


def test_image_grade_shapes():
    assert best("放射師自選片非緻密型 355 分、緻密型 362 分").args["scores"] == {"non_dense": 355, "dense": 362}
    assert best("本院自選片：非緻密型 350、365 分，緻密型 370、340 分").args == {
        "subject": "facility", "kind": "self_selected", "scores": {"non_dense": [350, 365], "dense": [370, 340]}}


# ------------------------------------------------------------------ a reply completes the pending question
def test_bare_number_reply_fills_what_was_asked():
    e = best("我專科 9 年，可以申請血管介入指導老師嗎？", followup="120", expected=("cases_last_6_years",))
    assert e.args == {"domain": "vascular_intervention", "cases_last_6_years": 120, "years_as_specialist": 9}


def test_role_reply_completes_the_paper():
    e = best("今年發表了一篇 SCI 論文，積分多少？", followup="第二作者", expected=("role",))
    assert e.args["activities"] == [{"kind": "paper_sci", "year": 2026, "count": 1, "role": "second"}]


@pytest.mark.parametrize(("question", "tool", "args"), [
    ("六年積分 100 100 100 100 100 0，可以嗎", "tsa_renewal_check", {"yearly_credits": [100, 100, 100, 100, 100, 0]}),
    ("我這六年的積分是 150,120,100,90,80,70 可以展延嗎", "tsa_renewal_check", {"yearly_credits": [150, 120, 100, 90, 80, 70]}),
    ("我們醫院乳攝車有 4 位放射師，可以嗎？", "hpa_radiographer_volume", {"radiographers_on_van": 4}),
    ("我們有 2 位放射師全年工作，去年篩檢 13500 案", "hpa_facility_volume",
     {"radiographer_work_days": [365, 365], "annual_screenings": 13500}),
    ("本院三位放射師工作天數分別為 365、300、200 天，今年篩檢 14000 案", "hpa_facility_volume",
     {"radiographer_work_days": [365, 300, 200], "annual_screenings": 14000}),
    ("The PAE cases I did: 70. UAE: 40. Specialist for 10 years. Eligible for the non-tumor embolization instructor?",
     "tsir_instructor_eligibility", {"domain": "non_tumor_embolization", "cases_last_6_years": 110, "years_as_specialist": 10}),
    ("I was born on 1966-12-01. If I apply on 2026-12-01, can I get a lifetime TSIR instructor certificate?",
     "tsir_renewal_check", {"activities": [], "birth_date": "1966-12-01", "application_date": "2026-12-01"}),
    ("醫院自己辦的學術討論會，一個半小時的話可以拿幾分？", "tsa_credit_tally",
     {"activities": [{"kind": "domestic_seminar", "count": 1, "hours": 1.5}]}),
    ("追蹤完成率 0.68", "hpa_followup_deduction", {"completion_rate_pct": 68}),
])
def test_more_ways_of_writing(question, tool, args):
    e = best(question)
    assert (e.tool, e.args) == (tool, args)


def test_speaker_at_a_monthly_meeting_in_english():
    e = best("I attended the annual meeting twice and gave a talk at one monthly meeting. How many credits?")
    assert e.args["activities"] == [{"kind": "tsa_annual_meeting", "count": 2}, {"kind": "tsa_monthly_speaker", "count": 1},
                                    {"kind": "tsa_monthly_meeting", "count": 1}]


def test_tsir_points_are_not_surgical_credits():
    # 抵 … 分 is the TSIR renewal's wording; a TSA tally must not answer it
    assert all(e.tool != "tsa_credit_tally" for e in candidates(Query("發表 SCI 全文，第一作者換證可以抵多少分？", TODAY)))


def test_presentation_at_a_meeting_says_how_attendance_would_count():
    e = best("I presented 2 posters at an international meeting this year as first author. Credits?")
    assert e.args["activities"] == [{"kind": "presentation", "year": 2026, "count": 2, "role": "first"}]
    assert any("attended" in n.en for n in e.notes)
