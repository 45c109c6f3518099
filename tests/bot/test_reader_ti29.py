"""TSA / TSIR reader classes of the twenty-ninth round, each tested with wordings of its own (zh-TW, zh-CN, en): the
specialist's years said with the profession after the board word ("board-certified rads for 8 years"), a Chinese numeral
as an item of a sum written with plus signs ("RFA 一百 + IRE 5"), a bare 換證 that names no certificate (both windows,
never the instructor's assumed), the points an activity offsets asked as "能抵多少", and the role said twice for the same
papers ("不是一作也不是通訊，掛名 3 篇": one item of 3, never 1 + 3)."""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 11, 25)


def _call(a, name: str):
    """The answer's one call of tool `name` (asserting it is there)."""
    calls = [c for c in a.tool_calls if c.name == name]
    assert calls, (a.route, [c.name for c in a.tool_calls], a.answer[:200])
    return calls[0]


# --- 1. the profession said after the board word: years as specialist -------------------------------------------------

@pytest.mark.parametrize(("question", "years"), [
    ("RFA 190 cases in 6 yrs, board-certified rads for 9 years. ablation instructor ok?", 9),
    ("TACE 320 cases, boarded radiologist 10 yrs, can I apply for tumor embolization instructor?", 10),
    ("PTA 210 cases; board certified IR doc for 12 years — vascular intervention instructor?", 12),
])
def test_board_word_with_profession_reads_years(engine, question, years):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert _call(a, "tsir_instructor_eligibility").args["years_as_specialist"] == years


# --- 2. a Chinese numeral between plus signs is an item of the sum ------------------------------------------------------

@pytest.mark.parametrize(("question", "cases"), [
    ("微波 30 + RFA 一百五十 + 冷凍 10，專科九年，消融指導老師夠嗎", 190),
    ("TACE 一百二十＋TARE 二十，专科9年，肿瘤栓塞差几例", 140),
    ("PTA 一百 + 溶栓 二十 + TIPS 5，專科 10 年，血管介入可以申請嗎", 125),
])
def test_chinese_numeral_in_a_plus_sum(engine, question, cases):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert _call(a, "tsir_instructor_eligibility").args["cases_last_6_years"] == cases


def test_plus_sign_leaves_words_alone():
    from bot.parsing.numbers import normalize_numerals
    assert normalize_numerals("萬一+1") == "萬一+1"
    assert normalize_numerals("RFA 一百 + IRE 5") == "RFA 100 + IRE 5"


# --- 3. a bare 換證 names no certificate: both windows -----------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "我的證書 116/6/30 到期，換證可以從什麼時候開始申請？",
    "证书2027年9月30日到期，换证申请期间是什么时候",
    "證照效期到 2027/4/30，換證最早哪天可以送？",
])
def test_bare_renewal_word_gives_both_windows(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:200])
    docs = {c.args["doc"] for c in a.tool_calls if c.name == "renewal_window"}
    assert docs == {"tsa-cme", "tsir-instructor"}, a.tool_calls


@pytest.mark.parametrize(("question", "doc"), [
    ("指導老師證書 2027/3/1 到期，什麼時候可以換證？", "tsir-instructor"),
    ("外科專科醫師證書 2027/3/1 到期，什麼時候可以換證？", "tsa-cme"),
])
def test_named_certificate_still_decides(engine, question, doc):
    a = engine.answer(question, None, today=TODAY)
    assert [c.args["doc"] for c in a.tool_calls if c.name == "renewal_window"] == [doc]


# --- 4. "能抵多少": the points an instructor's activity offsets -----------------------------------------------------------

@pytest.mark.parametrize(("question", "points"), [
    ("SCI full article 其他作者兩篇，能抵多少？", 30),
    ("SCI full article 通讯作者3篇，可以抵多少", 120),
    ("non-SCI full article 一作 2 篇 能抵幾分", 40),
])
def test_offset_asked_is_the_renewal_points(engine, question, points):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert _call(a, "tsir_renewal_check").result["points"] == points


# --- 5. the role said twice for the same papers: one item, the count said ------------------------------------------------

@pytest.mark.parametrize(("question", "count"), [
    ("指導老師換證：SCI full article 我不是一作也不是通訊，掛名兩篇，幾分？", 2),
    ("指导老师换证：SCI full article 我既不是一作也不是通讯，共4篇，几分", 4),
    ("TSIR renewal: SCI full articles, neither first nor corresponding author, co-author on 3. points?", 3),
])
def test_role_restated_with_its_count(engine, question, count):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert _call(a, "tsir_renewal_check").args["activities"] == [
        {"kind": "sci_full_article", "count": count, "role": "other"}]


def test_two_roles_said_stay_two_items(engine):
    """Another role said with its own count is another item, never the first restated."""
    a = engine.answer("指導老師換證：SCI full article 一作 1 篇、其他作者 2 篇，幾分？", None, today=TODAY)
    acts = _call(a, "tsir_renewal_check").args["activities"]
    assert sorted((x["role"], x["count"]) for x in acts) == [("first", 1), ("other", 2)]


# --- 6. a bound with the exact figure in brackets right after it: the exact figure is read ------------------------------

@pytest.mark.parametrize(("question", "months"), [
    ("在醫學中心進修不到一個月（三週），幾分？", 0.75),
    ("国内医学中心进修不满一个月（两周），能拿几分", 0.5),
    ("國外進修未滿一個月（約兩週），積分多少", 0.5),
])
def test_bound_then_exact_training_length(engine, question, months):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:200])
    acts = _call(a, "tsa_credit_tally").args["activities"]
    assert [x["months"] for x in acts] == [months]
    assert any("確切" in u or "exact" in u for u in a.unused), a.unused


@pytest.mark.parametrize(("question", "cases"), [
    ("RFA 快 200 例（187 例），專科 9 年，消融指導老師夠嗎", 187),
    ("TACE nearly 300 cases (284 cases), board-certified radiologist for 10 yrs, tumor embolization instructor?", 284),
])
def test_bound_then_exact_case_count(engine, question, cases):
    a = engine.answer(question, None, today=TODAY)
    assert _call(a, "tsir_instructor_eligibility").args["cases_last_6_years"] == cases


def test_bracket_contradicting_the_bound_is_not_taken():
    """"快 200 例（210 例）": the bracket is over the bound said — no exact figure of it; the bound is not set aside."""
    from bot.parsing.text import Query
    from bot.reader.read import _bounds_restated
    q = Query("RFA 快 200 例（210 例），專科 9 年，消融指導老師夠嗎", TODAY)
    assert _bounds_restated(q) == []
    q = Query("RFA 快 200 例（187 例），專科 9 年，消融指導老師夠嗎", TODAY)
    assert [float(n.value) for n in _bounds_restated(q)] == [200]


# --- 7. one's own papers with the cap applied: the capped total is computed ----------------------------------------------

@pytest.mark.parametrize(("question", "total"), [
    ("今年非SCI論文3篇都是一作，另外SCI二作1篇，上限後算多少？", 60),
    ("今年SCI一作两篇、非SCI一作一篇，封顶后几分？", 60),
    ("2 SCI first-author papers this year and 1 non-SCI as corresponding author. total credits after the cap?", 60),
])
def test_own_papers_after_the_cap_are_computed(engine, question, total):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert _call(a, "tsa_credit_tally").result["total"] == total


def test_the_cap_alone_is_still_the_rule(engine):
    a = engine.answer("論文積分一年上限是多少？", None, today=TODAY)
    assert a.route == "retrieval", (a.route, a.answer[:200])


# --- 8. lectures in a domain and whether one may apply: the instructor's lecture path ------------------------------------

@pytest.mark.parametrize(("question", "domain", "lectures", "eligible"), [
    ("我在介入會議講過 TARE 三次，腫瘤栓塞可以申請嗎？專科 7 年", "tumor_embolization", 3, True),
    ("PAE 的演讲讲过4次，非肿瘤栓塞能申请吗", "non_tumor_embolization", 4, True),
    ("gave 3 invited talks on RFA at IR meetings; can I apply for ablation?", "ablation", 3, True),
])
def test_lectures_in_a_domain_and_apply(engine, question, domain, lectures, eligible):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:200])
    call = _call(a, "tsir_instructor_eligibility")
    assert (call.args["domain"], call.args["lectures_in_domain"], call.result["eligible"]) == (domain, lectures, eligible)


def test_too_few_lectures_asks_the_other_facts(engine):
    """Two lectures open no path by themselves: the cases and the years are asked, never a verdict."""
    a = engine.answer("TARE 講過 2 次，腫瘤栓塞可以申請嗎？", None, today=TODAY)
    assert a.route == "clarify", (a.route, a.answer[:200])


# --- 9. the renewal said with 續: 續證 is a renewal of points (the instructor's shape); "能續嗎" asks the surgical one ----

@pytest.mark.parametrize("question", [
    "續證積分：SCI 文章 2 篇，這樣夠嗎？",
    "续证积分：SCI论文4篇，够不够",
])
def test_renewal_points_with_continue_word_are_the_instructors(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert a.pending_call is not None and a.pending_call.name == "tsir_renewal_check"


@pytest.mark.parametrize(("question", "points"), [
    ("續證積分：國外會議 4 次、一般積分 150，夠嗎", 210),
    ("续证积分：国外会议去了4次，够吗", 60),
])
def test_renewal_points_with_continue_word_computed(engine, question, points):
    a = engine.answer(question, None, today=TODAY)
    assert _call(a, "tsir_renewal_check").result["points"] == points


@pytest.mark.parametrize(("question", "route"), [
    ("六年積分 100、110、90、100、120、100，能續嗎", "calculator"),
    ("六年总共650分，可以续吗？", "clarify"),
    ("我六年裡有一年積分是 0，其他年都很多，能不能續", "clarify"),
])
def test_bare_continue_verb_is_the_surgical_renewal(engine, question, route):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == route, (a.route, a.answer[:200])
    tools = [c.name for c in a.tool_calls] + ([a.pending_call.name] if a.pending_call else [])
    assert tools == ["tsa_renewal_check"], tools


# --- 10. a rough specialist's years: read only where every value it allows clears article 1's 8 years --------------------

@pytest.mark.parametrize(("question", "years"), [
    ("專科十多年，RFA 200 例，消融指導老師可以申請嗎", 10),
    ("放射专科12年多，TACE 320例，肿瘤栓塞指导老师够吗", 12),
    ("board-certified for over 10 years, RFA 200 cases, ablation instructor?", 10),
    ("radiologist for almost 10 years, RFA 200 cases, ablation instructor?", 10),
    ("專科快9年了，RFA 200 例，消融指導老師可以申請嗎", 9),
])
def test_rough_years_clearing_the_line_are_read(engine, question, years):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:200])
    call = _call(a, "tsir_instructor_eligibility")
    assert call.args["years_as_specialist"] == years and call.result["eligible"] is True
    assert any("約略" in x or "rough" in x for x in a.assumptions), a.assumptions


@pytest.mark.parametrize("question", [
    "專科快 8 年了，RFA 200 例，可以申請消融指導老師嗎",    # just under the line: asked, never read as 8
    "專科7年多，RFA 200 例，消融指導老師可以申請嗎",        # over 7 says nothing of 8
    "专科不到5年，RFA 200例，消融指导老师可以申请吗",        # under: the shortfall would be a guess
    "radiologist for almost 8 years, RFA 200 cases, ablation instructor?",
])
def test_rough_years_near_or_under_the_line_are_asked(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert not a.tool_calls


def test_chinese_round_numeral_with_more_keeps_its_unit():
    from bot.parsing.text import Query
    from bot.reader.mentions import bound_of, numbers
    q = Query("專科十多年，RFA 兩百多例", TODAY)
    got = [(float(n.value), n.unit, bound_of(q.text, n.start, n.end)) for n in numbers(q)]
    assert got == [(10.0, "年", ">"), (200.0, "例", ">")]


# --- 11. "spoke at …": a lecture given, in the instructor's renewal ---------------------------------------------------------

@pytest.mark.parametrize(("question", "points"), [
    ("instructor renewal: spoke at 2 local IR meetings and chaired a session at JSIR, plus 130 CME. enough?", 210),
    ("TSIR renewal: spoke at 3 domestic meetings, 150 radiology CME points — total?", 210),
    # ("at home": domestic)
    ("instructor renewal: moderated 2 sessions at home and 1 e-poster overseas, 120 CME points. total?", 185),
])
def test_spoke_is_a_lecture(engine, question, points):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert _call(a, "tsir_renewal_check").result["points"] == points


# --- 12. the surgical society's own meetings named beside 換證: never the instructor's renewal ----------------------------

@pytest.mark.parametrize("question", [
    "我 2027 年要換證，今年月會去了 5 次，幾分",
    "明年要换证了，今年外科年会去了一次，月会4次，积分多少",
])
def test_surgical_meetings_with_renewal_word_are_not_the_instructors(engine, question):
    a = engine.answer(question, None, today=TODAY)
    tools = [c.name for c in a.tool_calls] + ([a.pending_call.name] if a.pending_call else [])
    assert tools and all(t.startswith("tsa_") for t in tools), tools


# --- 13. a bare count with its unit in the clause after the one thing it counts ---------------------------------------------

@pytest.mark.parametrize(("question", "count"), [
    ("指導老師換證：SCI full article 我不是一作，三篇，幾點", 3),
    ("指导老师换证：SCI full article 都是其他作者，4篇，几点", 4),
])
def test_bare_count_after_the_papers_it_counts(engine, question, count):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert _call(a, "tsir_renewal_check").args["activities"] == [
        {"kind": "sci_full_article", "count": count, "role": "other"}]


def test_bare_count_after_two_things_is_not_given_to_one():
    """Two kinds said without counts, then one count: never given to the last one alone."""
    from bot.parsing.text import Query
    from bot.reader import read_all
    q = Query("指導老師換證：SCI 一作，non-SCI 二作，3篇", TODAY)
    acts = next(e for e in read_all(q) if e.tool == "tsir_renewal_check").args["activities"]
    assert not any(a.get("count") == 3 for a in acts), acts
