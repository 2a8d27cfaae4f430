"""The demo seed's story after the counter: a few postal requests of Damascus printed, sealed
and handed to the post two days before the seed's moment, each with the post's tracking
events and the messages the citizen was sent, so that ``make run`` shows them.

- one delivered (accepted, in transit, out for delivery, delivered); its SMS delivered;
- one still in transit (accepted, in transit); its SMS failed, as the gateway reported;
- one returned: the post found no such address; the citizen was told twice, the last
  message sent with no report yet.

The rows are what the server itself writes when the post's feed (:mod:`central.post_feed`)
and the SMS gateway (:mod:`central.notifications`) speak; their texts come from the same
templates (:mod:`central.sms_templates`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from central.db import DispatchBatchRow, DispatchItemRow, IssuanceRow, RequestRow
from central.issuing_bodies import demo_issued_document, record_issued_document
from central.outreach_db import NotificationRow, PostEventRow
from central.post_feed import _digest
from central.sms_templates import UNDELIVERABLE_AR, render
from clerk_desk.api_outreach import (
    FINAL_POST_EVENTS,
    NotificationStatus,
    NotificationTemplate,
    PostEventIn,
    PostEventKind,
    PostEventOutcome,
    UndeliverableReason,
)
from clerk_desk.services import ServiceClass
from clerk_desk.states import RequestState
from clerk_desk.tracking import make_tracking_number

CENTER = "DAM"
CLERK = "dam.clerk1"
# Numbers of their own, apart from every workstation's blocks (service indicator RS).
TRACKING_SERVICE = "RS"
FIRST_SERIAL = 90_000_001
ADDRESSES = (
    "المزة، شارع الجلاء، بناء 14، طابق 3",
    "باب توما، شارع القصاع، بناء 7، الطابق الأرضي",
    "ركن الدين، شارع أسد الدين، بناء 22، طابق 2",
)
_JOURNEY = (
    (PostEventKind.ACCEPTED, "مكتب بريد دمشق المركزي"),
    (PostEventKind.IN_TRANSIT, "مركز الفرز - دمشق"),
    (PostEventKind.OUT_FOR_DELIVERY, "موزع البريد"),
)
T = NotificationTemplate
S = NotificationStatus


@dataclass(frozen=True, slots=True)
class Story:
    state: RequestState
    events: int  # how many of the journey's events the post reported
    last_word: PostEventKind | None
    reason: UndeliverableReason | None
    # Each message sent: its template and what the gateway reported.
    messages: tuple[tuple[NotificationTemplate, NotificationStatus], ...]


STORIES = (
    Story(RequestState.DELIVERED, 3, PostEventKind.DELIVERED, None, ((T.DISPATCHED, S.DELIVERED),)),
    Story(RequestState.DISPATCHED, 2, None, None, ((T.DISPATCHED, S.FAILED),)),
    Story(
        RequestState.RETURNED,
        3,
        PostEventKind.UNDELIVERABLE,
        UndeliverableReason.ADDRESS_NOT_FOUND,
        ((T.DISPATCHED, S.DELIVERED), (T.RETURNED, S.SENT)),
    ),
)


def seed_post_story(session: Session, request_ids: Sequence[str], now: datetime) -> list[str]:
    """Take the assigned requests ``request_ids`` (one per story, of Damascus) through the
    counter to the post and what came after; the ids taken. The caller commits."""
    taken = list(request_ids[: len(STORIES)])
    handed = now - timedelta(days=2)
    session.add(
        DispatchBatchRow(
            id=f"{CENTER}-D-SEED01",
            center_code=CENTER,
            idempotency_key="seed-post-story-batch-1",
            username=CLERK,
            courier_name="سامر الأحمد",
            body_sha256="0" * 64,
            response={},
            created_at=handed,
        )
    )
    for n, (request_id, story) in enumerate(zip(taken, STORIES, strict=False)):
        row = session.get_one(RequestRow, request_id)
        tracking = make_tracking_number(TRACKING_SERVICE, FIRST_SERIAL + n)
        row.delivery_method = "post"
        row.delivery_address_ar = ADDRESSES[n % len(ADDRESSES)]
        row.assigned_at = min(row.assigned_at, handed - timedelta(hours=3))
        row.submitted_at = min(row.submitted_at, row.assigned_at)
        if row.service_class == ServiceClass.SLOW.value:  # the body answered, as the seed's
            pdf = demo_issued_document(request_id, row.service_code, row.subject_national_number,
                                       handed.date())  # fmt: skip
            record_issued_document(session, request_id, row.service_code, pdf, handed)
        # Asked by the subject, with no papers: a workstation fetches papers ahead only for
        # the requests still to be worked, and a relative would have brought some.
        row.requester_name = row.delivery_recipient = " ".join(
            name for name in (row.subject_first_name, row.subject_father_name,
                              row.subject_last_name) if name
        )  # fmt: skip
        row.relation_ar = ""
        session.add(
            IssuanceRow(
                request_id=request_id,
                document_number=f"{CENTER}-{handed.year}-SEED-{n + 1:06d}",
                tracking_number=tracking,
                document_sha256="a" * 64,
                envelope_sha256="b" * 64,
                issued_by=CLERK,
                issued_at=handed - timedelta(hours=1),
                workstation=None,
            )
        )
        session.add(DispatchItemRow(batch_id=f"{CENTER}-D-SEED01", request_id=request_id,
                                    position=n))  # fmt: skip
        last = _post_events(session, row, tracking, story, handed)
        _messages(session, row, tracking, story, handed, last)
        row.status = story.state.value
        row.updated_at = last
    session.flush()
    return taken


def _post_events(
    session: Session, row: RequestRow, tracking: str, story: Story, handed: datetime
) -> datetime:
    """The post's events of the envelope, six hours apart; when the last one came."""
    kinds: list[tuple[PostEventKind, str]] = list(_JOURNEY[: story.events])
    if story.last_word is not None:
        kinds.append((story.last_word, ""))
    at = handed
    for n, (kind, place) in enumerate(kinds):
        at = handed + timedelta(hours=2 + 6 * n)
        reason = story.reason if kind is PostEventKind.UNDELIVERABLE else None
        event = PostEventIn(
            event_id=f"SEED-{tracking}-{n + 1}",
            tracking_number=tracking,
            kind=kind,
            reason=reason,
            occurred_at=at,
            place_ar=place,
        )
        applied = kind in FINAL_POST_EVENTS
        outcome = PostEventOutcome.APPLIED if applied else PostEventOutcome.RECORDED
        session.add(
            PostEventRow(
                event_id=event.event_id,
                tracking_number=tracking,
                request_id=row.id,
                kind=kind.value,
                reason=reason.value if reason is not None else None,
                place_ar=place,
                occurred_at=at,
                received_at=at + timedelta(minutes=5),
                outcome=outcome.value,
                body_sha256=_digest(event),
            )
        )
    return at + timedelta(minutes=5)


def _messages(
    session: Session, row: RequestRow, tracking: str, story: Story, handed: datetime,
    last: datetime,
) -> None:  # fmt: skip
    for template, status in story.messages:
        if template is T.DISPATCHED:
            sms = render(template, request_id=row.id, tracking_number=tracking)
            at = handed
        else:
            reason = UNDELIVERABLE_AR[story.reason or UndeliverableReason.ADDRESS_NOT_FOUND]
            sms = render(template, request_id=row.id, reason=reason)
            at = last
        reported = status in (S.DELIVERED, S.FAILED)
        session.add(
            NotificationRow(
                key=f"{row.id}:{template.value}",
                request_id=row.id,
                template=template.value,
                phone=row.delivery_phone,
                text=sms.text,
                encoding=sms.cost.encoding,
                segments=sms.cost.segments,
                status=status.value,
                attempts=1,
                gateway_id=f"SEED-{row.id}-{template.value}",
                created_at=at,
                claimed_at=at,
                sent_at=at,
                reported_at=at + timedelta(minutes=2) if reported else None,
                report=status.value if reported else "",
            )
        )
