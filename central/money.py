"""The shift supervisor's money figures (``GET /money``): a center's fees in a period,
collected by service and channel, refunds ordered and executed, and the lines the
gateway's settlement should show, for the reconciliation
(``clerk_desk.fee_reconciliation``).

Collected: the payments of the center's requests paid in the period, a reversed one
excepted. Refunds ordered and executed: from the server's audit chain of payments
(``central.payment_audit``), so an order the supervisor made and an overturn later
cancelled still shows as ordered, once.

The gateway settles every center's payments in one file: the references of the other
centers' lines in the period come too (references only), so a center's reconciliation
leaves them out instead of listing them as unknown.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import and_, or_, select

from central.db import AuditEntryRow, RequestRow
from central.payment_audit import SERVER_CHAIN
from central.payment_rows import PaymentRow
from central.refusals import refuse
from central.routing import _ERRORS, ReadDb, ReadUser, SettingsDep, _require_role
from clerk_desk.api import Moment, Role
from clerk_desk.api_payments import Collected, MoneyOut, RefundFigures, SettlementLine
from clerk_desk.payments import PaymentChannel, PaymentState

MAX_PERIOD_DAYS = 31

router = APIRouter(responses=_ERRORS, tags=["dashboard"])


@router.get("/money", response_model=MoneyOut)
def money(
    user: ReadUser,
    session: ReadDb,
    settings: SettingsDep,
    since: Annotated[Moment | None, Query(description="start (ISO 8601)")] = None,
    until: Annotated[Moment | None, Query(description="end (ISO 8601); default now")] = None,
) -> MoneyOut:
    _require_role(user, Role.SUPERVISOR, "dashboard")
    until = until or settings.clock()
    since = since or until - timedelta(hours=8)
    if since.tzinfo is None or until.tzinfo is None:
        raise refuse("time_without_zone")
    if since >= until or until - since > timedelta(days=MAX_PERIOD_DAYS):
        raise refuse("bad_period", days=MAX_PERIOD_DAYS)
    center = user.center_code
    rows = session.execute(
        select(PaymentRow, RequestRow.service_code)
        .join(RequestRow, RequestRow.id == PaymentRow.request_id)
        .where(
            RequestRow.center_code == center,
            PaymentRow.paid_at >= since,
            PaymentRow.paid_at < until,
            PaymentRow.state != PaymentState.REVERSED.value,
        )
    ).all()
    sums: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    lines: list[SettlementLine] = []
    for payment, service_code in rows:
        figures = sums[service_code, payment.channel]
        figures[0] += 1
        figures[1] += payment.amount
        lines.append(_line(payment, payment.amount, payment.paid_at.date()))
    executed = session.scalars(
        select(PaymentRow)
        .join(RequestRow, RequestRow.id == PaymentRow.request_id)
        .where(
            RequestRow.center_code == center,
            PaymentRow.refunded_at >= since,
            PaymentRow.refunded_at < until,
        )
    ).all()
    for payment in executed:
        assert payment.refunded_at is not None
        lines.append(_line(payment, -payment.refund_amount, payment.refunded_at.date()))
    ordered, done = RefundFigures(), RefundFigures()
    for action, detail in session.execute(
        select(AuditEntryRow.action, AuditEntryRow.detail).where(
            AuditEntryRow.center_code == center,
            AuditEntryRow.workstation == SERVER_CHAIN,
            AuditEntryRow.action.in_(("payment_refund_ordered", "payment_refunded")),
            AuditEntryRow.at >= since,
            AuditEntryRow.at < until,
        )
    ).all():
        amount = int(detail.get("refund_amount", 0))
        if action == "payment_refund_ordered":
            ordered = RefundFigures(count=ordered.count + 1, amount=ordered.amount + amount)
        else:
            done = RefundFigures(count=done.count + 1, amount=done.amount + amount)
    in_period = or_(
        and_(PaymentRow.paid_at >= since, PaymentRow.paid_at < until),
        and_(PaymentRow.refunded_at >= since, PaymentRow.refunded_at < until),
    )
    elsewhere = session.scalars(
        select(PaymentRow.reference)
        .join(RequestRow, RequestRow.id == PaymentRow.request_id)
        .where(RequestRow.center_code != center, in_period)
        .order_by(PaymentRow.reference)
    ).all()
    collected = [
        Collected(service_code=service, channel=PaymentChannel(channel), count=n, amount=total)
        for (service, channel), (n, total) in sorted(sums.items())
    ]
    return MoneyOut(
        center_code=center,
        since=since,
        until=until,
        collected=collected,
        collected_total=sum(c.amount for c in collected),
        refunds_ordered=ordered,
        refunds_executed=done,
        lines=sorted(lines, key=lambda line: (line.day, line.reference, line.amount)),
        other_centers=list(elsewhere),
    )


def _line(payment: PaymentRow, amount: int, day: object) -> SettlementLine:
    return SettlementLine.model_validate(
        {"reference": payment.reference, "amount": amount, "channel": payment.channel, "day": day}
    )
