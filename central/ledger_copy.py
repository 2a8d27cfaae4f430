"""What the server knows of one workstation's print ledger for a period (``GET /ledger``):
the shift reconciliation's server side.

The numbers come from the server's copy of the workstation's audit chain
(:mod:`central.audit_chain`): the print ledger audits every step with its numbers
(prepared, sent, printed or reprinted with the reason, spoiled with the reason, unsure),
folded by the core's own :func:`clerk_desk.ledger_compare.lines_from_audit`. Beside them,
the issuances the server recorded for those numbers, the center's issuances of the period
that no workstation's chain accounts for, and the envelopes not done with yet.

A supervisor asks for any workstation of the center; a clerk only for the workstation
their log-in names (``other_workstation``). Request ids, user names and numbers only.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.security import HTTPAuthorizationCredentials
from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from central.audit_chain import _head
from central.db import AuditEntryRow, IssuanceRow, RequestRow, UserRow
from central.refusals import refuse
from central.routing import _ERRORS, ReadDb, SettingsDep, _bearer, _current_user, caller_token
from clerk_desk.api import Moment, Role
from clerk_desk.api_ledger import LedgerNumber, ServerEnvelope, ServerIssuance, WorkstationLedger
from clerk_desk.ledger_compare import PRINT_ACTIONS, NumberLine, lines_from_audit
from clerk_desk.states import RequestState

router = APIRouter(responses=_ERRORS)

MAX_PERIOD_DAYS = 31
ENVELOPE_ACTIONS = ("seal", "dispatch", "keep_for_pickup")
OUTSTANDING = (RequestState.PRINTED.value, RequestState.SEALED.value)

WorkstationQuery = Annotated[
    str,
    Query(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9._-]+$", description="e.g. W1"),
]


def _caller(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    session: ReadDb,
    settings: SettingsDep,
) -> tuple[UserRow, str]:
    """The user, and the workstation their token was issued at ("" if none was named)."""
    user = _current_user(credentials, session, settings)
    token = caller_token(session, credentials)
    return user, token.workstation.strip() if token is not None else ""


def _issuance_out(row: IssuanceRow, status: str) -> ServerIssuance:
    return ServerIssuance(
        document_number=row.document_number,
        tracking_number=row.tracking_number,
        request_id=row.request_id,
        issued_by=row.issued_by,
        issued_at=row.issued_at,
        request_status=status,
    )


def _issuances(
    session: Session, center: str, *conditions: ColumnElement[bool]
) -> list[tuple[IssuanceRow, RequestRow]]:
    rows = session.execute(
        select(IssuanceRow, RequestRow)
        .join(RequestRow, RequestRow.id == IssuanceRow.request_id)
        .where(RequestRow.center_code == center, *conditions)
        .order_by(IssuanceRow.id)
    )
    return [(issuance, request) for issuance, request in rows]


def _unattributed(
    session: Session, center: str, since: datetime, until: datetime
) -> list[ServerIssuance]:
    """The center's issuances received in the period whose number no workstation's audit
    chain (as the server holds it) mentions for that request."""
    received = _issuances(
        session, center, IssuanceRow.issued_at >= since, IssuanceRow.issued_at < until
    )
    request_ids = {issuance.request_id for issuance, _ in received}
    audited: set[tuple[str, str]] = set()
    if request_ids:
        for request_id, detail in session.execute(
            select(AuditEntryRow.request_id, AuditEntryRow.detail).where(
                AuditEntryRow.center_code == center,
                AuditEntryRow.request_id.in_(request_ids),
                AuditEntryRow.action.in_(PRINT_ACTIONS),
            )
        ):
            number = detail.get("document_number") if isinstance(detail, dict) else None
            if isinstance(number, str) and request_id is not None:
                audited.add((request_id, number))
    return [
        _issuance_out(issuance, request.status)
        for issuance, request in received
        if (issuance.request_id, issuance.document_number) not in audited
    ]


def _envelopes(lines: list[NumberLine], requests: dict[str, RequestRow]) -> list[ServerEnvelope]:
    """The requests printed in the period (their latest printing) whose envelope the
    server still sees as printed or sealed."""
    latest = {line.request_id: line for line in lines if line.state == "printed"}
    out = []
    for request_id in sorted(latest):
        line, request = latest[request_id], requests.get(request_id)
        if request is None or request.status not in OUTSTANDING:
            continue
        out.append(
            ServerEnvelope(
                request_id=request_id,
                status=request.status,
                delivery_method=request.delivery_method,
                document_number=line.document_number,
                tracking_number=line.tracking_number,
                printed_by=line.by,
                printed_at=line.at,
            )
        )
    return out


@router.get("/ledger", response_model=WorkstationLedger, tags=["reviews"])
def workstation_ledger(
    workstation: WorkstationQuery,
    caller: Annotated[tuple[UserRow, str], Depends(_caller)],
    session: ReadDb,
    settings: SettingsDep,
    since: Annotated[Moment, Query(description="start of the shift (ISO 8601)")],
    until: Annotated[Moment | None, Query(description="end (ISO 8601); default now")] = None,
) -> WorkstationLedger:
    """Every number ``workstation`` took in [since, until) as its audit chain tells the
    server, the issuances the server holds of them, and the center's issuances of the
    period in no workstation's chain: the shift reconciliation's server side."""
    user, own_workstation = caller
    if user.role != Role.SUPERVISOR.value and workstation != own_workstation:
        raise refuse("other_workstation", workstation=workstation)
    until = until or settings.clock()
    if since.tzinfo is None or until.tzinfo is None:
        raise refuse("time_without_zone")
    if since >= until or until - since > timedelta(days=MAX_PERIOD_DAYS):
        raise refuse("bad_period", days=MAX_PERIOD_DAYS)
    center = user.center_code
    of_workstation = (
        AuditEntryRow.center_code == center,
        AuditEntryRow.workstation == workstation,
    )
    entries = session.scalars(
        select(AuditEntryRow)
        .where(*of_workstation, AuditEntryRow.action.in_(PRINT_ACTIONS), AuditEntryRow.at >= since)
        .order_by(AuditEntryRow.id)
    )
    lines = lines_from_audit(entries, since, until)
    numbers = {line.document_number for line in lines}
    held = _issuances(session, center, IssuanceRow.document_number.in_(numbers)) if numbers else []
    requests_printed = {line.request_id for line in lines}
    requests = {
        row.id: row
        for row in session.scalars(
            select(RequestRow).where(
                RequestRow.center_code == center, RequestRow.id.in_(requests_printed)
            )
        )
    }
    done = Counter(
        session.scalars(
            select(AuditEntryRow.action).where(
                *of_workstation,
                AuditEntryRow.action.in_(ENVELOPE_ACTIONS),
                AuditEntryRow.at >= since,
                AuditEntryRow.at < until,
            )
        )
    )
    head = _head(session, center, workstation)
    return WorkstationLedger(
        workstation=workstation,
        since=since,
        until=until,
        numbers=[
            LedgerNumber(
                document_number=line.document_number,
                tracking_number=line.tracking_number,
                request_id=line.request_id,
                kind=line.kind,
                state=line.state,
                reason=line.reason,
                by=line.by,
                at=line.at,
            )
            for line in lines
        ],
        issuances=[_issuance_out(issuance, request.status) for issuance, request in held],
        unattributed=_unattributed(session, center, since, until),
        envelopes=_envelopes(lines, requests),
        sealed=done["seal"],
        dispatched=done["dispatch"],
        kept_for_pickup=done["keep_for_pickup"],
        audit_entry_id=head.entry_id if head is not None else 0,
        audit_received_at=head.received_at if head is not None else None,
    )
