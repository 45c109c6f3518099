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
