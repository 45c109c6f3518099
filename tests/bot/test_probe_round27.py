"""Round 27 probe: confidently wrong calculator answers and wrong refusals found with fresh questions written blind from
the rules (issue 9).

Each class is covered by several phrasings (zh-TW, zh-CN, en) written for these tests, not by an eval sentence."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply as _ask


def _call(answer, tool: str):
    """The one call of `tool` in a calculator answer."""
    assert answer.route == "calculator", (answer.route, answer.answer[:300])
    calls = [c for c in answer.tool_calls if c.name == tool]
    assert len(calls) == 1, [(c.name, c.args) for c in answer.tool_calls]
    return calls[0]


def _kinds(answer) -> list[tuple[str, int]]:
    """(kind, count) of each activity of the tally."""
    return [(a["kind"], a.get("count", 1)) for a in _call(answer, "tsa_credit_tally").args["activities"]]


# Class 1: another department's society annual meeting (內科醫學會年會, 婦產科學會的年會, 專科學會年會, "the ophthalmology
# society annual meeting") was read as the TSA's own annual meeting (5.1, 60 credits). It is 5.3's meeting — counted only
# where its field is in the surgical training curriculum, which the answer says as an assumption.
@pytest.mark.parametrize(("question", "total"), [
    ("去年參加了家醫科醫學會年會一次（兩天），外科學分多少？", 30),
    ("今年去眼科學會的年會一次，開了一天，外科積分怎麼算", 15),
    ("今年参加了皮肤科医学会年会一次，两天，外科学分？", 30),
    ("In 2025 I went to the dermatology society annual meeting, 2 days. Surgical CME credits?", 30),
])
def test_another_fields_society_meeting_is_5_3_with_its_caveat(engine, question, total):
    a = _ask(engine, question)
    assert _kinds(a) == [("specialty_annual_meeting", 1)]
    assert _call(a, "tsa_credit_tally").result["total"] == total
    assert any("訓練課程基準" in s or "training curriculum" in s for s in a.assumptions), a.assumptions


def test_another_fields_meeting_without_its_length_asks_the_days(engine):
    a = _ask(engine, "今年去了精神科醫學會年會一次，外科學分？")
    assert a.route == "clarify"
    assert any(m.startswith("days") for m in a.missing), a.missing


@pytest.mark.parametrize("question", [
    "今年參加了專科學會年會一次（兩天），外科學分多少？",
    "今年参加了专科学会年会一次，两天，外科学分多少？",
    "今年去了泌尿科學會年會，兩天，外科學分？",
])
def test_a_specialty_society_said_without_its_yi_is_still_5_3(engine, question):
    a = _ask(engine, question)
    assert _kinds(a) == [("specialty_annual_meeting", 1)]
    assert _call(a, "tsa_credit_tally").result["total"] == 30


@pytest.mark.parametrize("question", [
    "今年參加外科醫學會年會一次，學分？",
    "今年參加台灣外科醫學會的年會一次，學分多少",
    "今年參加外科學會年會一次，學分？",
])
def test_the_tsa_annual_meeting_is_still_the_tsas(engine, question):
    a = _ask(engine, question)
    assert _kinds(a) == [("tsa_annual_meeting", 1)]


# Class 2: an activity denied with its organiser named between the negation and the activity (沒去外科年會, 沒有參加外科醫
# 學會的年會) was counted once.
@pytest.mark.parametrize("question", [
    "今年沒去外科年會，月會去了3次，學分多少？",
    "今年没有参加外科医学会的年会，月会去了3次，学分？",
    "今年未出席外科醫學會年會，只有月會 3 次，學分？",
])
def test_a_denied_meeting_with_its_organiser_named_is_not_counted(engine, question):
    a = _ask(engine, question)
    assert _kinds(a) == [("tsa_monthly_meeting", 3)]
    assert _call(a, "tsa_credit_tally").result["total"] == 60


# Class 3: the lost joined by 、 to the rest said done ("其中 30 例失聯、其他都完成追蹤") was read as the completed count.
@pytest.mark.parametrize(("question", "completed"), [
    ("乳攝疑似陽性 400 例，其中 40 例失聯、其餘都完成追蹤，會扣補助嗎？", 360),
    ("乳摄疑似阳性 250 例，其中 25 例拒绝复检、其他都完成追踪，扣几趴？", 225),
    ("疑似陽性 180 案，20 案聯絡不上、剩下的都完成追蹤，扣款比例？", 160),
])
def test_the_lost_joined_to_the_rest_done_leave_the_rest(engine, question, completed):
    a = _ask(engine, question)
    assert _call(a, "hpa_followup_deduction").args["completed_cases"] == completed


# Class 4: a bracket splitting a figure into parts ("2 SCI papers (first author on one, third author on the other)") gave
# its role to the whole figure: the SCI path passed on one first-author paper.
@pytest.mark.parametrize("question", [
    "Radiologist 11 years, 2 SCI papers on PAE (first author on one, second author on the other), 40 PAE cases. Non-tumor embolization instructor?",
    "Specialist 9 yrs; 3 SCI papers about TIPS (corresponding author on 1, co-author on the other two); 60 TIPS cases. Vascular instructor?",
])
def test_a_role_said_of_one_part_is_not_the_wholes(engine, question):
    a = _ask(engine, question)
    calls = [c for c in a.tool_calls if c.name == "tsir_instructor_eligibility"]
    assert not any(c.args.get("sci_first_or_corresponding", 0) >= 2 for c in calls), [c.args for c in calls]
    assert a.route == "clarify" or not any(c.result.get("eligible") for c in calls), a.answer[:300]


def test_a_bracket_saying_all_of_them_still_counts_them(engine):
    a = _ask(engine, "Radiologist 10 yrs, 2 SCI papers on cryoablation (both as corresponding author), 30 cases. Ablation instructor?")
    assert _call(a, "tsir_instructor_eligibility").args["sci_first_or_corresponding"] == 2


# Class 5: a count with no year gone through by yearly counts ("國際會議共3次，其中2次在2025年、1次在2026年") was kept as a
# further item: the meetings counted twice. The total is a check; a total the years do not add up to is asked.
@pytest.mark.parametrize(("question", "by_year"), [
    ("月會一共 5 次，2025 年 3 次、2026 年 2 次，外科學分各年幾分？", {2025: 60, 2026: 40}),
    ("国际会议共2次，其中1次在2024年、1次在2025年，外科学分？", {2024: 30, 2025: 30}),
    ("I went to 5 TSA monthly meetings: 3 in 2025 and 2 in 2026. Credits by year?", {2025: 60, 2026: 40}),
])
def test_a_total_split_by_year_is_a_check(engine, question, by_year):
    a = _ask(engine, question)
    result = _call(a, "tsa_credit_tally").result
    assert {int(y): v for y, v in result["by_year"].items()} == by_year
    assert result["total"] == sum(by_year.values())


@pytest.mark.parametrize("question", [
    "月會一共 6 次，2025 年 3 次、2026 年 2 次，外科學分各年幾分？",
    "I went to 6 TSA monthly meetings: 3 in 2025 and 2 in 2026. Credits by year?",
])
def test_a_total_the_years_do_not_add_up_to_is_asked(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify", (a.route, [c.args for c in a.tool_calls])


# Class 6: a figure corrected after its noun and a question mark ("去了 2 次外科年會？不對，是 1 次") was counted as said.
@pytest.mark.parametrize(("question", "kinds"), [
    ("今年去了3次外科月會？不對，是2次，學分？", [("tsa_monthly_meeting", 2)]),
    ("今年去了两次外科年会？不对，是一次，学分多少？", [("tsa_annual_meeting", 1)]),
])
def test_a_figure_corrected_after_its_noun_is_the_correction(engine, question, kinds):
    a = _ask(engine, question)
    assert _kinds(a) == kinds
    assert any("更正" in s or "correct" in s for s in a.assumptions), a.assumptions


# Class 7: a bare 指導醫師 renewed with a birth date or the lifetime certificate (第六條) was refused as another certificate.
@pytest.mark.parametrize("question", [
    "我民國55年1月10日出生，2027年2月1日申請指導醫師換證，還需要點數嗎？",
    "我1966年1月10日出生，2027年2月1日要申请指导医师换证，还要积分吗？",
])
def test_our_instructors_lifetime_certificate_is_in_scope(engine, question):
    a = _ask(engine, question)
    assert _call(a, "tsir_renewal_check").result["lifetime_eligible"] is True


def test_another_bodys_teaching_physician_is_still_refused(engine):
    a = _ask(engine, "教學醫院的指導醫師證書要怎麼換證？")
    assert a.route == "out_of_scope"


# Class 8: the deduction asked with the completed follow-ups counted, or the subsidy's amount in a clause of its own before
# 會被扣嗎, was refused as NHI billing: the suspected-positive count is asked instead.
@pytest.mark.parametrize("question", [
    "今年乳攝完成追蹤 250 案，補助 120 萬，會被扣嗎？",
    "乳摄补助 90 万，今年完成追踪 150 例，会被扣吗？",
    "今年完成追蹤 410 案，補助款會不會被扣？",
])
def test_the_deduction_with_the_completed_count_only_asks_the_whole(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert any(m.startswith("suspected_positive_cases") for m in a.missing), a.missing


# Class 9: the six yearly credits said roughly alike ("每年大概都 100 分左右", "每年約 120 分") were not read: the question
# fell to the rules answer, whose first line said 不可以 whatever the figures. The rough figure is read, said so.
@pytest.mark.parametrize(("question", "total", "eligible"), [
    ("外科專科證書這六年每年大約 110 分，可以展延嗎？", 660, True),
    ("外科专科证书六年每年差不多 80 分，能换证吗？", 480, False),
    ("外科專科六年來每年平均都 105 分左右，換證夠嗎", 630, True),
])
def test_yearly_credits_said_roughly_are_read_with_the_assumption(engine, question, total, eligible):
    a = _ask(engine, question)
    result = _call(a, "tsa_renewal_check").result
    assert (result["total"], result["eligible"]) == (total, eligible)
    assert any("約略" in s or "approximate" in s for s in a.assumptions), a.assumptions
