"""English typing slips mended before a question is read: "fellowhsip", "registerd", "renewl", "certficate".

People type on phones in Slack; a slip in the one word that names an activity ("a 6-month fellowhsip abroad") left the
whole figure unread. A lower-case word of five letters or more that is neither an English word (wordfreq's large
list, 321 k words) nor one of the project's own terms (`english_terms.txt`: the vocabulary's words no dictionary has,
"birads", "tace") is replaced by the one word one edit away that is common (Zipf ≥ `CANDIDATE_ZIPF`) or one of the
project's own words in the dictionary ("symposium", "discrepancy") — a letter dropped,
added, changed or two swapped (Norvig's edit-1 candidates). Among several, a candidate with the letter put back is
preferred (a dropped letter is the commonest slip: "renewl" → renewal, not renew; "radiographr" → radiographer, not
radiography), then one of the same length, then the more frequent; two candidates still close in frequency leave the
word as typed. Capitalised words and acronyms are names, never mended.
"""

from __future__ import annotations

import gzip
import importlib.util
import re
from functools import lru_cache
from pathlib import Path

import msgpack

# A mended word is a common one or the project's own: a rare neighbour, often a name ("ramos" for "mamos"), is no better
# a guess than the slip.
CANDIDATE_ZIPF = 3.5
# … the project's own words down to this frequency ("fellowship", "symposium", "radiographer")
TERM_ZIPF = 1.5
# Two candidates of the same length class closer than this in Zipf frequency: no single reading, the word is left.
CLEAR_MARGIN = 0.3
MIN_LENGTH = 5
TERMS_FILE = Path(__file__).with_name("english_terms.txt")

_WORD = re.compile(r"(?<![A-Za-z0-9_'-])[a-z]{5,}(?![A-Za-z0-9_'-])")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=1)
def _zipf() -> dict[str, float]:
    """wordfreq's large English list as {word: Zipf frequency}, read from its cBpack file (a gzipped msgpack of a
    header, then one word list per centibel: the i-th at Zipf 9 − i/100) without importing wordfreq (slow)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("wordfreq is not installed (a dependency of regbot: pip install wordfreq)")
    path = Path(spec.submodule_search_locations[0]) / "data" / "large_en.msgpack.gz"
    with gzip.open(path, "rb") as fh:
        header, *buckets = msgpack.unpack(fh, raw=False)
    if header.get("format") != "cB":
        raise ValueError(f"{path}: not a wordfreq cBpack list")
    out: dict[str, float] = {}
    for i, bucket in enumerate(buckets):
        for word in bucket:
            out.setdefault(word, 9 - i / 100)
    return out


def english_zipf() -> dict[str, float]:
    """wordfreq's large English list as {word: Zipf frequency} (read once; see `_zipf`)."""
    return _zipf()


@lru_cache(maxsize=1)
def project_terms() -> frozenset[str]:
    """The English words of the project's vocabulary, cue lists and corpus (one per line; # comments)."""
    lines = TERMS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def _edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1} \
        | {a + c + b[1:] for a, b in splits if b for c in _LETTERS} | {a + c + b for a, b in splits for c in _LETTERS}


@lru_cache(maxsize=4096)
def mended(word: str) -> str | None:
    """The word a lower-case slip stands for, or None (a known word, a term, or no single clear candidate)."""
    zipf = _zipf()
    if len(word) < MIN_LENGTH or word in zipf or word in project_terms():
        return None
    terms = project_terms()
    found = [(min(len(e) - len(word), 0) + 1 + (len(e) > len(word)), zipf[e], e) for e in _edits1(word)
             if zipf.get(e, 0.0) >= CANDIDATE_ZIPF or (e in terms and zipf.get(e, 0.0) >= TERM_ZIPF)]
    if not found:
        return None
    found.sort(reverse=True)
    if len(found) > 1 and found[1][0] == found[0][0] and found[0][1] - found[1][1] < CLEAR_MARGIN:
        return None
    return found[0][2]


def slips(text: str) -> list[tuple[str, str]]:
    """The (as typed, mended) pairs of `text`, in order."""
    return [(m.group(0), fix) for m in _WORD.finditer(text) if (fix := mended(m.group(0))) is not None]


@lru_cache(maxsize=1024)
def mend_slips(text: str) -> str:
    """`text` with each lower-case English slip replaced by the word it stands for (`mended`)."""
    if not _WORD.search(text):
        return text
    return _WORD.sub(lambda m: mended(m.group(0)) or m.group(0), text)
