"""Numbers are the server's: blocks of document numbers and S10 serials reserved for each
workstation, the check of every issuance against them, and the recovery of a workstation
whose store was lost or replaced.

A workstation holds, of each kind, enough numbers to print ``BlockPolicy.size`` requests
offline; it asks (``POST /workstations/blocks``) after log-in and after each print, saying
how far each block it holds is used, and is given a new block of a kind when fewer than
half a block remain. A document block is a range of sequence numbers of the series
``<center>-<year>-<workstation>`` (printed ``DAM-2026-W1-000001``, unique across
workstations by its series); an S10 block is a range of serials of one service indicator,
shared by every center (``RR100000003SY``). Ranges never overlap and never go back.

An issuance is refused (``check_issuance``) when its document or tracking number was
already issued, by any request, or is outside the blocks of the caller's workstation, or
in a block closed because its store was lost.

A workstation that no longer reports a block it reported holding before lost its store
(``workstation_store_mismatch``; a block it never acknowledged is sent again, its answer
may have been lost); a supervisor recovers it
(``POST /workstations/recovery``): its open blocks are closed (their unused numbers will
never be issued), its keys revoked (it enrolls a new one), and it continues the audit
chain the server holds (``GET /audit/entries``) and fetches its issuances
(``GET /workstations/{name}/issuances``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from fastapi.security import HTTPAuthorizationCredentials
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central.audit_chain import _caller, _head, _head_out
from central.db import (
    AuditEntryRow,
    IssuanceRow,
    NumberBlockRow,
    RequestRow,
    UserRow,
    WorkstationKeyRow,
    lock_keys,
)
from central.refusals import refuse
from central.registry_access import RowWorkstation
from central.routing import (
    _ERRORS,
    BlockPolicy,
    ReadDb,
    RowDb,
    RowUser,
    SettingsDep,
    WriteDb,
    WriteUser,
    _bearer,
    _current_user,
    _require_role,
    caller_token,
    log,
)
from clerk_desk.api import EnrollmentStatus, Role
from clerk_desk.number_blocks_api import (
    AuditEntriesOut,
    AuditEntryOut,
    BlockKind,
    BlockList,
    BlocksIn,
    BlocksOut,
    CloseReason,
    IssuedList,
    IssuedNumber,
    NumberBlock,
    RecoveryIn,
    RecoveryOut,
)
from clerk_desk.tracking import InvalidTrackingNumber, parse_tracking_number

router = APIRouter(responses=_ERRORS)

WorkstationPath = Annotated[
    str, Path(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9._-]+$", description="e.g. W1")
]
MAX_ENTRIES = 1000


def document_series(center_code: str, year: int, workstation: str) -> str:
    return f"{center_code}-{year}-{workstation}"


def block_out(row: NumberBlockRow) -> NumberBlock:
    return NumberBlock(
        block_id=row.id,
        kind=BlockKind(row.kind),
        series=row.series,
        workstation=row.workstation,
        first=row.first,
        last=row.last,
        used_through=row.used_through,
        reserved_at=row.reserved_at,
        reserved_by=row.reserved_by,
        closed_at=row.closed_at,
        closed_by=row.closed_by,
        close_reason=CloseReason(row.close_reason) if row.close_reason else None,
    )


def _blocks(
    session: Session, center: str, workstation: str, *, open_only: bool
) -> list[NumberBlockRow]:
    query = select(NumberBlockRow).where(
        NumberBlockRow.center_code == center, NumberBlockRow.workstation == workstation
    )
    if open_only:
        query = query.where(NumberBlockRow.closed_at.is_(None))
    return list(session.scalars(query.order_by(NumberBlockRow.id)))


def _close(row: NumberBlockRow, by: str, now: datetime, reason: CloseReason) -> None:
    row.closed_by = by
    row.closed_at = now
    row.close_reason = reason.value


def _issued_max(session: Session, kind: BlockKind, series: str) -> int:
    """The highest number of a series issued before any block of it (numbers the
    workstations allocated themselves before the server reserved them)."""
    highest = 0
    if kind is BlockKind.DOCUMENT:
        numbers = session.scalars(
            select(IssuanceRow.document_number).where(
                IssuanceRow.document_number.like(f"{series}-%")
            )
        )
        for number in numbers:
            tail = number.rpartition("-")[2]
            if tail.isdigit():
                highest = max(highest, int(tail))
    else:
        numbers = session.scalars(
            select(IssuanceRow.tracking_number).where(
                IssuanceRow.tracking_number.like(f"{series}%")
            )
        )
        for number in numbers:
            if number is not None and number[2:10].isdigit():
                highest = max(highest, int(number[2:10]))
    return highest


def _reserve(
    session: Session,
    user: UserRow,
    workstation: str,
    kind: BlockKind,
    series: str,
    policy: BlockPolicy,
    now: datetime,
) -> NumberBlockRow:
    """A new block after every number of the series reserved or issued so far (writers
    are serialized, ``central.db.write_session``, so two reservations never overlap)."""
    last = session.scalar(
        select(func.max(NumberBlockRow.last)).where(
            NumberBlockRow.kind == kind.value, NumberBlockRow.series == series
        )
    )
    if last is None:
        floor = policy.s10_first - 1 if kind is BlockKind.TRACKING else 0
        last = max(floor, _issued_max(session, kind, series))
    first = last + 1
    ceiling = 99_999_999 if kind is BlockKind.TRACKING else 999_999
    if first + policy.size - 1 > ceiling:
        raise refuse("numbers_exhausted", series=series)
    row = NumberBlockRow(
        center_code=user.center_code,
        workstation=workstation,
        kind=kind.value,
        series=series,
        first=first,
        last=first + policy.size - 1,
        used_through=first - 1,
        reserved_by=user.username,
        reserved_at=now,
    )
    session.add(row)
    session.flush()
    log.info(
        "number block %d (%s %s..%s) reserved for %s", row.id, series, first, row.last, workstation
    )
    return row


def _named(workstation: str) -> str:
    if not workstation:
        raise refuse("no_workstation_named")
    return workstation


@router.post("/workstations/blocks", response_model=BlocksOut, tags=["numbers"])
def reserve_blocks(
    body: BlocksIn,
    user: RowUser,
    workstation: RowWorkstation,
    session: RowDb,
    settings: SettingsDep,
) -> BlocksOut:
    """The caller's workstation's open blocks, after recording how far it has used those
    it holds, with a new block of each kind of which fewer than half a block remain.

    Refused (409 ``workstation_store_mismatch``) when the workstation no longer holds an
    open block it said it held before: its store was lost or replaced, and a supervisor
    recovers it first. A block it never acknowledged is answered again.
    """
    name = _named(workstation)
    now = settings.clock()
    policy = settings.blocks
    # A row writer (central.engine): reservations of this workstation take turns, and so do
    # reservations from one shared series (the tracking numbers'), where a new block starts
    # after the highest; the workstation's open blocks are locked against its issuances.
    lock_keys(
        session,
        f"blocks:{user.center_code}:{name}",
        f"series:{BlockKind.TRACKING.value}:{body.service_indicator}",
    )
    session.execute(
        select(NumberBlockRow.id)
        .where(
            NumberBlockRow.center_code == user.center_code,
            NumberBlockRow.workstation == name,
            NumberBlockRow.closed_at.is_(None),
        )
        .with_for_update()
    )
    open_rows = {row.id: row for row in _blocks(session, user.center_code, name, open_only=True)}
    for held in body.held:
        row = session.get(NumberBlockRow, held.block_id)
        if row is None or row.center_code != user.center_code or row.workstation != name:
            raise refuse("block_not_yours", block_id=held.block_id, workstation=name)
        if row.close_reason == CloseReason.STORE_LOST:
            raise refuse("workstation_store_mismatch", workstation=name)
        row.used_through = max(row.used_through, min(held.used_through, row.last))
        row.acknowledged_at = row.acknowledged_at or now
    missing = [open_rows[i] for i in open_rows.keys() - {held.block_id for held in body.held}]
    # A block never acknowledged is sent again (its answer may have been lost); one the
    # workstation held before and holds no more means its store was lost or replaced.
    if any(row.acknowledged_at is not None for row in missing):
        log.warning("workstation %s does not hold its number blocks: store lost?", name)
        raise refuse("workstation_store_mismatch", workstation=name)
    for row in open_rows.values():
        if row.used_through >= row.last:
            _close(row, user.username, now, CloseReason.USED_UP)
    wanted = (
        (BlockKind.DOCUMENT, document_series(user.center_code, now.year, name)),
        (BlockKind.TRACKING, body.service_indicator),
    )
    for kind, series in wanted:
        unused = sum(
            row.last - row.used_through
            for row in open_rows.values()
            if row.kind == kind and row.series == series and row.closed_at is None
        )
        if unused < policy.refill_below:
            new = _reserve(session, user, name, kind, series, policy, now)
            open_rows[new.id] = new
    session.commit()
    return BlocksOut(
        workstation=name,
        blocks=[block_out(row) for row in open_rows.values() if row.closed_at is None],
        block_size=policy.size,
        refill_below=policy.refill_below,
    )


def _reader(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    session: ReadDb,
    settings: SettingsDep,
) -> tuple[UserRow, str]:
    """The caller and the workstation its token names ("" if none)."""
    user = _current_user(credentials, session, settings)
    token = caller_token(session, credentials)
    return user, token.workstation.strip() if token is not None else ""


Reader = Annotated[tuple[UserRow, str], Depends(_reader)]


def _may_see(user: UserRow, caller_workstation: str, workstation: str) -> None:
    """A supervisor sees any workstation of the center; anyone else only their own."""
    if user.role != Role.SUPERVISOR.value and caller_workstation != workstation:
        _require_role(user, Role.SUPERVISOR, "list_workstations")


@router.get("/workstations/{workstation}/blocks", response_model=BlockList, tags=["numbers"])
def list_blocks(
    workstation: WorkstationPath,
    caller: Reader,
    session: ReadDb,
) -> BlockList:
    """Every block of one workstation of the caller's center, open and closed, with how far
    each is known to be used (the reconciliation's numbers)."""
    user, own = caller
    _may_see(user, own, workstation)
    rows = _blocks(session, user.center_code, workstation, open_only=False)
    return BlockList(workstation=workstation, items=[block_out(row) for row in rows])


@router.get("/workstations/{workstation}/issuances", response_model=IssuedList, tags=["numbers"])
def list_issuances(
    workstation: WorkstationPath,
    caller: Reader,
    session: ReadDb,
) -> IssuedList:
    """The issuances the server holds from one workstation of the caller's center, oldest
    first: the last known ledger of a workstation whose store was lost."""
    user, own = caller
    _may_see(user, own, workstation)
    rows = session.scalars(
        select(IssuanceRow)
        .join(RequestRow, RequestRow.id == IssuanceRow.request_id)
        .where(RequestRow.center_code == user.center_code, IssuanceRow.workstation == workstation)
        .order_by(IssuanceRow.id)
    )
    return IssuedList(
        workstation=workstation,
        items=[
            IssuedNumber(
                request_id=r.request_id,
                document_number=r.document_number,
                tracking_number=r.tracking_number,
                document_sha256=r.document_sha256,
                envelope_sha256=r.envelope_sha256,
                issued_by=r.issued_by,
                issued_at=r.issued_at,
            )
            for r in rows
        ],
    )


@router.get("/audit/entries", response_model=AuditEntriesOut, tags=["audit"])
def audit_entries(
    caller: Annotated[tuple[UserRow, str], Depends(_caller)],
    session: ReadDb,
    after: Annotated[int, Query(ge=0, le=2**31)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_ENTRIES)] = MAX_ENTRIES,
) -> AuditEntriesOut:
    """The entries of the caller's workstation's audit chain the server holds, after entry
    ``after``: what a recovered store continues from."""
    user, workstation = caller
    rows = list(
        session.scalars(
            select(AuditEntryRow)
            .where(
                AuditEntryRow.center_code == user.center_code,
                AuditEntryRow.workstation == workstation,
                AuditEntryRow.id > after,
            )
            .order_by(AuditEntryRow.id)
            .limit(limit + 1)
        )
    )
    return AuditEntriesOut(
        items=[
            AuditEntryOut(
                id=e.id,
                at=e.at,
                actor=e.actor,
                workstation=e.recorded_workstation,
                request_id=e.request_id,
                action=e.action,
                detail=e.detail,
                prev_hash=e.prev_hash,
                hash=e.hash,
            )
            for e in rows[:limit]
        ],
        more=len(rows) > limit,
    )


@router.post("/workstations/recovery", response_model=RecoveryOut, tags=["numbers"])
def recover(
    body: RecoveryIn, user: WriteUser, session: WriteDb, settings: SettingsDep
) -> RecoveryOut:
    """A shift supervisor recovers a workstation of the center whose store was lost or
    replaced: its open blocks are closed (their unused numbers recorded as never to be
    issued), its keys revoked (the workstation enrolls a new one, for approval); the
    answer says what the server still holds of it (audit chain head, issuances).

    Recovering a workstation with nothing open closes nothing and revokes nothing new.
    """
    _require_role(user, Role.SUPERVISOR, "recover_workstation")
    now = settings.clock()
    name = body.workstation
    closed = _blocks(session, user.center_code, name, open_only=True)
    for row in closed:
        _close(row, user.username, now, CloseReason.STORE_LOST)
    revoked = list(
        session.scalars(
            select(WorkstationKeyRow).where(
                WorkstationKeyRow.center_code == user.center_code,
                WorkstationKeyRow.workstation == name,
                WorkstationKeyRow.status != EnrollmentStatus.REVOKED.value,
            )
        )
    )
    for key in revoked:
        key.status = EnrollmentStatus.REVOKED.value
        key.revoked_by = user.username
        key.revoked_at = now
    issued = session.scalar(
        select(func.count())
        .select_from(IssuanceRow)
        .join(RequestRow, RequestRow.id == IssuanceRow.request_id)
        .where(RequestRow.center_code == user.center_code, IssuanceRow.workstation == name)
    )
    head = _head(session, user.center_code, name)
    session.commit()
    log.warning(
        "workstation %s recovered by %s: %d blocks closed, %d keys revoked",
        name,
        user.username,
        len(closed),
        len(revoked),
    )
    return RecoveryOut(
        workstation=name,
        recovered_by=user.username,
        recovered_at=now,
        closed=[block_out(row) for row in closed],
        revoked_keys=[key.key_id for key in revoked],
        audit_head=_head_out(name, head),
        issued=issued or 0,
    )


# --- the check of an issuance ----------------------------------------------------------


def _in_block(
    session: Session, center: str, workstation: str, kind: BlockKind, series: str, number: int
) -> NumberBlockRow | None:
    return session.scalar(
        select(NumberBlockRow)
        .where(
            NumberBlockRow.center_code == center,
            NumberBlockRow.workstation == workstation,
            NumberBlockRow.kind == kind.value,
            NumberBlockRow.series == series,
            NumberBlockRow.first <= number,
            NumberBlockRow.last >= number,
        )
        # Locked: issuances from one block (one workstation's) take turns, so its
        # used_through and the duplicate check below hold with row writers at once.
        .with_for_update()
        .execution_options(populate_existing=True)
    )


def _usable(
    session: Session,
    center: str,
    workstation: str,
    kind: BlockKind,
    series: str,
    sequence: int | None,
    printed: str,
) -> NumberBlockRow:
    block = (
        _in_block(session, center, workstation, kind, series, sequence)
        if sequence is not None
        else None
    )
    if block is None:
        raise refuse("number_outside_blocks", number=printed, workstation=workstation or "-")
    if (
        block.close_reason == CloseReason.STORE_LOST
        and sequence is not None
        and (sequence > block.used_through)
    ):
        raise refuse("number_block_closed", number=printed, workstation=workstation)
    return block


def _refuse_used(session: Session, document_number: str, tracking_number: str | None) -> None:
    used = session.scalar(
        select(IssuanceRow.request_id).where(IssuanceRow.document_number == document_number)
    )
    if used is not None:
        raise refuse("document_number_used", number=document_number, request_id=used)
    if tracking_number is None:
        return
    used = session.scalar(
        select(IssuanceRow.request_id).where(IssuanceRow.tracking_number == tracking_number)
    )
    if used is not None:
        raise refuse("tracking_number_used", number=tracking_number, request_id=used)


def check_issuance(
    session: Session,
    center: str,
    workstation: str,
    document_number: str,
    tracking_number: str | None,
) -> None:
    """Refuse an issuance whose numbers were issued before (by any request) or are not in
    the blocks of ``workstation``; record them as used in their blocks otherwise."""
    used = session.scalar(
        select(IssuanceRow.request_id).where(IssuanceRow.document_number == document_number)
    )
    if used is not None:
        raise refuse("document_number_used", number=document_number, request_id=used)
    series, _, tail = document_number.rpartition("-")
    # Only the printed form (six digits) is in a block: "…-0000001" would dodge the
    # duplicate check above with the number of "…-000001".
    if not (tail.isdigit() and f"{series}-{int(tail):06d}" == document_number):
        tail = ""
    blocks = [
        (
            _usable(
                session,
                center,
                workstation,
                BlockKind.DOCUMENT,
                series,
                int(tail) if tail.isdigit() else None,
                document_number,
            ),
            int(tail),
        )
    ]
    if tracking_number is not None:
        used = session.scalar(
            select(IssuanceRow.request_id).where(IssuanceRow.tracking_number == tracking_number)
        )
        if used is not None:
            raise refuse("tracking_number_used", number=tracking_number, request_id=used)
        try:
            canonical = parse_tracking_number(tracking_number)
        except InvalidTrackingNumber:
            raise refuse(
                "number_outside_blocks", number=tracking_number, workstation=workstation or "-"
            ) from None
        if canonical != tracking_number:  # only the canonical form is checked for duplicates
            raise refuse("number_outside_blocks", number=tracking_number, workstation=workstation)
        serial = int(canonical[2:10])
        block = _usable(
            session, center, workstation, BlockKind.TRACKING, canonical[:2], serial, tracking_number
        )
        blocks.append((block, serial))
    # Checked again now that the blocks are locked: an issuance of the same number that
    # committed while this one waited for the lock is seen by this statement.
    _refuse_used(session, document_number, tracking_number)
    for block, number in blocks:
        block.used_through = max(block.used_through, number)
