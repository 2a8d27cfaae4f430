"""center signing keys

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "center_keys",
        sa.Column("key_id", sa.String(length=12), nullable=False),
        sa.Column("center_code", sa.String(length=3), nullable=False),
        sa.Column("public_key", sa.String(length=43), nullable=False),
        sa.Column("private_key", sa.String(length=43), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_code"], ["centers.code"], name=op.f("fk_center_keys_center_code_centers")
        ),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_center_keys")),
    )
    with op.batch_alter_table("center_keys", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_center_keys_center_code"), ["center_code"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("center_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_center_keys_center_code"))
    op.drop_table("center_keys")
