"""The demo seed's payments: every request paid its fee, as the catalogue had it then."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from central.db import RequestRow, make_engine, read_session, upgrade, write_session
from central.payment_rows import PaymentRow
from central.routing import with_parts
from central.seed import add_synthetic_requests, seed_demo
from central.seed_payments import demo_payment
from clerk_desk.fees import fee_for
from clerk_desk.payments import PaymentChannel, PaymentState
from tests.databases import Databases

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_every_seeded_request_paid_the_fee_in_force_at_its_submission(
    databases: Databases,
) -> None:
    url = databases.new("seed-payments")
    upgrade(url)
    engine = make_engine(url)
    try:
        with write_session(engine) as session:
            seed_demo(session, now=NOW)
            extra = add_synthetic_requests(session, "DAM", 5, now=NOW)
            session.commit()
        with read_session(engine) as session:
            requests = list(session.scalars(select(RequestRow).options(*with_parts())))
            payments = {p.request_id: p for p in session.scalars(select(PaymentRow))}
    finally:
        engine.dispose()
    assert set(extra) <= set(payments)
    assert set(payments) == {r.id for r in requests}
    for request in requests:
        payment = payments[request.id]
        assert payment.amount == fee_for(request.service_code, request.submitted_at)
        assert payment.state == PaymentState.PAID
        assert payment.paid_at >= request.submitted_at
        assert request.payment is not None and request.payment.reference == payment.reference
    assert len({p.reference for p in payments.values()}) == len(payments)
    assert {p.channel for p in payments.values()} == set(PaymentChannel)


def test_a_seeded_payment_is_the_same_every_run() -> None:
    one = demo_payment("DAM-000001", "criminal_record", NOW)
    assert one == demo_payment("DAM-000001", "criminal_record", NOW)
    assert one["reference"] != demo_payment("DAM-000002", "criminal_record", NOW)["reference"]
