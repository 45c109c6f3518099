"""The step every question-specific re-ranker ends with: one hit, found a little below the best, moved first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def moved_first(ranked: list[T], n: int) -> list[T]:
    """`ranked` with its `n`-th entry moved to the front, the others in their order."""
    return [ranked[n], *ranked[:n], *ranked[n + 1:]]


def sole_holder_first(ranked: list[str], depth: int, holds: Callable[[str], bool]) -> list[str]:
    """`ranked` (clause ids, best first) with the one hit among the next `depth` for which `holds` is true moved first,
    when the best does not hold and exactly one of those does; unchanged otherwise (two holders: no reason to pick)."""
    if len(ranked) < 2 or holds(ranked[0]):
        return ranked
    holders = [n for n, clause_id in enumerate(ranked[1:1 + depth], start=1) if holds(clause_id)]
    return moved_first(ranked, holders[0]) if len(holders) == 1 else ranked
