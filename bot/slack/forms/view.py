"""Block Kit modals from a form tree: the calculator form, and the calculator picker.

Pure functions: a tree (bot/slack/forms/fields.py) in, a view dict out. One input block per leaf;
lists, fixed-key dicts and shapes of a union get a heading.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from typing import Any, Literal

from bot.slack.forms.fields import Group, Leaf, Node, form_tree, mark_missing, model_meta, text_of
from bot.slack.forms.text import (
    HINT_MAX,
    LABEL_MAX,
    MODAL_BLOCKS_MAX,
    OPTION_TEXT_MAX,
    OPTION_VALUE_MAX,
    PLACEHOLDER_MAX,
    PRIVATE_METADATA_MAX,
    VIEW_TITLE_MAX,
    BUTTON_TEXT_MAX,
    mrkdwn,
    plain,
    quote,
)
from calculators import registry
from calculators.registry import ToolSpec

FORM_CALLBACK = "regbot_form"
PICKER_CALLBACK = "regbot_calc_pick"
PICK_BLOCK, PICK_ACTION = "pick_tool", "tool"
LANG_BLOCK, LANG_ACTION = "pick_lang", "lang"
VALUE_ACTION = "v"  # the action_id of every form input (the block_id says which field)

Block = dict[str, Any]
Origin = Literal["edit", "calc"]

WORDS = {
    "zh-TW": {
        "recompute": "重新計算", "calculate": "計算", "cancel": "取消", "next": "下一步", "choose": "請選擇…",
        "question": "您的問題", "edit_intro": "以下是我對問題的理解；請改正不對的欄位，再按「重新計算」。",
        "clarify_intro": "標示 ❗ 的欄位是還需要的資料，請補上後按「重新計算」。",
        "calc_intro": "填好後按「計算」，結果會傳給您。", "hidden": "另有 {n} 項沒有顯示，送出時照原樣保留。",
        "pick_title": "regbot 計算", "pick_label": "要算什麼？", "lang_label": "語言 Language",
        "yes": "是", "no": "否", "doc": {"tsa-cme": "外科醫學會繼續教育", "tsir-instructor": "介入放射指導老師",
                                        "hpa-mammo": "乳房攝影機構審查", "shared": "證書換證"},
    },
    "en": {
        "recompute": "Recompute", "calculate": "Calculate", "cancel": "Cancel", "next": "Next", "choose": "Choose…",
        "question": "Your question", "edit_intro": "This is how I read your question; correct what is wrong and press Recompute.",
        "clarify_intro": "The fields marked ❗ are what I still need; fill them in and press Recompute.",
        "calc_intro": "Fill in the form and press Calculate; the answer is sent to you.",
        "hidden": "{n} more items are not shown; they are kept as they are.",
        "pick_title": "regbot calculator", "pick_label": "What do you want to work out?", "lang_label": "語言 Language",
        "yes": "Yes", "no": "No", "doc": {"tsa-cme": "TSA surgical CME", "tsir-instructor": "TSIR instructor",
                                          "hpa-mammo": "HPA mammography review", "shared": "Certificate renewal"},
    },
}


def words(lang: str) -> dict[str, Any]:
    return WORDS["en" if lang == "en" else "zh-TW"]


def tool_title(spec: ToolSpec, lang: str) -> str:
    """What the calculator answers, short (a modal title)."""
    return text_of(model_meta(spec.input_model), "title", lang, spec.name)


def tool_question(spec: ToolSpec, lang: str) -> str:
    """What the calculator answers, as the question a person would ask (the picker's option)."""
    meta = model_meta(spec.input_model)
    return text_of(meta, "ask", lang, text_of(meta, "title", lang, spec.description or spec.name))


# --------------------------------------------------------------------------- form metadata


@dataclass
class FormContext:
    """What a form submission needs besides its values: kept in the view's private_metadata."""

    tool: str
    lang: str
    origin: Origin
    counts: dict[str, int] = field(default_factory=dict)
    hidden: dict[str, list[Any]] = field(default_factory=dict)  # list items that did not fit in the form
    inquiry_id: int | None = None  # the answer being corrected
    call: int = 0  # which of its tool calls
    channel: str | None = None
    thread_ts: str | None = None
    response_url: str | None = None  # an ephemeral answer (/regbot) has no thread: answer through this

    def dump(self) -> str:
        data = {"t": self.tool, "l": self.lang, "o": self.origin, "n": self.counts, "h": self.hidden,
                "i": self.inquiry_id, "k": self.call, "c": self.channel, "th": self.thread_ts, "r": self.response_url}
        return json.dumps({k: v for k, v in data.items() if v not in (None, {}, "")}, ensure_ascii=False,
                          separators=(",", ":"), default=str)

    @classmethod
    def load(cls, text: str) -> FormContext:
        data = json.loads(text or "{}")
        return cls(tool=data["t"], lang=data.get("l", "zh-TW"), origin=data.get("o", "calc"), counts=data.get("n", {}),
                   hidden=data.get("h", {}), inquiry_id=data.get("i"), call=data.get("k", 0), channel=data.get("c"),
                   thread_ts=data.get("th"), response_url=data.get("r"))


# --------------------------------------------------------------------------- inputs


def _number(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def _outside(leaf: Leaf) -> bool:
    return (leaf.minimum is not None and leaf.initial < leaf.minimum) or (
        leaf.maximum is not None and leaf.initial > leaf.maximum)


def _option(value: Any, label: str) -> Block:
    return {"text": plain(label, OPTION_TEXT_MAX), "value": json.dumps(value)[:OPTION_VALUE_MAX]}


def element(leaf: Leaf, lang: str) -> Block:
    """The input element of one leaf, with its initial value."""
    w = words(lang)
    if leaf.kind == "number":
        el: Block = {"type": "number_input", "action_id": VALUE_ACTION, "is_decimal_allowed": leaf.decimal}
        if leaf.minimum is not None:
            el["min_value"] = _number(leaf.minimum)
        if leaf.maximum is not None:
            el["max_value"] = _number(leaf.maximum)
        # A reading outside the bounds (a clarify about an impossible figure) is left out: Slack refuses a
        # view whose initial value breaks its own bounds, and the empty input is marked as needed.
        if leaf.initial is not None and not _outside(leaf):
            el["initial_value"] = _number(leaf.initial)
    elif leaf.kind in ("select", "yesno"):
        options = leaf.options if leaf.kind == "select" else [(True, w["yes"]), (False, w["no"])]
        el = {"type": "static_select", "action_id": VALUE_ACTION, "placeholder": plain(w["choose"], PLACEHOLDER_MAX),
              "options": [_option(v, label) for v, label in options]}
        for v, label in options:
            if leaf.initial is not None and v == leaf.initial and type(v) is type(leaf.initial):
                el["initial_option"] = _option(v, label)
    elif leaf.kind == "date":
        el = {"type": "datepicker", "action_id": VALUE_ACTION}
        if leaf.initial:
            el["initial_date"] = leaf.initial
    elif leaf.kind == "check":
        option = _option(True, leaf.label)
        el = {"type": "checkboxes", "action_id": VALUE_ACTION, "options": [option]}
        if leaf.initial:
            el["initial_options"] = [option]
    else:
        el = {"type": "plain_text_input", "action_id": VALUE_ACTION}
        if leaf.initial:
            el["initial_value"] = str(leaf.initial)
    return el


def input_block(leaf: Leaf, lang: str, *, focus: bool = False) -> Block:
    label = ("❗ " if leaf.missing else "") + leaf.label
    block: Block = {"type": "input", "block_id": leaf.block_id, "optional": leaf.optional,
                    "label": plain(label, LABEL_MAX), "element": element(leaf, lang)}
    if leaf.hint:
        block["hint"] = plain(leaf.hint, HINT_MAX)
    if focus:
        block["element"]["focus_on_load"] = True
    return block


def _heading(node: Group, top: bool) -> list[Block]:
    if not node.label:
        return []
    if top:
        text = f"*{node.label}*" + (f"\n{node.hint}" if node.hint else "")
        return [{"type": "section", "text": mrkdwn(text)}]
    return [{"type": "context", "elements": [mrkdwn(f"*{node.label}*")]}]


def node_blocks(node: Node, lang: str, focus: str | None, depth: int = 0) -> list[Block]:
    """The blocks of a subtree in form order."""
    if isinstance(node, Leaf):
        return [input_block(node, lang, focus=node.block_id == focus)]
    blocks: list[Block] = []
    if depth > 0 and (node.kind in ("list", "dict", "union") or node.heading):
        blocks += _heading(node, top=depth == 1 and not node.heading)
    for child in node.children:
        blocks += node_blocks(child, lang, focus, depth + 1)
    return blocks


# --------------------------------------------------------------------------- the form


def _lists(node: Node) -> list[Group]:
    if isinstance(node, Leaf):
        return []
    own = [node] if node.kind == "list" else []
    return own + [g for child in node.children for g in _lists(child)]


def _filled(group: Group) -> int:
    """How many leading slots of a list hold a pre-filled value."""
    from bot.slack.forms.fields import leaves

    count = 0
    for n, child in enumerate(group.children):
        if any(leaf.initial not in (None, False) for leaf in leaves(child)):
            count = n + 1
    return count


def form_view(spec: ToolSpec, lang: str, args: dict[str, Any] | None, ctx: FormContext, *,
              question: str | None = None, missing: list[str] | tuple[str, ...] = ()) -> Block:
    """The calculator's modal, pre-filled with `args`; inputs `missing` names (or the model finds
    missing) are marked ❗ and the first gets the focus."""
    w = words(lang)
    args = copy.deepcopy(args or {})  # items that do not fit are moved out of it
    intro: list[Block] = []
    if question:
        intro.append({"type": "section", "text": mrkdwn(f"*{w['question']}*\n{quote(question)}")})
    note = w["calc_intro"] if ctx.origin == "calc" else (w["clarify_intro"] if missing else w["edit_intro"])
    intro.append({"type": "context", "elements": [mrkdwn(note)]})

    counts: dict[str, int] = {}
    hidden: dict[str, list[Any]] = {}
    while True:
        tree, counts = form_tree(spec.input_model, lang, args, counts=counts or None)
        # An answer's reading: mark what it lacks; a form started from scratch lacks everything.
        marked = mark_missing(tree, spec.input_model, missing) if ctx.origin == "edit" else []
        focus = marked[0].block_id if marked else None
        blocks = intro + node_blocks(tree, lang, focus)
        extra = 1 if hidden else 0
        if len(blocks) + extra <= MODAL_BLOCKS_MAX:
            break
        # Too many inputs: drop blank slots first, then hide the last items of the longest list.
        lists = sorted(_lists(tree), key=lambda g: len(g.children), reverse=True)
        key_of = {".".join(str(p) for p in g.path): g for g in lists}
        blank = [k for k, g in key_of.items() if len(g.children) > max(_filled(g), 1)]
        if blank:
            key = max(blank, key=lambda k: len(key_of[k].children))
            counts[key] -= 1
            continue
        top = [k for k in key_of if "." not in k and isinstance(args.get(k), list) and len(key_of[k].children) > 1]
        if not top:
            break
        key = max(top, key=lambda k: len(key_of[k].children))
        hidden.setdefault(key, []).insert(0, args[key].pop())
        counts[key] -= 1
    if hidden:
        count = sum(len(v) for v in hidden.values())
        blocks.append({"type": "context", "elements": [mrkdwn(w["hidden"].format(n=count))]})
    ctx.counts, ctx.hidden = counts, hidden
    submit = w["calculate"] if ctx.origin == "calc" else w["recompute"]
    return {
        "type": "modal",
        "callback_id": FORM_CALLBACK,
        "title": plain(tool_title(spec, lang), VIEW_TITLE_MAX),
        "submit": plain(submit, BUTTON_TEXT_MAX),
        "close": plain(w["cancel"], BUTTON_TEXT_MAX),
        "private_metadata": ctx.dump()[:PRIVATE_METADATA_MAX],
        "blocks": blocks,
    }


def picker_view(lang: str, *, channel: str | None = None) -> Block:
    """The calculator picker: the twelve, by what they answer, grouped by regulation; and the language."""
    w = words(lang)
    groups: dict[str, list[Block]] = {}
    for spec in registry.TOOLS:  # read at call time: a new calculator needs no change here
        groups.setdefault(spec.doc, []).append(
            {"text": plain(tool_question(spec, lang), OPTION_TEXT_MAX), "value": spec.name})
    select = {"type": "static_select", "action_id": PICK_ACTION, "placeholder": plain(w["choose"], PLACEHOLDER_MAX),
              "option_groups": [{"label": plain(w["doc"].get(doc, doc), OPTION_TEXT_MAX), "options": options}
                                for doc, options in groups.items()]}
    languages = [{"text": plain("中文", OPTION_TEXT_MAX), "value": "zh-TW"},
                 {"text": plain("English", OPTION_TEXT_MAX), "value": "en"}]
    initial = languages[1] if lang == "en" else languages[0]
    return {
        "type": "modal",
        "callback_id": PICKER_CALLBACK,
        "title": plain(w["pick_title"], VIEW_TITLE_MAX),
        "submit": plain(w["next"], BUTTON_TEXT_MAX),
        "close": plain(w["cancel"], BUTTON_TEXT_MAX),
        "private_metadata": json.dumps({"c": channel} if channel else {}),
        "blocks": [
            {"type": "input", "block_id": PICK_BLOCK, "label": plain(w["pick_label"], LABEL_MAX), "element": select},
            {"type": "input", "block_id": LANG_BLOCK, "label": plain(w["lang_label"], LABEL_MAX),
             "element": {"type": "radio_buttons", "action_id": LANG_ACTION, "options": languages,
                         "initial_option": initial}},
        ],
    }

