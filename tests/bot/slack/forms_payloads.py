"""view_submission payloads built the way Slack builds them: from the view's own input blocks.

`state_of(view)` gives `view.state.values` as Slack would send it for the inputs as shown (each
input's initial value); `changes` sets some inputs first ({block_id: value}, None to empty one).
"""

from __future__ import annotations

import json
from typing import Any

from tests.bot.slack.conftest import ASKER
from devtools.stand_in import TEAM_ID


def _state(element: dict[str, Any], change: Any = ..., *, has_change: bool = False) -> dict[str, Any]:
    kind = element["type"]
    if kind == "number_input":
        value = element.get("initial_value") if not has_change else (None if change is None else str(change))
        return {"type": kind, "value": value}
    if kind in ("static_select", "radio_buttons"):
        option = element.get("initial_option")
        if has_change:
            option = None if change is None else next(
                o for o in _options(element) if o["value"] == change or _loads(o["value"]) == change)
        return {"type": kind, "selected_option": option}
    if kind == "datepicker":
        return {"type": kind, "selected_date": element.get("initial_date") if not has_change else change}
    if kind == "checkboxes":
        options = element.get("initial_options", []) if not has_change else (element["options"] if change else [])
        return {"type": kind, "selected_options": options}
    return {"type": kind, "value": element.get("initial_value") if not has_change else change}


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _options(element: dict[str, Any]) -> list[dict[str, Any]]:
    if "options" in element:
        return element["options"]
    return [o for group in element.get("option_groups", []) for o in group["options"]]


def state_of(view: dict[str, Any], changes: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    changes = changes or {}
    values: dict[str, dict[str, Any]] = {}
    for block in view["blocks"]:
        if block["type"] != "input":
            continue
        element = block["element"]
        bid = block["block_id"]
        values[bid] = {element["action_id"]: _state(element, changes.get(bid), has_change=bid in changes)}
    unknown = set(changes) - set(values)
    assert not unknown, f"no such inputs: {unknown}"
    return values


def view_submission(view: dict[str, Any], changes: dict[str, Any] | None = None, *, user: str = ASKER,
                    view_id: str = "V0FORM0001") -> dict[str, Any]:
    return {
        "type": "view_submission", "team": {"id": TEAM_ID, "domain": "regbot-test"},
        "user": {"id": user, "username": "someone", "team_id": TEAM_ID}, "api_app_id": "AREGBOT01",
        "token": "legacy", "trigger_id": "4.5.6",
        "view": {**view, "id": view_id, "team_id": TEAM_ID, "state": {"values": state_of(view, changes)},
                 "hash": "1.abc", "app_id": "AREGBOT01", "bot_id": "BREGBOT01"},
        "response_urls": [],
    }
