"""Round 57 (rules questions): what is asked routes, whose credits are asked scopes, and the clause ranked first.

1. Scope (bot/scope.py): a named surgical field's own credits asked after its meeting ("整形外科專科那邊可以拿幾學分", "小兒外科
   專科可以認幾學分"), its society named as the one crediting ("在整形外科醫學會算幾學分"), or its board named as what the points go
   toward ("toward the plastic surgery board") are that field's — though 外科 is in its name; the case described before a bare
   學會 ("這類情形學會會怎麼認定") names no body. Near misses: our side named (外科這邊, 外科醫學會那邊, TSA credits).
2. Routing (bot/routing.py), by what is asked: two roles credited alike or apart, the rule's figure put between ("跟單純去聽一樣
   都是20嗎？還是講者另外算", "the same 20 as … or do speakers get extra"); how the kind of case is handled with the body named
   between and its maximum asked beside it ("這種外科醫學會怎麼處理？最多給多少", "how does the society handle this kind of
   thing? what's the most they give?"); a doctor described by the rule's figure ("複判差異55%的醫生，後面要做什麼"). Near misses:
   counts of one's own with a total, a stay of one's own with only its maximum, one's own rate, both rates given.

Phrasings written for this test, besides the development question of each class; near misses beside each.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.routing import ASKS_COMPARE, HOLDER_BY_FIGURE, KIND_HANDLING, KIND_MAX, decide_calculation
from bot.scope import neighbour_kind

TODAY = datetime.date(2026, 12, 7)


# ── 1. scope ──

THEIRS = [
    "去整形外科醫學會年會，整形外科專科那邊可以拿幾學分？",
    "整形外科医学会年会去一次，整形外科专科那边能拿几个学分？",
    "小兒外科醫學會年會去一次，小兒外科專科可以認幾學分？",
    "整形外科醫學會年會一次，在整形外科醫學會算幾學分？",
    "大腸直腸外科醫學會年會去一次，大腸直腸外科那邊認幾分？",
    "How many points toward the plastic surgery board does one annual meeting of their society give?",
    "does the colorectal surgery society's annual meeting count toward my colorectal surgery recertification, and for how many points?",
]


@pytest.mark.parametrize("question", THEIRS)
def test_a_named_fields_own_credits_are_theirs(question: str) -> None:
    assert neighbour_kind(Query(question, today=TODAY), topic=False) is not None


OURS = [
    "整形外科醫學會年會開兩天，外科這邊認幾分？",
    "胸腔外科醫學會年會只開一天，外科醫學會那邊給幾分？",
    "參加整形外科醫學會年會，外科積分算幾分？",
    "the pediatric surgery society's annual meeting ran 2 days - how many TSA credits is it worth?",
    "去韓國見習兩週，不滿一個月，這類情形學會會怎麼認定？最多可以給幾分",
    "去韓國見習兩週，這種情況學會怎麼算？",
]


@pytest.mark.parametrize("question", OURS)
def test_our_credits_for_their_meeting_stay_ours(question: str) -> None:
    assert neighbour_kind(Query(question, today=TODAY), topic=False) is None


# ── 2. routing ──

RULE_ASKED = [
    # two roles credited alike or apart
    "月會如果我是上台報告的人，跟單純去聽一樣都是20嗎？還是講者另外算？",
    "如果在月會當講者，是不是跟出席一樣算20分？還是另外再加？",
    "If I speak at the monthly meeting, is it the same 20 as just attending, or do speakers get extra?",
    # the kind's handling, the body between, its maximum beside it
    "去日本短期見習三週，不到一個月，這種外科醫學會怎麼處理？最多給多少",
    "去美國見習三週，不到一個月，這種教育委員會怎麼認定？最多給多少",
    "went to Seoul for a 3-week observership, under a month. how does the surgical society handle this kind of thing? what's the most they give?",
    # a doctor described by the rule's figure
    "阳性个案复判差异55%的医生，后面要做什么？",
    "陽性複判差異52%的醫師，接下來要做什麼？",
]


@pytest.mark.parametrize("question", RULE_ASKED)
def test_the_rule_asked_goes_to_retrieval(question: str) -> None:
    assert decide_calculation(Query(question, today=TODAY)) is None


OWN_CASE = [
    "今年月會去了4次，其中2次我上台報告，總共幾分？",  # counts of one's own, a total asked
    "去日本短期進修兩個禮拜而已，不到一個月，最多可以給幾分？",  # a stay of one's own, its maximum only
    "我的陽性複判差異55%，後面要做什麼？",  # one's own rate: the other asked for
    "陽性個案複判差異55%的醫師，陰性10%，要做什麼？",  # both rates: the verdict computed
]


@pytest.mark.parametrize("question", OWN_CASE)
def test_own_case_still_computed_or_asked(question: str) -> None:
    assert decide_calculation(Query(question, today=TODAY)) is not None


def test_patterns() -> None:
    assert ASKS_COMPARE.search("跟單純去聽一樣都是20嗎")
    assert ASKS_COMPARE.search("還是講者另外算")
    assert ASKS_COMPARE.search("is it the same 20 as just attending")
    assert not ASKS_COMPARE.search("講者另外算的話總共幾分")  # a condition of one's own sum, nothing compared
    assert KIND_HANDLING.search("這種外科醫學會怎麼處理")
    assert KIND_HANDLING.search("這類情形學會會怎麼認定")
    assert KIND_HANDLING.search("how does the surgical society handle this kind of thing")
    assert not KIND_HANDLING.search("how does the society handle that")  # a bare "that": one's own item
    assert KIND_MAX.search("最多給多少") and KIND_MAX.search("what is the most they give")
    assert HOLDER_BY_FIGURE.search("複判差異55%的醫生") and HOLDER_BY_FIGURE.search("差异17%的医生")
    assert not HOLDER_BY_FIGURE.search("我的陽性複判差異55%，後面要做什麼")


# ── round 57's development halves ──

RULE_ASKED_57 = [
    "追踪完成率不达标扣款，是按什么金额的百分比来扣？",  # the base of a deduction, the share between
    "完成率沒達標的扣款，是以哪筆錢的幾成去算？",
    "今年 SCI 論文第一作者 2 篇，聽說有上限？一年最多幾分",  # the cap asked (near miss of the heard cap)
    "聽說完成率低於 60% 要扣 20%，對嗎？",  # the rule's figures heard, put for confirmation
    "is it enough to have more than 600 credits in six years to renew?",  # a bound only
    "自選片評等是怎麼算的？",  # the method alone
]


@pytest.mark.parametrize("question", RULE_ASKED_57)
def test_the_rule_asked_goes_to_retrieval_57(question: str) -> None:
    assert decide_calculation(Query(question, today=TODAY)) is None


OWN_CASE_57 = [
    ("今年 SCI 論文第一作者 2 篇、第二作者 1 篇，外科學會可以認幾分？聽說有上限", "tsa_credit_tally"),  # a cap heard, said
    ("聽說今年疑似陽性追蹤完成率沒達標，補助 300 萬，會被扣多少？", "hpa_followup_deduction"),  # heard, own deduction asked
    ("I've got 640 surgical CME credits across my 6-year cycle, so that's over 600 - can I renew?", "tsa_renewal_check"),
    ("I have 700 credits over my six years, that's more than 600, can I renew?", "tsa_renewal_check"),
    ("醫院自選片的評等怎麼算出來的？我們三個放射師非緻密型分數是350/341/366，這樣醫院幾等？", "hpa_image_grade"),
]


@pytest.mark.parametrize(("question", "tool"), OWN_CASE_57)
def test_own_case_computed_or_asked_57(question: str, tool: str) -> None:
    decision = decide_calculation(Query(question, today=TODAY))
    assert decision is not None and decision.extraction is not None and decision.extraction.tool == tool


def test_chinese_society_after_its_meeting_in_english() -> None:
    q = "went to the 2-day annual meeting of 台灣胸腔外科醫學會 and 3 TSA monthly meetings this year, total credits?"
    assert neighbour_kind(Query(q, today=TODAY), topic=False) is None
    q2 = "how many credits does 台灣胸腔外科醫學會 give for its own annual meeting under their own rules?"
    assert neighbour_kind(Query(q2, today=TODAY), topic=False) is not None


def test_heard_cap_said_pattern() -> None:
    from bot.routing import LIMIT_HEARD_SAID
    assert LIMIT_HEARD_SAID.search("外科學會那邊可以認幾分啊？聽說有上限")
    assert not LIMIT_HEARD_SAID.search("聽說有上限？一年最多幾分")
    assert not LIMIT_HEARD_SAID.search("聽說有上限是多少")


NOT_THEIRS = [
    "消化外科醫學會年會兩天跟胸腔外科年會一天可以認多少積分",  # a second meeting listed, no field's own count
    "參加消化外科醫學會認可的研討會，外科這邊可以算幾分？",  # a course that society accredited, our credits asked
]


@pytest.mark.parametrize("question", NOT_THEIRS)
def test_listed_meetings_and_accredited_courses_stay_ours(question: str) -> None:
    assert neighbour_kind(Query(question, today=TODAY), topic=False) is None
