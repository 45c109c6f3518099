"""Question → candidate tool calls: every tool declares its vocabulary (calculators/vocab_*.py) and is read by
the generic reader (bot/reader)."""

from __future__ import annotations

from bot.extract.base import Extraction, Need, Note
from bot.parsing.text import Query
from bot import reader  # the module (not its names): bot.reader imports bot.extract.base

# Equal scores keep this order (the order the extractors were tried in before the reader).
_ORDER = ["tsa_credit_tally", "tsa_renewal_check", "tsir_instructor_eligibility", "tsir_renewal_check", "hpa_qc_grade",
          "hpa_image_grade", "hpa_reread_action", "hpa_facility_volume", "hpa_radiographer_volume",
          "hpa_followup_deduction", "hpa_followup_deadline", "renewal_window"]


def candidates(q: Query) -> list[Extraction]:
    """Every tool the question might call, best first (highest score, then most facts)."""
    found = reader.read_all(q)
    found.sort(key=lambda e: _ORDER.index(e.tool) if e.tool in _ORDER else len(_ORDER))
    return sorted(found, key=lambda e: (e.score, e.facts), reverse=True)


__all__ = ["Extraction", "Need", "Note", "candidates"]
