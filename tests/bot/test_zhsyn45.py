"""Round 45 (zhsyn45): wording and numerals that name a counted activity, a list, a QC item, a correction or a part's result.

1. The society's monthly meeting named by its schedule ("每月學術研討會", "每個月的學術會議", "月例會", "monthly academic
   seminars") is the monthly meeting (5.2), never a seminar of 5.5; financial numerals (壹 貳 參 伍 陸 拾 佰) and a formal ROC
   year (民國一一五年間) read as the counts and the year they are.
2. A list of papers counted after the noun and joined by 跟 / 和 / 加 / 、 ("口頭兩篇跟一張 poster", "口頭1篇跟海報1張",
   "壁報3張和口頭1篇", "發表了一張 poster 跟口頭1篇"): each item with its count — 一張 in a list is a count, not the article;
   a count of papers before a comma that the list after it adds up to ("投了三篇，口頭兩篇跟一張 poster") is their heading.
3. A QC item named by an everyday word for its label (對位 / 對齊 / 對準 for the field–receptor alignment, 曝光指數 /
   曝光指标 for the CR exposure index).
4. An activity named with a generic noun after it ("did 2 ATLS courses", "ATLS 課程") is that activity, never a course by
   the hour; a yes / no question about a kind with no question mark ("does ATLS double too") adds no item.
5. A self-correction after a full stop or after the noun ("5. sorry no, checked my calendar, it's 6", "3 monthly meetings.
   oops, make that 4", "7 次... 喔不是，是 8 次") replaces the figure; a typing slip flagged in brackets ("（投啦打錯）",
   "(typo)") corrects no count.
6. A follow-up reply giving per-item durations, after a question whose count was said as "there were 4".
7. A later part using an earlier part's result: the renewal line said with what it is for ("the 600 for renewal with this
   year's credits?", "夠600分展延嗎") is the line asked about, never the sixth year's credits — the sixth is part 1's result.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply, calculator_call


def _items(call):
    return sorted((it["kind"], it.get("count", 1), it.get("role"), bool(it.get("case_report"))) for it in call.args["activities"])


# ------------------------------------------------------------------------ 1. the monthly meeting by its schedule, numerals

MONTHLY_BY_SCHEDULE = [
    ("敬啟者：本人一一五年間出席本會每月學術研討會柒次，另參加國際醫學會議壹次，敬請惠示應得積分。", 170),
    ("本人於民國一一五年度參加本會年會壹次、月會參次，請問積分若干？", 120),
    ("民國一百一十五年度出席本會月會拾貳次，其中擔任講者貳次，敬請核算積分。", 280),
    ("本人于二〇二六年参加本会年会壹次，每月学术研讨会共陆次，请问积分多少？", 180),
    ("今年參加每個月的學術會議4次，年會1次，共幾分？", 140),
    ("今年每月例會去了陸次，其中一次擔任講者，積分多少？", 140),
    ("this year: 3 monthly academic seminars and the annual meeting, how many credits?", 120),
]


@pytest.mark.parametrize(("question", "total"), MONTHLY_BY_SCHEDULE)
def test_the_monthly_meeting_named_by_its_schedule_with_formal_numerals(ask, question, total):
    call = calculator_call(ask(question), "tsa_credit_tally")
    assert call.result["total"] == total
    assert "domestic_seminar" not in {it["kind"] for it in call.args["activities"]}


# near misses: a seminar is still a seminar; 每個月會 is "will", no meeting's name
SEMINARS = [
    ("我每個月會去研討會，今年共去了4次，每次3小時，積分多少？", "domestic_seminar"),
    ("今年去了3場研討會，每場1小時，積分多少？", "domestic_seminar"),
]


@pytest.mark.parametrize(("question", "kind"), SEMINARS)
def test_a_seminar_said_without_the_schedule_name_stays_a_seminar(ask, question, kind):
    call = calculator_call(ask(question), "tsa_credit_tally")
    assert {it["kind"] for it in call.args["activities"]} == {kind}


# --------------------------------------------------------------------------------------------- 2. lists of papers

PAPER_LISTS = [
    ("今年年會發表了口頭兩篇跟一張 poster，都是我第一作者，可以拿幾分？", 30),
    ("今年年會發表了口頭兩篇、一張 poster，都是我第一作者，可以拿幾分？", 30),
    ("今年年會發表了口頭2篇，poster一張，都是我第一作者，可以拿幾分？", 30),
    ("今年年会口头两篇和一张海报，都是我第一作者，多少分？", 30),
    ("今年年會壁報三張和口頭一篇，都是我一作，幾分？", 40),
    ("今年年會發表口頭兩篇加一張壁報，都是我上台報告，積分？", 30),
    ("今年年會我發表了一張 poster 跟口頭1篇，都是一作", 20),
    # a count of papers before a comma, the list after it adding up to it: their heading
    ("今年年會我投了三篇，口頭兩篇跟一張 poster，都是我自己上台報的，其中 poster 是 case report，論文發表幾分？", 25),
    ("年会我发了三篇，口头两篇跟一张壁报，都是我第一作者，多少分？", 30),
]


@pytest.mark.parametrize(("question", "total"), PAPER_LISTS)
def test_each_listed_paper_keeps_its_count(ask, question, total):
    call = calculator_call(ask(question), "tsa_credit_tally")
    assert call.result["total"] == total
    assert sum(it.get("count", 1) for it in call.args["activities"] if it["kind"] == "presentation") * 10 >= total


# near misses: one poster alone, another kind joined by 一個, a count of papers with no breakdown after its comma
NOT_LISTS = [
    ("今年年會發表了一張 poster，是我第一作者，可以拿幾分？", [("presentation", 1, "first", False)]),
    ("今年月會3次跟一個國際會議，積分多少？", [("international_meeting", 1, None, False), ("tsa_monthly_meeting", 3, None, False)]),
    ("今年年會我投了3篇，都是一作，可以拿幾分？", [("presentation", 3, "first", False)]),
    # (the papers counted with 發表 and broken down in a bracket: still the papers only, never the meeting attended)
    ("年會發表三篇，我是第一作者（口頭一篇、壁報兩篇），幾分？", [("presentation", 3, "first", False)]),
]


@pytest.mark.parametrize(("question", "items"), NOT_LISTS)
def test_a_single_item_or_another_kind_is_read_as_before(ask, question, items):
    assert _items(calculator_call(ask(question), "tsa_credit_tally")) == items


# --------------------------------------------------------------------------------------------- 3. QC item names

QC_NAMES = [
    ("我们的CR机质控：曝光指数只有68分，其他剂量85、模体80、压迫90、对位88、阅片系统86。还能继续做筛查吗？",
     {"exposure_index_cr": 68, "field_alignment": 88}),
    ("CR 品管實測：劑量 90、假體 85、壓迫 88、曝光指數 80、照野對齊 72、閱片 90，評等？",
     {"exposure_index_cr": 80, "field_alignment": 72}),
    ("乳攝儀品管實測：劑量88、假體影像82、壓迫板90、照野對位71、閱片螢幕93，評等為何？", {"field_alignment": 71}),
    ("品管測試結果 劑量88 假體86 壓迫90 對準 69 閱片系統 92，會怎樣？", {"field_alignment": 69}),
    ("质控：剂量90、模体85、压迫88、对齐73、显示器91，评几等？", {"field_alignment": 73}),
    ("QC field test: MGD 88, phantom 80, compression 91, collimator alignment 72, monitors 90. what grades?",
     {"field_alignment": 72}),
]


@pytest.mark.parametrize(("question", "scores"), QC_NAMES)
def test_a_qc_item_named_by_an_everyday_word(ask, question, scores):
    call = calculator_call(ask(question), "hpa_qc_grade")
    for key, value in scores.items():
        assert call.args["scores"][key] == value


# ------------------------------------------------------------------------------------ 4. an activity and its noun

ATLS = [
    ("hey so im at kinmen hosp rn, did 2 ATLS courses + 4 monthly mtgs this yr. how many TSA pts is that?? heard island "
     "ppl get double for the mtgs, does ATLS double too", 220),
    ("did 2 ATLS courses + 4 monthly mtgs this yr. how many TSA pts is that?? does ATLS double too", 140),
    ("今年上了2次ATLS課程，月會3次，外科積分多少？", 120),
    ("this year I took one ATLS provider course and went to 2 monthly meetings, total TSA credits?", 70),
]


@pytest.mark.parametrize(("question", "total"), ATLS)
def test_an_atls_course_is_the_atls(ask, question, total):
    call = calculator_call(ask(question), "tsa_credit_tally")
    assert call.result["total"] == total
    assert "hours" not in {it["kind"] for it in call.args["activities"]}


# --------------------------------------------------------------------------------------------- 5. self-corrections

CORRECTIONS = [
    ("monthly meetings this year: 5. sorry no, checked my calendar, it's 6. plus the annual meeting. total?", 180, "5"),
    ("went to 3 monthly meetings. oops, make that 4. and the annual one. how many TSA credits?", 140, "3"),
    ("monthly meetings: 5 — no wait, checked the sign-in sheets, 6. annual meeting too. total?", 180, "5"),
    ("今年月會5次。不對，查了一下行事曆，是6次。還有年會一次，共幾分？", 180, "5"),
    ("今年月会5次，不对，是6次，年会1次，一共多少分？", 180, "5"),
    ("月會 7 次... 喔不是，是 8 次，加上 ATLS 一次，今年外科積分多少", 190, "7"),
    ("this year 5 monthly meetings... wait no, 6. and the annual. total?", 180, "5"),
    ("今年月會五次。抱歉，算錯，是六次。年會一次。總分？", 180, "5"),
    ("monthly meetings 5 — actually 6. plus annual meeting. credits?", 180, "5"),
]


@pytest.mark.parametrize(("question", "total", "old"), CORRECTIONS)
def test_a_correction_replaces_the_figure(ask, question, total, old):
    a = ask(question)
    assert calculator_call(a, "tsa_credit_tally").result["total"] == total
    assert any(f"“{old}”" in u or f"「{old}」" in u for u in a.unused), a.unused


TYPO_FLAGS = [
    ("年會有去，順便頭了三篇（投啦打錯）：一篇oral我一作、一篇case report我是上台報告的presenter、還有一張poster我只是第三作者。總共可以拿幾分", 75),
    ("今年月會4次（打錯字，是月會），年會一次，總共幾分？", 140),
    ("this year: 4 monthyl meetings (typo, monthly) and the annual meeting. credits?", 140),
]


@pytest.mark.parametrize(("question", "total"), TYPO_FLAGS)
def test_a_typo_flagged_in_brackets_corrects_no_count(ask, question, total):
    assert calculator_call(ask(question), "tsa_credit_tally").result["total"] == total


def test_an_unsure_correction_is_still_asked(ask):
    a = ask("monthly meetings this year: 5. sorry no, maybe 6 or 7. plus the annual meeting. total?")
    assert a.route == "clarify" and not a.tool_calls


# ------------------------------------------------------------------------------- 6. a reply with per-item durations

DURATIONS = [
    ("how many credits for the local seminars I went to this year? there were 4", "two were 90 min, two were about 3 hours", 30),
    ("how many credits for the local seminars I went to this year? there were 4", "2 were 1.5 hours, 2 were 3 hours", 30),
    ("what do the domestic workshops I attended this year come to? there were 3", "one was 2 hours, two were 4 hours", 25),
    ("今年的院外研討會可以拿幾分？共有4場", "兩場1.5小時，兩場3小時", 30),
    ("今年去了3场国内研讨会，能拿几分？", "一场1小时，两场各3小时", 25),
]


@pytest.mark.parametrize(("question", "reply", "total"), DURATIONS)
def test_a_reply_gives_each_seminars_length(engine, question, reply, total):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer[:300]
    assert calculator_call(final, "tsa_credit_tally").result["total"] == total


# --------------------------------------------------------------------------- 7. a later part using an earlier result

CHAINED = [
    ("two things pls. (1) this year: TSA annual mtg x1, monthly mtgs x8 - how many credits? (2) my first five years of "
     "the cert were 110, 90, 105, 95, 80 and this year is the 6th — do I reach the 600 for renewal with this year's credits?",
     220, 700),
    ("兩個問題：(1) 今年年會1次、月會8次，幾分？ (2) 前五年 110、90、105、95、80，加上今年的積分，夠600分展延嗎？", 220, 700),
    ("两个问题：1) 今年年会1次、月会5次，多少分？ 2) 前五年分别 100、90、100、95、80，算上今年的，够600分可以换证吗？", 160, 625),
    ("Q1: annual meeting once and 6 monthly meetings this year, how many credits? Q2: first 5 years 100, 90, 100, 95, 80 — "
     "with this year added, do I hit the 600 needed to renew?", 180, 645),
]


@pytest.mark.parametrize(("question", "tally", "six_years"), CHAINED)
def test_the_renewal_line_is_no_years_credits_and_the_year_is_part_ones(ask, question, tally, six_years):
    a = ask(question)
    assert len(a.parts) == 2, a.answer[:300]
    assert calculator_call(a.parts[0], "tsa_credit_tally").result["total"] == tally
    renewal = calculator_call(a.parts[1], "tsa_renewal_check")
    assert 600 not in renewal.args["yearly_credits"]
    assert renewal.result["total"] == six_years


# near miss: six years listed and the line asked after them — the line is no year
def test_six_years_and_the_line_asked(ask):
    call = calculator_call(ask("六年積分 120、100、100、100、100、90，夠600分展延嗎？"), "tsa_renewal_check")
    assert call.args["yearly_credits"] == [120, 100, 100, 100, 100, 90]
