"""Eighteenth round, questions back (SPEC §3 clarify) and the replies that complete them.

Classes (each tested with phrasings invented here, not the bank's):
1. A head count larger than its slot's bound is no head count: "乳攝車跑了 110 個人" counts the people screened that day,
   so the van's radiographers are asked, and the reply's staff count is checked against that day's count (never the
   staff count alone, never "不得大於 100" asked back).
2. An age reached later ("I turn 60 next year", "I'll be 61 by then") beside the dates asked is set aside: a reply with
   both dates completes the lifetime check (never a second "could not tell" about the age words); the day one turns 60
   ("turns 60 on 2027-06-30") still dates the birth.
3. Two dated facts in a row ("birth date 1966-03-10, applying 2027-05-01"): a label after the comma names the date after
   it, not the one before.
4. The day one renews said right after its date ("明年(2027)3月1日要換證", "renewing on 2027-03-01") is the application
   date; a certificate's expiry day ("2027年3月1日到期，要換證") is not.
5. A vague count's question back cites the clause of the fact the count stands for ("幾次座長" → the lecture path,
   第一條第二款(1)) before the tool's own clauses.
6. A screening day said only as a period ("last month", "上個月", "a couple of weeks ago", "幾天前") with the deadline
   asked: the screening date is asked, never a deadline from a guessed day; "weeks ago" is when, not a vague count.
7. Bare facts sent after an answer that asked nothing (a rules answer to one's own case, a deadline with no date) are
   read with the question just answered; a figure that would stay unread, a question, or a calculation of its own is
   answered as a message of its own.
8. A count with what befalls it, last in the message and with no question mark ("超出的幾案會被核刪", "超過的有幾例拿不到錢"),
   is the figure asked, not a vague fact to ask back; said as done ("做了幾例被核刪") it stays a vague fact.
"""

from __future__ import annotations

import pytest

from bot.vague import find_vague, vague_period
from tests.bot.conftest import ask_and_reply


def _cited(answer) -> list[str]:
    return [c.id for c in answer.citations]


# ---------------------------------------------------------------- 1. a head count over its bound


@pytest.mark.parametrize(("question", "reply", "limit", "over"), [
    ("巡迴車昨天篩了 95 個人，會不會超標", "3位", 120, False),
    ("乳攝車這天一共照了 130 個人，超過每日上限了嗎？", "當天兩位放射師", 80, True),
])
def test_a_van_day_said_in_people_asks_the_staff_and_keeps_the_days_count(engine, question, reply, limit, over):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert [m.split(":")[0] for m in first.missing] == ["radiographers_on_van"]
    assert "hpa-mammo/2.4.1" in _cited(first)
    assert final.route == "calculator", final.answer
    result = final.tool_calls[0].result
    assert (result["van_daily_limit"], result["over_van_daily_cap"]) == (limit, over)


# ---------------------------------------------------------------- 2. an age reached later, said beside the dates asked


@pytest.mark.parametrize(("question", "reply"), [
    ("born 1966, I'll be 61 by then — lifetime instructor cert possible instead of renewal?", "1966/02/02 and I apply 2027/03/03"),
    ("nearly 61 now, born in 1966 - lifetime instructor certificate?", "1966-03-10, applying on 2027-05-01"),
])
def test_an_age_reached_later_is_set_aside_when_the_reply_gives_the_dates(engine, question, reply):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert first.pending_call.name == "tsir_renewal_check"
    assert _cited(first)[0] == "tsir-instructor/6"
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].result["lifetime_eligible"] is True
    assert not any(m.startswith("unread:") for m in final.missing)


@pytest.mark.parametrize(("question", "eligible"), [
    ("My colleague turns 60 on 2027-06-30; can she apply for the lifetime instructor certificate on 2027-06-01?", False),
    ("I'm turning 60 on 2027-02-01. Could I file for the lifetime instructor certificate on 2027-03-15?", True),
])
def test_the_day_one_turns_60_dates_the_birth(ask, question, eligible):
    a = ask(question)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].result["lifetime_eligible"] is eligible


# ---------------------------------------------------------------- 3. two dated facts in a row


@pytest.mark.parametrize("reply", ["birth date 1966-03-10, applying 2027-05-01", "DOB 1966-03-10; application 2027-05-01"])
def test_a_label_after_the_comma_names_the_next_date(engine, reply):
    _, final = ask_and_reply(engine, "nearly 61 now, born in 1966 - lifetime instructor certificate?", reply)
    assert final.route == "calculator", final.answer
    args = final.tool_calls[0].args
    assert (args["birth_date"], args["application_date"]) == ("1966-03-10", "2027-05-01")


# ---------------------------------------------------------------- 4. the day one renews


@pytest.mark.parametrize("question", [
    "我1965年8月8日出生，2026年12月20日要換證，能不能直接申請終身的指導老師證書？",
    "born 1965-08-08, I'm renewing on 2026-12-20 - could I take the lifetime instructor certificate instead?",
])
def test_the_day_one_renews_is_the_application_date(ask, question):
    a = ask(question)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].args["application_date"] == "2026-12-20"
    assert a.tool_calls[0].result["lifetime_eligible"] is True


def test_an_expiry_day_is_no_application_date(ask):
    a = ask("指導老師證書2027年3月1日到期，要換證，我1966年6月1日生，可以改終身嗎")
    assert a.route == "clarify" and not a.tool_calls, a.answer
    assert "application_date" in [m.split(":")[0] for m in a.missing]


# ---------------------------------------------------------------- 5. a vague count cites the fact it stands for


@pytest.mark.parametrize("question", [
    "腫瘤栓塞做了 90 例，也當過好幾次座長，專科 5 年，可以申請腫瘤栓塞的指導老師嗎",
    "ablation about 120 cases, 10 years as specialist, and I've moderated a few ablation sessions - can I be an ablation instructor?",
])
def test_a_vague_lecture_count_cites_the_lecture_path_first(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, a.answer
    assert any(m.startswith("vague:") for m in a.missing)
    assert _cited(a)[0] == "tsir-instructor/1.2.1"


# ---------------------------------------------------------------- 6. a screening day said only as a period


@pytest.mark.parametrize(("question", "reply", "deadline"), [
    ("cat 0 done a couple of weeks ago, what's the due date for the recall?", "2026/11/10", "2027-01-10"),
    ("前幾天篩的那個 category 5，最晚哪天要確診？", "11月20日", "2027-01-20"),
    ("Got a BI-RADS 3 from screening earlier this month - deadline for the repeat?", "Nov 3, 2026", "2027-05-03"),
])
def test_a_screening_day_said_as_a_period_is_asked(engine, question, reply, deadline):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert "screening_date" in [m.split(":")[0] for m in first.missing]
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].result["deadline"] == deadline


@pytest.mark.parametrize("text", ["a couple of weeks ago", "幾天前篩的", "前幾天拍的", "three weeks ago"])
def test_weeks_ago_is_when_not_a_vague_count(text):
    assert find_vague(text) == [] and vague_period(text)


@pytest.mark.parametrize("text", ["去了幾次月會，總共幾分", "做了幾次前哨，積分多少", "went to a few monthly meetings, how many credits?"])
def test_vague_counts_stay_vague(text):
    assert find_vague(text)


# ---------------------------------------------------------------- 7. bare facts after an answer that asked nothing


@pytest.mark.parametrize(("question", "reply"), [
    ("Our patient came back category 4 from screening, what's the follow-up rule?", "screened 2026-11-05"),
    ("我們有個案 category 4，追蹤規定是什麼？", "篩檢日 2026/11/05"),
])
def test_a_date_after_a_deadline_rule_answer_completes_the_deadline(engine, question, reply):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "retrieval"
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].name == "hpa_followup_deadline"
    assert final.tool_calls[0].result["deadline"] == "2027-01-05"


def test_dates_after_a_lifetime_rules_answer_complete_the_check(engine):
    first, final = ask_and_reply(engine, "I turn 61 next year, born 1966; lifetime instructor certificate?",
                           "DOB 1966-03-10; application 2027-05-01")
    # (round 27: "born 1966" is a birth said by its year alone — the dates are asked back, no rule's yes quoted)
    assert first.route == "clarify"
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].result["lifetime_eligible"] is True


def test_a_bare_figure_that_stays_unread_is_not_joined(engine):
    _, final = ask_and_reply(engine, "乳攝車一天上限多少？", "2 位放射師")
    assert not any(m.startswith("unread:") for m in final.missing)


def test_a_new_question_after_a_rules_answer_is_its_own(engine):
    _, final = ask_and_reply(engine, "外科月會一次幾分？", "年會一次幾分？")
    assert not final.tool_calls
    assert "tsa-cme/5.1" in _cited(final)


# ---------------------------------------------------------------- 8. a count asked by what befalls it


@pytest.mark.parametrize(("text", "vague"), [
    ("兩位放射師都 365 天，年篩 12,500 案，會不會超量？超出的幾案會被核刪", []),
    ("一位放射師全年 365 天，篩了 6,900 案，超過的有幾件領不到錢", []),
    ("三位都 365 天，今年 20000 例，多出來的幾例不給付", []),
    ("做了幾例被核刪，年篩 8000 案", ["幾例"]),
])
def test_a_count_asked_by_what_befalls_it(text, vague):
    assert find_vague(text) == vague


def test_a_count_asked_by_what_befalls_it_is_computed(ask):
    a = ask("一位放射師全年 365 天，篩了 6,900 案，超過的有幾件領不到錢")
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].result["excess_cases"] == 300
