"""A submitted form read back: the values of its inputs → the calculator's arguments, or field errors."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from bot.slack.forms.fields import Leaf, collect, error_blocks, form_tree, leaves
from bot.slack.forms.text import ERROR_TEXT_MAX, shorten
from calculators.errors import error_message
from bot.slack.forms.view import VALUE_ACTION, FormContext
from calculators.registry import get_tool


@dataclass
class Submission:
    """Arguments that passed the model, or the errors to show on the fields (block_id → message)."""

    args: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def _number(text: str, decimal: bool) -> int | float:
    value = float(text)
    if not decimal or value.is_integer():
        return int(value) if abs(value) < 2**63 else value
    return value


def leaf_value(leaf: Leaf, state: dict[str, Any] | None) -> Any:
    """The typed value of one input from `view.state.values[block_id][action_id]` (None when empty)."""
    if not state:
        return None
    kind = state.get("type")
    if kind == "number_input":
        text = state.get("value")
        return None if text in (None, "") else _number(str(text), leaf.decimal)
    if kind in ("static_select", "radio_buttons"):
        option = state.get("selected_option")
        return json.loads(option["value"]) if option else None
    if kind == "datepicker":
        return state.get("selected_date") or None
    if kind == "checkboxes":
        # An unticked box is "not said" (the model's default) unless that default is True.
        ticked = bool(state.get("selected_options"))
        return True if ticked else (False if leaf.default else None)
    text = state.get("value")
    return text.strip() if isinstance(text, str) and text.strip() else None


def error_text(error: dict[str, Any], lang: str) -> str:
    """A one-line message for one pydantic error, in the user's language where known."""
    text = error_message(error, lang)
    return shorten(text[:1].upper() + text[1:], ERROR_TEXT_MAX)


def read_submission(ctx: FormContext, values: dict[str, dict[str, Any]]) -> Submission:
    """Validate a submitted form with the calculator's input model."""
    spec = get_tool(ctx.tool)
    tree, _ = form_tree(spec.input_model, ctx.lang, None, counts=ctx.counts)
    typed: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for leaf in leaves(tree):
        try:
            typed[leaf.block_id] = leaf_value(leaf, (values.get(leaf.block_id) or {}).get(VALUE_ACTION))
        except (ValueError, TypeError, KeyError, json.JSONDecodeError):
            errors[leaf.block_id] = "無法讀取這個值" if ctx.lang != "en" else "Could not read this value"
    collected = collect(tree, typed)
    args = collected.args
    for key, items in ctx.hidden.items():
        args[key] = list(args.get(key) or []) + list(items)
    first = leaves(tree)[0].block_id if leaves(tree) else ""
    for block in collected.conflicts:
        errors.setdefault(block, "只填其中一種" if ctx.lang != "en" else "Fill in only one of the two")
    if errors:
        return Submission(args=args, errors=errors)
    try:
        spec.input_model.model_validate(args)
    except ValidationError as err:
        for block, error in error_blocks(collected, err, first):
            errors.setdefault(block, error_text(error, ctx.lang))
        return Submission(args=args, errors=errors)
    return Submission(args=args)
