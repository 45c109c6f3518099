"""Everyday words of the sixth blind round's calculator questions, each family tested with wording of its own
(zh-TW, zh-CN, en): radiology CME said as 放射科學分 / 專科積分 / radiology CME points, overseas meetings named by
their own name (CIRSE, JSIR, DDW, APSS …) and counted one each, a bracketed count restating them, speaker
paraphrases (上台講), "mtg", another author position than first / corresponding on the SCI path, IR case counts
that make a paper list no surgical tally, hour-based courses, a mission's length in years, 一年半, weeks as
months, and the mammography words for radiographers (放設師, 技術員, rad techs, RTs) and 疑似陽姓."""

from __future__ import annotations

import pytest

from tests.bot.conftest import TODAY


def _call(a, tool):
    return next(c for c in a.tool_calls if c.name == tool)


def _kinds(a, tool="tsa_credit_tally"):
    return [(x["kind"], x.get("count"), x.get("scope")) for x in _call(a, tool).args["activities"]]


# --- TSIR renewal: radiology CME points however named ------------------------------------------------------------

@pytest.mark.parametrize(("question", "cme"), [
    ("換證：國內 oral 2 次，放射科學分 80 分，夠嗎？", 80),
    ("换证：国外讲师 1 次，放射科专科学分 120，够 200 吗？", 120),
    ("換證積分：國外座長 2 次，專科積分 90，還差多少？", 90),
    ("Instructor renewal: 2 domestic orals, plus 150 regular radiology CME points. enough?", 150),
])
def test_radiology_cme_points_in_everyday_words(engine, question, cme):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and _call(a, "tsir_renewal_check").args["cme_points"] == cme


# --- overseas meetings named by their own name ---------------------------------------------------------------------

@pytest.mark.parametrize(("question", "scopes"), [
    ("Moderated a session at CIRSE and gave an e-poster at JSIR, plus 100 radiology CME. TSIR renewal enough?",
     [("lecturer_or_moderator", 1, "international"), ("oral_or_eposter", 1, "international")]),
    ("換證：在 RSNA 當講師一次、國內 oral 2 次，教育積分 120，夠嗎？",
     [("lecturer_or_moderator", 1, "international"), ("oral_or_eposter", 2, "domestic")]),
])
def test_a_named_overseas_meeting_is_international(engine, question, scopes):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and _kinds(a, "tsir_renewal_check") == scopes


@pytest.mark.parametrize(("question", "tool", "count"), [
    ("今年去了 DDW 跟 ASCRS，還有月會 3 次，幾分？", "tsa_credit_tally", 2),
    ("Went to DDW, SAGES and ASCRS (3 overseas meetings) this year, plus 2 monthly meetings. credits?", "tsa_credit_tally", 3),
    ("Renewal points: attended RSNA, CIRSE, SIR and APCCVIR (4 overseas IR meetings), plus 90 radiology CME. enough?",
     "tsir_renewal_check", 4),
    ("換證：去了 CIRSE 和 JSIR 開會，SCI 一作 full article 1 篇，教育積分 100，夠嗎？", "tsir_renewal_check", 2),
])
def test_meetings_named_one_by_one_are_counted_once_each(engine, question, tool, count):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    meetings = [k for k in _kinds(a, tool) if k[0] in ("international_meeting", "international_meeting_attendance")]
    assert len(meetings) == 1 and meetings[0][1] == count


# --- TSA tally: speaker paraphrases, "mtg" ----------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "speaker"), [
    ("今年外科年會去了，月會參加五場，其中一場是我上台講的，今年幾分？", 1),
    ("月会去了六次，有两次我是上台讲的那个，今年积分多少？", 2),
    ("今年月會 4 次，其中 1 次輪到我講，加上年會，幾分？", 1),
])
def test_speaking_at_a_monthly_meeting_in_other_words(engine, question, speaker):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and ("tsa_monthly_speaker", speaker, None) in _kinds(a)


@pytest.mark.parametrize("question", [
    "今年月會去了十次、年會一次，月會當講者兩次，總共幾分",
    "今年月会参加了十次，年会一次，月会上当讲者两次，一共几分",
])
def test_meetings_counted_are_not_counted_again_where_the_talks_were(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    assert sorted(_kinds(a)) == [("tsa_annual_meeting", 1, None), ("tsa_monthly_meeting", 10, None), ("tsa_monthly_speaker", 2, None)]


def test_mtg_is_a_meeting(engine):
    a = engine.answer("2025: annual mtg x1, monthly mtgs x3. total pts?", today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].result["total"] == 120


# --- TSIR eligibility: papers of another author position are no first / corresponding ones ----------------------

def test_other_author_papers_never_count_as_first_or_corresponding(engine):
    a = engine.answer("SCI 有兩篇，一篇一作、一篇是二作，消融近六年 200 例，專科 10 年，消融指導老師可以過嗎？", today=TODAY)
    assert all(c.args.get("sci_first_or_corresponding", 0) <= 1 for c in a.tool_calls if c.name == "tsir_instructor_eligibility")


def test_a_co_authored_paper_is_set_aside_said_so(engine):
    a = engine.answer("I have 2 SCI papers as first author and 1 as co-author, 50 RFA cases, 6 yrs specialist. "
                      "ablation instructor?", today=TODAY)
    assert a.route == "calculator" and _call(a, "tsir_instructor_eligibility").args["sci_first_or_corresponding"] == 2


# --- hour-based courses, a mission in years, 一年半, weeks ------------------------------------------------------

@pytest.mark.parametrize(("question", "hours"), [
    ("醫院辦的課是按時數算的，我今年上了五個小時，可以換幾分？", 5),
    ("外科部的課按時數認證，我今年共上了七個鐘頭，積分多少？", 7),
    ("科里的课按时数认证，今年一共上了 6 个小时，积分多少？", 6),
])
def test_a_course_credited_by_its_hours(engine, question, hours):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].args["activities"] == [{"kind": "hours", "hours": hours, "year": 2026}]


@pytest.mark.parametrize(("question", "months"), [
    ("I served 2 years with the overseas medical mission. yearly credits 50, 60, 100, 110, 90, 100. can I renew?", 24),
    ("Spent 18 months on a Taiwan medical mission in Africa; six years: 80, 70, 90, 100, 60, 50. renew ok?", 18),
    ("駐外醫療團待了一年半，六年積分 80、90、100、60、70、90，能展延嗎？", 18),
])
def test_a_mission_length_in_years_or_linked_by_words(engine, question, months):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].args["overseas_mission_months"] == months


def test_half_a_year_of_specialist_years(engine):
    a = engine.answer("专科医师当了八年半，RFA 近六年 200 例，可以申请消融指导老师吗？", today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].args["years_as_specialist"] == 8.5


def test_two_weeks_are_half_a_month(engine):
    a = engine.answer("Did a 2-week observership in Tokyo last year, credits?", today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].args["activities"][0]["months"] == 0.5


# --- HPA: radiographers and suspected positives as people type them ---------------------------------------------------

@pytest.mark.parametrize(("question", "daily", "staff"), [
    ("van: 3 rad techs on board, 125 screenings that day. over the cap?", 125, 3),
    ("van today: 2 RTs registered, 85 exams. over?", 85, 2),
    ("巡迴車上登記2個技術員，某天做了 95 人，有超過嗎？", 95, 2),
    ("乳摄车上有 3 位放射技术人员，某一天拍了 130 案，超过了吗", 130, 3),
])
def test_radiographers_on_the_van_in_everyday_words(engine, question, daily, staff):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    assert a.tool_calls[0].args == {"daily_screenings_on_van": daily, "radiographers_on_van": staff}


def test_a_mistyped_radiographer_is_one(engine):
    a = engine.answer("乳攝車上 2 位放設師，某天做了 90 案，超過了嗎？", today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].args == {"daily_screenings_on_van": 90, "radiographers_on_van": 2}


def test_a_mistyped_suspected_positive_is_one(engine):
    a = engine.answer("今年疑似陽姓 150 個，完成 100 個，補助 200 萬，扣多少？", today=TODAY)
    assert a.route == "calculator"
    assert a.tool_calls[0].args == {"suspected_positive_cases": 150, "completed_cases": 100, "annual_subsidy": 2000000}


# --- subspecialty societies' annual meetings named by their field (5.3) ----------------------------------------------

@pytest.mark.parametrize(("question", "days"), [
    ("今年參加了三個次專科年會：大腸直腸外科（兩天）、小兒外科（一天）、整形外科（兩天），一共幾分？", [2, 1, 2]),
    ("今年去了胸腔暨心臟血管外科年會（兩天），月會 2 次，幾分？", [2]),
    ("今年参加了两个次专科年会：泌尿外科（一天）、神经外科（一天），几分？", [1, 1]),
])
def test_a_subspecialty_named_by_its_field_is_a_specialty_meeting(engine, question, days):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator"
    # (meetings alike in length may be one item with their count: each meeting counted once with its days)
    got = sorted(x["days"] for x in a.tool_calls[0].args["activities"] if x["kind"] == "specialty_annual_meeting"
                 for _ in range(x.get("count", 1)))
    assert got == sorted(days)


def test_a_subspecialty_named_alone_is_no_meeting(engine):
    a = engine.answer("我是胸腔外科醫師，今年年會一次、月會三次，幾分？", today=TODAY)
    assert a.route == "calculator" and [k[0] for k in _kinds(a)] == ["tsa_annual_meeting", "tsa_monthly_meeting"]


def test_a_named_meeting_asked_about_again_is_counted_once(engine):
    a = engine.answer("今年去了 DDW，還有月會 2 次，DDW 算國際會議嗎？幾分？", today=TODAY)
    assert a.route == "calculator" and ("international_meeting", 1, None) in _kinds(a)
