"""`regbot slack` at start: missing or malformed settings are one clear line and a non-zero exit."""

from __future__ import annotations

import sys
import types

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import get_settings
from tests.bot.slack.fakes import FakeEngine

GOOD_BOT = "xoxb-1111-2222-abcdefs3cr3tv4lue"
GOOD_APP = "xapp-1-A111-222-abcdefs3cr3tv4lue"


def _run(monkeypatch, env: dict[str, str], *args: str):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    return CliRunner().invoke(app, ["slack", *args])


@pytest.mark.parametrize(
    ("env", "args", "variable"),
    [
        ({}, [], "SLACK_BOT_TOKEN"),
        ({"SLACK_APP_TOKEN": GOOD_APP}, [], "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxp-user-token-s3cr3tv4lue", "SLACK_APP_TOKEN": GOOD_APP}, [], "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": GOOD_BOT}, [], "SLACK_APP_TOKEN"),
        ({"SLACK_BOT_TOKEN": GOOD_BOT, "SLACK_APP_TOKEN": "xoxb-wrong-kind-s3cr3tv4lue"}, [], "SLACK_APP_TOKEN"),
        ({"SLACK_BOT_TOKEN": GOOD_BOT}, ["--http", "--port", "0"], "SLACK_SIGNING_SECRET"),
        ({"SLACK_SIGNING_SECRET": "abc123"}, ["--http"], "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": GOOD_BOT, "SLACK_APP_TOKEN": GOOD_APP, "SLACK_API_URL": "127.0.0.1:9/api"}, [], "SLACK_API_URL"),
    ],
    ids=["nothing", "no-bot", "user-token", "no-app", "app-is-bot", "http-no-secret", "http-no-bot", "bad-api-url"],
)
def test_missing_or_malformed_settings_fail_with_one_line_naming_the_variable(monkeypatch, env, args, variable):
    result = _run(monkeypatch, env, *args)
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and variable in lines[0]
    assert "s3cr3tv4lue" not in result.output  # the value is never echoed
    assert "Traceback" not in result.output


def test_a_token_slack_rejects_fails_at_start_in_one_line(monkeypatch, stand_in):
    # The engine is not what this test is about: a stand-in module answers for bot.engine.
    fake = types.ModuleType("bot.engine")
    fake.Engine = type("Engine", (), {"create": staticmethod(lambda settings=None: FakeEngine())})
    monkeypatch.setitem(sys.modules, "bot.engine", fake)
    stand_in.errors["auth.test"] = "invalid_auth"
    result = _run(monkeypatch, {"SLACK_BOT_TOKEN": GOOD_BOT, "SLACK_SIGNING_SECRET": "abc", "SLACK_API_URL": stand_in.api_url},
                  "--http", "--port", "0")
    assert result.exit_code == 1
    [line] = [l for l in result.stderr.strip().splitlines() if l.startswith("regbot slack: SLACK_BOT_TOKEN")]
    assert "invalid_auth" in line and "s3cr3tv4lue" not in result.output
    assert stand_in.calls_to("auth.test")
