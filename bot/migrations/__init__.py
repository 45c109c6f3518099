"""Alembic migrations of the inquiry log; `bot.inquiry_log.migrate` runs them (at open and by `regbot log migrate`)."""
