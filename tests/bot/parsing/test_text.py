from __future__ import annotations

import pytest

from bot.parsing.text import Query, detect_lang, fold


@pytest.mark.parametrize(("text", "lang"), [
    ("年會積分多少？", "zh-TW"), ("年会积分多少？", "zh-TW"), ("What is the deduction?", "en"),
    ("我的 follow-up completion rate 是 68%", "zh-TW"), ("TACE 300 cases 可以嗎", "zh-TW"),
    ("What does 年會 mean for the credits I earned this year?", "en"), ("68%", "en"),
])
def test_language(text, lang):
    assert detect_lang(text) == lang


def test_fold_simplified_and_full_width():
    assert fold("追踪完成率６８％") == "追蹤完成率68%"


def test_query_merges_a_followup_after_the_question():
    q = Query("會被扣多少？", followup="68%")
    assert q.text.endswith("\n68%")
    assert q.text[q.followup_start:] == "68%"
