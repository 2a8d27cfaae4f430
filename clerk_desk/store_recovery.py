"""A store the central server did not recognise: how it is recognised, and how a
supervisor's recovery rebuilds what the server still holds of it (no network here: the
callers in ``sync.number_blocks`` fetch, this module writes one transaction).

Recognised at log-in (``audit_matches``): the server's head of this workstation's audit
chain is not in the chain here (entries the server received are missing, or different),
or the server reserved number blocks this store does not hold (the server refuses the
store's blocks with ``workstation_store_mismatch``).

Recovered (``rebuild``): the server's copy of the audit chain becomes the chain here, and
entries written here since (never accepted by the server) follow it, chained again; the
issuances the server holds enter the print ledger as printed (so the reconciliation and
a reprint know them); the blocks held here are closed (the server closed them); the
recovery is audited with who recovered it. Numbering then continues from new blocks: it
never starts again at 1.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from clerk_desk import audit, number_blocks
from clerk_desk.api import AuditHeadOut
from clerk_desk.number_blocks_api import AuditEntryOut, IssuedNumber, RecoveryOut
from clerk_desk.store.models import AuditEntry, NumberBlock, PrintIntent
from clerk_desk.workflow import Actor, now


def audit_matches(session: Session, head: AuditHeadOut) -> bool:
    """Whether the server's head of this workstation's chain is an entry of the chain here."""
    if head.entry_id == 0:
        return True
    entry = session.get(AuditEntry, head.entry_id)
    return entry is not None and entry.hash == head.hash


class StoreCheck(StrEnum):
    """Whether the server recognises this store, as checked at log-in."""

    RECOGNISED = "recognised"
    LOST = "lost"  # the server's copy does not match: a supervisor recovers it
    OFFLINE = "offline"  # not checked now: the workstation goes on with what it holds


@dataclass(frozen=True, slots=True)
class Rebuilt:
    server_entries: int  # entries of the server's chain now here
    rechained: int  # entries written here since, chained after them again
    issuances: int  # issuances of the server entered in the print ledger
    closed_blocks: int


@dataclass(frozen=True, slots=True)
class Recovered:
    """A supervisor's recovery: what the server closed, and what was rebuilt here."""

    recovery: RecoveryOut
    rebuilt: Rebuilt


def rebuild(
    session: Session,
    actor: Actor,
    recovery: RecoveryOut,
    server_entries: Sequence[AuditEntryOut],
    issued: Sequence[IssuedNumber],
) -> Rebuilt:
    """Make this store continue what the server holds of this workstation, in the
    caller's transaction, and audit the recovery (``actor``: the supervisor)."""
    head_id = recovery.audit_head.entry_id
    held = {e.id: e.hash for e in server_entries}
    local = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    kept = [
        (e.at, e.actor, e.workstation, e.request_id, e.action, dict(e.detail))
        for e in local
        if held.get(e.id) != e.hash  # written here, not the server's
    ]
    session.execute(delete(AuditEntry))
    session.flush()
    session.info.pop("clerk_desk.audit.head", None)
    for e in sorted(server_entries, key=lambda e: e.id):
        session.add(
            AuditEntry(
                id=e.id,
                at=e.at,
                actor=e.actor,
                workstation=e.workstation,
                request_id=e.request_id,
                action=e.action,
                detail=dict(e.detail),
                prev_hash=e.prev_hash,
                hash=e.hash,
            )
        )
    session.flush()
    if head_id:
        audit.remember_server_head(session, head_id, recovery.audit_head.hash)
    for at, who, workstation, request_id, action, detail in kept:
        audit.append(
            session,
            actor=who,
            workstation=workstation,
            request_id=request_id,
            action=action,
            detail=detail,
            at=at,
        )
    known = set(session.scalars(select(PrintIntent.document_number)))
    entered = 0
    for issuance in issued:
        if issuance.document_number in known:
            continue
        session.add(
            PrintIntent(
                request_id=issuance.request_id,
                kind="print",
                reprint_reason=None,
                document_number=issuance.document_number,
                tracking_number=issuance.tracking_number,
                document_sha256=issuance.document_sha256,
                envelope_sha256=issuance.envelope_sha256,
                document_path="",
                envelope_path="",
                state="printed",
                job_ids="",
                prepared_by=issuance.issued_by,
                prepared_at=issuance.issued_at,
                settled_by=actor.username,
                settled_at=now(),
            )
        )
        entered += 1
    closed = 0
    for block in session.scalars(select(NumberBlock).where(NumberBlock.closed_at.is_(None))):
        block.closed_at = now()
        closed += 1
    number_blocks.clear_lost(session)
    audit.append(
        session,
        actor=actor.username,
        workstation=actor.workstation,
        action="store_recovered",
        detail={
            "server_head": str(head_id),
            "blocks_closed": ",".join(str(b.block_id) for b in recovery.closed),
            "keys_revoked": ",".join(recovery.revoked_keys),
            "issuances": str(entered),
            "rechained": str(len(kept)),
        },
    )
    session.flush()
    return Rebuilt(len(server_entries), len(kept), entered, closed)
