"""core.memo: pure reading functions remembered within one answer only (docs/performance.md)."""

from __future__ import annotations

import datetime

from bot.parsing.dates import find_dates
from bot.question_shapes import question_pieces
from bot.rules_answer import answer_kind
from core import memo


def test_forget_answer_empties_every_cache():
    answer_kind("月會一次幾分？")
    find_dates("2026/3/4 交件")
    assert answer_kind.cache_info().currsize > 0
    memo.forget_answer()
    assert all(c.cache_info().currsize == 0 for c in memo._caches)


def test_a_remembered_result_is_the_computed_one():
    texts = ["月會一次幾分？離島可以加倍嗎", "how many points is a monthly meeting, and is it doubled?", "要附哪些文件？"]
    first = [answer_kind(t) for t in texts]
    again = [answer_kind(t) for t in texts]  # (served from the cache)
    memo.forget_answer()
    assert first == again == [answer_kind(t) for t in texts]


def test_each_caller_gets_its_own_list():
    pieces = question_pieces("要交什麼？什麼時候交？")
    pieces.append("changed by this caller")
    assert "changed by this caller" not in question_pieces("要交什麼？什麼時候交？")
    dates = find_dates("2026/3/4 和 2026/5/1")
    dates.clear()
    assert [d.date for d in find_dates("2026/3/4 和 2026/5/1")] == [datetime.date(2026, 3, 4), datetime.date(2026, 5, 1)]


def test_an_answer_begins_with_nothing_remembered(monkeypatch):
    """`Engine.answer` forgets the last answer's results as it starts (no question is served another's)."""
    import bot.engine

    called = []
    monkeypatch.setattr(bot.engine, "forget_answer", lambda: called.append(True))
    engine = bot.engine.Engine.__new__(bot.engine.Engine)
    try:
        engine.answer("hi", today=datetime.date(2026, 12, 6))
    except Exception:  # noqa: BLE001 - a bare engine may fail later on; the forgetting comes first
        pass
    assert called
