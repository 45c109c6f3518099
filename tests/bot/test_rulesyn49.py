"""Round 49 (rulesyn49): a yes / no lead only from a clause that speaks to the case asked.

(a) A ruling for a person of an age the question does not state ("60歲以上…免換證", `_age_condition_unstated`) gives way
    to the close clause of the same rules holding the question's terms (證書效期 6 年); a stated age keeps it.
(b) For "還要…嗎 / do I still need", an exemption whose listed condition the question states (演講 3次以上) outranks the
    general requirement (第二條's case numbers): 不需要 (`_condition_matched`).
(c) An amendment asked of a clause that says nothing of one gets no polarity word (`amendment_unstated`).
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import POLARITY_LEAD, _age_condition_unstated, amendment_unstated, direct_line, read_hits, \
    question_terms, answer_kind
from tests.bot.test_rules_answer import CORPUS, hits


def _lang(question: str) -> str:
    return "en" if question.isascii() else "zh-TW"


def _age_candidate(question: str):
    return read_hits(question_terms(question), hits("tsir-instructor/6"), CORPUS, answer_kind(question))[0]


# ------------------------------------------------------------------------ (a) an age condition the question does not state

@pytest.mark.parametrize("question", ["指導老師證書要每六年換一次嗎？", "指导老师证书每6年都要换吗？",
                                      "Do instructor certificates need renewing every 6 years?"])
def test_age_rule_unstated(question: str) -> None:
    assert _age_condition_unstated(_age_candidate(question), question)


@pytest.mark.parametrize("question", ["我今年63歲，證書還要換嗎？", "我已经61岁了，还要换证吗？",
                                      "I'm 62 years old, do I still renew?", "可以申請終身證書嗎？",
                                      "Can I get the lifetime certificate?"])
def test_age_rule_stated_keeps(question: str) -> None:
    assert not _age_condition_unstated(_age_candidate(question), question)


@pytest.mark.parametrize("question", ["指導老師證書要每六年換一次嗎？", "指导老师证书是不是每6年就要换证？"])
def test_ordinary_renewal_not_led_by_lifetime_rule(question: str) -> None:
    line = direct_line(question, hits("tsir-instructor/6", "tsir-instructor/4", "tsir-instructor/5"), CORPUS, "zh-TW")
    assert line.cited[0] != "tsir-instructor/6"
    assert not line.text.startswith("不")


def test_stated_age_keeps_lifetime_rule() -> None:
    line = direct_line("我已經61歲了，指導老師證書還要每6年換證嗎？",
                       hits("tsir-instructor/6", "tsir-instructor/4", "tsir-instructor/5"), CORPUS, "zh-TW")
    assert line.cited[0] == "tsir-instructor/6" and line.text.startswith("不")


# ------------------------------------------------------------------------ (b) an exemption whose condition is stated

@pytest.mark.parametrize("question", ["我在介入會議演講過4次，還需要附個案數證明嗎？",
                                      "我讲过3次介入会议演讲，还要另外附个案数证明吗？"])
def test_stated_exemption_outranks_requirement(question: str) -> None:
    line = direct_line(question, hits("tsir-instructor/2", "tsir-instructor/1.2.1", "tsir-instructor/1.2"), CORPUS,
                       "zh-TW")
    assert line.cited[0] == "tsir-instructor/1.2.1"
    assert line.text.startswith("不")


def test_short_exemption_gets_no_denial() -> None:
    line = direct_line("我只演講過1次，還要附個案數證明嗎？",
                       hits("tsir-instructor/2", "tsir-instructor/1.2.1", "tsir-instructor/1.2"), CORPUS, "zh-TW")
    assert not line.text.startswith("不")


# ------------------------------------------------------------------------ (c) an amendment the clause does not speak of

@pytest.mark.parametrize(("question", "cid"), [
    ("第五條最近有修改嗎？", "tsa-cme/5"), ("第五条有修订过吗？", "tsa-cme/5"), ("第四條有改過嗎", "tsir-instructor/4"),
    ("Has Article 5 been amended recently?", "tsa-cme/5"),
])
def test_amendment_unstated(question: str, cid: str) -> None:
    assert amendment_unstated(question, CORPUS.get(cid))


@pytest.mark.parametrize(("question", "cid"), [
    ("審查標準每年會調整嗎", "hpa-mammo/2"), ("辦法修改要誰通過？", "tsa-cme/11"), ("第五條幾分？", "tsa-cme/5"),
])
def test_amendment_stated_or_not_asked(question: str, cid: str) -> None:
    assert not amendment_unstated(question, CORPUS.get(cid))


@pytest.mark.parametrize("question", ["第五條最近有修改嗎？", "Was Article 5 changed recently?"])
def test_amendment_line_has_no_polarity(question: str) -> None:
    line = direct_line(question, hits("tsa-cme/5", "tsa-cme/11"), CORPUS, _lang(question))
    assert not POLARITY_LEAD.match(line.text)
    assert "沒有說明" in line.text or "does not say" in line.text


# ------------------------------------------------------------------------ (b2) a figure short of the exemption's condition

@pytest.mark.parametrize("question", ["I've given 1 lecture, can I skip the case proof?",
                                      "I've only lectured twice, can I apply without the case numbers?"])
def test_short_of_exemption_is_no(question: str) -> None:
    line = direct_line(question, hits("tsir-instructor/1.2.2", "tsir-instructor/1.2.1", "tsir-instructor/1.2"), CORPUS,
                       "en")
    assert line.cited[0] == "tsir-instructor/1.2.1"
    assert line.text.startswith("No")


def test_met_exemption_keeps_yes() -> None:
    line = direct_line("I've lectured at IR meetings 5 times, can I skip the case proof?",
                       hits("tsir-instructor/1.2.1", "tsir-instructor/1.2.2", "tsir-instructor/1.2"), CORPUS, "en")
    assert line.text.startswith("Yes")


@pytest.mark.parametrize("question", [
    "can I get instructor status in more than one area at once?",
    "can I apply for two domains all at once, or one at a time?",
])
def test_at_once_is_no_count_of_lectures(engine, question: str) -> None:
    # "at once" is together, not one lecture short of the exemption's 3: no "No" from 第一條第二款(1)
    answer = engine.answer(question)
    assert not answer.answer.startswith("No")
    assert answer.citations[0].id != "tsir-instructor/1.2.1"


def test_once_as_a_count_still_reads() -> None:
    from bot.rules_answer import _TIMES_EN

    assert [m.group(1) for m in _TIMES_EN.finditer("I lectured once and moderated twice")] == ["once", "twice"]
    assert not list(_TIMES_EN.finditer("once I pass, can I apply at once?"))


@pytest.mark.parametrize(("question", "lead"), [
    ("一次可以同時申請兩三個領域的指導老師嗎 還是只能選一個", "可以"),  # 一次 is "at one time", no lecture count
    ("這些審查標準是定死的嗎 還是每年會改？改了會公告嗎", "會"),  # 改了會… is "if changed", no past amendment asked
])
def test_no_count_and_no_past_amendment_read_into_a_plain_yes(engine, question: str, lead: str) -> None:
    assert engine.answer(question).answer.startswith(lead)
