"""The generic reader: question → mentions → the slots a calculator declares (calculators/vocab_*.py).

Every module `calculators.vocab_*` exports `VOCABULARY` (a list of `calculators.vocab.Vocabulary`);
a tool declared there is read here with no change to this package.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

import calculators
from bot.extract.base import Extraction
from bot.parsing.text import Query
from bot.reader.mentions import compiled
from bot.reader.read import read
from calculators.vocab import Vocabulary


@lru_cache(maxsize=1)
def vocabularies() -> tuple[Vocabulary, ...]:
    """Every declared vocabulary, from the calculators' vocab_* modules."""
    found: list[Vocabulary] = []
    for info in sorted(pkgutil.iter_modules(calculators.__path__), key=lambda i: i.name):
        if info.name.startswith("vocab_"):
            found += importlib.import_module(f"calculators.{info.name}").VOCABULARY
    return tuple(found)


def read_all(q: Query) -> list[Extraction]:
    """The candidate call of every tool with a declared vocabulary that the question may be for."""
    return [e for v in vocabularies() if (e := read(q, v)) is not None]


def asked_rules(tool: str, args: dict, asked: list[str] | tuple[str, ...]) -> list[str]:
    """The clauses the vocabulary declares for the facts a question back asks (`Slot.rule`; per key for a split map)."""
    out: list[str] = []
    for v in (v for v in vocabularies() if v.tool == tool):
        slots = [s for top in v.slots for s in (top, *top.fields)]
        for name in asked:
            # (which kind another body's activity was — "別的學會的年會": the clauses of the kinds it may be, `Slot.owned_rules`)
            out += [rule for top in v.slots if name == "kind" and top.owned_ask for rule in top.owned_rules if rule not in out]
            for s in (s for s in slots if s.name == name and s.rule):
                rule = s.rule if isinstance(s.rule, str) else dict(s.rule).get(str(args.get(s.split, "")), "")
                if rule and rule not in out:
                    out.append(rule)
    return out


def names_any(tool: str, text: str) -> bool:
    """The text names something the tool's vocabulary knows: one of its word groups (`Vocabulary.terms`), a slot's words
    or a choice's ("介入研討會", "月會", "radiology CME")."""
    for v in (v for v in vocabularies() if v.tool == tool):
        words = [*v.terms.values()]
        for top in v.slots:
            for s in (top, *top.fields):
                words += [s.terms] if s.terms else []
                words += [c.terms for c in s.choices if c.terms]
        if any(compiled(v.terms.get(w, w)).search(text) for w in words):
            return True
    return False


__all__ = ["Vocabulary", "asked_rules", "names_any", "read", "read_all", "vocabularies"]
