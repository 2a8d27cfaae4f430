"""the civil-registry simulator's family records and their members

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "families",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_ref", sa.String(length=200), nullable=False),
        sa.Column("registry_office_ar", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_families")),
        sa.UniqueConstraint("record_ref", name=op.f("uq_families_record_ref")),
    )
    op.create_table(
        "family_members",
        sa.Column("national_number", sa.String(length=11), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(length=10), nullable=False),
        sa.Column("died_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["family_id"], ["families.id"], name=op.f("fk_family_members_family_id_families")
        ),
        sa.ForeignKeyConstraint(
            ["national_number"],
            ["people.national_number"],
            name=op.f("fk_family_members_national_number_people"),
        ),
        sa.PrimaryKeyConstraint("national_number", name=op.f("pk_family_members")),
    )
    op.create_index(op.f("ix_family_members_family_id"), "family_members", ["family_id"])


def downgrade() -> None:
    op.drop_table("family_members")
    op.drop_table("families")
