"""Round 35, numbers that are no input of the calculation because of what is said around them — set aside visibly in
`unused` with a reason, the calculation going ahead (zh-TW, zh-CN, English phrasings of our own):

1. A floor or a room ("辦公室在7樓702", "3F", "7th floor, room 712"): a number that names, no quantity ("not_input").
2. Staff away ("2 people on leave", "兩位請產假"): no input of a volume or a tally ("not_input").
3. A count the person says is not included ("另外診斷性 2,300 件不算", "excluding the 800 diagnostic") — never a part of a
   count said before it ("其中 2 次不算" is a part: read or asked, never set aside) ("excluded").
4. The year a job began ("working at Kinmen since 2019", "2018 年起在澎湖服務"): background ("background_year") — a year
   the activities are counted from ("since 2024 I went to …") is no job's.
5. The regulation's own date ("辦法是110年5月14日修改的"): not the person's certificate date ("rule_date").
6. A year said with nothing in it ("2026: nothing yet lol", "2026 年：還沒有"): nothing to count ("year_none").
7. A follow-up deduction question's screening total ("篩了 6,200 位，疑似陽性 500 人", "screened 9,000 women; 420 suspected
   positives (cat 0/3/4/5)"): the pool the suspected positives come from, not used; a list of categories opens no deadline.
8. A clinical work-up choice with a lesion's size ("4A lesion 8mm — biopsy now or 6 month f/u?"): out of scope.
"""

from __future__ import annotations

import pytest


def _call(answer, name):
    calls = [c for c in answer.tool_calls if c.name == name]
    assert calls, (answer.route, answer.missing, answer.answer[:300])
    return calls[0]


def _calculated(a) -> None:
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    assert not any(m.startswith("unread:") for m in a.missing), a.missing


# ---------------------------------------------------------------- 1. a floor or a room

@pytest.mark.parametrize(("question", "total", "words"), [
    ("今年月會去了 4 次、年會 1 次，辦公室在 5 樓 512，請問積分多少？", 140, "512"),
    ("我们科在 6 楼 608，今年外科月会 3 次、年会 1 次，学分多少？", 120, "608"),
    ("Office is on the 7th floor, room 712. This year: TSA annual meeting once and 2 monthly meetings. Credits?", 100, "712"),
    ("我在 3F 放射科上班，今年月會 5 次，積分多少？", 100, "3"),
])
def test_a_floor_or_a_room_names_and_is_set_aside(ask, question, total, words):
    a = ask(question)
    _calculated(a)
    assert _call(a, "tsa_credit_tally").result["total"] == total
    assert any(words in u for u in a.unused), a.unused


# ---------------------------------------------------------------- 2. staff away

@pytest.mark.parametrize("question", [
    "我們一位放射師上個月做了 530 件乳攝篩檢（因為有 2 個人請假），有超過上限嗎？",
    "我们一位放射师上个月拍了 530 例筛检，3 位同事在休假，这样超量了吗？",
    "One tech screened 530 mammograms last month because 3 staff were on maternity leave. Over the cap?",
])
def test_staff_away_is_no_input_of_the_monthly_volume(ask, question):
    a = ask(question)
    _calculated(a)
    call = _call(a, "hpa_radiographer_volume")
    assert call.args["monthly_screenings"] == 530 and call.result["over_monthly_cap"] is True
    assert any("2" in u or "3" in u for u in a.unused), a.unused


# ---------------------------------------------------------------- 3. a count said not to be included

@pytest.mark.parametrize("question", [
    "合格放射師三位，工作天數 365、300、200，全院今年篩檢 14,000 件（診斷性 1,800 件不算），會超量嗎？",
    "三位放射师，工作天数 365、300、200，全院今年筛检 14,000 件，另外诊断性的 1,800 件不计，会超量吗？",
    "Three radiographers worked 365, 300 and 200 days; we did 14,000 screenings this year (excluding the 1,800 diagnostic "
    "exams). Over the annual volume?",
])
def test_a_count_said_not_included_is_set_aside(ask, question):
    a = ask(question)
    _calculated(a)
    call = _call(a, "hpa_facility_volume")
    assert call.args == {"radiographer_work_days": [365, 300, 200], "annual_screenings": 14000}
    assert any("1,800" in u and ("不計入" in u or "not included" in u) for u in a.unused), a.unused


@pytest.mark.parametrize("question", [
    "今年外科月會 5 次，其中 2 次不算，年會 1 次，積分多少？",
    "This year: 3 ATLS courses, 1 doesn't count, and the annual meeting. Credits?",
    "This year 4 monthly meetings (2 of which don't count) and the annual meeting. Credits?",
    "今年月會 6 次不算少吧，年會 1 次，積分多少？",
])
def test_a_part_of_a_count_said_not_to_count_is_never_set_aside_as_excluded(ask, question):
    a = ask(question)
    assert not any("不計入" in u or "not included" in u for u in a.unused), a.unused


# ---------------------------------------------------------------- 4. the year a job began

@pytest.mark.parametrize(("question", "total"), [
    ("我 2018 年起在澎湖醫院服務，今年外科年會 1 次、月會 2 次，積分多少？", 200),  # (an offshore island: doubled, 5.15)
    ("我从 2020 年开始在金门医院工作，今年年会去了 1 次，月会 3 次，能拿几分？", 240),
    ("I've worked at Penghu hospital since 2015. This year I went to the TSA annual meeting and 4 monthly meetings. Credits?", 280),
])
def test_the_year_a_job_began_is_background(ask, question, total):
    a = ask(question)
    _calculated(a)
    assert _call(a, "tsa_credit_tally").result["total"] == total
    assert any(("任職" in u or "job began" in u) for u in a.unused), a.unused


@pytest.mark.parametrize("question", [
    "Since 2024 I have been to 3 TSA monthly meetings. How many credits?",
    # (a period in years is an input of the instructor's eligibility: the year is never background there)
    "I've worked as an IR specialist since 2015, with 320 ablation cases in the last 6 years. Can I be an instructor?",
])
def test_a_year_activities_are_counted_from_is_no_job(ask, question):
    a = ask(question)
    assert not any("job began" in u or "任職" in u for u in a.unused), a.unused


# ---------------------------------------------------------------- 5. the regulation's own date

@pytest.mark.parametrize("question", [
    "辦法是 110 年 5 月 14 日修正的，我的介入指導老師證書 2021 年 6 月 1 日核發，什麼時候可以申請換證？",
    "The rules were amended on 2021-05-14; my TSIR instructor certificate was issued on 2021-06-01. When can I apply to renew?",
    "规定是2021年5月14日修订的，我的介入放射指导老师证书2021年6月1日发的，什么时候能申请换证？",
])
def test_the_regulations_own_date_is_not_the_certificates(ask, question):
    a = ask(question)
    _calculated(a)
    call = _call(a, "renewal_window")
    assert call.args["issue_date"] == "2021-06-01" and call.result["expiry_date"] == "2027-06-01"
    assert any("規定本身" in u or "regulation's own" in u for u in a.unused), a.unused


# ---------------------------------------------------------------- 6. a year with nothing in it

@pytest.mark.parametrize("question", [
    "Can you sum my TSA credits by year? 2024: two monthly meetings. 2025: annual meeting + one ATLS course. 2026: none so far",
    "按年份幫我算積分：2024 年：月會兩次；2025 年：年會一次、ATLS 一次；2026 年：還沒有",
    "TSA credits per year please - 2024: 2 monthly meetings, 2025: annual meeting and 1 ATLS, 2026: zero so far",
])
def test_a_year_with_nothing_in_it_is_not_used(ask, question):
    a = ask(question)
    _calculated(a)
    result = _call(a, "tsa_credit_tally").result
    assert result["total"] == 130 and result["by_year"] == {"2024": 40, "2025": 90}
    assert any("2026" in u for u in a.unused), a.unused


# ---------------------------------------------------------------- 7. a follow-up question's screening total, its categories

@pytest.mark.parametrize(("question", "args"), [
    ("我們醫院去年篩了 6,200 位，疑似陽性 500 人，完成追蹤 350 人，補助 2,000,000，追蹤完成率會被扣款嗎？",
     {"suspected_positive_cases": 500, "completed_cases": 350, "annual_subsidy": 2000000}),
    ("去年我们医院筛了 6,200 人，疑似阳性 500 人，完成追踪 380 人，补助 2,000,000，会扣多少？",
     {"suspected_positive_cases": 500, "completed_cases": 380, "annual_subsidy": 2000000}),
    ("We screened 9,000 women last year; 420 suspected positives (cat 0/3/4/5), 310 completed follow-up, subsidy "
     "NT$2,500,000. Deduction?", {"suspected_positive_cases": 420, "completed_cases": 310, "annual_subsidy": 2500000}),
])
def test_a_screening_total_beside_the_follow_up_counts_opens_no_other_part(ask, question, args):
    a = ask(question)
    _calculated(a)
    assert [c.name for c in a.tool_calls] == ["hpa_followup_deduction"]
    assert a.tool_calls[0].args == args
    assert any("6,200" in u or "9,000" in u for u in a.unused), a.unused


# ---------------------------------------------------------------- 8. a clinical work-up choice with a lesion's size

@pytest.mark.parametrize("question", [
    "乳攝看到 BI-RADS 4A 的病灶 8mm，要馬上切片還是 6 個月後追蹤？",
    "mammo 4B mass 12 mm in a 45yo, core biopsy or MRI first?",
    "BI-RADS 3 lesion 5 mm - biopsy now or 6-month follow-up?",
    "Cat 4A calcs 6mm, stereo bx now or short interval f/u?",
])
def test_a_lesions_work_up_is_out_of_scope(ask, question):
    a = ask(question)
    assert a.route == "out_of_scope", (a.route, a.missing, a.answer[:200])


@pytest.mark.parametrize("question", [
    "We screened 300 suspected positives this year, subsidy is NT$2.5M. How much will be deducted?",
    "今年篩了 300 位疑似陽性，補助 250 萬，會扣多少？",
])
def test_a_count_of_the_suspected_positives_screened_is_never_the_pool(ask, question):
    a = ask(question)
    assert a.route == "clarify" and any("completed_cases" in m for m in a.missing), (a.route, a.missing)
    assert not any("300" in u for u in a.unused), a.unused


def test_a_volume_part_with_its_work_days_stays_beside_the_follow_up(ask):
    a = ask("Annual review prep: we have 2 techs at 365 and 240 days, 11,000 screenings. Also follow-up: 90 suspected "
            "positives, 62 completed, subsidy NT$900,000. Excess cases + deduction?")
    assert [c.name for c in a.tool_calls] == ["hpa_facility_volume", "hpa_followup_deduction"]
