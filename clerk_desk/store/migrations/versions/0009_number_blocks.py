"""number_blocks: the blocks of numbers the central server reserved for this workstation

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A store from before holds no block: it asks the server for its blocks at the next
    # log-in, and prints nothing before it holds them.
    op.create_table(
        "number_blocks",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("series", sa.String(length=60), nullable=False),
        sa.Column("first", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.Column("next", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_number_blocks")),
    )
    with op.batch_alter_table("number_blocks", schema=None) as batch_op:
        batch_op.create_index("ix_number_blocks_kind_series", ["kind", "series"])


def downgrade() -> None:
    with op.batch_alter_table("number_blocks", schema=None) as batch_op:
        batch_op.drop_index("ix_number_blocks_kind_series")
    op.drop_table("number_blocks")
