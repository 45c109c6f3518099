"""`regbot calc` on hostile JSON: one line naming the cause, never a RecursionError traceback."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from bot.cli import app

DEPTH = 100_000


@pytest.mark.parametrize(
    "text", ["[" * DEPTH + "]" * DEPTH, '{"a":' * DEPTH + "1" + "}" * DEPTH], ids=["arrays", "objects"]
)
@pytest.mark.parametrize("from_stdin", [False, True], ids=["argument", "stdin"])
def test_json_nested_100000_deep_is_one_line(text, from_stdin):
    args = ["calc", "hpa_image_grade", "--json", "-" if from_stdin else text]
    result = CliRunner().invoke(app, args, input=text if from_stdin else None)
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.stderr.strip().splitlines() == [
        "--json: the JSON is nested too deeply to read (no calculator takes more than a few levels)"]
