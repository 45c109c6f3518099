"""Round 47 (refer47): references, typed slips, routing and scope.

1. An event pointed back at ("那場年會", "that meeting") is the one said before, no new item; a clause or bracket saying
   which kind something is not ("不是第三款那種專科醫學會", "（它不是…）", "not one of the 5(3) societies") denies that
   kind — an affirmative after the denial ("不是月會，是年會") keeps the kind said.
2. A rule term typed with a homophone for one character (越會 → 月會, 念會 → 年會, 壁寶 → 壁報) is the term where a count or
   a going is beside it (`bot/parsing/homophones.py`); "越來越會", "約會", "展演" stay as written. A vague count said before
   another counted fact with no comma ("月會有去幾次 年會也去了1次 這樣積分多少") is a fact to ask, not the question's 幾.
3. Two different courses signed in to in one half-day or in two rooms (`ASKS_SIMULTANEOUS`): article 9's question.
4. A surgical subspecialty said short (心外, 胸外, 神外) with its certificate or renewal: another society's.
5. A list closed by "這種東西 / 之類的" in one clause, asked yes / no, is a yes / no (`answer_kind`).
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.parsing.homophones import homophone_terms
from bot.parsing.text import Query, fold, standard_forms
from bot.routing import ASKS_SIMULTANEOUS
from bot.rules_answer import answer_kind
from bot.scope import neighbour_kind
from bot.vague import find_vague
from tests.bot.conftest import ask_and_reply, calculator_call, reader_call

TALLY = "tsa_credit_tally"


def _kinds(question: str) -> list[tuple[str, int | None]]:
    call = reader_call(question, TALLY)
    return [(a["kind"], a.get("count")) for a in call.args.get("activities", [])]


# ------------------------------------------------------------------------------ 1. pointed back at; a kind denied

@pytest.mark.parametrize("question, kinds", [
    ("今年月會3次，另外參加了一個外科相關學會的年會，那場年會會給幾分？", [("tsa_monthly_meeting", 3), ("other_surgical_society_meeting", 1)]),
    ("月會2次，還去了別的外科相關學會年會1次，這個年會怎麼算？", [("tsa_monthly_meeting", 2), ("other_surgical_society_meeting", 1)]),
    ("2 monthly meetings and one annual meeting of another surgical society (not a specialty one). how much will that meeting count?",
     [("tsa_monthly_meeting", 2), ("other_surgical_society_meeting", 1)]),
])
def test_an_event_pointed_back_at_is_no_new_item(question, kinds):
    assert _kinds(question) == kinds


@pytest.mark.parametrize("question, kinds", [
    ("今年去了3次月會，也參加了其他外科相關學會的年會一次，不是第三款那種專科醫學會，總共幾分",
     [("tsa_monthly_meeting", 3), ("other_surgical_society_meeting", 1)]),
    ("月會2次，外科相關學會年會1次（它不是第三款的專科醫學會），幾分",
     [("tsa_monthly_meeting", 2), ("other_surgical_society_meeting", 1)]),
    ("2 monthly meetings plus one annual meeting of another surgery-related society, not one of the article 5(3) specialty societies. total?",
     [("tsa_monthly_meeting", 2), ("other_surgical_society_meeting", 1)]),
])
def test_a_kind_denied_in_its_own_clause_is_no_item(question, kinds):
    assert _kinds(question) == kinds


@pytest.mark.parametrize("question, kinds", [
    ("今年去的不是月會，是年會，1次，幾分", [("tsa_annual_meeting", 1)]),  # the affirmative after the denial
    ("月會2次，年會也去了1次，那個年會算幾分？", [("tsa_monthly_meeting", 2), ("tsa_annual_meeting", 1)]),  # the one counted
    ("月會2次，其他外科相關學會的年會1次，另外本會年會也去了1次", [("tsa_monthly_meeting", 2), ("other_surgical_society_meeting", 1),
                                                ("tsa_annual_meeting", 1)]),  # no pointer: another event
])
def test_near_misses_keep_their_items(question, kinds):
    assert _kinds(question) == kinds


# (the event pointed at was named only as the place of another activity: attending it is a fact of its own)
@pytest.mark.parametrize("question, kinds", [
    ("Poster at the TSA annual meeting as 1st author. Plus I attended that annual meeting. Total credits?",
     {"presentation", "tsa_annual_meeting"}),
    ("今年在外科年會貼了一張海報（第一作者），那個年會我也有去，月會2次，幾分？",
     {"presentation", "tsa_annual_meeting", "tsa_monthly_meeting"}),
    ("年會上報告了一篇壁報，也參加了那場年會，積分多少", {"presentation", "tsa_annual_meeting"}),
])
def test_attending_the_event_pointed_at_is_an_item(question, kinds):
    assert {k for k, _ in _kinds(question)} == kinds


# ------------------------------------------------------------------------------ 2. homophone slips; a vague count

@pytest.mark.parametrize("typed, meant", [
    ("越會3次", "月會3次"),
    ("今年越會有去幾次", "今年月會有去幾次"),
    ("念會去了1次", "年會去了1次"),
    ("參加過閱會", "參加過月會"),
    ("當了兩次獎者", "當了兩次講者"),
    ("壁寶 3 篇", "壁報 3 篇"),
    ("研套會2場", "研討會2場"),
])
def test_a_homophone_slip_is_read_as_the_term(typed, meant):
    assert homophone_terms(typed) == meant


@pytest.mark.parametrize("text", [
    "越來越會去參加",  # 越 … 越: "the more"
    "我越會排時間了",  # no count or going beside it
    "我們約會去了兩次",  # a word of its own
    "展演兩場",  # a word of its own
    "他越會講越好",
])
def test_no_slip_where_the_words_are_their_own(text):
    assert homophone_terms(text) == text


def test_the_slip_is_mended_in_the_standard_form_and_keeps_its_length():
    text = fold("今年越会有去几次 年会也去了1次  这样积份多少", collapse=False)
    mended = standard_forms(text)
    assert mended == "今年月會有去幾次 年會也去了1次  這樣積分多少" and len(mended) == len(text)


@pytest.mark.parametrize("text, vague", [
    ("今年月會有去幾次 年會也去了1次  這樣積分多少", ["幾次"]),  # another counted fact before the ask
    ("年會有去幾次 月會去了3次 這樣積分多少", ["幾次"]),
    ("went to the monthly meeting a few times and the annual meeting once this year, how many credits", ["a few times"]),
])
def test_a_vague_count_before_another_fact_is_asked(text, vague):
    assert find_vague(text) == vague


@pytest.mark.parametrize("text", [
    "月會要去幾次才夠 100 分？",  # the question's own 幾
    "外專證書幾年要展延一次？期間內總共要幾分",  # 一次 in the same clause is no other fact
    "年會一年最多可以算幾次？",
])
def test_the_questions_own_count_is_no_vague_fact(text):
    assert find_vague(text) == []


def test_the_vague_count_asked_then_completed_with_the_year(engine):
    first, second = ask_and_reply(engine, "今年越會有去幾次 壁報也發表了1篇 這樣積份多少", "月會3次")
    assert first.route == "clarify"
    call = calculator_call(second, TALLY)
    assert call.result["total"] == 70
    assert {a.get("year") for a in call.args["activities"]} == {2026}


# ------------------------------------------------------------------------------ 3. two courses signed in to at once

@pytest.mark.parametrize("text", [
    "同一個下午我兩個不同的課都簽到了",
    "上禮拜六下午有兩堂不同的繼續教育課程，我兩堂都有刷到",
    "一個在樓上一個在樓下，兩邊都簽到",
    "I signed in to two different CME sessions the same afternoon",
    "one upstairs and one downstairs, signed in to both",
])
def test_two_courses_signed_in_to_at_once(text):
    assert ASKS_SIMULTANEOUS.search(Query(text).cues)


@pytest.mark.parametrize("text", [
    "兩場研討會都有簽到，各3小時",  # both attended, no same time said
    "下午去了一堂課，簽到了",
    "I signed in to the annual meeting on both days",
])
def test_courses_attended_one_after_another_are_not_simultaneous(text):
    assert not ASKS_SIMULTANEOUS.search(Query(text).cues)


# ------------------------------------------------------------------------------ 4. a subspecialty's own certificate

@pytest.mark.parametrize("text", [
    "胸外專科證書要換證，積分要幾分",
    "我是神外的，神外專科醫師證書展延要幾分",
    "心外專科醫師證書展延要多少積分",
])
def test_a_subspecialty_said_short_is_another_societys(text):
    assert neighbour_kind(Query(text), topic=False) is not None


@pytest.mark.parametrize("text", [
    "我是胸腔外科醫師，外科醫學會的專科證書六年要幾分才能展延？",
    "外科專科醫師證書展延要多少積分？",
])
def test_our_certificate_asked_by_a_subspecialty_surgeon_stays_ours(text):
    assert neighbour_kind(Query(text), topic=False) is None


# ------------------------------------------------------------------------------ 5. first lines

@pytest.mark.parametrize("text", [
    "乳攝機用了幾年、預計什麼時候報廢、以前搬過幾次機房這種東西也要寫文件交嗎？",
    "機器用了幾年、哪年要汰換、有沒有搬過機房之類的也要附說明嗎？",
])
def test_a_list_closed_by_a_kind_pointed_back_at_asks_yes_or_no(text):
    assert answer_kind(text) == "yes_no"


@pytest.mark.parametrize("text", [
    "陳月惠去了月會3次",  # a given name after a surname
    "林年慧參加了2次",
])
def test_a_name_is_no_slip(text):
    assert homophone_terms(text) == text
