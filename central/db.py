"""The central server's database: typed models and the change and request numbers (the
engine, the sessions and the migration runner are :mod:`central.engine`'s).

SQLite (WAL, foreign keys on) is the default; any SQLAlchemy URL works, PostgreSQL being
what a real deployment of many centers uses. The schema is created and changed only by
the Alembic migrations in ``central/migrations`` (:func:`upgrade`), never by ``create_all``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    ColumnElement,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    literal_column,
    select,
    text,
    update,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from central import engine as _engine

# The engine, the sessions and the migrations live in central.engine; they are named
# here too, where every module has always imported them from.
MIGRATIONS_DIR = _engine.MIGRATIONS_DIR
ROW_LOCKS = _engine.ROW_LOCKS
SQLITE_IMMEDIATE = _engine.SQLITE_IMMEDIATE
WRITE_LOCK_KEY = _engine.WRITE_LOCK_KEY
alembic_config = _engine.alembic_config
is_postgresql = _engine.is_postgresql
lock_keys = _engine.lock_keys
make_engine = _engine.make_engine
read_session = _engine.read_session
row_session = _engine.row_session
upgrade = _engine.upgrade
write_session = _engine.write_session

if TYPE_CHECKING:
    from central.payment_rows import PaymentRow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, whatever the database keeps.

    SQLite stores no time zone; without this a value read back would be naive and
    could not be compared with ``datetime.now(UTC)``.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: the central server stores UTC only")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
    }


class CenterRow(Base):
    """A citizen service center (مركز خدمة المواطن)."""

    __tablename__ = "centers"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    address_ar: Mapped[str] = mapped_column(String(200))
    city_ar: Mapped[str] = mapped_column(String(100))
    # The last number handed out in this center's request ids (DAM-000123).
    last_request_number: Mapped[int] = mapped_column(Integer, default=0)


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # clerk | supervisor
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"), index=True)
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2id
    active: Mapped[bool] = mapped_column(default=True)


class TokenRow(Base):
    """A bearer token; only its SHA-256 is kept, so a copied database lets nobody in."""

    __tablename__ = "tokens"

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    workstation: Mapped[str] = mapped_column(String(200), default="")
    issued_at: Mapped[datetime]
    expires_at: Mapped[datetime]  # the end of the shift, or of the longest session
    # Slid forward by use, at most once a minute (``central.login_guard``): a token left
    # unused for the idle time is refused.
    last_used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]  # logged out, or the password was changed


class LoginThrottleRow(Base):
    """Failed log-ins of one account name (known or not) or one source address, counted
    in the database so that every server process sees the same count.

    ``locked_at``: the account is locked until a supervisor of its center unlocks it.
    """

    __tablename__ = "login_throttles"

    kind: Mapped[str] = mapped_column(String(10), primary_key=True)  # account | address
    subject: Mapped[str] = mapped_column(String(200), primary_key=True)  # user name | address
    failures: Mapped[int] = mapped_column(Integer)
    last_failure_at: Mapped[datetime] = mapped_column(index=True)
    locked_at: Mapped[datetime | None]


class SecurityEventRow(Base):
    """What a center's supervisors read about its accounts: a lock-out, its lifting, a
    password change. User names only (staff, never citizens)."""

    __tablename__ = "security_events"
    __table_args__ = (Index("ix_security_events_center_code_at", "center_code", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"))
    kind: Mapped[str] = mapped_column(String(20))  # locked | unlocked | password_changed
    username: Mapped[str] = mapped_column(ForeignKey("users.username"))
    by: Mapped[str] = mapped_column(String(100), default="")  # "" : the server itself
    failures: Mapped[int] = mapped_column(Integer, default=0)
    at: Mapped[datetime]


class PersonRow(Base):
    """A person in the civil-registry simulator (السجل المدني)."""

    __tablename__ = "people"

    national_number: Mapped[str] = mapped_column(String(11), primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    father_name: Mapped[str] = mapped_column(String(100))
    mother_name: Mapped[str] = mapped_column(String(200))  # mother's full name
    last_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date] = mapped_column(Date)
    birth_place: Mapped[str] = mapped_column(String(100))
    gender: Mapped[str] = mapped_column(String(10))  # male | female
    registry_office_ar: Mapped[str] = mapped_column(String(200), default="")
    record_ref: Mapped[str] = mapped_column(String(200), default="")
    marital_status_ar: Mapped[str] = mapped_column(String(50), default="")


class RequestRow(Base):
    """A citizen's request (معاملة) assigned to a center."""

    __tablename__ = "requests"
    __table_args__ = (Index("ix_requests_center_code_change_seq", "center_code", "change_seq"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    service_code: Mapped[str] = mapped_column(String(60))
    service_class: Mapped[str] = mapped_column(String(10))
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"))
    status: Mapped[str] = mapped_column(String(20), index=True)
    requester_name: Mapped[str] = mapped_column(String(200))
    relation_ar: Mapped[str] = mapped_column(String(100), default="")
    # What the citizen typed on the portal: free text, kept exactly as submitted.
    subject_national_number: Mapped[str] = mapped_column(String(200))
    subject_first_name: Mapped[str | None] = mapped_column(String(200))
    subject_father_name: Mapped[str | None] = mapped_column(String(200))
    subject_mother_name: Mapped[str | None] = mapped_column(String(200))
    subject_last_name: Mapped[str | None] = mapped_column(String(200))
    subject_birth_date: Mapped[str | None] = mapped_column(String(200))
    subject_birth_place: Mapped[str | None] = mapped_column(String(200))
    subject_gender: Mapped[str | None] = mapped_column(String(200))
    delivery_method: Mapped[str] = mapped_column(String(10))  # post | pickup
    delivery_recipient: Mapped[str] = mapped_column(String(200))
    delivery_address_ar: Mapped[str] = mapped_column(String(200), default="")
    delivery_city_ar: Mapped[str] = mapped_column(String(200), default="")
    delivery_phone: Mapped[str] = mapped_column(String(20), default="")
    shelf_slot: Mapped[str | None] = mapped_column(String(8))  # clerk_desk.shelf
    shelved_at: Mapped[datetime | None]
    submitted_at: Mapped[datetime]
    assigned_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    claimed_by: Mapped[str | None] = mapped_column(ForeignKey("users.username"))
    lease_expires_at: Mapped[datetime | None]
    # Which lease this is: counted up each time a clerk takes the request (a renewal keeps
    # it). A decision counts only the registry look-ups made under the current one.
    lease_number: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The pull cursor: a new number on every change (``next_change_seqs``), so it only
    # grows, across all requests.
    change_seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    # Loaded when first read: the counter's hot writes (claim, decide, issue, seal) read
    # one request and rarely these, and each would cost a query. A query of whole
    # requests for a page or a list loads them with it (central.routing.with_parts: one
    # query per relation for the whole page). Never an attachment's bytes: those are
    # fetched only by the attachment's own endpoint.
    attachments: Mapped[list[AttachmentRow]] = relationship(
        order_by="AttachmentRow.id", viewonly=True
    )
    # A pickup envelope handed over at the counter (None: not, or not yet).
    pickup: Mapped[PickupRow | None] = relationship(viewonly=True)
    # The fee paid (central.payment_rows); None for a request older than payments.
    payment: Mapped[PaymentRow | None] = relationship(viewonly=True)


class AttachmentRow(Base):
    """A paper the citizen attached on the portal: an identity card's copy, a power of
    attorney. Announced in the request with its size and SHA-256, sent on its own."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    filename: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    received_at: Mapped[datetime]


class DecisionRow(Base):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(10))  # accept | reject
    reason_code: Mapped[str | None] = mapped_column(String(60))
    reason_text: Mapped[str] = mapped_column(Text, default="")
    # The server's own evidence: its comparison of the submission with its own registry
    # record, made with the core's engine when the decision arrived.
    comparison: Mapped[dict[str, Any]]
    registry_snapshot: Mapped[dict[str, Any]]
    decided_by: Mapped[str] = mapped_column(ForeignKey("users.username"))
    decided_at: Mapped[datetime]
    # What the workstation sent beside the decision, kept as it came, never decided on
    # (None: a decision recorded before the server checked decisions).
    workstation_comparison: Mapped[dict[str, Any] | None]
    workstation_snapshot: Mapped[dict[str, Any] | None]
    acknowledged_fields: Mapped[list[str] | None] = mapped_column(JSON)


class IssuanceRow(Base):
    __tablename__ = "issuances"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    document_number: Mapped[str] = mapped_column(String(40), index=True)
    tracking_number: Mapped[str | None] = mapped_column(String(13), index=True)
    document_sha256: Mapped[str] = mapped_column(String(64))
    envelope_sha256: Mapped[str] = mapped_column(String(64))
    issued_by: Mapped[str] = mapped_column(ForeignKey("users.username"))
    issued_at: Mapped[datetime]
    # The workstation that printed it (its token's); None for issuances before blocks.
    workstation: Mapped[str | None] = mapped_column(String(40))


class ReviewRow(Base):
    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))
    outcome: Mapped[str] = mapped_column(String(10))  # uphold | overturn
    note: Mapped[str] = mapped_column(Text, default="")
    reviewed_by: Mapped[str] = mapped_column(ForeignKey("users.username"))
    reviewed_at: Mapped[datetime]


class SecondLookRow(Base):
    """A supervisor's four-eyes check of an acceptance: one per decision."""

    __tablename__ = "second_looks"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), unique=True)
    outcome: Mapped[str] = mapped_column(String(20))  # no_concern | concern
    note: Mapped[str] = mapped_column(Text, default="")
    looked_by: Mapped[str] = mapped_column(ForeignKey("users.username"))
    looked_at: Mapped[datetime]


class NoticeRow(Base):
    """What a review tells the clerk who decided, kept until the clerk has read it."""

    __tablename__ = "notices"
    __table_args__ = (Index("ix_notices_username_read_at", "username", "read_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(ForeignKey("users.username"))  # the clerk told
    kind: Mapped[str] = mapped_column(String(20))  # overturned | concern
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(ForeignKey("users.username"))
    created_at: Mapped[datetime]
    read_at: Mapped[datetime | None]


class PickupRow(Base):
    """A shelved envelope handed over at the counter: to whom, by which clerk, when."""

    __tablename__ = "pickups"

    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), primary_key=True)
    received_by: Mapped[str] = mapped_column(String(200))
    # Who collected (clerk_desk.collector_rules), personal data like the names above.
    collector_role: Mapped[str | None] = mapped_column(String(20))
    id_document: Mapped[str | None] = mapped_column(String(20))
    id_number: Mapped[str | None] = mapped_column(String(40))
    poa_number: Mapped[str | None] = mapped_column(String(40))
    poa_date: Mapped[date | None]
    poa_attachment_id: Mapped[int | None]
    handed_by: Mapped[str] = mapped_column(ForeignKey("users.username"))
    handed_at: Mapped[datetime]


class RegistryLookupRow(Base):
    """One civil-registry look-up, allowed or refused: who, from which workstation (the
    token's), whose number, for which request, when, and the answer (found, not_found,
    refused, invalid). Never deleted."""

    __tablename__ = "registry_lookups"
    __table_args__ = (
        Index("ix_registry_lookups_center_code_at", "center_code", "at"),
        Index("ix_registry_lookups_request_id_username", "request_id", "username"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"))
    username: Mapped[str] = mapped_column(ForeignKey("users.username"))
    workstation: Mapped[str] = mapped_column(String(200), default="")
    national_number: Mapped[str] = mapped_column(String(11))  # "" when malformed
    request_id: Mapped[str | None] = mapped_column(ForeignKey("requests.id"))
    lease_number: Mapped[int | None] = mapped_column(Integer)  # the request's, then
    at: Mapped[datetime]
    answer: Mapped[str] = mapped_column(String(10))


class RefusedDecisionRow(Base):
    """A decision the server refused by the core's rules (``central.decision_check``):
    who tried, from which workstation (the token's), on which request, what outcome, the
    refusal's code, when. Nothing else of the refused decision is kept. Never deleted."""

    __tablename__ = "refused_decisions"
    __table_args__ = (Index("ix_refused_decisions_center_code_at", "center_code", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"))
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    username: Mapped[str] = mapped_column(ForeignKey("users.username"))
    workstation: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(String(10))  # accept | reject
    code: Mapped[str] = mapped_column(String(60))  # of clerk_desk.refusals
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)  # one per attempt
    at: Mapped[datetime]


class IdempotencyRow(Base):
    """The first answer given to an idempotency key, returned again on a repeat."""

    __tablename__ = "idempotency"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(ForeignKey("users.username"))
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"))
    action: Mapped[str] = mapped_column(String(20))  # decision | issuance | review
    body_sha256: Mapped[str] = mapped_column(String(64))
    response: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]


class DispatchBatchRow(Base):
    """Sealed postal envelopes a center handed to the Syrian Post's courier, as one batch.

    Its idempotency key and body digest live here (a batch concerns many requests, so it
    has no single row in ``idempotency``): a repeat gets the stored answer.
    """

    __tablename__ = "dispatch_batches"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)  # chosen by the workstation
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"), index=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    username: Mapped[str] = mapped_column(ForeignKey("users.username"))
    courier_name: Mapped[str] = mapped_column(String(200))
    body_sha256: Mapped[str] = mapped_column(String(64))
    response: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]


class DispatchItemRow(Base):
    __tablename__ = "dispatch_items"

    batch_id: Mapped[str] = mapped_column(ForeignKey("dispatch_batches.id"), primary_key=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)


class IssuedDocumentRow(Base):
    """The issuing body's answer to a slow-service request: its document, as a PDF.

    A slow service (Ministry of Finance, Damascus University, ...) is not produced at the
    counter: the body issues the document and the center prints it behind a cover sheet.
    No row means the body has not answered yet, and the request cannot be printed.
    """

    __tablename__ = "issued_documents"

    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), primary_key=True)
    issuing_body_ar: Mapped[str] = mapped_column(String(200))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime]


class CenterKeyRow(Base):
    """A center's Ed25519 key pair for signing its documents' verification codes.

    The reference server keeps the private key in its database; a real deployment keeps it
    in an HSM or KMS and exports it only to the center's workstations.
    """

    __tablename__ = "center_keys"

    key_id: Mapped[str] = mapped_column(String(12), primary_key=True)  # DAM-1
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"), index=True)
    public_key: Mapped[str] = mapped_column(String(43))  # raw 32 bytes, base64url
    private_key: Mapped[str] = mapped_column(String(43))  # raw 32-byte seed, base64url
    created_at: Mapped[datetime]


class WorkstationKeyRow(Base):
    """A workstation's own Ed25519 public key, enrolled, approved and perhaps revoked.

    The private key stays in the workstation's keyring; the server holds the public key
    and, once a supervisor of the center approves, the certificate it signed with the
    center's key. Who approved or revoked, and when, stay on the row (never deleted).
    """

    __tablename__ = "workstation_keys"
    __table_args__ = (Index("ix_workstation_keys_center_code_number", "center_code", "number"),)

    key_id: Mapped[str] = mapped_column(String(12), primary_key=True)  # DAM-W3
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"))
    number: Mapped[int] = mapped_column(Integer)  # the 3 of DAM-W3
    workstation: Mapped[str] = mapped_column(String(20))
    public_key: Mapped[str] = mapped_column(String(43), unique=True)
    status: Mapped[str] = mapped_column(String(10))  # pending | approved | revoked
    requested_by: Mapped[str] = mapped_column(ForeignKey("users.username"))
    requested_at: Mapped[datetime]
    approved_by: Mapped[str | None] = mapped_column(String(100))
    approved_at: Mapped[datetime | None]
    # The certificate's own fields (the rest are the row's): what the center key signed.
    center_key_id: Mapped[str | None] = mapped_column(ForeignKey("center_keys.key_id"))
    not_before: Mapped[datetime | None]
    not_after: Mapped[datetime | None]
    signature: Mapped[str | None] = mapped_column(String(86))
    # A user name, or "(replaced)" for a pending key a newer one of the workstation replaced
    revoked_by: Mapped[str | None] = mapped_column(String(100))
    revoked_at: Mapped[datetime | None]


class NumberBlockRow(Base):
    """Numbers ``first..last`` of one kind reserved for one workstation of a center
    (``central.number_blocks``): who reserved them and when, how far they are known to be
    used, and, once closed, who closed them, when and why. Never deleted."""

    __tablename__ = "number_blocks"
    __table_args__ = (
        Index("ix_number_blocks_kind_series_first", "kind", "series", "first", unique=True),
        Index("ix_number_blocks_center_code_workstation", "center_code", "workstation"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"))
    workstation: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(10))  # document | tracking
    series: Mapped[str] = mapped_column(String(60))  # DAM-2026-W1 | RR
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)
    used_through: Mapped[int] = mapped_column(Integer)
    reserved_by: Mapped[str] = mapped_column(ForeignKey("users.username"))
    reserved_at: Mapped[datetime]
    # When the workstation first said it holds the block: before, an answer lost on the
    # way is sent again; after, a store without it is a lost store.
    acknowledged_at: Mapped[datetime | None]
    closed_by: Mapped[str | None] = mapped_column(String(100))
    closed_at: Mapped[datetime | None]
    close_reason: Mapped[str | None] = mapped_column(String(20))  # used_up | store_lost


class CounterRow(Base):
    """Named counters; ``change_seq`` is the one row the migration creates."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class AuditHeadRow(Base):
    """A head of a workstation's audit chain the server accepted: newest id, hash, count.

    One row per accepted upload; the workstation's current head is its highest
    ``entry_id``. A later upload must continue the chain from it (``central.audit_chain``).
    """

    __tablename__ = "audit_heads"

    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"), primary_key=True)
    workstation: Mapped[str] = mapped_column(String(200), primary_key=True)
    entry_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[str] = mapped_column(String(64))
    count: Mapped[int] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(ForeignKey("users.username"))
    received_at: Mapped[datetime]


class AuditEntryRow(Base):
    """A workstation's audit entry as it was uploaded: the server's copy of the chain.

    Request ids, user names and actions; no national number or name. Never deleted.
    """

    __tablename__ = "audit_entries"

    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"), primary_key=True)
    workstation: Mapped[str] = mapped_column(String(200), primary_key=True)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    recorded_workstation: Mapped[str] = mapped_column(String(200))  # the entry's own field
    request_id: Mapped[str | None] = mapped_column(String(40), index=True)
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


CHANGE_SEQ = "change_seq"
# On PostgreSQL a change number is its transaction's id shifted left by CHANGE_BITS, plus
# the change's place in the transaction (see next_change_seqs).
CHANGE_BITS = 24


def next_change_seqs(session: Session, count: int = 1) -> int:
    """Reserve ``count`` consecutive change numbers and return the first.

    A pull reads a center's requests in ``change_seq`` order after the cursor it was given,
    so a change must never commit with a number below one a pull has already passed: the
    out-of-order commit of sequence cursors, where transaction A takes 5, B takes 6, B
    commits, a pull returns 6 and moves its cursor there, then A commits 5 and no pull
    ever sees it.

    On SQLite writers are serialized (BEGIN IMMEDIATE), so numbers from the ``counters``
    row are taken in commit order and the problem cannot arise.

    On PostgreSQL writers run at once, so the number is made of the writing transaction's
    id (``pg_current_xact_id()``, 64 bits, never reused) shifted left by
    :data:`CHANGE_BITS`, plus a count within the transaction. A pull then reads only the
    changes *below the oldest transaction still in flight* (:func:`change_horizon`): every
    transaction with a smaller id has ended when the pull's snapshot is taken, and every
    transaction that starts later gets a larger id, so nothing can still commit below the
    horizon, and a cursor never passes a change that will commit later. The price: a pull
    does not see changes newer than the oldest open transaction of this database until
    it ends; writers' transactions last milliseconds, and a long one (a backup, an open
    psql session) only delays pulls, never loses a change.
    """
    if session.get_bind().dialect.name == "postgresql":
        xid = session.connection().info.get(_engine.WRITER_XID)  # taken at BEGIN
        if xid is None:
            xid = session.scalar(text("SELECT pg_current_xact_id()::text::bigint"))
            assert xid is not None
        taken_xid, taken = session.info.get(CHANGE_SEQ, (None, 0))
        used = taken if taken_xid == xid else 0
        if used + count > 1 << CHANGE_BITS:
            raise RuntimeError("too many changes in one transaction")
        session.info[CHANGE_SEQ] = (xid, used + count)
        return (int(xid) << CHANGE_BITS) + used
    session.execute(
        update(CounterRow)
        .where(CounterRow.name == CHANGE_SEQ)
        .values(value=CounterRow.value + count)
    )
    last = session.scalar(select(CounterRow.value).where(CounterRow.name == CHANGE_SEQ))
    if last is None:
        raise RuntimeError("the change_seq counter is missing: was the database migrated?")
    return last - count + 1


# The oldest transaction in flight in this statement's snapshot that may be one of this
# database's writers (see change_horizon), or the snapshot's xmax if none is.
_HORIZON_SQL = f"""(
    SELECT COALESCE(
        (
            SELECT min(x::text::bigint) FROM pg_snapshot_xip(snap.s) AS x
            WHERE NOT EXISTS (
                SELECT 1 FROM pg_stat_activity AS a
                WHERE a.backend_xid IS NOT NULL
                  AND a.backend_xid::text::bigint = (x::text::bigint & 4294967295)
                  AND (a.datname IS DISTINCT FROM current_database()
                       OR a.backend_type <> 'client backend')
            )
        ),
        pg_snapshot_xmax(snap.s)::text::bigint
    ) << {CHANGE_BITS}
    FROM (SELECT pg_current_snapshot() AS s) AS snap
)"""


def change_horizon(session: Session) -> ColumnElement[int] | None:
    """The change number a pull must stay below (see :func:`next_change_seqs`); ``None``
    on SQLite (no horizon needed).

    On PostgreSQL: the oldest transaction in flight in the pull statement's own snapshot
    (its ``xip`` list), or the snapshot's ``xmax`` (the next transaction id) when none
    is, shifted as change numbers are. Every transaction below it has ended, as this
    statement sees, and every one that starts later gets a larger id.

    Transactions ids are shared by every database of the PostgreSQL server, so those that
    provably are not this database's writers are left out: one in another database, or
    not a client's (autovacuum), as ``pg_stat_activity`` shows them. That view is read
    after the snapshot was taken, so a transaction that ended in between cannot be told
    apart and counts as a writer: the horizon can only be too low (a pull waits for the
    next), never too high (a pull skipping a change).
    """
    if session.get_bind().dialect.name != "postgresql":
        return None
    return literal_column(_HORIZON_SQL)


def next_request_numbers(session: Session, center_code: str, count: int = 1) -> int:
    """Reserve ``count`` consecutive request numbers in a center and return the first."""
    session.execute(
        update(CenterRow)
        .where(CenterRow.code == center_code)
        .values(last_request_number=CenterRow.last_request_number + count)
    )
    last = session.scalar(
        select(CenterRow.last_request_number).where(CenterRow.code == center_code)
    )
    if last is None:
        raise KeyError(center_code)
    return last - count + 1


def format_request_id(center_code: str, number: int) -> str:
    return f"{center_code}-{number:06d}"


# The payments' tables live in their own module, on this Base: known wherever this is.
from central import payment_rows as payment_rows  # noqa: E402
