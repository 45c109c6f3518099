"""bot.question_shapes: each shape's pattern against questions of that shape and questions that are not.

The questions are folded first (`knowledge.textnorm.fold`), as `bot.rules_answer` reads them: zh-CN arrives as zh-TW,
English in lower case.
"""

from __future__ import annotations

import re

import pytest

from bot import question_shapes as qs
from knowledge.textnorm import fold

# (pattern name, how it is applied, questions of the shape, questions that are not)
SEARCHED: list[tuple[str, list[str], list[str]]] = [
    ("ZH_WH", ["申請複審要準備什麼", "这个证书要多久换一次", "由誰負責審查"],
     ["可以補交嗎", "幾乎每個人都有", "去了好幾次"]),
    ("ZH_YES_NO", ["逾期還可以補交嗎", "能不能延後一個月", "有没有上限", "算不算在內"],
     ["要準備什麼文件", "年會在哪裡？"]),
    ("EN_WH", ["what documents do we send", "How long is the certificate valid?", "whom do i write to"],
     ["do i need a certificate?", "we were somewhat late"]),
    ("AUX_SUBJECT", ["the society wrote back, do they want a copy too?", "must we pay the fee again"],
     ["what is the fee", "is the review annual?"]),
    ("CLAUSE_AUX", ["if a unit misses the visit, does the bureau still count the year?",
                    "for the workshop, can the society credit it twice?"],
     ["if a unit misses the visit, what happens?"]),
    ("SECOND_WH", ["is there a fee, and how much?", "do i need it and when"], ["is there a fee?"]),
    ("ANY_WAY", ["any way to avoid the late fee?", "is there an exemption for part-time staff?",
                 "is there any other option"], ["which office handles it"]),
    ("ASKS_LIMIT", ["is there a yearly ceiling on credits?", "年度積分有沒有上限", "有上限吗？"],
     ["what is the fee", "上限是多少"]),
    ("OR_NOT", ["mandatory or not?", "算在內與否", "是否計入与否"], ["this one or that one?"]),
    ("STILL", ["有沒有可能還是不能用", "是不是還是要重考"], ["要交 A 還是 B", "可以延期嗎"]),
    ("CONSEQUENCE_TAIL", ["期限內沒改好會怎麼樣？", "后果是什么", "沒參加的下場"], ["怎麼申請", "要多久"]),
    ("ASKS_PROCESS", ["申請流程大概長怎樣", "程序是什么？", "what are the steps", "how does the application process work?"],
     ["流程圖放在哪", "what is the fee"]),
    ("WHICH_FIGURE", ["is that worth 5 or 10?", "算 5 分還是 10 分？"], ["is that worth 5 points?", "5 分嗎"]),
    ("LOOKED_UP", ["去哪里查", "在哪個網站能查到", "where can we check our volume?"], ["哪裡可以報名", "where is the office"]),
    ("WH_IN_RECORD", ["要附機器用幾年的資料嗎", "做了幾例的證明要交嗎"], ["要附幾份資料", "機器用幾年了"]),
    ("WH_IN_RECORD_EN", ["do we need a doc on how old the unit is?", "a record of when it was retired"],
     ["how old is the unit?"]),
    ("REPORTED_ASK", ["主任在問說要不要交", "學員有問能不能補", "my boss keeps asking whether it counts"],
     ["我在問能不能補", "我想問能不能補"]),
    ("ASKS_LEAVE", ["可以拒絕嗎", "can i decline the assignment?", "行不行"], ["要準備什麼"]),
    ("REFUSAL", ["可以拒絕嗎", "can i decline the assignment?", "能推掉嗎", "can we turn it down?"], ["可以延期嗎"]),
    ("ASKS_ENOUGH", ["只要上過課就夠了嗎", "is the course alone enough?", "交報告就可以了吗"], ["要上幾堂課"]),
    ("ASKS_ONLY", ["只有醫師嗎", "only physicians?", "僅限國內嗎"], ["all of them?", "醫師跟技師都要嗎"]),
    ("ASKS_ALWAYS", ["每次都要交嗎", "is it always required?", "所有的都算嗎"], ["要交嗎"]),
    ("ASKS_POSSIBLE", ["有可能被停權嗎", "might they suspend us?", "會不會被取消"], ["可能性高不高"]),
    ("ASKS_SAME", ["國內跟國外一樣嗎", "两种的积分相同吗", "is it the same for residents?"],
     ["同時申請兩個可以嗎", "can i apply for two at the same time?"]),
    ("ASKS_REQUIRED", ["一定要參加嗎", "is attendance mandatory?", "非得親自去嗎"], ["可以參加嗎"]),
    ("ASKS_NEED", ["需要附證明嗎", "要不要重考", "do i need to resubmit?"], ["主要的原因是什麼"]),
    ("ASKS_EACH_PLACE", ["兩個分別寫在哪", "各自在哪一條", "where are they, respectively?"], ["寫在哪一條"]),
    ("ASKS_BEFORE", ["最早什麼時候可以申請", "要提前多久送", "how far in advance must we apply?"], ["之後多久會通知"]),
    ("HOW_OFTEN", ["how often is the audit?", "多久評鑑一次", "隔多久要換證", "幾年換一次"], ["要多久"]),
    ("ASKS_KINDS", ["有哪幾種課程", "哪些類的活動算", "what kinds of activities count?"], ["有幾種"]),
    ("ASKS_LIST", ["會查哪幾大項", "可以列個清單嗎", "what are the tiers?"], ["有幾項"]),
    ("ASKS_INCLUDED", ["超音波有在裡面嗎", "is ultrasound included?", "是不是也算在名單"], ["超音波要幾例"]),
]

MATCHED_AT_START: list[tuple[str, list[str], list[str]]] = [
    ("AUX_FIRST", ["do i need to attend?", "can we resubmit it", "and is it mandatory?"], ["what do i need?", "i can go"]),
    ("SUBORDINATE", ["when i submit the paper, do i need a copy?", "once we pass, can we renew online?",
                     "before applying do we need a letter?"], ["when is the deadline?"]),
    ("LEAD_PHRASE_AUX", ["during the site visit do the inspectors look at the logs?",
                         "for the annual review does the unit need a new form?"],
     ["during the site visit, what do they check?"]),
    ("ENOUGH_FIRST", ["enough to skip the case log?", "good enough for the renewal?", "sufficient for the paperwork?"],
     ["is it enough?"]),
    ("ELLIPTIC", ["and the chest-wall alignment?", "那螢幕呢？", "月会呢？"],
     ["and what about the fee, how much is it?", "那要多少呢？"]),
    ("EXAMPLES", ["age of the machine, when it'll be scrapped, moves?"], ["what is the age, and the date?"]),
    ("FOLLOW_UP", ["之後呢？", "after that, what happens?", "and then?"], ["今年之後呢"]),
    ("IF_SO", ["有的話要交什麼", "如果有，要附什麼", "if so, how much?"], ["要交什麼"]),
]


def _cases(table):
    return [pytest.param(name, q, hit, id=f"{name}-{'yes' if hit else 'no'}-{q}")
            for name, shaped, other in table for qs_, hit in ((shaped, True), (other, False)) for q in qs_]


@pytest.mark.parametrize(("name", "question", "shaped"), _cases(SEARCHED))
def test_a_shape_is_found_in_its_questions_only(name: str, question: str, shaped: bool) -> None:
    pattern: re.Pattern[str] = getattr(qs, name)
    assert bool(pattern.search(fold(question))) is shaped


@pytest.mark.parametrize(("name", "question", "shaped"), _cases(MATCHED_AT_START))
def test_an_opening_shape_is_found_at_the_start_of_its_questions_only(name: str, question: str, shaped: bool) -> None:
    pattern: re.Pattern[str] = getattr(qs, name)
    assert bool(pattern.match(fold(question))) is shaped


@pytest.mark.parametrize(("question", "unit"), [("要交幾張片子", "張"), ("一年要多少篇", "篇"), ("需要几例", "例")])
def test_the_unit_a_count_asks_in_is_read(question: str, unit: str) -> None:
    assert qs.ASKED_UNIT_ZH.search(fold(question)).group(1) == unit


@pytest.mark.parametrize(("question", "unit"), [("how many images per view?", "images"),
                                                ("how many reader hours a year?", "hours")])
def test_the_unit_an_english_count_asks_in_is_read(question: str, unit: str) -> None:
    assert qs.ASKED_UNIT_EN.search(fold(question)).group(1) == unit


@pytest.mark.parametrize(("question", "count"), [
    ("可以嗎？那月會呢？", 2),
    ("判讀了？？", 1),
    ("not a credits question lol - does a work-up elsewhere count?", 2),
    ("does a work-up count?", 1),
    ("it was in the reread. is attending it mandatory?", 2),
])
def test_a_question_splits_into_its_pieces(question: str, count: int) -> None:
    assert len(qs.question_pieces(fold(question))) == count


@pytest.mark.parametrize(("question", "pointing"), [
    ("這幾條要全部符合嗎", True),
    ("過去幾年講了 4 次可以免附嗎", True),
    ("可以只挑其中幾項審嗎", True),
    ("要寫幾條", False),
    ("一年要幾次", False),
])
def test_a_pointing_ji_asks_no_count(question: str, pointing: bool) -> None:
    """這幾條 / 過去幾年 / 其中幾項 point at items or a span: written 些, so no wh-word is read in them."""
    folded = fold(question)
    assert (not qs.ZH_WH.search(qs.some_for_which(folded))) is pointing


@pytest.mark.parametrize(("question", "kind"), [
    ("規定寫在第幾條", "where"),
    ("which section covers renewals?", "where"),
    ("证书有效期多久", "period"),
    ("by when must we file?", "period"),
    ("一年要幾案", "number"),
    ("要附哪些文件", "documents"),
    ("由哪個單位審查", "who"),
    ("who decides?", "who"),
])
def test_the_kind_table_names_the_first_kind_a_question_asks(question: str, kind: str) -> None:
    found = next((k for k, cue in qs.KIND_CUES if cue.search(fold(question))), None)
    assert found == kind


def test_every_shape_is_public_and_compiled() -> None:
    """The table is imported by name across modules: no private names, every pattern compiled once here."""
    shapes = {n: v for n, v in vars(qs).items() if n.isupper() and not n.startswith("_")}
    assert len(shapes) > 60
    assert all(isinstance(v, (re.Pattern, str, tuple)) for v in shapes.values())
    assert not [n for n in vars(qs) if n.startswith("_") and not n.startswith("__") and n.isupper()]
