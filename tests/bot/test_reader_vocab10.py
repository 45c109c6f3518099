"""Words that name a fact the person gave, bound to its slot (the tenth round's class: a fact stated but asked for again,
or a number said to be unread, because the words naming it were not the slot's). Each sub-class declared once beside the
calculators (calculators/vocab*.py) or in the item reader, and tested with wording of its own (zh-TW, zh-CN, en), never
the bank's sentence:

- the corresponding author said short (通訊 3 篇, 通信作者, 责任作者, corr. author) in both regulations;
- a radiographer's work days said as working / duty days (工作日, 上班日, 出勤天數, workdays, days on duty);
- a lecture or moderation named with the sessions it was for, its count after them ("moderated … sessions 3 times");
- the patients counted before a category word ("one cat 0", "2 BI-RADS 4 pts", "兩位 category 0"): who, not a figure.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import TODAY
from tests.bot.conftest import reader_call as _read


def _call(a, tool):
    return next(c for c in a.tool_calls if c.name == tool)


# --- the corresponding author said short -------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "roles"), [
    ("換證：non-SCI full article 通訊 2 篇、SCI case report 一作 1 篇，教育積分 100，夠嗎", {"corresponding", "first"}),
    ("换证：SCI full article 责任作者 1 篇，non-SCI case report 通讯 2 篇，放射线教育积分 90，算一下", {"corresponding"}),
    ("renewal: 2 SCI full articles as corr. author, radiology CME 120. enough?", {"corresponding"}),
    ("換證積分：SCI 全文我是通信作者 3 篇，教育積分 80", {"corresponding"}),
    ("renewal points — non-SCI case report x2 (corresp author), SCI full paper x1 first author; CME 100", {"corresponding", "first"}),
])
def test_tsir_renewal_corresponding_author_said_short(question, roles):
    ext = _read(question, "tsir_renewal_check")
    got = {it.get("role") for it in ext.args["activities"] if "article" in it["kind"] or "report" in it["kind"]}
    assert got == roles
    assert "role" not in [n.key for n in ext.needs]


@pytest.mark.parametrize(("question", "role"), [
    ("今年 SCI 論文 1 篇，我是責任作者，幾分？", "corresponding"),
    ("今年发了一篇非SCI论文，我是通讯，积分多少", "corresponding"),
    ("one SCI paper this year as corr. author — credits?", "corresponding"),
])
def test_tsa_corresponding_author_said_short(question, role):
    ext = _read(question, "tsa_credit_tally")
    assert [it.get("role") for it in ext.args["activities"] if it["kind"].startswith("paper")] == [role]


def test_a_mailing_address_is_no_author_role():
    ext = _read("今年 SCI 論文 1 篇，我是第二作者，通訊地址要寫醫院嗎？幾分", "tsa_credit_tally")
    assert [it.get("role") for it in ext.args["activities"]] == ["second"]


# --- work days said as working / duty days -----------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("放射師兩位，工作日 300、250（含例假日），今年篩檢 9000 案，有超過合理量嗎", [300, 250], 9000),
    ("三位放射師上班日分別是 365、200、120 天，年篩檢 11000 件，會不會不給付", [365, 200, 120], 11000),
    ("我们两个放射师出勤天数 365 和 180，今年筛检 8000 例，超量了吗", [365, 180], 8000),
    ("2 radiographers, workdays 365 and 150; 7,500 screenings this year. over the reasonable volume?", [365, 150], 7500),
    ("RT days on duty: 320, 280. Annual mammo screenings 9,000 — excess?", [320, 280], 9000),
])
def test_facility_work_days_said_as_working_days(question, days, screenings):
    ext = _read(question, "hpa_facility_volume")
    assert ext.args["radiographer_work_days"] == days
    assert ext.args["annual_screenings"] == screenings
    assert not ext.needs


def test_a_working_day_of_a_daily_count_is_no_work_days_list():
    """"一個工作日做 120 案" is the day a van's count is for, never a radiographer's work days."""
    from bot.parsing.text import Query
    from bot.reader import read_all

    found = {e.tool: e for e in read_all(Query("乳攝車一個工作日 3 位放射師做了 130 案，有超過嗎？", today=TODAY))}
    assert "radiographer_work_days" not in (found.get("hpa_facility_volume").args if "hpa_facility_volume" in found else {})


# --- a lecture or moderation named with the sessions it was for -------------------------------------------------------

@pytest.mark.parametrize(("question", "lectures"), [
    ("I moderated tumor embolization sessions 3 times at TSIR meetings; TACE 120 cases in 6 yrs, specialist 4 yrs. instructor?", 3),
    ("Invited as moderator for the ablation symposium 4 times, RFA 90 cases last 6 years, 3 yrs specialist — can I be an ablation instructor?", 4),
    ("chaired vascular intervention panels 3 times; PTA 50 in 6 years, specialist 6 yrs. vascular intervention instructor eligible?", 3),
    ("lectured at biopsy and drainage workshops 3 times, 80 drainages in 6 yrs, board-certified 5 years. instructor for that domain?", 3),
    ("invited to be a lecturer at embolization courses 5 times; TACE 100 cases, specialist 7 yrs. tumor embolization instructor?", 5),
])
def test_tsir_lectures_named_with_their_sessions(question, lectures):
    ext = _read(question, "tsir_instructor_eligibility")
    assert ext.args["lectures_in_domain"] == lectures


def test_a_count_before_the_sessions_is_still_the_lectures():
    ext = _read("chaired 3 ablation sessions at TSIR meetings, RFA 60 cases in 6 yrs, specialist 4 yrs, ablation instructor?",
                "tsir_instructor_eligibility")
    assert ext.args["lectures_in_domain"] == 3
    assert ext.args["cases_last_6_years"] == 60


def test_moderated_sessions_engine(engine):
    a = engine.answer("Only 45 PTAs in six years, but I moderated vascular intervention sessions 3 times at TSIR meetings. "
                      "Specialist 5 yrs. vascular intervention instructor?", today=TODAY)
    assert a.route == "calculator", a.answer
    assert _call(a, "tsir_instructor_eligibility").args["lectures_in_domain"] == 3


# --- the patients counted before a category word ----------------------------------------------------------------------

@pytest.mark.parametrize(("question", "categories"), [
    ("two women: one cat 4 screened 2026-11-10, one cat 3 screened the same day. deadlines?", [4, 3]),
    ("one BI-RADS 0 patient screened Oct 20 2026 — recall due by?", [0]),
    ("2 category 5 ladies screened 2026-11-01, when must diagnosis be done?", [5]),
    ("兩位 category 0 的個案，2026/11/5 篩檢，複檢期限是哪天？", [0]),
    ("一位 BI-RADS 4 的个案 2026年11月2日筛检，确诊期限？", [4]),
])
def test_deadline_head_count_before_category_is_no_unread_figure(engine, question, categories):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert [c.args["category"] for c in a.tool_calls if c.name == "hpa_followup_deadline"] == categories
    assert not any("not read" in u or "未讀取" in u for u in a.unused), a.unused


# --- the suspected positives named right after their count, a label ahead of it ----------------------------------------

@pytest.mark.parametrize(("question", "suspected", "completed"), [
    ("follow-up rate: 300 suspected positives, 210 completed. deduction %?", 300, 210),
    ("completion check — 180 suspected positive cases, 140 done. do we get deducted?", 180, 140),
    ("追蹤完成率：疑似陽性 260 例，完成 200 例，扣幾 %？", 260, 200),
    ("追踪完成率的问题：疑似阳性 150 例，已完成 100 例，扣多少", 150, 100),
    ("F/U completion: 420 abnormal screens, 330 of them completed. penalty?", 420, 330),
])
def test_deduction_count_named_by_the_noun_after_it(question, suspected, completed):
    ext = _read(question, "hpa_followup_deduction")
    assert ext.args.get("suspected_positive_cases") == suspected
    assert ext.args.get("completed_cases") == completed
    assert "completion_rate_pct" not in ext.args


# --- a kind named in a bracket saying what it is not ------------------------------------------------------------------

@pytest.mark.parametrize(("question", "kinds"), [
    ("月會 2 次，另外參加一個外科相關醫學會的年會（不是專科醫學會年會），幾分？",
     {"tsa_monthly_meeting": 2, "other_surgical_society_meeting": 1}),
    ("去了一場其他外科相關醫學會（並非本會年會），月會 4 次，積分多少", {"other_surgical_society_meeting": 1, "tsa_monthly_meeting": 4}),
    ("月会 3 次，还有一个外科相关的医学会年会（不是第三款的专科医学会），几分", {"tsa_monthly_meeting": 3, "other_surgical_society_meeting": 1}),
    ("Attended another surgical society's meeting (not the TSA annual meeting) and 5 monthly meetings. credits?",
     {"other_surgical_society_meeting": 1, "tsa_monthly_meeting": 5}),
    ("annual mtg x1, plus 1 surgery-related society meeting (not a specialty society annual meeting). points?",
     {"tsa_annual_meeting": 1, "other_surgical_society_meeting": 1}),
])
def test_tsa_kind_in_a_not_bracket_is_no_item(question, kinds):
    ext = _read(question, "tsa_credit_tally")
    got: dict[str, int] = {}
    for it in ext.args["activities"]:
        got[it["kind"]] = got.get(it["kind"], 0) + it.get("count", 1)
    assert got == kinds
    assert "days" not in [n.key for n in ext.needs]


def test_non_sci_in_brackets_is_still_a_kind_of_paper():
    ext = _read("今年一篇論文（非SCI），我是第一作者，幾分？", "tsa_credit_tally")
    assert [it["kind"] for it in ext.args["activities"]] == ["paper_non_sci"]


# --- a count before a colon, in words naming no kind, heads the kinds after it ----------------------------------------

@pytest.mark.parametrize(("question", "items"), [
    ("兩篇論文：非SCI 病例報告我是第一作者，SCI 原著我是第二作者，幾分？",
     [("paper_non_sci", "first"), ("paper_sci", "second")]),
    ("今年两篇文章：SCI 原著我是通讯作者，非SCI 我是三作，积分多少", [("paper_sci", "corresponding"), ("paper_non_sci", "other")]),
    ("three pubs this year: SCI original as first author, non-SCI case report as 2nd author, SCI review as co-author. credits?",
     [("paper_sci", "first"), ("paper_non_sci", "second"), ("paper_sci", "other")]),
    ("2 papers: SCI original, corresponding author; non-SCI full paper, middle author. points?",
     [("paper_sci", "corresponding"), ("paper_non_sci", "other")]),
    ("今年論文兩篇：SCI 全文一作、非 SCI 原著我是二作，總共幾分", [("paper_sci", "first"), ("paper_non_sci", "second")]),
])
def test_tsa_head_count_before_colon_lists_the_kinds_after_it(engine, question, items):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    got = [(it["kind"], it.get("role")) for it in _call(a, "tsa_credit_tally").args["activities"]]
    assert got == items
    assert all(it.get("count", 1) == 1 for it in _call(a, "tsa_credit_tally").args["activities"])


def test_a_count_naming_its_kind_before_a_colon_is_its_count():
    """"SCI 論文 2 篇：一篇一作、一篇二作": the kind is named before the colon — its count is read as before."""
    ext = _read("SCI 論文 2 篇：一篇一作、一篇二作，幾分", "tsa_credit_tally")
    assert sum(it.get("count", 1) for it in ext.args["activities"]) == 2


# --- a kind's word named again inside its own mention is no other kind ------------------------------------------------

@pytest.mark.parametrize(("question", "kinds"), [
    ("國際會議 2 次（一次是在台北辦的國際研討會、一次在東京），幾分", {"international_meeting": 2}),
    ("国际会议 2 次（一个是台北办的国际研讨会，一个在首尔），积分多少", {"international_meeting": 2}),
    ("月會 3 次、國外醫學會 1 次（日本外科醫學會年會），幾分", {"tsa_monthly_meeting": 3, "international_meeting": 1}),
    ("國際會議1次（在台北舉辦的國際性研討會），外科年會1次，幾分", {"international_meeting": 1, "tsa_annual_meeting": 1}),
    ("2 international meetings (one an international symposium held in Taipei, one in Seoul). credits?", {"international_meeting": 2}),
])
def test_tsa_kind_named_again_in_its_own_bracket(question, kinds):
    ext = _read(question, "tsa_credit_tally")
    got: dict[str, int] = {}
    for it in ext.args["activities"]:
        got[it["kind"]] = got.get(it["kind"], 0) + it.get("count", 1)
    assert got == kinds


# --- a foreign country's society meeting named by its country: a meeting abroad, never the TSA's annual meeting -------

@pytest.mark.parametrize(("question", "kinds"), [
    ("今年去了日本外科醫學會年會 1 次，月會 2 次，幾分", {"international_meeting": 1, "tsa_monthly_meeting": 2}),
    ("參加韓國的內視鏡研討會一次，還有本會年會一次，積分多少", {"international_meeting": 1, "tsa_annual_meeting": 1}),
    ("去了一趟美国外科学会年会，月会 3 次，积分几分", {"international_meeting": 1, "tsa_monthly_meeting": 3}),
    ("歐洲大腸直腸學會 1 次、外科年會 1 次，總共幾分？", {"international_meeting": 1, "tsa_annual_meeting": 1}),
    ("亞太肝膽胰大會去了兩次，幾分", {"international_meeting": 2}),
])
def test_tsa_foreign_society_meeting_is_international(question, kinds):
    ext = _read(question, "tsa_credit_tally")
    got: dict[str, int] = {}
    for it in ext.args["activities"]:
        got[it["kind"]] = got.get(it["kind"], 0) + it.get("count", 1)
    assert got == kinds


def test_a_taiwanese_university_named_china_is_not_abroad():
    ext = _read("在中國醫藥大學的研討會聽了 1 場 2 小時，幾分", "tsa_credit_tally")
    assert [it["kind"] for it in ext.args["activities"]] == ["domestic_seminar"]



# --- the meeting a presentation was given at, named with a determiner or the verb of putting a poster up ---------------

@pytest.mark.parametrize(("question", "count"), [
    ("At this year's annual meeting I presented 3 posters, first author on all. presentation credits?", 3),
    ("I gave 2 orals at last year's TSA congress as first author — how many credits for the talks?", 2),
    ("At our monthly meeting I gave 2 oral presentations as first author; how many credits?", 2),
    ("今年年會貼了 3 張壁報，我都是一作，幾分", 3),
    ("年会贴了 2 张 poster，都是我一作，积分多少", 2),
])
def test_tsa_presentation_venue_is_no_meeting_count(question, count):
    ext = _read(question, "tsa_credit_tally")
    got = {it["kind"]: it.get("count", 1) for it in ext.args["activities"]}
    assert got.get("presentation") == count
    assert "tsa_annual_meeting" not in got or got["tsa_annual_meeting"] == 1
    assert "tsa_monthly_meeting" not in got


def test_attended_and_posters_put_up_there_are_both_read():
    ext = _read("去年有去外科年會，在那邊貼了 2 張 poster 都是我一作，幾分", "tsa_credit_tally")
    got = {it["kind"]: it.get("count", 1) for it in ext.args["activities"]}
    assert got == {"tsa_annual_meeting": 1, "presentation": 2}


@pytest.mark.parametrize("question", [
    "At this year's annual meeting I presented 2 posters as first author. Plus the attendance itself. credits?",
    "I gave one oral at last year's TSA congress (first author); attendance counts too. total?",
    "今年在年會發表 2 篇壁報，一作，加上出席，總共幾分",
    "在今年的年会发表了 1 篇口头报告，我是一作，出席也要算，几分",
    "At this year's TSA annual meeting: 1 oral, first author, and the attendance as well. Total credits?",
])
def test_tsa_attendance_said_beside_a_presentation_is_an_item(question):
    ext = _read(question, "tsa_credit_tally")
    got = {it["kind"]: it.get("count", 1) for it in ext.args["activities"]}
    assert got.get("tsa_annual_meeting") == 1
    assert got.get("presentation") in (1, 2)


# --- a count heading a colon, gone through one by one after it, the kind named again in one of them ---------------------

@pytest.mark.parametrize(("question", "count"), [
    ("今年國際會議去了兩場：一場是在台北辦的國際研討會、一場在首爾，幾分", 2),
    ("国际会议今年 2 次：一次是台北办的国际研讨会，一次在东京，积分多少", 2),
    ("2 international meetings this year: one an international symposium in Taipei, one in Tokyo. credits?", 2),
    ("國際會議 3 次：一次在台北辦的國際會議、一次在日本、一次在美國，這樣幾分", 3),
    ("international conferences x2: one international congress held in Kaohsiung, one in Bangkok. points?", 2),
])
def test_tsa_colon_run_naming_the_kind_again_is_one_of_the_count(question, count):
    ext = _read(question, "tsa_credit_tally")
    assert sum(it.get("count", 1) for it in ext.args["activities"] if it["kind"] == "international_meeting") == count
    assert {it["kind"] for it in ext.args["activities"]} == {"international_meeting"}


# --- a talk series attended (講座) is a seminar ------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "seminars"), [
    ("今年聽了 3 場院外講座，每場 1 小時，幾分", [(3, 1)]),
    ("去了一個 4 小時的學術講座，月會 2 次，積分多少", [(1, 4)]),
    ("听了两场讲座，各 3 小时，几分", [(2, 3)]),
    ("今年月會 2 次、講座 1 場（2.5 小時），幾分", [(1, 2.5)]),
    ("還去聽了一場 2 小時的醫學講座，加上年會一次，幾分", [(1, 2)]),
])
def test_tsa_lecture_series_attended_is_a_seminar(question, seminars):
    ext = _read(question, "tsa_credit_tally")
    got = [(it.get("count", 1), it["hours"]) for it in ext.args["activities"] if it["kind"] == "domestic_seminar"]
    assert got == seminars
    assert not ext.needs


def test_a_chair_professor_is_no_seminar():
    ext = _read("我是講座教授，今年月會 3 次，幾分", "tsa_credit_tally")
    assert [it["kind"] for it in ext.args["activities"]] == ["tsa_monthly_meeting"]


# --- the radiographers said qualified before the word, each with the same days -----------------------------------------

@pytest.mark.parametrize(("question", "days"), [
    ("2 名通過資格審查的放射師，各 200 天，篩檢 6000 案，超量嗎", [200, 200]),
    ("3 個合格放射師各 300 天，今年篩檢 16000 案，會不會不給付", [300, 300, 300]),
    ("2 个合格放射师，各 250 天，筛检 8000 例，超量吗", [250, 250]),
    ("3 位符合資格的放射師全年都有上班，篩檢 17000 案，超量嗎", [365, 365, 365]),
    ("本院有 2 位具資格的放射師，各 180 天，篩檢 5000 案，合理量多少", [180, 180]),
])
def test_facility_qualified_radiographers_each_with_days(question, days):
    ext = _read(question, "hpa_facility_volume")
    assert ext.args["radiographer_work_days"] == days
    assert not ext.needs


@pytest.mark.parametrize(("question", "counts"), [
    ("This year: 3 orals and 1 poster, all as first author. presentation credits?", [3, 1]),
    ("今年：口頭報告 2 篇、壁報 1 篇，都是一作，幾分", [2, 1]),
])
def test_a_heading_colon_with_no_count_leaves_each_item_its_own(question, counts):
    ext = _read(question, "tsa_credit_tally")
    assert [it.get("count", 1) for it in ext.args["activities"] if it["kind"] == "presentation"] == counts
