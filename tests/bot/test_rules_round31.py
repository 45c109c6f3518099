"""Round 31 first-line classes (phrasings written for the tests, not the eval questions' words):

1. A grade stated after "scores" / "rates" ("the unit scores D on one item"): the grade is read, so the row for it is the
   sentence the verdict rests on — "can we still use it?" was answered from the B / C row, with no "No".
2. A yes / no that asks about no document ("can I claim the presentation points too?") met first by an item of the list
   of what to attach ("(3)檢附演講摘要影本"): the rule above the list answers — it was "Yes: … must attach a copy of the
   abstract" to a third author (confidently wrong).
3. A figure asked first, then a yes / no ("how many credits over the 6 years? and is a blank year a problem?"): the clause
   stating the figure answers (it was the clause on when to apply). With it: "有問題" is no reported ask (有問 in 有問題),
   "如果有一年…" is no "if so" (a count follows 有), and "is it a problem / 會不會有問題" gets no yes / no word (the
   verdict words say whether the text grants or bars, the other way round from "a problem").
4. A unit's age, retirement and moves in English ("how old", "decommissioned", "relocated"): the regulation's 使用年限 /
   報廢 / 遷移 — the line was "no sentence answers this" for the written review's item.
5. BI-RADS categories and clinicians' "dx" / "definitive diagnosis": the regulation's category and 確診.
6. "Which domain does X go under?" with X named in English the regulation lists by its own name (renal artery →
   腎動脈): the item listing it (血管介入), not the item sharing the procedure's word (支架).
7. "Claim it twice" (the engine reads "2 times"): the regulation's 重複, and the close article ruling on a second claim
   answers over a heading moved first.
8. Amending the rules ("who signs off when the rules are amended / changed?"): the article on how they are passed and
   amended (第十一條), not who recognises credits.
"""

from __future__ import annotations

import datetime

import pytest

from bot.question_shapes import IF_SO, REPORTED_ASK
from evals.first_line import first_line, unsupported
from knowledge.lexical import expand_query

TODAY = datetime.date(2026, 11, 25)


def _line(engine, question: str) -> tuple[str, list[str]]:
    answer = engine.answer(question, None, today=TODAY)
    assert answer.route == "retrieval", answer.answer
    line = first_line(answer.answer)
    assert not unsupported(line, [engine.corpus.full_text(c.id) for c in answer.citations]), line
    return line, [c.id for c in answer.citations]


# 1. a grade after "scores" / "rates"
@pytest.mark.parametrize("question", [
    "If one mammography unit scores D on a field test item, may we keep using it for HPA screening?",
    "our unit scored a D on the phantom item - can it still do the government screening?",
])
def test_a_grade_after_scores_reads_its_row(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "hpa-mammo/2.2.1.2", cited
    assert line.startswith("No"), line


@pytest.mark.parametrize(("text", "grade"), [("the unit scores D on one item", "d"), ("it rates B overall", "b"),
                                             ("she scored a C on the self-selected set", "c")])
def test_grade_verbs(text: str, grade: str) -> None:
    assert f"{grade.upper()} 等" in expand_query(text) or f"{grade} 等" in expand_query(text), expand_query(text)


# 2. the rule above a list of what to attach
@pytest.mark.parametrize("question", [
    "I'm the fourth author on a talk my chief presented. Can I also claim the presentation credits?",
    "我是第三作者，上台報告的是主任，我也可以申請發表積分嗎？",
    "我是第二作者，壁报是第一作者去讲的，我也能申请发表积分吗？",
])
def test_a_claim_met_by_an_attachment_item_is_answered_by_the_rule(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsa-cme/5.6", cited
    assert not line.startswith(("Yes", "可以", "可")), line  # (no grant to a non-first author)
    assert "first author" in line.lower() or "第一作者" in line, line


@pytest.mark.parametrize("question", ["Do I need to attach the abstract when I claim presentation credits?",
                                      "申請發表積分要附摘要嗎？"])
def test_a_document_asked_keeps_its_item(engine, question: str) -> None:
    _, cited = _line(engine, question)
    assert cited[0] == "tsa-cme/5.6.3", cited


# 3. a figure asked first, then a yes / no
@pytest.mark.parametrize("question", [
    "how many points do I need for the specialist renewal? is a year with zero points ok?",
    "how many CME credits does the specialist renewal take over the six years? would a blank year be a problem?",
    "專科證書換證要幾分？如果有一年掛零會有問題嗎？",
    "专科证书展延一共要多少分？有一年是零分会不会有问题？",
])
def test_a_figure_asked_first_is_answered_by_its_clause(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsa-cme/10", cited
    assert "600" in line, line
    assert not line.startswith(("不會", "不需要", "需要")), line  # ("有問題嗎": no 會 / 需要 read the other way round)


def test_a_problem_is_no_reported_ask() -> None:
    assert not REPORTED_ASK.search("有一年是零分會不會有問題?")
    assert REPORTED_ASK.search("資訊室在問要不要準備")


def test_a_count_after_ru_guo_you_is_no_if_so() -> None:
    assert not IF_SO.match("如果有一年掛零會有問題嗎?")
    assert IF_SO.match("如果有的話會另外公告嗎?")


# 4. a unit's age, retirement and moves in English
@pytest.mark.parametrize("question", [
    "does the written review want anything on the machine's age or whether we relocated it?",
    "Do we have to file a record of when the mammography unit will be decommissioned?",
    "For the document review, is a note on our unit's years in service required?",
])
def test_a_units_age_and_moves_in_english(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "hpa-mammo/1.2.2.2", cited
    assert line.startswith("Yes"), line


# 5. BI-RADS and "dx"
@pytest.mark.parametrize("question", [
    "a birads 5 result - by when must the woman have a definitive diagnosis?",
    "For a BI-RADS 4 finding, how long until the dx has to be confirmed?",
])
def test_bi_rads_and_dx(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "hpa-mammo/2.5.4", cited
    assert "2 months" in line, line


# 6. the item listing what the question names
@pytest.mark.parametrize("question", [
    "which category do my superior mesenteric artery stents fall under for the instructor case count?",
    "renal artery stenting cases - which instructor domain do they belong to?",
])
def test_which_domain_is_answered_by_the_item_naming_it(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsir-instructor/2.4.1", cited
    assert "vascular" in line.lower(), line


# 7. a second claim
@pytest.mark.parametrize(("question", "no"), [
    ("Gave one talk at two domestic societies' meetings — can I count it twice for CME?", "No"),
    ("same article presented at two Taiwanese meetings: do I get credit for it two times?", "No"),
    ("同一篇在大腸直腸外科醫學會跟外科醫學會都報告過，兩邊都能申請積分嗎？", "不可以"),
])
def test_a_second_claim_is_ruled_by_article_6(engine, question: str, no: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsa-cme/6", cited
    assert line.startswith(no), line


# 8. amending the rules
@pytest.mark.parametrize("question", [
    "who needs to approve an update to the credit rules?",
    "Who signs off when the surgical society changes these CME rules?",
    "外科積分辦法要修改的話要經過誰通過？",
    "如果要修订积分办法，需要谁批准？",
])
def test_amending_the_rules(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsa-cme/11", cited
    assert "board" in line or "理事會" in line, line


# 9. an indefinite subject after the auxiliary asks yes / no as a pronoun does
@pytest.mark.parametrize("question", [
    "in the written part of the review, is anything needed about when our mammography machine will be scrapped?",
    "Is anything required about the unit's relocation history?",
    "For the monthly meeting, can anyone else sign in for me?",
])
def test_an_indefinite_subject_asks_yes_no(question: str) -> None:
    from bot.rules_answer import answer_kind

    assert answer_kind(question) == "yes_no"


def test_what_is_still_asks_what() -> None:
    from bot.rules_answer import answer_kind

    assert answer_kind("what is anything I need to attach for the poster?") != "yes_no"


# 10. the window a count is reckoned back over, in English ("lookback", "how far back")
@pytest.mark.parametrize("question", [
    "How far back can the cases for the instructor application go?",
    "what's the look-back period for counting instructor cases?",
    "Applying to be an IR instructor: how far back are procedures counted? would cases from 8 years ago count?",
])
def test_a_lookback_window_in_english(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsir-instructor/2", cited
    assert "6 years" in line, line


# 11. the offshore islands by their English names
@pytest.mark.parametrize("question", [
    "We work on Penghu - anything special about credits for the TSA monthly meetings?",
    "I'm based on Green Island. Do the rules give us anything extra on monthly meeting credits, and what paperwork is involved?",
])
def test_the_islands_by_their_english_names(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsa-cme/5.15", cited
    assert "double" in line, line
    assert "oral or poster" not in line.lower(), line  # (the presentations' item is no item of what to send)


# 12. a name in capitals in an English question is the regulation's own word
@pytest.mark.parametrize("question", [
    "our digital mammo unit lacks FDA clearance. which QA standard must it satisfy in the written review?",
    "Our DR unit has no FDA approval; which quality assurance rules apply to it?",
])
def test_a_capitals_name_finds_its_clause(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] in ("hpa-mammo/1.2.2.1", "hpa-mammo/2.2.2.2"), cited
    assert "FDA" in line and "AEC" in line, line


# 13. someone else having the person do it ("老闆叫我上台講"): the person is the presenter, not the someone else
@pytest.mark.parametrize(("question", "yes"), [
    ("主任要我下次月會上台報告，當講者有另外的積分嗎？", "有"),
    ("学长叫我下个月月会上台讲，讲者有没有额外加分？", "有"),
    ("my chief asked me to speak at next month's monthly meeting — do speakers get extra credits on top of attendance?",
     "Yes"),
])
def test_asked_to_present_is_presenting(engine, question: str, yes: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsa-cme/5.2", cited
    assert line.startswith(yes) and "20" in line, line


def test_someone_else_presenting_still_bars() -> None:
    from bot.rules_answer import rule_not_met

    assert rule_not_met("限第一作者或發表者，每篇給積分 10 分", "老闆上台講的，我是第三作者，我可以申請發表積分嗎？")
