"""What a counter's workstation calls: log in, the center's requests and their leases
(with the subject's civil-registry record, see :mod:`central.registry_access`), decisions
(checked again, see :mod:`central.decision_check`) and issuances.

Roles and centers are enforced here, never trusted from the workstation.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import (
    CenterRow,
    DecisionRow,
    IssuanceRow,
    RequestRow,
    TokenRow,
    UserRow,
)
from central.decision_check import Evidence, acceptance_evidence, rejection_evidence
from central.login_guard import admit, client_address, failed, passed, token_expiry
from central.number_blocks import check_issuance
from central.refusals import RefusedCall, refuse, unauthorized
from central.refused_decisions import record_refused_decision
from central.registry_access import RowWorkstation, look_up_subject
from central.routing import (
    _ERRORS,
    ReadDb,
    ReadUser,
    RequestIdPath,
    RowDb,
    RowUser,
    SettingsDep,
    _commit_action,
    _full_name,
    _lease_holder,
    _leased_by,
    _load_request,
    _refuse_if_worked_by_another,
    _require_role,
    _start_action,
    _touch,
    _transition,
    log,
    request_out,
)
from central.security import new_token, token_digest, verify_password
from clerk_desk.api import (
    ActionOut,
    Center,
    ClaimOut,
    DecisionIn,
    ErrorOut,
    IssuanceIn,
    LoginIn,
    LoginOut,
    RequestOut,
    Role,
    User,
)
from clerk_desk.reasons import REASONS
from clerk_desk.states import WORKABLE, RequestState

router = APIRouter(responses=_ERRORS)


@router.post(
    "/login",
    response_model=LoginOut,
    tags=["session"],
    responses={code: {"model": ErrorOut} for code in (423, 429)},
)
def login(body: LoginIn, request: Request, session: RowDb, settings: SettingsDep) -> LoginOut:
    """A token for the shift. Failed attempts are counted per account name and per source
    address: after a few, each attempt waits longer (429 with ``Retry-After``); after
    more, the account locks (423) until a supervisor of its center unlocks it."""
    name = body.username.strip()
    address = client_address(request)
    now = settings.clock()
    admit(session, name, address, now, settings.logins)
    user = session.scalar(select(UserRow).where(UserRow.username == name))
    stored = user.password_hash if user is not None else None
    session.commit()  # the attempt is counted; the slow hash runs without the write lock
    right = verify_password(stored, body.password, dummy=settings.dummy_password_hash or None)
    if not right or user is None:
        failed(session, name, user, now, settings.logins)
        session.commit()
        log.info("log-in refused: wrong user name or password")
        raise unauthorized("wrong_password")
    passed(session, name, address)
    if not user.active:
        session.commit()
        raise unauthorized("account_disabled")
    center = session.get(CenterRow, user.center_code)
    if center is None:  # the foreign key makes this impossible
        raise refuse("center_missing")
    token = new_token()
    expires_at = token_expiry(now, settings.token_lifetime, settings.logins)
    session.add(
        TokenRow(
            token_sha256=token_digest(token),
            user_id=user.id,
            workstation=body.workstation,
            issued_at=now,
            expires_at=expires_at,
            last_used_at=now,
        )
    )
    session.commit()
    log.info("log-in %s", user.username)
    return LoginOut(
        token=token,
        expires_at=expires_at,
        user=User(
            username=user.username,
            full_name=user.full_name,
            role=Role(user.role),
            center=Center(
                code=center.code,
                name_ar=center.name_ar,
                name_en=center.name_en,
                address_ar=center.address_ar,
                city_ar=center.city_ar,
            ),
        ),
    )


@router.get("/requests/{request_id}", response_model=RequestOut, tags=["requests"])
def get_request(request_id: RequestIdPath, user: ReadUser, session: ReadDb) -> RequestOut:
    return request_out(_load_request(session, request_id, user))


@router.post("/requests/{request_id}/claim", response_model=ClaimOut, tags=["requests"])
def claim(
    request_id: RequestIdPath,
    user: RowUser,
    session: RowDb,
    settings: SettingsDep,
    workstation: RowWorkstation,
    with_registry: Annotated[
        bool, Query(description="also answer the subject's civil-registry record (recorded)")
    ] = False,
) -> ClaimOut:
    """Take (or renew) the lease on a request, so no other clerk works it meanwhile; with
    ``with_registry``, the subject's registry record comes in the same round trip."""
    _require_role(user, Role.CLERK, "claim")
    row = _load_request(session, request_id, user, lock=True)
    now = settings.clock()
    holder = _lease_holder(row, now)
    if holder is not None and holder != user.username:
        raise refuse(
            "leased_until",
            request_id=row.id,
            holder=holder,
            holder_name=_full_name(session, holder),
            until=f"{row.lease_expires_at:%H:%M}",
        )
    if RequestState(row.status) not in WORKABLE:
        raise refuse("not_claimable", request_id=row.id, status=row.status)
    if row.claimed_by != user.username:
        row.lease_number += 1  # a new lease; a renewal keeps its number
    row.claimed_by = user.username
    row.lease_expires_at = now + settings.lease
    _touch(session, row, now)
    record = look_up_subject(session, row, user, workstation, now) if with_registry else None
    session.commit()
    log.info("claim %s by %s", row.id, user.username)
    return ClaimOut(
        request_id=row.id,
        claimed_by=user.username,
        lease_expires_at=row.lease_expires_at,
        registry=record,
        registry_answer=("found" if record else "not_found") if with_registry else None,
    )


@router.delete(
    "/requests/{request_id}/claim", status_code=204, response_class=Response, tags=["requests"]
)
def release(
    request_id: RequestIdPath, user: RowUser, session: RowDb, settings: SettingsDep
) -> Response:
    """Hand the lease back; releasing a request nobody holds is a no-op."""
    row = _load_request(session, request_id, user, lock=True)
    now = settings.clock()
    holder = _lease_holder(row, now)
    if holder is not None and holder != user.username:
        raise refuse("held_by_other", request_id=row.id, holder=holder)
    if row.claimed_by == user.username or (row.claimed_by is not None and holder is None):
        row.claimed_by = None
        row.lease_expires_at = None
        _touch(session, row, now)
        session.commit()
        log.info("release %s by %s", row.id, user.username)
    return Response(status_code=204)


def _require_own_lease(session: Session, row: RequestRow, user: UserRow, now: datetime) -> None:
    """The caller must hold the request's lease.

    A lease that ran out while the workstation was offline still counts as long as nobody
    else has claimed the request since: the clerk's work is not thrown away for a dropped
    link.
    """
    if row.claimed_by == user.username:
        return
    holder = _lease_holder(row, now)
    if holder is not None:
        raise _leased_by(session, row, holder)
    raise refuse("not_claimed", request_id=row.id)


@router.post("/requests/{request_id}/decision", response_model=ActionOut, tags=["requests"])
def decide(
    request_id: RequestIdPath,
    body: DecisionIn,
    user: RowUser,
    session: RowDb,
    settings: SettingsDep,
    workstation: RowWorkstation,
) -> ActionOut:
    """Accept or reject a request the caller holds, checked again here with the core's
    rules (``central.decision_check``); a rejection needs a reason. A decision the rules
    refuse is recorded for the supervisor (``central.refused_decisions``), nothing else
    of it."""
    _require_role(user, Role.CLERK, "decide")
    row, digest, replayed = _start_action(
        session, user, request_id, "decision", body, body.idempotency_key
    )
    if replayed is not None:
        return replayed
    if body.outcome == "reject" and body.reason_code is None:
        raise refuse("reason_required")
    now = settings.clock()
    _require_own_lease(session, row, user, now)
    if RequestState(row.status) not in (RequestState.ASSIGNED, RequestState.IN_REVIEW):
        raise refuse("already_decided", request_id=row.id, status=row.status)
    if body.outcome == "accept":
        try:
            evidence = acceptance_evidence(session, row, user, body)
        except RefusedCall as refusal:
            record_refused_decision(session, row, user, workstation, body, refusal.code, now)
            raise
    else:
        evidence = rejection_evidence(session, row, user)
    return record_decision(session, row, user, body, evidence, digest, now)


def record_decision(
    session: Session,
    row: RequestRow,
    user: UserRow,
    body: DecisionIn,
    evidence: Evidence,
    digest: str,
    now: datetime,
) -> ActionOut:
    """Record a decision the checks allowed, stored with ``evidence`` (the server's own);
    what the workstation sent is kept beside it."""
    if row.status == RequestState.ASSIGNED:
        _transition(row, RequestState.IN_REVIEW)
    reason_text = body.reason_text
    if body.outcome == "reject":
        _transition(row, RequestState.REJECTED)
        assert body.reason_code is not None
        reason_text = reason_text.strip() or REASONS[body.reason_code].citizen_text_ar
        # The request now waits for the shift supervisor, not for this clerk.
        row.claimed_by = None
        row.lease_expires_at = None
    else:
        _transition(row, RequestState.ACCEPTED)
    session.add(
        DecisionRow(
            request_id=row.id,
            outcome=body.outcome,
            reason_code=body.reason_code if body.outcome == "reject" else None,
            reason_text=reason_text,
            comparison=evidence.comparison,
            registry_snapshot=evidence.registry_snapshot,
            acknowledged_fields=evidence.acknowledged,
            workstation_comparison=body.comparison,
            workstation_snapshot=body.registry_snapshot,
            decided_by=user.username,
            decided_at=now,
        )
    )
    answer = _commit_action(
        session, key=body.idempotency_key, user=user, action="decision", row=row,
        digest=digest, now=now,
    )  # fmt: skip
    log.info("decision %s %s by %s", row.id, body.outcome, user.username)
    return answer


@router.post("/requests/{request_id}/issuance", response_model=ActionOut, tags=["requests"])
def issue(
    request_id: RequestIdPath,
    body: IssuanceIn,
    user: RowUser,
    session: RowDb,
    settings: SettingsDep,
    workstation: RowWorkstation,
) -> ActionOut:
    """Record a printed document (and its envelope); a reprint is recorded again, with new
    numbers. Refused when a number was already issued or is not in the blocks the server
    reserved for the caller's workstation (``central.number_blocks.check_issuance``)."""
    _require_role(user, Role.CLERK, "issue")
    row, digest, replayed = _start_action(
        session, user, request_id, "issuance", body, body.idempotency_key
    )
    if replayed is not None:
        return replayed
    now = settings.clock()
    _refuse_if_worked_by_another(session, row, user, now)
    _transition(row, RequestState.PRINTED)
    check_issuance(
        session, user.center_code, workstation, body.document_number, body.tracking_number
    )
    session.add(
        IssuanceRow(
            workstation=workstation or None,
            request_id=row.id,
            document_number=body.document_number,
            tracking_number=body.tracking_number,
            document_sha256=body.document_sha256,
            envelope_sha256=body.envelope_sha256,
            issued_by=user.username,
            issued_at=now,
        )
    )
    answer = _commit_action(
        session, key=body.idempotency_key, user=user, action="issuance", row=row,
        digest=digest, now=now,
    )  # fmt: skip
    log.info("issuance %s by %s", row.id, user.username)
    return answer
