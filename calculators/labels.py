"""Bilingual labels and hints for the input models' fields (the one source forms and prompts read).

A field carries them as `Field(..., json_schema_extra=ui("積分", "Credits", hint_zh=…))`; an input
model carries its title (what the calculator answers) as `model_config = titled(title_zh, title_en, ask_zh, ask_en)`.
"""

from __future__ import annotations

from typing import Any

from pydantic import ConfigDict


def ui(
    label_zh: str,
    label_en: str,
    *,
    hint_zh: str | None = None,
    hint_en: str | None = None,
    choices: dict[Any, tuple[str, str]] | None = None,
    item_zh: str | None = None,
    item_en: str | None = None,
    **more: Any,
) -> dict[str, Any]:
    """Field metadata: label, hint, labels of an enum's values (`choices`: value → (zh, en)), and for a
    list the name of one item (`item_zh`: "第 {n} 年"); `more` keeps other engineers' keys (vocabulary)."""
    meta: dict[str, Any] = {"label_zh": label_zh, "label_en": label_en}
    if hint_zh:
        meta["hint_zh"] = hint_zh
    if hint_en:
        meta["hint_en"] = hint_en
    if choices:
        # JSON-schema friendly: keys as strings, values as [zh, en].
        meta["choices"] = {str(k): [zh, en] for k, (zh, en) in choices.items()}
    if item_zh:
        meta["item_zh"] = item_zh
    if item_en:
        meta["item_en"] = item_en
    meta.update(more)
    return meta


def titled(title_zh: str, title_en: str, ask_zh: str = "", ask_en: str = "") -> ConfigDict:
    """Model config naming the calculator (a title of at most 24 characters, as a Slack modal's) and the
    question it answers (for a picker); merged with the base model's config."""
    meta = {"title_zh": title_zh, "title_en": title_en}
    if ask_zh or ask_en:
        meta |= {"ask_zh": ask_zh, "ask_en": ask_en}
    return ConfigDict(json_schema_extra=meta)
