"""The inquiry log's schema goes through Alembic migrations, on SQLite and PostgreSQL; a log made by
the code before migrations (create_all) is upgraded in place; processes starting at once agree."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from typer.testing import CliRunner

from bot.cli import app
from bot.inquiry_log import Base, InquiryLog, migrate
from bot.settings import get_settings
from tests.bot.slack.fakes import calculator_answer

LEGACY_LOG = Path(__file__).parent / "data" / "inquiry_log_v0.db"  # made by the code of 2026-11-30, before migrations
HEAD = "0003"


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_url(request, tmp_path) -> str:
    if request.param == "postgresql":
        return request.getfixturevalue("postgres_url")
    return f"sqlite:///{tmp_path / 'fresh.db'}"


def _schema_drift(url: str) -> list:
    """What the database lacks or has beyond the models (Alembic's autogenerate comparison)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()


def _revision(url: str) -> str | None:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def test_opening_a_new_database_migrates_it_to_head_matching_the_models(fresh_url):
    log = InquiryLog(fresh_url)
    log.close()
    assert _revision(fresh_url) == HEAD
    assert _schema_drift(fresh_url) == []
    assert migrate(fresh_url) == HEAD  # again: nothing to do


def test_a_log_made_before_migrations_is_upgraded_in_place(tmp_path):
    path = tmp_path / "inquiries.sqlite3"
    shutil.copy(LEGACY_LOG, path)
    url = f"sqlite:///{path}"
    engine = create_engine(url)
    assert "alembic_version" not in inspect(engine).get_table_names()
    engine.dispose()

    log = InquiryLog(url)
    rows = list(log.export())
    assert [r["source"] for r in rows] == ["mention", "dm", "command"]
    first = rows[0]
    assert (first["question"], first["route"], first["helpful"], first["resolved_by"]) == \
        ("年會 1 次、月會 3 次幾分？", "calculator", 1, "US1")
    assert first["citations"][0]["id"] == "tsa-cme/5.1" and first["created_at"].startswith("2026-11-01T09:00")
    # Answers from before delivery was recorded: delivered if they have a reply, else unknown — never re-sent.
    assert [r["delivery_status"] for r in rows] == ["delivered", None, None]
    assert log.undelivered(retry_after_s=0, stale_after_s=0, max_attempts=9, max_age_s=10**9, limit=9) == []
    # The dedupe keys came along (a TTL long enough that the fixture's claim never expires with the clock).
    assert not log.claim("event:Ev1", ttl_s=10**10) and log.claim("event:Ev2", ttl_s=10**10)
    new_id = log.record_inquiry(source="dm", question="after the upgrade", answer=calculator_answer(), channel_id="D9")
    assert new_id == 4 and log.get(new_id).delivery_status == "sending"
    log.close()
    assert _revision(url) == HEAD
    assert _schema_drift(url) == []


def test_regbot_log_migrate_migrates_the_configured_database(monkeypatch, tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(LEGACY_LOG, path)
    monkeypatch.setenv("REGBOT_DATABASE_URL", f"sqlite:///{path}")
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["log", "migrate"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"sqlite:///{path}: schema at revision {HEAD}"
    assert _revision(f"sqlite:///{path}") == HEAD


_OPEN = "import sys; from bot.inquiry_log import InquiryLog; InquiryLog(sys.argv[1]).close(); print('ok')"


def test_processes_opening_a_new_database_at_once_migrate_it_once(fresh_url):
    procs = [subprocess.Popen([sys.executable, "-c", _OPEN, fresh_url], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(3)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err[-2000:] for _, err in results]
    assert _revision(fresh_url) == HEAD
    assert _schema_drift(fresh_url) == []
