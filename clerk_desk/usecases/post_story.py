"""The story after the counter, as the workstation shows it: the post's tracking events of
the request's envelope, merged in time order with the request's history here, and the
messages the citizen was sent about it with what the SMS gateway reported.

Neither is kept in the store: the server holds them (its post feed and its notifications)
and the counter asks for them when a request past the counter is shown
(:meth:`clerk_desk.usecases.counter.Counter.after_counter`). Offline, the history shows
what this workstation recorded, and says that the post's part could not be asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar

from clerk_desk.api_outreach import (
    Notification,
    NotificationStatus,
    NotificationTemplate,
    PostEvent,
    PostEventKind,
    PostEventOutcome,
    UndeliverableReason,
)
from clerk_desk.link_errors import Offline
from clerk_desk.local_time import when
from clerk_desk.ports.outreach import OutreachLink
from clerk_desk.states import RequestState

S = RequestState
# The states in which the post or the citizen's messages may have something to tell: the
# envelope handed to the post (and what became of it), kept for pickup, a rejection.
AFTER_THE_COUNTER: frozenset[RequestState] = frozenset(
    {
        S.DISPATCHED,
        S.DELIVERED,
        S.RETURNED,
        S.AWAITING_PICKUP,
        S.COLLECTED,
        S.REJECTED,
        S.UPHELD,
    }
)


@dataclass(frozen=True, slots=True)
class PostLine:
    """One of the post's events of the envelope, for the request's history."""

    moment: datetime  # when it happened, as the post says (aware)
    at: str  # the same, as a person here reads it (:func:`when`)
    kind: PostEventKind
    reason: UndeliverableReason | None
    place_ar: str
    # The post said otherwise before (delivered, then undeliverable): kept, never applied.
    contradicted: bool = False


@dataclass(frozen=True, slots=True)
class CitizenMessage:
    """An SMS the citizen was sent (or is being sent) about the request."""

    template: NotificationTemplate
    text: str
    segments: int
    status: NotificationStatus
    queued_at: str  # when the event queued it (:func:`when`)
    sent_at: str  # when the gateway took it ("" before)
    reported_at: str  # the gateway's delivery report ("" before)

    @property
    def failed(self) -> bool:
        """Whether it did not reach the citizen (a failed report, or no phone to send to)."""
        return self.status in (NotificationStatus.FAILED, NotificationStatus.NO_PHONE)


@dataclass(frozen=True, slots=True)
class PostStory:
    """What the server told of the request after the counter, when the counter asked."""

    events: tuple[PostLine, ...] = ()
    messages: tuple[CitizenMessage, ...] = ()
    offline: bool = False  # the server could not be asked: nothing is known of either


def post_line(event: PostEvent, now: datetime | None = None) -> PostLine | None:
    """The history's line of ``event``; None for a repeat of one already shown."""
    if event.outcome is PostEventOutcome.REPEATED:
        return None
    return PostLine(
        moment=event.occurred_at,
        at=when(event.occurred_at, now),
        kind=event.kind,
        reason=event.reason,
        place_ar=event.place_ar,
        contradicted=event.outcome is PostEventOutcome.CONTRADICTED,
    )


def citizen_message(notification: Notification, now: datetime | None = None) -> CitizenMessage:
    def moment(at: datetime | None) -> str:
        return when(at, now) if at is not None else ""

    return CitizenMessage(
        template=notification.template,
        text=notification.text,
        segments=notification.segments,
        status=notification.status,
        queued_at=moment(notification.created_at),
        sent_at=moment(notification.sent_at),
        reported_at=moment(notification.reported_at),
    )


def ask(link: OutreachLink, request_id: str, now: datetime | None = None) -> PostStory:
    """The post's events and the citizen's messages of ``request_id``, asked of the server
    now; an empty story that says it was offline when the server does not answer."""
    try:
        events = link.post_events(request_id).items
        messages = link.notifications(request_id).items
    except Offline:
        return PostStory(offline=True)
    lines = (post_line(e, now) for e in sorted(events, key=lambda e: e.occurred_at))
    return PostStory(
        events=tuple(line for line in lines if line is not None),
        messages=tuple(citizen_message(n, now) for n in messages),
    )


class Dated(Protocol):
    @property
    def moment(self) -> datetime: ...


L = TypeVar("L", bound=Dated)


def merged(history: Sequence[L], events: Sequence[PostLine]) -> tuple[L | PostLine, ...]:
    """The request's history here and the post's events in one list, in time order (a line
    here and an event of the same moment: the line here first)."""
    dated: list[tuple[datetime, int, L | PostLine]] = [
        (line.moment, n, line) for n, line in enumerate(history)
    ]
    dated += [(e.moment, len(history) + n, e) for n, e in enumerate(events)]
    return tuple(line for _, _, line in sorted(dated, key=lambda d: (d[0], d[1])))
