"""Round 32 ranking classes (helper "rank"), phrasings of our own in zh-TW, zh-CN and English — never the eval sentences.

1. A question asking what a standard / set of measures holds, or what a review looks at, as a whole ("審查標準有哪些",
   "輔導措施有哪些", "整個列一下", "what are the big buckets", "what's on the list overall", "which staff groups …", "what
   do they look at") asks the parts of a whole (knowledge.shapes.asks_overview): the heading over the items, not one item.
   ("會看哪些？" alone is not read so: it is said as often of one item's checks.)
2. … unless the question names three of the things one clause enumerates ("工作經驗、繼續教育積分之外還要證明文件嗎"
   against "工作經驗、繼續教育及…證明文件"): that clause answers it, not its heading (knowledge.siblings.holds_listed).
"""

from __future__ import annotations

import pytest

from knowledge.shapes import asks_overview
from knowledge.siblings import holds_listed


@pytest.mark.parametrize("question", [
    "判讀醫師的審查標準有哪些？",
    "医院层级的辅导措施有哪些？",
    "放射師的審查標準包括哪些？",
    "外科学会能拿学分的活动帮我整个列一下",
    "what are the main buckets the follow-up review covers?",
    "for the equipment check, what's on the list overall?",
    "which staff groups does the audit grade?",
    "what does the audit look at for the physicians?",
])
def test_asks_the_parts_of_a_whole(question: str) -> None:
    assert asks_overview(question) == "parts"


@pytest.mark.parametrize("question", [
    "要附哪些文件？",
    "申請資料要寫哪些？",
    "who decides credits for courses that aren't on the list?",
    "放射師攝影量的規定是多少？",
    "後續審查查人員的時候會看哪些東西？",
])
def test_not_the_parts_of_a_whole(question: str) -> None:
    assert asks_overview(question) is None


STAFF_CHECK = "1、依後續審查工作人員須達到之工作經驗、繼續教育及所須具備之相關證明文件進行查核。"


@pytest.mark.parametrize(("question", "holds"), [
    ("查工作人員會看哪些？工作經驗跟繼續教育積分以外，證明文件也要嗎", True),
    ("人员那块查哪些？工作经验、继续教育学分、证明文件都要准备吗", True),
    ("人員那塊會看哪些東西？", False),
    ("除了工作經驗還看哪些？", False),
])
def test_a_clause_holding_three_things_named(question: str, holds: bool) -> None:
    assert holds_listed(question, STAFF_CHECK) is holds


@pytest.mark.parametrize(("question", "gold"), [
    ("判讀醫師後續審查的標準有哪些？積分以外還看什麼", "hpa-mammo/2.1.1"),
    ("医疗机构那层的辅导措施有哪些？", "hpa-mammo/2.3.2"),
    ("what are the main buckets the review covers for the reading physicians?", "hpa-mammo/2.1.1"),
    ("radiographers in the follow-up review: what do they look at?", "hpa-mammo/2.1.2"),
])
def test_the_heading_over_the_items_first(retriever, question: str, gold: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == gold, [h.clause.id for h in hits]


@pytest.mark.parametrize("question", [
    "後審查工作人員那塊看哪些？工作經驗、繼續教育積分、證明文件都要嗎",
    "复审查人员查哪些？工作经验、继续教育学分还有证明文件都要准备吗",
])
def test_the_clause_listing_the_things_named_first(retriever, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == "hpa-mammo/1.1.1", [h.clause.id for h in hits]
