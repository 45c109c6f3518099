"""A need question ("還要每六年換一次嗎", "do I still need to keep renewing?") met by a clause that only grants something
("可申請終身指導老師證書，通過後免換證") is never answered "yes, needed": a leave is no duty. The line states the rule
without a polarity word, or "no" where the clause itself exempts what is asked (免換證 for 換證). Wordings are ours."""

from __future__ import annotations

import pytest

from evals.first_line import AFFIRMATIVE, unsupported
from tests.bot.first_line_support import CORPUS, line_for

LIFETIME = "tsir-instructor/6"


@pytest.mark.parametrize(("question", "lang"), [
    ("我今年63歲了，指導老師證書還要每六年換一次嗎？", "zh-TW"),
    ("快62了，指導老師的證照是不是還得一直定期更新？", "zh-TW"),
    ("我已经61岁，指导老师证书还需要每六年换一次吗", "zh-TW"),
    ("I'm turning 61 this year. do I still need to keep renewing the IR instructor certificate every 6 yrs?", "en"),
    ("past 60 now - must I keep re-certifying as an instructor every cycle?", "en"),
])
def test_a_grant_is_no_yes_to_a_need(question: str, lang: str) -> None:
    text = line_for(question, LIFETIME, lang)
    assert not AFFIRMATIVE.match(text), text
    assert not text.startswith("需要"), text
    assert not unsupported(text, [CORPUS.full_text(LIFETIME), CORPUS.get(LIFETIME).label]), text


def test_a_duty_still_answers_a_need() -> None:
    """The fix leaves real duties alone: a clause with 須 answers "do I need to …" with its yes."""
    text = line_for("外科專科證書展延需要每年都有積分嗎？", "tsa-cme/10", "zh-TW")
    assert AFFIRMATIVE.match(text) or text.startswith("需要"), text


@pytest.mark.parametrize("question", [
    "外專證書要展延，是不是每年都一定要有積分？",
    "換發外科專科證書需要每一年都有學分嗎",
    "for renewing the surgical board cert, do I need credits in every single year?",
])
def test_a_bar_on_a_zero_year_is_a_requirement(question: str) -> None:
    """"每年之積分不得有零分" bars a shortfall: a double negative that requires credit every year — never "不需要"."""
    lang = "en" if question.isascii() else "zh-TW"
    text = line_for(question, "tsa-cme/10", lang)
    assert not text.startswith(("不需要", "不用", "不是", "No")), text


# "is it just X?" / "只針對X嗎": a text stating X does not make it X alone — only its own 限 / 僅 / 只 does; and the A-not-A
# 是不是 of "是不是只限X" asks, its 不 denies nothing (it had turned the clause's own 限 into a confident 不是).

@pytest.mark.parametrize(("question", "clause", "lang"), [
    ("乳攝後審的人員標準是只針對判讀醫師嗎", "hpa-mammo/2.1.1", "zh-TW"),
    ("後審是不是只查判讀醫師？", "hpa-mammo/2.1.1", "zh-TW"),
    ("is the staff review just the reading physicians?", "hpa-mammo/2.1.1", "en"),
    ("does the staff part only cover the radiologists?", "hpa-mammo/2.1.1", "en"),
])
def test_a_text_naming_x_is_no_yes_to_only_x(question: str, clause: str, lang: str) -> None:
    text = line_for(question, clause, lang)
    assert not AFFIRMATIVE.match(text), text


@pytest.mark.parametrize("question", [
    "國內進修是不是只限醫學中心？",
    "国内进修是不是只限医学中心",
])
def test_a_not_a_before_the_clause_own_restriction_is_yes(question: str) -> None:
    text = line_for(question, "tsa-cme/5.9.2", "zh-TW")
    assert not text.startswith(("不是", "否", "不")), text
