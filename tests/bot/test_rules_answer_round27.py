"""Round 27 (lead): a rules first line never says no on a condition the question does not fail.

Two classes of a confident 不可以 / 不夠 / No on a requirement:
- a bar on a shortfall inside a condition ("須滿 600 分且每年之積分不得有零分始得申請展延") read as a bar on the act asked
  about, when the question states no shortfall of its own;
- a figure said per period ("每年 120 分", "100 credits a year") compared with a total over another period (600 in six
  years) as if it were that total.
A question that does state the shortfall ("有一年 0 分", "六年只有 400 分") is still refused or asked.
"""

from __future__ import annotations

import re

import pytest

_NO = re.compile(r"^(?:不可以|不行|不夠|不够|不能|No\b)")


@pytest.mark.parametrize("question", [
    "外科專科醫師證書可以展延嗎",
    "六年積分夠了可以展延嗎",
    "外科专科医师证书可以展延吗",
    "每年大約120分，六年下來夠展延嗎",
    "六年積分每年大概 100 分，可以展延嗎",
    "I get about 100 credits a year, is that enough to renew my surgery certificate?",
])
def test_no_refusal_on_a_condition_not_failed(ask, question):
    answer = ask(question)
    first = answer.answer.strip().splitlines()[0]
    assert not _NO.match(first), first
    if answer.route == "retrieval":
        assert "600" in first and "tsa-cme/10" in {c.id for c in answer.citations}


def test_a_rate_is_compared_with_a_rate():
    from bot.rules_answer import _per_period

    assert _per_period("每年大約120分，六年下來夠嗎", "分", 120)
    assert _per_period("100 credits a year", "分", 100)
    assert _per_period("乳攝車一天拍 45 案", "案")
    assert not _per_period("六年只有 400 分", "分", 400)
    assert not _per_period("在此期間內積分須滿 600 分且每年之積分不得有零分", "分", 600)


@pytest.mark.parametrize("question", [
    "我有一年0分，可以展延嗎", "我六年只有 400 分，可以展延嗎", "中间有一年学分是0，还能申请证书展延吗",
    "六年總分超過600，可是中間有一年掛零，這樣還能展延嗎？",
    "way over 600 in my 6 yrs but one year I had literally zero. can I still get my cert renewed?",
    "over 600 for the 6 yrs total but one year I had literally nothing (was on leave), can I still renew?",
])
def test_a_stated_shortfall_is_still_no_or_asked(ask, question):
    answer = ask(question)
    first = answer.answer.strip().splitlines()[0]
    assert answer.route == "clarify" or _NO.match(first), first


@pytest.mark.parametrize("question", [
    "I had a year with zero credits. Does that block my renewal?",
    "Does having 0 credits in 2024 prevent renewal?",
    "One of my years came out at zero points - would that keep me from renewing my surgery board certificate?",
])
def test_asked_whether_a_bar_blocks_the_act_it_answers_yes(ask, question):
    """An English question asking whether something stands in the way is answered Yes by the text's bar (the No of a
    denial would tell the person it does not)."""
    answer = ask(question)
    first = answer.answer.strip().splitlines()[0]
    assert answer.route == "clarify" or not first.startswith("No"), first


def test_polarity_of_a_blocking_question():
    from bot.rules_answer import polarity_word

    assert polarity_word("Does a zero year block my renewal?", True, "en") == "Yes"
    assert polarity_word("Does a zero year block my renewal?", False, "en") == "No"
    assert polarity_word("Can I renew with a zero year?", True, "en") == "No"
