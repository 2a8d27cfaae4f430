"""supervisors' four-eyes checks of acceptances, and the notices reviews send clerks

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "second_looks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.String(length=40), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("looked_by", sa.String(length=100), nullable=False),
        sa.Column("looked_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decisions.id"], name=op.f("fk_second_looks_decision_id_decisions")
        ),
        sa.ForeignKeyConstraint(
            ["looked_by"], ["users.username"], name=op.f("fk_second_looks_looked_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_second_looks_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_second_looks")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_second_looks_decision_id")),
    )
    op.create_index(op.f("ix_second_looks_request_id"), "second_looks", ["request_id"])
    op.create_table(
        "notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("request_id", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.username"], name=op.f("fk_notices_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_notices_request_id_requests")
        ),
        sa.ForeignKeyConstraint(
            ["username"], ["users.username"], name=op.f("fk_notices_username_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notices")),
    )
    op.create_index("ix_notices_username_read_at", "notices", ["username", "read_at"])


def downgrade() -> None:
    op.drop_index("ix_notices_username_read_at", table_name="notices")
    op.drop_table("notices")
    op.drop_index(op.f("ix_second_looks_request_id"), table_name="second_looks")
    op.drop_table("second_looks")
