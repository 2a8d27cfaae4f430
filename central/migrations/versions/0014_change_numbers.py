"""change numbers of 64 bits: on PostgreSQL made of the writing transaction's id

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-29

Writers on PostgreSQL no longer queue behind one lock, so a change's number comes from its
transaction's id (``central.db.next_change_seqs``), which needs 64 bits. The requests
already numbered from the counter are renumbered above every number the counter gave, in
their order, under this migration's own transaction id: later transactions have larger
ids, so they number above them, and a workstation's cursor (a counter number) is below all
of them, so it pulls everything once more (nothing is skipped).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANGE_BITS = 24  # central.db.CHANGE_BITS, as of this revision


def upgrade() -> None:
    with op.batch_alter_table("requests") as batch:
        batch.alter_column("change_seq", existing_type=sa.Integer(), type_=sa.BigInteger())
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""
        UPDATE requests AS r
        SET change_seq = (pg_current_xact_id()::text::bigint << {CHANGE_BITS}) + n.place
        FROM (
            SELECT id, row_number() OVER (ORDER BY change_seq) - 1 AS place FROM requests
        ) AS n
        WHERE r.id = n.id
        """
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # Numbers of 64 bits do not fit back: renumber 1..n in order, the counter above.
        op.execute(
            """
            UPDATE requests AS r SET change_seq = n.place
            FROM (SELECT id, row_number() OVER (ORDER BY change_seq) AS place FROM requests) n
            WHERE r.id = n.id
            """
        )
        op.execute(
            "UPDATE counters SET value = (SELECT count(*) FROM requests) WHERE name = 'change_seq'"
        )
    with op.batch_alter_table("requests") as batch:
        batch.alter_column("change_seq", existing_type=sa.BigInteger(), type_=sa.Integer())
