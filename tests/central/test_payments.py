"""A request reaches a center's queue only once the server has verified its receipt with
the payment gateway; the gateway's answers are input like any other; a payment the gateway
reverses withdraws a request not yet printed. Through the running reference server, with
the gateway simulator served on loopback and reached only by its URL."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import select

from central.db import AuditEntryRow, make_engine, read_session
from central.gateway_sim import GatewaySimulator
from central.payment_audit import SERVER_CHAIN
from central.payment_routes import DEMO_PORTAL_KEY
from clerk_desk.api_payments import PaymentIn
from clerk_desk.fees import fee_for
from clerk_desk.payments import PaymentChannel
from tests.central.conftest import START, Api, FakeClock, Setup, start_central
from tests.central.gateway_server import GatewayThread, free_port
from tests.central.test_refusals import check_refusal

PORTAL = {"X-Portal-Key": DEMO_PORTAL_KEY}
SERVICE = "civil_extract_individual"
FEE = fee_for(SERVICE, START)


def paid(sim: GatewaySimulator, reference: str, amount: int = FEE) -> None:
    sim.pay(PaymentIn(reference=reference, amount=amount, channel=PaymentChannel.MTN_CASH,
                      paid_at=START))  # fmt: skip


def submission(portal_ref: str, reference: str, amount: int = FEE) -> dict[str, Any]:
    return {
        "portal_ref": portal_ref,
        "center_code": "DAM",
        "service_code": SERVICE,
        "requester_name": "سامر خالد الحلبي",
        "subject": {"national_number": "01234567890", "first_name": "سامر"},
        "delivery": {"method": "pickup", "recipient_name": "سامر خالد الحلبي"},
        "submitted_at": START.isoformat(),
        "amount": amount,
        "channel": "mtn_cash",
        "reference": reference,
    }


def submit(api: Api, body: dict[str, Any]) -> dict[str, Any]:
    answer = api.post("/portal/submissions", PORTAL, json=body)
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()
    return result


def queue_ids(api: Api) -> set[str]:
    items, _ = api.pull_all(api.login("dam.clerk1"))
    return {item["id"] for item in items}


def test_a_verified_receipt_puts_the_request_in_the_queue_with_its_payment(
    setup: Setup,
) -> None:
    api = setup.api
    paid(setup.sim, "MTN-0001")
    before = queue_ids(api)
    answer = submit(api, submission("P-0001", "MTN-0001"))
    assert answer["state"] == "queued" and answer["code"] is None
    request_id = answer["request_id"]
    assert queue_ids(api) - before == {request_id}
    request = api.get(f"/requests/{request_id}", api.login("dam.clerk1")).json()
    assert request["status"] == "assigned"
    payment = request["payment"]
    assert (payment["amount"], payment["channel"], payment["reference"], payment["state"]) == (
        FEE, "mtn_cash", "MTN-0001", "paid",
    )  # fmt: skip
    # The same submission again (the portal did not hear the answer): the same request.
    assert submit(api, submission("P-0001", "MTN-0001")) == answer
    assert queue_ids(api) - before == {request_id}
    # The verification is the first entry of the server's chain about the request.
    engine = make_engine(api.database_url)
    try:
        with read_session(engine) as session:
            entries = list(session.scalars(select(AuditEntryRow).where(
                AuditEntryRow.workstation == SERVER_CHAIN, AuditEntryRow.request_id == request_id
            )))  # fmt: skip
    finally:
        engine.dispose()
    assert [(e.actor, e.action, e.detail["source"]) for e in entries] == [
        ("(server)", "payment_verified", "server")
    ]


@pytest.mark.parametrize(
    ("pay", "amount", "code"),
    [
        (None, FEE, "payment_unknown_reference"),  # nobody paid with this reference
        (FEE - 1000, FEE, "payment_wrong_amount"),  # the receipt is for less than claimed
        (FEE - 1000, FEE - 1000, "payment_wrong_amount"),  # both agree, but not on the fee
    ],
)
def test_a_receipt_the_gateway_contradicts_never_reaches_the_queue(
    setup: Setup, pay: int | None, amount: int, code: str
) -> None:
    api = setup.api
    if pay is not None:
        paid(setup.sim, "MTN-0002", pay)
    before = queue_ids(api)
    answer = submit(api, submission("P-0002", "MTN-0002", amount))
    assert (answer["state"], answer["code"], answer["request_id"]) == ("refused", code, None)
    assert queue_ids(api) == before


def test_one_receipt_pays_for_one_request_only(setup: Setup) -> None:
    api = setup.api
    paid(setup.sim, "MTN-0003")
    first = submit(api, submission("P-0003", "MTN-0003"))
    second = submit(api, submission("P-0004", "MTN-0003"))
    assert first["state"] == "queued"
    assert (second["state"], second["code"]) == ("refused", "payment_reference_reused")


def test_a_gateway_that_is_down_leaves_the_request_waiting_until_it_answers(
    database_url: str,
) -> None:
    clock = FakeClock()
    sim = GatewaySimulator(clock=clock)
    port = free_port()  # nothing listens there yet: the gateway is down
    server = start_central(database_url, f"http://127.0.0.1:{port}", clock)
    gateway = None
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            api = Api(client, clock, database_url)
            before = queue_ids(api)
            paid(sim, "MTN-0005")
            waiting = submit(api, submission("P-0005", "MTN-0005"))
            assert (waiting["state"], waiting["request_id"], waiting["attempts"]) == (
                "waiting", None, 1,
            )  # fmt: skip
            polled = api.post("/portal/poll", PORTAL).json()
            assert polled["gateway_down"] and polled["waiting"] == 1
            assert queue_ids(api) == before
            gateway = GatewayThread(sim, port).start()  # the gateway is back
            polled = api.post("/portal/poll", PORTAL).json()
            assert (polled["queued"], polled["gateway_down"]) == (1, False)
            again = submit(api, submission("P-0005", "MTN-0005"))
            assert again["state"] == "queued" and again["attempts"] == 3
            assert queue_ids(api) - before == {again["request_id"]}
    finally:
        server.stop()
        if gateway is not None:
            gateway.stop()


def test_a_reversed_payment_withdraws_a_request_not_yet_printed(setup: Setup) -> None:
    api = setup.api
    clerk = api.login("dam.clerk1")
    paid(setup.sim, "MTN-0006")
    request_id = submit(api, submission("P-0006", "MTN-0006"))["request_id"]
    assert api.post(f"/requests/{request_id}/claim", clerk).status_code == 200
    # The wallet's dispute: the gateway takes the payment back, over its own HTTP interface.
    reversed_ = httpx.post(
        f"{setup.gateway.url if setup.gateway else ''}/payments/MTN-0006/reverse",
        json={"reason": "wallet dispute"},
    )
    assert reversed_.status_code == 200 and reversed_.json()["reversed"]
    assert api.post("/portal/poll", PORTAL).json()["events"] == 1
    request = api.get(f"/requests/{request_id}", clerk).json()
    assert (request["status"], request["claimed_by"]) == ("withdrawn", None)
    assert request["payment"]["state"] == "reversed"
    assert request["payment"]["note"] == "payment reversed by the gateway: wallet dispute"
    # A forged acceptance now is refused: the request is no longer the clerk's to decide.
    check_refusal(
        api.post(f"/requests/{request_id}/decision", clerk,
                 json={"idempotency_key": "after-reversal", "outcome": "accept"}),
        "not_claimed",
    )  # fmt: skip
    # The same events again change nothing.
    assert api.post("/portal/poll", PORTAL).json()["events"] == 0


def test_the_portals_calls_need_the_portals_key(setup: Setup) -> None:
    api = setup.api
    for headers in ({}, {"X-Portal-Key": "guess"}):
        check_refusal(api.post("/portal/poll", headers), "portal_key_wrong")
        check_refusal(
            api.post("/portal/submissions", headers, json=submission("P-9", "MTN-9999")),
            "portal_key_wrong",
        )


def test_a_submission_repeated_with_other_content_or_for_no_center_is_refused(
    setup: Setup,
) -> None:
    api = setup.api
    paid(setup.sim, "MTN-0007")
    submit(api, submission("P-0007", "MTN-0007"))
    check_refusal(
        api.post("/portal/submissions", PORTAL, json=submission("P-0007", "MTN-0008")),
        "submission_conflict",
    )
    check_refusal(
        api.post("/portal/submissions", PORTAL,
                 json={**submission("P-0009", "MTN-0009"), "center_code": "ZZZ"}),
        "portal_unknown_center",
    )  # fmt: skip
