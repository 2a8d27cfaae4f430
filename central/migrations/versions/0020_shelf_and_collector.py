"""the pickup shelf's slots, and who collected an envelope (identity document, power of
attorney)

Revision ID: 0020
Revises: 0016
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PICKUP_COLUMNS = (
    ("collector_role", sa.String(length=20)),
    ("id_document", sa.String(length=20)),
    ("id_number", sa.String(length=40)),
    ("poa_number", sa.String(length=40)),
    ("poa_date", sa.Date()),
    ("poa_attachment_id", sa.Integer()),
)


def upgrade() -> None:
    with op.batch_alter_table("requests") as batch_op:
        batch_op.add_column(sa.Column("shelf_slot", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("shelved_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("pickups") as batch_op:
        for name, type_ in _PICKUP_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pickups") as batch_op:
        for name, _ in reversed(_PICKUP_COLUMNS):
            batch_op.drop_column(name)
    with op.batch_alter_table("requests") as batch_op:
        batch_op.drop_column("shelved_at")
        batch_op.drop_column("shelf_slot")
