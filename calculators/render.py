"""How a calculator's result reads: the base of every tool's renderer (calculators/render_*.py).

A renderer is registered with its tool in calculators/registry.py and gets the validated input and
result models, never JSON. The answer engine only assembles what it returns, so a new calculator
brings its own text and nothing in bot/ changes.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Generic, TypeVar

from pydantic import BaseModel

from calculators.common import CalcResult

In = TypeVar("In", bound=BaseModel)
Out = TypeVar("Out", bound=CalcResult)


class Renderer(Generic[In, Out]):
    """One tool's result in the user's language (zh-TW; any other language reads English).

    Subclasses write `headline`; steps, measures and assumptions come from the result itself.
    """

    def headline(self, args: In, result: Out, lang: str) -> str:
        """The figure or verdict, in one or two sentences ("" for none)."""
        return ""

    def favourable(self, args: In, result: Out) -> bool | None:
        """Is the result the person's good outcome (enough, eligible, nothing deducted, within the cap)? None for a result
        that is no verdict (a total, a grade, a deadline): a yes / no question is then answered by the figure alone."""
        return None

    def consequences(self, args: In, result: Out) -> dict[str, bool | None]:
        """What the result holds for the person, by named consequence ("reading": may they go on reading?), for a yes / no
        asked of one consequence rather than of the result as a whole (bot/verdict.py `consequence_lead`): True, False, or
        None where it holds only on a condition. Empty for a tool with no such consequences."""
        return {}

    def outcome(self, args: In, result: Out) -> Hashable | None:
        """The class of result the answer turns on (a grade, a tier, a deduction rate, over or within a cap), where the
        tool has such classes; None for a tool whose answer is a figure alone. A rough figure said right on a boundary
        between two classes is asked for exactly (bot/engine.py, `Engine._rough_figures`)."""
        return None

    def steps(self, args: In, result: Out, lang: str) -> list[str]:
        """The calculation steps shown under the headline."""
        return result.step_lines(lang)

    def measures(self, args: In, result: Out, lang: str) -> list[str]:
        """The measures the rules attach to the result, quoted."""
        return result.measure_lines(lang)

    def assumptions(self, args: In, result: Out, lang: str) -> list[str]:
        """The readings of ambiguous regulation text the result relied on."""
        return result.assumption_lines(lang)

    def citations(self, args: In, result: Out) -> list[str]:
        """The rule ids to cite, most relevant first."""
        return list(result.citations)

    def part_asked(self, args: In, result: Out, question: str, lang: str) -> str:
        """The figure of the one part of the result the question asks for alone ("發表能拿幾分" of a meeting attended and
        papers presented, "how much for the papers?"), said before the headline so the figure asked is the first one read;
        "" where the question asks for no part, or the result holds nothing else."""
        return ""

    def tag(self, args: In, lang: str) -> str:
        """What tells this call apart when one answer makes several (a TSIR domain); "" for nothing."""
        return ""


def join(values: list[str], lang: str) -> str:
    """"a、b" in Chinese, "a, b" in English."""
    return ("、" if lang == "zh-TW" else ", ").join(values)


def sentence_case(text: str) -> str:
    """First letter up, the rest as written (str.capitalize() would turn TSIR into Tsir)."""
    return text[:1].upper() + text[1:]


def label(table: Mapping[str, tuple[str, str]], key: str, lang: str) -> str:
    """A key's name from a (zh, en) table, in the user's language; an unknown key as given."""
    names = table.get(key)
    if names is None:
        return str(key)
    return names[0] if lang == "zh-TW" else names[1]
