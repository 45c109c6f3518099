"""Round 29 ranking classes, phrasings of our own in zh-TW, zh-CN and English — never the eval sentences.

1. A role taken at a meeting (當座長, 上台報告, oral, "chaired a session", "presented a poster") is ruled by the role's
   clause, not by the clause on attending the meeting, which shares the place and the meeting with the question
   (knowledge.roles.role_clause_first); a role the question denies ("沒有上台", "didn't present") moves nothing.
2. A listed item named literally ("PAE", "UAE") puts the clause whose own list holds it first, over the category the
   question guesses (knowledge.roles.literal_item_first).
3. English words with no bridge to the regulation's: "chaired / moderated" → 座長 (knowledge.lexical). (An hour's worth in English → 折算 was
   tried and left out: tests/knowledge/test_rank_round27.py pins that English phrase to no ruling word.)
4. The rule's figure restated to be checked ("still worth the full 50?"): the clause stating it first."""

from __future__ import annotations

import pytest

from knowledge.lexical import expand_query, intent_terms
from knowledge.roles import names_role


@pytest.mark.parametrize(("question", "term"), [
    ("I chaired two sessions at the IR congress", "座長"),
    ("she was session chair at the Taipei meeting", "座長"),
    ("I moderated a panel last spring", "座長"),
])
def test_the_english_family_names_the_regulations_word(question: str, term: str) -> None:
    assert term in (*intent_terms(question), *expand_query(question))


@pytest.mark.parametrize("question", [
    "the chair of surgery signed our form",  # a department's head, not a session's chair
    "does a 1 hour seminar count for credits?",  # the seminar's own rate, not the hour's worth
])
def test_the_family_leaves_other_senses_alone(question: str) -> None:
    terms = (*intent_terms(question), *expand_query(question))
    assert "座長" not in terms and "折算" not in terms, terms


@pytest.mark.parametrize(("question", "role"), [
    ("去日本開會當座長", True),
    ("在国外会议上台报告了一篇", True),
    ("I presented a poster at the congress", True),
    ("只是去聽，沒有上台", False),
    ("I just attended, didn't present anything", False),
    ("去國外開介入年會", False),
])
def test_a_role_is_read_unless_denied(question: str, role: bool) -> None:
    assert names_role(question) is role


@pytest.mark.parametrize(("question", "gold"), [
    ("去新加坡的介入年會擔任座長，換證可以抵多少", "tsir-instructor/5.3"),
    ("在国外的介入会议做了口头报告，换证能抵几分", "tsir-instructor/5.3"),
    ("I chaired a session at an IR meeting in Seoul, how many renewal points?", "tsir-instructor/5.3"),
    ("I moderated a session at an overseas interventional meeting — points toward renewal?", "tsir-instructor/5.3"),
    ("PAE 的案例算在哪個領域？腫瘤栓塞嗎", "tsir-instructor/2.3"),
    ("UAE 算不算腫瘤栓塞的例數", "tsir-instructor/2.3"),
    ("子宫肌瘤栓塞 UAE 可以算肿瘤栓塞吗", "tsir-instructor/2.3"),
    # (the item's heading when it is ranked too: the examples name the category whose count is asked)
    ("血管介入那類（像 PTA、TIPS）總共要做幾例？", "tsir-instructor/2.4"),
])
def test_the_clause_on_what_was_done_ranks_first(retriever, question: str, gold: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == gold, [h.clause.id for h in hits]


@pytest.mark.parametrize("question", [
    "只是出國去參加介入年會，沒有上台，換證可以抵幾分",
    "I only attended an IR meeting abroad, no talk — how many renewal points?",
])
def test_attending_only_keeps_the_attending_clause(retriever, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == "tsir-instructor/5.4", [h.clause.id for h in hits]


@pytest.mark.parametrize("question", [
    "在國外的介入研討會當座長可以抵幾分？",
    "How many renewal points for chairing a session at an overseas IR meeting?",
])
def test_credits_asked_meet_the_role_rated_in_points(retriever, question: str) -> None:
    """The role's clause that rates it (5.3: 座長 40 / 20 分), not the one counting roles toward eligibility (1.2.1)."""
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == "tsir-instructor/5.3", [h.clause.id for h in hits]


@pytest.mark.parametrize(("question", "gold"), [
    ("My SCI article turned out to be a case report. Do I still get the full 50?", "tsa-cme/5.7"),
    ("a non-SCI case report, first author - still worth the full 30?", "tsa-cme/5.8"),
    ("SCI 的 case report 一作還是 50 分嗎", "tsa-cme/5.7"),
])
def test_a_restated_figure_meets_the_clause_stating_it(retriever, question: str, gold: str) -> None:
    """4. The rule's figure asked to hold still ("still the full 50?"): the clause stating 50, not the IR society's
    case-report points, which share the English "case report" (knowledge.roles.restated_figure_first)."""
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == gold, [h.clause.id for h in hits]
