from knowledge.chunks import build_chunks, chunk_text, context_line, relative_label
from knowledge.corpus import load_corpus


def test_chunk_carries_title_parent_heading_and_clause_text():
    corpus = load_corpus()
    clause = corpus.get("tsa-cme/5.12")
    assert context_line(corpus, clause).startswith("台灣外科醫學會繼續教育積分認定辦法 第五條 繼續教育積分之認定 > 第十二款")
    assert chunk_text(corpus, clause).endswith(clause.text.strip())


def test_hpa_labels_are_relative_to_the_parent():
    corpus = load_corpus()
    clause = corpus.get("hpa-mammo/2.1.2.3.2")
    assert relative_label(clause, corpus.get(clause.parent)) == "乙"
    assert " > 乙 " in context_line(corpus, clause)


def test_one_chunk_per_clause_and_no_child_text_in_the_parent():
    corpus = load_corpus()
    chunks = build_chunks(corpus)
    assert [c.id for c in chunks] == [c.id for c in corpus.clauses]
    parent = next(c for c in chunks if c.id == "hpa-mammo/2.5")
    assert corpus.get("hpa-mammo/2.5.4").text not in parent.text
