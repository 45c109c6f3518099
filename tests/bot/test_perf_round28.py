"""Round 28 (issue 10, warm rules latency): `answer_kind` is remembered per question text (one answer asks it of the same
question two or three times). The remembered kind must be the kind read afresh, whatever the language or shape."""

from __future__ import annotations

import pytest

from bot.rules_answer import answer_kind

QUESTIONS = [
    "乳攝車每名放射師一天最多可以拍幾案？",  # number
    "指导医师证书过期了怎么办？",  # zh-CN
    "複判差異超過兩成會怎麼樣？",  # consequence
    "申請換證要附哪些文件？",  # documents
    "Who signs the follow-up review report?",
    "Do journal club sessions count toward the surgical CME hours?",  # yes / no
    "where can I check how many screenings we did this year?",
    "一定每項都查嗎？還是可以只挑幾項？",  # choice
    "is that worth 5 or 10?",
    "什麼是疑似陽性個案？",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_remembered_kind_is_the_kind_read_afresh(question: str) -> None:
    answer_kind.cache_clear()
    fresh = answer_kind.__wrapped__(question)
    assert answer_kind(question) == fresh
    assert answer_kind(question) == fresh  # (from the cache now)
    assert answer_kind.cache_info().hits >= 1


def test_the_kinds_differ_by_question() -> None:
    # the cache keys on the words: different questions keep their own kinds
    kinds = {answer_kind(q) for q in QUESTIONS}
    assert len(kinds) >= 4, kinds
