"""docs/slack.md shows every form and App Home surface as the builders make them today."""

from __future__ import annotations

import json
import re

from bot.slack.views.gallery import DOC, render, surfaces
from tests.bot.slack.limits import check_view


def test_docs_show_the_current_block_kit_of_every_surface():
    doc = DOC.read_text(encoding="utf-8")
    assert render() in doc, "docs/slack.md is out of date: run python -m bot.slack.views.gallery"


def test_every_rendering_is_valid_json_within_slacks_limits():
    doc = DOC.read_text(encoding="utf-8")
    bodies = re.findall(r"```json\n(.*?)\n```", doc, re.S)
    assert len(bodies) == len(surfaces())
    for (_, _, view), body in zip(surfaces(), bodies, strict=True):
        assert json.loads(body) == view
        if isinstance(view, dict) and view.get("type") in ("modal", "home"):
            check_view(view, view["type"])
