"""Round 42 (rules first line): the rules answer's first line answers what was asked.

1. A yes / no question (A-not-A, 嗎, can / does / is) met by a clause that itself states what is asked — an enumerated
   item or a duty with no denial of its own ("(4) 影像儲存設備查核。" under "實地測試：", "須檢附…抽印本影本") — leads
   with its answer in the question's own verb (會 / 有 / 需要 / Yes); a "是 A 還是 B" choice whose A the rule leaves to
   discretion leads with the course it allows (可以); a 還是 that says "still" in a statement before the question
   ("那台還是CR，…會不會…") is no choice. A code asked by its scheme's name ("category 2") against a clause listing that
   scheme's codes without it ("category「0」、「3」、「4」、「5」") is a no (不算 / No), and the line names the list.
   Near misses: a listed code stays yes; a question that is no yes / no keeps its line; leave asked to undo a duty, or a
   last piece asking of what the clause does not name ("直接給期刊網址可以嗎"), gets no yes.
2. What a cited document says ("那個衛生署函是怎麼講展延的"): the document's rule (its items' content), not a description
   of the document. Near miss: when it was issued keeps the letter's description (its date).
3. A list asked of a part ("针对读片医生的审查标准包括哪几方面") met first by the whole section's heading: the part's own
   heading and its items; what the agency takes for a review ("what materials does the agency pull") met first by the
   standards: the clause stating what it takes. Near misses: the whole section asked keeps the section; the standard's
   figure asked keeps the standard.

Phrasings written for this test, besides the development question of each class; near misses beside each.
"""

from __future__ import annotations

import pytest

from evals.first_line import first_line, line_answers
from tests.bot.first_line_support import supported


def _line_and_ids(a) -> tuple[str, list[str]]:
    return first_line(a.answer), [c.id for c in a.citations]


# ── 1. a yes / no led by its answer ──

YES_LEAD = [
    ("資訊室問說 存影像的設備(PACS那些)實地測試會不會查得到", "hpa-mammo/1.2.1.4", "會"),
    ("PACS 影像儲存設備，實地測試有沒有包含？", "hpa-mammo/1.2.1.4", "有"),
    ("实地测试会不会查影像储存设备？", "hpa-mammo/1.2.1.4", "會"),
    ("Does the on-site test include the image storage equipment?", "hpa-mammo/1.2.1.4", "Yes"),
    ("我們院區那台還是CR，實地測試會不會因為這樣多測一個項目？", "hpa-mammo/1.2.1.2", "會"),
    ("我們醫院的機器還是CR系統，曝露指標要不要測？", "hpa-mammo/1.2.1.2", "需要"),
    ("SCI论文申请的话，抽印本要不要附？复印件可以吗", "tsa-cme/5.7.2", "需要"),
    ("申请SCI论文积分，需不需要附抽印本？", "tsa-cme/5.7.2", "需要"),
    ("Do I need to attach a reprint of the article when claiming SCI paper credits?", "tsa-cme/5.7.2", "Yes"),
    ("新來的品管，想先搞懂流程：後續審查有沒有包含臨床影像評估這一項？還是那是初審才有", "hpa-mammo/1.3", "有"),
    ("請教一下～國健署來做乳攝後續審查的時候，是每個項目都一定要全部查一輪，還是他們可以只挑幾項查就好？", "hpa-mammo/1", "可以"),
    ("後續審查的時候，是所有項目都一定要審，還是可以只審部分？", "hpa-mammo/1", "可以"),
    ("后续审查是每一项都一定要查，还是可以只挑几项？", "hpa-mammo/1", "可以"),
]


@pytest.mark.parametrize(("question", "gold", "word"), YES_LEAD)
def test_yes_no_leads_with_its_answer(ask, question: str, gold: str, word: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and gold in ids[:3], (a.route, line, ids)
    assert line.startswith(word) and line_answers(line, [], "yes"), line
    assert supported(line, ids), line


MEMBER_OFF_LIST = [
    ("category 2 的個案有算在要追蹤的疑似陽性裡面嗎", "不算"),
    ("category 1 的個案算不算疑似陽性要追蹤的？", "不算"),
    ("category 2 的个案要不要算进追踪完成率？", "不"),
    ("Are category 2 cases counted in the follow-up completion rate?", "No"),
    ("Is a category 1 case one of the suspected positives that must be followed up?", "No"),
]


@pytest.mark.parametrize(("question", "word"), MEMBER_OFF_LIST)
def test_a_code_off_the_list_is_a_no(ask, question: str, word: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and "hpa-mammo/1.6" in ids[:3], (a.route, line, ids)
    assert line.startswith(word) and line_answers(line, ["0、3、4、5|0, 3, 4, 5"], "no"), line
    assert supported(line, ids), line


# near misses: a listed code stays yes
MEMBER_ON_LIST = [
    "category 3 的個案有算在疑似陽性裡面嗎",
    "Are category 4 cases counted in the follow-up completion rate?",
]


@pytest.mark.parametrize("question", MEMBER_ON_LIST)
def test_a_listed_code_stays_yes(ask, question: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and line_answers(line, [], "yes"), line


# near misses: no yes / no asked, leave to undo a duty, a last piece on what the clause does not name
NO_YES_ADDED = [
    "實地測試包含哪些項目？",
    "SCI 論文要附抽印本嗎？直接給期刊網址可以嗎",
    "Can an instructor turn a trainee down who wants to watch procedures?",
]


@pytest.mark.parametrize("question", NO_YES_ADDED)
def test_no_yes_where_none_is_asked_or_granted(ask, question: str) -> None:
    line, _ = _line_and_ids(ask(question))
    assert not line.startswith(("會", "有", "需要", "可以", "是", "Yes")), line


# ── 2. what a document says ──

DOCUMENT_SAYS = [
    "85年那個衛生署函是怎麼講展延的？",
    "85年那个卫生署函是怎么说展延的？",
    "85年衛生署那封函寫了什麼？",
    "衛生署85029982號函內容是什麼？",
    "What does the 1996 DOH letter say about certificate renewal?",
]


@pytest.mark.parametrize("question", DOCUMENT_SAYS)
def test_what_a_document_says_is_its_rule(ask, question: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and "tsa-cme/11.n2" in ids[:3], (a.route, line, ids)
    assert line_answers(line, ["主動|own initiative", "1 年內|一年內|within 1 year"], None), line
    assert supported(line, ids), line


def test_when_a_document_was_issued_keeps_its_date(ask) -> None:
    line, _ = _line_and_ids(ask("85年那個衛生署函是哪一天發的？"))
    assert "6 月 6 日" in line, line


# ── 3. the items of the list asked ──

PART_LIST = [
    ("针对读片医生的审查标准包括哪几方面？", "hpa-mammo/2.1.1", ["繼續教育|继续教育", "複判差異|复判差异"]),
    ("判讀醫師的審查標準有哪些項目？", "hpa-mammo/2.1.1", ["繼續教育", "複判差異"]),
    ("What are the review standards for reading physicians — which areas?", "hpa-mammo/2.1.1",
     ["continuing education", "discrepancy"]),
    ("what materials does the agency pull for the second-read discrepancy check on our readers?", "hpa-mammo/1.4",
     ["report"]),
    ("複判差異性評估，國健署會抽哪些東西？", "hpa-mammo/1.4", ["異常報告表", "完整檢查報告"]),
    ("复判差异性评估国健署会调阅哪些资料？", "hpa-mammo/1.4", ["異常報告表", "完整檢查報告"]),
    ("For the re-read discrepancy evaluation, what records does HPA sample?", "hpa-mammo/1.4", ["report"]),
]


@pytest.mark.parametrize(("question", "gold", "terms"), PART_LIST)
def test_a_list_asked_names_its_items(ask, question: str, gold: str, terms: list[str]) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and ids[:1] == [gold], (a.route, line, ids)
    assert line_answers(line, terms, None), line
    assert supported(line, ids), line


# near misses: the whole section asked, the standard's figure asked
WHOLE_OR_FIGURE = [
    ("審查標準包括哪幾方面？", "hpa-mammo/2"),
    ("复判差异性评估的标准是多少？", "hpa-mammo/2.1.1.2"),
]


@pytest.mark.parametrize(("question", "gold"), WHOLE_OR_FIGURE)
def test_the_whole_or_the_figure_keeps_its_clause(ask, question: str, gold: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and gold in ids[:2] and "hpa-mammo/1.4" != ids[0], (line, ids)
