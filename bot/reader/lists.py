"""List slots: one number per item ("N 位各 X 天", a run sharing one unit, one figure for each year)."""

from __future__ import annotations

import re

from bot.extract.base import Need, Note
from bot.reader.mentions import QUALIFIERS, SEPARATOR, Mention, compiled, numbers, terms, total_before
from bot.reader.reading import Reading, as_number
from calculators.vocab import Slot


_EACH = QUALIFIERS["each"] + r"|每人|都|\ball\b|\bboth\b"

SEPARATOR_OR_DIGIT = re.compile(SEPARATOR.pattern[:-1] + r"\d]")

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

def bind_lists(r: Reading) -> None:
    """One number per item: a group with "each", a group with a value word, a listed run, or the numbers of the unit."""
    t = r.q.text
    for s in (x for x in r.vocab.slots if x.kind == "list"):
        values: list[float] = []
        group_each = None
        for g in compiled(s.group).finditer(t) if s.group else ():
            # "2 位放射師各 300 天", "two radiographers, both worked all 365 days"
            m = compiled(rf"^(?:\s*[,，]\s*)?[^，,。；\d]{{0,12}}?(?:{_EACH})[^，,。；\d]{{0,10}}?(\d+(?:\.\d+)?)\s*(?:{_unit_words(s)})").search(t[g.end():])
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
                      and not t[:n.start].endswith("第") and not total_before(t, n.start, checks=True)]  # 合計 655 / 剛好 600 對吧
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
            r.args[s.name] = [as_number(v) for v in values]
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
