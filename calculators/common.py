"""Shared pieces of every calculator: result base model, the trace that fills it, rounding, months."""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import NamedTuple, TypeVar

from pydantic import BaseModel, ConfigDict, Field

# Tag names of tagged unions start with this so error messages can drop them (see errors.py).
TAG_PREFIX = "="

Number = int | float
T = TypeVar("T", str, list[str])


class CalcInput(BaseModel):
    """Base of every tool's input model: unknown fields and NaN/infinity are errors."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class Step(BaseModel):
    """One line of the derivation, shown to the user as a calculation step."""

    text: str = Field(description="The step in Traditional Chinese")
    text_en: str = Field(description="The same step in English")
    rule: str | None = Field(default=None, description="Citation id of the rule the step applies")


class CalcResult(BaseModel):
    """Fields every result carries besides its own contract fields (SPEC §4)."""

    citations: list[str] = Field(default_factory=list, description="Ids of the rules applied")
    assumptions: list[str] = Field(
        default_factory=list, description="Readings of ambiguous text this result relied on (Traditional Chinese)"
    )
    assumptions_en: list[str] = Field(default_factory=list, description="The same assumptions in English")
    breakdown: list[Step] = Field(default_factory=list, description="Calculation steps, in order")

    def step_lines(self, lang: str) -> list[str]:
        """The derivation in the user's language, one line per step."""
        return [line for row in self.breakdown if (line := in_lang(row.text, row.text_en, lang))]

    def measure_lines(self, lang: str) -> list[str]:
        """The measures the rules attach to this result, quoted (results with measures override this)."""
        return []

    def assumption_lines(self, lang: str) -> list[str]:
        """The readings of ambiguous text this result relied on, in the user's language."""
        return list(in_lang(self.assumptions, self.assumptions_en, lang))


def in_lang(zh: T, en: T, lang: str) -> T:
    """The Traditional Chinese text for zh-TW, else the English one (the Chinese where there is none)."""
    return zh if lang == "zh-TW" else (en or zh)


class Assumption(NamedTuple):
    """A reading of ambiguous regulation text that SPEC fixes; shown to the user when relied on."""

    zh: str
    en: str


@dataclass
class Trace:
    """Collects citations, assumptions and steps while a calculator runs."""

    citations: list[str] = field(default_factory=list)
    assumptions: list[Assumption] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)

    def cite(self, *ids: str | None) -> None:
        for cid in ids:
            if cid and cid not in self.citations:
                self.citations.append(cid)

    def assume(self, assumption: Assumption) -> None:
        if assumption not in self.assumptions:
            self.assumptions.append(assumption)

    def step(self, text: str, text_en: str, rule: str | None = None) -> Step:
        step = Step(text=text, text_en=text_en, rule=rule)
        self.steps.append(step)
        self.cite(rule)
        return step

    def fields(self) -> dict:
        """The CalcResult fields, ready to splat into a result model."""
        return {
            "citations": list(self.citations),
            "assumptions": [a.zh for a in self.assumptions],
            "assumptions_en": [a.en for a in self.assumptions],
            "breakdown": list(self.steps),
        }


def exact(x: Number | Fraction) -> Fraction:
    """An exact rational for a JSON number (floats through their shortest decimal repr)."""
    if isinstance(x, Fraction):
        return x
    if isinstance(x, float):
        return Fraction(repr(x))
    return Fraction(x)


def num(x: Number | Fraction) -> Number:
    """A plain JSON number: integral values as int (60, not 60.0), others as float."""
    f = exact(x)
    return int(f) if f.denominator == 1 else float(f)


def round_half_up(x: Number | Fraction, places: int = 2) -> Number:
    """Round as people do on paper (41.665 → 41.67; halves away from zero), not banker's rounding."""
    f = exact(x)
    scale = 10**places
    # Exact integer arithmetic: no float error and no Decimal precision limit on huge values.
    n = math.floor(abs(f) * scale + Fraction(1, 2))
    return num(Fraction(n if f >= 0 else -n, scale))


def fmt(x: Number | Fraction, places: int = 4) -> str:
    """A number for a step text: no trailing zeros, at most `places` decimals (enough to show 74.9975 < 75)."""
    f = exact(x)
    if f.denominator == 1:
        return str(f.numerator)
    scale = 10**places
    n = math.floor(abs(f) * scale + Fraction(1, 2))  # half up, in integers (no float overflow)
    whole, frac = divmod(n, scale)
    text = f"{whole}.{frac:0{places}d}".rstrip("0").rstrip(".")
    return f"-{text}" if f < 0 and n else text


def add_months(d: date, months: int) -> tuple[date, bool]:
    """Calendar-month arithmetic clamped to the month's end; also says whether it clamped.

    Aug 31 − 6 months → Feb 28 (29 in a leap year); Dec 31 + 2 months → Feb 28/29.
    """
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(d.day, last)), d.day > last


MONTH_ARITHMETIC = Assumption(
    "「N 個月」依日曆月計算：同一日期加（減）N 個月；該月沒有這一天時，取該月最後一天"
    "（例：8 月 31 日往前 6 個月為 2 月 28 日或 29 日；12 月 31 日加 2 個月為 2 月 28 日或 29 日）。",
    "“N months” is counted in calendar months: the same day N months later (or earlier); where that month "
    "has no such day, its last day (e.g. Aug 31 − 6 months = Feb 28/29; Dec 31 + 2 months = Feb 28/29).",
)
