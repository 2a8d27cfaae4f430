"""Refunds of the fee, ordered by the shift supervisor's review of a rejection.

A rejection upheld orders the refund its reason's catalogue entry says (whole, a share,
none: ``clerk_desk.reasons``): the payment becomes ``refund_ordered`` in the review's own
transaction (the supervisor its source, in the server's audit chain), and the order goes
to the gateway after the commit (:func:`send_refund_orders`), outside the write lock. A
gateway that is down leaves the order unsent (``refund_ordered_at`` empty); the portal's
next pass (``central.payments.poll``) sends it. The gateway says when it executed a refund
(``central.payments.apply_gateway_events``).

An overturn cancels a refund not yet executed: one never sent is cancelled here; one the
gateway holds is cancelled there first (refused while the gateway is down, so the
supervisor tries again: a refund must not run for a request back in the queue).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from central.db import RequestRow, UserRow, read_session, row_session
from central.gateway import Gateway, GatewayDown, GatewayRefused
from central.payment_audit import change_payment
from central.payment_rows import PaymentRow
from central.refusals import refuse
from central.routing import log
from clerk_desk.payments import PaymentState, refund_amount
from clerk_desk.reasons import REASONS


def on_review(
    session: Session,
    row: RequestRow,
    reason_code: str | None,
    outcome: str,
    user: UserRow,
    gateway: Gateway,
    now: datetime,
) -> None:
    """What the review of ``row``'s rejection (for ``reason_code``) does to its payment,
    in the review's transaction (the caller commits)."""
    payment = row.payment
    if payment is None:
        return  # a request older than payments
    if outcome == "uphold":
        reason = REASONS.get(reason_code or "")
        if reason is None or payment.state != PaymentState.PAID:
            return
        back = refund_amount(reason.refund, reason.refund_share, payment.amount)
        if back == 0:
            return
        payment.refund_amount = back
        payment.refund_ordered_at = None  # not sent to the gateway yet
        change_payment(session, payment, row.center_code, PaymentState.REFUND_ORDERED,
                       "supervisor", now, by=user.username)  # fmt: skip
    elif payment.state == PaymentState.REFUND_ORDERED:
        if payment.refund_ordered_at is not None:
            try:
                gateway.cancel_refund(payment.reference)
            except GatewayDown:
                raise refuse("payment_gateway_unavailable") from None
            except GatewayRefused:
                raise refuse("refund_executed", request_id=row.id) from None
        payment.refund_amount = 0
        payment.refund_ordered_at = None
        change_payment(session, payment, row.center_code, PaymentState.PAID,
                       "supervisor", now, by=user.username)  # fmt: skip


def send_refund_orders(engine: Engine, gateway: Gateway, now: datetime) -> int:
    """Send the gateway every refund ordered here and not sent yet; returns how many were
    sent. Stops at a gateway that is down (the rest wait for the next pass)."""
    with read_session(engine) as session:
        unsent = list(
            session.execute(
                select(PaymentRow.request_id, PaymentRow.reference, PaymentRow.refund_amount)
                .where(
                    PaymentRow.state == PaymentState.REFUND_ORDERED.value,
                    PaymentRow.refund_ordered_at.is_(None),
                )
                .order_by(PaymentRow.request_id)
            ).all()
        )
    sent: list[str] = []
    for request_id, reference, amount in unsent:
        try:
            gateway.order_refund(reference, amount)
        except GatewayDown as exc:
            log.warning("refund orders wait: the gateway is down (%s)", exc)
            break
        except GatewayRefused as exc:
            log.warning("the gateway refused the refund of %s: %s", request_id, exc.reason)
            continue
        sent.append(request_id)
    if sent:
        with row_session(engine) as session:  # the payments' rows, each locked as read
            for request_id in sent:
                payment = session.get_one(PaymentRow, request_id, with_for_update=True)
                if (
                    payment.state == PaymentState.REFUND_ORDERED
                    and payment.refund_ordered_at is None
                ):
                    payment.refund_ordered_at = now
            session.commit()
    return len(sent)
