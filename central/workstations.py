"""Workstation keys: enrolled by the workstation, approved (certified) or revoked by a shift
supervisor of its center, and the public list every verifier reads.

No private key passes through here: a workstation sends its public key, the server signs
a certificate of it with the center's key (``central.keys.certify``), which never leaves
the server. Approvals and revocations keep who and when on the row and in the log.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Path
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from central.db import CenterKeyRow, UserRow, WorkstationKeyRow
from central.keys import certificate_of, certify, current_key
from central.refusals import refuse
from central.routing import (
    _ERRORS,
    ReadDb,
    ReadUser,
    SettingsDep,
    WriteDb,
    WriteUser,
    _require_role,
    log,
)
from clerk_desk.api import (
    CenterKeys,
    CenterPublicKey,
    Enrollment,
    EnrollmentIn,
    EnrollmentList,
    EnrollmentStatus,
    Revocation,
    Role,
)

router = APIRouter(responses=_ERRORS)

KeyIdPath = Annotated[str, Path(pattern=r"^[A-Z]{3}-W[0-9]{1,6}$", description="e.g. DAM-W3")]

# What a pending key a newer key of the same workstation replaced says it was revoked by.
REPLACED = "(replaced)"


@router.get("/centers/keys", response_model=CenterKeys, tags=["verification"])
def center_keys(session: ReadDb, settings: SettingsDep) -> CenterKeys:
    """Every center's public keys (retired ones included), the workstation certificates
    they signed, and the revocations with their time: no log-in needed.

    Anyone holding a printed document checks its verification code against these.
    """
    keys = session.scalars(select(CenterKeyRow).order_by(CenterKeyRow.key_id))
    certified = list(
        session.scalars(
            select(WorkstationKeyRow)
            .where(WorkstationKeyRow.signature.is_not(None))
            .order_by(WorkstationKeyRow.center_code, WorkstationKeyRow.number)
        )
    )
    return CenterKeys(
        keys=[
            CenterPublicKey(center_code=r.center_code, key_id=r.key_id, public_key=r.public_key)
            for r in keys
        ],
        certificates=[c for c in map(certificate_of, certified) if c is not None],
        revocations=[
            Revocation(
                key_id=r.key_id,
                center_code=r.center_code,
                workstation=r.workstation,
                revoked_at=r.revoked_at,
            )
            for r in certified
            if r.revoked_at is not None
        ],
        as_of=settings.clock(),
    )


def enrollment_out(row: WorkstationKeyRow) -> Enrollment:
    return Enrollment(
        key_id=row.key_id,
        center_code=row.center_code,
        workstation=row.workstation,
        public_key=row.public_key,
        status=EnrollmentStatus(row.status),
        requested_by=row.requested_by,
        requested_at=row.requested_at,
        approved_by=row.approved_by,
        approved_at=row.approved_at,
        revoked_by=row.revoked_by,
        revoked_at=row.revoked_at,
        certificate=certificate_of(row),
    )


def _load(session: Session, key_id: str, user: UserRow) -> WorkstationKeyRow:
    row = session.get(WorkstationKeyRow, key_id)
    if row is None:
        raise refuse("no_such_enrollment", key_id=key_id)
    if row.center_code != user.center_code:
        raise refuse(
            "enrollment_other_center",
            key_id=key_id,
            center=row.center_code,
            your_center=user.center_code,
        )
    return row


def _revoke(row: WorkstationKeyRow, by: str, now: datetime) -> None:
    row.status = EnrollmentStatus.REVOKED.value
    row.revoked_by = by
    row.revoked_at = now


@router.post("/workstations/enrollments", response_model=Enrollment, tags=["workstations"])
def enroll(
    body: EnrollmentIn, user: WriteUser, session: WriteDb, settings: SettingsDep
) -> Enrollment:
    """A workstation of the caller's center submits its own public key for approval.

    Submitting the same key again answers with where it stands (the workstation asks this
    way at every log-in). A new key replaces the workstation's key still pending.
    """
    known = session.scalar(
        select(WorkstationKeyRow).where(WorkstationKeyRow.public_key == body.public_key)
    )
    if known is not None:
        if known.center_code != user.center_code or known.workstation != body.workstation:
            raise refuse("public_key_in_use", key_id=known.key_id)
        return enrollment_out(known)
    now = settings.clock()
    for pending in session.scalars(
        select(WorkstationKeyRow).where(
            WorkstationKeyRow.center_code == user.center_code,
            WorkstationKeyRow.workstation == body.workstation,
            WorkstationKeyRow.status == EnrollmentStatus.PENDING.value,
        )
    ):
        _revoke(pending, REPLACED, now)
    last = session.scalar(
        select(func.max(WorkstationKeyRow.number)).where(
            WorkstationKeyRow.center_code == user.center_code
        )
    )
    number = (last or 0) + 1
    row = WorkstationKeyRow(
        key_id=f"{user.center_code}-W{number}",
        center_code=user.center_code,
        number=number,
        workstation=body.workstation,
        public_key=body.public_key,
        status=EnrollmentStatus.PENDING.value,
        requested_by=user.username,
        requested_at=now,
    )
    session.add(row)
    session.commit()
    log.info("workstation key %s submitted by %s", row.key_id, user.username)
    return enrollment_out(row)


@router.get("/workstations/enrollments", response_model=EnrollmentList, tags=["workstations"])
def list_enrollments(user: ReadUser, session: ReadDb) -> EnrollmentList:
    """The caller's center's workstation keys, pending first, then newest first."""
    _require_role(user, Role.SUPERVISOR, "list_workstations")
    pending_first = case((WorkstationKeyRow.status == EnrollmentStatus.PENDING.value, 0), else_=1)
    rows = session.scalars(
        select(WorkstationKeyRow)
        .where(WorkstationKeyRow.center_code == user.center_code)
        .order_by(pending_first, WorkstationKeyRow.number.desc())
    )
    return EnrollmentList(items=[enrollment_out(row) for row in rows])


@router.get("/workstations/enrollments/{key_id}", response_model=Enrollment, tags=["workstations"])
def get_enrollment(key_id: KeyIdPath, user: ReadUser, session: ReadDb) -> Enrollment:
    """Where one key of the caller's center stands: the workstation fetches its certificate."""
    return enrollment_out(_load(session, key_id, user))


@router.post(
    "/workstations/enrollments/{key_id}/approval", response_model=Enrollment, tags=["workstations"]
)
def approve(
    key_id: KeyIdPath, user: WriteUser, session: WriteDb, settings: SettingsDep
) -> Enrollment:
    """A shift supervisor of the center approves the key: the center's key certifies it.

    Approving an approved key again changes nothing; a revoked key stays revoked.
    """
    _require_role(user, Role.SUPERVISOR, "approve_workstation")
    row = _load(session, key_id, user)
    if row.status == EnrollmentStatus.APPROVED.value:
        return enrollment_out(row)
    if row.status == EnrollmentStatus.REVOKED.value:
        raise refuse("enrollment_revoked", key_id=row.key_id)
    center_key = current_key(session, row.center_code)
    if center_key is None:
        raise refuse("no_signing_key", center=row.center_code)
    now = settings.clock()
    certify(center_key, row, now)
    row.status = EnrollmentStatus.APPROVED.value
    row.approved_by = user.username
    row.approved_at = now
    session.commit()
    log.info("workstation key %s approved by %s", row.key_id, user.username)
    return enrollment_out(row)


@router.post(
    "/workstations/enrollments/{key_id}/revocation",
    response_model=Enrollment,
    tags=["workstations"],
)
def revoke(
    key_id: KeyIdPath, user: WriteUser, session: WriteDb, settings: SettingsDep
) -> Enrollment:
    """A shift supervisor of the center cuts a workstation key off (or declines a pending
    one): documents it signs from now on fail verification, earlier ones still verify.

    Revoking a revoked key again changes nothing (its first time stays).
    """
    _require_role(user, Role.SUPERVISOR, "revoke_workstation")
    row = _load(session, key_id, user)
    if row.status != EnrollmentStatus.REVOKED.value:
        _revoke(row, user.username, settings.clock())
        session.commit()
        log.info("workstation key %s revoked by %s", row.key_id, user.username)
    return enrollment_out(row)
