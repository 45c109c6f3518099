"""The engine only assembles what a result's renderer says: a made-up 13th calculator, registered with
its own renderer, gets its headline, steps, tag and citations in both languages with no change in bot/."""

from __future__ import annotations

from typing import Literal

import pytest
from pydantic import Field

from bot.engine import Engine
from bot.settings import Settings
from calculators import registry
from calculators.common import CalcInput, CalcResult, Trace
from calculators.labels import titled, ui
from calculators.registry import TOOLS, ToolSpec
from calculators.render import Renderer, label
from knowledge.corpus import load_corpus

ZONES = {"a": ("甲區", "zone A"), "b": ("乙區", "zone B")}
RATE = {"a": 30, "b": 20}


class ParkingInput(CalcInput):
    """A made-up calculator."""

    model_config = titled("停車費", "Parking fee", "停車要付多少？", "What does parking cost?")

    hours: int = Field(ge=0, le=24, json_schema_extra=ui("停車時數", "Hours parked"))
    zone: Literal["a", "b"] = Field(json_schema_extra=ui("區域", "Zone", choices=ZONES))


class ParkingResult(CalcResult):
    fee: int


def parking_fee(args: ParkingInput) -> ParkingResult:
    """Parking fee."""
    trace = Trace()  # cites real clause ids, so the answer quotes them from the corpus
    fee = args.hours * RATE[args.zone]
    trace.step(f"{args.hours} 小時 × {RATE[args.zone]} 元 = {fee} 元", f"{args.hours} h × NT${RATE[args.zone]} = NT${fee}",
               "tsa-cme/10")
    trace.cite("tsa-cme/11")
    return ParkingResult(fee=fee, **trace.fields())


class ParkingRenderer(Renderer[ParkingInput, ParkingResult]):
    def headline(self, args: ParkingInput, result: ParkingResult, lang: str) -> str:
        zone = label(ZONES, args.zone, lang)
        return f"{zone}停車費 {result.fee} 元。" if lang == "zh-TW" else f"Parking in {zone}: NT${result.fee}."

    def tag(self, args: ParkingInput, lang: str) -> str:
        return label(ZONES, args.zone, lang)

    def citations(self, args: ParkingInput, result: ParkingResult) -> list[str]:
        return list(reversed(result.citations))


@pytest.fixture
def parking(monkeypatch):
    spec = ToolSpec("parking_fee", parking_fee, ParkingInput, ParkingResult, "Parking fee.", "shared", ParkingRenderer())
    monkeypatch.setattr(registry, "TOOLS", [*TOOLS, spec])
    monkeypatch.setitem(registry._BY_NAME, "parking_fee", spec)
    return spec


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """The engine without an index: a computation from given inputs never opens one."""
    settings = Settings(REGBOT_DATA_DIR=tmp_path_factory.mktemp("render-data"), REGBOT_LLM=None)
    return Engine(settings, load_corpus())


def test_a_13th_calculator_gets_its_headline_with_no_change_in_bot(parking, engine):
    zh = engine.compute("停車要付多少？", "zh-TW", "parking_fee", [{"hours": 2, "zone": "a"}])
    assert zh.route == "calculator"
    assert zh.answer.startswith("甲區停車費 60 元。\n\n計算步驟：\n1. 2 小時 × 30 元 = 60 元")
    assert [c.id for c in zh.citations] == ["tsa-cme/11", "tsa-cme/10"]  # the renderer's order
    assert zh.tool_calls[0].result["fee"] == 60  # JSON in the answer
    en = engine.compute("What does parking cost?", "en", "parking_fee", [{"hours": 2, "zone": "b"}])
    assert en.answer.startswith("Parking in zone B: NT$40.\n\nSteps:\n1. 2 h × NT$20 = NT$40")


def test_several_calls_of_a_13th_calculator_are_tagged_by_its_renderer(parking, engine):
    both = engine.compute("停車要付多少？", "zh-TW", "parking_fee", [{"hours": 2, "zone": "a"}, {"hours": 1, "zone": "b"}])
    assert both.answer.startswith("甲區停車費 60 元。\n乙區停車費 20 元。")
    assert both.steps == ["［甲區］2 小時 × 30 元 = 60 元", "［乙區］1 小時 × 20 元 = 20 元"]
    en = engine.compute("What does parking cost?", "en", "parking_fee", [{"hours": 2, "zone": "a"}, {"hours": 1, "zone": "b"}])
    assert en.steps == ["[zone A] 2 h × NT$30 = NT$60", "[zone B] 1 h × NT$20 = NT$20"]


def test_a_calculator_without_a_renderer_still_answers_with_its_steps(monkeypatch, engine):
    spec = ToolSpec("parking_fee", parking_fee, ParkingInput, ParkingResult, "Parking fee.", "shared")
    monkeypatch.setitem(registry._BY_NAME, "parking_fee", spec)
    answer = engine.compute("停車要付多少？", "zh-TW", "parking_fee", [{"hours": 1, "zone": "a"}])
    assert answer.answer.startswith("計算步驟：\n1. 1 小時 × 30 元 = 30 元")
