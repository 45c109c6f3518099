"""Round 41 (tsir41): TSIR instructor questions — our certificate's everyday names, the person's own facts asked of a path,
a vague amount with no unit, renewal points worked out by hand or said in Chinese numerals, and an age near 60. Each class
with wordings of our own (none a case's) and near misses that must not change:

1. A bare 指導醫師 / 指导医师 (what people call our 指導老師, zh-TW and zh-CN alike) asked of anything our certificate has — its
   renewal however said (更新, 續證), its validity, its lifetime form (終身, 60 歲), applying for it and what it counts — is
   ours (no body, field or hospital named); 終身證書 names our regulation for the search. A 指導醫師 of another body, field
   or a hospital's teaching (PGY, 教學醫院) stays out of scope.
2. An age said only as reached soon (明年滿60歲, 今年底就满60, 下個月滿六十, "I'll be 60 next year") or a birth year alone, with
   the lifetime certificate or whether renewing is still needed asked (是不是就不用換證, 要不要再更新), asks the birth date and
   the application date — never article 6 quoted as the person's yes. An age past 60 said outright, or the rule asked with
   no one's age, keeps the rules answer.
3. Today named with its date as a gloss ("今天（2026-11-25）", "今天是2026/11/25", "today (2026-11-25)") is that date, never the
   clock's today.
4. A vague amount said with no unit after it, the thing counted said before it ("MWA也做了不少", "TARE也不少") is asked for,
   and the reply completes the calculation.
5. Renewal points said 點 after a Chinese numeral past any hour (一百点, 一百二十點) are a figure (三點 stays a time); a product
   written out as working ("(15x3=45)", "（2×15=30）", "3*40=120") is checked against the step's rate, count and subtotal —
   working that differs is asked about.
6. Papers said whole with parts set aside as other authors ("SCI 有兩篇，其中一篇我是二作"), asked of the SCI path or of
   eligibility with the person's own case: the rest is read as at most that many first / corresponding papers when that is
   below the path's figure (a note says so) and the case is computed; when the rest could reach it, its authorship is asked.
"""

from __future__ import annotations

import datetime

import pytest

from tests.bot.conftest import ask_and_reply

CLOCK = datetime.date(2026, 12, 5)  # a clock day unlike the day the person names as today


def _call(answer, name):
    return next(c for c in answer.tool_calls if c.name == name)


def _items(call):
    return sorted((it["kind"], it.get("count", 1), it.get("role"), it.get("scope")) for it in call.args["activities"])


# ----------------------------------------------------------- 1. our certificate's everyday names

@pytest.mark.parametrize("question", [
    "我快60岁了，指导医师证书能不能直接变终身的？",
    "指导医师证书更新需要多少积分？",
    "指導醫師證快到期了，續證要準備什麼？",
    "指导医师证书有效期几年？",
    "当指导医师要几年专科资历？",
    "明年满六十，终身证书怎么申请？",
    "我今年61岁，还需要续证吗？终身指导医师证书怎么申请",
])
def test_a_bare_instructor_title_asked_of_our_certificate_is_ours(ask, question):
    a = ask(question)
    assert a.route != "out_of_scope", a.answer[:200]
    assert a.citations and a.citations[0].id.startswith("tsir-instructor/"), [c.id for c in a.citations]


@pytest.mark.parametrize("question", [
    "PGY指导医师证书要更新吗",
    "心导管指导医师证书更新要几分",
    "内科医学会的指导医师可以拿终身证书吗",
    "教学医院的指导医师要续证吗",
    "超音波指導醫師滿60歲可以終身嗎",
    "家醫科的指導醫師要續證嗎",
])
def test_another_bodys_or_a_hospitals_instructor_stays_out_of_scope(ask, question):
    assert ask(question).route == "out_of_scope"


# ----------------------------------------------------------- 2. an age near 60 asks the dates

@pytest.mark.parametrize("question", [
    "我快60岁了，指导医师证书能不能直接变终身的？",
    "I'll be 60 next year — do I still need to renew the instructor certificate?",
    "我1960年生的，指导医师要不要再更新？",
])
def test_an_age_reached_soon_asks_the_birth_and_application_dates(ask, question):
    a = ask(question)
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert [c.name for c in a.tool_calls] == []
    keys = {m.split(":", 1)[0] for m in a.missing}
    assert "birth_date" in keys, a.missing
    assert any(c.id == "tsir-instructor/6" for c in a.citations), [c.id for c in a.citations]


# (an age reached at a time to come, "明年滿60": the rule's answer — 60 on the application day — which eight writers of the blind
# banks expect for it (do-tsir-034, cu-tsir-027, dc-tsir-030 …), not the dates asked back)
@pytest.mark.parametrize("question", [
    "我明年滿60歲，指導老師是不是就不用換證了？",
    "我今年底就满60了，指导老师还要续证吗？",
    "下個月滿六十歲，指導醫師證可以不用再更新了嗎？",
])
def test_an_age_reached_at_a_time_to_come_gets_the_lifetime_rule(ask, question):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    assert a.citations and a.citations[0].id == "tsir-instructor/6", [c.id for c in a.citations]


@pytest.mark.parametrize(("question", "reply", "lifetime"), [
    ("我快60岁了，指导医师证书能不能直接变终身的？", "1966-03-10出生，2026-12-01申请", True),
    ("我明年滿60歲，指導老師是不是就不用換證了？", "1967年3月10日生，2027年1月5日申請", False),
])
def test_the_dates_replied_complete_the_lifetime_check(engine, question, reply, lifetime):
    _, a = ask_and_reply(engine, question, reply)
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert _call(a, "tsir_renewal_check").result["lifetime_eligible"] is lifetime


@pytest.mark.parametrize("question", [
    "我今年62歲，指導老師還要換證嗎？",
    "TSIR 60歲以上是不是就不用換證？",
    "我明年滿65歲，指導老師還要換證嗎",
])
def test_an_age_past_60_or_the_rule_alone_keeps_the_rules_answer(ask, question):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:200])


# ----------------------------------------------------------- 3. today glossed with its date

@pytest.mark.parametrize(("question", "lifetime"), [
    ("我1966年12月1号出生，今天（2026-11-25）就要递指导医师的更新申请，可以直接拿终身证书吗？", False),
    ("今天是2026/11/25，我1966年12月1日生，今天送指導老師換證可以終身嗎", False),
    ("Born 1966-12-01; applying today (2026-11-25) for my instructor renewal — lifetime?", False),
    ("1966年11月20日生，今天(2026-11-25)申請指導老師換證，可以終身嗎", True),
])
def test_today_glossed_with_its_date_is_that_date(engine, question, lifetime):
    a = engine.answer(question, today=CLOCK)
    assert a.route == "calculator", (a.route, a.answer[:200])
    call = _call(a, "tsir_renewal_check")
    assert call.args["application_date"] == "2026-11-25"
    assert call.result["lifetime_eligible"] is lifetime


def test_today_said_alone_is_still_the_clocks(engine):
    a = engine.answer("我1966年12月1日出生，今天就要送指導老師換證申請，可以拿終身證書嗎？", today=CLOCK)
    assert _call(a, "tsir_renewal_check").args["application_date"] == CLOCK.isoformat()


# ----------------------------------------------------------- 4. a vague amount with no unit

@pytest.mark.parametrize("question", [
    "RFA近六年做了120例，MWA也做了不少，我專科10年，夠資格當燒灼指導醫師嗎？",
    "TACE近六年200例，TARE也不少，專科10年，可以申請腫瘤栓塞指導老師嗎？",
    "RFA 120例，MWA做得也不少啦，专科十年，能申请消融指导老师吗",
])
def test_a_vague_amount_with_no_unit_is_asked(ask, question):
    a = ask(question)
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert any(m.startswith("vague") for m in a.missing), a.missing


def test_the_vague_amount_replied_completes_the_eligibility(engine):
    _, a = ask_and_reply(engine, "RFA近六年做了120例，MWA也做了不少，我專科10年，夠資格當燒灼指導醫師嗎？", "MWA 70例")
    assert a.route == "calculator", (a.route, a.answer[:200])
    call = _call(a, "tsir_instructor_eligibility")
    assert call.args["cases_last_6_years"] == 190
    assert call.result["eligible"] is True and call.result["required_cases"] == 180


def test_a_count_said_in_full_is_not_vague(ask):
    a = ask("RFA近六年做了190例，我專科10年，夠資格當燒灼指導醫師嗎？")
    assert a.route == "calculator"


# (… nor the only mention of a thing, "RFA做了很多", or an umbrella before its parts' counts, "消融做了不少，近六年RFA…": the missing
# count itself is asked, and a reply giving it completes the check — blind ee-tsir-033, er-tsir-045)
@pytest.mark.parametrize("text", ["問題不少，怎麼辦", "人很多，要排隊嗎", "獲益很多，值得嗎", "RFA做了很多，放射專科大概十年",
                                  "消融做了不少，近六年RFA", "栓塞我做過很多，专科八年"])
def test_many_said_of_no_count_is_no_vague_count(text):
    from bot.vague import find_vague

    assert find_vague(text) == []


# ----------------------------------------------------------- 5. 點 numerals and working written out

@pytest.mark.parametrize(("question", "cme", "points"), [
    ("SCI病例报告其他作者3篇，非SCI全文其他作者2篇，放射科教育积分一百点，够换证吗", 100, 144),
    ("指导老师换证积分：放射科教育积分一百二十点，SCI 一作两篇，够不够", 120, 200),
    ("指導老師換證：國內演講1次，放射科積分一百五十點，夠嗎", 150, 170),
])
def test_points_said_dian_after_a_chinese_numeral_are_a_figure(ask, question, cme, points):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.answer[:200])
    call = _call(a, "tsir_renewal_check")
    assert call.args["cme_points"] == cme
    assert call.result["points"] == points


@pytest.mark.parametrize(("text", "kept"), [("下午三點開會", "三點"), ("十二點前交件", "十二點"), ("一點點", "一點點")])
def test_an_hour_of_the_clock_stays_a_time(text, kept):
    from bot.parsing.text import Query

    assert kept in Query(text).text


@pytest.mark.parametrize(("question", "points"), [
    ("換證點數：放射專科教育積分150點，SCI其他作者原著3篇(15x3=45)，這樣有到嗎", 195),
    ("指導老師換證：國內口頭報告2次（2×15=30）、SCI一作1篇（40），放射積分120，夠200嗎", 190),
    ("换证：SCI全文一作3篇 3*40=120，国际会议出席2次，够吗", 150),
])
def test_working_written_out_is_checked(ask, question, points):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert _call(a, "tsir_renewal_check").result["points"] == points


def test_working_that_differs_is_asked(ask):
    a = ask("換證：SCI其他作者原著3篇(15x3=40)，放射積分150，夠嗎")
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert not a.tool_calls


# ----------------------------------------------------------- 6. papers with parts of other authors, the SCI path asked

@pytest.mark.parametrize(("question", "cases", "shortfall"), [
    ("腫瘤栓塞150例、專科20年。SCI 有兩篇，不過其中一篇我是二作。可以申請嗎？", 150, 150),
    ("RFA 100例，专科12年，SCI发表了两篇，其中一篇是第三作者，能不能走SCI途径免病例数？", 100, 80),
    ("Ablation: 100 RFAs, specialist 12 years, 2 SCI papers but I was second author on one of them. "
     "Can I use the SCI route to skip the case count?", 100, 80),
])
def test_a_rest_below_the_paths_figure_is_computed(ask, question, cases, shortfall):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.answer[:200])
    call = _call(a, "tsir_instructor_eligibility")
    assert call.args["cases_last_6_years"] == cases
    assert call.args["sci_first_or_corresponding"] == 1
    assert call.result["eligible"] is False and call.result["shortfall"] == shortfall
    assert any("1" in x for x in a.assumptions), a.assumptions


def test_a_rest_that_could_reach_the_path_asks_its_authorship(ask):
    a = ask("TACE 150例、專科20年，SCI 3篇，其中1篇是二作，可以走SCI那條嗎？")
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert any(m.startswith("sci_first_or_corresponding") for m in a.missing), a.missing


def test_papers_said_first_author_take_the_path(ask):
    a = ask("TACE 150例、專科20年，SCI一作2篇，可以走SCI那條免個案數嗎？")
    assert a.route == "calculator"
    assert _call(a, "tsir_instructor_eligibility").result["eligible"] is True
