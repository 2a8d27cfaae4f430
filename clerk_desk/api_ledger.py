"""The contract of ``GET /ledger``: what the central server knows of one workstation's print
ledger for a period, for the shift reconciliation (:mod:`clerk_desk.reconciliation`).

Kept beside :mod:`clerk_desk.api` (whose base models it uses) so that module stays a list
of the counter's calls; the server's OpenAPI document is generated from these too.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from clerk_desk.api import AwareMoment, Count, Outgoing, RequestId, ShortText, WorkstationName

DocumentNumber = Annotated[str, Field(min_length=1, max_length=40)]
TrackingNumber = Annotated[str, Field(max_length=13)]

# What the server's copy of a workstation's audit chain says became of a number: the
# print ledger's states (``clerk_desk.ledger.IntentState``), folded from its entries.
NumberState = Literal["prepared", "sending", "sent", "printed", "spoiled", "unsure"]


class LedgerNumber(Outgoing):
    """One document number a workstation's ledger used (as its audit entries say).

    ``reason``: a reprint's stated reason, or the code of why the number was spoiled
    (``clerk_desk.ledger.SPOIL_REASONS``)."""

    document_number: DocumentNumber
    tracking_number: TrackingNumber | None = None
    request_id: RequestId
    kind: Literal["print", "reprint"]
    state: NumberState
    reason: ShortText = ""
    by: ShortText
    at: AwareMoment  # when the number was taken (prepared)


class ServerIssuance(Outgoing):
    """An issuance the server recorded (what the workstation's outbox delivered)."""

    document_number: DocumentNumber
    tracking_number: TrackingNumber | None = None
    request_id: RequestId
    issued_by: ShortText
    issued_at: AwareMoment  # when the server received it
    request_status: ShortText  # the request's state at the server now


class ServerEnvelope(Outgoing):
    """A request the workstation printed in the period whose envelope is not done with
    yet at the server: printed and not sealed, or sealed and neither dispatched nor
    shelved for pickup."""

    request_id: RequestId
    status: Literal["printed", "sealed"]
    delivery_method: ShortText
    document_number: DocumentNumber
    tracking_number: TrackingNumber | None = None
    printed_by: ShortText
    printed_at: AwareMoment


class WorkstationLedger(Outgoing):
    """The server's side of one workstation's shift.

    ``numbers``: from the server's copy of the workstation's audit chain, each number taken
    in [since, until) with what became of it since. ``issuances``: the issuances the server
    holds for those numbers. ``unattributed``: issuances of the center received in the
    period whose number is in no workstation's audit chain the server holds (a workstation
    whose uploads are refused, or not yet made). ``audit_entry_id``/``audit_received_at``:
    how far the server's copy of the chain goes.
    """

    workstation: WorkstationName
    since: AwareMoment
    until: AwareMoment
    numbers: list[LedgerNumber] = Field(default_factory=list, max_length=100_000)
    issuances: list[ServerIssuance] = Field(default_factory=list, max_length=100_000)
    unattributed: list[ServerIssuance] = Field(default_factory=list, max_length=100_000)
    envelopes: list[ServerEnvelope] = Field(default_factory=list, max_length=100_000)
    sealed: Count = 0
    dispatched: Count = 0
    kept_for_pickup: Count = 0
    audit_entry_id: Count = 0
    audit_received_at: AwareMoment | None = None
