"""The citizen's side of a fee, for the workstation's tests: a payment made at the running
reference server's gateway simulator (``/gateway-sim``), the paid request handed over by
the portal, a payment the gateway reverses and the portal's pass that applies it.

Everything goes through HTTP, as the portal and the gateway reach the server."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import requests

from central.payment_routes import DEMO_PORTAL_KEY, GATEWAY_SIM_PATH
from clerk_desk.api import API_PREFIX
from clerk_desk.fees import fee_for

PORTAL = {"X-Portal-Key": DEMO_PORTAL_KEY}
SERVICE = "civil_extract_individual"


def _ok(answer: requests.Response) -> dict[str, Any]:
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def pay(base_url: str, reference: str, amount: int, channel: str = "mtn_cash") -> None:
    """The citizen pays ``amount`` through ``channel``; the gateway keeps the receipt."""
    _ok(
        requests.post(
            f"{base_url}{GATEWAY_SIM_PATH}/payments",
            json={
                "reference": reference,
                "amount": amount,
                "channel": channel,
                "paid_at": datetime.now(UTC).isoformat(),
            },
            timeout=10,
        )
    )


def submit(
    base_url: str,
    portal_ref: str,
    reference: str,
    *,
    amount: int | None = None,
    channel: str = "mtn_cash",
    subject: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The portal hands over a request paid with receipt ``reference`` (the service's fee
    unless ``amount`` says otherwise) about ``subject`` (as the citizen typed it); the
    answer says where it stands."""
    now = datetime.now(UTC)
    return _ok(
        requests.post(
            f"{base_url}{API_PREFIX}/portal/submissions",
            headers=PORTAL,
            json={
                "portal_ref": portal_ref,
                "center_code": "DAM",
                "service_code": SERVICE,
                "requester_name": "سامر خالد الحلبي",
                "subject": subject or {"national_number": "01234567890", "first_name": "سامر"},
                "delivery": {"method": "pickup", "recipient_name": "سامر خالد الحلبي"},
                "submitted_at": now.isoformat(),
                "amount": amount if amount is not None else fee_for(SERVICE, now),
                "channel": channel,
                "reference": reference,
            },
            timeout=10,
        )
    )


def paid_request(
    base_url: str, portal_ref: str, reference: str, subject: dict[str, str] | None = None
) -> str:
    """A request paid in full and verified by the gateway: in the center's queue now."""
    pay(base_url, reference, fee_for(SERVICE, datetime.now(UTC)))
    answer = submit(base_url, portal_ref, reference, subject=subject)
    assert answer["state"] == "queued", answer
    return str(answer["request_id"])


def reverse(base_url: str, reference: str, reason: str = "wallet dispute") -> None:
    """The gateway takes the payment back, then the portal's pass applies it."""
    answer = _ok(
        requests.post(
            f"{base_url}{GATEWAY_SIM_PATH}/payments/{reference}/reverse",
            json={"reason": reason},
            timeout=10,
        )
    )
    assert answer["reversed"]
    polled = _ok(requests.post(f"{base_url}{API_PREFIX}/portal/poll", headers=PORTAL, timeout=10))
    assert polled["events"] >= 1, polled
