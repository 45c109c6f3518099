"""devtools/scope_check.py reads the cross-check and the eval case files, and never the held-out half."""

from __future__ import annotations

from pathlib import Path

import pytest

from devtools.scope_check import CROSSCHECK, ROOT, _items


def test_the_cross_check_holds_forty_neighbours_and_forty_in_scope_questions():
    items = _items(CROSSCHECK)
    assert sum(i.neighbour for i in items) == 40
    assert sum(not i.neighbour for i in items) == 40
    assert len({i.id for i in items}) == 80


def test_eval_cases_are_labelled_by_their_expected_route():
    items = _items(ROOT / "evals" / "cases" / "ask_out_of_scope.yaml")
    assert items and all(i.neighbour for i in items)
    items = _items(ROOT / "evals" / "cases" / "ask_routing.yaml")
    assert items and not any(i.neighbour for i in items)


def test_the_held_out_half_is_refused_by_name(tmp_path: Path):
    path = tmp_path / "heldout" / "x.yaml"
    path.parent.mkdir()
    path.write_text("cases: []\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="held-out"):
        _items(path)
