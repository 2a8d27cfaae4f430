"""A rejection upheld orders the refund its reason says, through the gateway; the gateway
executes it and says so; an overturn cancels a refund not yet executed. Through the
running server, with the gateway simulator on loopback."""

from __future__ import annotations

import csv
import io
from typing import Any

import httpx
from sqlalchemy import select

from central.db import AuditEntryRow, make_engine, read_session, write_session
from central.payment_audit import SERVER_CHAIN
from central.payment_rows import PaymentRow
from clerk_desk.api_payments import RefundIn
from tests.central.conftest import Setup
from tests.central.gateway_server import GatewayThread
from tests.central.test_payments import FEE, PORTAL, paid, submission, submit
from tests.central.test_refusals import check_refusal


def rejected(s: Setup, reference: str, reason: str) -> tuple[str, dict[str, str]]:
    """A request queued with its paid receipt, rejected by a clerk for ``reason``."""
    paid(s.sim, reference)
    request_id = submit(s.api, submission(f"P-{reference}", reference))["request_id"]
    clerk = s.api.login("dam.clerk1")
    assert s.api.post(f"/requests/{request_id}/claim", clerk).status_code == 200
    body = {"idempotency_key": f"reject-{reference}", "outcome": "reject", "reason_code": reason}
    answer = s.api.post(f"/requests/{request_id}/decision", clerk, json=body)
    assert answer.status_code == 200, answer.text
    return request_id, s.api.login("dam.supervisor")


def review(s: Setup, request_id: str, boss: dict[str, str], outcome: str) -> httpx.Response:
    body = {"idempotency_key": f"{outcome}-{request_id}", "outcome": outcome}
    return s.api.post(f"/reviews/{request_id}", boss, json=body)


def payment_of(s: Setup, request_id: str) -> dict[str, Any]:
    payment: dict[str, Any] = s.api.get(
        f"/requests/{request_id}", s.api.login("dam.clerk1")
    ).json()["payment"]
    return payment


def chain_of(s: Setup, request_id: str) -> list[tuple[str, str, str]]:
    engine = make_engine(s.api.database_url)
    try:
        with read_session(engine) as session:
            rows = session.scalars(
                select(AuditEntryRow)
                .where(AuditEntryRow.workstation == SERVER_CHAIN,
                       AuditEntryRow.request_id == request_id)
                .order_by(AuditEntryRow.id)
            )  # fmt: skip
            return [(e.actor, e.action, e.detail["source"]) for e in rows]
    finally:
        engine.dispose()


def test_an_upheld_rejection_orders_the_whole_refund_the_gateway_then_executes(
    setup: Setup,
) -> None:
    request_id, boss = rejected(setup, "SYC-0101", "duplicate_request")
    assert review(setup, request_id, boss, "uphold").status_code == 200
    payment = payment_of(setup, request_id)
    assert (payment["state"], payment["refund_amount"]) == ("refund_ordered", FEE)
    assert setup.sim.receipt("SYC-0101").refund_state == "ordered"

    assert setup.gateway is not None
    executed = httpx.post(f"{setup.gateway.url}/refunds/SYC-0101/execute")
    assert executed.status_code == 200
    assert setup.api.post("/portal/poll", PORTAL).json()["events"] == 1
    assert payment_of(setup, request_id)["state"] == "refunded"
    settled = list(csv.reader(io.StringIO(httpx.get(
        f"{setup.gateway.url}/settlements/{setup.api.clock.now.date()}").text)))  # fmt: skip
    assert ["SYC-0101", str(-FEE), "mtn_cash", str(setup.api.clock.now.date())] in settled
    assert chain_of(setup, request_id) == [
        ("(server)", "payment_verified", "server"),
        ("dam.supervisor", "payment_refund_ordered", "supervisor"),
        ("(gateway)", "payment_refunded", "gateway"),
    ]


def test_a_reason_with_a_partial_refund_orders_its_share(setup: Setup) -> None:
    request_id, boss = rejected(setup, "SYC-0102", "missing_document")
    assert review(setup, request_id, boss, "uphold").status_code == 200
    assert payment_of(setup, request_id)["refund_amount"] == FEE * 50 // 100
    assert setup.sim.receipt("SYC-0102").refund_amount == FEE * 50 // 100


def test_a_refund_ordered_while_the_gateway_is_down_is_sent_on_the_next_pass(
    setup: Setup,
) -> None:
    request_id, boss = rejected(setup, "SYC-0103", "duplicate_request")
    assert setup.gateway is not None
    setup.gateway.stop()
    assert review(setup, request_id, boss, "uphold").status_code == 200  # the review stands
    assert payment_of(setup, request_id)["state"] == "refund_ordered"
    assert setup.sim.receipt("SYC-0103").refund_state == "none"  # not sent yet
    assert setup.api.post("/portal/poll", PORTAL).json()["gateway_down"]
    setup.gateway = GatewayThread(setup.sim, setup.port).start()
    assert not setup.api.post("/portal/poll", PORTAL).json()["gateway_down"]
    assert setup.sim.receipt("SYC-0103").refund_state == "ordered"


def test_an_overturn_cancels_a_refund_not_yet_executed(setup: Setup) -> None:
    request_id, boss = rejected(setup, "SYC-0104", "duplicate_request")
    # A refund already at the gateway for this payment (an earlier review's).
    setup.sim.order_refund(RefundIn(reference="SYC-0104", amount=FEE))
    engine = make_engine(setup.api.database_url)
    try:
        with write_session(engine) as session:
            payment = session.get_one(PaymentRow, request_id)
            payment.state, payment.refund_amount = "refund_ordered", FEE
            payment.refund_ordered_at = setup.api.clock.now
            session.commit()
    finally:
        engine.dispose()
    assert review(setup, request_id, boss, "overturn").status_code == 200
    payment = payment_of(setup, request_id)
    assert (payment["state"], payment["refund_amount"]) == ("paid", 0)
    assert setup.sim.receipt("SYC-0104").refund_state == "none"
    assert chain_of(setup, request_id)[-1] == ("dam.supervisor", "payment_paid", "supervisor")


def test_an_executed_refund_cannot_be_cancelled_by_an_overturn(setup: Setup) -> None:
    request_id, boss = rejected(setup, "SYC-0105", "duplicate_request")
    setup.sim.order_refund(RefundIn(reference="SYC-0105", amount=FEE))
    setup.sim.execute_refund("SYC-0105")
    engine = make_engine(setup.api.database_url)
    try:
        with write_session(engine) as session:
            payment = session.get_one(PaymentRow, request_id)
            payment.state, payment.refund_amount = "refund_ordered", FEE
            payment.refund_ordered_at = setup.api.clock.now
            session.commit()
    finally:
        engine.dispose()
    check_refusal(review(setup, request_id, boss, "overturn"), "refund_executed")
    assert payment_of(setup, request_id)["state"] == "refund_ordered"
