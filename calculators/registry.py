"""The one list of calculator tools: name → function, input and output models, description, renderer.

Everything else (the langchain tools, `regbot calc`, the answer engine, evals) reads this list.
"""

from __future__ import annotations

import inspect
from collections.abc import Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from pydantic import BaseModel, ValidationError

from calculators import hpa_mammo as hpa
from calculators import render_hpa, render_tsa, render_tsir, render_window
from calculators import renewal_window as rw
from calculators import tsa_cme as tsa
from calculators import tsir_instructor as tsir
from calculators.common import CalcResult
from calculators.errors import CalculatorInputError, describe_validation_error, first_field
from calculators.render import Renderer

if TYPE_CHECKING:
    from langchain_core.tools import StructuredTool


@dataclass(frozen=True)
class ToolSpec:
    """One calculator tool."""

    name: str
    func: Callable[[Any], CalcResult]
    input_model: type[BaseModel]
    output_model: type[CalcResult]
    description: str  # the function's one-line docstring (a language model reads it)
    doc: str  # "tsa-cme" | "tsir-instructor" | "hpa-mammo" | "shared"
    render: Renderer[Any, Any] = Renderer()  # how its result reads (headline, steps …)


def _tool(func: Callable[[Any], CalcResult], input_model: type[BaseModel], output_model: type[CalcResult],
          doc: str, render: Renderer[Any, Any]) -> ToolSpec:
    description = (inspect.getdoc(func) or "").split("\n", 1)[0].strip()
    return ToolSpec(func.__name__, func, input_model, output_model, description, doc, render)


TOOLS: list[ToolSpec] = [
    _tool(tsa.tsa_credit_tally, tsa.TsaCreditTallyInput, tsa.TsaCreditTallyResult, "tsa-cme", render_tsa.CreditTallyRenderer()),
    _tool(tsa.tsa_renewal_check, tsa.TsaRenewalCheckInput, tsa.TsaRenewalCheckResult, "tsa-cme", render_tsa.RenewalCheckRenderer()),
    _tool(tsir.tsir_instructor_eligibility, tsir.TsirEligibilityInput, tsir.TsirEligibilityResult, "tsir-instructor",
          render_tsir.EligibilityRenderer()),
    _tool(tsir.tsir_renewal_check, tsir.TsirRenewalInput, tsir.TsirRenewalResult, "tsir-instructor", render_tsir.RenewalRenderer()),
    _tool(rw.renewal_window, rw.RenewalWindowInput, rw.RenewalWindowResult, "shared", render_window.WindowRenderer()),
    _tool(hpa.hpa_image_grade, hpa.ImageGradeInput, hpa.ImageGradeResult, "hpa-mammo", render_hpa.ImageGradeRenderer()),
    _tool(hpa.hpa_qc_grade, hpa.QcGradeInput, hpa.QcGradeResult, "hpa-mammo", render_hpa.QcGradeRenderer()),
    _tool(hpa.hpa_reread_action, hpa.RereadActionInput, hpa.RereadActionResult, "hpa-mammo", render_hpa.RereadRenderer()),
    _tool(hpa.hpa_facility_volume, hpa.FacilityVolumeInput, hpa.FacilityVolumeResult, "hpa-mammo",
          render_hpa.FacilityVolumeRenderer()),
    _tool(hpa.hpa_radiographer_volume, hpa.RadiographerVolumeInput, hpa.RadiographerVolumeResult, "hpa-mammo",
          render_hpa.RadiographerVolumeRenderer()),
    _tool(hpa.hpa_followup_deduction, hpa.FollowupDeductionInput, hpa.FollowupDeductionResult, "hpa-mammo",
          render_hpa.DeductionRenderer()),
    _tool(hpa.hpa_followup_deadline, hpa.FollowupDeadlineInput, hpa.FollowupDeadlineResult, "hpa-mammo",
          render_hpa.DeadlineRenderer()),
]
_BY_NAME = {spec.name: spec for spec in TOOLS}


@dataclass(frozen=True)
class Calculation:
    """One validated call: the input model, the result model and the tool's renderer, typed to the text."""

    spec: ToolSpec
    args: BaseModel
    result: CalcResult

    def headline(self, lang: str) -> str:
        return self.spec.render.headline(self.args, self.result, lang)

    def steps(self, lang: str) -> list[str]:
        return self.spec.render.steps(self.args, self.result, lang)

    def favourable(self) -> bool | None:
        return self.spec.render.favourable(self.args, self.result)

    def outcome(self) -> Hashable | None:
        return self.spec.render.outcome(self.args, self.result)

    def consequences(self) -> dict[str, bool | None]:
        return self.spec.render.consequences(self.args, self.result)

    def measures(self, lang: str) -> list[str]:
        return self.spec.render.measures(self.args, self.result, lang)

    def assumptions(self, lang: str) -> list[str]:
        return self.spec.render.assumptions(self.args, self.result, lang)

    def citations(self) -> list[str]:
        return self.spec.render.citations(self.args, self.result)

    def tag(self, lang: str) -> str:
        return self.spec.render.tag(self.args, lang)

    def part_asked(self, question: str, lang: str) -> str:
        return self.spec.render.part_asked(self.args, self.result, question, lang)


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


def calculate(name: str, args: Any) -> Calculation:
    """Validate the arguments and run the tool; bad input raises CalculatorInputError."""
    spec = get_tool(name)
    inputs = parse_args(name, args)
    result = spec.func(inputs)
    if not isinstance(result, spec.output_model):  # a tool's own bug, never the user's input
        raise TypeError(f"{name} returned {type(result).__name__}, not its {spec.output_model.__name__}")
    return Calculation(spec, inputs, result)


def run_tool(name: str, args: Any) -> CalcResult:
    """Validate the arguments, run the tool and return its result model (`.model_dump(mode="json")` for JSON)."""
    return calculate(name, args).result


def langchain_tools() -> list[StructuredTool]:
    """One langchain StructuredTool per calculator; the input model is the args schema."""
    from langchain_core.tools import StructuredTool, ToolException

    def build(spec: ToolSpec) -> StructuredTool:
        def run(**kwargs: Any) -> dict[str, Any]:
            try:
                return run_tool(spec.name, kwargs).model_dump(mode="json")  # the model reads JSON
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
