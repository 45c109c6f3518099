"""Corrections from the inquiry log as eval cases (evals/schema.py), for staff to review and add."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import yaml

from bot.inquiry_log import InquiryLog

# Result fields that are not figures to pin: texts, lists and the trace.
_NOT_PINNED = {"citations", "assumptions", "assumptions_en", "breakdown", "notes", "notes_en", "measures",
               "measures_en", "action_zh", "exceeded", "caps_applied"}


def _pinned(result: dict[str, Any]) -> dict[str, Any]:
    """The result's scalar figures (total, eligible, grade, deduction_pct …), as the case must reproduce them."""
    return {k: v for k, v in result.items()
            if k not in _NOT_PINNED and (isinstance(v, (bool, int, float, str)) or v is None)}


def correction_cases(log: InquiryLog, since: date | None = None) -> list[dict[str, Any]]:
    """One calculator case per corrected reading (the latest correction of each answer and call)."""
    from evals.schema import Case

    latest: dict[tuple[int, int], Any] = {}
    for correction, inquiry in log.corrections(since):
        latest[(inquiry.id, correction.call_index)] = (correction, inquiry)
    cases = []
    for correction, inquiry in latest.values():
        args = json.dumps(correction.reading, ensure_ascii=False, sort_keys=True)
        when = correction.created_at.date().isoformat() if correction.created_at else ""
        case = {
            "id": f"corr-{inquiry.id}-{correction.call_index}",
            "category": "calculator",
            "lang": inquiry.lang or "zh-TW",
            "question": inquiry.question,
            "note": (f"correction #{correction.id} by {correction.user_id} on {when}: the bot answered "
                     f"{inquiry.route} and read {correction.tool} {args}"
                     + (f" (call {correction.call_index + 1})" if correction.call_index else "")
                     + "; expected values are the corrected inputs' result. Review: does the question state "
                       "every fact? (a clarify is right when it does not)"),
            "tags": ["correction", f"inquiry:{inquiry.id}", f"tool:{correction.tool}"],
            "expect": {
                "route": "calculator",
                "tool": {"name": correction.tool, "args": correction.corrected},
                "result": _pinned(correction.result),
            },
        }
        Case.model_validate(case)  # a ready case: the eval runner would load it as it is
        cases.append(case)
    return cases


def cases_yaml(cases: list[dict[str, Any]]) -> str:
    """A case file (`cases: [...]`) as YAML, Chinese kept readable."""
    header = "# Corrections from the inquiry log (regbot log export --corrections): review before adding to evals/cases/.\n"
    return header + yaml.safe_dump({"cases": cases}, allow_unicode=True, sort_keys=False, width=120)
