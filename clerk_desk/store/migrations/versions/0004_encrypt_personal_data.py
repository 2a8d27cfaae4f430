"""encrypt personal data: names, national numbers, records and notes under the store key

The columns keep their SQL types (SQLite does not enforce VARCHAR lengths, and a JSON
column holds text): their values become ``enc1:`` + base64 of AES-GCM (see
``clerk_desk.crypto``). The index on the subject's national number is dropped: an index of
ciphertexts finds nothing. The key comes from ``migrate(engine, key)`` through the Alembic
config's attributes. ``clerk_desk.store.db.migrate`` vacuums the file afterwards so that
the clear values do not survive in free pages or in the write-ahead log.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

from clerk_desk.crypto import StoreKey, is_encrypted_text

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# table, primary key, columns holding personal data (as the models name their contexts)
ENCRYPTED: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "requests",
        "id",
        ("requester_name", "relation_ar", "subject_national_number", "subject", "delivery"),
    ),
    ("registry_snapshots", "id", ("national_number", "record")),
    ("decisions", "id", ("reason_text", "comparison")),
    ("issuances", "id", ("reprint_reason",)),
    ("outbox", "id", ("payload",)),
    ("dispatch_batches", "id", ("courier_name",)),
    ("audit_log", "id", ("detail",)),
)


def _key() -> StoreKey:
    key = context.config.attributes.get("store_key")
    if not isinstance(key, StoreKey):
        raise RuntimeError("migration 0004 encrypts the store: migrate(engine, key) with its key")
    return key


def _rewrite(encrypt: bool) -> None:
    key = _key()
    bind = op.get_bind()
    for table, pk, columns in ENCRYPTED:
        for column in columns:
            context_name = f"{table}.{column}"
            rows = bind.execute(
                sa.text(f"SELECT {pk}, {column} FROM {table} WHERE {column} IS NOT NULL")
            ).all()
            for row_id, value in rows:
                if isinstance(value, bytes):
                    value = value.decode("utf-8")
                value = str(value)
                if encrypt == is_encrypted_text(value):
                    continue  # already as wanted
                new = (
                    key.encrypt_text(value, context_name)
                    if encrypt
                    else key.decrypt_text(value, context_name)
                )
                bind.execute(
                    sa.text(f"UPDATE {table} SET {column} = :value WHERE {pk} = :id"),
                    {"value": new, "id": row_id},
                )


def upgrade() -> None:
    op.drop_index("ix_requests_subject_national_number", table_name="requests")
    _rewrite(encrypt=True)


def downgrade() -> None:
    _rewrite(encrypt=False)
    op.create_index("ix_requests_subject_national_number", "requests", ["subject_national_number"])
