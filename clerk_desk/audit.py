"""The audit log: every action appended in the same transaction as the change, hash-chained."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_desk.store.models import AuditEntry, SyncState

GENESIS = "0" * 64
_HEAD_KEY = "clerk_desk.audit.head"
# The newest entry the central server has acknowledged ("<id> <hash>"), kept by sync: an
# entry deleted from the end of the log after the server received it is missed by the
# chain alone (the rest still links), but not by this.
SERVER_HEAD_KEY = "audit_server_head"
# The actor of entries the program writes with nobody logged in (``clerk-desk purge`` run
# from the command line): they name the program, no person, so any log-in of the same
# workstation may send them to the server. Every other entry goes with its actor's log-in.
PROGRAM_ACTOR = "clerk-desk"


def sent_by(actor: str, username: str) -> bool:
    """Whether an entry by ``actor`` may go to the server with ``username``'s log-in."""
    return actor in (username, PROGRAM_ACTOR) or actor.startswith(PROGRAM_ACTOR + " ")


def entry_hash(
    prev_hash: str,
    at: datetime,
    actor: str,
    workstation: str,
    request_id: str | None,
    action: str,
    detail: dict[str, Any],
) -> str:
    body = json.dumps(
        [prev_hash, at.astimezone(UTC).isoformat(), actor, workstation, request_id, action, detail],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _head(session: Session) -> tuple[int, str]:
    """The id and hash of the newest entry; remembered for the rest of this transaction so
    a burst of appends reads the table once."""
    cached = session.info.get(_HEAD_KEY)
    transaction = session.get_transaction()
    if cached is not None and cached[0] is transaction:
        return cached[1], cached[2]
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return (last[0], last[1]) if last is not None else (0, GENESIS)


def append(
    session: Session,
    *,
    actor: str,
    workstation: str,
    action: str,
    request_id: str | None = None,
    detail: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> AuditEntry:
    """Add an entry to the chain; the caller's transaction commits it with the change."""
    prev_id, prev_hash = _head(session)
    when = (at or datetime.now(UTC)).replace(microsecond=0)
    payload = detail or {}
    entry = AuditEntry(
        id=prev_id + 1,  # its place in the chain, known without a round trip
        at=when,
        actor=actor,
        workstation=workstation,
        request_id=request_id,
        action=action,
        detail=payload,
        prev_hash=prev_hash,
        hash=entry_hash(prev_hash, when, actor, workstation, request_id, action, payload),
    )
    session.add(entry)
    session.info[_HEAD_KEY] = (session.get_transaction(), entry.id, entry.hash)
    return entry


@dataclass(frozen=True, slots=True)
class ChainCheck:
    entries: int
    first_broken_id: int | None

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None


def verify(session: Session) -> ChainCheck:
    """Walk the chain from the genesis: a changed byte, a deleted or a reordered entry
    breaks a link (or the numbering 1, 2, 3 …); an entry deleted from the end after the
    server acknowledged it is caught against the acknowledged head."""
    prev_hash = GENESIS
    count = 0
    by_id: dict[int, str] = {}
    acknowledged = server_head(session)
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        count += 1
        expected = entry_hash(
            prev_hash,
            entry.at,
            entry.actor,
            entry.workstation,
            entry.request_id,
            entry.action,
            entry.detail,
        )
        if entry.id != count or entry.prev_hash != prev_hash or entry.hash != expected:
            return ChainCheck(count, entry.id)
        prev_hash = entry.hash
        if acknowledged is not None and entry.id == acknowledged[0]:
            by_id[entry.id] = entry.hash
    if acknowledged is not None and by_id.get(acknowledged[0]) != acknowledged[1]:
        return ChainCheck(count, acknowledged[0])
    return ChainCheck(count, None)


@dataclass(frozen=True, slots=True)
class ServerComparison:
    """This store's chain against the server's copy of this workstation's chain.

    ``differing``: entries both hold with different hashes; ``missing_here``: entries the
    server holds that this store does not (a store lost, replaced or cut short);
    ``not_uploaded``: entries of this store past the server's copy (they go with the next
    push).
    """

    held_by_server: int
    differing: tuple[int, ...]
    missing_here: tuple[int, ...]
    not_uploaded: int

    @property
    def agrees(self) -> bool:
        return not self.differing and not self.missing_here


def compare_with_server(session: Session, server: Iterable[tuple[int, str]]) -> ServerComparison:
    """Compare the local chain with the server's copy, given as (entry id, hash) pairs."""
    local = {i: h for i, h in session.execute(select(AuditEntry.id, AuditEntry.hash))}
    held = dict(server)
    differing = tuple(sorted(i for i, h in held.items() if i in local and local[i] != h))
    missing = tuple(sorted(i for i in held if i not in local))
    newest = max(held, default=0)
    return ServerComparison(
        held_by_server=len(held),
        differing=differing,
        missing_here=missing,
        not_uploaded=sum(1 for i in local if i > newest),
    )


def server_head(session: Session) -> tuple[int, str] | None:
    """The newest entry the central server acknowledged: (id, hash), None if none yet."""
    row = session.get(SyncState, SERVER_HEAD_KEY)
    if row is None:
        return None
    entry_id, _, digest = row.value.partition(" ")
    return (int(entry_id), digest) if entry_id.isdigit() else None


def remember_server_head(session: Session, entry_id: int, digest: str) -> None:
    row = session.get(SyncState, SERVER_HEAD_KEY)
    value = f"{entry_id} {digest}"
    if row is None:
        session.add(SyncState(key=SERVER_HEAD_KEY, value=value))
    else:
        row.value = value


def entries_from(session: Session, first_id: int, limit: int) -> list[AuditEntry]:
    """Up to ``limit`` entries from id ``first_id`` on, in chain order (what sync uploads)."""
    return list(
        session.scalars(
            select(AuditEntry).where(AuditEntry.id >= first_id).order_by(AuditEntry.id).limit(limit)
        )
    )


def head(session: Session) -> tuple[int, str]:
    """The id and hash of the newest entry ((0, GENESIS) for an empty log)."""
    return _head(session)


def history(session: Session, request_id: str) -> list[AuditEntry]:
    return list(
        session.scalars(
            select(AuditEntry).where(AuditEntry.request_id == request_id).order_by(AuditEntry.id)
        )
    )
