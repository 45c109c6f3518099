"""Multi-part questions, round 30 (issue 9, SPEC §3 `parts`): round 29's parts work re-landed without its regression.

Every phrasing here is new (zh-TW, zh-CN, en), written for the class by the parts helper, not taken from an eval bank.
Real engine (conftest: real index on disk, real calculators, no model).
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import TODAY


# ------------------------------------------------------------------ one rules question written as two sentences

@pytest.mark.parametrize(("question", "clause"), [
    ("別的醫學會辦的繼續教育課程，每年最多能採認幾分？應該有上限吧？", "tsa-cme/5.12"),
    ("外面机构办的讲习课程，每年最多能算多少分？是有上限的吧？", "tsa-cme/5.12"),
    ("Courses other societies run: how many credits a year can I get from them at most? There's a limit, isn't there?",
     "tsa-cme/5.12"),
    ("在醫學中心進修三週，這樣還能申請嗎？積分如何計算？", "tsa-cme/5.9.2"),
    ("在国内医学中心进修两周，可以申请吗？积分怎么计算？", "tsa-cme/5.9.2"),
    ("去国外进修三个礼拜，还能申请吗？积分怎么算？", "tsa-cme/5.9.1"),
    ("Three weeks of training at a domestic medical centre — may I still claim it? how is it scored?", "tsa-cme/5.9.2"),
    ("Training abroad for two weeks: does it count at all? how would it be scored?", "tsa-cme/5.9.1"),
])
def test_one_rules_question_written_as_two_sentences_stays_one_rules_answer(engine, question, clause):
    """"…每年最多能採認幾分？應該有上限吧？": both sentences ask what the rule says (its limit, whether it is capped, whether such a
    case counts and how it is scored) and none asks a result of figures of one's own — one rules answer quoting the clause,
    never a first part sent to the credit calculator."""
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "retrieval", answer.answer[:300]
    assert not answer.parts, answer.answer[:300]
    assert not answer.tool_calls
    assert clause in [c.id for c in answer.citations], answer.answer[:300]


@pytest.mark.parametrize(("question", "clause"), [
    ("醫學中心進修 2 個月、年會 1 次，總共幾分？另外進修不到一個月怎麼算？", "tsa-cme/5.9"),
    ("国内医学中心进修 2 个月，积分多少？另外非本会办的课程一年最多算几分？", "tsa-cme/5.12"),
    ("Domestic training 3 months this year, how many credits? Also, is there a yearly cap on courses run by other "
     "societies?", "tsa-cme/5.12"),
])
def test_a_calculation_beside_a_rules_question_still_splits(engine, question, clause):
    """"…進修 2 個月…總共幾分？另外…怎麼算？": one part states figures and asks their result — the calculation's — and the other
    asks the rule: two parts, the credits computed and the clause quoted."""
    answer = engine.answer(question, today=TODAY)
    assert [p.route for p in answer.parts] == ["calculator", "retrieval"], answer.answer[:300]
    assert [c.name for c in answer.parts[0].tool_calls] == ["tsa_credit_tally"]
    assert clause in [c.id for c in answer.parts[1].citations], answer.answer[:300]


@pytest.mark.parametrize("question", [
    "前次審查已經被要求參加判片座談會，這次複判陰性差異 18%，會怎樣？停權幾個月？",
    "上次被要求参加座谈会，这次阳性复判差异 60%，会如何？要停多久？",
    "We were told last review to attend the reading seminar. This time positive discrepancy is 55% — what happens? How "
    "long is the suspension?",
])
def test_what_ones_own_figures_lead_to_is_computed_beside_the_rule(engine, question):
    """"…差異 18%，會怎樣？停權幾個月？": the first sentence asks what the person's own figures lead to — the re-read
    calculator's verdict (stop and suspend), never only the clause quoted as if no figure had been given."""
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "calculator", answer.answer[:300]
    calls = [c for p in (answer.parts or [answer]) for c in p.tool_calls]
    assert [c.result["tier"] for c in calls if c.name == "hpa_reread_action"] == ["stop_and_suspend"], answer.answer[:300]


# ------------------------------------------------------------------ "Two things." and just as many numbered items

@pytest.mark.parametrize(("question", "total", "expiry"), [
    ("Two things. (a) 2024 credits: two domestic seminars of 3 hours each and 1 international meeting. (b) my cert "
     "expires 2027-05-31 — how late could I file if it is approved?", 30, "2027-05-31"),
    ("兩件事：(1) 2024 年積分：國內研討會 2 場、每場 3 小時，國際會議 1 次。(2) 證書 2027-05-31 到期 — 如果經核准，最晚可以補申請到"
     "什麼時候？", 30, "2027-05-31"),
    ("两件事：(1) 2024 年学分：国内研讨会 2 场、每场 3 小时，国际会议 1 次。(2) 证书 2027-05-31 到期，如果经核准，最晚可以补申请到什么"
     "时候？", 30, "2027-05-31"),
    ("Two questions. (1) 2025: 4 monthly meetings. (2) cert expires 2027-01-31 - if approved, what's the last day to file "
     "late?", 80, "2027-01-31"),
])
def test_as_many_numbered_items_as_the_message_announces_are_its_parts(engine, question, total, expiry):
    """"Two things. (a) <facts only> (b) <a question>": the message says it asks two things and numbers two — each is a part,
    never the facts of one question after the last; the certificate part is the surgical one the credits are about (never
    both certificates' windows side by side), and its date is no figure of the credit tally."""
    answer = engine.answer(question, today=TODAY)
    assert [p.route for p in answer.parts] == ["calculator", "calculator"], answer.answer[:300]
    (tally,) = answer.parts[0].tool_calls
    assert tally.name == "tsa_credit_tally" and tally.result["total"] == total
    (window,) = answer.parts[1].tool_calls
    assert window.name == "renewal_window" and window.args == {"doc": "tsa-cme", "expiry_date": expiry}


# ------------------------------------------------------------------ a condition is no what-if of the part before

@pytest.mark.parametrize("question", [
    "Two things. (a) 2025 credits: three domestic seminars of 1 hour each and 1 international meeting. (b) my cert runs "
    "out 2027-02-28 — what's the latest I could still file if I get approval?",
    "Two things. (a) 2024: two domestic seminars of 3 hours each. (b) my certificate ends 2027-04-30 — how late can I "
    "still file if the health authority approves it?",
    "兩件事：(a) 2025 年：國內研討會 3 場、各 1 小時，國際會議 1 次。(b) 證書 2027-02-28 到期，如果有核准的話最晚能拖到哪天送？",
])
def test_a_condition_beside_a_parts_own_date_is_no_what_if_of_the_part_before(engine, question):
    """"(b) my cert runs out 2027-02-28 — … if I get approval?": the "if" supposes no figure (its clause has none); the date
    is the part's own fact — it is answered, never asked which of part (a)'s figures it replaces."""
    answer = engine.answer(question, today=TODAY)
    assert len(answer.parts) == 2, answer.answer[:300]
    second = answer.parts[1]
    assert second.route in ("calculator", "retrieval"), second.answer[:300]
    assert "tsa-cme/11.n1" in [c.id for c in second.citations], second.answer[:300]
    assert not second.pending_call
