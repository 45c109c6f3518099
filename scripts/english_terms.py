"""Write core/english_terms.txt: the project's own English words (those of wordfreq's large list and those it lacks).

Taken from the calculators' vocabulary and lexicon, the corpus (titles, gists) and the reader's cue lists in the
source, so `core.spelling` never "mends" a term the bot reads ("birads", "tace", "symposi…"). Run after adding
English cue words; tests/core/test_spelling.py fails while the file is out of date.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.spelling import MIN_LENGTH, TERMS_FILE  # noqa: E402

SOURCES = ("bot", "calculators", "knowledge")
# A backslash escape in a regex or string ("\\bdeadline", "\\n"): its letter is no part of the word after it.
ESCAPE = re.compile(r"\\[A-Za-z]")
HEADER = "# The project's own English words, MIN_LENGTH letters or more (scripts/english_terms.py writes this file).\n"


def terms() -> list[str]:
    """The sorted lower-case words of the project's sources and data, MIN_LENGTH letters or more."""
    words: set[str] = set()
    for top in SOURCES:
        for path in sorted((ROOT / top).rglob("*")):
            if path.suffix in (".py", ".yaml", ".yml") and "__pycache__" not in path.parts:
                text = ESCAPE.sub(" ", path.read_text(encoding="utf-8", errors="ignore"))
                words |= {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return sorted(w for w in words if len(w) >= MIN_LENGTH)


def render() -> str:
    return HEADER + "".join(w + "\n" for w in terms())


if __name__ == "__main__":
    TERMS_FILE.write_text(render(), encoding="utf-8")
    print(f"{TERMS_FILE.relative_to(ROOT)}: {len(terms())} terms")
