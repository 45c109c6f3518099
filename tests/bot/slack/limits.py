"""Slack's Block Kit limits, checked on a whole view (modal or Home tab) or message."""

from __future__ import annotations

import json
from typing import Any

BLOCKS_MAX = {"modal": 100, "home": 100, "message": 50}


def _text(obj: dict[str, Any] | None) -> str:
    return (obj or {}).get("text", "")


def _check_options(options: list[dict[str, Any]]) -> None:
    for option in options:
        assert len(_text(option["text"])) <= 75, option
        assert len(option["value"]) <= 150, option


def _check_element(el: dict[str, Any]) -> None:
    kind = el["type"]
    assert len(el.get("action_id", "")) <= 255
    if "placeholder" in el:
        assert len(_text(el["placeholder"])) <= 150
    if kind == "button":
        assert len(_text(el["text"])) <= 75 and len(el.get("value", "")) <= 2000
    if kind in ("static_select", "radio_buttons", "checkboxes"):
        options = el.get("options") or [o for g in el.get("option_groups", []) for o in g["options"]]
        assert 0 < len(options) <= 50, f"{len(options)} options"
        _check_options(options)
        for group in el.get("option_groups", []):
            assert len(_text(group["label"])) <= 75
        chosen = [el["initial_option"]] if "initial_option" in el else el.get("initial_options", [])
        assert all(c in options for c in chosen), "an initial option must be one of the options"
    if kind == "number_input" and "initial_value" in el:
        float(el["initial_value"])


def check_blocks(blocks: list[dict[str, Any]], kind: str) -> None:
    assert len(blocks) <= BLOCKS_MAX[kind], f"{len(blocks)} blocks in a {kind}"
    ids = [b["block_id"] for b in blocks if "block_id" in b]
    assert len(ids) == len(set(ids)), "block_ids must be unique"
    focus = 0
    for block in blocks:
        assert len(block.get("block_id", "")) <= 255
        t = block["type"]
        if t == "section":
            assert len(_text(block.get("text"))) <= 3000
            assert len(block.get("fields", [])) <= 10
            assert all(len(_text(f)) <= 2000 for f in block.get("fields", []))
            if "accessory" in block:
                _check_element(block["accessory"])
        elif t == "context":
            assert 0 < len(block["elements"]) <= 10
            assert all(len(_text(e)) <= 3000 for e in block["elements"])
        elif t == "header":
            assert len(_text(block["text"])) <= 150
        elif t == "actions":
            assert 0 < len(block["elements"]) <= 25
            for el in block["elements"]:
                _check_element(el)
        elif t == "input":
            assert kind == "modal" or kind == "home"
            assert 0 < len(_text(block["label"])) <= 2000 and len(_text(block.get("hint"))) <= 2000
            _check_element(block["element"])
            focus += bool(block["element"].get("focus_on_load"))
        else:
            assert t == "divider", t
    assert focus <= 1, "one input at most may take the focus"


def check_view(view: dict[str, Any], kind: str) -> None:
    """A modal or Home view within Slack's limits."""
    assert view["type"] == kind
    check_blocks(view["blocks"], kind)
    if kind == "modal":
        assert 0 < len(_text(view["title"])) <= 24, view["title"]
        for key in ("submit", "close"):
            if key in view:
                assert 0 < len(_text(view[key])) <= 24, view[key]
        assert len(view.get("private_metadata", "")) <= 3000
        assert len(view.get("callback_id", "")) <= 255
    json.dumps(view)  # serialisable as sent


def texts(obj: Any) -> list[str]:
    """Every string a view would show (text fields), to check that user text was escaped."""
    out: list[str] = []
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key == "text" and isinstance(value, str):
                out.append(value)
            else:
                out.extend(texts(value))
    elif isinstance(obj, list):
        for value in obj:
            out.extend(texts(value))
    return out
