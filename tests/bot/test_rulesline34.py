"""Round 34 (rules line helper): the first line of a rules answer answers what was asked.

1. A message asking several things gets one line per ask, in the order asked, each from its own clause
   (bot/rules_asks.py); a part that no sentence answers is said to be so.
2. A deadline asked before an event ("提前多久", "how far ahead") is answered by the clause stating the window before it,
   its figure quoted (開辦前「30天」).
3. A confirmation tag ("— true?", "對嗎", "是真的嗎", "right?") asks yes / no of the claim before it.

Phrasings written for this test, not taken from eval questions.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import answer_kind
from bot.rules_asks import separate_asks
from evals.first_line import first_line, unsupported
from evals.runner import answer_quote_source


def _line(answer) -> str:
    return first_line(answer.answer)


def _supported(answer) -> None:
    assert not unsupported(_line(answer), [answer_quote_source(c.id) for c in answer.citations])


# ── separating the asks (no retrieval) ──

@pytest.mark.parametrize(("question", "count"), [
    ("監測報告交哪一年的？沒過會怎樣", 2),
    ("换证一共要多少分？国外会议一次算几分", 2),
    ("How many points in total? How many for one meeting abroad?", 2),
    ("標準是固定的嗎？會不會每年改", 1),  # the same whether asked again
    ("分數會公告嗎 另外要交幾張片子？", 2),  # 另外 opens a further ask
    ("What is the case minimum for the embolization domain vs the stent domain?", 2),
    ("Meeting credits double on Penghu — true?", 1),  # the tag is no ask of its own
    ("我在金門執業。年會積分可以加倍嗎？", 1),  # a statement is the ask's context
])
def test_separate_asks(question: str, count: int) -> None:
    assert len(separate_asks(question)) == count


def test_versus_asks_the_frame_of_each() -> None:
    asks = separate_asks("What is the case minimum for the embolization domain vs the stent domain?")
    assert asks[1].startswith("What is the case minimum for ") and "stent" in asks[1] and "embolization" not in asks[1]


def test_tag_joins_the_claim_and_statement_goes_with_its_ask() -> None:
    asks = separate_asks("I work in Matsu. Heard meeting credits are doubled — true? What do I send?")
    assert len(asks) == 2 and asks[0].startswith("I work in Matsu.") and asks[0].endswith("true?")


# ── 1. several asks, one line each, in order ──

# (question, the words of the line in the order asked, the clauses cited, how the line starts — the first ask's yes / no
# leads — or None, whether every figure and negation of the line is in its quotes is checked)
SEVERAL_ASKS = [
    ("自我評量指標的監測報告是交哪一年度的？沒通過的話會怎樣？", ["前一年度", "品管討論會"], {"hpa-mammo/1.5", "hpa-mammo/2.3.2.2"}, None, True),
    ("自我评量指标的监测报告要交哪年的？没过会有什么处罚", ["前一年度", "品管討論會"], {"hpa-mammo/1.5", "hpa-mammo/2.3.2.2"}, None, True),
    ("指導老師換證總共要幾分？國外介入會議一次可以抵多少分？", ["200", "15"], {"tsir-instructor/5", "tsir-instructor/5.4"}, None, True),
    ("指导老师换证总共需要多少积分？国外介入会议一次可以抵多少分？", ["200", "15"], {"tsir-instructor/5", "tsir-instructor/5.4"}, None,
     True),
    ("How many points does the instructor renewal need in total? How many does one overseas interventional meeting count "
     "for?", ["200", "15"], {"tsir-instructor/5", "tsir-instructor/5.4"}, None, True),
    # "A vs B": both figures, in order
    ("What is the case requirement for the biopsy/drainage domain compared with the stent domain?", ["300", "100"], set(),
     None, True),
    ("case numbers needed for the drainage/biopsy domain versus the biliary stenting domain?", ["300", "100"], set(), None,
     True),
    ("乳攝車放射師的評等規則跟院內的相同嗎？另外拿到C等誰要去上品管討論會？", ["品管討論會"], {"hpa-mammo/2.4.3", "hpa-mammo/2.4.4"},
     ("是",), False),
    ("巡回车技师的抽选片评等跟院内技师一样吗？拿到C的话谁要去参加品管讨论会", ["品管討論會"], {"hpa-mammo/2.4.3", "hpa-mammo/2.4.4"},
     ("是",), False),
    ("个案转到外院确诊也算我们的追踪完成吗？还有3类的要几个月内复检", ["2 個月|2 months"], {"hpa-mammo/2.5.3", "hpa-mammo/2.5.4"},
     ("算", "Yes"), False),
    ("Does a follow-up done at another hospital count toward our completion number? And within how many months must "
     "category 4 be confirmed?", ["2 個月|2 months"], {"hpa-mammo/2.5.3", "hpa-mammo/2.5.4"}, ("算", "Yes"), False),
    # documents asked after a figure: from the item's note
    ("去日本參加國際醫學會可以拿幾分？要附什麼證明？", ["30", "影本"], {"tsa-cme/5.4", "tsa-cme/5.4.n1"}, None, False),
]


@pytest.mark.parametrize(("question", "words", "cited", "starts", "checked"), SEVERAL_ASKS)
def test_several_asks_one_line_each_in_order(ask, question: str, words: list[str], cited: set[str],
                                             starts: tuple[str, ...] | None, checked: bool) -> None:
    a = ask(question)
    line = _line(a)
    assert a.route == "retrieval"
    at = []
    for word in words:
        found = [line.index(w) for w in word.split("|") if w in line]
        assert found, (word, line)
        at.append(found[0])
    assert at == sorted(at), line  # in the order asked
    assert cited <= {c.id for c in a.citations}
    if starts:
        assert line.startswith(starts), line
    if checked:
        _supported(a)


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_part_no_sentence_answers_is_said_so_and_claims_nothing(lang: str) -> None:
    # (the note stands in the first line: no figure, no denial of its own — evals.first_line.unsupported)
    from bot.rules_answer import EN_NEGATION, NEGATION, numbers_in
    from bot.rules_asks import _part_unsure

    note = _part_unsure(lang)
    assert not numbers_in(note) and not NEGATION.search(note) and not EN_NEGATION.search(note)


def test_one_ask_keeps_its_single_line(ask) -> None:
    line = _line(ask("外科年會一次幾分？"))
    assert "60" in line and "；" not in line


# ── 2. a deadline before the event ──

@pytest.mark.parametrize("question", [
    "院內辦的外科演講要給外院醫師學分，多久前要提出申請？",
    "我们医院想办个外科研讨会开放给院外的人，申请积分要提前几天送件？",
    "How far ahead do we have to apply if our hospital hosts a surgical lecture open to outside doctors?",
])
def test_window_before_event(ask, question: str) -> None:
    a = ask(question)
    line = _line(a)
    assert a.route == "retrieval" and a.citations[0].id == "tsa-cme/4.2"
    assert "30" in line and ("天" in line or "days" in line)
    _supported(a)


# ── 3. a confirmation tag asks yes / no ──

@pytest.mark.parametrize("question", [
    "Heard that meeting credits are doubled for doctors working on Penghu — true?",
    "So overseas conferences count 30 points each, right?",
    "聽說在離島執業的話年會積分可以加倍，對嗎？",
    "听说在离岛执业年会积分能翻倍，是真的吗？",
    "乳攝車放射師的抽選片評等跟院內放射師一樣，對吧？",
])
def test_confirmation_is_yes_no(question: str) -> None:
    assert answer_kind(question) == "yes_no"


@pytest.mark.parametrize("question", [
    "Heard that meeting credits are doubled for doctors working on Penghu — true?",
    "I work on Matsu. Someone said annual meeting credits count double for us — true? Anything I need to send?",
    "聽說在離島執業的話年會積分可以加倍，對嗎？",
    "听说在离岛执业年会积分能翻倍，是真的吗？",
])
def test_confirmation_leads_with_yes(ask, question: str) -> None:
    a = ask(question)
    assert _line(a).startswith(("Yes", "可以", "是", "會", "算"))
    assert a.citations[0].id == "tsa-cme/5.15"
