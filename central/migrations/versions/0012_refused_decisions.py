"""decisions the server refused by the core's rules are recorded, for the supervisor

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "refused_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("center_code", sa.String(length=3), nullable=False),
        sa.Column("request_id", sa.String(length=40), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("workstation", sa.String(length=200), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("idempotency_key", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_code"], ["centers.code"], name=op.f("fk_refused_decisions_center_code_centers")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_refused_decisions_request_id_requests")
        ),
        sa.ForeignKeyConstraint(
            ["username"], ["users.username"], name=op.f("fk_refused_decisions_username_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refused_decisions")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_refused_decisions_idempotency_key")),
    )
    op.create_index(
        "ix_refused_decisions_center_code_at", "refused_decisions", ["center_code", "at"]
    )
    op.create_index(op.f("ix_refused_decisions_request_id"), "refused_decisions", ["request_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_refused_decisions_request_id"), table_name="refused_decisions")
    op.drop_index("ix_refused_decisions_center_code_at", table_name="refused_decisions")
    op.drop_table("refused_decisions")
