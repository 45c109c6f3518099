"""Optional language-model path (SPEC §7), held to the deterministic path's contract.

When REGBOT_LLM names a langchain chat model, the model may read the question and call the same
calculator tools and the retriever. Code then checks its answer: every cited id must come from a
retrieved clause or a tool result, and every number in its text must appear in a tool call
(arguments or result) or in the text of a clause it was shown. A violation, an error or a timeout
returns None and the engine gives the deterministic answer instead (logged).
"""

from __future__ import annotations

import concurrent.futures
import datetime
import json
import logging
import re
from typing import Any, Protocol

from bot import compose
from bot.answer import Answer, Conversation, ToolCall
from bot.parsing.text import detect_lang
from calculators.common import CalcResult

log = logging.getLogger("regbot.llm")

TIMEOUT_S = 30.0
MAX_ROUNDS = 4
SEARCH_TOOL = "search_regulations"
CITATION_ID = re.compile(r"\b(?:tsa-cme|tsir-instructor|hpa-mammo)/[0-9a-z]+(?:\.[0-9a-z]+)*", re.IGNORECASE)
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")

SYSTEM_PROMPT = """You answer questions about three Taiwanese regulations: the Taiwan Surgical Association CME
credit rules (tsa-cme), the TSIR interventional radiology instructor rules (tsir-instructor) and the HPA
mammography facility follow-up review (hpa-mammo). Today is {today}.
- For any figure (credits, eligibility, grades, deductions, dates) call a calculator tool; never do arithmetic yourself.
- For what the rules say, call {search} and quote the clauses it returns.
- Cite every clause you rely on by its id in square brackets, e.g. [tsa-cme/5.1]; cite only ids returned by tools.
- Use only numbers that appear in tool results or in the quoted clause text.
- Answer in {language}."""


class EngineParts(Protocol):
    """What the model path needs of the engine (bot.engine.Engine has it; this module never imports it)."""

    corpus: Any
    chat_model: Any

    @property
    def retriever(self) -> Any: ...


class LLMRejected(Exception):
    """The model's answer broke the contract (a citation or a number not backed by a tool)."""


def load_chat_model(spec: str) -> Any:
    """A langchain chat model from an `init_chat_model` string (e.g. openai:gpt-4o-mini); None if it cannot load."""
    try:
        from langchain.chat_models import init_chat_model

        return init_chat_model(spec)
    except Exception as exc:  # a missing provider package or key must not stop the deterministic bot
        log.warning("REGBOT_LLM=%s could not be loaded (%s); answering without a language model", spec, exc)
        return None


def _numbers(text: str) -> set[float]:
    out: set[float] = set()
    for m in NUMBER.finditer(text):
        raw = m.group(0).rstrip(",").replace(",", "")
        try:
            out.add(float(raw))
        except ValueError:
            continue
    return out


def _flatten_numbers(value: Any) -> set[float]:
    """Every number in a JSON value, dates split into their parts (2026-09-01 → 2026, 9, 1)."""
    if isinstance(value, bool):
        return set()
    if isinstance(value, int | float):
        return {float(value)}
    if isinstance(value, str):
        return _numbers(value.replace("-", " "))
    if isinstance(value, dict):
        return set().union(*(_flatten_numbers(v) for v in value.values())) if value else set()
    if isinstance(value, list | tuple):
        return set().union(*(_flatten_numbers(v) for v in value)) if value else set()
    return set()


class _Run:
    """One model conversation: the tools it called and the clauses it was shown."""

    def __init__(self, engine: EngineParts) -> None:
        self.engine = engine
        self.calls: list[ToolCall] = []
        self.results: list[CalcResult] = []  # the calls' result models, in order
        self.shown: list[str] = []  # clause ids returned by the search tool, in order

    def search(self, query: str) -> list[dict[str, str]]:
        hits = self.engine.retriever.search(query, k=5)
        out = []
        for h in hits:
            cid = h.clause.id
            if cid not in self.shown:
                self.shown.append(cid)
            out.append({"id": cid, "label": self.engine.corpus.full_label(cid), "text": self.engine.corpus.full_text(cid)})
        return out

    def tools(self) -> list[Any]:
        from langchain_core.tools import StructuredTool

        from calculators.registry import langchain_tools

        search = StructuredTool.from_function(
            func=self.search, name=SEARCH_TOOL,
            description="Search the three regulations; returns the best clauses with id, label and verbatim text.",
        )
        return [*langchain_tools(), search]

    def call_tool(self, name: str, args: dict[str, Any]) -> Any:
        if name == SEARCH_TOOL:
            return self.search(str(args.get("query", "")))
        from calculators.registry import run_tool

        try:
            model = run_tool(name, args)
        except Exception as exc:  # shown to the model so it can correct its arguments
            return {"error": str(exc)}
        result = model.model_dump(mode="json")  # what the model reads and the answer keeps
        self.calls.append(ToolCall(name=name, args=args, result=result))
        self.results.append(model)
        return result


def _converse(engine: EngineParts, question: str, conversation: Conversation | None, today: datetime.date,
              lang: str) -> tuple[str, _Run]:
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage

    run = _Run(engine)
    model = engine.chat_model.bind_tools(run.tools())
    language = "Traditional Chinese (Taiwan)" if lang == "zh-TW" else "English"
    messages: list[Any] = [SystemMessage(SYSTEM_PROMPT.format(today=today.isoformat(), search=SEARCH_TOOL, language=language))]
    for turn in (conversation.turns if conversation else [])[-6:]:
        messages += [HumanMessage(turn.question), AIMessage(turn.answer.answer)]
    messages.append(HumanMessage(question))
    for _ in range(MAX_ROUNDS):
        reply = model.invoke(messages)
        messages.append(reply)
        tool_calls = getattr(reply, "tool_calls", None) or []
        if not tool_calls:
            return str(reply.content), run
        for call in tool_calls:
            result = run.call_tool(call["name"], dict(call.get("args") or {}))
            messages.append(ToolMessage(json.dumps(result, ensure_ascii=False, default=str), tool_call_id=call.get("id") or call["name"]))
    raise LLMRejected(f"no final answer after {MAX_ROUNDS} rounds")


def check(text: str, run: _Run) -> list[str]:
    """The citation ids of an answer, after checking them and its numbers; raises LLMRejected."""
    allowed_ids = list(run.shown)
    for call in run.calls:
        allowed_ids += [c for c in call.result.get("citations") or [] if c not in allowed_ids]
    cited = []
    for m in CITATION_ID.finditer(text):
        cid = m.group(0).rstrip(".")
        if cid not in allowed_ids:
            raise LLMRejected(f"cites {cid}, which no tool returned")
        if cid not in cited:
            cited.append(cid)
    if not cited:
        cited = [c for c in allowed_ids[:3]]
    if not cited:
        raise LLMRejected("no citation backed by a tool")
    allowed: set[float] = set()
    for call in run.calls:
        allowed |= _flatten_numbers(call.args) | _flatten_numbers(call.result)
    for cid in set(allowed_ids):
        allowed |= _numbers(run.engine.corpus.full_text(cid)) if run.engine.corpus.get(cid) else set()
    bare = CITATION_ID.sub(" ", text)
    for value in _numbers(bare):
        if value not in allowed:
            raise LLMRejected(f"states {value:g}, which no tool result or quoted clause contains")
    return cited


def llm_answer(engine: EngineParts, question: str, conversation: Conversation | None, today: datetime.date,
               timeout_s: float | None = None) -> Answer | None:
    """The model's answer when it passes the checks; None (deterministic fallback) otherwise."""
    lang = detect_lang(question)
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    try:
        future = pool.submit(_converse, engine, question, conversation, today, lang)
        text, run = future.result(timeout=timeout_s or getattr(engine, "llm_timeout_s", TIMEOUT_S))
        if not run.calls and not run.shown:
            raise LLMRejected("answered without calling a tool")
        cited = check(text, run)
    except concurrent.futures.TimeoutError:
        log.warning("language model timed out; using the deterministic answer")
        return None
    except LLMRejected as exc:
        log.warning("language model answer rejected (%s); using the deterministic answer", exc)
        return None
    except Exception as exc:  # provider errors, bad tool calls …
        log.warning("language model failed (%s: %s); using the deterministic answer", type(exc).__name__, exc)
        return None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    citations = [c for cid in cited if (c := compose.cite(engine.corpus, cid)) is not None]
    steps, assumptions = [], []
    for result in run.results:
        steps += result.step_lines(lang)
        for a in result.assumption_lines(lang):
            if a not in assumptions:
                assumptions.append(a)
    route = "calculator" if run.calls else "retrieval"
    body = text.strip()
    if assumptions:
        body += "\n\n" + ("假設：" if lang == "zh-TW" else "Assumptions:") + "\n" + "\n".join(f"- {a}" for a in assumptions)
    body += "\n\n" + compose.render_citations(citations, lang)
    return Answer(question=question, lang=lang, route=route, answer=body, citations=citations, tool_calls=run.calls,
                  assumptions=assumptions, steps=steps, retrieved=list(run.shown))
