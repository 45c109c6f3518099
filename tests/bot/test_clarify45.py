"""Round 45 (clarify45): a fact the answer turns on said only roughly, or not at all, is never filled in silently.

1. A date said only to the MONTH or the YEAR ("明年3月申請", "预计2027年1月", "in March 2027", "next year", "民國55年3月生") is
   worked out for every day it names (bot.parsing.months, `Engine._month_only`): where the verdict is the same on each day it
   is answered, the first day used and an assumption saying so; where it turns inside the span, the day is asked for, with the
   days on each side, and the reply completes it. Near misses: full dates are computed as before; a span too wide to work out
   day by day (a birth year and an application year) is asked as before.
2. One's own STATUS said as an event with none of its figures ("got flagged in the re-read review", "複判被點名了", "复判没过",
   "about halfway through the renewal points", "換證分數做了一半", "QC 假體拿 B" with the cause unsaid) and what follows asked:
   the figures (rates, activities, yearly credits, the cause) are asked for, never the rule's bands quoted and never a share
   multiplied out; the reply completes it. Near misses: a case supposed ("如果…") and the rule's band asked stay the rule's.
3. A score's grade asked: the first line states the band it falls in ("C (70-76)", "B 等（77-84 分）", "B (340-359").
Phrasings written for this test; the blind banks' questions are not among them.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


def _call(answer, tool):
    return next(c for c in answer.tool_calls if c.name == tool)


# ----------------------------------------------------------------------- 1. a date said only to the month or the year

SPAN_SAME = [
    ("我1960年5月2日出生，预计2027年1月申请终身指导老师证书，可以吗？", "1960-05-02", "2027-01-01", True),
    ("I was born on 1964-04-04 and will apply for the lifetime instructor certificate next year. OK?", "1964-04-04",
     "2027-01-01", True),
    ("我1970年1月1日生，明年3月申請終身指導老師證書可以嗎？", "1970-01-01", "2027-03-01", False),
    ("民國55年3月生，打算116年5月1日申請終身指導老師證書，可以嗎？", "1966-03-01", "2027-05-01", True),
    ("Born 1962-08-03, applying for the lifetime TSIR instructor cert in March 2027 — eligible?", "1962-08-03", "2027-03-01",
     True),
    ("我1963年7月7日生，明年三月份要送指導老師終身證書，可以嗎？", "1963-07-07", "2027-03-01", True),
]


@pytest.mark.parametrize(("question", "birth", "application", "lifetime"), SPAN_SAME)
def test_a_month_or_year_whose_days_all_give_one_verdict_is_answered_with_the_assumption(engine, question, birth, application,
                                                                                          lifetime):
    answer = ask_and_reply(engine, question)
    assert answer.route == "calculator", (question, answer.answer[:300])
    call = _call(answer, "tsir_renewal_check")
    assert call.args["birth_date"] == birth and call.args["application_date"] == application
    assert call.result["lifetime_eligible"] is lifetime
    # the day never filled in silently: the assumption says every day was worked out
    assert any(("每一天" in a) or ("every day" in a) for a in answer.assumptions), answer.assumptions


SPAN_TURNS = [
    ("我是1967年5月20日生的，明年5月要申請終身指導老師，可以嗎？", "5月10日", "2027-05-10", False),
    ("我1966年12月15日出生，打算2026年12月申請終身指導老師證書，可以嗎？", "12月20日", "2026-12-20", True),
    ("Born 1967-03-10. I'm applying for the lifetime instructor certificate in March 2027, will I qualify?", "March 20",
     "2027-03-20", True),
    ("Born 1967-03-10. I'm applying for the lifetime instructor certificate in March 2027, will I qualify?", "March 5",
     "2027-03-05", False),
]


@pytest.mark.parametrize(("question", "reply", "application", "lifetime"), SPAN_TURNS)
def test_a_month_whose_days_turn_the_verdict_asks_the_day_and_the_reply_completes_it(engine, question, reply, application,
                                                                                      lifetime):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, (question, first.answer[:300])
    assert any(m.startswith("application_date") for m in first.missing), first.missing
    assert "~" in first.answer  # the days on each side of the turn are said
    assert final.route == "calculator", (reply, final.answer[:300])
    call = _call(final, "tsir_renewal_check")
    assert call.args["application_date"] == application and call.result["lifetime_eligible"] is lifetime


SPAN_NEAR = [
    ("1965-06-10生，2027-02-15申請終身指導老師證書可以嗎？", "calculator"),
    ("我1966年生，明年申請終身證書可以嗎？", "clarify"),
]


@pytest.mark.parametrize(("question", "route"), SPAN_NEAR)
def test_full_dates_and_spans_too_wide_keep_their_route(engine, question, route):
    answer = ask_and_reply(engine, question)
    assert answer.route == route, (question, answer.answer[:300])
    assert not any(("每一天" in a) or ("every day" in a) for a in answer.assumptions)


# ----------------------------------------------------------------------- 2. one's own status, its figures unsaid

STATUS = [
    ("Dr. Lin got flagged on the re-read audit again. What sanction does she face?", "hpa_reread_action",
     "positive 62%, negative 12%", ("tier", "stop")),
    ("他這次複判被點名了，適用哪一個措施？", "hpa_reread_action", "陽性 45%，陰性 10%，上次沒被要求", ("tier", "recommended")),
    ("我们科一个读片医生复判没过，会怎么处理？", "hpa_reread_action", "阳性 52%，阴性 8%，上次没有被要求", ("tier", "required")),
    ("My reader failed the re-read review this time. What happens now?", "hpa_reread_action",
     "positive 30%, negative 25%, first time", ("tier", "stop")),
    ("I'm about halfway through the instructor renewal points, how much more do I need?", "tsir_renewal_check",
     "SCI first author 2 full articles, 80 radiology CME points", ("shortfall", 40)),
    ("指導老師換證分數大概做了一半，還差多少？", "tsir_renewal_check", "SCI 一作原著 2 篇，教育積分 80 分", ("shortfall", 40)),
    ("我的換證積分差不多湊了七成，還缺多少？", "tsir_renewal_check", "SCI 一作原著 2 篇，教育積分 80 分", ("shortfall", 40)),
]


@pytest.mark.parametrize(("question", "tool", "reply", "pinned"), STATUS)
def test_own_status_with_no_figures_asks_them_and_the_reply_completes_it(engine, question, tool, reply, pinned):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, (question, first.answer[:300])
    assert first.pending_call is not None and first.pending_call.name == tool
    assert final.route == "calculator", (reply, final.answer[:300])
    key, value = pinned
    assert _call(final, tool).result[key] == value


def test_surgical_renewal_half_done_asks_the_yearly_credits(engine):
    answer = ask_and_reply(engine, "外科積分做了大概一半，還差多少才能展延？")
    assert answer.route == "clarify" and answer.pending_call.name == "tsa_renewal_check", answer.answer[:300]


QC_CAUSE = [
    ("實地測試：劑量 95、假體影像 79、壓迫 90、照野 92。假體是 B，負責醫師要去參加品管研討會嗎？", "是人為的，擺位失誤"),
    ("QC results: dose 91, phantom 78, compression 93. The phantom got a B — do our physician and radiographer have to attend "
     "the QC seminar?", "yes, operator error"),
    ("质控测试：剂量 90、假体影像 80、压迫 92。假体拿了B，医师和放射师要去上品管研讨会吗？", "是的，人为因素"),
    ("品管實測：劑量 93、假體影像 81、壓迫 96。假體 B 等，放射師需要去品保座談會嗎？", "對，是放射師操作設定錯誤"),
]


@pytest.mark.parametrize(("question", "reply"), QC_CAUSE)
def test_qc_grade_with_the_cause_unsaid_asks_it_and_the_reply_is_read(engine, question, reply):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and any(m.startswith("human_factor") for m in first.missing), (question, first.answer[:300])
    assert final.route == "calculator", (reply, final.answer[:300])
    call = _call(final, "hpa_qc_grade")
    assert call.args["human_factor"] is True and call.result["worst"] == "B"


STATUS_NEAR = [
    "如果判讀醫師複判沒過，會怎麼處理？",
    "What measure applies when a reader's positive discrepancy is over 60%?",
    "複判差異超過多少會停止判讀？",
    "換證積分要多少才夠？",
]


@pytest.mark.parametrize("question", STATUS_NEAR)
def test_the_rule_asked_stays_the_rules(engine, question):
    answer = ask_and_reply(engine, question)
    assert answer.route == "retrieval", (question, answer.answer[:300])


# ----------------------------------------------------------------------- 3. a score's grade: the band on the first line

BANDS = [
    ("QC field test: the phantom image analysis came out at 72, what grade?", "C", "70-76"),
    ("假體影像分析 80 分，算哪一等？", "B", "77-84"),
    ("壓迫裝置測試拿了 69 分是什麼等級？", "D", "未達 70"),
    ("our radiographer's sampled films averaged 345, what grade?", "B", "340-359"),
    ("放射师自选片两组 365、372，评几等？", "A", "360"),
]


@pytest.mark.parametrize(("question", "grade", "band"), BANDS)
def test_a_grade_asked_states_its_band_on_the_first_line(engine, question, grade, band):
    answer = ask_and_reply(engine, question)
    assert answer.route == "calculator", (question, answer.answer[:300])
    line = answer.answer.splitlines()[0]
    assert grade in line and band in line, line


def test_several_items_keep_the_short_headline(engine):
    answer = ask_and_reply(engine, "Phantom image analysis 90, compression 80 — grades?")
    line = answer.answer.splitlines()[0]
    assert "A" in line and "B" in line and "(" not in line, line


def test_a_year_named_by_another_dates_words_is_never_taken_for_the_missing_one(engine):
    # ("2021年拿到" is the issue year: never worked out day by day as the expiry the window asks for)
    answer = ask_and_reply(engine, "我2021年拿到外科專科證書，什麼時候可以展延？")
    # (round 48: 拿到 names the issue date, which is asked — its year said alone may show the dates it could be)
    assert answer.route == "clarify" and not any("只說到" in m for m in answer.missing if m.startswith("expiry_date")), \
        answer.missing
    assert any(m.startswith("issue_date") for m in answer.missing), answer.missing


def test_an_expiry_month_whose_window_turns_with_the_day_asks_it(engine):
    answer = ask_and_reply(engine, "我的指導老師證書 116年4月到期，什麼時候可以開始申請換證？")
    assert answer.route == "clarify" and any(m.startswith("expiry_date") and "116年4月" in m for m in answer.missing), answer.missing
