from knowledge.chunks import build_chunks
from knowledge.lexical import SYNONYMS, LexicalIndex, expand_query, intent_terms, tokenize


def test_chinese_is_split_into_bigrams_plus_domain_terms():
    tokens = tokenize("追蹤完成率")
    assert tokens[:4] == ["追蹤", "蹤完", "完成", "成率"]
    assert "追蹤完成率" in tokens  # a listed domain term also stays whole


def test_simplified_and_traditional_give_the_same_tokens():
    assert tokenize("参加年会积分") == tokenize("參加年會積分")


def test_latin_words_are_lower_cased_without_stop_words():
    assert tokenize("How many ATLS credits?") == ["atls", "credits"]
    assert tokenize("第 5 條 60 分") == ["第", "5", "條", "60", "分"]


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
