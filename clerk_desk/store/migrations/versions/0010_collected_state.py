"""the collected state: a pickup envelope handed over is ``collected``, no longer
``awaiting_pickup`` with ``collected_at`` set

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29 13:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # collected_at stays: when the envelope was handed over.
    op.execute(
        "UPDATE requests SET status = 'collected' "
        "WHERE status = 'awaiting_pickup' AND collected_at IS NOT NULL"
    )


def downgrade() -> None:
    op.execute("UPDATE requests SET status = 'awaiting_pickup' WHERE status = 'collected'")
