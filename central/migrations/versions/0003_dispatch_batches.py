"""dispatch batches handed to the Syrian Post

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "dispatch_batches",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("center_code", sa.String(length=3), nullable=False),
        sa.Column("idempotency_key", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("courier_name", sa.String(length=200), nullable=False),
        sa.Column("body_sha256", sa.String(length=64), nullable=False),
        sa.Column("response", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_code"], ["centers.code"], name=op.f("fk_dispatch_batches_center_code_centers")
        ),
        sa.ForeignKeyConstraint(
            ["username"], ["users.username"], name=op.f("fk_dispatch_batches_username_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispatch_batches")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_dispatch_batches_idempotency_key")),
    )
    with op.batch_alter_table("dispatch_batches", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dispatch_batches_center_code"), ["center_code"], unique=False
        )
    op.create_table(
        "dispatch_items",
        sa.Column("batch_id", sa.String(length=40), nullable=False),
        sa.Column("request_id", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["dispatch_batches.id"],
            name=op.f("fk_dispatch_items_batch_id_dispatch_batches"),
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_dispatch_items_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("batch_id", "request_id", name=op.f("pk_dispatch_items")),
    )
    with op.batch_alter_table("dispatch_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dispatch_items_request_id"), ["request_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("dispatch_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dispatch_items_request_id"))
    op.drop_table("dispatch_items")
    with op.batch_alter_table("dispatch_batches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dispatch_batches_center_code"))
    op.drop_table("dispatch_batches")
