"""Vocabulary terms written short, read as the term: "compr 80" → compression, "field align 77" → field alignment,
"陽差 38%" → 陽性差異, "陰差 8%" → 陰性差異, "local symposia" → symposiums.

The terms are the calculators' own (`calculators/vocab_*.py`: every word group, slot, choice and field), taken from their
regex alternatives as the finite strings each spells (`spelled`). A short form is read as a term by generic rules only,
never a list of short forms:

- English, one word: a word of `MIN_PREFIX` letters or more that is no term's word and no common English word, written as
  the start of the vocabulary's words of one family only ("compr" starts compress / compression: one family, written as
  its spelling the vocabulary uses most, "compression"; "congr" starts congress and congruence: left as written);
- English, several words: words each a term phrase's word or the start of it (`MIN_PREFIX` letters), one of them short,
  spelling one term phrase only ("field align" → field alignment; "align" alone is an English word and stays);
- a Latin plural of a term ("symposia" of symposium, "curricula" of curriculum) written as its English plural;
- Chinese: the first characters of each two-character word of a four- or six-character term ("陽性差異" → 陽差), where that
  contraction is no term of its own (疑陽, 追完 are: read as written), no common word ("國會" is parliament), contracts
  terms of one meaning only (the terms spelling it read by the same vocabulary entries), and its characters are no part
  of a term across its edge (科年 of 專科年會) nor of a word holding it (陰差 of the idiom 陰差陽錯).

A short form is read only in a clause stating a figure (a digit or a count in words: it names what the figure is);
elsewhere it is left as written (a Latin plural is the word itself: read anywhere). A short form several terms share is
never guessed: `ambiguous` lists it with its readings, so the question back names them (bot/engine.py `_unread`).
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # the standard library's own regex parser (sre_parse before 3.11)
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from core.chinese import to_traditional

MIN_PREFIX = 4  # letters of an English short form ("au", "pts" are too short to read as a word's start)
# a word at least this common in English text (Zipf, wordfreq's large list) is a word of its own, never a short form
# ("align", "comp" stay; "compr", "instr" are no words)
WORD_ZIPF = 2.5
# at most this many strings spelt by one regex alternative (a pattern with more spells a class, no term)
MAX_SPELLINGS = 256
_HAN = re.compile(r"[\u3400-\u9fff]")
# a grammatical particle in a contraction: the term's "word" there is no word ("拍片的人" spells no 拍的 contraction —
# "5號拍的那位" is the photo taken)
_PARTICLES = re.compile(r"[的地得了著着過过之與与和及或是在有把被也都就還还嗎吗呢吧]")
_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9'’-])[A-Za-z]+(?![A-Za-z0-9'’])")
_CLAUSE_END = re.compile(r"[，,。；;？?！!\n:：()（）]")
# a figure stated: a digit, or a count in English words ("three local symposia")
_FIGURE = re.compile(r"\d|\b(?:once|twice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE)
# (a Latin plural and the singular ending it stands for: symposia → symposium, criteria → criterion, curricula → curriculum)
_LATIN_PLURALS = (("a", "um"), ("a", "on"))


class _TooMany(Exception):
    """A regex spells more strings than `MAX_SPELLINGS`: it names a class of words, not a term."""


def _spell(items: list, limit: int) -> list[str]:
    """The strings a parsed regex sequence spells (lookarounds and anchors spell nothing; `\\s` one space). An optional
    part that would spell too many is left out (the shortest spellings stay); an alternative spelling a class of words
    ("[^，]{0,8}") is left out of its alternation."""
    out = [""]
    for op, av in items:
        name = str(op)
        optional = False
        if name == "LITERAL":
            options = [chr(av)]
        elif name == "IN":
            options = _spell_set(av)
        elif name == "BRANCH":
            options = _spell_branches(av[1], limit)
        elif name == "SUBPATTERN":
            options = _spell(av[-1], limit)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, body = av
            # (optional, once, or "\\s+" / "[\\s-]+": spelt once)
            optional = low == 0
            try:
                options = ([""] if optional else []) + _spell(body, limit)
            except _TooMany:
                if not optional:
                    raise
                options = [""]
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        else:
            raise _TooMany(name)
        if len(out) * len(options) > limit:
            if not optional:
                raise _TooMany(name)
            options = [""]
        out = [a + b for a in out for b in options]
    return out


def _spell_branches(branches: list, limit: int) -> list[str]:
    """The strings of the alternatives of an alternation that spell words (a class of words left out)."""
    out: list[str] = []
    for branch in branches:
        try:
            out += _spell(list(branch), limit)
        except _TooMany:
            continue
    if not out or len(out) > limit:
        raise _TooMany("BRANCH")
    return out


def _spell_set(av: list) -> list[str]:
    """A character set's characters: a space for `\\s` (a separator), the literals; a range or negation is a class."""
    chars: list[str] = []
    for op, value in av:
        if str(op) == "LITERAL":
            chars.append(chr(value))
        elif str(op) == "CATEGORY" and "SPACE" in str(value):
            chars.append(" ")
        else:
            raise _TooMany(str(op))
    # ("[\s-]" between two words: the space stands for both)
    return [" "] if " " in chars else chars


def spelled(pattern: str) -> list[str]:
    """The strings each top-level alternative of `pattern` spells (those that spell a class of words left out), spaces
    single, case kept."""
    try:
        tree = sre_parse.parse(pattern, re.IGNORECASE)
    except re.error:
        return []
    items = list(tree)
    branches = items[0][1][1] if len(items) == 1 and str(items[0][0]) == "BRANCH" else [items]
    out: list[str] = []
    for branch in branches:  # (each alternative on its own: one spelling a class leaves the others)
        try:
            out += [" ".join(s.split()) for s in _spell(list(branch), MAX_SPELLINGS)]
        except _TooMany:
            continue
    return list(dict.fromkeys(s for s in out if s))


def _strings(obj: object, out: list[str]) -> list[str]:
    """Every regex a vocabulary declares for words: its word groups, slots' and fields' words, choices' words."""
    from calculators.vocab import Choice, Slot, Vocabulary

    if isinstance(obj, Vocabulary):
        out += [t for t in obj.terms.values() if isinstance(t, str)]
        for s in obj.slots:
            _strings(s, out)
    elif isinstance(obj, Slot):
        out += [w for w in (obj.terms, obj.false_terms) if w]
        for c in (*obj.choices, *obj.fields):
            _strings(c, out)
    elif isinstance(obj, Choice) and obj.terms:
        out.append(obj.terms)
    return out


@dataclass(frozen=True)
class Terms:
    """The vocabulary as plain strings: each term (lower-cased) → the vocabulary entries spelling it (their index)."""

    owners: dict[str, frozenset[int]]
    word_counts: Counter  # each English word of the terms → how many entries use it
    english: frozenset[str]  # those words


@lru_cache(maxsize=1)
def terms() -> Terms:
    """The terms of every declared vocabulary (`bot.reader.vocabularies`): read from the table built before for the
    same patterns and spelling rules (`_cache_path`), else built (`build_terms`) and kept there for the next process."""
    patterns = declared_patterns()
    path = _cache_path(patterns)
    found = _load_terms(path) if path is not None else None
    if found is not None:
        return found
    built = build_terms(patterns)
    if path is not None:
        _store_terms(path, built)
    return built


def declared_patterns() -> list[str]:
    """Every word regex the declared vocabularies hold, once each, in the order declared."""
    from bot.reader import vocabularies

    patterns: list[str] = []
    for v in vocabularies():
        _strings(v, patterns)
    return list(dict.fromkeys(patterns))


def build_terms(patterns: list[str]) -> Terms:
    """The terms the patterns spell (each, folded to Traditional and lower-cased, → the patterns spelling it) and the
    English words the patterns write."""
    owners: dict[str, set[int]] = defaultdict(set)
    counts: Counter = Counter()
    escape = re.compile(r"\\[A-Za-z]")
    for i, pattern in enumerate(patterns):
        for s in spelled(pattern):
            owners[to_traditional(s).lower()].add(i)
        # (the English words of the entry, stems written before a \w* included: "discrepanc", "symposi")
        counts.update({w.lower() for w in re.findall(r"[A-Za-z]+", escape.sub(" ", pattern))})
    return Terms({t: frozenset(k) for t, k in owners.items()}, counts, frozenset(counts))


# ----------------------------------------------------------------------------------- the built table, kept on disk
#
# Spelling every pattern (~250 regex patterns, ~15,000 strings) took 0.5-1.5 s of a process's first question. The table is a
# pure function of the patterns, the code spelling them (this module, core/chinese.py's folding with OpenCC's tables)
# and the regex parser (the Python version): `_inputs_key` takes a hash of all of them, so a table kept for other inputs is never
# read (tests/bot/test_abbreviation_cache.py checks a kept table against a fresh build).


def _inputs_key(patterns: list[str]) -> str:
    """A hash of everything the table is built from (see above)."""
    import hashlib
    import sys
    from importlib import metadata
    from pathlib import Path

    import core.chinese

    digest = hashlib.sha256()
    try:
        opencc = metadata.version("opencc")
    except ImportError:  # (the package's metadata not found)
        opencc = "?"
    digest.update(f"{sys.version_info[:3]}|opencc {opencc}|".encode())
    for source in (Path(__file__), Path(core.chinese.__file__)):
        digest.update(source.read_bytes())
    for pattern in patterns:
        digest.update(pattern.encode() + b"\0")
    return digest.hexdigest()


def _cache_path(patterns: list[str]):
    """Where the table for these inputs is kept (under the data folder's cache/), or None when it cannot be known."""
    from core.settings import get_settings

    try:
        return get_settings().data_dir / "cache" / f"abbreviation_terms-{_inputs_key(patterns)[:32]}.json"
    except (OSError, ValueError):
        return None


def _load_terms(path) -> Terms | None:
    """The table kept at `path`, or None (none kept, unreadable or of another form: built again)."""
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        owners = {t: frozenset(k) for t, k in data["owners"].items()}
        counts = Counter(data["word_counts"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return Terms(owners, counts, frozenset(counts))


def _store_terms(path, table: Terms) -> None:
    """Keep the table at `path` (written whole under another name, then renamed: a reader never sees half a file);
    a folder that cannot be written keeps nothing."""
    import json
    import os
    import tempfile
    from pathlib import Path

    data = {"owners": {t: sorted(k) for t, k in table.owners.items()}, "word_counts": dict(table.word_counts)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(data, ensure_ascii=False))
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


def _zipf() -> dict[str, float]:
    from core.spelling import english_zipf  # wordfreq's large English list, read once

    return english_zipf()


def _common_zh(word: str) -> bool:
    from calculators.lexicon import too_common

    return too_common(word)


# --------------------------------------------------------------------------------------------------- English words


def _family(words: tuple[str, ...]) -> str | None:
    """One spelling for candidates of one word family (one of them starts every other: compress / compression), the one
    the vocabulary uses most; None when they are of several families (congress / congruence)."""
    if not words:
        return None
    stem = min(words, key=len)
    if not all(w.startswith(stem) for w in words):
        return None
    counts = terms().word_counts
    return max(words, key=lambda w: (counts[w], len(w)))


@lru_cache(maxsize=4096)
def word_readings(word: str) -> tuple[str, ...]:
    """The vocabulary words an English word may be written short for (all of them: several when it is ambiguous)."""
    low = word.lower()
    known = terms().english
    if len(low) < MIN_PREFIX or low in known or _zipf().get(low, 0.0) >= WORD_ZIPF:
        return ()
    return tuple(sorted(w for w in known if w.startswith(low) and len(w) > len(low)))


def word_reading(word: str) -> str | None:
    """The one vocabulary word an English short form stands for ("compr" → "compression"), or None."""
    return _family(word_readings(word))


def latin_plural(word: str) -> str | None:
    """A Latin plural of a vocabulary word as its English plural ("symposia" → "symposiums"), or None."""
    low = word.lower()
    known = terms().english
    if low in known:
        return None
    for plural, singular in _LATIN_PLURALS:
        if low.endswith(plural) and (base := low[: -len(plural)] + singular) in known and len(base) > MIN_PREFIX:
            return base + "s"
    return None


@lru_cache(maxsize=1)
def _phrases() -> dict[tuple[int, str], list[tuple[str, ...]]]:
    """The vocabulary's English phrases of two to four words, by their number of words and their first word's first
    `MIN_PREFIX` letters (a short form has at least those; a shorter word is written whole)."""
    out: dict[tuple[int, str], list[tuple[str, ...]]] = defaultdict(list)
    for t in terms().owners:
        words = tuple(t.split(" "))
        if 2 <= len(words) <= 4 and all(re.fullmatch(r"[a-z]+", w) for w in words):
            out[(len(words), words[0][:MIN_PREFIX])].append(words)
    return out


def _starts(short: str, full: str) -> bool:
    """The word as written is the phrase's word, or its start — no vocabulary word of its own ("meeting" of "meetings")."""
    return short == full or (len(short) >= MIN_PREFIX and full.startswith(short) and short not in terms().english)


def phrase_reading(words: list[str]) -> tuple[str, ...] | None:
    """The one vocabulary phrase the words spell with one or more of them written short ("field align" →
    ("field", "alignment")), or None (none, no word short, or several phrases)."""
    low = [w.lower() for w in words]
    if " ".join(low) in terms().owners:
        return None  # (written as the vocabulary writes it)
    found = {p for p in _phrases().get((len(low), low[0][:MIN_PREFIX]), []) if all(_starts(a, b) for a, b in zip(low, p)) and tuple(low) != p}
    if len(found) != 1:
        return None
    return next(iter(found))


# --------------------------------------------------------------------------------------------------- Chinese terms


@lru_cache(maxsize=1)
def contractions() -> dict[str, tuple[str, ...]]:
    """Each Chinese contraction (the first character of each two-character word of a term) → the terms it may stand for,
    one per meaning (terms read by the same vocabulary entries are one meaning), where it is no term of its own and no
    common word."""
    owners = terms().owners
    by_short: dict[str, dict[frozenset[int], str]] = defaultdict(dict)
    for t, keys in owners.items():
        if len(t) in (4, 6) and all(_HAN.match(ch) for ch in t):
            short = t[0::2]
            by_short[short].setdefault(keys, t)
    return {short: tuple(sorted(meanings.values())) for short, meanings in by_short.items()
            if short not in owners and not _common_zh(short) and not _PARTICLES.search(short)}


# --------------------------------------------------------------------------------------------------- the rewrite


# a contraction labels the figure right after it ("陽差38%", "陰差 8%"): elsewhere its characters are words of
# their own ("會上報告了3篇", "5號拍的那位")
_FIGURE_NEXT = re.compile(r"\s*\d")


def _contracted(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Every place the text writes a contraction right before a figure: (start, end, the terms it may stand for)."""
    table = contractions()
    out = []
    for i in range(len(text) - 1):
        if _HAN.match(text[i]):
            for size in (2, 3):
                if (full := table.get(text[i:i + size])) is not None and _FIGURE_NEXT.match(text, i + size):
                    full = tuple(t for t in full if not _word_in_full(text, i, t))
                    if full:
                        out.append((i, i + size, full))
    return out


def _word_in_full(text: str, start: int, term: str) -> bool:
    """One of the term's two-character words written in full where its first character stands ("上報告" holds 報告 of
    上臺報告 whole: the characters are that word's, no contraction of 上臺報告)."""
    return any(text[start + k:start + k + 2] == term[2 * k:2 * k + 2] for k in range(len(term) // 2))


def _inside_term(text: str, start: int, end: int, longest: int = 8) -> bool:
    """A vocabulary term of two characters or more written across the span's edge ("科年" of "專科年會": 專科), or a
    Chinese word holding the whole span ("陰差" of the idiom 陰差陽錯): the characters are that word's, no contraction."""
    owners = terms().owners
    for i in range(max(0, start - longest + 1), end):
        for j in range(i + 2, min(len(text), i + longest) + 1):
            if (i < start or j > end) and i < end and j > start and text[i:j].lower() in owners:
                return True
            if i <= start and j >= end and j - i > end - start and _zh_word(text[i:j]):
                return True
    return False


@lru_cache(maxsize=1)
def _zh_words() -> frozenset[str]:
    """Every word of three characters or more of wordfreq's large Chinese list (Simplified, as the list writes them)."""
    import gzip
    import importlib.util
    from pathlib import Path

    import msgpack

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    with gzip.open(Path(spec.submodule_search_locations[0]) / "data" / "large_zh.msgpack.gz", "rb") as fh:
        _, *buckets = msgpack.unpack(fh, raw=False)
    return frozenset(w for bucket in buckets for w in bucket if 3 <= len(w) <= 8)


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("tw2s")


def _zh_word(chars: str) -> bool:
    """The characters are a Chinese word of their own (wordfreq's large list, looked up in Simplified)."""
    return chars in _zh_words() or _t2s().convert(chars) in _zh_words()


def _clauses_with_figures(text: str) -> list[tuple[int, int]]:
    """The spans of the clauses that state a figure (a digit)."""
    spans, at = [], 0
    for m in [*_CLAUSE_END.finditer(text), None]:
        end = m.start() if m else len(text)
        if _FIGURE.search(text, at, end):
            spans.append((at, end))
        at = end + 1 if m else end
    return spans


def _in(spans: list[tuple[int, int]], start: int) -> bool:
    return any(a <= start < b for a, b in spans)


def readings(text: str) -> list[tuple[str, str]]:
    """The (as written, read as) pairs of the short forms `text` writes, in order (see `expand`)."""
    return expand_with_readings(text)[1]


def ambiguous(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Short forms in clauses stating a figure that several vocabulary terms share: (as written, the terms)."""
    figures = _clauses_with_figures(text)
    out: list[tuple[str, tuple[str, ...]]] = []
    for m in _LATIN_WORD.finditer(text):
        if _in(figures, m.start()) and len(found := word_readings(m.group(0))) > 1 and _family(found) is None:
            # (named by the words among them, never a regex stem: "discrepanc")
            words = tuple(w for w in found if w in _zipf()) or found
            out.append((m.group(0), words))
    for start, end, full in _contracted(text):
        if len(full) > 1 and _in(figures, start) and (text[start:end], full) not in out:
            out.append((text[start:end], full))
    return out


def expand_with_readings(text: str) -> tuple[str, list[tuple[str, str]]]:
    """`text` with each short form of a vocabulary term in a clause stating a figure written as the term, and the pairs."""
    if not re.search(r"[A-Za-z\u3400-\u9fff]", text):
        return text, []
    figures = _clauses_with_figures(text)
    edits: list[tuple[int, int, str]] = []  # (start, end, the term)
    words = list(_LATIN_WORD.finditer(text))
    taken: set[int] = set()
    for size in (4, 3, 2):  # several words spelling a phrase first: "field align" is one term
        for run in (words[i:i + size] for i in range(len(words) - size + 1)):
            if any(m.start() in taken for m in run) or not _in(figures, run[0].start()):
                continue
            if any(not re.fullmatch(r"\s+", text[a.end():b.start()]) for a, b in zip(run, run[1:])):
                continue
            phrase = phrase_reading([m.group(0) for m in run])
            if phrase is None:
                continue
            for m, full in zip(run, phrase):
                taken.add(m.start())
                if m.group(0).lower() != full:
                    edits.append((m.start(), m.end(), full))
    for m in words:
        if m.start() in taken:
            continue
        # (a Latin plural is the word itself, read anywhere; a short form only where it names a figure)
        full = latin_plural(m.group(0)) or (word_reading(m.group(0)) if _in(figures, m.start()) else None)
        if full is not None:
            edits.append((m.start(), m.end(), full))
    for start, end, full in _contracted(text):
        if len(full) == 1 and _in(figures, start) and not _inside_term(text, start, end) \
                and not any(a < end and start < b for a, b, _ in edits):
            edits.append((start, end, full[0]))
    if not edits:
        return text, []
    out, at, pairs = [], 0, []
    for start, end, full in sorted(edits):
        if start < at:
            continue
        out += [text[at:start], full]
        pairs.append((text[start:end], full))
        at = end
    return "".join(out) + text[at:], pairs


def expand(text: str) -> str:
    """`text` with each short form of a vocabulary term written as the term (module docstring)."""
    return expand_with_readings(text)[0]


__all__ = ["ambiguous", "build_terms", "contractions", "declared_patterns", "expand", "expand_with_readings", "latin_plural", "phrase_reading", "readings",
           "spelled", "terms", "word_reading", "word_readings"]
