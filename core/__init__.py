"""The bottom layer every other package may use: settings and errors (imports nothing of regbot's).

Importing it also widens the `re` module's cache of compiled patterns (`widen_regex_cache`), once per process."""

import re

# How many compiled patterns `re.search(pattern_string, …)` and its kin keep (the standard library keeps 512).
REGEX_CACHE = 4096


def widen_regex_cache(size: int = REGEX_CACHE) -> None:
    """Let `re` keep `size` compiled patterns instead of its default 512.

    The readers hand many patterns to `re` as strings (the scope check's FOREIGN_TARGETS, the vocabularies' words,
    patterns built from a clause's or a question's words). `re`'s cache drops its oldest entry when full — oldest by
    first compile, not by last use — so each answer's new patterns pushed out the hot ones, which were compiled again a
    few answers later: round 59, every 20th own-eval case, the second half of the run compiled 372 patterns in 367
    cases, 209 of them a second time (FOREIGN_TARGETS alone 69 times in 734 cases at every 10th). With 4096 none was
    compiled twice, at the same peak RSS (391 vs 392 MB). A pattern compiled again matches as before, so no reading
    changes. It only ever widens (a process that set more keeps it); a Python without this cache is left as it is."""
    if isinstance(getattr(re, "_MAXCACHE", None), int) and re._MAXCACHE < size:
        re._MAXCACHE = size


widen_regex_cache()
