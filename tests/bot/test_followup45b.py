"""Round 45 second pass (followup45b): a reply to the question back fills the fact asked for, of the kind asked.

1. A count of talks given said as "spoke at <the monthly meeting> N times" (or a vague count there, "a few times",
   "several times", "a couple of times", asked back and answered "3 times" / "2" / "four") is the SPEAKER's count: the
   meeting's words between the verb and the count never take it (before: read as more meetings attended, the speaker
   counted once — a confidently wrong total). Near misses: "attended 5 monthly meetings and spoke at 2 of them" as before.
Phrasings written for this test; the blind banks' questions are not among them.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


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
