"""workstation keys: each workstation's own public key, its approval, certificate, revocation

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "workstation_keys",
        sa.Column("key_id", sa.String(length=12), nullable=False),
        sa.Column("center_code", sa.String(length=3), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("workstation", sa.String(length=20), nullable=False),
        sa.Column("public_key", sa.String(length=43), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("requested_by", sa.String(length=100), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("approved_by", sa.String(length=100), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("center_key_id", sa.String(length=12), nullable=True),
        sa.Column("not_before", sa.DateTime(timezone=True), nullable=True),
        sa.Column("not_after", sa.DateTime(timezone=True), nullable=True),
        sa.Column("signature", sa.String(length=86), nullable=True),
        sa.Column("revoked_by", sa.String(length=100), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["center_code"], ["centers.code"], name=op.f("fk_workstation_keys_center_code_centers")
        ),
        sa.ForeignKeyConstraint(
            ["center_key_id"],
            ["center_keys.key_id"],
            name=op.f("fk_workstation_keys_center_key_id_center_keys"),
        ),
        sa.ForeignKeyConstraint(
            ["requested_by"],
            ["users.username"],
            name=op.f("fk_workstation_keys_requested_by_users"),
        ),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_workstation_keys")),
        sa.UniqueConstraint("public_key", name=op.f("uq_workstation_keys_public_key")),
    )
    with op.batch_alter_table("workstation_keys", schema=None) as batch_op:
        batch_op.create_index(
            "ix_workstation_keys_center_code_number", ["center_code", "number"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("workstation_keys", schema=None) as batch_op:
        batch_op.drop_index("ix_workstation_keys_center_code_number")
    op.drop_table("workstation_keys")
