"""Round 45 (rules first line): a yes / no question's line leads with its yes / no, read from the clause's own text, for
question forms that were read as something else; and a period said as a half year is also said in months.

1. An English auxiliary whose object is a wh-clause after a preposition ("do we need to submit anything about how old the
   unit is, when it'll be retired …?"): a yes / no (the how / when name what is asked about). Near misses: a wh-question
   ("what do we need to submit about …?"), a second wh-clause that asks itself ("…, and when is it due?").
2. A yes / no joined to a wh-question in one sentence ("do they both need to attend …, and what if they skip it?"): the
   yes / no asked first leads; a grade row's own condition the question states ("human error" → 若係人為因素導致) decides
   it. Near misses: the condition not stated (no lead), a who-question (no lead).
3. An indefinite wh-word after an A-not-A ("有沒有什麼情況還是不能…", "會不會有什麼狀況…") and English "is there any situation
   where … still can't …": a yes / no, answered 有可能 / Yes. Near misses: "什麼情況下不能…", "哪些情況還是不能用" (no lead).
4. A documents ask, then "…都要嗎？" / "…也要交嗎？" of the same clause: the second ask's yes / no leads the joined line.
   Near miss: the documents ask alone (no lead).
5. "Is X enough, or do we also need Y?" met by "須同時符合…及…": No — both are required. Near miss: the case the rule is
   not for ("our unit is FDA-approved"): no lead.
6. A period said as a half year, asked how early / in months: also said as 6 months (whole years of one or two, when
   months are asked). Near miss: a validity asked in years is not restated in months.

Phrasings written for this test, besides the development question of each class; near misses beside each.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import answer_kind, first_joined_yes_no
from evals.first_line import first_line, unsupported


def _line_and_ids(a) -> tuple[str, list[str]]:
    return first_line(a.answer), [c.id for c in a.citations]


LEADS = ("Yes", "No", "Not ", "有", "沒有", "需要", "不需要", "可以", "不可以", "會", "不會", "不夠", "是", "不是", "否")


# ── 1. a wh-clause after a preposition ──

PREP_WH = [
    "do we need to submit anything about how old the mammography unit is, when it'll be retired, and its relocation history?",
    "do we have to file something regarding when the unit was installed and where it has been moved?",
    "is there anything required about when the machine will be scrapped?",
    "does the written review want anything on how long the mammo unit has been in use?",
]


@pytest.mark.parametrize("question", PREP_WH)
def test_wh_clause_after_a_preposition_is_a_yes_no(ask, question: str) -> None:
    assert answer_kind(question) == "yes_no"
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "hpa-mammo/1.2.2.2", (line, ids)
    assert line.startswith("Yes:"), line


PREP_WH_NEAR = [
    ("what do we need to submit about how old the unit is?", "documents"),
    ("do we need to submit anything, and when is it due?", "period"),
    ("how old does the unit have to be before it's retired?", "other"),
]


@pytest.mark.parametrize(("question", "kind"), PREP_WH_NEAR)
def test_wh_question_is_no_yes_no(question: str, kind: str) -> None:
    assert answer_kind(question) == kind


# ── 2. a yes / no, then a wh-question ──

YES_NO_THEN_WH = [
    "site test came back B on one item and it was human error. do the responsible physician and lead radiographer both "
    "need to attend the QC meeting, and what if they skip it?",
    "site test got a B on one item due to human factors. do the responsible physician and the radiographer both have to "
    "attend the QC meeting?",
    "the site test gave one item a C from human error, do the responsible doctor and the radiographer both need to go to "
    "the QC meeting, and when do they have to go by?",
    "we got a B from human error - do the physician and radiographer both need to attend, and what if they don't?",
]


@pytest.mark.parametrize("question", YES_NO_THEN_WH)
def test_yes_no_asked_before_a_wh_ask_leads(ask, question: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "hpa-mammo/2.2.1.2", (line, ids)
    assert line.startswith("Yes:"), line


def test_first_joined_yes_no_cuts_before_the_wh_ask() -> None:
    assert first_joined_yes_no("do they both need to attend the QC meeting, and what if they skip it?") == \
        "do they both need to attend the QC meeting?"
    # (a wh-clause that asks nothing of its own stays: "…, and when it'll be retired" names what is submitted)
    q = "do we need to submit anything about how old the unit is, and when it'll be retired?"
    assert first_joined_yes_no(q) == q


YES_NO_THEN_WH_NEAR = [
    "site test got a B on one item. do the responsible physician and the radiographer both have to attend the QC meeting?",
    "who has to attend the QC meeting after a B from human error on the site test?",
]


@pytest.mark.parametrize("question", YES_NO_THEN_WH_NEAR)
def test_unstated_condition_or_who_gets_no_lead(ask, question: str) -> None:
    line, _ = _line_and_ids(ask(question))
    assert not line.startswith(LEADS), line


# ── 3. 有沒有什麼…, "is there any situation where … still can't" ──

ANY_CASE = [
    ("實測拿A、B、C的機器，有沒有什麼情況還是不能拿來做國健署的乳攝篩檢？", "有可能："),
    ("实测评A的机器，有没有什么情况还是不能用在国健署的乳房摄影筛检？", "有可能："),
    ("實測都拿A，會不會有什麼狀況還是被禁止做篩檢？", "有可能："),
    ("is there any situation where a unit graded A, B or C on the site test still can't be used for HPA screening?",
     "Yes"),
]


@pytest.mark.parametrize(("question", "lead"), ANY_CASE)
def test_any_case_asked_with_a_not_a_is_a_yes_no(ask, question: str, lead: str) -> None:
    assert answer_kind(question) == "yes_no"
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "hpa-mammo/2.2.2", (line, ids)
    assert line.startswith(lead), line


ANY_CASE_NEAR = [
    "實測拿A、B、C的機器，什麼情況下不能拿來做國健署的篩檢？",
    "實測拿A、B、C的機器，哪些情況還是不能用？",
]


@pytest.mark.parametrize("question", ANY_CASE_NEAR)
def test_which_cases_is_no_yes_no(ask, question: str) -> None:
    assert answer_kind(question) != "yes_no"
    line, _ = _line_and_ids(ask(question))
    assert not line.startswith(LEADS), line


# ── 4. a documents ask, then 都要嗎 of the same clause ──

BOTH_AFTER_DOCUMENTS = [
    ("书面考核要交哪些质保记录？年度的和非年度的都要吗？", "需要："),
    ("書面審查要附哪些品保紀錄？年度跟非年度兩種都要嗎？", "需要："),
    ("書審要交什麼品保資料？非年度的也要交嗎？", "需要："),
    ("what QA records go into the written review? do we need both the annual and the non-annual ones?", "Yes:"),
]


@pytest.mark.parametrize(("question", "lead"), BOTH_AFTER_DOCUMENTS)
def test_later_yes_no_on_the_same_clause_still_leads(ask, question: str, lead: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "hpa-mammo/1.2.2.1", (line, ids)
    assert line.startswith(lead), line


def test_documents_ask_alone_gets_no_lead(ask) -> None:
    line, _ = _line_and_ids(ask("書面考核要交哪些品保紀錄？"))
    assert not line.startswith(LEADS), line


# ── 5. "is X enough, or do we also need Y?" ──

ENOUGH_OR_ALSO = [
    ("Our digital mammo unit isn't FDA-cleared. For the paperwork review, is meeting the national radiation QA standard "
     "enough, or do we also need to meet the procedure-manual standard of this accreditation?", "No: both are required"),
    ("our digital unit has no FDA approval - is following the AEC radiation QA standard sufficient, or does it have to "
     "meet the program's procedure manual standard too?", "No: both are required"),
    ("我們的數位乳攝沒有FDA核可，書審時符合原能會的品保標準就夠了嗎？還是也要符合程序書的標準？", "不夠：兩者都須符合"),
    ("我们数位机没有FDA核可，品保只要符合原能会标准就可以了吗，还是程序书标准也要符合？", "不夠：兩者都須符合"),
]


@pytest.mark.parametrize(("question", "lead"), ENOUGH_OR_ALSO)
def test_enough_or_also_is_answered_both(ask, question: str, lead: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "hpa-mammo/1.2.2.1", (line, ids)
    assert line.startswith(lead), line


ENOUGH_NOT_REACHED = [
    "我們的機器有FDA核可，符合原能會的品保標準就夠了嗎？還是也要符合程序書？",
    "our unit is FDA-approved. is meeting the AEC radiation QA standard enough, or do we also need the procedure-manual "
    "standard?",
]


@pytest.mark.parametrize("question", ENOUGH_NOT_REACHED)
def test_rule_for_what_lacks_approval_is_no_no_for_an_approved_unit(ask, question: str) -> None:
    line, _ = _line_and_ids(ask(question))
    assert not line.startswith(LEADS), line
    assert "both are required" not in line and "兩者都須符合" not in line, line


# ── 6. a half year said in months ──

IN_MONTHS = [
    ("how early can I start the renewal for my IR instructor certificate before it runs out?", "(6 months)"),
    ("IR instructor cert: how soon before it expires can I apply to renew?", "(6 months)"),
    ("how many months before expiry can the instructor cert be renewed?", "(6 months)"),
    ("指导老师证书到期前几个月可以开始申请换证？", "半年（6 個月）"),
    ("指導老師證書快到期了，最早什麼時候可以申請換發？", "半年（6 個月）"),
]


@pytest.mark.parametrize(("question", "said"), IN_MONTHS)
def test_half_year_also_said_in_months(ask, question: str, said: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert ids[0] == "tsir-instructor/4", (line, ids)
    assert said in line, line
    from knowledge.corpus import load_corpus  # noqa: PLC0415

    corpus = load_corpus()
    assert not unsupported(line, [corpus.get(i).text for i in ids]), line  # (the 6 is the half year's, in months)


def test_years_asked_in_years_stay_years(ask) -> None:
    line, _ = _line_and_ids(ask("專科醫師證書效期幾年？"))
    assert "個月" not in line, line
