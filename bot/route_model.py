"""The route model (issues 9 and 10): is a question one's own figure, what a rule says, or another subject?

A multinomial logistic regression over character 1-3-gram tf-idf of the folded question, trained on the labelled
questions of evals/cases and evals/blind (scripts/train_route_model.py; weights in bot/route_model.json, nothing
downloaded at run time), scored here with numpy alone (~0.3 ms, no encoder).

The cue router (bot.routing, bot.scope) decides; the model overrules it only where it is confident (P ≥ `THRESHOLD`)
and says otherwise — `Engine._deterministic` asks `read(text)` and each direction's `Reading.overrules`. Left out on two blind rounds
it was never trained on, such overrides fixed 10 coarse routes and broke 1 (no break end to end) at 0.9 (docs/route_model.md).
Off by default (`DEFAULT`): on the unit tests' boundary phrasings it broke 27 cue-router answers (docs/route_model.md);
REGBOT_ROUTE_MODEL=on turns it on for measuring. Round 47 gave each direction its threshold (`THRESHOLDS`) and trained
it on the unit tests' phrasings as well; on test files left out it still broke 28 of their boundaries, so it stays off
(docs/route_model.md "Round 47").
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from bot.route_arbiter import tfidf_vector

ARTEFACT = Path(__file__).with_name("route_model.json")
THRESHOLD = 0.9  # chosen leaving out the two newest blind rounds (docs/route_model.md), not on the held-out half
ROUTES = ("own", "rules", "oos")
# the directions it may overrule the cue router in (bot.engine), with the route it must read and its threshold
DIRECTIONS = {
    "keep": ("own", "rules"),  # the cue router refused as a neighbour: kept in scope
    "refuse": ("oos",),  # the cue router answered with the rules: refused
    "own": ("own",),  # the cue router answered with the rules: calculated, from two facts read
}
THRESHOLDS = {"keep": THRESHOLD, "refuse": THRESHOLD, "own": THRESHOLD}
DEFAULT = "off"  # not adopted: see docs/route_model.md "On the unit tests" (REGBOT_ROUTE_MODEL=on to measure)


class RouteModel:
    """The artefact's classifier."""

    def __init__(self, art: dict) -> None:
        self.classes: tuple[str, ...] = tuple(art["classes"])
        if set(self.classes) != set(ROUTES):
            raise ValueError(f"route model classes {self.classes}, expected {ROUTES}")
        self._ngrams = tuple(art["ngrams"])
        self._index = {g: i for i, g in enumerate(art["grams"])}
        self._idf = np.asarray(art["idf"], dtype=np.float64)
        self._w = np.asarray(art["weights"], dtype=np.float64)  # classes × grams
        self._b = np.asarray(art["bias"], dtype=np.float64)

    def probabilities(self, text: str) -> dict[str, float]:
        """P(own), P(rules), P(oos) of a (folded) question."""
        idx, v = tfidf_vector(text, self._index, self._idf, self._ngrams)
        z = self._b + (self._w[:, idx] @ v if idx else 0.0)
        z -= z.max()
        p = np.exp(z) / np.exp(z).sum()
        return {c: float(x) for c, x in zip(self.classes, p, strict=True)}


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _model(path: str) -> RouteModel:
    with _lock:
        return RouteModel(json.loads(Path(path).read_text(encoding="utf-8")))


def get_model() -> RouteModel:
    return _model(str(ARTEFACT))


def enabled() -> bool:
    return os.environ.get("REGBOT_ROUTE_MODEL", DEFAULT).strip().lower() not in ("off", "0", "no", "false")


@dataclass(frozen=True)
class Reading:
    """The model's top route for a question and its probability."""

    route: str
    p: float

    def overrules(self, direction: str) -> bool:
        """Is it confident enough to overrule the cue router in `direction` (a key of `THRESHOLDS`)?"""
        return self.route in DIRECTIONS[direction] and self.p >= THRESHOLDS[direction]


def read(text: str) -> Reading | None:
    """The model's top route and its P, or None (turned off, or nothing to read)."""
    if not enabled() or not text.strip():
        return None
    probs = get_model().probabilities(text)
    route, p = max(probs.items(), key=lambda kv: kv[1])
    return Reading(route, p)


def confident(text: str, threshold: float = THRESHOLD) -> str | None:
    """The route the model reads with P ≥ `threshold` ("own", "rules" or "oos"), or None (not sure, or turned off)."""
    found = read(text)
    return found.route if found is not None and found.p >= threshold else None
