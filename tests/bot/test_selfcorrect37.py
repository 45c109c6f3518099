"""Round 37 classes (selfcorrect37), each with wordings of our own (none a case's):

1. a fact the person takes back and says again in the same breath ("X…不是，是 Y", "X，喔不對，是 Y", "X 打錯，是 Y",
   "X — sorry, I mean Y", "X, no wait, Y", "X 次…呃應該是 Y 次", "Y 次，不是 X 次") is read as the correction, for an
   activity and for a figure, in every calculator; what was taken back is shown in `unused` as corrected;
2. a correction that is itself unsure ("不對，好像是 6 次還是 7 次", "no wait, maybe 5 or 6") is asked about, never picked;
3. near misses keep their reading: a qualifier, "對不對", a filler "I mean," or "sorry for …", "不是 X，是 Y" said first;
4. a birth date and an application date asked about the age-60 lifetime certificate go to the lifetime check (the age on the
   application date), in every language, date form and wording of the application act, alone or as a part; a question with
   no dates asking what the rule says stays a rules answer.
"""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 12, 4)


def _call(answer, name):
    (call,) = [c for c in answer.tool_calls if c.name == name]
    return call


def _items(call):
    return sorted((it["kind"], it.get("count", 1), it.get("role"), it.get("hours")) for it in call.args["activities"])


def _corrected(answer, words):
    """`words` is named in `unused` as corrected."""
    hits = [u for u in answer.unused if words in u and ("更正" in u or "corrected" in u)]
    return bool(hits)


# ----------------------------------------------------- 1. an activity taken back and said again

@pytest.mark.parametrize(("question", "items", "taken", "total"), [
    ("今年去了外科年會，喔不對，是去了國際醫學會，另外聽了1場3小時的院外研討會，積分多少？",
     [("domestic_seminar", 1, None, 3), ("international_meeting", 1, None, None)], "外科年會", 30),
    ("今年去了国际医学会，哦不对，是去了外科年会，还听了2场两小时内的院外演讲。总共多少积分？",
     [("domestic_seminar", 2, None, 2), ("tsa_annual_meeting", 1, None, None)], "國際醫學會", 70),
    ("今年去了外科年會打錯，是國際醫學會，月會 2 次，積分多少？",
     [("international_meeting", 1, None, None), ("tsa_monthly_meeting", 2, None, None)], "外科年會", 70),
    ("I went to the TSA annual meeting — sorry, I mean an international meeting — plus 2 monthly meetings this year. "
     "How many credits?",
     [("international_meeting", 1, None, None), ("tsa_monthly_meeting", 2, None, None)], "TSA annual meeting", 70),
    ("This year: 3 monthly meetings, no wait, 4 monthly meetings, and one international meeting. Total credits?",
     [("international_meeting", 1, None, None), ("tsa_monthly_meeting", 4, None, None)], "3 monthly meetings", 110),
])
def test_an_activity_taken_back_is_replaced_by_the_correction(engine, question, items, taken, total):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsa_credit_tally")
    assert _items(call) == sorted(items)
    assert call.result["total"] == total
    assert _corrected(a, taken), a.unused


# ----------------------------------------------------- 1. a figure taken back and said again, in each calculator

@pytest.mark.parametrize(("question", "tool", "path", "value", "old"), [
    ("今年月會去了5次…呃應該是6次，積分多少？", "tsa_credit_tally", ("activities", 0, "count"), 6, "5"),
    ("今年参加了2次月会，呃应该是3次，积分多少？", "tsa_credit_tally", ("activities", 0, "count"), 3, "2"),
    ("更正：今年月會去了 4 次，不是 3 次，積分多少？", "tsa_credit_tally", ("activities", 0, "count"), 4, "3"),
    ("介入：TACE 250 例，喔不對，是 320 例，專科 9 年，可以申請腫瘤栓塞指導老師嗎？", "tsir_instructor_eligibility",
     ("cases_last_6_years",), 320, "250"),
    ("RFA 100, sorry, 120, MWA 50, radiology specialist 10 years — can I apply as an ablation instructor?",
     "tsir_instructor_eligibility", ("cases_last_6_years",), 170, "100"),
    ("乳攝 QC：假體影像 68 分…不是，是 78 分，劑量 90、壓迫 88、照野 86、判讀系統 92，等級？", "hpa_qc_grade",
     ("scores", "phantom_image"), 78, "68"),
])
def test_a_figure_taken_back_is_replaced_and_shown_corrected(engine, question, tool, path, value, old):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    got = _call(a, tool).args
    for key in path:
        got = got[key]
    assert got == value
    assert _corrected(a, old), a.unused


@pytest.mark.parametrize(("question", "items"), [
    # the figure of a clause said again bare: the clause's activity keeps it
    ("今年去了 2 次國際醫學會，打錯，是 1 次，還有月會 3 次，積分多少？",
     [("international_meeting", 1, None, None), ("tsa_monthly_meeting", 3, None, None)]),
    ("今年去了 3 次月會。更正：是 4 次月會。積分多少？", [("tsa_monthly_meeting", 4, None, None)]),
])
def test_a_count_said_again_keeps_its_activity(engine, question, items):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert _items(_call(a, "tsa_credit_tally")) == sorted(items)
    assert any("更正" in u for u in a.unused), a.unused


# ----------------------------------------------------- 2. an unsure correction is asked about

@pytest.mark.parametrize("question", [
    "月會 5 次，不對，好像是 6 次還是 7 次，積分多少？",
    "This year 4 monthly meetings, no wait, maybe 5 or 6. Credits?",
    "今年月會去了5次，不對，是外科年會，積分？",  # whether the 5 goes with the annual meeting is the person's to say
    "出血栓塞 50 例，喔不對，可能是 65 例，專科 10 年，能申請非腫瘤栓塞指導老師嗎？",
])
def test_an_unsure_correction_is_asked_never_picked(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "clarify", (a.route, a.answer[:300])
    assert not a.tool_calls


# ----------------------------------------------------- 3. near misses: nothing is taken back

@pytest.mark.parametrize(("question", "items"), [
    ("月會 5 次，其中 2 次我是講者，今年積分？", [("tsa_monthly_meeting", 5, None, None), ("tsa_monthly_speaker", 2, None, None)]),
    ("今年月會 3 次，國際醫學會 1 次，對不對？積分多少？",
     [("international_meeting", 1, None, None), ("tsa_monthly_meeting", 3, None, None)]),
    ("I mean, how many credits do 3 monthly meetings give this year?", [("tsa_monthly_meeting", 3, None, None)]),
    ("Sorry for the long question: 3 monthly meetings and 1 international meeting this year — credits?",
     [("international_meeting", 1, None, None), ("tsa_monthly_meeting", 3, None, None)]),
    ("不是月會，是外科年會，今年去了 1 次，積分多少？", [("tsa_annual_meeting", 1, None, None)]),
])
def test_near_misses_take_nothing_back(engine, question, items):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert _items(_call(a, "tsa_credit_tally")) == sorted(items)
    assert not any("更正" in u or "corrected" in u for u in a.unused), a.unused


# ----------------------------------------------------- 4. the age-60 lifetime certificate from two dates

@pytest.mark.parametrize(("question", "birth", "applied", "lifetime"), [
    ("I was born 1964-05-05 and will send my paperwork in on 2026-12-20; lifetime certificate?", "1964-05-05", "2026-12-20", True),
    ("I was born on 5 May 1964 and will submit my documents on 20 Dec 2026. Do I qualify for the lifetime instructor "
     "certificate?", "1964-05-05", "2026-12-20", True),
    ("Born 1966/3/1, mailing the application on 2026-02-10 — lifetime certificate or not?", "1966-03-01", "2026-02-10", False),
    ("我民國53年5月5日生，預計115年12月20日送件換證，可以適用滿60歲終身證書嗎？", "1964-05-05", "2026-12-20", True),
    ("我民國五十三年五月五日生，一一五年十二月二十日送件，終身證書可以嗎？", "1964-05-05", "2026-12-20", True),
    ("53.5.5 出生，115.12.20 送件，可以申請終身指導老師證書嗎？", "1964-05-05", "2026-12-20", True),
    ("我1964.05.05出生，打算2026-12-20交件，算不算终身证书？", "1964-05-05", "2026-12-20", True),
])
def test_two_dates_and_the_lifetime_certificate_are_computed(engine, question, birth, applied, lifetime):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert [c.name for c in a.tool_calls] == ["tsir_renewal_check"]
    call = a.tool_calls[0]
    assert (call.args["birth_date"], call.args["application_date"]) == (birth, applied)
    assert call.result["lifetime_eligible"] is lifetime


@pytest.mark.parametrize(("question", "eligibility", "lifetime"), [
    ("Two questions. First: RFA 150 and MWA 40 in six years, specialist 10 years — enough for ablation instructor? Second: I was "
     "born 1964-05-05 and will send my paperwork on 2026-12-20; does the age-60 lifetime certificate apply to me?", True, True),
    ("第一，腫瘤栓塞 TACE 280 例、專科 12 年，可以申請指導老師嗎？第二，我民國55年3月1日出生，預計民國115年2月10日遞件，"
     "可以申請終身證書嗎？", False, False),
    ("两件事：一、消融指导老师新申请，RFA 150、MWA 40，专科医师10年，够吗？二、我1964年5月5日出生，2026年12月20日送件，"
     "能不能适用60岁终身证书？", True, True),
])
def test_the_lifetime_part_of_a_message_is_computed(engine, question, eligibility, lifetime):
    a = engine.answer(question, None, today=TODAY)
    assert [p.route for p in a.parts] == ["calculator", "calculator"], [(p.route, p.answer[:120]) for p in a.parts]
    assert _call(a.parts[0], "tsir_instructor_eligibility").result["eligible"] is eligibility
    assert _call(a.parts[1], "tsir_renewal_check").result["lifetime_eligible"] is lifetime


@pytest.mark.parametrize("question", [
    "指導老師滿60歲終身有效的規定是什麼？",
    "What does the rule say about the age-60 lifetime instructor certificate?",
    "What documents do I submit for the lifetime certificate?",
])
def test_the_rule_asked_without_dates_stays_a_rules_answer(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "retrieval", (a.route, a.answer[:300])
    assert any(c.id == "tsir-instructor/6" for c in a.citations)
