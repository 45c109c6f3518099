"""A pytest plugin (scripts/route_phrasings_from_tests.py loads it): records each first-turn question the unit tests put
to `Engine.answer`, the route the bot gave and the test's outcome, one JSON line each, to $REGBOT_ROUTE_PHRASINGS_OUT."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest

_current: dict[str, Any] = {"nodeid": None}
_records: list[dict[str, Any]] = []
_outcomes: dict[str, str] = {}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):  # noqa: ANN001, ANN201 - pytest's hook
    _current["nodeid"] = item.nodeid
    yield
    _current["nodeid"] = None


def pytest_runtest_logreport(report):  # noqa: ANN001, ANN201 - pytest's hook
    if report.when == "call" or report.outcome != "passed":
        # a test passes only when setup, call and teardown all pass
        if _outcomes.get(report.nodeid, "passed") == "passed":
            _outcomes[report.nodeid] = report.outcome


def pytest_configure(config):  # noqa: ANN001, ANN201 - pytest's hook
    from bot.engine import Engine

    original = Engine.answer

    def recording(self, question, conversation=None, **kw):  # noqa: ANN001, ANN202, ANN003 - Engine.answer's own
        result = original(self, question, conversation, **kw)
        first_turn = conversation is None or not getattr(conversation, "turns", None)
        if first_turn and _current["nodeid"] and isinstance(question, str):
            text = question.encode("utf-8", "replace").decode("utf-8")  # a lone surrogate (a cut character) as "?"
            _records.append({"nodeid": _current["nodeid"], "question": text, "route": result.route,
                             "parts": len(result.parts)})
        return result

    Engine.answer = recording


def pytest_unconfigure(config):  # noqa: ANN001, ANN201 - pytest's hook
    out = os.environ.get("REGBOT_ROUTE_PHRASINGS_OUT")
    if not out:
        return
    with open(out, "w", encoding="utf-8") as fh:
        for r in _records:
            fh.write(json.dumps({**r, "outcome": _outcomes.get(r["nodeid"], "unknown")}, ensure_ascii=False) + "\n")
