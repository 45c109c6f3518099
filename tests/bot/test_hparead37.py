"""Round 37, mammography readings (hparead37; zh-TW, zh-CN and English phrasings of our own):

1. QC field-test items said in everyday words ("EI", "light field", "monitors", "S-value", "chest wall", "ACR phantom",
   hyphenated or spaced: "exposure-index", "light-field", "chest wall") bound to their items; a few of the items pointed at
   by how they scored ("the two low ones", "the 2 lower scores", "低的那兩項", "比較低的两项", "兩項比較低的"): which
   items, no score — never asked back as an unread number. The ACR phantom is the field test's own phantom: in scope.
2. A van's day said by the women signed up / booked / scheduled / 報名 / 預約 for it: the count is the van's day when the
   question asks the daily cap and names no month or year, or when the sentence names the day to come ("tomorrow", "明天",
   "screening day"); a month named keeps it the month's, and no period at all still asks which.
3. A reply to "each one's work days" giving every one of them the same days ("三位都做滿一整年，365天", "每個人都整年，
   365天", "all three full year", "everyone 365 days", "大家都是 300 天"): one each, as many as the question counted —
   never asked again; a reply singling one of them out ("三位都全年，只有一位 200 天") is still asked.
4. A calendar day of one's own asked with no date to count from ("what's the actual calendar date", "the specific date
   she needs a diagnosis by", "最晚哪一天", a reminder wanted: "怕又忘記", "put a reminder in my calendar"): the date is
   asked for; the period asked ("幾個月內", "how long") stays the rule's; a what-if part ("what if it had been a cat 3
   instead?") keeps the screening date of the part before.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


def _call(answer, name):
    calls = [c for c in answer.tool_calls if c.name == name]
    assert calls, (answer.route, answer.missing, answer.unused, answer.answer[:300])
    return calls[0]


# ---------------------------------------------------------------- 1. QC items in everyday words, the low ones pointed at

_SIX = {"dose_hvl_output_aec": 90, "phantom_image": 80, "compression": 92, "exposure_index_cr": 79, "field_alignment": 88,
        "reading_system": 91}


@pytest.mark.parametrize("question", [
    "CR unit field test: dose/HVL/AEC 90, phantom 80, compression 92, exposure index calibration 79, chest-wall field "
    "alignment 88, reading system 91. The two low ones were our tech's fault (human error). Grades + what do we have to do?",
    "CR機實測：劑量 90、假體 80、壓迫 92、EI 79、光野 88、螢幕 91。低的那兩項是技師操作疏失，評等多少？要做什麼？",
    "CR机质控：剂量 90、体模 80、压迫 92、曝光指数 79、照射野 88、显示器 91。比较低的两项是人为失误，要怎么处理？",
    "QC on our CR: AGD/HVL 90, phantom 80, paddle 92, EI check 79, light field 88, monitors 91 — the 2 lower scores were "
    "operator error. grades and what now?",
    "CR 的實地測試：劑量 90、假體 80、壓迫 92、曝露指標 79、照野 88、閱片站 91，兩項比較低的是人為因素，要做什麼？",
])
def test_the_low_items_pointed_at_are_no_score(ask, question):
    a = ask(question)
    call = _call(a, "hpa_qc_grade")
    assert call.args["scores"] == _SIX
    assert call.args["human_factor"] is True
    assert call.result["worst"] == "B"
    assert not any(m.startswith("unread") for m in a.missing)


@pytest.mark.parametrize("question", [
    "CR QC: mean glandular dose 90, phantom 80, compression 92, S-value 79, chest wall 88, review workstation 91. grades?",
    "CR QC: dose & HVL 90, phantom image 80, compression force 92, exposure-index check 79, x-ray/light field 88, "
    "display monitors 91. grades?",
    "CR QC: output/AEC 90, ACR phantom 80, paddle 92, EI calibration 79, light-field alignment 88, reading monitors 91. grades?",
    "CR 品管：AEC 90、假體 80、壓迫板 92、EI校正 79、光野 88、看片螢幕 91，評等？",
    "CR 質控：剂量半值层 90、体模 80、压迫 92、曝光指数校准 79、照射野一致性 88、阅片工作站 91，评等？",
])
def test_qc_items_in_everyday_words(ask, question):
    a = ask(question)
    assert _call(a, "hpa_qc_grade").args["scores"] == _SIX


def test_another_bodys_accreditation_stays_out(ask):
    a = ask("Does ACR accreditation of our breast centre require a yearly physicist survey?")
    assert a.route == "out_of_scope", (a.route, a.answer[:200])


# ---------------------------------------------------------------- 2. the van's day said by the women booked

@pytest.mark.parametrize(("question", "day", "rads"), [
    ("community screening day tmrw, van has 2 registered radiographers and the township signed up 85 women. are we over "
     "the per-day limit?", 85, 2),
    ("the van has 2 registered radiographers and 85 women signed up. over the per-day limit?", 85, 2),
    ("the mobile unit has 3 radiographers and 100 women scheduled for tomorrow, over the limit?", 100, 3),
    ("乳攝車有2位報備放射師，村里報名了85位婦女。有超過每日上限嗎？", 85, 2),
    ("乳摄车有3名放射师，预约了110位女性。会超过单日上限吗？", 110, 3),
    ("乳攝車明天出勤，3位放射師，預約了 130 位，會超量嗎？", 130, 3),
    ("our van goes out Saturday with 2 radiographers, 90 women booked. is that over the daily cap?", 90, 2),
])
def test_women_booked_for_the_van_are_its_day(ask, question, day, rads):
    call = _call(ask(question), "hpa_radiographer_volume")
    assert call.args == {"daily_screenings_on_van": day, "radiographers_on_van": rads}
    assert call.result["over_van_daily_cap"] is (day > 40 * rads)


@pytest.mark.parametrize("question", [
    "巡迴車這個月總共報名了 900 人，2 位放射師，會超過上限嗎？",
    "the van booked 900 women this month with 2 radiographers, over the limit?",
])
def test_a_month_named_keeps_the_bookings_the_months(ask, question):
    call = _call(ask(question), "hpa_radiographer_volume")
    assert "daily_screenings_on_van" not in call.args
    assert call.args["monthly_screenings"] == 900


def test_bookings_with_no_period_are_asked(ask):
    a = ask("van outing Friday: 2 RTs, 95 appointments. over the cap?")
    assert a.route == "clarify" and not a.tool_calls
    assert any(m.startswith("daily_screenings_on_van") for m in a.missing), a.missing


# ---------------------------------------------------------------- 3. a reply giving every one the same days

_Q_ZH = "我們有三個合格放射師，今年篩了一萬六千案，有超過合理量嗎？"
_Q_EN = "our 3 qualified radiographers did 16000 screenings this year, over the reasonable volume?"


@pytest.mark.parametrize(("question", "reply", "days"), [
    (_Q_ZH, "三位都做滿一整年，365天", 365),
    (_Q_ZH, "都做滿一年，365天", 365),
    (_Q_ZH, "每個人都整年，365天", 365),
    (_Q_ZH, "三個都整年", 365),
    (_Q_ZH, "大家都是 300 天", 300),
    ("我们有三个合格放射师，今年筛了一万六千例，有没有超过合理量？", "三个人都做满一整年，365天", 365),
    (_Q_EN, "all three worked the full year, 365 days", 365),
    (_Q_EN, "all three full year", 365),
    (_Q_EN, "everyone 365 days", 365),
    (_Q_EN, "each 250 days", 250),
])
def test_a_reply_giving_everyone_the_same_days(engine, question, reply, days):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    call = _call(final, "hpa_facility_volume")
    assert call.args["radiographer_work_days"] == [days] * 3
    if days == 365:
        assert (call.result["reasonable_volume"], call.result["allowed_volume"], call.result["excess_cases"]) == (18000, 19800, 0)


@pytest.mark.parametrize("reply", ["三位都全年，只有一位 200 天", "兩位做滿一整年，200天", "365天"])
def test_a_reply_singling_one_out_or_short_is_asked_again(engine, reply):
    _, final = ask_and_reply(engine, _Q_ZH, reply)
    assert final.route == "clarify" and not final.tool_calls, (final.route, [c.args for c in final.tool_calls])


# ---------------------------------------------------------------- 4. a calendar day of one's own, no date to count from

@pytest.mark.parametrize("question", [
    "got a cat 0 on a screening mammo — what's the actual calendar date the recall exam has to be done by?",
    "BI-RADS 4 on her screen, what's the specific date she needs a diagnosis by?",
    "cat 0 on screening, what's the calendar date for the recall deadline?",
    "篩到一個 4 類，最晚哪一天要確診？",
    "0类的复查最迟要在哪天之前做？",
])
def test_a_calendar_day_asked_asks_the_screening_date(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:200])
    assert any(m.startswith("screening_date") for m in a.missing), a.missing


def test_the_screening_date_replied_gives_the_day(engine):
    first, final = ask_and_reply(engine, "got a cat 0 on a screening mammo — what's the actual calendar date the recall exam "
                                         "has to be done by?", "she was screened Nov 3 2026")
    assert first.route == "clarify"
    assert _call(final, "hpa_followup_deadline").result["deadline"] == "2027-01-03"


@pytest.mark.parametrize("question", [
    "category 0 要在幾個月內複檢？", "cat 3 recall within how many months?", "BI-RADS 4 — how long do we have to confirm the diagnosis?",
])
def test_the_period_asked_stays_the_rule(ask, question):
    assert ask(question).route == "retrieval"


@pytest.mark.parametrize("question", [
    "請問我外專證書最早什麼時候可以開始送展延？怕又忘記，去年同事就是拖到過期",
    "我的指導老師證書最早什麼時候可以送換證？想先記在行事曆",
    "我的外专证书最早什么时候可以申请展延？怕忘记",
    "my surgical specialist cert — when's the earliest I can file the extension? want to put a reminder in my calendar",
    "when's the earliest I can apply to renew my IR instructor certificate? so I don't forget",
])
def test_a_reminder_wanted_asks_the_certificates_date(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:200])
    assert any(m.startswith("expiry_date") for m in a.missing), a.missing


@pytest.mark.parametrize("question", [
    "外專證書最早什麼時候可以開始送展延？",
    "when's the earliest I can apply to renew my IR instructor certificate?",
    "我的指導老師證書明年到期，最早什麼時候可以送換證？",
])
def test_the_earliest_moment_alone_stays_the_rule(ask, question):
    assert ask(question).route == "retrieval"


@pytest.mark.parametrize(("question", "first_day", "second_day"), [
    ("pt screened 2026-03-15, BI-RADS 4. by when does the dx need to be confirmed? and what if it had been a cat 3 instead?",
     "2026-05-15", "2026-09-15"),
    ("個案 2026/3/15 篩檢，BI-RADS 4，最晚哪天要確診？如果是 category 3 呢？", "2026-05-15", "2026-09-15"),
    ("个案 2026/3/15 筛检，category 0，复检最晚哪天？如果是3类呢？", "2026-05-15", "2026-09-15"),
])
def test_a_what_if_part_keeps_the_screening_date(ask, question, first_day, second_day):
    a = ask(question)
    assert len(a.parts) == 2, (a.route, a.answer[:300])
    assert _call(a.parts[0], "hpa_followup_deadline").result["deadline"] == first_day
    second = _call(a.parts[1], "hpa_followup_deadline")
    assert second.result["deadline"] == second_day
    assert any("2026-03-15" in n for n in a.parts[1].assumptions), a.parts[1].assumptions
