"""Purging what the workstation no longer needs: a request's personal data, some days
after its envelope left the counter (dispatched to the post, or shelved for pickup), or
after its rejection was upheld or the server withdrew it.

The request, its registry snapshots, decisions, issuances, dispatch lines, attachments,
delivered outbox messages and its folder of PDFs go. What stays: the audit entries (the
chain is never cut) and, on the server, the decision with its evidence. A request with a
message the server has not received yet is kept until it has.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Delete, delete, func, select
from sqlalchemy.orm import Session

from clerk_desk import audit
from clerk_desk.states import RequestState
from clerk_desk.store.models import (
    Attachment,
    AuditEntry,
    Decision,
    DispatchBatch,
    DispatchItem,
    Issuance,
    OutboxMessage,
    RegistrySnapshot,
    Request,
)
from clerk_desk.workflow import Actor, has_pending_outbox

# When the envelope left the counter: the audit entry of the action that sent it off.
_LEFT_ACTIONS = ("dispatch", "keep_for_pickup", "hand_to_citizen")
# Requests nothing more happens to at the counter: sent off (and delivered), a rejection the
# supervisor upheld, or withdrawn by the server. Their personal data goes after the
# retention period. A returned envelope is not done: it comes back to the counter.
_DONE = (
    RequestState.DISPATCHED.value,
    RequestState.DELIVERED.value,
    RequestState.AWAITING_PICKUP.value,
    RequestState.COLLECTED.value,
    RequestState.UPHELD.value,
    RequestState.WITHDRAWN.value,
)
_SAFE_ID = re.compile(r"^[A-Z0-9-]{1,40}$")


@dataclass(frozen=True, slots=True)
class PurgeReport:
    """What a purge removed; ``request_ids`` names the requests whose PDFs go too."""

    requests: int = 0
    snapshots: int = 0
    decisions: int = 0
    issuances: int = 0
    dispatch_lines: int = 0
    dispatch_batches: int = 0
    outbox_messages: int = 0
    attachments: int = 0
    request_ids: tuple[str, ...] = ()


def due_for_purge(session: Session, older_than_days: int, now: datetime) -> list[str]:
    """Requests dispatched or shelved for pickup more than ``older_than_days`` ago, and
    rejections upheld or requests withdrawn (the server's last change) as long ago."""
    cutoff = now - timedelta(days=older_than_days)
    left = (
        select(AuditEntry.request_id, func.max(AuditEntry.at).label("at"))
        .where(AuditEntry.action.in_(_LEFT_ACTIONS), AuditEntry.request_id.is_not(None))
        .group_by(AuditEntry.request_id)
        .subquery()
    )
    rows = session.execute(
        select(Request.id, left.c.at, Request.server_updated_at)
        .outerjoin(left, left.c.request_id == Request.id)
        .where(Request.status.in_(_DONE))
        .order_by(Request.id)
    ).all()
    due = []
    for request_id, left_at, updated_at in rows:
        # Sent off from another workstation: the server's last change is when.
        when = left_at if left_at is not None else updated_at
        if when.tzinfo is None:  # max() bypasses the column's type
            when = when.replace(tzinfo=cutoff.tzinfo)
        if when <= cutoff and not has_pending_outbox(session, request_id):
            due.append(request_id)
    return due


_COUNTED = (
    "requests",
    "snapshots",
    "decisions",
    "issuances",
    "dispatch_lines",
    "dispatch_batches",
    "outbox_messages",
    "attachments",
)


def _deleted(session: Session, statement: Delete) -> int:
    result = session.execute(statement)
    return int(getattr(result, "rowcount", 0) or 0)


def purge(
    session: Session,
    older_than_days: int,
    now: datetime,
    *,
    actor: Actor | None = None,
) -> PurgeReport:
    """Delete the local data of requests sent off more than ``older_than_days`` ago.

    One transaction (the caller's) with a "purge" audit entry holding the counts only.
    The PDFs are deleted afterwards by :func:`purge_documents` with ``request_ids``.
    """
    if older_than_days < 1:
        raise ValueError("keep requests at least one day after they leave the counter")
    ids = due_for_purge(session, older_than_days, now)
    counts = dict.fromkeys(_COUNTED, 0)
    for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
        chunk = ids[start : start + 500]
        batches = set(
            session.scalars(select(DispatchItem.batch_id).where(DispatchItem.request_id.in_(chunk)))
        )
        # decisions first: they refer to the snapshot they were made on
        counts["decisions"] += _deleted(
            session, delete(Decision).where(Decision.request_id.in_(chunk))
        )
        counts["snapshots"] += _deleted(
            session, delete(RegistrySnapshot).where(RegistrySnapshot.request_id.in_(chunk))
        )
        counts["issuances"] += _deleted(
            session, delete(Issuance).where(Issuance.request_id.in_(chunk))
        )
        counts["dispatch_lines"] += _deleted(
            session, delete(DispatchItem).where(DispatchItem.request_id.in_(chunk))
        )
        # Delivered messages carry the registry snapshot: they go; undelivered ones
        # cannot be here (such requests are not due).
        counts["outbox_messages"] += _deleted(
            session,
            delete(OutboxMessage).where(
                OutboxMessage.request_id.in_(chunk), OutboxMessage.status == "done"
            ),
        )
        counts["attachments"] += _deleted(
            session, delete(Attachment).where(Attachment.request_id.in_(chunk))
        )
        counts["requests"] += _deleted(session, delete(Request).where(Request.id.in_(chunk)))
        emptied = [
            b
            for b in batches
            if not session.scalar(
                select(func.count()).select_from(DispatchItem).where(DispatchItem.batch_id == b)
            )
        ]
        if emptied:
            keys = [
                k
                for k in session.scalars(
                    select(DispatchBatch.idempotency_key).where(DispatchBatch.id.in_(emptied))
                )
                if k is not None
            ]
            counts["outbox_messages"] += _deleted(
                session,
                delete(OutboxMessage).where(
                    OutboxMessage.idempotency_key.in_(keys), OutboxMessage.status == "done"
                ),
            )
            counts["dispatch_batches"] += _deleted(
                session, delete(DispatchBatch).where(DispatchBatch.id.in_(emptied))
            )
    report = PurgeReport(**counts, request_ids=tuple(ids))
    audit.append(
        session,
        actor=actor.username if actor else audit.PROGRAM_ACTOR,
        workstation=actor.workstation if actor else "",
        action="purge",
        detail={"older_than_days": older_than_days, **counts},
        at=now,
    )
    session.flush()
    return report


def purge_documents(documents_dir: Path, request_ids: Iterable[str]) -> int:
    """Delete the PDF folders (``documents_dir/<request id>``) of purged requests.

    Returns how many folders were deleted. Only folders named like a request id, directly
    inside ``documents_dir``, are touched.
    """
    deleted = 0
    for request_id in request_ids:
        if not _SAFE_ID.match(request_id):
            continue
        folder = documents_dir / request_id
        if folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder)
            deleted += 1
    return deleted
