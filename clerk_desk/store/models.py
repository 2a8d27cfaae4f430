"""The workstation's local store: what is on the clerk's desk, and what waits to be sent."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Dialect,
    Engine,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from clerk_desk.crypto import DecryptionError, StoreKey

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC without an offset (SQLite keeps none) and hands back aware datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use UTC-aware datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


KEY_ATTRIBUTE = "clerk_desk_store_key"


class StoreLocked(RuntimeError):
    """Personal data was read or written through an engine that has no store key."""


def set_store_key(engine: Engine, key: StoreKey) -> None:
    """Give `engine` the key its encrypted columns use (the dialect is the engine's own)."""
    setattr(engine.dialect, KEY_ATTRIBUTE, key)


def _key_of(dialect: Dialect) -> StoreKey:
    key = getattr(dialect, KEY_ATTRIBUTE, None)
    if not isinstance(key, StoreKey):
        raise StoreLocked("the store is encrypted and was opened without its key")
    return key


class EncryptedText(TypeDecorator[str]):
    """A text column holding personal data: AES-GCM under the store key, as base64 text.

    ``context`` (``table.column``) is the associated data: a value copied into another
    column does not decrypt. Stored values keep the column's SQL type (SQLite does not
    enforce VARCHAR lengths); they cannot be compared in SQL, only after reading.
    """

    impl = Text
    cache_ok = True

    def __init__(self, context: str) -> None:
        super().__init__()
        self.context = context

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return _key_of(dialect).encrypt_text(value, self.context)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return _key_of(dialect).decrypt_text(value, self.context)


class EncryptedBytes(TypeDecorator[bytes]):
    """A binary column holding personal data (a scanned paper): AES-GCM under the store key."""

    impl = LargeBinary
    cache_ok = True

    def __init__(self, context: str) -> None:
        super().__init__()
        self.context = context

    def process_bind_param(self, value: bytes | None, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        return _key_of(dialect).encrypt(value, self.context)

    def process_result_value(self, value: bytes | None, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        return _key_of(dialect).decrypt(value, self.context)


UNREADABLE = "__unreadable__"


class EncryptedJSON(TypeDecorator[Any]):
    """A JSON column holding personal data: the JSON text encrypted like :class:`EncryptedText`.

    With `tamper_evident` (the audit log) a value that does not decrypt (changed, or written
    in clear behind the program's back) reads as ``{"__unreadable__": ...}`` instead of
    raising: the entry's hash then no longer matches and the chain's check names the entry.
    """

    impl = Text
    cache_ok = True

    def __init__(self, context: str, tamper_evident: bool = False) -> None:
        super().__init__()
        self.context = context
        self.tamper_evident = tamper_evident

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        plain = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        return _key_of(dialect).encrypt_text(plain, self.context)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        key = _key_of(dialect)
        if not self.tamper_evident:
            return json.loads(key.decrypt_text(value, self.context))
        try:
            return json.loads(key.decrypt_text(value, self.context))
        except DecryptionError as exc:
            return {UNREADABLE: str(exc)}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, datetime: UTCDateTime}  # noqa: RUF012


class Request(Base):
    """A citizen's request (معاملة) assigned to this center, as last pulled or changed here."""

    __tablename__ = "requests"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    service_code: Mapped[str] = mapped_column(String(40))
    service_class: Mapped[str] = mapped_column(String(8))
    center_code: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(20), index=True)
    # personal data (names, national numbers, addresses) is encrypted: see clerk_desk.crypto
    requester_name: Mapped[str] = mapped_column(EncryptedText("requests.requester_name"))
    relation_ar: Mapped[str] = mapped_column(EncryptedText("requests.relation_ar"), default="")
    subject_national_number: Mapped[str] = mapped_column(
        EncryptedText("requests.subject_national_number")
    )
    # what the citizen submitted, field by field
    subject: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON("requests.subject"))
    delivery_method: Mapped[str] = mapped_column(String(8))
    delivery: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON("requests.delivery"))
    submitted_at: Mapped[datetime]
    assigned_at: Mapped[datetime]
    server_updated_at: Mapped[datetime]
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    lease_expires_at: Mapped[datetime | None]
    # A pickup envelope handed over at the counter; the status stays awaiting_pickup.
    collected_at: Mapped[datetime | None]
    # Where the envelope waits for its citizen (clerk_desk.shelf) and since when.
    shelf_slot: Mapped[str | None] = mapped_column(String(8))
    shelved_at: Mapped[datetime | None]
    # The fee paid, as the server sent it (clerk_desk.api_payments.Payment's JSON form);
    # None: pulled from a server older than payments.
    payment: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    snapshots: Mapped[list[RegistrySnapshot]] = relationship(
        back_populates="request", order_by="RegistrySnapshot.id"
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="request", order_by="Decision.id"
    )
    issuances: Mapped[list[Issuance]] = relationship(
        back_populates="request", order_by="Issuance.id"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="request", order_by="Attachment.id"
    )


class Attachment(Base):
    """A paper the citizen attached on the portal, as the request announced it; its bytes
    once fetched (``content`` stays empty until then, or while they fail their check)."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)  # the server's number
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    filename: Mapped[str] = mapped_column(EncryptedText("attachments.filename"))
    media_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes | None] = mapped_column(
        EncryptedBytes("attachments.content"), deferred=True
    )
    fetched_at: Mapped[datetime | None]
    # why the last fetch failed (an English sentence for the log's reader), if it did
    problem: Mapped[str | None] = mapped_column(Text)

    request: Mapped[Request] = relationship(back_populates="attachments")


class RegistrySnapshot(Base):
    """The civil-registry record as fetched: the evidence a decision is made on."""

    __tablename__ = "registry_snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    national_number: Mapped[str] = mapped_column(
        EncryptedText("registry_snapshots.national_number")
    )
    record: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON("registry_snapshots.record"))
    fetched_at: Mapped[datetime]

    request: Mapped[Request] = relationship(back_populates="snapshots")


class Decision(Base):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    outcome: Mapped[str] = mapped_column(String(10))  # accept | reject
    reason_code: Mapped[str | None] = mapped_column(String(40))
    reason_text: Mapped[str] = mapped_column(EncryptedText("decisions.reason_text"), default="")
    comparison: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON("decisions.comparison"))
    snapshot_id: Mapped[int | None] = mapped_column(ForeignKey("registry_snapshots.id"))
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime]

    request: Mapped[Request] = relationship(back_populates="decisions")


class Issuance(Base):
    """One printing of a request's document and envelope (the issuance ledger)."""

    __tablename__ = "issuances"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    document_number: Mapped[str] = mapped_column(String(40), unique=True)
    tracking_number: Mapped[str | None] = mapped_column(String(13), unique=True)
    document_sha256: Mapped[str] = mapped_column(String(64))
    envelope_sha256: Mapped[str] = mapped_column(String(64))
    document_path: Mapped[str] = mapped_column(Text)
    envelope_path: Mapped[str] = mapped_column(Text)
    printed_by: Mapped[str] = mapped_column(String(200))
    printed_at: Mapped[datetime]
    reprint_reason: Mapped[str | None] = mapped_column(EncryptedText("issuances.reprint_reason"))

    request: Mapped[Request] = relationship(back_populates="issuances")


class PrintIntent(Base):
    """One printing of a request, written ahead of the paper (the print ledger, see
    :mod:`clerk_desk.ledger`): the numbers it uses, from their allocation to the paper.

    Not tied to the request by a foreign key: a number stays accounted for after the
    request is purged from the desk.
    """

    __tablename__ = "print_ledger"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # print | reprint
    reprint_reason: Mapped[str | None] = mapped_column(EncryptedText("print_ledger.reprint_reason"))
    document_number: Mapped[str] = mapped_column(String(40), unique=True)
    tracking_number: Mapped[str | None] = mapped_column(String(13), unique=True)
    document_sha256: Mapped[str] = mapped_column(String(64))
    envelope_sha256: Mapped[str] = mapped_column(String(64))
    document_path: Mapped[str] = mapped_column(Text)
    envelope_path: Mapped[str] = mapped_column(Text)
    # prepared | sending | sent | printed | spoiled | unsure (clerk_desk.ledger.IntentState)
    state: Mapped[str] = mapped_column(String(10), index=True)
    job_ids: Mapped[str] = mapped_column(Text, default="")  # the print service's, space-separated
    prepared_by: Mapped[str] = mapped_column(String(200))
    prepared_at: Mapped[datetime]
    settled_by: Mapped[str | None] = mapped_column(String(200))
    settled_at: Mapped[datetime | None]
    spoil_reason: Mapped[str | None] = mapped_column(String(40))  # clerk_desk.ledger.SPOIL_REASONS
    # a supervisor who looked into a number the clerk was unsure of
    reviewed_by: Mapped[str | None] = mapped_column(String(200))
    reviewed_at: Mapped[datetime | None]


class OutboxMessage(Base):
    """A change made here that the central server must receive exactly once, in order."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_status_id", "status", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    request_id: Mapped[str] = mapped_column(String(40), index=True)  # a "dispatch": batch id
    # Who did it: the message goes with their log-in (None: queued before authors were
    # kept, sent with whoever is logged in, as then).
    author: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # decision|issuance|review|seal|pickup|dispatch
    # a decision carries the registry record and the evidence: encrypted like them
    payload: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON("outbox.payload"))
    status: Mapped[str] = mapped_column(String(10), default="queued")
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    # The HTTP status of the last failed attempt (None: no answer at all, or never tried).
    last_status: Mapped[int | None]
    # Not sent before this time (backoff, or the server's Retry-After); None: due now.
    next_attempt_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


class DispatchBatch(Base):
    """Sealed envelopes scanned together for the Syrian Post: one dispatch manifest.

    Scanned (``handed_over_at`` empty) until the clerk hands it to the courier; then every
    envelope in it is dispatched and the batch is sent to the server as one message.
    """

    __tablename__ = "dispatch_batches"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)  # DAM-2026-W1-D0001
    center_code: Mapped[str] = mapped_column(String(3))
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    courier_name: Mapped[str | None] = mapped_column(EncryptedText("dispatch_batches.courier_name"))
    handed_over_by: Mapped[str | None] = mapped_column(String(200))
    handed_over_at: Mapped[datetime | None]
    # The outbox message's key once handed over (the server's idempotency key).
    idempotency_key: Mapped[str | None] = mapped_column(String(64), unique=True)

    items: Mapped[list[DispatchItem]] = relationship(
        back_populates="batch", order_by="DispatchItem.position", cascade="all, delete-orphan"
    )


class DispatchItem(Base):
    """One envelope of a dispatch batch, in the order it was scanned."""

    __tablename__ = "dispatch_items"

    batch_id: Mapped[str] = mapped_column(
        ForeignKey("dispatch_batches.id", ondelete="CASCADE"), primary_key=True
    )
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), primary_key=True, index=True)
    position: Mapped[int]
    tracking_number: Mapped[str | None] = mapped_column(String(13))
    recipient_city: Mapped[str] = mapped_column(String(200), default="")

    batch: Mapped[DispatchBatch] = relationship(back_populates="items")


class AuditEntry(Base):
    """An append-only, hash-chained record of what was done on this workstation."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    workstation: Mapped[str] = mapped_column(String(200))
    request_id: Mapped[str | None] = mapped_column(String(40), index=True)
    action: Mapped[str] = mapped_column(String(40))
    # free text (a reprint's reason, a second look's note) may name someone: encrypted; the
    # chain's hashes are of the clear values, so verifying needs the key
    detail: Mapped[dict[str, Any]] = mapped_column(
        EncryptedJSON("audit_log.detail", tamper_evident=True)
    )
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class NumberBlock(Base):
    """A block of numbers the central server reserved for this workstation
    (:mod:`clerk_desk.number_blocks`): ``first..last`` of a kind and series, the next one
    to allocate, and, once the server closed it, when. ``id`` is the server's."""

    __tablename__ = "number_blocks"
    __table_args__ = (Index("ix_number_blocks_kind_series", "kind", "series"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(10))  # document | tracking
    series: Mapped[str] = mapped_column(String(60))  # DAM-2026-W1 | RR
    first: Mapped[int]
    last: Mapped[int]
    next: Mapped[int]  # last + 1 once every number of it is allocated
    received_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]


class Counter(Base):
    """Named monotonically increasing numbers (document numbers, tracking serials)."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(default=0)


class SyncState(Base):
    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
