"""Classes of the twelfth round where the reader read a number wrongly, dropped it, or filled a fact the person did not
give — each tested with wording of its own (zh-TW, zh-CN, en), never the bank's sentence. Confidently wrong first: a
year written bare right after the activity's words ("國際會議 2025 去了兩場、2026 去了一場") was no year, so both counts
went to one year and the yearly cap was applied once."""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.dates import find_years


def _call(a):
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    return a.tool_calls[0].args


def _by_year(args):
    return sorted((x["kind"], x.get("count"), x.get("year")) for x in args["activities"])


# --- 1. a bare year after the activity's words, before the verb of doing it (was confidently wrong) ---------------------

@pytest.mark.parametrize(("question", "expected"), [
    ("月會 2024 有去 6 次、2025 有去 9 次，各年幾分？",
     [("tsa_monthly_meeting", 6, 2024), ("tsa_monthly_meeting", 9, 2025)]),
    ("国际会议 2024 参加了3次，2025 参加了1次，分年算积分",
     [("international_meeting", 1, 2025), ("international_meeting", 3, 2024)]),
    ("国际会议 2025 去了两次，2026 只去了一次，每年几分？",
     [("international_meeting", 1, 2026), ("international_meeting", 2, 2025)]),
    ("本會月會 2025 出席 4 次，2026 出席 7 次，幾分",
     [("tsa_monthly_meeting", 4, 2025), ("tsa_monthly_meeting", 7, 2026)]),
    ("international congress twice in 2025 and once in 2026, credits per year?",
     [("international_meeting", 1, 2026), ("international_meeting", 2, 2025)]),
])
def test_a_bare_year_after_the_activity_dates_its_own_count(ask, question, expected):
    args = _call(ask(question))
    assert sorted(_by_year(args)) == sorted(expected)


@pytest.mark.parametrize(("text", "years"), [
    ("國際會議 2025 去了2場、2026 去了1場", [2025, 2026]),
    ("月会 2024 有去 6 次", [2024]),
    ("今年篩了 2025 人", [2026]),            # a count with its unit is no year (今年 is)
    ("篩檢量 2030 案，超量嗎", []),
    ("合理量 2000 的話", []),
    ("月會 2030 有超過嗎", []),             # out of the years near today: a figure
])
def test_which_bare_numbers_are_years(text, years):
    got = [y.year for y in find_years(text, datetime.date(2026, 11, 25))]
    assert got == years


# --- 2. a value said for "every year" of fewer years than the list holds (was filled into every year) --------------------

@pytest.mark.parametrize("question", [
    "前五年每年都110分，第六年還沒算出來，展延會過嗎",
    "前5年每年都有120分，最后一年还没统计，能延续吗",
    "I got 100 credits every year for the first five years; year six isn't tallied yet. Enough to renew?",
    "過去五年每年都拿 105 分，今年的還不知道，夠展延嗎？",
    "the first 5 years I had 95 each year, the last one is still open — renewal ok?",
])
def test_every_year_of_fewer_years_asks_for_the_rest(ask, question):
    a = ask(question)
    assert a.route == "clarify", (a.route, [c.args for c in a.tool_calls])
    assert not a.tool_calls


@pytest.mark.parametrize(("question", "credits"), [
    ("前五年每年都110分，今年只有80分，展延夠嗎", [110, 110, 110, 110, 110, 80]),
    ("過去五年每年都拿 100 分，今年 95，能展延嗎", [100, 100, 100, 100, 100, 95]),
    ("the first 5 years I had 105 each year, and 90 this year — can I renew?", [105, 105, 105, 105, 105, 90]),
    ("每年都110分，六年能展延嗎", [110] * 6),
])
def test_every_year_of_some_years_then_the_rest_said(ask, question, credits):
    assert _call(ask(question))["yearly_credits"] == credits


def test_the_missing_year_given_in_the_reply_completes(engine):
    from tests.bot.conftest import ask_and_reply

    first, second = ask_and_reply(engine, "前五年每年都有100分，今年還沒結算，可以展延嗎", "今年 120 分")
    assert first.route == "clarify" and not first.tool_calls
    assert _call(second)["yearly_credits"] == [100, 100, 100, 100, 100, 120]


# --- 3. a reply naming the asked item's kind again with no count is that item, not one more (was confidently wrong) ----

@pytest.mark.parametrize(("question", "reply", "expected"), [
    ("換證：SCI 論文 3 篇，教育積分 100 分，夠嗎", "我是通訊作者，都是 case report",
     [("sci_case_report", 3, "corresponding")]),
    ("SCI papers: 2, plus 90 radiology CME points. Enough to renew my instructor cert?", "both first author, full articles",
     [("sci_full_article", 2, "first")]),
    ("换证：SCI 论文两篇，教育积分 110 分，能换吗", "原著，都是第一作者",
     [("sci_full_article", 2, "first")]),
    ("換證：SCI 文章2篇、教育積分120，夠嗎", "一作原著，另外還有一篇 non-SCI 的一作",
     [("non_sci_full_article", 1, "first"), ("sci_full_article", 2, "first")]),
    ("instructor renewal: 4 SCI articles and 80 education points — enough?", "all as corresponding author, original articles",
     [("sci_full_article", 4, "corresponding")]),
    # (round 54: a reply moving the asked papers to another kind is no thing more, and stays the joined reading)
    ("renewing my instructor cert: 3 SCI papers and 100 education points, enough?", "corresponding author on all, all case reports",
     [("sci_case_report", 3, "corresponding")]),
    # (round 55: the count restated with the kind — "兩篇都是…", "both were …" — renames the papers asked about; fewer of
    # them named as the other kind with no adding word are a part of them; "另外還有…" adds them)
    ("換證：SCI 兩篇，教育積分 120 分，這樣夠嗎", "都是第一作者，兩篇都是病例報告", [("sci_case_report", 2, "first")]),
    ("換證：SCI 三篇，教育積分 100 分，這樣夠嗎", "都是通訊作者，三篇都是 case report", [("sci_case_report", 3, "corresponding")]),
    ("TSIR renewal: 2 SCI papers plus 120 radiology CME points, enough?", "first author on both, both were case reports",
     [("sci_case_report", 2, "first")]),
    ("換證：SCI 三篇，教育積分 100 分，這樣夠嗎", "都是通訊作者，兩篇是 case report",
     [("sci_case_report", 2, "corresponding"), ("sci_full_article", 1, "corresponding")]),
    ("換證：SCI 兩篇，教育積分 120 分，這樣夠嗎", "都是第一作者，另外還有兩篇病例報告",
     [("sci_case_report", 2, "first"), ("sci_full_article", 2, "first")]),
    ("換證：SCI 兩篇，教育積分 120 分，這樣夠嗎", "都是第一作者，兩篇都是原著", [("sci_full_article", 2, "first")]),
    ("TSIR renewal: 2 SCI papers plus 120 radiology CME points, enough?",
     "first author on both, plus 2 case reports where I was corresponding author",
     [("sci_case_report", 2, "corresponding"), ("sci_full_article", 2, "first")]),
])
def test_a_reply_restating_the_kind_adds_no_item(engine, question, reply, expected):
    from tests.bot.conftest import ask_and_reply

    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    args = _call(second)
    assert sorted((x["kind"], x["count"], x.get("role")) for x in args["activities"]) == expected


def test_a_reply_adding_papers_with_no_role_asks_it(engine):
    """"…, plus 2 case reports" adds two papers whose role is not said: asked, never dropped (round 55: the aside reading
    beside the papers asked about lost them — 200, enough, where their role decides)."""
    from tests.bot.conftest import ask_and_reply

    first, second = ask_and_reply(engine, "TSIR renewal: 2 SCI papers plus 120 radiology CME points, enough?",
                                  "first author on both, plus 2 case reports")
    assert first.route == "clarify"
    assert second.route == "clarify" and not second.tool_calls


# --- 4. "totals" in the plural heading a run of figures; a length in years is a months argument only as its months ------

@pytest.mark.parametrize(("question", "credits", "months"), [
    ("six-year totals 100, 90, 80, 120, 60, 70; 2 years with a medical mission abroad. renew?", [100, 90, 80, 120, 60, 70], 24),
    ("my 6-year totals 120, 110, 95, 100, 90, 85 — enough to renew?", [120, 110, 95, 100, 90, 85], None),
    ("yearly totals 90, 95, 100, 105, 110, 60 plus 6 months on a medical mission overseas; can I renew the surgical cert?",
     [90, 95, 100, 105, 110, 60], 6),
    ("6-year totals 50, 100, 100, 100, 100, 100 and 3 months on an overseas medical mission, renewal ok?",
     [50, 100, 100, 100, 100, 100], 3),
    ("annual totals 130, 120, 110, 100, 90, 80 — renew?", [130, 120, 110, 100, 90, 80], None),
])
def test_plural_totals_head_the_run_and_years_are_no_months(ask, question, credits, months):
    args = _call(ask(question))
    assert args["yearly_credits"] == credits
    assert args.get("overseas_mission_months") == months


# --- 5. the year's screenings said with the verb 篩了 / 筛了 (were asked for again) ----------------------------------------

@pytest.mark.parametrize(("question", "days", "screened"), [
    ("小診所只有一位放射師，今年做了２００天，篩了 3500 個，合理量多少", [200], 3500),
    ("放射師兩位都做滿 365 天，今年篩了 14000 位，有超量嗎", [365, 365], 14000),
    ("一位放射师工作了 300 天，今年共筛了 5200 例，会不会超", [300], 5200),
    ("我们就两个放射技师，一个全年365天一个73天，一年筛了8500人，超了没有", [365, 73], 8500),
    ("三位放射師工作天數 365、300、200，今年總共篩了 15000 案，超量嗎", [365, 300, 200], 15000),
])
def test_screenings_said_with_the_verb(ask, question, days, screened):
    args = _call(ask(question))
    assert sorted(args["radiographer_work_days"]) == sorted(days)
    assert args["annual_screenings"] == screened


# --- 6. a part "of our / of the" whole: the determiner between them (the completed count was asked again) --------------

@pytest.mark.parametrize(("question", "total", "done"), [
    ("68 out of the 90 suspected positives were followed up, subsidy 800k — deduction?", 90, 68),
    ("we closed 120 of all 160 recalls (cat 0/3/4/5). completion rate and cut?", 160, 120),
    ("only 50 of our 80 flagged patients completed work-up; what % do we lose?", 80, 50),
    ("follow-up done for 70 of the 95 suspected positive cases; deduction?", 95, 70),
    ("just 40 of our 64 suspected positives completed follow-up. how much is cut from a 500k subsidy?", 64, 40),
])
def test_a_part_of_our_whole(ask, question, total, done):
    args = _call(ask(question))
    assert (args["suspected_positive_cases"], args["completed_cases"]) == (total, done)


def test_a_part_of_our_whole_that_did_not_finish_is_asked(ask):
    a = ask("30 of our 120 suspected positives were never followed up, subsidy 2M — deduction?")
    assert a.route == "clarify" and not a.tool_calls


# --- 7. a day after a relative year word (今年10月3日, 去年12月20日) was no date at all -----------------------------------

@pytest.mark.parametrize(("question", "date", "category"), [
    ("category 0 的個案今年9月1日篩檢，最晚哪天要複檢完？", "2026-09-01", 0),
    ("去年12月20日篩檢的 category 4，確診期限？", "2025-12-20", 4),
    ("category 5 个案，今年8月15号筛查的，几号前要确诊？", "2026-08-15", 5),
    ("今年 10 月 3 日篩檢 category 3，複檢期限哪天", "2026-10-03", 3),
])
def test_a_day_after_a_year_word_is_that_years_day(ask, question, date, category):
    args = _call(ask(question))
    assert (args["screening_date"], args["category"]) == (date, category)


def test_a_day_after_a_year_word_completes_the_reply(engine):
    from tests.bot.conftest import ask_and_reply

    first, second = ask_and_reply(engine, "有位 category 3 的個案，複檢最晚哪天？", "今年7月12日篩的")
    assert first.route == "clarify" and not first.tool_calls
    assert _call(second)["screening_date"] == "2026-07-12"


# --- 8. a reply giving only the one(s) the list lacked ("第四位 200 天") replaced the whole list --------------------------

@pytest.mark.parametrize(("question", "reply", "days"), [
    ("三位放射师，工作天数 365、250，还有一位不记得，今年筛了 12000 例，超量吗", "另一位 180 天", [365, 250, 180]),
    ("We have 3 radiographers: 365 and 300 days, the third I need to check. 14,000 screenings this year — over?",
     "the third one worked 120 days", [365, 300, 120]),
    ("4 位放射師：365、365、200 天，另一位要問人事，篩檢 20000 案，超量嗎", "最後一位 90 天", [365, 365, 200, 90]),
    ("放射師四位，工作天數 300、365、365，第四位還在確認，今年篩檢 21000 案，會超嗎", "第4位是 150 天", [300, 365, 365, 150]),
    ("3 radiographers: work days 365 and 200, the other one I don't know yet; 11,000 screenings this year — over?",
     "the remaining one did 60 days", [365, 200, 60]),
])
def test_a_reply_with_the_missing_ones_completes_the_list(engine, question, reply, days):
    from tests.bot.conftest import ask_and_reply

    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert _call(second)["radiographer_work_days"] == days


def test_a_reply_that_does_not_add_up_is_asked_again(engine):
    from tests.bot.conftest import ask_and_reply

    # two said as a group with one figure, one unknown: one more figure does not make three — asked again, never doubled
    _, second = ask_and_reply(engine, "放射師三位，兩位 365 天，一位不確定，今年篩 15000 案會超嗎", "剩下那位 100 天")
    assert second.route == "clarify" and not second.tool_calls


# --- 9. the line asked about ("完成率夠不夠 75%", "有沒有達到 600") is no figure of the person's -------------------------

@pytest.mark.parametrize(("question", "total", "done"), [
    ("疑似陽性 120 案，完成 85 案，完成率有沒有達到 75%？", 120, 85),
    ("疑似阳性 90 例，完成追踪 70 例，完成率够不够 75%？", 90, 70),
    ("可疑個案 100 人，追蹤完成 72 人，到不到 75%？", 100, 72),
])
def test_the_line_asked_about_is_set_aside(ask, question, total, done):
    a = ask(question)
    args = _call(a)
    assert (args["suspected_positive_cases"], args["completed_cases"]) == (total, done)
    assert "completion_rate_pct" not in args
    assert any("75" in u for u in a.unused), a.unused


def test_a_completed_count_with_the_line_asked_asks_the_total(engine):
    from tests.bot.conftest import ask_and_reply

    first, second = ask_and_reply(engine, "今年追蹤完成 60 案，完成率夠不夠 75%？", "疑似陽性一共 90 案")
    assert first.route == "clarify" and not first.tool_calls
    args = _call(second)
    assert (args["suspected_positive_cases"], args["completed_cases"]) == (90, 60)


def test_six_years_with_the_line_asked(ask):
    args = _call(ask("六年積分 100、100、100、100、100、90，夠不夠 600 分？"))
    assert args["yearly_credits"] == [100, 100, 100, 100, 100, 90]


# --- 10. the whole's word modified by the part's ("追蹤完成的疑似陽性有 180 案") names the part --------------------------

@pytest.mark.parametrize(("question", "total", "done"), [
    ("追踪完成的疑似阳性有 150 例，总共 200 例，扣多少", 200, 150),
    ("完成複檢的可疑個案 60 人，總共 90 人，完成率？", 90, 60),
    ("今年追蹤完成的疑似陽性 130 案，疑似陽性總數 160 案，扣款多少？", 160, 130),
])
def test_the_whole_modified_by_the_part_is_the_part(ask, question, total, done):
    args = _call(ask(question))
    assert (args["suspected_positive_cases"], args["completed_cases"]) == (total, done)


@pytest.mark.parametrize("question", [
    "我們今年追蹤完成的疑似陽性有 180 案，這樣會被扣款嗎？",
    "今年已完成追踪的疑似阳性个案有 95 例，这样会被扣款吗？",
])
def test_the_part_alone_asks_for_the_whole(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls
    assert "疑似陽性" in a.answer and "完成追蹤個案數" not in a.answer


# --- 11. a course counted with 門 / 堂, one of an item whose count is one (was an unread number) -------------------------

@pytest.mark.parametrize(("question", "hours"), [
    ("有一門課是用時數算的，上了8小時，換算多少分？", 8),
    ("上了一門 6 小時的課，換算幾分", 6),
    ("参加了一门 4 小时的课程，能换几分", 4),
    ("I took one course counted by hours, 8 hours total. credits?", 8),
])
def test_one_course_counted_by_hours(ask, question, hours):
    args = _call(ask(question))
    assert [(x["kind"], x["hours"], x.get("count", 1)) for x in args["activities"]] == [("hours", hours, 1)]


def test_two_courses_with_one_figure_each_are_not_taken_as_one(ask):
    a = ask("上了兩門課，各 3 小時，換算幾分")
    assert a.route == "clarify" and not a.tool_calls


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("上了2堂課", 2, "場"), ("1門课", 1, "場"), ("週3門診", 3, None),
])
def test_course_classifiers_are_sessions(text, value, unit):
    from bot.parsing.numbers import find_quantities

    q = find_quantities(text)[0]
    assert (q.value, q.unit) == (value, unit)


# --- 12. "one cat 0, one cat 3": one for each call, named by the value telling the calls apart (was an unread number) ---

@pytest.mark.parametrize(("question", "date", "categories"), [
    ("2026/9/1 篩檢，一位 category 0、一位 category 4，各要在哪天前完成？", "2026-09-01", [0, 4]),
    ("screened 2026-08-03: one BI-RADS 3 and one BI-RADS 5 — deadlines?", "2026-08-03", [3, 5]),
    ("2026年7月1日篩的，一個 category 3、一個 category 0，期限各是？", "2026-07-01", [3, 0]),
    ("2026-10-20 篩了兩位需追蹤：一位 cat 3，一位 cat 4，最晚各哪天", "2026-10-20", [3, 4]),
    ("screening van on 2026-09-15: 3 women to recall, one cat 0, one cat 4, one cat 5. deadline for each?", "2026-09-15", [0, 4, 5]),
])
def test_one_of_each_category_is_one_call_each(ask, question, date, categories):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.unused, a.answer[:200])
    assert [(c.args["screening_date"], c.args["category"]) for c in a.tool_calls] == [(date, k) for k in categories]


# --- 13. a year heading the facts after one word and a colon ("2026 pubs: …") was an unread number ----------------------

@pytest.mark.parametrize(("question", "year"), [
    ("2025 activities: annual meeting once, 4 monthly meetings. credits?", 2025),
    ("2025 論文：SCI 一作一篇、非SCI 二作一篇，幾分？", 2025),
    ("2024 meetings: TSA annual once and monthly x6; total?", 2024),
    ("2026 pubs: 3rd author on an SCI paper, and corresponding author on a non-SCI one. Credits?", 2026),
    ("2025 论文：SCI 第一作者一篇，多少分", 2025),
])
def test_a_year_heading_one_word_and_a_colon(ask, question, year):
    args = _call(ask(question))
    assert {x["year"] for x in args["activities"]} == {year}


@pytest.mark.parametrize(("text", "years"), [
    ("2030 cases: x", []), ("14000 cases:", []), ("2026 pubs: 3rd author", [2026]),
])
def test_which_worded_headings_are_years(text, years):
    assert [y.year for y in find_years(text, datetime.date(2026, 11, 25))] == years


# --- 14. the rest "not seen / not received / still waiting" is a fact said missing (was graded on the items given) ------

@pytest.mark.parametrize("question", [
    "實地測試：劑量 88、壓迫 92，其他幾項報告還沒收到，評幾等？",
    "QC field test: dose 90, phantom 84 — haven't seen the other items yet. grade?",
    "假体 86、剂量 91，其余项目还在等，评等多少",
    "field test: phantom 88 and compression 90, still waiting on the rest. what grade?",
    "實測結果目前只有假體 83、劑量 90，剩下的還沒看到，這台幾等？",
])
def test_the_rest_not_yet_seen_is_asked(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls


def test_the_rest_given_in_the_reply_completes(engine):
    from tests.bot.conftest import ask_and_reply

    _, second = ask_and_reply(engine, "field test: phantom 88 and compression 90, still waiting on the rest. what grade?",
                              "dose 91, field alignment 84, reading system 90")
    assert _call(second)["scores"] == {"dose_hvl_output_aec": 91, "phantom_image": 88, "compression": 90,
                                       "field_alignment": 84, "reading_system": 90}


# --- 15. a part of a figure asked about as whether it counts, where the cited rule says it does (was an unread number) ---

@pytest.mark.parametrize(("question", "total", "done"), [
    ("疑似阳性 120 例，完成追踪 95 例，其中 20 例是在外院确诊的，这样算不算？扣多少", 120, 95),
    ("疑似陽性 100 案，完成 80 案，其中 10 案是外院切片的，也算嗎？扣多少", 100, 80),
    ("疑似陽性 150 人，追蹤完成 112 人（其中 25 人去外院複檢，算嗎？），扣幾%", 150, 112),
])
def test_a_part_the_rule_counts_is_in_its_figure(ask, question, total, done):
    args = _call(ask(question))
    assert (args["suspected_positive_cases"], args["completed_cases"]) == (total, done)


def test_a_part_the_rule_does_not_speak_of_is_asked(ask):
    # whether online monthly meetings count is not what the cited clause says: asked, never assumed in
    a = ask("本會月會 5 次，其中 2 次是線上參加的，也算嗎？積分多少")
    assert a.route == "clarify" and not a.tool_calls


# --- 16. a figure said and the whole less a part not done disagree ("完成 80 案，其中 10 案還沒完成") (was confidently wrong) -

@pytest.mark.parametrize("question", [
    "疑似陽性 100 案，完成 80 案，其中 10 案還沒完成，扣多少？",
    "疑似阳性 120 例，完成追踪 100 例，有 30 例没完成，扣多少？",
    "150 suspected positives, 120 completed, 20 not completed yet. deduction?",
])
def test_a_done_count_and_a_not_done_count_that_disagree_are_asked(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls


def test_a_done_count_and_a_not_done_count_that_agree_are_read(ask):
    args = _call(ask("疑似陽性 100 案，完成 90 案，10 案沒完成，扣多少？"))
    assert (args["suspected_positive_cases"], args["completed_cases"]) == (100, 90)
