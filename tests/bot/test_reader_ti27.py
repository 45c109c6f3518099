"""TSA / TSIR reader classes of the twenty-seventh round — each tested with wordings of its own (zh-TW, zh-CN, en),
never the bank's sentence: a talk at the monthly meeting counted in times is the speaker's, a relative year restated
in brackets is one year, "and of course attended it" names the meeting attended, a figure with its own label is no
later list item's, and the parts of a message are answered in the order it states them (a date is stated where its
year is written; a lead-in's count is no figure)."""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.dates import find_years
from bot.parts import first_said

TODAY = datetime.date(2026, 11, 25)


def _call(a, tool):
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    calls = [c for c in a.tool_calls if c.name == tool]
    assert calls, a.tool_calls
    return calls[0]


def _kinds(call) -> dict[str, int]:
    """{kind: count summed} of a tally's activities."""
    out: dict[str, int] = {}
    for act in call.args["activities"]:
        out[act["kind"]] = out.get(act["kind"], 0) + int(act.get("count", 1))
    return out


# --- 1. a talk at the monthly meeting counted in times (次) is the speaker's (5.2), not a presentation (5.6) ------------

@pytest.mark.parametrize(("question", "meetings", "talks", "total"), [
    ("月會今年去了七次，其中三次是我上台報告，這樣積分多少？", 7, 3, 200),
    ("月会参加了八次，其中两次我上台报告，能拿多少学分", 8, 2, 200),
    ("今年月會出席 6 次，上台報告 2 次，積分怎麼算", 6, 2, 160),
    ("月會跑了 9 次，我自己也在月會講了一次，積分多少", 9, 1, 200),
    ("月会去了四次，我在月会讲了两次，学分多少", 4, 2, 120),
])
def test_a_monthly_talk_counted_in_times_is_the_speakers(ask, question, meetings, talks, total):
    call = _call(ask(question), "tsa_credit_tally")
    assert _kinds(call) == {"tsa_monthly_meeting": meetings, "tsa_monthly_speaker": talks}
    assert call.result["total"] == total


def test_a_poster_reported_at_the_annual_meeting_is_still_a_presentation(ask):
    call = _call(ask("月會 4 次、年會 1 次，年會上台報告壁報 2 篇，都是一作，積分多少"), "tsa_credit_tally")
    assert _kinds(call) == {"tsa_monthly_meeting": 4, "tsa_annual_meeting": 1, "presentation": 2}


def test_a_lecture_listened_to_is_no_talk_given(ask):
    call = _call(ask("月會去了 5 次，另外去聽了 2 次院外演講，每場 1 小時，積分多少"), "tsa_credit_tally")
    assert "tsa_monthly_speaker" not in _kinds(call)


# --- 2. a relative year with its calendar year restated in brackets is one year ("去年(2025)") -------------------------

@pytest.mark.parametrize("text", ["我去年(2025)跟今年各去1次年會", "去年（2025年）和今年", "last year (2025) and this year"])
def test_a_restated_year_is_one_mention(text):
    assert [y.year for y in find_years(text, TODAY)] == [2025, 2026]


def test_a_bracket_naming_another_year_is_not_folded():
    years = find_years("去年(2023年)跟今年", TODAY)
    assert [y.year for y in years] == [2025, 2023, 2026]


@pytest.mark.parametrize("question", [
    "我前年(2024)跟今年各參加一次外科年會，請分年列出積分",
    "去年（2025年）和今年的年会各去了一次，分年积分多少",
    "Last year (2025) and this year I attended the TSA annual meeting once each. Credits by year?",
])
def test_each_year_restated_in_brackets_gets_its_own_meeting(ask, question):
    call = _call(ask(question), "tsa_credit_tally")
    years = sorted(a["year"] for a in call.args["activities"] if a["kind"] == "tsa_annual_meeting")
    assert len(years) == 2 and years[1] == 2026 and years[0] in (2024, 2025)
    assert call.result["total"] == 120


# --- 3. "and of course attended it": the meeting presented at is attended as well (5.4 and 5.6 both score) ----------

@pytest.mark.parametrize(("question", "meeting", "total"), [
    ("Gave 1 poster as first author at the ASCRS meeting and of course attended it. Credits?", "international_meeting", 40),
    ("Presented one oral (first author) at the TSA annual meeting and obviously attended the meeting too. Total?",
     "tsa_annual_meeting", 70),
])
def test_attended_it_with_an_adverb_counts_the_meeting(ask, question, meeting, total):
    call = _call(ask(question), "tsa_credit_tally")
    assert _kinds(call).get(meeting) == 1 and _kinds(call).get("presentation") == 1
    assert call.result["total"] == total


# --- 4. a figure with its own label is no later list item's ("X 15、栓塞出血的 30"): unread, asked — never summed ---------

@pytest.mark.parametrize("question", [
    "洗腎通路 PTA 70、下腔靜脈濾網 20、出血栓塞的 25，專科 12 年，血管介入可以申請指導老師嗎",
    "透析通路PTA 55、IVC filter 10、止血栓塞的 40，专科9年，血管介入够不够",
])
def test_an_own_labelled_figure_is_not_summed_into_the_next_domain(ask, question):
    a = ask(question)
    for c in a.tool_calls:
        assert c.args.get("cases_last_6_years") not in (45, 65, 50), c.args  # never the two figures summed
    assert a.route == "clarify" or all(c.args.get("domain") != "non_tumor_embolization" for c in a.tool_calls)


def test_a_heading_after_the_list_still_names_every_item(ask):
    call = _call(ask("膽道 40、輸尿管 30、十二指腸 20 的支架，專科 9 年，可以申請指導老師嗎"), "tsir_instructor_eligibility")
    assert call.args["domain"] == "nonvascular_stenting" and call.args["cases_last_6_years"] == 90


# --- 5. parts answered in the order stated: a date is stated where its year is written; "2 things:" is no figure -----

def test_a_date_argument_is_placed_where_its_year_is_written():
    text = "證書 2021/3/1 發的，什麼時候可以換證？另外教育積分 90 分、國外演講 1 次，還差多少？"
    assert first_said({"issue_date": datetime.date(2021, 3, 1)}, text) < first_said({"cme_points": 90}, text)
    assert first_said({"issue_date": "2021-03-01"}, "民國110年3月1日發證") == 2


def test_a_lead_in_count_is_no_figure_of_a_part():
    text = "2 questions: cert issued 2022-01-10, when can I renew? also 90 CME pts + 2 domestic e-posters, short?"
    assert first_said({"cme_points": 90, "activities": [{"count": 2}]}, text) > first_said({"issue_date": "2022-01-10"}, text)


@pytest.mark.parametrize("question", [
    "2 things: my instructor cert was issued 2021-09-15, when can I file the renewal? and right now I've got 110 CME pts "
    "+ 1 international lecture, how far short am I",
    "兩個問題：指導老師證書 2021/9/15 發的，最早什麼時候可以申請換證？另外放射教育積分 110 分、國外演講 1 次，還差幾分",
])
def test_window_asked_first_is_part_one(ask, question):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert [c.name for c in a.tool_calls] == ["renewal_window", "tsir_renewal_check"]


# --- 6. a kind named again in a tag question ("月會有加倍對吧", "是不是加倍") asks about the kind: no new item ----------

@pytest.mark.parametrize(("question", "monthly"), [
    ("我在綠島執業，今年月會去了 5 次，積分多少？月會有加倍對吧", 5),
    ("人在金门，月会今年 7 次，学分？月会是不是加倍", 7),
    ("I'm in Penghu. 今年月會 3 次，積分？月會會不會加倍", 3),
])
def test_a_kind_asked_about_in_a_tag_question_is_no_new_item(ask, question, monthly):
    call = _call(ask(question), "tsa_credit_tally")
    assert _kinds(call) == {"tsa_monthly_meeting": monthly}
    assert call.args["offshore_island"] is True


# --- 7. the monthly meeting with words of what it is like between ("monthly journal-club style meetings") ------------

@pytest.mark.parametrize(("question", "monthly"), [
    ("This year: the annual congress, and 4 of the monthly teaching-round style meetings. Credits?", 4),
    ("went to 7 monthly teaching mtgs in 2026, how many TSA credits", 7),
])
def test_monthly_meetings_with_words_between(ask, question, monthly):
    call = _call(ask(question), "tsa_credit_tally")
    assert _kinds(call)["tsa_monthly_meeting"] == monthly


# --- 8. a nerve block for pain (神經阻滯, 阻滞止痛) is the localization / biopsy / drainage / pain domain (2.1) -----------

@pytest.mark.parametrize(("question", "cases"), [
    ("引流 200、神經阻滯 60、切片 50，專科 10 年，可以申請指導老師嗎", 310),
    ("穿刺活检 150 + 神经阻滞止痛 30 + PTCD 100，专科 9 年，够申请吗", 280),
])
def test_a_nerve_block_is_the_pain_domain(ask, question, cases):
    call = _call(ask(question), "tsir_instructor_eligibility")
    assert call.args["domain"] == "localization_biopsy_drainage_pain" and call.args["cases_last_6_years"] == cases


# --- 9. "有效到 DATE" said after other words ("證上面寫有效到 …", "证书上写有效到 …"): the expiry date -------------------

@pytest.mark.parametrize(("question", "doc", "expiry"), [
    ("指導老師證背面寫有效到2029/3/31，換證最早哪天可以申請", "tsir-instructor", "2029-03-31"),
    ("外科專科醫師證書上面印有效至116年6月30日，展延最晚什麼時候要送", "tsa-cme", "2027-06-30"),
    ("我的指导老师证上写有效到2027/10/31，什么时候可以申请换证", "tsir-instructor", "2027-10-31"),
])
def test_valid_until_a_date_is_the_expiry(ask, question, doc, expiry):
    call = _call(ask(question), "renewal_window")
    assert call.args["doc"] == doc and str(call.args["expiry_date"]) == expiry


# --- 10. presentations gone through meeting by meeting ("2 at the TSA annual meeting and 1 at ASCRS", "外科年會 3 篇、
# ASCRS 1 篇"): the meetings are where they were given — no attendance, and the count before them is their total ----

@pytest.mark.parametrize(("question", "total"), [
    ("I had 3 posters this year, all first author: 2 at the TSA annual meeting and 1 at ASCRS. Credits for the posters?", 30),
    ("This year 4 orals as first author, 3 at the TSA annual meeting and 1 at SAGES. Presentation credits?", 40),
    ("今年投了四篇poster都是我一作，外科年會3篇、ASCRS 1篇。只算發表的部分是幾分？", 40),
])
def test_presentations_counted_meeting_by_meeting(ask, question, total):
    call = _call(ask(question), "tsa_credit_tally")
    assert set(_kinds(call)) == {"presentation"}
    assert call.result["total"] == total


# --- 11. laser ablation in zh-CN (激光) is the ablation domain (2.6) -------------------------------------------------

def test_laser_in_zh_cn_is_ablation(ask):
    call = _call(ask("消融：射频 120、激光 20、冷冻 30，放射专科 10 年，能申请消融指导老师吗"), "tsir_instructor_eligibility")
    assert call.args["domain"] == "ablation" and call.args["cases_last_6_years"] == 170
