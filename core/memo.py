"""Pure functions of a question's text remembered within one answer, forgotten when the next answer begins.

One answer reads its question through many steps, and several of them ask the same pure function the same thing:
the kind of answer a piece asks, the question's pieces, its dates, whether a figure is a bound. `per_answer`
remembers those results (an `lru_cache`). `Engine.answer` calls `forget_answer` as it starts, so a result is only
ever served to the answer that computed it. Nothing carries over from one question to the next, and no round of
`regbot bench` is served from an earlier round (docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_caches: list[Any] = []


def per_answer(maxsize: int = 256) -> Callable[[F], F]:
    """Decorator: remember the function's results (hashable arguments) until `forget_answer`."""

    def wrap(fn: F) -> F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _caches.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


def forget_answer() -> None:
    """Forget every result `per_answer` remembers (a new answer begins)."""
    for cached in _caches:
        cached.cache_clear()


__all__ = ["forget_answer", "per_answer"]
