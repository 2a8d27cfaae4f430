"""The supervisor's money figures, and the day's reconciliation against the gateway's
settlement: through the running server, the gateway simulator on loopback."""

from __future__ import annotations

from datetime import timedelta

import httpx

from clerk_desk.fee_reconciliation import (
    DifferenceKind,
    MoneyLine,
    parse_settlement,
    reconcile,
)
from clerk_desk.payments import PaymentChannel
from tests.central.conftest import START, Setup
from tests.central.test_payments import FEE, PORTAL, paid, submission, submit
from tests.central.test_refunds import rejected, review
from tests.central.test_refusals import check_refusal

PERIOD = {"since": START.isoformat(), "until": (START + timedelta(hours=8)).isoformat()}


def ours(setup: Setup) -> list[MoneyLine]:
    answer = setup.api.get("/money", setup.api.login("dam.supervisor"), params=PERIOD)
    assert answer.status_code == 200, answer.text
    return [
        MoneyLine(x["reference"], x["amount"], PaymentChannel(x["channel"]),
                  START.date().fromisoformat(x["day"]))
        for x in answer.json()["lines"]
    ]  # fmt: skip


def test_the_days_figures_and_a_refund_in_the_reconciliation(setup: Setup) -> None:
    api = setup.api
    for n in (1, 2):
        paid(setup.sim, f"MTN-020{n}")
        assert submit(api, submission(f"P-020{n}", f"MTN-020{n}"))["state"] == "queued"
    request_id, boss = rejected(setup, "SYC-0203", "duplicate_request")
    assert review(setup, request_id, boss, "uphold").status_code == 200
    assert setup.gateway is not None
    assert httpx.post(f"{setup.gateway.url}/refunds/SYC-0203/execute").status_code == 200
    assert api.post("/portal/poll", PORTAL).json()["events"] == 1

    figures = api.get("/money", boss, params=PERIOD).json()
    assert figures["collected"] == [
        {"service_code": "civil_extract_individual", "channel": "mtn_cash", "count": 3,
         "amount": 3 * FEE},
    ]  # fmt: skip
    assert figures["collected_total"] == 3 * FEE
    assert figures["refunds_ordered"] == {"count": 1, "amount": FEE}
    assert figures["refunds_executed"] == {"count": 1, "amount": FEE}

    settlement = httpx.get(f"{setup.gateway.url}/settlements/{START.date()}").text
    assert reconcile(ours(setup), parse_settlement(settlement)) == []
    assert ["SYC-0203", str(-FEE)] == next(
        line.split(",")[:2] for line in settlement.splitlines() if line.startswith("SYC-0203,-")
    )

    # A tampered file: an amount changed, a line gone, a line added.
    tampered = (
        settlement.replace(f"MTN-0201,{FEE},", f"MTN-0201,{FEE - 500},").replace(
            f"MTN-0202,{FEE},mtn_cash,{START.date()}\n", ""
        )
        + f"MTN-0299,{FEE},mtn_cash,{START.date()}\n"
    )
    differences = reconcile(ours(setup), parse_settlement(tampered))
    assert [(d.kind, d.reference, d.here, d.settled) for d in differences] == [
        (DifferenceKind.AMOUNT_DIFFERS, "MTN-0201", FEE, FEE - 500),
        (DifferenceKind.NOT_SETTLED, "MTN-0202", FEE, None),
        (DifferenceKind.UNKNOWN_HERE, "MTN-0299", None, FEE),
    ]


def test_the_money_is_the_supervisors_and_the_period_bounded(setup: Setup) -> None:
    api = setup.api
    check_refusal(api.get("/money", api.login("dam.clerk1")), "wrong_role")
    check_refusal(
        api.get("/money", api.login("dam.supervisor"),
                params={"since": START.isoformat(),
                        "until": (START + timedelta(days=40)).isoformat()}),
        "bad_period",
    )  # fmt: skip
    # Another center's supervisor sees none of DAM's fees.
    paid(setup.sim, "MTN-0301")
    submit(api, submission("P-0301", "MTN-0301"))
    other = api.get("/money", api.login("alp.supervisor"), params=PERIOD).json()
    assert other["collected_total"] == 0 and other["lines"] == []
    # Only its reference: the gateway's settlement lists it, and it is none of Aleppo's.
    assert other["other_centers"] == ["MTN-0301"]
    own = api.get("/money", api.login("dam.supervisor"), params=PERIOD).json()
    assert own["other_centers"] == [] and own["lines"][0]["reference"] == "MTN-0301"
