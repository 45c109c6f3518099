"""The optional language-model path with langchain's fake chat model emitting tool calls (no network).

A good run is accepted; a run that invents a number or a citation, errors or times out is caught and the
deterministic answer is given instead (with a log line).
"""

from __future__ import annotations

import logging
import time

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from bot.engine import Engine
from bot.llm import load_chat_model

from .conftest import TODAY

QUESTION = "追蹤完成率 68%，總補助 200 萬，會被扣多少？"


class ToolCallingFake(GenericFakeChatModel):
    """GenericFakeChatModel plays queued messages; tool binding is a no-op (the script decides the calls)."""

    bound: list = []

    def bind_tools(self, tools, **kwargs):
        self.bound = list(tools)
        return self


def deduction_call():
    return AIMessage(content="", tool_calls=[{"name": "hpa_followup_deduction", "id": "call-1",
                                              "args": {"completion_rate_pct": 68, "annual_subsidy": 2000000}}])


def llm_engine(engine: Engine, *messages) -> Engine:
    model = ToolCallingFake(messages=iter(messages))
    return Engine(engine.settings, engine.corpus, engine.retriever, chat_model=model)


def test_good_run_is_accepted(engine):
    e = llm_engine(engine, deduction_call(),
                   AIMessage(content="追蹤完成率 68%，依二(五)扣當年度總補助 10%，即 200000 元 [hpa-mammo/2.5]。"))
    a = e.answer(QUESTION, today=TODAY)
    assert a.route == "calculator"
    assert a.answer.startswith("追蹤完成率 68%，依二(五)扣當年度總補助 10%")  # the model's text, not the template
    assert [c.name for c in a.tool_calls] == ["hpa_followup_deduction"]
    assert a.tool_calls[0].result["deduction_amount"] == 200000
    assert [c.id for c in a.citations] == ["hpa-mammo/2.5"]
    assert {t.name for t in e.chat_model.bound} >= {"hpa_followup_deduction", "search_regulations"}


def test_retrieval_run_quotes_clauses_it_was_shown(engine):
    e = llm_engine(engine,
                   AIMessage(content="", tool_calls=[{"name": "search_regulations", "id": "s1", "args": {"query": "出席簽名單 蓋章"}}]),
                   AIMessage(content="不可以，出席簽名單須親筆簽名，不得以蓋章替代 [tsa-cme/8]。"))
    a = e.answer("出席簽名單可以蓋章嗎？", today=TODAY)
    assert a.route == "retrieval" and [c.id for c in a.citations] == ["tsa-cme/8"]
    assert "tsa-cme/8" in a.retrieved


@pytest.mark.parametrize("final", [
    "扣款 10%，即 250000 元 [hpa-mammo/2.5]。",  # a number no tool returned
    "扣款 10%，即 200000 元 [tsa-cme/5.1]。",  # a citation no tool returned
    "依規定應扣 1000 元。",  # an injected figure and no citation
])
def test_invented_number_or_citation_falls_back(engine, final, caplog):
    e = llm_engine(engine, deduction_call(), AIMessage(content=final))
    with caplog.at_level(logging.WARNING, logger="regbot.llm"):
        a = e.answer(QUESTION, today=TODAY)
    deterministic = engine.answer(QUESTION, today=TODAY)
    assert a.answer == deterministic.answer  # the deterministic path answered
    assert "250000" not in a.answer and "1000 元" not in a.answer
    assert any("rejected" in r.message for r in caplog.records)


def test_answer_without_any_tool_falls_back(engine, caplog):
    e = llm_engine(engine, AIMessage(content="年會 60 分。"))
    with caplog.at_level(logging.WARNING, logger="regbot.llm"):
        a = e.answer("年會積分怎麼算？", today=TODAY)
    assert a.route == "retrieval" and a.citations[0].id.startswith("tsa-cme/")
    assert any("without calling a tool" in r.message for r in caplog.records)


def test_model_error_falls_back(engine, caplog):
    class Broken(ToolCallingFake):
        def _generate(self, *args, **kwargs):
            raise ConnectionError("provider unreachable")

    e = Engine(engine.settings, engine.corpus, engine.retriever, chat_model=Broken(messages=iter([])))
    with caplog.at_level(logging.WARNING, logger="regbot.llm"):
        a = e.answer(QUESTION, today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].result["deduction_pct"] == 10
    assert any("failed" in r.message and "provider unreachable" in r.message for r in caplog.records)


def test_timeout_falls_back(engine, caplog):
    class Slow(ToolCallingFake):
        def _generate(self, *args, **kwargs):
            time.sleep(1.0)
            return super()._generate(*args, **kwargs)

    e = Engine(engine.settings, engine.corpus, engine.retriever,
               chat_model=Slow(messages=iter([AIMessage(content="x")])))
    e.llm_timeout_s = 0.05
    with caplog.at_level(logging.WARNING, logger="regbot.llm"):
        a = e.answer(QUESTION, today=TODAY)
    assert a.route == "calculator" and a.tool_calls[0].result["deduction_pct"] == 10
    assert any("timed out" in r.message for r in caplog.records)


def test_unknown_model_string_is_not_fatal(caplog):
    with caplog.at_level(logging.WARNING, logger="regbot.llm"):
        assert load_chat_model("no-such-provider:model") is None
    assert any("could not be loaded" in r.message for r in caplog.records)
