"""A calculator's input model as a tree of form fields: one leaf per value a person types or picks.

Pure (no Slack): `form_tree(model, lang, args)` reads the model's fields, their bounds and their
bilingual metadata (`calculators.labels.ui`), and lays out lists as one slot per item (the items of
`args`, plus blank slots for more). `collect(tree, values)` turns the leaves' values back into the
model's arguments, remembering where each argument came from so a validation error lands on its field.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, Union

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo

LeafKind = Literal["number", "select", "date", "check", "yesno", "text"]
Path = tuple[str | int, ...]

# Blank slots offered after a list's items, so a forgotten item can be added.
EXTRA_SCALAR_SLOTS = 2
EXTRA_MODEL_SLOTS = 1
EMPTY_SCALAR_SLOTS = 4  # an empty list (a form filled from scratch) offers this many
EMPTY_MODEL_SLOTS = 3
MAX_SCALAR_SLOTS = 30  # a list of numbers (work days of each radiographer) shows at most this many


def _lang_key(lang: str) -> str:
    return "en" if lang == "en" else "zh"


def _meta(info: FieldInfo | None) -> dict[str, Any]:
    extra = info.json_schema_extra if info is not None else None
    return extra if isinstance(extra, dict) else {}


def text_of(meta: dict[str, Any], key: str, lang: str, default: str = "") -> str:
    """The metadata's `key_zh` / `key_en` (the other language, then `default`, when missing)."""
    own, other = (f"{key}_en", f"{key}_zh") if _lang_key(lang) == "en" else (f"{key}_zh", f"{key}_en")
    return str(meta.get(own) or meta.get(other) or default)


def model_meta(model: type[BaseModel]) -> dict[str, Any]:
    """The input model's own metadata (`calculators.labels.titled`)."""
    extra = model.model_config.get("json_schema_extra")
    return extra if isinstance(extra, dict) else {}


@dataclass
class Leaf:
    """One input: where its value goes (`path`), how it is entered and what it shows."""

    path: Path
    kind: LeafKind
    label: str
    hint: str = ""
    optional: bool = True
    initial: Any = None
    minimum: float | None = None
    maximum: float | None = None
    decimal: bool = True
    options: list[tuple[Any, str]] = field(default_factory=list)  # (value, label)
    missing: bool = False  # a fact the bot still needs (clarify)
    default: Any = None  # check: the model's default, which an unticked box leaves in place

    @property
    def block_id(self) -> str:
        return "f:" + ".".join(str(p) for p in self.path)


@dataclass
class Group:
    """A model, a list, a dict with fixed keys, or a choice between shapes (a union)."""

    path: Path
    kind: Literal["model", "list", "dict", "union"]
    label: str = ""
    hint: str = ""
    children: list[Node] = field(default_factory=list)
    keys: list[Any] = field(default_factory=list)  # dict: the key of each child; union: the shape of each
    heading: bool = False  # shown as a heading above its children (list items, union shapes)


Node = Leaf | Group


# --------------------------------------------------------------------------- reading types


def _strip_annotated(annotation: Any) -> tuple[Any, list[Any]]:
    """The bare type and the metadata of any Annotated layers around it (FieldInfos opened up)."""
    metadata: list[Any] = []
    while typing.get_origin(annotation) is typing.Annotated:
        annotation, *more = typing.get_args(annotation)
        for m in more:
            if isinstance(m, FieldInfo):
                metadata.extend(m.metadata)
                metadata.append(m)
            else:
                metadata.append(m)
    return annotation, metadata


def _optional(annotation: Any) -> tuple[Any, bool]:
    """X | None → (X, True)."""
    if typing.get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) < len(typing.get_args(annotation)):
            return (args[0] if len(args) == 1 else Union[tuple(args)]), True  # noqa: UP007
    return annotation, False


def _bounds(metadata: list[Any]) -> tuple[float | None, float | None, int | None, int | None]:
    """(minimum, maximum, min_length, max_length) from annotated-types metadata."""
    lo = hi = min_len = max_len = None
    for m in metadata:
        if isinstance(m, annotated_types.Ge):
            lo = m.ge
        elif isinstance(m, annotated_types.Gt):
            lo = m.gt  # Slack's bound is inclusive; the model still refuses the bound itself
        elif isinstance(m, annotated_types.Le):
            hi = m.le
        elif isinstance(m, annotated_types.Lt):
            hi = m.lt
        elif isinstance(m, annotated_types.MinLen):
            min_len = m.min_length
        elif isinstance(m, annotated_types.MaxLen):
            max_len = m.max_length
    return lo, hi, min_len, max_len


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _choice_labels(meta: dict[str, Any], values: list[Any], lang: str) -> list[tuple[Any, str]]:
    labels = meta.get("choices") or {}
    i = 1 if _lang_key(lang) == "en" else 0
    out = []
    for v in values:
        pair = labels.get(str(v))
        out.append((v, f"{pair[i]}" if pair else str(v)))
    return out


def _as_dict(value: Any) -> dict[str, Any] | None:
    if isinstance(value, BaseModel):
        return value.model_dump()
    return value if isinstance(value, dict) else None


# --------------------------------------------------------------------------- the tree


class _Builder:
    def __init__(self, lang: str, counts: dict[str, int] | None) -> None:
        self.lang = lang
        self.counts = counts or {}
        self.used_counts: dict[str, int] = {}

    def model(self, model: type[BaseModel], path: Path, value: Any, *, in_list: bool) -> Group:
        data = _as_dict(value) or {}
        group = Group(path=path, kind="model")
        for name, info in model.model_fields.items():
            group.children.append(
                self.field(info.annotation, info, (*path, name), data.get(name), required=info.is_required() and not in_list,
                           in_list=in_list)
            )
        return group

    def field(self, annotation: Any, info: FieldInfo | None, path: Path, value: Any, *, required: bool,
              in_list: bool, meta: dict[str, Any] | None = None) -> Node:
        meta = meta if meta is not None else _meta(info)
        tp, metadata = _strip_annotated(annotation)
        metadata = [*(info.metadata if info is not None else []), *metadata]
        tp, optional = _optional(tp)
        tp, more = _strip_annotated(tp)
        metadata += more
        name = str(path[-1]) if path else ""
        label = text_of(meta, "label", self.lang, name)
        hint = text_of(meta, "hint", self.lang)
        origin = typing.get_origin(tp)

        if origin in (Union, types.UnionType):
            return self.union(tp, path, value, label, hint, meta)
        if origin is list:
            return self.list(typing.get_args(tp)[0], path, value, label, hint, meta, metadata)
        if origin is dict:
            return self.dict(typing.get_args(tp), path, value, label, hint, meta)
        if _is_model(tp):
            group = self.model(tp, path, value, in_list=in_list)
            group.label, group.hint = label, hint
            return group

        leaf = Leaf(path=path, kind="text", label=label, hint=hint, optional=not required)
        if origin is Literal:
            leaf.kind = "select"
            leaf.options = _choice_labels(meta, list(typing.get_args(tp)), self.lang)
            leaf.initial = value if value in typing.get_args(tp) else None
        elif tp is bool:
            # A yes/no with a default is a tick box; one that may be unknown (None) is a choice.
            if optional:
                leaf.kind = "yesno"
                leaf.options = [(True, "是" if self.lang != "en" else "Yes"), (False, "否" if self.lang != "en" else "No")]
                leaf.initial = value if isinstance(value, bool) else None
            else:
                leaf.kind = "check"
                leaf.default = bool(info.default) if info is not None and isinstance(info.default, bool) else False
                leaf.initial = value if isinstance(value, bool) else leaf.default
        elif tp in (int, float):
            leaf.kind = "number"
            leaf.decimal = tp is float
            leaf.minimum, leaf.maximum, _, _ = _bounds(metadata)
            leaf.initial = value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
        elif tp is dt.date:
            leaf.kind = "date"
            leaf.initial = _date(value)
        else:
            leaf.initial = None if value is None else str(value)
        return leaf

    def list(self, item_tp: Any, path: Path, value: Any, label: str, hint: str, meta: dict[str, Any],
             metadata: list[Any]) -> Group:
        # A lone value where a list is expected (the model wraps it) is a list of one.
        items = list(value) if isinstance(value, (list, tuple)) else [] if value is None or isinstance(value, dict) else [value]
        _, _, min_len, max_len = _bounds(metadata)
        bare, _ = _strip_annotated(item_tp)
        is_model = _is_model(bare)
        key = ".".join(str(p) for p in path)
        if key in self.counts:
            slots = self.counts[key]
        elif min_len is not None and min_len == max_len:
            slots = min_len
        else:
            slots = len(items) + (EXTRA_MODEL_SLOTS if is_model else EXTRA_SCALAR_SLOTS) if items else (
                EMPTY_MODEL_SLOTS if is_model else EMPTY_SCALAR_SLOTS)
            slots = max(slots, min_len or 0, 1)
            if not is_model:
                slots = min(slots, max(MAX_SCALAR_SLOTS, len(items)))
            if max_len is not None:
                slots = min(slots, max_len)
        self.used_counts[key] = slots
        group = Group(path=path, kind="list", label=label, hint=hint)
        for n in range(slots):
            item_value = items[n] if n < len(items) else None
            item_label = text_of(meta, "item", self.lang, f"{label} {{n}}").replace("{n}", str(n + 1))
            if is_model:
                child = self.model(bare, (*path, n), item_value, in_list=True)
                child.label, child.heading = item_label, True
            else:
                child = self.field(item_tp, None, (*path, n), item_value, required=False, in_list=True,
                                   meta={"label_zh": item_label, "label_en": item_label})
            group.children.append(child)
        return group

    def dict(self, kv: tuple[Any, Any], path: Path, value: Any, label: str, hint: str, meta: dict[str, Any]) -> Group:
        key_tp, value_tp = kv
        key_tp, _ = _strip_annotated(key_tp)
        keys = list(typing.get_args(key_tp)) if typing.get_origin(key_tp) is Literal else list((_as_dict(value) or {}))
        data = _as_dict(value) or {}
        group = Group(path=path, kind="dict", label=label, hint=hint, keys=keys)
        for k, key_label in _choice_labels(meta, keys, self.lang):
            group.children.append(
                self.field(value_tp, None, (*path, k), data.get(k), required=False, in_list=True,
                           meta={"label_zh": key_label, "label_en": key_label})
            )
        return group

    def union(self, tp: Any, path: Path, value: Any, label: str, hint: str, meta: dict[str, Any]) -> Group:
        """Each shape of the value gets its inputs; the one filled in is the value."""
        group = Group(path=path, kind="union", label=label, hint=hint)
        for n, alt in enumerate(typing.get_args(tp)):
            bare, _ = _strip_annotated(alt)
            fits = (isinstance(value, (list, tuple)) and typing.get_origin(bare) is list) or (
                _as_dict(value) is not None and _is_model(bare))
            alt_path = (*path, f"@{n}")
            if typing.get_origin(bare) is list:
                child = self.list(typing.get_args(bare)[0], alt_path, value if fits else None, label, "", meta, [])
                child.label = text_of(meta, "list", self.lang, label)
            else:
                child = self.model(bare, alt_path, value if fits else None, in_list=True)
                child.label = text_of(model_meta(bare), "title", self.lang, bare.__name__)
            child.heading = True
            group.children.append(child)
            group.keys.append(n)
        return group


def _date(value: Any) -> str | None:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            return None
    return None


def form_tree(model: type[BaseModel], lang: str, args: dict[str, Any] | None = None, *,
              counts: dict[str, int] | None = None) -> tuple[Group, dict[str, int]]:
    """The model's form, pre-filled from `args`.

    Returns the tree and the slot count of every list, which a form must keep to be read back.
    """
    builder = _Builder(lang, counts)
    tree = builder.model(model, (), args or {}, in_list=False)
    return tree, builder.used_counts


def leaves(node: Node) -> list[Leaf]:
    if isinstance(node, Leaf):
        return [node]
    return [leaf for child in node.children for leaf in leaves(child)]


# --------------------------------------------------------------------------- reading back

_EMPTY = object()


@dataclass
class Collected:
    """The arguments read from a form, and the block each argument path came from."""

    args: dict[str, Any]
    where: dict[Path, str]  # args path → block_id of its (first) input
    conflicts: list[str] = field(default_factory=list)  # block_ids: two shapes of one union filled in


def collect(tree: Group, values: dict[str, Any]) -> Collected:
    """The model's arguments from the leaves' values (`values`: block_id → typed value or None).

    Empty inputs are left out (the model's defaults apply); blank list slots are skipped and the
    items after them move up, and `where` follows them.
    """
    where: dict[Path, str] = {}
    conflicts: list[str] = []

    def first_block(node: Node) -> str:
        found = leaves(node)
        return found[0].block_id if found else ""

    def read(node: Node, out_path: Path) -> Any:
        if isinstance(node, Leaf):
            value = values.get(node.block_id)
            where[out_path] = node.block_id
            return _EMPTY if value is None else value
        where.setdefault(out_path, first_block(node))
        if node.kind == "model":
            data = {}
            for child in node.children:
                name = child.path[-1]
                got = read(child, (*out_path, name))
                if got is not _EMPTY:
                    data[name] = got
            return data or _EMPTY
        if node.kind == "dict":
            data = {}
            for key, child in zip(node.keys, node.children, strict=True):
                got = read(child, (*out_path, key))
                if got is not _EMPTY:
                    data[key] = got
            return data or _EMPTY
        if node.kind == "list":
            items = []
            for child in node.children:
                got = read(child, (*out_path, len(items)))
                if got is not _EMPTY:
                    items.append(got)
            return items or _EMPTY
        # union: the one shape filled in
        filled = [(child, got) for child in node.children if (got := read(child, out_path)) is not _EMPTY]
        # `read` of each shape wrote `where` entries; those of the shape chosen must win.
        if not filled:
            return _EMPTY
        if len(filled) > 1:
            conflicts.append(first_block(filled[1][0]))
        chosen, got = filled[0]
        read(chosen, out_path)
        return got

    args = read(tree, ())
    return Collected(args=args if isinstance(args, dict) else {}, where=where, conflicts=conflicts)


def block_for(collected: Collected, loc: Path, fallback: str) -> str:
    """The block of the longest known prefix of an error's location."""
    loc = tuple(p for p in loc if not (isinstance(p, str) and (p.startswith("=") or p == "[key]")))
    for n in range(len(loc), 0, -1):
        block = collected.where.get(loc[:n])
        if block:
            return block
    return fallback


def initial_values(tree: Group) -> dict[str, Any]:
    """block_id → the value each input starts with."""
    return {leaf.block_id: leaf.initial for leaf in leaves(tree) if leaf.initial is not None
            and not (leaf.kind == "check" and leaf.initial is False)}


def error_blocks(collected: Any, err: Any, default: str) -> list[tuple[str, dict[str, Any]]]:
    """(input block, pydantic error) for each error of a validated reading; a calculator's own
    FieldProblem names the field inside the argument it was raised on."""
    from calculators.errors import FieldProblem

    out = []
    for error in err.errors():
        loc = tuple(error["loc"])
        problem = (error.get("ctx") or {}).get("error")
        if isinstance(problem, FieldProblem):
            loc = (*loc, problem.field)
        out.append((block_for(collected, loc, default), error))
    return out


def mark_missing(tree: Group, model: type[BaseModel], names: list[str] | tuple[str, ...]) -> list[Leaf]:
    """Mark the inputs a clarify answer still needs: those the model finds missing or wrong in the
    pre-filled reading, and the top-level fields named in `names`. Returns them in form order."""
    from pydantic import ValidationError

    collected = collect(tree, initial_values(tree))
    blocks: set[str] = set()
    try:
        model.model_validate(collected.args)
    except ValidationError as err:
        blocks = {block for block, _ in error_blocks(collected, err, "") if block}
    by_name = {str(child.path[-1]): child for child in tree.children}
    for name in names:
        node = by_name.get(name)
        if node is not None:
            found = leaves(node)
            empty = [leaf for leaf in found if leaf.initial is None]
            if found:
                blocks.add((empty or found)[0].block_id)
    marked = [leaf for leaf in leaves(tree) if leaf.block_id in blocks]
    for leaf in marked:
        leaf.missing = True
    return marked
