"""Round 48 (rulesline48): a rules answer's first line answers what is asked, from the clause's own words.

1. A website / system named then asked ("系統叫什麼", "上哪個網站看", "what's the website", "which portal") is a where-question
   (`question_shapes.PLACE_NAMED_ASKED`): the clause giving the web address answers (`_web_address_holder`), its address
   leading the line (`web_address_lead`); a figure asked stays a figure.
2. A count handed in ("要準備幾張", "要送幾組", "how many images … submit", `handed_in_count`) is answered by the close clause
   stating it in the asked unit, though it shares fewer words than a note on how the sets are scored.
3. A consequence asked of a stated case is led by that case's consequence: the band row the question restates
   (`_band_row_holder`), the clause's own condition the question states (`stated_condition`).
4. Yes / no leads read from the clause's wording: a right asked back met by its restoring (`restored_after`), sameness met by
   a regardless grant or a contrary category, a zero year put to "is that ok" met by 每年不得有零分 (`zero_year_barred`).
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.question_shapes import ASKS_SAME_TREATMENT, PLACE_ASKED, ZERO_YEAR_SAID
from bot.rules_answer import (answer_kind, direct_line, handed_in_count, restored_after, stated_condition,
                              web_address_lead, zero_year_barred)
from evals.first_line import unsupported
from knowledge.textnorm import fold
from tests.bot.test_rules_answer import CORPUS, hits


def _lang(question: str) -> str:
    return "en" if question.isascii() else "zh-TW"


# ------------------------------------------------------------------------ 1. where: a website / system asked

@pytest.mark.parametrize("question", [
    "這個月篩了幾案要去查，那個網站是哪一個？",
    "篩檢量的查詢系統叫什麼？",
    "我们一年做了多少乳摄要上哪个网站看？",
    "What's the website for our screening numbers?",
    "which portal shows how many mammograms we did this year?",
])
def test_a_website_named_then_asked_is_a_where_question(question: str) -> None:
    assert answer_kind(question) == "where"
    assert PLACE_ASKED.search(fold(question))


@pytest.mark.parametrize(("question", "kind"), [
    ("乳攝車一天最多可以拍幾案？", "number"),  # a figure, no website
    ("後續審查表是附表幾？", "where"),  # an appendix asked, no website either
])
def test_no_website_asked_keeps_its_kind(question: str, kind: str) -> None:
    assert answer_kind(question) == kind
    assert not PLACE_ASKED.search(fold(question))


def test_the_web_address_leads_and_a_clause_giving_it_answers() -> None:
    question = "一年做幾案乳攝要去查，那個系統叫什麼？"
    line = direct_line(question, hits("hpa-mammo/2.4.2", "hpa-mammo/1.1.2"), CORPUS, "zh-TW")
    assert line.confident and line.cited == ["hpa-mammo/1.1.2"]
    assert line.text.startswith("網址：https://boc.hpa.gov.tw/")
    assert not unsupported(line.text, [CORPUS.full_text("hpa-mammo/1.1.2"), CORPUS.get("hpa-mammo/1.1.2").label])


def test_no_website_asked_gets_no_address_lead() -> None:
    assert web_address_lead(CORPUS.get("hpa-mammo/1.1.2"), "篩檢量是怎麼算超量的？", "zh-TW") == ""
    assert web_address_lead(CORPUS.get("hpa-mammo/2.4.1"), "網站是哪個？", "zh-TW") == ""  # (no address in it)


# ------------------------------------------------------------------------ 2. a count handed in

@pytest.mark.parametrize(("question", "asked"), [
    ("自選片一共要交幾張？", True),
    ("每位放射師要送幾組自選片", True),
    ("How many images does each tech have to submit for the self-selected set?", True),
    ("自選片的成績取幾組？", False),  # how the sets are scored, nothing handed in
    ("How many cases can a tech do per day?", False),
])
def test_a_count_handed_in(question: str, asked: bool) -> None:
    assert handed_in_count(question) is asked


def test_the_clause_stating_the_count_handed_in_answers() -> None:
    line = direct_line("自選片總共需要交幾張影像？", hits("hpa-mammo/2.3.1.n1", "hpa-mammo/1.3.1"), CORPUS, "zh-TW")
    assert line.cited == ["hpa-mammo/1.3.1"] and "8 張" in line.text


# ------------------------------------------------------------------------ 3. the consequence of the stated case

@pytest.mark.parametrize("question", [
    "What happens when a reader's negative-case discrepancy is above 20 percent?",
    "陰性個案複判差異超過20%會怎麼樣？",
])
def test_the_band_row_the_question_restates_answers(question: str) -> None:
    line = direct_line(question, hits("hpa-mammo/2.1.1.2", "hpa-mammo/2.1.1.2.3", "hpa-mammo/2.1.1.2.2",
                                      scores=(0.05, 0.05, 0.049)), CORPUS, _lang(question))
    assert line.cited == ["hpa-mammo/2.1.1.2.3"]
    assert ("stop" if question.isascii() else "停止") in line.text


@pytest.mark.parametrize("question", ["假如每一台乳攝儀複測都沒有通過，會怎麼樣？", "要是所有的机器复测都没过，后果是什么"])
def test_the_condition_the_question_states_leads(question: str) -> None:
    found = stated_condition(CORPUS.get("hpa-mammo/2.2.1.2"), question)
    assert found is not None and "取消醫療機構資格" in found[1] and "所有" in found[1]
    line = direct_line(question, hits("hpa-mammo/2.2.1.1.n1", "hpa-mammo/2.2.1.2"), CORPUS, "zh-TW")
    assert line.confident and line.cited == ["hpa-mammo/2.2.1.2"]
    assert line.text.startswith("若所有乳房 X 光攝影儀皆未通過複測，取消醫療機構資格")


def test_a_case_of_another_row_states_no_condition_of_its_own() -> None:
    assert stated_condition(CORPUS.get("hpa-mammo/2.2.1.2"), "有一台拿到D等會怎樣？") is None


# ------------------------------------------------------------------------ 4. yes / no leads from the clause's wording

@pytest.mark.parametrize(("question", "back"), [
    ("停止操作以後，補齊了可以恢復嗎？", True),
    ("can she ever get back to operating the unit?", True),
    ("Will the reader be reinstated after the seminar?", True),
    ("If she never makes up the hours, can she get back to operating?", False),  # the restoring denied
])
def test_a_right_asked_back_met_by_its_restoring(question: str, back: bool) -> None:
    assert restored_after(fold(question), question, CORPUS.get("hpa-mammo/2.1.2.1").text) is back


def test_a_right_asked_back_where_the_text_restores_nothing_gets_no_yes() -> None:
    line = direct_line("醫療機構資格被取消了，之後可以恢復嗎？", hits("hpa-mammo/2.2.2.1"), CORPUS, "zh-TW")
    assert not line.text.startswith(("可以", "是", "會"))


@pytest.mark.parametrize(("question", "word"), [
    ("在高雄辦的國際研討會，跟國外的國際會議一樣給分嗎？", "是"),
    ("Does an international congress in Taichung earn the same credits as one overseas?", "Yes"),
])
def test_sameness_met_by_a_regardless_grant_is_a_yes(question: str, word: str) -> None:
    assert ASKS_SAME_TREATMENT.search(fold(question))
    line = direct_line(question, hits("tsa-cme/5.4.n2"), CORPUS, _lang(question))
    assert line.text.startswith(word), line.text


def test_sameness_met_by_a_contrary_category_is_a_no() -> None:
    line = direct_line("在美國執業，參加當地的非國際性會議，積分跟國際會議一樣嗎？", hits("tsa-cme/7"), CORPUS, "zh-TW")
    assert line.text.startswith(("不", "否")), line.text


@pytest.mark.parametrize(("question", "zero"), [
    ("總分夠了，可是有一年掛零，這樣可以展延嗎？", True),
    ("其中一年没有积分，可以换证吗？", True),
    ("one year I had zero credits, is that ok for renewal?", True),
    ("there was a blank year in the middle - is that acceptable?", True),
    ("每年都有積分，總分也夠，可以展延嗎？", False),
    ("I earned credits every year, is that ok for renewal?", False),
])
def test_a_zero_year_put_to_is_that_ok(question: str, zero: bool) -> None:
    assert bool(ZERO_YEAR_SAID.search(fold(question))) is zero
    assert zero_year_barred(question, question, CORPUS.get("tsa-cme/10").text) is zero


def test_a_zero_year_gets_a_no_in_english() -> None:
    question = "Way over 600 for the six years, but one year I logged nothing. Is that ok for the renewal?"
    line = direct_line(question, hits("tsa-cme/10"), CORPUS, "en")
    assert line.text.startswith("No"), line.text
    assert not unsupported(line.text, [CORPUS.full_text("tsa-cme/10"), CORPUS.get("tsa-cme/10").label])


@pytest.mark.parametrize(("question", "same"), [
    ("台北辦的國際會議跟國外開的國際會議一樣給分嗎？", True),
    ("在國內開的國際研討會，分數跟國外開的相同嗎", True),  # the second side points back (開的)
    ("Does an international meeting held in Taiwan earn the same credits as one abroad?", True),
    ("國內研討會和國際會議的積分一樣嗎？", False),  # two kinds compared, not one in two places
    ("Is a domestic seminar worth the same as an international meeting?", False),
])
def test_sameness_compares_the_granted_thing_with_itself(question: str, same: bool) -> None:
    from bot.rules_answer import same_thing_compared

    assert same_thing_compared(question, CORPUS.get("tsa-cme/5.4.n2")) is same
