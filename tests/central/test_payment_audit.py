"""The server's audit chain of payments: each change with its source, hash-chained."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from central.db import AuditEntryRow, make_engine, upgrade, write_session
from central.payment_audit import SERVER_CHAIN, change_payment
from central.payment_rows import PaymentRow
from central.seed import seed_demo
from clerk_desk.audit import GENESIS, entry_hash
from clerk_desk.payments import IllegalPaymentTransition, PaymentState
from tests.databases import Databases

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_each_change_is_an_entry_with_its_source_linked_to_the_one_before(
    databases: Databases,
) -> None:
    url = databases.new("payment-audit")
    upgrade(url)
    engine = make_engine(url)
    try:
        with write_session(engine) as session:
            seed_demo(session, now=NOW)
            payment = session.scalars(select(PaymentRow).order_by(PaymentRow.request_id)).first()
            assert payment is not None
            payment.refund_amount = payment.amount
            change_payment(session, payment, "DAM", PaymentState.REFUND_ORDERED, "supervisor",
                           NOW, by="dam.supervisor")  # fmt: skip
            change_payment(session, payment, "DAM", PaymentState.PAID, "supervisor",
                           NOW + timedelta(minutes=1), by="dam.supervisor")  # fmt: skip
            change_payment(session, payment, "DAM", PaymentState.REVERSED, "gateway",
                           NOW + timedelta(minutes=2), note="dispute")  # fmt: skip
            with pytest.raises(IllegalPaymentTransition):
                change_payment(session, payment, "DAM", PaymentState.PAID, "server", NOW)
            session.commit()
            entries = list(
                session.scalars(
                    select(AuditEntryRow)
                    .where(AuditEntryRow.workstation == SERVER_CHAIN)
                    .order_by(AuditEntryRow.id)
                )
            )
    finally:
        engine.dispose()
    assert [(e.id, e.actor, e.action, e.detail["source"]) for e in entries] == [
        (1, "dam.supervisor", "payment_refund_ordered", "supervisor"),
        (2, "dam.supervisor", "payment_paid", "supervisor"),
        (3, "(gateway)", "payment_reversed", "gateway"),
    ]
    prev = GENESIS
    for e in entries:
        assert e.prev_hash == prev
        assert e.hash == entry_hash(prev, e.at, e.actor, e.workstation, e.request_id,
                                    e.action, e.detail)  # fmt: skip
        prev = e.hash
