"""attachments: the papers citizens attached to their requests, kept for offline viewing

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 22:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A store from before has no attachment rows: the next pull that brings a request
    # again announces its papers (a full pull after this upgrade, see below).
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("fetched_at", sa.DateTime(), nullable=True),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_attachments_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    op.create_index(op.f("ix_attachments_request_id"), "attachments", ["request_id"])
    # Pull everything again: requests already here were pulled before the contract
    # announced attachments, and only a full pull brings them (the upsert keeps local work).
    op.execute("DELETE FROM sync_state WHERE key = 'pull_cursor'")


def downgrade() -> None:
    op.drop_index(op.f("ix_attachments_request_id"), table_name="attachments")
    op.drop_table("attachments")
