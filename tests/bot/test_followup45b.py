"""Round 45 second pass (followup45b): a reply to the question back fills the fact asked for, of the kind asked.

1. A count of talks given said as "spoke at <the monthly meeting> N times" (or a vague count there, "a few times",
   "several times", "a couple of times", asked back and answered "3 times" / "2" / "four") is the SPEAKER's count: the
   meeting's words between the verb and the count never take it (before: read as more meetings attended, the speaker
   counted once — a confidently wrong total). Near misses: "attended 5 monthly meetings and spoke at 2 of them" as before.
2. A date said only to the MONTH whose day turns the verdict ("1966年11月生，今天送件"): the day is asked (a date the reading
   fills once that one is whole — the application taken to be today — is filled on each day, not asked too), and a reply
   giving one day of that date ("8號", "八號", "11月8日", "1966-11-28", "the 8th", "Nov 28", "the 20th" for "in March 2027")
   fills exactly the date asked (`engine._day_filled`), never another; a day of another month ("December 8") fills nothing.
Phrasings written for this test; the blind banks' questions are not among them.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


def _call(answer, tool):
    return next(c for c in answer.tool_calls if c.name == tool)


def _counts(answer):
    call = next(c for c in answer.tool_calls if c.name == "tsa_credit_tally")
    return {a["kind"]: a["count"] for a in call.args["activities"]}, call.result["total"]


VAGUE_SPEAKER = [
    ("This year I spoke at the TSA monthly meeting a few times, and attended 5 monthly meetings in total. Credits?", "3 times",
     3, 5, 160),
    ("I spoke at our monthly meetings several times this year and went to 6 monthly meetings altogether. Credits?", "2", 2, 6,
     160),
    ("I spoke at the monthly meeting a couple of times this year and attended 5 monthly meetings. How many credits?",
     "2 times", 2, 5, 140),
    ("I spoke at the surgical association monthly meeting several times in 2026 and went to 8 monthly meetings in all. "
     "Total credits?", "four", 4, 8, 240),
]


@pytest.mark.parametrize(("question", "reply", "speaker", "meetings", "total"), VAGUE_SPEAKER)
def test_a_vague_speaker_count_asked_back_is_filled_by_the_reply_as_the_speaker_count(engine, question, reply, speaker,
                                                                                      meetings, total):
    first, answer = ask_and_reply(engine, question, reply)
    assert first.route == "clarify", first.answer[:300]
    assert answer.route == "calculator", answer.answer[:300]
    counts, got = _counts(answer)
    assert counts == {"tsa_monthly_speaker": speaker, "tsa_monthly_meeting": meetings} and got == total, (counts, got)


SAID_SPEAKER = [
    ("This year I spoke at the TSA monthly meeting 3 times, and attended 4 monthly meetings in total. Credits?", 3, 4, 140),
    ("This year I spoke at the TSA monthly meeting twice and attended 6 monthly meetings. Credits?", 2, 6, 160),
    ("I spoke at the monthly meeting 2 times this year and attended 5 monthly meetings. How many credits?", 2, 5, 140),
    # near miss: the meetings counted first, the talks given at them after
    ("I attended 5 TSA monthly meetings this year and spoke at 2 of them. Credits?", 2, 5, 140),
]


@pytest.mark.parametrize(("question", "speaker", "meetings", "total"), SAID_SPEAKER)
def test_spoke_at_the_meeting_n_times_is_the_speaker_count(engine, question, speaker, meetings, total):
    answer = ask_and_reply(engine, question)
    assert answer.route == "calculator", answer.answer[:300]
    counts, got = _counts(answer)
    assert counts == {"tsa_monthly_speaker": speaker, "tsa_monthly_meeting": meetings} and got == total, (counts, got)


# ----------------------------------------------------------------------- 2. the day of a date said to the month, asked back

BORN_NOV = "我1966年11月生，今天送件可以直接申請終身指導老師嗎？"
BORN_NOV_EN = "I was born in November 1966. If I apply today, can I get the lifetime instructor certificate?"
DAY_REPLIES = [
    ("我 1966 年 11 月生，今天送件可以直接申請終身指導老師嗎？", "11月8日", "birth_date", "1966-11-08", True),
    (BORN_NOV, "28號", "birth_date", "1966-11-28", False),
    (BORN_NOV, "八號", "birth_date", "1966-11-08", True),
    (BORN_NOV, "1966-11-28", "birth_date", "1966-11-28", False),
    ("我1966年11月出生，现在申请终身指导老师证书可以吗？", "11月27日", "birth_date", "1966-11-27", False),
    (BORN_NOV_EN, "the 8th", "birth_date", "1966-11-08", True),
    (BORN_NOV_EN, "Nov 28", "birth_date", "1966-11-28", False),
    ("Born 1967-03-10. I'm applying for the lifetime instructor certificate in March 2027, will I qualify?", "the 20th",
     "application_date", "2027-03-20", True),
    ("我是1967年5月20日生的，明年5月要申請終身指導老師，可以嗎？", "10號", "application_date", "2027-05-10", False),
]


@pytest.mark.parametrize(("question", "reply", "key", "date", "lifetime"), DAY_REPLIES)
def test_a_day_replied_fills_the_date_asked(engine, question, reply, key, date, lifetime):
    first, answer = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and any(key in m for m in first.missing), first.missing
    assert answer.route == "calculator", answer.answer[:300]
    call = _call(answer, "tsir_renewal_check")
    assert call.args[key] == date and call.result["lifetime_eligible"] is lifetime, (call.args, call.result)


def test_the_application_taken_as_today_is_not_asked_beside_the_day(engine):
    first = ask_and_reply(engine, BORN_NOV)
    assert [m.split(":")[0] for m in first.missing] == ["birth_date"], first.missing
    assert "1966-11-25" in first.answer and "1966-11-26" in first.answer  # where the verdict turns, shown


@pytest.mark.parametrize("reply", ["December 8", "3次"])
def test_a_reply_of_another_month_or_no_day_fills_nothing(engine, reply):
    _, answer = ask_and_reply(engine, BORN_NOV_EN if reply[0].isalpha() else BORN_NOV, reply)
    assert answer.route == "clarify", answer.answer[:300]
