"""A question back names what it asks for: no template placeholder ever reaches the person."""

import pytest


@pytest.mark.parametrize(("question", "named"), [
    ("想申請消融指導老師，專科 10 年，夠嗎？", "腫瘤局部消融治療"),
    ("I'd like the ablation instructor certificate, radiology specialist for 10 years. Do I qualify?", "ablation"),
    ("我想申請指導老師，專科 12 年了，可以嗎？", "哪一個專長領域"),  # no domain named: the domain is asked first
])
def test_a_per_domain_case_count_question_names_the_domain(ask, question, named):
    answer = ask(question)
    assert answer.route == "clarify"
    assert "{" not in answer.answer and "}" not in answer.answer
    assert named in answer.answer
