"""Round 24b first-line classes (new phrasings, not the eval questions' words):

- a heading over a scale asked how many levels it has, with words between 幾 and 等級 ("幾種處理等級", "how many action
  tiers"), or how it is graded ("怎麼分級的", "分級標準", "how is it tiered"): the count first and every row's band;
"""

from __future__ import annotations

import pytest

from bot.rules_answer import asks_scale
from tests.bot.first_line_support import line_for, supported

DISCREPANCY = ["hpa-mammo/2.1.1.2", "hpa-mammo/2.1.1.2.1", "hpa-mammo/2.1.1.2.3"]


@pytest.mark.parametrize(("question", "lang"), [
    ("複判差異一共有幾個處置級別？", "zh-TW"),
    ("复判差异的结果分成几种处理等级？", "zh-TW"),
    ("判讀醫師複判差異評估有幾種評定等級？", "zh-TW"),
    ("How many action tiers does the re-read discrepancy evaluation have?", "en"),
])
def test_a_count_of_levels_with_words_between_is_the_scales_count(question: str, lang: str) -> None:
    line = line_for(question, DISCREPANCY, lang)
    assert line.startswith("分四級：" if lang == "zh-TW" else "4 levels: "), line
    assert "60%" in line or "60 %" in line, line  # the rows' bands, not only their headings
    assert supported(line, DISCREPANCY)


@pytest.mark.parametrize(("question", "lang", "band"), [
    ("複判差異性評估的分級標準是什麼？", "zh-TW", "40%-50%"),
    ("复判差异是根据什么来分级的？", "zh-TW", "7%-15%"),
    ("判讀醫師的複判差異怎麼分等？", "zh-TW", "15%-20%"),
    ("How is the re-read discrepancy evaluation tiered?", "en", "40–50%"),
    ("what are the bands for the re-read discrepancy evaluation", "en", "7–15%"),
])
def test_how_a_scale_is_graded_gives_every_rows_band(question: str, lang: str, band: str) -> None:
    line = line_for(question, DISCREPANCY, lang)
    assert band in line and ("陰性" in line or "negative" in line), line
    assert supported(line, DISCREPANCY)


@pytest.mark.parametrize(("question", "asked"), [
    ("分成幾種處理等級", True), ("几个评分级距", True), ("怎麼分級的", True), ("how many outcome levels are there", True),
    ("要等幾個月", False), ("幾年升一次級", False), ("how many credits", False), ("怎麼申請", False),
])
def test_asks_scale(question: str, asked: bool) -> None:
    assert asks_scale(question) is asked


def test_a_heading_not_asked_its_scale_keeps_its_item_names() -> None:
    line = line_for("複判差異性評估要做什麼？", DISCREPANCY, "zh-TW")
    assert not line.startswith("分四級") and "停權" in line, line
