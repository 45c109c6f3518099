"""Round 44 (en44): English calculator reading — a figure offered as a claim, a count pointing back, a question word's noun.

1. A figure the person offers as what their items come to — their own reckoning or someone's claim, to be checked ("that's
   750", "that makes 610", "which comes to 130?", "give her 150 points. Is that right?", "I count 600", "I make it 80",
   "is it really 80", "我算起來是650", "我算是150分對嗎"): never an input, never asked back as an unread figure. Agreeing with
   the listed figures' sum or the result: shown as checked (`unused`); disagreeing: set aside, and a line right after the
   result says the claim does not match — the claim is never adopted. A count of items after "that's" ("that's 5
   meetings") is no claim of points (still asked), and a total said with a word of totals that the figures do not add up
   to is asked back as before. A tally's total said with a word of totals and a hedge or its points ("總共應該90吧", "the
   total should be 150 points?") is the person's guess of what the rule gives: checked the same way.
2. A count pointing back at the items listed ("from those two", "the three above", "these 2", "上述兩項", "这两项") is no
   new count.
3. A clause asking what a kind comes to ("How many points for my presentations alone?", "how much are my papers worth?")
   names no item and leaves no count missing; a count split by a breakdown after it ("Two posters … (one was a case
   report), and one oral …") is the sum of the items of that kind and role.
4. "I'm fine for renewal, right?" asks the good outcome: "fine" is a penalty only as "a fine" / "fined".
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import calculator_call




# ------------------------------------------------------------------------------------------- 1. a claimed total

# (question, tool, the result's total, the claim's words in `unused`, "agree" / "mismatch")
CLAIMS = [
    ("My six years: 200, 150, 0, 180, 120, 100 — that's 750, way over 600. So I'm fine for renewal right?",
     "tsa_renewal_check", 750, "that's 750", "agree"),
    ("my yearly credits: 100, 110, 95, 105, 100, 90. I count 600, am I fine to renew?", "tsa_renewal_check", 600,
     "I count 600", "agree"),
    ("Six years of credits: 110, 100, 105, 95, 100, 100 — that makes 610, so I can renew?", "tsa_renewal_check", 610,
     "that makes 610", "agree"),
    ("He claims his ATLS plus 4 monthly meetings this year gets him 110 credits. True?", "tsa_credit_tally", 110,
     "gets him 110 credits", "agree"),
    ("credits per year 120 90 100 110 100 100, I count 650. can I renew?", "tsa_renewal_check", 620, "I count 650",
     "mismatch"),
    ("yearly credits 120, 90, 100, 110, 100, 100. I make it 600 exactly — enough to renew?", "tsa_renewal_check", 620,
     "make it 600 exactly", "mismatch"),
    ("my yearly credits: 100, 110, 95, 105, 100, 90 — that makes 620, so I can renew?", "tsa_renewal_check", 600,
     "that makes 620", "mismatch"),
    ("She says her 3 monthly meetings and the annual meeting this year give her 150 points. Is that right?",
     "tsa_credit_tally", 120, "give her 150 points", "mismatch"),
    ("5 monthly meetings and one ATLS this year, which comes to 150?", "tsa_credit_tally", 130, "comes to 150", "mismatch"),
    ("one SCI paper as first author plus 2 monthly meetings. I make it 80 — is it really 80?", "tsa_credit_tally", 90,
     "make it 80", "mismatch"),
    ("六年積分 120、100、90、110、100、80，我算起來是650，可以展延嗎", "tsa_renewal_check", 600, "我算起來是650", "mismatch"),
    ("今年月會4次、年會1次，我算是150分對嗎？", "tsa_credit_tally", 140, "我算是150分", "mismatch"),
    # a tally's total with a word of totals and a hedge or its points: the person's guess of what the rule gives
    ("今年去了月會3次、年會1次，總共應該90吧？", "tsa_credit_tally", 120, "總共應該90", "mismatch"),
    ("3 monthly meetings and the annual meeting this year, the total should be 150 points?", "tsa_credit_tally", 120,
     "should be 150 points", "mismatch"),
]


@pytest.mark.parametrize(("question", "tool", "total", "words", "how"), CLAIMS)
def test_a_claimed_total_is_checked_never_adopted(ask, question: str, tool: str, total: float, words: str, how: str) -> None:
    a = ask(question)
    call = calculator_call(a, tool)
    assert call.result["total"] == total
    said = [u for u in a.unused if words in u]
    assert said, a.unused
    mismatch = "does NOT match" in said[0] or "不符" in said[0]
    assert mismatch == (how == "mismatch"), said
    line = a.answer.split("\n\n")[1]
    if how == "mismatch":  # said right after the result, with the result's own figure
        assert ("does not match" in line or "不符" in line) and f"{total:g}" in line, a.answer[:300]
    else:
        assert "does not match" not in a.answer and "不符" not in a.answer.split("\n\n")[1]


# (question, tool, the result's total): a claim agreeing with the result, read as compared with it (as before)
AGREEING = [
    ("5 monthly meetings and one ATLS this year, which comes to 130?", "tsa_credit_tally", 130),
    ("went to 4 monthly meetings and the annual meeting, that's 140 points right?", "tsa_credit_tally", 140),
    ("今年月会4次、年会1次，我算的是140对吧", "tsa_credit_tally", 140),
]


@pytest.mark.parametrize(("question", "tool", "total"), AGREEING)
def test_a_claim_agreeing_with_the_result_is_answered(ask, question: str, tool: str, total: float) -> None:
    a = ask(question)
    assert calculator_call(a, tool).result["total"] == total
    assert "does not match" not in a.answer and "不符" not in a.answer


# near misses: a count of items after "that's" is no claim of points; a total said with a word of totals that the listed
# figures do not add up to is asked back (which is wrong: the total or a figure), as before
NOT_CLAIMS = [
    "I went to 5 monthly meetings, that's 5 meetings. credits?",
    "yearly credits 120, 90, 100, 110, 100, 100, total 700. can I renew?",
    "月會3次、年會1次，總共5次，幾分？",  # a count's total, wrong: asked
]


@pytest.mark.parametrize("question", NOT_CLAIMS)
def test_no_claim_of_points_stays_asked(ask, question: str) -> None:
    a = ask(question)
    assert a.route == "clarify", (a.route, a.answer[:200])


# ------------------------------------------------------------------------------------------- 2. pointing back

# (question, the result's total)
POINTED_BACK = [
    ("did ATLS once this year + a 5 hr course that's credited per hour. total surgery CME from those two?", 45),
    ("this year: the annual congress once, a 4 hour course credited by the hour, and 1 ATLS. what do the three above come to?",
     102),
    ("one SCI paper as first author and 6 hours of courses. how many credits do these 2 give me?", 68),
    ("今年ATLS一次，另外上了5小時的課，上述兩項共幾分？", 45),
    ("今年ATLS一次，另外上了5小时的课，这两项加起来几分？", 45),
]


@pytest.mark.parametrize(("question", "total"), POINTED_BACK)
def test_a_count_pointing_back_is_no_new_count(ask, question: str, total: float) -> None:
    assert calculator_call(ask(question), "tsa_credit_tally").result["total"] == total


# ------------------------------------------------------------------------------------------- 3. the result asked

# (question, the items (kind, count, role, case_report), the total)
ASKED = [
    ("How many points for my presentations alone? Two posters at a surgical society meeting where I was first author (one "
     "was a case report), and one oral where I'm just the 3rd author.",
     [("presentation", 1, "first", False), ("presentation", 1, "first", True), ("presentation", 1, "other", False)], 15),
    ("Two posters at a surgical society meeting where I was first author (one was a case report), and one oral where I'm "
     "just the 3rd author. How many points for my presentations alone?",
     [("presentation", 1, "first", False), ("presentation", 1, "first", True), ("presentation", 1, "other", False)], 15),
    ("how much are my papers worth? 1 SCI paper as first author and 1 non-SCI paper as second author",
     [("paper_non_sci", 1, "second", False), ("paper_sci", 1, "first", False)], 60),
    ("How many credits for my posters? 2 posters as first author at the annual meeting.",
     [("presentation", 2, "first", False)], 20),
]


@pytest.mark.parametrize(("question", "items", "total"), ASKED)
def test_a_question_word_and_its_noun_is_the_result_asked(ask, question: str, items, total: float) -> None:
    call = calculator_call(ask(question), "tsa_credit_tally")
    got = sorted((it["kind"], it.get("count", 1), it.get("role"), bool(it.get("case_report")))
                 for it in call.args["activities"] if it["kind"] not in ("tsa_annual_meeting",))
    assert got == sorted(items)
    assert call.result["total"] - sum(60 for it in call.args["activities"] if it["kind"] == "tsa_annual_meeting") == total


def test_a_kind_said_with_no_count_is_still_asked(ask) -> None:
    a = ask("presented posters at the annual meeting this year. credits?")
    assert a.route == "clarify" and any("how many" in m for m in a.missing), (a.route, a.missing)


# ------------------------------------------------------------------------------------------- 4. "fine"

# (question, the lead)
FINE = [
    ("My six years: 200, 150, 0, 180, 120, 100. So I'm fine for renewal right?", "No"),
    ("My six years: 120, 100, 90, 110, 100, 100. am I fine to renew?", "Yes"),
]


@pytest.mark.parametrize(("question", "lead"), FINE)
def test_fine_is_the_good_outcome_asked(ask, question: str, lead: str) -> None:
    a = ask(question)
    assert a.route == "calculator" and a.answer.startswith(lead), a.answer[:120]
