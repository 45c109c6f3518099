"""Word families of the seventh blind round's calculator questions, each tested with wording of its own (zh-TW, zh-CN,
en): IR technique abbreviations in the plural (TACEs, PTAs, RFAs) and a guidance said before the technique
(image-guided, US-guided, 超音波導引下); 專醫 and "radiology specialist points" as the renewal's radiology CME; the rule's
own total restated ("換證要 200 分", "needs 600 points") as framing; a flag denied of every item ("none were case
reports"); a head count gone through by "the X one" or listed in brackets; and the mammography words: a qualification
before the staff word ("2 certified techs", "合格放射師"), a mammo bus, 陽追, "was told last review to attend", a DR unit
that has no CR item."""

from __future__ import annotations

import pytest

from tests.bot.conftest import TODAY


def _call(a, tool):
    return next(c for c in a.tool_calls if c.name == tool)


# --- TSIR instructor: technique plurals, abbreviations and the guidance said before them ----------------------------

@pytest.mark.parametrize(("question", "domain", "cases"), [
    ("I've done 180 TACEs in the last 6 years, radiologist 10 years. enough for tumor embolization instructor?",
     "tumor_embolization", 180),
    ("Last 6 yrs: 50 dialysis PTAs, 40 iliac stents, 20 TIPS. radiologist 9 yrs. vascular instructor ok?",
     "vascular_intervention", 110),
    ("Ablation instructor? 70 RFAs and 40 MWAs in the last 6 years, radiologist 12 years.", "ablation", 110),
    ("Specialist 9 yrs, 130 percutaneous microwave ablations in 6 yrs, ablation instructor?", "ablation", 130),
    ("Radiologist 12 years, 320 image-guided biopsies/drainages/pain blocks in last 6 years. eligible for "
     "localization/biopsy/drainage/pain instructor?", "localization_biopsy_drainage_pain", 320),
    ("Board-certified 11 yrs; 280 US-guided drainages and 40 celiac plexus blocks in the past 6 years. can I be a "
     "biopsy/drainage instructor?", "localization_biopsy_drainage_pain", 320),
    ("放射專科 10 年，近六年超音波導引下切片 200 例、引流 120 例，可以申請定位切片引流指導老師嗎？",
     "localization_biopsy_drainage_pain", 320),
])
def test_technique_plurals_and_guidance_are_the_domain_cases(engine, question, domain, cases):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    args = _call(a, "tsir_instructor_eligibility").args
    assert args["domain"] == domain and args["cases_last_6_years"] == cases


# --- TSIR renewal: 專醫 and the radiology specialist's own points ----------------------------------------------------

@pytest.mark.parametrize(("question", "cme"), [
    ("指導老師換證：國內講師 2 次，放射專醫積分 120 分，夠不夠？", 120),
    ("换证积分：国外 oral 1 次，一般放射专医积分 140，够 200 吗？", 140),
    ("換證：SCI 一作 full article 1 篇，專醫積分 110，還差幾分？", 110),
    ("Instructor renewal: SCI case report co-author 2, radiology specialist points 130. short by?", 130),
])
def test_specialist_cme_points_short_forms(engine, question, cme):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and _call(a, "tsir_renewal_check").args["cme_points"] == cme


# --- the rule's own total restated is framing, not a fact -----------------------------------------------------------

@pytest.mark.parametrize(("question", "tool"), [
    ("需要 200 分才能換證，我國內講師 2 次，放射科積分 100，夠嗎？", "tsir_renewal_check"),
    ("换证得满 200 分：国外座长 1 次，放射积分 130，差多少？", "tsir_renewal_check"),
    ("Renewal needs 200 points: 2 domestic lectures + 100 radiology CME. enough?", "tsir_renewal_check"),
    ("換證要 600 分，我六年每年都 100 分，夠嗎？", "tsa_renewal_check"),
    ("展延需滿 600 分：六年分別 90、100、110、95、105、100，可以嗎？", "tsa_renewal_check"),
])
def test_the_required_total_restated_is_no_fact(engine, question, tool):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    args = _call(a, tool).args
    assert 200 not in (args.get("cme_points"),) and 600 not in (args.get("yearly_credits") or [])


# --- a flag denied of every item -------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "This year: 4 non-SCI papers, first author on all, none of them were case reports. credits?",
    "今年 non-SCI 論文 3 篇，都是第一作者，都不是病例報告，幾分？",
    "今年非 SCI 论文 2 篇第一作者，全都不是病例报告，积分多少？",
])
def test_a_flag_denied_of_every_item_is_false(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    papers = _call(a, "tsa_credit_tally").args["activities"]
    assert papers and all(p["kind"] == "paper_non_sci" and not p.get("case_report") for p in papers)


def test_a_flag_stated_is_still_true(engine):
    a = engine.answer("今年 non-SCI 論文 3 篇第一作者，其中 1 篇是病例報告，幾分？", today=TODAY)
    flags = sorted((p["count"], p.get("case_report", False)) for p in _call(a, "tsa_credit_tally").args["activities"])
    assert flags == [(1, True), (2, False)]


# --- a head count gone through one by one, or its instances listed in brackets ------------------------------------------

@pytest.mark.parametrize(("question", "meetings"), [
    ("This year I attended two subspecialty society annual meetings: the thoracic one (1 day) and the plastic surgery "
     "one (2 days). TSA credits?", [(1, 1), (1, 2)]),
    ("Went to 2 subspecialty annual meetings this year, the urology one (2 days) and the pediatric surgery one (1 day). "
     "credits?", [(1, 1), (1, 2)]),
    ("今年去了兩個一天的醫學會年會（大腸直腸外科、整形外科），幾分？", [(2, 1)]),
    ("今年參加兩個兩天的次專科年會（心臟外科、神經外科），另外月會 3 次，積分？", [(2, 2)]),
])
def test_a_head_count_is_not_counted_twice(engine, question, meetings):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    got = sorted((x.get("count", 1), x["days"]) for x in _call(a, "tsa_credit_tally").args["activities"]
                 if x["kind"] == "specialty_annual_meeting")
    assert got == meetings


def test_instances_with_their_own_days_stay_items(engine):
    a = engine.answer("今年参加两个次专科年会（胸腔外科两天、泌尿外科一天），积分多少？", today=TODAY)
    got = sorted((x.get("count", 1), x["days"]) for x in _call(a, "tsa_credit_tally").args["activities"])
    assert got == [(1, 1), (1, 2)]


# --- mammography: staff on a van, 陽追, the previous review, a DR unit -----------------------------------------------

@pytest.mark.parametrize(("question", "daily", "staff"), [
    ("the van had 2 registered rads on board and did 90 exams yesterday, over?", 90, 2),
    ("the mammo bus had 2 certified techs, 90 screenings today — over the limit?", 90, 2),
    ("乳攝車上有 2 位合格放射師，昨天篩了 85 案，有超過嗎？", 85, 2),
    ("乳摄车当天 3 名持证放射师，做了 125 案，超量吗？", 125, 3),
])
def test_qualified_staff_on_a_van(engine, question, daily, staff):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    args = _call(a, "hpa_radiographer_volume").args
    assert args["daily_screenings_on_van"] == daily and args["radiographers_on_van"] == staff


@pytest.mark.parametrize(("question", "suspected", "completed"), [
    ("今年陽追的個案 150 案，完成追蹤 100 案，補助 80 萬，會扣多少？", 150, 100),
    ("阳追 90 人，追踪完成 60 人，补助总额 500000 元，扣多少钱？", 90, 60),
])
def test_positive_followup_said_short(engine, question, suspected, completed):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    args = _call(a, "hpa_followup_deduction").args
    assert args["suspected_positive_cases"] == suspected and args["completed_cases"] == completed


@pytest.mark.parametrize("question", [
    "Dr Lin got asked at the previous review to go to the reading seminar. this time pos discrepancy 55%, neg 8%. what happens?",
    "Our reader was instructed last time to attend the case conference; now positive 40%, negative 12%. action?",
])
def test_told_at_the_last_review_to_attend(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and _call(a, "hpa_reread_action").args["previously_required"] is True


@pytest.mark.parametrize("question", [
    "乳攝儀實地測試：劑量 90、假體 84、壓迫 88、照野 92、閱片系統 89，我們是 DR 沒有 CR，各幾等？",
    "QC field test: dose 91, phantom 83, compression 87, field 90, monitor 88 — DR system, no CR. grades?",
    "实地测试：剂量 86、假体 88、压迫 90、照野 85、阅片 93，不是 CR，评等？",
])
def test_a_unit_without_cr_is_not_asked_the_cr_item(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    assert "exposure_index_cr" not in _call(a, "hpa_qc_grade").args["scores"]


def test_a_cr_unit_is_still_asked_the_cr_item(engine):
    a = engine.answer("乳攝儀實地測試：劑量 90、假體 84、壓迫 88、照野 92、閱片系統 89，CR 機型，各幾等？", today=TODAY)
    assert a.route == "clarify" and a.pending_call is not None and a.pending_call.name == "hpa_qc_grade"


@pytest.mark.parametrize(("question", "monthly"), [
    ("我们一个放射师这个月做了 530 个乳房摄影，超过上限吗", 530),
    ("一個技術員這個月拍了 480 案，有超過嗎", 480),
])
def test_the_one_radiographer_is_no_monthly_count(engine, question, monthly):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    assert [c.args.get("monthly_screenings") for c in a.tool_calls if c.name == "hpa_radiographer_volume"] == [monthly]


def test_one_radiographer_on_a_van_is_still_the_staff_count(engine):
    a = engine.answer("乳攝車上 1 位放射師，昨天 45 案，超過嗎", today=TODAY)
    assert _call(a, "hpa_radiographer_volume").args == {"daily_screenings_on_van": 45, "radiographers_on_van": 1}


# --- a lecture attended (not given) is a seminar ---------------------------------------------------------------------

@pytest.mark.parametrize(("question", "hours"), [
    ("今年月會 2 次，另外聽了一場院外演講（兩小時內），幾分？", 2),
    ("今年月会 3 次，其中 1 次我是讲者，另外去听了一场 3 小时的院外演讲，积分？", 3),
    ("This year: 2 monthly meetings, and I attended an outside lecture (1.5 hours). credits?", 1.5),
])
def test_a_lecture_attended_is_a_seminar(engine, question, hours):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    seminars = [x for x in _call(a, "tsa_credit_tally").args["activities"] if x["kind"] == "domestic_seminar"]
    assert [(s["count"], s["hours"]) for s in seminars] == [(1, hours)]


def test_a_talk_given_at_a_monthly_meeting_is_still_a_speaker(engine):
    a = engine.answer("月會我上台演講 2 次，積分？", today=TODAY)
    assert ("tsa_monthly_speaker", 2) in [(x["kind"], x["count"]) for x in _call(a, "tsa_credit_tally").args["activities"]]


# --- a reply restating the papers asked about completes them, never adds more --------------------------------------

@pytest.mark.parametrize(("question", "reply", "papers"), [
    ("換證需要 200 分，我發表過 SCI 兩篇，這樣多少分？", "兩篇都是第一作者的 full article",
     [("sci_full_article", 2, "first")]),
    ("换证：SCI 论文 3 篇，放射积分 80，够吗？", "2 篇一作原著、1 篇其他作者的 case report",
     [("sci_case_report", 1, "other"), ("sci_full_article", 2, "first")]),
    ("TSIR renewal: 4 SCI papers and 90 radiology CME points, enough?", "all 4 are full articles, I was first author",
     [("sci_full_article", 4, "first")]),
])
def test_a_reply_restating_the_papers_completes_them(engine, question, reply, papers):
    from tests.bot.conftest import ask_and_reply

    first, then = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and then.route == "calculator"
    got = sorted((x["kind"], x["count"], x["role"]) for x in _call(then, "tsir_renewal_check").args["activities"])
    assert got == papers


# --- TSIR renewal: 分數多少 asks the points; an oral / e-poster counted in 篇 -----------------------------------------

@pytest.mark.parametrize(("question", "activities"), [
    ("这六年我在国外介入会议当座长 1 次、国内学会当讲师 2 次，分数是多少？",
     [("lecturer_or_moderator", 1, "international"), ("lecturer_or_moderator", 2, "domestic")]),
    ("換證：國外 e-poster 1 篇、国内口头报告 2 篇，放射积分 120，够吗？",
     [("oral_or_eposter", 1, "international"), ("oral_or_eposter", 2, "domestic")]),
])
def test_renewal_points_asked_and_presentations_in_pian(engine, question, activities):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    assert [(x["kind"], x["count"], x["scope"]) for x in _call(a, "tsir_renewal_check").args["activities"]] == activities
