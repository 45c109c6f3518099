"""Round 13 ranking classes (issue 10), new phrasings of our own in zh-TW, zh-CN and English — never the eval sentences:

1. "which section / part covers …" (not "which article / 第幾條") names the clause whose topic it is at its own level,
   lifted only to an enclosing *article* (第四條 for its 款): the mammography rules have no articles, and their numbered
   parts are what the question names (一(二)2, not 一(二));
2. a question asking what a term means ("「乳攝車」是指什麼", "本會指的是", "what does 'mobile van' mean") gets the clause
   that defines it ("(以下簡稱乳攝車)", "本辦法所稱繼續教育積分"), not the clauses that use it (knowledge.definitions).

The retrieval tests use the real corpus and the real index (the session's `retriever` fixture)."""

from __future__ import annotations

import pytest

from knowledge.corpus import load_corpus
from knowledge.definitions import prefer_definer

CORPUS = load_corpus()


# ------------------------------------------------------------------ 1. which section, at its own level

SECTION_CASES = [
    # Two English phrasings the merged ranking still misses (the lead's merge run, 2026-12-01): the section step is right,
    # the fused ranking underneath is not — 一(二) outranks 一(二)1 for "on-site testing", and the annual limit's item
    # outranks the enclosing 放射師乳房 X 光攝影量 for "volume limits" (plural: the whole). Known gaps, kept visible.
    # (一(二)1 now comes first: round 24 reads an English question's item label through its Chinese terms, "on-site
    # testing" → 實地測試, knowledge.siblings.lower_to_named_child)
    ("hpa-mammo/1.2.1", "which section of the follow-up review covers the on-site testing of the mammography unit?"),
    pytest.param("hpa-mammo/2.1.2.3", "Which part of the review standards sets the radiographers' screening volume limits?",
                 marks=pytest.mark.xfail(strict=True, reason="English: a plural 'limits' does not lift the item to its parent")),
    ("hpa-mammo/2.2.1", "乳攝儀實地測試的評等跟輔導措施寫在哪一節？"),
    ("hpa-mammo/2.5", "追蹤完成率扣補助的規定在哪一節"),
    ("hpa-mammo/2.4", "乳攝巡回车的规定是在哪一节？"),
]


@pytest.mark.parametrize(("gold", "question"), SECTION_CASES)
def test_which_section_names_the_clause_at_its_own_level(retriever, gold: str, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == gold, (question, [h.clause.id for h in hits])


ARTICLE_CASES = [
    ("tsa-cme/4", "外科積分辦法裡，主辦單位申請認定的規定是第幾條？"),
    ("tsa-cme/4", "which article of the surgical CME rules covers applying to have a course recognised?"),
    ("tsir-instructor/8", "介入学会指导老师的申请程序写在哪一条？"),
]


@pytest.mark.parametrize(("gold", "question"), ARTICLE_CASES)
def test_which_article_still_names_the_article(retriever, gold: str, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == gold, (question, [h.clause.id for h in hits])


# ------------------------------------------------------------------ 2. the clause that defines a term

RANKED = ["hpa-mammo/2.4.1", "hpa-mammo/2.4.2", "tsa-cme/5.12", "hpa-mammo/2.4", "tsa-cme/1", "tsa-cme/3"]


@pytest.mark.parametrize(("gold", "question"), [
    ("hpa-mammo/2.4", "規定裡的「乳攝車」到底是指什麼車？"),
    ("hpa-mammo/2.4", "乳攝車指的是哪一種？"),
    ("hpa-mammo/2.4", "审查文件里的「乳摄车」是什么意思"),
    ("hpa-mammo/2.4", "what does 'mobile van' mean in the mammography rules?"),
    ("tsa-cme/1", "辦法裡的「本會」是指哪個學會？"),
    ("tsa-cme/3", "所謂繼續教育積分的定義是？就是繼續教育積分的意思"),
])
def test_the_defining_clause_goes_first(gold: str, question: str) -> None:
    assert prefer_definer(question, RANKED, CORPUS)[0] == gold, question


@pytest.mark.parametrize("question", [
    "乳攝車一天最多拍幾案？",
    "本會年會一次給幾分",
    "what is the daily cap for a mobile van?",
    "繼續教育積分不夠會怎樣",
])
def test_a_question_not_asking_a_meaning_keeps_the_order(question: str) -> None:
    assert prefer_definer(question, RANKED, CORPUS) == RANKED, question


@pytest.mark.parametrize(("gold", "question"), [
    ("hpa-mammo/2.4", "公文上寫的「乳攝車」是指什麼？"),
    ("hpa-mammo/2.4", "乳摄车指的是什么车？"),
])
def test_the_defining_clause_is_retrieved_first(retriever, gold: str, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == gold, (question, [h.clause.id for h in hits])


# ------------------------------------------------------------------ 3. what the question sets aside

from knowledge.siblings import pass_over_set_aside, set_aside  # noqa: E402


@pytest.mark.parametrize(("ranked", "gold", "question"), [
    (["tsa-cme/5.7.1", "tsa-cme/5.7.2", "tsa-cme/5.8.1"], "tsa-cme/5.7.2", "SCI論文申請，除了附期刊名列SCI的證明以外，還要附什麼？"),
    (["tsa-cme/5.7.1", "tsa-cme/5.7.2", "tsa-cme/5.8.1"], "tsa-cme/5.7.2", "SCI论文除了杂志是SCI的证明，文章本身还要交啥"),
    (["tsa-cme/5.8.1", "tsa-cme/5.7.2", "tsa-cme/5.8.3"], "tsa-cme/5.8.3", "non-SCI article: besides the offprint copy, what else is needed?"),
    (["tsa-cme/5.6.1", "tsa-cme/5.6.2", "tsa-cme/5.6.3"], "tsa-cme/5.6.3", "發表積分申請，議程封面我已經印好了，還缺什麼？"),
    (["tsa-cme/5.6.1", "tsa-cme/5.6.3", "tsa-cme/5.6.2"], "tsa-cme/5.6.3", "I've already attached the programme cover — what other copy do I add for my talk?"),
])
def test_the_item_holding_what_is_set_aside_gives_way(ranked: list[str], gold: str, question: str) -> None:
    assert set_aside(question), question
    assert pass_over_set_aside(question, ranked, CORPUS)[0] == gold, question


@pytest.mark.parametrize("question", [
    "SCI論文申請要附哪些證明？",
    "what do I attach for a non-SCI paper?",
    "除非是本會的年會，不然外面的會議一年最多幾分？",
])
def test_nothing_set_aside_keeps_the_order(question: str) -> None:
    ranked = ["tsa-cme/5.7.1", "tsa-cme/5.7.2", "tsa-cme/5.8.1"]
    assert pass_over_set_aside(question, ranked, CORPUS) == ranked, question


@pytest.mark.parametrize(("ranked", "question"), [
    (["hpa-mammo/2.1.2.2.2", "hpa-mammo/2.1.2.2.1"], "放射師評到C等，除了品管討論會之外還要上什麼訓練？"),
    (["hpa-mammo/2.1.1.2.2", "hpa-mammo/2.1.1.2.3"], "陰性複判差異17%，除了座談會以外還要考試嗎"),
    (["hpa-mammo/2.1.1.2.2", "hpa-mammo/2.1.1.2.3"], "positive discrepancy 55%: besides the reading seminar, is there an exam?"),
])
def test_a_row_chosen_by_the_questions_grade_or_band_stays(ranked: list[str], question: str) -> None:
    assert pass_over_set_aside(question, ranked, CORPUS) == ranked, question
