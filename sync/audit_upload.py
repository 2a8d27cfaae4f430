"""Sending the audit chain to the server, piggy-backed on every outbox push.

Design: the workstation uploads its audit entries themselves (request ids, user names,
actions: no national number or name), from the head the server holds, not a head alone.
The server recomputes every hash and checks that the upload continues the chain it holds
(``central.audit_chain``), so a workstation cannot rewrite, delete or reorder an entry the
server has seen without being refused (409), even after recomputing its whole chain.

Why not an "audit_head" outbox message enqueued by each transaction: the entries *are*
the queue. Each is already in the store, in order, in the same transaction as its change
(log-in and lock entries too, which have no outbox message); what the server holds is
its own answer (``GET /audit/head``), so nothing has to be enqueued, nothing can be lost
between the two, and a store restored from an old copy is caught instead of resending a
stale queue. Entries are never deleted by this; the acknowledged head is remembered in
``sync_state`` so ``clerk-desk audit verify`` also sees an entry deleted from the end.

Each entry goes with its author's log-in: the server refuses an entry that names anyone
but the caller (the trail names only its author). The chain is one line, so an upload
stops before the first entry written by someone else (a colleague who was logged in here
before): it and everything after it wait, like that colleague's outbox messages, until
they log in here again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import audit
from clerk_desk.api import MAX_AUDIT_UPLOAD, AuditEntryIn, AuditHeadOut, AuditUploadIn
from clerk_desk.store.models import AuditEntry
from sync.client import CentralClient, Refused

log = logging.getLogger(__name__)


class AuditChainRefused(Refused):
    """The server refused this workstation's audit chain: it does not continue the copy
    the server holds. ``message`` is the server's reason."""


# The server's refusals of an entry that names someone else than the caller's log-in.
_NOT_THE_AUTHOR = frozenset({"audit_actor_not_caller", "audit_workstation_not_caller"})


@dataclass(frozen=True, slots=True)
class AuditUploadResult:
    sent: int  # entries the server had not held before
    head: AuditHeadOut  # the server's head after the upload
    held: bool = False  # stopped before an entry by someone else: it waits for their log-in


def _entry_in(entry: AuditEntry) -> AuditEntryIn:
    return AuditEntryIn(
        id=entry.id,
        at=entry.at,
        actor=entry.actor,
        workstation=entry.workstation,
        request_id=entry.request_id,
        action=entry.action,
        detail=dict(entry.detail),
        prev_hash=entry.prev_hash,
        hash=entry.hash,
    )


def upload_audit(
    client: CentralClient,
    sessions: sessionmaker[Session],
    *,
    batch: int = MAX_AUDIT_UPLOAD,
    author: str | None = None,
) -> AuditUploadResult:
    """Send the entries the server does not hold yet, ``batch`` at a time; with
    ``author`` (whose log-in the client carries), only up to the first entry by someone
    else.

    Raises :class:`AuditChainRefused` when the server finds the chain here broken or cut
    short, and the client's errors (Offline, NotAuthenticated …) as they come.
    """
    server = client.audit_head()
    with sessions() as session:
        local_id, local_hash = audit.head(session)
    if (local_id, local_hash) == (server.entry_id, server.hash):
        _remember(sessions, server)
        return AuditUploadResult(0, server)
    if local_id == 0:
        raise AuditChainRefused.of("audit_log_emptied", {"held": str(server.entry_id)})
    sent = 0
    # The server's head goes again as the first entry: the server sees the chain continue.
    start = max(1, min(server.entry_id, local_id))
    head = server
    while True:
        with sessions() as session:
            count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
            entries = [_entry_in(e) for e in audit.entries_from(session, start, batch)]
        cut = _others_from(entries, head.entry_id, author)
        stopped = cut < len(entries)
        entries = entries[:cut]
        if stopped and (not entries or entries[-1].id <= head.entry_id):
            log.info("audit entries wait for their author to log in here")
            return AuditUploadResult(sent, head, held=True)
        try:
            answer = client.upload_audit(AuditUploadIn(count=count, entries=entries))
        except Refused as exc:
            if exc.status == 409 or exc.code in _NOT_THE_AUTHOR:
                log.warning("the server refused this workstation's audit log")
                raise exc.same(AuditChainRefused) from exc
            raise
        sent += max(0, answer.entry_id - head.entry_id)
        head = answer
        _remember(sessions, answer)
        if entries[-1].id >= count or answer.entry_id < entries[-1].id:
            return AuditUploadResult(sent, head)
        if stopped:
            return AuditUploadResult(sent, head, held=True)
        start = answer.entry_id


def _others_from(entries: list[AuditEntryIn], held_id: int, author: str | None) -> int:
    """The position of the first entry the server does not hold yet and ``author`` may
    not send (``len(entries)`` when there is none)."""
    if author is not None:
        for position, entry in enumerate(entries):
            if entry.id > held_id and not audit.sent_by(entry.actor, author):
                return position
    return len(entries)


def _remember(sessions: sessionmaker[Session], head: AuditHeadOut) -> None:
    if head.entry_id == 0:
        return
    with sessions.begin() as session:
        if audit.server_head(session) != (head.entry_id, head.hash):
            audit.remember_server_head(session, head.entry_id, head.hash)
