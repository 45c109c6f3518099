""""修改輸入 / Edit inputs" buttons for an answer whose reading a form can edit."""

from __future__ import annotations

from typing import Any

from bot.answer import Answer
from bot.slack.views.common import button
from calculators.registry import get_tool

EDIT_INPUTS = "edit_inputs"  # action_id; value "inquiry_id:call index"
EDIT_LABEL = {"zh-TW": "✏️ 修改輸入", "en": "✏️ Edit inputs"}


def editable_calls(answer: Answer) -> list[tuple[str, dict[str, Any]]]:
    """(tool, args) of each reading a form can edit: the calculator calls, or a clarify's pending call."""
    if answer.route == "calculator":
        return [(c.name, dict(c.args)) for c in answer.tool_calls]
    if answer.route == "clarify" and answer.pending_call is not None:
        return [(answer.pending_call.name, dict(answer.pending_call.args))]
    return []


def _which(tool: str, args: dict[str, Any], lang: str) -> str:
    """What tells several calls of one tool apart: the label of the first choice they were given."""
    try:
        model = get_tool(tool).input_model
    except Exception:  # noqa: BLE001 - an unknown tool in an old log row: no label
        return ""
    for name, info in model.model_fields.items():
        meta = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        pair = (meta.get("choices") or {}).get(str(args.get(name)))
        if pair:
            return pair[1] if lang == "en" else pair[0]
    return ""


def edit_buttons(answer: Answer, inquiry_id: int) -> list[dict[str, Any]]:
    """One button per editable reading (none for retrieval and out-of-scope answers)."""
    calls = editable_calls(answer)
    label = EDIT_LABEL["en" if answer.lang == "en" else "zh-TW"]
    out = []
    for n, (tool, args) in enumerate(calls):
        which = _which(tool, args, answer.lang) if len(calls) > 1 else ""
        out.append(button(f"{label}（{which}）" if which and answer.lang != "en" else f"{label} ({which})" if which else label,
                          EDIT_INPUTS, f"{inquiry_id}:{n}"))
    return out

