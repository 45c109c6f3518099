"""One generic reader: mentions bound to a tool's declared slots, checked by the tool's input model.

The reader knows no tool: everything about one (its words, slots, units, enum values, the questions to ask)
comes from its `Vocabulary` (calculators/vocab_*.py); every range and threshold is the input model's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from bot.extract.base import PERSONAL, Extraction, Need, Note
from bot.parsing.text import Query
from bot.reader.items import bind_items
from bot.reader.mentions import QUALIFIERS, SEPARATOR, Mention, after_subset, clause_of, compiled, dates, joins, negated, numbers, past_day, spreads, terms
from calculators.errors import FieldProblem
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
    unread: list[tuple[Mention, Slot]] = field(default_factory=list)
    unsure: list[str] = field(default_factory=list)  # flags the person says they do not know  # counts of a slot's kind bound nowhere
    mismatch: list[Need] = field(default_factory=list)
    item_facts: dict[str, int] = field(default_factory=dict)  # items / split slots: how many items had their number given
    extra: list[dict[str, Any]] = field(default_factory=list)  # split slots: the calls after the first
    split_needs: list[Need] = field(default_factory=list)
    reply_split: dict[str, float] = field(default_factory=dict)  # split slot → the number a reply gave for it

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
            return any(self.vocab_slot(s).counts and self.vocab_slot(s).alone for s in self.read if s in self.args)
        if atom.startswith("@slot:"):
            return self.args.get(atom[len("@slot:"):]) not in (None, [], {})
        if atom.startswith(("@gt:", "@ge:")):
            op, name, value = atom.split(":")
            got = self.args.get(name)
            return isinstance(got, (int, float)) and (got > float(value) if op == "@gt" else got >= float(value))
        if atom.startswith("@short:"):
            return atom[len("@short:"):] in self.item_facts and atom[len("@short:"):] not in self.args
        if atom == "@unread":
            return bool(self.unread)
        if atom.startswith("@only:"):
            keys = [k for s in self.read if s in self.args and self.vocab_slot(s).counts
                    for k in (self.args[s] if self.vocab_slot(s).kind == "map" else [s])]
            return keys == [atom[len("@only:"):]]
        return compiled(self.vocab.terms[atom]).search(self.q.text) is not None

    def facts(self) -> int:
        """Facts of the person's case read: one per slot, one per key of a map."""
        n = 0
        for name in dict.fromkeys(self.read):
            slot = self.vocab_slot(name)
            if name in self.args and slot.counts:
                value = self.args[name]
                n += (len(value) if slot.kind == "map" and slot.fact_per_key and isinstance(value, dict)
                      else self.item_facts.get(name, 0) if slot.kind == "items" or slot.split else 1)
        n += sum(v for k, v in self.item_facts.items() if self.vocab_slot(k).kind == "list" and k not in self.args)
        return n

    def any(self, condition: Condition) -> bool:
        return any(self.holds(c) for c in condition)

    def vocab_slot(self, name: str) -> Slot:
        return next(s for s in self.vocab.slots if s.name == name)

    def pattern(self, words: str) -> str:
        """A slot's words: a name of the vocabulary's word groups, or the regex itself."""
        return self.vocab.terms.get(words, words)


def read(q: Query, vocab: Vocabulary) -> Extraction | None:
    """The tool call the question states for this vocabulary's tool, or None when it is not this tool's."""
    r = Reading(q, vocab)
    _bind_enums(r)
    _bind_flags(r)
    _bind_dates(r)
    _bind_lists(r)
    item_needs = _bind_items(r)
    _bind_numbers(r)
    _bind_reply(r)
    _keep_one_of(r)
    if not r.any(vocab.trigger) or r.any(vocab.block):
        return None
    _drop_lone(r)
    _fill(r)
    for s in vocab.slots:
        if s.kind == "map" and s.split:
            _split(r, s)
    checked = _check(r)
    split = {s.name: s.split for s in vocab.slots if s.kind == "map" and s.split}
    # a split map's number is asked per key: not before the key itself is known
    checked = [n for n in checked if not (n.key in split and split[n.key] not in r.args)]
    needs = item_needs + r.mismatch
    needs += [n for n in checked if not any(m.key == n.key for m in needs + r.split_needs)] + r.split_needs
    facts = r.facts() or (1 if r.unread else 0)  # a count placed nowhere is still the person's own figure
    score = vocab.base + vocab.per_fact * facts + sum(v for clause, v in vocab.bonus if r.holds(clause))
    ext = Extraction(vocab.tool, r.args, needs, r.notes, invalid=r.invalid, score=score, facts=facts)
    ext.extra_calls = [] if needs else [{**{k: v for k, v in r.args.items()}, **call} for call in r.extra]
    return ext


def _fill(r: Reading) -> None:
    """A missing input whose value cannot change the result (the calculator's other path holds): use it, say so."""
    for s in r.vocab.slots:
        if s.fill and not s.split and s.name not in r.args and r.any(s.fill[0]):
            r.args[s.name] = s.fill[1]
            r.notes.append(Note(*s.fill[2]))


def _split(r: Reading, s: Slot) -> None:
    """A map whose keys are calls: one call per key named (or the one asked about), its number the map's input."""
    t = r.q.text
    values: dict[str, float] = dict(r.args.pop(s.name, None) or {})
    r.read = [x for x in r.read if x != s.name]
    found = _outermost([terms(t, "", r.pattern(c.terms)) for c in s.choices])
    positions = {str(c.value): ws[0].start for c, ws in zip(s.choices, found) if ws}
    asked = r.args.get(s.split) if s.split in r.read else None
    orphan = values.pop("?", None)
    if asked is not None:
        keys = [asked]
    else:
        keys = sorted(set(values) | set(positions), key=lambda k: positions.get(k, len(t)))
    if not keys:
        return
    if orphan is not None:
        values[keys[0]] = values.get(keys[0], 0) + orphan
    if s.name in r.reply_split and not values:
        values[keys[0]] = r.reply_split[s.name]
    calls, read = [], 0
    filled = False
    for key in keys:
        value = values.get(key)
        if value is None:
            if s.fill and r.any(s.fill[0]):
                value = s.fill[1]
                filled = True
            else:
                if s.ask and not r.split_needs:
                    zh, en = _choice_labels(r, s.split).get(key, (key, key))
                    r.split_needs.append(Need(s.name, s.ask[0].format(key=zh), s.ask[1].format(key=en)))
                continue
        else:
            read += 1
        calls.append({s.split: key, s.name: _num(value)})
    if filled and s.fill:
        r.notes.append(Note(*s.fill[2]))
    r.item_facts[s.name] = read
    if read:
        r.read.append(s.name)
    first = calls[0] if calls else {s.split: keys[0]}
    r.args.update(first)
    r.extra = calls[1:]


# ------------------------------------------------------------------------------------------ binding
def _bind_enums(r: Reading) -> None:
    for slot in r.vocab.slots:
        if slot.kind != "enum":
            continue
        for choice in slot.choices:
            if choice.terms and compiled(r.pattern(choice.terms)).search(r.q.text) and (not choice.when or r.any(choice.when)):
                r.args[slot.name] = choice.value
                if choice.note:
                    r.notes.append(Note(*choice.note))
                else:
                    r.read.append(slot.name)
                break
        else:
            # A choice with no words is what the question is read as when it names none (shown as a note).
            fallback = next((c for c in slot.choices if not c.terms and c.note), None)
            if fallback is not None:
                r.args[slot.name] = fallback.value
                r.notes.append(Note(*fallback.note))  # type: ignore[misc]


def _bind_flags(r: Reading) -> None:
    for slot in r.vocab.slots:
        if slot.kind != "flag":
            continue
        t = r.q.text
        asked = bool(r.q.followup_start) and slot.name in r.q.expected
        if asked:
            t = t[r.q.followup_start:]  # the reply to the question about this flag answers it
        said = terms(t, slot.name, r.pattern(slot.terms))
        either = said + terms(t, slot.name, r.pattern(slot.false_terms)) if slot.false_terms else said
        if any(compiled(QUALIFIERS["unsure"]).search(clause_of(t, m.start, m.end)) for m in either):
            r.unsure.append(slot.name)  # "前次有沒有被要求我不記得了": asked, not read either way
            continue
        if asked and not either and (m := _YES_NO.match(t.strip())):
            r.args[slot.name] = m.group(1) is not None
            r.read.append(slot.name)
            continue
        if slot.false_terms and compiled(r.pattern(slot.false_terms)).search(t) or any(negated(t, m.start) for m in said):
            r.args[slot.name] = False
        elif said:
            r.args[slot.name] = True
        else:
            continue
        r.read.append(slot.name)


_YES_NO = re.compile(r"(有|是|對|要|yes|yep|yeah|correct|true)|(沒有|沒|不是|否|不|no|nope|false)", re.IGNORECASE)


def _bind_dates(r: Reading) -> None:
    slots = [s for s in r.vocab.slots if s.kind == "date"]
    if not slots:
        return
    t, v = r.q.text, r.vocab
    default = next((s for s in slots if s.default), None)
    found = dates(r.q)
    for m in found:
        if m.kind == "bad_date":
            continue
        shifted = next((s for s in slots if s.shift and s.name not in r.args and (
            compiled(rf"(?:{s.shift[0]})\s*$").search(t[max(0, m.start - 24):m.start])
            or compiled(rf"^\s*(?:{s.shift[1]})").search(t[m.end:m.end + 10]))), None)
        if shifted is not None and shifted.shift and m.kind == "date":
            day = m.value
            try:
                moved = day.replace(year=day.year + shifted.shift[2])  # type: ignore[union-attr]
            except ValueError:  # 29 February
                moved = day.replace(year=day.year + shifted.shift[2], day=28)  # type: ignore[union-attr]
            r.args[shifted.name] = moved.isoformat()
            r.read.append(shifted.name)
            r.notes.append(Note(shifted.shift[3][0].format(date=day.isoformat(), moved=moved.isoformat()),  # type: ignore[union-attr]
                                shifted.shift[3][1].format(date=day.isoformat(), moved=moved.isoformat())))  # type: ignore[union-attr]
            continue
        context = t[max(0, m.start - 8):m.start] + " " + t[m.end:m.end + 6]
        near_slot = [(dist, i, s) for i, s in enumerate(slots) if s.terms
                     if (dist := _nearest(t, m, r.pattern(s.terms), s.near, after=s.near_after)) is not None]
        if v.date_skip and compiled(v.date_skip).search(context):
            continue  # a birth date is no date of this tool
        if v.date_other and compiled(v.date_other).search(context) and not any(d <= 8 for d, _, _ in near_slot):
            continue  # an application date, not the certificate's
        # Words right after a date name it ("2026/5/1 到期"); otherwise the nearest slot words within reach.
        after = [(d, i, s) for d, i, s in near_slot if default is not None and s is default and _nearest(t, m, r.pattern(s.terms), 8, only_after=True) is not None]
        slot = after[0][2] if after else min(near_slot, key=lambda x: (x[0], x[1]))[2] if near_slot else default
        if slot is None or slot.name in r.args:
            continue
        if m.kind == "partial_date":
            if not slot.past:
                continue
            day = past_day(*m.value, r.q.today)  # type: ignore[misc]
            if day is None:
                continue
            r.notes.append(_no_year_note(r, slot, m, day))
            r.args[slot.name] = day.isoformat()
        else:
            r.args[slot.name] = m.value.isoformat()  # type: ignore[union-attr]
        r.read.append(slot.name)
    for s in slots:
        if s.today_when and s.name not in r.args and r.any(s.today_when):
            today = r.q.today.isoformat()
            r.args[s.name] = today
            r.notes.append(Note(f"{_labels(r, s.name)[0]}以今天（{today}）計算。",
                                f"The {_labels(r, s.name)[1].lower()} is taken to be today ({today})."))
    if not any(m.kind == "date" for m in found) and v.invalid_date and default is not None:
        for m in found:
            if m.kind == "bad_date":
                r.invalid.append(Need(default.name, v.invalid_date[0].format(date=m.text), v.invalid_date[1].format(date=m.text)))


def _no_year_note(r: Reading, slot: Slot, m: Mention, day: Any) -> Note:
    label_zh, label_en = _labels(r, slot.name)
    month, dom = m.value  # type: ignore[misc]
    return Note(f"{label_zh}未寫年份，視為 {day.isoformat()}（今天以前最近的一個 {month} 月 {dom} 日）。",
                f"No year was given for the {label_en.lower()}; read as {day.isoformat()} (the latest such day up to today).")


def _nearest(text: str, m: Mention, pattern: str, reach: int, *, only_after: bool = False, after: int | None = None) -> int | None:
    best: int | None = None
    for w in terms(text, "", pattern):
        if w.end <= m.start and not only_after:
            d, limit = m.start - w.end, reach
        elif w.start >= m.end:
            d, limit = w.start - m.end, reach if after is None else after
        else:
            continue
        if d <= limit and (best is None or d < best):
            best = d
    return best


def _units_ok(slot: Slot, unit: str | None) -> bool:
    return (unit or "") in slot.units or unit in slot.own_units


def _targets(r: Reading) -> list[tuple[Slot, str | None, str]]:
    """What a number can be bound to: (slot, map key or None, its words); "*" is a map's `rest`."""
    out: list[tuple[Slot, str | None, str]] = []
    for s in r.vocab.slots:
        if s.kind == "number":
            out.append((s, None, r.pattern(s.terms)))
        elif s.kind == "map":
            out += [(s, str(c.value), r.pattern(c.terms)) for c in s.choices]
            if s.rest:
                out.append((s, "*", r.pattern(s.rest)))
    return out


def _outermost(groups: list[list[Mention]]) -> list[list[Mention]]:
    """Where words overlap the longest wins (非腫瘤栓塞 is not 腫瘤栓塞)."""
    spans = [(w.start, w.end) for g in groups for w in g]
    return [[w for w in g if not any(s <= w.start and w.end <= e and (e - s) > (w.end - w.start) for s, e in spans)]
            for g in groups]


def _distance(t: str, n: Mention, w: Mention, s: Slot) -> int | None:
    """How far a word is from a number it may name: before it in the same clause, or just after it (past the
    words naming what it counts: "480 screenings a month")."""
    if w.end <= n.start:
        return joins(t, w.end, n.start, s.gap)
    if w.start >= n.end:
        if s.after_link:
            return 0 if compiled(rf"^(?:{s.after_link})$").match(t[n.end:w.start]) else None
        end = n.end
        if s.unread and (m := compiled(rf"^\s*(?:{s.unread})\b").match(t[n.end:w.start])):
            end += m.end()
        return joins(t, end, w.start, s.gap_after)
    return None


def _counted_first(r: Reading, targets: list[tuple[Slot, str | None, str]], nums: list[Mention]) -> tuple[str, set[int]]:
    """Numbers followed by the noun they count ("2 位放射師") are that slot's; the text with them blanked out,
    so they separate no label from its number ("今天 2 位放射師拍了 90 案": the day's count is 90)."""
    t = r.q.text
    counted: set[int] = set()
    for s, key, pattern in targets:
        if not s.counted or (s.when and not r.any(s.when)):
            continue
        for n in nums:
            if _units_ok(s, n.unit) and any(w.start >= n.end and joins(t, n.end, w.start, 1) is not None
                                            for w in terms(t, "", pattern)):
                counted.add(n.start)
                t = t[:n.start] + " " * (n.end - n.start) + t[n.end:]
    return t, counted


def _bind_numbers(r: Reading) -> None:
    """Each number goes to the slot (or map key) whose word is nearest in its clause."""
    targets = _targets(r)
    if not targets:
        return
    t = r.q.text
    words = _outermost([terms(t, "", pattern) for _, _, pattern in targets])
    spans = [(w.start, w.end) for ws in words for w in ws]
    nums = [n for n in numbers(r.q) if not any(s <= n.start and n.end <= e for s, e in spans) and n.start not in r.used]
    if r.q.followup_start:
        nums = [n for n in nums if n.start < r.q.followup_start or n.unit is not None]
    bound: dict[tuple[str, str | None], list[tuple[Mention, float]]] = {}
    taken: set[int] = set()
    prev: tuple[Mention, tuple[str, str | None] | None] | None = None
    t, counted = _counted_first(r, targets, nums)
    for n in nums:
        if n.start in counted:
            s_c = next(s for s, _, _ in targets if s.counted and (not s.when or r.any(s.when)) and _units_ok(s, n.unit))
            bound.setdefault((s_c.name, None), []).append((n, float(n.value)))  # type: ignore[arg-type]
            taken.add(n.start)
            continue
        best: tuple[tuple[int, int, int], tuple[str, str | None]] | None = None
        for i, (s, key, _) in enumerate(targets):
            if not _units_ok(s, n.unit) or (s.min_value is not None and float(n.value) < s.min_value):  # type: ignore[arg-type]
                continue
            if s.when and not r.any(s.when):
                continue
            if s.kind == "number" and s.pick == "first" and bound.get((s.name, None)) and not after_subset(t, n.start):
                continue  # a slot of one number already has it: the next number goes to its next-best slot
            for w in words[i]:
                d = _distance(t, n, w, s)
                # The noun a number counts right after it ("2 位放射師") first, then a word before the number
                # (its label), then one after it ("40 completed").
                if d is not None and s.counted and w.start >= n.end and d <= 1:
                    rank = (-1, d, i)
                else:
                    rank = (0 if w.end <= n.start or s.after_link else 1, d, i) if d is not None else None
                if rank is not None and (best is None or rank < best[0]):
                    best = (rank, (s.name, key))
            if n.unit in s.own_units and best is None:
                best = ((999, 2, i), (s.name, key))
        if best is None and prev is not None and prev[1] is not None:
            s_prev = r.vocab_slot(prev[1][0])
            if s_prev.many and _units_ok(s_prev, n.unit) and _LIST_JOIN.match(t[prev[0].end:n.start]):
                best = ((0, 0, 0), prev[1])  # "330、340": the list goes on
        prev = (n, best[1] if best is not None else None)
        if best is not None:
            bound.setdefault(best[1], []).append((n, float(n.value)))  # type: ignore[arg-type]
            taken.add(n.start)
            # "劑量、假體、壓迫每項都 85 分": an "each" qualifier gives the number to every listed key of the map.
            for i, (s, key, _) in enumerate(targets):
                if s.kind == "map" and s.name == best[1][0] and key not in (best[1][1], "*") and _units_ok(s, n.unit):
                    if any(w.end <= n.start and joins(t, w.end, n.start, s.gap) is not None and spreads(t, w.end, n.start)
                           for w in words[i]) and not bound.get((s.name, key)):
                        bound.setdefault((s.name, key), []).append((n, float(n.value)))  # type: ignore[arg-type]
    _place_unread(r, nums, taken, bound)
    for s in r.vocab.slots:
        if s.kind == "number":
            got = bound.get((s.name, None))
            if not got and s.fallback_units:
                only = [n for n in nums if (n.unit or "") in s.fallback_units and n.start not in taken]
                if len(only) == 1:
                    got = [(only[0], float(only[0].value))]  # type: ignore[arg-type]
            if got:
                n, value = got[0] if s.pick == "first" else got[-1]
                part = [g for g in got if after_subset(t, g[0].start)]
                if part and len(got) > 1:
                    n, value = part[0]  # "SCI 3 篇，其中 2 篇我是通訊作者": the part the slot's words name
                if s.same_key and _other_key(r, s, n):
                    r.notes.append(Note(s.same_key[2][0].format(value=_num(value)), s.same_key[2][1].format(value=_num(value))))
                    continue
                if s.fraction and 0 < value <= 1 and n.unit != "%":
                    r.notes.append(Note(f"{_labels(r, s.name)[0]} {value:g} 視為比例，即 {value * 100:g}%。",
                                        f"A {_labels(r, s.name)[1].lower()} of {value:g} is read as a fraction: {value * 100:g}%."))
                    value = round(value * 100, 4)
                value *= dict(s.scale).get(n.unit or "", 1)
                r.args[s.name] = _num(value)
                r.read.append(s.name)
        elif s.kind == "map":
            _fill_map(r, s, bound, nums, taken)
            if s.or_list:
                _map_or_list(r, s, [n for n in numbers(r.q) if _units_ok(s, n.unit)
                                    and (s.min_value is None or float(n.value) >= s.min_value)])  # type: ignore[arg-type]


_EACH = QUALIFIERS["each"] + r"|每人|都|\ball\b"
SEPARATOR_OR_DIGIT = re.compile(SEPARATOR.pattern[:-1] + r"\d]")
_LIST_JOIN = re.compile(r"^\s*(?:[、和及與/]|,\s*|\s)\s*$")


def _map_or_list(r: Reading, s: Slot, nums: list[Mention]) -> None:
    """A map read by key, or all the numbers as a list: whichever shape the input model accepts."""
    shapes: list[tuple[Any, bool]] = []
    if s.name in r.args:
        by_key = r.args.pop(s.name)
        if all(isinstance(v, list) and len(v) == 1 for v in by_key.values()):
            shapes.append(({k: v[0] for k, v in by_key.items()}, False))  # the simplest shape first
        shapes.append((by_key, False))
    if nums:
        shapes.append(([_num(float(n.value)) for n in nums], True))  # type: ignore[arg-type]
    r.read = [x for x in r.read if x != s.name]
    for value, is_list in shapes:
        if not any(f == s.name and kind != "missing" for f, _, kind, _ in _problems(r, {**r.args, s.name: value})):
            r.args[s.name] = value
            r.read.append(s.name)
            if is_list and s.list_note and r.any(s.list_note_when):
                r.notes.append(Note(*s.list_note))
            return


def _other_key(r: Reading, s: Slot, n: Mention) -> bool:
    """The number's clause names keys of a map, and not the one the question asks about."""
    assert s.same_key is not None
    map_slot, enum_slot = r.vocab_slot(s.same_key[0]), r.vocab_slot(s.same_key[1])
    if enum_slot.name not in r.read:
        return False
    t = r.q.text
    start = max(t.rfind(ch, 0, n.start) for ch in "，,。；;") + 1
    ends = [i for i in (t.find(ch, n.end) for ch in "，,。；;") if i != -1]
    clause = t[start:min(ends) if ends else len(t)]
    named = {str(c.value) for c in map_slot.choices if compiled(r.pattern(c.terms)).search(clause)}
    return bool(named) and r.args.get(enum_slot.name) not in named


def _place_unread(r: Reading, nums: list[Mention], taken: set[int],
                  bound: dict[tuple[str, str | None], list[tuple[Mention, float]]]) -> None:
    """Counts of a slot's kind that no word placed: a reply naming a slot's words places them; else they are asked about."""
    t, q = r.q.text, r.q
    for n in nums:
        if n.start in taken:
            continue
        kind = next((s for s in r.vocab.slots if s.kind == "number" and s.unread and _units_ok(s, n.unit)
                     and compiled(rf"^\S*?\s*(?:{s.unread})").match(t[n.start:]) and float(n.value) != 1), None)
        if kind is None:
            continue
        reply = t[q.followup_start:] if q.followup_start and n.start < q.followup_start else ""
        placed = next((s for s in r.vocab.slots if s.kind == "number" and s.unread and reply and (s.name, None) not in bound
                       and (not s.when or r.any(s.when)) and compiled(r.pattern(s.terms)).search(reply)), None)
        if placed is not None:
            bound[(placed.name, None)] = [(n, float(n.value))]  # type: ignore[arg-type]
            taken.add(n.start)
        else:
            r.unread.append((n, kind))


def _fill_map(r: Reading, s: Slot, bound: dict[tuple[str, str | None], list[tuple[Mention, float]]],
              nums: list[Mention] | None = None, taken: set[int] | None = None) -> None:
    if s.sum:
        _sum_map(r, s, bound, nums or [], taken if taken is not None else set())
        return
    found: dict[str, Any] = {str(c.value): ([_num(v) for _, v in got] if s.many else _num(got[0][1] if s.pick == "first" else got[-1][1]))
                             for c in s.choices if (got := bound.get((s.name, str(c.value))))}
    rest = bound.get((s.name, "*"))
    if rest and found:
        value = _num(rest[0][1])
        others = [c for c in s.choices if str(c.value) not in found and (not c.when or r.any(c.when))]
        found.update({str(c.value): value for c in others})
        names = _choice_labels(r, s.name)
        r.notes.append(Note(f"「其他項目」視為{'、'.join(names.get(str(c.value), (str(c.value),) * 2)[0] for c in others)}，各 {value} 分。",
                            f"'Everything else' is read as {', '.join(names.get(str(c.value), (str(c.value),) * 2)[1] for c in others)}, {value} each."))
    if found and (not s.many or len(found) == len(s.choices)):
        r.args[s.name] = found
        r.read.append(s.name)


_TOTAL_BEFORE = re.compile(rf"(?:{QUALIFIERS['total']}|total(?:ly)?|in all)\s*$", re.IGNORECASE)


def _sum_map(r: Reading, s: Slot, bound: dict[tuple[str, str | None], list[tuple[Mention, float]]],
             nums: list[Mention], taken: set[int]) -> None:
    """Counts by key, added up ("RFA 130、MWA 55": ablation 185); a stated total (共 300 例) is the key's total."""
    t = r.q.text
    found: dict[str, float] = {}
    last: list[tuple[Mention, str]] = []
    for c in s.choices:
        for n, v in bound.get((s.name, str(c.value)), []):
            found[str(c.value)] = found.get(str(c.value), 0) + v
            last.append((n, str(c.value)))
    totals: dict[str, float] = {}
    for n in nums:
        if n.start in taken or not _units_ok(s, n.unit):
            continue
        counts = n.unit == "例" or (s.orphan and compiled(rf"^\s*(?:[a-z&/-]+\s+){{0,4}}(?:{s.orphan})").match(t[n.end:n.end + 32]))
        if not counts:
            continue
        before = [k for m, k in last if m.end <= n.start and n.start - m.start <= 30]
        if _TOTAL_BEFORE.search(t[max(0, n.start - 8):n.start]) and before:
            totals[before[-1]] = float(n.value)  # type: ignore[arg-type]
        else:
            found["?"] = found.get("?", 0) + float(n.value)  # type: ignore[arg-type]
        taken.add(n.start)
    found.update(totals)
    if found:
        r.args[s.name] = {k: _num(v) for k, v in found.items()}
        r.read.append(s.name)


def _choice_labels(r: Reading, name: str) -> dict[str, tuple[str, str]]:
    extra = r.vocab.model.model_fields[name].json_schema_extra
    choices = extra.get("choices", {}) if isinstance(extra, dict) else {}
    return {str(k): (str(v[0]), str(v[1])) for k, v in choices.items()} if isinstance(choices, dict) else {}


_RUN = re.compile(r"\s*(?:[、,，/和及]|and|&)\s*", re.IGNORECASE)


def _run_after(r: Reading, start: int, slot: Slot) -> list[Mention]:
    """The numbers listed right after the slot's words, joined by list separators ("工作天數 365、300、200 天")."""
    run: list[Mention] = []
    for n in numbers(r.q):
        if n.start < start:
            continue
        gap = r.q.text[run[-1].end if run else start:n.start]
        if run and not _RUN.fullmatch(gap):
            break
        if not run and (len(gap) > 10 or SEPARATOR_OR_DIGIT.search(gap)):
            break
        if n.unit not in (None, *slot.units):
            break
        run.append(n)
    return run if len(run) > 1 else []


def _bind_lists(r: Reading) -> None:
    """One number per item: a group with "each", a group with a value word, a listed run, or the numbers of the unit."""
    t = r.q.text
    for s in (x for x in r.vocab.slots if x.kind == "list"):
        values: list[float] = []
        group_each = None
        for g in compiled(s.group).finditer(t) if s.group else ():
            m = compiled(rf"^[^，,。；\d]{{0,12}}?(?:{_EACH})[^，,。；\d]{{0,10}}?(\d+(?:\.\d+)?)\s*(?:{_unit_words(s)})").search(t[g.end():])
            if m:
                group_each = (g, m, int(g.group(1)), float(m.group(1)))
        if group_each is not None:
            g, m, count, value = group_each
            values = [value] * count
            r.used.update(n.start for n in numbers(r.q) if g.end() <= n.start < g.end() + m.end())
        else:
            for g in compiled(s.head).finditer(t) if s.head else ():
                rest = t[g.end():g.end() + 16]
                word = next((w for w in s.word_values if compiled(rf"^[^，,。；\d]{{0,8}}?(?:{w[0]})").search(rest)), None)
                if word is not None:
                    values = [word[1]] * int(next(x for x in g.groups() if x))
                    r.notes.append(Note(*word[2]))
                    break
        length = _list_length(r, s)
        if not values and s.every_value and length and (m := compiled(s.every_value).search(t)):
            values = [float(next(g for g in m.groups() if g))] * length
        if not values and s.loose:
            picked = [n for n in numbers(r.q) if (n.unit or "") in s.units and n.start not in r.used
                      and (s.max_value is None or float(n.value) <= s.max_value)  # type: ignore[arg-type]
                      and not t[:n.start].endswith("第")]
            values = [float(n.value) for n in picked]  # type: ignore[arg-type]
            if length and len(values) > length:
                values = values[-length:]
                if s.short_note:
                    r.notes.append(Note(*s.short_note))
            if length and len(values) == length - 1 and s.short_ask and (not s.short_ask[0] or r.any(s.short_ask[0])):
                shown = "、".join(f"{v:g}" for v in values), ", ".join(f"{v:g}" for v in values)
                r.mismatch.append(Need(s.name, s.short_ask[1][0].format(values=shown[0]), s.short_ask[1][1].format(values=shown[1])))
                r.item_facts[s.name] = 1
                continue
            if length and len(values) != length:
                continue
            r.used.update(n.start for n in picked)
        if not values and not s.loose:
            start = next((w.end for w in terms(t, "", r.pattern(s.terms))), None) if s.terms else None
            run = _run_after(r, start, s) if start is not None else []
            picked = run or [n for n in numbers(r.q) if n.unit in s.units and n.unit]
            values = [float(n.value) for n in picked]  # type: ignore[arg-type]
            r.used.update(n.start for n in picked)
            singles = len(compiled(s.single).findall(t)) if s.single else 0
            if singles and s.word_values:
                values = [s.word_values[0][1]] * singles + values
                r.notes.append(Note(*s.word_values[0][2]))
        values = _list_reply(r, s, values)
        head = next((int(x) for m in compiled(s.head).finditer(t) for x in m.groups() if x), None) if s.head else None
        if values and head is not None and head != len(values) and s.mismatch:
            r.mismatch.append(Need(s.name, s.mismatch[0].format(said=head, read=len(values)),
                                   s.mismatch[1].format(said=head, read=len(values))))
        elif values:
            r.args[s.name] = [_num(v) for v in values]
            r.read.append(s.name)


def _list_length(r: Reading, s: Slot) -> int | None:
    """How many items the input model wants, when it says (min_length == max_length)."""
    info = r.vocab.model.model_fields[s.name]
    lo = next((m.min_length for m in info.metadata if getattr(m, "min_length", None) is not None), None)
    hi = next((m.max_length for m in info.metadata if getattr(m, "max_length", None) is not None), None)
    return lo if lo is not None and lo == hi else None


def _list_reply(r: Reading, s: Slot, values: list[float]) -> list[float]:
    """The reply to "list each one's …": its numbers replace the ones read, the items named by a value word stay."""
    q = r.q
    if not q.followup_start or s.name not in q.expected or s.loose:
        return values  # a loose list already reads the reply's figures after the question's
    reply = [float(n.value) for n in numbers(q) if n.start >= q.followup_start and n.unit in (None, *s.units)]  # type: ignore[arg-type]
    if not reply:
        return values
    if s.group and any(g.start() >= q.followup_start for g in compiled(s.group).finditer(q.text)):
        return values  # the reply restates a group ("2 位各 300 天"), already read
    before = [float(n.value) for n in numbers(q) if n.start < q.followup_start and n.unit in s.units and n.unit]  # type: ignore[arg-type]
    kept = [v for v in values if s.word_values and v == s.word_values[0][1] and v not in before]
    head = next((int(x) for m in compiled(s.head).finditer(q.text) for x in m.groups() if x), None) if s.head else None
    return kept + reply if kept and head == len(kept) + len(reply) else reply


def _unit_words(s: Slot) -> str:
    return "|".join(["天|days?" if u == "天" else re.escape(u) for u in s.units if u])


def _bind_items(r: Reading) -> list[Need]:
    needs: list[Need] = []
    for s in (x for x in r.vocab.slots if x.kind == "items"):
        got, facts = bind_items(r, s)
        needs += got
        r.item_facts[s.name] = facts
    return needs


def _bind_reply(r: Reading) -> None:
    """A reply to a clarifying question: its bare numbers fill the slots that were asked for, in order."""
    q = r.q
    if not q.followup_start or not q.expected:
        return
    reply = [n for n in numbers(q) if n.start >= q.followup_start]
    for key in q.expected:
        split = next((s for s in r.vocab.slots if s.name == key and s.kind == "map" and s.split), None)
        if split is not None:
            fits = [n for n in reply if n.unit is None]
            if fits and not r.args.get(key):
                reply.remove(fits[0])
                r.reply_split[key] = float(fits[0].value)  # type: ignore[arg-type]
            continue
        slot = next((s for s in r.vocab.slots if s.name == key and s.kind == "number" and s.reply), None)
        if slot is None or key in r.args:
            continue
        fits = [n for n in reply if n.unit is None or _units_ok(slot, n.unit)]
        if fits:
            reply.remove(fits[0])
            candidate = {**r.args, key: _num(float(fits[0].value) * dict(slot.scale).get(fits[0].unit or "", 1))}  # type: ignore[arg-type]
            if _rejected(r, candidate, key):
                continue  # a reply that is no valid value is asked again
            r.args = candidate
            r.read.append(key)


def _drop_lone(r: Reading) -> None:
    """A slot that is no fact on its own: without another fact it neither counts nor, at its default, stays."""
    lone = [s for s in r.vocab.slots if not s.alone and s.name in r.args]
    if not lone or r.holds(("@fact",)):
        return
    for s in lone:
        r.read = [n for n in r.read if n != s.name]
        if r.args[s.name] == r.vocab.model.model_fields[s.name].default:
            r.args.pop(s.name)


def _keep_one_of(r: Reading) -> None:
    groups = [g for g in r.vocab.one_of if any(s in r.args for s in g)]
    for g in groups[1:]:
        for s in g:
            r.args.pop(s, None)


# ---------------------------------------------------------------------------------------- checking
def _labels(r: Reading, name: str) -> tuple[str, str]:
    extra = r.vocab.model.model_fields[name].json_schema_extra
    meta = extra if isinstance(extra, dict) else {}
    return str(meta.get("label_zh", name)), str(meta.get("label_en", name))


def _problems(r: Reading, args: dict[str, Any]) -> list[tuple[str, str | None, str, str]]:
    """(field, map key or None, error type, message) of each problem the input model finds in `args`."""
    try:
        r.vocab.model.model_validate(args)
    except ValidationError as err:
        maps = {s.name for s in r.vocab.slots if s.kind == "map"}
        out: list[tuple[str, str | None, str, str]] = []
        for e in err.errors():
            loc = [p for p in e["loc"] if isinstance(p, str)]
            problem = (e.get("ctx") or {}).get("error")
            items = {s.name for s in r.vocab.slots if s.kind == "items"}
            if loc and loc[0] in items and len(e["loc"]) > 1 and (isinstance(problem, FieldProblem) or e["type"] == "missing"):
                continue  # a field an item needs: asked by the items reading
            name = (problem.field if isinstance(problem, FieldProblem) else (loc[0] if loc else "")).split(".")[0]
            key = loc[1] if name in maps and len(loc) > 1 and loc[1] != "[key]" else None
            out.append((name, key, e["type"], e["msg"]))
        return out
    return []


def _rejected(r: Reading, args: dict[str, Any], key: str) -> bool:
    return any(f == key and kind != "missing" for f, _, kind, _ in _problems(r, args))


def _check(r: Reading) -> list[Need]:
    """Validate the candidate arguments with the tool's input model: a value it rejects is `invalid`, a slot
    it misses (or one the vocabulary asks for in this question) is a `Need`."""
    needs_extra: list[Need] = []
    placeholders = {s.name: s.choices[0].value for s in r.vocab.slots
                    if s.kind == "enum" and s.choices and s.name not in r.args}
    missing: list[str] = []
    for _ in range(len(r.vocab.slots) + 1):
        problems = _problems(r, {**placeholders, **r.args})
        bad = [(f, key, msg) for f, key, kind, msg in problems if f in r.args and kind != "missing"]
        if bad:
            for f, key, msg in bad:
                slot = r.vocab_slot(f) if any(s.name == f for s in r.vocab.slots) else None
                text = slot.bad if slot and slot.bad else (f"{_labels(r, f)[0]}：{msg}", f"{_labels(r, f)[1]}: {msg}")
                if not any(n.key == (key or f) for n in r.invalid):
                    r.invalid.append(Need(key or f, *text))
                if key is not None and isinstance(r.args.get(f), dict):
                    r.args[f].pop(key, None)
                    if r.args[f]:
                        continue
                r.args.pop(f, None)
            continue
        if r.invalid:
            break  # a rejected value is asked about first
        missing = [f for f, _, _, _ in problems if f not in r.args and f not in missing]
        break
    missing += [f for f in r.unsure if f not in missing]
    required = [f for f, info in r.vocab.model.model_fields.items() if info.is_required()]
    maps_read = {s.name for s in r.vocab.slots if s.kind == "map" and s.name in r.read}
    missing += [f for f in required if f not in r.args and f not in missing]
    missing = [f for f in missing if not any(n.key == f for n in r.invalid) and not (f in maps_read and r.invalid)]
    for s in r.vocab.slots:
        if r.args.get(s.name) in (None, [], {}) and s.name not in missing and s.ask_when and r.any(s.ask_when) and not r.any(s.ask_unless):
            missing.append(s.name)
    for s in r.vocab.slots:
        # a map key the question makes needed ("我們是 CR 系統": the CR item) but gives no number for
        if s.kind == "map" and isinstance(r.args.get(s.name), dict) and not r.invalid:
            names = _choice_labels(r, s.name)
            for c in s.choices:
                if c.when and str(c.value) not in r.args[s.name] and r.any(c.when) and not any(n.key == str(c.value) for n in needs_extra):
                    zh, en = names.get(str(c.value), (str(c.value), str(c.value)))
                    needs_extra.append(Need(str(c.value), f"「{zh}」的分數是多少？", f"What did the {en} score?"))
    unread: list[Need] = []
    if r.unread:
        # A count placed nowhere is asked about (which slot is it?), on the first slot of its kind still missing.
        n, _ = r.unread[0]
        slot = next((s for s in r.vocab.slots if s.unread_ask and s.name not in r.args and (not s.when or r.any(s.when))), None)
        if slot is not None and slot.unread_ask:
            given = f"{float(n.value):g}"  # type: ignore[arg-type]
            unread = [Need(slot.name, slot.unread_ask[0].format(given=given), slot.unread_ask[1].format(given=given))]
            missing = [f for f in missing if f != slot.name and not (r.vocab_slot(f).unread_ask if f in {x.name for x in r.vocab.slots} else None)]
    order = [s.name for s in r.vocab.slots]
    needs = []
    for f in sorted(set(missing), key=lambda f: order.index(f) if f in order else len(order)):
        slot = r.vocab_slot(f) if f in order else None
        zh, en = slot.ask if slot and slot.ask else (f"請提供{_labels(r, f)[0]}。", f"Please give the {_labels(r, f)[1].lower()}.")
        needs.append(Need(f, zh, en))
    return needs + needs_extra + unread


def _num(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v
