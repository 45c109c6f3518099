"""Every numeric input is bounded to what the regulation can mean (issue 12, fault 9): an absurd
number is refused with the field named, never silently read or passed through."""

from __future__ import annotations

import math

import pytest

from calculators.errors import CalculatorInputError
from calculators.registry import run_tool


@pytest.mark.parametrize(("tool", "args", "field"), [
    ("tsa_renewal_check", {"yearly_credits": [1e308, 100, 100, 100, 100, 100]}, "yearly_credits.0"),
    ("hpa_image_grade", {"subject": "radiographer", "kind": "sampled", "scores": [1e300]}, "scores.0"),
    ("hpa_followup_deduction", {"completion_rate_pct": 50, "annual_subsidy": 1e308}, "annual_subsidy"),
    ("tsir_renewal_check", {"activities": [], "cme_points": math.inf}, "cme_points"),
    ("hpa_facility_volume", {"radiographer_work_days": [math.nan], "annual_screenings": 10}, "radiographer_work_days.0"),
])
def test_an_absurd_number_is_refused_naming_its_field(tool, args, field):
    with pytest.raises(CalculatorInputError) as err:
        run_tool(tool, args)
    assert err.value.field == field


def test_every_numeric_input_has_an_upper_bound():
    """A new numeric field without a plausible maximum fails here."""
    from calculators.registry import TOOLS

    unbounded = []
    for spec in TOOLS:
        schema = spec.input_model.model_json_schema()
        defs = schema.get("$defs", {})

        def walk(node, path):
            if "$ref" in node:
                node = defs[node["$ref"].split("/")[-1]]
            for key in ("anyOf", "oneOf", "allOf"):
                for sub in node.get(key, []):
                    walk(sub, path)
            bounded = "maximum" in node or "exclusiveMaximum" in node or "enum" in node or "const" in node
            if node.get("type") in ("number", "integer") and not bounded:
                unbounded.append(f"{spec.name}:{path}")
            if node.get("type") == "array" and "items" in node:
                walk(node["items"], path + "[]")
            if node.get("type") == "object":
                for k, v in node.get("properties", {}).items():
                    walk(v, f"{path}.{k}" if path else k)
                if isinstance(node.get("additionalProperties"), dict):
                    walk(node["additionalProperties"], path + "{}")

        walk(schema, "")
    assert unbounded == []
