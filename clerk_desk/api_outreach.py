"""The contract of what happens after the counter: the Syrian Post's tracking events (its
feed in, the workstation's view out) and the SMS messages the citizen was sent.

Kept beside :mod:`clerk_desk.api` (whose base models it uses): a workstation that does not
ask for these calls is not affected by them. The server's OpenAPI document is generated from
these models too.

``POST /post-feed/events`` and ``POST /sms-gateway/reports`` are called by the post and by
the SMS gateway, each with its own key, never by a workstation.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, model_validator

from clerk_desk.api import (
    AwareMoment,
    Count,
    Incoming,
    OneLine,
    Outgoing,
    RequestId,
    RowId,
)
from clerk_desk.states import RequestState

# The post's id for one event: what makes a repeat recognisable.
PostEventId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
# An S10 number as the post writes it (its check digit is the post's business).
S10Number = Annotated[str, Field(pattern=r"^[A-Z]{2}[0-9]{9}[A-Z]{2}$")]
GatewayId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
MAX_POST_EVENTS = 500


class PostEventKind(StrEnum):
    ACCEPTED = "accepted"  # at the post office
    IN_TRANSIT = "in_transit"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"
    UNDELIVERABLE = "undeliverable"


# The post's last word on an envelope: each moves the request's state once.
FINAL_POST_EVENTS = frozenset({PostEventKind.DELIVERED, PostEventKind.UNDELIVERABLE})


class UndeliverableReason(StrEnum):
    ADDRESS_NOT_FOUND = "address_not_found"
    REFUSED = "refused"  # the addressee refused the envelope
    NOT_COLLECTED = "not_collected"  # not collected within the post's period


class PostEventIn(Incoming):
    """One tracking event of one envelope, as the post reports it."""

    event_id: PostEventId
    tracking_number: S10Number
    kind: PostEventKind
    reason: UndeliverableReason | None = None  # given with undeliverable, and only then
    occurred_at: AwareMoment
    place_ar: Annotated[OneLine, Field(max_length=200)] = ""

    @model_validator(mode="after")
    def _reason_with_undeliverable(self) -> PostEventIn:
        if (self.kind is PostEventKind.UNDELIVERABLE) != (self.reason is not None):
            raise ValueError("an undeliverable event says why, and only it does")
        return self


class PostFeedIn(Incoming):
    """``POST /post-feed/events``: a batch of the post's events, in any order."""

    events: Annotated[list[PostEventIn], Field(min_length=1, max_length=MAX_POST_EVENTS)]


class PostEventOutcome(StrEnum):
    """What the server made of an event; every event is recorded whatever its outcome."""

    APPLIED = "applied"  # it moved the request (dispatched -> delivered | returned)
    RECORDED = "recorded"  # shown in the request's history, no state changes
    REPEATED = "repeated"  # the same event again: nothing done twice
    UNKNOWN_NUMBER = "unknown_number"  # no envelope of this server carries the number
    CONTRADICTED = "contradicted"  # contradicts the post's last word: refused
    NOT_DISPATCHED = "not_dispatched"  # a last word on an envelope not handed to the post


class PostEventResult(Outgoing):
    event_id: PostEventId
    outcome: PostEventOutcome
    request_id: RequestId | None = None
    status: RequestState | None = None  # the request's state after the event


class PostFeedOut(Outgoing):
    results: Annotated[list[PostEventResult], Field(max_length=MAX_POST_EVENTS)]


class PostEvent(Outgoing):
    """One of the post's events of a request's envelope, for the request's history."""

    event_id: PostEventId
    tracking_number: S10Number
    kind: PostEventKind
    reason: UndeliverableReason | None = None
    place_ar: Annotated[str, Field(max_length=200)] = ""
    occurred_at: AwareMoment
    received_at: AwareMoment
    outcome: PostEventOutcome


class PostEventList(Outgoing):
    """``GET /requests/{id}/post-events``: in the order they happened."""

    request_id: RequestId
    items: Annotated[list[PostEvent], Field(max_length=10_000)]


class NotificationTemplate(StrEnum):
    REJECTED = "rejected"  # a rejection the supervisor upheld, with its reason
    READY_FOR_PICKUP = "ready_for_pickup"
    DISPATCHED = "dispatched"  # handed to the post, with the S10 number
    RETURNED = "returned"  # the post brought it back: it waits at the center


class NotificationStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"  # the gateway took it
    DELIVERED = "delivered"  # the gateway's delivery report
    FAILED = "failed"  # the gateway's delivery report
    NO_PHONE = "no_phone"  # the request gave no mobile number


class Notification(Outgoing):
    """An SMS the citizen was sent (or is being sent) about their request."""

    id: RowId
    template: NotificationTemplate
    text: Annotated[str, Field(max_length=2000)]
    encoding: Annotated[str, Field(pattern=r"^(gsm7|ucs2)$")]
    segments: Count
    status: NotificationStatus
    created_at: AwareMoment
    sent_at: AwareMoment | None = None
    reported_at: AwareMoment | None = None


class NotificationList(Outgoing):
    """``GET /requests/{id}/notifications``: oldest first."""

    request_id: RequestId
    items: Annotated[list[Notification], Field(max_length=1000)]


class SmsReport(StrEnum):
    DELIVERED = "delivered"
    FAILED = "failed"


class SmsReportIn(Incoming):
    """``POST /sms-gateway/reports``: the gateway's delivery report of one message."""

    gateway_id: GatewayId
    report: SmsReport
    at: AwareMoment
