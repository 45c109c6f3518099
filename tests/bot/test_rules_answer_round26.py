"""Round 26 first-line classes (new phrasings, not the eval questions' words):

- whether a record is needed, its subject named with a wh-word inside it ("要不要附用了幾年的說明", "需要交何時報廢的
  文件嗎"): a yes / no (需要 and the clause), not a list of documents; with no 要不要 / 嗎 the record is what is asked;
- several at once asked leave for ("可以同時申請兩個領域嗎", "can I apply for more than one area at once?") met by a
  clause granting it ("可申請單一或多重領域認證"), also when one named item ranks first: 可以 / Yes and that clause.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import answer_kind
from tests.bot.first_line_support import line_for, supported

RECORD = "hpa-mammo/1.2.2.2"


@pytest.mark.parametrize("question", [
    "書面考核要不要交儀器用了幾年的說明文件？",
    "书面审查需要附机器什么时候报废的资料吗",
    "紙本審查有沒有要附機器搬過幾次的說明？",
])
def test_a_record_named_by_a_wh_word_asked_whether_needed_is_yes_no(question: str) -> None:
    assert answer_kind(question) == "yes_no"
    line = line_for(question, [RECORD, "hpa-mammo/1.2.2"], "zh-TW")
    assert line.startswith(("需要：", "有：")), line  # (有沒有要附 asks with 有)
    assert supported(line, RECORD)


@pytest.mark.parametrize("question", ["書面要附機器用幾年的資料？", "要交儀器何時報廢的文件"])
def test_a_record_named_by_a_wh_word_with_no_yes_no_is_the_documents_asked(question: str) -> None:
    assert answer_kind(question) == "documents"


AREAS = "tsir-instructor/2"


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("我想把支架跟血管介入兩個領域同時送，可以嗎？", "zh-TW", "可以："),
    ("能不能一次同时申请两个领域？", "zh-TW", "可以："),
    ("could I go for several IR domains at once in one application?", "en", "Yes:"),
])
def test_several_at_once_granted_by_the_clause_is_a_yes(question: str, lang: str, lead: str) -> None:
    line = line_for(question, [AREAS, "tsir-instructor/2.5"], lang)
    assert line.startswith(lead), line
    assert supported(line, AREAS)


@pytest.mark.parametrize("question", ["想同時申請栓塞跟消融，可以嗎", "可以一次送兩個領域嗎？像消融加栓塞"])
def test_several_at_once_answered_by_the_ruling_clause_not_a_named_item(question: str) -> None:
    line = line_for(question, ["tsir-instructor/2.6", AREAS, "tsir-instructor/2.2"], "zh-TW")
    assert line.startswith("可以："), line
    assert "第二條）" in line, line


def test_one_area_asked_is_no_grant_of_several() -> None:
    line = line_for("消融可以用微波的案例申請嗎？", ["tsir-instructor/2.6", AREAS], "zh-TW")
    assert "多重" not in line, line
