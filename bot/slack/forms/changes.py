"""What a correction changed: the reading's inputs against the corrected ones, in the user's words."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from bot.slack.forms.fields import Group, Leaf, form_tree, leaves

Path = tuple[Any, ...]


def normalised(model: type[BaseModel], args: dict[str, Any]) -> dict[str, Any]:
    """Arguments as the model reads them (defaults filled), or as given when they do not validate."""
    try:
        return model.model_validate(args).model_dump(mode="json")
    except ValidationError:
        return dict(args)


def _flat(value: Any, path: Path = ()) -> dict[Path, Any]:
    if isinstance(value, dict):
        out: dict[Path, Any] = {}
        for k, v in value.items():
            out.update(_flat(v, (*path, k)))
        return out or {path: {}}
    if isinstance(value, list):
        out = {}
        for i, v in enumerate(value):
            out.update(_flat(v, (*path, i)))
        return out or {path: []}
    return {path: value}


def _labels(tree: Group) -> dict[Path, tuple[str, Leaf]]:
    """Args path (union shapes left out) → (label with its item heading, leaf)."""
    out: dict[Path, tuple[str, Leaf]] = {}

    def walk(node: Group | Leaf, heading: str) -> None:
        if isinstance(node, Leaf):
            path = tuple(p for p in node.path if not (isinstance(p, str) and p.startswith("@")))
            out[path] = (f"{heading}・{node.label}" if heading and heading != node.label else node.label, node)
            return
        own = heading
        if node.heading and node.kind == "model":
            # "活動 2（本會月會）": the item's kind, where it has one, says which item it is
            kinds = [leaf for leaf in leaves(node) if leaf.kind == "select" and leaf.initial is not None]
            shown = dict(kinds[0].options).get(kinds[0].initial) if kinds else None
            own = f"{node.label}（{shown}）" if shown else node.label
        for child in node.children:
            walk(child, own)

    walk(tree, "")
    return out


def _show(value: Any, leaf: Leaf | None, lang: str) -> str:
    if value is None or value == [] or value == {}:
        return "（未填）" if lang != "en" else "(empty)"
    if isinstance(value, bool):
        return ("是" if value else "否") if lang != "en" else ("yes" if value else "no")
    if leaf is not None and leaf.options:
        for v, label in leaf.options:
            if v == value:
                return label
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def describe_changes(model: type[BaseModel], reading: dict[str, Any], corrected: dict[str, Any], lang: str) -> list[str]:
    """One line per input that changed ("月會・次數：4 → 3"), in form order; [] when nothing did."""
    before = _flat(normalised(model, reading))
    after = _flat(normalised(model, corrected))
    labels = _labels(form_tree(model, lang, corrected)[0])
    labels_before = _labels(form_tree(model, lang, reading)[0])
    lines: list[str] = []
    for path in sorted(set(before) | set(after), key=lambda p: [str(x) for x in p]):
        old, new = before.get(path), after.get(path)
        if old == new or (old is None and new in (False, None, [], {})):
            continue
        label, leaf = labels.get(path) or labels_before.get(path) or (".".join(str(p) for p in path), None)
        lines.append(f"{label}：{_show(old, leaf, lang)} → {_show(new, leaf, lang)}" if lang != "en"
                     else f"{label}: {_show(old, leaf, lang)} → {_show(new, leaf, lang)}")
    return lines


def correction_note(lines: list[str], lang: str) -> str:
    """The paragraph the corrected answer starts with."""
    if lang == "en":
        head = "Recomputed with the corrected inputs." if lines else "Recomputed; the inputs are unchanged."
        return head + ("\nChanged:\n" + "\n".join(f"• {line}" for line in lines) if lines else "")
    head = "已依修改後的輸入重新計算。" if lines else "已重新計算；輸入沒有變更。"
    return head + ("\n變更：\n" + "\n".join(f"• {line}" for line in lines) if lines else "")

