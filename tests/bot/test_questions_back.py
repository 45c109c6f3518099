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


@pytest.mark.parametrize("question", [
    "我專科證書是 107 年 3 月拿到的，近六年做了 200 例 RFA，想申請消融指導老師，夠嗎？",
    "专科证书是 2018 年拿的，近六年 RFA 200 例，想申请消融指导老师，够吗？",
])
def test_a_calendar_year_is_never_read_as_a_count_of_years(ask, question):
    answer = ask(question)
    assert answer.route == "clarify"
    assert "70" not in answer.answer.split("依據")[0]  # no "years must be ≤ 70" complaint about 107 / 2018
    assert "幾年" in answer.answer or "几年" in answer.answer or "年資" in answer.answer


def test_a_value_out_of_range_is_explained_in_the_persons_language(ask):
    answer = ask("專科 75 年，近六年 RFA 190 例，消融指導老師夠嗎？")
    assert answer.route == "clarify"
    assert "不得大於 70" in answer.answer and "Input should" not in answer.answer
