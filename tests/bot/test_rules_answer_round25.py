"""Round 25 first-line classes (new phrasings, not the eval questions' words):

- "可以只挑其中幾項…嗎？還是…": the 幾 of 其中幾項 / 只抽幾個 is "some", no wh-word — the first alternative asks yes / no
  and the text's 全部或部分 grants it;
"""

from __future__ import annotations

import pytest

from bot.rules_answer import first_alternative
from tests.bot.first_line_support import line_for, supported

REVIEW = "hpa-mammo/1"


@pytest.mark.parametrize("question", [
    "國健署做後續審查時，能不能只抽其中幾項來看？還是一定要整套？",
    "后续审查可以只选其中几项审吗？还是每次都全部来？",
    "想問後審可以只查幾個項目就好嗎？還是全部都要？",
])
def test_some_of_the_items_first_is_a_yes_no_alternative(question: str) -> None:
    assert first_alternative(question) is not None
    line = line_for(question, REVIEW, "zh-TW")
    assert line.startswith("可以："), line
    assert supported(line, REVIEW)


@pytest.mark.parametrize("question", ["要查幾項？還是全部？", "後審查幾個項目還是看情況？"])
def test_a_count_asked_first_is_no_yes_no_alternative(question: str) -> None:
    assert first_alternative(question) is None
