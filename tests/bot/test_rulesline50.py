"""Round 50 (rulesline50): a rules answer's first line leads with the answer to the question's own asking form.

1. "only a recommendation?" / "只是建議嗎" asked of one side (`question_shapes.asks_advice_only`): advice is "Yes, only
   recommended" / "是，只是建議"; a duty is "Required" / "屬強制規定" — never a yes.
2. A how / what clause, then a confirmation with 嗎 (`confirms_after_wh`): the confirmation's 是 / 不是, not the 算 of the
   how-clause.
3. A remark after the ask (`asking_clause_of`): the clause that asks gives the verb (可以 → 不可以), not the remark's 不會.
4. An either-or "X, or Y?" (`either_or_lead`): the alternative the clause supports, said back ("Yes, free", "每年會調整");
   none where the clause rules on another case (`_one_gist_segment`) or supports neither.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.question_shapes import DUTY_FORCE_ASKED, asks_advice_only
from bot.rules_answer import (_en_statement, _one_gist_segment, _zh_alternatives, _zh_statement, asking_clause_of,
                              confirms_after_wh, direct_line, polarity_word)
from evals.first_line import line_answers, unsupported
from knowledge.textnorm import fold
from tests.bot.test_rules_answer import CORPUS, hits


def _line(question: str, *ids: str) -> str:
    lang = "en" if question.isascii() else "zh-TW"
    line = direct_line(question, hits(*ids), CORPUS, lang)
    assert not unsupported(line.text, [CORPUS.full_text(i) + " " + CORPUS.get(i).label for i in line.cited])
    return line.text


# ------------------------------------------------------------------------ 1. only a recommendation?

@pytest.mark.parametrize(("question", "asked"), [
    ("Is the reading seminar just advised for that band?", True),
    ("is the case conference merely a suggestion?", True),
    ("去判片座談會只是建議而已嗎？", True),
    ("参加读片座谈会只是建议吧？", True),
    ("Is it mandatory or only recommended?", False),  # both sides: DUTY_FORCE_ASKED
    ("是強制的還是只是建議？", False),
    ("Is only the first author recommended to present?", False),  # no duty's force asked
])
def test_advice_only_asked(question: str, asked: bool) -> None:
    assert asks_advice_only(fold(question)) is asked


def test_both_sides_asked_stay_with_duty_force() -> None:
    assert DUTY_FORCE_ASKED.search(fold("Is it mandatory or only recommended?"))


@pytest.mark.parametrize(("question", "clause", "lead"), [
    ("For the 40-50% band, is going to the reading seminar only a recommendation?", "hpa-mammo/2.1.1.2.1",
     "Yes, only recommended: "),
    ("差異40%到50%那級，去判片座談會只是建議嗎？", "hpa-mammo/2.1.1.2.1", "是，只是建議："),
    ("For the 50-60% band, is the seminar only a recommendation?", "hpa-mammo/2.1.1.2.2", "Required: "),
    ("差異50%到60%那級，去座談會只是建議吧？", "hpa-mammo/2.1.1.2.2", "屬強制規定："),
])
def test_the_texts_force_leads(question: str, clause: str, lead: str) -> None:
    assert _line(question, clause).startswith(lead)


# ------------------------------------------------------------------------ 2. a confirmation after a how-question

@pytest.mark.parametrize(("question", "confirms"), [
    ("機構的抽片分數怎麼計算，是所有抽片平均嗎？", True),
    ("机构抽片的分数怎么计算，是取所有抽片的平均吗？", True),
    ("抽片分數是所有抽片平均嗎？", False),  # no how-clause before it
    ("抽片分數是平均嗎，怎麼算？", False),  # the how asks last
])
def test_a_confirmation_after_a_how_clause(question: str, confirms: bool) -> None:
    text = fold(question)
    assert confirms_after_wh(text, asking_clause_of(text)) is confirms


@pytest.mark.parametrize(("question", "negative", "word"), [
    ("醫院的抽片成績要怎麼算，是把全部抽片平均嗎", False, "是"),
    ("自選片的成績怎麼算，是取兩組平均嗎？", True, "不是"),
    ("分數怎麼給，可以取平均嗎？", True, "不可以"),  # the confirmation's own verb
])
def test_the_confirmation_gives_the_word(question: str, negative: bool, word: str) -> None:
    assert polarity_word(question, negative, "zh-TW") == word


def test_a_denied_confirmation_leads_no() -> None:
    line = _line("自選片的成績怎麼算，是取兩組平均嗎？", "hpa-mammo/2.1.2.2.1.n1")
    assert line_answers(line, ["不是"], "no")


# ------------------------------------------------------------------------ 3. a remark after the ask

@pytest.mark.parametrize(("question", "clause"), [
    ("出席證明可以在簽到時先給嗎，這樣大家不會等太久", "出席證明可以在簽到時先給嗎"),
    ("簽到的時候可以先把出席證明發掉嗎，免得結束時大家會擠在門口", "簽到的時候可以先把出席證明發掉嗎"),
    ("辦課時報到就發出席證明，這樣還可以嗎", "這樣還可以嗎"),  # the last clause asks itself
    ("報到就發出席證明，這樣", "這樣"),  # no clause asks: the last
])
def test_the_clause_that_asks(question: str, clause: str) -> None:
    assert asking_clause_of(fold(question)) == fold(clause)


@pytest.mark.parametrize("question", ["出席證明可以在簽到時先給嗎，這樣大家不會等太久", "出席证明能不能报到时就先发，这样散场不会挤"])
def test_the_asking_modal_leads(question: str) -> None:
    assert polarity_word(question, True, "zh-TW") == "不可以"
    assert _line(question, "tsa-cme/4.4").startswith("不可以：")


# ------------------------------------------------------------------------ 4. either-or

@pytest.mark.parametrize(("alternative", "statement"), [
    ("is there a review fee?", "there is a review fee"),
    (" can they be changed year to year?", "they can be changed year to year"),
    (" do they get revised every year?", "they get revised every year"),
    ("is the first review free?", "free"),
    ("first review: is it free?", "it is free"),
    ("can we apply online?", "you can apply online"),
    ("should HPA pay", None),  # no form said back
])
def test_an_english_alternative_said_back(alternative: str, statement: str | None) -> None:
    assert _en_statement(alternative) == statement


@pytest.mark.parametrize(("alternative", "statement"), [
    ("指導老師證書第一次審查是免費的", "是免費的"),
    ("還是每年會調整？", "每年會調整"),
    ("要繳審查費?", "要繳審查費"),
    ("還是要把所有文件都寄到學會秘書處去辦理呢？", None),  # too long to lead
])
def test_a_chinese_alternative_said_back(alternative: str, statement: str | None) -> None:
    assert _zh_statement(fold(alternative)) == statement


def test_chinese_alternatives_without_a_wh_word() -> None:
    assert _zh_alternatives("第一次審查是免費的，還是要繳審查費？") is not None
    assert _zh_alternatives("要寄到哪裡，還是線上傳？") is None


def test_one_gist_segment_names_the_case() -> None:
    gist = CORPUS.get("tsir-instructor/8.2").gist_en
    assert _one_gist_segment("is the first review free, or is there a review fee?", gist)
    assert not _one_gist_segment("is a replacement certificate free, or is there a fee?", gist)


@pytest.mark.parametrize(("question", "clause", "lead"), [
    ("Are the follow-up review criteria fixed, or do they get revised every year?", "hpa-mammo/2",
     "Yes, they get revised every year: "),
    ("Is the first instructor certificate review free, or do we pay a review fee?", "tsir-instructor/8.2", "Yes, free: "),
    ("審查標準是固定的，還是每年會調整？", "hpa-mammo/2", "每年會調整："),
    ("指導老師證書第一次審查是免費的，還是要繳審查費？", "tsir-instructor/8.2", "是免費的："),
])
def test_the_supported_alternative_leads(question: str, clause: str, lead: str) -> None:
    assert _line(question, clause).startswith(lead)


@pytest.mark.parametrize(("question", "clause"), [
    ("Is a replacement instructor certificate free, or is there a fee?", "tsir-instructor/8.2"),  # the other case's
    ("Is the instructor certificate issued by the society, or by the hospital?", "tsir-instructor/7"),  # neither said back
])
def test_no_alternative_lead_the_clause_does_not_settle(question: str, clause: str) -> None:
    assert not _line(question, clause).startswith("Yes, free")
    assert not _line(question, clause).startswith("Yes, it")
