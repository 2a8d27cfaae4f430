"""End-of-shift reconciliation: every number used, what was printed, sealed, handed to the
post or shelved, and where the workstation's ledger and the server disagree.

The clerk's (:func:`reconcile`) is read from this workstation's print ledger, issuances,
audit log and requests for a shift window [since, until), and compared with what the
server holds of it (``GET /ledger``, when it can be reached). The supervisor's
(:func:`from_server`), for any counter of the center, is read from the server's copy: the
workstation's audit chain as uploaded, compared with the issuances the server recorded.
What is still outstanding (printed but not sealed, sealed but neither dispatched nor
shelved) is listed by request, so the clerk can find the envelope before leaving.

Number blocks: the server reserves blocks of numbers for each workstation; ``blocks``
carries each block held here with its used count and the run of numbers never used
(:class:`BlockUsage`). A closed block's unused numbers are never issued.
"""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_desk import number_blocks
from clerk_desk.api_ledger import WorkstationLedger
from clerk_desk.ledger import ledger_between
from clerk_desk.ledger_compare import (
    Difference,
    NumberLine,
    compare,
    lines_from_ledger,
    lines_from_server,
)
from clerk_desk.number_blocks_api import BlockKind
from clerk_desk.number_blocks_api import NumberBlock as ServerBlock
from clerk_desk.states import RequestState
from clerk_desk.store.models import AuditEntry, DispatchBatch, Issuance, Request


@dataclass(frozen=True, slots=True)
class OutstandingEnvelope:
    """An envelope the shift touched that has not reached its end state."""

    request_id: str
    status: str  # printed | sealed
    delivery_method: str  # post | pickup
    document_number: str
    tracking_number: str | None
    printed_by: str
    printed_at: datetime


@dataclass(frozen=True, slots=True)
class Reprint:
    request_id: str
    document_number: str
    reason: str
    printed_by: str
    printed_at: datetime


@dataclass(frozen=True, slots=True)
class HandedOverBatch:
    batch_id: str
    courier_name: str
    handed_over_by: str
    handed_over_at: datetime
    count: int


@dataclass(frozen=True, slots=True)
class BlockUsage:
    """One block of numbers the server reserved for the workstation, and which of its
    numbers no ledger line used: allocation is in order, so they are one run from the
    first unused number to the block's last (or none)."""

    first: str
    last: str
    used: int
    unused: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """The shift's counts and what is left. Counts are of actions in the window (a reprint is
    counted in ``reprinted``, not again in ``printed``).

    ``numbers``: every document number taken in the window, with what became of it.
    ``differences``: between the ledger and the server; ``compared`` is False when the
    server could not be asked (the differences are then unknown, not none).
    ``source``: "workstation" (this desk's own ledger) or "server" (the server's copy).
    """

    since: datetime
    until: datetime
    printed: int
    reprinted: int
    sealed: int
    dispatched: int
    kept_for_pickup: int
    printed_not_sealed: tuple[OutstandingEnvelope, ...]
    sealed_not_handed_over: tuple[OutstandingEnvelope, ...]
    reprints: tuple[Reprint, ...]
    batches: tuple[HandedOverBatch, ...]
    workstation: str = ""
    source: str = "workstation"
    numbers: tuple[NumberLine, ...] = ()
    differences: tuple[Difference, ...] = ()
    compared: bool = False
    server_audit_at: datetime | None = None  # how recent the server's copy of the chain is
    blocks: tuple[BlockUsage, ...] = ()

    @property
    def balanced(self) -> bool:
        """Nothing the shift printed waits to be sealed, dispatched or shelved."""
        return not self.printed_not_sealed and not self.sealed_not_handed_over


def _check_period(since: datetime, until: datetime) -> None:
    if until <= since:
        raise ValueError("the end of the shift must come after its start")


def reconcile(
    session: Session,
    since: datetime,
    until: datetime,
    server: WorkstationLedger | None = None,
    *,
    workstation: str = "",
) -> Reconciliation:
    """The reconciliation of the shift [since, until) on this workstation's store, compared
    with ``server`` (its side of the same workstation and window; None: not reachable)."""
    _check_period(since, until)
    numbers = lines_from_ledger(ledger_between(session, since, until))
    differences: list[Difference] = []
    if server is not None:
        differences = compare(
            numbers, server.issuances, server.unattributed, lines_from_server(server.numbers)
        )
    issuances = list(
        session.scalars(
            select(Issuance)
            .where(Issuance.printed_at >= since, Issuance.printed_at < until)
            .order_by(Issuance.id)
        )
    )
    actions = Tally(
        session.scalars(
            select(AuditEntry.action).where(
                AuditEntry.at >= since,
                AuditEntry.at < until,
                AuditEntry.action.in_(("seal", "dispatch", "keep_for_pickup")),
            )
        )
    )
    sealed_ids = set(
        session.scalars(
            select(AuditEntry.request_id).where(
                AuditEntry.at >= since, AuditEntry.at < until, AuditEntry.action == "seal"
            )
        )
    )
    touched = {i.request_id for i in issuances} | {r for r in sealed_ids if r is not None}
    latest: dict[str, Issuance] = {}
    if touched:
        for row in session.scalars(
            select(Issuance).where(Issuance.request_id.in_(touched)).order_by(Issuance.id)
        ):
            latest[row.request_id] = row
    requests = {r.id: r for r in session.scalars(select(Request).where(Request.id.in_(touched)))}
    outstanding: dict[str, list[OutstandingEnvelope]] = {"printed": [], "sealed": []}
    for request_id in sorted(touched):
        request = requests.get(request_id)
        issuance = latest.get(request_id)
        if request is None or issuance is None or request.status not in outstanding:
            continue
        outstanding[request.status].append(
            OutstandingEnvelope(
                request_id=request_id,
                status=request.status,
                delivery_method=request.delivery_method,
                document_number=issuance.document_number,
                tracking_number=issuance.tracking_number,
                printed_by=issuance.printed_by,
                printed_at=issuance.printed_at,
            )
        )
    batches = tuple(
        HandedOverBatch(
            batch_id=b.id,
            courier_name=b.courier_name or "",
            handed_over_by=b.handed_over_by or "",
            handed_over_at=b.handed_over_at,
            count=len(b.items),
        )
        for b in session.scalars(
            select(DispatchBatch)
            .where(DispatchBatch.handed_over_at >= since, DispatchBatch.handed_over_at < until)
            .order_by(DispatchBatch.handed_over_at, DispatchBatch.id)
        )
        if b.handed_over_at is not None
    )
    reprints = tuple(
        Reprint(i.request_id, i.document_number, i.reprint_reason or "", i.printed_by, i.printed_at)
        for i in issuances
        if i.reprint_reason
    )
    return Reconciliation(
        since=since,
        until=until,
        printed=sum(1 for i in issuances if not i.reprint_reason),
        reprinted=len(reprints),
        sealed=actions["seal"],
        dispatched=actions["dispatch"],
        kept_for_pickup=actions["keep_for_pickup"],
        printed_not_sealed=tuple(outstanding["printed"]),
        sealed_not_handed_over=tuple(outstanding[RequestState.SEALED.value]),
        reprints=reprints,
        batches=batches,
        workstation=workstation,
        numbers=tuple(numbers),
        differences=tuple(differences),
        compared=server is not None,
        server_audit_at=server.audit_received_at if server is not None else None,
        blocks=block_usage(session),
    )


def block_usage(session: Session) -> tuple[BlockUsage, ...]:
    """Every number block this workstation holds or held: how much is used, what is not."""
    return tuple(
        _usage(use.kind, use.series, use.first, use.last, use.first + use.used)
        for use in number_blocks.uses(session)
    )


def _usage(kind: BlockKind, series: str, first: int, last: int, next_unused: int) -> BlockUsage:
    text = partial(number_blocks.number_text, kind, series)
    unused = () if next_unused > last else (f"{text(next_unused)} … {text(last)}",)
    return BlockUsage(text(first), text(last), next_unused - first, unused)


def from_server(server: WorkstationLedger, blocks: Sequence[ServerBlock] = ()) -> Reconciliation:
    """The supervisor's reconciliation of one counter's shift, from the server's copy of its
    audit chain, compared with the issuances the server recorded; with the counter's
    number blocks as the server holds them."""
    _check_period(server.since, server.until)
    numbers = lines_from_server(server.numbers)
    printed = [n for n in numbers if n.state == "printed"]
    outstanding: dict[str, list[OutstandingEnvelope]] = {"printed": [], "sealed": []}
    for envelope in server.envelopes:
        outstanding[envelope.status].append(
            OutstandingEnvelope(
                request_id=envelope.request_id,
                status=envelope.status,
                delivery_method=envelope.delivery_method,
                document_number=envelope.document_number,
                tracking_number=envelope.tracking_number,
                printed_by=envelope.printed_by,
                printed_at=envelope.printed_at,
            )
        )
    reprints = tuple(
        Reprint(n.request_id, n.document_number, n.reason, n.by, n.at)
        for n in printed
        if n.kind == "reprint"
    )
    return Reconciliation(
        since=server.since,
        until=server.until,
        printed=len(printed) - len(reprints),
        reprinted=len(reprints),
        sealed=server.sealed,
        dispatched=server.dispatched,
        kept_for_pickup=server.kept_for_pickup,
        printed_not_sealed=tuple(outstanding["printed"]),
        sealed_not_handed_over=tuple(outstanding["sealed"]),
        reprints=reprints,
        batches=(),
        workstation=server.workstation,
        source="server",
        numbers=tuple(numbers),
        differences=tuple(compare(numbers, server.issuances, server.unattributed)),
        compared=True,
        server_audit_at=server.audit_received_at,
        blocks=tuple(_usage(b.kind, b.series, b.first, b.last, b.used_through + 1) for b in blocks),
    )
