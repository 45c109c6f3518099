"""Classes of phrasing the sixteenth blind round broke (issue 9), each with new wording of our own.

(a) English follow-up and volume questions: the count as the subject of a clause that ends in the follow-up done
("185 got their follow-up done"), the suspected positives read beside the completed cases or the subsidy make the
deduction however it is asked ("How bad is the hit?"), the work days and the year's screenings read make the facility
volume however it is asked, describing words between a count and the staff noun ("2 full-year radiographers"), and
"one" as the subject of what one of the people did ("one went part time", "one only 90 days") — no count."""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.numbers import normalize_numerals
from tests.bot.conftest import TODAY


def _args(a):
    return {k: v for k, v in a.tool_calls[0].args.items() if k not in ("citations", "assumptions", "assumptions_en")}


# ------------------------------------------------------------------ (a) the follow-up deduction, said in other words
@pytest.mark.parametrize(("question", "expected"), [
    ("Of our 410 recalls last year, 290 had their work-up completed. Grant was NT$3,000,000. What do we lose?",
     {"suspected_positive_cases": 410, "completed_cases": 290, "annual_subsidy": 3000000}),
    ("450 abnormal screens last year; 300 were fully worked up. subsidy NT$4M. penalty?",
     {"suspected_positive_cases": 450, "completed_cases": 300, "annual_subsidy": 4000000}),
    ("we flagged 380 women, only 240 came back for their follow-up. subsidy NT$5M, how much gets cut?",
     {"suspected_positive_cases": 380, "completed_cases": 240, "annual_subsidy": 5000000}),
    ("Suspected positives 260, and 200 have had their follow-up completed; subsidy 1.8 million — how bad?",
     {"suspected_positive_cases": 260, "completed_cases": 200, "annual_subsidy": 1800000}),
    ("去年疑似阳性 300 例，只有 200 例完成追踪，补助 300 万，影响多大？",
     {"suspected_positive_cases": 300, "completed_cases": 200, "annual_subsidy": 3000000}),
    ("Suspected positives (cat 0/3/4/5) were 500 and 350 got their diagnostic work-up done; subsidy NT$6M. what's the damage?",
     {"suspected_positive_cases": 500, "completed_cases": 350, "annual_subsidy": 6000000}),
])
def test_followup_deduction_read_from_its_facts_in_english_wording(engine, question, expected):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].name == "hpa_followup_deduction"
    assert _args(a) == expected
    assert not a.missing


# ------------------------------------------------------------------ (a) the facility volume, said in other words
@pytest.mark.parametrize(("question", "days", "screens"), [
    ("just one radiographer here, 365 days, 6500 screenings last year — anything unpaid?", [365], 6500),
    ("3 long-serving techs (365 days each), 20,000 mammograms this year; how many over?", [365, 365, 365], 20000),
    ("two RTs: one worked the whole year (365 days), one left in June after 180 days. we did 9000 screens. "
     "over the reasonable volume?", [365, 180], 9000),
    ("Our RTs: one 365 days, one just 120 days. 8,000 screens — are we over?", [365, 120], 8000),
    ("2 very experienced radiographers (365 days each), 12,500 screens, is that fine?", [365, 365], 12500),
    ("Three RTs: one 365 days, one went part-time and did 200 days, one joined in September and did 100 days. "
     "14,000 screens last year. Over?", [365, 200, 100], 14000),
])
def test_facility_volume_read_from_days_and_screens_in_english_wording(engine, question, days, screens):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].name == "hpa_facility_volume"
    assert sorted(a.tool_calls[0].args["radiographer_work_days"]) == sorted(days)
    assert a.tool_calls[0].args["annual_screenings"] == screens
    assert not a.missing


# ------------------------------------------------------------------ (a) "one" as one of them, no count
@pytest.mark.parametrize(("text", "kept"), [
    ("one went part time mid-year", "one went"),
    ("one only 90 days", "one only"),
    ("one joined in October", "one joined"),
    ("one retired mid-year", "one retired"),
    ("One is on leave since May", "One is"),
])
def test_one_as_the_subject_of_what_one_of_them_did_is_no_count(text, kept):
    assert kept in normalize_numerals(text)


@pytest.mark.parametrize(("text", "read"), [
    ("one invited talk", "1 invited talk"),
    ("one paper as first author", "1 paper"),
    ("one of them", "1 of them"),
    ("one 3-hour course", "one 3-hour course"),
])
def test_one_before_a_noun_is_still_a_count(text, read):
    assert read in normalize_numerals(text)


# ------------------------------------------------------------------ (b) people named in a list, one figure each
@pytest.mark.parametrize(("question", "days", "screens"), [
    ("Days worked: Amy 365, Ben 365, Cathy 200. 16,000 screens this year. over the reasonable volume?", [365, 365, 200], 16000),
    ("放射師工作天數 小王 365、小李 300、阿珍 180，今年篩 15000 案，超量嗎", [365, 300, 180], 15000),
    ("RT1 365 days, RT2 240 days; 10,500 screens this year — reasonable volume?", [365, 240], 10500),
    ("两位放射师，一位全年365天，另一位只做了200天，今年筛了11000例，超量吗？", [365, 200], 11000),
    ("one radiographer did the full 365 days and the other 250; 12,000 screenings; over the line?", [365, 250], 12000),
    ("工作天數：甲 300、乙 280、丙 365，全年篩檢 16000 件，會超過合理量嗎？", [300, 280, 365], 16000),
    ("我們有三個資深的放射師都整年在（365天），今年篩了 20000 案，超量嗎", [365, 365, 365], 20000),
])
def test_people_in_a_list_each_give_one_item(engine, question, days, screens):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].name == "hpa_facility_volume"
    assert sorted(a.tool_calls[0].args["radiographer_work_days"]) == sorted(days)
    assert a.tool_calls[0].args["annual_screenings"] == screens


@pytest.mark.parametrize(("question", "sets"), [
    ("Self-selected sets — Lin: non-dense 355, dense 362. Chen: non-dense 341, dense 348. grades?",
     [{"non_dense": 355, "dense": 362}, {"non_dense": 341, "dense": 348}]),
    ("自選片 阿美 非緻密 362 緻密 358；小華 非緻密 349 緻密 364，各幾等？",
     [{"non_dense": 362, "dense": 358}, {"non_dense": 349, "dense": 364}]),
    ("self-selected images: Tom non-dense 330 / dense 345; Jerry non-dense 361 / dense 366; Anna non-dense 352 / dense 340",
     [{"non_dense": 330, "dense": 345}, {"non_dense": 361, "dense": 366}, {"non_dense": 352, "dense": 340}]),
    ("自选片 小张 非致密 350、致密 366；小李 非致密 372、致密 358，等级？",
     [{"non_dense": 350, "dense": 366}, {"non_dense": 372, "dense": 358}]),
    ("our two techs' self selected results. Mary: non-dense 348, dense 352; Sue: non-dense 365, dense 361. grade each",
     [{"non_dense": 348, "dense": 352}, {"non_dense": 365, "dense": 361}]),
])
def test_image_sets_said_person_by_person_are_one_call_each(engine, question, sets):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert [c.name for c in a.tool_calls] == ["hpa_image_grade"] * len(sets)
    assert [c.args["scores"] for c in a.tool_calls] == sets


def test_a_facilitys_sets_in_runs_stay_together(engine):
    # the keys said in runs, no names between: one evaluation, as before
    a = engine.answer("機構自選片：非緻密型 350、355、362；緻密型 340、345、351，評等？", today=TODAY)
    assert len(a.tool_calls) <= 1
    if a.tool_calls:
        assert a.tool_calls[0].args["scores"] == {"non_dense": [350, 355, 362], "dense": [340, 345, 351]}


# ------------------------------------------------------------------ (c) list markers and separators between items
@pytest.mark.parametrize(("question", "expected"), [
    ("兩件事 ①疑似陽性 420，完成追蹤 300 ②補助 4,000,000。扣多少？",
     {"suspected_positive_cases": 420, "completed_cases": 300, "annual_subsidy": 4000000}),
    ("①疑似陽性 300 ②完成追蹤 240 ③補助 2,000,000，扣多少？",
     {"suspected_positive_cases": 300, "completed_cases": 240, "annual_subsidy": 2000000}),
    ("(1) 陽性個案 250，追完 200 (2) 補助 3,000,000，扣款多少",
     {"suspected_positive_cases": 250, "completed_cases": 200, "annual_subsidy": 3000000}),
    ("1. 疑似阳性 180 例，完成追踪 150 例 2. 补助 2,500,000 元，扣多少钱？",
     {"suspected_positive_cases": 180, "completed_cases": 150, "annual_subsidy": 2500000}),
    ("幫我看 ①陽性個案 600 ②追完 450 ③補助 5,000,000，會扣多少",
     {"suspected_positive_cases": 600, "completed_cases": 450, "annual_subsidy": 5000000}),
])
def test_list_markers_are_no_figures(engine, question, expected):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].name == "hpa_followup_deduction"
    assert _args(a) == expected


@pytest.mark.parametrize(("text", "markers"), [
    ("1) SCI 2篇 2) 月會 3次", 2),
    ("(1) a 3 (2) b 4", 2),
    ("我們 1陽性個案500，追完360 2補助 6000000", 2),
    ("1位 365天、2位 300天", 0),     # a count with its classifier is no marker
    ("I did 2. Then 1 more", 0),     # no run from 1 to 2
    ("3) x 4) y", 0),                # a run must start at 1
])
def test_list_markers_need_a_run_from_one(text, markers):
    from bot.parsing.numbers import list_markers
    assert len(list_markers(text)) == markers


@pytest.mark.parametrize(("question", "expected"), [
    ("這六年國外演講2次+國內口頭發表3次+放射積分50分，夠換證嗎？",
     [("lecturer_or_moderator", "international", 2), ("oral_or_eposter", "domestic", 3)]),
    ("換證：國外口頭發表1次＋國內演講4次＋放射積分120，夠嗎",
     [("lecturer_or_moderator", "domestic", 4), ("oral_or_eposter", "international", 1)]),
    ("renewal: 2 invited talks abroad + 3 domestic oral presentations + 100 radiology CME points, enough?",
     [("lecturer_or_moderator", "international", 2), ("oral_or_eposter", "domestic", 3)]),
    ("换证积分：国内演讲3次+国外壁报2篇+放射积分90分，够不够",
     [("lecturer_or_moderator", "domestic", 3), ("oral_or_eposter", "international", 2)]),
    ("國內座長2次+國外口頭報告1次，放射積分 150，換證夠了嗎",
     [("lecturer_or_moderator", "domestic", 2), ("oral_or_eposter", "international", 1)]),
])
def test_a_plus_between_items_separates_them(engine, question, expected):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    call = next(c for c in a.tool_calls if c.name == "tsir_renewal_check")
    got = sorted((x["kind"], x.get("scope"), x["count"]) for x in call.args["activities"])
    assert got == sorted(expected)


# ------------------------------------------------------------------ (d) a supposed difference is no count
@pytest.mark.parametrize(("question", "cases"), [
    ("I've been a specialist 10 years and did 179 ablations in the last 6 years — short by one, does that sink my instructor application?", 179),
    ("专科 11 年，近六年消融 179 例，还差 1 例，能申请指导老师吗？", 179),
    ("專科10年，近6年消融做了178例，少兩例是不是就不能申請指導老師？", 178),
    ("ablation 176 cases in 6 yrs, 4 short of the line, specialist 9 years — can I still be an instructor?", 176),
    ("specialist for 12 years, 6-year ablation count 179, one case short. is that a no for the instructor cert?", 179),
])
def test_a_supposed_difference_is_never_added_to_a_count(engine, question, cases):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    call = next(c for c in a.tool_calls if c.name == "tsir_instructor_eligibility")
    assert call.args["cases_last_6_years"] == cases
    assert call.result["eligible"] is False


# ------------------------------------------------------------------ (e) the place decides home or abroad
@pytest.mark.parametrize(("question", "kind"), [
    ("Spent 3 months as a visiting fellow in Boston last year — TSA credits?", "training_abroad"),
    ("今年去日本研修一個月，可以拿幾分？", "training_abroad"),
    ("I did a 1-month observership locally at a Kaohsiung hospital; how many TSA points?", "training_domestic"),
    ("去年在上海的醫院短期訓練3個月，外科積分多少", "training_abroad"),
    ("A six-week fellowship at the Mayo Clinic in Rochester, how many credits?", "training_abroad"),
    ("去年在台中榮總進修了2個月，外科學會可以拿幾分？", "training_domestic"),
    ("a 2-month observership at a medical center here in Taiwan — how many TSA credits?", "training_domestic"),
])
def test_the_place_named_decides_training_at_home_or_abroad(engine, question, kind):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert [x["kind"] for x in a.tool_calls[0].args["activities"]] == [kind]


# ------------------------------------------------------------------ (f) the rest, with its items named in brackets
@pytest.mark.parametrize(("question", "scores"), [
    ("QC: compression 82; all the others (dose, phantom, field, reading system) came in at 95. Not operator error. Grade?",
     {"compression": 82, "dose_hvl_output_aec": 95, "phantom_image": 95, "field_alignment": 95, "reading_system": 95}),
    ("品管測試 壓迫 83，其他項目（劑量、假體、照野、閱片）都是 92，不是人為因素，評等？",
     {"compression": 83, "dose_hvl_output_aec": 92, "phantom_image": 92, "field_alignment": 92, "reading_system": 92}),
    ("field alignment 78, the rest (dose, phantom, compression, monitor) 88 — machine ageing, not human. what now?",
     {"field_alignment": 78, "dose_hvl_output_aec": 88, "phantom_image": 88, "compression": 88, "reading_system": 88}),
    ("其他几项（剂量、假体、压迫、阅片）都 90，照野 81，机器老化，评等多少？",
     {"field_alignment": 81, "dose_hvl_output_aec": 90, "phantom_image": 90, "compression": 90, "reading_system": 90}),
    ("dose 86, everything else (phantom, compression, alignment, display) scored 91; equipment fault. grade?",
     {"dose_hvl_output_aec": 86, "phantom_image": 91, "compression": 91, "field_alignment": 91, "reading_system": 91}),
])
def test_the_rest_named_in_brackets_all_take_its_figure(engine, question, scores):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].name == "hpa_qc_grade"
    assert a.tool_calls[0].args["scores"] == scores


# ------------------------------------------------------------------ (g) a yes / no the person does not know
@pytest.mark.parametrize("question", [
    "QC scores: dose 88, phantom 79, compression 93, field 90, reading 91. Human error or not, no idea. What do we need to do?",
    "QC field test: dose 90, phantom 80, compression 95, field alignment 92, reading system 94 — was it operator error? don't know. grade?",
    "品管实测 剂量 85、假体 78、压迫 92、照野 95、阅片 90，是不是人为因素不清楚，评等和要做什么？",
    "實地測試 假體 81、壓迫 88、劑量 93、照野 90、閱片 92，人為疏失與否不確定，要參加品管討論會嗎？",
    "QC測試 劑量 91 假體 83 壓迫 90 照野 88 閱片 94，是擺位失誤嗎？不曉得，要怎麼處理",
])
def test_an_unknown_cause_goes_out_as_neither_answer(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].name == "hpa_qc_grade"
    assert "human_factor" not in a.tool_calls[0].args  # neither yes nor no is assumed
    assert a.tool_calls[0].result["human_factor_needed"] is True


def test_an_unknown_fact_whose_default_is_an_answer_is_still_asked():
    from bot.parsing.text import Query
    from bot.reader import read_all
    e = next(x for x in read_all(Query("這次陽性複判差異 53%、陰性 9%，前次審查有沒有被要求我不知道，會不會被停權？", TODAY))
             if x.tool == "hpa_reread_action")
    assert "previously_required" not in e.args
    assert [n.key for n in e.needs] == ["previously_required"]


# ------------------------------------------------------------------ (c) more separators: after an item's bracket, a dash heading
@pytest.mark.parametrize(("question", "days"), [
    ("今年參加了泌尿科醫學會年會(兩天)和整形外科醫學會年會(一天)，外科積分幾分？", [1, 2]),
    ("今年去了小兒外科醫學會年會（2天）還有心臟外科醫學會年會（1天），外科學會可以算幾分", [1, 2]),
    ("今年参加了胸腔外科医学会年会(一天)跟大肠直肠外科医学会年会(两天)，外科积分多少？", [1, 2]),
    ("大腸直腸外科醫學會年會（1天）跟整形外科醫學會年會（1天），今年這樣幾分？", [1, 1]),
    ("今年去了移植醫學會年會(3天)及神經外科醫學會年會(1天)，外科學會積分？", [1, 3]),
])
def test_an_item_after_another_items_bracket_is_its_own(engine, question, days):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    # (meetings alike in length may be one item with their count: each meeting is counted once with its days)
    got = sorted(x["days"] for x in a.tool_calls[0].args["activities"] if x["kind"] == "specialty_annual_meeting"
                 for _ in range(x.get("count", 1)))
    assert got == days


@pytest.mark.parametrize(("question", "expected"), [
    ("renewal: SCI case reports — 2 as first author, 1 as co-author; plus 60 radiology CME. how far from 200?",
     [("sci_case_report", "first", 2), ("sci_case_report", "other", 1)]),
    ("instructor renewal — SCI full articles - 1 as corresponding author, 2 as co-author; radiology CME 100. enough?",
     [("sci_full_article", "corresponding", 1), ("sci_full_article", "other", 2)]),
    ("換證：SCI 病例報告 — 2 篇第一作者、1 篇其他作者，放射積分 70，夠嗎？",
     [("sci_case_report", "first", 2), ("sci_case_report", "other", 1)]),
])
def test_a_dash_heads_the_figures_after_it_as_a_colon_does(engine, question, expected):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    call = next(c for c in a.tool_calls if c.name == "tsir_renewal_check")
    got = sorted((x["kind"], x.get("role"), x["count"]) for x in call.args["activities"])
    assert got == sorted(expected)


@pytest.mark.parametrize(("question", "expected"), [
    ("今年年會我發了2篇oral跟1張poster，都是第一作者，發表積分幾分", [("presentation", 1), ("presentation", 2)]),
    ("今年年會投了3篇poster，都是一作，外科積分？", [("presentation", 3)]),
    ("今年月會我報了1篇oral，我是第一作者，這樣幾分", [("presentation", 1)]),
])
def test_an_english_word_against_chinese_is_read_as_a_word(engine, question, expected):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    got = sorted((x["kind"], x["count"]) for x in a.tool_calls[0].args["activities"])
    assert got == sorted(expected)


@pytest.mark.parametrize(("question", "kinds"), [
    ("今年参加了一个其他外科相关学会的年会（不属于第三款那些专科学会），还有本会月会3次，一共多少分？",
     ["other_surgical_society_meeting", "tsa_monthly_meeting"]),
    ("this year I went to another surgery-related society's meeting (not one of the specialty societies) and 2 monthly meetings. total?",
     ["other_surgical_society_meeting", "tsa_monthly_meeting"]),
])
def test_a_bracket_saying_what_it_is_not_names_no_kind(engine, question, kinds):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert sorted(x["kind"] for x in a.tool_calls[0].args["activities"]) == sorted(kinds)


@pytest.mark.parametrize(("question", "kind", "months"), [
    ("separately I did a 3-month rotation at a medical center in Kaohsiung, how many TSA credits?", "training_domestic", 3),
    ("I did a 1-month rotation at a medical center in Seoul — TSA credits?", "training_abroad", 1),
    ("2-month attachment at a big medical centre in Taipei, how much does that count for TSA?", "training_domestic", 2),
])
def test_a_rotation_at_a_medical_centre_is_training_where_the_place_says(engine, question, kind, months):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].args["activities"] == [{"kind": kind, "months": months}] or \
        [(x["kind"], x["months"]) for x in a.tool_calls[0].args["activities"]] == [(kind, months)]


# ------------------------------------------------------------------ a recent period names its year
@pytest.mark.parametrize(("text", "today", "year"), [
    ("上禮拜去了一場研討會", datetime.date(2026, 11, 25), 2026),
    ("這個月的月會有去", datetime.date(2026, 11, 25), 2026),
    ("last month I went to the monthly meeting", datetime.date(2027, 1, 10), 2026),
    ("上個月去了月會", datetime.date(2027, 1, 10), 2026),
    ("went to a seminar last week", datetime.date(2027, 1, 3), 2026),
])
def test_a_recent_period_is_in_its_own_year(text, today, year):
    from bot.parsing.dates import find_years
    assert [y.year for y in find_years(text, today)] == [year]


# ------------------------------------------------------------------ "per year" closing a run is no value for every year
@pytest.mark.parametrize(("question", "read"), [
    ("Can I renew my surgical specialist cert? Credits were 100, 110, 95, 120 and 105 per year so far", [100, 110, 95, 120, 105]),
    ("surgical specialist renewal: my yearly credits were 90, 100, 110, 95 and 105 — can I renew?", [90, 100, 110, 95, 105]),
    ("外科專科證書展延：積分 120、100、90、110、80 分每年，這樣可以嗎？", [120, 100, 90, 110, 80]),
])
def test_a_run_closed_by_per_year_is_each_years_own(engine, question, read):
    a = engine.answer(question, today=TODAY)
    assert a.route == "clarify" and not a.tool_calls  # five years read, the sixth asked — never 6 × the last figure
    assert any(", ".join(str(v) for v in read) in m or "、".join(str(v) for v in read) in m for m in a.missing), a.missing


def test_each_year_the_same_is_still_every_year(engine):
    a = engine.answer("外科專科醫師證書展延，六年每年都 110 分，可以嗎？", today=TODAY)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].args["yearly_credits"] == [110] * 6


# ------------------------------------------------------------------ a reply to the question back, read for every item
@pytest.mark.parametrize(("question", "reply", "role"), [
    ("換證積分幫我算：SCI 發了 3 篇 full paper，國外講者 1 次，放射積分 60", "三篇都是我一作", "first"),
    ("renewal: 2 SCI full articles, 3 domestic talks, radiology CME 90 — enough?", "first author on both", "first"),
    ("换证积分：SCI case report 2 篇，国内座长 2 次，放射积分 100，够吗", "其他作者", "other"),
    ("instructor renewal — 2 non-SCI full articles, radiology CME 150. enough?", "corresponding author", "corresponding"),
])
def test_a_reply_gives_the_role_asked_of_every_paper(engine, question, reply, role):
    from bot.answer import Conversation, Turn
    first = engine.answer(question, today=TODAY)
    assert first.route == "clarify"
    b = engine.answer(reply, Conversation(turns=[Turn(question=question, answer=first)]), today=TODAY)
    assert b.route == "calculator", b.answer
    papers = [x for x in b.tool_calls[0].args["activities"] if "article" in x["kind"] or "report" in x["kind"]]
    assert papers and all(x["role"] == role for x in papers)


@pytest.mark.parametrize(("question", "reply", "days"), [
    ("我们医院三位放射师，今年做了19000例乳摄筛查，会不会超量？", "三个人都是全年365天", [365, 365, 365]),
    ("我們有兩位放射師，今年篩了 12000 案，超量嗎", "2個人都是 365 天", [365, 365]),
    ("兩位放射師，今年篩檢 11000 案，有超過合理量嗎", "兩個人各 300 天", [300, 300]),
])
def test_a_reply_counting_the_people_as_people_is_a_group(engine, question, reply, days):
    from bot.answer import Conversation, Turn
    first = engine.answer(question, today=TODAY)
    b = engine.answer(reply, Conversation(turns=[Turn(question=question, answer=first)]), today=TODAY)
    assert b.route == "calculator", b.answer
    assert b.tool_calls[0].args["radiographer_work_days"] == days


# ------------------------------------------------------------------ "all three" restating the items' counts
@pytest.mark.parametrize(("question", "counts"), [
    ("this year at the TSA congress I gave 2 orals and 1 poster, all 3 as first author. presentation credits?", [1, 2]),
    ("今年年會口頭 1 篇、壁報 2 篇，三篇都是一作，幾分？", [1, 2]),
    ("今年年會我發了2篇oral跟1張poster，三篇都是我第一作者，發表幾分", [1, 2]),
    ("今年年会口头报告 2 篇、壁报 1 篇，三篇都是第一作者，几分？", [1, 2]),
])
def test_a_count_of_all_the_items_at_once_restates_them(engine, question, counts):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    acts = a.tool_calls[0].args["activities"]
    assert sorted(x["count"] for x in acts) == counts
    assert all(x.get("role") == "first" for x in acts)


@pytest.mark.parametrize(("text", "year"), [
    ("暑假去美國進修兩週", 2026),
    ("去年暑假去日本見習", 2025),
    ("this summer I did a 2-week observership", 2026),
])
def test_the_summer_names_its_year(text, year):
    from bot.parsing.dates import find_years
    assert [y.year for y in find_years(text, TODAY)] == [year]


# ------------------------------------------------------------------ "one" as a count where it counts
@pytest.mark.parametrize(("text", "read"), [
    ("I have 2 SCI papers but only one is first-author", "only 1 is"),
    ("two worked the full 365 days, one joined later and worked 146 days", "1 joined"),
    ("3 RTs: 2 were full-time, one left in June", "1 left"),
])
def test_one_after_a_subgroup_or_only_is_still_a_count(text, read):
    assert read in normalize_numerals(text)


@pytest.mark.parametrize(("question", "reply", "days"), [
    ("We screened 12,000 this year with two radiographers: one was here the whole year, the other only part of the year. "
     "Are we over the reasonable volume?", "the other one worked 200 days incl. holidays", [365, 200]),
    ("2 RTs, 10,000 screens this year: one stayed the whole year, the other left mid-year. over the reasonable volume?",
     "she did 180 days", [365, 180]),
])
def test_one_here_the_whole_year_is_the_single_full_year(engine, question, reply, days):
    from bot.answer import Conversation, Turn
    first = engine.answer(question, today=TODAY)
    b = engine.answer(reply, Conversation(turns=[Turn(question=question, answer=first)]), today=TODAY)
    assert b.route == "calculator", b.answer
    assert sorted(b.tool_calls[0].args["radiographer_work_days"]) == sorted(days)
