"""The demo seed's payments: every seeded request paid its service's fee (the catalogue's,
at its submission), through one of the channels, with a receipt reference of its own."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from central.payment_rows import PaymentRow
from clerk_desk.fees import fee_for
from clerk_desk.payments import PaymentChannel, PaymentState

_CHANNELS = list(PaymentChannel)
_PREFIX = {
    PaymentChannel.E_PAYMENT: "EP",
    PaymentChannel.SYRIATEL_CASH: "SYC",
    PaymentChannel.MTN_CASH: "MTN",
}


def demo_payment(request_id: str, service_code: str, submitted_at: Any) -> dict[str, Any]:
    """The payment of one seeded request: the same every run (drawn from its id)."""
    rng = random.Random(request_id)
    channel = rng.choices(_CHANNELS, weights=[5, 3, 2], k=1)[0]
    paid_at = submitted_at + timedelta(seconds=rng.randint(30, 300))  # paid on the portal
    return {
        "request_id": request_id,
        "amount": fee_for(service_code, submitted_at),
        "channel": channel.value,
        "reference": f"{_PREFIX[channel]}-{request_id}-{rng.randrange(10**6):06d}",
        "paid_at": paid_at,
        "state": PaymentState.PAID.value,
        "refund_amount": 0,
        "note": "",
        "verified_at": paid_at,
        "updated_at": paid_at,
    }


def seed_payments(session: Session, rows: Iterable[Mapping[str, Any]]) -> None:
    """A paid, verified payment for each request row (its ``id``, ``service_code`` and
    ``submitted_at``) just inserted."""
    payments = [demo_payment(r["id"], r["service_code"], r["submitted_at"]) for r in rows]
    if payments:
        session.execute(insert(PaymentRow), payments)
