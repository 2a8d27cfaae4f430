"""Through to the post: sealing envelopes, shelving them for pickup and handing them over
at the counter, dispatch batches."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from fastapi import APIRouter
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central.db import (
    DispatchBatchRow,
    DispatchItemRow,
    PickupRow,
    RequestRow,
    UserRow,
    next_change_seqs,
)
from central.notifications import NotifierDep
from central.refusals import refuse
from central.routing import (
    _ERRORS,
    RequestIdPath,
    RowDb,
    RowUser,
    SettingsDep,
    WriteDb,
    WriteUser,
    _commit_action,
    _load_request,
    _refuse_if_worked_by_another,
    _require_role,
    _start_action,
    _transition,
    log,
)
from clerk_desk.api import (
    ActionOut,
    CollectedIn,
    DispatchIn,
    DispatchOut,
    PickupReadyIn,
    Role,
    SealIn,
)
from clerk_desk.api_outreach import NotificationTemplate
from clerk_desk.collector_rules import Collector, check_collector, papers_of, syrian_today
from clerk_desk.messages import ExplainedError
from clerk_desk.refusals import code_of_template
from clerk_desk.shelf import ShelfFull, first_free_slot
from clerk_desk.states import RequestState

router = APIRouter(responses=_ERRORS)


@router.post("/requests/{request_id}/seal", response_model=ActionOut, tags=["post"])
def seal(
    request_id: RequestIdPath,
    body: SealIn,
    user: RowUser,
    session: RowDb,
    settings: SettingsDep,
) -> ActionOut:
    """The printed envelope is stamped and sealed at the counter."""
    _require_role(user, Role.CLERK, "seal")
    row, digest, replayed = _start_action(
        session, user, request_id, "seal", body, body.idempotency_key
    )
    if replayed is not None:
        return replayed
    now = settings.clock()
    _refuse_if_worked_by_another(session, row, user, now)
    _transition(row, RequestState.SEALED)
    answer = _commit_action(
        session, key=body.idempotency_key, user=user, action="seal", row=row,
        digest=digest, now=now,
    )  # fmt: skip
    log.info("seal %s by %s", row.id, user.username)
    return answer


def _free_slot(session: Session, row: RequestRow, wanted: str | None) -> str:
    """The slot the workstation chose, unless another envelope waiting at the center has
    it (a colleague's desk chose it too): then the first free one, which the pull brings
    back to the workstation."""
    taken = set(
        session.scalars(
            select(RequestRow.shelf_slot).where(
                RequestRow.center_code == row.center_code,
                RequestRow.status == RequestState.AWAITING_PICKUP.value,
                RequestRow.id != row.id,
                RequestRow.shelf_slot.is_not(None),
            )
        )
    )
    if wanted is not None and wanted not in taken:
        return wanted
    try:
        return first_free_slot(s for s in taken if s)
    except ShelfFull:
        raise refuse("shelf_full") from None


def _checked_collector(row: RequestRow, body: CollectedIn, now: datetime) -> Collector:
    """The collector, checked with the workstation's rule against this server's copy of
    the request and its papers; refused with the rule's code."""
    if body.collector is None:
        raise refuse("collector_unidentified", request_id=row.id)
    papers = papers_of(
        row.id,
        row.subject_national_number,
        row.relation_ar,
        [(a.id, a.kind) for a in row.attachments],
    )
    try:
        return check_collector(
            body.collector.as_collector(body.received_by), papers, syrian_today(now)
        )
    except ExplainedError as exc:
        code = code_of_template(exc.template)
        if code is None:
            raise
        raise refuse(code, **exc.values) from None


@router.post("/requests/{request_id}/pickup-ready", response_model=ActionOut, tags=["post"])
def pickup_ready(
    request_id: RequestIdPath,
    body: PickupReadyIn,
    user: WriteUser,
    session: WriteDb,
    settings: SettingsDep,
    notifier: NotifierDep,
) -> ActionOut:
    """A sealed pickup envelope, or one the post brought back, is shelved at the center for
    the citizen to collect; the citizen is told where, when, and for how long."""
    _require_role(user, Role.CLERK, "shelve")
    row, digest, replayed = _start_action(
        session, user, request_id, "pickup", body, body.idempotency_key
    )
    if replayed is not None:
        return replayed
    if row.delivery_method != "pickup" and row.status != RequestState.RETURNED.value:
        raise refuse("goes_by_post", request_id=row.id)
    now = settings.clock()
    _transition(row, RequestState.AWAITING_PICKUP)
    row.shelf_slot = _free_slot(session, row, body.shelf_slot)
    row.shelved_at = now
    notifier.tell(session, row, NotificationTemplate.READY_FOR_PICKUP, "awaiting_pickup")
    answer = _commit_action(
        session, key=body.idempotency_key, user=user, action="pickup", row=row,
        digest=digest, now=now,
    )  # fmt: skip
    log.info("pickup-ready %s by %s", row.id, user.username)
    notifier.send()
    return answer


@router.post("/requests/{request_id}/collected", response_model=ActionOut, tags=["post"])
def collected(
    request_id: RequestIdPath,
    body: CollectedIn,
    user: WriteUser,
    session: WriteDb,
    settings: SettingsDep,
) -> ActionOut:
    """A shelved envelope was handed to the citizen (or whoever they sent) at the counter,
    only to a collector the rule allows (``clerk_desk.collector_rules``), checked again
    here on this server's copy of the request and its papers.

    The request is ``collected``, its final state, and says when (``collected_at``); a
    second handover is refused.
    """
    _require_role(user, Role.CLERK, "collect")
    row, digest, replayed = _start_action(
        session, user, request_id, "collected", body, body.idempotency_key
    )
    if replayed is not None:
        return replayed
    if row.pickup is not None or row.status == RequestState.COLLECTED.value:
        raise refuse("already_collected", request_id=row.id)
    if row.status != RequestState.AWAITING_PICKUP.value:
        # A postal envelope is on no shelf unless the post brought it back.
        if row.delivery_method != "pickup":
            raise refuse("goes_by_post", request_id=row.id)
        raise refuse("not_on_shelf", request_id=row.id, status=row.status)
    now = settings.clock()
    collector = _checked_collector(row, body, now)
    _transition(row, RequestState.COLLECTED)
    row.shelf_slot = None  # free for the next envelope
    session.add(
        PickupRow(
            request_id=row.id,
            received_by=collector.name,
            collector_role=collector.role.value,
            id_document=collector.id_document.value,
            id_number=collector.id_number,
            poa_number=collector.poa_number,
            poa_date=collector.poa_date,
            poa_attachment_id=collector.poa_attachment,
            handed_by=user.username,
            handed_at=now,
        )
    )
    answer = _commit_action(
        session, key=body.idempotency_key, user=user, action="collected", row=row,
        digest=digest, now=now,
    )  # fmt: skip
    log.info("collected %s (%s), handed over by %s", row.id, collector.role, user.username)
    return answer


def _dispatch_digest(body: DispatchIn) -> str:
    canonical = json.dumps(
        {"action": "dispatch", "body": body.model_dump(mode="json")},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _replay_dispatch(
    session: Session, body: DispatchIn, user: UserRow, digest: str
) -> DispatchOut | None:
    """The stored answer for a repeated key, ``None`` for a new key, 409 for a reused one."""
    record = session.scalar(
        select(DispatchBatchRow).where(DispatchBatchRow.idempotency_key == body.idempotency_key)
    )
    if record is None:
        if session.get(DispatchBatchRow, body.batch_id) is not None:
            raise refuse("batch_exists", batch_id=body.batch_id)
        return None
    if record.username != user.username or record.body_sha256 != digest:
        raise refuse("key_reused")
    log.info("replayed dispatch %s", record.id)
    return DispatchOut.model_validate(record.response)


@router.post("/dispatches", response_model=DispatchOut, tags=["post"])
def dispatch(
    body: DispatchIn,
    user: WriteUser,
    session: WriteDb,
    settings: SettingsDep,
    notifier: NotifierDep,
) -> DispatchOut:
    """Sealed postal envelopes handed to the Syrian Post: all dispatched, or none. Each
    citizen is told, with the envelope's S10 number."""
    _require_role(user, Role.CLERK, "dispatch")
    digest = _dispatch_digest(body)
    replayed = _replay_dispatch(session, body, user, digest)
    if replayed is not None:
        return replayed
    now = settings.clock()
    rows = [_load_request(session, request_id, user) for request_id in body.request_ids]
    for row in rows:
        if row.delivery_method != "post":
            raise refuse("for_pickup", request_id=row.id)
        _transition(row, RequestState.DISPATCHED)
        notifier.tell(session, row, NotificationTemplate.DISPATCHED, "dispatched")
    first_seq = next_change_seqs(session, len(rows))
    for offset, row in enumerate(rows):
        row.change_seq = first_seq + offset
        row.updated_at = now
    answer = DispatchOut(
        batch_id=body.batch_id,
        request_ids=body.request_ids,
        status=RequestState.DISPATCHED,
        recorded_at=now,
    )
    session.add(
        DispatchBatchRow(
            id=body.batch_id,
            center_code=user.center_code,
            idempotency_key=body.idempotency_key,
            username=user.username,
            courier_name=body.courier_name,
            body_sha256=digest,
            response=answer.model_dump(mode="json"),
            created_at=now,
        )
    )
    session.flush()  # the batch before its items (their foreign key)
    session.add_all(
        DispatchItemRow(batch_id=body.batch_id, request_id=row.id, position=n)
        for n, row in enumerate(rows, start=1)
    )
    try:
        session.commit()
    except IntegrityError:
        # The same key raced in from another connection (PostgreSQL): answer as it did.
        session.rollback()
        replayed = _replay_dispatch(session, body, user, digest)
        if replayed is None:
            raise
        return replayed
    log.info("dispatch %s of %d by %s", body.batch_id, len(rows), user.username)
    notifier.send()
    return answer
