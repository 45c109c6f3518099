"""Items slots: a list of objects read clause by clause ("SCI 全文第一作者 3 篇、國外演講 2 次").

Each clause naming one of the slot's kinds is one item; its other inputs are read in the same clause, and
the item model says which of them a kind needs (a role for a paper, a scope for a lecture): only those are
kept, a missing one is asked. Qualifiers apply generically: a clause with only a field word refines the item
before it, "其中 N" carves N out of the item before it, "都是" gives one value to every item.
"""

from __future__ import annotations

import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from bot.extract.base import Need, segments
from bot.reader.mentions import QUALIFIERS, compiled, numbers
from calculators.errors import FieldProblem
from calculators.vocab import Slot

if typing.TYPE_CHECKING:
    from bot.reader.reading import Reading


def item_model(model: type[BaseModel], name: str) -> type[BaseModel]:
    """The model of one item of a list field (list[TsirActivity] → TsirActivity)."""
    annotation = model.model_fields[name].annotation
    for arg in typing.get_args(annotation):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    raise TypeError(f"{model.__name__}.{name} is no list of models")


def _asked_by(model: type[BaseModel], item: dict[str, Any]) -> list[str]:
    """The fields the item model requires of this item (FieldProblem / missing), in order."""
    try:
        model.model_validate(item)
    except ValidationError as err:
        out = []
        for e in err.errors():
            problem = (e.get("ctx") or {}).get("error")
            field = problem.field if isinstance(problem, FieldProblem) else str(e["loc"][0]) if e["loc"] else ""
            if e["type"] == "missing" or isinstance(problem, FieldProblem):
                out.append(field)
        return out
    return []


def _enum(r: Reading, slot: Slot, clause: str) -> Any:
    return next((c.value for c in slot.choices if c.terms and compiled(r.pattern(c.terms)).search(clause)), None)


def bind_items(r: Reading, slot: Slot) -> tuple[list[Need], int]:
    """Read the items; return the needs for fields a kind requires but its clause does not give, and how many
    items had their number given (the facts)."""
    model = item_model(r.vocab.model, slot.name)
    t = r.q.text
    nums = numbers(r.q)
    items: list[dict[str, Any]] = []
    given: list[bool] = []
    subset: list[bool] = []
    missing: dict[str, Need] = {}
    subset_words = compiled(QUALIFIERS["subset"])
    for start, clause in segments(t):
        kind = _enum(r, slot, clause)
        in_clause = [n for n in nums if start <= n.start < start + len(clause)]
        values = {f.name: _enum(r, f, clause) for f in slot.fields if f.kind == "enum"}
        if kind is None and items and not in_clause:
            # "non-SCI full article 1 篇，二作": a field of the item just named (a refinement, no new item)
            asked = _asked_by(model, items[-1])
            refined = {k: v for k, v in values.items() if v is not None and k in asked and k not in items[-1]}
            if refined:
                items[-1].update(refined)
                continue
        if kind is None and items:
            kind = next((k for prev, words, k in slot.follow
                         if items[-1]["kind"] in prev and (not words or compiled(r.pattern(words)).search(clause))), None)
        if kind is None:
            continue
        item: dict[str, Any] = {"kind": kind}
        read_number = False
        for f in slot.fields:
            if f.kind != "number":
                continue
            n = next((n for n in in_clause if (n.unit or "") in f.units and (f.min_value is None or float(n.value) >= f.min_value)  # type: ignore[arg-type]
                      and (f.max_value is None or float(n.value) <= f.max_value)), None)  # type: ignore[arg-type]
            default = model.model_fields[f.name].default
            item[f.name] = int(n.value) if n is not None and float(n.value).is_integer() else n.value if n is not None else default  # type: ignore[arg-type]
            read_number = read_number or n is not None
            if n is not None:
                r.used.add(n.start)
        for name in _asked_by(model, item):
            if values.get(name) is not None:
                item[name] = values[name]
        items.append(item)
        given.append(read_number)
        subset.append(bool(subset_words.search(clause)))
    # "其中 1 篇是 case report": an item introduced by a subset qualifier is carved out of the one before it.
    for i in range(1, len(items)):
        prev, cur = items[i - 1], items[i]
        counts = [f.name for f in slot.fields if f.kind == "number"]
        if subset[i] and counts and prev.get(counts[0], 0) > cur.get(counts[0], 0) > 0 and not subset[i - 1]:
            prev[counts[0]] -= cur[counts[0]]
            for k, v in prev.items():
                if k not in ("kind", counts[0]) and k not in cur and k in _asked_by(model, cur):
                    cur[k] = v
    # "我都是掛其他作者": one value stated for all the items that need it.
    if slot.every and compiled(r.pattern(slot.every)).search(t):
        for f in (f for f in slot.fields if f.kind == "enum"):
            stated = {it[f.name] for it in items if it.get(f.name) is not None}
            if len(stated) == 1:
                value = stated.pop()
                for it in items:
                    if f.name not in it and f.name in _asked_by(model, it):
                        it[f.name] = value
    for it in items:
        for name in _asked_by(model, it):
            f = next((f for f in slot.fields if f.name == name), None)
            if f is not None and f.ask and name not in missing:
                missing[name] = Need(name, *f.ask)
    r.args[slot.name] = items
    if items:
        r.read.append(slot.name)
    return list(missing.values()), sum(given)
