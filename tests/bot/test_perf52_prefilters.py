"""Round 52 (perf): the shortcuts taken on the warm path read exactly as the full work they skip."""

from __future__ import annotations

import datetime

import pytest

from bot.parsing import text as parsing_text
from bot.parsing.text import Query
from bot.reader.items import _LEFT_OUT_AFTER, _LEFT_OUT_BEFORE, _LEFT_OUT_WORD
from core.memo import forget_answer

LEFT_OUT = [
    "5 monthly meetings and the annual meeting, but don't count the annual meeting",
    "月會5次、年會1次，年會先不算", "年会除外，月会3次", "not counting the annual meeting, 4 seminars",
    "不要算年會，月會 6 次", "excluding the congress: 3 workshops", "年會 2 次 別算", "扣掉年會，其餘 4 場",
    "leaving out the annual meeting", "except for the annual meeting", "3 seminars (annual meeting excluded)",
    "年會不列入，月會兩次", "left out the congress", "不包括年會", "排除那場研討會",
]
PLAIN = ["月會3次、年會1次，積分多少？", "I went to 4 monthly meetings and 1 annual meeting: how many credits?",
         "RFA 130 cases, MWA 55, 11 years as a specialist"]


def _left_out_anywhere(t: str) -> bool:
    """What `_drop_left_out` could ever find in `t`: the before-words at the end of any window, the after-words at the
    start of any."""
    return any(_LEFT_OUT_BEFORE.search(t[max(0, i - 32):i]) or _LEFT_OUT_AFTER.search(t[i:i + 16]) for i in range(len(t) + 1))


@pytest.mark.parametrize("t", LEFT_OUT)
def test_every_left_out_phrase_holds_a_left_out_word(t: str) -> None:
    assert _left_out_anywhere(t)
    assert _LEFT_OUT_WORD.search(t)


@pytest.mark.parametrize("t", PLAIN)
def test_a_text_with_no_left_out_word_has_nothing_left_out(t: str) -> None:
    assert not _LEFT_OUT_WORD.search(t)
    assert not _left_out_anywhere(t)


def test_the_left_out_word_is_never_missing_where_the_full_patterns_match() -> None:
    """Over the own eval's questions: wherever either full pattern matches a window, the prefilter word is there."""
    from evals.schema import load_cases

    texts = [c.question for c in load_cases(["evals/cases"]) if c.question][::7]
    missed = [t for t in texts if not _LEFT_OUT_WORD.search(t) and _left_out_anywhere(t)]
    assert not missed


def test_a_querys_reading_is_the_unremembered_one() -> None:
    """`_read` / `_read_corrected` remembered per answer give what the plain functions give, for the same or another day."""
    day = datetime.date(2026, 11, 25)
    for question in [*LEFT_OUT, *PLAIN, "去ASCO 兩次...不是，是去ASCRS 兩次", "昨天去了月會"]:
        forget_answer()
        q = Query(question, today=day)
        assert q.text == parsing_text._read.__wrapped__(q.folded, day)
        assert q.retracted == parsing_text.retractions(parsing_text._read_corrected.__wrapped__(q.folded, day))
        other = Query(question, today=day + datetime.timedelta(days=400))
        assert other.text == parsing_text._read.__wrapped__(other.folded, other.today)
