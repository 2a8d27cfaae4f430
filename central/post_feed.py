"""The Syrian Post's tracking events for each envelope (S10 number), taken from the post's
feed and shown in the request's history.

``POST /post-feed/events`` is called by the post (its key, :mod:`central.outreach`), or by
the simulator that stands in for it (:mod:`central.post_simulator`). Every event is
recorded with what became of it (:class:`~clerk_desk.api_outreach.PostEventOutcome`):

- the post's last word (delivered, undeliverable) on a dispatched envelope moves the
  request: ``dispatched -> delivered | returned``; a returned one tells the citizen;
- a repeat (the same event id and content) changes nothing and answers as before; the same
  id with other content is refused;
- a second last word agreeing with the first is a repeat; one contradicting it (delivered
  after returned) is recorded and refused, never applied;
- a last word on an envelope the center has not handed to the post is recorded only;
- the other events (accepted, in transit, out for delivery) are recorded whenever they come:
  the history orders them by when they happened, not when they arrived;
- an event for a number no envelope of this server carries is recorded only.
"""

from __future__ import annotations

import hashlib
import json

from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import IssuanceRow, RequestRow
from central.notifications import Notifier, NotifierDep
from central.outreach import the_post
from central.outreach_db import PostEventRow
from central.refusals import refuse
from central.routing import (
    _ERRORS,
    ReadDb,
    ReadUser,
    RequestIdPath,
    WriteDb,
    _load_request,
    _touch,
    _transition,
    log,
)
from clerk_desk.api_outreach import (
    FINAL_POST_EVENTS,
    NotificationTemplate,
    PostEvent,
    PostEventIn,
    PostEventKind,
    PostEventList,
    PostEventOutcome,
    PostEventResult,
    PostFeedIn,
    PostFeedOut,
    UndeliverableReason,
)
from clerk_desk.states import RequestState

router = APIRouter(responses=_ERRORS)


def _digest(event: PostEventIn) -> str:
    canonical = json.dumps(
        event.model_dump(mode="json"), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _envelope_of(session: Session, tracking_number: str) -> RequestRow | None:
    """The request whose envelope carries the number (its latest print, for a reprint)."""
    request_id = session.scalar(
        select(IssuanceRow.request_id)
        .where(IssuanceRow.tracking_number == tracking_number)
        .order_by(IssuanceRow.issued_at.desc(), IssuanceRow.id.desc())
    )
    return session.get(RequestRow, request_id) if request_id is not None else None


def _last_word(session: Session, request_id: str) -> PostEventRow | None:
    """The post's last word applied to the request, if it has spoken."""
    return session.scalar(
        select(PostEventRow).where(
            PostEventRow.request_id == request_id,
            PostEventRow.outcome == PostEventOutcome.APPLIED.value,
            PostEventRow.kind.in_([k.value for k in FINAL_POST_EVENTS]),
        )
    )


def take_event(session: Session, event: PostEventIn, notifier: Notifier) -> PostEventResult:
    """Record one event of the post's and apply it where it moves its request."""
    digest = _digest(event)
    known = session.scalar(select(PostEventRow).where(PostEventRow.event_id == event.event_id))
    if known is not None:
        if known.body_sha256 != digest:
            raise refuse("post_event_reused", event_id=event.event_id)
        status = None
        if known.request_id is not None:
            status = RequestState(session.get_one(RequestRow, known.request_id).status)
        return PostEventResult(
            event_id=event.event_id,
            outcome=PostEventOutcome.REPEATED,
            request_id=known.request_id,
            status=status,
        )
    now = notifier.settings.clock()
    row = _envelope_of(session, event.tracking_number)
    outcome = PostEventOutcome.UNKNOWN_NUMBER if row is None else PostEventOutcome.RECORDED
    if row is not None and event.kind in FINAL_POST_EVENTS:
        outcome = _apply_last_word(session, row, event, notifier)
    session.add(
        PostEventRow(
            event_id=event.event_id,
            tracking_number=event.tracking_number,
            request_id=row.id if row is not None else None,
            kind=event.kind.value,
            reason=event.reason.value if event.reason is not None else None,
            place_ar=event.place_ar,
            occurred_at=event.occurred_at,
            received_at=now,
            outcome=outcome.value,
            body_sha256=digest,
        )
    )
    session.flush()  # a repeat later in the same batch finds it
    return PostEventResult(
        event_id=event.event_id,
        outcome=outcome,
        request_id=row.id if row is not None else None,
        status=RequestState(row.status) if row is not None else None,
    )


def _apply_last_word(
    session: Session, row: RequestRow, event: PostEventIn, notifier: Notifier
) -> PostEventOutcome:
    earlier = _last_word(session, row.id)
    if earlier is not None:
        agrees = earlier.kind == event.kind.value
        return PostEventOutcome.REPEATED if agrees else PostEventOutcome.CONTRADICTED
    if row.status != RequestState.DISPATCHED.value:
        return PostEventOutcome.NOT_DISPATCHED
    if event.kind is PostEventKind.DELIVERED:
        _transition(row, RequestState.DELIVERED)
    else:
        _transition(row, RequestState.RETURNED)
        reason = event.reason or UndeliverableReason.ADDRESS_NOT_FOUND
        notifier.tell(session, row, NotificationTemplate.RETURNED, "returned", reason=reason.value)
    _touch(session, row, notifier.settings.clock())
    return PostEventOutcome.APPLIED


@router.post(
    "/post-feed/events",
    response_model=PostFeedOut,
    tags=["post"],
    dependencies=[Depends(the_post)],
)
def post_feed(body: PostFeedIn, session: WriteDb, notifier: NotifierDep) -> PostFeedOut:
    """The post's tracking events, in a batch: each recorded, and applied where it moves
    its request; a repeated batch changes nothing. All of it is taken, or none."""
    results = [take_event(session, event, notifier) for event in body.events]
    session.commit()
    counts: dict[str, int] = {}
    for result in results:
        counts[result.outcome.value] = counts.get(result.outcome.value, 0) + 1
    log.info("post feed: %s", ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items())))
    notifier.send()
    return PostFeedOut(results=results)


@router.get("/requests/{request_id}/post-events", response_model=PostEventList, tags=["post"])
def post_events(request_id: RequestIdPath, user: ReadUser, session: ReadDb) -> PostEventList:
    """The post's events of the request's envelope, in the order they happened."""
    row = _load_request(session, request_id, user)
    events = session.scalars(
        select(PostEventRow)
        .where(PostEventRow.request_id == row.id)
        .order_by(PostEventRow.occurred_at, PostEventRow.id)
    )
    return PostEventList(
        request_id=row.id,
        items=[
            PostEvent(
                event_id=e.event_id,
                tracking_number=e.tracking_number,
                kind=PostEventKind(e.kind),
                reason=UndeliverableReason(e.reason) if e.reason else None,
                place_ar=e.place_ar,
                occurred_at=e.occurred_at,
                received_at=e.received_at,
                outcome=PostEventOutcome(e.outcome),
            )
            for e in events
        ],
    )
