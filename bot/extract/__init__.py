"""Question → candidate tool calls: every tool declares its vocabulary (calculators/vocab_*.py) and is read by
the generic reader (bot/reader)."""

from __future__ import annotations

import copy
import threading
from collections import OrderedDict

from bot.extract.base import Extraction, Need, Note
from bot.parsing.text import Query
from bot import reader  # the module (not its names): bot.reader imports bot.extract.base

# Equal scores keep this order (the order the extractors were tried in before the reader).
_ORDER = ["tsa_credit_tally", "tsa_renewal_check", "tsir_instructor_eligibility", "tsir_renewal_check", "hpa_qc_grade",
          "hpa_image_grade", "hpa_reread_action", "hpa_facility_volume", "hpa_radiographer_volume",
          "hpa_followup_deduction", "hpa_followup_deadline", "renewal_window"]

# One answer reads the same text several times (the router, the multi-part check, the co-calculation check): the
# last few readings are remembered by everything a reading depends on (the text, the day, a pending reply).
RECENT_READINGS = 8
_recent: OrderedDict[tuple, list[Extraction]] = OrderedDict()
_recent_lock = threading.Lock()


def query_key(q: Query) -> tuple:
    """Everything a reading of `q` depends on: its text, the day it is asked on, a pending reply and the keys asked for."""
    return (q.original, q.today, q.followup, q.expected)


def candidates(q: Query) -> list[Extraction]:
    """Every tool the question might call, best first (highest score, then most facts).

    Each call gets its own copies: callers may change a candidate's arguments."""
    key = query_key(q)
    with _recent_lock:
        found = _recent.get(key)
        if found is not None:
            _recent.move_to_end(key)
    if found is None:
        found = reader.read_all(q)
        found.sort(key=lambda e: _ORDER.index(e.tool) if e.tool in _ORDER else len(_ORDER))
        found = sorted(found, key=lambda e: (e.score, e.facts), reverse=True)
        with _recent_lock:
            _recent[key] = found
            while len(_recent) > RECENT_READINGS:
                _recent.popitem(last=False)
    return copy.deepcopy(found)


__all__ = ["Extraction", "Need", "Note", "candidates", "query_key"]
