"""The tables of what happens after the counter: the Syrian Post's tracking events for each
envelope, and the SMS messages the citizen is sent (:mod:`central.post_feed`,
:mod:`central.notifications`).

Kept beside :mod:`central.db` (on its ``Base``); the Alembic environment imports this module
so the migrations and the models are checked against each other.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central.db import Base


class PostEventRow(Base):
    """One tracking event the post sent, whatever became of it: applied to the request,
    recorded beside it, or recorded only (an unknown number, a contradiction). Never
    deleted; ``event_id`` is the post's own id for it, so a repeat is recognised."""

    __tablename__ = "post_events"
    __table_args__ = (Index("ix_post_events_request_id_occurred_at", "request_id", "occurred_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), unique=True)
    tracking_number: Mapped[str] = mapped_column(String(13), index=True)
    # None: no envelope of this server carries the number.
    request_id: Mapped[str | None] = mapped_column(ForeignKey("requests.id"))
    kind: Mapped[str] = mapped_column(String(20))  # clerk_desk.api_outreach.PostEventKind
    reason: Mapped[str | None] = mapped_column(String(20))  # of an undeliverable envelope
    place_ar: Mapped[str] = mapped_column(String(200), default="")
    occurred_at: Mapped[datetime]  # the post's time
    received_at: Mapped[datetime]  # this server's
    outcome: Mapped[str] = mapped_column(String(20))  # clerk_desk.api_outreach.PostEventOutcome
    # The SHA-256 of the event as the post sent it: the same id with other content is
    # refused, not taken for a repeat.
    body_sha256: Mapped[str] = mapped_column(String(64))


class NotificationRow(Base):
    """One SMS to the citizen about one event of their request. ``key`` names the event
    (``DAM-000001:dispatched``): unique, so every server process that sees the event
    queues the message once, and only one of them sends it."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    template: Mapped[str] = mapped_column(String(30))
    phone: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    encoding: Mapped[str] = mapped_column(String(5))  # gsm7 | ucs2
    segments: Mapped[int] = mapped_column(Integer)
    # queued -> sending -> sent -> delivered | failed; no_phone: nothing to send it to
    status: Mapped[str] = mapped_column(String(12), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    gateway_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    claimed_at: Mapped[datetime | None]  # when a process took it to send
    sent_at: Mapped[datetime | None]
    reported_at: Mapped[datetime | None]  # the gateway's delivery report
    report: Mapped[str] = mapped_column(String(40), default="")  # the gateway's word for it
