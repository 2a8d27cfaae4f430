"""The gateway's HTTP adapter: its answers are input like any other. One it cannot reach,
a 5xx or something malformed is "down" (what waits on it waits); a 4xx is a refusal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from fastapi import FastAPI
from fastapi.responses import JSONResponse, PlainTextResponse

from central.gateway import GatewayDown, GatewayRefused, HttpGateway, SimulatedGateway
from central.gateway_sim import GatewaySimulator
from clerk_desk.api_payments import PaymentIn
from clerk_desk.payments import PaymentChannel
from tests.central.gateway_server import GatewayThread, free_port

PAID_AT = datetime(2026, 3, 1, 9, tzinfo=UTC)


@pytest.fixture
def served() -> Iterator[GatewayThread]:
    sim = GatewaySimulator(clock=lambda: PAID_AT)
    sim.pay(PaymentIn(reference="SYC-1", amount=5000, channel=PaymentChannel.SYRIATEL_CASH,
                      paid_at=PAID_AT))  # fmt: skip
    thread = GatewayThread(sim, free_port()).start()
    yield thread
    thread.stop()


def test_the_adapter_speaks_the_simulators_interface(served: GatewayThread) -> None:
    gateway = HttpGateway(served.url)
    assert gateway.verify("SYC-1", 5000).result == "verified"
    assert gateway.order_refund("SYC-1", 2500).refund_state == "ordered"
    assert gateway.cancel_refund("SYC-1").refund_state == "none"
    assert gateway.events(0).items == []
    with pytest.raises(GatewayRefused) as refused:
        gateway.cancel_refund("SYC-404")
    assert refused.value.status == 404


def test_a_gateway_nobody_answers_for_is_down() -> None:
    with pytest.raises(GatewayDown):
        HttpGateway(f"http://127.0.0.1:{free_port()}", timeout=5).verify("SYC-1", 5000)


def test_a_malformed_answer_or_a_5xx_is_down_not_believed() -> None:
    liar = FastAPI()

    @liar.post("/verify")
    def verify() -> dict[str, object]:
        return {"result": "verified", "receipt": {"reference": "SYC-1", "amount": -5}}

    @liar.get("/events")
    def events() -> PlainTextResponse:
        return PlainTextResponse("all fine")

    @liar.post("/refunds")
    def refunds() -> JSONResponse:
        return JSONResponse({"reason": "overloaded"}, status_code=503)

    thread = GatewayThread(GatewaySimulator(), free_port(), app=liar).start()
    try:
        gateway = HttpGateway(thread.url)
        with pytest.raises(GatewayDown, match="malformed VerifyAnswer"):
            gateway.verify("SYC-1", 5000)
        with pytest.raises(GatewayDown, match="not JSON"):
            gateway.events(0)
        with pytest.raises(GatewayDown, match="503"):
            gateway.order_refund("SYC-1", 5000)
    finally:
        thread.stop()


def test_the_in_process_adapter_answers_as_the_simulator_does() -> None:
    sim = GatewaySimulator(clock=lambda: PAID_AT)
    gateway = SimulatedGateway(sim)
    assert gateway.verify("SYC-1", 5000).result == "unknown_reference"
    with pytest.raises(GatewayRefused):
        gateway.order_refund("SYC-1", 5000)
    with pytest.raises(GatewayRefused):
        gateway.cancel_refund("SYC-1")
    assert gateway.events(0).items == []
