"""Gates: the thresholds `regbot eval` must meet, read from one file (`evals/gates.yaml`).

Each gate is `category.metric: SPEC` where SPEC is
  a number                     the aggregate (mean over the cases measuring it) must be ≥ it
  {aggregate: x}               the same, spelled out
  {max: x}                     the aggregate must be ≤ x (counts, latencies)
  {per_case: x}                every single case measuring the metric must score ≥ x
and any of them may add `per_lang: true` to hold for each question language separately.
Category `all` is every case of the run.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from evals.runner import RunResult

GATES_FILE = Path(__file__).parent / "gates.yaml"


class GateError(ValueError):
    """The gates file is malformed (names the gate)."""


class GateSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    aggregate: float | None = None
    max: float | None = None
    per_case: float | None = None
    per_lang: bool = False

    @model_validator(mode="after")
    def _one_mode(self) -> GateSpec:
        if sum(v is not None for v in (self.aggregate, self.max, self.per_case)) != 1:
            raise ValueError("give exactly one of aggregate, max, per_case")
        return self

    @property
    def mode(self) -> Literal["aggregate", "max", "per_case"]:
        if self.aggregate is not None:
            return "aggregate"
        return "max" if self.max is not None else "per_case"

    @property
    def threshold(self) -> float:
        return next(v for v in (self.aggregate, self.max, self.per_case) if v is not None)


@dataclass
class Gate:
    category: str
    metric: str
    spec: GateSpec

    @property
    def name(self) -> str:
        return f"{self.category}.{self.metric}"


@dataclass
class GateResult:
    """One gate (or one language slice of it) against one run."""

    gate: str
    mode: str
    threshold: float
    value: float | None
    status: Literal["pass", "fail", "n/a"]
    lang: str | None = None
    failing_cases: list[str] = field(default_factory=list)
    note: str = ""

    @property
    def failed(self) -> bool:
        return self.status == "fail"

    def to_dict(self) -> dict[str, Any]:
        return {"gate": self.gate, "lang": self.lang, "mode": self.mode, "threshold": self.threshold,
                "value": self.value, "status": self.status, "failing_cases": self.failing_cases,
                "note": self.note}


def load_gates(path: str | Path = GATES_FILE) -> list[Gate]:
    """Read the gates file; a malformed gate is a GateError naming it."""
    path = Path(path)
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(raw, dict) or set(raw) - {"gates"} or not isinstance(raw.get("gates", {}), dict):
        raise GateError(f"{path}: expected a mapping `gates: {{category.metric: spec}}`")
    gates = []
    for key, spec in (raw.get("gates") or {}).items():
        category, sep, metric = str(key).partition(".")
        if not sep or not category or not metric:
            raise GateError(f"{path}: gate {key}: write it as category.metric")
        if isinstance(spec, (int, float)) and not isinstance(spec, bool):
            spec = {"aggregate": spec}
        try:
            gates.append(Gate(category, metric, GateSpec.model_validate(spec)))
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            msg = err["msg"].removeprefix("Value error, ")
            raise GateError(f"{path}: gate {key}{': ' + where if where else ''}: {msg}") from exc
    return gates


def _check(gate: Gate, run: RunResult, lang: str | None) -> GateResult:
    spec = gate.spec
    if gate.category == "all":
        results = run.results
        metrics = run.metrics.get("all", {})
    else:
        results = [r for r in run.results if r.case.category == gate.category]
        metrics = run.metrics.get(gate.category, {})
    if lang is not None:
        results = [r for r in results if r.case.lang == lang]
        metrics = run.by_lang.get(gate.category, {}).get(lang, {})
    out = GateResult(gate=gate.name, mode=spec.mode, threshold=spec.threshold, value=None, status="n/a", lang=lang)

    if spec.mode == "per_case":
        measured = [r for r in results if gate.metric in r.checks or gate.metric == "pass_rate"]
        if not measured:
            out.note = "no case measures it"
            return out
        score = {r.case.id: (float(r.passed) if gate.metric == "pass_rate" else r.checks[gate.metric])
                 for r in measured}
        out.failing_cases = [cid for cid, v in score.items() if v < spec.threshold]
        out.value = min(score.values())
        out.status = "fail" if out.failing_cases else "pass"
        return out

    value = metrics.get(gate.metric)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        out.note = "no case measures it"
        return out
    out.value = value
    ok = value >= spec.threshold if spec.mode == "aggregate" else value <= spec.threshold
    out.status = "pass" if ok else "fail"
    if not ok:
        # Point at the cases that pulled the metric down (or up, for a max gate).
        out.failing_cases = [r.case.id for r in results if gate.metric in r.checks and (
            r.checks[gate.metric] < 1.0 if spec.mode == "aggregate" else r.checks[gate.metric] > 0.0)]
    return out


def evaluate_gates(run: RunResult, gates: list[Gate], *, filtered: bool = False) -> list[GateResult]:
    """Check each gate whose category ran; `all.*` gates only hold for an unfiltered run.

    In a full run a gate that no case measures fails: a gate with no cases guards nothing, and
    deleting or renaming its cases must not turn it green. (A filtered run only reports it.)"""
    out: list[GateResult] = []
    for gate in gates:
        if gate.category == "all" and filtered:
            continue
        if gate.category != "all" and gate.category not in run.categories:
            if not filtered:
                out.append(GateResult(gate=gate.name, mode=gate.spec.mode, threshold=gate.spec.threshold, value=None,
                                      status="fail", note="no case of this category ran"))
            continue
        checked = [_check(gate, run, None)]
        if gate.spec.per_lang:
            langs = sorted({r.case.lang for r in run.results
                            if gate.category in ("all", r.case.category)})
            checked.extend(_check(gate, run, lang) for lang in langs)
        for result in checked:
            if result.status == "n/a" and not filtered:
                result.status = "fail"
        out.extend(checked)
    return out
