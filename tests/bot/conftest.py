"""One real engine for the engine tests: corpus, chromadb index (built once in a temp folder), tools."""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 11, 25)


@pytest.fixture(scope="session")
def engine(tmp_path_factory, built_index):
    """The deterministic engine over a real index, built once per test session (no language model)."""
    from bot.engine import Engine
    from bot.settings import Settings
    from tests.conftest import copy_of_built_index

    data = copy_of_built_index(built_index, tmp_path_factory.mktemp("engine-data"))
    settings = Settings(REGBOT_DATA_DIR=data, REGBOT_LLM=None)
    return Engine.create(settings)


@pytest.fixture
def ask(engine):
    """engine.answer with today fixed to 2026-11-25."""

    def run(question, conversation=None):
        return engine.answer(question, conversation, today=TODAY)

    return run


def ask_and_reply(engine, question, reply=None):
    """The answer to `question` (today fixed); with `reply`, (first answer, the answer to the reply in its thread)."""
    from bot.answer import Conversation, Turn

    first = engine.answer(question, today=TODAY)
    if reply is None:
        return first
    return first, engine.answer(reply, Conversation(turns=[Turn(question=question, answer=first)]), today=TODAY)


def thread(engine, *messages):
    """The answers to `messages` sent one after another in one thread (today fixed): each is answered in the
    conversation of the ones before it."""
    from bot.answer import Conversation, Turn

    conv, answers = Conversation(turns=[]), []
    for message in messages:
        answer = engine.answer(message, conv, today=TODAY)
        answers.append(answer)
        conv = Conversation(turns=[*conv.turns, Turn(question=message, answer=answer)])
    return answers


def reader_call(question, tool):
    """The reader's candidate call of `tool` for `question` (real vocabularies, real input models; today fixed)."""
    from bot.parsing.text import Query
    from bot.reader import read_all

    return next(e for e in read_all(Query(question, today=TODAY)) if e.tool == tool)


def calculator_calls(a):
    """The (tool, arguments) of each calculator call of answer `a`, which must have gone to a calculator."""
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    return [(c.name, c.args) for c in a.tool_calls]


def calculator_call(a, name):
    """Answer `a`'s call of calculator `name`: `a` must have gone to a calculator and called it."""
    calls = [c for c in a.tool_calls if c.name == name]
    assert a.route == "calculator" and calls, (a.route, a.missing, a.unused, a.answer[:300])
    return calls[0]
