"""Input errors of the calculators, with one line per problem naming the field."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ValidationError

_MISSING = object()
# Loc parts that pydantic adds for a tagged union member (see common.TAG_PREFIX); not field names.
_TAG_PREFIX = "="


class CalculatorInputError(ValueError):
    """Bad calculator input: `field` is the first offending field path, str() lists every problem."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(message)


class FieldProblem(ValueError):
    """Raised inside input validators so the message names a field below the validated model.

    pydantic reports a model validator's error at the model's own location; the describer
    appends `field` to it, so a missing role reads `activities.2.role: ...`.
    """

    def __init__(self, field: str, expected: str, got: Any = _MISSING) -> None:
        self.field = field
        self.expected = expected
        self.got = got
        super().__init__(f"{field}: {expected}")


def _show(value: Any) -> str:
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _expected(error: dict[str, Any], model: type[BaseModel] | None, loc: list[Any]) -> str:
    kind, msg = error["type"], error["msg"]
    if kind == "missing":
        return "required"
    if kind == "extra_forbidden":
        allowed = _allowed_fields(model, loc[:-1]) if model else None
        return "not a field of this tool" + (f" (fields: {', '.join(allowed)})" if allowed else "")
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    if msg.startswith("Input "):
        msg = msg[len("Input "):]
    return msg[:1].lower() + msg[1:]


def _allowed_fields(model: type[BaseModel], parent: list[Any]) -> list[str] | None:
    """Field names of the (possibly nested) model at `parent`, for 'unknown field' messages."""
    current: Any = model
    for part in parent:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return None
        current = _inner_model(field.annotation)
        if current is None:
            return None
    return list(current.model_fields) if hasattr(current, "model_fields") else None


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def describe_validation_error(err: ValidationError, model: type[BaseModel] | None = None) -> str:
    """One line per problem: `<field path>: <what was expected>, got <value>`."""
    lines: list[str] = []
    for error in err.errors():
        loc = [p for p in error["loc"] if not (isinstance(p, str) and p.startswith(_TAG_PREFIX))]
        problem = (error.get("ctx") or {}).get("error")
        if isinstance(problem, FieldProblem):
            path = ".".join(str(p) for p in [*loc, problem.field])
            line = f"{path}: {problem.expected}"
            if problem.got is not _MISSING:
                line += f", got {_show(problem.got)}"
        else:
            if loc and loc[-1] == "[key]":  # an unknown key of a dict with fixed keys
                loc = loc[:-1]
            path = ".".join(str(p) for p in loc) or "input"
            line = f"{path}: {_expected(error, model, list(error['loc']))}"
            if error["type"] != "missing":
                line += f", got {_show(error.get('input'))}"
        if line not in lines:
            lines.append(line)
    return "\n".join(lines)


def first_field(err: ValidationError) -> str:
    """The dotted path of the first problem (what CalculatorInputError.field holds)."""
    error = err.errors()[0]
    loc = [p for p in error["loc"] if not (isinstance(p, str) and p.startswith(_TAG_PREFIX))]
    problem = (error.get("ctx") or {}).get("error")
    if isinstance(problem, FieldProblem):
        loc.append(problem.field)
    elif loc and loc[-1] == "[key]":
        loc = loc[:-1]
    return ".".join(str(p) for p in loc) or "input"


# pydantic error types a person can read in their own language; others keep pydantic's English.
_MESSAGES_ZH = {
    "missing": "必填",
    "greater_than_equal": "不得小於 {ge}",
    "greater_than": "必須大於 {gt}",
    "less_than_equal": "不得大於 {le}",
    "less_than": "必須小於 {lt}",
    "too_short": "至少需要 {min_length} 項",
    "too_long": "最多 {max_length} 項",
    "int_from_float": "必須是整數",
    "int_parsing": "必須是整數",
    "float_parsing": "必須是數字",
    "date_from_datetime_parsing": "日期格式不正確",
    "literal_error": "請從選項中選擇",
}
_MESSAGES_EN = {"missing": "Required"}


def error_message(error: dict[str, Any], lang: str) -> str:
    """One pydantic error (an item of `ValidationError.errors()`) as a person reads it, in their language where known."""
    problem = (error.get("ctx") or {}).get("error")
    if isinstance(problem, FieldProblem):
        return problem.expected
    template = (_MESSAGES_EN if lang == "en" else _MESSAGES_ZH).get(error["type"])
    try:
        text = template.format(**(error.get("ctx") or {})) if template else error["msg"]
    except (KeyError, IndexError):
        text = error["msg"]
    return text.removeprefix("Value error, ")

