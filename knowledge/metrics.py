"""Retrieval metrics, pure functions shared by the benchmark and the eval runner.

A case is a hit at k when ANY of its gold clause ids is among the first k results.
Ids compare exactly: a gold parent (hpa-mammo/2.5) is found only by the parent
itself, never by one of its children (hpa-mammo/2.5.4), and vice versa.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def first_hit_rank(ranked: Sequence[str], gold: Iterable[str]) -> int | None:
    """1-based rank of the first gold id in `ranked`, None if no gold id is there."""
    wanted = set(gold)
    return next((i for i, clause_id in enumerate(ranked, start=1) if clause_id in wanted), None)


def recall_at_k(ranked: Sequence[str], gold: Iterable[str], k: int) -> float:
    """1.0 if any gold id is in the first `k` of `ranked`, else 0.0 (one case)."""
    rank = first_hit_rank(ranked, gold)
    return 1.0 if rank is not None and rank <= k else 0.0


def mrr(ranked: Sequence[str], gold: Iterable[str]) -> float:
    """Reciprocal rank of the first gold id (one case; the mean over cases is the MRR), 0.0 if none."""
    rank = first_hit_rank(ranked, gold)
    return 1.0 / rank if rank else 0.0


def summarize(rankings: Sequence[Sequence[str]], golds: Sequence[Iterable[str]],
              ks: Sequence[int] = (1, 3, 5)) -> dict[str, float]:
    """Mean recall@k for each k and MRR over cases: {"cases", "recall@1", …, "mrr"}."""
    if len(rankings) != len(golds):
        raise ValueError(f"{len(rankings)} rankings for {len(golds)} gold sets")
    golds = [list(g) for g in golds]
    n = len(rankings)
    out: dict[str, float] = {"cases": float(n)}
    for k in ks:
        out[f"recall@{k}"] = sum(recall_at_k(r, g, k) for r, g in zip(rankings, golds)) / n if n else 0.0
    out["mrr"] = sum(mrr(r, g) for r, g in zip(rankings, golds)) / n if n else 0.0
    return out
