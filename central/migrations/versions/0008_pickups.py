"""pickups: a shelved envelope handed over at the counter, to whom and by whom

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pickups",
        sa.Column("request_id", sa.String(length=40), nullable=False),
        sa.Column("received_by", sa.String(length=200), nullable=False),
        sa.Column("handed_by", sa.String(length=100), nullable=False),
        sa.Column("handed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["handed_by"], ["users.username"], name=op.f("fk_pickups_handed_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_pickups_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("request_id", name=op.f("pk_pickups")),
    )


def downgrade() -> None:
    op.drop_table("pickups")
