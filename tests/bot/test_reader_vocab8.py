"""Word families of the eighth round's calculator questions, each tested with wording of its own (zh-TW, zh-CN, en):
an author's place on the byline written any way (one ordinal reader: 我排第三, 掛第 4 位, 非一作, "third-listed author",
"author #3", "listed second"); years as a specialist stated any way (專醫第 N 年, "specialist for exactly N years",
"board-certified since 2015, so 11 yrs", 證書 107 年拿的，到現在滿 N 年); IR techniques summed into their domain (drug-eluting
beads, Y-90 with its mass number, stented organs listed alone, "TACE 180 + TARE 20"); the TSA's meetings and presentations
as they are typed (口頭 / oral, "5 monthly", "monthlies", "TSA congress"); one role said for all the items before it
("都是一作") and an item pointed back at ("poster 那篇是病例報告"); the mammography re-read and follow-up facts said
loosely ("12% on the suspicious cases", 上一輪…被要求, "made me attend … last review", "done", 追完, 篩出來)."""

from __future__ import annotations

import pytest

from tests.bot.conftest import reader_call as _read, TODAY


def _call(a, tool):
    return next(c for c in a.tool_calls if c.name == tool)




def _items(args):
    """Activities as comparable tuples, merged by everything but the count."""
    out: dict[tuple, int] = {}
    for it in args["activities"]:
        key = tuple(sorted((k, v) for k, v in it.items() if k != "count"))
        out[key] = out.get(key, 0) + it.get("count", 1)
    return out


# --- an author's place on the byline, written any way ---------------------------------------------------------------

@pytest.mark.parametrize(("question", "roles"), [
    ("今年 SCI 論文兩篇：一篇我是第一作者，另一篇我排第三。論文積分多少？", {"first": 1, "other": 1}),
    ("今年非 SCI 論文一篇，我掛第 4 位作者，可以拿幾分？", {"other": 1}),
    ("今年SCI论文一篇，作者排第五，积分多少？", {"other": 1}),
    ("SCI papers this year: one as first author and one where I'm the third-listed author. Credits?", {"first": 1, "other": 1}),
    ("This year one non-SCI paper, I was listed second on the byline. How many credits?", {"second": 1}),
    ("今年 SCI 一篇是二作、非SCI一篇是第二作者，積分？", {"second": 2}),
])
def test_tsa_author_place_any_spelling(engine, question, roles):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    got: dict[str, int] = {}
    for it in _call(a, "tsa_credit_tally").args["activities"]:
        got[it["role"]] = got.get(it["role"], 0) + it.get("count", 1)
    assert got == roles


@pytest.mark.parametrize(("question", "role"), [
    ("換證：SCI full article 非一作 2 篇，放射線專科教育積分 150，夠嗎？", "other"),
    ("换证：SCI full article 2 篇，我都不是一作，教育积分 150，够吗？", "other"),
    ("TSIR renewal: 2 SCI full articles, not first author on either, plus 150 radiology CME points. enough?", "other"),
    ("TSIR renewal: 2 SCI full articles where I'm author #4, radiology CME 150. enough?", "other"),
])
def test_tsir_not_first_author_any_spelling(engine, question, role):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    acts = _call(a, "tsir_renewal_check").args["activities"]
    assert {it["role"] for it in acts} == {role}


# --- years as a specialist, stated any way -----------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "years"), [
    ("放射專醫第9年，近六年 RFA 150 例、MWA 40 例，可以申請消融指導老師嗎？", 9),
    ("我专科医师已经满 11 年，近六年 RFA 200 例，可以申请消融指导老师吗？", 11),
    ("專科證書是 105 年 3 月拿的，到現在剛好滿 10 年。近六年做了 200 例 RFA，消融指導老師夠嗎？", 10),
    ("I've been a radiology specialist for about 13 years; 200 RFAs in the last 6 years. Ablation instructor?", 13),
    ("Board-certified since 2015 (i.e. 11 yrs). 200 RFA in the past 6 years — ablation instructor ok?", 11),
    ("boards since 2013 — so 13 years now; RFA 200 in the last 6 yrs. can I be ablation instructor?", 13),
    ("我專科 10 年，到現在做了 200 例 RFA，消融指導老師可以嗎？", 10),  # a count of years is no certificate year
])
def test_years_as_specialist_any_wording(engine, question, years):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    args = _call(a, "tsir_instructor_eligibility").args
    assert args["years_as_specialist"] == years and args["cases_last_6_years"] >= 150


# --- IR techniques summed into their domain ---------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "domain", "cases"), [
    ("Radiologist 10 years; last 6 years TACE 200 + drug-eluting beads 60 + Y-90 radioembolization 30. "
     "Tumor embolization instructor?", "tumor_embolization", 290),
    ("Last 6 yrs: cTACE 150, DEB-TACE 100, Y-90 70. Radiologist 9 yrs. tumour embolization instructor?", "tumor_embolization", 320),
    ("近六年 TACE 200 + 載藥微球 80，專科 10 年，可以申請腫瘤栓塞指導老師嗎？", "tumor_embolization", 280),
    ("Stents in the past 6 years: biliary 60, ureteric 30, esophageal 15. Radiologist 12 yrs. qualify?", "nonvascular_stenting", 105),
    ("膽道 50、輸尿管 30、十二指腸 25 的支架，近六年，專科 9 年，夠申請嗎？", "nonvascular_stenting", 105),
    ("胆道 50、输尿管 30、食道 25 支架，近六年，专科 9 年，够申请吗？", "nonvascular_stenting", 105),
])
def test_ir_techniques_sum_into_their_domain(engine, question, domain, cases):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    args = _call(a, "tsir_instructor_eligibility").args
    assert args["domain"] == domain and args["cases_last_6_years"] == cases


def test_a_drainage_organ_is_no_stent():
    """An organ beside a drainage word stays the drainage's ("biliary drainage 40"): no stenting domain read."""
    import datetime

    from bot.parsing.text import Query
    from bot.reader import read_all

    q = Query("PTCD 100, biliary drainage 40, PCN 90 in 6 years; radiologist 9 yrs; drainage instructor?",
              today=datetime.date(2026, 11, 25))
    e = next(x for x in read_all(q) if x.tool == "tsir_instructor_eligibility")
    assert e.args["domain"] == "localization_biopsy_drainage_pain" and e.args["cases_last_6_years"] == 230


# --- the TSA's meetings and presentations as they are typed -------------------------------------------------------------

@pytest.mark.parametrize(("question", "expected"), [
    ("今年我有口頭 1 篇、壁報 2 篇，都是一作，發表這部分幾分？", {(("kind", "presentation"), ("role", "first"), ("year", 2026)): 3}),
    ("This year: 2 orals and 1 poster, first author on all. Presentation credits?",
     {(("kind", "presentation"), ("role", "first"), ("year", 2026)): 3}),
    ("今年外科医学会我口头 2 篇、海报 1 篇，全部都是第一作者，发表可以拿几分？", {(("kind", "presentation"), ("role", "first"), ("year", 2026)): 3}),
])
def test_oral_and_poster_words_with_one_role_for_all(engine, question, expected):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert _items(_call(a, "tsa_credit_tally").args) == expected


@pytest.mark.parametrize(("question", "kind", "count"), [
    ("2025: 6 monthly and the annual. credits?", "tsa_monthly_meeting", 6),
    ("Went to 3 monthlies this year, how many credits?", "tsa_monthly_meeting", 3),
    ("This year: monthly x5, TSA congress x1. credits?", "tsa_monthly_meeting", 5),
    ("This year: monthly x5, TSA congress x1. credits?", "tsa_annual_meeting", 1),
])
def test_monthly_and_annual_said_short(engine, question, kind, count):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    acts = _call(a, "tsa_credit_tally").args["activities"]
    assert sum(it.get("count", 1) for it in acts if it["kind"] == kind) == count


@pytest.mark.parametrize("question", [
    "今年外科醫學會 oral 兩篇、poster 一篇，全部都是第一作者，poster 那篇是病例報告，發表幾分？",
    "今年外科医学会 oral 两篇、poster 一篇，都是第一作者，poster 那篇是病例报告，发表几分？",
    "This year at the TSA meeting: 2 orals and 1 poster, first author on all; the poster one was a case report. credits?",
])
def test_an_item_pointed_back_at_takes_the_flag(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    acts = _call(a, "tsa_credit_tally").args["activities"]
    assert sum(it.get("count", 1) for it in acts) == 3
    assert sum(it.get("count", 1) for it in acts if it.get("case_report")) == 1


# --- mammography re-read and follow-up facts said loosely ---------------------------------------------------------------

@pytest.mark.parametrize(("question", "pos", "neg"), [
    ("Dr. Ho's re-read audit: 45% on the suspicious cases and 12% for the negatives. What applies?", 45, 12),
    ("re-read results — 38% among suspected cases, 6% on negatives. consequence?", 38, 6),
    ("複判結果：可疑個案 45%、陰性 12%，要怎麼處理？", 45, 12),
])
def test_reread_rate_named_after_it(engine, question, pos, neg):
    a = engine.answer(question, today=TODAY)
    args = _call(a, "hpa_reread_action").args
    assert args["positive_discrepancy_pct"] == pos and args["negative_discrepancy_pct"] == neg


@pytest.mark.parametrize("question", [
    "上一回後續審查就有被叫去參加判片座談會，這次複判陽性 52%、陰性 10%，會停權嗎？",
    "上一轮后续审查就被要求参加判片座谈会了，这次复判阳性 52%、阴性 10%，会停权吗？",
    "At the prior audit they had me attend the reading seminar. Now positive discrepancy 52%, negative 10% — suspended?",
    "They sent us to the case conference after the previous review. This round positive 52%, negative 10%. suspension?",
])
def test_previous_review_requirement_said_loosely(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    args = _call(a, "hpa_reread_action").args
    assert args["previously_required"] is True


@pytest.mark.parametrize(("question", "suspected", "completed"), [
    ("400 suspected positives last year, 290 done. deduction %?", 400, 290),
    ("We had 220 suspicious results and 170 tracked to completion — what's the deduction?", 220, 170),
    ("去年疑似陽性 260 個，追完的有 200 個，扣幾 %？", 260, 200),
    ("去年筛出来 cat 0 有 100 个、cat 4 60 个，共 160 个，追完 120 个，扣款比例？", 160, 120),
])
def test_followup_counts_said_loosely(engine, question, suspected, completed):
    a = engine.answer(question, today=TODAY)
    args = _call(a, "hpa_followup_deduction").args
    assert args["suspected_positive_cases"] == suspected and args["completed_cases"] == completed


@pytest.mark.parametrize(("question", "tool", "kind", "count"), [
    ("今年去了兩次國外的會、月會 3 次，積分多少？", "tsa_credit_tally", "international_meeting", 2),
    ("今年参加了两次国外的会，月会 3 次，积分多少？", "tsa_credit_tally", "international_meeting", 2),
    ("This year I went abroad for 2 conferences plus 3 monthly mtgs. credits?", "tsa_credit_tally", "international_meeting", 2),
    ("換證：去國外開會 3 次，放射線專科教育積分 150，夠嗎？", "tsir_renewal_check", "international_meeting_attendance", 3),
    ("TSIR renewal: 2 intl confs attended, radiology CME 150. enough?", "tsir_renewal_check", "international_meeting_attendance", 2),
])
def test_a_meeting_abroad_said_any_way(engine, question, tool, kind, count):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    acts = _call(a, tool).args["activities"]
    assert sum(it.get("count", 1) for it in acts if it["kind"] == kind) == count


@pytest.mark.parametrize(("question", "expected"), [
    ("2024: annual mtg + 3 monthly. In 2025 only 4 monthly. credits per year?",
     {("tsa_annual_meeting", 2024): 1, ("tsa_monthly_meeting", 2024): 3, ("tsa_monthly_meeting", 2025): 4}),
    ("Dr. Wang here. 2025: the annual meeting and 6 monthly mtgs. In 2026 just 2 monthly. totals by year?",
     {("tsa_annual_meeting", 2025): 1, ("tsa_monthly_meeting", 2025): 6, ("tsa_monthly_meeting", 2026): 2}),
    ("Last year went to the annual meeting plus 4 monthlies. This year 3 monthlies so far. credits each year?",
     {("tsa_annual_meeting", 2025): 1, ("tsa_monthly_meeting", 2025): 4, ("tsa_monthly_meeting", 2026): 3}),
])
def test_each_english_sentence_is_its_own_clause_and_year(engine, question, expected):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    got: dict[tuple, int] = {}
    for it in _call(a, "tsa_credit_tally").args["activities"]:
        got[(it["kind"], it.get("year"))] = got.get((it["kind"], it.get("year")), 0) + it.get("count", 1)
    assert got == expected


@pytest.mark.parametrize(("question", "days"), [
    ("This year the colorectal society annual meeting (2 days) and 3 monthly meetings. credits?", 2),
    ("今年去了 TSPS 年會（兩天）和月會 2 次，幾分？", 2),
    ("Went to the TSTCVS congress, 1 day, plus the TSA annual meeting this year. pts?", 1),
])
def test_a_subspecialty_society_meeting_named_in_english_or_by_acronym(engine, question, days):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    acts = _call(a, "tsa_credit_tally").args["activities"]
    assert [it.get("days") for it in acts if it["kind"] == "specialty_annual_meeting"] == [days]


@pytest.mark.parametrize(("question", "tool", "role"), [
    ("TSIR renewal: 2 SCI full articles (1st author), radiology CME 150. enough?", "tsir_renewal_check", "first"),
    ("換證：SCI full article 2 篇我排第一，放射線專科教育積分 150，夠嗎？", "tsir_renewal_check", "first"),
    ("This year I published one SCI paper as lead author. How many credits?", "tsa_credit_tally", "first"),
    ("今年SCI论文一篇，我是一作，积分多少？", "tsa_credit_tally", "first"),
])
def test_first_author_any_spelling(engine, question, tool, role):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert {it["role"] for it in _call(a, tool).args["activities"]} == {role}


def test_category_names_listed_with_commas_are_no_counts():
    """"(cat 0,3,4,5)": the categories of the cases, named in a comma list, are set aside as names."""
    import datetime

    from bot.parsing.text import Query
    from bot.reader import read_all

    q = Query("240 recalls (cat 0,3,4,5) last year and 180 completed follow-up. deduction?", today=datetime.date(2026, 11, 25))
    e = next(x for x in read_all(q) if x.tool == "hpa_followup_deduction")
    assert e.args == {"suspected_positive_cases": 240, "completed_cases": 180}
    assert {q.text[s:e_].strip(", ") for s, e_ in e.set_aside} >= {"3", "4", "5"}


@pytest.mark.parametrize(("question", "expected"), [
    ("今年月會去了五次，五次裡有兩次是我當講者，幾分？", {"tsa_monthly_meeting": 5, "tsa_monthly_speaker": 2}),
    ("今年月会 4 次，4 次中 1 次是我讲的，积分多少？", {"tsa_monthly_meeting": 4, "tsa_monthly_speaker": 1}),
    ("今年月會另外去了 3 次，年會 1 次，幾分？", {"tsa_monthly_meeting": 3, "tsa_annual_meeting": 1}),
    ("今年年会还有去 1 次，月会 6 次，积分多少？", {"tsa_annual_meeting": 1, "tsa_monthly_meeting": 6}),
])
def test_counts_said_around_the_kind(question, expected):
    """A whole said again before its part ("五次裡有兩次") gives the part its own count; a clause cut at an addition word
    right after the kind ("月會另外去了 3 次") gives the kind its count."""
    got: dict[str, int] = {}
    for it in _read(question, "tsa_credit_tally").args["activities"]:
        got[it["kind"]] = got.get(it["kind"], 0) + it.get("count", 1)
    assert got == expected


@pytest.mark.parametrize(("question", "domain", "cases"), [
    ("專科11年，近六年TACE 200例、RFA 190例，想申請消融指導老師，夠嗎？", "ablation", 190),
    ("近六年做了PTA 120例、RFA 190例，專科9年，消融指導老師可以嗎？", "ablation", 190),
    ("专科10年，近六年做PCN 150例、RFA 185例，消融指导老师够吗？", "ablation", 185),
])
def test_latin_abbreviations_glued_to_chinese_are_names(question, domain, cases):
    """"近六年TACE 280例": a Latin abbreviation right after a Chinese character is still its technique's name (its count is
    its own domain's, never added to the next technique's)."""
    e = _read(question, "tsir_instructor_eligibility")
    assert e.args["domain"] == domain and e.args["cases_last_6_years"] == cases


@pytest.mark.parametrize(("question", "cases"), [
    ("非血管內支架：食道支架 50、十二指腸支架 40、輸尿管支架 20，專科 9 年，可以申請嗎？", 110),
    ("非血管支架部分：胆道支架 70、泌尿道支架 20、肠胃道支架 15，专科 9 年，够吗？", 105),
    ("Non-vascular stenting — biliary stents 55, ureteral stents 30, duodenal stents 20; radiologist 9 yrs. qualify?", 105),
])
def test_a_domain_heading_does_not_swallow_its_list(engine, question, cases):
    """"非血管支架：膽道支架 60、…": the heading's words end at the heading; the list's figures after it are the domain's."""
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    args = _call(a, "tsir_instructor_eligibility").args
    assert args["domain"] == "nonvascular_stenting" and args["cases_last_6_years"] == cases
