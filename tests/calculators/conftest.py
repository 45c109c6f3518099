"""Helpers for the calculator tests."""

from __future__ import annotations

from typing import Any

import pytest

from calculators.errors import CalculatorInputError
from calculators.registry import run_tool


def run(tool: str, **args: Any) -> dict[str, Any]:
    """Run a tool and dump its result model as the answer's JSON has it (validate, run, JSON dump)."""
    return run_tool(tool, args).model_dump(mode="json")


def bad(tool: str, **args: Any) -> CalculatorInputError:
    """Run a tool on bad input and return the error it must raise."""
    with pytest.raises(CalculatorInputError) as info:
        run_tool(tool, args)
    return info.value
