"""Question → candidate tool calls, one module per regulation (vocabulary tables live in each)."""

from __future__ import annotations

from bot.extract import hpa, tsa, tsir, window
from bot.extract.base import Extraction, Need, Note
from bot.parsing.text import Query

EXTRACTORS = [*tsa.EXTRACTORS, *tsir.EXTRACTORS, *hpa.EXTRACTORS, *window.EXTRACTORS]


def candidates(q: Query) -> list[Extraction]:
    """Every tool the question might call, best first (highest score, then most facts)."""
    found = [e for f in EXTRACTORS if (e := f(q)) is not None]
    return sorted(found, key=lambda e: (e.score, e.facts), reverse=True)


__all__ = ["Extraction", "Need", "Note", "candidates"]
