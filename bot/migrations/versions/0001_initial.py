"""The inquiry log as `Base.metadata.create_all` made it before migrations existed.

Revision ID: 0001
Revises:
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inquiries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("team_id", sa.String(32)),
        sa.Column("channel_id", sa.String(32)),
        sa.Column("thread_ts", sa.String(32)),
        sa.Column("message_ts", sa.String(32)),
        sa.Column("reply_ts", sa.String(32)),
        sa.Column("user_id", sa.String(32)),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("lang", sa.String(8)),
        sa.Column("route", sa.String(16)),
        sa.Column("answer_text", sa.Text()),
        sa.Column("citations", sa.JSON(), nullable=False),
        sa.Column("tool_calls", sa.JSON(), nullable=False),
        sa.Column("assumptions", sa.JSON(), nullable=False),
        sa.Column("missing", sa.JSON(), nullable=False),
        sa.Column("answer_json", sa.Text()),
        sa.Column("latency_ms", sa.Float()),
        sa.Column("error", sa.String(200)),
    )
    op.create_index("ix_inquiries_created_at", "inquiries", ["created_at"])
    op.create_index("ix_inquiries_channel_id", "inquiries", ["channel_id"])
    op.create_index("ix_inquiries_thread_ts", "inquiries", ["thread_ts"])
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("inquiry_id", sa.Integer(), sa.ForeignKey("inquiries.id"), nullable=False),
        sa.Column("user_id", sa.String(32), nullable=False),
        sa.Column("value", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("inquiry_id", "user_id"),
    )
    op.create_index("ix_feedback_inquiry_id", "feedback", ["inquiry_id"])
    op.create_table(
        "handoffs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("inquiry_id", sa.Integer(), sa.ForeignKey("inquiries.id"), nullable=False, unique=True),
        sa.Column("requested_by", sa.String(32), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_channel", sa.String(32)),
        sa.Column("staff_ts", sa.String(32)),
        sa.Column("permalink", sa.Text()),
        sa.Column("resolved_at", sa.DateTime(timezone=True)),
        sa.Column("resolved_by", sa.String(32)),
    )
    op.create_table(
        "seen_keys",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("seen_at", sa.Float(), nullable=False),
    )
    op.create_index("ix_seen_keys_seen_at", "seen_keys", ["seen_at"])


def downgrade() -> None:
    op.drop_table("seen_keys")
    op.drop_table("handoffs")
    op.drop_table("feedback")
    op.drop_table("inquiries")
