"""The payment-gateway simulator: receipts verified by reference and amount, refunds
ordered, cancelled and executed, reversals, its events in order and the day's settlement."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest

from central.gateway_sim import GatewayRefusal, GatewaySimulator
from clerk_desk.api_payments import PaymentIn, RefundIn, ReverseIn, VerifyIn
from clerk_desk.payments import PaymentChannel

DAY = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def sim_with(*payments: tuple[str, int, PaymentChannel]) -> GatewaySimulator:
    sim = GatewaySimulator(clock=lambda: DAY)
    for reference, amount, channel in payments:
        sim.pay(PaymentIn(reference=reference, amount=amount, channel=channel, paid_at=DAY))
    return sim


def test_a_receipt_is_verified_by_reference_and_amount() -> None:
    sim = sim_with(("SYC-1001", 7500, PaymentChannel.SYRIATEL_CASH))
    assert sim.verify(VerifyIn(reference="SYC-1001", amount=7500)).result == "verified"
    assert sim.verify(VerifyIn(reference="SYC-1001", amount=7000)).result == "wrong_amount"
    assert sim.verify(VerifyIn(reference="SYC-9999", amount=7500)).result == "unknown_reference"
    with pytest.raises(GatewayRefusal):
        sim.pay(PaymentIn(reference="SYC-1001", amount=1, channel="mtn_cash", paid_at=DAY))


def test_a_refund_is_ordered_cancelled_or_executed_once() -> None:
    sim = sim_with(("EP-1002", 6000, PaymentChannel.E_PAYMENT))
    with pytest.raises(GatewayRefusal):
        sim.execute_refund("EP-1002")  # nothing ordered
    with pytest.raises(GatewayRefusal):
        sim.order_refund(RefundIn(reference="EP-1002", amount=6001))
    assert sim.order_refund(RefundIn(reference="EP-1002", amount=3000)).refund_state == "ordered"
    assert sim.cancel_refund("EP-1002").refund_state == "none"
    sim.order_refund(RefundIn(reference="EP-1002", amount=3000))
    executed = sim.execute_refund("EP-1002")
    assert (executed.refund_state, executed.refund_amount) == ("executed", 3000)
    with pytest.raises(GatewayRefusal):
        sim.cancel_refund("EP-1002")
    with pytest.raises(GatewayRefusal):
        sim.reverse("EP-1002", ReverseIn(reason="late"))
    assert [(e.seq, e.kind) for e in sim.events(0).items] == [(1, "refund_executed")]


def test_a_reversal_is_an_event_and_the_receipt_is_no_longer_verified() -> None:
    sim = sim_with(("MTN-1003", 4000, PaymentChannel.MTN_CASH))
    sim.reverse("MTN-1003", ReverseIn(reason="dispute"))
    [event] = sim.events(0).items
    assert (event.kind, event.reference, event.reason) == ("reversed", "MTN-1003", "dispute")
    assert sim.events(1).items == []
    assert sim.verify(VerifyIn(reference="MTN-1003", amount=4000)).result == "unknown_reference"


def test_the_days_settlement_lists_payments_and_executed_refunds() -> None:
    sim = sim_with(
        ("EP-2", 6000, PaymentChannel.E_PAYMENT),
        ("SYC-1", 7500, PaymentChannel.SYRIATEL_CASH),
        ("MTN-3", 4000, PaymentChannel.MTN_CASH),
    )
    sim.reverse("MTN-3", ReverseIn(reason="dispute"))
    sim.order_refund(RefundIn(reference="EP-2", amount=6000))
    sim.execute_refund("EP-2")
    rows = list(csv.reader(io.StringIO(sim.settlement(date(2026, 3, 1)))))
    assert rows == [
        ["reference", "amount", "channel", "date"],
        ["EP-2", "-6000", "e_payment", "2026-03-01"],
        ["EP-2", "6000", "e_payment", "2026-03-01"],
        ["SYC-1", "7500", "syriatel_cash", "2026-03-01"],
    ]
    assert sim.settlement(date(2026, 3, 2)) == "reference,amount,channel,date\n"
