"""the post's tracking events, the citizen's SMS notifications, and the states after the
counter: a pickup envelope handed over is ``collected`` (no longer ``awaiting_pickup`` with
a pickup row)

Revision ID: 0015
Revises: 0013
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "post_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("tracking_number", sa.String(length=13), nullable=False),
        sa.Column("request_id", sa.String(length=40), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=True),
        sa.Column("place_ar", sa.String(length=200), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("body_sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_post_events_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_events")),
        sa.UniqueConstraint("event_id", name=op.f("uq_post_events_event_id")),
    )
    with op.batch_alter_table("post_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_post_events_request_id_occurred_at", ["request_id", "occurred_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_post_events_tracking_number"), ["tracking_number"], unique=False
        )

    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("request_id", sa.String(length=40), nullable=False),
        sa.Column("template", sa.String(length=30), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("encoding", sa.String(length=5), nullable=False),
        sa.Column("segments", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("gateway_id", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("report", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_notifications_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
        sa.UniqueConstraint("gateway_id", name=op.f("uq_notifications_gateway_id")),
        sa.UniqueConstraint("key", name=op.f("uq_notifications_key")),
    )
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_notifications_request_id"), ["request_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_notifications_status"), ["status"], unique=False)

    # A pickup envelope already handed over (a pickups row) is collected. Its change number
    # stays: a workstation's store makes the same move in its own migration.
    op.execute(
        "UPDATE requests SET status = 'collected' WHERE status = 'awaiting_pickup' "
        "AND id IN (SELECT request_id FROM pickups)"
    )


def downgrade() -> None:
    op.execute("UPDATE requests SET status = 'awaiting_pickup' WHERE status = 'collected'")
    op.drop_table("notifications")
    op.drop_table("post_events")
