"""Round 41 (rulest41): TSA and TSIR rules answers whose first line, ranking or route was wrong. Each class with phrasings
written for this test (zh-TW, zh-CN, English) beside the development question, and near misses that must not change:

1. The same work taken to a second venue ("the same study at two different society meetings", "同一篇論文在兩個學會講了")
   reads 不得重複申請: 第六條 first, answered No. Works said to be different ("two different studies") are no second claim:
   第六條 is not their answer.
2. An amendment of the rules named by its owner ("changes to the surgical society's CME regulation") or in Chinese
   (辦法變更, 规定改动) is answered by 第十一條 (理事會通過…修改時亦同); who recognises credits stays 第四條第一款.
3. A duty asked ("老師是不是一定要指導並在報告上簽章", "do instructors have to sign the case reports?") is answered by the
   clause stating the duty and the acts (TSIR 第三條: 有義務…指導…簽章), yes.
4. A clause that sets an item apart from its own (5.10: 其他外科相關醫學會，不含第三款之醫學會) answers a question about the
   societies it names, never handing over to 5.3's 15 / 30 it excludes; 其他外科相關學會 names no other body (in scope).
   Near miss: a specialty society of 5.3 (胸腔外科) keeps 5.3.
5. A figure said as the rule's cap ("the yearly 30 cap", "每年30分上限") is a bound, never a count: the rule is asked
   (5.4 備註二). Near miss: one's own meetings counted beside the cap stay a calculation.
6. A short training stay (weeks, days, 不到一個月) asked whether / how it is handled is 5.9's case-by-case review (專案
   送教育委員會審核), not a month's rate and not a computed maximum. Near miss: three months is computed.
7. The text's notes and the letter they quote (85029982) are in scope and answered by the note. Near miss: another
   letter about a licence stays out of scope.
8. "Automatic, or do I apply myself?" leads with the course the text requires (要自己主動去申請).
9. Renewal in other words (續證, 更新) with the points asked in full words (多少學分) is TSIR 第五條's 200.
"""

from __future__ import annotations

import pytest

from evals.first_line import first_line
from tests.bot.first_line_support import supported


def _line_and_ids(a) -> tuple[str, list[str]]:
    return first_line(a.answer), [c.id for c in a.citations]


# ── 1. the same work at a second venue ──

SAME_WORK = [
    ("presented the same study at two different domestic society meetings this year - can I claim CME for both?", "No"),
    ("I gave the same talk at two regional society meetings, do both count for CME?", "No"),
    ("同一篇研究在兩個不同的學會都報告了，可以都申請積分嗎", "不可以"),
    ("同一篇论文在两个学会讲了，能申请两次学分吗", "不可以"),
]


@pytest.mark.parametrize(("question", "lead"), SAME_WORK)
def test_same_work_at_a_second_venue_is_no(ask, question: str, lead: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and ids[0] == "tsa-cme/6", (line, ids)
    assert line.startswith(lead), line


@pytest.mark.parametrize("question", [
    "I presented two different studies at two society meetings this year — can I claim credits for both?",
])
def test_different_works_are_not_refused_as_the_same(ask, question: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] != "tsa-cme/6" and not line.startswith("No"), (line, ids)


# ── 2. an amendment of the rules ──

AMENDMENT = [
    ("who has to approve changes to the surgical society's CME regulation before they take effect?", "board"),
    ("外科學會的積分辦法如果要變更，要經過誰同意？", "理事會"),
    ("积分规定要改动的话，谁来批准？", "理事會"),
]


@pytest.mark.parametrize(("question", "word"), AMENDMENT)
def test_amendment_is_article_11(ask, question: str, word: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert ids[0] == "tsa-cme/11" and word in line, (line, ids)
    assert supported(line, ids[:1]), line


@pytest.mark.parametrize("question", ["誰負責認定繼續教育積分？", "Who decides whether a course counts for CME credits?"])
def test_who_recognises_credits_stays_4_1(ask, question: str) -> None:
    assert _line_and_ids(ask(question))[1][0] == "tsa-cme/4.1"


# ── 3. a duty asked ──

DUTY = [
    ("拿到指導老師之後，學員來申請觀察病例、寫個案報告，老師是不是一定要指導並在報告上簽章？", "是"),
    ("當了指導老師以後，學員的個案報告老師一定要簽名嗎", "需要"),
    ("学员来申请观察病例，指导老师必须接受并指导吗？", "需要"),
    ("Once certified, do instructors have to sign off on the trainees' case reports?", "Yes"),
]


@pytest.mark.parametrize(("question", "lead"), DUTY)
def test_duty_asked_is_article_3(ask, question: str, lead: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "tsir-instructor/3" and line.startswith(lead), (line, ids)


# ── 4. the clause setting an item apart answers in its place ──

SET_APART = [
    ("how many points do I get for going to the annual meeting of some other surgery-related society, one that's not on the "
     "training-curriculum list?", "relevan"),
    ("What do I get for a surgery-related society's annual congress that isn't one of the training-standard specialties?",
     "relevan"),
    ("不在外專訓練基準名單裡的其他外科相關學會，他們年會去參加外科學會會給幾分？有固定分數嗎", "相關程度"),
    ("其他外科相关学会的年会，不在训练课程基准里的，能算多少学分？", "相關程度"),
    ("去參加其他外科相關醫學會的年會（不是第三款那些），可以拿幾分？", "相關程度"),
]


@pytest.mark.parametrize(("question", "word"), SET_APART)
def test_setting_apart_clause_answers(ask, question: str, word: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and ids[0] == "tsa-cme/5.10" and word in line, (line, ids)
    assert "15" not in line.split("；")[0] and "60" not in line, line  # (no figure of another item read as 5.10's)


def test_specialty_society_keeps_5_3(ask) -> None:
    line, ids = _line_and_ids(ask("胸腔外科醫學會年會開兩天，可以算幾分？"))
    assert ids[0] == "tsa-cme/5.3" and "30" in line, (line, ids)


# ── 5. the rule's cap said by its figure ──

CAP_SAID = [
    "do international meetings fall under the yearly 30 cap for non-society events, or are they counted separately?",
    "國際會議也算在非本會活動一年30分的上限裡面嗎？還是另外算？",
    "国际会议的学分受不受每年30分上限限制？",
    "Is an overseas congress counted toward the 30-credit cap on outside events?",
]


@pytest.mark.parametrize("question", CAP_SAID)
def test_cap_said_by_its_figure_is_the_rule(ask, question: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and not a.tool_calls and ids[0] == "tsa-cme/5.4.n2", (a.route, line, ids)


@pytest.mark.parametrize("question", ["今年去了兩次國際會議，上限30分，總共可以算幾分？"])
def test_own_meetings_beside_the_cap_are_computed(ask, question: str) -> None:
    a = ask(question)
    assert a.route == "calculator" and a.tool_calls, a.answer


# ── 6. a short stay: the committee's case-by-case review ──

SHORT_STAY = [
    ("去日本短期見習三個禮拜而已，不到一個月，這樣還可以申請嗎？要怎麼處理", "教育委員會"),
    ("去美國醫院進修兩週，不滿一個月，這樣能申請嗎？該如何處理？", "教育委員會"),
    ("在国内医学中心进修了十天，不到一个月，还能申请吗？要怎么处理", "教育委員會"),
    ("I did a 3-week observership in Japan, under a month. Can I still apply, and how is it handled?", "Education Committee"),
    ("去日本醫院短期見習兩個禮拜而已，這樣有分數嗎？誰審？", "教育委員會"),
    ("去韓國醫院觀摩十天，有積分嗎？誰來審？", "教育委員會"),
]


@pytest.mark.parametrize(("question", "word"), SHORT_STAY)
def test_short_stay_is_reviewed_case_by_case(ask, question: str, word: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and not a.tool_calls and ids[0] == "tsa-cme/5.9" and word in line, (a.route, line, ids)


def test_months_of_training_are_computed(ask) -> None:
    a = ask("去日本進修三個月，可以拿幾分？")
    assert a.route == "calculator" and "24" in first_line(a.answer), a.answer


# ── 7. the text's notes and the letter they quote ──

NOTE_LETTER = [
    "The notes at the end quote an old health dept letter from 1996 — which letter number is that?",
    "Which DOH letter is cited in the footnotes of the surgical CME rules, and what is its number?",
    "備註引用的那封衛生署函，是哪一號？",
    "附注里引用的卫生署函文号是多少？",
]


@pytest.mark.parametrize("question", NOTE_LETTER)
def test_note_letter_is_answered(ask, question: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and ids[0] == "tsa-cme/11.n2" and "85029982" in line, (a.route, line, ids)


def test_another_letter_stays_out_of_scope(ask) -> None:
    a = ask("My hospital got a letter from the health department about our licence, what is the letter number?")
    assert a.route == "out_of_scope", a.answer


# ── 8. automatic, or apply oneself ──

OWN_COURSE = [
    ("展延是學會會自動幫我們辦，還是要自己主動去申請？", "要"),
    ("证书展延是学会自动办理，还是得自己去申请？", "要"),
    ("外科專科證書到期會自動延長，還是需要自己送件？", "要"),
    ("Is renewal automatic, or do I have to apply for it myself?", "Not automatic"),
]


@pytest.mark.parametrize(("question", "lead"), OWN_COURSE)
def test_automatic_or_apply_leads_with_the_application(ask, question: str, lead: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "tsa-cme/11.n2.1" and line.startswith(lead), (line, ids)


# ── 9. renewal in other words, the points asked in full words ──

RENEWAL_POINTS = [
    "介入指导老师证书续证，6年里要凑够多少学分？",
    "介入指导老师证书更新需要多少学分",
    "指導老師證書續證要累積多少積分？",
]


@pytest.mark.parametrize("question", RENEWAL_POINTS)
def test_renewal_points_are_article_5(ask, question: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "tsir-instructor/5" and "200" in line, (line, ids)


def test_surgical_renewal_stays_article_10(ask) -> None:
    line, ids = _line_and_ids(ask("外科专科医师证书续证，六年要多少学分？"))
    assert ids[0] == "tsa-cme/10" and "600" in line, (line, ids)
