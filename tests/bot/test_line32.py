"""Round 32 (line helper): a count that names what is checked ("也會看放射師拍了多少嗎") asks yes / no, not a figure.

Phrasings written for this test, not taken from eval questions.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import answer_kind, asked_kinds


@pytest.mark.parametrize("question", [
    "後審的時候會不會也看技術員一年拍了多少嗎",  # object of 看 after the auxiliary
    "請問審查也會查放射師每個月照了幾例嗎？",
    "审查时也会看技师拍了多少片吗",  # zh-CN
    "技術員照了多少案這件事，也會列入後續審查嗎？",  # the count made a noun by 這件事
    "每位放射師拍了幾張這部分，審查有算進去嗎",
    "放射師拍了多少片也會審嗎？",  # a later 也 + checking verb takes the count
    "技师照了几例也要查吗",
])
def test_count_looked_at_is_yes_no(question: str) -> None:
    assert answer_kind(question) == "yes_no"
    assert "number" not in asked_kinds(question)


@pytest.mark.parametrize("question", [
    "放射師一年最多可以拍多少張？",  # the count itself is asked
    "乳攝車每天可以拍幾個嗎",  # no verb of checking: 可以拍幾個 asks the cap
    "要看幾分才算A？",
    "一個月要拍多少片才不會被查？",
    "審查看的是幾年內的資料？",
])
def test_count_asked_stays_a_figure(question: str) -> None:
    assert answer_kind(question) != "yes_no"


# ── A bar that repeats the required act without its object ("應於課程結束後…發給出席證明，勿於報到時即發給") ──

ISSUE_AFTER = "主辦單位應於課程結束後依實際參加情形發給出席證明，勿於報到時即發給。"


@pytest.mark.parametrize("question", [
    "報到時可以先把上課證明發給大家嗎",
    "能不能一報到就發出席證明？",
    "报到的时候能不能先把出席证明发下去？",  # zh-CN
    "學員報到時順便發證明可以嗎，這樣比較省事",
])
def test_elided_bar_answers_the_leave(question: str) -> None:
    from bot.rules_answer import verdict

    assert verdict(ISSUE_AFTER, question) is True


def test_elided_bar_does_not_deny_what_the_requirement_grants() -> None:
    from bot.rules_answer import verdict

    assert verdict(ISSUE_AFTER, "課程結束後才發出席證明可以嗎") is not True
