"""Round 35 reader classes, each with wordings of our own: a van's count for one day said as its busiest / peak day
("busiest day was 75", "peak day 130", "最忙那天拍了 90") is the day's count, not a month's."""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 12, 4)


def _calls(answer, name):
    """Every call of the tool `name`, the answer's own or its parts'."""
    out = [c for c in answer.tool_calls if c.name == name]
    for p in answer.parts or []:
        out += [c for c in p.tool_calls if c.name == name and c not in out]
    return out


# ----------------------------------------------------- 1. a van's one day said as its busiest / peak day

@pytest.mark.parametrize(("question", "day", "staff", "over"), [
    ("mammo van, 3 RTs aboard, peak day was 130 screenings — over the daily cap?", 130, 3, True),
    ("Van had 2 radiographers; heaviest day hit 85 mammograms. any cap issue?", 85, 2, True),
    ("乳攝車上2位放射師，最忙那天拍了90案，有超過嗎", 90, 2, True),
    ("乳攝车上2位放射师，最忙的一天拍了75例，有没有超", 75, 2, False),
    ("Our van runs 2 techs and the biggest day this year was 78 exams. Over the limit?", 78, 2, False),
])
def test_a_van_busiest_day_is_the_day_count(engine, question, day, staff, over):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300], a.missing)
    (call,) = _calls(a, "hpa_radiographer_volume")
    assert call.args["daily_screenings_on_van"] == day and call.args["radiographers_on_van"] == staff
    assert call.result["over_van_daily_cap"] is over


# ----------------------------------------------------- 2. the author place said once, heading the papers listed after it;
# each place denied on its own ("non-first/non-corresponding", "非一作非通訊") is another author

def _roles(call):
    return {(it["kind"], it.get("role")): it["count"] for it in call.args["activities"] if "role" in it}


@pytest.mark.parametrize(("question", "roles", "points"), [
    ("renewal: I'm a co-author on 2 SCI full articles and 1 SCI case report, and have 100 radiology CME points. do I make 200?",
     {("sci_full_article", "other"): 2, ("sci_case_report", "other"): 1}, 138),
    ("renewal: as co-author I have 3 SCI full articles and 2 SCI case reports; 70 radiology CME points. enough?",
     {("sci_full_article", "other"): 3, ("sci_case_report", "other"): 2}, 131),
    ("換證：我是共同作者的 SCI 原著 3 篇、SCI case report 2 篇，放射積分 70，夠嗎",
     {("sci_full_article", "other"): 3, ("sci_case_report", "other"): 2}, 131),
    ("换证：我都挂共同作者：SCI 原著 2 篇、SCI case report 1 篇，放射积分 90，够吗",
     {("sci_full_article", "other"): 2, ("sci_case_report", "other"): 1}, 128),
    ("renewal: I'm first author on 2 SCI full articles and 1 SCI case report, and have 70 radiology CME points. do I make 200?",
     {("sci_full_article", "first"): 2, ("sci_case_report", "first"): 1}, 170),
    # (a place said of each list part is that part's: never spread over the others)
    ("renewal: I'm first author on 2 SCI full articles and co-author on 1 SCI case report; 70 radiology CME points. enough?",
     {("sci_full_article", "first"): 2, ("sci_case_report", "other"): 1}, 158),
    ("換證：SCI 原著 3 篇，我非一作非通訊，國內 oral 2 篇，放射專科積分 60，夠 200 嗎", {("sci_full_article", "other"): 3}, 135),
    ("换证：SCI 论文 2 篇，都不是一作也不是通讯，国内讲师 1 次，专科积分 80，够吗", {("sci_full_article", "other"): 2}, 130),
    ("renewal: I'm a non-first/non-corresponding author on 3 SCI full articles, and have 70 radiology CME points. do I make 200?",
     {("sci_full_article", "other"): 3}, 115),
])
def test_an_author_place_said_once_heads_the_papers_after_it(engine, question, roles, points):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300], a.missing)
    (call,) = _calls(a, "tsir_renewal_check")
    assert _roles(call) == roles
    assert call.result["points"] == points


def test_papers_with_no_place_said_are_still_asked(engine):
    a = engine.answer("renewal: 3 SCI full articles and 2 SCI case reports, 70 radiology CME points. enough for 200?", None, today=TODAY)
    assert a.route == "clarify" and not a.tool_calls


# ----------------------------------------------------- 3. one paper each, the second pointed at as "the other"
# ("first author on one, corresponding on the other"): a count of one each, never the whole said again

@pytest.mark.parametrize(("question", "domain", "sci"), [
    ("2 SCI papers: first author on one, corresponding author on the other. 40 stent cases, 6 yrs specialist. "
     "can I apply for nonvascular stenting instructor?", "nonvascular_stenting", 2),  # (before: 3)
    ("ablation instructor: 2 SCI papers on RFA, corresponding on one and first author on the other; 60 RFA cases, "
     "5 years as specialist. eligible?", "ablation", 2),
    ("非血管支架指導老師：SCI 兩篇，一篇一作、另一篇通訊，支架 40 例，專科 6 年，可以嗎", "nonvascular_stenting", 2),
    ("消融指导老师：SCI 两篇，一篇是通讯作者，另一篇是第一作者，RFA 60 例，专科 5 年，能申请吗", "ablation", 2),
])
def test_one_paper_each_the_other_pointed_at(engine, question, domain, sci):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300], a.missing)
    (call,) = a.tool_calls  # (no surgical tally beside it)
    assert call.name == "tsir_instructor_eligibility"
    assert call.args["domain"] == domain and call.args["sci_first_or_corresponding"] == sci
    assert call.result["eligible"] is True and call.result["path"] == "sci"


def test_the_other_in_the_renewal_is_one_paper_of_its_own_place(engine):
    a = engine.answer("TSIR renewal: 2 SCI full articles, first author on one and co-author on the other; radiology CME 80. "
                      "enough for 200?", None, today=TODAY)
    (call,) = _calls(a, "tsir_renewal_check")
    assert sorted((it["role"], it["count"]) for it in call.args["activities"]) == [("first", 1), ("other", 1)]


@pytest.mark.parametrize("question", [
    "TACE instructor? 3 SCI papers — first author on one, second author on the other two. 100 TACE cases, 9 yrs specialist",
    "On one hand I have 2 SCI papers as first author, on the other hand only 50 TACE cases, 9 years specialist. "
    "tumor embolization instructor?",
])
def test_the_other_with_a_count_or_as_an_idiom_is_no_count_of_one(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert not any(c.args.get("sci_first_or_corresponding") == 3 for c in _calls(a, "tsir_instructor_eligibility"))


# ----------------------------------------------------- 4. the surgical certificate by its short name (外專) with its
# expiry and a "still in time?" / late-filing ask is the renewal window, alone or as a part of several asks

@pytest.mark.parametrize(("question", "expiry", "late"), [
    ("我外專116/3/31到期，還來得及送嗎", "2027-03-31", "2028-03-31"),
    ("我外专是115/9/30到期的，补件期限到哪天", "2026-09-30", "2027-09-30"),
    ("my surgery board expires 2027/3/31 — when's the last day to file, and is there a late period?", "2027-03-31", "2028-03-31"),
    ("外專 2026-05-31 到期，什麼時候開始可以申請展延", "2026-05-31", "2027-05-31"),
])
def test_the_surgical_certificate_short_name_asks_the_window(engine, question, expiry, late):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300], a.missing)
    (call,) = _calls(a, "renewal_window")
    assert call.args == {"doc": "tsa-cme", "expiry_date": expiry}
    assert call.result["late_until"] == late


def test_the_window_as_the_second_of_two_asks(engine):
    a = engine.answer("兩個問題：1) 去年年會去了1次幾分 2) 我外專116/3/31到期，還來得及申請嗎", None, today=TODAY)
    assert a.route == "calculator" and len(a.parts) == 2, (a.route, a.answer[:300])
    (call,) = _calls(a, "renewal_window")
    assert call.args == {"doc": "tsa-cme", "expiry_date": "2027-03-31"}


# ----------------------------------------------------- 5. parts set apart by "；" and a sentence end after the last one's
# facts: the sentences after it, before the question asked of each, are every part's ("專科10年" said once for both)

def _by_domain(answer):
    return {c.args["domain"]: c for c in _calls(answer, "tsir_instructor_eligibility")}


@pytest.mark.parametrize(("question", "years", "cases"), [
    ("想同时申请两项：(1) 肿瘤栓塞 TACE 150 例；(2) 消融 RFA 120 例。专科 9 年。两项各自够吗？", 9,
     {"tumor_embolization": 150, "ablation": 120}),
    ("Applying for two at once: (a) ablation: RFA 100, cryo 50; (b) vascular intervention: 80 dialysis access cases. "
     "Board 10 yrs, no talks, no SCI. Enough for each?", 10, {"ablation": 150, "vascular_intervention": 80}),  # (before: 152 / 82)
    ("想一次申請兩項：(a) 非血管支架 60 例；(b) 消融 RFA 200 例。專科 7 年，沒有演講也沒有 SCI。各自符合嗎？", 7,
     {"nonvascular_stenting": 60, "ablation": 200}),
])
def test_facts_after_the_closed_list_are_every_parts(engine, question, years, cases):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator" and len(a.parts) == 2, (a.route, a.answer[:300], [p.missing for p in a.parts])
    calls = _by_domain(a)
    assert {d: c.args["cases_last_6_years"] for d, c in calls.items()} == cases
    assert all(c.args["years_as_specialist"] == years for c in calls.values())
