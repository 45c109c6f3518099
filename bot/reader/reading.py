"""The state of one question read for one tool, and the input model's verdict on candidate arguments."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from bot.extract.base import PERSONAL, Need, Note
from bot.parsing.periods import in_period_annotation
from bot.parsing.text import Query
from bot.reader.mentions import Mention, dates, occurs
from calculators.errors import FieldProblem, error_message
from calculators.vocab import Clause, Condition, Slot, Vocabulary


@dataclass
class Reading:
    """What the reader made of one question for one tool."""

    q: Query
    vocab: Vocabulary
    args: dict[str, Any] = field(default_factory=dict)
    read: list[str] = field(default_factory=list)  # slots filled from the person's words
    notes: list[Note] = field(default_factory=list)
    invalid: list[Need] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # starts of the numbers a list took
    guessed: set[int] = field(default_factory=set)  # starts of the figures the person offers as their guess (no item's)
    unread: list[tuple[Mention, Slot]] = field(default_factory=list)
    # the lines the person asks their figures against ("夠 100 例了嗎", "有沒有過 75%"): set aside, never a fact (`@target`)
    targets: list[Mention] = field(default_factory=list)
    unsure: list[str] = field(default_factory=list)  # flags the person says they do not know  # counts of a slot's kind bound nowhere
    # enum slots whose choice the person says with a hedge ("好像是自選片", "I think they were self-selected"): slot → the value said,
    # kept only where the result is the same for every choice (`check.same_either_way`), else asked
    hedged: dict[str, Any] = field(default_factory=dict)
    bounds_only: dict[str, list[tuple[str, float]]] = field(default_factory=dict)  # slot → the bounds it is asked for (side, value)
    absent: list[tuple[str, str]] = field(default_factory=list)  # (map, key) whose figure the person lacks or only bounds
    lacking: int = 0  # map keys asked for because the person lacks their figure (a fact of their own case)
    mismatch: list[Need] = field(default_factory=list)
    item_facts: dict[str, int] = field(default_factory=dict)  # items / split slots: how many items had their number given
    extra: list[dict[str, Any]] = field(default_factory=list)  # split slots: the calls after the first
    # ranges restating that the figures are a whole year's ("今年(1/1~12/31)", "(Jan 1 – Dec 31)"): no date or number of
    # the case is read inside them (`bot.parsing.periods`)
    periods: list[tuple[int, int]] = field(default_factory=list)
    split_needs: list[Need] = field(default_factory=list)
    reply_split: dict[str, float] = field(default_factory=dict)  # split slot → the number a reply gave for it
    keyed: dict[str, set[str]] = field(default_factory=dict)  # same_key slots: the map keys named in its number's clause
    set_aside: list[tuple[Any, ...]] = field(default_factory=list)  # numbers read and deliberately not used (a note says why)
    flag_at: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # flag → the words that decided it
    # flag → the words saying it the other way (True), where both ways were said: one item's each, when items are read
    flag_other: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    item_spans: list[tuple[int, int]] = field(default_factory=list)  # repeat: (first figure's start, last figure's end) per item
    bounded: set[tuple[str, str]] = field(default_factory=set)  # (map, key) said only as a bound in the top band: left out
    summed: list[tuple[int, int]] = field(default_factory=list)  # "120+90+50+30 =": the person's own sum up to its equals sign
    voided: int = 0  # figures said for a map key that does not apply (`Choice.void_when`): facts of the case, set aside
    # an approximate figure's start → the exact one in brackets after it ("about 80 cases (exactly 84)"): a summed map adds
    # the exact one in its place (`_sum_map`), its start then in `exact_summed`
    exact_of: dict[int, float] = field(default_factory=dict)
    exact_summed: set[int] = field(default_factory=set)

    def in_period(self, m: Mention) -> bool:
        """Is the mention inside a range that only restates the year its figures are for?"""
        return in_period_annotation(self.periods, m.start, m.end)

    def holds(self, clause: Clause) -> bool:
        return all(self._atom(a) for a in clause)

    def _atom(self, atom: str) -> bool:
        if atom.startswith("!"):
            return not self._atom(atom[1:])
        if atom == "@date":
            return any(m.kind == "date" for m in dates(self.q))
        if atom == "@number":
            return bool(self.q.quantities)
        if atom == "@personal":
            return PERSONAL.search(self.q.text) is not None
        if atom == "@fact":
            return any(self.vocab_slot(s).counts and self.vocab_slot(s).alone for s in self.read if s in self.args) or self.voided > 0
        if atom.startswith("@slot:"):
            return self.args.get(atom[len("@slot:"):]) not in (None, [], {})
        if atom.startswith("@said:"):  # the flag's words were read, for the question or for one of its items
            return atom[len("@said:"):] in self.flag_at
        if atom.startswith("@true:"):
            return self.args.get(atom[len("@true:"):]) is True
        if atom.startswith(("@gt:", "@ge:", "@lt:")):
            op, name, value = atom.split(":")
            got = self.args.get(name)
            # a map holds when any of its values does ("@lt:scores:85": some item below 85)
            values = list(got.values()) if isinstance(got, dict) else [got]
            nums = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
            return any(v > float(value) if op == "@gt" else v >= float(value) if op == "@ge" else v < float(value)
                       for v in nums)
        if atom.startswith("@short:"):
            return atom[len("@short:"):] in self.item_facts and atom[len("@short:"):] not in self.args
        if atom == "@unread":
            return bool(self.unread)
        if atom == "@target":  # a line asked about was read (and set aside): the person's own figure for it is asked
            return bool(self.targets)
        if atom.startswith("@only:"):
            keys = [k for s in self.read if s in self.args and self.vocab_slot(s).counts
                    for k in (self.args[s] if self.vocab_slot(s).kind == "map" else [s])]
            return keys == [atom[len("@only:"):]]
        return occurs(self.vocab.terms[atom], self.q.text)

    def facts(self) -> int:
        """Facts of the person's case read: one per slot, one per key of a map."""
        n = 0
        for name in dict.fromkeys(self.read):
            slot = self.vocab_slot(name)
            if name in self.args and slot.counts:
                value = self.args[name]
                n += (len(value) if slot.kind == "map" and slot.fact_per_key and isinstance(value, dict)
                      else self.item_facts.get(name, 0) if slot.kind == "items" or slot.split else 1)
        n += sum(v for k, v in self.item_facts.items() if self.vocab_slot(k).kind in ("list", "map") and k not in self.args)
        return n + self.voided

    def any(self, condition: Condition) -> bool:
        return any(self.holds(c) for c in condition)

    def vocab_slot(self, name: str) -> Slot:
        return next(s for s in self.vocab.slots if s.name == name)

    def pattern(self, words: str) -> str:
        """A slot's words: a name of the vocabulary's word groups, or the regex itself."""
        return self.vocab.terms.get(words, words)

def units_ok(slot: Slot, unit: str | None) -> bool:
    return (unit or "") in slot.units or unit in slot.own_units

def choice_labels(r: Reading, name: str) -> dict[str, tuple[str, str]]:
    extra = r.vocab.model.model_fields[name].json_schema_extra
    choices = extra.get("choices", {}) if isinstance(extra, dict) else {}
    return {str(k): (str(v[0]), str(v[1])) for k, v in choices.items()} if isinstance(choices, dict) else {}

def field_labels(r: Reading, name: str) -> tuple[str, str]:
    extra = r.vocab.model.model_fields[name].json_schema_extra
    meta = extra if isinstance(extra, dict) else {}
    return str(meta.get("label_zh", name)), str(meta.get("label_en", name))

def model_problems(r: Reading, args: dict[str, Any]) -> list[tuple[str, str | None, str, tuple[str, str]]]:
    """(field, map key or None, error type, (Chinese, English) message) of each problem the input model finds in `args`."""
    try:
        r.vocab.model.model_validate(args)
    except ValidationError as err:
        maps = {s.name for s in r.vocab.slots if s.kind == "map"}
        out: list[tuple[str, str | None, str, tuple[str, str]]] = []
        for e in err.errors():
            loc = [p for p in e["loc"] if isinstance(p, str)]
            problem = (e.get("ctx") or {}).get("error")
            items = {s.name for s in r.vocab.slots if s.kind == "items"}
            if loc and loc[0] in items and len(e["loc"]) > 1 and (isinstance(problem, FieldProblem) or e["type"] == "missing"):
                continue  # a field an item needs: asked by the items reading
            name = (problem.field if isinstance(problem, FieldProblem) else (loc[0] if loc else "")).split(".")[0]
            key = loc[1] if name in maps and len(loc) > 1 and loc[1] != "[key]" else None
            out.append((name, key, e["type"], (error_message(dict(e), "zh-TW"), e["msg"])))
        return out
    return []

def rejected(r: Reading, args: dict[str, Any], key: str) -> bool:
    return any(f == key and kind != "missing" for f, _, kind, _ in model_problems(r, args))

def as_number(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v
