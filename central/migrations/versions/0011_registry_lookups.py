"""registry look-ups recorded; decisions keep the server's evidence beside the workstation's

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "registry_lookups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("center_code", sa.String(length=3), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("workstation", sa.String(length=200), nullable=False),
        sa.Column("national_number", sa.String(length=11), nullable=False),
        sa.Column("request_id", sa.String(length=40), nullable=True),
        sa.Column("lease_number", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answer", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_code"], ["centers.code"], name=op.f("fk_registry_lookups_center_code_centers")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_registry_lookups_request_id_requests")
        ),
        sa.ForeignKeyConstraint(
            ["username"], ["users.username"], name=op.f("fk_registry_lookups_username_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_lookups")),
    )
    op.create_index("ix_registry_lookups_center_code_at", "registry_lookups", ["center_code", "at"])
    op.create_index(
        "ix_registry_lookups_request_id_username", "registry_lookups", ["request_id", "username"]
    )
    with op.batch_alter_table("requests") as batch:
        batch.add_column(
            sa.Column("lease_number", sa.Integer(), server_default="0", nullable=False)
        )
    with op.batch_alter_table("decisions") as batch:
        batch.add_column(sa.Column("workstation_comparison", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("workstation_snapshot", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("acknowledged_fields", sa.JSON(), nullable=True))
    # What decisions recorded before this revision kept is the workstation's word: say so.
    op.execute(
        "UPDATE decisions SET workstation_comparison = comparison, "
        "workstation_snapshot = registry_snapshot"
    )


def downgrade() -> None:
    with op.batch_alter_table("decisions") as batch:
        batch.drop_column("acknowledged_fields")
        batch.drop_column("workstation_snapshot")
        batch.drop_column("workstation_comparison")
    with op.batch_alter_table("requests") as batch:
        batch.drop_column("lease_number")
    op.drop_index("ix_registry_lookups_request_id_username", table_name="registry_lookups")
    op.drop_index("ix_registry_lookups_center_code_at", table_name="registry_lookups")
    op.drop_table("registry_lookups")
