"""Round 27 first-line class (new phrasings, not the eval questions' words):

會 ending the name of a meeting or a body (研討會 / 年會 / 學會 / 討論會 …) followed by 被 / 如何 / 怎樣 is no "will":
"在研討會被邀請當座長，能抵多少分" asks the figure, not what follows (bot.question_shapes.VERB_HUI); 會 as "will" still
asks the consequence ("沒去會被怎樣", "會如何處理")."""

from __future__ import annotations

import datetime

import pytest

from bot.rules_answer import answer_kind
from evals.first_line import first_line


@pytest.mark.parametrize("question", [
    "在介入研討會被邀請擔任座長，換證可以抵多少積分？",
    "在国内的介入研讨会被邀请当座长，换证可以抵多少教育积分？",
    "上次年會被安排當講者，這樣能算多少分",
])
def test_a_meeting_noun_before_bei_asks_the_figure(question: str) -> None:
    assert answer_kind(question) == "number"


@pytest.mark.parametrize("question", [
    "放射師沒去品管討論會，會被怎樣？",
    "簽到單請人代簽，被發現會如何？",
    "复判差异超过60%会被停权吗，会怎么样",
])
def test_will_still_asks_the_consequence(question: str) -> None:
    assert answer_kind(question) in ("consequence", "yes_no")


def test_the_meeting_noun_is_no_yes_no() -> None:
    # (a 會 ending 研討會 before the question mark is no "會…？" yes / no)
    assert answer_kind("在國內研討會當座長，換證可抵多少分？") == "number"


@pytest.mark.parametrize(("question", "lang"), [
    ("在國內介入研討會被邀請當座長，換證能抵多少積分？", "zh-TW"),
    ("在国内介入研讨会被邀请当座长，换证能抵多少积分？", "zh-CN"),
])
def test_the_line_states_the_home_figure(engine, question: str, lang: str) -> None:
    answer = engine.answer(question, None, today=datetime.date(2026, 11, 25))
    line = first_line(answer.answer)
    assert answer.route == "retrieval", answer.answer
    assert "20" in line and "座長" in line, line
    assert answer.citations[0].id == "tsir-instructor/5.3", [c.id for c in answer.citations]
