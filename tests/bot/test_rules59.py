"""Round 59 (rules59): the classes fixed this round, with near misses that must not change.

- a stated re-read rate is put to a row's bound or band only of the SAME measure (陽性 / 陰性, positive / negative, read in
  English before or right after the figure); a rate whose measure is not told decides no first line; 百分之N is a percentage
- the grades themselves asked rank the heading introducing the grade table with the table
- another person's place on the byline is no paper of the asker's
- the Nuclear Safety Commission's training hours (English) are out of scope; the person before 專科證書 is no field
- the renewal window asked as such, or filing far ahead, is the rule's period
- how many times the instructor's rule requires, asked beside a vague count, is the rule's count; the vague count decides
  no 可以
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from knowledge.ranges import english_percents, fold, measure_of, past_stated_bound, percent_words, value_in_band

TODAY = datetime.date(2026, 11, 25)
_C = "丙、疑似陽性個案複判差異超過 60%或陰性個案複判差異超過 20%，立即停止判讀"
_A = "甲、疑似陽性個案複判差異介於 40% - 50% 或陰性個案複判差異介於 7% - 15%，建議於下次後續審查前參加示範醫院判片座談會"


def _measures(text: str) -> list[str | None]:
    import re

    t = english_percents(fold(text))
    return [measure_of(t, m.start(), m.end()) for m in re.finditer(r"\d+(?:\.\d+)?\s*%", t)]


@pytest.mark.parametrize(("text", "measures"), [
    ("positive discrepancy is 45%, can she keep reading?", ["陽性"]),
    ("she got 25% discrepancy on negatives", ["陰性"]),
    ("over 60% (suspected positive) or over 20% (negative)", ["陽性", "陰性"]),
    ("pos 45% neg 12%", ["陽性", "陰性"]),
    ("62% for the suspicious ones, 9% among the negative ones", ["陽性", "陰性"]),
    ("陽性 45%、陰性 12%", ["陽性", "陰性"]),
    ("疑陽 55%", ["陽性"]),
    ("her discrepancy is 30%", [None]),  # (near miss: no measure told)
])
def test_the_measure_of_a_rate_is_read_in_either_language(text, measures):
    assert _measures(text) == measures


@pytest.mark.parametrize(("question", "past"), [
    ("陰性複判差異 23%，還能繼續判讀嗎", True),
    ("one of our imagers got 25% on negatives — can she keep reading?", True),
    ("阴性个案复判差异到了百分之二十五，医生还能继续判读吗", True),
    ("positive discrepancy is 45%, can she keep reading?", False),  # past no bound of ITS measure (60%)
    ("陽性複判差異 45%，還能繼續判讀嗎", False),
    ("她的複判差異 45%，還能繼續看片嗎", False),  # the measure not told: not decided
])
def test_a_rate_is_past_only_a_bound_of_its_own_measure(question, past):
    assert past_stated_bound(question, _C) is past


def test_a_rate_whose_measure_is_not_told_is_held_by_no_band_when_it_decides():
    assert value_in_band("陽性複判差異 45%", _A, strict=True)
    assert not value_in_band("她的複判差異 45%", _A, strict=True)
    assert value_in_band("她的複判差異 45%", _A)  # (ranking: placed as before)


@pytest.mark.parametrize(("text", "folded"), [
    ("差異到了百分之二十五", "差異到了25%"), ("百分之六十", "60%"), ("百分之十五以上", "15%以上"), ("百分之一百", "100%"),
    ("百分之百", "百分之百"),  # (near miss: no number read)
])
def test_a_percentage_in_words_is_a_figure(text, folded):
    assert percent_words(text) == folded


@pytest.mark.parametrize(("question", "lead", "row"), [
    ("阴性个案复判差异有百分之二十三，这位医生还可以继续读片吗", "不可以", "hpa-mammo/2.1.1.2.3"),
    ("our reader came back with 24% on the negatives in the re-read. can she keep reading?", "No", "hpa-mammo/2.1.1.2.3"),
])
def test_one_rate_past_its_measures_bound_leads_with_the_stop(engine, question, lead, row):
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "retrieval" and answer.citations[0].id == row
    assert answer.answer.startswith(lead), answer.answer.splitlines()[0]


@pytest.mark.parametrize("question", [
    "positive discrepancy is 45%, can she keep reading?",
    "suspected-positive reread discrepancy is 44% for one of our readers. can he keep reading?",
    "她的複判差異 45%，還能繼續看片嗎",
])
def test_a_rate_never_meets_the_other_measures_bound(engine, question):
    answer = engine.answer(question, today=TODAY)
    first = answer.answer.splitlines()[0]
    assert not first.startswith(("No", "不可以", "不能")), first
    assert "超過 20%" not in first or "陰性" not in first.split("：")[0]


@pytest.mark.parametrize("question", [
    "实测评等总共分成几个等级？",
    "乳攝儀實地測試的評等總共分成哪幾等？",
    "is the on-site machine test graded? how many grades are there",
])
def test_the_grades_asked_rank_the_heading_with_its_table(engine, question):
    ids = [h.clause.id for h in engine.retriever.search(question, 3)]
    assert ids[0] in ("hpa-mammo/2.2.1", "hpa-mammo/2.2.1.1") and {"hpa-mammo/2.2.1", "hpa-mammo/2.2.1.1"} <= set(ids), ids


@pytest.mark.parametrize(("question", "role"), [
    ("I'm corresponding author on a paper in an SCI-indexed surgery journal. how many points is that? my fellow was 2nd author btw",
     "corresponding"),
    ("I was first author on an SCI paper. how many credits is that? my resident was the second author", "first"),
    ("我是一篇SCI論文的通訊作者，這樣算幾分？我的fellow是第二作者", "corresponding"),
])
def test_another_persons_place_on_the_byline_is_no_paper_of_ones_own(question, role):
    decision = decide_calculation(Query(question, TODAY))
    assert decision is not None and decision.route == "calculator"
    assert [(a["kind"], a["role"]) for a in decision.extraction.args["activities"]] == [("paper_sci", role)]


def test_both_places_said_as_ones_own_stay_two_papers():
    decision = decide_calculation(Query("今年 SCI 兩篇，一篇我是一作、一篇我是二作，總共幾分？", TODAY))
    assert decision is not None
    assert sorted(a["role"] for a in decision.extraction.args["activities"]) == ["first", "second"]


@pytest.mark.parametrize(("question", "kind"), [
    ("our radiographers' radiation operator certificates (the ones from the Nuclear Safety Commission) - how many training hrs "
     "every 6 yrs to keep them valid?", "radiation_protection"),
    ("how many hours of training does the Atomic Energy Council require for a radiation worker licence renewal?",
     "radiation_protection"),
    ("學長眼科專科證書下個月到期，要多少學分才能換證", "other_certificate"),
    ("學長專科證書下個月就到期了，但展延資料來不及送，還有救嗎？要怎麼補", None),
    ("同事的專科證書快到期，積分還差一點，可以晚點送嗎", None),
    ("if the Atomic Energy Council's QA inspection says our unit failed, how long do we have to fix it?", None),
])
def test_whose_rule_it_is(question, kind):
    from bot.scope import neighbour_kind

    assert neighbour_kind(Query(question, TODAY), topic=False) == kind


@pytest.mark.parametrize(("question", "route"), [
    ("When's the window to file for renewing the surgical specialist certificate? Could I send it in like a year early?", None),
    ("外科專科醫師證書展延可以提早一年就送件嗎？", None),
    ("when is the window to submit my surgical specialist cert 展延?", "clarify"),  # one's own: its date asked back
    ("When does my renewal window open for the TSA surgical specialist certificate?", "clarify"),
    ("我case數不夠,但在國外介入研討會當過幾次座長/講者,這樣能申請單項指導老師嗎?要幾次", None),
    ("I've moderated sessions at IR congresses a few times. how many times do I need to do that to apply?", None),
    ("I lectured at IR meetings abroad a few times. can I apply as an ablation instructor?", "clarify"),  # the count asked back
    ("我在國外介入研討會當過4次講者，這樣能申請消融的指導老師嗎？", "calculator"),
])
def test_the_rules_count_or_period_asked(question, route):
    decision = decide_calculation(Query(question, TODAY))
    assert (decision.route if decision else None) == route


def test_a_vague_count_decides_no_yes(engine):
    answer = engine.answer("我case數不夠,但在國外介入研討會當過幾次座長/講者,這樣能申請單項指導老師嗎?要幾次", today=TODAY)
    first = answer.answer.splitlines()[0]
    assert answer.route == "retrieval" and "3" in first and not first.startswith("可以"), first
