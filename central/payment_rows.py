"""The central server's tables of payments (``central.payments``): a request's payment,
and a portal submission waiting for its receipt to be verified with the gateway.

Kept beside :mod:`central.db` (whose ``Base`` they use; it imports this module so the
tables are known wherever the schema is).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from central.db import Base
from clerk_desk.api_payments import Payment
from clerk_desk.payments import PaymentChannel, PaymentState


class PaymentRow(Base):
    """The fee paid for a request, verified with the gateway before the request was
    queued. Its state changes are in the server's audit chain (``central.payments``)."""

    __tablename__ = "payments"

    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), primary_key=True)
    amount: Mapped[int] = mapped_column(Integer)  # Syrian pounds
    channel: Mapped[str] = mapped_column(String(20))  # clerk_desk.payments.PaymentChannel
    reference: Mapped[str] = mapped_column(String(40), unique=True)  # one request each
    paid_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(20), index=True)  # PaymentState
    refund_amount: Mapped[int] = mapped_column(Integer, default=0)
    refund_ordered_at: Mapped[datetime | None]
    refunded_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(String(200), default="")
    verified_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class PortalSubmissionRow(Base):
    """A request the portal handed over with its payment's receipt, kept until the
    gateway has verified it (then it becomes a request in the center's queue) or refused
    it. A gateway that is down leaves it waiting: nothing is lost."""

    __tablename__ = "portal_submissions"
    __table_args__ = (Index("ix_portal_submissions_state", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    portal_ref: Mapped[str] = mapped_column(String(64), unique=True)  # the portal's own id
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"))
    service_code: Mapped[str] = mapped_column(String(60))
    values: Mapped[dict[str, Any]]  # the request's columns as submitted
    amount: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str] = mapped_column(String(40), index=True)
    submitted_at: Mapped[datetime]
    received_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(10))  # waiting | queued | refused
    refusal: Mapped[str | None] = mapped_column(String(40))  # a code of the catalogue
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[datetime | None]
    request_id: Mapped[str | None] = mapped_column(ForeignKey("requests.id"))


def payment_out(row: PaymentRow | None) -> Payment | None:
    """A request's payment in the contract's form (None: a request older than payments)."""
    if row is None:
        return None
    return Payment(
        amount=row.amount,
        channel=PaymentChannel(row.channel),
        reference=row.reference,
        paid_at=row.paid_at,
        state=PaymentState(row.state),
        refund_amount=row.refund_amount,
        note=row.note,
    )
