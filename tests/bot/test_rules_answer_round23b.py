"""Round 23b first-line classes (new phrasings, not the eval questions' words): a yes / no question against a clause that
rules on its listed conditions ("若符合下列條件者，不須附上…個案數證明" over "(1) …介入會議演講 3 次以上…") names what
follows in the ruling's words and what the person does in a condition's words: the line answers, carrying the
condition's figure (never the fallback); a question that meets the ruling alone, and none of its conditions, stays unsure."""

from __future__ import annotations

import pytest

from bot.rules_answer import UNSURE, _listed_condition_terms, question_terms
from tests.bot.first_line_support import CORPUS, line_for, supported

RULING = "tsir-instructor/1.2"
HITS = [RULING, "tsir-instructor/1.2.1", "tsir-instructor/2"]


@pytest.mark.parametrize("question", ["平常很多時候都在介入會議上演講，是不是就可以不用附個案數了？",
                                      "我在國外介入研討會演講過好幾次，是不是可以不附個案數？",
                                      "经常在介入会议演讲的话，是不是就不用附个案数了？",
                                      "常在研討會擔任座長，這樣是不是不必附個案數？"])
def test_a_ruling_on_listed_conditions_answers_with_its_condition(question: str) -> None:
    line = line_for(question, HITS, "zh-TW")
    assert line != UNSURE["zh-TW"], line
    # (a count said vaguely, "好幾次", leads with what the answer depends on since rules59 — never a bare 可以 for it)
    assert line.startswith(("是：", "可以：", "不需要：") + (("視您的數字而定：",) if "幾次" in question else ())), line
    assert "3 次" in line  # the condition the answer depends on is carried (the person's "often" is not 3 times)
    assert supported(line, RULING)


@pytest.mark.parametrize("question", ["住院醫師是不是可以不用附個案數？", "剛升主治醫師的人，是不是就可以不用附個案數？"])
def test_a_question_meeting_the_ruling_but_none_of_its_conditions_stays_unsure(question: str) -> None:
    assert line_for(question, HITS, "zh-TW") == UNSURE["zh-TW"]


def test_only_a_ruling_on_listed_conditions_lends_its_items_terms() -> None:
    q = question_terms("常在介入會議演講，是不是不用附個案數？")
    assert {"演講", "介入"} <= _listed_condition_terms(q, CORPUS.get(RULING), CORPUS)
    assert not _listed_condition_terms(q, CORPUS.get("tsir-instructor/2"), CORPUS)  # a list of domains, no ruling


@pytest.mark.parametrize("question", ["哈囉大家，我是中部區域醫院的總醫師，最近在衝積分，同事推薦說跑大會很划算，請問外科醫學會自己的年會跑一趟算多少？",
                                      "大家好，我是北部某醫院一般外科的 R2，今年想說把學分衝滿，聽說跑大會最有效率，外科醫學會自己的年會跑一趟到底算多少？",
                                      "各位前輩好，我在南部區域醫院當總醫師，同事說去大會最划算，想問外科医学会自己的年会去一趟到底算多少？"])
def test_the_issuer_named_is_the_texts_own_society(question: str) -> None:
    # (long, chatty questions: their own words dilute the share; the society's name meets the text's 本會)
    line = line_for(question, ["tsa-cme/5.1", "tsa-cme/5.10", "tsa-cme/5.3"], "zh-TW")
    assert "60 分" in line, line
    assert supported(line, "tsa-cme/5.1")


@pytest.mark.parametrize(("question", "doc", "text", "named"), [
    ("外科醫學會自己的年會幾分", "tsa-cme", "參加本會年會", True),
    ("胸腔外科醫學會的年會幾分", "tsa-cme", "參加本會年會", False),  # another society
    ("外科醫學會的年會幾分", "tsa-cme", "參加國外之醫學會", False),  # the text does not name its own
    ("國健署複審會查哪些", "hpa-mammo", "本署得視需要", True),
    ("健康署會不會給付", "tsa-cme", "參加本會年會", False)])
def test_names_issuer(question: str, doc: str, text: str, named: bool) -> None:
    from knowledge.others import names_issuer

    assert names_issuer(question, doc, text) is named
