"""number blocks reserved for each workstation; issuances name their workstation

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "number_blocks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("center_code", sa.String(length=3), nullable=False),
        sa.Column("workstation", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("series", sa.String(length=60), nullable=False),
        sa.Column("first", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.Column("used_through", sa.Integer(), nullable=False),
        sa.Column("reserved_by", sa.String(length=100), nullable=False),
        sa.Column("reserved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.String(length=100), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("close_reason", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(
            ["center_code"], ["centers.code"], name=op.f("fk_number_blocks_center_code_centers")
        ),
        sa.ForeignKeyConstraint(
            ["reserved_by"], ["users.username"], name=op.f("fk_number_blocks_reserved_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_number_blocks")),
    )
    op.create_index(
        "ix_number_blocks_kind_series_first",
        "number_blocks",
        ["kind", "series", "first"],
        unique=True,
    )
    op.create_index(
        "ix_number_blocks_center_code_workstation",
        "number_blocks",
        ["center_code", "workstation"],
    )
    with op.batch_alter_table("issuances") as batch:
        batch.add_column(sa.Column("workstation", sa.String(length=40), nullable=True))
        batch.create_index(op.f("ix_issuances_document_number"), ["document_number"])
        batch.create_index(op.f("ix_issuances_tracking_number"), ["tracking_number"])


def downgrade() -> None:
    with op.batch_alter_table("issuances") as batch:
        batch.drop_index(op.f("ix_issuances_tracking_number"))
        batch.drop_index(op.f("ix_issuances_document_number"))
        batch.drop_column("workstation")
    op.drop_index("ix_number_blocks_center_code_workstation", table_name="number_blocks")
    op.drop_index("ix_number_blocks_kind_series_first", table_name="number_blocks")
    op.drop_table("number_blocks")
