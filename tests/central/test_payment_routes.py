"""A training server with no gateway configured runs the simulator in its own process,
under /gateway-sim, holding the receipts of the demo seed's payments."""

from __future__ import annotations

from datetime import datetime

from clerk_desk.fees import fee_for
from tests.central.conftest import Api


def test_the_demo_servers_simulator_knows_the_seeded_receipts(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    items, _ = api.pull_all(clerk)
    request = items[0]
    payment = request["payment"]
    assert payment["amount"] == fee_for(
        request["service_code"], datetime.fromisoformat(request["submitted_at"])
    )
    receipt = api.client.get(f"/gateway-sim/payments/{payment['reference']}")
    assert receipt.status_code == 200, receipt.text
    assert receipt.json()["amount"] == payment["amount"]
    verified = api.client.post(
        "/gateway-sim/verify", json={"reference": payment["reference"], "amount": 1}
    )
    assert verified.json()["result"] == "wrong_amount"
    settlement = api.client.get("/gateway-sim/settlements/2026-03-01")
    assert settlement.headers["content-type"].startswith("text/csv")
