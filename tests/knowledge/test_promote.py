"""knowledge.promote: the re-rankers' shared last step."""

from __future__ import annotations

from knowledge.promote import moved_first, sole_holder_first


def test_moved_first_keeps_the_others_in_order() -> None:
    assert moved_first(["a", "b", "c", "d"], 2) == ["c", "a", "b", "d"]
    assert moved_first(["a", "b"], 0) == ["a", "b"]


def test_sole_holder_first_moves_the_one_holder_within_depth() -> None:
    assert sole_holder_first(["a", "b", "c", "d"], 2, lambda i: i == "c") == ["c", "a", "b", "d"]


def test_sole_holder_first_leaves_ties_the_best_and_what_is_too_deep() -> None:
    ranked = ["a", "b", "c", "d"]
    assert sole_holder_first(ranked, 3, lambda i: i in {"b", "c"}) == ranked  # two holders: no reason to pick
    assert sole_holder_first(ranked, 3, lambda i: i in {"a", "c"}) == ranked  # the best already holds
    assert sole_holder_first(ranked, 2, lambda i: i == "d") == ranked  # below the depth
    assert sole_holder_first(["a"], 3, lambda i: False) == ["a"]
