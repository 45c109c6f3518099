"""A local index ranks its entries from its vectors held in memory: the same nearest entries as the Chroma query it
replaces (real chromadb on disk, the real encoder), read once."""

from __future__ import annotations

from knowledge.textnorm import fold

QUESTIONS = ["乳攝車每名放射師一天最多可以拍幾案？", "How many credits is an international congress worth?",
             "指导老师证书遗失补发要多少钱", "國內進修要在哪裡才算分？"]


def test_held_vectors_rank_as_chroma_does(retriever) -> None:
    held = retriever._vectors()
    assert held is not None  # a local index
    ids, matrix = held
    assert len(ids) == matrix.shape[0] == retriever.collection.count()
    for question in QUESTIONS:
        vector = retriever._embed(fold(question))
        from_memory = retriever._entries([vector])[0]
        chroma = retriever.collection.query(query_embeddings=[vector], n_results=10, include=[])["ids"][0]
        assert len(from_memory) == len(ids)
        assert from_memory[:5] == chroma[:5], question
    assert retriever._vectors() is held  # read once


def test_a_retriever_without_readable_vectors_asks_chroma(retriever, monkeypatch) -> None:
    monkeypatch.setattr(retriever, "_held", False)  # as for a server index: nothing held
    vector = retriever._embed(fold(QUESTIONS[0]))
    assert retriever._entries([vector])[0][:3] == \
        retriever.collection.query(query_embeddings=[vector], n_results=3, include=[])["ids"][0]


def test_a_server_index_is_not_held(retriever, monkeypatch) -> None:
    # another process may rebuild a server's collection: its vectors are never cached
    monkeypatch.setattr(retriever, "_server", True)
    monkeypatch.setattr(retriever, "_held", None)
    assert retriever._vectors() is None
