"""The contract of the server's number blocks: what a workstation asks for, what it holds,
and what a supervisor's recovery of a lost store answers (see ``central.number_blocks``).

Apart from :mod:`clerk_desk.api` only because that module is already long; the same
rules hold (``Incoming`` refuses unknown keys, ``Outgoing`` ignores new ones).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import AwareDatetime, Field

from clerk_desk.api import (
    AuditHeadOut,
    Count,
    Incoming,
    Outgoing,
    RowId,
    ShortText,
    WorkstationName,
)

# The most blocks a workstation reports holding in one call (it holds two or three).
MAX_HELD = 100
Serial = Annotated[int, Field(ge=0, le=99_999_999)]
ServiceIndicator = Annotated[str, Field(pattern=r"^[A-Z]{2}$")]


class BlockKind(StrEnum):
    DOCUMENT = "document"  # sequence numbers of a series "DAM-2026-W1": DAM-2026-W1-000001
    TRACKING = "tracking"  # S10 serials of a service indicator "RR": RR100000003SY


class CloseReason(StrEnum):
    USED_UP = "used_up"  # every number of it was used
    STORE_LOST = "store_lost"  # the workstation's store was lost: the rest will never be used


class HeldBlock(Incoming):
    """A block as the workstation holds it: every number up to ``used_through`` is used
    (printed or spoiled); ``first - 1`` when none is."""

    block_id: RowId
    used_through: Serial


class BlocksIn(Incoming):
    """``POST /workstations/blocks``: the blocks this workstation holds; the server answers
    them, and new ones when fewer than half a block's numbers remain of a kind."""

    service_indicator: ServiceIndicator = "RR"
    held: list[HeldBlock] = Field(default_factory=list, max_length=MAX_HELD)


class NumberBlock(Outgoing):
    """A range ``first..last`` of one kind of number reserved for one workstation."""

    block_id: int
    kind: BlockKind
    series: str  # "DAM-2026-W1" for documents, the service indicator "RR" for S10 serials
    workstation: str
    first: int
    last: int
    used_through: int  # the highest number the server knows to be used; first - 1: none
    reserved_at: AwareDatetime
    reserved_by: str
    closed_at: AwareDatetime | None = None
    closed_by: str | None = None
    close_reason: CloseReason | None = None

    @property
    def unused(self) -> int:
        """Numbers of the block not known to be used (closed or not)."""
        return self.last - self.used_through


class BlocksOut(Outgoing):
    """The caller's workstation's open blocks (all kinds), after any refill."""

    workstation: str
    blocks: list[NumberBlock]
    block_size: int
    refill_below: int  # a kind with fewer unused numbers than this is refilled


class BlockList(Outgoing):
    """Every block of one workstation, open and closed (for a supervisor's reconciliation)."""

    workstation: str
    items: list[NumberBlock]


class RecoveryIn(Incoming):
    """``POST /workstations/recovery``: a supervisor recovers a workstation whose store was
    lost or replaced."""

    workstation: Annotated[WorkstationName, Field(min_length=1)]
    note: Annotated[ShortText, Field(max_length=500)] = ""


class RecoveryOut(Outgoing):
    """What the recovery did: the blocks it closed (their unused numbers will never be
    used), the workstation keys it revoked (the workstation enrolls a new one) and the head
    of the audit chain the server holds, which the recovered store continues."""

    workstation: str
    recovered_by: str
    recovered_at: AwareDatetime
    closed: list[NumberBlock]
    revoked_keys: list[str]
    audit_head: AuditHeadOut
    issued: Count = 0  # issuances the server holds from this workstation


class IssuedNumber(Outgoing):
    """One issuance the server holds from a workstation: its last known ledger."""

    request_id: str
    document_number: str
    tracking_number: str | None = None
    document_sha256: str
    envelope_sha256: str
    issued_by: str
    issued_at: AwareDatetime


class IssuedList(Outgoing):
    workstation: str
    items: list[IssuedNumber]


class AuditEntryOut(Outgoing):
    """One entry of a workstation's audit chain as the server holds it (hash and all)."""

    id: int
    at: AwareDatetime
    actor: str
    workstation: str
    request_id: str | None = None
    action: str
    detail: dict[str, Any] = Field(default_factory=dict)
    prev_hash: str
    hash: str


class AuditEntriesOut(Outgoing):
    """``GET /audit/entries``: the caller's workstation's chain on the server, a page."""

    items: list[AuditEntryOut]
    more: bool
