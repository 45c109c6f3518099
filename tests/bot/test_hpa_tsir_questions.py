"""HPA and TSIR questions as users write them: the facts read, the route, and the answer's wording."""

from __future__ import annotations

import pytest

from bot.answer import Conversation, Turn
from bot.extract import candidates
from bot.parsing.text import Query
from tests.bot.conftest import TODAY


def best(question: str, **kw):
    found = candidates(Query(question, TODAY, **kw))
    assert found, f"no tool for {question!r}"
    return found[0]


# ------------------------------------------------------------------ hpa_radiographer_volume: the period of a count
@pytest.mark.parametrize(("question", "args"), [
    ("我是放射師，這個月做了 520 案，有超過嗎？", {"monthly_screenings": 520}),
    ("放射師每月操作 480 案，有超過上限嗎？", {"monthly_screenings": 480}),
    ("放射師本月篩檢 505 案", {"monthly_screenings": 505}),
    ("I'm a radiographer and did 520 screenings this month. Is that over the limit?", {"monthly_screenings": 520}),
    # the head count next to the day's count is not the day's count
    ("乳攝車今天 2 位放射師拍了 90 案，有超量嗎？", {"daily_screenings_on_van": 90, "radiographers_on_van": 2}),
    ("The van did 90 mammograms today with 2 radiographers. Over the cap?", {"daily_screenings_on_van": 90, "radiographers_on_van": 2}),
    ("乳攝車一天 130 案，3 位放射師，有沒有超過？", {"daily_screenings_on_van": 130, "radiographers_on_van": 3}),
])
def test_radiographer_volume_reads_the_count_and_its_period(question, args):
    e = best(question)
    assert (e.tool, e.args) == ("hpa_radiographer_volume", args)
    assert e.complete


@pytest.mark.parametrize(("question", "key"), [
    ("放射師做了 520 案，有超過嗎？", "monthly_screenings"),  # no period: a month or a year?
    ("乳攝車 2 位放射師拍了 90 案，有超量嗎？", "daily_screenings_on_van"),
    ("乳攝車今天 2 位放射師，拍太多了嗎？", "daily_screenings_on_van"),  # asks about volume, gives no count
])
def test_a_count_not_read_is_asked_for_not_passed_over(ask, question, key):
    a = ask(question)
    assert a.route == "clarify" and a.tool_calls == []
    assert a.missing[0].startswith(key)
    assert "未超過" not in a.answer


def test_the_reply_names_the_period_of_the_count_given(ask):
    first = ask("放射師做了 520 案，有超過嗎？")
    assert "520" in first.answer  # the question repeats the figure it could not place
    second = ask("每月", Conversation(turns=[Turn(question=first.question, answer=first)]))
    assert second.route == "calculator"
    assert second.tool_calls[0].args == {"monthly_screenings": 520}
    assert second.tool_calls[0].result["over_monthly_cap"] is True


def test_van_day_over_the_cap_is_never_reported_as_within(ask):
    a = ask("乳攝車今天 2 位放射師拍了 90 案，有超量嗎？")
    assert a.route == "calculator"
    assert a.tool_calls[0].result["over_van_daily_cap"] is True  # 90 > 40 × 2
    assert a.answer.splitlines()[0].startswith("乳攝車每人每天上限 40 案：已超過")


# ------------------------------------------------------------------ hpa_reread_action: 丁 needs "previously required"
@pytest.mark.parametrize(("question", "args"), [
    ("上次已被要求參加座談會，這次陽性複判差異 52%，會怎樣？", {"positive_discrepancy_pct": 52, "previously_required": True}),
    ("前次後續審查已要求參加判片座談會，本次陽性複判差異 55%，怎麼處理？", {"positive_discrepancy_pct": 55, "previously_required": True}),
    ("上次已被要求参加座谈会，这次阴性复判差异 18%，会怎样？", {"negative_discrepancy_pct": 18, "previously_required": True}),
    ("Last review required us to attend the reading seminar. This time the positive re-read discrepancy is 52%. What happens?",
     {"positive_discrepancy_pct": 52, "previously_required": True}),
    ("We were previously required to attend the seminar; negative discrepancy now 16%. What happens?",
     {"negative_discrepancy_pct": 16, "previously_required": True}),
    ("上次沒有被要求參加座談會，這次陰性複判差異 17%，會怎樣？", {"negative_discrepancy_pct": 17, "previously_required": False}),
    ("Our last review didn't require the seminar; positive discrepancy 52%. What happens?",
     {"positive_discrepancy_pct": 52, "previously_required": False}),
    ("陽性複判差異 52%，要怎麼辦？", {"positive_discrepancy_pct": 52}),
])
def test_reread_previously_required(question, args):
    e = best(question)
    assert (e.tool, e.args) == ("hpa_reread_action", args)


@pytest.mark.parametrize(("question", "tier"), [
    ("上次已被要求參加座談會，這次陽性複判差異 52%，會怎樣？", "stop_and_suspend"),
    ("陽性複判差異 52%、陰性 5%，會怎樣？", "required"),
    ("上次沒有被要求參加座談會，這次陰性複判差異 17%、陽性 30%，會怎樣？", "required"),
])
def test_what_happens_with_a_discrepancy_is_a_calculation(ask, question, tier):
    a = ask(question)
    assert a.route == "calculator"
    assert a.tool_calls[0].result["tier"] == tier


def test_the_rule_question_about_the_threshold_stays_retrieval(ask):
    assert ask("如前次後續審查已要求須參加判片座談會，本次複判差異超過 50% 會怎樣？").route == "retrieval"


# ------------------------------------------------------------------ hpa_followup_deadline: the headline reads once
@pytest.mark.parametrize(("question", "headline"), [
    ("category 4 的個案 2026/1/15 篩檢，最晚何時要確診？",
     "category 4 的個案須於 2 個月內完成確診（篩檢日 2026-01-15 → 最晚 2026-03-15）；確診為乳癌者，須追蹤其是否接受手術。"),
    ("category 0 的個案 2026/1/15 篩檢，最晚何時要複檢？", "category 0 的個案須於 2 個月內完成複檢（篩檢日 2026-01-15 → 最晚 2026-03-15）。"),
    ("category 3 的個案 2026年3月31日篩檢，何時要複檢？", "category 3 的個案須於 6 個月內完成複檢（篩檢日 2026-03-31 → 最晚 2026-09-30）。"),
    ("A category 4 case screened on 2026-01-15: by when must the diagnosis be confirmed?",
     "Category 4: confirmed diagnosis within 2 months (screened 2026-01-15 → by 2026-03-15); "
     "if breast cancer is confirmed, whether surgery follows must be tracked."),
])
def test_followup_deadline_headline_reads_once(ask, question, headline):
    a = ask(question)
    assert a.route == "calculator"
    assert a.answer.split("\n\n")[0] == headline


def test_a_period_asked_without_a_screening_date_is_the_rules_answer(ask):
    a = ask("category 5 的個案多久內要確診？")  # no date to count from: what the rule says
    assert a.route == "retrieval" and a.citations[0].id == "hpa-mammo/2.5.4"
    assert "2 個月" in a.answer.split("\n")[0]


# ------------------------------------------------------------------ tsir_renewal_check: a lifetime question leads with rule 6
def test_lifetime_question_leads_with_rule_6_not_a_zero_point_tally(ask):
    a = ask("我 1966年5月3日出生，2026年5月3日申請，可以申請終身指導老師嗎？")
    assert a.route == "calculator" and a.tool_calls[0].result["lifetime_eligible"] is True
    head = a.answer.split("\n\n")[0]
    assert head.startswith("可以：") and "終身指導老師證書" in head
    shown = a.answer.split("依據：")[0]  # the answer's own words, not the quoted clauses
    assert "0 分" not in shown and "還差" not in shown and "尚差" not in shown
    assert a.citations[0].id == "tsir-instructor/6"


def test_lifetime_not_yet_names_the_renewal_requirement_as_context(ask):
    a = ask("I was born on 1970-02-01. If I apply on 2026-12-01, can I get a lifetime TSIR instructor certificate?")
    head = a.answer.split("\n\n")[0]
    assert head.startswith("Not yet:") and "56" in head and "200 points" in head
    assert "short" not in a.answer.split("Sources:")[0]


def test_points_given_still_lead_with_the_points(ask):
    a = ask("I was born on 1966-12-01 and have 210 radiology CME points. If I apply on 2026-12-01, can I renew my TSIR instructor certificate?")
    assert a.tool_calls[0].args.get("cme_points") == 210
    assert a.answer.startswith("Yes. Renewal points: 210")  # (round 27: a yes / no asked is answered first, then the points)


# ------------------------------------------------------------------ TSIR: dates, article types, English case counts
@pytest.mark.parametrize(("question", "args"), [
    # a birth date and an application date are not the certificate's expiry (renewal_window must not take them)
    ("我 1966年5月3日出生，放射線教育積分 120 分，2026年5月3日申請換證可以嗎？",
     {"activities": [], "cme_points": 120, "birth_date": "1966-05-03", "application_date": "2026-05-03"}),
    # the second clause's own article type: a case report, not another full article
    ("我有 SCI full article 第一作者 3 篇、其他作者 case report 2 篇，放射線教育積分 50 分，夠換證嗎？",
     {"activities": [{"kind": "sci_full_article", "count": 3, "role": "first"},
                     {"kind": "sci_case_report", "count": 2, "role": "other"}], "cme_points": 50}),
])
def test_tsir_renewal_reads(question, args):
    e = best(question)
    assert (e.tool, e.args) == ("tsir_renewal_check", args)


def test_a_birth_date_is_never_an_expiry_date():
    found = candidates(Query("我1966年1月1日出生，有 SCI 第一作者 2 篇，想換證，也想問終身", TODAY))
    assert found[0].tool == "tsir_renewal_check"
    assert all(e.args.get("expiry_date") != "1966-01-01" for e in found)


def test_english_case_count_with_technique_words_before_cases():
    e = best("I've done 120 PTA and stent cases in the last 6 years, specialist for 9 years. Can I be a vascular intervention instructor?")
    assert (e.tool, e.args) == ("tsir_instructor_eligibility",
                                {"domain": "vascular_intervention", "cases_last_6_years": 120, "years_as_specialist": 9})


# ------------------------------------------------------------------ more ways of writing (probe round 2)
@pytest.mark.parametrize(("question", "tool", "args"), [
    ("我們乳攝車上週三 3 位放射師拍了 125 位民眾，有超過嗎？", "hpa_radiographer_volume",
     {"daily_screenings_on_van": 125, "radiographers_on_van": 3}),
    ("乳攝車 10月3日 2 位放射師篩檢 85 案，有超量嗎？", "hpa_radiographer_volume",
     {"daily_screenings_on_van": 85, "radiographers_on_van": 2}),
    ("Positive discrepancy 55%, and at the previous review we had already been told to attend the seminar. What now?",
     "hpa_reread_action", {"positive_discrepancy_pct": 55, "previously_required": True}),
    ("第4類個案 9月30日篩檢，何時前要確診？", "hpa_followup_deadline", {"category": 4, "screening_date": "2026-09-30"}),
    ("category 3 的個案 10月20日篩檢，何時要複檢？", "hpa_followup_deadline", {"category": 3, "screening_date": "2026-10-20"}),
    # (a day still to come this year and nearer than last year's, "12月20日" asked on 11-25, is asked: test_reader_hpa21)
    # the application date is today only where the person says so (SPEC §3); else it is asked (test_reader_round4)
    ("我 1965年3月1日生，今天可以申請終身指導老師嗎？", "tsir_renewal_check",
     {"activities": [], "birth_date": "1965-03-01", "application_date": "2026-11-25"}),
    ("I turn 60 on 2027-02-01. Can I apply for a lifetime instructor certificate on 2027-01-15?", "tsir_renewal_check",
     {"activities": [], "birth_date": "1967-02-01", "application_date": "2027-01-15"}),
    ("我的60歲生日是2027年2月1日，2027年1月15日申請終身指導老師可以嗎？", "tsir_renewal_check",
     {"activities": [], "birth_date": "1967-02-01", "application_date": "2027-01-15"}),
])
def test_more_hpa_tsir_readings(question, tool, args):
    e = best(question)
    assert (e.tool, e.args) == (tool, args)
    assert e.complete


# ------------------------------------------------------------------ probe round 3: counts, subjects, head counts
@pytest.mark.parametrize(("question", "tool", "args"), [
    # "120, completed" is 120, not a thousands number swallowing the comma
    ("Suspected positives 120, completed follow-up 85. Deduction?", "hpa_followup_deduction",
     {"suspected_positive_cases": 120, "completed_cases": 85}),
    ("疑似陽性 1,200 案，完成追蹤 850 案，補助 2,000,000 元，扣多少？", "hpa_followup_deduction",
     {"suspected_positive_cases": 1200, "completed_cases": 850, "annual_subsidy": 2000000}),
    # 本院放射師 is our radiographer: a radiographer's evaluation, not the facility's
    ("本院放射師自選片 緻密型 330、非緻密型 368，等級？", "hpa_image_grade",
     {"subject": "radiographer", "kind": "self_selected", "scores": {"non_dense": 368, "dense": 330}}),
    ("We have 3 radiographers who each worked 300 days; we did 16,000 screenings last year. Any excess?", "hpa_facility_volume",
     {"radiographer_work_days": [300, 300, 300], "annual_screenings": 16000}),
    ("本院 2 位放射師，一位全年、一位工作 180 天，去年篩檢 10000 案，有超量嗎？", "hpa_facility_volume",
     {"radiographer_work_days": [365, 180], "annual_screenings": 10000}),
])
def test_probe_round_3_readings(question, tool, args):
    e = best(question)
    assert (e.tool, e.args) == (tool, args)
    assert e.complete


def test_facility_volume_never_computes_with_a_radiographer_left_out():
    e = best("本院 3 位放射師，工作天數 365、200 天，去年篩檢 10000 案，有超量嗎？")
    assert e.tool == "hpa_facility_volume" and not e.complete
    assert [n.key for n in e.needs] == ["radiographer_work_days"]


# ------------------------------------------------------------------ TSIR: 講者 is a lecturer; TSIR stays upper case
def test_speaker_abroad_is_a_lecture_not_an_attendance():
    e = best("我在國外研討會擔任講者 1 次、國內研討會座長 2 次、參加國際會議 2 次，放射線教育積分 60 分，夠不夠換證？")
    assert e.args["activities"] == [
        {"kind": "lecturer_or_moderator", "count": 1, "scope": "international"},
        {"kind": "lecturer_or_moderator", "count": 2, "scope": "domestic"},
        {"kind": "international_meeting_attendance", "count": 2},
    ]
    assert best("我在介入性研討會擔任腫瘤栓塞講者 3 次，可以申請腫瘤栓塞指導老師嗎？").args["lectures_in_domain"] == 3


def test_english_window_headline_keeps_tsir_upper_case(ask):
    a = ask("My TSIR instructor certificate was issued on 2021-03-15. When can I apply for renewal?")
    assert a.answer.startswith("TSIR instructor certificate renewal: the certificate expires on 2027-03-15")


# ------------------------------------------------------------------ a van's day total needs the head count
@pytest.mark.parametrize("question", ["乳攝車一天 100 案，有超過嗎？", "The van did 90 screenings today. Over the cap?"])
def test_van_day_total_without_head_count_is_asked(ask, question):
    a = ask(question)
    assert a.route == "clarify" and a.missing[0].startswith("radiographers_on_van")
    assert "未超過" not in a.answer and "exceeded" not in a.answer


def test_van_head_count_reply_completes_it(ask):
    first = ask("乳攝車一天 100 案，有超過嗎？")
    second = ask("3 位", Conversation(turns=[Turn(question=first.question, answer=first)]))
    assert second.route == "calculator"
    assert second.tool_calls[0].args == {"daily_screenings_on_van": 100, "radiographers_on_van": 3}
    assert second.tool_calls[0].result["over_van_daily_cap"] is False  # 100 ≤ 40 × 3


def test_a_per_radiographer_day_count_needs_no_head_count():
    e = best("乳攝車每位放射師一天拍 45 案，有超過嗎？")
    assert e.args == {"daily_screenings_on_van": 45} and e.complete


# ------------------------------------------------------------------ hpa_qc_grade: which score belongs to which item
REST = {"dose_hvl_output_aec": 88, "phantom_image": 88, "field_alignment": 88, "reading_system": 88}


@pytest.mark.parametrize(("question", "scores"), [
    # English puts the score before the item: 76 belongs to compression, not the 88 that follows it
    ("Our unit scored 76 on compression and 88 on everything else. Grade?", {"compression": 76, **REST}),
    ("壓迫裝置 76 分，其他項目都是 88 分，評等？", {"compression": 76, **REST}),
    ("phantom 80, compression 90, reading system 69", {"phantom_image": 80, "compression": 90, "reading_system": 69}),
    # the CR item is filled in only on a CR unit
    ("CR 機器：曝露指標 72 分，其餘 90 分，評等？",
     {"exposure_index_cr": 72, "dose_hvl_output_aec": 90, "phantom_image": 90, "compression": 90,
      "field_alignment": 90, "reading_system": 90}),
])
def test_qc_scores_go_to_the_item_they_were_given_for(question, scores):
    e = best(question)
    assert e.tool == "hpa_qc_grade" and e.args["scores"] == scores


def test_everything_else_is_shown_as_an_assumption(ask):
    a = ask("Our unit scored 76 on compression and 88 on everything else. Grade?")
    assert a.tool_calls[0].result["worst"] == "C"
    assert any("Everything else" in x for x in a.assumptions)
