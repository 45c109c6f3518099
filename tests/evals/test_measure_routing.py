"""The routing measurement (scripts/measure_routing.py): what it trains on, what it scores on, its classifiers."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "measure_routing.py"


@pytest.fixture(scope="module")
def mr():
    spec = importlib.util.spec_from_file_location("measure_routing", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["measure_routing"] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


def test_labels_follow_the_expected_route(mr) -> None:
    assert mr._label("calculator", "calculator") == "calc"
    assert mr._label("clarify", "adversarial") == "calc"
    assert mr._label("retrieval", "routing") == "rules"
    assert mr._label(None, "retrieval") == "rules"
    assert mr._label(None, "citation") is None  # no route given: not labelled
    assert mr._label("out_of_scope", "out_of_scope") is None


def test_training_never_sees_the_blind_or_heldout_questions(mr) -> None:
    train, dev = mr.training_set(), mr.dev_set()
    assert {it.label for it in train} == {"calc", "rules"} == {it.label for it in dev}
    assert not {it.id for it in train} & {it.id for it in dev}
    assert not {it.question.strip() for it in train} & {it.question.strip() for it in dev}
    assert not any(it.id.startswith(("bt-", "bc-")) for it in train)
    assert all(f.parent.name != "heldout" for f in mr.DEV_FILES)


def test_classifiers_separate_separable_data(mr) -> None:
    rng = np.random.default_rng(0)
    a = rng.normal([1, 0, 0], 0.2, (30, 3))
    b = rng.normal([0, 1, 0], 0.2, (30, 3))
    X = np.vstack([a, b])
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    y = np.array([1.0] * 30 + [0.0] * 30)
    probe = np.array([[1.0, 0.05, 0.0], [0.05, 1.0, 0.0]])
    for make in (mr.centroid, mr.knn, mr.logistic):
        s = make(X, y)(probe)
        assert s[0] > 0 > s[1], make.__name__
