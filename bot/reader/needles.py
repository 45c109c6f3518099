"""Words a pattern cannot match without: a cheap test that spares most searches of a vocabulary's word groups.

A vocabulary pattern is a long alternation searched case-insensitively; Python's `re` finds no prefix to skip ahead with
(its branches start with cased letters or lookbehinds), so it tries every branch at every position of the question — on a
long English question ~0.1 ms a pattern, a few dozen patterns a question, nearly all absent. `needles(pattern)` reads,
from the parsed pattern, a set of literal strings one of which every match contains; `may_occur` says False only when
none of them is in the text, so the search it spares could not have matched. (Checked against the full search on every
development question × every vocabulary pattern: tests/bot/test_reader_needles28.py.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # noqa: PLC2701 - the parser's own op codes: what `re` compiles patterns from
from re import _parser as sre_parse  # noqa: PLC2701

Needles = frozenset[str]


def _literal(ch: str) -> bool:
    """A character matched as itself (lower-cased) under IGNORECASE: ASCII, or without case (Han, digits, punctuation)."""
    return ch.isascii() or ch.lower() == ch.upper()


def _of_sequence(items: list[tuple[object, object]]) -> Needles | None:
    """Needles of a sequence: its longest-promising requirement among its runs of literal characters (each is in every
    match) and the needles of its required parts; None when nothing in it is required."""
    found: list[Needles] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            found.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL and _literal(chr(av)):  # type: ignore[arg-type]
            run.append(chr(av))  # type: ignore[arg-type]
            continue
        close_run()
        inner = _of_item(op, av)
        if inner is not None:
            found.append(inner)
    close_run()
    return max(found, key=lambda s: (min(map(len, s)), -len(s))) if found else None


def _of_item(op: object, av: object) -> Needles | None:
    """Needles of one parsed item: a group's, every branch's together, a part repeated at least once; None otherwise
    (a class, an optional part, a lookaround: nothing required of the text)."""
    if op is sre.SUBPATTERN:
        return _of_sequence(av[-1])  # type: ignore[index]
    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            got = _of_sequence(branch)
            if got is None:
                return None
            out |= got
        return frozenset(out)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:  # type: ignore[index]
        return _of_sequence(av[2])  # type: ignore[index]
    return None


@lru_cache(maxsize=None)  # one per vocabulary pattern
def needles(pattern: str) -> Needles | None:
    """Lower-cased strings one of which every case-insensitive match of `pattern` contains; None when the pattern
    requires none (or does not parse)."""
    try:
        return _of_sequence(sre_parse.parse(pattern, re.IGNORECASE))
    except (re.error, RecursionError):
        return None


@lru_cache(maxsize=None)
def _needle_pattern(found: Needles) -> re.Pattern[str]:
    """One case-sensitive alternation of the needles (searched in the lower-cased text): one C call, not one per needle."""
    return re.compile("|".join(re.escape(n) for n in sorted(found)))


@lru_cache(maxsize=256)
def _lowered(text: str) -> str | None:
    """The text lower-cased, where that is how IGNORECASE compares it: every cased character ASCII (else None — a
    full-width or accented letter folds in ways `str.lower` does not follow)."""
    return text.lower() if all(_literal(ch) for ch in text) else None


@lru_cache(maxsize=8192)
def may_occur(pattern: str, text: str) -> bool:
    """False only when a case-insensitive search of `pattern` in `text` cannot match (no needle of it in the text).
    Remembered (a pure function of the two strings): one answer asks it of the same choice's words and the same clause
    again and again — every enum field of every piece, each item slot of every vocabulary the reader tries (~375 calls
    per rules answer, most of them repeats)."""
    found = needles(pattern)
    if not found:
        return True
    low = _lowered(text)
    return low is None or _needle_pattern(found).search(low) is not None
