"""The golden-case format (`evals/cases/*.yaml`), validated on load.

A file holds `cases: [...]`. A case is either ask-level (a `question` run through the
engine) or a direct tool case (`tool` + `args` run through `calculators.registry.run_tool`).
Unknown keys are errors; every error names the file, the case id and the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

CASES_DIR = Path(__file__).parent / "cases"
HELDOUT_DIR = Path(__file__).parent / "heldout"  # written blind, scored once at the end, never tuned on
DEFAULT_TODAY = dt.date(2026, 11, 25)

Category = Literal[
    "calculator", "tool", "routing", "retrieval", "rules", "clarify", "out_of_scope", "adversarial", "citation"
]
CATEGORIES: tuple[str, ...] = Category.__args__  # type: ignore[attr-defined]
CaseLang = Literal["zh-TW", "zh-CN", "en"]
Route = Literal["calculator", "retrieval", "clarify", "out_of_scope"]


class EvalCaseError(ValueError):
    """A case file that cannot be used: names the file, the case id and the field."""

    def __init__(self, file: str | Path, case_id: str | None, field: str | None, problem: str) -> None:
        self.file = str(file)
        self.case_id = case_id
        self.field = field
        where = self.file
        if case_id:
            where += f": case {case_id}"
        if field:
            where += f": field {field}"
        super().__init__(f"{where}: {problem}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ToolExpect(_Strict):
    """The first calculator call of that name the answer must make (or the tool a direct case runs)."""

    name: str
    args: dict[str, Any] = Field(default_factory=dict, description="Each listed arg must match")
    args_any: dict[str, list[Any]] = Field(default_factory=dict, description="arg -> acceptable values")
    optional: list[str] = Field(default_factory=list, description="Listed args that may be absent")


class ErrorExpect(_Strict):
    """A direct tool case whose input must be refused with a validation error."""

    field: str | None = Field(default=None, description="The input field the error must name")
    contains: list[str] = Field(default_factory=list, description="Substrings the error message must contain")


class PartExpect(_Strict):
    """One part of a multi-part question: its route, calculator call, pinned result and citations."""

    route: Route | None = None
    tool: ToolExpect | None = None
    result: dict[str, Any] = Field(default_factory=dict)
    cite_any: list[str] = Field(default_factory=list)


class Expect(_Strict):
    """What a case must produce; every key is optional and only listed keys are checked."""

    route: Route | None = None
    first_route: Route | None = None
    tool: ToolExpect | None = None
    result: dict[str, Any] = Field(default_factory=dict, description="Pinned result fields, dotted paths")
    tolerance: float = Field(default=0.005, ge=0)
    error: ErrorExpect | None = None
    gold_ids: list[str] = Field(default_factory=list)
    cite_any: list[str] = Field(default_factory=list)
    cite_all: list[str] = Field(default_factory=list)
    must_include: list[str] = Field(default_factory=list)
    must_not_include: list[str] = Field(default_factory=list)
    missing_any: list[str] = Field(default_factory=list)
    lang: Literal["zh-TW", "en"] | None = None
    first_line: list[str] = Field(
        default_factory=list,
        description="Words the answer's first line must contain, each entry alternatives separated by |")
    polarity: Literal["yes", "no", "conditional"] | None = Field(
        default=None, description="For a yes / no rules question: what the first line must lead with")
    missing: list[str] = Field(
        default_factory=list,
        description="Clarify: the facts the bot must ask for (described for a reader; the check is that it asks)")
    followup: str | None = Field(default=None, description="Clarify: the user's reply to the bot's question")
    followup_result: dict[str, Any] = Field(
        default_factory=dict, description="Clarify: pinned result fields of the calculation after the reply")
    followup_args: dict[str, Any] = Field(
        default_factory=dict,
        description="Clarify: the full calculator input the writer worked followup_result from (a record, not checked)")
    parts: list[PartExpect] = Field(
        default_factory=list, description="A multi-part question: what each part's answer must be, in order")

    @model_validator(mode="after")
    def _error_excludes_result(self) -> Expect:
        if self.error is not None and self.result:
            raise ValueError("error: a case expects either an error or result fields, not both")
        if self.followup_result and self.followup is None:
            raise ValueError("followup_result: needs `followup` (the reply it is computed after)")
        if self.followup_args and not self.followup_result:
            raise ValueError("followup_args: needs `followup_result` (the result worked from them)")
        return self


class Case(_Strict):
    """One golden case."""

    id: str = Field(min_length=1)
    category: Category
    lang: CaseLang = "zh-TW"
    question: str | None = None
    tool: str | None = None
    args: dict[str, Any] | None = None
    today: dt.date | None = None
    followup: str | None = None
    note: str | None = Field(default=None, description="Why the expected values are what they are")
    tags: list[str] = Field(default_factory=list, description='Free labels, e.g. "credits", "kind:number"')
    expect: Expect = Field(default_factory=Expect)
    _source: str = PrivateAttr(default="")

    @model_validator(mode="after")
    def _question_or_tool(self) -> Case:
        if (self.question is None) == (self.tool is None):
            raise ValueError("question: give either `question` (ask-level case) or `tool` + `args` (direct tool case)")
        if self.tool is not None:
            if self.followup is not None:
                raise ValueError("followup: `followup` needs a `question`")
            if self.expect.route or self.expect.first_route:
                raise ValueError("expect.route: a direct tool case has no route")
        if self.expect.first_route and self.followup is None:
            raise ValueError("expect.first_route: `expect.first_route` needs a `followup`")
        if self.question is not None and self.expect.error is not None:
            raise ValueError("expect.error: `expect.error` is for direct tool cases")
        return self

    @property
    def source(self) -> str:
        """The file the case was loaded from."""
        return self._source

    @property
    def is_tool_case(self) -> bool:
        return self.tool is not None

    @property
    def effective_today(self) -> dt.date:
        return self.today or DEFAULT_TODAY


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML without implicit timestamps: dates stay strings, as in the JSON a tool receives. libyaml's parser when
    PyYAML has it: the same cases as the pure-Python SafeLoader (tests/knowledge/test_perf_caches.py compares every
    case file), loading the development cases in 0.9 s instead of 6.2 s of CPU (each eval run, each test loading them)."""


_Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _CaseFile(_Strict):
    cases: list[dict[str, Any]]


def _describe(err: dict[str, Any]) -> tuple[str | None, str]:
    """(field, message) of one pydantic error; cross-field checks put the field before a colon."""
    field = ".".join(str(p) for p in err["loc"]) or None
    msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
    if err["type"] == "value_error":
        msg = msg.removeprefix("Value error, ")
        head, sep, rest = msg.partition(": ")
        if sep and " " not in head:
            field = ".".join(p for p in (field, head) if p)
            msg = rest
    return field, msg


def load_file(path: str | Path) -> list[Case]:
    """Load and validate one case file."""
    path = Path(path)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as exc:
        raise EvalCaseError(path, None, None, f"not valid YAML: {exc}") from exc
    except OSError as exc:
        raise EvalCaseError(path, None, None, f"cannot read: {exc}") from exc
    try:
        doc = _CaseFile.model_validate(raw if raw is not None else {})
    except ValidationError as exc:
        field, msg = _describe(exc.errors()[0])
        raise EvalCaseError(path, None, field or "cases", msg) from exc
    cases: list[Case] = []
    for n, item in enumerate(doc.cases, start=1):
        case_id = str(item.get("id")) if isinstance(item, dict) and item.get("id") else f"#{n}"
        if not isinstance(item, dict):
            raise EvalCaseError(path, case_id, None, "a case must be a mapping")
        try:
            case = Case.model_validate(item)
        except ValidationError as exc:
            field, msg = _describe(exc.errors()[0])
            raise EvalCaseError(path, case_id, field, msg) from exc
        case._source = str(path)
        cases.append(case)
    return cases


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        files.extend(sorted(p.glob("*.yaml")) if p.is_dir() else [p])
    return files


def load_cases(paths: Iterable[str | Path] | None = None) -> list[Case]:
    """Load every case from the given files or folders (default: `evals/cases/`); ids must be unique."""
    files = _expand(paths if paths is not None else [CASES_DIR])
    seen: dict[str, str] = {}
    cases: list[Case] = []
    for f in files:
        for case in load_file(f):
            if case.id in seen:
                raise EvalCaseError(f, case.id, "id", f"duplicate id (also in {seen[case.id]})")
            seen[case.id] = str(f)
            cases.append(case)
    return cases
