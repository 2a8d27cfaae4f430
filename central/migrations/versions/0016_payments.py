"""payments of requests, and portal submissions waiting for their receipt's verification

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "payments",
        sa.Column("request_id", sa.String(length=40), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("paid_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("refund_amount", sa.Integer(), nullable=False),
        sa.Column("refund_ordered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("refunded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("verified_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_payments_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("request_id", name=op.f("pk_payments")),
        sa.UniqueConstraint("reference", name=op.f("uq_payments_reference")),
    )
    op.create_index(op.f("ix_payments_state"), "payments", ["state"])
    op.create_table(
        "portal_submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("portal_ref", sa.String(length=64), nullable=False),
        sa.Column("center_code", sa.String(length=3), nullable=False),
        sa.Column("service_code", sa.String(length=60), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("refusal", sa.String(length=40), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("request_id", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["center_code"],
            ["centers.code"],
            name=op.f("fk_portal_submissions_center_code_centers"),
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name=op.f("fk_portal_submissions_request_id_requests"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portal_submissions")),
        sa.UniqueConstraint("portal_ref", name=op.f("uq_portal_submissions_portal_ref")),
    )
    op.create_index("ix_portal_submissions_state", "portal_submissions", ["state"])
    op.create_index(op.f("ix_portal_submissions_reference"), "portal_submissions", ["reference"])


def downgrade() -> None:
    op.drop_table("portal_submissions")
    op.drop_table("payments")
