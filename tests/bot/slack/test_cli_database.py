"""`regbot slack` when the inquiry log's database cannot be used: one line naming it, exit 1."""

from __future__ import annotations

import sys
import types

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import get_settings
from tests.bot.slack.fakes import FakeEngine

GOOD_BOT = "xoxb-1111-2222-abcdefs3cr3tv4lue"


@pytest.fixture
def fake_engine_module(monkeypatch):
    # The engine is not what these tests are about: a stand-in module answers for bot.engine.
    fake = types.ModuleType("bot.engine")
    fake.Engine = type("Engine", (), {"create": staticmethod(lambda settings=None: FakeEngine())})
    monkeypatch.setitem(sys.modules, "bot.engine", fake)


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("postgresql+psycopg://regbot:dbs3cr3t@127.0.0.1:1/regbot?connect_timeout=5", "refused"),
        ("not a url", "REGBOT_DATABASE_URL"),
        ("postgresql+psycopg2://regbot@127.0.0.1:1/regbot", "not installed"),
    ],
    ids=["down", "unparsable", "no-driver"],
)
def test_slack_with_the_database_unusable_fails_in_one_line(monkeypatch, stand_in, fake_engine_module, url, needle):
    for key, value in {"SLACK_BOT_TOKEN": GOOD_BOT, "SLACK_SIGNING_SECRET": "abc", "SLACK_API_URL": stand_in.api_url,
                       "REGBOT_DATABASE_URL": url}.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["slack", "--http", "--port", "0"])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    [line] = [l for l in result.stderr.strip().splitlines() if not l.startswith("regbot slack: loading")]
    assert line.startswith("regbot slack: ") and needle in line
    assert "dbs3cr3t" not in result.output and "s3cr3tv4lue" not in result.output
