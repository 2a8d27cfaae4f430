"""The payment gateway as the central server sees it: a port, and its two adapters.

:class:`HttpGateway` speaks the gateway's HTTP interface at a configured URL (the
simulator's, ``central.gateway_sim``, or a real gateway's adapter in front of it);
:class:`SimulatedGateway` calls an in-process simulator (a training server with no URL
configured). A gateway's answer is input like any other: validated with the contract's
models; a gateway that cannot be reached, answers 5xx or answers something malformed is
:class:`GatewayDown`, and what waits on it waits (``central.payments``).
"""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

import requests
from pydantic import ValidationError

from central.gateway_sim import GatewayRefusal, GatewaySimulator
from clerk_desk.api_payments import (
    GatewayEvents,
    Receipt,
    RefundIn,
    VerifyAnswer,
    VerifyIn,
)

M = TypeVar("M", VerifyAnswer, Receipt, GatewayEvents)


class GatewayDown(Exception):
    """The gateway could not answer now; try again later."""


class GatewayRefused(Exception):
    """The gateway refused the call (a 4xx): ``reason`` says why."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"{status} {reason}")
        self.status = status
        self.reason = reason


class Gateway(Protocol):
    def verify(self, reference: str, amount: int) -> VerifyAnswer: ...

    def order_refund(self, reference: str, amount: int) -> Receipt: ...

    def cancel_refund(self, reference: str) -> Receipt: ...

    def events(self, after: int) -> GatewayEvents: ...


class HttpGateway:
    """The gateway at ``base_url`` (e.g. ``http://127.0.0.1:8100`` or
    ``https://training.example/gateway-sim``)."""

    def __init__(self, base_url: str, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._http = requests.Session()

    def _call(self, method: str, path: str, **kwargs: Any) -> object:
        try:
            answer = self._http.request(
                method, self.base_url + path, timeout=self.timeout, **kwargs
            )
        except requests.RequestException as exc:
            raise GatewayDown(type(exc).__name__) from None
        if answer.status_code >= 500:
            raise GatewayDown(f"HTTP {answer.status_code}")
        try:
            body = answer.json()
        except ValueError:
            raise GatewayDown("an answer that is not JSON") from None
        if answer.status_code >= 400:
            reason = body.get("reason") if isinstance(body, dict) else None
            raise GatewayRefused(answer.status_code, str(reason or "")[:200])
        return body

    def verify(self, reference: str, amount: int) -> VerifyAnswer:
        body = VerifyIn(reference=reference, amount=amount).model_dump(mode="json")
        return _valid(VerifyAnswer, self._call("POST", "/verify", json=body))

    def order_refund(self, reference: str, amount: int) -> Receipt:
        body = RefundIn(reference=reference, amount=amount).model_dump(mode="json")
        return _valid(Receipt, self._call("POST", "/refunds", json=body))

    def cancel_refund(self, reference: str) -> Receipt:
        return _valid(Receipt, self._call("DELETE", f"/refunds/{reference}"))

    def events(self, after: int) -> GatewayEvents:
        return _valid(GatewayEvents, self._call("GET", "/events", params={"after": after}))


def _valid(model: type[M], body: object) -> M:
    try:
        return model.model_validate(body)
    except ValidationError:
        raise GatewayDown(f"a malformed {model.__name__}") from None


class SimulatedGateway:
    """The in-process simulator, called directly (a training server without a URL)."""

    def __init__(self, sim: GatewaySimulator) -> None:
        self.sim = sim

    def verify(self, reference: str, amount: int) -> VerifyAnswer:
        return self.sim.verify(VerifyIn(reference=reference, amount=amount))

    def order_refund(self, reference: str, amount: int) -> Receipt:
        try:
            return self.sim.order_refund(RefundIn(reference=reference, amount=amount))
        except GatewayRefusal as exc:
            raise GatewayRefused(exc.status, exc.reason) from None

    def cancel_refund(self, reference: str) -> Receipt:
        try:
            return self.sim.cancel_refund(reference)
        except GatewayRefusal as exc:
            raise GatewayRefused(exc.status, exc.reason) from None

    def events(self, after: int) -> GatewayEvents:
        return self.sim.events(after)
