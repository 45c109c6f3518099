"""Round 26 ranking classes, new phrasings of our own in zh-TW, zh-CN and English — never the eval sentences.

1. What one hands in ("what do I attach / send / submit", 要交什麼, 需要附哪些文件): the regulations' 須檢附 … 影本
   (knowledge.lexical INTENTS / PHRASES).
2. A meeting held in a named place abroad ("a congress in Lisbon"): 國外, read from the capitalised place, not from a
   list of cities (knowledge.lexical.meeting_abroad); with a question on what to hand in, the note on what to attach
   for a meeting abroad goes first (knowledge.others.abroad_documents_first).
3. Looking a figure up oneself (上網查, "is there a website"): the regulations' 可至…系統…查詢.
4. A year without credits (有一年學分是 0, "one year with zero points"): 每年之積分不得有零分.
5. One thing claimed twice (兩邊都能申請, 再講一次): 不得重複申請.
6. The procedures in Mainland wording (活检, 超声引导): the regulation's 切片 and 影像導引.
7. A best hit holding none of the question's intent words gives way to the one next hit that holds them
   (knowledge.intents.prefer_intent_holder).

The retrieval tests use the real corpus and the real index (the session's `retriever` fixture)."""

from __future__ import annotations

import pytest

from knowledge.corpus import load_corpus
from knowledge.intents import prefer_intent_holder
from knowledge.lexical import expand_query, intent_terms, meeting_abroad
from knowledge.others import abroad_documents_first, asks_documents


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


# ------------------------------------------------------------------ 1. what one hands in

@pytest.mark.parametrize(("question", "expected"), [
    ("申請進修積分要交什麼？", True),
    ("發表壁報的話需要附哪些文件", True),
    ("论文申请学分要准备哪些证明？", True),
    ("送件的時候要交哪些東西給學會", True),
    ("年會一天可以拿幾分？", False),
    ("我要交報告了嗎", False),
])
def test_the_documents_family_in_chinese(question: str, expected: bool) -> None:
    assert ("檢附" in intent_terms(question)) is expected


@pytest.mark.parametrize(("question", "expected"), [
    ("What documents do I need for my fellowship credits?", True),
    ("for a poster, what should I attach to the application?", True),
    ("Which supporting documents go with a journal paper claim?", True),
    ("what do i submit to get my observership counted", True),
    ("How many credits is the annual meeting worth?", False),
    ("What paperwork does the written part of the equipment review cover?", True),
])
def test_the_documents_family_in_english(question: str, expected: bool) -> None:
    assert ("檢附" in expand_query(question)) is expected


def test_paperwork_alone_keeps_the_written_review() -> None:
    assert "書面" in expand_query("which paperwork is checked for the mammography unit?")
    assert "檢附" not in expand_query("which paperwork is checked for the mammography unit?")


# ------------------------------------------------------------------ 2. a meeting held in a place abroad

@pytest.mark.parametrize(("question", "expected"), [
    ("I went to a congress in Lisbon last year", True),
    ("the conference in Boston — how many credits?", True),
    ("attended a Symposium held in Melbourne", True),
    ("a meeting in Taipei last week, what do I get?", False),
    ("the congress in March was two days", False),
    ("the annual meeting in Kaohsiung", False),
    ("a conference in my hospital", False),
    ("the poster I gave at the meeting in TSA's autumn session", False),  # an acronym names no place
    ("a workshop in NTUH last month", False),
])
def test_a_meeting_in_a_named_place(question: str, expected: bool) -> None:
    assert meeting_abroad(question) is expected
    assert ("國外" in expand_query(question)) is expected


@pytest.mark.parametrize("question", [
    "Went to a congress in Lisbon in May. What documents do I need to submit for credits?",
    "what should I attach for the conference I attended in Boston?",
])
def test_the_note_on_what_to_attach_abroad_comes_first(corpus, question: str) -> None:
    assert asks_documents(question)
    ranked = ["tsa-cme/5.6", "tsa-cme/5.9", "tsa-cme/5.4.n1", "tsa-cme/5.4"]
    assert abroad_documents_first(question, ranked, corpus)[0] == "tsa-cme/5.4.n1"


@pytest.mark.parametrize("question", [
    "Went to a congress in Taichung. What documents do I need to submit for credits?",  # at home
    "Went to a congress in Lisbon. How many credits is it worth?",  # no documents asked
])
def test_the_note_stays_where_it_is_otherwise(corpus, question: str) -> None:
    ranked = ["tsa-cme/5.6", "tsa-cme/5.9", "tsa-cme/5.4.n1", "tsa-cme/5.4"]
    assert abroad_documents_first(question, ranked, corpus) == ranked


def test_abroad_documents_question_ranks_the_note_first(retriever) -> None:
    hits = retriever.search("Attended a surgical congress in Lisbon in May. What documents should I send the society?", 3)
    assert hits[0].clause.id == "tsa-cme/5.4.n1", [h.clause.id for h in hits]


# ------------------------------------------------------------------ 3. looking a figure up oneself

@pytest.mark.parametrize(("question", "expected"), [
    ("我們的年篩檢量可以在哪裡查？", True),
    ("篩檢數量有網站可以看嗎", True),
    ("乳摄筛检量能不能上网查", True),
    ("篩檢量超過會怎樣？", False),
])
def test_looking_it_up_in_chinese(question: str, expected: bool) -> None:
    assert ("查詢" in intent_terms(question)) is expected


@pytest.mark.parametrize("question", [
    "Can we look up our yearly screening volume somewhere?",
    "is there a website showing how many screens we did?",
    "can I check our screening numbers online",
])
def test_looking_it_up_in_english(question: str) -> None:
    assert "查詢" in expand_query(question)


@pytest.mark.parametrize("question", [
    "我們醫院一年篩了多少案，可以去哪裡查？",
    "Where can our facility look up how many screening mammograms it did this year?",
])
def test_the_clause_saying_where_to_look_comes_first(retriever, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == "hpa-mammo/1.1.2", [h.clause.id for h in hits]


# ------------------------------------------------------------------ 4. a year without credits

@pytest.mark.parametrize(("question", "expected"), [
    ("六年中有一年沒有積分，可以展延嗎", True),
    ("某一年零分會不會影響換證", True),
    ("其中一年学分是0分怎么办", True),
    ("一年可以拿幾分？", False),
])
def test_a_year_without_credits_in_chinese(question: str, expected: bool) -> None:
    assert ("零分" in intent_terms(question)) is expected


@pytest.mark.parametrize("question", [
    "I had a year with zero credits, can I still renew?",
    "what if there's a year without credits in my six years?",
])
def test_a_year_without_credits_in_english(question: str) -> None:
    assert "零分" in expand_query(question)


# ------------------------------------------------------------------ 5. one thing claimed twice

@pytest.mark.parametrize(("question", "expected"), [
    ("同一篇在兩個學會都報告，兩邊都能拿分嗎", True),
    ("這篇去年講過，今年又發表一次可以再申請嗎", True),
    ("同一篇文章可以申請兩次积分吗", True),
    ("發表一篇可以拿幾分？", False),
])
def test_one_thing_claimed_twice(question: str, expected: bool) -> None:
    assert ("重複" in intent_terms(question)) is expected


# ------------------------------------------------------------------ 6. procedures in Mainland wording

@pytest.mark.parametrize(("question", "terms"), [
    ("肺部活检做了几例可以申请？", ("切片",)),
    ("超声引导下的引流算哪一项", ("影像導引",)),
    ("CT引导的活检要多少例", ("切片", "影像導引")),
])
def test_procedures_in_mainland_wording(question: str, terms: tuple[str, ...]) -> None:
    assert set(terms) <= set(intent_terms(question))


def test_a_biopsy_in_mainland_wording_ranks_its_item(retriever) -> None:
    hits = retriever.search("超声引导的活检，当指导老师需要做满几例？", 3)
    assert hits[0].clause.id == "tsir-instructor/2.1", [h.clause.id for h in hits]


# ------------------------------------------------------------------ 7. the hit holding the intent words first

def test_the_conversion_clause_goes_before_a_meeting_band(corpus) -> None:
    ranked = ["tsa-cme/5.5", "tsa-cme/10", "tsa-cme/5.9"]
    assert prefer_intent_holder("上課每個鐘頭換幾分？", ranked, corpus)[0] == "tsa-cme/10"


def test_the_duplicate_rule_goes_before_the_annual_meeting(corpus) -> None:
    ranked = ["tsa-cme/5.3", "tsa-cme/6", "tsa-cme/5.10"]
    assert prefer_intent_holder("這篇在兩個學會都講過，兩邊都能拿積分嗎", ranked, corpus)[0] == "tsa-cme/6"


def test_two_next_hits_holding_the_words_leave_the_best(corpus) -> None:
    ranked = ["tsa-cme/5.3", "tsa-cme/6", "tsa-cme/5.6"]  # 5.6 says 不得重複 too: no one clause decides
    assert prefer_intent_holder("这篇在两个学会都讲过，两边都能拿学分吗", ranked, corpus) == ranked


def test_a_best_holding_the_words_keeps_its_place(corpus) -> None:
    ranked = ["tsa-cme/10", "tsa-cme/5.5"]
    assert prefer_intent_holder("一小時折算幾分？", ranked, corpus) == ranked


def test_no_intent_words_no_change(corpus) -> None:
    ranked = ["tsa-cme/5.5", "tsa-cme/10"]
    assert prefer_intent_holder("年會可以拿幾分？", ranked, corpus) == ranked
