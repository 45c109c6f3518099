"""Round 23 ranking classes, new phrasings of our own in zh-TW, zh-CN and English — never the eval sentences.

1. A question asking the parts of a whole ("分哪幾個項目", "怎麼分級") met first by a clause with no items of its own (a
   table row, a note, a bare review item) is answered by the heading with items just below it
   (knowledge.siblings.prefer_heading_for_parts); a best that lists the parts itself keeps its place unless the question
   names the heading's own topic.
2. A yes / no question on a clause that rules on the conditions listed under it ("若符合下列條件者，不須附…") met first
   by one condition is answered by the ruling clause, unless the question states the condition's own count or the
   condition is a rule complete in itself; so is a question whether something always follows ("一定能用嗎")
   (knowledge.conditions).

The retrieval tests use the real corpus and the real index (the session's `retriever` fixture)."""

from __future__ import annotations

import pytest

from knowledge.conditions import asks_yes_no, prefer_ruling_on_conditions, rules_on_listed
from knowledge.corpus import load_corpus
from knowledge.shapes import asks_overview
from knowledge.siblings import prefer_heading_for_parts


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


# ------------------------------------------------------------------ 1. the parts of a whole: the heading with items

@pytest.mark.parametrize("question", ["复判差异的结果是如何分级的？", "判讀醫師的複判差異是怎麼分等級處理的", "實測成績是怎樣分等的"])
def test_how_it_is_graded_asks_the_parts(question: str) -> None:
    assert asks_overview(question) == "parts"


@pytest.mark.parametrize("question", ["複判差異 45% 要怎麼辦？", "這個分數怎麼算", "How is the fee paid?"])
def test_other_hows_ask_no_parts(question: str) -> None:
    assert asks_overview(question) is None


def test_a_bare_review_item_gives_way_to_the_heading_with_items(corpus) -> None:
    ranked = [("hpa-mammo/1.4", 1.0), ("hpa-mammo/2.1.1.2", 0.9), ("hpa-mammo/2.1.1.2.1", 0.8)]
    order = prefer_heading_for_parts("判讀醫師的複判差異分成幾級？", ranked, corpus)
    assert [i for i, _ in order][:2] == ["hpa-mammo/2.1.1.2", "hpa-mammo/1.4"]


def test_a_table_row_with_notes_only_gives_way(corpus) -> None:
    ranked = [("hpa-mammo/2.1.2.2.1", 1.0), ("hpa-mammo/2.3", 0.8)]
    order = prefer_heading_for_parts("Which items are the facility-level grades based on?", ranked, corpus)
    assert order[0][0] == "hpa-mammo/2.3"


def test_no_parts_asked_keeps_the_order(corpus) -> None:
    ranked = [("hpa-mammo/1.4", 1.0), ("hpa-mammo/2.1.1.2", 0.9)]
    assert prefer_heading_for_parts("複判差異性評估是誰抽片？", ranked, corpus) == ranked


def test_a_heading_far_below_the_best_stays(corpus) -> None:
    ranked = [("hpa-mammo/1.4", 1.0), ("hpa-mammo/2.1.1.2", 0.3)]
    assert prefer_heading_for_parts("複判差異怎麼分級？", ranked, corpus) == ranked


def test_a_best_listing_the_parts_itself_keeps_its_place(corpus) -> None:
    ranked = [("hpa-mammo/1.2.1.1", 1.0), ("hpa-mammo/1.2.1", 0.9)]
    assert prefer_heading_for_parts("醫療曝露品保的實測項目包含哪些？", ranked, corpus) == ranked
    # … unless the question names the heading's own topic (1.2.1 "實地測試")
    order = prefer_heading_for_parts("實地測試分成哪幾塊？品保以外還測什麼", ranked, corpus)
    assert order[0][0] == "hpa-mammo/1.2.1"


@pytest.mark.parametrize(("gold", "question"), [
    ("hpa-mammo/2.3", "以院所為單位的評等，分哪幾個項目在評？"),
    ("hpa-mammo/2.3", "医院层级的评等包含哪几项？"),
    ("hpa-mammo/2.1.1.2", "复判差异的结果是如何分级的？"),
    ("hpa-mammo/2.1.1.2", "判讀醫師的複判差異是怎麼分等級處理的"),
    ("hpa-mammo/1.2.1", "機器的現場實測，分成哪幾個部分？"),
    ("hpa-mammo/1.2.1", "Which parts does the on-site testing of the mammography unit have?"),
    ("hpa-mammo/1.2.1.1", "醫療曝露品保的實測項目包含哪些？"),
])
def test_the_whole_asked_comes_first(retriever, gold: str, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == gold, (question, [h.clause.id for h in hits])


# ------------------------------------------------------------------ 2. the ruling over listed conditions

@pytest.mark.parametrize(("question", "expected"), [
    ("常去研討會演講，申請時還得附個案數證明嗎？", True),
    ("走SCI那条路，是不是就不用交病例数？", True),
    ("If I lecture a lot, do I still need the case logs?", True),
    ("要演講幾次才能免附個案數？", False),
    ("How many talks do I need before I can skip the case logs?", False),
    ("申請要附什麼文件", False),
])
def test_yes_no_questions(question: str, expected: bool) -> None:
    assert asks_yes_no(question) is expected


def test_the_clauses_that_rule_on_listed_conditions(corpus) -> None:
    assert rules_on_listed("tsir-instructor/1.2", corpus)
    assert rules_on_listed("hpa-mammo/2.2.2", corpus)
    assert not rules_on_listed("tsir-instructor/1.2.1", corpus)
    assert not rules_on_listed("hpa-mammo/2.2.1.2", corpus)


@pytest.mark.parametrize("question", [
    "要是我常在研討會上演講，申請時還得附個案數證明嗎？",
    "我打算走演讲或者SCI论文那条路，还要交病例数证明吗？",
    "If I lecture a lot at IR meetings, do I still have to attach the case counts?",
])
def test_a_condition_gives_way_to_its_ruling(corpus, question: str) -> None:
    ranked = ["tsir-instructor/1.2.1", "tsir-instructor/1.2.2", "tsir-instructor/1.2"]
    assert prefer_ruling_on_conditions(question, ranked, corpus)[0] == "tsir-instructor/1.2"


@pytest.mark.parametrize("question", [
    "我在介入研討會演講過5次，還要附個案數證明嗎？",        # the condition's own count is weighed
    "I have given 4 invited lectures at IR meetings. Can I skip the case counts?",
    "how many talks would let me skip the case counts?",  # a figure asked: the condition's own
])
def test_a_condition_with_its_count_keeps_its_place(corpus, question: str) -> None:
    ranked = ["tsir-instructor/1.2.1", "tsir-instructor/1.2"]
    assert prefer_ruling_on_conditions(question, ranked, corpus) == ranked


def test_a_condition_that_is_a_rule_in_itself_keeps_its_place(corpus) -> None:
    ranked = ["hpa-mammo/2.2.2.1", "hpa-mammo/2.2.2"]
    question = "原能會的年度品保檢查沒過，期限內也沒改善，機器還能用嗎？"
    assert prefer_ruling_on_conditions(question, ranked, corpus) == ranked


@pytest.mark.parametrize("question", [
    "實測都是A等，這台機器一定能做國健署篩檢嗎？",
    "实测评等都拿到A，机器是不是就保证能用在预防保健乳摄？",
    "If our unit gets A in every field test item, can it automatically be used for HPA screening?",
])
def test_whether_it_always_follows_is_the_exceptions_clause(corpus, retriever, question: str) -> None:
    assert prefer_ruling_on_conditions(question, ["hpa-mammo/2.2.1.2", "hpa-mammo/2.2.2"], corpus)[0] == "hpa-mammo/2.2.2"
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == "hpa-mammo/2.2.2", (question, [h.clause.id for h in hits])


@pytest.mark.parametrize(("gold", "question"), [
    ("tsir-instructor/1.2", "要是我常在研討會上演講，申請時還得附個案數證明嗎？"),
    ("tsir-instructor/1.2.1", "我在介入研討會演講過5次，還要附個案數證明嗎？"),
    ("tsir-instructor/1.2.2", "我有3篇SCI都是第一作者，可以不附病例数证明吗？"),
    ("hpa-mammo/2.2.2.1", "原能會的年度品保檢查沒過，期限內也沒改善，機器還能用嗎？"),
])
def test_ruling_or_condition_first(retriever, gold: str, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == gold, (question, [h.clause.id for h in hits])
