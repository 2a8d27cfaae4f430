"""dispatch batches: sealed envelopes scanned into a manifest for the Syrian Post

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 09:00:00
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
        "dispatch_batches",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("center_code", sa.String(length=3), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("courier_name", sa.String(length=200), nullable=True),
        sa.Column("handed_over_by", sa.String(length=200), nullable=True),
        sa.Column("handed_over_at", sa.DateTime(), nullable=True),
        sa.Column("idempotency_key", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispatch_batches")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_dispatch_batches_idempotency_key")),
    )
    op.create_table(
        "dispatch_items",
        sa.Column("batch_id", sa.String(length=40), nullable=False),
        sa.Column("request_id", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("tracking_number", sa.String(length=13), nullable=True),
        sa.Column("recipient_city", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["dispatch_batches.id"],
            name=op.f("fk_dispatch_items_batch_id_dispatch_batches"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_dispatch_items_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("batch_id", "request_id", name=op.f("pk_dispatch_items")),
    )
    with op.batch_alter_table("dispatch_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dispatch_items_request_id"), ["request_id"])


def downgrade() -> None:
    with op.batch_alter_table("dispatch_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dispatch_items_request_id"))
    op.drop_table("dispatch_items")
    op.drop_table("dispatch_batches")
