"""A request's payment on the server: verified with the gateway before the request reaches
a center's queue, followed when the gateway reverses it or executes a refund.

The portal hands a paid request over (:func:`receive`): it is kept as a submission and
becomes a request only once the gateway has verified its receipt (:func:`verify_waiting`):
the reference known, the amount the service's fee at submission (``clerk_desk.fees``),
the reference used for no other request. A wrong amount, an unknown reference or a reused
one refuses the submission (its refusal code kept); a gateway that is down, or answers
something malformed, leaves it waiting, and a later pass verifies it: nothing is lost.

The gateway's own events (:func:`apply_gateway_events`): a reversed payment withdraws a
request not yet printed (the clerk reads why in the payment's note); an executed refund
makes the payment refunded. Every change of a payment is in the server's audit chain
(``central.payment_audit``). The gateway is called outside the database's write lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from central.db import (
    CenterRow,
    CounterRow,
    RequestRow,
    format_request_id,
    next_change_seqs,
    next_request_numbers,
    read_session,
    write_session,
)
from central.gateway import Gateway, GatewayDown, GatewayRefused
from central.payment_audit import change_payment, record_verified
from central.payment_rows import PaymentRow, PortalSubmissionRow
from central.refunds import send_refund_orders
from central.refusals import refuse
from central.routing import log
from clerk_desk.api_payments import PollOut, PortalSubmissionIn, SubmissionOut, VerifyAnswer
from clerk_desk.fees import NoFee, fee_for
from clerk_desk.payments import PaymentState
from clerk_desk.services import SERVICES
from clerk_desk.states import RequestState

WAITING, QUEUED, REFUSED = "waiting", "queued", "refused"
EVENTS_CURSOR = "gateway_events"
# A reversal withdraws a request in these states; one printed goes on (the document exists).
NOT_PRINTED = frozenset({RequestState.ASSIGNED, RequestState.IN_REVIEW, RequestState.ACCEPTED})
REVERSED_NOTE = "payment reversed by the gateway"


def submission_out(row: PortalSubmissionRow) -> SubmissionOut:
    return SubmissionOut(
        portal_ref=row.portal_ref,
        state=row.state,
        request_id=row.request_id,
        code=row.refusal,
        attempts=row.attempts,
    )


def _values(body: PortalSubmissionIn) -> dict[str, object]:
    return body.model_dump(mode="json", exclude={"portal_ref", "amount", "channel", "reference"})


def receive(session: Session, body: PortalSubmissionIn, now: datetime) -> PortalSubmissionRow:
    """Keep the portal's submission (the caller commits); a repeat with the same content
    is the row already kept, one with other content is refused."""
    if session.get(CenterRow, body.center_code) is None:
        raise refuse("portal_unknown_center", center=body.center_code)
    earlier = session.scalar(
        select(PortalSubmissionRow).where(PortalSubmissionRow.portal_ref == body.portal_ref)
    )
    values = _values(body)
    if earlier is not None:
        same = (earlier.values, earlier.amount, earlier.channel, earlier.reference) == (
            values, body.amount, body.channel.value, body.reference,
        )  # fmt: skip
        if not same:
            raise refuse("submission_conflict", portal_ref=body.portal_ref)
        return earlier
    row = PortalSubmissionRow(
        portal_ref=body.portal_ref,
        center_code=body.center_code,
        service_code=body.service_code,
        values=values,
        amount=body.amount,
        channel=body.channel.value,
        reference=body.reference,
        submitted_at=body.submitted_at,
        received_at=now,
        state=WAITING,
        attempts=0,
    )
    session.add(row)
    session.flush()
    return row


@dataclass(frozen=True, slots=True)
class _Check:
    """What the gateway said of one submission (None: it could not say)."""

    submission_id: int
    fee: int | None
    answer: VerifyAnswer | None


def _refusal(
    session: Session, sub: PortalSubmissionRow, check: _Check
) -> tuple[str, dict[str, str]] | None:
    """Why the submission cannot be queued, as a refusal of the catalogue (None: it can)."""
    ref = {"reference": sub.reference}
    if check.fee is None:
        return "payment_no_fee", {"service": sub.service_code}
    answer = check.answer
    assert answer is not None
    if answer.result == "unknown_reference":
        return "payment_unknown_reference", ref
    paid = answer.receipt.amount if answer.receipt is not None else sub.amount
    if answer.result == "wrong_amount" or sub.amount != check.fee or paid != check.fee:
        return "payment_wrong_amount", {**ref, "paid": str(paid), "fee": str(check.fee)}
    used = session.scalar(
        select(PaymentRow.request_id).where(PaymentRow.reference == sub.reference)
    )
    if used is not None:
        return "payment_reference_reused", ref
    return None


def _queue(session: Session, sub: PortalSubmissionRow, answer: VerifyAnswer, now: datetime) -> str:
    """Make the verified submission a request of its center's queue, with its payment."""
    receipt = answer.receipt
    assert receipt is not None
    values = dict(sub.values)
    subject, delivery = values.pop("subject"), values.pop("delivery")
    assert isinstance(subject, dict) and isinstance(delivery, dict)
    number = next_request_numbers(session, sub.center_code)
    request_id = format_request_id(sub.center_code, number)
    session.add(
        RequestRow(
            id=request_id,
            service_code=sub.service_code,
            service_class=SERVICES[sub.service_code].service_class.value,
            center_code=sub.center_code,
            status=RequestState.ASSIGNED.value,
            requester_name=values["requester_name"],
            relation_ar=values.get("relation_ar") or "",
            **{f"subject_{name}": value for name, value in subject.items()},
            delivery_method=delivery["method"],
            delivery_recipient=delivery["recipient_name"],
            delivery_address_ar=delivery.get("address_ar", ""),
            delivery_city_ar=delivery.get("city_ar", ""),
            delivery_phone=delivery.get("phone", ""),
            submitted_at=sub.submitted_at,
            assigned_at=now,
            updated_at=now,
            change_seq=next_change_seqs(session),
        )
    )
    session.flush()
    payment = PaymentRow(
        request_id=request_id,
        amount=receipt.amount,
        channel=receipt.channel.value,
        reference=receipt.reference,
        paid_at=receipt.paid_at,
        state=PaymentState.PAID.value,
        refund_amount=0,
        note="",
        verified_at=now,
        updated_at=now,
    )
    session.add(payment)
    session.flush()
    record_verified(session, payment, sub.center_code, now)
    return request_id


def verify_waiting(
    engine: Engine, gateway: Gateway, now: datetime, portal_ref: str | None = None
) -> PollOut:
    """Ask the gateway about every waiting submission (or the one of ``portal_ref``);
    queue the verified ones, refuse those the gateway contradicts, leave the rest waiting."""
    with read_session(engine) as session:
        query = select(PortalSubmissionRow).where(PortalSubmissionRow.state == WAITING)
        if portal_ref is not None:
            query = query.where(PortalSubmissionRow.portal_ref == portal_ref)
        waiting = list(session.scalars(query.order_by(PortalSubmissionRow.id)))
    checks: list[_Check] = []
    down = False
    for sub in waiting:
        try:
            fee = fee_for(sub.service_code, sub.submitted_at)
        except NoFee:
            checks.append(_Check(sub.id, None, None))
            continue
        if down:
            checks.append(_Check(sub.id, fee, None))
            continue
        try:
            answer = gateway.verify(sub.reference, sub.amount)
        except (GatewayDown, GatewayRefused) as exc:  # no answer to go by: ask again later
            log.warning("payment gateway gave no verification: %s", exc)
            down = True
            answer = None
        checks.append(_Check(sub.id, fee, answer))
    queued = refused = still = 0
    with write_session(engine) as session:
        for check in checks:
            sub = session.get_one(PortalSubmissionRow, check.submission_id)
            if sub.state != WAITING:
                continue  # another pass got there first
            sub.attempts += 1
            sub.last_attempt_at = now
            if check.fee is not None and check.answer is None:
                still += 1
                continue
            refusal = _refusal(session, sub, check)
            if refusal is not None:
                sub.state, sub.refusal = REFUSED, refusal[0]
                refused += 1
                log.info("portal submission %s refused: %s", sub.portal_ref, refusal[0])
                continue
            assert check.answer is not None
            sub.request_id = _queue(session, sub, check.answer, now)
            sub.state = QUEUED
            queued += 1
            log.info("portal submission %s queued as %s", sub.portal_ref, sub.request_id)
        session.commit()
    return PollOut(queued=queued, refused=refused, waiting=still, gateway_down=down)


def _cursor(session: Session) -> CounterRow:
    row = session.get(CounterRow, EVENTS_CURSOR)
    if row is None:
        row = CounterRow(name=EVENTS_CURSOR, value=0)
        session.add(row)
        session.flush()
    return row


def apply_gateway_events(engine: Engine, gateway: Gateway, now: datetime) -> int:
    """Apply what the gateway did on its own side since the last pass: reversals withdraw
    requests not yet printed, executed refunds make payments refunded. Returns how many
    events were applied; raises :class:`GatewayDown` (nothing changed) when it cannot say."""
    with read_session(engine) as session:
        row = session.get(CounterRow, EVENTS_CURSOR)
        after = row.value if row is not None else 0
    events = gateway.events(after).items
    with write_session(engine) as session:
        cursor = _cursor(session)
        for event in events:
            if event.seq <= cursor.value:
                continue  # applied by another pass
            cursor.value = event.seq
            payment = session.scalar(
                select(PaymentRow).where(PaymentRow.reference == event.reference)
            )
            if payment is None:
                continue  # a payment of no request here (still waiting, or refused)
            request = session.get_one(RequestRow, payment.request_id)
            if event.kind == "reversed" and payment.state in (
                PaymentState.PAID, PaymentState.REFUND_ORDERED,
            ):  # fmt: skip
                if payment.state == PaymentState.REFUND_ORDERED:
                    change_payment(session, payment, request.center_code, PaymentState.PAID,
                                   "gateway", now)  # fmt: skip
                reason = f"{REVERSED_NOTE}: {event.reason}" if event.reason else REVERSED_NOTE
                change_payment(session, payment, request.center_code, PaymentState.REVERSED,
                               "gateway", now, note=reason)  # fmt: skip
                _withdraw_unprinted(session, request, now)
            elif event.kind == "refund_executed" and payment.state == PaymentState.REFUND_ORDERED:
                payment.refunded_at = event.at
                change_payment(session, payment, request.center_code, PaymentState.REFUNDED,
                               "gateway", now)  # fmt: skip
        session.commit()
    return len(events)


def _withdraw_unprinted(session: Session, request: RequestRow, now: datetime) -> None:
    if RequestState(request.status) not in NOT_PRINTED:
        log.info("payment of %s reversed after printing: the request stays", request.id)
        return
    request.status = RequestState.WITHDRAWN.value
    request.claimed_by = None
    request.lease_expires_at = None
    request.change_seq = next_change_seqs(session)
    request.updated_at = now
    log.info("request %s withdrawn: its payment was reversed", request.id)


def poll(engine: Engine, gateway: Gateway, now: datetime) -> PollOut:
    """One pass: the waiting submissions, the refund orders not sent yet, then the
    gateway's events."""
    verified = verify_waiting(engine, gateway, now)
    try:
        send_refund_orders(engine, gateway, now)
        events = apply_gateway_events(engine, gateway, now)
    except GatewayDown:
        return verified.model_copy(update={"gateway_down": True})
    return verified.model_copy(update={"events": events})
