"""A heading and its item: the one holding the question's own words goes first (knowledge.siblings.prefer_parent_or_child)."""

from __future__ import annotations

import pytest

from knowledge.corpus import load_corpus
from knowledge.siblings import prefer_parent_or_child, set_aside

CORPUS = load_corpus()


@pytest.mark.parametrize("question", ["出國進修不滿一個月的，積分怎麼給？", "出国进修不满一个月，学分怎么算？"])
def test_the_heading_holding_the_rule_asked_goes_above_its_item(question: str) -> None:
    # 第五條第九款 itself says "一個月以內者，專案申請"; its item (1) gives only the monthly figure abroad
    ranked = [("tsa-cme/5.9.1", 0.05), ("tsa-cme/5.9", 0.045), ("tsa-cme/1", 0.04)]
    assert prefer_parent_or_child(question, ranked, CORPUS)[0][0] == "tsa-cme/5.9"


def test_the_item_naming_what_is_asked_goes_below_its_heading() -> None:
    # 第二條第四款 (vascular, in total) over (1) arterial: renal artery / SMA stents are (1)'s own words
    ranked = [("tsir-instructor/2.4", 0.05), ("tsir-instructor/2.4.1", 0.045)]
    question = "are stents placed in the renal artery counted as vascular cases?"
    assert prefer_parent_or_child(question, ranked, CORPUS)[0][0] == "tsir-instructor/2.4.1"


@pytest.mark.parametrize("question", ["外科學進修分哪幾種？不到一個月的也算嗎",  # the parts asked as a whole
                                      "除了不到一個月的以外，外科學進修還有什麼規定？"])  # what else besides one part
def test_the_heading_asked_as_a_whole_keeps_its_place(question: str) -> None:
    ranked = [("tsa-cme/5.9", 0.05), ("tsa-cme/5.9.1", 0.045)]
    assert prefer_parent_or_child(question, ranked, CORPUS) == ranked


@pytest.mark.parametrize("ranked", [
    [("tsa-cme/5.9.1", 0.05), ("tsa-cme/5.9", 0.02)],  # far below the best: the order stands
    [("tsa-cme/5.9.1", 0.05), ("tsa-cme/5.8", 0.045)],  # not its heading: the order stands
])
def test_only_a_close_heading_or_item_may_take_the_top(ranked: list[tuple[str, float]]) -> None:
    assert prefer_parent_or_child("出國進修不滿一個月的，積分怎麼給？", ranked, CORPUS) == ranked


def test_besides_without_chu_is_set_aside() -> None:
    # "X之外還要…" (no 除了) sets X aside as much as "除了X之外"
    assert "紀錄" in set_aside("品保紀錄之外還要交什麼？")
    assert "紀錄" in set_aside("品保纪录以外，还要准备什么？".replace("纪录", "紀錄"))
    assert not set_aside("一個月之內的進修怎麼算？")


def test_the_retriever_puts_the_item_asked_first(retriever) -> None:
    # fused, the van heading 二(四) came first; "review any time" is its item 2's own rule (抽審 at any time)
    assert retriever.search("can the health administration pull van films for review any time?", 3)[0].clause.id == "hpa-mammo/2.4.2"
