"""Round 48 ranking, routing and documents-line classes (helper "rulesrank48"), phrasings of our own — never the eval sentences.

1. English words the text had no bridge from (knowledge.lexical): the van said "bus" / "truck"; images "pulled", "grabbed",
   "spot-checked" (二(四)2 抽取 … 抽片審查) and "any time" / "without notice" (隨時); the self-assessment indicators
   (自我評量指標) "failed" / "didn't pass" (未通過) — not an inspection's or a test's failing (未合格, 再次實地測試).
   (Invited / keynote talks → 演講 and skipping the case proof → 個案數證明 were taken back at the merge: with those terms
   the English yes / no on the case-proof exemption turned to the wrong side — tests/bot/test_rules_round30.py,
   tests/bot/test_tsir39.py.)
2. What a question says is in order before its "but" ("the CME credits are all fine, but …") is not searched.
3. A list of categories ("cat 4 or 5", "BI-RADS 0/3", "第4、5類") is names, not counts (bot.routing._is_label): with no figure
   of one's own the question is the rule's.
4. "Besides X and Y, what else": when what is set aside names the best item and a sibling of it too, the best is set aside
   whole and the sibling holding none of it leads (knowledge.siblings._aside_spans_siblings); entries of the best's own
   list set aside keep it first (its rest is asked).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing.text import Query
from bot.routing import _is_label, decide_calculation, states_figures
from knowledge.corpus import load_corpus
from knowledge.lexical import expand_query, intent_terms, without_contrast
from knowledge.siblings import pass_over_set_aside

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(("question", "term"), [
    ("does the health bureau check the films from our screening bus?", "乳攝車"),
    ("how many radiographers can be registered on one mammo truck?", "巡迴車"),
    ("can they pull films from the van for review?", "抽片"),
    ("will HPA grab images from our radiographers' past year?", "抽取"),
    ("is a spot-check of the van's images possible?", "抽片"),
    ("can the review happen at any time, or only on schedule?", "隨時"),
    ("can they come without notice?", "隨時"),
    ("what if our self-evaluation indicators are below standard?", "自我評量"),
    ("which quality indicators are monitored?", "指標"),
])
def test_english_families_bridge_to_the_text(question: str, term: str) -> None:
    assert term in expand_query(question)


@pytest.mark.parametrize("question", [
    "our hospital failed the indicators review",
    "we didn't pass the self-assessment indicators",
    "the facility did not pass its indicator monitoring",
])
def test_failing_the_indicators_is_not_passed(question: str) -> None:
    assert "未通過" in intent_terms(question)


@pytest.mark.parametrize("question", [
    "our unit failed the radiation inspection, can we still use it?",
    "we failed the phantom test last week",
    "the machine failed the on-site field test",
])
def test_an_inspection_or_test_failing_is_not_the_indicators(question: str) -> None:
    assert "未通過" not in intent_terms(question)


@pytest.mark.parametrize(("question", "kept", "dropped"), [
    ("Our radiographers' hours are all fine, but the facility failed the indicators. What now?", "failed", "hours"),
    ("The phantom test was ok, but what about the reading physicians?", "reading physicians", "phantom"),
])
def test_what_is_in_order_before_but_is_not_searched(question: str, kept: str, dropped: str) -> None:
    searched = without_contrast(question)
    assert kept in searched and dropped not in searched


def test_fine_without_but_is_kept() -> None:
    question = "Is it fine to send the abstract by email?"
    assert without_contrast(question) == question


@pytest.mark.parametrize("question", [
    "cat 4 or 5: what's the time limit for a confirmed diagnosis?",
    "BI-RADS 0/3 — how long for the recall?",
    "第4、5類的個案多久內要確診？",
    "category 0, 3 or 4 — which of them need a recall?",
])
def test_a_list_of_categories_is_names(question: str) -> None:
    q = Query(question, TODAY)
    assert all(_is_label(q, x.start, x.end) for x in q.quantities)
    assert not states_figures(q)
    assert decide_calculation(q) is None


def test_a_count_before_a_category_is_still_a_figure() -> None:
    q = Query("we have 4 or 5 cat 0 ladies this month, how many finished the recall?", TODAY)
    assert not all(_is_label(q, x.start, x.end) for x in q.quantities)


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def test_besides_two_documents_the_third_leads(corpus) -> None:
    ranked = ["tsa-cme/5.6.2", "tsa-cme/5.6.1", "tsa-cme/5.6.3", "tsa-cme/5.6"]
    question = "Other than the agenda cover and the circled page, what else for an oral presentation?"
    assert pass_over_set_aside(question, ranked, corpus)[0] == "tsa-cme/5.6.3"


def test_besides_entries_of_the_best_list_it_keeps_its_place(corpus) -> None:
    ranked = ["tsa-cme/5.6.2", "tsa-cme/5.6.1", "tsa-cme/5.6.3", "tsa-cme/5.6"]
    assert pass_over_set_aside("除了圈日期、時間、題目，還要註明什麼？", ranked, corpus)[0] == "tsa-cme/5.6.2"


@pytest.mark.parametrize("question", [
    "For an oral talk, besides the abstract, do I need to send anything else?",
    "apart from the agenda cover, is there anything more to attach?",
    "壁報除了議程封面影本，還要附其他東西嗎？",
])
def test_what_else_handed_in_asks_the_documents(question: str) -> None:
    from bot.rules_answer import answer_kind

    assert answer_kind(question) == "documents"


@pytest.mark.parametrize("question", [
    "Do I need to send the abstract?",
    "besides the annual meeting, can I get credits for anything else?",
])
def test_a_plain_yes_no_stays(question: str) -> None:
    from bot.rules_answer import answer_kind

    assert answer_kind(question) == "yes_no"
