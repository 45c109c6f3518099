"""Round 47 (reading47): misreadings of calculator questions.

1. A written-out sum with labelled terms and its result ("biliary 60 + ureteral 30 = 90 cases"): the result is the figure,
   the terms are in it; terms that do not add up to the result are asked (which one is meant), never added to it.
2. Counts said missed, skipped or cancelled ("錯過三場月會", "missed 3 monthly meetings", "2 were cancelled") are no attended
   counts (`bot/reader/missed.py`); a miss denied ("一次都沒錯過", "never missed") is attendance; a part of a count said
   before it ("12 次，其中 2 次沒去") is left to the reader (asked). A paper described in the clauses after its SCI word
   ("第一篇SCI，一作，不過是病例報告") is one paper.
3. The specialist's term typed in pinyin ('zhuan-ke', "zhuanke" in radiology) keeps the years; the mission (yi-liao-tuan).
4. A vague count heading its own itemised list (好幾篇論文，一篇…、一篇…; several papers, one … and two …) is settled by the
   list; alone, before a part (其中) or before talks, or a list set apart by spaces only, it is still asked.
5. 一個半鐘頭 / 半個鐘頭 are hours; a result someone is sure of or was told ("He's convinced it's 240", "他覺得應該有兩百分左右")
   is a guess, unused; "her 2025 credits" names the year; one more person joined after a group with its figure.
6. 第幾 (an ordinal asked) is no vague count; "co-au" / "co-auth" is another author; "can I still renew?" with one's
   figures is the renewal's calculation.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.parsing.numbers import normalize_numerals
from bot.parsing.pinyin import romanised_terms
from bot.parsing.text import Query
from bot.reader.guesses import claimed_result
from bot.reader.mentions import numbers
from bot.reader.missed import missed_counts
from bot.vague import find_vague, settle_vague
from tests.bot.conftest import TODAY, reader_call


def _activities(question: str) -> list[dict]:
    return reader_call(question, "tsa_credit_tally").args.get("activities", [])


# ------------------------------------------------------------------------------ 1. a written-out sum

@pytest.mark.parametrize("question, cases", [
    ("nonvascular stenting: biliary 60 + ureteral 30 + duodenal 20 = 110 cases, specialist 10 years, instructor?", 110),
    ("ablation: RFA 60 + microwave ablation 45 → 105 cases, 9 years as specialist; eligible?", 105),
    ("非血管支架 膽道60+輸尿管30+腸道20=110例 專科醫師10年 夠資格嗎", 110),
])
def test_a_sums_terms_are_in_its_result(question, cases):
    assert reader_call(question, "tsir_instructor_eligibility").args["cases_last_6_years"] == cases


@pytest.mark.parametrize("question", [
    "nonvascular stenting: biliary 50 + ureteral 30 + duodenal 10 = 100 cases, board certified 9 yrs, eligible?",
    "非血管支架 膽道60+輸尿管30=100例 專科10年 可以嗎",
])
def test_a_sum_that_does_not_add_up_is_asked(question):
    e = reader_call(question, "tsir_instructor_eligibility")
    assert any(n.key == "sum" for n in e.needs), e


# ------------------------------------------------------------------------------ 2. missed counts

@pytest.mark.parametrize("text, missed", [
    ("颱風害我錯過兩次月會，後來月會去了四次", [2]),
    ("錯過了三場月會，月會只出席5次", [3]),
    ("月會有兩次因為颱風取消，我去了其他八次", [2]),
    ("I missed 3 monthly meetings, but I attended 6", [3]),
    ("I attended 7 monthly meetings; 2 monthly meetings were cancelled", [2]),
    ("月會缺席2次，出席10次", [2]),
])
def test_counts_said_missed_are_found(text, missed):
    q = Query(text, today=TODAY)
    assert [n.value for n in missed_counts(q)] == missed


@pytest.mark.parametrize("text", [
    "今年月會一次都沒錯過，總共10次",  # a miss denied
    "I never missed a monthly meeting — 12 of them",
    "月會12次，其中2次沒去",  # a part of a count: asked by the reader, not set aside here
    "月會去了4次錯過2次",  # the 4 is attended (the miss is the 2's)
])
def test_no_attended_count_is_taken_for_a_missed_one(text):
    q = Query(text, today=TODAY)
    assert 4 not in [n.value for n in missed_counts(q)] and 10 not in [n.value for n in missed_counts(q)]
    assert 12 not in [n.value for n in missed_counts(q)]


def test_a_missed_count_is_not_added_to_the_attended_one():
    acts = _activities("2025年颱風害我錯過兩次月會，結果整年只去了外科年會一次、月會四次")
    assert {"kind": "tsa_monthly_meeting", "count": 4, "year": 2025} in acts
    assert sum(a["count"] for a in acts if a["kind"] == "tsa_monthly_meeting") == 4


def test_a_paper_described_in_the_clauses_after_its_sci_word():
    acts = _activities("2025年我終於有了生平第一篇SCI，一作，不過是病例報告，月會也去了3次")
    assert {"kind": "paper_sci", "count": 1, "role": "first", "case_report": True, "year": 2025} in acts


# ------------------------------------------------------------------------------ 3. pinyin

@pytest.mark.parametrize("text, chars", [
    ("a radiology 'zhuan-ke' for 6 yrs", "專科"),
    ("with the Taiwan medical mission (zhu-wai yi-liao-tuan)", "駐外醫療團"),
    ("a Taiwanese mission (yi-liao-tuan) in Paraguay", "醫療團"),
])
def test_the_terms_typed_in_pinyin(text, chars):
    assert chars in romanised_terms(text)


@pytest.mark.parametrize("question, years", [
    ("I've only been a radiology 'zhuan-ke' for 6 yrs, 80 PAE cases, 3 SCI first author. non-tumor embolization instructor?", 6),
    ('Been a "zhuanke" in radiology for 7 years, 120 TACE cases in the last 6 years. tumor embolization instructor?', 7),
])
def test_the_specialists_years_said_with_the_pinyin_term(question, years):
    assert reader_call(question, "tsir_instructor_eligibility").args["years_as_specialist"] == years


# ------------------------------------------------------------------------------ 4. a vague count and its list

@pytest.mark.parametrize("text", [
    "今年發了好幾篇論文，一篇SCI一作、一篇SCI通訊、一篇非SCI二作，月會去了4次",
    "去年參加好幾場院外研討會，一場一個半小時、一場三小時，還有年會一次",
    "I published several papers in 2025: one SCI as first author, one as corresponding and two non-SCI as second author.",
])
def test_a_vague_count_heading_its_list_is_settled(text):
    assert find_vague(settle_vague(text)) == []


@pytest.mark.parametrize("text", [
    "今年去了好幾次月會，年會一次",  # alone
    "今年月會去了好幾次，其中2次是講者",  # a part
    "今年好幾次月會，2次講者、1次座長",  # talks: a part of the meetings
    "paper 中了好幾篇 SCI一篇一作 一篇我是通訊 另外兩篇二作",  # set apart by spaces only
    "I went to several monthly meetings this year and the annual congress.",
])
def test_a_vague_count_with_no_list_of_its_own_is_asked(text):
    assert find_vague(settle_vague(text)) != []


# ------------------------------------------------------------------------------ 5. durations, guesses, the year, one more

@pytest.mark.parametrize("text, hours", [
    ("一場一個半鐘頭", "1.5小時"), ("一場四個半鐘頭", "4.5小時"), ("一場半個鐘頭", "0.5小時"), ("一場一個半小時", "1.5小時"),
])
def test_hours_in_words(text, hours):
    assert hours in normalize_numerals(text)


@pytest.mark.parametrize("text, guessed", [
    ("He's convinced it's 240, I think he's counting wrong lol", True),
    ("我跟他說應該一百六左右他不太信", True),
    ("主任覺得應該有兩百分", True),
    ("she swears it comes to 200.", True),
    ("他說月會去了5次", False),  # a fact he said, with its unit
    ("My boss says 3 monthly meetings", False),
])
def test_a_result_someone_is_sure_of_is_a_guess(text, guessed):
    q = Query(text, today=TODAY)
    assert [claimed_result(q.text, n) for n in numbers(q)] == [guessed]


def test_the_year_of_whose_points():
    acts = _activities("Can you work out her 2025 credits? She attended 6 monthly meetings and the annual congress.")
    assert {a["year"] for a in acts} == {2025} and len(acts) == 2


@pytest.mark.parametrize("question, days", [
    ("Two rad techs worked the full year (365 days each) and one joined mid-year with 180 days. 14,000 screens, over?",
     [365, 365, 180]),
    ("兩位放射師各上班365天，還有一位年中到職180天，今年篩了14000例，會超過嗎？", [365, 365, 180]),
    ("3 radiographers: two worked the full 365 days, one joined later and worked 146 days. 12000 screenings, over?",
     [365, 365, 146]),
])
def test_one_more_person_after_a_group(question, days):
    assert reader_call(question, "hpa_facility_volume").args["radiographer_work_days"] == days


# ------------------------------------------------------------------------------ 6. ordinals, co-authors, renewing

@pytest.mark.parametrize("text", ["另一篇他說忘了自己排第幾個", "另一篇我不記得是第幾作者"])
def test_an_ordinal_asked_is_no_vague_count(text):
    assert find_vague(text) == []


@pytest.mark.parametrize("question, role", [
    ("外科積分：今年 SCI 一篇 (co-au)，月會 3 次", "other"),
    ("2026: one SCI paper, co-auth, and 3 monthly meetings", "other"),
])
def test_a_co_author_short_form_is_another_author(question, role):
    acts = _activities(question)
    assert [a.get("role") for a in acts if a["kind"] == "paper_sci"] == [role]


def test_can_i_still_renew_asks_the_missing_months(ask):
    a = ask("I did a stint with the overseas medical mission. My six years are 100, 90, 80, 95, 70, 85 — can I still renew?")
    assert a.route == "clarify" and any("overseas_mission_months" in m for m in a.missing), (a.route, a.missing)


@pytest.mark.parametrize("question, kinds", [
    ("instructor renewal: SCI CR x2 as first author, 60 radiology CME points, enough?", {"sci_case_report"}),
    ("換證點數：SCI CR 一作 2 篇、放射積分 60，夠嗎", {"sci_case_report"}),
    ("renewal: 2 SCI CRs (first author) and 60 radiology CME", {"sci_case_report"}),
    # near miss: a full article stays one; "cr" in lower case inside a word is no case report
    ("renewal: SCI full article x2 as first author (accr. meeting), 60 radiology CME", {"sci_full_article"}),
])
def test_cr_in_capitals_beside_a_paper_is_a_case_report(question, kinds):
    acts = reader_call(question, "tsir_renewal_check").args.get("activities", [])
    assert {a["kind"] for a in acts} == kinds
