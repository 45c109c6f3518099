"""Reader classes of round 24b (figures left unread) — each tested with wordings of its own (zh-TW, zh-CN, en), never
the bank's sentence:

1. 放專, the everyday short form of 放射專科, names the specialist years, with or without a space before the figure;
2. 五年 arrives folded as "5年" (no space): five yearly totals are the renewal's, its sixth year asked for;
3. a line asked with a bare question ("do I reach 600?", "有到 600 嗎") is the person's guess, not a sixth yearly total;
   five years named with the sixth given after them (or by another part's result) are the renewal's.
"""

from __future__ import annotations

import pytest

from bot.reader.guesses import guessed_line
from tests.bot.conftest import ask_and_reply, calculator_calls as _calls


# --- 1. 放專 names the specialist years ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "years"), [
    ("消融 190 例，放專 10 年，可以申請指導老師嗎？", 10),
    ("腫瘤栓塞 130 例、放專12年，夠不夠當指導老師", 12),
    ("肿瘤栓塞 130 例，放专已经 9 年，可以申请指导老师吗？", 9),
    ("RFA 190 例，我 11 年放專，能申請指導老師嗎", 11),
])
def test_the_short_form_fang_zhuan_names_the_specialist_years(ask, question, years):
    calls = _calls(ask(question))
    assert calls[0][0] == "tsir_instructor_eligibility", calls
    assert calls[0][1]["years_as_specialist"] == years, calls


def test_fang_zhuan_points_are_no_specialist_years(ask):
    # 放專積分 is a count of points, never the years: no instructor eligibility is computed from it
    a = ask("指導老師換證要放專積分 200 分嗎？")
    assert not any(c.name == "tsir_instructor_eligibility" for c in a.tool_calls)


# --- 2. five yearly totals (五年 folded to "5年") ask for the sixth ------------------------------------------------------

@pytest.mark.parametrize("question", [
    "證書六年裡面有五年的積分是 100、90、120、110、95，還差多少才夠？",
    "前五年積分分別是100、90、120、110、95，第六年還要拿幾分？",
    "前5年的学分是100、90、120、110、95，还差多少？",
    "my first 5 years of credits: 100, 90, 120, 110, 95. how many more do I need?",
])
def test_five_yearly_totals_ask_for_the_sixth(ask, question):
    a = ask(question)
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert a.pending_call is not None and a.pending_call.name == "tsa_renewal_check"
    assert any(m.startswith("yearly_credits") for m in a.missing), a.missing


def test_the_sixth_year_given_in_reply_computes_the_renewal(engine):
    _, second = ask_and_reply(engine, "前五年積分分別是 100、90、120、110、95，還差多少？", "今年是 85 分")
    calls = _calls(second)
    assert calls == [("tsa_renewal_check", {"yearly_credits": [100, 90, 120, 110, 95, 85]})], calls


def test_five_years_ago_is_no_list_of_yearly_totals(ask):
    assert ask("五年前我拿了 30 分，現在還差多少？").route != "calculator"


# --- 3. "do I reach 600?" is a line asked, not a yearly total ----------------------------------------------------------

@pytest.mark.parametrize(("text", "figure"), [
    ("with this year added do I reach 600?", "600"),
    ("加上今年有到 600 嗎？", "600"),
    ("這樣能達到 600 分嗎", "600"),
    ("did I hit 600?", "600"),
])
def test_a_line_asked_with_a_bare_question_is_a_guess(text, figure):
    start = text.index(figure)
    assert guessed_line(text, start, start + len(figure))


@pytest.mark.parametrize("text", ["我到 2025 年為止拿了 120 分", "reached 5 meetings this year and 3 last year"])
def test_a_figure_reached_without_a_question_is_not_a_guess(text):
    figure = next(tok for tok in text.replace("年", " ").split() if tok.isdigit())
    start = text.index(figure)
    assert not guessed_line(text, start, start + len(figure))


@pytest.mark.parametrize(("question", "credits"), [
    ("My past five years were 110, 90, 130, 100, 95; with this year's 80 added, do I reach 600?",
     [110, 90, 130, 100, 95, 80]),
    ("前五年積分 110、90、130、100、95，加上今年的 80 分，有到 600 嗎？", [110, 90, 130, 100, 95, 80]),
    ("前五年学分 110、90、130、100、95，今年 120，能达到 600 分吗？", [110, 90, 130, 100, 95, 120]),
])
def test_five_years_and_the_sixth_with_a_line_asked_compute_the_renewal(ask, question, credits):
    a = ask(question)
    calls = _calls(a)
    assert calls == [("tsa_renewal_check", {"yearly_credits": credits})], calls
    assert a.unused  # the line asked is shown as not used, never silently dropped


@pytest.mark.parametrize(("question", "last"), [
    ("This year I went to the TSA annual meeting and 3 monthly meetings, how many credits? "
     "My previous five years were 110, 90, 130, 100, 95; with this year added do I reach 600?", 120),
    ("今年參加外科醫學會年會一次、月會 3 次，幾分？前五年 110、90、130、100、95，加上今年有到 600 分嗎？", 120),
])
def test_this_years_tally_completes_the_five_years(ask, question, last):
    calls = _calls(ask(question))
    assert [name for name, _ in calls] == ["tsa_credit_tally", "tsa_renewal_check"], calls
    assert calls[1][1]["yearly_credits"] == [110, 90, 130, 100, 95, last], calls


# --- 4. after a training, a length and a place alone is another training there ------------------------------------------

@pytest.mark.parametrize(("question", "kinds"), [
    ("在日本進修 2 個月，之後在台大 3 個月，積分多少？", [("training_abroad", 2), ("training_domestic", 3)]),
    ("在北榮進修 3 個月，之後去東京 2 個月，積分怎麼算？", [("training_domestic", 3), ("training_abroad", 2)]),
    ("在美国进修 1 个月，然后在台大 2 个月，积分多少？", [("training_abroad", 1), ("training_domestic", 2)]),
    ("did a 2 month observership in Boston, then 1 month in Taipei at a medical center. credits?",
     [("training_abroad", 2), ("training_domestic", 1)]),
])
def test_a_length_and_a_place_after_a_training_is_another_training(ask, question, kinds):
    calls = _calls(ask(question))
    assert [(it["kind"], it["months"]) for it in calls[0][1]["activities"]] == kinds, calls


def test_a_length_and_a_place_after_no_training_is_asked_about(ask):
    # after a meeting, "之後在台大 3 個月" names no activity: asked about, never dropped nor made a training
    a = ask("去年月會 3 次，之後在台大 3 個月，幾分？")
    assert a.route == "clarify" and any("3 個月" in u for u in a.unused), (a.route, a.unused)


# --- 5. a part naming no certificate, read as its siblings' certificate when that reads every figure -------------------

@pytest.mark.parametrize("question", [
    "(1) RFA 200 cases, 10 yrs as radiologist — ablation instructor ok? (2) renewal: 1 international lecture, "
    "2 domestic orals, 120 CME points — enough?",
    "(a) TACE 150 例、放射專科 10 年，腫瘤栓塞指導老師可以嗎？(b) 換證：國際演講 1 次、國內口頭報告 2 次、CME 120 分，夠嗎？",
])
def test_a_renewal_part_is_read_as_the_siblings_certificate(ask, question):
    a = ask(question)
    calls = _calls(a)
    assert [name for name, _ in calls] == ["tsir_instructor_eligibility", "tsir_renewal_check"], calls
    assert calls[1][1]["cme_points"] == 120, calls
    assert not a.unused, a.unused


def test_a_part_naming_its_own_certificate_is_not_reread(ask):
    # the surgical certificate named in the part: never read as the instructor certificate of the part before
    a = ask("(a) RFA 200 例、放射專科 10 年，消融指導老師可以嗎？(b) 外科專醫展延：六年積分 100、90、120、110、95、80，夠嗎？")
    names = [c.name for c in a.tool_calls]
    assert "tsir_renewal_check" not in names, names


# --- 6. an e-poster at a surgical meeting is the surgical tally's; elsewhere the TSIR renewal's --------------------------

@pytest.mark.parametrize(("question", "count"), [
    ("had 3 e-posters at the surgical congress, first author on all of them. points?", 3),
    ("I presented 2 e-posters at the TSA meeting as first author, credits?", 2),
    ("在外科醫學會年會貼了 3 張電子壁報，都是第一作者，幾分？", 3),
])
def test_an_eposter_at_a_surgical_meeting_is_a_presentation(ask, question, count):
    calls = _calls(ask(question))
    assert calls[0][0] == "tsa_credit_tally", calls
    assert [(it["kind"], it["count"]) for it in calls[0][1]["activities"]] == [("presentation", count)], calls


@pytest.mark.parametrize("question", [
    "I had 3 e-posters at JSIR and 2 domestic orals, CME 80, enough for renewal?",
    "e-poster 2 篇國內、oral 1 次國外，換證夠嗎？",
])
def test_an_eposter_without_a_surgical_meeting_stays_the_tsir_renewals(ask, question):
    a = ask(question)
    assert not any(c.name == "tsa_credit_tally" for c in a.tool_calls), a.tool_calls
    assert a.pending_call is None or a.pending_call.name != "tsa_credit_tally"


# --- 7. a rate line asked with a bare question is no rate of the person's ----------------------------------------------

@pytest.mark.parametrize("question", [
    "疑似陽性的個案我們已經追完 120 個，完成率有到 80% 嗎？",
    "疑似阳性个案追完 120 个了，追踪完成率能达到 80% 吗？",
])
def test_a_completion_rate_asked_whether_reached_is_no_rate(ask, question):
    a = ask(question)
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert a.pending_call is not None and a.pending_call.name == "hpa_followup_deduction"
    assert a.pending_call.args.get("completed_cases") == 120, a.pending_call.args
    assert "completion_rate_pct" not in a.pending_call.args, a.pending_call.args


# --- 8. a count of the things named in brackets, one of them named with a slash ----------------------------------------

@pytest.mark.parametrize(("question", "reply"), [
    ("现场测试假体影像 81 分，其他四项（剂量/半值层、压迫、照野、阅片）都是 92，负责医师要不要去参加品管讨论会？", "是人为因素，摆位没做好"),
    ("實地測試假體 79 分，其餘四項（劑量/半值層、壓迫、照野、閱片系統）都 92，要去品管討論會嗎？", "是人為因素，擺位沒做好"),
])
def test_a_count_of_items_named_with_a_slash_is_no_figure(engine, question, reply):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.unused, (first.route, first.unused)
    calls = _calls(second)
    assert calls[0][0] == "hpa_qc_grade" and not second.unused, (calls, second.unused)
    assert second.tool_calls[0].result["worst"] == "B"
