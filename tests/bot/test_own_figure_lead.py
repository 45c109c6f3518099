"""A rules answer never says Yes to "am I ok?" about a figure of one's own that it did not compare.

"how many RFA cases do I need…, I have 150 — am I ok?" met by "…局部腫瘤消融治療 180例。" (a count with no 以上 / 上限 read)
led "Yes: … requires 180 cases" — a Yes the text does not support (150 falls short). A unitless figure of one's own ("I have
150", "我目前做了一百五") takes the unit the question asks the rule in ("how many cases", "要幾例"); when the text gives a
figure in that unit but no threshold, the line states the rule with no yes / no lead. A threshold the text does mark
(8年以上, 上限 40 案) is still compared as before. Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import re

import pytest

from bot.rules_answer import _bare_own_figure, _own_figure_unchecked, _short_of
from knowledge.textnorm import fold

ABLATION = "六、腫瘤局部消融治療(Ablation therapy): PEI/PAI、RFA、cryoablation、MWA、laser ablation、IRE…等影像導引之局部腫瘤消融治療 180例。"
YEARS = "一、具有放射線專科醫師證書後實際從事介入性診療工作者，指導老師須達專科醫師 8年以上。"
LEAD = re.compile(r"^\s*(?:yes|no|是|否|可以|不可以|會|不會)\b|^\s*(?:是|否|可以|不可以|會|不會)[：:，,]", re.I)


@pytest.mark.parametrize("question, unit, value", [
    ("how many RFA cases do I need to be a TSIR instructor for ablation, I have 150 — am I ok?", "案", 150.0),
    ("how many ablation cases does the instructor cert need? I've done 170 so far, good?", "案", 170.0),
    ("消融的指導老師要幾例？我目前做了一百五，這樣可以嗎？", "案", 150.0),
    ("血管介入指導老師要多少例？我有90而已，夠嗎", "案", 90.0),
    ("外科專科展延要幾分？我累積了520，可以展延嗎", "分", 520.0),
])
def test_a_unitless_own_figure_takes_the_unit_asked(question, unit, value):
    assert _bare_own_figure(fold(question)) == (unit, value)


@pytest.mark.parametrize("question", [
    "I have 150 ablation cases — am I ok?",  # its unit said: read as before, not as a bare figure
    "how many cases and how many years do I need? I have 150",  # two units asked: which is meant is not known
    "how many cases do I need? we did 150 and I did 20",  # two figures of one's own
    "消融要幾例？",  # no figure of one's own
])
def test_no_bare_figure_where_the_unit_is_not_one(question):
    assert _bare_own_figure(fold(question)) is None


def test_an_own_figure_against_an_unmarked_count_gets_no_yes():
    question = "how many RFA cases do I need to be a TSIR instructor for ablation, I have 150 — am I ok?"
    assert not _short_of(question, ABLATION, whole=question)  # no 以上 read: nothing to compare with
    assert _own_figure_unchecked(question, question, ABLATION)


@pytest.mark.parametrize("question", [
    "我當放射專科醫師7年了，申請指導老師年資夠嗎？",  # 7 < 8年以上: compared, short (its No stands)
    "I've been a radiology specialist for 9 years, is that enough?",  # 9 ≥ 8: compared, its Yes stands
])
def test_a_marked_threshold_is_still_compared(question):
    assert not _own_figure_unchecked(question, question, YEARS)


def test_the_rule_asked_without_a_figure_keeps_its_line():
    question = "消融的指導老師需要180例以上嗎？"
    assert not _own_figure_unchecked(question, question, ABLATION)


@pytest.mark.parametrize("question, figure", [
    ("how many RFA cases do I need to be a TSIR instructor for ablation, I have 150 — am I ok?", "180"),
    ("how many RFA cases do I need to be a TSIR instructor for ablation, I have 200 — am I ok?", "180"),
    ("消融的指導老師要幾例？我目前做了一百五，這樣可以嗎？", "180"),
    ("血管介入指導老師要多少例？我有90而已，夠嗎", "100"),
])
def test_the_answer_states_the_rule_with_no_unsupported_lead(ask, question, figure):
    answer = ask(question)
    if answer.route == "retrieval":  # (a calculator's question back is as good: it leads with no yes / no either)
        line = answer.answer.splitlines()[0]
        assert figure in line
        assert not LEAD.search(line), line
    else:
        assert answer.route in ("clarify", "calculator")
