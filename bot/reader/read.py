"""One generic reader: mentions bound to a tool's declared slots, checked by the tool's input model.

The reader knows no tool: everything about one (its words, slots, units, enum values, the questions to ask)
comes from its `Vocabulary` (calculators/vocab_*.py); every range and threshold is the input model's.
"""

from __future__ import annotations

from bot.extract.base import Extraction, Need, Note
from bot.parsing.text import Query
from bot.reader.check import bind_reply, check, drop_lone, fill, keep_one_of, split
from bot.reader.items import bind_items
from bot.reader.lists import bind_lists
import re

from bot.reader.mentions import Mention, aggregate_before, clause_of, compiled, dates, numbers, target_of
from bot.reader.numbers import bind_numbers, bind_parts
from bot.reader.reading import Reading, choice_labels
from bot.reader.words import bind_dates, bind_enums, bind_flags
from calculators.vocab import Vocabulary


def read(q: Query, vocab: Vocabulary) -> Extraction | None:
    """The tool call the question states for this vocabulary's tool, or None when it is not this tool's."""
    each = _each_choice(q, vocab)
    if each is not None:
        return each
    r = Reading(q, vocab)
    targets = [n for n in numbers(q) if target_of(q.text, n.start, n.end)]
    r.used.update(n.start for n in targets)  # "平均差一點點到360": the line compared against, no figure of any slot
    bind_enums(r)
    bind_flags(r)
    bind_dates(r)
    bind_lists(r)
    item_needs = _bind_items(r)
    bind_parts(r)
    bind_numbers(r)
    bind_reply(r)
    _drop_aggregates(r)
    keep_one_of(r)
    if not r.any(vocab.trigger) or r.any(vocab.block):
        return None
    drop_lone(r)
    fill(r)
    for s in vocab.slots:
        if s.kind == "map" and s.split:
            split(r, s)
    _set_aside_targets(r, targets)
    checked = check(r)
    split_keys = {s.name: s.split for s in vocab.slots if s.kind == "map" and s.split}
    # a split map's number is asked per key: not before the key itself is known
    checked = [n for n in checked if not (n.key in split_keys and split_keys[n.key] not in r.args)]
    needs = item_needs + r.mismatch
    needs += [n for n in checked if not any(m.key == n.key for m in needs + r.split_needs)] + r.split_needs
    # a count placed nowhere, or a figure the person says they lack, is still about their own case
    facts = r.facts() or (1 if r.unread or r.lacking else 0)
    items = sum(len(r.args.get(s.name) or ()) for s in vocab.slots if s.kind == "items")
    score = vocab.base + vocab.per_fact * facts + vocab.per_item * items + sum(v for clause, v in vocab.bonus if r.holds(clause))
    needs = _each_if_missing(r, needs)
    aside = _framing(r)
    ext = Extraction(vocab.tool, r.args, needs, r.notes, invalid=r.invalid, score=score, facts=facts)
    ext.extra_calls = [] if needs else [{**r.args, **call} for call in r.extra]
    ext.set_aside = list(r.set_aside) + aside
    return ext

def _drop_aggregates(r: Reading) -> None:
    """"抽選片 360、359，平均 359.5", "scores 352 and 347, average 349.5": the person's own average or total of the figures
    they listed is no figure of the list — taken out of it (the ledger checks it against the figures, and asks when it
    disagrees). Only beside two figures or more of the same list: "4 組平均 338" alone is the figure given."""
    for n in (n for n in numbers(r.q) if aggregate_before(r.q.text, n.start)):
        for s in (s for s in r.vocab.slots if s.kind in ("list", "map") and s.name in r.args):
            value = r.args[s.name]
            lists = [value] if isinstance(value, list) else [v for v in value.values() if isinstance(v, list)] \
                if isinstance(value, dict) else []
            # the figure said as an item as well ("362、358、366，平均是 362") stays, once per time it is said as one
            items_said = sum(1 for x in numbers(r.q) if float(x.value) == float(n.value)  # type: ignore[arg-type]
                             and not aggregate_before(r.q.text, x.start))
            for lst in lists:
                if len(lst) >= 3 and sum(float(x) == float(n.value) for x in lst) > items_said:  # type: ignore[arg-type]
                    # the one said last: the average comes after the figures ("362、358、366，平均是 362")
                    del lst[max(i for i, x in enumerate(lst) if float(x) == float(n.value))]  # type: ignore[arg-type]
                    r.used.discard(n.start)


def _set_aside_targets(r: Reading, targets: list[Mention]) -> None:
    """A number the person compares their figures against ("平均差一點點到360", "離 600 還差", "just short of 85") is
    read as that — the line, never one of the figures — and shown as set aside, with a note saying so."""
    if not targets:
        return
    r.set_aside += [(n.start, n.end) for n in targets]
    said = "、".join(f"「{clause_of(r.q.text, n.start, n.end).strip()}」" for n in targets)
    said_en = ", ".join(f"“{clause_of(r.q.text, n.start, n.end).strip()}”" for n in targets)
    r.notes.append(Note(f"{said}裡的 {'、'.join(f'{float(n.value):g}' for n in targets)} 是拿來比較的目標，不是您的分數或件數，未列入計算。",
                        f"In {said_en}, {', '.join(f'{float(n.value):g}' for n in targets)} is the line you compare against, "
                        "not one of your figures; it is left out of the calculation."))


def _each_if_missing(r: Reading, needs: list[Need]) -> list[Need]:
    """"證書 117/5/31 到期，何時申請？" with no certificate named: one call per certificate, said so (the slot's
    `each_if_missing`), instead of a question — when that choice is the only fact missing."""
    slot = next((s for s in r.vocab.slots if s.each_if_missing and [n.key for n in needs] == [s.name]), None)
    if slot is None or r.invalid:
        return needs
    values = list(dict.fromkeys(choice_labels(r, slot.name)) or dict.fromkeys(str(c.value) for c in slot.choices))
    r.args[slot.name] = values[0]
    r.extra = [{slot.name: v} for v in values[1:]]
    r.notes.append(Note(*slot.each_if_missing))
    return []

def _framing(r: Reading) -> list[tuple[int, int]]:
    """Numbers inside the words that frame the question (who it is about, the period of a count), not facts:
    set aside with the vocabulary's note, unless a slot took their value."""
    framed = [m.span() for pattern, _ in r.vocab.framing for m in compiled(pattern).finditer(r.q.text)]
    # a slot's value that a number outside every framing phrase gives came from that number ("SCI 1 篇一作、1 篇我是
    # 第三作者": the second 1 is still set aside); one only a framed number gives may have been read from it
    free = {float(n.value) for n in numbers(r.q) if not any(a <= n.start < b for a, b in framed)}  # type: ignore[arg-type]
    taken = {float(v) for v in r.args.values() if isinstance(v, (int, float)) and not isinstance(v, bool)} - free
    spans: list[tuple[int, int]] = []
    for pattern, note in r.vocab.framing:
        found = [n for m in compiled(pattern).finditer(r.q.text) for n in numbers(r.q)
                 if m.start() <= n.start < m.end() and float(n.value) not in taken]  # type: ignore[arg-type]
        found += [d for m in compiled(pattern).finditer(r.q.text) for d in dates(r.q)
                  if d.kind != "bad_date" and m.start() <= d.start < m.end()]
        if found:
            spans += [(n.start, n.end) for n in found]
            r.notes.append(Note(*note))
    return spans

def _bind_items(r: Reading) -> list[Need]:
    needs: list[Need] = []
    for s in (x for x in r.vocab.slots if x.kind == "items"):
        got, facts = bind_items(r, s)
        needs += got
        r.item_facts[s.name] = facts
    return needs


_SENTENCE_END = re.compile(r"[。；;？?！!\n]|\.(?=\s|$)|[,，]\s*(?=(?:and|but|while|whereas)\b|而|但|至於|至于|另外)", re.IGNORECASE)


def _each_choice(q: Query, vocab: Vocabulary) -> Extraction | None:
    """"Self-selected: non-dense 361, dense 359. And my sampled sets were 366 and 370 — grades?": an `exclusive` enum
    whose choices are each named in sentences of their own, each with its own facts, is one call per choice (in the
    order said), every one read from its own sentences alone. Anything less — a sentence naming two choices, a
    reading that misses a fact or finds none — is None (the question asks which one, as before)."""
    slot = next((s for s in vocab.slots if s.kind == "enum" and s.exclusive), None)
    if slot is None or q.followup_start:
        return None
    t = q.text
    named = lambda text: {c.value for c in slot.choices if c.terms and compiled(vocab.terms.get(c.terms, c.terms)).search(text)}
    if len(named(t)) < 2:
        return None
    bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(t)), len(t)]
    groups: list[tuple[object, int, int]] = []  # (choice, start, end)
    for a, b in zip(bounds, bounds[1:]):
        if not t[a:b].strip():
            continue
        got = named(t[a:b])
        if len(got) > 1:
            return None
        if got and (not groups or groups[-1][0] != next(iter(got))):
            groups.append((next(iter(got)), a, b))
        elif groups:
            groups[-1] = (groups[-1][0], groups[-1][1], b)  # a sentence naming none goes with the one before
        else:
            return None  # facts before any choice is named: whose they are is asked
    if len({g[0] for g in groups}) != len(groups) or len(groups) < 2:
        return None
    # the question sentence(s) after the last facts ("Which grade for each?") are every call's
    calls: list[Extraction] = []
    for _, a, b in groups:
        part = Query(t[a:b], q.today)
        if part.text != t[a:b]:
            return None  # the piece reads differently alone: no spans to map back
        ext = read(part, vocab)
        if ext is None or not ext.complete or ext.invalid or not ext.facts or ext.extra_calls or ext.tool != vocab.tool:
            return None
        calls.append(ext)
    first = calls[0]
    notes = [n for e in calls for n in e.notes]
    out = Extraction(vocab.tool, dict(first.args), [], list(dict.fromkeys(notes)), score=max(e.score for e in calls),
                     facts=sum(e.facts for e in calls))
    out.extra_calls = [dict(e.args) for e in calls[1:]]
    out.set_aside = [(a + s, a + e) for (_, a, _), ext in zip(groups, calls) for s, e in ext.set_aside]
    return out
