"""Round 12 ranking classes (issue 10), each with new phrasings of our own in zh-TW, zh-CN and English — never the eval
sentences:

1. a clause first in more than half of the rankings' weight goes first (knowledge.retrieve._first_by_majority):
   reciprocal-rank fusion at k = 60 let a clause ranked 2nd–7th in every ranking beat one ranked first in most;
2. a question asking the parts / kinds / levels of something as a whole, or a total the enclosing clause states,
   gets the enclosing clause, not one of its parts (knowledge.shapes.asks_overview);
3. "實地測試評等為 A、B、C 者，如有…不得用於" states what follows from grades: a grade table of the "measure" kind
   (knowledge.ranges.grade_table), so a question naming a passing grade meets it.

The retrieval tests use the real corpus and the real index (the session's `retriever` fixture)."""

from __future__ import annotations

import pytest

from knowledge.corpus import load_corpus
from knowledge.ranges import grade_table
from knowledge.retrieve import MAJORITY, _first_by_majority, rrf
from knowledge.shapes import asks_overview

CORPUS = load_corpus()


# ------------------------------------------------------------------ 1. the majority of the rankings


def test_a_clause_first_in_most_rankings_goes_first() -> None:
    rankings = [("lexical", 1.0, ["a", "b"]), ("dense", 1.0, ["c", "b"]), ("ask", 2.0, ["a", "b"]),
                ("ask", 1.5, ["a", "b"])]
    # "b" is second everywhere and wins the plain fusion; "a" holds 4.5 of 5.5 of the weight at first place
    fused = rrf(rankings)
    assert max(fused, key=lambda i: fused[i][0]) == "b"
    _first_by_majority(rankings, fused)
    assert max(fused, key=lambda i: fused[i][0]) == "a"


def test_no_majority_changes_nothing() -> None:
    rankings = [("lexical", 1.0, ["a", "b"]), ("dense", 1.0, ["c", "b"]), ("ask", 2.0, ["d", "b"]),
                ("ask", 1.5, ["a", "b"])]
    fused = rrf(rankings)
    before = dict(fused)
    _first_by_majority(rankings, fused)
    assert fused == before
    assert MAJORITY == 0.5


def test_a_grade_question_keeps_its_grade_table() -> None:
    # the majority's clause is not among the grade tables of the kind asked: the grade ranking decides
    rankings = [("lexical", 1.0, ["score"]), ("ask", 2.0, ["score", "measure"]), ("ask", 1.5, ["score"]),
                ("grade", 1.0, ["measure"])]
    fused = rrf(rankings)
    before = dict(fused)
    _first_by_majority(rankings, fused)
    assert fused == before


MAJORITY_CASES = [
    ("tsa-cme/1", "Why did the surgical society write these continuing-education rules in the first place?"),
    ("tsa-cme/1", "what is the aim of the surgical association's credit regulation, in a sentence?"),
    ("tsa-cme/1", "外科醫學會訂這套積分辦法的用意是什麼？"),
    ("tsa-cme/1", "外科学会搞这个学分办法，目的到底是啥"),
    ("tsir-instructor/0", "what's the goal behind the IR society certifying instructors at all?"),
    ("tsir-instructor/0", "介入放射學會為什麼要搞指導老師認證？目的是？"),
    ("hpa-mammo/2.5", "below which follow-up completion percentage does the subsidy start getting cut?"),
    ("hpa-mammo/2.5", "疑似陽性追蹤完成率低於多少會開始被扣補助？"),
    ("tsa-cme/11", "Which body must approve changes to the surgical CME regulation before they take effect?"),
    ("tsa-cme/11", "外科積分辦法要修改的話，要經過誰通過才算數？"),
]


@pytest.mark.parametrize(("gold", "question"), MAJORITY_CASES)
def test_the_clause_most_signals_agree_on_is_first(retriever, gold: str, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == gold, (question, [h.clause.id for h in hits])


# ------------------------------------------------------------------ 2. the parts of a whole, a total


PARTS = [
    "臨床影像評估分為哪兩類？",
    "临床影像评估分成哪几种？",
    "判讀醫師的複判差異處置一共分成幾個等級？",
    "儀器那塊的審查標準主要分哪兩部分",
    "醫院層級的評等看哪些項目？",
    "what are the parts of the equipment review?",
    "reread discrepancy outcomes — how many tiers are there?",
    "is the clinical image evaluation divided into self-selected and sampled images?",
    "後續審查的第二大項是什麼？",
]
TOTALS = [
    "血管介入全部加起來要幾例？",
    "血管介入治疗那个领域一共要多少例？",
    "How many cases altogether for the vascular domain?",
    "腫瘤消融合計要幾例？",
    "SCI and non-SCI papers combined: what's the yearly maximum?",
]
NEITHER = [
    "申請時要附哪些文件？",
    "需要附哪些证明？",
    "How many credits does the annual meeting give?",
    "放射師一天最多拍幾案？",
    "what documents do I attach for an overseas congress?",
]


@pytest.mark.parametrize("question", PARTS)
def test_a_question_asking_the_parts_of_a_whole(question: str) -> None:
    assert asks_overview(question) == "parts", question


@pytest.mark.parametrize("question", TOTALS)
def test_a_question_asking_a_total(question: str) -> None:
    assert asks_overview(question) == "total", question


@pytest.mark.parametrize("question", NEITHER)
def test_a_question_asking_neither(question: str) -> None:
    assert asks_overview(question) is None, question


OVERVIEW_CASES = [
    ("tsir-instructor/2.4", "Vascular intervention instructor: how many cases altogether across arterial, venous and "
                            "dialysis access?"),
    ("tsir-instructor/2.4", "血管介入治疗那个领域一共要多少例？"),
    ("hpa-mammo/2.1.1.2", "判讀醫師的複判差異處置一共分成幾個等級？"),
    ("hpa-mammo/2.1.1.2", "reread discrepancy outcomes for reading physicians — how many tiers are there?"),
    ("hpa-mammo/1.3", "临床影像评估分为哪两类？"),
    ("hpa-mammo/1.3", "後續審查的臨床影像評估包含哪幾種片子？"),
    # a clause stating its own total, with no parts, stays first (its article, 第二條, states none)
    ("tsir-instructor/2.6", "腫瘤消融（RFA、微波、冷凍）合計要幾例？"),
    # a clause with parts of its own is not passed over for its article
    ("tsa-cme/5.8", "SCI and non-SCI papers combined: what's the yearly maximum?"),
]


@pytest.mark.parametrize(("gold", "question"), OVERVIEW_CASES)
def test_the_whole_is_first_for_its_parts_or_total(retriever, gold: str, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == gold, (question, [h.clause.id for h in hits])


# ------------------------------------------------------------------ 3. what follows from a passing grade


def test_a_clause_on_what_follows_from_grades_a_b_c_is_a_measure_table() -> None:
    assert grade_table(CORPUS.get("hpa-mammo/2.2.2").text) == "measure"
    assert grade_table("評等為 A 或 B 者，應於一年內完成改善") == "measure"
    assert grade_table("2、實地測試評等為A、B、C者，如有下列情況者，不得使用：") == "measure"
    assert grade_table("評等表 | A 等 | B 等 | 360 分以上 | 340-359 分") == "score"
    assert grade_table("評等為本署指定之項目") is None


PASSING_GRADE = [
    "Our unit passed every field test with an A. Could HPA still bar it from screening for some other reason?",
    "儀器實測都過了（A或B），還有哪些狀況會被禁止用在國健署的乳攝篩檢？",
    "實測評到B的乳攝儀，有沒有什麼情況下還是不准做篩檢？",
    "if the mammo unit is graded C on the on-site test, are there other conditions that stop it being used for HPA screening?",
    "实地测试拿了B等的机器，还有什么情形不能用于国健署筛检？",
]


@pytest.mark.parametrize("question", PASSING_GRADE)
def test_a_passing_grade_still_barred_meets_its_clause(retriever, question: str) -> None:
    ids = [h.clause.id for h in retriever.search(question, 3)]
    assert "hpa-mammo/2.2.2" in ids[:2], (question, ids)


# ------------------------------------------------------------------ 4. characters Simplified writes as one


def test_simplified_merged_characters_meet_the_texts_own() -> None:
    from knowledge.lexical import tokenize

    # 复判 folds to 復判 (OpenCC's phrase table), the regulation writes 複判: the same tokens either way
    assert set(tokenize("阴性复判差异")) >= {"復判", "判差"}
    assert set(tokenize("陰性複判差異")) >= {"復判", "判差"}
    assert "複判差異".translate(str.maketrans({"複": "復"})) in tokenize("复判差异")  # the domain term, merged
    assert set(tokenize("乳腺致密型")) & set(tokenize("乳腺緻密型")) >= {"致密", "密型"}
    assert set(tokenize("签名")) == set(tokenize("簽名")) == set(tokenize("籤名"))


SIMPLIFIED = [
    ("hpa-mammo/2.1.1.2.3", "阴性个案复判差异超过两成，判读医师会怎样？"),
    ("hpa-mammo/2.1.1.2.2", "疑似阳性复判差异落在五成到六成，要考跑片吗？"),
    ("hpa-mammo/1.3.1", "乳腺致密型跟非致密型的自选片各要几组？"),
    ("tsa-cme/5.7.3", "SCI论文申请学分，要注明会员号码吗？"),
    ("tsa-cme/4.5", "课程结束后签到单多久内要寄回学会？"),
    ("tsa-cme/5.8.3", "非SCI杂志的论文，抽印本上要圈杂志名称吗？"),
]


@pytest.mark.parametrize(("gold", "question"), SIMPLIFIED)
def test_simplified_questions_find_their_clause(retriever, gold: str, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == gold, (question, [h.clause.id for h in hits])


# ------------------------------------------------------------------ 5. 實測, the short form of 實地測試


@pytest.mark.parametrize(("gold", "question"), [
    ("hpa-mammo/2.2.1", "实测评等总共分成几个等级？"),
    ("hpa-mammo/2.2.1.2", "實測有一項拿D，機器還能用嗎？"),
    ("hpa-mammo/2.2.1.1", "實測每項幾分算A？"),
    ("hpa-mammo/2.2.1.2", "实测拿了C等是人为因素，负责医师要做什么？"),
    ("hpa-mammo/2.2.1.1", "機器實測的評分，多少分以上是A等？"),
])
def test_the_short_form_of_the_on_site_test(retriever, gold: str, question: str) -> None:
    from knowledge.lexical import intent_terms

    assert "實地測試" in intent_terms(question)
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == gold, (question, [h.clause.id for h in hits])
