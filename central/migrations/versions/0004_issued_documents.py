"""the issuing bodies' documents of slow-service requests

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "issued_documents",
        sa.Column("request_id", sa.String(length=40), nullable=False),
        sa.Column("issuing_body_ar", sa.String(length=200), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_issued_documents_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("request_id", name=op.f("pk_issued_documents")),
    )


def downgrade() -> None:
    op.drop_table("issued_documents")
