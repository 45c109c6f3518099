import pytest

from knowledge.chunks import Chunk, build_chunks
from knowledge.lexical import SYNONYMS, LexicalIndex, expand_query, intent_terms, tokenize


def test_chinese_is_split_into_bigrams_plus_domain_terms():
    tokens = tokenize("追蹤完成率")
    assert tokens[:4] == ["追蹤", "蹤完", "完成", "成率"]
    assert "追蹤完成率" in tokens  # a listed domain term also stays whole


def test_simplified_and_traditional_give_the_same_tokens():
    assert tokenize("参加年会积分") == tokenize("參加年會積分")


def test_latin_words_are_lower_cased_without_stop_words():
    assert tokenize("How many ATLS credits?") == ["atls", "credits"]
    assert tokenize("第 5 條 60 分", marks=False) == ["第", "5", "條", "60", "分"]


def test_a_number_keeps_its_unit_and_a_negated_term_its_negation():
    assert {"5條", "60分", "15%"} <= set(tokenize("第 5 條 60 分，差異 15％"))  # full-width % folded first
    assert "30天" in tokenize("開辦前「30天」來函")
    assert "非sci" in tokenize("發表非 SCI 論文") and "非sci" in tokenize("a non-SCI paper")
    assert not any(t.startswith("非") for t in tokenize("nonsense about SCI"))


def test_the_unit_decides_between_two_clauses_with_the_same_number():
    # The shorter clause would win on the bare number "30"; the unit decides.
    index = LexicalIndex([Chunk(id="a/2", doc="a", label="二", text="積分不得超過 30 分"),
                          Chunk(id="a/1", doc="a", label="一", text="非本會舉辦之課程須於開辦前 30 天來函申請認定")])
    assert index.rank("30 天")[0][0] == "a/1"
    assert index.rank("30 分")[0][0] == "a/2"


def test_non_sci_meets_the_clauses_on_non_sci_papers(retriever):
    top = [clause_id for clause_id, _ in retriever.lexical.rank("論文登在非 SCI 的期刊，通訊作者有幾分？", 2)]
    assert set(top) == {"tsa-cme/5.8", "tsir-instructor/5.2"}  # not the SCI clauses 5.7 / 5.1
    assert retriever.lexical.rank("論文登在 SCI 期刊，通訊作者有幾分？", 1)[0][0] == "tsa-cme/5.7"


def test_english_words_bring_their_chinese_terms():
    assert expand_query("annual meeting credits") == ["積分", "年會"]  # in table order
    assert "扣款" in expand_query("What is the deduction?")
    assert "d 等" in expand_query("graded D")
    assert expand_query("年會積分") == []  # only English questions are expanded
    assert all(terms and all(t.strip() for t in terms) for terms in SYNONYMS.values())


def test_asking_what_happens_looks_for_the_measures():
    assert intent_terms("筛检量超过合理量 10% 以上会怎样？") == ["輔導措施"]  # folded to Traditional first
    assert intent_terms("評為 B 等的放射師要參加什麼？") == ["輔導措施"]
    assert intent_terms("追蹤完成率怎麼算？") == []


def test_bm25_ranks_the_clause_that_shares_the_rare_terms(tiny_corpus):
    index = LexicalIndex(build_chunks(tiny_corpus))
    assert index.rank("年會積分多少")[0][0] == "tsa-cme/5.1"
    assert index.rank("扣款標準")[0][0] == "hpa-mammo/2.5"
    assert index.rank("ablation cases")[0][0] == "tsir-instructor/2.6"  # 消融 via the synonym table
    assert index.rank("年會", doc="hpa-mammo") == []  # restricted to one document
    assert index.rank("qwertyuiop") == []


def test_a_phrase_is_read_before_the_words_it_contains():
    # "follow-up review" is the whole 後續審查, not the 追蹤 of a follow-up completion rate
    terms = expand_query("Which parts of the follow-up review look at personnel?")
    assert "後續審查" in terms and "工作人員" in terms and "追蹤" not in terms
    assert {"追蹤", "追蹤完成率"} <= set(expand_query("our follow-up completion rate"))
    assert "實地測試" in expand_query("what does the on-site test measure")
    assert "會員號碼" in expand_query("do I write my membership number on it?")


@pytest.mark.parametrize(("question", "clause"), [
    # vocabulary families (issue 10): the review's parts, who decides, what is filed; new wording
    ("During the follow-up review, what gets checked about personnel?", "hpa-mammo/1.1.1"),
    ("What does HPA check in the follow-up audit of the staff?", "hpa-mammo/1.1.1"),
    ("Which committee of the surgical society recognises CME activities?", "tsa-cme/4.1"),
    ("Where is the written part of the equipment review described?", "hpa-mammo/1.2.2"),
    ("For a non-SCI article, what must I circle on the copy I send?", "tsa-cme/5.8.3"),
])
def test_english_vocabulary_families_find_the_clause_first(retriever, question, clause):
    assert retriever.search(question, 3)[0].clause.id == clause


def test_grade_letters_and_chinese_short_forms():
    assert [t for t in tokenize("評到 C 等要上課嗎") if t.startswith("等")][:1] == ["等c"]
    assert "等b" in tokenize("幾分才算B？")
    assert {"等b", "等c"} <= set(tokenize("任一項 B、C 等"))
    assert "代為簽名" in intent_terms("請同事代簽可以嗎")
    assert "申請辦法" in intent_terms("要怎麼申請？")
    assert "國外" in intent_terms("去美國開會")


@pytest.mark.parametrize(("question", "prefix"), [
    ("簽到的時候請同事代簽，會有什麼後果？", "tsa-cme/8"),  # 代簽 = 代為簽名
    ("指導老師要怎麼申請？", "tsir-instructor/8"),  # how to apply → 申請辦法
    ("How do I apply for the instructor certificate?", "tsir-instructor/8"),
    ("品管實地測試幾分算A等？", "hpa-mammo/2.2.1.1"),  # the grade table, not its note
])
def test_short_forms_how_to_apply_and_grades_find_the_clause_first(retriever, question, prefix):
    top = retriever.search(question, 3)[0].clause.id
    assert top == prefix or (top.startswith(prefix + ".") and ".n" not in top), top


def test_wanting_to_become_and_how_to_apply_keeps_both_readings_on_top(retriever):
    """"想當指導老師，要怎麼申請？" asks both who may apply (第一條) and how (第八條): both lead, either first."""
    top = [h.clause.id for h in retriever.search("想當介入放射指導老師，要怎麼申請？", 3)][:2]
    assert set(top) == {"tsir-instructor/1", "tsir-instructor/8"}, top
