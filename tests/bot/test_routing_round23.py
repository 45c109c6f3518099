"""Routing and scope, twenty-third round (each class with phrasings of its own, not the eval questions').

In scope, refused before:
- the on-site test's own items said in users' words (a CR system's exposure index and its calibration, the image storage /
  PACS, the reading workstations, 現場檢測 for 實地測試);
- the course approval's fee and how it is paid (認定申請, 劃撥);
- a paper presented at two societies' meetings, one of them "某次專科醫學會": our 第六條, no other body named.

Out of scope, answered before (SPEC §3, a surgical subspecialty society's CME):
- that society's meeting credits asked to be claimed with it and with ours alike ("重複申請", "兩邊都").

Rules questions sent to a calculator or a question back before:
- a class of cases named by a relative clause ("facilities whose grades are poor"), or a generic result's timing ("after
  its grades come back");
- a bound written with the word percent ("by more than 10 percent", "超過 10 趴");
- the rule's value per occurrence ("一次能認定幾個學分", "每場給幾分").

A person's own case answered by the rule before, now asked back:
- meetings abroad said attended in Chinese with no count ("有出國參加…會議"): the count is asked, never one;
- a screening dated straight after the word ("screening done 2026-10-05") and its follow-up deadline asked, the category
  not said.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from bot.scope import out_of_scope_marker

TODAY = datetime.date(2026, 12, 3)


def _decision(question: str):
    return decide_calculation(Query(question, TODAY))


def _marker(question: str) -> str | None:
    return out_of_scope_marker(Query(question, TODAY))


# ------------------------------------------------------------------ in scope: the on-site test's items, the approval fee

@pytest.mark.parametrize("question", [
    "醫院用的是 CR，曝露指標的校正實地測試時也會驗嗎？",
    "我们CR有曝光指数，后续审查现场检测会不会查它准不准",
    "Does the on-site test check whether the exposure index on a CR unit is calibrated correctly?",
    "影像儲存設備（PACS）在實地測試會被查核嗎？",
    "PACS 那台伺服器後審會看嗎？要不要請資訊組先整理",
    "閱片工作站螢幕也在查核範圍內嗎",
])
def test_on_site_test_items_in_users_words_are_answered(ask, question):
    a = ask(question)
    assert a.route == "retrieval", a.answer[:200]


@pytest.mark.parametrize("question", [
    "辦一場課程要送認定申請，費用是多少？怎麼付？",
    "课程认定申请要缴多少钱",
    "認定申請的費用可以用劃撥嗎？",
])
def test_course_approval_fee_is_answered(ask, question):
    a = ask(question)
    assert a.route == "retrieval", a.answer[:200]


# ------------------------------------------------------------------ a subspecialty society's credits claimed twice

@pytest.mark.parametrize("question", [
    "整形外科醫學會年會的積分，可以跟外科醫學會重複申請嗎？",
    "消化外科医学会的年会学分能不能跟外科医学会重复申请",
    "手外科醫學會辦的年會，兩邊都可以申請積分嗎？跟外科醫學會那邊",
])
def test_subspecialty_meeting_claimed_with_both_societies_is_refused(question):
    assert _marker(question) == "other_society"


@pytest.mark.parametrize("question", [
    # a paper presented at both is our 第六條 (the same article at different societies)
    "同一篇論文在大腸直腸外科醫學會和外科醫學會都發表了，可以重複申請積分嗎？",
    "一篇研究在某次專醫學會跟外科月會都報告過，兩邊能各申請一次嗎",
    # attending that society's meeting, credited by ours (第五條第三款)
    "參加胸腔外科醫學會年會兩天，外科醫學會這邊給幾分？",
])
def test_our_rules_on_another_societys_meeting_stay_in_scope(question):
    assert _marker(question) is None


# ------------------------------------------------------------------ rules questions: a class of cases, a bound, a rate

@pytest.mark.parametrize("question", [
    "What corrective steps apply to facilities whose clinical image grades are poor?",
    "Which rule covers readers whose re-read discrepancy is too high?",
    "What happens to readers whose positive discrepancy came back high?",
    "What follow-up measures apply to a facility after its clinical image grades come back?",
])
def test_a_class_of_cases_or_a_generic_result_is_the_rules(question):
    assert _decision(question) is None


def test_ones_own_named_before_the_relative_clause_stays_ones_own():
    d = _decision("our readers whose positive discrepancy came back 62% and negative 12% — what happens now?")
    assert d is not None


@pytest.mark.parametrize("question", [
    "If our van goes over the yearly reasonable volume by more than 5 per cent, are we paid for the excess?",
    "If a radiographer of ours exceeds the monthly cap by more than 10 percent, do we still get paid for the extra exams?",
    "我們放射師一年超過合理量 10 趴以上的部分還有給付嗎？",
])
def test_a_bound_said_in_words_is_the_rules(question):
    assert _decision(question) is None


@pytest.mark.parametrize("question", [
    "國外醫學會議一次能認定幾個學分？",
    "参加国际会议，一次能认几个学分",
    "出國參加研討會，一次可以認定幾分呀",
    "院外的學術演講每場給幾分？",
])
def test_the_rate_per_occurrence_is_the_rules(question):
    assert _decision(question) is None


def test_a_count_of_ones_own_with_the_rate_asked_is_still_computed():
    d = _decision("月會我去了 4 次，一次幾分？總共多少")
    assert d is not None and d.route == "calculator"


# ------------------------------------------------------------------ one's own case, a fact missing: asked back

@pytest.mark.parametrize("question,tool", [
    ("今年有出國參加醫學會議，外科積分可以拿幾分？", "tsa_credit_tally"),
    ("去年有出国参加栓塞的国际会议，指导老师换证可以抵多少分？", "tsir_renewal_check"),
])
def test_meetings_abroad_attended_with_no_count_are_asked(question, tool):
    d = _decision(question)
    assert d is not None and d.route == "clarify" and d.extraction.tool == tool


def test_an_international_meeting_in_english_is_one():
    d = _decision("I went to an international meeting this year, how many points?")
    assert d is not None and d.route == "calculator"


@pytest.mark.parametrize("question", [
    "screening done 2026-09-14, looked suspicious. when does follow-up have to be finished?",
    "Screened: 2026/10/01, recalled — what's the follow-up deadline?",
])
def test_a_dated_screening_with_its_category_missing_is_asked(question):
    d = _decision(question)
    assert d is not None and d.route == "clarify"
    assert any(n.key == "category" for n in d.extraction.needs)


def test_a_dated_screening_with_its_category_is_computed():
    d = _decision("screening done 2026-10-05, category 3. when is the follow-up due?")
    assert d is not None and d.route == "calculator"


# ------------------------------------------------------------------ the rule's procedure and a late application

@pytest.mark.parametrize("question", [
    "My certificate runs out before I can get the renewal filed. What's the procedure then?",
    "we forgot to apply for CME approval until a week before our workshop — will the society accept it late?",
    "證書快到期了但積分還沒補齊，展延的申請流程是什麼？",
    "课程认定来不及在30天前申请，要办什么手续？",
])
def test_the_rules_procedure_or_a_late_application_is_the_rules(question):
    assert _decision(question) is None
