"""The everyday words of every calculator input and choice (calculators/lexicon/*.yaml) as regex alternatives.

The lexicon was written blind (its README): for each concept (`tool.input`, `tool.input=value`, `general.NAME`) the
phrases people type, in zh-TW, zh-CN and English, and a `not` list of near words meaning something else. A vocabulary
(calculators/vocab_*.py) appends a concept's phrases to its hand-written words with `extend`. A phrase is dropped,
by these generic rules only (never one by one):

- it is listed under another concept of the same tool (or, for `general.*`, another general concept): it names neither;
  or it is read inside a phrase of another choice of the same input ("選片" of self-selected inside "抽選片" of sampled;
  a Latin phrase as a whole word only);
- it is in the concept's own `not` list;
- it carries a bracketed note ("放射師（士）", "講師/座長(TSIR)") or a digit ("Cat 4", "5MP": a number inside a word
  would be bound as a figure);
- it is one character, or a single common word: one word of the language's general word list (wordfreq, the
  small list) at Zipf frequency ≥ `COMMON_ZIPF` ("score", "got", "個人", "單位", "結果") names no concept;
- where it is appended: the concept's own hand-written words already match it (nothing new), or another concept's
  hand-written words match it (it would move an item between kinds).

Choices read in order (the first named wins) take the lexicon's words after every hand-written choice (`ranked`): a
question the hand-written words read keeps its reading.

Phrases are folded as questions are (NFKC, Simplified → Traditional), escaped, matched case-insensitively by the
reader, longest first; one starting or ending in a Latin letter or digit is bounded there as a whole word, one ending
in a Latin letter taking its plural (-s, -es).
"""

from __future__ import annotations

import gzip
import importlib.util
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import msgpack
import yaml

from core.chinese import to_traditional

LEXICON_DIR = Path(__file__).parent / "lexicon"
LANGUAGES = ("zh-TW", "zh-CN", "en")
# A single word at least this common in general text (Zipf: log10 of its count per billion words; 4.5 ≈ 30 per
# million: "score", "sample", "tech", "國際", "工作") is too generic to name a concept on its own.
COMMON_ZIPF = 4.5
_BRACKET = re.compile(r"[(（\[［【].*?(?:[)）\]］】]|$)")
_DIGIT = re.compile(r"\d")
_LATIN_EDGE = re.compile(r"[A-Za-z0-9]")
_HAN = re.compile(r"[\u3400-\u9fff]")


def fold(text: str) -> str:
    """A question's folding (knowledge.textnorm.fold, case kept): NFKC, then Simplified → Traditional (s2tw)."""
    return to_traditional(unicodedata.normalize("NFKC", text))


def _forms(phrases: list[str]) -> list[str]:
    """Phrases as a question's text is folded (NFKC, Simplified → Traditional), spaces single; folded in one call."""
    folded = fold("\n".join(re.sub(r"\s+", " ", p).strip() for p in phrases)).split("\n")
    return [re.sub(r"\s+", " ", p).strip() for p in folded]


def load(directory: Path) -> dict[str, dict[str, list[str]]]:
    """Every concept key → {"phrases": [...], "not": [...]} (folded), merged over the YAML files of `directory`."""
    raw: list[tuple[str, str, str]] = []  # (key, "phrases" | "not", text)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for path in sorted(Path(directory).glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
        for concept in data.get("concepts", []):
            key = str(concept["key"])
            raw += [(key, "phrases", str(p)) for lang in LANGUAGES for p in concept.get(lang) or [] if str(p).strip()]
            # a `not` word's bracketed note says what it means instead: the word is what comes before it
            raw += [(key, "not", _BRACKET.sub("", str(p))) for p in concept.get("not") or [] if _BRACKET.sub("", str(p)).strip()]
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"phrases": [], "not": []})
    for (key, part, _), form in zip(raw, _forms([r[2] for r in raw]), strict=True):
        if form:
            out[key][part].append(form)
    return dict(out)


def _tool(key: str) -> str:
    return key.split(".", 1)[0]


def _input(key: str) -> str:
    """The input a concept is of: `tool.input` for `tool.input=value` and a map key `tool.input.key`."""
    return ".".join(key.split("=", 1)[0].split(".")[:2])


@lru_cache(maxsize=2)
def common_words(lang: str) -> frozenset[str]:
    """The words of wordfreq's small list for `lang` ("en"; "zh", folded to Traditional) at Zipf ≥ COMMON_ZIPF.

    Read from the list's own file (wordfreq's documented cBpack: a gzipped msgpack of a header, then one word list per
    centibel of frequency, the i-th at 10^(−i/100), so Zipf 9 − i/100) without importing wordfreq itself, whose import
    alone costs more than the whole lexicon.
    """
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("wordfreq is not installed (a dependency of regbot: pip install wordfreq)")
    path = Path(spec.submodule_search_locations[0]) / "data" / f"small_{lang}.msgpack.gz"
    with gzip.open(path, "rb") as fh:
        header, *buckets = msgpack.unpack(fh, raw=False)
    if header.get("format") != "cB":
        raise ValueError(f"{path}: not a wordfreq cBpack list")
    last = int(round((9 - COMMON_ZIPF) * 100))
    words = [w for bucket in buckets[:last + 1] for w in bucket if "\n" not in w]
    if lang == "zh":  # the list is in Simplified; phrases are folded to Traditional
        words = to_traditional("\n".join(words)).split("\n")
    return frozenset(words)


def too_common(phrase: str) -> bool:
    """One character, or a single word of general text at Zipf ≥ COMMON_ZIPF: it names no concept on its own."""
    if len(phrase.replace(" ", "")) <= 1:
        return True
    if _HAN.search(phrase):
        return phrase in common_words("zh")
    return phrase.lower() in common_words("en")


class Lexicon:
    """The concepts of one lexicon folder and their phrases left by the generic filters."""

    def __init__(self, directory: Path = LEXICON_DIR) -> None:
        self.concepts = load(directory)
        self._owners: dict[str, dict[str, frozenset[str]]] = {}
        self._others: dict[str, str] = {}
        self._groups: dict[str, dict[str, dict[str, frozenset[str]]]] = {}
        self._kept: dict[str, tuple[str, ...]] = {}

    def owners(self, tool: str) -> dict[str, frozenset[str]]:
        """Each phrase (lower-cased) of a tool's concepts → the concepts listing it."""
        if tool not in self._owners:
            found: dict[str, set[str]] = defaultdict(set)
            for key, entry in self.concepts.items():
                if _tool(key) == tool:
                    for p in entry["phrases"]:
                        found[p.lower()].add(key)
            self._owners[tool] = {p: frozenset(k) for p, k in found.items()}
        return self._owners[tool]

    def _others_text(self, key: str) -> str:
        """The phrases of the other concepts of the same input (its other choices), lower-cased, one a line."""
        if key not in self._others:
            group = self._by_input(_tool(key)).get(_input(key), {})
            self._others[key] = "\n".join(p for p, keys in group.items() if key not in keys)
        return self._others[key]

    def _by_input(self, tool: str) -> dict[str, dict[str, frozenset[str]]]:
        """A tool's phrases grouped by the input of the concepts listing them."""
        if tool not in self._groups:
            groups: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
            for phrase, keys in self.owners(tool).items():
                for k in keys:
                    groups[_input(k)][phrase] = keys
            self._groups[tool] = groups
        return self._groups[tool]

    def inside_other(self, key: str, low: str) -> bool:
        """The phrase is read inside a phrase of another choice of the same input ("選片" inside "抽選片")."""
        text = self._others_text(key)
        return low in text and _compiled(_pattern(low)).search(text) is not None

    def phrases(self, key: str) -> tuple[str, ...]:
        """The concept's phrases left by the generic filters (longest first); () for a key the lexicon lacks."""
        if key in self._kept:
            return self._kept[key]
        entry = self.concepts.get(key)
        kept: dict[str, str] = {}
        if entry is not None:
            owners = self.owners(_tool(key))
            refused = {w.lower() for w in entry["not"]}
            for p in entry["phrases"]:
                low = p.lower()
                if (low in kept or owners[low] != {key} or low in refused or _BRACKET.search(p) or _DIGIT.search(p)
                        or too_common(p) or self.inside_other(key, low)):
                    continue
                kept[low] = p
        self._kept[key] = tuple(sorted(kept.values(), key=lambda p: (-len(p), p)))
        return self._kept[key]


@lru_cache(maxsize=1)
def default() -> Lexicon:
    """The lexicon shipped beside the calculators (calculators/lexicon/*.yaml)."""
    return Lexicon(LEXICON_DIR)


def phrases(key: str, lexicon: Lexicon | None = None) -> tuple[str, ...]:
    """The concept's phrases left by the generic filters (longest first)."""
    return (lexicon or default()).phrases(key)


def _pattern(phrase: str) -> str:
    # (two Latin words written hyphenated are also said apart: "chest-wall" reads "chest wall", "half-value" "half value";
    # never the other way — "full year" of the work days is no "full-year" heading a run of days)
    parts = re.split(r"( |(?<=[A-Za-z0-9])-(?=[A-Za-z0-9]))", phrase)
    body = re.escape(parts[0])
    for sep, part in zip(parts[1::2], parts[2::2]):
        body += (r"(?:\s+|\s*-\s*)" if sep == "-" else r"\s+") + re.escape(part)
    if _LATIN_EDGE.match(phrase[0]):
        body = r"(?<![A-Za-z0-9])" + body
    if phrase[-1].isascii() and phrase[-1].isalpha():
        body += r"(?:s|es)?"  # a plural ("monthly sessions", "RTs")
    if _LATIN_EDGE.match(phrase[-1]):
        body += r"(?![A-Za-z0-9])"
    return body


@lru_cache(maxsize=4096)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _matches(pattern: str, phrase: str) -> bool:
    return bool(pattern) and _compiled(pattern).search(phrase) is not None


def alternation(key: str, own: str = "", others: Iterable[str] = (), lexicon: Lexicon | None = None) -> str:
    """The concept's phrases as one regex alternation, less those `own` words already match (nothing new) and
    those any of `others` (other concepts' hand-written words) match; "" when none is left."""
    rivals = [o for o in others if o]
    left = [p for p in phrases(key, lexicon) if not _matches(own, p) and not any(_matches(o, p) for o in rivals)]
    return "|".join(_pattern(p) for p in left)


def extend(own: str, key: str, *others: str, lexicon: Lexicon | None = None) -> str:
    """Hand-written words `own` with the concept's lexicon phrases appended (see `alternation`)."""
    more = alternation(key, own, others, lexicon)
    return f"{own}|{more}" if own and more else own or more


def ranked(choices: Sequence[tuple[Any, str]], prefix: str, lexicon: Lexicon | None = None) -> tuple[tuple[Any, str], ...]:
    """(value, words) of choices read in order (the first named wins): every hand-written choice first, then each
    value's lexicon phrases (concept `prefix` + value) in the same order, less those any hand-written choice matches —
    the lexicon never outranks the hand-written words; it reads what they did not name."""
    hand = [w for _, w in choices]
    more = [(v, alternation(f"{prefix}{v}", w, hand, lexicon)) for v, w in choices]
    return (*choices, *((v, w) for v, w in more if w))
