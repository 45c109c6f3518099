"""Round 25 ranking classes, new phrasings of our own in zh-TW, zh-CN and English — never the eval sentences.

1. The mammography unit in everyday words (乳攝機, 乳攝儀, X光機, 機台, "the mammo machine") is the regulation's
   乳房 X 光攝影儀 (二(二)), not the van (乳攝車) its bigram 乳攝 meets (knowledge.lexical INTENTS / PHRASES), and a
   unit's rule is no van rule for it (knowledge.counterparts).
2. What the rules rest on (法源, 上位法規, 根據哪些規定訂的, "legal basis") is 依據 … 制訂 (tsa-cme 第二條).
3. Accrediting a course (課程認定 / 課程認證) is the surgical rules' (knowledge.lookup.DOC_HINTS).
4. Signing off a text ("who signs off on amendments") is approving it (通過), not a signature (簽名); hours turned
   into credits (一個鐘頭換幾分) are the rules' 折算.
5. A question asking the parts of a whole met first by one part that has items of its own: the enclosing clause it
   names goes first (knowledge.siblings.prefer_heading_for_parts).

The retrieval tests use the real corpus and the real index (the session's `retriever` fixture)."""

from __future__ import annotations

import pytest

from knowledge.corpus import load_corpus
from knowledge.counterparts import drop_unasked_setting
from knowledge.lexical import expand_query, intent_terms
from knowledge.lookup import doc_hints
from knowledge.shapes import asks_overview
from knowledge.siblings import prefer_heading_for_parts


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


# ------------------------------------------------------------------ 1. the mammography unit

@pytest.mark.parametrize(("question", "expected"), [
    ("乳攝儀的年度品保要交什麼？", True),
    ("那台機器本身有什麼標準", True),
    ("我們的X光機用了很久", True),
    ("机台的部分怎么审？", True),
    ("乳攝機構的負責醫師要做什麼？", False),  # a facility, not a machine
    ("乳攝車一天可以拍幾案？", False),
])
def test_the_unit_in_everyday_words(question: str, expected: bool) -> None:
    assert ("攝影儀" in intent_terms(question)) is expected


@pytest.mark.parametrize("question", [
    "Does the mammography machine have its own standards?",
    "what does the review check on the mammo machine?",
])
def test_the_unit_in_english(question: str) -> None:
    assert "攝影儀" in expand_query(question)


def test_a_unit_question_is_no_van_question(corpus) -> None:
    ranked = ["hpa-mammo/2.2", "hpa-mammo/2.4", "hpa-mammo/2.1.3"]
    assert drop_unasked_setting("乳攝機這塊審查什麼？", ranked, corpus) == ranked


@pytest.mark.parametrize("question", [
    "乳攝儀那一部分的後續審查標準是什麼？",
    "乳腺X光机本身的审查标准是什么？",
    "What standards does the mammography unit itself have to meet in the follow-up review?",
])
def test_the_unit_section_comes_first(retriever, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == "hpa-mammo/2.2", (question, [h.clause.id for h in hits])


# ------------------------------------------------------------------ 2. what the rules rest on

@pytest.mark.parametrize(("question", "expected"), [
    ("外科積分辦法的法源是什麼？", True),
    ("这套外科学分规定是依据什么法规订定的？", True),
    ("外科的辦法上位法規是哪個", True),
    ("外科積分要根據什麼證明申請？", False),  # what is attached, not what the rules rest on
])
def test_the_legal_basis_family(question: str, expected: bool) -> None:
    assert ("依據" in intent_terms(question)) is expected


@pytest.mark.parametrize("question", [
    "外科積分辦法的法源是什麼？",
    "这套外科学分规定是依据什么法规订定的？",
    "What is the legal basis of the surgical CME rules?",
])
def test_the_article_naming_the_basis_comes_first(retriever, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == "tsa-cme/2", (question, [h.clause.id for h in hits])


# ------------------------------------------------------------------ 3. accrediting a course

@pytest.mark.parametrize("question", ["辦研討會要申請課程認定，收費多少？", "认证课程的申请表要填什么？"])
def test_course_accreditation_names_the_surgical_rules(question: str) -> None:
    assert doc_hints(question) == ["tsa-cme"]


def test_the_instructor_certificate_is_no_course(question: str = "介入指導老師認證要多少錢？") -> None:
    assert doc_hints(question) == ["tsir-instructor"]


# ------------------------------------------------------------------ 4. signing off, hours into credits

@pytest.mark.parametrize("question", ["Who signs off on changes to these rules?", "does the board sign-off amendments?"])
def test_signing_off_is_approving(question: str) -> None:
    terms = expand_query(question)
    assert "通過" in terms and "簽名" not in terms


def test_a_signature_stays_a_signature() -> None:
    assert "簽名" in expand_query("Does the chief of surgery have to sign the application?")


@pytest.mark.parametrize(("question", "expected"), [
    ("一個鐘頭換幾分？", True),
    ("每小時折幾分積分", True),
    ("按時數計的課怎麼給分", True),
    ("兩小時以內的研討會幾分？", False),
])
def test_hours_into_credits(question: str, expected: bool) -> None:
    assert ("折算" in intent_terms(question)) is expected


# ------------------------------------------------------------------ 5. the whole a part's question names

@pytest.mark.parametrize("question", ["醫療機構那部分看的是哪幾項？", "醫療機構這段審的是哪些項目", "医疗机构那块审查包括哪几项？"])
def test_the_named_heading_over_its_part(corpus, question: str) -> None:
    ranked = [("hpa-mammo/2.3.2", 1.0), ("hpa-mammo/2.3.1", 0.99), ("hpa-mammo/2.3", 0.97)]
    assert asks_overview(question) == "parts"
    assert prefer_heading_for_parts(question, ranked, corpus)[0][0] == "hpa-mammo/2.3"


@pytest.mark.parametrize("question", [
    "醫療機構的輔導措施有哪幾項？",  # the part is named itself
    "醫療機構的輔導措施是什麼？",  # no parts asked
])
def test_a_named_part_stays(corpus, question: str) -> None:
    ranked = [("hpa-mammo/2.3.2", 1.0), ("hpa-mammo/2.3.1", 0.99), ("hpa-mammo/2.3", 0.97)]
    assert prefer_heading_for_parts(question, ranked, corpus) == ranked


@pytest.mark.parametrize("question", ["醫療機構這一段評的是哪幾項？", "医疗机构这部分评的是哪些项目？"])
def test_the_facility_section_comes_first(retriever, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == "hpa-mammo/2.3", (question, [h.clause.id for h in hits])
