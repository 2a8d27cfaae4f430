"""Workstations' audit chains on the server: each upload must continue the chain it holds.

A workstation uploads its audit entries themselves (request ids, user names, actions: no
national number or name), not only their hashes, so the server recomputes every hash
instead of trusting the workstation's word for it. An upload is refused with 409 and the
reason when:

- an entry's hash is not the hash of its content and the previous hash (a changed byte),
- an entry does not link to the one before it, or the ids are not consecutive
  (an entry deleted, or two reordered),
- an entry the server already holds arrives different (the log was rewritten after it was
  sent, even if the workstation recomputed the whole chain),
- the workstation counts fewer entries than the server already received (entries deleted
  from the end).

An entry the server does not hold yet is refused with 403 (nothing of the upload stored)
when its actor is not the caller (``audit_actor_not_caller``; entries the program writes
with nobody logged in, ``clerk_desk.audit.PROGRAM_ACTOR``, excepted) or its workstation is
not the caller's token's (``audit_workstation_not_caller``): the trail names only its
author. The workstation sends each person's entries with that person's log-in
(``sync.audit_upload``).

The workstation is the one its user named at log-in (the token's workstation), within the
user's center: every log-in from that counter adds to the same chain.
"""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.security import HTTPAuthorizationCredentials
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import AuditEntryRow, AuditHeadRow, UserRow
from central.refusals import RefusedCall, refuse
from central.routing import (
    _ERRORS,
    ReadDb,
    ReadUser,
    RequestIdPath,
    SettingsDep,
    WriteDb,
    _bearer,
    _current_user,
    _load_request,
    caller_token,
    full_names,
)
from clerk_desk.api import (
    AuditEntryIn,
    AuditHeadOut,
    AuditUploadIn,
    HistoryEntry,
    RequestHistory,
)
from clerk_desk.audit import GENESIS, entry_hash, sent_by

log = logging.getLogger("central")

router = APIRouter(responses=_ERRORS)


def _workstation(credentials: HTTPAuthorizationCredentials | None, session: Session) -> str:
    token = caller_token(session, credentials)
    name = token.workstation.strip() if token is not None else ""
    if not name:
        raise refuse("no_workstation")
    return name


def _head(session: Session, center_code: str, workstation: str) -> AuditHeadRow | None:
    return session.scalar(
        select(AuditHeadRow)
        .where(AuditHeadRow.center_code == center_code, AuditHeadRow.workstation == workstation)
        .order_by(AuditHeadRow.entry_id.desc())
        .limit(1)
    )


def _head_out(workstation: str, row: AuditHeadRow | None) -> AuditHeadOut:
    if row is None:
        return AuditHeadOut(workstation=workstation, entry_id=0, hash=GENESIS, count=0)
    return AuditHeadOut(
        workstation=workstation,
        entry_id=row.entry_id,
        hash=row.hash,
        count=row.count,
        received_at=row.received_at,
    )


def _caller(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    session: ReadDb,
    settings: SettingsDep,
) -> tuple[UserRow, str]:
    user = _current_user(credentials, session, settings)
    return user, _workstation(credentials, session)


def _writing_caller(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    session: WriteDb,
    settings: SettingsDep,
) -> tuple[UserRow, str]:
    user = _current_user(credentials, session, settings)
    return user, _workstation(credentials, session)


@router.get("/audit/head", response_model=AuditHeadOut, tags=["audit"])
def audit_head(
    caller: Annotated[tuple[UserRow, str], Depends(_caller)], session: ReadDb
) -> AuditHeadOut:
    """The newest entry of the caller's workstation's audit chain the server holds."""
    user, workstation = caller
    return _head_out(workstation, _head(session, user.center_code, workstation))


def _refuse(code: str, workstation: str, **values: int) -> RefusedCall:
    refusal = refuse(code, workstation=workstation, **values)
    log.warning("%s", refusal.detail)
    return refusal


def check_upload(
    entries: list[AuditEntryIn],
    count: int,
    head: AuditHeadRow | None,
    held: dict[int, str],
    workstation: str,
) -> list[AuditEntryIn]:
    """The entries of an upload the server does not hold yet; 409 if the chain is broken.

    ``held``: the hashes the server holds for ids from the entry before the first uploaded
    one up to its head.
    """
    head_id = head.entry_id if head is not None else 0
    if count < head_id:
        raise _refuse("audit_entries_deleted", workstation, count=count, held=head_id)
    first = entries[0].id
    if first > head_id + 1:
        raise _refuse(
            "audit_entries_skipped", workstation, first=head_id + 1, last=first - 1, held=head_id
        )
    if entries[-1].id > count:
        raise _refuse("audit_count_short", workstation, count=count, entry=entries[-1].id)
    expected_prev = GENESIS if first == 1 else held.get(first - 1)
    new: list[AuditEntryIn] = []
    for offset, entry in enumerate(entries):
        if entry.id != first + offset:
            raise _refuse(
                "audit_entries_jump", workstation, previous=first + offset - 1, entry=entry.id
            )
        digest = entry_hash(
            entry.prev_hash,
            entry.at,
            entry.actor,
            entry.workstation,
            entry.request_id,
            entry.action,
            entry.detail,
        )
        if digest != entry.hash:
            raise _refuse("audit_entry_changed", workstation, entry=entry.id)
        if entry.prev_hash != expected_prev:
            raise _refuse("audit_chain_broken", workstation, entry=entry.id)
        if entry.id <= head_id:
            if held.get(entry.id) != entry.hash:
                raise _refuse("audit_log_rewritten", workstation, entry=entry.id)
        else:
            new.append(entry)
        expected_prev = entry.hash
    return new


def check_authors(entries: list[AuditEntryIn], username: str, workstation: str) -> None:
    """Refuse new entries that name another person, or another workstation, than the
    caller's log-in."""
    for entry in entries:
        if not sent_by(entry.actor, username):
            raise _refuse_author(
                "audit_actor_not_caller",
                entry=entry.id,
                workstation=workstation,
                actor=entry.actor,
                username=username,
            )
        if entry.workstation.strip() != workstation:
            raise _refuse_author(
                "audit_workstation_not_caller",
                entry=entry.id,
                recorded=entry.workstation,
                workstation=workstation,
            )


def _refuse_author(code: str, **values: object) -> RefusedCall:
    refusal = refuse(code, **values)
    log.warning("audit upload refused: %s (entry %s)", code, values["entry"])
    return refusal


@router.post("/audit", response_model=AuditHeadOut, tags=["audit"])
def upload_audit(
    body: AuditUploadIn,
    caller: Annotated[tuple[UserRow, str], Depends(_writing_caller)],
    session: WriteDb,
    settings: SettingsDep,
) -> AuditHeadOut:
    """Entries of the caller's workstation's audit chain, from the server's head on.

    Refused (409, with the reason) unless they continue the chain the server holds.
    Repeating an upload the server already holds is harmless.
    """
    user, workstation = caller
    center = user.center_code
    head = _head(session, center, workstation)
    first = body.entries[0].id
    held = dict(
        session.execute(
            select(AuditEntryRow.id, AuditEntryRow.hash).where(
                AuditEntryRow.center_code == center,
                AuditEntryRow.workstation == workstation,
                AuditEntryRow.id >= first - 1,
                AuditEntryRow.id <= body.entries[-1].id,
            )
        ).all()
    )
    new = check_upload(list(body.entries), body.count, head, held, workstation)
    check_authors(new, user.username, workstation)
    if not new:
        return _head_out(workstation, head)
    now = settings.clock()
    session.add_all(
        AuditEntryRow(
            center_code=center,
            workstation=workstation,
            id=e.id,
            at=e.at,
            actor=e.actor,
            recorded_workstation=e.workstation,
            request_id=e.request_id,
            action=e.action,
            detail=e.detail,
            prev_hash=e.prev_hash,
            hash=e.hash,
        )
        for e in new
    )
    last = new[-1]
    row = AuditHeadRow(
        center_code=center,
        workstation=workstation,
        entry_id=last.id,
        hash=last.hash,
        count=last.id,  # the chain numbers its entries 1, 2, 3 … without gaps
        username=user.username,
        received_at=now,
    )
    session.add(row)
    session.commit()
    log.info("audit chain of %s now at entry %d (%d new)", workstation, last.id, len(new))
    return _head_out(workstation, row)


@router.get("/requests/{request_id}/history", response_model=RequestHistory, tags=["audit"])
def request_history(request_id: RequestIdPath, user: ReadUser, session: ReadDb) -> RequestHistory:
    """Who did what to a request, on every workstation of its center, from the audit chains
    the server holds (actions only: no free text from the entries' details)."""
    row = _load_request(session, request_id, user)
    entries = list(
        session.scalars(
            select(AuditEntryRow)
            .where(
                AuditEntryRow.center_code == row.center_code,
                AuditEntryRow.request_id == request_id,
            )
            .order_by(AuditEntryRow.at, AuditEntryRow.workstation, AuditEntryRow.id)
        )
    )
    names = full_names(session, (e.actor for e in entries))
    return RequestHistory(
        request_id=request_id,
        items=[
            HistoryEntry(
                at=e.at,
                actor=e.actor,
                actor_name=names[e.actor],
                workstation=e.recorded_workstation,
                action=e.action,
            )
            for e in entries
        ],
    )
