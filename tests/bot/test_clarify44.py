"""Round 44 (clarify44): a question whose answer turns on a fact it does not state asks for that fact with the RIGHT calculator
(no default filled in), and the reply completes it.

1. The renewal WINDOW asked of one's own certificate whose date is said only vaguely ("幾年前發的", "前幾年拿到的", "快到期了",
   "got it a few years ago", "expires soon") — may I apply now / yet? — asks the certificate's issue or expiry date
   (renewal_window), never the credits check's six yearly totals (no credit is said) and never "幾年" as a count; a reply
   giving the date ("2021年5月20日發的", "到期日是 2027/3/31") computes the window. Near misses: the credits said ("前五年積分
   100、120…，可以展延了嗎") stay the credits check; the validity asked of someone's certificate ("有效期是幾年") stays the rule's.
2. One's own case's follow-up deadline asked as a DAY ("期限到哪天", "what's the deadline date") with neither the category nor
   the screening date said: both asked (hpa_followup_deadline), never the clauses quoted with no direct line; a reply giving
   both ("category 0，2026/10/15 篩的") computes the day. Near miss: the period asked ("追蹤期限是多久") stays the rule's.
3. The lifetime instructor certificate (article 6: 60 on the application date) asked of ONESELF with no age and no birth said
   — "can I go for it? I'd apply next month", "am I old enough", "我下個月要送件，可以申請終身的嗎", "我年紀夠了嗎" — asks the
   birth date and the application date (tsir_renewal_check), never the rule's "60 歲以上" as the yes and never the renewal
   window (a renewal said beside it, "when I renew next spring"); a reply giving both dates, each bound by its own cue ("born
   1965-05-20, I'd apply on 2027-03-01"), computes the verdict. Near misses: the rule asked ("at what age", "幾歲可以申請",
   "age cutoff") stays the rules' answer.
Phrasings written for this test; the blind banks' questions are not among them.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


def _keys(answer) -> set[str]:
    return {m.split(":", 1)[0] for m in answer.missing}


def _call(answer, tool):
    return next(c for c in answer.tool_calls if c.name == tool)


# ------------------------------------------------------------------------- 1. the window, the certificate's date said vaguely

WINDOW_VAGUE = [
    ("我的外科專科醫師證書是好幾年前拿到的，現在可以送展延了嗎？", "115年8月31日到期", "tsa-cme", "2026-08-31", "2026-02-28"),
    ("指導老師證書是前幾年拿到的，現在可以申請換證了嗎？", "到期日是 2027/3/31", "tsir-instructor", "2027-03-31", "2026-09-30"),
    ("介入指导老师证是几年前发的，现在能换证了吗？", "2021年2月10日发的", "tsir-instructor", "2027-02-10", "2026-08-10"),
    ("外科專科證書快到期了，現在送展延來得及嗎？", "2027年1月31日到期", "tsa-cme", "2027-01-31", "2026-07-31"),
    ("I got my surgical specialist certificate a few years ago. Can I renew it yet?", "issued on 2021-02-10", "tsa-cme",
     "2027-02-10", "2026-08-10"),
    ("My TSIR instructor cert expires soon — can I apply for the renewal now?", "it expires 2027-01-31", "tsir-instructor",
     "2027-01-31", "2026-07-31"),
]


@pytest.mark.parametrize(("question", "reply", "doc", "expiry", "opens"), WINDOW_VAGUE)
def test_window_asked_with_a_vague_certificate_date_asks_the_date(engine, question, reply, doc, expiry, opens):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify", (question, first.answer[:200])
    assert first.pending_call is not None and first.pending_call.name == "renewal_window", question
    # the date asked, never "幾年" as a count: the expiry, or the issue date when the certificate is said obtained (round 48:
    # "拿到 / got it … ago" names the issue; the question offers the expiry too, and a reply saying 到期 / expires fills it)
    assert _keys(first) & {"expiry_date", "issue_date"}, first.missing
    assert not first.tool_calls
    assert final.route == "calculator", (reply, final.answer[:300])
    call = _call(final, "renewal_window")
    assert call.args["doc"] == doc
    assert call.result["expiry_date"] == expiry and call.result["opens"] == opens


WINDOW_NEAR_MISSES = [
    # the credits said: the credits check, as before
    ("我前五年積分 100、120、90、110、100，證書可以展延了嗎？", "tsa_renewal_check"),
    # the validity asked of someone's certificate: the rule's
    ("我們科主任前幾年拿到的指導老師證，有效期是幾年？", None),
]


@pytest.mark.parametrize(("question", "tool"), WINDOW_NEAR_MISSES)
def test_window_near_misses_keep_their_reading(engine, question, tool):
    a = ask_and_reply(engine, question)
    if tool is None:
        assert a.route == "retrieval", (question, a.route)
    else:
        assert a.pending_call is not None and a.pending_call.name == tool or any(c.name == tool for c in a.tool_calls), question


# ------------------------------------------------------------------------- 2. the deadline day, no category and no date

DEADLINE_UNDATED = [
    ("有個個案要追蹤，期限到哪天？", "category 0，2026/10/15 篩的", "2026-12-15"),
    ("有个个案筛检结果要追踪，最晚到哪一天？", "category 3，2026年9月1日筛的", "2027-03-01"),
    ("我們這邊有位受檢者篩檢後要追蹤，期限是幾號？", "第0類，10月15日篩檢", "2026-12-15"),
    ("One of our ladies was screened and needs follow-up — what's the deadline date?", "cat 4, screened 2026-10-20",
     "2026-12-20"),
    ("I have a patient who needs follow-up after her screening mammo. What date is the follow-up due?",
     "category 0, screened 2026-10-15", "2026-12-15"),
]


@pytest.mark.parametrize(("question", "reply", "deadline"), DEADLINE_UNDATED)
def test_deadline_day_asked_without_category_or_date_asks_both(engine, question, reply, deadline):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify", (question, first.answer[:200])
    assert first.pending_call is not None and first.pending_call.name == "hpa_followup_deadline"
    assert {"category", "screening_date"} <= _keys(first), first.missing
    assert final.route == "calculator", (reply, final.answer[:300])
    assert _call(final, "hpa_followup_deadline").result["deadline"] == deadline


@pytest.mark.parametrize("question", [
    "篩檢個案的追蹤期限是多久？", "疑似陽性個案要在多久內完成追蹤？", "category 0 的個案要在多久內完成複檢？"])
def test_deadline_period_asked_stays_the_rule(engine, question):
    a = ask_and_reply(engine, question)
    assert a.route == "retrieval", (question, a.route)


# ------------------------------------------------------------------------- 3. the lifetime certificate asked of oneself

LIFETIME_SELF = [
    ("Could I get the lifetime TSIR instructor cert instead? Planning to submit in the spring.",
     "born 1967-03-02, I'll apply 2027-04-01", True),
    ("I'll go for the lifetime instructor cert when I renew next year — am I old enough?",
     "born 1967-03-02, I'll apply 2027-04-01", True),
    ("Am I old enough for the lifetime instructor certificate yet? I want to send the form in soon.",
     "born 1968-06-01, applying 2027-01-10", False),
    ("我下個月要送件，可以申請終身指導老師證書嗎？", "1966年1月20日生，2026年12月15日送件", True),
    ("終身指導老師證書我年紀夠了嗎？", "民國55年1月20日生，預計115年12月15日申請", True),
    ("我打算明年申请换证，能不能直接申请终身指导老师证书？", "1967年3月2日出生，2027年4月1日申请", True),
    ("我年龄够不够申请终身指导老师证书？", "1967年5月1日出生，2027年3月1日申请", False),
]


@pytest.mark.parametrize(("question", "reply", "lifetime"), LIFETIME_SELF)
def test_lifetime_asked_of_oneself_asks_both_dates(engine, question, reply, lifetime):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify", (question, first.answer[:200])
    assert first.pending_call is not None and first.pending_call.name == "tsir_renewal_check", question
    assert "birth_date" in _keys(first), first.missing
    assert final.route == "calculator", (reply, final.answer[:300])
    assert _call(final, "tsir_renewal_check").result["lifetime_eligible"] is lifetime


LIFETIME_RULE = [
    "at what age can one get the lifetime instructor certificate?",
    "Is there a lifetime instructor certificate? what's the age cutoff",
    "幾歲可以申請終身的指導老師證書？",
    "终身指导老师证书要满几岁才能申请？",
]


@pytest.mark.parametrize("question", LIFETIME_RULE)
def test_lifetime_rule_asked_stays_the_rules_answer(engine, question):
    a = ask_and_reply(engine, question)
    assert a.route == "retrieval", (question, a.route)
    assert "tsir-instructor/6" in [c.id for c in a.citations]
