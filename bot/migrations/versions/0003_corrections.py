"""Corrections: a person's fix of the bot's reading in the "edit inputs" form (issue 11).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("inquiry_id", sa.Integer(), sa.ForeignKey("inquiries.id"), nullable=False),
        sa.Column("result_inquiry_id", sa.Integer(), sa.ForeignKey("inquiries.id")),
        sa.Column("user_id", sa.String(32), nullable=False),
        sa.Column("tool", sa.String(64), nullable=False),
        sa.Column("call_index", sa.Integer(), nullable=False),
        sa.Column("reading", sa.JSON(), nullable=False),
        sa.Column("corrected", sa.JSON(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
    )
    op.create_index("ix_corrections_created_at", "corrections", ["created_at"])
    op.create_index("ix_corrections_inquiry_id", "corrections", ["inquiry_id"])


def downgrade() -> None:
    op.drop_index("ix_corrections_inquiry_id", "corrections")
    op.drop_index("ix_corrections_created_at", "corrections")
    op.drop_table("corrections")
