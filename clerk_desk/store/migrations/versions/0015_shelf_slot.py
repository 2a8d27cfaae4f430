"""shelf slot: where an envelope waits for pickup at the center, and since when

Revision ID: 0015
Revises: 0011
Create Date: 2026-11-29 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("shelf_slot", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("shelved_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_column("shelved_at")
        batch_op.drop_column("shelf_slot")
