"""print_ledger: every printing written ahead of the paper, its numbers accounted for

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A store from before has no intents: what it printed is in its issuances, and no
    # printing was in flight under the old code that a ledger could account for.
    op.create_table(
        "print_ledger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("reprint_reason", sa.Text(), nullable=True),
        sa.Column("document_number", sa.String(length=40), nullable=False),
        sa.Column("tracking_number", sa.String(length=13), nullable=True),
        sa.Column("document_sha256", sa.String(length=64), nullable=False),
        sa.Column("envelope_sha256", sa.String(length=64), nullable=False),
        sa.Column("document_path", sa.Text(), nullable=False),
        sa.Column("envelope_path", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("job_ids", sa.Text(), nullable=False),
        sa.Column("prepared_by", sa.String(length=200), nullable=False),
        sa.Column("prepared_at", sa.DateTime(), nullable=False),
        sa.Column("settled_by", sa.String(length=200), nullable=True),
        sa.Column("settled_at", sa.DateTime(), nullable=True),
        sa.Column("spoil_reason", sa.String(length=40), nullable=True),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_ledger")),
        sa.UniqueConstraint("document_number", name=op.f("uq_print_ledger_document_number")),
        sa.UniqueConstraint("tracking_number", name=op.f("uq_print_ledger_tracking_number")),
    )
    with op.batch_alter_table("print_ledger", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_print_ledger_request_id"), ["request_id"])
        batch_op.create_index(batch_op.f("ix_print_ledger_state"), ["state"])


def downgrade() -> None:
    with op.batch_alter_table("print_ledger", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_print_ledger_state"))
        batch_op.drop_index(batch_op.f("ix_print_ledger_request_id"))
    op.drop_table("print_ledger")
