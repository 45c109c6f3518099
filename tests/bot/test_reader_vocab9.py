"""Words that name a fact the person gave, bound to its slot (the ninth round's class: a fact asked for again, or read
into the wrong slot, because the words naming it were not the slot's). Each sub-class declared once beside the
calculators (calculators/vocab*.py) and tested with wording of its own (zh-TW, zh-CN, en), never the bank's sentence:

- an activity said not to have happened ("年會沒去", "沒參加年會", "skipped the annual congress"): no item, never one;
- a count said as attendance every time ("12 次全勤", "一次都沒缺", "all 11 of them"); with no count written, asked;
- an author's place said by exclusion in brackets ("3rd author (not first, not second)"): the place named, not the denied;
- the category of a case with a head count before the English word ("one cat 0, one cat 3", "2 BI-RADS 4 pts");
- the suspected positives named in another order or short (陽性疑似, 疑陽), with a total qualifier (一共, 總計, in total);
- the application date named by the act that dates it (送件, 遞件, 交換證申請, "hand in", "file");
- a radiographer's work days said per person ("120d each", "2 part-timers", "工作了 200 天").
"""

from __future__ import annotations

import datetime

import pytest

from tests.bot.conftest import reader_call as _read, TODAY




def _kinds(args):
    out: dict[str, int] = {}
    for it in args["activities"]:
        out[it["kind"]] = out.get(it["kind"], 0) + it.get("count", 1)
    return out


def _call(a, tool):
    return next(c for c in a.tool_calls if c.name == tool)


# --- an activity said not to have happened ---------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "kinds"), [
    ("今年月會去了 9 次，年會因為值班沒去，幾分？", {"tsa_monthly_meeting": 9}),
    ("年会今年没去，月会 10 次，国际会议 1 次，积分多少？", {"tsa_monthly_meeting": 10, "international_meeting": 1}),
    ("沒有參加今年的年會，不過月會去了 6 次，這樣多少分", {"tsa_monthly_meeting": 6}),
    ("Skipped the TSA annual meeting this year; went to 8 monthly meetings. How many credits?", {"tsa_monthly_meeting": 8}),
    ("I missed the annual congress but attended 5 monthly mtgs and 1 international meeting. credits?",
     {"tsa_monthly_meeting": 5, "international_meeting": 1}),
    ("年會跟月會今年都沒去，只去了國際會議 2 次，幾分", {"international_meeting": 2}),
    ("I didn't make it to the annual meeting, but attended 9 monthly meetings. points?", {"tsa_monthly_meeting": 9}),
])
def test_tsa_activity_not_attended_is_no_item(engine, question, kinds):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert _kinds(_call(a, "tsa_credit_tally").args) == kinds
    assert any("not counted" in n or "不計入" in n for n in a.assumptions + [a.answer]), a.answer


@pytest.mark.parametrize("question", [
    "換證：國外會議今年沒去，國內 oral 2 次，教育積分 150，夠嗎？",
    "renewal: didn't attend any international meeting; 3 SCI full articles as first author, radiology CME 100. enough?",
])
def test_tsir_activity_not_attended_is_no_item(question):
    ext = _read(question, "tsir_renewal_check")
    assert "international_meeting_attendance" not in _kinds(ext.args)
    assert ext.args["cme_points"] in (100, 150)


# --- a count said as attendance every time ---------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "monthly"), [
    ("月会一次都没缺，12 次，年会没参加，几分", 12),
    ("每個月的月會我都有到，11 次全勤，今年幾分？", 11),
    ("Went to every monthly meeting this year — all 11 of them — plus the annual congress. credits?", 11),
    ("月會每場都有出席，共 10 次，積分多少", 10),
    ("monthly meetings: perfect attendance, 12. how many points this year?", 12),
])
def test_tsa_attendance_every_time_takes_its_count(question, monthly):
    ext = _read(question, "tsa_credit_tally")
    assert _kinds(ext.args).get("tsa_monthly_meeting") == monthly
    assert _kinds(ext.args).get("tsa_annual_meeting", 1) == 1  # never the monthly count


@pytest.mark.parametrize("question", [
    "每個月的月會我都有到，年會也有去，今年大概幾分",
    "我月会每次都有去，积分多少？",
    "I went to every monthly meeting this year. How many credits?",
    "我今年月會全勤，這樣我有幾分？",
    "I never missed a monthly meeting this year. How many credits do I have?",
])
def test_tsa_attendance_every_time_without_count_is_asked(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "clarify", a.answer
    assert a.missing, a.answer  # the count is asked, never taken to be 1


# --- an author's place said by exclusion -------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "role"), [
    ("This year I'm 4th author (not first, not corresponding) on one SCI paper. credits?", "other"),
    ("3 SCI papers this year, middle author on all (not 1st, 2nd or corresponding). points?", "other"),
    ("今年 SCI 論文一篇，我是第三作者（不是一作，也不是二作），幾分？", "other"),
    ("今年非SCI论文一篇，我是第二作者（不是第一作者），积分多少？", "second"),
    ("One non-SCI paper this year where I was 2nd author (not the first or corresponding). credits?", "second"),
])
def test_tsa_author_place_with_denied_places_in_brackets(question, role):
    ext = _read(question, "tsa_credit_tally")
    roles = {it.get("role") for it in ext.args["activities"] if it["kind"].startswith("paper")}
    assert roles == {role}


# --- the category of a case, with a head count before the English word ------------------------------------------------

@pytest.mark.parametrize(("question", "categories"), [
    ("two ladies: one cat 4 screened 2026-11-02, one cat 0 screened the same day. deadlines?", [4, 0]),
    ("1 BI-RADS 3 patient screened on 2026-10-15 — recall deadline?", [3]),
    ("2 category 5 cases screened 2026-11-10, when must diagnosis be confirmed?", [5]),
    ("one cat 0, screened Nov 3 2026, by when is the recall exam due?", [0]),
    ("3 BI-RADS 0 women screened 2026-09-30, deadline for the recall?", [0]),
])
def test_deadline_category_not_the_head_count(question, categories):
    ext = _read(question, "hpa_followup_deadline")
    got = [ext.args["category"]] + [c["category"] for c in ext.extra_calls]
    assert got == categories
    assert not ext.invalid


# --- the suspected positives named another way, with a total qualifier ------------------------------------------------

@pytest.mark.parametrize(("question", "suspected", "completed"), [
    ("陽性疑似的個案總共 300 例，完成追蹤 231 例，扣款比例？", 300, 231),
    ("疑陽個案合計 180 人，已追蹤完成 120 人，會扣多少%？", 180, 120),
    ("阳性疑似个案总计 400 例，已完成 300 例，扣款比例？", 400, 300),
    ("今年疑陽一共 96 案，追完 70 案，扣款嗎？", 96, 70),
    ("We had 220 suspected positive cases all together; 170 of them completed. deduction?", 220, 170),
])
def test_deduction_suspected_positives_named_any_way(question, suspected, completed):
    ext = _read(question, "hpa_followup_deduction")
    assert ext.args["suspected_positive_cases"] == suspected
    assert ext.args["completed_cases"] == completed
    assert not ext.needs


# --- the application date named by the act that dates it --------------------------------------------------------------

@pytest.mark.parametrize(("question", "birth", "applied"), [
    ("我1966年3月1日出生，預計2026年12月20日送件，可以申請終身指導老師嗎？", "1966-03-01", "2026-12-20"),
    ("我民國55年2月3日生，打算116/3/1遞件換證，能直接申請終身嗎？", "1966-02-03", "2027-03-01"),
    ("我1965年5月5日出生，2026年12月10日交换证申请，终身指导老师可以吗？", "1965-05-05", "2026-12-10"),
    ("Born 1966-02-03; I'll hand in the renewal papers on 2026-12-15. lifetime instructor cert possible?", "1966-02-03", "2026-12-15"),
    ("DOB 1965-08-08, planning to file on 2027-01-05 — can I get the lifetime instructor certificate?", "1965-08-08", "2027-01-05"),
])
def test_tsir_application_date_named_by_its_act(question, birth, applied):
    ext = _read(question, "tsir_renewal_check")
    assert ext.args["birth_date"] == birth
    assert ext.args["application_date"] == applied
    assert "application_date" not in [n.key for n in ext.needs]


# --- a radiographer's work days said per person -----------------------------------------------------------------------

@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("2 part-time techs, 150 days each, plus 1 full-timer 365 days; 8000 screenings this year. over?", [150, 150, 365], 8000),
    ("兩位兼職放射師各 100 天、一位全職 365 天，今年篩檢 7000 案，超量嗎", [100, 100, 365], 7000),
    ("1 RT all year (365d) + 3 part-timers 90d each, 12000 screenings — over the reasonable volume?", [365, 90, 90, 90], 12000),
    ("診所只有一位放射師，今年上班 250 天，篩檢 5000 案，會超量嗎", [250], 5000),
    ("我们医院就一个合格放射师，今年工作了180天，筛查做了3500例，超了没有？", [180], 3500),
    ("Annual: 3 rads with 365, 365, 200 days; 15,000 exams. over the reasonable volume?", [365, 365, 200], 15000),
])
def test_facility_work_days_per_person(question, days, screenings):
    ext = _read(question, "hpa_facility_volume")
    assert sorted(ext.args["radiographer_work_days"]) == sorted(days)
    assert ext.args["annual_screenings"] == screenings
    assert not ext.needs


# --- another surgical society's meeting, a particle between its words ------------------------------------------------

@pytest.mark.parametrize("question", [
    "月會去 3 次，另外去了一個外科相關的醫學會年會，能算多少？",
    "今年參加其他外科的醫學會 1 次、月會 2 次，幾分",
    "去了一场外科相关的医学会年会（不是次专科的），积分多少？",
    "外科有關的醫學會年會去了兩次，月會 1 次，總共幾分",
    "參加了 1 次外科相關的醫學會（非本會年會），月會 4 次，幾分？",
])
def test_other_surgical_society_meeting_is_not_the_tsa_annual(question):
    ext = _read(question, "tsa_credit_tally")
    kinds = _kinds(ext.args)
    assert "other_surgical_society_meeting" in kinds
    assert "tsa_annual_meeting" not in kinds


# --- the meetings named after a count say where the items before were (no more items) -------------------------------

@pytest.mark.parametrize(("question", "lectures", "cme"), [
    ("國外演講 2 次，分別是 CIRSE 和 RSNA，教育積分 150，換證夠嗎", {"international": 2}, 150),
    ("invited talks abroad x2, namely at CIRSE and SIR; radiology CME 120 — renewal ok?", {"international": 2}, 120),
    ("國外會議擔任座長兩次，就是 JSIR 跟 CIRSE，國內演講 1 次，教育積分 110，換證？", {"international": 2, "domestic": 1}, 110),
    ("国外讲者 2 次，是 RSNA 和 SIR，放射线教育积分 130，换证够吗", {"international": 2}, 130),
    ("Lectured abroad twice, i.e. RSNA and CIRSE, plus 1 domestic moderator; radiology CME 100. enough to renew?",
     {"international": 2, "domestic": 1}, 100),
])
def test_tsir_meetings_named_after_a_count_are_no_attendance(question, lectures, cme):
    ext = _read(question, "tsir_renewal_check")
    kinds = _kinds(ext.args)
    assert "international_meeting_attendance" not in kinds
    got: dict[str, int] = {}
    for it in ext.args["activities"]:
        got[it["scope"]] = got.get(it["scope"], 0) + it["count"]
    assert got == lectures
    assert ext.args["cme_points"] == cme


# --- article 5's kinds of paper beside a renewal: the instructor's points, not the surgical tally --------------------

@pytest.mark.parametrize("question", [
    "renewal pts check: SCI full article first author x2, non-SCI case report other-author x1",
    "renewal: 3 non-SCI full articles as corresponding author and 1 SCI case report (other author). how many points?",
    "Renew check — SCI full articles x4 as other author, non-SCI case report first author x2. total?",
    "renewal points: one SCI full paper (first author), two non-SCI full papers as co-author?",
    "for renewal: SCI full article ×1 (corresponding), non-SCI case report ×3 (first author). points?",
])
def test_renewal_with_article_kinds_is_the_instructor_renewal(question):
    from bot.parsing.text import Query
    from bot.reader import read_all

    found = {e.tool: e for e in read_all(Query(question, today=datetime.date(2026, 11, 25)))}
    assert "tsir_renewal_check" in found
    best = max(found.values(), key=lambda e: e.score)
    assert best.tool == "tsir_renewal_check"


# --- a month's count of screenings, "會不會被抽片": the radiographer's volume, never an image score --------------------

@pytest.mark.parametrize(("question", "monthly"), [
    ("阿傑那個月總共拍了 545 張單，會不會被抽片？", 545),
    ("小美那個月做了 560 案，會被抽片審查嗎", 560),
    ("她那个月拍了 552 例，会不会被抽片？", 552),
    ("那個月放射師操作了 530 案，會被抽片嗎？", 530),
    ("其中一位那個月拍了 505 案，這樣會不會被抽片", 505),
])
def test_month_count_with_spot_review_is_radiographer_volume(question, monthly):
    from bot.parsing.text import Query
    from bot.reader import read_all

    found = {e.tool: e for e in read_all(Query(question, today=datetime.date(2026, 11, 25)))}
    assert "hpa_image_grade" not in found
    assert found["hpa_radiographer_volume"].args["monthly_screenings"] == monthly


# --- the facility's screenings named with their kind or as a volume; the radiographers' head count is no screening -----

@pytest.mark.parametrize(("question", "screenings"), [
    ("Annual check: 3 qualified RTs, work days 365, 365 and 180. We did 16,500 mammo screenings. Over?", 16500),
    ("Our hospital's mammo screening volume this year is 14,000 — 2 radiographers, 365 days each. over the reasonable volume?", 14000),
    ("2 registered techs, 300 days each; screening volume last year was 9,800. excess?", 9800),
    ("4 full-time radiographers all year, 25,000 mammography screenings this year — any unpaid?", 25000),
    ("Work days 365 and 240 for our 2 RTs; mammo volume for the year came to 11,200. over the limit?", 11200),
])
def test_facility_screenings_named_with_their_kind(question, screenings):
    ext = _read(question, "hpa_facility_volume")
    assert ext.args["annual_screenings"] == screenings


def test_a_past_meetings_days_all_attended_are_no_count():
    """"年會三天都有去" is the meeting's length, never "attended every time": a rules question stays one."""
    ext = _read("去年外科年會三天都有去，這樣一次可以認幾個積分？", "tsa_credit_tally")
    assert ext.facts == 0
    assert not ext.needs
