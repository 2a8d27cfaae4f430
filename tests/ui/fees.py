"""What happens to fees elsewhere, for the supervisor's money screens to show: a clerk at
another counter rejects a paid request, the gateway executes a refund and the portal's
pass hears of it. Through the running reference server's API and its gateway simulator."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from central.payment_routes import DEMO_PORTAL_KEY, GATEWAY_SIM_PATH
from clerk_desk.api import API_PREFIX
from clerk_desk.api_payments import SettlementLine
from sync import outbox
from ui.main_window import MainWindow


def _login(server_url: str, username: str) -> dict[str, str]:
    answer = httpx.post(
        f"{server_url}{API_PREFIX}/login", json={"username": username, "password": "demo"}
    )
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def reject_a_paid_request(server_url: str, reason: str = "duplicate_request") -> tuple[str, str]:
    """dam.clerk2, at a counter of their own, rejects the first paid request in the queue
    for ``reason``; its id and its receipt's reference."""
    clerk = _login(server_url, "dam.clerk2")
    page = httpx.get(f"{server_url}{API_PREFIX}/requests", headers=clerk, params={"limit": 500})
    page.raise_for_status()
    item = next(
        r
        for r in page.json()["items"]
        if r["status"] == "assigned" and (r.get("payment") or {}).get("state") == "paid"
    )
    base = f"{server_url}{API_PREFIX}/requests/{item['id']}"
    httpx.post(f"{base}/claim", headers=clerk).raise_for_status()
    body = {"idempotency_key": f"reject-{item['id']}", "outcome": "reject", "reason_code": reason}
    httpx.post(f"{base}/decision", headers=clerk, json=body).raise_for_status()
    return item["id"], item["payment"]["reference"]


def execute_refund(server_url: str, reference: str) -> None:
    """The gateway executes the refund ordered for ``reference``; the portal's pass applies
    it on the server."""
    gateway = f"{server_url}{GATEWAY_SIM_PATH}"
    httpx.post(f"{gateway}/refunds/{reference}/execute").raise_for_status()
    polled = httpx.post(
        f"{server_url}{API_PREFIX}/portal/poll", headers={"X-Portal-Key": DEMO_PORTAL_KEY}
    )
    polled.raise_for_status()
    assert polled.json()["events"] >= 1, polled.text


def settlement(server_url: str, day: str) -> str:
    answer = httpx.get(f"{server_url}{GATEWAY_SIM_PATH}/settlements/{day}")
    answer.raise_for_status()
    return answer.text


def uphold_here(
    window: MainWindow, request_id: str, wait: Callable[[Callable[[], bool]], Any]
) -> None:
    """The supervisor at ``window`` upholds the rejection: written here, then delivered
    through the outbox (``wait`` runs the event loop until its condition holds)."""
    window.supervisor.submit_review(request_id, "uphold", "")
    wait(lambda: window.runner.running == 0)  # written, and in the outbox
    wait(lambda: outbox.counts(window.desk.sessions) == (0, 0))  # the server has it


def paid_once(lines: list[SettlementLine]) -> list[str]:
    """The references of ``lines`` with a payment and nothing else (no refund that day)."""
    references = [line.reference for line in lines]
    return [x.reference for x in lines if x.amount > 0 and references.count(x.reference) == 1]
