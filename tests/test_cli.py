from typer.testing import CliRunner

from bot.cli import app


def test_help_lists_every_command():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in ("ask", "chat", "calc", "search", "index", "eval", "bench", "slack", "log"):
        assert name in result.output
