"""What the staff's App Home shows, read from the inquiry log: open hand-offs, the week's figures,
recent not-helpful answers and corrections. No Slack here; bot/slack/views/home.py renders it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.inquiry_log import Correction, Feedback, Handoff, Inquiry, InquiryLog

ROUTES = ("calculator", "retrieval", "clarify", "out_of_scope")


@dataclass
class OpenHandoff:
    inquiry_id: int
    question: str
    answer: str | None
    route: str | None
    asker: str | None
    requested_by: str
    requested_at: datetime
    permalink: str | None


@dataclass
class Recent:
    """A not-helpful answer or a correction, for the staff to look at."""

    inquiry_id: int
    question: str
    at: datetime
    user: str | None
    detail: str = ""  # the route (not helpful) or the tool corrected


@dataclass
class Week:
    questions: int = 0
    by_route: dict[str, int] = field(default_factory=dict)
    errors: int = 0
    helpful: int = 0
    not_helpful: int = 0
    handoffs: int = 0
    corrections: int = 0
    undelivered: int = 0  # answers Slack has not taken yet (failed, kept and re-sent by the delivery pass)

    def rate(self, route: str) -> float:
        return self.by_route.get(route, 0) / self.questions if self.questions else 0.0


@dataclass
class Summary:
    open_total: int
    open: list[OpenHandoff]  # oldest first, at most the limit asked for
    week: Week
    not_helpful: list[Recent]
    corrections: list[Recent]


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def summarise(log: InquiryLog, *, now: datetime | None = None, open_limit: int = 15, recent_limit: int = 5,
              days: int = 7) -> Summary:
    """The staff view's figures; a few indexed queries, whatever the size of the log."""
    now = now or datetime.now(UTC)
    since = now - timedelta(days=days)
    with Session(log.engine) as session:
        open_q = select(Handoff, Inquiry).join(Inquiry, Inquiry.id == Handoff.inquiry_id).where(
            Handoff.resolved_at.is_(None), Handoff.staff_ts.is_not(None))
        open_total = session.scalar(select(func.count()).select_from(open_q.subquery())) or 0
        open_rows = session.execute(open_q.order_by(Handoff.requested_at, Handoff.id).limit(open_limit)).all()
        routes = Counter(dict(session.execute(
            select(Inquiry.route, func.count()).where(Inquiry.created_at >= since).group_by(Inquiry.route)).all()))
        feedback = Counter(dict(session.execute(
            select(Feedback.value, func.count()).where(Feedback.created_at >= since).group_by(Feedback.value)).all()))
        handoffs = session.scalar(select(func.count()).select_from(Handoff).where(Handoff.requested_at >= since)) or 0
        corrections = session.scalar(
            select(func.count()).select_from(Correction).where(Correction.created_at >= since)) or 0
        undelivered = session.scalar(select(func.count()).select_from(Inquiry).where(
            Inquiry.created_at >= since, Inquiry.delivery_status == "failed")) or 0
        not_helpful = session.execute(
            select(Feedback, Inquiry).join(Inquiry, Inquiry.id == Feedback.inquiry_id)
            .where(Feedback.value == "not_helpful").order_by(Feedback.created_at.desc(), Feedback.id.desc())
            .limit(recent_limit)).all()
        recent_corrections = session.execute(
            select(Correction, Inquiry).join(Inquiry, Inquiry.id == Correction.inquiry_id)
            .order_by(Correction.id.desc()).limit(recent_limit)).all()
    week = Week(
        questions=sum(routes.values()),
        by_route={r: routes.get(r, 0) for r in ROUTES},
        errors=routes.get(None, 0),
        helpful=feedback.get("helpful", 0),
        not_helpful=feedback.get("not_helpful", 0),
        handoffs=handoffs,
        corrections=corrections,
        undelivered=undelivered,
    )
    return Summary(
        open_total=open_total,
        open=[OpenHandoff(inquiry_id=i.id, question=i.question, answer=i.answer_text, route=i.route, asker=i.user_id,
                          requested_by=h.requested_by, requested_at=_utc(h.requested_at), permalink=h.permalink)
              for h, i in open_rows],
        week=week,
        not_helpful=[Recent(inquiry_id=i.id, question=i.question, at=_utc(f.created_at), user=f.user_id,
                            detail=i.route or "error") for f, i in not_helpful],
        corrections=[Recent(inquiry_id=i.id, question=i.question, at=_utc(c.created_at), user=c.user_id, detail=c.tool)
                     for c, i in recent_corrections],
    )
