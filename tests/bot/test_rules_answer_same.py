"""Whether two things are the same ("年會跟月會給的一樣嗎", "the same for …?") is not answered yes by a clause granting one of
them; only a text saying one follows the other's rule (同…規定 / 比照 / 準用) answers it. (Was: "是：參加本會月會每次 20 分…"
to "本會年會跟月會給的積分一樣嗎".)"""

from __future__ import annotations

import pytest

from evals.first_line import AFFIRMATIVE
from tests.bot.test_rules_answer_round10 import line_for  # one helper: hits for given clauses → the first line

VAN_SAMPLED = "hpa-mammo/2.4.3"  # 乳攝車放射師之抽選片評估評等及輔導措施，同醫療機構內放射師規定


@pytest.mark.parametrize(("question", "clause", "lang"), [
    ("本會年會跟月會給的積分一樣嗎", "tsa-cme/5.2", "zh-TW"),
    ("月會當講者和去聽月會，分數相同嗎？", "tsa-cme/5.2", "zh-TW"),
    ("一天的年會跟兩天的年會給分一不一樣？", "tsa-cme/5.3", "zh-TW"),
    ("乳摄车和院内的每日上限一样吗？", "hpa-mammo/2.4.1", "zh-CN"),
    ("Is the credit the same for a one-day and a two-day specialty meeting?", "tsa-cme/5.3", "en"),
    ("Are self-selected and sampled films graded the same?", "hpa-mammo/2.1.2.2.1.n1", "en"),
    ("Do van radiographers have the same daily cap as hospital ones?", "hpa-mammo/2.4.1", "en"),
])
def test_a_grant_is_no_yes_to_whether_two_things_are_the_same(question: str, clause: str, lang: str) -> None:
    line = line_for(question, clause, lang)
    assert not AFFIRMATIVE.match(line), line
    assert line.strip()


@pytest.mark.parametrize(("question", "lang"), [
    ("乳攝車放射師的抽選片評等跟院內放射師一樣嗎？", "zh-TW"),
    ("Are van radiographers' sampled films graded the same as hospital radiographers'?", "en"),
])
def test_a_text_saying_one_follows_the_others_rule_still_answers_yes(question: str, lang: str) -> None:
    line = line_for(question, VAN_SAMPLED, lang)
    assert AFFIRMATIVE.match(line), line


def test_regardless_of_where_is_stated_without_a_yes_to_two_different_kinds() -> None:
    # "不分國內、外，一律…30 分" does not say a domestic seminar and an international meeting are the same
    line = line_for("國內研討會和國際會議的積分一樣嗎？", "tsa-cme/5.4.n2", "zh-TW")
    assert not AFFIRMATIVE.match(line) and "30" in line, line


@pytest.mark.parametrize(("question", "lang"), [
    ("can i apply for more than one area at the same time or only one per application?", "en"),
    ("Can I list two domains in the same application?", "en"),
])
def test_at_the_same_time_is_no_question_of_sameness(question: str, lang: str) -> None:
    from bot.question_shapes import ASKS_SAME

    assert ASKS_SAME.search(question.lower()) is None
