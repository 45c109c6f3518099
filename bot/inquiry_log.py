"""The inquiry log: every question, answer, feedback and staff hand-off, kept for staff (SPEC §6).

SQLAlchemy 2.x; a SQLite file in the data folder by default (`settings.resolved_database_url`),
any SQLAlchemy URL through `REGBOT_DATABASE_URL`. The same database holds the Slack event
dedupe keys, so several bot processes agree on which events were already handled.

Nothing secret is stored here: no tokens, no request headers, no raw request bodies.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, time as dtime
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
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, sessionmaker

from bot.answer import Answer, Conversation, Turn
from bot.settings import Settings

FeedbackValue = Literal["helpful", "not_helpful"]
Source = Literal["mention", "dm", "thread", "command", "form"]


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


class InquiryLog:
    """The store: record inquiries, feedback and hand-offs; claim event keys; export for staff."""

    def __init__(self, url: str) -> None:
        self.url = url
        kwargs: dict[str, Any] = {}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        self.engine: Engine = create_engine(url, **kwargs)
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        Base.metadata.create_all(self.engine)
        self._session = sessionmaker(self.engine, expire_on_commit=False)
        self._purge_lock = threading.Lock()
        self._last_purge = 0.0
        # This process's writers queue here rather than in SQLite's busy handler, which sleeps
        # in growing steps (the dedupe write is on the ack path); other processes still meet
        # at the database's own lock.
        self._write_lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> InquiryLog:
        """Open (and create if needed) the database named by the settings."""
        settings.data_dir.mkdir(parents=True, exist_ok=True)
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
        """Store one question and its answer (or the error's class name); returns its id."""
        row = Inquiry(
            source=source,
            question=question,
            channel_id=channel_id,
            thread_ts=thread_ts,
            message_ts=message_ts,
            user_id=user_id,
            team_id=team_id,
            latency_ms=latency_ms,
            error=error,
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
        "helpful": sum(f.value == "helpful" for f in row.feedback),
        "not_helpful": sum(f.value == "not_helpful" for f in row.feedback),
        "handoff_at": _iso(handoff.requested_at) if handoff else None,
        "handoff_by": handoff.requested_by if handoff else None,
        "handoff_permalink": handoff.permalink if handoff else None,
        "resolved_at": _iso(handoff.resolved_at) if handoff else None,
        "resolved_by": handoff.resolved_by if handoff else None,
    }


def flatten_for_csv(row: dict[str, Any]) -> dict[str, Any]:
    """CSV cells: citation ids and tool names joined, lists as JSON."""
    flat = dict(row)
    flat["citations"] = " ".join(c.get("id", "") for c in row["citations"])
    flat["tool_calls"] = " ".join(t.get("name", "") for t in row["tool_calls"])
    flat["assumptions"] = json.dumps(row["assumptions"], ensure_ascii=False)
    flat["missing"] = json.dumps(row["missing"], ensure_ascii=False)
    return flat


EXPORT_FIELDS = [
    "id", "created_at", "source", "team_id", "channel_id", "thread_ts", "message_ts", "user_id",
    "question", "lang", "route", "answer", "citations", "tool_calls", "assumptions", "missing",
    "latency_ms", "error", "helpful", "not_helpful", "handoff_at", "handoff_by",
    "handoff_permalink", "resolved_at", "resolved_by",
]
