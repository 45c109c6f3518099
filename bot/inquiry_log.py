"""The inquiry log: every question, answer, feedback and staff hand-off, kept for staff (SPEC §6).

SQLAlchemy 2.x; a SQLite file in the data folder by default (`settings.resolved_database_url`),
PostgreSQL (`postgresql+psycopg://…`, `pip install regbot[postgres]`) or any SQLAlchemy URL through
`REGBOT_DATABASE_URL`. The same database holds the Slack event dedupe keys, so several bot
processes agree on which events were already handled.

The schema is Alembic's (`bot/migrations/`): opening the log migrates it to the newest revision
(`regbot log migrate` does it on its own); a log made before migrations existed is adopted in place.
Each answer's delivery to Slack is recorded (sending / delivered / failed with the error), so an
answer Slack did not take is kept and sent again later (`bot.slack.delivery`).

Nothing secret is stored here: no tokens, no request headers, no raw request bodies.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, time as dtime, timedelta
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    insert,
    inspect,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, sessionmaker

from bot.answer import Answer, Conversation, Turn
from bot.errors import InquiryLogUnavailable
from bot.settings import Settings

FeedbackValue = Literal["helpful", "not_helpful"]
Source = Literal["mention", "dm", "thread", "command", "form"]
DeliveryStatus = Literal["sending", "delivered", "failed"]

MIGRATIONS = Path(__file__).parent / "migrations"
LEGACY_REVISION = "0001"  # the schema `create_all` made before migrations existed


def _now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Inquiry(Base):
    """One question asked in Slack and what the bot answered."""

    __tablename__ = "inquiries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, index=True)
    source: Mapped[str] = mapped_column(String(16))
    team_id: Mapped[str | None] = mapped_column(String(32))
    channel_id: Mapped[str | None] = mapped_column(String(32), index=True)
    thread_ts: Mapped[str | None] = mapped_column(String(32), index=True)
    message_ts: Mapped[str | None] = mapped_column(String(32))
    reply_ts: Mapped[str | None] = mapped_column(String(32))
    user_id: Mapped[str | None] = mapped_column(String(32))
    question: Mapped[str] = mapped_column(Text)
    lang: Mapped[str | None] = mapped_column(String(8))
    route: Mapped[str | None] = mapped_column(String(16))
    answer_text: Mapped[str | None] = mapped_column(Text)
    citations: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    tool_calls: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    assumptions: Mapped[list[str]] = mapped_column(JSON, default=list)
    missing: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The whole Answer, so a thread's follow-up is answered in the same context (SPEC §3 clarify).
    answer_json: Mapped[str | None] = mapped_column(Text)
    latency_ms: Mapped[float | None] = mapped_column(Float)
    # Only the exception's class name: the details go to the process log, not to staff exports.
    error: Mapped[str | None] = mapped_column(String(200))
    # Delivery to Slack: sending → delivered, or failed (kept, and sent again later); None for rows
    # logged before delivery was recorded. `delivered_parts` messages of the answer were posted.
    delivery_status: Mapped[str | None] = mapped_column(String(16), index=True)
    delivery_error: Mapped[str | None] = mapped_column(String(300))
    delivery_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    delivered_parts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    delivery_updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    feedback: Mapped[list[Feedback]] = relationship(back_populates="inquiry", lazy="selectin")
    handoff: Mapped[Handoff | None] = relationship(back_populates="inquiry", lazy="selectin")

    def answer(self) -> Answer | None:
        """The stored Answer, or None when the engine failed."""
        return Answer.model_validate_json(self.answer_json) if self.answer_json else None


class Feedback(Base):
    """A helpful / not-helpful click; one per user and inquiry (a second click changes it)."""

    __tablename__ = "feedback"
    __table_args__ = (UniqueConstraint("inquiry_id", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(ForeignKey("inquiries.id"), index=True)
    user_id: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)

    inquiry: Mapped[Inquiry] = relationship(back_populates="feedback")


class Handoff(Base):
    """An inquiry handed to the society staff, and whether staff resolved it."""

    __tablename__ = "handoffs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(ForeignKey("inquiries.id"), unique=True)
    requested_by: Mapped[str] = mapped_column(String(32))
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    staff_channel: Mapped[str | None] = mapped_column(String(32))
    staff_ts: Mapped[str | None] = mapped_column(String(32))
    permalink: Mapped[str | None] = mapped_column(Text)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    resolved_by: Mapped[str | None] = mapped_column(String(32))

    inquiry: Mapped[Inquiry] = relationship(back_populates="handoff")


class SeenKey(Base):
    """A Slack event (or post) already taken by some process; rows expire after a TTL."""

    __tablename__ = "seen_keys"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    seen_at: Mapped[float] = mapped_column(Float, index=True)


# -- corrections (forms: bot/slack/forms) -------------------------------------------------
# A person corrected the bot's reading of their question in the "edit inputs" form. Kept apart
# from the tables above; `regbot log export --corrections` turns these rows into eval cases.


class Correction(Base):
    """The bot's reading of a question (a calculator call's arguments) and a person's correction."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, index=True)
    inquiry_id: Mapped[int] = mapped_column(ForeignKey("inquiries.id"), index=True)  # the answer corrected
    result_inquiry_id: Mapped[int | None] = mapped_column(ForeignKey("inquiries.id"))  # the corrected answer
    user_id: Mapped[str] = mapped_column(String(32))
    tool: Mapped[str] = mapped_column(String(64))
    call_index: Mapped[int] = mapped_column(Integer, default=0)
    reading: Mapped[dict[str, Any]] = mapped_column(JSON)  # the bot's arguments (partial for a clarify answer)
    corrected: Mapped[dict[str, Any]] = mapped_column(JSON)  # the arguments the person submitted
    result: Mapped[dict[str, Any]] = mapped_column(JSON)  # the calculator's result on them


# -- end of corrections ------------------------------------------------------------------


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets readers work while a listener writes; the busy timeout makes concurrent
    # writers from several threads or processes wait instead of failing.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL is still crash-safe for the database; it skips an fsync per commit,
    # which would otherwise dominate the dedupe write on the ack path.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _as_utc(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; everything stored here is UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def safe_url(url: str) -> str:
    """The URL for messages and logs: the password masked, or a placeholder if it does not parse."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(an unparsable URL)"


def _first_line(exc: BaseException) -> str:
    # A driver error's first line names the cause ("connection refused", "database … does not exist").
    inner = getattr(exc, "orig", None) or exc
    text = str(inner).strip().splitlines()
    return text[0].strip() if text else type(inner).__name__


def describe_db_error(url: str, exc: BaseException) -> str:
    """One line naming why the database at `url` cannot be used."""
    if isinstance(exc, NoSuchModuleError):
        kind = make_url(url).drivername
        return f"REGBOT_DATABASE_URL: unknown database kind {kind!r} (use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB)"
    if isinstance(exc, ArgumentError):
        return "REGBOT_DATABASE_URL: not a database URL (expected sqlite:///PATH or postgresql+psycopg://USER@HOST/DB)"
    if isinstance(exc, ImportError):
        kind = make_url(url).drivername
        hint = " (for PostgreSQL: pip install 'regbot[postgres]' and postgresql+psycopg://…)" \
            if kind.startswith("postgresql") else ""
        return f"REGBOT_DATABASE_URL: the driver for {kind!r} is not installed: {exc}{hint}"
    where, cause = safe_url(url), _first_line(exc)
    database = make_url(url).database if url.startswith("sqlite") else None
    if database and database != ":memory:" and not database.startswith("file:"):
        folder = Path(database).expanduser().absolute().parent
        if not folder.is_dir():
            cause = f"the folder {folder} does not exist"
        elif not os.access(folder, os.W_OK) or (Path(database).exists() and not os.access(database, os.W_OK)):
            cause = f"{cause} (the folder {folder} or the file is read-only)"
    return f"cannot use the inquiry log at {where}: {cause}"


def _sqlite_begin_immediate(engine: Engine) -> None:
    # pysqlite opens transactions lazily and not before DDL; take the write lock at BEGIN instead,
    # so a migration is one transaction and two processes opening a new file migrate one at a time.
    @event.listens_for(engine, "connect")
    def _autocommit_driver(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _alembic_config(connection: Any):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def migrate(url: str) -> str | None:
    """Bring the database at `url` to the newest schema revision; returns that revision.

    Safe with several processes starting at once: they migrate one at a time (a PostgreSQL advisory
    lock, SQLite's write lock), and the later ones find the schema up to date."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    engine = _create_engine(url)
    if url.startswith("sqlite"):
        _sqlite_begin_immediate(engine)
    try:
        with engine.connect() as conn, conn.begin():
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(727274)")
            tables = set(inspect(conn).get_table_names())
            config = _alembic_config(conn)
            if "inquiries" in tables and "alembic_version" not in tables:
                command.stamp(config, LEGACY_REVISION)  # made by create_all: adopt it, then upgrade
            command.upgrade(config, "head")
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def _create_engine(url: str) -> Engine:
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    else:
        kwargs["pool_pre_ping"] = True  # a restarted server's dead connections are replaced, not raised
    return create_engine(url, **kwargs)


class InquiryLog:
    """The store: record inquiries, feedback and hand-offs; claim event keys; export for staff."""

    def __init__(self, url: str, *, migrate_schema: bool = True) -> None:
        """Open the database at `url`, migrating it first; InquiryLogUnavailable names why it cannot."""
        self.url = url
        try:
            if migrate_schema:
                migrate(url)
            self.engine: Engine = _create_engine(url)
        except (SQLAlchemyError, ImportError, OSError) as exc:
            raise InquiryLogUnavailable(describe_db_error(url, exc)) from exc
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._session = sessionmaker(self.engine, expire_on_commit=False)
        self._purge_lock = threading.Lock()
        self._last_purge = 0.0
        # This process's writers queue here rather than in SQLite's busy handler, which sleeps
        # in growing steps (the dedupe write is on the ack path); other processes still meet
        # at the database's own lock.
        self._write_lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> InquiryLog:
        """Open (and create or migrate if needed) the database named by the settings."""
        if settings.database_url is None:
            try:
                settings.data_dir.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise InquiryLogUnavailable(
                    f"REGBOT_DATA_DIR: cannot create the data folder {settings.data_dir}: {exc.strerror or exc}"
                ) from exc
        return cls(settings.resolved_database_url)

    def close(self) -> None:
        self.engine.dispose()

    # -- dedupe -------------------------------------------------------------------------

    def claim(self, key: str, ttl_s: float = 3600.0) -> bool:
        """True the first time `key` is claimed within `ttl_s` seconds by any process."""
        now = time.time()
        self._purge_expired(now, ttl_s)
        # Core statements, not the ORM: this runs on the ack path of every event.
        with self._write_lock:
            try:
                with self.engine.begin() as conn:
                    conn.execute(insert(SeenKey).values(key=key, seen_at=now))
                return True
            except IntegrityError:
                pass
            # Taken already; if that claim has expired, take it over (one writer wins).
            with self.engine.begin() as conn:
                taken_over = conn.execute(
                    update(SeenKey).where(SeenKey.key == key, SeenKey.seen_at < now - ttl_s).values(seen_at=now)
                ).rowcount
            return bool(taken_over)

    def _purge_expired(self, now: float, ttl_s: float) -> None:
        # At most once a minute per process: keeps the table small without a writer per event.
        with self._purge_lock:
            if now - self._last_purge < 60:
                return
            self._last_purge = now
        with self._write_lock, self._session() as session:
            session.execute(delete(SeenKey).where(SeenKey.seen_at < now - ttl_s))
            session.commit()

    # -- inquiries ----------------------------------------------------------------------

    def record_inquiry(
        self,
        *,
        source: Source,
        question: str,
        answer: Answer | None,
        channel_id: str | None = None,
        thread_ts: str | None = None,
        message_ts: str | None = None,
        user_id: str | None = None,
        team_id: str | None = None,
        latency_ms: float | None = None,
        error: str | None = None,
    ) -> int:
        """Store one question and its answer (or the error's class name), about to be sent
        (delivery status `sending`, first attempt); returns its id."""
        row = Inquiry(
            source=source,
            question=question,
            channel_id=channel_id,
            thread_ts=thread_ts,
            message_ts=message_ts,
            user_id=user_id,
            team_id=team_id,
            latency_ms=latency_ms,
            error=error[:200] if error else None,
            delivery_status="sending",
            delivery_attempts=1,
            delivery_updated_at=_now(),
        )
        if answer is not None:
            row.lang = answer.lang
            row.route = answer.route
            row.answer_text = answer.answer
            row.citations = [c.model_dump() for c in answer.citations]
            row.tool_calls = [t.model_dump(mode="json") for t in answer.tool_calls]
            row.assumptions = list(answer.assumptions)
            row.missing = list(answer.missing)
            row.answer_json = answer.model_dump_json()
        with self._write_lock, self._session() as session:
            session.add(row)
            session.commit()
            return row.id

    def set_reply(self, inquiry_id: int, reply_ts: str | None) -> None:
        """Remember the ts of the bot's reply (the message that carries the buttons)."""
        with self._write_lock, self._session() as session:
            row = session.get(Inquiry, inquiry_id)
            if row is not None:
                row.reply_ts = reply_ts
                session.commit()

    # -- delivery -----------------------------------------------------------------------

    def delivery_done(self, inquiry_id: int, *, parts: int, reply_ts: str | None) -> None:
        """All `parts` messages of the answer were posted; `reply_ts` is the last (the buttons)."""
        self._set_delivery(inquiry_id, status="delivered", error=None, parts=parts, reply_ts=reply_ts)

    def delivery_failed(self, inquiry_id: int, error: str, *, parts: int, reply_ts: str | None) -> None:
        """Slack did not take the answer after the client's retries: keep it, with the error."""
        self._set_delivery(inquiry_id, status="failed", error=error[:300], parts=parts, reply_ts=reply_ts)

    def _set_delivery(self, inquiry_id: int, *, status: DeliveryStatus, error: str | None, parts: int,
                      reply_ts: str | None) -> None:
        values: dict[str, Any] = {"delivery_status": status, "delivery_error": error, "delivered_parts": parts,
                                  "delivery_updated_at": _now()}
        if reply_ts is not None:
            values["reply_ts"] = reply_ts
        with self._write_lock, self.engine.begin() as conn:
            conn.execute(update(Inquiry).where(Inquiry.id == inquiry_id).values(**values))

    def undelivered(
        self, *, retry_after_s: float, stale_after_s: float, max_attempts: int, max_age_s: float, limit: int
    ) -> list[Inquiry]:
        """Thread answers to send again, oldest first: failed at least `retry_after_s` ago, or left
        `sending` for `stale_after_s` (the process stopped mid-way); younger than `max_age_s`, with
        fewer than `max_attempts` attempts. /regbot answers are not here: their response_url expires."""
        now = _now()
        query = (
            select(Inquiry)
            .where(
                Inquiry.source != "command",
                Inquiry.channel_id.is_not(None),
                Inquiry.delivery_attempts < max_attempts,
                Inquiry.created_at >= now - timedelta(seconds=max_age_s),
                or_(
                    (Inquiry.delivery_status == "failed")
                    & (Inquiry.delivery_updated_at <= now - timedelta(seconds=retry_after_s)),
                    (Inquiry.delivery_status == "sending")
                    & (Inquiry.delivery_updated_at <= now - timedelta(seconds=stale_after_s)),
                ),
            )
            .order_by(Inquiry.id)
            .limit(limit)
        )
        with self._session() as session:
            return list(session.scalars(query))

    def claim_delivery(self, inquiry_id: int, attempts_seen: int) -> bool:
        """Take an undelivered answer for another attempt; False if another process (or pass) took it."""
        with self._write_lock, self.engine.begin() as conn:
            taken = conn.execute(
                update(Inquiry)
                .where(
                    Inquiry.id == inquiry_id,
                    Inquiry.delivery_attempts == attempts_seen,
                    Inquiry.delivery_status.in_(("failed", "sending")),
                )
                .values(delivery_status="sending", delivery_attempts=attempts_seen + 1, delivery_updated_at=_now())
            ).rowcount
        return taken == 1

    def get(self, inquiry_id: int) -> Inquiry | None:
        with self._session() as session:
            return session.get(Inquiry, inquiry_id)

    def has_thread(self, channel_id: str, thread_ts: str) -> bool:
        """True when the bot has answered in this thread (so follow-ups need no mention)."""
        with self._session() as session:
            found = session.scalar(
                select(Inquiry.id)
                .where(Inquiry.channel_id == channel_id, Inquiry.thread_ts == thread_ts)
                .limit(1)
            )
            return found is not None

    def conversation(self, channel_id: str, thread_ts: str) -> Conversation:
        """The thread's answered turns, oldest first (failed turns are left out)."""
        with self._session() as session:
            rows = session.scalars(
                select(Inquiry)
                .where(Inquiry.channel_id == channel_id, Inquiry.thread_ts == thread_ts)
                .order_by(Inquiry.id)
            ).all()
        turns = [Turn(question=r.question, answer=a) for r in rows if (a := r.answer()) is not None]
        return Conversation(turns=turns)

    # -- feedback and hand-off ----------------------------------------------------------

    def record_feedback(self, inquiry_id: int, user_id: str, value: FeedbackValue) -> bool:
        """Store a user's feedback on an inquiry; False if the inquiry does not exist."""
        with self._write_lock, self._session() as session:
            if session.get(Inquiry, inquiry_id) is None:
                return False
            row = session.scalar(
                select(Feedback).where(Feedback.inquiry_id == inquiry_id, Feedback.user_id == user_id)
            )
            if row is None:
                session.add(Feedback(inquiry_id=inquiry_id, user_id=user_id, value=value))
            else:
                row.value, row.created_at = value, _now()
            session.commit()
            return True

    def start_handoff(self, inquiry_id: int, requested_by: str) -> Handoff | None:
        """Create the hand-off record; None if this inquiry was handed off already."""
        with self._write_lock, self._session() as session:
            row = Handoff(inquiry_id=inquiry_id, requested_by=requested_by)
            session.add(row)
            try:
                session.commit()
            except IntegrityError:
                session.rollback()
                return None
            return row

    def cancel_handoff(self, inquiry_id: int) -> None:
        """Forget a hand-off whose staff message could not be posted, so it can be retried."""
        with self._write_lock, self._session() as session:
            session.execute(delete(Handoff).where(Handoff.inquiry_id == inquiry_id))
            session.commit()

    def set_handoff_message(
        self, inquiry_id: int, staff_channel: str, staff_ts: str | None, permalink: str | None
    ) -> None:
        with self._write_lock, self._session() as session:
            row = session.scalar(select(Handoff).where(Handoff.inquiry_id == inquiry_id))
            if row is not None:
                row.staff_channel, row.staff_ts, row.permalink = staff_channel, staff_ts, permalink
                session.commit()

    def resolve_handoff(self, inquiry_id: int, resolved_by: str) -> tuple[Handoff, bool] | None:
        """Mark the hand-off resolved; returns it and whether this call resolved it (the first
        resolver wins, also across processes), or None if there is no hand-off."""
        with self._write_lock, self._session() as session:
            result = session.execute(
                update(Handoff)
                .where(Handoff.inquiry_id == inquiry_id, Handoff.resolved_at.is_(None))
                .values(resolved_at=_now(), resolved_by=resolved_by)
            )
            session.commit()
            row = session.scalar(select(Handoff).where(Handoff.inquiry_id == inquiry_id))
            if row is None:
                return None
            row.resolved_at = _as_utc(row.resolved_at)
            return row, bool(result.rowcount)

    # -- corrections (forms) --------------------------------------------------------------

    def record_correction(
        self, *, inquiry_id: int, user_id: str, tool: str, call_index: int, reading: dict[str, Any],
        corrected: dict[str, Any], result: dict[str, Any], result_inquiry_id: int | None = None,
    ) -> int:
        """Keep a person's correction of the bot's reading of inquiry `inquiry_id`; returns its id."""
        row = Correction(inquiry_id=inquiry_id, result_inquiry_id=result_inquiry_id, user_id=user_id, tool=tool,
                         call_index=call_index, reading=reading, corrected=corrected, result=result)
        with self._write_lock, self._session() as session:
            session.add(row)
            session.commit()
            return row.id

    def corrections(self, since: date | None = None) -> list[tuple[Correction, Inquiry]]:
        """Every correction with the inquiry it corrects, oldest first."""
        query = select(Correction, Inquiry).join(Inquiry, Inquiry.id == Correction.inquiry_id).order_by(Correction.id)
        if since is not None:
            query = query.where(Correction.created_at >= datetime.combine(since, dtime.min, tzinfo=UTC))
        with self._session() as session:
            return [(c, i) for c, i in session.execute(query).all()]

    # -- export -------------------------------------------------------------------------

    def export(self, since: date | None = None) -> Iterator[dict[str, Any]]:
        """One flat dict per inquiry, oldest first, with feedback counts and hand-off state."""
        query = select(Inquiry).order_by(Inquiry.id)
        if since is not None:
            query = query.where(Inquiry.created_at >= datetime.combine(since, dtime.min, tzinfo=UTC))
        with self._session() as session:
            for row in session.scalars(query):
                yield _export_row(row)


def _iso(value: datetime | None) -> str | None:
    value = _as_utc(value)
    return value.isoformat() if value else None


def _export_row(row: Inquiry) -> dict[str, Any]:
    handoff = row.handoff
    return {
        "id": row.id,
        "created_at": _iso(row.created_at),
        "source": row.source,
        "team_id": row.team_id,
        "channel_id": row.channel_id,
        "thread_ts": row.thread_ts,
        "message_ts": row.message_ts,
        "user_id": row.user_id,
        "question": row.question,
        "lang": row.lang,
        "route": row.route,
        "answer": row.answer_text,
        "citations": row.citations or [],
        "tool_calls": row.tool_calls or [],
        "assumptions": row.assumptions or [],
        "missing": row.missing or [],
        "latency_ms": row.latency_ms,
        "error": row.error,
        "delivery_status": row.delivery_status,
        "delivery_error": row.delivery_error,
        "delivery_attempts": row.delivery_attempts,
        "helpful": sum(f.value == "helpful" for f in row.feedback),
        "not_helpful": sum(f.value == "not_helpful" for f in row.feedback),
        "handoff_at": _iso(handoff.requested_at) if handoff else None,
        "handoff_by": handoff.requested_by if handoff else None,
        "handoff_permalink": handoff.permalink if handoff else None,
        "resolved_at": _iso(handoff.resolved_at) if handoff else None,
        "resolved_by": handoff.resolved_by if handoff else None,
    }


# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading single quote (OWASP's rule)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def flatten_for_csv(row: dict[str, Any]) -> dict[str, Any]:
    """CSV cells: citation ids and tool names joined, lists as JSON, formulas neutralised."""
    flat = dict(row)
    flat["citations"] = " ".join(c.get("id", "") for c in row["citations"])
    flat["tool_calls"] = " ".join(t.get("name", "") for t in row["tool_calls"])
    flat["assumptions"] = json.dumps(row["assumptions"], ensure_ascii=False)
    flat["missing"] = json.dumps(row["missing"], ensure_ascii=False)
    return {key: neutralise_cell(value) for key, value in flat.items()}


EXPORT_FIELDS = [
    "id", "created_at", "source", "team_id", "channel_id", "thread_ts", "message_ts", "user_id",
    "question", "lang", "route", "answer", "citations", "tool_calls", "assumptions", "missing",
    "latency_ms", "error", "delivery_status", "delivery_error", "delivery_attempts", "helpful", "not_helpful", "handoff_at", "handoff_by",
    "handoff_permalink", "resolved_at", "resolved_by",
]
