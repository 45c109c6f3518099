"""The one list of calculator tools: name → function, input and output models, description.

Everything else (the langchain tools, `regbot calc`, the answer engine, evals) reads this list.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from pydantic import BaseModel, ValidationError

from calculators import hpa_mammo as hpa
from calculators import renewal_window as rw
from calculators import tsa_cme as tsa
from calculators import tsir_instructor as tsir
from calculators.errors import CalculatorInputError, describe_validation_error, first_field

if TYPE_CHECKING:
    from langchain_core.tools import StructuredTool


@dataclass(frozen=True)
class ToolSpec:
    """One calculator tool."""

    name: str
    func: Callable[[BaseModel], BaseModel]
    input_model: type[BaseModel]
    output_model: type[BaseModel]
    description: str  # the function's one-line docstring (a language model reads it)
    doc: str  # "tsa-cme" | "tsir-instructor" | "hpa-mammo" | "shared"


def _tool(func: Callable[[Any], BaseModel], input_model: type[BaseModel], output_model: type[BaseModel],
          doc: str) -> ToolSpec:
    description = (inspect.getdoc(func) or "").split("\n", 1)[0].strip()
    return ToolSpec(func.__name__, func, input_model, output_model, description, doc)


TOOLS: list[ToolSpec] = [
    _tool(tsa.tsa_credit_tally, tsa.TsaCreditTallyInput, tsa.TsaCreditTallyResult, "tsa-cme"),
    _tool(tsa.tsa_renewal_check, tsa.TsaRenewalCheckInput, tsa.TsaRenewalCheckResult, "tsa-cme"),
    _tool(tsir.tsir_instructor_eligibility, tsir.TsirEligibilityInput, tsir.TsirEligibilityResult, "tsir-instructor"),
    _tool(tsir.tsir_renewal_check, tsir.TsirRenewalInput, tsir.TsirRenewalResult, "tsir-instructor"),
    _tool(rw.renewal_window, rw.RenewalWindowInput, rw.RenewalWindowResult, "shared"),
    _tool(hpa.hpa_image_grade, hpa.ImageGradeInput, hpa.ImageGradeResult, "hpa-mammo"),
    _tool(hpa.hpa_qc_grade, hpa.QcGradeInput, hpa.QcGradeResult, "hpa-mammo"),
    _tool(hpa.hpa_reread_action, hpa.RereadActionInput, hpa.RereadActionResult, "hpa-mammo"),
    _tool(hpa.hpa_facility_volume, hpa.FacilityVolumeInput, hpa.FacilityVolumeResult, "hpa-mammo"),
    _tool(hpa.hpa_radiographer_volume, hpa.RadiographerVolumeInput, hpa.RadiographerVolumeResult, "hpa-mammo"),
    _tool(hpa.hpa_followup_deduction, hpa.FollowupDeductionInput, hpa.FollowupDeductionResult, "hpa-mammo"),
    _tool(hpa.hpa_followup_deadline, hpa.FollowupDeadlineInput, hpa.FollowupDeadlineResult, "hpa-mammo"),
]
_BY_NAME = {spec.name: spec for spec in TOOLS}


def tool_names() -> list[str]:
    return [spec.name for spec in TOOLS]


def get_tool(name: str) -> ToolSpec:
    """The tool called `name`; an unknown name raises CalculatorInputError listing the valid names."""
    try:
        return _BY_NAME[name]
    except (KeyError, TypeError):
        raise CalculatorInputError("name", f"unknown tool {name!r}; valid tools: {', '.join(tool_names())}") from None


def parse_args(name: str, args: Any) -> BaseModel:
    """Validate `args` against the tool's input model; bad input raises CalculatorInputError."""
    spec = get_tool(name)
    if not isinstance(args, dict):
        raise CalculatorInputError("input", f"the arguments of {name} must be a JSON object, got {type(args).__name__}")
    try:
        return spec.input_model.model_validate(args)
    except ValidationError as err:
        raise CalculatorInputError(first_field(err), describe_validation_error(err, spec.input_model)) from err


def run_tool(name: str, args: dict[str, Any]) -> dict[str, Any]:
    """Validate the arguments, run the tool and return its result as a JSON-ready dict."""
    spec = get_tool(name)
    result = spec.func(parse_args(name, args))
    return result.model_dump(mode="json")


def langchain_tools() -> list[StructuredTool]:
    """One langchain StructuredTool per calculator; the input model is the args schema."""
    from langchain_core.tools import StructuredTool, ToolException

    def build(spec: ToolSpec) -> StructuredTool:
        def run(**kwargs: Any) -> dict[str, Any]:
            try:
                return run_tool(spec.name, kwargs)
            except CalculatorInputError as err:  # shown to the model so it can fix its arguments
                raise ToolException(str(err)) from err

        return StructuredTool.from_function(
            func=run,
            name=spec.name,
            description=spec.description,
            args_schema=spec.input_model,
            handle_tool_error=True,
            handle_validation_error=lambda err: describe_validation_error(err, spec.input_model),
        )

    return [build(spec) for spec in TOOLS]
