"""Delivery status of each answer: sending / delivered / failed, the last error, attempts, parts posted.

Rows from before this revision that have a reply are marked delivered; the others stay unknown (NULL)
and are never re-sent.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inquiries") as batch:
        batch.add_column(sa.Column("delivery_status", sa.String(16)))
        batch.add_column(sa.Column("delivery_error", sa.String(300)))
        batch.add_column(sa.Column("delivery_attempts", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("delivered_parts", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("delivery_updated_at", sa.DateTime(timezone=True)))
        batch.create_index("ix_inquiries_delivery_status", ["delivery_status"])
    inquiries = sa.table("inquiries", sa.column("reply_ts", sa.String), sa.column("delivery_status", sa.String))
    op.execute(inquiries.update().where(inquiries.c.reply_ts.is_not(None)).values(delivery_status="delivered"))


def downgrade() -> None:
    with op.batch_alter_table("inquiries") as batch:
        batch.drop_index("ix_inquiries_delivery_status")
        for column in ("delivery_updated_at", "delivered_parts", "delivery_attempts", "delivery_error", "delivery_status"):
            batch.drop_column(column)
