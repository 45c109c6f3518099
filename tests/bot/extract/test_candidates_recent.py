"""One answer reads the same text several times; the reading is remembered, never shared between callers."""

from __future__ import annotations

import datetime as dt

import bot.extract as extract
from bot.extract import candidates
from bot.parsing.text import Query
from tests.bot.conftest import TODAY

QUESTION = "今年本會年會去了 2 次，院外研討會 3 場各 2 小時，積分多少？"


def test_a_second_reading_of_the_same_text_equals_the_first_and_is_not_read_again(monkeypatch) -> None:
    reads: list[str] = []
    original = extract.reader.read_all
    monkeypatch.setattr(extract.reader, "read_all", lambda q: reads.append(q.original) or original(q))
    extract._recent.clear()
    first = candidates(Query(QUESTION, TODAY))
    second = candidates(Query(QUESTION, TODAY))
    assert [(e.tool, e.args) for e in first] == [(e.tool, e.args) for e in second]
    assert reads == [QUESTION]


def test_a_caller_changing_its_candidates_does_not_change_the_next_callers() -> None:
    extract._recent.clear()
    first = candidates(Query(QUESTION, TODAY))
    before = [(e.tool, repr(e.args)) for e in first]
    first[0].args.clear()
    first[0].needs.append(extract.Need("x", "x", "x"))
    again = candidates(Query(QUESTION, TODAY))
    assert [(e.tool, repr(e.args)) for e in again] == before
    assert all(n.key != "x" for e in again for n in e.needs)


def test_another_day_or_a_pending_reply_is_read_afresh(monkeypatch) -> None:
    reads: list[tuple] = []
    original = extract.reader.read_all
    monkeypatch.setattr(extract.reader, "read_all", lambda q: reads.append((q.today, q.followup)) or original(q))
    extract._recent.clear()
    candidates(Query("證書 2027/5/31 到期，什麼時候可以申請？", TODAY))
    candidates(Query("證書 2027/5/31 到期，什麼時候可以申請？", TODAY + dt.timedelta(days=1)))
    candidates(Query("證書 2027/5/31 到期，什麼時候可以申請？", TODAY, followup="外科專科醫師證書"))
    assert len(reads) == 3
