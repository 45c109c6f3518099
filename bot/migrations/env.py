"""Alembic's entry point: migrate the connection (already in a locked transaction) that
`bot.inquiry_log.migrate` hands over."""

from __future__ import annotations

from alembic import context

from bot.inquiry_log import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the `alembic` command line is not how regbot migrates
    raise SystemExit("run the inquiry log's migrations with `regbot log migrate`")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
)
with context.begin_transaction():  # a no-op: the caller's transaction holds the migration lock
    context.run_migrations()
