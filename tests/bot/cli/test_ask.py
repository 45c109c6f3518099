"""`regbot ask` and `regbot chat` through typer's runner, on the session's real engine."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from bot.cli import app


@pytest.fixture
def cli(engine, monkeypatch):
    import bot.cli.ask as ask_module
    from bot.engine import Engine

    monkeypatch.setattr(ask_module, "_engine", lambda **kw: engine)
    monkeypatch.setattr(Engine, "create", classmethod(lambda cls, settings=None, **kw: engine))
    return CliRunner()


def test_ask_json_prints_the_answer_object(cli):
    result = cli.invoke(app, ["ask", "--json", "--today", "2026-11-25", "今年參加年會1次、月會2次，積分多少？"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["route"] == "calculator" and data["lang"] == "zh-TW"
    assert data["tool_calls"][0]["result"]["total"] == 100
    assert {"question", "answer", "citations", "assumptions", "missing"} <= set(data)


def test_ask_for_a_person_shows_route_and_citations(cli):
    result = cli.invoke(app, ["ask", "出席簽名單可以蓋章代替簽名嗎？"])
    assert result.exit_code == 0, result.output
    assert "retrieval" in result.output and "第八條" in result.output


def test_ask_reads_stdin_one_json_line_per_question(cli):
    stdin = "追蹤完成率 68%，會被扣多少？\n\n   \n今天天氣如何？\nOur follow-up completion rate is 63%, what is the deduction?\n"
    result = cli.invoke(app, ["ask", "--today", "2026-11-25"], input=stdin)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [(d["route"], d["lang"]) for d in lines] == [
        ("calculator", "zh-TW"), ("out_of_scope", "zh-TW"), ("calculator", "en")]
    assert lines[0]["question"] == "追蹤完成率 68%，會被扣多少？"


def test_ask_stdin_with_an_invalid_byte_answers_every_line(cli):
    stdin = "追蹤完成率 68%，會被扣多少？\xff\n今天天氣如何？\n".encode("utf-8").replace(b"\xc3\xbf", b"\xff")
    result = cli.invoke(app, ["ask", "--today", "2026-11-25"], input=stdin)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["route"] for line in result.output.splitlines()] == ["calculator", "out_of_scope"]


def test_today_makes_relative_years_reproducible(cli):
    result = cli.invoke(app, ["ask", "--json", "--today", "2024-05-01", "去年參加年會 1 次，積分多少？"])
    data = json.loads(result.output)
    assert data["tool_calls"][0]["args"]["activities"][0]["year"] == 2023


def test_bad_today_is_a_usage_error(cli):
    result = cli.invoke(app, ["ask", "--today", "2026-13-01", "年會積分？"])
    assert result.exit_code == 2


def test_chat_keeps_the_conversation(cli):
    result = cli.invoke(app, ["chat", "--today", "2026-11-25"], input="我們的追蹤完成率會被扣多少？\n68%\nexit\n")
    assert result.exit_code == 0, result.output
    assert "clarify" in result.output and "calculator" in result.output
    assert "10%" in result.output
