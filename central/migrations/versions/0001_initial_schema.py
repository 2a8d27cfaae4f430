"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "centers",
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("name_ar", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("address_ar", sa.String(length=200), nullable=False),
        sa.Column("city_ar", sa.String(length=100), nullable=False),
        sa.Column("last_request_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_centers")),
    )
    counters = op.create_table(
        "counters",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counters")),
    )
    # The pull cursor's counter starts at 0; the first change gets 1.
    op.bulk_insert(counters, [{"name": "change_seq", "value": 0}])
    op.create_table(
        "people",
        sa.Column("national_number", sa.String(length=11), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("father_name", sa.String(length=100), nullable=False),
        sa.Column("mother_name", sa.String(length=200), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("birth_place", sa.String(length=100), nullable=False),
        sa.Column("gender", sa.String(length=10), nullable=False),
        sa.Column("registry_office_ar", sa.String(length=200), nullable=False),
        sa.Column("record_ref", sa.String(length=200), nullable=False),
        sa.Column("marital_status_ar", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("national_number", name=op.f("pk_people")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("center_code", sa.String(length=3), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_code"], ["centers.code"], name=op.f("fk_users_center_code_centers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_users_center_code"), ["center_code"], unique=False)

    op.create_table(
        "requests",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("service_code", sa.String(length=60), nullable=False),
        sa.Column("service_class", sa.String(length=10), nullable=False),
        sa.Column("center_code", sa.String(length=3), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("requester_name", sa.String(length=200), nullable=False),
        sa.Column("relation_ar", sa.String(length=100), nullable=False),
        sa.Column("subject_national_number", sa.String(length=200), nullable=False),
        sa.Column("subject_first_name", sa.String(length=200), nullable=True),
        sa.Column("subject_father_name", sa.String(length=200), nullable=True),
        sa.Column("subject_mother_name", sa.String(length=200), nullable=True),
        sa.Column("subject_last_name", sa.String(length=200), nullable=True),
        sa.Column("subject_birth_date", sa.String(length=200), nullable=True),
        sa.Column("subject_birth_place", sa.String(length=200), nullable=True),
        sa.Column("subject_gender", sa.String(length=200), nullable=True),
        sa.Column("delivery_method", sa.String(length=10), nullable=False),
        sa.Column("delivery_recipient", sa.String(length=200), nullable=False),
        sa.Column("delivery_address_ar", sa.String(length=200), nullable=False),
        sa.Column("delivery_city_ar", sa.String(length=200), nullable=False),
        sa.Column("delivery_phone", sa.String(length=20), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_by", sa.String(length=100), nullable=True),
        sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_code"], ["centers.code"], name=op.f("fk_requests_center_code_centers")
        ),
        sa.ForeignKeyConstraint(
            ["claimed_by"], ["users.username"], name=op.f("fk_requests_claimed_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requests")),
        sa.UniqueConstraint("change_seq", name=op.f("uq_requests_change_seq")),
    )
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.create_index(
            "ix_requests_center_code_change_seq", ["center_code", "change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_requests_status"), ["status"], unique=False)

    op.create_table(
        "tokens",
        sa.Column("token_sha256", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("workstation", sa.String(length=200), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_tokens_user_id_users")),
        sa.PrimaryKeyConstraint("token_sha256", name=op.f("pk_tokens")),
    )
    with op.batch_alter_table("tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tokens_user_id"), ["user_id"], unique=False)

    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.String(length=40), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("reason_code", sa.String(length=60), nullable=True),
        sa.Column("reason_text", sa.Text(), nullable=False),
        sa.Column("comparison", sa.JSON(), nullable=False),
        sa.Column("registry_snapshot", sa.JSON(), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["users.username"], name=op.f("fk_decisions_decided_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_decisions_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
    )
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decisions_request_id"), ["request_id"], unique=False)

    op.create_table(
        "idempotency",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("request_id", sa.String(length=40), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("body_sha256", sa.String(length=64), nullable=False),
        sa.Column("response", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_idempotency_request_id_requests")
        ),
        sa.ForeignKeyConstraint(
            ["username"], ["users.username"], name=op.f("fk_idempotency_username_users")
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_idempotency")),
    )
    op.create_table(
        "issuances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.String(length=40), nullable=False),
        sa.Column("document_number", sa.String(length=40), nullable=False),
        sa.Column("tracking_number", sa.String(length=13), nullable=True),
        sa.Column("document_sha256", sa.String(length=64), nullable=False),
        sa.Column("envelope_sha256", sa.String(length=64), nullable=False),
        sa.Column("issued_by", sa.String(length=100), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["issued_by"], ["users.username"], name=op.f("fk_issuances_issued_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_issuances_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issuances")),
    )
    with op.batch_alter_table("issuances", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_issuances_request_id"), ["request_id"], unique=False)

    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.String(length=40), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reviewed_by", sa.String(length=100), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decisions.id"], name=op.f("fk_reviews_decision_id_decisions")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_reviews_request_id_requests")
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by"], ["users.username"], name=op.f("fk_reviews_reviewed_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
    )
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reviews_request_id"), ["request_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reviews_request_id"))

    op.drop_table("reviews")
    with op.batch_alter_table("issuances", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issuances_request_id"))

    op.drop_table("issuances")
    op.drop_table("idempotency")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decisions_request_id"))

    op.drop_table("decisions")
    with op.batch_alter_table("tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tokens_user_id"))

    op.drop_table("tokens")
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_requests_status"))
        batch_op.drop_index("ix_requests_center_code_change_seq")

    op.drop_table("requests")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_center_code"))

    op.drop_table("users")
    op.drop_table("people")
    op.drop_table("counters")
    op.drop_table("centers")
